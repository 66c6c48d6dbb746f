#include "clicommands.h"
#include "catalog/datasourcekeys.h"
#include "runexecution.h"
#include "texttable.h"

#include "present/leaderboardmodel.h"
#include "present/summaries.h"
#include "present/runfigures.h"

#include "analytics/breakdowns.h"
#include "analytics/leaderboard.h"
#include "analytics/regional.h"
#include "config/configimport.h"
#include "config/jsondocument.h"
#include "domain/textsource.h"
#include "interrupt.h"
#include "keychain/oskeychain.h"
#include "providers/credentials.h"
#include "simulator/catalogapis.h"
#include "simulator/simulator.h"
#include "storage/runsreader.h"
#include "storage/store.h"
#include "present/figures.h"
#include "present/reviewtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace Quorum::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quorum-cli", text, disambiguation, n);
}

// Human text for stderr, flushed line by line so it interleaves with other output.
class ErrorStream final
{
public:
    template<typename T>
    ErrorStream &operator<<(const T &value)
    {
        m_stream << value;
        m_stream.flush();
        return *this;
    }

private:
    QTextStream m_stream{stderr};
};

ErrorStream &err()
{
    static ErrorStream stream;
    return stream;
}


// Parses; on a command-line mistake prints it and returns false with *exitCode set.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n' << parser.helpText();
        *exitCode = 64;
        return false;
    }
    if (parser.isSet(u"help"_qs)) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

const QCommandLineOption kJsonOption(u"json"_qs, tr("Print one JSON document on stdout."));

QString countsText(const ImportedFile &file)
{
    switch (file.kind) {
    case InputKind::Scenarios: return tr("%n scenario(s)", nullptr, int(file.scenarios.size()));
    case InputKind::ModelProfiles: return tr("%n model(s)", nullptr, int(file.models.size()));
    case InputKind::JudgeProfiles: return tr("%n judge(s)", nullptr, int(file.judges.size()));
    case InputKind::JudgeQuestions: return tr("%n criteria categories", nullptr, int(file.criteria.categories.size()));
    case InputKind::Plan:
        return file.plan ? tr("plan with %1 scenarios, %2 models, %3 judges")
                               .arg(file.plan->scenarios.size()).arg(file.plan->models.size()).arg(file.plan->judges.size())
                         : QString();
    case InputKind::Unknown: break;
    }
    return {};
}
} // namespace

void printJson(const QJsonValue &value)
{
    QTextStream out(stdout);
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Indented);
}

int validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Checks input files and reports every problem as FILE:LINE: message.\n"
                                        "Exit 0 when no file has an error, 2 otherwise."));
    const QCommandLineOption kind(u"kind"_qs, tr("What the files are: scenarios, models, judges, judge-questions or plan "
                                                 "(default: guessed from each file)."), u"KIND"_qs);
    const QCommandLineOption strict(u"strict"_qs, tr("Treat warnings as errors."));
    parser.addOptions({kind, strict, kJsonOption});
    addCsvColumnOptions(parser);
    parser.addPositionalArgument(u"files"_qs, tr("The files to check."), u"FILE..."_qs);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().isEmpty()) {
        err() << tr("validate: name at least one file\n");
        return 64;
    }
    InputKind hint = InputKind::Unknown;
    if (parser.isSet(kind)) {
        const auto k = inputKindFromName(parser.value(kind));
        if (!k) {
            err() << tr("validate: unknown kind \"%1\"\n").arg(parser.value(kind));
            return 64;
        }
        hint = *k;
    }

    bool failed = false;
    QJsonArray files;
    for (const QString &path : parser.positionalArguments()) {
        Diagnostics diagnostics;
        const ImportedFile imported = importFile(path, diagnostics, hint, csvColumns(parser));
        for (const Diagnostic &d : diagnostics.sorted())
            err() << d.toString() << '\n';
        const QJsonArray problems = problemsJson(diagnostics);
        const bool bad = diagnostics.hasErrors() || (parser.isSet(strict) && diagnostics.warningCount() > 0);
        failed = failed || bad;
        if (!diagnostics.hasErrors())
            err() << tr("%1: ok (%2 as %3; %4 warning(s))\n")
                         .arg(path, countsText(imported), inputKindName(imported.kind)).arg(diagnostics.warningCount());
        files.append(QJsonObject{{u"file"_qs, path}, {u"kind"_qs, inputKindName(imported.kind)}, {u"ok"_qs, !bad},
                                 {u"errors"_qs, diagnostics.errorCount()}, {u"warnings"_qs, diagnostics.warningCount()},
                                 {u"problems"_qs, problems}});
    }
    if (parser.isSet(kJsonOption))
        printJson(QJsonObject{{u"ok"_qs, !failed}, {u"files"_qs, files}});
    return failed ? 2 : 0;
}

int runs(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the runs in the database, newest first."));
    parser.addOptions({databaseOption(), kJsonOption});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QString path = databasePath(parser);
    const Store::Opened opened = openStoreAt(path);
    if (!opened.store) {
        err() << opened.error << '\n';
        return 1;
    }
    if (!opened.backupPath.isEmpty())
        err() << tr("upgraded %1 from version %2 (backup: %3)\n").arg(path).arg(opened.fromVersion).arg(opened.backupPath);
    RunsReader queries(*opened.store);
    const QList<RunSummary> list = queries.runs();
    if (!queries.error().isEmpty()) {
        err() << queries.error() << '\n';
        return 1;
    }
    QJsonArray json;
    QTextStream out(stdout);
    for (const RunSummary &r : list) {
        const QString created = QDateTime::fromMSecsSinceEpoch(r.createdAt).toString(Qt::ISODate);
        json.append(QJsonObject{{u"id"_qs, r.id}, {u"name"_qs, r.name}, {u"status"_qs, runStatusName(r.status)},
                                {u"created_at"_qs, created}, {u"scenarios"_qs, r.scenarios}, {u"models"_qs, r.models},
                                {u"judges"_qs, r.judges}, {u"invocations"_qs, r.invocations}, {u"errors"_qs, r.errors},
                                {u"cost_usd"_qs, r.costUsd}});
        if (!parser.isSet(kJsonOption))
            out << QStringLiteral("%1\t%2\t%3\t%4\t%5 invocations\t%6 errors\t%7\n")
                       .arg(r.id).arg(r.name, runStatusName(r.status), created)
                       .arg(r.invocations).arg(r.errors).arg(Figures::usd(r.costUsd, QLocale::c(), 4));
    }
    if (parser.isSet(kJsonOption))
        printJson(json);
    else if (list.isEmpty())
        err() << tr("no runs in %1\n").arg(path);
    return 0;
}

int simulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Serves the provider simulator (OpenAI, Anthropic, Gemini and Bedrock wire formats) on "
                                        "127.0.0.1 until interrupted. Point a profile's base_url at it."));
    const QCommandLineOption port(u"port"_qs, tr("The port to listen on (default: any free one)."), u"P"_qs, u"0"_qs);
    const QCommandLineOption profile(u"profile"_qs, tr("A simulator profile (JSON): latency model, scripted rules, rate limits."), u"F"_qs);
    const QCommandLineOption catalogApis(u"catalog-apis"_qs,
        tr("Also serve loopback fakes of Artificial Analysis and Hugging Face on another port, with published scores for the "
           "demo models (key: aa-simulator-key); point `catalog refresh --aa-url`/`--hf-url` (or QUORUM_AA_URL, QUORUM_HF_URL) at them."));
    parser.addOptions({port, profile, catalogApis});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    Sim::SimProfile simProfile = Sim::builtinProfile(); // a profile given replaces it whole
    if (parser.isSet(profile)) {
        Diagnostics diagnostics;
        const TextSource source = TextSource::fromFile(parser.value(profile), diagnostics);
        const auto json = source.isUsable() ? readJsonObject(source, diagnostics) : std::nullopt;
        QString error;
        const auto loaded = json ? Sim::SimProfile::fromJson(json->root, &error) : std::nullopt;
        if (!error.isEmpty())
            diagnostics.error(parser.value(profile), 0, error);
        for (const Diagnostic &d : diagnostics.sorted())
            err() << d.toString() << '\n';
        if (!loaded)
            return 2;
        simProfile = *loaded;
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err() << tr("simulate: --port takes a number from 0 to 65535\n");
        return 64;
    }
    Sim::Simulator simulator(simProfile);
    if (const QString e = simulator.listen(quint16(portNumber)); !e.isEmpty()) {
        err() << tr("simulate: cannot listen on 127.0.0.1:%1: %2\n").arg(portNumber).arg(e);
        return 1;
    }
    err() << tr("Quorum simulator listening on %1 (Ctrl+C to stop)\n").arg(simulator.baseUrl());
    QTextStream(stdout) << simulator.baseUrl() << Qt::endl;
    std::unique_ptr<Sim::CatalogApiSimulator> published;
    if (parser.isSet(catalogApis)) {
        published = std::make_unique<Sim::CatalogApiSimulator>(Sim::CatalogApiProfile::demo());
        if (const QString e = published->listen(); !e.isEmpty()) {
            err() << tr("simulate: cannot serve the catalog fakes: %1\n").arg(e);
            return 1;
        }
        err() << tr("Artificial Analysis fake at %1, Hugging Face fake at %2 (key aa-simulator-key)\n").arg(published->aaBaseUrl(), published->baseUrl());
        QTextStream(stdout) << published->aaBaseUrl() << Qt::endl << published->baseUrl() << Qt::endl;
    }
    onInterrupt([] { QCoreApplication::quit(); });
    const int result = QCoreApplication::exec();
    err() << tr("simulator stopped after %n request(s)\n", nullptr, simulator.requestCount());
    return result;
}

namespace {
// The environment variable that serves instead of an account's keychain entry.
QString variableFor(const QString &account)
{
    if (account == u"aws-bedrock-token")
        return u"AWS_BEARER_TOKEN_BEDROCK"_qs;
    for (const DataSource source : {DataSource::ArtificialAnalysis, DataSource::HuggingFace})
        if (account == dataSourceAccount(source))
            return dataSourceVariables(source).value(0);
    if (const auto provider = providerFromPrefix(account))
        return keyVariables(*provider).value(0);
    return u"PGPASSWORD"_qs; // a team store's password
}
} // namespace

int keys(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("status: where each provider's credentials would come from (values are never shown).\n"
                                        "set PROVIDER: store a key read from standard input in the OS keychain.\n"
                                        "delete PROVIDER: remove it."));
    parser.addPositionalArgument(u"action"_qs, tr("status, set or delete"));
    parser.addPositionalArgument(u"provider"_qs, tr("openai, azure, anthropic, gemini, openai-compatible, aws-bedrock-token, "
                                                    "or a catalog source: artificial-analysis, huggingface"),
                                 u"[PROVIDER]"_qs);
    parser.addOption(kJsonOption);
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0, u"status"_qs);
    if (action == u"set" || action == u"delete") {
        QString account = positional.value(1);
        static const QStringList kAccounts = {u"openai"_qs, u"azure"_qs, u"anthropic"_qs, u"gemini"_qs,
                                              u"openai-compatible"_qs, u"aws-bedrock-token"_qs,
                                              dataSourceAccount(DataSource::ArtificialAnalysis), dataSourceAccount(DataSource::HuggingFace)};
        if (account.startsWith(u"postgresql://") || account.startsWith(u"postgres://")) {
            account = Store::keychainAccount(account); // a team store's password
        } else if (!kAccounts.contains(account)) {
            err() << tr("keys %1: name one of %2, or a team store's postgresql:// URL\n").arg(action, kAccounts.join(u", "));
            return 64;
        }
        if (action == u"delete") {
            // 0 deleted, 3 there was none, 4 the keychain is locked, 1 anything else.
            const OsKeychain::RemoveResult removed = OsKeychain::remove(account);
            switch (removed.result) {
            case OsKeychain::Removal::Removed:
                err() << tr("removed the %1 key from the keychain\n").arg(account);
                return 0;
            case OsKeychain::Removal::NotThere:
                err() << tr("keys delete %1: %2; nothing was removed\n").arg(account, removed.message);
                return 3;
            case OsKeychain::Removal::Locked:
                err() << tr("keys delete %1: %2; nothing was removed\n").arg(account, removed.message);
                return 4;
            case OsKeychain::Removal::Failed: break;
            }
            err() << tr("keys delete %1: %2\n").arg(account, removed.message);
            return 1;
        }
        const QString secret = QTextStream(stdin).readLine().trimmed();
        if (secret.isEmpty()) {
            err() << tr("keys set: give the key on standard input\n");
            return 64;
        }
        if (const QString e = OsKeychain::store(account, secret); !e.isEmpty()) {
            err() << tr("keys set %1: %2\n").arg(account, keychainAdvice(e, variableFor(account)));
            return OsKeychain::status().state == OsKeychain::State::Locked ? 4 : 1;
        }
        err() << tr("stored the %1 key in the keychain\n").arg(account);
        return 0;
    }
    if (action != u"status") {
        err() << tr("keys: unknown action \"%1\"\n").arg(action);
        return 64;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const KeychainLookup keychain = OsKeychain::lookup();
    const OsKeychain::Status keychainStatus = OsKeychain::status();
    QJsonArray json;
    QTextStream out(stdout);
    // One row per provider and catalog source: where its key comes from, else why there is none.
    const auto row = [&](const QString &name, const CredentialSource &where) {
        QString state;
        switch (where.kind) {
        case CredentialSource::Kind::Keychain: state = u"keychain"_qs; break;
        case CredentialSource::Kind::Environment: state = u"environment"_qs; break;
        case CredentialSource::Kind::AwsProfile: state = u"aws_profile"_qs; break;
        case CredentialSource::Kind::Locked: state = u"locked"_qs; break;
        case CredentialSource::Kind::NotNeeded:
        case CredentialSource::Kind::Missing: state = u"missing"_qs; break;
        }
        const bool configured = state != u"missing" && state != u"locked";
        QJsonObject o{{u"provider"_qs, name}, {u"configured"_qs, configured}, {u"state"_qs, state},
                      {u"source"_qs, configured ? state : QString()}, {u"detail"_qs, configured ? where.detail : QString()}};
        if (!where.problem.isEmpty())
            o.insert(u"problem"_qs, where.problem);
        json.append(o);
        if (parser.isSet(kJsonOption))
            return;
        QString text = !configured          ? (state == u"locked" ? tr("locked") : tr("missing"))
                       : where.detail.isEmpty() ? state
                                                : u"%1 (%2)"_qs.arg(state, where.detail);
        if (state == u"locked") // a missing key with no keychain to ask: said once, below the table
            text += u": "_qs + where.problem;
        out << QStringLiteral("%1\t%2\n").arg(name, -10).arg(text);
    };
    for (const Provider provider : {Provider::OpenAI, Provider::Azure, Provider::Anthropic, Provider::Gemini, Provider::Bedrock}) {
        ModelVariant v;
        v.provider = provider;
        row(providerPrefix(provider), credentialSource(v, env, keychain)); // the same lookup the calls use
    }
    for (const DataSource source : {DataSource::ArtificialAnalysis, DataSource::HuggingFace}) // quorum-cli catalog refresh
        row(dataSourceAccount(source), dataSourceKeySource(source, env, keychain));
    out.flush();
    static const QHash<OsKeychain::State, QString> kStates = {
        {OsKeychain::State::Unlocked, u"unlocked"_qs}, {OsKeychain::State::Locked, u"locked"_qs},
        {OsKeychain::State::NoService, u"no_service"_qs}, {OsKeychain::State::NoKeyring, u"no_keyring"_qs},
        {OsKeychain::State::Unknown, u"unknown"_qs}};
    if (parser.isSet(kJsonOption)) {
        QJsonObject keychainJson{{u"state"_qs, kStates.value(keychainStatus.state)}};
        if (!keychainStatus.message.isEmpty())
            keychainJson.insert(u"message"_qs, keychainStatus.message);
        printJson(QJsonObject{{u"keychain_available"_qs, OsKeychain::available()}, {u"keychain"_qs, keychainJson},
                              {u"providers"_qs, json}});
    } else if (!keychainStatus.message.isEmpty() && keychainStatus.state != OsKeychain::State::Locked) {
        err() << tr("the keychain: %1: set each key in its environment variable instead (OPENAI_API_KEY, ANTHROPIC_API_KEY, …; "
                    "`quorum-cli keys status --json` names them)\n").arg(keychainStatus.message);
    }
    return 0;
}

const QCommandLineOption kRunOption(u"run"_qs, QCoreApplication::translate("quorum-cli", "The run (see quorum-cli runs)."), u"ID"_qs);

QCommandLineOption runOption()
{
    return kRunOption;
}

QCommandLineOption juryOnlyOption()
{
    return QCommandLineOption(u"jury-only"_qs, tr("The jury's figures alone: people's overrides left out."));
}

// The run named by --run in the store of --db, opened once; 0 when both are usable, else the exit code.
int openRun(const QCommandLineParser &parser, const QString &command, qint64 *runId, std::shared_ptr<const Store> *store)
{
    *runId = parser.value(kRunOption).toLongLong();
    if (*runId <= 0) {
        err() << tr("%1: give --run ID\n").arg(command);
        return 64;
    }
    const Store::Opened opened = openStoreAt(databasePath(parser));
    if (!opened.store) {
        err() << opened.error << '\n';
        return 1;
    }
    *store = opened.store;
    return 0;
}

int leaderboard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Ranks a run's model variants by composite score, with success rates (95 % bootstrap "
                                        "intervals), latency percentiles, cost, and the jury's agreement."));
    const QCommandLineOption zonesOption(u"time-zones"_qs, tr("A JSON file mapping regions to IANA time zones, for the "
                                                             "by-local-hour figures (overrides the built-in map)."), u"FILE"_qs);
    const QCommandLineOption weightsOption(u"weights"_qs, tr("Weights of the composite score (default success=1,latency=0.5,"
                                                             "cost=0.5,throughput=0, 360-eval's formula)."), u"W"_qs);
    parser.addOptions({kRunOption, databaseOption(), kJsonOption, zonesOption, weightsOption, juryOnlyOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    QHash<QString, QString> zones;
    if (parser.isSet(zonesOption)) {
        Diagnostics diagnostics;
        const auto read = readRegionTimeZones(parser.value(zonesOption), diagnostics);
        for (const Diagnostic &d : diagnostics.sorted())
            err() << d.toString() << '\n';
        if (!read)
            return 2;
        zones = *read;
    }
    QString error;
    const auto weights = CompositeWeights::fromText(parser.value(weightsOption), &error);
    if (!weights) {
        err() << tr("leaderboard: %1\n").arg(error);
        return 64;
    }
    qint64 runId = 0;
    std::shared_ptr<const Store> store;
    if (const int failed = openRun(parser, u"leaderboard"_qs, &runId, &store))
        return failed;
    // The run's figures from one read, as the window and the reports have them.
    const RunFigures figures = RunFigures::load(*store, runId, parser.isSet(juryOnlyOption()));
    const QString path = store->location();
    if (!figures.error.isEmpty()) {
        err() << figures.error << '\n';
        return 1;
    }
    Leaderboard board = figures.board;
    rankByComposite(board.rows, *weights);
    if (board.rows.isEmpty()) {
        err() << tr("leaderboard: run %1 has no results in %2\n").arg(runId).arg(path);
        return 1;
    }
    if (parser.isSet(kJsonOption)) {
        QJsonObject json = board.toJson();
        json.insert(u"run_id"_qs, runId);
        QJsonArray regional;
        for (const RegionLocalHour &h : regionalByLocalHour(figures.regionHours, zones))
            regional.append(QJsonObject{{u"region"_qs, h.region}, {u"time_zone"_qs, h.timeZone}, {u"local_hour"_qs, h.localHour},
                                        {u"calls"_qs, h.calls}, {u"mean_ttft_ms"_qs, h.meanTtftMs}, {u"mean_ttlb_ms"_qs, h.meanTtlbMs},
                                        {u"max_ttlb_ms"_qs, h.maxTtlbMs}});
        json.insert(u"regional_by_local_hour"_qs, regional);
        const QJsonObject more = figures.breakdowns.toJson();
        for (auto it = more.constBegin(); it != more.constEnd(); ++it)
            json.insert(it.key(), it.value());
        json.insert(u"claims"_qs, Summaries::claimsJson(board, figures.breakdowns, figures.claims ? &*figures.claims : nullptr));
        printJson(json);
        return 0;
    }
    QTextStream out(stdout);
    // The window's own leaderboard model, so the text is the screen's, cell for cell.
    LeaderboardModel model;
    model.setLocale(QLocale::c());
    model.setItems(board.rows);
    QList<TextTable::Column> columns;
    for (int c = 0; c < model.columnCount(); ++c)
        columns.append({model.headerData(c, Qt::Horizontal).toString(),
                        LeaderboardModel::isFigure(c) ? TextTable::Align::Right : TextTable::Align::Left});
    TextTable table(columns);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        table.addRow(cells);
    }
    out << table.toString();
    if (const QString note = Summaries::overrideNote(board); !note.isEmpty())
        out << note << u'\n';
    out << u'\n' << Summaries::juryHealth(board, figures.breakdowns.errors, runId, QLocale::c()) << u'\n';
    for (const JudgeStanding &j : board.health.judges)
        out << tr("judge %1: %2 verdicts, mean %3, leniency %4, self-preference %5\n").arg(j.label).arg(j.verdicts)
                   .arg(Figures::score(j.meanScore, QLocale::c()), Figures::decimal(j.leniency, QLocale::c(), 2),
                        Figures::decimal(j.selfPreference, QLocale::c(), 2));
    // The answer the window opens on, in the same words.
    if (const QStringList verdicts = Summaries::verdicts(board, figures.claims ? &*figures.claims : nullptr, QLocale::c());
        !verdicts.isEmpty())
        out << u'\n' << verdicts.join(u'\n') << u'\n';
    return 0;
}

} // namespace Quorum::Cli

// quorum-cli catalog: the model catalog (docs/CATALOG.md) — list, show, coverage, diff, export.
#include "clicommands.h"
#include "runexecution.h"
#include "texttable.h"

#include "catalog/catalogrefresh.h"
#include "catalog/catalogreport.h"
#include "catalog/modelcatalog.h"
#include "keychain/oskeychain.h"
#include "present/catalogtext.h"
#include "present/diagnosticsformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QCoroTask>

namespace Quorum::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("quorum-cli", text); }

const QCommandLineOption kJson(u"json"_qs, tr("Print one JSON document on stdout."));

// The catalog as this user sees it; problems with the user's own files are said, not fatal
// (a broken overrides file is left out whole, and says where).
ModelCatalog userCatalog()
{
    Diagnostics problems;
    ModelCatalog catalog = ModelCatalog::forUser(problems);
    for (const Diagnostic &d : problems.sorted())
        say(d.toString() + u'\n');
    return catalog;
}

std::optional<ModelCatalog> readSnapshot(const QString &path)
{
    Diagnostics problems;
    const TextSource source = TextSource::fromFile(path, problems);
    std::optional<ModelCatalog> catalog;
    if (source.isUsable())
        catalog = ModelCatalog::parse(source, problems);
    for (const Diagnostic &d : problems.sorted())
        say(d.toString() + u'\n');
    return catalog;
}

int list(QCommandLineParser &parser, const QCommandLineOption &provider)
{
    const ModelCatalog catalog = userCatalog();
    const QString only = parser.value(provider);
    const QDate today = QDate::currentDate();
    if (parser.isSet(kJson)) {
        QJsonArray models;
        for (const CatalogModel &m : catalog.models())
            if (only.isEmpty() || m.provider == only)
                models.append(ModelCatalog::toJson(m));
        QJsonArray sources;
        for (const CatalogSource &s : catalog.sources())
            sources.append(QJsonObject{{u"package"_qs, s.package}, {u"version"_qs, s.version}, {u"license"_qs, s.license}});
        printJson(QJsonObject{{u"catalog_version"_qs, catalog.version()}, {u"sources"_qs, sources}, {u"models"_qs, models}});
        return 0;
    }
    CatalogTableModel table;
    table.setCatalog(catalog, today);
    QList<QList<QVariant>> rows;
    for (int r = 0; r < table.rowCount(); ++r)
        if (only.isEmpty() || table.item(r).provider == only)
            rows.append(table.cells(r));
    QTextStream out(stdout);
    out << TextTable::fromCells(CatalogTableModel::headers(), rows, {1, 7, 8, 9}).toString();
    say(tr("%1 models, catalog %2; prices in USD per million tokens, today's default tier\n").arg(rows.size()).arg(catalog.version()));
    return 0;
}

int show(QCommandLineParser &parser, const QString &key)
{
    const ModelCatalog catalog = userCatalog();
    const CatalogModel *model = catalog.find(key);
    if (!model) {
        // PROVIDER/MODEL as a plan writes it ("openai/gpt-5.4-2026-03-05") finds the entry that prices it.
        const qsizetype slash = key.indexOf(u'/');
        if (const auto api = providerFromPrefix(key.left(slash)); api && slash > 0)
            model = catalog.find(*api, key.mid(slash + 1));
    }
    if (!model) {
        say(tr("catalog show: no model \"%1\" in the catalog (give PROVIDER/MODEL as `catalog list` prints it)\n").arg(key));
        return 3;
    }
    if (parser.isSet(kJson)) {
        printJson(ModelCatalog::toJson(*model));
        return 0;
    }
    QTextStream(stdout) << CatalogText::describe(*model, QDate::currentDate(), QLocale::c());
    return 0;
}

int coverage(QCommandLineParser &parser)
{
    const ModelCatalog catalog = userCatalog();
    const CatalogCoverage c = catalogCoverage(catalog, QDate::currentDate());
    if (parser.isSet(kJson)) {
        QJsonObject doc = c.toJson();
        doc.insert(u"catalog_version"_qs, catalog.version());
        printJson(doc);
        return 0;
    }
    QTextStream out(stdout);
    out << tr("%1 models, catalog %2\n").arg(c.models).arg(catalog.version());
    out << TextTable::fromCells(CatalogText::coverageHeaders(), CatalogText::coverageRows(c, QLocale::c())).toString();
    // Where the user's layers are read from, and whether they are there.
    for (const QString &path : {CatalogPaths::refreshFile(u"artificial-analysis"_qs), CatalogPaths::refreshFile(u"huggingface"_qs),
                                CatalogPaths::overridesFile()})
        say(tr("%1 %2\n").arg(path, QFileInfo::exists(path) ? tr("(read)") : tr("(not there)")));
    return 0;
}

int diff(QCommandLineParser &parser, const QStringList &files)
{
    const auto before = readSnapshot(files.value(0));
    const auto after = readSnapshot(files.value(1));
    if (!before || !after)
        return 2;
    const CatalogDiff d = catalogDiff(*before, *after, QDate::currentDate());
    if (parser.isSet(kJson))
        printJson(d.toJson());
    else
        QTextStream(stdout) << CatalogText::diffText(d);
    return 0;
}

int exportTemplate(QCommandLineParser &parser, const QCommandLineOption &templ, const QCommandLineOption &outDir,
                   const QCommandLineOption &provider)
{
    if (!parser.isSet(templ) || !parser.isSet(outDir)) {
        say(tr("catalog export: give --template F and --out DIR\n"));
        return 64;
    }
    QFile file(parser.value(templ));
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("catalog export: %1: %2\n").arg(file.fileName(), file.errorString()));
        return 2;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        say(tr("%1:1: error: the template must be one JSON object (%2)\n")
                .arg(file.fileName(), error.error == QJsonParseError::NoError ? tr("it is not") : error.errorString()));
        return 2;
    }
    const QDir dir(parser.value(outDir));
    if (!QDir().mkpath(dir.path())) {
        say(tr("catalog export: cannot create %1\n").arg(dir.path()));
        return 1;
    }
    const ModelCatalog catalog = userCatalog();
    const QDate today = QDate::currentDate();
    int written = 0;
    for (const CatalogModel &m : catalog.models()) {
        if (parser.isSet(provider) && m.provider != parser.value(provider))
            continue;
        QFile out(dir.filePath(exportFileName(m)));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            say(tr("catalog export: %1: %2\n").arg(out.fileName(), out.errorString()));
            return 1;
        }
        out.write(QJsonDocument(fillTemplate(doc.object(), m, today)).toJson(QJsonDocument::Indented));
        ++written;
    }
    if (parser.isSet(kJson))
        printJson(QJsonObject{{u"written"_qs, written}, {u"directory"_qs, dir.absolutePath()}});
    else
        say(tr("wrote %1 files to %2\n").arg(written).arg(dir.path()));
    return 0;
}
// Asks the published sources, writes each one's refresh cache (read by every later catalog
// command and the window), and prints each one's report. Exit 0 when every source asked
// answered, 1 when one could not be asked at all (no key, the day's budget spent, no answer).
int refresh(const QString &which, const QString &aaUrl, const QString &hfUrl, bool json)
{
    if (!QStringList{u"aa"_qs, u"hf"_qs, u"all"_qs}.contains(which)) {
        say(tr("catalog refresh: --source is aa, hf or all, not \"%1\"\n").arg(which));
        return 64;
    }
    const RefreshOptions options = userRefreshOptions(QProcessEnvironment::systemEnvironment(), OsKeychain::lookup(), aaUrl, hfUrl);
    QStringList sources;
    if (which != u"hf")
        sources << u"artificial-analysis"_qs;
    if (which != u"aa")
        sources << u"huggingface"_qs;
    QNetworkAccessManager network;
    QJsonArray reports;
    int code = 0;
    for (const RefreshReport &report : QCoro::waitFor(refreshUserCatalog(sources, options, &network))) {
        reports.append(report.toJson());
        if (!json)
            say(report.toText());
        // Exit 1 when a source could not be asked, or answered nothing usable.
        if (!report.fatal.isEmpty() || (report.matched == 0 && !report.failures.isEmpty()))
            code = 1;
    }
    if (json)
        printJson(QJsonObject{{u"reports"_qs, reports}});
    return code;
}
} // namespace

int catalog(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The model catalog: every model Quorum knows, with its dated prices (USD per million tokens), limits, modalities "
           "and published scores, each field with its source (docs/CATALOG.md).\n"
           "list [--provider P]: every model, today's default-tier price.\n"
           "show PROVIDER/MODEL: one model, field by field, with its price history.\n"
           "coverage: how many models have each field.\n"
           "diff OLD.json NEW.json: what changed between two snapshot files.\n"
           "export --template F --out DIR: one file per model in the template's shape.\n"
           "refresh [--source aa|hf|all]: published scores and specs from Artificial Analysis and Hugging Face (keys needed)."));
    const QCommandLineOption provider(u"provider"_qs, tr("Only this provider's models (as the catalog names it: openai, bedrock, groq, …)."),
                                      u"P"_qs);
    const QCommandLineOption templ(u"template"_qs, tr("export: the template file (JSON) to fill for each model."), u"F"_qs);
    const QCommandLineOption outDir(u"out"_qs, tr("export: the folder to write one file per model into."), u"DIR"_qs);
    const QCommandLineOption source(u"source"_qs, tr("refresh: aa, hf or all."), u"S"_qs, u"all"_qs);
    const QCommandLineOption aaUrl(u"aa-url"_qs, tr("refresh: Artificial Analysis' API base (default https://artificialanalysis.ai/api/v2)."), u"URL"_qs);
    const QCommandLineOption hfUrl(u"hf-url"_qs, tr("refresh: the Hugging Face Hub (default https://huggingface.co)."), u"URL"_qs);
    parser.addOptions({kJson, provider, templ, outDir, source, aaUrl, hfUrl});
    parser.addPositionalArgument(u"action"_qs, tr("list, show, coverage, diff, export or refresh"));
    parser.addPositionalArgument(u"arguments"_qs, tr("show: PROVIDER/MODEL; diff: OLD.json NEW.json"), u"[ARG...]"_qs);
    parser.addHelpOption();
    if (const int code = parseArguments(parser, arguments, u"catalog"_qs))
        return code < 0 ? 0 : code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0, u"list"_qs);
    if (action == u"list")
        return list(parser, provider);
    if (action == u"show") {
        if (args.size() != 2) {
            say(tr("catalog show: give one PROVIDER/MODEL\n"));
            return 64;
        }
        return show(parser, args.at(1));
    }
    if (action == u"coverage")
        return coverage(parser);
    if (action == u"diff") {
        if (args.size() != 3) {
            say(tr("catalog diff: give OLD.json and NEW.json\n"));
            return 64;
        }
        return diff(parser, args.mid(1));
    }
    if (action == u"export")
        return exportTemplate(parser, templ, outDir, provider);
    if (action == u"refresh")
        return refresh(parser.value(source), parser.value(aaUrl), parser.value(hfUrl), parser.isSet(kJson));
    say(tr("catalog: the action is list, show, coverage, diff, export or refresh, not \"%1\"\n").arg(action));
    return 64;
}

} // namespace Quorum::Cli

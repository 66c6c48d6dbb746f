// quorum-cli probe: which service tiers each model × region accepts, cached per profile hash.
#include "clicommands.h"
#include "texttable.h"
#include "runexecution.h"

#include "config/configimport.h"
#include "engine/probe.h"
#include "present/figures.h"
#include "keychain/oskeychain.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QMap>
#include <QTextStream>

namespace Quorum::Cli {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("quorum-cli", text, disambiguation, n);
}

QString cell(const TierProbe &p)
{
    switch (p.outcome) {
    case TierProbe::Outcome::Accepted: return tr("yes");
    case TierProbe::Outcome::ServedOther: return tr("as %1").arg(p.tierServed);
    case TierProbe::Outcome::Rejected: return tr("no");
    case TierProbe::Outcome::Unknown: break;
    }
    return tr("?");
}
} // namespace

int probe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Finds which service tiers (default, flex, priority) each model accepts in each of "
                                        "its regions, with one minimal call per model, region and tier. The answer is cached "
                                        "with a hash of the profiles and reused until they change."));
    parser.addOptions({
        {u"models"_qs, tr("Model profiles (JSONL); repeatable."), u"F"_qs},
        {u"plan"_qs, tr("A plan file: probe its models."), u"F"_qs},
        {u"refresh"_qs, tr("Probe again even if a cached answer exists.")},
        {u"cache-dir"_qs, tr("Where answers are cached (default: %1).").arg(defaultProbeCacheDirectory()), u"DIR"_qs},
        {u"json"_qs, tr("Print the report as JSON on stdout.")},
    });
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        say(tr("probe: %1\n").arg(parser.errorText()));
        return 64;
    }
    if (parser.isSet(u"help"_qs)) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    Diagnostics diagnostics;
    QList<ModelVariant> models;
    if (parser.isSet(u"plan"_qs))
        if (const auto plan = importFile(parser.value(u"plan"_qs), diagnostics, InputKind::Plan).plan)
            models = plan->models;
    for (const QString &path : parser.values(u"models"_qs))
        models += importFile(path, diagnostics, InputKind::ModelProfiles).models;
    for (const Diagnostic &d : diagnostics.sorted())
        say(d.toString() + u'\n');
    if (diagnostics.hasErrors())
        return 2;
    if (models.isEmpty()) {
        say(tr("probe: give --models FILE or --plan FILE\n"));
        return 64;
    }
    const QString directory = parser.isSet(u"cache-dir"_qs) ? parser.value(u"cache-dir"_qs) : defaultProbeCacheDirectory();
    const QString hash = profileHash(models);
    std::optional<ProbeReport> report = parser.isSet(u"refresh"_qs) ? std::nullopt : cachedProbe(directory, hash);
    const bool cached = report.has_value();
    if (!report) {
        say(tr("probing the service tiers of %n model(s)…\n", nullptr, int(models.size())));
        report = QCoro::waitFor(probeTiers(models, QProcessEnvironment::systemEnvironment(), OsKeychain::lookup()));
        if (const QString e = saveProbe(directory, *report); !e.isEmpty())
            say(tr("probe: the answer could not be cached (%1)\n").arg(e));
    } else {
        say(tr("from the cache of %1 (the profiles are unchanged; --refresh probes again)\n")
                .arg(Figures::moment(report->probedAt)));
    }
    if (parser.isSet(u"json"_qs)) {
        QJsonObject json = report->toJson();
        json.insert(u"cached"_qs, cached);
        QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    // One line per model × region, a column per tier.
    const QList<ServiceTier> columns = {ServiceTier::Default, ServiceTier::Flex, ServiceTier::Priority};
    QTextStream out(stdout);
    QList<TextTable::Column> header{{tr("model@region")}};
    for (const ServiceTier t : columns)
        header.append({tierName(t)});
    TextTable table(header);
    QMap<QString, QHash<ServiceTier, TierProbe>> rows;
    for (const TierProbe &p : report->results)
        rows[p.region.isEmpty() ? p.modelId : p.modelId + u'@' + p.region].insert(p.tier, p);
    QStringList notes;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cells{it.key()};
        for (const ServiceTier t : columns) {
            const auto p = it.value().constFind(t);
            cells << (p == it.value().cend() ? tr("—") : cell(*p));
            if (p != it.value().cend() && !p->message.isEmpty())
                notes << QStringLiteral("%1 %2: %3").arg(it.key(), tierName(t), p->message);
        }
        table.addRow(cells);
    }
    out << table.toString();
    for (const QString &n : notes)
        out << n << '\n';
    return 0;
}

} // namespace Quorum::Cli

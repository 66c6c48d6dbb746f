#include "reportdata.h"

#include "present/runfigures.h"
#include "storage/invocationreader.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Quorum::Report {

namespace {
struct SectionName
{
    Section section;
    const char *id;
    const char *title;
};
constexpr SectionName kSections[kSectionCount] = {
    {Section::Summary, "summary", QT_TRANSLATE_NOOP("Quorum::Report", "Summary")},
    {Section::Leaderboard, "leaderboard", QT_TRANSLATE_NOOP("Quorum::Report", "Leaderboard")},
    {Section::Latency, "latency", QT_TRANSLATE_NOOP("Quorum::Report", "Latency")},
    {Section::Cost, "cost", QT_TRANSLATE_NOOP("Quorum::Report", "Cost")},
    {Section::Quality, "quality", QT_TRANSLATE_NOOP("Quorum::Report", "Quality")},
    {Section::Regions, "regions", QT_TRANSLATE_NOOP("Quorum::Report", "Regional performance")},
    {Section::Temperature, "temperature", QT_TRANSLATE_NOOP("Quorum::Report", "Temperature and repeated experiments")},
    {Section::Jury, "jury", QT_TRANSLATE_NOOP("Quorum::Report", "Jury health")},
    {Section::Errors, "errors", QT_TRANSLATE_NOOP("Quorum::Report", "Errors")},
    {Section::Appendix, "appendix", QT_TRANSLATE_NOOP("Quorum::Report", "Appendix: invocations")},
};

QList<InvocationDetail> details(InvocationReader &q, qint64 runId, InvocationFilter filter, int limit)
{
    filter.limit = limit < 0 ? std::numeric_limits<int>::max() : limit;
    QList<InvocationDetail> out;
    if (limit == 0)
        return out;
    for (const InvocationRow &row : q.invocations(runId, filter))
        if (auto d = q.invocation(row.id))
            out.append(std::move(*d));
    return out;
}
} // namespace

QList<Section> allSections()
{
    QList<Section> out;
    for (const SectionName &s : kSections)
        out << s.section;
    return out;
}

QString sectionId(Section section)
{
    return QString::fromLatin1(kSections[int(section)].id);
}

QString sectionTitle(Section section)
{
    return QCoreApplication::translate("Quorum::Report", kSections[int(section)].title);
}

std::optional<Section> sectionFromId(QStringView id)
{
    for (const SectionName &s : kSections)
        if (id == QLatin1String(s.id))
            return s.section;
    return std::nullopt;
}

std::optional<Data> load(const Store &store, qint64 runId, const Options &options, QString *error)
{
    RunsReader q(store);
    Data d;
    bool found = false;
    for (const RunSummary &r : q.runs())
        if (r.id == runId) {
            d.run = r;
            found = true;
        }
    if (!q.error().isEmpty() || !found) {
        *error = q.error().isEmpty() ? QStringLiteral("there is no run %1 in %2").arg(runId).arg(store.displayedLocation()) : q.error();
        return std::nullopt;
    }
    // The run's figures, from one read of its rollups (as every screen has them).
    const RunFigures figures = RunFigures::compute(RunReadout::read(store, runId, options.juryOnly));
    if (!figures.error.isEmpty()) {
        *error = figures.error;
        return std::nullopt;
    }
    d.plan = QJsonDocument::fromJson(figures.planJson.toUtf8()).object();
    // As stored when the run finished; computed here (every response read) only for a run that has none.
    d.responseFingerprint = d.run.responseFingerprint.isEmpty() && d.run.invocations <= 100000 ? q.responseFingerprint(runId)
                                                                                               : d.run.responseFingerprint;
    d.scenarioFingerprint = d.run.scenarioFingerprint;
    d.board = figures.board;
    d.breakdowns = figures.breakdowns;
    d.variants = figures.variantLabels;
    Diagnostics catalogProblems; // the Catalog page and quorum-cli catalog say what is wrong with the user's files
    d.published = comparePublished(d.board, figures.variants, ModelCatalog::forUser(catalogProblems), QLocale::c());
    d.judges = figures.judgeLabels;
    InvocationFilter disputed;
    disputed.disputedOnly = true;
    InvocationReader invocations(store);
    invocations.setJuryOnly(options.juryOnly);
    d.disputedCount = invocations.invocationCount(runId, disputed);
    d.disputed = details(invocations, runId, disputed, options.includes(Section::Jury) ? options.listed : 0);
    InvocationFilter failed;
    failed.verdict = InvocationFilter::Verdict::Error;
    d.failureCount = invocations.invocationCount(runId, failed);
    d.failures = details(invocations, runId, failed, options.includes(Section::Errors) ? std::min(options.listed, 20) : 0);
    d.invocationCount = d.run.invocations;
    d.sample = details(invocations, runId, {}, options.includes(Section::Appendix) ? options.sample : 0);
    if (!invocations.error().isEmpty()) {
        *error = invocations.error();
        return std::nullopt;
    }
    return d;
}

std::optional<QList<Data>> load(const Store &store, const QList<qint64> &runIds, const Options &options, QString *error,
                                const Progress &progress)
{
    QList<Data> out;
    for (qsizetype i = 0; i < runIds.size(); ++i) {
        if (progress && !progress(QCoreApplication::translate("Quorum::Report", "Reading run %1…").arg(runIds[i]), int(i), int(runIds.size()))) {
            error->clear();
            return std::nullopt;
        }
        auto d = load(store, runIds[i], options, error);
        if (!d)
            return std::nullopt;
        if (!out.isEmpty() && d->scenarioFingerprint != out.first().scenarioFingerprint) {
            *error = QCoreApplication::translate("Quorum::Report",
                                                 "runs %1 and %2 did not evaluate the same scenarios (scenario fingerprints %3… and %4…): "
                                                 "one report covers runs of the same plan")
                         .arg(out.first().run.id).arg(d->run.id)
                         .arg(out.first().scenarioFingerprint.left(12), d->scenarioFingerprint.left(12));
            return std::nullopt;
        }
        out.append(std::move(*d));
    }
    return out;
}

} // namespace Quorum::Report

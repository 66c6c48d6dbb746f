#include "reportdata.h"

#include "present/runfigures.h"
#include "storage/reportread.h"
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
    // Everything from the store first, in one read; then the figures, from memory.
    ReportRead::Request request;
    request.disputed = options.includes(Section::Jury) ? options.listed : 0;
    request.failures = options.includes(Section::Errors) ? std::min(options.listed, 20) : 0;
    request.sample = options.includes(Section::Appendix) ? options.sample : 0;
    request.juryOnly = options.juryOnly;
    ReportRead read = ReportRead::read(store, runId, request);
    if (!read.error.isEmpty() || !read.run) {
        *error = read.error.isEmpty() ? QStringLiteral("there is no run %1 in %2").arg(runId).arg(store.displayedLocation()) : read.error;
        return std::nullopt;
    }
    const RunFigures figures = RunFigures::compute(read.readout);
    if (!figures.error.isEmpty()) {
        *error = figures.error;
        return std::nullopt;
    }
    Data d;
    d.run = *read.run;
    d.plan = QJsonDocument::fromJson(figures.planJson.toUtf8()).object();
    d.responseFingerprint = read.responseFingerprint;
    d.scenarioFingerprint = d.run.scenarioFingerprint;
    d.board = figures.board;
    d.breakdowns = figures.breakdowns;
    d.claims = figures.claims.value_or(Claims{});
    d.variants = figures.variantLabels;
    Diagnostics catalogProblems; // the Catalog page and quorum-cli catalog say what is wrong with the user's files
    d.published = comparePublished(d.board, figures.variants, ModelCatalog::forUser(catalogProblems), QLocale::c());
    d.judges = figures.judgeLabels;
    d.disputedCount = read.disputedCount;
    d.disputed = std::move(read.disputed);
    d.failureCount = read.failureCount;
    d.failures = std::move(read.failures);
    d.invocationCount = d.run.invocations;
    d.sample = std::move(read.sample);
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

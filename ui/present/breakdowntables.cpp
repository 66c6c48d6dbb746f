#include "breakdowntables.h"

#include "figures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("BreakdownTables", text); }

QVariant percent(const std::optional<double> &share)
{
    return share ? Figures::percent(*share, QLocale()) : Figures::unknown();
}
QVariant number(const std::optional<double> &v, int decimals)
{
    return Figures::decimal(v, QLocale(), decimals);
}
QVariant interval(const std::optional<Stats::Interval> &ci)
{
    return Figures::percentInterval(ci, QLocale());
}
} // namespace

CellTableModel::CellTableModel(QStringList headers, QObject *parent)
    : ListTableModel(int(headers.size()), parent), m_headers(std::move(headers))
{
}

QVariant CellTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant &cell = item(index.row()).value(index.column());
    if (role == Qt::DisplayRole)
        return cell;
    if (role == Qt::TextAlignmentRole) {
        // Figures to the right, words to the left: a cell reads as a figure when it is a number or
        // its text starts as one does (a digit, a sign, "$", or "—" for an unknown figure).
        const QString text = cell.toString();
        const bool figure = index.column() > 0
                            && (cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double
                                || (!text.isEmpty() && (text.front().isDigit() || QStringView(u"+-−$—").contains(text.front()))));
        return figure ? int(Qt::AlignRight | Qt::AlignVCenter) : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant CellTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return m_headers.value(section);
    return {};
}

QStringList trendHeaders()
{
    return {tr("Model variant"), tr("Run"), tr("Started"), tr("Judged"), tr("Success (95% CI)"), tr("Jury score (95% CI)"),
            tr("TTFT p50 ms"), tr("Cost / answer")};
}

QList<QList<QVariant>> trendRows(const Trend &trend, const QLocale &locale)
{
    QList<QList<QVariant>> rows;
    for (const TrendSeries &s : trend.series)
        for (const TrendPoint &p : s.points) {
            QString score = Figures::score(p.meanScore, locale);
            if (p.meanScore && p.scoreCi)
                score += u" ("_qs + Figures::score(p.scoreCi->low, locale) + u'–' + Figures::score(p.scoreCi->high, locale) + u')';
            rows.append({s.variant, p.runId, Figures::moment(p.at),
                         Figures::count(p.scored, locale),
                         p.scored > 0 ? Figures::percentWithInterval(p.successRate, p.successCi, locale) : Figures::unknown(), score,
                         Figures::milliseconds(p.ttftP50Ms, locale), Figures::usd(p.costPerAnswerUsd, locale)});
        }
    return rows;
}

QStringList flakinessHeaders()
{
    return {tr("Model variant"), tr("Repeated scenarios"), tr("pass@1"), tr("pass^k"), tr("Flaky")};
}

QList<QList<QVariant>> flakinessRows(const QList<VariantFlakiness> &variants, const QLocale &locale)
{
    QList<QList<QVariant>> rows;
    for (const VariantFlakiness &v : variants)
        rows.append({v.variant.label, Figures::count(v.summary ? v.summary->scenarios : 0, locale),
                     v.summary ? Figures::percent(v.summary->passAt1, locale) : Figures::unknown(),
                     v.summary ? Figures::percent(v.summary->passAllK, locale) : Figures::unknown(), Figures::count(v.flaky.size(), locale)});
    return rows;
}

QStringList flakyItemHeaders()
{
    return {tr("Model variant"), tr("Scenario"), tr("Task type"), tr("Temperature"), tr("Verdicts")};
}

QList<QList<QVariant>> flakyItemRows(const QList<VariantFlakiness> &variants, const QLocale &locale)
{
    QList<QList<QVariant>> rows;
    for (const VariantFlakiness &v : variants)
        for (const FlakyScenario &s : v.flaky)
            rows.append({v.variant.label, Figures::scenario(s.promptStart, s.scenarioKey), s.taskType, Figures::decimal(s.temperature, locale, 2),
                         tr("passed %1 of %2").arg(s.passed).arg(s.repeats)});
    return rows;
}

QStringList taskTypeHeaders()
{
    return {tr("Model variant"), tr("Task type"), tr("Invocations"), tr("Errors"), tr("Success"), tr("95% CI"), tr("Jury score"),
            tr("TTFT mean ms"), tr("TTLB mean ms"), tr("Cost / answer")};
}

QList<QList<QVariant>> taskTypeRows(const Breakdowns &b)
{
    QList<QList<QVariant>> rows;
    for (const TaskStanding &t : b.taskTypes)
        rows.append({t.variant, t.taskType, t.invocations, t.errors, percent(t.successRate), interval(t.successCi),
                     number(t.meanScore, 2), number(t.meanTtftMs, 0), number(t.meanTtlbMs, 0),
                     Figures::usd(t.costPerAnswerUsd, QLocale())});
    return rows;
}

QStringList temperatureHeaders()
{
    return {tr("Model variant"), tr("Temperature"), tr("Invocations"), tr("Errors"), tr("Success"), tr("Jury score"),
            tr("TTFT mean ms"), tr("TTLB mean ms"), tr("Output tokens"), tr("Disputed")};
}

QList<QList<QVariant>> temperatureRows(const Breakdowns &b)
{
    QList<QList<QVariant>> rows;
    for (const TemperatureStanding &t : b.temperatures)
        rows.append({t.variant, Figures::decimal(t.temperature, QLocale(), 3), t.invocations, t.errors, percent(t.successRate),
                     number(t.meanScore, 2), number(t.meanTtftMs, 0), number(t.meanTtlbMs, 0),
                     Figures::decimal(t.meanOutputTokens, QLocale(), 1), t.disputed});
    return rows;
}

QStringList regionHeaders()
{
    return {tr("Region / model variant"), tr("Calls"), tr("TTFT p50 ms"), tr("TTFT p90 ms"), tr("TTFT p99 ms"), tr("TTLB p50 ms"),
            tr("TTLB p90 ms"), tr("TTLB p99 ms"), tr("Retries"), tr("Waited for rate limits, s")};
}

QList<QList<QVariant>> regionRows(const Breakdowns &b)
{
    QList<QList<QVariant>> rows;
    for (const RegionLatency &r : b.regions) {
        const QString name = r.variant.isEmpty() ? (r.region.isEmpty() ? tr("(no region)") : r.region) : u"    "_qs + r.variant;
        rows.append({name, r.calls, number(r.ttftMs[0], 0), number(r.ttftMs[1], 0), number(r.ttftMs[3], 0), number(r.ttlbMs[0], 0),
                     number(r.ttlbMs[1], 0), number(r.ttlbMs[3], 0), r.variant.isEmpty() ? QVariant(r.retries) : QVariant(),
                     r.variant.isEmpty() ? number(r.throttleWaitMs / 1000, 1) : QVariant()});
    }
    return rows;
}

QStringList experimentHeaders()
{
    return {tr("Model variant"), tr("Scenario"), tr("Scores by experiment"), tr("Median"), tr("Spread"), tr("Disputed")};
}

QList<QList<QVariant>> experimentRows(const Breakdowns &b)
{
    QList<QList<QVariant>> rows;
    for (const ExperimentCell &c : b.experiments.cells) {
        QStringList scores;
        for (const double s : c.scores)
            scores << Figures::score(s, QLocale());
        rows.append({c.variant, Figures::scenario(c.scenario.promptStart, c.scenario.key), scores.join(u"  "_qs), Figures::score(c.median, QLocale()),
                     Figures::decimal(c.spread, QLocale(), 2), c.disputed ? tr("DISPUTED") : QString()});
    }
    return rows;
}

} // namespace Quorum

#include "review.h"

#include "statistics.h"
#include "../storage/invocationreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace Quorum::Review {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Review", text); }
constexpr quint64 kSampleSeed = 20241203;
} // namespace

QString makeOverride(qint64 runId, const InvocationRow &item, std::optional<bool> passed, const std::array<std::optional<int>, 6> &dimensions,
                     const QString &reason, OverrideRecord *out)
{
    if (!item.ok)
        return tr("the call failed: there is no answer to judge");
    const auto given = std::count_if(dimensions.cbegin(), dimensions.cend(), [](const std::optional<int> &d) { return d.has_value(); });
    if (given != 0 && given != 6)
        return tr("give all six dimension scores or none (%1 given)").arg(given);
    for (const std::optional<int> &d : dimensions)
        if (d && (*d < 1 || *d > 5))
            return tr("a dimension score is 1 to 5, not %1").arg(*d);
    if (passed && given == 0 && !item.juryOwnScore)
        return tr("the jury gave this item no score: give its six dimension scores");
    if (passed && reason.trimmed().isEmpty())
        return tr("say why: a reason is stored with the verdict");
    OverrideRecord r;
    r.runId = runId;
    r.invocationId = item.id;
    r.passed = passed;
    if (passed && given == 6) {
        double sum = 0;
        for (size_t d = 0; d < 6; ++d) {
            r.dimensions[d] = dimensions[d];
            sum += *dimensions[d];
        }
        r.score = sum / 6;
    }
    r.reason = reason.trimmed();
    r.author = osUserName();
    r.at = QDateTime::currentMSecsSinceEpoch();
    *out = r;
    return {};
}

QString whyName(QueueItem::Why why)
{
    switch (why) {
    case QueueItem::Why::Disputed: return tr("disputed");
    case QueueItem::Why::JudgeFailed: return tr("a judge failed");
    case QueueItem::Why::Sample: return tr("calibration sample");
    }
    return {};
}

QList<QueueItem> reviewQueue(InvocationReader &queries, qint64 runId, qint64 variantId, int sample, QString *error)
{
    InvocationFilter base;
    base.variantId = variantId;
    base.notOverridden = true;
    base.limit = 100000;
    QList<QueueItem> out;
    QSet<qint64> listed;
    const auto take = [&](InvocationFilter filter, QueueItem::Why why) {
        for (const InvocationRow &row : queries.invocations(runId, filter))
            if (!listed.contains(row.id)) {
                listed.insert(row.id);
                out.append({row, why});
            }
    };
    InvocationFilter disputed = base;
    disputed.disputedOnly = true;
    take(disputed, QueueItem::Why::Disputed);
    InvocationFilter failed = base;
    failed.judgeFailedOnly = true;
    take(failed, QueueItem::Why::JudgeFailed);

    // The calibration sample: a seeded partial shuffle of the other answered items, then in run order.
    InvocationFilter rest = base;
    QList<InvocationRow> others;
    for (const InvocationRow &row : queries.invocations(runId, rest))
        if (row.ok && !listed.contains(row.id))
            others.append(row);
    Stats::Resampler draw(kSampleSeed + quint64(runId));
    const qsizetype n = std::min<qsizetype>(sample, others.size());
    for (qsizetype i = 0; i < n; ++i)
        std::swap(others[i], others[i + qsizetype(draw.pick(size_t(others.size() - i)))]);
    others.resize(n);
    std::sort(others.begin(), others.end(), [](const InvocationRow &a, const InvocationRow &b) { return a.workItem < b.workItem; });
    for (const InvocationRow &row : others)
        out.append({row, QueueItem::Why::Sample});
    if (error)
        *error = queries.error();
    return out;
}

std::optional<double> Agreement::rate() const
{
    return items() > 0 ? std::optional<double>(double(bothPass + bothFail) / double(items())) : std::nullopt;
}

std::optional<double> Agreement::kappa() const
{
    return Stats::cohensKappa({{double(bothPass), double(judgeOnlyPass)}, {double(peopleOnlyPass), double(bothFail)}});
}

QList<Agreement> humanAgreement(const RunReadout &run)
{
    QList<Agreement> out;
    out.append({-1, tr("jury"), 0, 0, 0, 0});
    for (const VariantInfo &j : run.judges)
        out.append({j.id, j.label, 0, 0, 0, 0});
    for (const RaterPair &p : run.humanPairs) {
        const auto it = std::find_if(out.begin(), out.end(), [&](const Agreement &a) { return a.judgeId == p.judgeId; });
        if (it == out.end())
            continue;
        (p.raterPassed ? (p.personPassed ? it->bothPass : it->judgeOnlyPass) : (p.personPassed ? it->peopleOnlyPass : it->bothFail)) += 1;
    }
    return out;
}

} // namespace Quorum::Review

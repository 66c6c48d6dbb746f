#pragma once

#include "../domain/records.h"
#include "../storage/invocations.h"
#include "../storage/runreadout.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Quorum {

class InvocationReader;

// People reviewing the jury (docs/METRICS.md, "People and the jury").
namespace Review {

// A reviewer's verdict on `item` of run `runId` (as read with its jury columns), checked: "" with `out` filled
// (author the OS user, time now), else why it cannot be stored. `passed` unset withdraws the
// override. Dimension scores are all six (1–5) or none; with them the item's score is their mean,
// without them the jury's score stands (so an item the jury did not score needs them).
QString makeOverride(qint64 runId, const InvocationRow &item, std::optional<bool> passed, const std::array<std::optional<int>, 6> &dimensions,
                     const QString &reason, OverrideRecord *out);

// The items to review in a run, in the order a reviewer meets them: disputed items first, then
// those a judge failed on, then a calibration sample of the rest (`sample` of them, drawn with a
// fixed seed, so the queue is the same on every machine). Items an override already counts for
// are left out: they are reviewed.
struct QueueItem
{
    enum class Why { Disputed, JudgeFailed, Sample };
    InvocationRow row;
    Why why = Why::Sample;
};
QList<QueueItem> reviewQueue(InvocationReader &queries, qint64 runId, qint64 variantId = -1, int sample = 20, QString *error = nullptr);
QString whyName(QueueItem::Why why);

// One judge's (or the jury's) pass/fail against people's, on the items both gave a verdict:
// the 2 × 2 table (rows: the judge's pass, fail; columns: the people's pass, fail).
struct Agreement
{
    qint64 judgeId = -1;            // -1: the jury's verdict
    QString label;
    qint64 bothPass = 0, judgeOnlyPass = 0, peopleOnlyPass = 0, bothFail = 0;
    qint64 items() const { return bothPass + judgeOnlyPass + peopleOnlyPass + bothFail; }
    std::optional<double> rate() const;  // the share with the same verdict
    std::optional<double> kappa() const; // Cohen's κ; nullopt without items or when chance agreement is 1
};
// The jury first, then each judge in the run's order.
QList<Agreement> humanAgreement(const RunReadout &run);

} // namespace Review
} // namespace Quorum

#pragma once

#include "scenarioimporter.h"

#include "../domain/runplan.h"
#include "../domain/diagnostics.h"
#include "../domain/textsource.h"

#include <QJsonObject>
#include <optional>

namespace Quorum {

// Quorum's own plan file (JSON). Each of "scenarios", "models", "judges" is a file path
// (relative to the plan), a list of paths, or the items themselves; "judge_questions" is a
// path or the object; "settings" holds every run setting. See resources/demo/demo-plan.json.
// `columns` (the command line's) win over the plan's own "csv_columns" where both name one.
std::optional<RunPlan> loadPlan(const TextSource &source, Diagnostics &diagnostics, const CsvColumns &columns = {});

// What a plan lacks to be run (no scenarios, models or jury): the section's key and the message
// `quorum-cli validate` gives.
QList<std::pair<QString, QString>> missingParts(const RunPlan &plan);

// Writes a self-contained plan (everything embedded). Returns an error message or "".
QString savePlan(const RunPlan &plan, const QString &path);
QJsonObject planToJson(const RunPlan &plan);

QJsonObject scenarioToJson(const Scenario &scenario);
// A CSV mapping as a plan's "csv_columns" holds it.
QJsonObject csvColumnsToJson(const CsvColumns &columns);
// The range each numeric run setting must lie in (what `quorum-cli validate` checks and the
// setup form's fields allow).
struct SettingRange
{
    const char *key;
    double low;
    double high;
    bool whole;
};
const QList<SettingRange> &settingRanges();
SettingRange settingRange(const char *key);
// The "settings" of a plan, checked: the rules and messages of `quorum-cli validate`.
std::optional<RunSettings> settingsFromRecord(const InputRecord &record, Diagnostics &diagnostics);
QJsonObject profileToJson(const ModelVariant &profile);

} // namespace Quorum

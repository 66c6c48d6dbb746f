#pragma once

#include "../domain/runplan.h"
#include "../domain/diagnostics.h"
#include "scenarioimporter.h"

#include <optional>

namespace Quorum {

enum class InputKind { Unknown, Scenarios, ModelProfiles, JudgeProfiles, JudgeQuestions, Plan };

QString inputKindName(InputKind kind);
std::optional<InputKind> inputKindFromName(const QString &name);

// What one file held. Only the part matching `kind` is filled, and only when the file had
// no error: an import with an error changes nothing.
struct ImportedFile
{
    InputKind kind = InputKind::Unknown;
    QList<Scenario> scenarios;
    QList<ModelVariant> models;
    QList<JudgeProfile> judges;
    JudgeCriteria criteria;
    std::optional<RunPlan> plan;
};

// Reads and checks any input file. The kind is taken from `hint`, else guessed from the
// file name and its first record (what `quorum-cli validate` and the GUI's import do).
// `columns` tells how to read a CSV of scenarios whose columns have other names.
ImportedFile importFile(const QString &path, Diagnostics &diagnostics, InputKind hint = InputKind::Unknown,
                        const CsvColumns &columns = {});
// The same over bytes already in memory (fuzzing, drag and drop).
ImportedFile importBytes(const QString &name, const QByteArray &bytes, Diagnostics &diagnostics,
                         InputKind hint = InputKind::Unknown, const CsvColumns &columns = {});

} // namespace Quorum

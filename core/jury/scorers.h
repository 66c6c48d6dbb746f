#pragma once

#include "../domain/scenario.h"

#include <optional>

namespace Quorum {

// Deterministic scorers (METRICS.md): no judge needed. Each gives pass/fail and a 0–1 score.
enum class ScorerKind { Exact, Contains, Regex, MultipleChoice, FinalNumber, ValidJson };

struct ScorerResult
{
    bool passed = false;
    double score = 0;
    QString detail; // what was compared, for the analyst
};

std::optional<ScorerKind> scorerFromName(const QString &name);
QString scorerName(ScorerKind kind);
QStringList scorerNames();

// Scores an answer against the scenario's golden answer (or correct choice).
// exact: same text, ignoring case and white space; contains: the golden answer appears in the
// answer; regex: the golden answer is a pattern the answer matches; multiple_choice: the
// option letter the answer gives; final_number: the last number in the answer equals the
// golden answer's; valid_json: the answer holds a JSON value (with the golden answer's keys,
// when the golden answer is a JSON object; conforming to it, when it is a JSON Schema).
ScorerResult runScorer(ScorerKind kind, const Scenario &scenario, const QString &answer);

} // namespace Quorum

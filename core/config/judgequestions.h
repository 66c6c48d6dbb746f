#pragma once

#include "../domain/judgecriteria.h"
#include "../domain/diagnostics.h"
#include "jsonlocator.h"
#include "../domain/textsource.h"

#include <QJsonObject>
#include <optional>

namespace Quorum {

// A judge-questions file: {"evaluation_criteria": [{category, weight, questions[]}]}.
std::optional<JudgeCriteria> importJudgeQuestions(const TextSource &source, Diagnostics &diagnostics);

// The same from an object inside another document; `path` locates it for line numbers.
std::optional<JudgeCriteria> judgeCriteriaFromJson(const QString &file, const QJsonObject &object, const QString &path,
                                                   const JsonLocator &locator, Diagnostics &diagnostics);

} // namespace Quorum

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace Quorum {

// One judge's scores, read from whatever the judge wrote.
struct ParsedVerdict
{
    QHash<QString, int> scores;         // dimension (as asked) → 1 … 5
    QHash<QString, QString> rationales;
};

// Reads a verdict tolerantly: JSON inside code fences or prose, trailing commas, scores as
// strings or floats, dimension names in other case or spacing, {"score": n, "rationale": …}
// or bare numbers. Rejects out-of-range scores and missing dimensions; `error` says why.
std::optional<ParsedVerdict> parseVerdict(const QString &text, const QStringList &dimensions, QString *error);

// "Following instructions" → "followinginstructions": how dimension names are compared.
QString normalizedDimension(const QString &name);

} // namespace Quorum

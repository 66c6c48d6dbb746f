#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Quorum {

// Checks a JSON value against a JSON Schema (the keywords an answer format needs: type, enum,
// const, properties, required, additionalProperties, items, minItems, maxItems, minimum,
// maximum, exclusiveMinimum, exclusiveMaximum, minLength, maxLength, pattern, allOf, anyOf,
// oneOf, not). Returns the first violation as "$.path: what is wrong", or "" when the value
// conforms. Unknown keywords are ignored, as the standard asks.
QString schemaViolation(const QJsonValue &value, const QJsonObject &schema, const QString &path = QStringLiteral("$"));

// Whether a JSON object looks like a schema rather than an example answer.
bool looksLikeSchema(const QJsonObject &object);

} // namespace Quorum

#include "jsonschema.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Quorum {

namespace {
bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"string")
        return value.isString();
    if (type == u"boolean")
        return value.isBool();
    if (type == u"null")
        return value.isNull();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return value.isDouble() && value.toDouble() == std::floor(value.toDouble());
    return true; // an unknown type name constrains nothing
}

QString typeNames(const QJsonValue &type)
{
    if (!type.isArray())
        return type.toString();
    QStringList names;
    for (const QJsonValue &t : type.toArray())
        names << t.toString();
    return names.join(u" or "_qs);
}
} // namespace

bool looksLikeSchema(const QJsonObject &object)
{
    return object.contains(u"$schema") || (object.value(u"type").isString() && (object.contains(u"properties")
                                                                                 || object.contains(u"items")
                                                                                 || object.contains(u"required")));
}

QString schemaViolation(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    if (const QJsonValue type = schema.value(u"type"); !type.isUndefined()) {
        bool ok = false;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                ok = ok || hasType(value, t.toString());
        } else {
            ok = hasType(value, type.toString());
        }
        if (!ok)
            return QStringLiteral("%1: should be %2").arg(path, typeNames(type));
    }
    if (const QJsonValue allowed = schema.value(u"enum"); allowed.isArray() && !allowed.toArray().contains(value))
        return QStringLiteral("%1: not one of the allowed values").arg(path);
    if (schema.contains(u"const") && schema.value(u"const") != value)
        return QStringLiteral("%1: should be %2").arg(path, schema.value(u"const").toVariant().toString());
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (schema.contains(u"minimum") && v < schema.value(u"minimum").toDouble())
            return QStringLiteral("%1: below the minimum %2").arg(path).arg(schema.value(u"minimum").toDouble());
        if (schema.contains(u"maximum") && v > schema.value(u"maximum").toDouble())
            return QStringLiteral("%1: above the maximum %2").arg(path).arg(schema.value(u"maximum").toDouble());
        if (schema.contains(u"exclusiveMinimum") && v <= schema.value(u"exclusiveMinimum").toDouble())
            return QStringLiteral("%1: not above %2").arg(path).arg(schema.value(u"exclusiveMinimum").toDouble());
        if (schema.contains(u"exclusiveMaximum") && v >= schema.value(u"exclusiveMaximum").toDouble())
            return QStringLiteral("%1: not below %2").arg(path).arg(schema.value(u"exclusiveMaximum").toDouble());
    }
    if (value.isString()) {
        const qsizetype length = value.toString().size();
        if (schema.contains(u"minLength") && length < schema.value(u"minLength").toInt())
            return QStringLiteral("%1: shorter than %2 characters").arg(path).arg(schema.value(u"minLength").toInt());
        if (schema.contains(u"maxLength") && length > schema.value(u"maxLength").toInt())
            return QStringLiteral("%1: longer than %2 characters").arg(path).arg(schema.value(u"maxLength").toInt());
        if (const QJsonValue pattern = schema.value(u"pattern"); pattern.isString()) {
            const QRegularExpression re(pattern.toString());
            if (re.isValid() && !re.match(value.toString()).hasMatch())
                return QStringLiteral("%1: does not match /%2/").arg(path, pattern.toString());
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &key : schema.value(u"required").toArray())
            if (!object.contains(key.toString()))
                return QStringLiteral("%1: \"%2\" is missing").arg(path, key.toString());
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString at = path + u'.' + it.key();
            if (properties.contains(it.key())) {
                if (const QString e = schemaViolation(it.value(), properties.value(it.key()).toObject(), at); !e.isEmpty())
                    return e;
            } else if (const QJsonValue extra = schema.value(u"additionalProperties"); extra.isBool() && !extra.toBool()) {
                return QStringLiteral("%1: \"%2\" is not allowed").arg(path, it.key());
            } else if (extra.isObject()) {
                if (const QString e = schemaViolation(it.value(), extra.toObject(), at); !e.isEmpty())
                    return e;
            }
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (schema.contains(u"minItems") && array.size() < schema.value(u"minItems").toInt())
            return QStringLiteral("%1: fewer than %2 items").arg(path).arg(schema.value(u"minItems").toInt());
        if (schema.contains(u"maxItems") && array.size() > schema.value(u"maxItems").toInt())
            return QStringLiteral("%1: more than %2 items").arg(path).arg(schema.value(u"maxItems").toInt());
        if (const QJsonValue items = schema.value(u"items"); items.isObject())
            for (qsizetype i = 0; i < array.size(); ++i)
                if (const QString e = schemaViolation(array.at(i), items.toObject(), path + u'[' + QString::number(i) + u']');
                    !e.isEmpty())
                    return e;
    }
    for (const QJsonValue &sub : schema.value(u"allOf").toArray())
        if (const QString e = schemaViolation(value, sub.toObject(), path); !e.isEmpty())
            return e;
    if (const QJsonArray any = schema.value(u"anyOf").toArray(); !any.isEmpty()) {
        bool matched = false;
        for (const QJsonValue &sub : any)
            matched = matched || schemaViolation(value, sub.toObject(), path).isEmpty();
        if (!matched)
            return QStringLiteral("%1: matches none of \"anyOf\"").arg(path);
    }
    if (const QJsonArray one = schema.value(u"oneOf").toArray(); !one.isEmpty()) {
        int matches = 0;
        for (const QJsonValue &sub : one)
            matches += schemaViolation(value, sub.toObject(), path).isEmpty() ? 1 : 0;
        if (matches != 1)
            return QStringLiteral("%1: matches %2 of \"oneOf\", not exactly one").arg(path).arg(matches);
    }
    if (const QJsonValue no = schema.value(u"not"); no.isObject() && schemaViolation(value, no.toObject(), path).isEmpty())
        return QStringLiteral("%1: matches what \"not\" forbids").arg(path);
    return {};
}

} // namespace Quorum

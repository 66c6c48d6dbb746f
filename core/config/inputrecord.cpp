#include "inputrecord.h"

#include "jsonlocator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Quorum {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("InputRecord", text); }

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return tr("null");
    case QJsonValue::Bool: return tr("true/false");
    case QJsonValue::Double: return tr("a number");
    case QJsonValue::String: return tr("text");
    case QJsonValue::Array: return tr("a list");
    case QJsonValue::Object: return tr("an object");
    case QJsonValue::Undefined: break;
    }
    return tr("nothing");
}
} // namespace

RecordReader::RecordReader(const InputRecord &record, Diagnostics &diagnostics)
    : m_record(record), m_diagnostics(diagnostics)
{
}

bool RecordReader::has(const QString &key) const
{
    return m_record.fields.contains(key);
}

QString RecordReader::pick(std::initializer_list<const char *> names) const
{
    for (const char *name : names)
        if (has(QString::fromLatin1(name)))
            return QString::fromLatin1(name);
    return QString::fromLatin1(*names.begin());
}

void RecordReader::error(const QString &key, const QString &message)
{
    m_failed = true;
    m_diagnostics.error(m_record.file, m_record.lineOf(key), message, key);
}

void RecordReader::warning(const QString &key, const QString &message)
{
    m_diagnostics.warning(m_record.file, m_record.lineOf(key), message, key);
}

std::optional<QString> RecordReader::text(const QString &key, Need need, bool allowEmpty)
{
    const QJsonValue v = m_record.fields.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (need == Need::Required)
            error(key, tr("\"%1\" is missing").arg(key));
        return std::nullopt;
    }
    if (!v.isString()) {
        error(key, tr("\"%1\" must be text, not %2").arg(key, typeName(v)));
        return std::nullopt;
    }
    const QString s = v.toString();
    if (!allowEmpty && s.trimmed().isEmpty()) {
        if (need == Need::Required)
            error(key, tr("\"%1\" is empty").arg(key));
        return std::nullopt;
    }
    return s;
}

std::optional<double> RecordReader::number(const QString &key, Need need)
{
    const QJsonValue v = m_record.fields.value(key);
    if (v.isUndefined() || v.isNull() || (m_record.textOnly && v.isString() && v.toString().trimmed().isEmpty())) {
        if (need == Need::Required)
            error(key, tr("\"%1\" is missing").arg(key));
        return std::nullopt;
    }
    if (v.isDouble())
        return v.toDouble();
    if (v.isString() && m_record.textOnly) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
        error(key, tr("\"%1\" must be a number, not \"%2\"").arg(key, v.toString()));
        return std::nullopt;
    }
    if (v.isString())
        error(key, tr("\"%1\" must be a number, not text (remove the quotes around %2)").arg(key, v.toString()));
    else
        error(key, tr("\"%1\" must be a number, not %2").arg(key, typeName(v)));
    return std::nullopt;
}

std::optional<qint64> RecordReader::integer(const QString &key, Need need)
{
    const std::optional<double> d = number(key, need);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d) || std::abs(*d) > 1e15) {
        error(key, tr("\"%1\" must be a whole number, not %2").arg(key).arg(*d));
        return std::nullopt;
    }
    return qint64(*d);
}

QStringList RecordReader::list(const QString &key)
{
    const QJsonValue v = m_record.fields.value(key);
    QStringList out;
    if (v.isString()) {
        for (const QString &part : v.toString().split(u',', Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                out << part.trimmed();
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty()) {
                error(key, tr("\"%1\" must be a list of names").arg(key));
                return {};
            }
            out << item.toString().trimmed();
        }
    } else if (!v.isUndefined() && !v.isNull()) {
        error(key, tr("\"%1\" must be a list of names or one comma-separated text").arg(key));
    }
    return out;
}

std::optional<QJsonObject> RecordReader::object(const QString &key)
{
    const QJsonValue v = m_record.fields.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        error(key, tr("\"%1\" must be an object, not %2").arg(key, typeName(v)));
        return std::nullopt;
    }
    return v.toObject();
}

void RecordReader::warnUnknown(const QStringList &known)
{
    for (auto it = m_record.fields.constBegin(); it != m_record.fields.constEnd(); ++it)
        if (!known.contains(it.key()))
            warning(it.key(), tr("unknown field \"%1\" (ignored)").arg(it.key()));
}

QList<InputRecord> readJsonl(const TextSource &source, Diagnostics &diagnostics)
{
    QList<InputRecord> records;
    const QStringList &lines = source.lines();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            diagnostics.warning(source.fileName(), lineNumber, tr("blank line (skipped)"));
            continue;
        }
        const QByteArray utf8 = line.toUtf8();
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            diagnostics.error(source.fileName(), lineNumber,
                              tr("not valid JSON: %1 at column %2")
                                  .arg(parseError.errorString())
                                  .arg(QString::fromUtf8(utf8.first(std::min<qsizetype>(parseError.offset, utf8.size()))).size() + 1));
            continue;
        }
        if (!doc.isObject()) {
            diagnostics.error(source.fileName(), lineNumber, tr("each line must be a JSON object {…}"));
            continue;
        }
        records.append({source.fileName(), lineNumber, doc.object(), {}, false});
    }
    return records;
}

InputRecord recordAt(const QString &file, const QJsonObject &object, const QString &path, const JsonLocator &locator)
{
    InputRecord record{file, locator.lineOf(path), object, {}, false};
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        record.fieldLines.insert(it.key(), locator.lineOf(jsonPath(path, it.key())));
    return record;
}

QList<InputRecord> recordsFromArray(const QString &file, const QJsonArray &array, const QString &path,
                                    const JsonLocator &locator, Diagnostics &diagnostics)
{
    QList<InputRecord> records;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = jsonPath(path, i);
        if (!array.at(i).isObject()) {
            diagnostics.error(file, locator.lineOf(itemPath), tr("each entry of \"%1\" must be an object {…}").arg(path));
            continue;
        }
        records.append(recordAt(file, array.at(i).toObject(), itemPath, locator));
    }
    return records;
}

} // namespace Quorum

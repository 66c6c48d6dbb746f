#pragma once

#include "../domain/diagnostics.h"
#include "../domain/textsource.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace Quorum {

// One item of an input file — a JSONL line, a CSV row or an element of a JSON array —
// with the line each field sits on. CSV values are all text; readers convert them.
struct InputRecord
{
    QString file;
    int line = 0;
    QJsonObject fields;
    QHash<QString, int> fieldLines; // missing key: the record's line
    bool textOnly = false;          // came from CSV: numbers arrive as text

    int lineOf(const QString &key) const { return fieldLines.value(key, line); }
};

// Reads typed fields out of a record, reporting each missing or mistyped one.
class RecordReader final
{
public:
    RecordReader(const InputRecord &record, Diagnostics &diagnostics);

    enum class Need { Optional, Required };

    bool has(const QString &key) const;
    // The first of several accepted names that is present (aliases), else the first name.
    QString pick(std::initializer_list<const char *> names) const;
    std::optional<QString> text(const QString &key, Need need = Need::Optional, bool allowEmpty = false);
    std::optional<double> number(const QString &key, Need need = Need::Optional);
    std::optional<qint64> integer(const QString &key, Need need = Need::Optional);
    // A JSON array of strings, or one comma-separated string.
    QStringList list(const QString &key);
    std::optional<QJsonObject> object(const QString &key);

    void error(const QString &key, const QString &message);
    void warning(const QString &key, const QString &message);
    // Warns about fields nobody reads — usually a typo of a real field name.
    void warnUnknown(const QStringList &known);

    const InputRecord &record() const { return m_record; }
    bool failed() const { return m_failed; }

private:
    const InputRecord &m_record;
    Diagnostics &m_diagnostics;
    bool m_failed = false;
};

// A JSON Lines file: one object per line. Blank lines are skipped with a warning.
QList<InputRecord> readJsonl(const TextSource &source, Diagnostics &diagnostics);

class JsonLocator;
// The object at `path` inside a larger document (a plan file), with its fields' lines.
InputRecord recordAt(const QString &file, const QJsonObject &object, const QString &path, const JsonLocator &locator);
// Records from the elements of a JSON array inside a larger document; non-objects are errors.
QList<InputRecord> recordsFromArray(const QString &file, const QJsonArray &array, const QString &path,
                                    const JsonLocator &locator, Diagnostics &diagnostics);

} // namespace Quorum

#pragma once

#include "storage/invocations.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QString>

#include <functional>

namespace Quorum::InvocationText {

// Everything stored about one invocation as one HTML document for a QTextBrowser (and the
// report's appendix): the scenario, the whole answer, every judge's scores and rationale (the
// raw text when it could not be read), timings, tokens, cost, every attempt and error. Every text
// that came from a scenario, a model or a profile is escaped; nothing is shortened.
// `thumbnails`: show a local image file as a thumbnail (the window); a report names it only,
// so the file refers to nothing outside itself.
QString html(const InvocationDetail &d, const QString &variantLabel, const QHash<qint64, QString> &judgeLabels,
             const QLocale &locale, bool thumbnails = true);

// The listed invocations for scripts: one row or JSON object per invocation, numbers in plain
// C-locale form, names as the list shows them. `label` names a variant by its id.
enum class Format { Csv, Jsonl };
QString write(QIODevice &out, const QList<InvocationRow> &rows, const std::function<QString(qint64)> &label, Format format);
// The columns (and JSON keys) of write(), in order.
QStringList exportColumns();

} // namespace Quorum::InvocationText

#pragma once

#include "storage/invocations.h"

#include <QHash>
#include <QLocale>
#include <QString>

namespace Quorum::InvocationText {

// Everything stored about one invocation as one HTML document for a QTextBrowser (and the
// report's appendix): the scenario, the whole answer, every judge's scores and rationale (the
// raw text when it could not be read), timings, tokens, cost, every attempt and error. Every text
// that came from a scenario, a model or a profile is escaped; nothing is shortened.
// `thumbnails`: show a local image file as a thumbnail (the window); a report names it only,
// so the file refers to nothing outside itself.
QString html(const InvocationDetail &d, const QString &variantLabel, const QHash<qint64, QString> &judgeLabels,
             const QLocale &locale, bool thumbnails = true);

// A judge's rationale as stored ({"dimension": "why"}, else shown as it is), escaped; "" for none.
QString rationaleHtml(const QString &stored);

} // namespace Quorum::InvocationText

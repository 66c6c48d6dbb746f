#include "worddiff.h"

#include <QRegularExpression>

#include <vector>

namespace Quorum {

namespace {
QStringList tokens(const QString &text)
{
    static const QRegularExpression unit(u"\\s+|\\w+|[^\\w\\s]"_qs, QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = unit.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

void append(QList<DiffSegment> &out, DiffSegment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!out.isEmpty() && out.last().kind == kind)
        out.last().text += text;
    else
        out.append({kind, text});
}
} // namespace

QList<DiffSegment> wordDiff(const QString &a, const QString &b, qint64 maxCells)
{
    const QStringList x = tokens(a), y = tokens(b);
    qsizetype start = 0;
    while (start < x.size() && start < y.size() && x.at(start) == y.at(start))
        ++start;
    qsizetype endX = x.size(), endY = y.size();
    while (endX > start && endY > start && x.at(endX - 1) == y.at(endY - 1)) {
        --endX;
        --endY;
    }
    QList<DiffSegment> out;
    append(out, DiffSegment::Kind::Same, x.mid(0, start).join(QString()));
    const qsizetype n = endX - start, m = endY - start;
    // Myers' O(ND) diff over the middle: fast when the answers are alike (D, the edits, is small).
    // trace[d] keeps V's diagonals −d … d before step d, for walking back; D² of them at most.
    const qint64 most = n + m;
    std::vector<qint64> v(size_t(2 * most + 3), 0);
    const qint64 offset = most + 1;
    std::vector<std::vector<qint64>> trace;
    qint64 edits = -1;
    for (qint64 d = 0; d <= most && edits < 0; ++d) {
        if ((d + 1) * (d + 1) > maxCells)
            break;
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
        for (qint64 k = -d; k <= d; k += 2) {
            qint64 px = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)])) ? v[size_t(offset + k + 1)]
                                                                                                   : v[size_t(offset + k - 1)] + 1;
            qint64 py = px - k;
            while (px < n && py < m && x.at(start + px) == y.at(start + py)) {
                ++px;
                ++py;
            }
            v[size_t(offset + k)] = px;
            if (px >= n && py >= m) {
                edits = d;
                break;
            }
        }
    }
    if (edits < 0) {
        append(out, DiffSegment::Kind::Removed, x.mid(start, n).join(QString()));
        append(out, DiffSegment::Kind::Added, y.mid(start, m).join(QString()));
    } else {
        QList<DiffSegment> middle; // backwards
        auto prepend = [&middle](DiffSegment::Kind kind, const QString &text) {
            if (!middle.isEmpty() && middle.last().kind == kind)
                middle.last().text.prepend(text);
            else
                middle.append({kind, text});
        };
        qint64 px = n, py = m;
        for (qint64 d = edits; d >= 0; --d) {
            const std::vector<qint64> &before = trace[size_t(d)];
            auto at = [&](qint64 k) { return before[size_t(k + d)]; };
            const qint64 k = px - py;
            const qint64 previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
            const qint64 previousX = d == 0 ? 0 : at(previousK), previousY = previousX - previousK;
            while (px > previousX && py > previousY) {
                prepend(DiffSegment::Kind::Same, x.at(start + px - 1));
                --px;
                --py;
            }
            if (d > 0) {
                if (px == previousX)
                    prepend(DiffSegment::Kind::Added, y.at(start + py - 1));
                else
                    prepend(DiffSegment::Kind::Removed, x.at(start + px - 1));
            }
            px = previousX;
            py = previousY;
        }
        for (auto it = middle.crbegin(); it != middle.crend(); ++it)
            append(out, it->kind, it->text);
    }
    append(out, DiffSegment::Kind::Same, x.mid(endX).join(QString()));
    return out;
}

QString diffHtml(const QList<DiffSegment> &diff, bool sideA, const QString &style)
{
    QString html;
    const DiffSegment::Kind mine = sideA ? DiffSegment::Kind::Removed : DiffSegment::Kind::Added;
    for (const DiffSegment &s : diff) {
        if (s.kind == DiffSegment::Kind::Same)
            html += s.text.toHtmlEscaped();
        else if (s.kind == mine)
            html += u"<span style=\""_qs + style + u"\">"_qs + s.text.toHtmlEscaped() + u"</span>"_qs;
    }
    html.replace(u'\n', u"<br>"_qs);
    return html;
}

} // namespace Quorum

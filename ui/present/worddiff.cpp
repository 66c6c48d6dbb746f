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
    if (n * m > maxCells) {
        append(out, DiffSegment::Kind::Removed, x.mid(start, n).join(QString()));
        append(out, DiffSegment::Kind::Added, y.mid(start, m).join(QString()));
    } else if (n > 0 || m > 0) {
        // lengths[i][j]: the longest common subsequence of x[start+i…] and y[start+j…].
        std::vector<quint32> lengths(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lengths[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = x.at(start + i) == y.at(start + j) ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.at(start + i) == y.at(start + j)) {
                append(out, DiffSegment::Kind::Same, x.at(start + i));
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                append(out, DiffSegment::Kind::Removed, x.at(start + i++)); // on a tie, what went before what came
            } else {
                append(out, DiffSegment::Kind::Added, y.at(start + j++));
            }
        }
    }
    append(out, DiffSegment::Kind::Same, x.mid(endX).join(QString()));
    return out;
}

QString diffHtml(const QList<DiffSegment> &diff, bool sideA, const QString &background)
{
    QString html;
    const DiffSegment::Kind mine = sideA ? DiffSegment::Kind::Removed : DiffSegment::Kind::Added;
    for (const DiffSegment &s : diff) {
        if (s.kind == DiffSegment::Kind::Same)
            html += s.text.toHtmlEscaped();
        else if (s.kind == mine)
            html += u"<span style=\"background-color:"_qs + background + u"\">"_qs + s.text.toHtmlEscaped() + u"</span>"_qs;
    }
    html.replace(u'\n', u"<br>"_qs);
    return html;
}

} // namespace Quorum

#include "progressstrip.h"

#include <QPainter>

namespace Quorum {

void ProgressStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = rect().adjusted(0, 0, -1, -1);
    p.setPen(palette().color(QPalette::Mid));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRect(r);
    const qint64 span = qint64(maximum()) - minimum();
    const double share = span > 0 ? std::clamp(double(qint64(value()) - minimum()) / double(span), 0.0, 1.0) : 0.0;
    QRect bar(r.left() + 1, r.top() + 1, int((r.width() - 1) * share + 0.5), r.height() - 1);
    if (layoutDirection() == Qt::RightToLeft)
        bar.moveRight(r.right());
    if (bar.width() > 0)
        p.fillRect(bar, palette().color(QPalette::Highlight));
    if (isTextVisible() && !text().isEmpty()) {
        // The text in the base's colour where the bar is not, in the highlight's text colour where it is.
        p.setPen(palette().color(QPalette::Text));
        p.drawText(r, Qt::AlignCenter, text());
        p.setClipRect(bar);
        p.setPen(palette().color(QPalette::HighlightedText));
        p.drawText(r, Qt::AlignCenter, text());
    }
}

} // namespace Quorum

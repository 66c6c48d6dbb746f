#include "chartexport.h"

#include <QBuffer>
#include <QSvgGenerator>

namespace Quorum::Charts {

QImage toImage(const Painting &paint, QSize size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

QByteArray toSvg(const Painting &paint, QSize size)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(96);
    {
        QPainter painter(&svg);
        paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    return out;
}

} // namespace Quorum::Charts

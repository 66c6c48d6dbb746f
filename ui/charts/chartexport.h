#pragma once

#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QSize>

#include <functional>

// One chart's painting, to an image (copy as image) or to SVG (the reports): the same function
// that paints the widget.
namespace Quorum::Charts {

using Painting = std::function<void(QPainter &, const QRectF &)>;

QImage toImage(const Painting &paint, QSize size, qreal devicePixelRatio = 1);
// An SVG document of `size` pixels. Text drawn is XML-escaped by the generator; no title or
// description is set (Qt 6.4 writes those unescaped).
QByteArray toSvg(const Painting &paint, QSize size);

} // namespace Quorum::Charts

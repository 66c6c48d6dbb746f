#pragma once

#include "charts/chartexport.h"
#include "charts/chartstyle.h"

#include <QWidget>

#include <functional>

namespace Quorum {

// One chart on screen: paints with the chart's painter in the widget's own palette (light or
// dark), shows the figures under the mouse as a tooltip, and copies itself as an image
// (context menu or Ctrl+C when focused). A chart that has something behind its marks (the
// invocations behind a bar or a cell) opens it on a click, the pointer a hand over it.
class ChartView final : public QWidget
{
    Q_OBJECT

public:
    using Painter = std::function<void(QPainter &, const QRectF &, const Charts::Style &)>;
    using Tooltip = std::function<QString(const QPointF &, const QRectF &, const Charts::Style &)>;
    using Height = std::function<qreal(const Charts::Style &)>;
    // Whether there is something to open at a point, and opens it when `open` is set (a click).
    using Click = std::function<bool(const QPointF &, const QRectF &, const Charts::Style &, bool open)>;

    explicit ChartView(QWidget *parent = nullptr);
    void setChart(Painter painter, Tooltip tooltip, Height height, Click click = {});
    Charts::Style style() const;
    QImage image() const;               // what the widget shows, at its size
    QSize sizeHint() const override;
    void copyImage() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    Painter m_painter;
    Tooltip m_tooltip;
    Height m_height;
    Click m_click;
};

} // namespace Quorum

#include "chartview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Quorum {

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus); // reachable with Tab; Ctrl+C copies it
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumWidth(360);
}

void ChartView::setChart(Painter painter, Tooltip tooltip, Height height, Click click)
{
    m_painter = std::move(painter);
    m_tooltip = std::move(tooltip);
    m_height = std::move(height);
    m_click = std::move(click);
    setMouseTracking(bool(m_click));
    unsetCursor();
    setFixedHeight(int(sizeHint().height()));
    update();
}

Charts::Style ChartView::style() const
{
    return Charts::Style::fromPalette(palette());
}

QSize ChartView::sizeHint() const
{
    return QSize(720, m_height ? int(m_height(style())) : 200);
}

QImage ChartView::image() const
{
    const Charts::Style s = style();
    return Charts::toImage([&](QPainter &p, const QRectF &r) { if (m_painter) m_painter(p, r, s); }, size(), devicePixelRatioF());
}

void ChartView::copyImage() const
{
    QApplication::clipboard()->setImage(image());
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_painter)
        m_painter(p, QRectF(rect()), style());
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

bool ChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_tooltip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_tooltip(help->pos(), QRectF(rect()), style());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text.toHtmlEscaped(), this); // names are text, never markup
        return true;
    }
    return QWidget::event(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy as Image"), this, &ChartView::copyImage);
    menu.exec(event->globalPos());
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_click && m_click(event->position(), QRectF(rect()), style(), false))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_click)
        m_click(event->position(), QRectF(rect()), style(), true);
    QWidget::mouseReleaseEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy))
        copyImage();
    else
        QWidget::keyPressEvent(event);
}

} // namespace Quorum

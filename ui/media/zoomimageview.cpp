#include "ui/media/zoomimageview.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace trove {

ZoomImageView::ZoomImageView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(64, 64);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Dark);
    setAccessibleName(tr("Image"));
    setAccessibleDescription(tr("Wheel, + and - zoom; Ctrl+0 fits; Ctrl+1 shows 100 %; drag or arrows pan"));
}

void ZoomImageView::setImage(const QImage &image)
{
    m_image = image;
    m_dragging = false;
    fitToWindow();
    updateCursor();
}

void ZoomImageView::replaceImage(const QImage &image)
{
    if (image.size() != m_image.size()) {
        setImage(image);
        return;
    }
    m_image = image;
    update();
}

double ZoomImageView::fitZoom() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0) {
        return 1.0;
    }
    const double fit = std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    return std::clamp(std::min(fit, 1.0), MinZoom, 1.0);
}

QRectF ZoomImageView::visibleImageRect() const
{
    if (m_image.isNull()) {
        return {};
    }
    const QSizeF extent(width() / m_zoom, height() / m_zoom);
    const QRectF view(m_center - QPointF(extent.width() / 2, extent.height() / 2), extent);
    return view.intersected(QRectF(QPointF(0, 0), QSizeF(m_image.size())));
}

QPointF ZoomImageView::widgetCenter() const
{
    return QPointF(width() / 2.0, height() / 2.0);
}

void ZoomImageView::zoomIn()
{
    setZoom(m_zoom * ZoomStep, widgetCenter());
}

void ZoomImageView::zoomOut()
{
    setZoom(m_zoom / ZoomStep, widgetCenter());
}

void ZoomImageView::fitToWindow()
{
    m_fitted = true;
    m_zoom = fitZoom();
    m_center = QPointF(m_image.width() / 2.0, m_image.height() / 2.0);
    updateCursor();
    update();
    emit zoomChanged(m_zoom);
}

void ZoomImageView::showActualSize()
{
    setZoom(1.0, widgetCenter());
}

void ZoomImageView::setZoom(double zoom, QPointF anchor)
{
    if (m_image.isNull()) {
        return;
    }
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    // The image point under the anchor stays under it.
    const QPointF imagePoint = m_center + (anchor - widgetCenter()) / m_zoom;
    m_zoom = zoom;
    m_fitted = false;
    m_center = imagePoint - (anchor - widgetCenter()) / m_zoom;
    clampCenter();
    updateCursor();
    update();
    emit zoomChanged(m_zoom);
}

void ZoomImageView::panBy(QPointF delta)
{
    if (m_image.isNull()) {
        return;
    }
    m_center += delta / m_zoom;
    clampCenter();
    update();
}

void ZoomImageView::clampCenter()
{
    // Along an axis where the image is smaller than the widget it stays centred; otherwise the view never
    // leaves the image.
    const double halfWidth = width() / m_zoom / 2.0;
    const double halfHeight = height() / m_zoom / 2.0;
    const double w = m_image.width();
    const double h = m_image.height();
    m_center.setX(2 * halfWidth >= w ? w / 2.0 : std::clamp(m_center.x(), halfWidth, w - halfWidth));
    m_center.setY(2 * halfHeight >= h ? h / 2.0 : std::clamp(m_center.y(), halfHeight, h - halfHeight));
}

void ZoomImageView::updateCursor()
{
    const bool pannable = !m_image.isNull() && (m_image.width() * m_zoom > width() + 0.5 ||
                                                m_image.height() * m_zoom > height() + 0.5);
    setCursor(m_dragging ? Qt::ClosedHandCursor : pannable ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void ZoomImageView::paintEvent(QPaintEvent *)
{
    if (m_image.isNull()) {
        return;
    }
    const QRectF source = visibleImageRect();
    if (source.isEmpty()) {
        return;
    }
    const QPointF topLeft = widgetCenter() + (source.topLeft() - m_center) * m_zoom;
    const QRectF target(topLeft, source.size() * m_zoom);
    QPainter painter(this);
    // Zoomed in past 200 %, pixels stay sharp squares, as an investigator inspecting them expects.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom < 2.0);
    painter.drawImage(target, m_image, source);
}

void ZoomImageView::resizeEvent(QResizeEvent *)
{
    if (m_fitted) {
        m_zoom = fitZoom();
        m_center = QPointF(m_image.width() / 2.0, m_image.height() / 2.0);
        emit zoomChanged(m_zoom);
    } else {
        clampCenter();
    }
    updateCursor();
}

void ZoomImageView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0 || m_image.isNull()) {
        event->ignore();
        return;
    }
    setZoom(m_zoom * std::pow(ZoomStep, steps / 120.0), event->position());
    event->accept();
}

void ZoomImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragStart = event->position();
    m_dragCenter = m_center;
    updateCursor();
}

void ZoomImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        return;
    }
    // Dragging moves the image with the pointer: the view moves the other way.
    m_center = m_dragCenter - (event->position() - m_dragStart) / m_zoom;
    clampCenter();
    update();
}

void ZoomImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = false;
        updateCursor();
    }
}

void ZoomImageView::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        if (control) {
            fitToWindow();
            return;
        }
        break;
    case Qt::Key_1:
        if (control) {
            showActualSize();
            return;
        }
        break;
    case Qt::Key_Left:
        panBy(QPointF(-PanStep, 0));
        return;
    case Qt::Key_Right:
        panBy(QPointF(PanStep, 0));
        return;
    case Qt::Key_Up:
        panBy(QPointF(0, -PanStep));
        return;
    case Qt::Key_Down:
        panBy(QPointF(0, PanStep));
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace trove

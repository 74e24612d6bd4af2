#pragma once

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace trove {

/**
 * Shows one image fitted to the widget, or zoomed and panned: the mouse wheel zooms around the pointer, +
 * and - zoom around the centre, Ctrl+0 fits the image again, Ctrl+1 shows it at 100 %, dragging with the
 * mouse or the arrow keys pan. Only the visible part of the image is drawn, so a large photo zoomed in stays
 * quick. Nothing is decoded here: the image arrives decoded.
 */
class ZoomImageView : public QWidget
{
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.01;
    static constexpr double MaxZoom = 32.0;
    static constexpr double ZoomStep = 1.25;
    static constexpr int PanStep = 48; ///< widget pixels an arrow key pans

    explicit ZoomImageView(QWidget *parent = nullptr);

    /** Shows @p image fitted to the widget. */
    void setImage(const QImage &image);
    /**
     * Shows @p image in place of the current one keeping the zoom and the view (the next frame of an
     * animation); fits it when its size differs.
     */
    void replaceImage(const QImage &image);
    QImage image() const { return m_image; }

    /** Image pixels per widget pixel shown now (1: 100 %). */
    double zoom() const { return m_zoom; }
    /** Whether the image follows the widget's size (fitted, never enlarged). */
    bool isFitted() const { return m_fitted; }
    /** The zoom at which the whole image fits the widget (at most 1). */
    double fitZoom() const;
    /** The part of the image that is visible, in image pixels. */
    QRectF visibleImageRect() const;
    /** The image point shown at the widget's centre. */
    QPointF center() const { return m_center; }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void showActualSize();
    /** Zooms to @p zoom keeping the image point under @p anchor (widget coordinates) where it is. */
    void setZoom(double zoom, QPointF anchor);
    /** Moves the view by @p delta widget pixels (positive x: the image moves left, showing more of its
     * right). */
    void panBy(QPointF delta);

signals:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF widgetCenter() const;
    void clampCenter();
    void updateCursor();

    QImage m_image;
    double m_zoom = 1.0;
    bool m_fitted = true;
    QPointF m_center; ///< image coordinates
    bool m_dragging = false;
    QPointF m_dragStart;
    QPointF m_dragCenter;
};

} // namespace trove

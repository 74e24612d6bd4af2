#pragma once

#include "core/charts/chartdata.h"

#include <QChartView>
#include <QList>

namespace trove {

/**
 * A chart view with a date x axis that people can zoom and pan on x (wheel or +/- to zoom around the
 * pointer, drag or the arrow keys to pan, Home or resetZoom() for the whole span) and click (valueClicked()
 * with the clicked point in axis values). Event markers are drawn over the plot as dashed vertical lines
 * with their labels, staggered on rows so that neighbours do not overlap.
 */
class TimeChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TimeChartView(QWidget *parent = nullptr);
    /** How to zoom, pan and open a bucket, for the accessible description. */
    static QString usageText();

    /** Shows @p chart (owned by the view, the previous one deleted); its x range is the reset range. */
    void setTimeChart(QChart *chart);
    void setMarkers(const QList<EventMarker> &markers);
    void setMarkersVisible(bool visible);
    bool markersVisible() const { return m_markersVisible; }
    /** The markers drawn in the current x range (as on screen), for tests and accessibility. */
    QList<EventMarker> visibleMarkers() const;

    /** The x range shown, in axis values (milliseconds). */
    qreal xMinimum() const;
    qreal xMaximum() const;
    bool isZoomed() const;
    /** Zooms x by @p factor (< 1 closer) around @p centre (axis value). */
    void zoomX(qreal factor, qreal centre);
    /** Pans x by @p fraction of the visible span (negative: to the past). */
    void panX(qreal fraction);
    void setXRange(qreal minimum, qreal maximum);

public slots:
    void resetZoom();

signals:
    void valueClicked(const QPointF &value);
    void valueHovered(const QPointF &value, const QPoint &globalPosition);
    void xRangeChanged(qreal minimum, qreal maximum);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAxisFormat();

    QList<EventMarker> m_markers;
    bool m_markersVisible = true;
    qreal m_fullMinimum = 0;
    qreal m_fullMaximum = 0;
    QPoint m_pressPosition;
    QPoint m_lastPosition;
    bool m_pressed = false;
    bool m_dragging = false;
    bool m_labelling = false;
    int m_labelledWidth = -1;
};

} // namespace trove

#include "ui/charts/timechartview.h"

#include "ui/charts/chartbuilder.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QDateTime>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

namespace trove {

namespace {

QCategoryAxis *xAxisOf(QChart *chart)
{
    if (!chart) {
        return nullptr;
    }
    const QList<QAbstractAxis *> axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.constFirst());
}

} // namespace

TimeChartView::TimeChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setAccessibleName(tr("Chart"));
    setAccessibleDescription(usageText());
}

QString TimeChartView::usageText()
{
    return tr(
        "Wheel or plus and minus keys zoom the time axis, dragging or the arrow keys "
        "pan it, Home shows the whole span; a click opens the tweets of that bucket, Enter those of the "
        "bucket under the dotted line in the middle.");
}

void TimeChartView::setTimeChart(QChart *chart)
{
    QChart *previous = this->chart();
    setChart(chart);
    if (previous && previous != chart) {
        delete previous;
    }
    if (QCategoryAxis *axis = xAxisOf(chart)) {
        m_fullMinimum = axis->min();
        m_fullMaximum = axis->max();
        connect(axis, &QValueAxis::rangeChanged, this, [this](qreal minimum, qreal maximum) {
            updateAxisFormat();
            viewport()->update();
            emit xRangeChanged(minimum, maximum);
        });
        // The labels fit the plot's width once it is laid out.
        connect(chart, &QChart::plotAreaChanged, this, [this] { updateAxisFormat(); });
    }
    updateAxisFormat();
}

void TimeChartView::setMarkers(const QList<EventMarker> &markers)
{
    m_markers = markers;
    viewport()->update();
}

void TimeChartView::setMarkersVisible(bool visible)
{
    m_markersVisible = visible;
    viewport()->update();
}

QList<EventMarker> TimeChartView::visibleMarkers() const
{
    QList<EventMarker> shown;
    if (!m_markersVisible || !xAxisOf(chart())) {
        return shown;
    }
    const qreal minimum = xMinimum();
    const qreal maximum = xMaximum();
    for (const EventMarker &marker : m_markers) {
        const qreal x = ChartBuilder::axisValue(marker.date);
        if (x >= minimum && x <= maximum) {
            shown.append(marker);
        }
    }
    return shown;
}

qreal TimeChartView::xMinimum() const
{
    const QCategoryAxis *axis = xAxisOf(chart());
    return axis ? axis->min() : 0;
}

qreal TimeChartView::xMaximum() const
{
    const QCategoryAxis *axis = xAxisOf(chart());
    return axis ? axis->max() : 0;
}

bool TimeChartView::isZoomed() const
{
    return xMinimum() > m_fullMinimum || xMaximum() < m_fullMaximum;
}

void TimeChartView::setXRange(qreal minimum, qreal maximum)
{
    QCategoryAxis *axis = xAxisOf(chart());
    if (!axis) {
        return;
    }
    // Never closer than a day, never wider than the data, and always inside it.
    const qreal fullSpan = m_fullMaximum - m_fullMinimum;
    const qreal span = std::clamp(maximum - minimum, std::min<qreal>(86400000.0, fullSpan), fullSpan);
    minimum = std::clamp(minimum, m_fullMinimum, m_fullMaximum - span);
    axis->setRange(minimum, minimum + span);
}

void TimeChartView::zoomX(qreal factor, qreal centre)
{
    const qreal minimum = xMinimum();
    const qreal maximum = xMaximum();
    setXRange(centre - (centre - minimum) * factor, centre + (maximum - centre) * factor);
}

void TimeChartView::panX(qreal fraction)
{
    const qreal span = xMaximum() - xMinimum();
    setXRange(xMinimum() + span * fraction, xMaximum() + span * fraction);
}

void TimeChartView::resetZoom()
{
    setXRange(m_fullMinimum, m_fullMaximum);
}

void TimeChartView::updateAxisFormat()
{
    QCategoryAxis *axis = xAxisOf(chart());
    if (!axis || m_labelling) {
        return;
    }
    m_labelling = true;
    // As many labels as fit: one per label width and a gap, at the axis font.
    const int labelWidth =
        QFontMetrics(axis->labelsFont()).horizontalAdvance(QStringLiteral("2016-12-31")) + 24;
    // Before the first layout the plot area is empty: the view's width is the estimate then.
    const int plotWidth = int(chart()->plotArea().width());
    const int width = plotWidth > 50 ? plotWidth : int(viewport()->width() * 0.85);
    ChartBuilder::labelDates(axis, axis->min(), axis->max(),
                             std::clamp(width / std::max(1, labelWidth), 2, 14));
    m_labelledWidth = plotWidth;
    m_labelling = false;
}

void TimeChartView::paintEvent(QPaintEvent *event)
{
    // The plot's final width is known only after the chart's own layout, which has no signal that always
    // comes: the labels are fitted again when it differs from the width they were made for.
    if (chart() && int(chart()->plotArea().width()) > 50 &&
        int(chart()->plotArea().width()) != m_labelledWidth) {
        QTimer::singleShot(0, this, &TimeChartView::updateAxisFormat);
    }
    QChartView::paintEvent(event);
}

void TimeChartView::wheelEvent(QWheelEvent *event)
{
    if (!chart() || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const qreal centre =
        chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint()))).x();
    zoomX(event->angleDelta().y() > 0 ? 0.8 : 1.25, centre);
    event->accept();
}

void TimeChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_pressPosition = m_lastPosition = event->position().toPoint();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void TimeChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (m_pressed && chart()) {
        if (!m_dragging &&
            (position - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const qreal width = chart()->plotArea().width();
            if (width > 0) {
                panX(-qreal(position.x() - m_lastPosition.x()) / width);
            }
            m_lastPosition = position;
        }
        event->accept();
        return;
    }
    if (chart()) {
        const QPointF scenePoint = mapToScene(position);
        if (chart()->plotArea().contains(chart()->mapFromScene(scenePoint))) {
            emit valueHovered(chart()->mapToValue(chart()->mapFromScene(scenePoint)),
                              event->globalPosition().toPoint());
        }
    }
    QChartView::mouseMoveEvent(event);
}

void TimeChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_pressed) {
        const bool dragged = m_dragging;
        m_pressed = false;
        m_dragging = false;
        unsetCursor();
        if (!dragged && chart()) {
            const QPointF point = chart()->mapFromScene(mapToScene(event->position().toPoint()));
            if (chart()->plotArea().contains(point)) {
                emit valueClicked(chart()->mapToValue(point));
            }
        }
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal centre = (xMinimum() + xMaximum()) / 2;
    switch (event->key()) {
    case Qt::Key_Left:
        panX(-0.1);
        break;
    case Qt::Key_Right:
        panX(0.1);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomX(0.8, centre);
        break;
    case Qt::Key_Minus:
        zoomX(1.25, centre);
        break;
    case Qt::Key_Home:
        resetZoom();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        // The keyboard's click: the bucket under the focus line in the middle of the plot, as a whole (a
        // value above every stack).
        emit valueClicked(QPointF(centre, std::numeric_limits<qreal>::max()));
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimeChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void TimeChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    viewport()->update();
}

void TimeChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    updateAxisFormat();
    // Again once the chart has laid out at the new size.
    QTimer::singleShot(0, this, &TimeChartView::updateAxisFormat);
}

void TimeChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (hasFocus() && chart()) {
        // Where Enter opens the tweets: a dotted line down the middle of the plot.
        const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
        painter->save();
        painter->setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DotLine));
        painter->drawLine(QPointF(plot.center().x(), plot.top()), QPointF(plot.center().x(), plot.bottom()));
        painter->restore();
    }
    const QList<EventMarker> shown = visibleMarkers();
    if (shown.isEmpty() || !chart()) {
        return;
    }
    const QRectF plot = chart()->mapRectToScene(chart()->plotArea());
    const bool light = chart()->backgroundBrush().color().lightnessF() > 0.5;
    const QColor lineColor = light ? QColor(178, 34, 34) : QColor(255, 160, 90);
    QFont font = chart()->legend()->font();
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 0.85);
    }
    const QFontMetricsF metrics(font);
    painter->save();
    painter->setFont(font);
    painter->setRenderHint(QPainter::Antialiasing);
    // Labels run upwards along their lines from the plot's top; one that would touch the previous label is
    // left out (its line stays; zooming in shows it, and exports list every marker in the caption).
    const qreal labelThickness = metrics.height() + 2;
    const qreal labelLength = std::max<qreal>(60, plot.height() * 0.55);
    qreal previousLabelX = -1e9;
    for (const EventMarker &marker : shown) {
        const qreal x =
            chart()->mapToScene(chart()->mapToPosition(QPointF(ChartBuilder::axisValue(marker.date), 0))).x();
        if (x < plot.left() || x > plot.right()) {
            continue;
        }
        QPen pen(lineColor);
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.0);
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (x - previousLabelX < labelThickness) {
            continue;
        }
        previousLabelX = x;
        const QString text = metrics.elidedText(marker.label, Qt::ElideRight, labelLength - 6);
        const qreal length = metrics.horizontalAdvance(text) + 6;
        painter->save();
        // Left of the line, reading upwards, ending at the plot's top.
        painter->translate(x - 1, plot.top() + length + 2);
        painter->rotate(-90);
        const QRectF box(0, -labelThickness, length, labelThickness);
        painter->setPen(Qt::NoPen);
        painter->setBrush(light ? QColor(255, 255, 255, 200) : QColor(30, 30, 30, 200));
        painter->drawRect(box);
        painter->setPen(lineColor);
        painter->drawText(box, Qt::AlignCenter, text);
        painter->restore();
    }
    painter->restore();
}

} // namespace trove

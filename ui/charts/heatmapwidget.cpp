#include "ui/charts/heatmapwidget.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace trove {

namespace {

// A perceptually even sequential scale (viridis, reversed so that more is darker on white).
QColor scaleColor(double fraction)
{
    static const QColor stops[] = {QColor(253, 231, 37), QColor(94, 201, 98), QColor(33, 145, 140),
                                   QColor(59, 82, 139), QColor(68, 1, 84)};
    fraction = std::clamp(fraction, 0.0, 1.0) * 4;
    const int index = std::min(3, int(fraction));
    const double t = fraction - index;
    const QColor &a = stops[index];
    const QColor &b = stops[index + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

HeatmapWidget::HeatmapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Posting rhythm heatmap"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setGrids(const QList<Grid> &grids, bool percent)
{
    m_grids = grids;
    m_percent = percent;
    m_currentGrid = std::clamp(m_currentGrid, 0, std::max(0, int(m_grids.size()) - 1));
    QStringList summary;
    for (const Grid &grid : m_grids) {
        summary << tr("%1: %n tweets", nullptr, int(std::min<std::int64_t>(grid.data.total, INT32_MAX)))
                       .arg(grid.name);
    }
    setAccessibleDescription(summary.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void HeatmapWidget::setLight(bool light)
{
    m_light = light;
    update();
}

double HeatmapWidget::value(int grid, int weekday, int hour) const
{
    const RhythmChartData &data = m_grids.at(grid).data;
    const double count = double(data.counts[size_t(weekday)][size_t(hour)]);
    if (!m_percent) {
        return count;
    }
    return data.total > 0 ? 100.0 * count / double(data.total) : 0.0;
}

double HeatmapWidget::maximum() const
{
    double top = 0;
    for (int grid = 0; grid < m_grids.size(); ++grid) {
        for (int weekday = 0; weekday < 7; ++weekday) {
            for (int hour = 0; hour < 24; ++hour) {
                top = std::max(top, value(grid, weekday, hour));
            }
        }
    }
    return top;
}

QColor HeatmapWidget::colorFor(double fraction) const
{
    return scaleColor(fraction);
}

HeatmapWidget::Layout HeatmapWidget::layout() const
{
    Layout result;
    const QFontMetricsF metrics(font());
    qreal widest = 0;
    for (int day = 1; day <= 7; ++day) {
        widest = std::max(widest, metrics.horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    }
    result.labelWidth = widest + 10;
    result.headerHeight = metrics.height() + 4;
    result.titleHeight = metrics.height() + 6;
    const qreal legendHeight = 2 * metrics.height() + 16;
    const int count = std::max(1, int(m_grids.size()));
    result.cellWidth = std::max<qreal>(8, (width() - result.labelWidth - 12) / 24);
    const qreal available = (height() - legendHeight) / count - result.titleHeight - result.headerHeight - 8;
    result.cellHeight = std::clamp<qreal>(available / 7, 8, result.cellWidth * 1.2);
    result.gridHeight = result.titleHeight + result.headerHeight + 7 * result.cellHeight + 8;
    result.legendTop = count * result.gridHeight + 4;
    const qreal legendWidth = std::min<qreal>(24 * result.cellWidth, 360);
    result.legend = QRectF(result.labelWidth, result.legendTop + metrics.height() + 4, legendWidth,
                           metrics.height() * 0.8);
    return result;
}

QRectF HeatmapWidget::cellRect(int grid, int weekday, int hour) const
{
    if (grid < 0 || grid >= m_grids.size() || weekday < 0 || weekday > 6 || hour < 0 || hour > 23) {
        return {};
    }
    const Layout l = layout();
    const qreal top = grid * l.gridHeight + l.titleHeight + l.headerHeight;
    return QRectF(l.labelWidth + hour * l.cellWidth, top + weekday * l.cellHeight, l.cellWidth, l.cellHeight);
}

bool HeatmapWidget::cellAt(const QPointF &position, int *grid, int *weekday, int *hour) const
{
    const Layout l = layout();
    if (l.gridHeight <= 0) {
        return false;
    }
    const int g = int(std::floor(position.y() / l.gridHeight));
    if (g < 0 || g >= m_grids.size()) {
        return false;
    }
    const qreal y = position.y() - g * l.gridHeight - l.titleHeight - l.headerHeight;
    const qreal x = position.x() - l.labelWidth;
    if (x < 0 || y < 0) {
        return false;
    }
    const int h = int(x / l.cellWidth);
    const int d = int(y / l.cellHeight);
    if (h > 23 || d > 6) {
        return false;
    }
    *grid = g;
    *weekday = d;
    *hour = h;
    return true;
}

QString HeatmapWidget::cellText(int grid, int weekday, int hour) const
{
    if (grid < 0 || grid >= m_grids.size()) {
        return {};
    }
    const RhythmChartData &data = m_grids.at(grid).data;
    const std::int64_t count = data.counts[size_t(weekday)][size_t(hour)];
    const double share = data.total > 0 ? 100.0 * double(count) / double(data.total) : 0.0;
    return tr("%1 — %2 %3:00–%4:00 %5: %6 tweets (%7%)")
        .arg(m_grids.at(grid).name, QLocale().dayName(weekday + 1, QLocale::LongFormat))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'))
        .arg(QString::fromLatin1(data.timeZoneId), QLocale().toString(qlonglong(count)),
             QLocale().toString(share, 'f', 2));
}

void HeatmapWidget::setCurrentCell(int grid, int weekday, int hour)
{
    if (m_grids.isEmpty()) {
        return;
    }
    m_currentGrid = std::clamp(grid, 0, int(m_grids.size()) - 1);
    m_currentWeekday = std::clamp(weekday, 0, 6);
    m_currentHour = std::clamp(hour, 0, 23);
    setAccessibleDescription(cellText(m_currentGrid, m_currentWeekday, m_currentHour));
    update();
}

QSize HeatmapWidget::sizeHint() const
{
    // Room for the labels at the font's size, so that the zoom makes the grid larger, not its cells
    // smaller: cells two lines high, a title and an hour header over each grid, the legend under them.
    const qreal line = QFontMetricsF(font()).height();
    const qreal cell = std::max<qreal>(24, 2 * line);
    const qreal grid = (line + 6) + (line + 4) + 7 * cell + 8;
    const qreal legend = 2 * line + 16;
    const int width = std::max(720, int(std::ceil(24 * cell * 1.2 + 8 * line)));
    return QSize(width, int(std::ceil(std::max(1, int(m_grids.size())) * grid + legend + 4)));
}

QSize HeatmapWidget::minimumSizeHint() const
{
    return QSize(360, 200);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QColor background = m_light ? QColor(Qt::white) : palette().color(QPalette::Base);
    const QColor text = m_light ? QColor(Qt::black) : palette().color(QPalette::Text);
    const QColor empty = m_light ? QColor(238, 238, 238) : palette().color(QPalette::AlternateBase);
    painter.fillRect(rect(), background);
    painter.setFont(font());
    const QFontMetricsF metrics(font());
    const Layout l = layout();
    const double top = maximum();

    for (int grid = 0; grid < m_grids.size(); ++grid) {
        const qreal gridTop = grid * l.gridHeight;
        painter.setPen(text);
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QString title =
            tr("%1 (%2)").arg(m_grids.at(grid).name, QString::fromLatin1(m_grids.at(grid).data.timeZoneId));
        painter.drawText(QRectF(l.labelWidth, gridTop, width() - l.labelWidth, l.titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(bold).elidedText(title, Qt::ElideRight, width() - l.labelWidth));
        painter.setFont(font());
        // Hour labels: every hour when they fit, otherwise every third.
        const int step = metrics.horizontalAdvance(QStringLiteral("00")) + 4 <= l.cellWidth ? 1 : 3;
        for (int hour = 0; hour < 24; hour += step) {
            painter.drawText(QRectF(l.labelWidth + hour * l.cellWidth, gridTop + l.titleHeight,
                                    l.cellWidth * step, l.headerHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
        }
        for (int weekday = 0; weekday < 7; ++weekday) {
            const QRectF row = cellRect(grid, weekday, 0);
            painter.setPen(text);
            painter.drawText(QRectF(0, row.top(), l.labelWidth - 6, row.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QLocale().dayName(weekday + 1, QLocale::ShortFormat));
            for (int hour = 0; hour < 24; ++hour) {
                const QRectF cell = cellRect(grid, weekday, hour).adjusted(0.5, 0.5, -0.5, -0.5);
                const double v = value(grid, weekday, hour);
                painter.fillRect(cell, v > 0 && top > 0 ? colorFor(v / top) : empty);
            }
        }
        if (hasFocus() && grid == m_currentGrid) {
            QPen focusPen(m_light ? QColor(Qt::black) : palette().color(QPalette::Highlight));
            focusPen.setWidth(2);
            painter.setPen(focusPen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cellRect(grid, m_currentWeekday, m_currentHour).adjusted(1, 1, -1, -1));
        }
    }

    // The colour scale, shared by every grid.
    painter.setPen(text);
    const QString scaleTitle = m_percent ? tr("Share of the selection's tweets (%)") : tr("Tweets per cell");
    painter.drawText(QRectF(l.labelWidth, l.legendTop, width() - l.labelWidth, metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, scaleTitle);
    const int steps = 64;
    for (int index = 0; index < steps; ++index) {
        const QRectF part(l.legend.left() + index * l.legend.width() / steps, l.legend.top(),
                          l.legend.width() / steps + 0.5, l.legend.height());
        painter.fillRect(part, colorFor((index + 0.5) / steps));
    }
    const QString low = m_percent ? QStringLiteral("0%") : QStringLiteral("1");
    const QString high =
        m_percent ? QLocale().toString(top, 'f', 2) + QLatin1Char('%') : QLocale().toString(qlonglong(top));
    painter.drawText(
        QRectF(l.legend.left() - l.labelWidth, l.legend.top(), l.labelWidth - 4, l.legend.height()),
        Qt::AlignRight | Qt::AlignVCenter, low);
    painter.drawText(QRectF(l.legend.right() + 4, l.legend.top() - 4, 200, l.legend.height() + 8),
                     Qt::AlignLeft | Qt::AlignVCenter, high);
    painter.fillRect(QRectF(l.legend.right() + metrics.horizontalAdvance(high) + 16, l.legend.top(),
                            l.legend.height(), l.legend.height()),
                     empty);
    painter.drawText(QRectF(l.legend.right() + metrics.horizontalAdvance(high) + 20 + l.legend.height(),
                            l.legend.top() - 4, 200, l.legend.height() + 8),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("no tweets"));
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int grid = 0;
        int weekday = 0;
        int hour = 0;
        if (cellAt(help->pos(), &grid, &weekday, &hour)) {
            QToolTip::showText(help->globalPos(), cellText(grid, weekday, hour), this,
                               cellRect(grid, weekday, hour).toAlignedRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    int grid = 0;
    int weekday = 0;
    int hour = 0;
    if (event->button() == Qt::LeftButton && cellAt(event->position(), &grid, &weekday, &hour)) {
        setCurrentCell(grid, weekday, hour);
        emit cellClicked(grid, weekday, hour);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void HeatmapWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentCell(m_currentGrid, m_currentWeekday, m_currentHour - 1);
        break;
    case Qt::Key_Right:
        setCurrentCell(m_currentGrid, m_currentWeekday, m_currentHour + 1);
        break;
    case Qt::Key_Up:
        if (m_currentWeekday == 0 && m_currentGrid > 0) {
            setCurrentCell(m_currentGrid - 1, 6, m_currentHour);
        } else {
            setCurrentCell(m_currentGrid, m_currentWeekday - 1, m_currentHour);
        }
        break;
    case Qt::Key_Down:
        if (m_currentWeekday == 6 && m_currentGrid + 1 < m_grids.size()) {
            setCurrentCell(m_currentGrid + 1, 0, m_currentHour);
        } else {
            setCurrentCell(m_currentGrid, m_currentWeekday + 1, m_currentHour);
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_grids.isEmpty()) {
            emit cellClicked(m_currentGrid, m_currentWeekday, m_currentHour);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace trove

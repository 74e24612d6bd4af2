#include "ui/widgets/sparkline.h"

#include <QPainter>

#include <algorithm>

namespace trove {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Activity"));
}

void Sparkline::setSeries(const QList<QPair<QDate, qint64>> &days)
{
    m_days = days;
    const auto top = peak();
    if (top.first.isValid()) {
        setAccessibleDescription(tr("Tweets per day from %1 to %2; the most, %3, on %4")
                                     .arg(m_days.first().first.toString(Qt::ISODate),
                                          m_days.last().first.toString(Qt::ISODate),
                                          QLocale().toString(top.second), top.first.toString(Qt::ISODate)));
    } else {
        setAccessibleDescription(tr("No tweets"));
    }
    update();
}

QList<qint64> Sparkline::buckets(int count) const
{
    QList<qint64> totals;
    if (m_days.isEmpty() || count <= 0) {
        return totals;
    }
    const QDate first = m_days.first().first;
    const qint64 span = first.daysTo(m_days.last().first) + 1;
    count = int(std::min<qint64>(count, span));
    totals.fill(0, count);
    for (const auto &[day, value] : m_days) {
        const qint64 offset = first.daysTo(day);
        totals[int(offset * count / span)] += value;
    }
    return totals;
}

QPair<QDate, qint64> Sparkline::peak() const
{
    QPair<QDate, qint64> best{QDate(), 0};
    for (const auto &day : m_days) {
        if (!best.first.isValid() || day.second > best.second) {
            best = day;
        }
    }
    return best;
}

QSize Sparkline::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 60, fontMetrics().height() * 3};
}

QSize Sparkline::minimumSizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('0')) * 10, fontMetrics().height() * 2};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    const QColor baseline = palette().color(QPalette::Mid);
    painter.setPen(QPen(baseline, 1));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    const QList<qint64> totals = buckets(std::max(1, int(area.width() / 2)));
    if (totals.isEmpty()) {
        return;
    }
    const qint64 highest = *std::max_element(totals.begin(), totals.end());
    if (highest <= 0) {
        return;
    }
    // A bucket per two pixels at most; when the series spans fewer days than that, each day is a slot of
    // its own, with a narrow bar in it rather than one as wide as the slot.
    const qreal slot = area.width() / totals.size();
    const qreal barWidth = slot <= 3 ? slot : std::min<qreal>(slot - 1, 6.0);
    const qreal height = area.height() - 1;
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    for (int i = 0; i < totals.size(); ++i) {
        if (totals.at(i) == 0) {
            continue;
        }
        // At least a pixel high, so that a quiet day still shows against the baseline.
        const qreal bar = std::max<qreal>(1.0, height * qreal(totals.at(i)) / qreal(highest));
        const qreal left = area.left() + i * slot + (slot > barWidth + 1 ? (slot - barWidth) / 2 : 0);
        painter.drawRect(QRectF(left, area.bottom() - bar, barWidth, bar));
    }
}

} // namespace trove

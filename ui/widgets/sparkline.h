#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QWidget>

namespace trove {

/**
 * A small bar chart of a daily series (an account's tweets per day), painted with QPainter in the
 * palette's highlight colour. The days from the first to the last are split into as many buckets as the
 * width allows (two pixels each at least); each bar is a bucket's total. Not interactive: its accessible
 * description says what it shows.
 */
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    /** Days with their values, in date order (days missing from it count as 0). */
    void setSeries(const QList<QPair<QDate, qint64>> &days);
    QList<QPair<QDate, qint64>> series() const { return m_days; }

    /** The totals of @p buckets equal spans from the first day to the last (what paintEvent draws). */
    QList<qint64> buckets(int buckets) const;
    /** The day with the highest value (the first such), and that value; an invalid date when empty. */
    QPair<QDate, qint64> peak() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QPair<QDate, qint64>> m_days;
};

} // namespace trove

#include "ui/charts/chartbuilder.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QLegend>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace trove {

namespace {

// Rounds a chart's top up to a value whose fifths are round (the value axis has six ticks).
double niceTop(double value)
{
    if (value <= 0) {
        return 1;
    }
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0}) {
        if (step * power >= value) {
            return step * power;
        }
    }
    return 10 * power;
}

QCategoryAxis *dateAxis(const QDate &first, const QDate &last, const QString &title)
{
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qreal minimum = ChartBuilder::axisValue(first);
    const qreal maximum = ChartBuilder::axisValue(last);
    axis->setRange(minimum, maximum);
    ChartBuilder::labelDates(axis, minimum, maximum, 10);
    return axis;
}

// Ten distinct colours (Tableau 10) that read on white and on dark; "other" is grey.
QColor seriesColor(int index, bool other)
{
    static const QRgb Colors[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                  0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x2f4b7c};
    return other ? QColor(0xbab0ac) : QColor(Colors[index % int(std::size(Colors))]);
}

} // namespace

qreal ChartBuilder::axisValue(const QDate &date)
{
    return qreal(QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch());
}

QDate ChartBuilder::dateAt(qreal value)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(value))).date();
}

QDate ChartBuilder::bucketEnd(const QDate &start, TimeBucket bucket)
{
    switch (bucket) {
    case TimeBucket::Day:
        return start.addDays(1);
    case TimeBucket::Week:
        return start.addDays(7);
    case TimeBucket::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

QString ChartBuilder::axisFormat(qint64 days)
{
    if (days > 3 * 365) {
        return QStringLiteral("yyyy");
    }
    if (days > 120) {
        return QStringLiteral("yyyy-MM");
    }
    return QStringLiteral("yyyy-MM-dd");
}

void ChartBuilder::labelDates(QCategoryAxis *axis, qreal minimum, qreal maximum, int maximumLabels)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old) {
        axis->remove(label);
    }
    axis->setStartValue(minimum);
    const QDate first = dateAt(minimum);
    const QDate last = dateAt(maximum);
    const qint64 days = std::max<qint64>(1, first.daysTo(last));
    maximumLabels = std::max(2, maximumLabels);
    // The smallest round step that keeps the labels under the maximum.
    struct Step
    {
        int days;
        int months;
        int years;
    };
    static const Step Steps[] = {{1, 0, 0}, {2, 0, 0}, {7, 0, 0}, {14, 0, 0}, {0, 1, 0}, {0, 3, 0},
                                 {0, 6, 0}, {0, 0, 1}, {0, 0, 2}, {0, 0, 5},  {0, 0, 10}};
    Step step = Steps[std::size(Steps) - 1];
    for (const Step &candidate : Steps) {
        const double length = candidate.days + candidate.months * 30.4 + candidate.years * 365.25;
        if (days / length <= maximumLabels) {
            step = candidate;
            break;
        }
    }
    QDate tick;
    QString format;
    if (step.years > 0) {
        tick = QDate(first.year() - first.year() % step.years, 1, 1);
        format = QStringLiteral("yyyy");
    } else if (step.months > 0) {
        tick = QDate(first.year(), first.month() - (first.month() - 1) % step.months, 1);
        format = QStringLiteral("yyyy-MM");
    } else if (step.days >= 7) {
        tick = first.addDays(1 - first.dayOfWeek()); // Mondays, as the weekly buckets
        format = QStringLiteral("yyyy-MM-dd");
    } else {
        tick = first;
        format = QStringLiteral("yyyy-MM-dd");
    }
    while (tick <= last) {
        if (tick >= first) {
            axis->append(tick.toString(format), axisValue(tick));
        }
        tick = step.years > 0    ? tick.addYears(step.years)
               : step.months > 0 ? tick.addMonths(step.months)
                                 : tick.addDays(step.days);
    }
}

QString ChartBuilder::title(const ChartResult &result)
{
    const ChartOptions &options = result.options;
    QString what = chartTypeName(options.type);
    if (options.type == ChartType::Activity &&
        options.effectiveBreakdown(result.isComparison()) != ActivityBreakdown::None) {
        what = QCoreApplication::translate("trove::Charts", "Activity over time by %1")
                   .arg(nameInSentence(breakdownName(options.breakdown)));
    }
    QStringList names;
    for (const SelectionChartData &selection : result.selections) {
        names << selection.selection.name;
    }
    return QCoreApplication::translate("trove::Charts", "%1 — %2")
        .arg(what, names.join(QCoreApplication::translate("trove::Charts", " vs ")));
}

void ChartBuilder::applyFont(QChart *chart, const QFont &font)
{
    QFont titleFont = font;
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0) {
        titleFont.setPointSizeF(font.pointSizeF() * 1.15);
    }
    chart->setTitleFont(titleFont);
    chart->legend()->setFont(font);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

TimeTable ChartBuilder::timeTable(const ChartResult &result)
{
    TimeTable table;
    table.bucket = result.options.bucket;
    const bool comparing = result.isComparison();
    const ActivityBreakdown breakdown = result.options.effectiveBreakdown(comparing);

    // Every selection on one run of buckets, from the earliest first bucket to the latest last one.
    QDate first;
    QDate last;
    for (const SelectionChartData &selection : result.selections) {
        const QList<QDate> &starts = selection.activity.bucketStarts;
        if (starts.isEmpty()) {
            continue;
        }
        if (!first.isValid() || starts.constFirst() < first) {
            first = starts.constFirst();
        }
        if (!last.isValid() || starts.constLast() > last) {
            last = starts.constLast();
        }
    }
    if (first.isValid()) {
        for (QDate day = first; day <= last; day = bucketEnd(day, table.bucket)) {
            table.buckets.append(day);
        }
    }
    QMap<QDate, int> position;
    for (int index = 0; index < table.buckets.size(); ++index) {
        position.insert(table.buckets.at(index), index);
    }
    const int bucketCount = int(table.buckets.size());

    for (int selectionIndex = 0; selectionIndex < result.selections.size(); ++selectionIndex) {
        const SelectionChartData &selection = result.selections.at(selectionIndex);
        for (const ActivitySeries &series : selection.activity.series) {
            TimeTableSeries row;
            row.name = comparing ? selection.selection.name : series.name;
            row.selection = selectionIndex;
            row.breakdown = breakdown;
            row.other = breakdown != ActivityBreakdown::None &&
                        series.name == QLatin1String("other"); // the core's name for the remainder
            row.counts.fill(0, bucketCount);
            for (int index = 0;
                 index < series.counts.size() && index < selection.activity.bucketStarts.size(); ++index) {
                const auto found = position.constFind(selection.activity.bucketStarts.at(index));
                if (found != position.cend()) {
                    row.counts[found.value()] = series.counts.at(index);
                }
            }
            table.series.append(row);
        }
    }

    // Values: counts, or percents.
    const ChartNormalisation normalisation = result.options.normalisation;
    QList<double> bucketSums(bucketCount, 0.0);
    for (const TimeTableSeries &row : std::as_const(table.series)) {
        for (int index = 0; index < bucketCount; ++index) {
            bucketSums[index] += double(row.counts.at(index));
        }
    }
    for (TimeTableSeries &row : table.series) {
        const double selectionTotal = double(result.selections.at(row.selection).activity.total);
        row.values.resize(bucketCount);
        for (int index = 0; index < bucketCount; ++index) {
            const double count = double(row.counts.at(index));
            switch (normalisation) {
            case ChartNormalisation::Absolute:
                row.values[index] = count;
                break;
            case ChartNormalisation::ShareOfTotal:
                row.values[index] = selectionTotal > 0 ? 100.0 * count / selectionTotal : 0.0;
                break;
            case ChartNormalisation::PerBucket:
                row.values[index] = bucketSums.at(index) > 0 ? 100.0 * count / bucketSums.at(index) : 0.0;
                break;
            }
        }
    }

    // Stacked bands for a breakdown drawn as bars; lines and compared selections stand on their own.
    table.stacked =
        !comparing && breakdown != ActivityBreakdown::None && result.options.style == ChartStyle::Bars;
    QList<double> running(bucketCount, 0.0);
    for (TimeTableSeries &row : table.series) {
        row.lower.fill(0.0, bucketCount);
        row.upper = row.values;
        if (table.stacked) {
            for (int index = 0; index < bucketCount; ++index) {
                row.lower[index] = running.at(index);
                row.upper[index] = running.at(index) + row.values.at(index);
                running[index] = row.upper.at(index);
            }
        }
        for (const double top : std::as_const(row.upper)) {
            table.maxValue = std::max(table.maxValue, top);
        }
    }
    return table;
}

QChart *ChartBuilder::timeChart(const ChartResult &result, const TimeTable &table, const ChartLook &look)
{
    auto *chart = new QChart;
    chart->setTheme(look.light ? QChart::ChartThemeLight : QChart::ChartThemeDark);
    if (look.light) {
        chart->setBackgroundBrush(Qt::white);
    }
    chart->setTitle(title(result));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    const bool comparing = result.isComparison();

    QDate first = table.buckets.isEmpty() ? QDate::currentDate() : table.buckets.constFirst();
    QDate end =
        table.buckets.isEmpty() ? first.addDays(1) : bucketEnd(table.buckets.constLast(), table.bucket);
    auto *xAxis = dateAxis(first, end,
                           QCoreApplication::translate("trove::Charts", "Date (%1)")
                               .arg(QString::fromLatin1(result.options.timeZoneId)));
    auto *yAxis = new QValueAxis;
    yAxis->setTitleText(valueAxisTitle(result.options, comparing));
    yAxis->setRange(0, niceTop(table.maxValue * 1.05));
    yAxis->setLabelFormat(result.options.normalisation == ChartNormalisation::Absolute
                              ? QStringLiteral("%.0f")
                              : QStringLiteral("%.1f"));
    yAxis->setTickCount(6);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    const int bucketCount = int(table.buckets.size());
    const bool bars = result.options.style == ChartStyle::Bars;
    QList<qreal> xs;
    xs.reserve(bucketCount + 1);
    for (const QDate &day : table.buckets) {
        xs.append(axisValue(day));
    }
    xs.append(axisValue(end));

    int colorIndex = 0;
    for (const TimeTableSeries &row : table.series) {
        QList<QPointF> upper;
        QList<QPointF> lower;
        if (bars) {
            // A step per bucket: flat from its start to the next bucket's start.
            upper.reserve(2 * bucketCount);
            lower.reserve(2 * bucketCount);
            for (int index = 0; index < bucketCount; ++index) {
                upper << QPointF(xs.at(index), row.upper.at(index))
                      << QPointF(xs.at(index + 1), row.upper.at(index));
                lower << QPointF(xs.at(index), row.lower.at(index))
                      << QPointF(xs.at(index + 1), row.lower.at(index));
            }
        } else {
            upper.reserve(bucketCount);
            for (int index = 0; index < bucketCount; ++index) {
                upper << QPointF((xs.at(index) + xs.at(index + 1)) / 2, row.upper.at(index));
            }
        }
        auto *upperLine = new QLineSeries;
        upperLine->replace(upper);
        QAbstractSeries *series = nullptr;
        if (bars && !comparing) {
            auto *lowerLine = new QLineSeries;
            lowerLine->replace(lower);
            auto *area = new QAreaSeries(upperLine, lowerLine);
            series = area;
        } else {
            series = upperLine;
        }
        series->setName(comparing ? row.name : seriesDisplayName(row.name, row.breakdown));
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        const QColor color = seriesColor(colorIndex, row.other);
        if (!row.other) {
            ++colorIndex;
        }
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            area->setBrush(color);
            area->setPen(QPen(color.darker(115), 0.5));
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            line->setPen(QPen(color, 1.5));
        }
    }
    chart->legend()->setVisible(table.series.size() > 1);
    applyFont(chart, look.font);
    return chart;
}

QChart *ChartBuilder::lifecycleChart(const ChartResult &result, const ChartLook &look)
{
    auto *chart = new QChart;
    chart->setTheme(look.light ? QChart::ChartThemeLight : QChart::ChartThemeDark);
    if (look.light) {
        chart->setBackgroundBrush(Qt::white);
    }
    chart->setTitle(title(result));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

    QDate minX;
    QDate maxX;
    QDate minY;
    QDate maxY;
    const auto widen = [](QDate &low, QDate &high, const QDate &day) {
        if (!day.isValid()) {
            return;
        }
        if (!low.isValid() || day < low) {
            low = day;
        }
        if (!high.isValid() || day > high) {
            high = day;
        }
    };
    QList<QScatterSeries *> created;
    const bool comparing = result.isComparison();
    for (const SelectionChartData &selection : result.selections) {
        auto *firstSeries = new QScatterSeries;
        auto *lastSeries = new QScatterSeries;
        firstSeries->setName(comparing ? QCoreApplication::translate("trove::Charts", "%1: first tweet")
                                             .arg(selection.selection.name)
                                       : QCoreApplication::translate("trove::Charts", "First tweet"));
        lastSeries->setName(
            comparing
                ? QCoreApplication::translate("trove::Charts", "%1: last tweet").arg(selection.selection.name)
                : QCoreApplication::translate("trove::Charts", "Last tweet"));
        firstSeries->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        lastSeries->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        firstSeries->setMarkerSize(7);
        lastSeries->setMarkerSize(5);
        QList<QPointF> firstPoints;
        QList<QPointF> lastPoints;
        for (const LifecycleAccount &account : selection.lifecycle.accounts) {
            if (!account.created.isValid()) {
                continue;
            }
            widen(minX, maxX, account.created);
            if (account.firstTweet.isValid()) {
                firstPoints << QPointF(axisValue(account.created), axisValue(account.firstTweet));
                widen(minY, maxY, account.firstTweet);
            }
            if (account.lastTweet.isValid()) {
                lastPoints << QPointF(axisValue(account.created), axisValue(account.lastTweet));
                widen(minY, maxY, account.lastTweet);
            }
        }
        firstSeries->replace(firstPoints);
        lastSeries->replace(lastPoints);
        created << firstSeries << lastSeries;
    }
    if (!minX.isValid()) {
        minX = maxX = QDate::currentDate();
    }
    if (!minY.isValid()) {
        minY = maxY = minX;
    }
    // One scale on both axes, so that the diagonal (first tweet on the day of creation) is at 45 degrees.
    const QDate low = std::min(minX, minY).addDays(-30);
    const QDate high = std::max(maxX, maxY).addDays(30);
    auto *xAxis = dateAxis(low, high, QCoreApplication::translate("trove::Charts", "Account created"));
    auto *yAxis = dateAxis(low, high, QCoreApplication::translate("trove::Charts", "First / last tweet"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    auto *diagonal = new QLineSeries;
    diagonal->setName(QCoreApplication::translate("trove::Charts", "Tweeted on the day of creation"));
    diagonal->append(axisValue(low), axisValue(low));
    diagonal->append(axisValue(high), axisValue(high));
    QPen pen(Qt::gray);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1);
    chart->addSeries(diagonal);
    diagonal->setPen(pen);
    diagonal->attachAxis(xAxis);
    diagonal->attachAxis(yAxis);
    int colorIndex = 0;
    for (QScatterSeries *series : std::as_const(created)) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
        // See-through markers: creation waves and accounts woken together show as dense bands.
        QColor color = seriesColor(colorIndex++, false);
        color.setAlpha(150);
        series->setColor(color);
        series->setBorderColor(color.darker(130));
    }
    applyFont(chart, look.font);
    return chart;
}

} // namespace trove

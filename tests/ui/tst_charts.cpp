// The Charts tab driven through its widgets on a small imported cache: every chart type's numbers against
// independent SQL (and, for the heatmap, an independent QTimeZone count), drill-down from a bucket and a
// heatmap cell into the timeline, a stale computation dropped, and every export format read back.
// Set TROVE_SCREENSHOTS to a folder to keep screenshots of each chart and each export.
#include "core/db/database.h"
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"
#include "ui/charts/chartbuilder.h"
#include "ui/charts/chartcomputer.h"
#include "ui/charts/chartexporter.h"
#include "ui/charts/chartsview.h"
#include "ui/charts/comparisonmodel.h"
#include "ui/charts/eventmarkers.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/timechartview.h"
#include "ui/explorer.h"
#include "ui/mainwindow.h"
#include "ui/models/campaigntablemodel.h"
#include "ui/models/timelinemodel.h"
#include "ui/viewstate.h"
#include "ui/widgets/timelineview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <map>
#include <numeric>

using namespace trove;
using namespace trove::test;

namespace {

QString shotFolder()
{
    return QString::fromLocal8Bit(qgetenv("TROVE_SCREENSHOTS"));
}

void screenshot(QWidget *window, const QString &name)
{
    if (!shotFolder().isEmpty()) {
        window->grab(); // a first paint fits the axis labels to the laid-out plot, as the screen would
        QTest::qWait(50);
        window->grab().save(shotFolder() + "/" + name + ".png");
    }
}

std::int64_t number(Database &db, const QString &sql)
{
    return trove::test::count(db, sql.toUtf8().constData());
}

bool timelineSettled(TimelineModel *model)
{
    return !model->isLoading() && model->isCountExact() && (model->rowCount() == 0 || model->isLoaded(0));
}

void selectData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

// The y values a time chart draws per bucket: the upper line of each area or line series, one step each.
QList<QList<double>> drawnValues(QChart *chart)
{
    QList<QList<double>> result;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all) {
        QList<double> values;
        QList<QPointF> points;
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            points = area->upperSeries()->points();
            for (int index = 0; index < points.size(); index += 2) {
                values << points.at(index).y();
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            points = line->points();
            for (const QPointF &point : points) {
                values << point.y();
            }
        }
        result << values;
    }
    return result;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void comparisonModel();
    void eventMarkersPersist();
    void chartsOfTheExplorer();
    void staleResultDropped();

private:
    bool waitForChart(ChartsView *charts, QSignalSpy &shown);

    QTemporaryDir m_home;
    QString m_cache;
};

void TestCharts::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("TROVE_HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath("settings"));
    ViewState::clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_cache = m_home.filePath("charts.trove");
    for (const auto &[campaign, seed] : {std::pair{"synthetic-alpha", 11}, std::pair{"synthetic-beta", 12}}) {
        GeneratorOptions options;
        options.outputDirectory = m_home.filePath(QString::fromLatin1(campaign));
        options.campaign = QString::fromLatin1(campaign);
        options.tweets = 3000;
        options.accounts = 60;
        options.seed = std::uint64_t(seed);
        const GeneratorResult generated = ArchiveGenerator::generate(options);
        QVERIFY2(generated.ok, qPrintable(generated.errorString));
        QVERIFY(import(m_cache, {options.outputDirectory}).ok);
    }
}

void TestCharts::comparisonModel()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &ComparisonModel::pinsChanged);
    ChartSelection ira{"Campaign ira", {}};
    ira.filter.campaignIds = {1};
    ChartSelection handle{"@handle", {}};
    handle.filter.accountIds = {7};
    QVERIFY(model.add(ira));
    QVERIFY(model.add(handle));
    QVERIFY(!model.add(ira)); // the same filter is pinned once
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QString("@handle"));
    QVERIFY(model.index(0).data(ComparisonModel::FilterRole).toString().contains("campaign"));
    model.remove(0);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.pins().constFirst().name, QString("@handle"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(changed.size(), 4);
}

void TestCharts::eventMarkersPersist()
{
    EventMarkers::setUserMarkers({});
    EventMarkerDialog dialog;
    QVERIFY(!dialog.addMarker(QDate(2016, 3, 1), "   "));
    QVERIFY(dialog.addMarker(QDate(2016, 3, 1), "My event"));
    dialog.accept();
    const QList<EventMarker> user = EventMarkers::userMarkers();
    QCOMPARE(user.size(), 1);
    QCOMPARE(user.constFirst().label, QString("My event"));
    const QList<EventMarker> all = EventMarkers::all();
    QVERIFY(all.size() > user.size());
    QVERIFY(std::is_sorted(all.cbegin(), all.cend(),
                           [](const EventMarker &a, const EventMarker &b) { return a.date < b.date; }));
    EventMarkerDialog again;
    QCOMPARE(again.userMarkers().size(), 1);
    again.removeUserMarker(0);
    again.accept();
    QVERIFY(EventMarkers::userMarkers().isEmpty());
}

bool TestCharts::waitForChart(ChartsView *charts, QSignalSpy &shown)
{
    const int before = int(shown.size());
    if (!QTest::qWaitFor([&] { return shown.size() > before && !charts->computer()->isRunning(); }, 20000)) {
        return false;
    }
    return charts->hasResult();
}

void TestCharts::chartsOfTheExplorer()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const std::int64_t alpha = number(db, "SELECT id FROM campaigns WHERE key='synthetic-alpha'");
    const std::int64_t allTweets = number(db, "SELECT count(*) FROM tweets");

    auto window = std::make_unique<MainWindow>();
    window->resize(1500, 950);
    window->show();
    QSignalSpy refreshed(window.get(), &MainWindow::refreshed);
    window->openCache(m_cache);
    QTRY_VERIFY(refreshed.size() >= 1);
    Explorer *explorer = window->explorer();
    ChartsView *charts = explorer->charts();
    QCOMPARE(explorer->centerTabs()->currentWidget(), explorer->timeline()); // the timeline is the default
    QSignalSpy shown(charts, &ChartsView::chartShown);
    explorer->showCharts();
    QVERIFY(waitForChart(charts, shown));
    QVERIFY2(charts->statusText().contains("computed"), qPrintable(charts->statusText()));

    // Daily activity of every campaign: each drawn step equals the day's count in SQL.
    auto *chartView = charts->chartView();
    QVERIFY(chartView->chart());
    {
        const TimeTable &table = charts->table();
        QCOMPARE(table.series.size(), 1);
        const QList<QList<double>> drawn = drawnValues(chartView->chart());
        QCOMPARE(drawn.size(), 1);
        QCOMPARE(drawn.constFirst().size(), table.buckets.size());
        Statement days(db, "SELECT date(time, 'unixepoch'), count(*) FROM tweets GROUP BY 1");
        std::map<QDate, std::int64_t> expected;
        while (days.next()) {
            expected[QDate::fromString(days.text(0), Qt::ISODate)] = days.int64(1);
        }
        QCOMPARE(table.buckets.constFirst(), expected.begin()->first);
        QCOMPARE(table.buckets.constLast(), expected.rbegin()->first);
        std::int64_t sum = 0;
        for (int index = 0; index < table.buckets.size(); ++index) {
            const auto found = expected.find(table.buckets.at(index));
            const std::int64_t want = found == expected.end() ? 0 : found->second;
            QCOMPARE(std::int64_t(drawn.constFirst().at(index)), want);
            sum += want;
        }
        QCOMPARE(sum, allTweets);
        QVERIFY(table.buckets.size() > 300); // a real daily run: stepped areas, not bar categories
        screenshot(window.get(), "chart-activity-day");
    }

    // Monthly, stacked by tweet kind: each band's counts equal SQL's per month and kind.
    auto *typeCombo = charts->findChild<QComboBox *>("chartTypeCombo");
    auto *bucketCombo = charts->findChild<QComboBox *>("chartBucketCombo");
    auto *breakdownCombo = charts->findChild<QComboBox *>("chartBreakdownCombo");
    auto *zoneCombo = charts->findChild<QComboBox *>("chartZoneCombo");
    auto *normalisationCombo = charts->findChild<QComboBox *>("chartNormalisationCombo");
    auto *styleCombo = charts->findChild<QComboBox *>("chartStyleCombo");
    QVERIFY(typeCombo && bucketCombo && breakdownCombo && zoneCombo && normalisationCombo && styleCombo);
    selectData(bucketCombo, int(TimeBucket::Month));
    QVERIFY(waitForChart(charts, shown));
    selectData(breakdownCombo, int(ActivityBreakdown::Kind));
    QVERIFY(waitForChart(charts, shown));
    {
        const TimeTable &table = charts->table();
        QVERIFY(table.stacked);
        const char *names[] = {"original", "retweet", "reply", "quote"};
        for (const TimeTableSeries &series : table.series) {
            int kind = -1;
            for (int k = 0; k < 4; ++k) {
                if (series.name == names[k]) {
                    kind = k;
                }
            }
            QVERIFY2(kind >= 0, qPrintable(series.name));
            for (int index = 0; index < table.buckets.size(); ++index) {
                const QDate month = table.buckets.at(index);
                QCOMPARE(series.counts.at(index),
                         number(db, QString("SELECT count(*) FROM tweets WHERE kind=%1 AND "
                                            "strftime('%Y-%m', time, 'unixepoch')='%2'")
                                        .arg(kind)
                                        .arg(month.toString("yyyy-MM"))));
            }
        }
        // The drawn bands are cumulative: the last band's top is the month's total.
        const QList<QList<double>> drawn = drawnValues(chartView->chart());
        const int busiest = int(std::max_element(drawn.constLast().cbegin(), drawn.constLast().cend()) -
                                drawn.constLast().cbegin());
        QCOMPARE(
            std::int64_t(drawn.constLast().at(busiest)),
            number(db, QString("SELECT count(*) FROM tweets WHERE strftime('%Y-%m', time, 'unixepoch')='%1'")
                           .arg(table.buckets.at(busiest).toString("yyyy-MM"))));
        screenshot(window.get(), "chart-activity-month-kind");
    }

    // Languages over time, as lines: each language's total equals SQL's; the rest is "other".
    selectData(typeCombo, int(ChartType::Languages));
    selectData(styleCombo, int(ChartStyle::Lines));
    QVERIFY(waitForChart(charts, shown));
    {
        const TimeTable &table = charts->table();
        QVERIFY(!table.series.isEmpty());
        std::int64_t sum = 0;
        for (const TimeTableSeries &series : table.series) {
            const std::int64_t total =
                std::accumulate(series.counts.cbegin(), series.counts.cend(), std::int64_t(0));
            sum += total;
            if (!series.other) {
                const QString condition = series.name == "(no language)"
                                              ? QString("coalesce(language, '')=''")
                                              : QString("language='%1'").arg(series.name);
                QCOMPARE(total, number(db, "SELECT count(*) FROM tweets WHERE " + condition));
            }
        }
        QCOMPARE(sum, allTweets);
        screenshot(window.get(), "chart-languages-lines");
    }
    selectData(styleCombo, int(ChartStyle::Bars));
    QVERIFY(waitForChart(charts, shown));
    screenshot(window.get(), "chart-languages-bars");
    selectData(typeCombo, int(ChartType::Clients));
    QVERIFY(waitForChart(charts, shown));
    screenshot(window.get(), "chart-clients");
    selectData(typeCombo, int(ChartType::Hashtags));
    QVERIFY(waitForChart(charts, shown));
    {
        const TimeTable &table = charts->table();
        for (const TimeTableSeries &series : table.series) {
            if (series.other) {
                continue;
            }
            const std::int64_t total =
                std::accumulate(series.counts.cbegin(), series.counts.cend(), std::int64_t(0));
            const QString tag = series.name.startsWith('#') ? series.name.mid(1) : series.name;
            QCOMPARE(total, number(db, QString("SELECT count(*) FROM tweet_hashtags th JOIN hashtags h ON "
                                               "h.id = th.hashtag_id WHERE h.tag='%1'")
                                           .arg(tag)));
        }
        screenshot(window.get(), "chart-hashtags");
    }

    // Zoom and pan: the keyboard zooms in, Reset Zoom shows the whole span again.
    selectData(typeCombo, int(ChartType::Activity));
    selectData(breakdownCombo, int(ActivityBreakdown::None));
    selectData(bucketCombo, int(TimeBucket::Day));
    QVERIFY(waitForChart(charts, shown));
    QVERIFY(!chartView->isZoomed());
    chartView->setFocus();
    QTest::keyClick(chartView, Qt::Key_Plus);
    QTest::keyClick(chartView, Qt::Key_Plus);
    QVERIFY(chartView->isZoomed());
    const qreal zoomedMinimum = chartView->xMinimum();
    QTest::keyClick(chartView, Qt::Key_Right);
    QVERIFY(chartView->xMinimum() > zoomedMinimum);
    QTest::mouseClick(charts->findChild<QPushButton *>("resetZoomButton"), Qt::LeftButton);
    QVERIFY(!chartView->isZoomed());

    // Drill-down: a click in the busiest day's bar shows that day's tweets in the timeline.
    {
        const TimeTable &table = charts->table();
        const QList<double> &values = table.series.constFirst().values;
        const int busiest = int(std::max_element(values.cbegin(), values.cend()) - values.cbegin());
        const QDate day = table.buckets.at(busiest);
        const qreal x = (ChartBuilder::axisValue(day) + ChartBuilder::axisValue(day.addDays(1))) / 2;
        // Zoomed around the day, so that the bar is many pixels wide.
        chartView->setXRange(ChartBuilder::axisValue(day.addDays(-5)),
                             ChartBuilder::axisValue(day.addDays(6)));
        QApplication::processEvents();
        const QPointF scene = chartView->chart()->mapToPosition(QPointF(x, values.at(busiest) / 2));
        const QPoint position = chartView->mapFromScene(chartView->chart()->mapToScene(scene));
        QSignalSpy drill(charts, &ChartsView::drillDownRequested);
        QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, position);
        QCOMPARE(drill.size(), 1);
        QCOMPARE(explorer->centerTabs()->currentWidget(), explorer->timeline());
        const TweetFilter filter = explorer->currentFilter();
        QCOMPARE(filter.from, QDateTime(day, QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(filter.until, QDateTime(day.addDays(1), QTime(0, 0), QTimeZone::utc()));
        TimelineModel *tweets = explorer->timeline()->model();
        QTRY_VERIFY(timelineSettled(tweets));
        QCOMPARE(tweets->totalCount(), number(db, QString("SELECT count(*) FROM tweets WHERE date(time, "
                                                          "'unixepoch')='%1'")
                                                      .arg(day.toString(Qt::ISODate))));
        QCOMPARE(tweets->totalCount(), std::int64_t(values.at(busiest)));
        screenshot(window.get(), "drilldown-day-timeline");
        // Back to the whole span for what follows.
        TweetFilter cleared = filter;
        cleared.from = QDateTime();
        cleared.until = QDateTime();
        explorer->showSearch(cleared, explorer->currentOrder());
        explorer->showCharts();
        QVERIFY(waitForChart(charts, shown));
    }

    // The posting rhythm in Moscow: each cell equals an independent count with QTimeZone (DST of 2010 and
    // the +4 years included).
    selectData(typeCombo, int(ChartType::Rhythm));
    zoneCombo->setCurrentIndex(zoneCombo->findText("Europe/Moscow"));
    emit zoneCombo->activated(zoneCombo->currentIndex());
    QVERIFY(waitForChart(charts, shown));
    QTRY_COMPARE(charts->result().options.timeZoneId, QByteArray("Europe/Moscow"));
    HeatmapWidget *heatmap = charts->heatmap();
    {
        const QTimeZone moscow("Europe/Moscow");
        std::int64_t expected[7][24] = {};
        Statement times(db, "SELECT time FROM tweets");
        while (times.next()) {
            const QDateTime local =
                QDateTime::fromSecsSinceEpoch(times.int64(0), QTimeZone::utc()).toTimeZone(moscow);
            ++expected[local.date().dayOfWeek() - 1][local.time().hour()];
        }
        QCOMPARE(heatmap->grids().size(), 1);
        const RhythmChartData &data = heatmap->grids().constFirst().data;
        for (int weekday = 0; weekday < 7; ++weekday) {
            for (int hour = 0; hour < 24; ++hour) {
                QCOMPARE(data.counts[weekday][hour], expected[weekday][hour]);
            }
        }
        QCOMPARE(data.total, allTweets);
        screenshot(window.get(), "chart-rhythm-moscow");

        // A click on the busiest cell filters the timeline to that local weekday and hour.
        int bestDay = 0;
        int bestHour = 0;
        for (int weekday = 0; weekday < 7; ++weekday) {
            for (int hour = 0; hour < 24; ++hour) {
                if (expected[weekday][hour] > expected[bestDay][bestHour]) {
                    bestDay = weekday;
                    bestHour = hour;
                }
            }
        }
        QVERIFY(heatmap->cellText(0, bestDay, bestHour)
                    .contains(QLocale().toString(qlonglong(expected[bestDay][bestHour]))));
        QTest::mouseClick(heatmap, Qt::LeftButton, {},
                          heatmap->cellRect(0, bestDay, bestHour).center().toPoint());
        QCOMPARE(explorer->centerTabs()->currentWidget(), explorer->timeline());
        const TweetFilter filter = explorer->currentFilter();
        QCOMPARE(filter.timeZone, QByteArray("Europe/Moscow"));
        QCOMPARE(filter.localWeekday, bestDay + 1);
        QCOMPARE(filter.localHour, bestHour);
        TimelineModel *tweets = explorer->timeline()->model();
        QTRY_VERIFY(timelineSettled(tweets));
        QCOMPARE(tweets->totalCount(), expected[bestDay][bestHour]);
        auto *clearLocal = window->findChild<QPushButton *>("clearLocalTimeButton");
        QVERIFY(clearLocal && clearLocal->isVisible());
        screenshot(window.get(), "drilldown-cell-timeline");
        QTest::mouseClick(clearLocal, Qt::LeftButton);
        QVERIFY(!explorer->currentFilter().hasLocalTime());
        QTRY_VERIFY(timelineSettled(tweets));
        QCOMPARE(tweets->totalCount(), allTweets);
        explorer->showCharts();
        QVERIFY(waitForChart(charts, shown));
    }

    // Exports of the heatmap: CSV rows are the cells.
    {
        const QString csvPath = m_home.filePath("rhythm.csv");
        QString error;
        QVERIFY2(charts->exportTo(ChartsView::ExportFormat::Csv, csvPath, &error), qPrintable(error));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QVERIFY(lines.at(0).startsWith("selection,time_zone,weekday,h00"));
        const RhythmChartData &data = heatmap->grids().constFirst().data;
        for (int weekday = 0; weekday < 7; ++weekday) {
            const QStringList fields = lines.at(weekday + 1).split(',');
            QCOMPARE(fields.size(), 27);
            for (int hour = 0; hour < 24; ++hour) {
                QCOMPARE(fields.at(3 + hour).toLongLong(), data.counts[weekday][hour]);
            }
        }
        const QString png = m_home.filePath("rhythm.png");
        QVERIFY2(charts->exportTo(ChartsView::ExportFormat::Png, png, &error, QSize(1400, 900), 120),
                 qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1400, 900));
        QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
        if (!shotFolder().isEmpty()) {
            QFile::copy(png, shotFolder() + "/export-rhythm.png");
        }
    }

    // Daily activity in Moscow: days cut at Moscow midnight, checked against QTimeZone.
    selectData(typeCombo, int(ChartType::Activity));
    QVERIFY(waitForChart(charts, shown));
    {
        const QTimeZone moscow("Europe/Moscow");
        std::map<QDate, std::int64_t> expected;
        Statement times(db, "SELECT time FROM tweets");
        while (times.next()) {
            ++expected
                [QDateTime::fromSecsSinceEpoch(times.int64(0), QTimeZone::utc()).toTimeZone(moscow).date()];
        }
        const TimeTable &table = charts->table();
        QCOMPARE(table.bucket, TimeBucket::Day);
        QCOMPARE(table.buckets.constFirst(), expected.begin()->first);
        QCOMPARE(table.buckets.constLast(), expected.rbegin()->first);
        for (int index = 0; index < table.buckets.size(); ++index) {
            const auto found = expected.find(table.buckets.at(index));
            QCOMPARE(table.series.constFirst().counts.at(index), found == expected.end() ? 0 : found->second);
        }
        // A click's bucket is the Moscow day: from its local midnight, as UTC.
        const TweetFilter filter = charts->bucketFilter(0, -1);
        QCOMPARE(filter.from, QDateTime(table.buckets.constFirst(), QTime(0, 0), moscow).toUTC());
    }
    zoneCombo->setCurrentIndex(zoneCombo->findText("UTC"));
    emit zoneCombo->activated(zoneCombo->currentIndex());
    QVERIFY(waitForChart(charts, shown));
    QTRY_COMPARE(charts->result().options.timeZoneId, QByteArray("UTC"));

    // Account lifecycle of alpha: one point per account with a creation date and tweets.
    auto *campaignTable = window->findChild<QTableView *>("campaignTable");
    QVERIFY(campaignTable);
    const QList<std::int64_t> onlyAlpha{alpha};
    window->explorer()->showSearch(
        [&] {
            TweetFilter filter;
            filter.campaignIds = onlyAlpha;
            return filter;
        }(),
        explorer->currentOrder());
    explorer->showCharts();
    selectData(typeCombo, int(ChartType::Lifecycle));
    QVERIFY(waitForChart(charts, shown));
    QTRY_COMPARE(charts->result().selections.constFirst().selection.filter.campaignIds, onlyAlpha);
    {
        const LifecycleChartData &data = charts->result().selections.constFirst().lifecycle;
        QCOMPARE(std::int64_t(data.accounts.size()),
                 number(db, QString("SELECT count(*) FROM accounts WHERE campaign_id=%1").arg(alpha)));
        std::int64_t scattered = 0;
        const QList<QAbstractSeries *> all = chartView->chart()->series();
        for (QAbstractSeries *series : all) {
            if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
                if (scatter->name() == "First tweet") {
                    scattered = scatter->count();
                }
            }
        }
        QCOMPARE(scattered,
                 number(db, QString("SELECT count(*) FROM accounts a WHERE a.campaign_id=%1 AND "
                                    "a.created IS NOT NULL AND EXISTS (SELECT 1 FROM tweets t WHERE "
                                    "t.account_id=a.id)")
                                .arg(alpha)));
        QVERIFY(charts->result().selections.constFirst().selection.name.contains("synthetic-alpha"));
        screenshot(window.get(), "chart-lifecycle");

        // The keyboard reaches every point: the arrows step through the drawn accounts by creation date,
        // Home and End go to the ends, Enter opens the account's tweets.
        QHash<std::int64_t, QDate> created;
        for (const LifecycleAccount &account : data.accounts) {
            if (account.created.isValid() && account.firstTweet.isValid()) {
                created.insert(account.accountId, account.created);
            }
        }
        QCOMPARE(std::int64_t(created.size()), scattered);
        const QDate earliest = *std::min_element(created.cbegin(), created.cend());
        const QDate latest = *std::max_element(created.cbegin(), created.cend());
        chartView->setFocus();
        QCOMPARE(charts->lifecycleKeyboardAccount(), 0);
        QTest::keyClick(chartView, Qt::Key_Home);
        QCOMPARE(created.value(charts->lifecycleKeyboardAccount()), earliest);
        QSet<std::int64_t> visited{charts->lifecycleKeyboardAccount()};
        QDate previous = earliest;
        for (int step = 1; step < created.size(); ++step) {
            QTest::keyClick(chartView, Qt::Key_Right);
            const std::int64_t account = charts->lifecycleKeyboardAccount();
            QVERIFY(created.value(account) >= previous);
            previous = created.value(account);
            visited.insert(account);
        }
        QCOMPARE(visited.size(), created.size());  // every point, once
        QTest::keyClick(chartView, Qt::Key_Right); // stays on the last
        QCOMPARE(created.value(charts->lifecycleKeyboardAccount()), latest);
        QTest::keyClick(chartView, Qt::Key_End);
        QCOMPARE(created.value(charts->lifecycleKeyboardAccount()), latest);
        QTest::keyClick(chartView, Qt::Key_Left);
        const std::int64_t chosen = charts->lifecycleKeyboardAccount();
        QVERIFY(charts->statusText().contains(QString::number(created.size())));
        QSignalSpy opened(charts, &ChartsView::drillDownRequested);
        QTest::keyClick(chartView, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(explorer->centerTabs()->currentWidget(), explorer->timeline());
        QCOMPARE(explorer->currentFilter().accountIds, QList<std::int64_t>{chosen});
        QCOMPARE(explorer->currentFilter().campaignIds, onlyAlpha);
        // Back to the whole of alpha for what follows.
        window->explorer()->showSearch(
            [&] {
                TweetFilter filter;
                filter.campaignIds = onlyAlpha;
                return filter;
            }(),
            explorer->currentOrder());
        explorer->showCharts();
    }

    // Compare alpha and beta, normalised to each one's total: two lines, each summing to 100%.
    selectData(typeCombo, int(ChartType::Activity));
    selectData(bucketCombo, int(TimeBucket::Month));
    QVERIFY(waitForChart(charts, shown));
    QTest::mouseClick(charts->findChild<QPushButton *>("addToComparisonButton"), Qt::LeftButton);
    const std::int64_t beta = number(db, "SELECT id FROM campaigns WHERE key='synthetic-beta'");
    explorer->showSearch(
        [&] {
            TweetFilter filter;
            filter.campaignIds = {beta};
            return filter;
        }(),
        explorer->currentOrder());
    explorer->showCharts();
    QTest::mouseClick(charts->findChild<QPushButton *>("addToComparisonButton"), Qt::LeftButton);
    QCOMPARE(charts->comparison()->rowCount(), 2);
    selectData(normalisationCombo, int(ChartNormalisation::ShareOfTotal));
    QTRY_VERIFY(charts->hasResult() && charts->result().selections.size() == 2 &&
                charts->result().options.normalisation == ChartNormalisation::ShareOfTotal &&
                !charts->computer()->isRunning());
    {
        const TimeTable &table = charts->table();
        QCOMPARE(table.series.size(), 2);
        QVERIFY(!table.stacked);
        for (const TimeTableSeries &series : table.series) {
            const double sum = std::accumulate(series.values.cbegin(), series.values.cend(), 0.0);
            QVERIFY2(qAbs(sum - 100.0) < 1e-6, qPrintable(QString::number(sum)));
            const std::int64_t id = series.selection == 0 ? alpha : beta;
            QCOMPARE(std::accumulate(series.counts.cbegin(), series.counts.cend(), std::int64_t(0)),
                     number(db, QString("SELECT count(*) FROM tweets WHERE campaign_id=%1").arg(id)));
        }
        QCOMPARE(chartView->chart()->series().size(), 2);
        const QStringList caption = charts->captionLines(QDateTime::currentDateTimeUtc());
        QVERIFY2(caption.join('\n').contains("percent of each selection's total"),
                 qPrintable(caption.join('\n')));
        screenshot(window.get(), "chart-compare-share");
    }

    // Every export of the comparison: PNG size and DPI, SVG parses with its caption, PDF has a page, CSV
    // numbers.
    {
        QString error;
        const QString png = m_home.filePath("compare.png");
        QVERIFY2(charts->exportTo(ChartsView::ExportFormat::Png, png, &error, QSize(2400, 1500), 300),
                 qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1500));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 300);
        QCOMPARE(image.pixelColor(3, 3), QColor(Qt::white)); // light on white, whatever the screen
        const QString svg = m_home.filePath("compare.svg");
        QVERIFY2(charts->exportTo(ChartsView::ExportFormat::Svg, svg, &error, QSize(1200, 800)),
                 qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QXmlStreamReader reader(svgText);
        bool sawSvg = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("svg")) {
                sawSvg = true;
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(svgText.contains("charts.trove"));
        QVERIFY(svgText.contains("Exported"));
        const QString pdf = m_home.filePath("compare.pdf");
        QVERIFY2(charts->exportTo(ChartsView::ExportFormat::Pdf, pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray pdfText = pdfFile.readAll();
        QVERIFY(pdfText.startsWith("%PDF"));
        QCOMPARE(pdfText.count("/Type /Page") - pdfText.count("/Type /Pages"), 1);
        const QString csvPath = m_home.filePath("compare.csv");
        QVERIFY2(charts->exportTo(ChartsView::ExportFormat::Csv, csvPath, &error), qPrintable(error));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csvFile.readAll()).split('\n', Qt::SkipEmptyParts);
        const TimeTable &table = charts->table();
        QCOMPARE(lines.size(), table.buckets.size() + 1);
        for (int index = 0; index < table.buckets.size(); ++index) {
            const QStringList fields = lines.at(index + 1).split(',');
            QCOMPARE(fields.size(), 6);
            QCOMPARE(fields.at(0), table.buckets.at(index).toString(Qt::ISODate));
            QCOMPARE(fields.at(2).toLongLong(),
                     number(db, QString("SELECT count(*) FROM tweets WHERE campaign_id=%1 AND "
                                        "strftime('%Y-%m', time, 'unixepoch')='%2'")
                                    .arg(alpha)
                                    .arg(table.buckets.at(index).toString("yyyy-MM"))));
            QCOMPARE(fields.at(3).toLongLong(), table.series.at(1).counts.at(index));
        }
        if (!shotFolder().isEmpty()) {
            QFile::copy(png, shotFolder() + "/export-compare.png");
            QFile::copy(svg, shotFolder() + "/export-compare.svg");
            // How the SVG reads back, drawn by Qt's SVG renderer.
            QSvgRenderer renderer(svg);
            QVERIFY(renderer.isValid());
            QImage drawn(renderer.defaultSize(), QImage::Format_ARGB32);
            drawn.fill(Qt::white);
            QPainter painter(&drawn);
            renderer.render(&painter);
            painter.end();
            drawn.save(shotFolder() + "/export-compare-svg-rendered.png");
            QFile::copy(pdf, shotFolder() + "/export-compare.pdf");
        }
    }

    // A daily chart with event markers, exported.
    charts->comparison()->clear();
    selectData(normalisationCombo, int(ChartNormalisation::Absolute));
    selectData(bucketCombo, int(TimeBucket::Week));
    QTRY_VERIFY(charts->hasResult() && charts->result().selections.size() == 1 &&
                charts->result().options.bucket == TimeBucket::Week && !charts->computer()->isRunning());
    {
        QVERIFY(!chartView->visibleMarkers().isEmpty());
        const QString png = m_home.filePath("weekly.png");
        QString error;
        QVERIFY2(charts->exportTo(ChartsView::ExportFormat::Png, png, &error, QSize(1600, 1000), 150),
                 qPrintable(error));
        QVERIFY(charts->captionLines(QDateTime::currentDateTimeUtc()).join('\n').contains("Event markers"));
        if (!shotFolder().isEmpty()) {
            QFile::copy(png, shotFolder() + "/export-weekly-markers.png");
        }
        auto *markers = charts->findChild<QCheckBox *>("eventMarkersCheck");
        QVERIFY(markers);
        markers->setChecked(false);
        QVERIFY(chartView->visibleMarkers().isEmpty());
        markers->setChecked(true);
        screenshot(window.get(), "chart-weekly-markers");
    }
}

void TestCharts::staleResultDropped()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const std::int64_t beta = number(db, "SELECT id FROM campaigns WHERE key='synthetic-beta'");
    ChartComputer computer;
    computer.setCachePath(m_cache);
    QSignalSpy finished(&computer, &ChartComputer::finished);
    QSignalSpy discarded(&computer, &ChartComputer::discarded);
    ChartOptions options;
    options.type = ChartType::Hashtags;
    ChartSelection all{"All campaigns", {}};
    ChartSelection betaOnly{"Campaign synthetic-beta", {}};
    betaOnly.filter.campaignIds = {beta};
    computer.compute(options, {all});
    computer.compute(options, {betaOnly});
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(discarded.size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    const ChartResult result = finished.constFirst().constFirst().value<ChartResult>();
    QCOMPARE(result.selections.size(), 1);
    QCOMPARE(result.selections.constFirst().selection.name, QString("Campaign synthetic-beta"));
    QCOMPARE(result.selections.constFirst().activity.total,
             number(db, QString("SELECT count(*) FROM tweets WHERE campaign_id=%1").arg(beta)));

    // Through the view: a selection change while the chart computes shows only the newer selection's chart.
    ChartsView charts;
    charts.resize(900, 600);
    charts.setCachePath(m_cache);
    charts.show();
    QSignalSpy shown(&charts, &ChartsView::chartShown);
    QTRY_VERIFY(shown.size() >= 1 && !charts.computer()->isRunning());
    shown.clear();
    QSignalSpy dropped(charts.computer(), &ChartComputer::discarded);
    charts.setSelection(all);
    QVERIFY(charts.isBusy());
    charts.setSelection(betaOnly);
    QTRY_VERIFY(shown.size() >= 1 && !charts.computer()->isRunning());
    QTest::qWait(100);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(charts.result().selections.constFirst().selection.name, QString("Campaign synthetic-beta"));
    QCOMPARE(charts.table().series.constFirst().counts.size(), charts.table().buckets.size());
    QVERIFY(!charts.isBusy());
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"

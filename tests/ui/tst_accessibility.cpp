// Keyboard and screen-reader access to the main window, and the zoom, checked on a small imported cache.
// The checks walk whatever widgets the window has (every tab of the centre and of the side, every chart
// type), so a control added later is covered without naming it here:
// - Tab, pressed as a key, reaches every visible, enabled interactive control and comes back round to
//   where it started (no control keeps the focus); Shift+Tab goes back;
// - the keys of the lists and charts act (Enter on an account opens it, Enter on a card its thread, the
//   arrows, +/-, Home on the charts, Enter on a heatmap cell);
// - every such control has an accessible name, the custom-painted views a name and a description, and the
//   tweet cards read as rows through QAccessible;
// - at 200% zoom the cards, the dossier, the chart axes and the heatmap labels are larger.
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"
#include "ui/appsettings.h"
#include "ui/charts/chartoptions.h"
#include "ui/charts/chartsview.h"
#include "ui/charts/eventmarkers.h"
#include "ui/charts/heatmapwidget.h"
#include "ui/charts/imageexportdialog.h"
#include "ui/charts/timechartview.h"
#include "ui/explorer.h"
#include "ui/mainwindow.h"
#include "ui/models/accountfilterproxy.h"
#include "ui/models/timelinemodel.h"
#include "ui/viewstate.h"
#include "ui/widgets/accountbrowser.h"
#include "ui/widgets/accountdossierview.h"
#include "ui/widgets/conversationview.h"
#include "ui/widgets/rejectreportdialog.h"
#include "ui/widgets/timelineview.h"
#include "ui/widgets/tweetlistview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGraphicsView>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>
#include <QValueAxis>

using namespace trove;
using namespace trove::test;

namespace {

QString describe(const QWidget *widget)
{
    if (!widget) {
        return "(none)";
    }
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty()) {
        text += " '" + widget->objectName() + "'";
    }
    for (const QObject *parent = widget->parent(); parent; parent = parent->parent()) {
        if (!parent->objectName().isEmpty()) {
            text += " in '" + parent->objectName() + "'";
            break;
        }
    }
    return text;
}

bool insideAny(const QWidget *widget, const QWidget *window, bool (*test)(const QWidget *))
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        if (test(parent)) {
            return true;
        }
    }
    return false;
}

// A control people act on: what a keyboard user must be able to reach and a screen reader to name.
bool isInteractive(QWidget *widget, QWidget *window)
{
    if (widget->window() != window || !widget->isVisible() || !widget->isEnabled() || widget->width() <= 0 ||
        widget->height() <= 0) {
        return false;
    }
    // Parts of a control that the control itself stands for.
    if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget)) {
        return false;
    }
    QWidget *parent = widget->parentWidget();
    // A scroll area's viewport is the area itself to people (and to QAccessible).
    if (auto *area = qobject_cast<QAbstractScrollArea *>(parent); area && area->viewport() == widget) {
        return false;
    }
    if (qobject_cast<QTabBar *>(parent) || qobject_cast<QLineEdit *>(parent) ||
        qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)) {
        return false;
    }
    if (insideAny(widget, window,
                  [](const QWidget *w) { return qobject_cast<const QMenu *>(w) != nullptr; })) {
        return false;
    }
    if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
        qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget) ||
        qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QTabBar *>(widget) ||
        qobject_cast<QGraphicsView *>(widget) || qobject_cast<QAbstractSlider *>(widget) ||
        qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)) {
        return true;
    }
    // Custom views that take the keyboard (the heatmap, …) are controls too.
    return (widget->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel *>(widget);
}

QList<QWidget *> interactiveWidgets(QWidget *window)
{
    QList<QWidget *> result;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isInteractive(widget, window)) {
            result << widget;
        }
    }
    return result;
}

QWidget *focusTarget(QWidget *widget)
{
    while (widget->focusProxy()) {
        widget = widget->focusProxy();
    }
    return widget;
}

struct Walk
{
    QList<QWidget *> chain; // the widgets Tab reached, in order, from the start
    bool cameBack = false;
    QString trap;
};

// Presses Tab from @p start until the focus comes back to it (at most @p limit presses).
Walk walkWithTab(QWidget *start, int limit = 400)
{
    Walk walk;
    start->setFocus(Qt::TabFocusReason);
    QWidget *previous = QApplication::focusWidget();
    if (!previous) {
        walk.trap = "no focus at the start";
        return walk;
    }
    walk.chain << previous;
    int stayed = 0;
    for (int step = 0; step < limit; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        if (!now) {
            walk.trap = "Tab leaves the focus nowhere after " + describe(previous);
            break;
        }
        if (now == previous) {
            // A date edit steps through its sections (day, month, year) before it lets Tab go: a few
            // presses, not a trap.
            if (++stayed > 5) {
                walk.trap = "Tab does not leave " + describe(previous);
                break;
            }
            continue;
        }
        stayed = 0;
        if (now == walk.chain.first()) {
            walk.cameBack = true;
            break;
        }
        walk.chain << now;
        previous = now;
    }
    return walk;
}

bool inMenuBar(QMenuBar *bar, QAction *action)
{
    const auto menus = bar->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->actions().contains(action)) {
            return true;
        }
    }
    return false;
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

QString accessibleDescription(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Description).trimmed() : QString();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabReachesEveryControl();
    void keysAct();
    void everyControlHasAName();
    void customViewsDescribeThemselves();
    void zoomGrowsEveryView();
    void dialogs();

private:
    // Every arrangement of the window a keyboard user can reach: each centre tab (each chart type on the
    // Charts tab) and each side tab. Calls @p check with a name for the arrangement.
    void forEachArrangement(const std::function<void(const QString &)> &check);
    bool showChart(ChartType type);
    bool openFirstAccount();

    QTemporaryDir m_home;
    QString m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("TROVE_HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    ViewState::clear();
    AppSettings::instance()->setZoomPercent(100);
    m_cache = m_home.filePath("access.trove");
    GeneratorOptions options;
    options.outputDirectory = m_home.filePath("archive");
    options.campaign = "synthetic-access";
    options.tweets = 1200;
    options.accounts = 25;
    options.seed = 7;
    const GeneratorResult generated = ArchiveGenerator::generate(options);
    QVERIFY2(generated.ok, qPrintable(generated.errorString));
    QVERIFY(import(m_cache, {options.outputDirectory}).ok);
}

void TestAccessibility::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 950);
    m_window->show();
    QSignalSpy refreshed(m_window.get(), &MainWindow::refreshed);
    m_window->openCache(m_cache);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1, 20000);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    TimelineView *timeline = m_window->explorer()->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->explorer()->accountBrowser()->proxy()->rowCount() > 0, 20000);
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    AppSettings::instance()->setZoomPercent(100);
}

bool TestAccessibility::openFirstAccount()
{
    AccountBrowser *accounts = m_window->explorer()->accountBrowser();
    QTableView *view = accounts->view();
    view->setFocus(Qt::TabFocusReason);
    view->setCurrentIndex(view->model()->index(0, 0));
    QSignalSpy shown(m_window->explorer()->dossier(), &AccountDossierView::dossierShown);
    QTest::keyClick(view, Qt::Key_Return);
    return QTest::qWaitFor([&] { return shown.size() >= 1; }, 20000);
}

bool TestAccessibility::showChart(ChartType type)
{
    Explorer *explorer = m_window->explorer();
    explorer->showCharts();
    ChartsView *charts = explorer->charts();
    ChartOptions options = charts->options();
    if (options.type == type && charts->hasResult() && !charts->isBusy()) {
        return true;
    }
    QSignalSpy shown(charts, &ChartsView::chartShown);
    options.type = type;
    charts->setOptions(options);
    return QTest::qWaitFor([&] { return shown.size() >= 1 && !charts->isBusy(); }, 30000);
}

void TestAccessibility::forEachArrangement(const std::function<void(const QString &)> &check)
{
    Explorer *explorer = m_window->explorer();
    QVERIFY(openFirstAccount());
    QTabWidget *center = explorer->centerTabs();
    auto *side = qobject_cast<QTabWidget *>(explorer->dossier()->parentWidget()->parentWidget());
    QVERIFY(side);
    for (int sideIndex = 0; sideIndex < side->count(); ++sideIndex) {
        side->setCurrentIndex(sideIndex);
        for (int centerIndex = 0; centerIndex < center->count(); ++centerIndex) {
            center->setCurrentIndex(centerIndex);
            const QString name =
                center->tabText(centerIndex).remove('&') + " / " + side->tabText(sideIndex).remove('&');
            if (center->widget(centerIndex) == explorer->charts()) {
                for (ChartType type : {ChartType::Activity, ChartType::Rhythm, ChartType::Lifecycle}) {
                    QVERIFY2(showChart(type), qPrintable(chartTypeName(type)));
                    check(name + " (" + chartTypeName(type) + ")");
                    if (QTest::currentTestFailed()) {
                        return;
                    }
                }
            } else {
                QTest::qWait(50);
                check(name);
            }
            if (QTest::currentTestFailed()) {
                return;
            }
        }
    }
}

void TestAccessibility::tabReachesEveryControl()
{
    forEachArrangement([this](const QString &arrangement) {
        QWidget *start = m_window->explorer()->accountBrowser()->filterEdit();
        const Walk walk = walkWithTab(start);
        QVERIFY2(walk.trap.isEmpty(), qPrintable(arrangement + ": " + walk.trap));
        QVERIFY2(walk.cameBack, qPrintable(arrangement + ": Tab does not come back round after " +
                                           QString::number(walk.chain.size()) + " controls"));
        const QSet<QWidget *> reached(walk.chain.cbegin(), walk.chain.cend());
        QStringList missed;
        const QList<QWidget *> controls = interactiveWidgets(m_window.get());
        for (QWidget *control : controls) {
            if (reached.contains(control) || reached.contains(focusTarget(control))) {
                continue;
            }
            // Tool bar buttons are not Tab stops (as in every Qt application); their actions must be
            // reachable by the keyboard otherwise: a shortcut or a menu bar entry.
            auto *toolButton = qobject_cast<QToolButton *>(control);
            if (toolButton && qobject_cast<QToolBar *>(control->parentWidget()) &&
                toolButton->defaultAction() &&
                (!toolButton->defaultAction()->shortcut().isEmpty() ||
                 inMenuBar(m_window->menuBar(), toolButton->defaultAction()))) {
                continue;
            }
            missed << describe(control);
        }
        QVERIFY2(missed.isEmpty(), qPrintable(arrangement + ": Tab never reaches " + missed.join(", ")));
        // Shift+Tab goes back the same way.
        QVERIFY(walk.chain.size() >= 3);
        walk.chain.at(2)->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), walk.chain.at(1));
    });
}

void TestAccessibility::keysAct()
{
    Explorer *explorer = m_window->explorer();
    // Enter on an account opens its dossier.
    AccountBrowser *accounts = explorer->accountBrowser();
    QTableView *accountView = accounts->view();
    accountView->setFocus(Qt::TabFocusReason);
    accountView->setCurrentIndex(accountView->model()->index(0, 0));
    QTest::keyClick(accountView, Qt::Key_Down);
    QCOMPARE(accountView->currentIndex().row(), 1);
    const qint64 second = accounts->currentAccountId();
    QVERIFY(second != 0);
    QSignalSpy activated(accounts, &AccountBrowser::accountActivated);
    QTest::keyClick(accountView, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), second);
    QCOMPARE(explorer->dossier()->requestedAccountId(), std::int64_t(second));

    // The timeline: the arrows move between cards, Enter opens the thread of the current one.
    explorer->showAllAccounts();
    TimelineView *timeline = explorer->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > 2, 20000);
    TweetListView *list = timeline->listView();
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_End);
    QCOMPARE(list->currentIndex().row(), timeline->model()->rowCount() - 1);
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->currentIndex().row(), 0);
    QTRY_VERIFY(timeline->currentTweetId() != 0);
    QSignalSpy thread(timeline, &TimelineView::conversationRequested);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(thread.size(), 1);
    QCOMPARE(thread.first().first().toLongLong(), timeline->currentTweetId());
    QTRY_VERIFY(explorer->conversation()->isVisible());

    // The time chart: + zooms in, the arrows pan, - zooms out, Home shows the whole span.
    QVERIFY(showChart(ChartType::Activity));
    TimeChartView *chart = explorer->charts()->chartView();
    QTRY_VERIFY(chart->isVisible());
    chart->setFocus(Qt::TabFocusReason);
    QVERIFY(!chart->isZoomed());
    const qreal fullSpan = chart->xMaximum() - chart->xMinimum();
    QTest::keyClick(chart, Qt::Key_Plus);
    QVERIFY(chart->isZoomed());
    QVERIFY(chart->xMaximum() - chart->xMinimum() < fullSpan * 0.9);
    const qreal left = chart->xMinimum();
    QTest::keyClick(chart, Qt::Key_Left);
    QVERIFY(chart->xMinimum() < left);
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Right);
    QVERIFY(chart->xMinimum() > left);
    QTest::keyClick(chart, Qt::Key_Home);
    QVERIFY(!chart->isZoomed());
    // Enter opens the tweets of the bucket in the middle: a span of days, inside the chart's.
    QSignalSpy chartDrill(explorer->charts(), &ChartsView::drillDownRequested);
    QTest::keyClick(chart, Qt::Key_Plus);
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(chartDrill.size(), 1);
    const auto bucket = chartDrill.first().first().value<TweetFilter>();
    QVERIFY(bucket.from.isValid() && bucket.until.isValid());
    QVERIFY(bucket.until > bucket.from);
    QVERIFY(bucket.from.daysTo(bucket.until) <= 31);
    QTRY_COMPARE(explorer->centerTabs()->currentWidget(), static_cast<QWidget *>(timeline));

    // The heatmap: the arrows move the current cell, Enter opens its tweets in the timeline.
    QVERIFY(showChart(ChartType::Rhythm));
    HeatmapWidget *heatmap = explorer->charts()->heatmap();
    QTRY_VERIFY(heatmap->isVisible());
    heatmap->setFocus(Qt::TabFocusReason);
    const QString before = accessibleDescription(heatmap);
    QTest::keyClick(heatmap, Qt::Key_Right);
    QTest::keyClick(heatmap, Qt::Key_Down);
    const QString after = accessibleDescription(heatmap);
    QVERIFY2(!after.isEmpty() && after != before, qPrintable(before + " -> " + after));
    QSignalSpy drill(explorer->charts(), &ChartsView::drillDownRequested);
    QTest::keyClick(heatmap, Qt::Key_Return);
    QCOMPARE(drill.size(), 1);
    QTRY_COMPARE(explorer->centerTabs()->currentWidget(), static_cast<QWidget *>(timeline));
}

void TestAccessibility::everyControlHasAName()
{
    forEachArrangement([this](const QString &arrangement) {
        QStringList unnamed;
        const QList<QWidget *> controls = interactiveWidgets(m_window.get());
        for (QWidget *control : controls) {
            if (accessibleName(control).isEmpty()) {
                unnamed << describe(control);
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(arrangement + ": no accessible name: " + unnamed.join(", ")));
    });
}

void TestAccessibility::customViewsDescribeThemselves()
{
    Explorer *explorer = m_window->explorer();
    QVERIFY(openFirstAccount());

    // The tweet cards: a list whose rows a screen reader reads, with the tweet's text.
    TweetListView *list = explorer->timeline()->listView();
    QAccessibleInterface *listInterface = QAccessible::queryAccessibleInterface(list);
    QVERIFY(listInterface);
    QVERIFY(!listInterface->text(QAccessible::Name).isEmpty());
    QVERIFY(!listInterface->text(QAccessible::Description).isEmpty());
    QCOMPARE(listInterface->role(), QAccessible::List);
    QTRY_VERIFY(list->model()->index(0, 0).data(Qt::UserRole + 2).toBool()); // LoadedRole
    QCOMPARE(listInterface->childCount(), list->model()->rowCount());
    QAccessibleInterface *row = listInterface->child(0);
    QVERIFY(row);
    QCOMPARE(row->role(), QAccessible::ListItem);
    const QString rowText = row->text(QAccessible::Name);
    QCOMPARE(rowText, list->model()->index(0, 0).data(Qt::AccessibleTextRole).toString());
    QVERIFY2(rowText.size() > 20, qPrintable(rowText));
    QCOMPARE(row->parent(), listInterface);
    QCOMPARE(listInterface->indexOfChild(row), 0);
    QVERIFY(row->rect().isValid());
    QCOMPARE(listInterface->childAt(row->rect().center().x(), row->rect().center().y()), row);
    // The current card is the focused child.
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentIndex(list->model()->index(1, 0));
    QAccessibleInterface *current = listInterface->child(1);
    QVERIFY(current->state().focused);
    QVERIFY(!listInterface->child(0)->state().focused);
    QCOMPARE(listInterface->focusChild(), current);

    // The dossier's sparkline.
    QWidget *sparkline = nullptr;
    const auto dossierWidgets = explorer->dossier()->findChildren<QWidget *>();
    for (QWidget *widget : dossierWidgets) {
        if (QByteArray(widget->metaObject()->className()) == "trove::Sparkline" && widget->isVisible()) {
            sparkline = widget;
        }
    }
    QVERIFY(sparkline);
    QVERIFY(!accessibleName(sparkline).isEmpty());
    QVERIFY2(accessibleDescription(sparkline).contains(QRegularExpression("\\d")),
             qPrintable(accessibleDescription(sparkline)));

    // The charts: what they show, in words, with numbers.
    QVERIFY(showChart(ChartType::Activity));
    TimeChartView *chart = explorer->charts()->chartView();
    QVERIFY(!accessibleName(chart).isEmpty());
    const QString chartDescription = accessibleDescription(chart);
    QVERIFY2(chartDescription.contains(QRegularExpression("\\d{4}-\\d{2}-\\d{2}")),
             qPrintable(chartDescription));
    QVERIFY(showChart(ChartType::Rhythm));
    HeatmapWidget *heatmap = explorer->charts()->heatmap();
    QVERIFY(!accessibleName(heatmap).isEmpty());
    QVERIFY2(accessibleDescription(heatmap).contains(QRegularExpression("\\d")),
             qPrintable(accessibleDescription(heatmap)));
}

void TestAccessibility::zoomGrowsEveryView()
{
    Explorer *explorer = m_window->explorer();
    QVERIFY(openFirstAccount());
    // Every label of the window grows with the zoom (headings with a font of their own included).
    QHash<QLabel *, int> labelHeights;
    const auto labels = m_window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && !label->text().isEmpty()) {
            labelHeights.insert(label, QFontMetrics(label->font()).height());
        }
    }
    QVERIFY(labelHeights.size() > 10);
    struct Sizes
    {
        int cardHeight = 0;
        int dossierLabel = 0;
        int axisLabels = 0;
        int heatmapFont = 0;
        int heatmapHeight = 0;
    };
    const auto measure = [&](Sizes *sizes) {
        sizes->cardHeight = explorer->timeline()->listView()->rowHeight();
        int largest = 0;
        const auto labels = explorer->dossier()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->isVisibleTo(explorer->dossier()) && !label->text().isEmpty()) {
                largest = std::max(largest, QFontMetrics(label->font()).height());
            }
        }
        sizes->dossierLabel = largest;
        if (!showChart(ChartType::Activity)) {
            return;
        }
        const auto axes = explorer->charts()->chartView()->chart()->axes();
        for (QAbstractAxis *axis : axes) {
            sizes->axisLabels = std::max(sizes->axisLabels, QFontMetrics(axis->labelsFont()).height());
        }
        if (!showChart(ChartType::Rhythm)) {
            return;
        }
        HeatmapWidget *heatmap = explorer->charts()->heatmap();
        sizes->heatmapFont = QFontMetrics(heatmap->font()).height();
        sizes->heatmapHeight = heatmap->sizeHint().height();
        explorer->centerTabs()->setCurrentIndex(0);
    };
    Sizes normal;
    measure(&normal);
    QVERIFY(normal.cardHeight > 0 && normal.dossierLabel > 0 && normal.axisLabels > 0 &&
            normal.heatmapFont > 0 && normal.heatmapHeight > 0);
    AppSettings::instance()->setZoomPercent(200);
    QTest::qWait(100);
    Sizes zoomed;
    measure(&zoomed);
    const auto grew = [](int before, int after) { return after >= before * 1.6; };
    QStringList fixedLabels;
    for (auto it = labelHeights.cbegin(); it != labelHeights.cend(); ++it) {
        const int now = QFontMetrics(it.key()->font()).height();
        if (!grew(it.value(), now)) {
            fixedLabels
                << describe(it.key()) +
                       QString(" '%1' %2 -> %3").arg(it.key()->text().left(30)).arg(it.value()).arg(now);
        }
    }
    QVERIFY2(fixedLabels.isEmpty(), qPrintable("labels that keep their size: " + fixedLabels.join(", ")));
    QVERIFY2(grew(normal.cardHeight, zoomed.cardHeight),
             qPrintable(QString("cards %1 -> %2").arg(normal.cardHeight).arg(zoomed.cardHeight)));
    QVERIFY2(grew(normal.dossierLabel, zoomed.dossierLabel),
             qPrintable(QString("dossier %1 -> %2").arg(normal.dossierLabel).arg(zoomed.dossierLabel)));
    QVERIFY2(grew(normal.axisLabels, zoomed.axisLabels),
             qPrintable(QString("axis labels %1 -> %2").arg(normal.axisLabels).arg(zoomed.axisLabels)));
    QVERIFY2(grew(normal.heatmapFont, zoomed.heatmapFont),
             qPrintable(QString("heatmap font %1 -> %2").arg(normal.heatmapFont).arg(zoomed.heatmapFont)));
    QVERIFY2(grew(normal.heatmapHeight, zoomed.heatmapHeight),
             qPrintable(QString("heatmap %1 -> %2").arg(normal.heatmapHeight).arg(zoomed.heatmapHeight)));
}

// The dialogs the window opens: every control named and reached by Tab, which comes back round.
void TestAccessibility::dialogs()
{
    const QString report = m_home.filePath("report.csv");
    QFile file(report);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("file,record,severity,reason,excerpt\n"
               "/data/a_tweets.csv,7,rejected,tweetid '12x' is not a tweet id (1 to 19 digits),\"12x,abc\"\n"
               "/data/a_tweets.csv,9,repaired,record too large,\"x\"\n");
    file.close();

    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<RejectReportDialog>(report, m_window.get()));
    dialogs.push_back(std::make_unique<EventMarkerDialog>(m_window.get()));
    dialogs.push_back(std::make_unique<ImageExportDialog>(m_window.get()));
    for (const auto &dialog : dialogs) {
        const QString name = QString::fromLatin1(dialog->metaObject()->className());
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        if (auto *rejects = qobject_cast<RejectReportDialog *>(dialog.get())) {
            QTRY_VERIFY(rejects->isLoaded());
        }
        const QList<QWidget *> controls = interactiveWidgets(dialog.get());
        QVERIFY2(controls.size() >= 2, qPrintable(name));
        QStringList unnamed;
        for (QWidget *control : controls) {
            if (accessibleName(control).isEmpty()) {
                unnamed << describe(control);
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(name + ": no accessible name: " + unnamed.join(", ")));
        const Walk walk = walkWithTab(focusTarget(controls.first()));
        QVERIFY2(walk.trap.isEmpty(), qPrintable(name + ": " + walk.trap));
        QVERIFY2(walk.cameBack, qPrintable(name + ": Tab does not come back round"));
        const QSet<QWidget *> reached(walk.chain.cbegin(), walk.chain.cend());
        QStringList missed;
        for (QWidget *control : controls) {
            if (!reached.contains(control) && !reached.contains(focusTarget(control))) {
                missed << describe(control);
            }
        }
        QVERIFY2(missed.isEmpty(), qPrintable(name + ": Tab never reaches " + missed.join(", ")));
        dialog->close();
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

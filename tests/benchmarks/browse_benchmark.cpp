// How fast the tweet lists answer on a real cache, driving the real widgets headless: a TimelineView (its
// TimelineModel, TweetListView and card delegate) shown offscreen, each figure taken from the moment the
// query or the jump is asked to the moment every row on screen has its tweet (data() no longer answers a
// placeholder). Each figure is printed next to the same query run by the sqlite3 shell on the same cache in
// the same run (.timer's "real"), and their ratio. An event-loop probe (a 5 ms timer) records the longest
// stall of the GUI thread during the measured phases; the peak memory is the process's VmHWM.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench_browse CACHE [--word WORD] [--sqlite3 PATH]
#include "core/db/database.h"
#include "sqliteshell.h"
#include "ui/models/accountfilterproxy.h"
#include "ui/models/timelinemodel.h"
#include "ui/widgets/accountbrowser.h"
#include "ui/widgets/timelineview.h"
#include "ui/widgets/tweetlistview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace trove;

namespace {

struct Probe
{
    QTimer timer;
    QElapsedTimer sinceTick;
    qint64 worstGap = 0;
    bool running = false;

    Probe()
    {
        timer.setInterval(5);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout,
                         [this] { worstGap = std::max(worstGap, sinceTick.restart() - 5); });
    }
    void start()
    {
        sinceTick.start();
        timer.start();
        running = true;
    }
    void stop()
    {
        timer.stop();
        running = false;
    }
};

// Runs the event loop until @p done or @p timeoutMs; the milliseconds it took, -1 on timeout.
qint64 waitUntil(const std::function<bool()> &done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return -1;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return timer.elapsed();
}

bool visibleRowsShown(TimelineView &view)
{
    TweetListView *list = view.listView();
    const int first = list->firstVisibleRow();
    const int last = list->lastVisibleRow();
    if (first < 0) {
        return false;
    }
    for (int row = first; row <= last; ++row) {
        if (!view.model()->index(row).data(TimelineModel::LoadedRole).toBool()) {
            return false;
        }
    }
    return true;
}

QString g_cache;
QString g_sqlite3 = QStringLiteral("sqlite3");

// The sqlite3 shell's ".timer" real time for @p sql on the benchmarked cache, in ms (-1 when it could not
// run).
double sqliteMs(const QString &sql)
{
    return sqliteShellMs(g_sqlite3, g_cache, sql);
}

const char PageColumns[] =
    "SELECT t.*, a.userid, a.screen_name, a.display_name, a.alias, a.category, c.name, cl.name, s.path, "
    "s.entry "
    "FROM %1 JOIN accounts a ON a.id = t.account_id JOIN campaigns c ON c.id = t.campaign_id LEFT JOIN "
    "clients cl ON cl.id = t.client_id LEFT JOIN source_files s ON s.id = t.source_file_id";

QString pageSql(const QString &from, const QString &rest)
{
    return QString::fromLatin1(PageColumns).arg(from) + QLatin1Char(' ') + rest;
}

void report(const char *what, qint64 ms, double sqlite, const char *target)
{
    const double ratio = sqlite > 0 ? double(ms) / sqlite : 0;
    std::printf("%-44s %7lld ms   sqlite3 %9.1f ms   ratio %6.2f   (target %s)\n", what,
                static_cast<long long>(ms), sqlite, ratio, target);
    std::fflush(stdout);
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QStringList arguments = application.arguments();
    arguments.removeFirst();
    QString word = QStringLiteral("news");
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--word") && i + 1 < arguments.size()) {
            word = arguments[++i];
        } else if (arguments[i] == QLatin1String("--sqlite3") && i + 1 < arguments.size()) {
            g_sqlite3 = arguments[++i];
        } else {
            g_cache = arguments[i];
        }
    }
    if (g_cache.isEmpty()) {
        std::fprintf(stderr, "usage: bench_browse CACHE [--word WORD] [--sqlite3 PATH]\n");
        return 2;
    }

    // Setup, not measured: the busiest account and the size of the cache.
    std::int64_t account = 0;
    std::int64_t tweets = 0;
    {
        Database db;
        if (!db.open(g_cache, Database::Mode::ReadOnly)) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
            return 1;
        }
        account = db.scalar("SELECT id FROM accounts ORDER BY tweet_count DESC LIMIT 1");
        tweets = db.scalar("SELECT sum(tweet_count) FROM campaigns");
    }
    std::printf("cache %s: %lld tweets; account %lld; search word \"%s\"\n", qPrintable(g_cache),
                static_cast<long long>(tweets), static_cast<long long>(account), qPrintable(word));

    TimelineView view;
    view.resize(1000, 900);
    view.show();
    QCoreApplication::processEvents();
    view.setCachePath(g_cache);
    Probe probe;
    qint64 worstGap = 0;
    const auto phase = [&](const char *name, const std::function<void()> &start,
                           const std::function<bool()> &done) -> qint64 {
        probe.worstGap = 0;
        probe.start();
        start();
        const qint64 ms = waitUntil(done);
        probe.stop();
        std::printf("  %-42s GUI-thread longest stall %lld ms\n", name,
                    static_cast<long long>(probe.worstGap));
        worstGap = std::max(worstGap, probe.worstGap);
        return ms;
    };

    // 0. The account browser of a freshly opened cache: every account listed (the browser's own pool).
    {
        QThreadPool pool;
        AccountBrowser browser(&pool);
        browser.resize(500, 800);
        browser.show();
        // The window's first paint is not part of what is measured.
        QCoreApplication::processEvents();
        bool loaded = false;
        QObject::connect(&browser, &AccountBrowser::loaded, [&loaded] { loaded = true; });
        const qint64 listMs = phase(
            "account list", [&] { browser.setCachePath(g_cache); }, [&] { return loaded; });
        std::printf("  (%d accounts listed)\n", browser.proxy()->rowCount());
        report("account list populated", listMs,
               sqliteMs(QStringLiteral(
                   "SELECT a.*, c.name FROM accounts a JOIN campaigns c ON c.id = a.campaign_id "
                   "LEFT JOIN account_links l ON l.account_id = a.id")),
               "< 200 ms");
    }

    // 1. An account's timeline, first page.
    TweetFilter byAccount;
    byAccount.accountIds = {account};
    const qint64 accountMs = phase(
        "account timeline", [&] { view.setQuery(byAccount, TweetOrder::OldestFirst); },
        [&] { return view.model()->rowCount() > 0 && visibleRowsShown(view); });
    report("account timeline, first page", accountMs,
           sqliteMs(pageSql(
               QStringLiteral("tweets t"),
               QStringLiteral("WHERE t.account_id = %1 ORDER BY t.time, t.id LIMIT 200").arg(account))),
           "< 100 ms");

    // 2. The whole cache, first page.
    const qint64 wholeMs = phase(
        "whole-cache timeline", [&] { view.setQuery(TweetFilter(), TweetOrder::OldestFirst); },
        [&] { return view.model()->rowCount() > 0 && visibleRowsShown(view); });
    report("whole-cache timeline, first page", wholeMs,
           sqliteMs(pageSql(QStringLiteral("tweets t"), QStringLiteral("ORDER BY t.id LIMIT 200"))), "-");

    // 3. Jumps to positions of the whole-cache timeline.
    const int rows = view.model()->rowCount();
    for (const auto &[label, fraction] : {std::pair<const char *, double>{"jump to 10%", 0.10},
                                          std::pair<const char *, double>{"jump to 50%", 0.50},
                                          std::pair<const char *, double>{"jump to 90%", 0.90},
                                          std::pair<const char *, double>{"jump to the last row", 1.0}}) {
        const int row = fraction >= 1.0 ? rows - 1 : int(rows * fraction);
        const qint64 ms = phase(
            label, [&] { view.jumpToRow(row); },
            [&] {
                return view.listView()->firstVisibleRow() <= row &&
                       row <= view.listView()->lastVisibleRow() && visibleRowsShown(view);
            });
        report(label, ms,
               sqliteMs(
                   pageSql(QStringLiteral("tweets t"),
                           QStringLiteral("ORDER BY t.id LIMIT 200 OFFSET %1").arg(std::max(0, row - 199)))),
               "< 100 ms");
    }

    // 4. Scrolling through: 100 jumps to random rows, each until its rows are shown.
    {
        qint64 slowest = 0;
        qint64 total = 0;
        std::uint32_t seed = 2018;
        const qint64 ms = phase(
            "100 random jumps", [&] {},
            [&] {
                for (int i = 0; i < 100; ++i) {
                    seed = seed * 1664525u + 1013904223u;
                    const int row = int((std::uint64_t(seed) * std::uint64_t(rows)) >> 32);
                    QElapsedTimer one;
                    one.start();
                    view.jumpToRow(row);
                    waitUntil([&] { return visibleRowsShown(view); });
                    slowest = std::max(slowest, one.elapsed());
                    total += one.elapsed();
                }
                return true;
            });
        Q_UNUSED(ms)
        std::printf("%-44s mean %5lld ms, slowest %lld ms\n", "100 random jumps, rows shown",
                    static_cast<long long>(total / 100), static_cast<long long>(slowest));
    }

    // 5. A full-text search for a common word, first page (newest first, as searches show).
    TweetFilter search;
    search.search = word;
    QElapsedTimer searchClock;
    qint64 exactAfter = -1;
    const qint64 searchMs = phase(
        "search",
        [&] {
            searchClock.start();
            view.setQuery(search, TweetOrder::NewestFirst);
        },
        [&] { return view.model()->rowCount() > 0 && visibleRowsShown(view); });
    report("search, first page", searchMs,
           sqliteMs(
               pageSql(QStringLiteral("search.tweet_search CROSS JOIN tweets t ON t.id = tweet_search.rowid"),
                       QStringLiteral("WHERE tweet_search MATCH '\"%1\"' ORDER BY tweet_search.rowid DESC "
                                      "LIMIT 200")
                           .arg(word))),
           "< 300 ms");
    phase(
        "search, exact count", [] {}, [&] { return view.model()->isCountExact(); });
    exactAfter = searchClock.elapsed();
    std::printf(
        "%-44s %7lld ms   (%lld results)   sqlite3 count %9.1f ms\n", "search, exact count",
        static_cast<long long>(exactAfter), static_cast<long long>(view.model()->totalCount()),
        sqliteMs(QStringLiteral("SELECT count(*) FROM search.tweet_search WHERE tweet_search MATCH '\"%1\"'")
                     .arg(word)));

    // 6. The same jump in a second timeline of the same cache: the days of every campaign, read once per
    // cache
    //    (what the first jump above waited for), are ready now.
    {
        TimelineView second;
        second.resize(1000, 900);
        second.show();
        second.setCachePath(g_cache);
        // The new window's first layout and paint are not what is measured.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 100) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        const qint64 firstPage = phase(
            "second timeline", [&] { second.setQuery(TweetFilter(), TweetOrder::OldestFirst); },
            [&] { return second.model()->rowCount() > 0 && visibleRowsShown(second); });
        const int row = int(second.model()->rowCount() * 0.3);
        const qint64 jump = phase(
            "second timeline, jump to 30%", [&] { second.jumpToRow(row); },
            [&] {
                return second.listView()->firstVisibleRow() <= row &&
                       row <= second.listView()->lastVisibleRow() && visibleRowsShown(second);
            });
        report("second whole-cache timeline, first page", firstPage,
               sqliteMs(pageSql(QStringLiteral("tweets t"), QStringLiteral("ORDER BY t.id LIMIT 200"))), "-");
        report("second whole-cache timeline, jump to 30%", jump,
               sqliteMs(
                   pageSql(QStringLiteral("tweets t"),
                           QStringLiteral("ORDER BY t.id LIMIT 200 OFFSET %1").arg(std::max(0, row - 199)))),
               "< 100 ms");
    }

    std::printf("GUI thread: longest stall during the measured phases %lld ms (target < 50 ms)\n",
                static_cast<long long>(worstGap));
    std::printf("peak memory (VmHWM): %.1f MB (target < 500 MB)\n", peakRssKb() / 1024.0);
    return 0;
}

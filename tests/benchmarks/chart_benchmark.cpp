// How fast the numbers behind the charts come on a real cache (ChartQueries on one read-only connection,
// as a chart's worker thread runs them), each next to the equivalent query run by the sqlite3 shell on the
// same cache in the same run (.timer's "real"): the same counters where Trove reads counters, and the scan
// of the tweets that a hand-written query needs. A cache of an older schema is upgraded first (opened
// read-write once), and that upgrade is timed too.
//
//   build/tests/bench_charts CACHE [--word WORD] [--sqlite3 PATH] [--runs N]
#include "core/charts/chartqueries.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/query/tweetlistquery.h"
#include "sqliteshell.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace trove;

namespace {

QString g_cache;
QString g_sqlite3 = QStringLiteral("sqlite3");

// The sqlite3 shell's ".timer" real time for @p sql on the benchmarked cache, in ms (-1 when it could not
// run).
double sqliteMs(const QString &sql)
{
    return sqliteShellMs(g_sqlite3, g_cache, sql);
}

int g_runs = 3;

// Runs @p work g_runs times: the first time and the best, in ms; -1 when it failed.
struct Timing
{
    double first = -1;
    double best = -1;
};

Timing timed(const std::function<bool()> &work)
{
    Timing timing;
    for (int run = 0; run < g_runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            return Timing();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run == 0) {
            timing.first = ms;
            timing.best = ms;
        }
        timing.best = std::min(timing.best, ms);
    }
    return timing;
}

// @p extra describes the result: called after the runs.
void report(const char *what, const Timing &timing, const char *target,
            const std::function<QString()> &extra = {})
{
    const QString described = extra ? extra() : QString();
    std::printf("%-52s first %8.1f ms   best %8.1f ms   (target %s)%s\n", what, timing.first, timing.best,
                target, described.isEmpty() ? "" : qPrintable(QStringLiteral("   ") + described));
    std::fflush(stdout);
}

void reportSqlite(const char *what, const QString &sql)
{
    std::printf("    sqlite3 %-44s %8.1f ms   %s\n", what, sqliteMs(sql), qPrintable(sql));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    QString word = QStringLiteral("news");
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--word") && i + 1 < arguments.size()) {
            word = arguments[++i];
        } else if (arguments[i] == QLatin1String("--sqlite3") && i + 1 < arguments.size()) {
            g_sqlite3 = arguments[++i];
        } else if (arguments[i] == QLatin1String("--runs") && i + 1 < arguments.size()) {
            g_runs = std::max(1, arguments[++i].toInt());
        } else {
            g_cache = arguments[i];
        }
    }
    if (g_cache.isEmpty()) {
        std::fprintf(stderr, "usage: bench_charts CACHE [--word WORD] [--sqlite3 PATH] [--runs N]\n");
        return 2;
    }
    if (Schema::isOutdated(g_cache)) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        if (!Schema::upgradeIfOutdated(g_cache, &error)) {
            std::fprintf(stderr, "cannot upgrade %s: %s\n", qPrintable(g_cache), qPrintable(error));
            return 1;
        }
        std::printf("schema upgrade to %d (counts campaign_quarter_hours over the tweets): %lld ms\n",
                    Schema::currentVersion(), static_cast<long long>(timer.elapsed()));
    }
    Database db;
    if (!db.open(g_cache, Database::Mode::ReadOnly)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(g_cache), qPrintable(db.errorString()));
        return 1;
    }
    const std::int64_t tweets = db.scalar("SELECT coalesce(sum(tweet_count), 0) FROM campaigns");
    const std::int64_t busiest = db.scalar("SELECT id FROM accounts ORDER BY tweet_count DESC LIMIT 1");
    const std::int64_t busiestTweets = db.scalar("SELECT max(tweet_count) FROM accounts");
    std::printf("cache %s: %lld tweets; busiest account %lld (%lld tweets); search word \"%s\"\n",
                qPrintable(g_cache), static_cast<long long>(tweets), static_cast<long long>(busiest),
                static_cast<long long>(busiestTweets), qPrintable(word));

    QString error;
    ActivityChartData activity;
    RhythmChartData rhythm;
    const auto activityOf = [&](const TweetFilter &filter, const QByteArray &zone) {
        return [&, filter, zone] {
            if (!ChartQueries::activity(db, filter, TimeBucket::Day, ActivityBreakdown::None, zone, 0,
                                        &activity, &error)) {
                std::fprintf(stderr, "activity failed: %s\n", qPrintable(error));
                return false;
            }
            return true;
        };
    };
    const auto rhythmOf = [&](const TweetFilter &filter, const QByteArray &zone) {
        return [&, filter, zone] {
            if (!ChartQueries::rhythm(db, filter, zone, &rhythm, &error)) {
                std::fprintf(stderr, "rhythm failed: %s\n", qPrintable(error));
                return false;
            }
            return true;
        };
    };
    const auto described = [&](const ActivityChartData &data) {
        return QStringLiteral("%1 buckets, %2 tweets%3")
            .arg(data.bucketStarts.size())
            .arg(data.total)
            .arg(data.fromCounters ? QStringLiteral(", counters") : QStringLiteral(", tweets"));
    };
    const auto describedRhythm = [&](const RhythmChartData &data) {
        return QStringLiteral("%1 tweets%2")
            .arg(data.total)
            .arg(data.fromCounters ? QStringLiteral(", counters") : QStringLiteral(", tweets"));
    };

    TweetFilter everything;
    report("daily activity, whole cache, UTC", timed(activityOf(everything, "UTC")), "200 ms",
           [&] { return described(activity); });
    reportSqlite("same counters", QStringLiteral("SELECT day, sum(tweets) FROM campaign_daily GROUP BY day"));
    reportSqlite("scan of the tweets",
                 QStringLiteral("SELECT time / 86400, count(*) FROM tweets GROUP BY 1"));
    report("daily activity, whole cache, Europe/Moscow", timed(activityOf(everything, "Europe/Moscow")), "-",
           [&] { return described(activity); });
    reportSqlite("same counters",
                 QStringLiteral("SELECT slot, sum(tweets) FROM campaign_quarter_hours GROUP BY slot"));

    TweetFilter account;
    account.accountIds = {busiest};
    report("daily activity, busiest account, UTC", timed(activityOf(account, "UTC")), "200 ms",
           [&] { return described(activity); });
    reportSqlite("same counters",
                 QStringLiteral("SELECT day, tweets FROM activity_daily WHERE account_id = %1").arg(busiest));
    reportSqlite("scan of its tweets",
                 QStringLiteral("SELECT time / 86400, count(*) FROM tweets WHERE account_id = %1 GROUP BY 1")
                     .arg(busiest));
    report("daily activity, busiest account, Asia/Tehran", timed(activityOf(account, "Asia/Tehran")),
           "200 ms", [&] { return described(activity); });
    reportSqlite("its tweets' times",
                 QStringLiteral("SELECT time FROM tweets WHERE account_id = %1").arg(busiest));

    TweetFilter search;
    search.search = word;
    const std::int64_t matches = TweetListQuery::count(db, search, &error);
    report(qPrintable(QStringLiteral("daily activity, search \"%1\", UTC").arg(word)),
           timed(activityOf(search, "UTC")), "2 s",
           [&]() -> QString { return described(activity) + QStringLiteral(" (%1 matches)").arg(matches); });
    reportSqlite(
        "same aggregate",
        QStringLiteral("SELECT t.time / 86400, count(*) FROM search.tweet_search CROSS JOIN tweets t ON "
                       "t.id = tweet_search.rowid WHERE tweet_search MATCH '%1' GROUP BY 1")
            .arg(word));

    for (const char *zone : {"UTC", "Europe/Moscow", "Asia/Tehran", "America/New_York"}) {
        report(qPrintable(QStringLiteral("heatmap, whole cache, %1").arg(QLatin1String(zone))),
               timed(rhythmOf(everything, zone)), "1 s", [&] { return describedRhythm(rhythm); });
    }
    reportSqlite("same counters", QStringLiteral("SELECT slot, sum(tweets) FROM campaign_quarter_hours"));
    reportSqlite(
        "scan, UTC only",
        QStringLiteral("SELECT strftime('%w', time, 'unixepoch'), strftime('%H', time, 'unixepoch'), "
                       "count(*) FROM tweets GROUP BY 1, 2"));
    reportSqlite(
        "scan, fixed +03:00 (no DST)",
        QStringLiteral("SELECT strftime('%w', time + 10800, 'unixepoch'), strftime('%H', time + 10800, "
                       "'unixepoch'), count(*) FROM tweets GROUP BY 1, 2"));
    report("heatmap, busiest account, Asia/Tehran", timed(rhythmOf(account, "Asia/Tehran")), "1 s",
           [&] { return describedRhythm(rhythm); });
    reportSqlite("its tweets' times",
                 QStringLiteral("SELECT time FROM tweets WHERE account_id = %1").arg(busiest));
    report(qPrintable(QStringLiteral("heatmap, search \"%1\", Europe/Moscow").arg(word)),
           timed(rhythmOf(search, "Europe/Moscow")), "1 s", [&] { return describedRhythm(rhythm); });
    reportSqlite("same tweets' times",
                 QStringLiteral("SELECT t.time FROM search.tweet_search CROSS JOIN tweets t ON t.id = "
                                "tweet_search.rowid WHERE tweet_search MATCH '%1'")
                     .arg(word));

    // The drill-down of a heatmap cell: the count of a timeline filtered to Mondays 09:00-10:00 Moscow.
    TweetFilter cell;
    cell.timeZone = "Europe/Moscow";
    cell.localWeekday = 1;
    cell.localHour = 9;
    std::int64_t cellCount = 0;
    report("count of a heatmap cell (Mondays 09h Moscow)", timed([&] {
               cellCount = TweetListQuery::count(db, cell, &error);
               return cellCount >= 0;
           }),
           "-", [&] { return QStringLiteral("%1 tweets").arg(cellCount); });
    reportSqlite(
        "fixed +03:00 (no DST)",
        QStringLiteral("SELECT count(*) FROM tweets WHERE strftime('%w', time + 10800, 'unixepoch') = '1' "
                       "AND strftime('%H', time + 10800, 'unixepoch') = '09'"));

    // Breakdowns (no target): the counters where they hold the split (kinds, categories in UTC), else the
    // tweets. One run each.
    g_runs = 1;
    const auto breakdownOf = [&](const TweetFilter &filter, ActivityBreakdown breakdown,
                                 const QByteArray &zone) {
        return [&, filter, breakdown, zone] {
            if (!ChartQueries::activity(db, filter, TimeBucket::Month, breakdown, zone, 8, &activity,
                                        &error)) {
                std::fprintf(stderr, "activity failed: %s\n", qPrintable(error));
                return false;
            }
            return true;
        };
    };
    report("monthly by kind, whole cache, UTC",
           timed(breakdownOf(everything, ActivityBreakdown::Kind, "UTC")), "-",
           [&] { return described(activity); });
    report("monthly by category, whole cache, UTC",
           timed(breakdownOf(everything, ActivityBreakdown::Category, "UTC")), "-",
           [&] { return described(activity); });
    report("monthly by language, whole cache, UTC",
           timed(breakdownOf(everything, ActivityBreakdown::Language, "UTC")), "-",
           [&] { return described(activity); });
    reportSqlite("scan of the tweets",
                 QStringLiteral("SELECT time / 86400, language, count(*) FROM tweets GROUP BY 1, 2"));
    report("monthly by kind, busiest account, Europe/Moscow",
           timed(breakdownOf(account, ActivityBreakdown::Kind, "Europe/Moscow")), "-",
           [&] { return described(activity); });
    report(qPrintable(QStringLiteral("monthly by hashtag, search \"%1\", UTC").arg(word)),
           timed(breakdownOf(search, ActivityBreakdown::Hashtag, "UTC")), "-",
           [&] { return described(activity); });
    return 0;
}

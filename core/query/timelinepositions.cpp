#include "core/query/timelinepositions.h"

#include "core/db/database.h"
#include "core/query/tweetlistquery.h"

#include <sqlite3.h>

#include <QHash>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>

namespace trove {

namespace {

constexpr std::int64_t SecondsPerDay = 86400;

// As a QString: Statement binds a QString by copy (a QByteArray must outlive the statement's step).
QString idsJson(const QList<std::int64_t> &ids)
{
    QByteArray json = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            json += ',';
        }
        json += QByteArray::number(qlonglong(ids[i]));
    }
    json += ']';
    return QString::fromLatin1(json);
}

bool failed(Database &db, QString *error)
{
    if (error) {
        *error = db.errorString().isEmpty() ? QStringLiteral("the query failed") : db.errorString();
    }
    return false;
}

// The selection's conditions on tweets (alias t): campaigns as JSON in ?1, accounts in ?2.
QByteArray selectionCondition(const TweetFilter &filter)
{
    QByteArray condition;
    if (!filter.campaignIds.isEmpty()) {
        condition += " AND t.campaign_id IN (SELECT value FROM json_each(?1))";
    }
    if (!filter.accountIds.isEmpty()) {
        condition += filter.accountIds.size() == 1 ? " AND t.account_id = (SELECT value FROM json_each(?2))"
                                                   : " AND t.account_id IN (SELECT value FROM json_each(?2))";
    }
    return condition;
}

void bindSelection(Statement &statement, const TweetFilter &filter)
{
    statement.bind(1, idsJson(filter.campaignIds));
    statement.bind(2, idsJson(filter.accountIds));
}

std::int64_t floorDay(std::int64_t time)
{
    return time >= 0 ? time / SecondsPerDay : (time - (SecondsPerDay - 1)) / SecondsPerDay;
}

// Tweets per day of every campaign of a cache, from one pass over campaign_daily: what any selection of
// campaigns sums its days from. Shared by every query on the same cache while its counters do not change.
class CampaignDays
{
public:
    std::int64_t firstDay = 0;
    QHash<std::int64_t, std::vector<std::int64_t>> spans;                  // campaign -> tweets per day
    std::map<std::pair<std::int64_t, std::int64_t>, std::int64_t> outside; // (campaign, day) beyond the span

    // The rows are summed inside SQLite by an aggregate function of this connection: handing millions of rows
    // back one sqlite3_step() at a time costs about twice the scan itself.
    bool read(Database &db, QString *error)
    {
        firstDay = floorDay(
            db.scalar("SELECT coalesce(min(first_tweet), 0) FROM campaigns WHERE first_tweet IS NOT NULL"));
        const std::int64_t lastDay = floorDay(
            db.scalar("SELECT coalesce(max(last_tweet), 0) FROM campaigns WHERE last_tweet IS NOT NULL"));
        m_days = size_t(std::clamp<std::int64_t>(lastDay - firstDay + 1, 1, 200000));
        sqlite3 *handle = db.handle();
        if (sqlite3_create_function_v2(handle, "trove_day_sums", 3, SQLITE_UTF8 | SQLITE_DIRECTONLY, this,
                                       nullptr, &CampaignDays::step, &CampaignDays::final,
                                       nullptr) != SQLITE_OK) {
            return failed(db, error);
        }
        bool ok = true;
        {
            Statement statement(db, "SELECT trove_day_sums(campaign_id, day, tweets) FROM campaign_daily");
            ok = statement.isValid();
            while (ok && statement.next()) {
            }
            ok = ok && statement.ok();
        }
        if (!ok) {
            failed(db, error);
        }
        sqlite3_create_function_v2(handle, "trove_day_sums", 3, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
        return ok;
    }

    // Adds the days of @p campaignIds (every campaign when empty) to @p perDay.
    void sumInto(const QList<std::int64_t> &campaignIds, std::map<std::int64_t, std::int64_t> &perDay) const
    {
        std::vector<std::int64_t> total;
        for (auto span = spans.constBegin(); span != spans.constEnd(); ++span) {
            if (!campaignIds.isEmpty() && !campaignIds.contains(span.key())) {
                continue;
            }
            total.resize(std::max(total.size(), span->size()), 0);
            for (size_t at = 0; at < span->size(); ++at) {
                total[at] += (*span)[at];
            }
        }
        for (size_t at = 0; at < total.size(); ++at) {
            if (total[at] != 0) {
                perDay[firstDay + std::int64_t(at)] += total[at];
            }
        }
        for (const auto &[key, tweets] : outside) {
            if (campaignIds.isEmpty() || campaignIds.contains(key.first)) {
                perDay[key.second] += tweets;
            }
        }
    }

private:
    static void step(sqlite3_context *context, int, sqlite3_value **values)
    {
        auto *days = static_cast<CampaignDays *>(sqlite3_user_data(context));
        const std::int64_t campaign = sqlite3_value_int64(values[0]);
        const std::int64_t day = sqlite3_value_int64(values[1]);
        const std::int64_t tweets = sqlite3_value_int64(values[2]);
        const std::int64_t at = day - days->firstDay;
        if (at >= 0 && at < std::int64_t(days->m_days)) {
            if (campaign != days->m_lastCampaign || !days->m_lastSpan) {
                std::vector<std::int64_t> &span = days->spans[campaign];
                span.resize(days->m_days, 0);
                days->m_lastSpan = &span;
                days->m_lastCampaign = campaign;
            }
            (*days->m_lastSpan)[size_t(at)] += tweets;
        } else {
            days->outside[{campaign, day}] += tweets;
        }
    }
    static void final(sqlite3_context *context) { sqlite3_result_null(context); }

    size_t m_days = 1;
    std::int64_t m_lastCampaign = 0;
    std::vector<std::int64_t> *m_lastSpan = nullptr;
};

// The CampaignDays of the caches seen last, keyed by path and by the campaigns' tweet counters (an import
// changes them, and the days are read again).
std::shared_ptr<const CampaignDays> campaignDays(Database &db, QString *error)
{
    static std::mutex mutex;
    static QList<std::pair<QString, std::shared_ptr<const CampaignDays>>> cache;
    QString key = db.path() + QLatin1Char('|');
    {
        Statement counters(db, "SELECT id, tweet_count FROM campaigns ORDER BY id");
        while (counters.next()) {
            key += QString::number(counters.int64(0)) + QLatin1Char(':') +
                   QString::number(counters.int64(1)) + QLatin1Char(',');
        }
        if (!counters.ok()) {
            failed(db, error);
            return nullptr;
        }
    }
    // Held while reading too: a second asker (a query started while the days are being warmed) waits for the
    // first instead of reading them again.
    std::lock_guard<std::mutex> lock(mutex);
    for (const auto &[cachedKey, days] : std::as_const(cache)) {
        if (cachedKey == key) {
            return days;
        }
    }
    auto days = std::make_shared<CampaignDays>();
    if (!days->read(db, error)) {
        return nullptr;
    }
    cache.append({key, days});
    while (cache.size() > 2) {
        cache.removeFirst();
    }
    return days;
}

} // namespace

bool TimelinePositions::warm(Database &db, QString *error)
{
    return campaignDays(db, error) != nullptr;
}

bool TimelinePositions::applies(const TweetFilter &filter, TweetOrder order)
{
    return filter.isPlain() && order != TweetOrder::MostEngagement;
}

bool TimelinePositions::cacheHasSyntheticIds(Database &db)
{
    return db.scalar("SELECT EXISTS(SELECT 1 FROM tweets WHERE id < 0)") != 0;
}

bool TimelinePositions::headIds(Database &db, const TweetFilter &filter, std::int64_t position, int limit,
                                TweetOrder order, QList<std::int64_t> *ids, QString *error)
{
    const QByteArray direction = order == TweetOrder::NewestFirst ? " DESC" : "";
    QByteArray query = "SELECT t.id FROM tweets t WHERE 1" + selectionCondition(filter);
    if (filter.accountIds.isEmpty()) {
        query += " ORDER BY t.id" + direction;
    } else {
        query += " ORDER BY t.time" + direction + ", t.id" + direction;
    }
    query += " LIMIT ?3 OFFSET ?4";
    Statement statement(db, query.constData());
    if (!statement.isValid()) {
        return failed(db, error);
    }
    bindSelection(statement, filter);
    statement.bind(3, limit);
    statement.bind(4, position);
    while (statement.next()) {
        ids->append(statement.int64(0));
    }
    if (!statement.ok()) {
        return failed(db, error);
    }
    return true;
}

bool TimelinePositions::build(Database &db, const TweetFilter &filter, QString *error)
{
    m_filter = filter;
    m_days.clear();
    m_before.clear();
    m_total = 0;
    m_positionable = false;
    m_dayStarts = std::make_shared<DayStarts>();

    std::map<std::int64_t, std::int64_t> perDay;
    if (!filter.accountIds.isEmpty()) {
        // The primary key (account_id, day) gives each account's days at once.
        QByteArray query = "SELECT day, tweets FROM activity_daily WHERE account_id IN (SELECT value FROM "
                           "json_each(?2))";
        if (!filter.campaignIds.isEmpty()) {
            query += " AND campaign_id IN (SELECT value FROM json_each(?1))";
        }
        Statement statement(db, query.constData());
        if (!statement.isValid()) {
            return failed(db, error);
        }
        bindSelection(statement, filter);
        while (statement.next()) {
            perDay[statement.int64(0)] += statement.int64(1);
        }
        if (!statement.ok()) {
            return failed(db, error);
        }
        m_positionable = true;
    } else {
        // Every campaign's days, read once per cache (and again after an import) and summed for the
        // selection.
        const std::shared_ptr<const CampaignDays> days = campaignDays(db, error);
        if (!days) {
            return false;
        }
        days->sumInto(filter.campaignIds, perDay);
        // Synthetic ids have no place in id order. The rowid range of negative ids is empty in most caches,
        // and otherwise holds only the synthetic-id tweets.
        QByteArray synthetic = "SELECT EXISTS(SELECT 1 FROM tweets t WHERE t.id < 0";
        if (!filter.campaignIds.isEmpty()) {
            synthetic += " AND t.campaign_id IN (SELECT value FROM json_each(?1))";
        }
        synthetic += ")";
        Statement check(db, synthetic.constData());
        if (!check.isValid()) {
            return failed(db, error);
        }
        if (!filter.campaignIds.isEmpty()) {
            check.bind(1, idsJson(filter.campaignIds));
        }
        if (!check.next()) {
            return failed(db, error);
        }
        m_positionable = check.int64(0) == 0;
    }
    m_days.reserve(perDay.size());
    m_before.reserve(perDay.size());
    for (const auto &[day, tweets] : perDay) {
        if (tweets <= 0) {
            continue;
        }
        m_days.push_back(day);
        m_before.push_back(m_total);
        m_total += tweets;
    }
    return true;
}

qsizetype TimelinePositions::dayIndexOf(std::int64_t position) const
{
    const auto after = std::upper_bound(m_before.begin(), m_before.end(), position);
    return qsizetype(after - m_before.begin()) - 1;
}

std::int64_t TimelinePositions::dayStartId(Database &db, std::int64_t day, QString *error) const
{
    {
        std::lock_guard<std::mutex> lock(m_dayStarts->mutex);
        const auto found = m_dayStarts->ids.find(day);
        if (found != m_dayStarts->ids.end()) {
            return found->second;
        }
    }
    const std::int64_t id = TweetListQuery::firstIdAtOrAfter(db, day * SecondsPerDay, error);
    if (id >= 0) {
        std::lock_guard<std::mutex> lock(m_dayStarts->mutex);
        m_dayStarts->ids[day] = id;
    }
    return id;
}

bool TimelinePositions::oldestFirstIds(Database &db, std::int64_t position, int limit,
                                       QList<std::int64_t> *ids, QString *error) const
{
    if (position < 0 || position >= m_total || limit <= 0 || m_days.empty()) {
        return true;
    }
    const qsizetype first = dayIndexOf(position);
    const std::int64_t offset = position - m_before[size_t(first)];
    const QByteArray selection = selectionCondition(m_filter);
    Statement statement;
    if (!m_filter.accountIds.isEmpty()) {
        // Bounded by the end of the day of the page's last row, so that several accounts' rows are sorted
        // a page's worth at a time.
        const qsizetype last = dayIndexOf(std::min(position + limit - 1, m_total - 1));
        const QByteArray query = "SELECT t.id FROM tweets t WHERE t.time >= ?3 AND t.time < ?4" + selection +
                                 " ORDER BY t.time, t.id LIMIT ?5 OFFSET ?6";
        if (!statement.prepare(db, query.constData())) {
            return failed(db, error);
        }
        bindSelection(statement, m_filter);
        statement.bind(3, m_days[size_t(first)] * SecondsPerDay);
        statement.bind(4, (m_days[size_t(last)] + 1) * SecondsPerDay);
    } else {
        const std::int64_t startId = dayStartId(db, m_days[size_t(first)], error);
        if (startId < 0) {
            return false;
        }
        const QByteArray query =
            "SELECT t.id FROM tweets t WHERE t.id >= ?3" + selection + " ORDER BY t.id LIMIT ?5 OFFSET ?6";
        if (!statement.prepare(db, query.constData())) {
            return failed(db, error);
        }
        bindSelection(statement, m_filter);
        statement.bind(3, startId);
    }
    statement.bind(5, limit);
    statement.bind(6, offset);
    while (statement.next()) {
        ids->append(statement.int64(0));
    }
    if (!statement.ok()) {
        return failed(db, error);
    }
    return true;
}

bool TimelinePositions::ids(Database &db, std::int64_t position, int limit, TweetOrder order,
                            QList<std::int64_t> *ids, QString *error) const
{
    if (order != TweetOrder::NewestFirst) {
        return oldestFirstIds(db, position, limit, ids, error);
    }
    if (position < 0 || position >= m_total || limit <= 0) {
        return true;
    }
    // Newest-first positions [p, p + n) are oldest-first positions [N - p - n, N - p), reversed.
    const std::int64_t end = m_total - position;
    const std::int64_t start = std::max<std::int64_t>(0, end - limit);
    QList<std::int64_t> oldestFirst;
    if (!oldestFirstIds(db, start, int(end - start), &oldestFirst, error)) {
        return false;
    }
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    ids->append(oldestFirst);
    return true;
}

std::int64_t TimelinePositions::oldestFirstPosition(Database &db, std::int64_t time, QString *error) const
{
    const std::int64_t day = floorDay(time);
    const auto found = std::lower_bound(m_days.begin(), m_days.end(), day);
    const auto index = size_t(found - m_days.begin());
    if (found == m_days.end()) {
        return m_total;
    }
    const std::int64_t before = m_before[index];
    if (*found != day || time == day * SecondsPerDay) {
        return before;
    }
    // Inside a day: count the selection's tweets of that day before the time.
    const QByteArray selection = selectionCondition(m_filter);
    Statement statement;
    if (!m_filter.accountIds.isEmpty()) {
        const QByteArray query =
            "SELECT count(*) FROM tweets t WHERE t.time >= ?3 AND t.time < ?4" + selection;
        if (!statement.prepare(db, query.constData())) {
            failed(db, error);
            return -1;
        }
        statement.bind(3, day * SecondsPerDay);
        statement.bind(4, time);
    } else {
        const std::int64_t startId = dayStartId(db, day, error);
        const std::int64_t endId = startId < 0 ? -1 : TweetListQuery::firstIdAtOrAfter(db, time, error);
        if (endId < 0) {
            return -1;
        }
        const QByteArray query = "SELECT count(*) FROM tweets t WHERE t.id >= ?3 AND t.id < ?4" + selection;
        if (!statement.prepare(db, query.constData())) {
            failed(db, error);
            return -1;
        }
        statement.bind(3, startId);
        statement.bind(4, endId);
    }
    bindSelection(statement, m_filter);
    if (!statement.next()) {
        failed(db, error);
        return -1;
    }
    return before + statement.int64(0);
}

std::int64_t TimelinePositions::positionOfTime(Database &db, const QDateTime &time, TweetOrder order,
                                               QString *error) const
{
    const std::int64_t seconds = time.toSecsSinceEpoch();
    if (order != TweetOrder::NewestFirst) {
        return oldestFirstPosition(db, seconds, error);
    }
    // Newest first: the tweets after the time come first.
    const std::int64_t notAfter = oldestFirstPosition(db, seconds + 1, error);
    return notAfter < 0 ? -1 : m_total - notAfter;
}

} // namespace trove

#include "core/query/tweetlistquery.h"

#include "core/charts/zoneoffsets.h"
#include "core/db/database.h"
#include "core/db/searchindex.h"
#include "core/query/searchquery.h"
#include "core/text/searchnormalizer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <utility>
#include <variant>

namespace trove {

namespace {

using Value = std::variant<std::int64_t, QString>;

// A piece of SQL with the values of its '?' placeholders, in order.
struct Sql
{
    QString text;
    QList<Value> values;

    Sql &operator<<(const QString &part)
    {
        text += part;
        return *this;
    }
    Sql &operator<<(const Sql &other)
    {
        text += other.text;
        values += other.values;
        return *this;
    }
};

Sql sql(const QString &text, const QList<Value> &values = {})
{
    return Sql{text, values};
}

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

// "column = ?" for one id: the planner then knows it can walk an index in order; a JSON list otherwise.
Sql inIds(const QString &column, const QList<std::int64_t> &ids)
{
    if (ids.size() == 1) {
        return sql(column + QStringLiteral(" = ?"), {ids.first()});
    }
    return sql(column + QStringLiteral(" IN (SELECT value FROM json_each(?))"), {idsJson(ids)});
}

Sql inTexts(const QString &column, const QStringList &texts)
{
    if (texts.size() == 1) {
        return sql(column + QStringLiteral(" = ?"), {texts.first()});
    }
    QJsonArray array;
    for (const QString &text : texts) {
        array.append(text);
    }
    return sql(column + QStringLiteral(" IN (SELECT value FROM json_each(?))"),
               {QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
}

bool bindAll(Statement &statement, const QList<Value> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (const auto *number = std::get_if<std::int64_t>(&values[i])) {
            statement.bind(int(i + 1), *number);
        } else {
            statement.bind(int(i + 1), std::get<QString>(values[i]));
        }
    }
    return true;
}

bool prepare(Database &db, Statement &statement, const Sql &query, QString *error)
{
    if (!statement.prepare(db, query.text.toUtf8().constData())) {
        if (error) {
            *error = db.errorString();
        }
        return false;
    }
    bindAll(statement, query.values);
    return true;
}

bool failed(Database &db, QString *error)
{
    if (error) {
        *error = db.errorString().isEmpty() ? QStringLiteral("the query failed") : db.errorString();
    }
    return false;
}

// The hashtag as the import stores it: without '#', ASCII lower-cased, other text case-folded.
QString foldedTag(QString tag)
{
    tag = tag.trimmed();
    if (tag.startsWith(QLatin1Char('#'))) {
        tag.remove(0, 1);
    }
    bool ascii = true;
    for (const QChar c : std::as_const(tag)) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    return ascii ? tag.toLower() : tag.toCaseFolded();
}

// What a filter becomes once the names in it are looked up in the cache.
struct Plan
{
    enum class Driver { Scan, Search, Accounts };

    bool nothing = false; ///< a name that the cache does not hold: no tweet can match
    Driver driver = Driver::Scan;
    QString match;         ///< FTS5 expression (Search)
    QList<Sql> conditions; ///< on tweets t
    bool hasTimeRange = false;
    std::int64_t idLow = 0; ///< bounds of the non-negative ids in the time range (Scan, Search)
    std::int64_t idHigh = std::numeric_limits<std::int64_t>::max();

    QString idColumn() const
    {
        return driver == Driver::Search ? QStringLiteral("tweet_search.rowid") : QStringLiteral("t.id");
    }
    /** " FROM <the tweets as t> <join> WHERE <the driver's condition>": the conditions follow. */
    Sql from(const QString &join = QString()) const
    {
        if (driver == Driver::Search) {
            // CROSS JOIN keeps the full-text index outermost: it yields rowids in id order, cheaply.
            return sql(QStringLiteral(" FROM search.tweet_search CROSS JOIN tweets t ON t.id = "
                                      "tweet_search.rowid%1 WHERE tweet_search MATCH ?")
                           .arg(join),
                       {match});
        }
        return sql(QStringLiteral(" FROM tweets t%1 WHERE 1").arg(join));
    }
    Sql where() const
    {
        Sql result;
        for (const Sql &condition : conditions) {
            result << QStringLiteral(" AND ") << condition;
        }
        return result;
    }
};

bool makePlan(Database &db, const TweetFilter &filter, Plan &plan, QString *error)
{
    if (!filter.search.trimmed().isEmpty()) {
        const SearchQuery query = SearchQuery::parse(filter.search);
        if (!query.ok) {
            if (error) {
                *error = query.errorString;
            }
            return false;
        }
        if (!SearchIndex::isAttached(db)) {
            if (error) {
                *error =
                    QStringLiteral("this cache has no search index (import the archive again to rebuild it)");
            }
            return false;
        }
        plan.driver = Plan::Driver::Search;
        plan.match = query.matchExpression;
    } else if (!filter.accountIds.isEmpty()) {
        plan.driver = Plan::Driver::Accounts;
    }
    if (!filter.campaignIds.isEmpty()) {
        plan.conditions << inIds(QStringLiteral("t.campaign_id"), filter.campaignIds);
    }
    if (!filter.accountIds.isEmpty()) {
        plan.conditions << inIds(QStringLiteral("t.account_id"), filter.accountIds);
    }
    if (filter.from.isValid()) {
        plan.hasTimeRange = true;
        plan.conditions << sql(QStringLiteral("t.time >= ?"), {filter.from.toSecsSinceEpoch()});
    }
    if (filter.until.isValid()) {
        plan.hasTimeRange = true;
        plan.conditions << sql(QStringLiteral("t.time < ?"), {filter.until.toSecsSinceEpoch()});
    }
    if (!filter.language.isEmpty()) {
        plan.conditions << sql(QStringLiteral("t.language = ?"), {filter.language});
    }
    if (!filter.client.isEmpty()) {
        Statement client(db, "SELECT id FROM clients WHERE name = ?");
        client.bind(1, filter.client);
        if (client.next()) {
            plan.conditions << sql(QStringLiteral("t.client_id = ?"), {client.int64(0)});
        } else if (!client.ok()) {
            return failed(db, error);
        } else {
            plan.nothing = true;
        }
    }
    const unsigned kinds = filter.kinds & TweetFilter::AllKinds;
    if (kinds == 0) {
        plan.nothing = true;
    } else if (kinds != TweetFilter::AllKinds) {
        QList<std::int64_t> shown;
        for (int kind = 0; kind < 4; ++kind) {
            if (kinds & (1u << kind)) {
                shown << kind;
            }
        }
        plan.conditions << inIds(QStringLiteral("t.kind"), shown);
    }
    if (!filter.hashtag.trimmed().isEmpty()) {
        Statement hashtag(db, "SELECT id FROM hashtags WHERE tag = ?");
        hashtag.bind(1, foldedTag(filter.hashtag));
        if (hashtag.next()) {
            plan.conditions << sql(
                QStringLiteral("t.id IN (SELECT tweet_id FROM tweet_hashtags WHERE hashtag_id = ?)"),
                {hashtag.int64(0)});
        } else if (!hashtag.ok()) {
            return failed(db, error);
        } else {
            plan.nothing = true;
        }
    }
    if (!filter.mention.trimmed().isEmpty()) {
        QString mentionError;
        const QStringList userids = TweetListQuery::mentionUserids(db, filter.mention, &mentionError);
        if (!mentionError.isEmpty()) {
            if (error) {
                *error = mentionError;
            }
            return false;
        }
        plan.conditions << (sql(QStringLiteral("t.id IN (SELECT tweet_id FROM tweet_mentions WHERE "))
                            << inTexts(QStringLiteral("userid"), userids) << QStringLiteral(")"));
    }
    if (filter.media == TweetFilter::Media::With) {
        plan.conditions << sql(
            QStringLiteral("t.id IN (SELECT tweet_id FROM media WHERE tweet_id IS NOT NULL)"));
    } else if (filter.media == TweetFilter::Media::Without) {
        plan.conditions << sql(
            QStringLiteral("t.id NOT IN (SELECT tweet_id FROM media WHERE tweet_id IS NOT NULL)"));
    }
    if (!filter.category.trimmed().isEmpty()) {
        const QString category = filter.category.trimmed();
        plan.conditions << sql(
            QStringLiteral("t.account_id IN (SELECT id FROM accounts WHERE lower(category) = lower(?) "
                           "UNION SELECT l.account_id FROM account_links l JOIN accounts la ON "
                           "la.id = l.linked_account_id WHERE lower(la.category) = lower(?))"),
            {category, category});
    }
    if (filter.hasLocalTime()) {
        // The tweet's weekday and hour in the zone (a heatmap cell), by an SQL function of this connection.
        if (!ZoneOffsets::zoneFor(filter.timeZone).isValid()) {
            if (error) {
                *error = QStringLiteral("unknown time zone \u201c%1\u201d")
                             .arg(QString::fromLatin1(filter.timeZone));
            }
            return false;
        }
        if (!ZoneOffsets::registerSqlFunction(db)) {
            return failed(db, error);
        }
        const QString zone = QString::fromLatin1(filter.timeZone);
        const bool weekday = filter.localWeekday >= 1 && filter.localWeekday <= 7;
        const bool hour = filter.localHour >= 0 && filter.localHour <= 23;
        if (weekday && hour) {
            plan.conditions << sql(QStringLiteral("trove_local_weekhour(t.time, ?) = ?"),
                                   {zone, std::int64_t((filter.localWeekday - 1) * 24 + filter.localHour)});
        } else if (weekday) {
            plan.conditions << sql(QStringLiteral("trove_local_weekhour(t.time, ?) / 24 = ?"),
                                   {zone, std::int64_t(filter.localWeekday - 1)});
        } else {
            plan.conditions << sql(QStringLiteral("trove_local_weekhour(t.time, ?) % 24 = ?"),
                                   {zone, std::int64_t(filter.localHour)});
        }
    }
    if (plan.hasTimeRange && plan.driver != Plan::Driver::Accounts && !plan.nothing) {
        // Ids grow with time: bound the walk over ids (the time conditions stay, for exactness).
        if (filter.from.isValid()) {
            plan.idLow = TweetListQuery::firstIdAtOrAfter(db, filter.from.toSecsSinceEpoch(), error);
            if (plan.idLow < 0) {
                return false;
            }
        }
        if (filter.until.isValid()) {
            plan.idHigh = TweetListQuery::firstIdAtOrAfter(db, filter.until.toSecsSinceEpoch(), error);
            if (plan.idHigh < 0) {
                return false;
            }
        }
    }
    return true;
}

bool hasSyntheticIds(Database &db)
{
    // A rowid range: instant however large the table.
    return db.scalar("SELECT EXISTS(SELECT 1 FROM tweets WHERE id < 0)") != 0;
}

// One ordered statement yielding (id, time).
struct Stream
{
    Statement statement;
    bool has = false;
    std::int64_t id = 0;
    std::int64_t time = 0;

    void advance()
    {
        has = statement.next();
        if (has) {
            id = statement.int64(0);
            time = statement.int64(1);
        }
    }
};

class ChunkedSink
{
public:
    explicit ChunkedSink(const std::function<bool(const QList<std::int64_t> &)> &sink)
        : m_sink(sink)
    {
        m_chunk.reserve(TweetListQuery::ChunkSize);
    }
    // False when the sink asked to stop.
    bool add(std::int64_t id)
    {
        m_chunk.append(id);
        if (m_chunk.size() >= TweetListQuery::ChunkSize) {
            return flush();
        }
        return true;
    }
    bool flush()
    {
        if (m_chunk.isEmpty()) {
            return true;
        }
        const bool more = m_sink(m_chunk);
        m_chunk.clear();
        return more;
    }

private:
    const std::function<bool(const QList<std::int64_t> &)> &m_sink;
    QList<std::int64_t> m_chunk;
};

QString engagementOrder()
{
    return QStringLiteral(" ORDER BY coalesce(t.like_count, 0) + coalesce(t.retweet_count, 0) + "
                          "coalesce(t.reply_count, 0) + coalesce(t.quote_count, 0) DESC, t.time DESC, "
                          "t.id DESC");
}

} // namespace

bool TweetListQuery::collectIds(Database &db, const TweetFilter &filter, TweetOrder order,
                                const std::function<bool(const QList<std::int64_t> &)> &sink, QString *error)
{
    Plan plan;
    if (!makePlan(db, filter, plan, error)) {
        return false;
    }
    if (plan.nothing) {
        return true;
    }
    ChunkedSink chunks(sink);
    const bool newestFirst = order == TweetOrder::NewestFirst;
    const QString descending = newestFirst ? QStringLiteral(" DESC") : QString();

    if (order == TweetOrder::MostEngagement || plan.driver == Plan::Driver::Accounts) {
        // One statement: engagement needs a sort anyway, and an account's tweets come out of the
        // (account_id, time) index in (time, id) order, synthetic ids included.
        Sql query = sql(QStringLiteral("SELECT t.id")) << plan.from() << plan.where();
        query << (order == TweetOrder::MostEngagement
                      ? engagementOrder()
                      : QStringLiteral(" ORDER BY t.time%1, t.id%1").arg(descending));
        Statement statement;
        if (!prepare(db, statement, query, error)) {
            return false;
        }
        while (statement.next()) {
            if (!chunks.add(statement.int64(0))) {
                return true;
            }
        }
        if (!statement.ok()) {
            return failed(db, error);
        }
        chunks.flush();
        return true;
    }

    // Time order over ids: the real ids in id order, merged by time with the synthetic (negative) ids,
    // which are sorted by (time, id).
    const QString idColumn = plan.idColumn();
    Stream real;
    {
        Sql query = sql(QStringLiteral("SELECT t.id, t.time")) << plan.from() << plan.where();
        query << sql(QStringLiteral(" AND %1 >= ? AND %1 < ?").arg(idColumn),
                     {std::max<std::int64_t>(plan.idLow, 0), plan.idHigh});
        query << QStringLiteral(" ORDER BY %1%2").arg(idColumn, descending);
        if (!prepare(db, real.statement, query, error)) {
            return false;
        }
    }
    Stream synthetic;
    if (hasSyntheticIds(db)) {
        Sql query = sql(QStringLiteral("SELECT t.id, t.time")) << plan.from() << plan.where();
        query << QStringLiteral(" AND %1 < 0 ORDER BY t.time%2, t.id%2").arg(idColumn, descending);
        if (!prepare(db, synthetic.statement, query, error)) {
            return false;
        }
        synthetic.advance();
        if (!synthetic.statement.ok()) {
            return failed(db, error);
        }
    }
    real.advance();
    while (real.has || synthetic.has) {
        // (time, id) order; a synthetic id is always the smaller of two ids.
        bool takeReal = !synthetic.has;
        if (real.has && synthetic.has) {
            takeReal = newestFirst ? real.time >= synthetic.time : real.time < synthetic.time;
        }
        Stream &stream = takeReal ? real : synthetic;
        if (!chunks.add(stream.id)) {
            return true;
        }
        stream.advance();
    }
    if (!real.statement.ok() || (synthetic.statement.isValid() && !synthetic.statement.ok())) {
        return failed(db, error);
    }
    chunks.flush();
    return true;
}

std::int64_t TweetListQuery::count(Database &db, const TweetFilter &filter, QString *error)
{
    if (filter.isPlain()) {
        Sql query;
        if (filter.accountIds.isEmpty()) {
            query = sql(QStringLiteral("SELECT coalesce(sum(tweet_count), 0) FROM campaigns WHERE 1"));
            if (!filter.campaignIds.isEmpty()) {
                query << QStringLiteral(" AND ") << inIds(QStringLiteral("id"), filter.campaignIds);
            }
        } else {
            query = sql(QStringLiteral("SELECT coalesce(sum(tweet_count), 0) FROM accounts WHERE "))
                    << inIds(QStringLiteral("id"), filter.accountIds);
            if (!filter.campaignIds.isEmpty()) {
                query << QStringLiteral(" AND ") << inIds(QStringLiteral("campaign_id"), filter.campaignIds);
            }
        }
        Statement statement;
        if (!prepare(db, statement, query, error)) {
            return -1;
        }
        if (!statement.next()) {
            failed(db, error);
            return -1;
        }
        return statement.int64(0);
    }
    Plan plan;
    if (!makePlan(db, filter, plan, error)) {
        return -1;
    }
    if (plan.nothing) {
        return 0;
    }
    Sql query;
    if (plan.driver == Plan::Driver::Search && plan.conditions.isEmpty()) {
        // Nothing but the text: the index alone answers.
        query = sql(QStringLiteral("SELECT count(*) FROM search.tweet_search WHERE tweet_search MATCH ?"),
                    {plan.match});
    } else {
        query = sql(QStringLiteral("SELECT count(*)")) << plan.from() << plan.where();
        if (plan.driver != Plan::Driver::Accounts && plan.hasTimeRange) {
            // The bounds of the real ids, or any synthetic id (whose time the conditions check).
            query << sql(QStringLiteral(" AND ((%1 >= ? AND %1 < ?) OR %1 < 0)").arg(plan.idColumn()),
                         {std::max<std::int64_t>(plan.idLow, 0), plan.idHigh});
        }
    }
    Statement statement;
    if (!prepare(db, statement, query, error)) {
        return -1;
    }
    if (!statement.next()) {
        failed(db, error);
        return -1;
    }
    return statement.int64(0);
}

bool TweetListQuery::prepareFiltered(Database &db, const TweetFilter &filter, const QString &columns,
                                     const QString &join, const QString &tail, Statement *statement,
                                     bool *nothing, QString *error)
{
    *nothing = false;
    Plan plan;
    if (!makePlan(db, filter, plan, error)) {
        return false;
    }
    if (plan.nothing) {
        *nothing = true;
        return true;
    }
    Sql query = sql(QStringLiteral("SELECT ") + columns) << plan.from(join) << plan.where();
    if (plan.driver != Plan::Driver::Accounts && plan.hasTimeRange) {
        // As count(): the bounds of the real ids, or any synthetic id (whose time the conditions check).
        query << sql(QStringLiteral(" AND ((%1 >= ? AND %1 < ?) OR %1 < 0)").arg(plan.idColumn()),
                     {std::max<std::int64_t>(plan.idLow, 0), plan.idHigh});
    }
    query << tail;
    return prepare(db, *statement, query, error);
}

QStringList TweetListQuery::searchTerms(const TweetFilter &filter)
{
    if (filter.search.trimmed().isEmpty()) {
        return {};
    }
    const SearchQuery query = SearchQuery::parse(filter.search);
    if (!query.ok) {
        return {};
    }
    // SearchQuery drops the '*' of a prefix search from its terms: mark those terms again for highlighting.
    const QString typed = SearchNormalizer::normalized(filter.search);
    QStringList terms;
    for (const QString &term : query.terms) {
        const bool prefix = typed.contains(term + QLatin1Char('*')) ||
                            typed.contains(QLatin1Char('"') + term + QStringLiteral("\"*"));
        terms << (prefix ? term + QLatin1Char('*') : term);
    }
    return terms;
}

QStringList TweetListQuery::mentionUserids(Database &db, const QString &mention, QString *error)
{
    QString name = mention.trimmed();
    if (name.startsWith(QLatin1Char('@'))) {
        name.remove(0, 1);
    }
    QStringList userids;
    if (name.isEmpty()) {
        return userids;
    }
    userids << name;
    if (!name.startsWith(QLatin1String("handle:"))) {
        userids << QStringLiteral("handle:") + name.toLower();
    }
    // Screen names are few (one per account): a scan of the accounts is cheap.
    Statement accounts(db, "SELECT DISTINCT userid FROM accounts WHERE lower(screen_name) = lower(?) AND "
                           "hashed = 0");
    accounts.bind(1, name);
    while (accounts.next()) {
        const QString userid = accounts.text(0);
        if (!userids.contains(userid)) {
            userids << userid;
        }
    }
    if (!accounts.ok()) {
        failed(db, error);
        return {};
    }
    return userids;
}

namespace {

// The statements rows() needs, prepared once per call.
struct RowReader
{
    Statement tweet;
    Statement context;
    Statement replies;

    bool prepare(Database &db)
    {
        return tweet.prepare(
                   db,
                   "SELECT t.id, t.time, t.campaign_id, c.name, t.account_id, a.userid, a.hashed, "
                   "a.screen_name, a.display_name, a.alias, coalesce(a.category, (SELECT la.category FROM "
                   "account_links l JOIN accounts la ON la.id = l.linked_account_id WHERE l.account_id = "
                   "a.id AND la.category IS NOT NULL LIMIT 1)), t.language, cl.name, t.kind, t.text, "
                   "t.in_reply_to_tweet, t.in_reply_to_userid, t.quoted_tweet, t.retweet_of_tweet, "
                   "t.retweet_of_userid, t.like_count, t.retweet_count, t.reply_count, t.quote_count, "
                   "s.path, s.entry, t.source_record "
                   "FROM tweets t JOIN accounts a ON a.id = t.account_id "
                   "JOIN campaigns c ON c.id = t.campaign_id "
                   "LEFT JOIN clients cl ON cl.id = t.client_id "
                   "LEFT JOIN source_files s ON s.id = t.source_file_id WHERE t.id = ?") &&
               context.prepare(db, "SELECT t.id, t.account_id, a.hashed, a.screen_name, a.alias, a.userid, "
                                   "t.time, t.text FROM tweets t JOIN accounts a ON a.id = t.account_id "
                                   "WHERE t.id = ?") &&
               replies.prepare(db, "SELECT count(*) FROM tweets WHERE in_reply_to_tweet = ?");
    }

    static std::int64_t optionalCount(const Statement &statement, int column)
    {
        return statement.isNull(column) ? -1 : statement.int64(column);
    }

    // False when there is no such tweet (or on error: see tweet.ok()).
    bool read(std::int64_t id, TweetRow &row)
    {
        tweet.reset();
        tweet.bind(1, id);
        if (!tweet.next()) {
            return false;
        }
        row.id = tweet.int64(0);
        row.time = QDateTime::fromSecsSinceEpoch(tweet.int64(1), Qt::UTC);
        row.campaignId = tweet.int64(2);
        row.campaign = tweet.text(3);
        row.accountId = tweet.int64(4);
        row.userid = tweet.text(5);
        const bool hashed = tweet.int64(6) != 0;
        row.screenName = hashed ? QString() : tweet.text(7);
        row.displayName = hashed ? QString() : tweet.text(8);
        row.alias = tweet.text(9);
        row.category = tweet.text(10);
        row.language = tweet.text(11);
        row.client = tweet.text(12);
        row.kind = TweetKind(std::clamp<std::int64_t>(tweet.int64(13), 0, 3));
        row.text = tweet.text(14);
        row.inReplyToTweet = tweet.int64(15);
        row.inReplyToUserid = tweet.text(16);
        row.quotedTweet = tweet.int64(17);
        row.retweetOfTweet = tweet.int64(18);
        row.retweetOfUserid = tweet.text(19);
        row.likeCount = optionalCount(tweet, 20);
        row.retweetCount = optionalCount(tweet, 21);
        row.replyCount = optionalCount(tweet, 22);
        row.quoteCount = optionalCount(tweet, 23);
        const QString entry = tweet.text(25);
        row.sourceFile = entry.isEmpty() ? tweet.text(24) : tweet.text(24) + QStringLiteral(" › ") + entry;
        row.sourceRecord = tweet.int64(26);

        std::int64_t contextId = 0;
        switch (row.kind) {
        case TweetKind::Retweet:
            contextId = row.retweetOfTweet;
            break;
        case TweetKind::Reply:
            contextId = row.inReplyToTweet;
            break;
        case TweetKind::Quote:
            contextId = row.quotedTweet;
            break;
        case TweetKind::Original:
            break;
        }
        if (contextId == 0) {
            contextId = row.retweetOfTweet ? row.retweetOfTweet
                        : row.quotedTweet  ? row.quotedTweet
                                           : row.inReplyToTweet;
        }
        row.context = TweetContext();
        if (contextId != 0) {
            context.reset();
            context.bind(1, contextId);
            if (context.next()) {
                row.context.tweetId = context.int64(0);
                row.context.accountId = context.int64(1);
                const QString screenName = context.int64(2) != 0 ? QString() : context.text(3);
                row.context.author = !screenName.isEmpty()        ? screenName
                                     : !context.text(4).isEmpty() ? context.text(4)
                                                                  : context.text(5);
                row.context.time = QDateTime::fromSecsSinceEpoch(context.int64(6), Qt::UTC);
                row.context.text = context.text(7);
            }
        }
        replies.reset();
        replies.bind(1, row.id);
        row.repliesInArchive = replies.next() ? int(replies.int64(0)) : 0;
        row.mediaCount = 0;
        row.mediaIds.clear();
        row.mediaKinds.clear();
        row.hasMediaUrl = false;
        return true;
    }

    bool ok() const { return tweet.ok() && context.ok() && replies.ok(); }
};

} // namespace

QList<TweetRow> TweetListQuery::rows(Database &db, const QList<std::int64_t> &ids, QString *error)
{
    QList<TweetRow> result;
    if (ids.isEmpty()) {
        return result;
    }
    RowReader reader;
    if (!reader.prepare(db)) {
        failed(db, error);
        return {};
    }
    result.reserve(ids.size());
    for (const std::int64_t id : ids) {
        TweetRow row;
        if (reader.read(id, row)) {
            result.append(row);
        }
        if (!reader.ok()) {
            failed(db, error);
            return {};
        }
    }
    // Media counts and the first media ids of the whole page in one statement (one seek of media_by_tweet
    // per id; the few rows found are sorted into archive and entry order).
    Statement media;
    if (!prepare(db, media,
                 sql(QStringLiteral("SELECT tweet_id, id, kind FROM media WHERE tweet_id IN (SELECT value "
                                    "FROM json_each(?)) ORDER BY tweet_id, archive_id, entry_index"),
                     {idsJson(ids)}),
                 error)) {
        return {};
    }
    struct Media
    {
        int count = 0;
        QList<std::int64_t> ids;
        QList<MediaKind> kinds;
    };
    QHash<std::int64_t, Media> mediaOf;
    while (media.next()) {
        Media &entry = mediaOf[media.int64(0)];
        ++entry.count;
        if (entry.ids.size() < TweetRow::MaximumMediaIds) {
            entry.ids.append(media.int64(1));
            entry.kinds.append(mediaKindFromName(media.text(2)));
        }
    }
    if (!media.ok()) {
        failed(db, error);
        return {};
    }
    if (!mediaOf.isEmpty()) {
        for (TweetRow &row : result) {
            const auto found = mediaOf.constFind(row.id);
            if (found != mediaOf.constEnd()) {
                row.mediaCount = found->count;
                row.mediaIds = found->ids;
                row.mediaKinds = found->kinds;
            }
        }
    }
    return result;
}

TweetRow TweetListQuery::row(Database &db, std::int64_t id, QString *error)
{
    const QList<TweetRow> found = rows(db, {id}, error);
    return found.isEmpty() ? TweetRow() : found.first();
}

std::int64_t TweetListQuery::firstIdAtOrAfter(Database &db, std::int64_t time, QString *error)
{
    Statement probe(db, "SELECT id, time FROM tweets WHERE id >= ? ORDER BY id LIMIT 1");
    if (!probe.isValid()) {
        failed(db, error);
        return -1;
    }
    // The smallest x such that the first tweet at or after x is at or after time (or there is none).
    std::int64_t low = 0;
    std::int64_t high = std::numeric_limits<std::int64_t>::max();
    std::int64_t found = std::numeric_limits<std::int64_t>::max();
    while (low < high) {
        const std::int64_t middle = low + (high - low) / 2;
        probe.reset();
        probe.bind(1, middle);
        if (!probe.next()) {
            if (!probe.ok()) {
                failed(db, error);
                return -1;
            }
            high = middle;
            continue;
        }
        const std::int64_t id = probe.int64(0);
        if (probe.int64(1) >= time) {
            found = id;
            high = middle;
        } else {
            low = id + 1;
        }
    }
    return found;
}

} // namespace trove

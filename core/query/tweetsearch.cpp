#include "core/query/tweetsearch.h"

#include "core/db/database.h"
#include "core/db/searchindex.h"
#include "core/query/searchquery.h"

namespace trove {

SearchResult TweetSearch::run(Database &db, const QString &text, int limit)
{
    SearchResult result;
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.ok) {
        result.errorString = query.errorString;
        return result;
    }
    if (!SearchIndex::isAttached(db)) {
        result.errorString =
            QStringLiteral("this cache has no search index (import the archive again to rebuild it)");
        return result;
    }
    // FTS5 walks its index in rowid order, and tweet ids grow with time: newest first costs no sort.
    Statement statement(
        db, "SELECT t.id, t.time, c.name, a.userid, coalesce(a.alias, a.screen_name), t.language, "
            "t.text, s.path, s.entry, t.source_record FROM search.tweet_search "
            "JOIN tweets t ON t.id = tweet_search.rowid "
            "JOIN accounts a ON a.id = t.account_id "
            "JOIN campaigns c ON c.id = t.campaign_id "
            "JOIN source_files s ON s.id = t.source_file_id "
            "WHERE tweet_search MATCH ?1 ORDER BY tweet_search.rowid DESC LIMIT ?2");
    if (!statement.isValid()) {
        result.errorString = db.errorString();
        return result;
    }
    statement.bind(1, query.matchExpression);
    statement.bind(2, limit);
    while (statement.next()) {
        TweetHit hit;
        hit.tweetId = statement.int64(0);
        hit.time = QDateTime::fromSecsSinceEpoch(statement.int64(1), Qt::UTC);
        hit.campaign = statement.text(2);
        hit.userid = statement.text(3);
        hit.screenName = statement.text(4);
        hit.language = statement.text(5);
        hit.text = statement.text(6);
        const QString entry = statement.text(8);
        hit.sourceFile =
            entry.isEmpty() ? statement.text(7) : statement.text(7) + QStringLiteral(" › ") + entry;
        hit.sourceRecord = statement.int64(9);
        result.hits.append(hit);
    }
    if (!statement.ok()) {
        result.errorString = db.errorString();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace trove

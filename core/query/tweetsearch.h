#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>

namespace trove {

class Database;

/** One tweet found by a search, with what is needed to cite it. */
struct TweetHit
{
    std::int64_t tweetId = 0;
    QDateTime time; ///< UTC
    QString campaign;
    QString userid;
    QString screenName; ///< the alias for hashed accounts
    QString language;
    QString text;
    QString sourceFile; ///< "file.zip › entry.csv" or the file's path
    std::int64_t sourceRecord = 0;
};

struct SearchResult
{
    bool ok = false;
    QString errorString;
    QList<TweetHit> hits;
};

/**
 * Full-text search over tweet text, as the UI and `trove search` run it: the query is translated by
 * SearchQuery (phrases, AND/OR/NOT, prefix*), results newest first. Runs on the calling thread;
 * Database::interrupt() from another thread cancels it.
 */
class TweetSearch
{
public:
    static SearchResult run(Database &db, const QString &query, int limit = 100);
};

} // namespace trove

#pragma once

#include <QString>

namespace trove {

class Database;

/**
 * The calling thread's read-only connection to a cache, opened on first use and kept for as long as the
 * thread lives (a pool thread closes it when it expires), so that the many small reads of the browser
 * (a page of tweets, an account's dossier) do not each pay for opening the cache and attaching its
 * search index. One connection per thread: a Database is never shared between threads.
 *
 * Asking for another cache closes the thread's connection to the previous one. When the search index did
 * not exist at the first open (a cache whose first import had not started), it is attached once it does.
 */
class ReadConnection
{
public:
    /** The connection, or nullptr with @p error set when the cache cannot be opened read-only. */
    static Database *forThisThread(const QString &cachePath, QString *error = nullptr);

    /** Closes the calling thread's connection (before a cache file is removed, for instance). */
    static void closeForThisThread();
};

} // namespace trove

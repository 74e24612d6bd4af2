#pragma once

#include "core/db/database.h"

#include <QString>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace trove {

/** Tweets for the full-text index: ids and their normalised texts, packed. */
struct SearchBatch
{
    std::vector<std::int64_t> ids;
    std::vector<std::uint32_t> ends; ///< end offset of each text in `text`
    std::string text;

    void add(std::int64_t id, std::string_view searchText)
    {
        ids.push_back(id);
        text.append(searchText);
        ends.push_back(std::uint32_t(text.size()));
    }
    bool empty() const { return ids.empty(); }
};

/**
 * Fills the full-text index (the cache's "-search" file, see core/db/searchindex.h) on a thread of its own,
 * so that FTS5's tokenising runs beside the main writer instead of after it. It commits only when told that
 * the main file has committed the same tweets, so the index is never ahead of the tweets table; if the
 * process dies in between, catchUp() brings the index level on the next import.
 */
class SearchIndexWriter
{
public:
    SearchIndexWriter() = default;
    ~SearchIndexWriter();

    /** Opens the search file of @p cachePath for writing. */
    bool open(const QString &cachePath);

    /**
     * Indexes the tweets of @p main that an interrupted import committed to the tweets table but not to the
     * index (or all of them, when the index file was lost). Runs on the calling thread, before start().
     * Returns the number of tweets indexed, or -1 on error.
     */
    std::int64_t catchUp(Database &main);

    /** Forgets the progress recorded for @p sourceFileId (the file changed and is read again). */
    bool resetSource(std::int64_t sourceFileId);

    void start();
    /** Queues tweets to index; blocks while the queue is full. */
    void add(SearchBatch batch);
    /** Queues a commit recording, per source file, the records that the main file has committed. */
    void commit(std::vector<std::pair<std::int64_t, std::int64_t>> progress);
    /** Drains the queue, commits what was committed in the main file, stops the thread. */
    bool finish();

    QString errorString() const;

private:
    struct Command
    {
        SearchBatch batch;
        std::vector<std::pair<std::int64_t, std::int64_t>> progress;
        bool isCommit = false;
    };
    void run();
    bool insert(const SearchBatch &batch);
    bool writeCommit(const std::vector<std::pair<std::int64_t, std::int64_t>> &progress);

    Database m_db;
    Statement m_insert;
    Statement m_progress;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Command> m_queue;
    bool m_stopping = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace trove

#include "core/import/searchindexwriter.h"

#include "core/db/searchindex.h"
#include "core/text/searchnormalizer.h"

namespace trove {

namespace {

// Batches of about 4,000 tweets; the index may fall this far behind the main writer, which lets the main
// writer finish (and build its indexes) while the last batches are still being tokenised.
constexpr size_t QueueLimit = 24;

} // namespace

SearchIndexWriter::~SearchIndexWriter()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_changed.notify_all();
        }
        m_thread.join();
    }
}

bool SearchIndexWriter::open(const QString &cachePath)
{
    if (!m_db.openFile(SearchIndex::pathFor(cachePath), Database::Mode::ReadWrite) ||
        !SearchIndex::migrate(m_db, QStringLiteral("main"))) {
        m_error = m_db.errorString();
        return false;
    }
    // FTS5 keeps pending terms in memory up to 'hashsize' before writing a segment: fewer, larger segments
    // mean less merging while ten million tweets go in.
    m_db.exec("INSERT INTO tweet_search(tweet_search, rank) VALUES('hashsize', 16777216)");
    m_db.exec("INSERT INTO tweet_search(tweet_search, rank) VALUES('automerge', 8)");
    m_db.exec("PRAGMA cache_size=-32768; PRAGMA synchronous=OFF"); // as the main writer; synced in finish()
    if (!m_insert.prepare(m_db, "INSERT INTO tweet_search(rowid, text) VALUES(?, ?)") ||
        !m_progress.prepare(m_db, "INSERT INTO search_progress(source_file_id, records_done) VALUES(?1, ?2) "
                                  "ON CONFLICT(source_file_id) DO UPDATE SET records_done=?2")) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

std::int64_t SearchIndexWriter::catchUp(Database &main)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> behind;
    {
        Statement sources(main,
                          "SELECT id, records_done FROM source_files WHERE format IN "
                          "('twitter-tweets', 'fivethirtyeight-tweets', 'nbc-tweets') AND records_done > 0");
        Statement indexed(m_db, "SELECT records_done FROM search_progress WHERE source_file_id=?");
        while (sources.next()) {
            indexed.bind(1, sources.int64(0));
            const std::int64_t done = indexed.next() ? indexed.int64(0) : 0;
            indexed.reset();
            if (done < sources.int64(1)) {
                behind.emplace_back(sources.int64(0), done);
            }
        }
        if (!sources.ok()) {
            m_error = main.errorString();
            return -1;
        }
    }
    if (behind.empty()) {
        return 0;
    }
    std::int64_t added = 0;
    Transaction transaction(m_db);
    Statement tweets(main, "SELECT id, text FROM tweets WHERE source_file_id=? AND source_record>?");
    // The index may hold some of these already (a file read again after it changed): never add one twice.
    Statement exists(m_db, "SELECT 1 FROM tweet_search_docsize WHERE id=?");
    std::string normalized;
    for (const auto &[sourceFileId, done] : behind) {
        tweets.bind(1, sourceFileId);
        tweets.bind(2, done);
        while (tweets.next()) {
            const std::int64_t id = tweets.int64(0);
            exists.bind(1, id);
            const bool present = exists.next();
            exists.reset();
            if (present) {
                continue;
            }
            const QByteArray text = tweets.bytes(1);
            std::string_view view(text.constData(), size_t(text.size()));
            if (SearchNormalizer::normalize(view, normalized)) {
                view = normalized;
            }
            m_insert.bind(1, id);
            m_insert.bindText(2, view.data(), std::int64_t(view.size()));
            if (!m_insert.run()) {
                m_error = m_db.errorString();
                return -1;
            }
            ++added;
        }
        tweets.reset();
    }
    Statement sources(main, "SELECT id, records_done FROM source_files WHERE format IN ('twitter-tweets', "
                            "'fivethirtyeight-tweets', 'nbc-tweets')");
    while (sources.next()) {
        m_progress.bind(1, sources.int64(0));
        m_progress.bind(2, sources.int64(1));
        m_progress.run();
    }
    if (!transaction.commit()) {
        m_error = m_db.errorString();
        return -1;
    }
    return added;
}

bool SearchIndexWriter::resetSource(std::int64_t sourceFileId)
{
    m_progress.bind(1, sourceFileId);
    m_progress.bind(2, std::int64_t(0));
    if (!m_progress.run()) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

void SearchIndexWriter::start()
{
    m_thread = std::thread([this] { run(); });
}

void SearchIndexWriter::add(SearchBatch batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < QueueLimit || m_failed; });
    if (m_failed) {
        return;
    }
    Command command;
    command.batch = std::move(batch);
    m_queue.push_back(std::move(command));
    m_changed.notify_all();
}

void SearchIndexWriter::commit(std::vector<std::pair<std::int64_t, std::int64_t>> progress)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < QueueLimit || m_failed; });
    Command command;
    command.progress = std::move(progress);
    command.isCommit = true;
    m_queue.push_back(std::move(command));
    m_changed.notify_all();
}

bool SearchIndexWriter::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable()) {
        m_thread.join();
    }
    m_db.exec("PRAGMA synchronous=NORMAL; PRAGMA wal_checkpoint(TRUNCATE)");
    std::lock_guard lock(m_mutex);
    return !m_failed;
}

QString SearchIndexWriter::errorString() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

void SearchIndexWriter::run()
{
    bool inTransaction = false;
    for (;;) {
        Command command;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
            if (m_queue.empty()) {
                break; // stopping, and everything queued is done
            }
            command = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        bool ok = true;
        if (!inTransaction) {
            ok = m_db.exec("BEGIN IMMEDIATE");
            inTransaction = ok;
        }
        if (ok) {
            if (command.isCommit) {
                ok = writeCommit(command.progress) && m_db.exec("COMMIT");
                inTransaction = false;
            } else {
                ok = insert(command.batch);
            }
        }
        if (!ok) {
            std::lock_guard lock(m_mutex);
            m_failed = true;
            m_error = QStringLiteral("writing the search index failed: %1").arg(m_db.errorString());
            m_queue.clear();
            m_changed.notify_all();
            break;
        }
    }
    if (inTransaction) {
        // Tweets queued after the last commit of the main file: that file rolled them back, so must we.
        m_db.exec("ROLLBACK");
    }
}

bool SearchIndexWriter::insert(const SearchBatch &batch)
{
    std::uint32_t start = 0;
    for (size_t i = 0; i < batch.ids.size(); ++i) {
        m_insert.bind(1, batch.ids[i]);
        m_insert.bindText(2, batch.text.data() + start, std::int64_t(batch.ends[i] - start));
        if (!m_insert.run()) {
            return false;
        }
        start = batch.ends[i];
    }
    return true;
}

bool SearchIndexWriter::writeCommit(const std::vector<std::pair<std::int64_t, std::int64_t>> &progress)
{
    for (const auto &[sourceFileId, recordsDone] : progress) {
        m_progress.bind(1, sourceFileId);
        m_progress.bind(2, recordsDone);
        if (!m_progress.run()) {
            return false;
        }
    }
    return true;
}

} // namespace trove

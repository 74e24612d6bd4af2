#include "core/db/database.h"

#include "core/db/schema.h"
#include "core/db/searchindex.h"

#include <sqlite3.h>

#include <utility>

namespace trove {

Database::~Database()
{
    close();
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_error(std::move(other.m_error))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool Database::openFile(const QString &path, Mode mode)
{
    close();
    m_path = path;
    const int flags =
        (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
        SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        fail(QStringLiteral("cannot open cache %1").arg(path));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // A reader waits briefly for the importer's checkpoint instead of failing with SQLITE_BUSY.
    sqlite3_busy_timeout(m_db, 5000);
    // Temporary data (sorts while an index is built, large ORDER BYs) goes to temporary files, never to
    // memory: at ten million tweets it would be hundreds of MB.
    if (!exec("PRAGMA foreign_keys=OFF; PRAGMA cache_size=-32768; PRAGMA temp_store=FILE;")) {
        return false;
    }
    // 16 KB pages for new files (no effect on existing ones): a cache is millions of rows written in bulk and
    // read in scans, and larger pages cut the per-page work of writing, logging and checkpointing. Measured
    // on the 1M-tweet import: 19.1 s of CPU instead of 21.6 s with 4 KB pages.
    if (mode == Mode::ReadWrite && !exec("PRAGMA page_size=16384")) {
        return false;
    }
    if (mode == Mode::ReadWrite && !exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")) {
        return false;
    }
    return true;
}

bool Database::open(const QString &path, Mode mode, SearchIndex searchIndex)
{
    if (!openFile(path, mode)) {
        return false;
    }
    if (!(mode == Mode::ReadWrite ? Schema::migrate(*this) : Schema::check(*this))) {
        return false;
    }
    if (searchIndex == SearchIndex::Attach) {
        return trove::SearchIndex::attach(*this, mode == Mode::ReadOnly);
    }
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::int64_t Database::scalar(const char *sql, std::int64_t fallback)
{
    Statement statement(*this, sql);
    if (statement.next()) {
        return statement.int64(0);
    }
    return fallback;
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::setCancelFlag(const std::atomic_bool *flag)
{
    if (!flag) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 20000,
        [](void *context) -> int { return static_cast<const std::atomic_bool *>(context)->load() ? 1 : 0; },
        const_cast<std::atomic_bool *>(flag));
}

void Database::interrupt()
{
    if (m_db) {
        sqlite3_interrupt(m_db);
    }
}

bool Database::fail(const QString &context)
{
    m_error =
        context + QStringLiteral(": ") + QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "out of memory");
    return false;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_ok(other.m_ok)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_ok = other.m_ok;
    }
    return *this;
}

bool Statement::prepare(Database &db, const char *sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = &db;
    m_ok = sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
    if (!m_ok) {
        db.fail(QStringLiteral("cannot prepare \"%1\"").arg(QString::fromUtf8(sql).simplified()));
    }
    return m_ok;
}

void Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindText(int index, const char *data, std::int64_t size)
{
    sqlite3_bind_text64(m_stmt, index, data ? data : "", sqlite3_uint64(size), SQLITE_STATIC, SQLITE_UTF8);
}

void Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                        SQLITE_UTF8);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::next()
{
    if (!m_stmt) {
        m_ok = false;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    m_ok = rc == SQLITE_DONE;
    if (!m_ok && m_db) {
        m_db->fail(QStringLiteral("query failed"));
    }
    return false;
}

bool Statement::run()
{
    next();
    const bool ok = m_ok;
    reset();
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::errorString() const
{
    return m_db ? m_db->errorString() : QString();
}

Transaction::Transaction(Database &db, const char *begin)
    : m_db(db)
{
    m_active = m_db.exec(begin);
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.exec("ROLLBACK");
    }
}

bool Transaction::commit()
{
    if (!m_active) {
        return false;
    }
    m_active = false;
    if (!m_db.exec("COMMIT")) {
        m_db.exec("ROLLBACK");
        return false;
    }
    return true;
}

} // namespace trove

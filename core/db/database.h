#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace trove {

class Statement;

/**
 * An owned SQLite connection (one per thread: never share a Database between threads).
 *
 * Errors are values: every fallible call returns bool and leaves the reason in errorString().
 */
class Database
{
public:
    enum class Mode { ReadOnly, ReadWrite };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    enum class SearchIndex { Attach, Leave };

    /**
     * Opens (ReadWrite: creating if missing) the cache at @p path, in WAL mode so that readers never wait
     * for the importer, and brings its schema up to date (ReadWrite only). The full-text index, kept in a
     * file of its own beside the cache (see core/db/searchindex.h), is attached as schema "search" unless
     * @p searchIndex is Leave (the importer's main writer, which must not lock it).
     * Returns false with errorString() set when the file cannot be opened, is not a Trove cache, or comes
     * from a newer Trove.
     */
    bool open(const QString &path, Mode mode = Mode::ReadWrite,
              SearchIndex searchIndex = SearchIndex::Attach);

    /** Opens @p path as an SQLite file with Trove's connection settings, without any schema work. */
    bool openFile(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /** Runs one or more statements that return no rows. */
    bool exec(const char *sql);
    bool exec(const QString &sql) { return exec(sql.toUtf8().constData()); }

    /** Runs a query returning one integer (first column of the first row); @p fallback when there is no row.
     */
    std::int64_t scalar(const char *sql, std::int64_t fallback = 0);

    /** The rowid of the last row inserted on this connection. */
    std::int64_t lastInsertId() const;
    /** Rows changed by the last INSERT/UPDATE/DELETE on this connection. */
    int changes() const;

    /** Interrupts a statement running on this connection from any thread (sqlite3_interrupt is thread-safe).
     */
    void interrupt();

    /**
     * While @p flag is set to true, statements on this connection stop with SQLITE_INTERRUPT within a few
     * milliseconds (checked by an SQLite progress handler). nullptr removes the handler.
     */
    void setCancelFlag(const std::atomic_bool *flag);

    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    /** Sets errorString() from the connection's last error, prefixed with @p context; returns false. */
    bool fail(const QString &context);
    /** Sets errorString() to @p message; returns false. */
    bool setError(const QString &message)
    {
        m_error = message;
        return false;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_error;
};

/** A prepared statement, reset and reused by the caller; binds are 1-based like SQLite's. */
class Statement
{
public:
    Statement() = default;
    Statement(Database &db, const char *sql) { prepare(db, sql); }
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool prepare(Database &db, const char *sql);
    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, std::int64_t(value)); }
    void bind(int index, long long value) { bind(index, std::int64_t(value)); }
    void bind(int index, double value);
    /** Binds UTF-8 text without copying: @p data must stay valid until the statement is stepped/reset. */
    void bindText(int index, const char *data, std::int64_t size);
    void bind(int index, const QByteArray &utf8) { bindText(index, utf8.constData(), utf8.size()); }
    void bind(int index, const QString &text);
    void bindNull(int index);

    /** Steps once: true when a row is available; false when done or on error (see ok()). */
    bool next();
    /** Steps a statement returning no rows; false on error. */
    bool run();
    void reset();
    bool ok() const { return m_ok; }

    int columnCount() const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    bool isNull(int column) const;

    QString errorString() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    Database *m_db = nullptr;
    bool m_ok = true;
};

/**
 * Sets a connection's cancel flag (Database::setCancelFlag) for a scope and clears it however the scope
 * ends; a null flag sets nothing.
 */
class CancelScope
{
public:
    CancelScope(Database &db, const std::atomic_bool *flag)
        : m_db(db)
        , m_set(flag != nullptr)
    {
        if (m_set) {
            m_db.setCancelFlag(flag);
        }
    }
    ~CancelScope()
    {
        if (m_set) {
            m_db.setCancelFlag(nullptr);
        }
    }
    CancelScope(const CancelScope &) = delete;
    CancelScope &operator=(const CancelScope &) = delete;

private:
    Database &m_db;
    bool m_set;
};

/** RAII transaction: rolls back unless commit() succeeded. */
class Transaction
{
public:
    explicit Transaction(Database &db, const char *begin = "BEGIN IMMEDIATE");
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace trove

#include "core/db/searchindex.h"

#include "core/db/database.h"

#include <QFileInfo>
#include <QUrl>

namespace trove {

namespace {

constexpr int SearchApplicationId = 0x54525358; // "TRSX"
constexpr int SearchVersion = 1;

} // namespace

QString SearchIndex::pathFor(const QString &cachePath)
{
    return cachePath + QStringLiteral("-search");
}

bool SearchIndex::attach(Database &db, bool readOnly)
{
    const QString path = pathFor(db.path());
    if (readOnly && !QFileInfo::exists(path)) {
        return true;
    }
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setScheme(QStringLiteral("file"));
    const QString spec = uri.toString(QUrl::FullyEncoded) +
                         (readOnly ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=rwc"));
    Statement statement(db, "ATTACH DATABASE ? AS search");
    statement.bind(1, spec);
    if (!statement.run()) {
        return db.setError(QStringLiteral("cannot open the search index %1: %2").arg(path, db.errorString()));
    }
    if (readOnly) {
        return true;
    }
    return db.exec("PRAGMA search.journal_mode=WAL; PRAGMA search.synchronous=NORMAL") &&
           migrate(db, QStringLiteral("search"));
}

bool SearchIndex::migrate(Database &db, const QString &schema)
{
    const auto version = db.scalar(QStringLiteral("PRAGMA %1.user_version").arg(schema).toUtf8().constData());
    if (version == SearchVersion) {
        return true;
    }
    if (version > SearchVersion) {
        return db.setError(
            QStringLiteral("the search index of %1 was written by a newer Trove").arg(db.path()));
    }
    Transaction transaction(db);
    const QString sql =
        QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS %1.tweet_search USING fts5(text, content='', "
                       "tokenize='unicode61 remove_diacritics 2');"
                       "CREATE TABLE IF NOT EXISTS %1.search_progress(source_file_id INTEGER PRIMARY KEY, "
                       "records_done INTEGER NOT NULL);"
                       "PRAGMA %1.application_id=%2; PRAGMA %1.user_version=%3;")
            .arg(schema)
            .arg(SearchApplicationId)
            .arg(SearchVersion);
    if (!transaction.isActive() || !db.exec(sql) || !transaction.commit()) {
        return db.setError(QStringLiteral("cannot create the search index: %1").arg(db.errorString()));
    }
    return true;
}

bool SearchIndex::isAttached(Database &db)
{
    return db.scalar("SELECT count(*) FROM pragma_database_list WHERE name='search'") > 0 &&
           db.scalar("SELECT count(*) FROM search.sqlite_schema WHERE name='tweet_search'", 0) > 0;
}

} // namespace trove

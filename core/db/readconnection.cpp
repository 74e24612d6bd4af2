#include "core/db/readconnection.h"

#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/db/searchindex.h"

#include <QFileInfo>

#include <memory>

namespace trove {

namespace {

struct ThreadConnection
{
    QString path;
    std::unique_ptr<Database> db;
};

thread_local ThreadConnection t_connection;

} // namespace

Database *ReadConnection::forThisThread(const QString &cachePath, QString *error)
{
    ThreadConnection &connection = t_connection;
    if (connection.db && connection.path == cachePath) {
        if (connection.db->scalar("SELECT count(*) FROM pragma_database_list WHERE name='search'") == 0 &&
            QFileInfo::exists(SearchIndex::pathFor(cachePath))) {
            // Created since this connection opened: attach it now (a failure leaves searches saying so).
            SearchIndex::attach(*connection.db, true);
        }
        return connection.db.get();
    }
    closeForThisThread();
    // A cache written by an older Trove is upgraded once; read-only connections cannot do it.
    if (!Schema::upgradeIfOutdated(cachePath, error)) {
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    if (!db->open(cachePath, Database::Mode::ReadOnly)) {
        if (error) {
            *error = db->errorString();
        }
        return nullptr;
    }
    connection.path = cachePath;
    connection.db = std::move(db);
    return connection.db.get();
}

void ReadConnection::closeForThisThread()
{
    t_connection.db.reset();
    t_connection.path.clear();
}

} // namespace trove

#include "ui/cachesnapshotloader.h"

#include "core/db/database.h"
#include "core/db/schema.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

namespace {

// What one background read of the cache found.
struct CacheSnapshot
{
    bool ok = false;
    QString errorString;
    QList<CampaignSummary> campaigns;
};

// Runs on a worker of the pool, with a connection of its own that lives only as long as the task.
CacheSnapshot readCache(const QString &path)
{
    CacheSnapshot snapshot;
    const QFileInfo info(path);
    if (!info.exists() || Schema::isOutdated(path)) {
        // A read-only connection can neither create the file and its schema nor upgrade a cache written by
        // an older Trove: do that once, read-write (a file that is not a Trove cache is refused there).
        QDir().mkpath(info.absolutePath());
        Database creator;
        if (!creator.open(path, Database::Mode::ReadWrite)) {
            snapshot.errorString = creator.errorString();
            return snapshot;
        }
    }
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly)) {
        snapshot.errorString = db.errorString();
        return snapshot;
    }
    snapshot.campaigns = CacheSummary::campaigns(db, &snapshot.errorString);
    snapshot.ok = snapshot.errorString.isEmpty();
    return snapshot;
}

} // namespace

CacheSnapshotLoader::CacheSnapshotLoader(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{}

void CacheSnapshotLoader::setCachePath(const QString &path)
{
    m_cachePath = path;
    ++m_generation;
}

void CacheSnapshotLoader::load()
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    if (m_running) {
        m_loadAgain = true;
        return;
    }
    m_running = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<CacheSnapshot>(this);
    connect(watcher, &QFutureWatcher<CacheSnapshot>::finished, this, [this, watcher, generation] {
        const CacheSnapshot snapshot = watcher->result();
        watcher->deleteLater();
        m_running = false;
        // A result for a cache that is no longer shown is dropped.
        if (generation == m_generation) {
            emit loaded(snapshot.ok, snapshot.errorString, snapshot.campaigns);
        }
        if (m_loadAgain) {
            m_loadAgain = false;
            load();
        }
    });
    watcher->setFuture(QtConcurrent::run(m_pool, readCache, m_cachePath));
}

} // namespace trove

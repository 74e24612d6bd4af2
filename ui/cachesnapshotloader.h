#pragma once

#include "core/query/cachesummary.h"

#include <QList>
#include <QObject>
#include <QString>

class QThreadPool;

namespace trove {

/**
 * Reads what a cache holds (one CampaignSummary per campaign) on a worker of a pool, each read with a
 * read-only Database of its own that lives only as long as the task, and reports on the GUI thread.
 * One read runs at a time; asking again meanwhile reads once more when it ends. A generation counter drops
 * the results of a cache that is no longer the one set.
 */
class CacheSnapshotLoader : public QObject
{
    Q_OBJECT

public:
    /** Runs its reads on @p pool, which must outlive the reads (wait for it before it goes away). */
    explicit CacheSnapshotLoader(QThreadPool *pool, QObject *parent = nullptr);

    /** Reads @p path from now on; a read of the previous cache still running is dropped when it ends. */
    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }

public slots:
    /** Reads the cache in the background (creating it when missing); nothing happens without a path. */
    void load();

signals:
    /** A read of the current cache has ended; @p ok false: @p errorString says why. */
    void loaded(bool ok, const QString &errorString, const QList<trove::CampaignSummary> &campaigns);

private:
    QThreadPool *m_pool = nullptr;
    QString m_cachePath;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_loadAgain = false;
};

} // namespace trove

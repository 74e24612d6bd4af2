#include "ui/campaignrenamer.h"

#include "core/db/database.h"
#include "core/query/cachesummary.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

CampaignRenamer::CampaignRenamer(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{}

void CampaignRenamer::rename(const QString &cachePath, std::int64_t campaignId, const QString &name)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        emit finished(error);
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [cachePath, campaignId, name] {
        Database db;
        if (!db.open(cachePath, Database::Mode::ReadWrite)) {
            return db.errorString();
        }
        QString error;
        CacheSummary::renameCampaign(db, campaignId, name, &error);
        return error;
    }));
}

} // namespace trove

#pragma once

#include <QObject>
#include <QString>

#include <cstdint>

class QThreadPool;

namespace trove {

/**
 * Renames campaigns in a cache on a worker of a pool, each rename with a read-write Database of its own,
 * and reports on the GUI thread.
 */
class CampaignRenamer : public QObject
{
    Q_OBJECT

public:
    /** Runs its renames on @p pool, which must outlive them (wait for it before it goes away). */
    explicit CampaignRenamer(QThreadPool *pool, QObject *parent = nullptr);

    /** Stores @p name for the campaign @p campaignId of the cache at @p cachePath, in the background. */
    void rename(const QString &cachePath, std::int64_t campaignId, const QString &name);

signals:
    /** A rename has ended: @p errorString is empty when it was stored, else it says why not. */
    void finished(const QString &errorString);

private:
    QThreadPool *m_pool = nullptr;
};

} // namespace trove

#pragma once

#include "core/export/accountexport.h"
#include "core/export/tweetexport.h"
#include "core/media/mediaexport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

class QThreadPool;

namespace trove {

class Database;
struct AccountRecord;

/**
 * Runs one export at a time on a worker of a pool (TweetExport or MediaExport on the worker's read
 * connection to the cache, or AccountExport) and reports on the GUI thread: started(), progressChanged() now
 * and then, and finished() once per started(), also after cancel() (with result.cancelled, and no file
 * written).
 */
class ExportController : public QObject
{
    Q_OBJECT

public:
    /** Runs its exports on @p pool, which must outlive them (the destructor cancels and waits). */
    explicit ExportController(QThreadPool *pool, QObject *parent = nullptr);
    ~ExportController() override;

    /** Exports tweets of the cache at @p cachePath; false (nothing emitted) while another export runs. */
    bool exportTweets(const QString &cachePath, const TweetExportOptions &options);
    /** Exports @p accounts (plain data: the browser's list); false while another export runs. */
    bool exportAccounts(const QList<AccountRecord> &accounts, const AccountExportOptions &options);
    /**
     * Copies the media of a selection of the cache at @p cachePath into a folder with a manifest
     * (MediaExport); the result's written/failed count files, its outputPath is the manifest. False while
     * another export runs.
     */
    bool exportMedia(const QString &cachePath, const MediaExportOptions &options);

    bool isRunning() const { return m_running; }
    /** The file the running (or last) export writes. */
    QString outputPath() const { return m_outputPath; }

    /** Blocks until the running export, if any, has ended (used on shutdown). */
    void waitForFinished();

public slots:
    /** Stops the running export; finished() follows with result.cancelled and no file is left. */
    void cancel();

signals:
    void started(const QString &outputPath);
    /** @p done of @p total rows written; a last report with done == total precedes a successful finished().
     */
    void progressChanged(qint64 done, qint64 total);
    void finished(const trove::ExportResult &result);

private:
    /** Reports rows (files) done of all from a worker. */
    using Progress = std::function<void(std::int64_t done, std::int64_t all)>;
    /** An export from the cache, run with the worker's read connection. */
    using CacheJob = std::function<ExportResult(Database &db, const Progress &progress)>;

    bool begin(const QString &outputPath);
    /** Emits started() and runs @p job on the pool with a read connection to @p cachePath. */
    void startOnCache(const QString &cachePath, CacheJob job);
    void handleProgress(int value);
    void handleFinished();

    QThreadPool *m_pool = nullptr;
    QFutureWatcher<ExportResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic<std::int64_t>> m_total;
    QString m_outputPath;
    bool m_running = false;
};

} // namespace trove

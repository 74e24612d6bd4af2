#include "ui/exportcontroller.h"

#include "core/db/readconnection.h"
#include "core/query/accountlist.h"

#include <QDir>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace trove {

namespace {

// QFuture progress is an int: rows are reported as they are up to its range, which no cache reaches.
int progressValue(std::int64_t value)
{
    return int(qMin<std::int64_t>(value, std::numeric_limits<int>::max()));
}

} // namespace

ExportController::ExportController(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{
    connect(&m_watcher, &QFutureWatcher<ExportResult>::progressValueChanged, this,
            &ExportController::handleProgress);
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, &ExportController::handleFinished);
}

ExportController::~ExportController()
{
    cancel();
    waitForFinished();
}

bool ExportController::begin(const QString &outputPath)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    m_outputPath = outputPath;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_total = std::make_shared<std::atomic<std::int64_t>>(0);
    return true;
}

void ExportController::startOnCache(const QString &cachePath, CacheJob job)
{
    const auto total = m_total;
    const QString outputPath = m_outputPath;
    emit started(outputPath);
    m_watcher.setFuture(QtConcurrent::run(
        m_pool, [cachePath, job = std::move(job), total, outputPath](QPromise<ExportResult> &promise) {
            QString error;
            Database *db = ReadConnection::forThisThread(cachePath, &error);
            if (!db) {
                ExportResult result;
                result.outputPath = outputPath;
                result.errorString = error;
                promise.addResult(result);
                return;
            }
            promise.setProgressRange(0, std::numeric_limits<int>::max());
            promise.addResult(job(*db, [&promise, &total](std::int64_t done, std::int64_t all) {
                total->store(all);
                promise.setProgressValue(progressValue(done));
            }));
        }));
}

bool ExportController::exportTweets(const QString &cachePath, const TweetExportOptions &options)
{
    if (!begin(options.outputPath)) {
        return false;
    }
    const auto cancelFlag = m_cancelFlag;
    startOnCache(cachePath, [options, cancelFlag](Database &db, const Progress &progress) {
        return TweetExport::run(db, options, cancelFlag.get(), progress);
    });
    return true;
}

bool ExportController::exportAccounts(const QList<AccountRecord> &accounts,
                                      const AccountExportOptions &options)
{
    if (!begin(options.outputPath)) {
        return false;
    }
    const auto cancelFlag = m_cancelFlag;
    const auto total = m_total;
    total->store(accounts.size());
    emit started(options.outputPath);
    m_watcher.setFuture(
        QtConcurrent::run(m_pool, [accounts, options, cancelFlag, total](QPromise<ExportResult> &promise) {
            promise.setProgressRange(0, std::numeric_limits<int>::max());
            promise.addResult(AccountExport::run(accounts, options, cancelFlag.get(),
                                                 [&promise](std::int64_t done, std::int64_t) {
                                                     promise.setProgressValue(progressValue(done));
                                                 }));
        }));
    return true;
}

bool ExportController::exportMedia(const QString &cachePath, const MediaExportOptions &options)
{
    if (!begin(QDir(options.outputDirectory).filePath(QStringLiteral("manifest.csv")))) {
        return false;
    }
    const auto cancelFlag = m_cancelFlag;
    const QString outputPath = m_outputPath;
    startOnCache(cachePath, [options, cancelFlag, outputPath](Database &db, const Progress &progress) {
        const MediaExportResult media = MediaExport::run(db, options, progress, cancelFlag.get());
        ExportResult result;
        result.ok = media.ok && !media.cancelled;
        result.cancelled = media.cancelled;
        result.errorString = media.errorString;
        result.written = media.filesWritten;
        result.failed = media.failed;
        result.outputPath = media.manifestPath.isEmpty() ? outputPath : media.manifestPath;
        return result;
    });
    return true;
}

void ExportController::cancel()
{
    if (m_running && m_cancelFlag) {
        m_cancelFlag->store(true);
    }
}

void ExportController::waitForFinished()
{
    if (m_running) {
        m_watcher.waitForFinished();
    }
}

void ExportController::handleProgress(int value)
{
    if (m_running && m_total) {
        emit progressChanged(value, m_total->load());
    }
}

void ExportController::handleFinished()
{
    ExportResult result;
    const QFuture<ExportResult> future = m_watcher.future();
    if (future.resultCount() > 0) {
        result = future.result();
    } else {
        result.outputPath = m_outputPath;
        result.errorString = tr("the export stopped without a result");
    }
    m_running = false;
    if (result.ok) {
        // QFuture drops progress reports that come too fast, the last one included: report the end.
        emit progressChanged(result.written, qMax<qint64>(result.written, m_total ? m_total->load() : 0));
    }
    emit finished(result);
}

} // namespace trove

#include "core/import/importer.h"

#include "core/archive/inputscanner.h"
#include "core/csv/csvreader.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/import/formatdetector.h"
#include "core/import/importwriter.h"
#include "core/import/recordconverter.h"
#include "core/import/rejectreport.h"
#include "core/import/searchindexwriter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace trove {

namespace {

/** A source the parser will read, with where to start and where its rows go. */
struct PlannedSource
{
    InputSource input;
    ColumnBinding binding;
    WriteTarget target;
    std::int64_t startRecords = 0; ///< data records already imported (checkpoint)
    std::int64_t startOffset = 0;  ///< byte offset of the next record (checkpoint)
};

/**
 * Hands batches from the parser thread to the writer thread. Bounded, so that a fast parser cannot fill
 * memory while SQLite catches up; emptied batches come back to be reused with their buffers.
 */
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity)
        : m_capacity(capacity)
    {}

    bool push(std::unique_ptr<ImportBatch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_full.size() < m_capacity || m_stopped; });
        if (m_stopped) {
            return false;
        }
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    /** The next batch, or nullptr once the parser has finished and everything was taken. */
    std::unique_ptr<ImportBatch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_finished || m_stopped; });
        if (m_full.empty()) {
            return nullptr;
        }
        auto batch = std::move(m_full.front());
        m_full.pop_front();
        m_changed.notify_all();
        return batch;
    }

    std::unique_ptr<ImportBatch> take()
    {
        std::lock_guard lock(m_mutex);
        if (m_free.empty()) {
            return std::make_unique<ImportBatch>();
        }
        auto batch = std::move(m_free.back());
        m_free.pop_back();
        return batch;
    }

    void recycle(std::unique_ptr<ImportBatch> batch)
    {
        batch->clear();
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stopped;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ImportBatch>> m_full;
    std::vector<std::unique_ptr<ImportBatch>> m_free;
    size_t m_capacity;
    bool m_finished = false;
    bool m_stopped = false;
};

constexpr size_t BatchArenaLimit = 8 << 20;

// The parser thread: reads every planned source in order and queues converted batches.
void parseSources(const QList<PlannedSource> &plan, BatchQueue &queue, int batchSize)
{
    for (int index = 0; index < plan.size(); ++index) {
        const PlannedSource &planned = plan[index];
        auto batch = queue.take();
        batch->sourceIndex = index;
        batch->format = planned.binding.format;
        QString error;
        const std::unique_ptr<QIODevice> device = planned.input.open(&error);
        std::int64_t lastOffset = planned.startOffset;
        if (device) {
            CsvReader reader(device.get());
            // Record 1 is the header (checked when the import was planned); resume after the checkpoint.
            if (!reader.readRecord()) {
                error = QStringLiteral("%1: cannot read the header again").arg(planned.input.displayName());
            } else if (planned.startOffset > 0 &&
                       !reader.skipTo(planned.startOffset, planned.startRecords + 1)) {
                error = QStringLiteral("%1: cannot resume: %2")
                            .arg(planned.input.displayName(), reader.errorString());
            } else {
                if (planned.startOffset == 0) {
                    lastOffset = reader.endOffset();
                }
                RecordConverter converter(planned.binding);
                std::int64_t records = planned.startRecords;
                while (reader.readRecord()) {
                    ++records;
                    converter.convert(reader, records, *batch);
                    if (int(batch->rows.size() + batch->rejects.size()) >= batchSize ||
                        batch->arena.size() > BatchArenaLimit) {
                        batch->recordsDone = records;
                        batch->endOffset = reader.endOffset();
                        batch->bytesDelta = reader.endOffset() - lastOffset;
                        lastOffset = reader.endOffset();
                        if (!queue.push(std::move(batch))) {
                            return; // cancelled
                        }
                        batch = queue.take();
                        batch->sourceIndex = index;
                        batch->format = planned.binding.format;
                    }
                }
                if (!reader.errorString().isEmpty()) {
                    error = QStringLiteral(
                                "%1: %2 at byte %3; the rest of this file was not imported (re-import to "
                                "retry from here)")
                                .arg(planned.input.displayName(), reader.errorString())
                                .arg(lastOffset);
                }
                batch->recordsDone = records;
                batch->endOffset = error.isEmpty() ? reader.endOffset() : lastOffset;
                batch->bytesDelta = qMax<std::int64_t>(0, reader.endOffset() - lastOffset);
            }
        }
        batch->sourceFinished = true;
        batch->sourceError = error;
        if (!error.isEmpty() && batch->recordsDone == 0) {
            batch->recordsDone = planned.startRecords;
            batch->endOffset = planned.startOffset;
        }
        if (!queue.push(std::move(batch))) {
            return;
        }
    }
    queue.finish();
}

QString headerExcerpt(const CsvReader &reader)
{
    QStringList names;
    for (int i = 0; i < reader.fieldCount() && i < 4; ++i) {
        const std::string_view field = reader.field(i);
        names.append(QLatin1Char('"') +
                     QString::fromUtf8(field.data(), qsizetype(qMin<size_t>(field.size(), 40))) +
                     QLatin1Char('"'));
    }
    return names.join(QLatin1Char(','));
}

} // namespace

Importer::Importer(ImportOptions options)
    : m_options(std::move(options))
{}

ImportSummary Importer::run(const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    ImportProgress status;
    QElapsedTimer throttle;
    auto report = [&](bool force = false) {
        if (progress && (force || !throttle.isValid() || throttle.elapsed() >= 100)) {
            throttle.start();
            progress(status);
        }
    };
    auto cancelled = [&] { return cancel && cancel->load(); };

    // The main tables and the full-text index are two files, written by two threads in parallel.
    Database db;
    if (!db.open(m_options.cachePath, Database::Mode::ReadWrite, Database::SearchIndex::Leave)) {
        summary.errorString = db.errorString();
        return summary;
    }
    SearchIndexWriter search;
    if (!search.open(m_options.cachePath)) {
        summary.errorString = search.errorString();
        return summary;
    }
    // A bigger page cache for the writer: the tables and indexes being filled stay in memory longer.
    db.exec("PRAGMA cache_size=-65536");
    // No fsync while importing: a killed process loses nothing SQLite has written (the operating system
    // has it), and only an operating-system crash or power cut could damage the cache, which is rebuilt
    // by importing again. The end of the import syncs everything (see below).
    db.exec("PRAGMA synchronous=OFF");

    status.phase = QStringLiteral("Scanning");
    report(true);
    Statement startRun(db, "INSERT INTO import_runs(started, inputs) VALUES(strftime('%s','now'), ?)");
    startRun.bind(1, m_options.inputs.join(QLatin1Char('\n')));
    startRun.run();
    const std::int64_t runId = db.lastInsertId();

    const ScanResult scan = InputScanner::scan(m_options.inputs);
    summary.messages += scan.messages;
    summary.filesFailed += scan.failed;

    // Plan: recognise each CSV from its header, register it, and find where a previous import stopped.
    QList<PlannedSource> plan;
    Statement findCampaign(db, "SELECT id FROM campaigns WHERE key=?");
    Statement insertCampaign(db, "INSERT INTO campaigns(key, name, synthetic, created_at) "
                                 "VALUES(?1, ?2, ?3, strftime('%s','now'))");
    Statement findSource(db,
                         "SELECT id, size, modified, records_done, bytes_done, completed FROM source_files "
                         "WHERE path=? AND entry=?");
    Statement insertSource(db, "INSERT INTO source_files(campaign_id, path, entry, format, size, modified) "
                               "VALUES(?,?,?,?,?,?)");
    Statement resetSource(db, "UPDATE source_files SET size=?2, modified=?3, records_done=0, bytes_done=0, "
                              "completed=0, campaign_id=?4, format=?5 WHERE id=?1");
    Statement deleteRejects(db, "DELETE FROM rejects WHERE source_file_id=?");
    for (const InputSource &input : scan.sources) {
        if (cancelled()) {
            break;
        }
        QString error;
        const std::unique_ptr<QIODevice> device = input.open(&error);
        if (!device) {
            summary.messages.append(error);
            ++summary.filesFailed;
            continue;
        }
        CsvReader reader(device.get(), 64 << 10);
        if (!reader.readRecord()) {
            summary.messages.append(
                QStringLiteral("%1: empty file, or no readable header%2")
                    .arg(input.displayName(),
                         reader.errorString().isEmpty()
                             ? QString()
                             : QStringLiteral(" (") + reader.errorString() + QLatin1Char(')')));
            ++summary.filesFailed;
            continue;
        }
        std::vector<std::string_view> header;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            header.push_back(reader.field(i));
        }
        PlannedSource planned;
        planned.input = input;
        planned.binding = FormatDetector::detect(header);
        if (planned.binding.format == ArchiveFormat::Unknown) {
            summary.messages.append(
                QStringLiteral("%1: not a recognised archive file (its header starts %2); "
                               "skipped")
                    .arg(input.displayName(), headerExcerpt(reader)));
            ++summary.filesFailed;
            continue;
        }
        if (!planned.binding.missingColumns.isEmpty()) {
            summary.messages.append(
                QStringLiteral("%1: columns missing from the header, left empty: %2")
                    .arg(input.displayName(), planned.binding.missingColumns.join(QStringLiteral(", "))));
        }
        if (!planned.binding.extraColumns.isEmpty()) {
            summary.messages.append(
                QStringLiteral("%1: columns Trove does not know, ignored: %2")
                    .arg(input.displayName(), planned.binding.extraColumns.join(QStringLiteral(", "))));
        }

        const QString key =
            m_options.campaignName.isEmpty() ? input.campaignKey : m_options.campaignName.trimmed().toLower();
        findCampaign.bind(1, key);
        std::int64_t campaignId = 0;
        if (findCampaign.next()) {
            campaignId = findCampaign.int64(0);
        }
        findCampaign.reset();
        if (campaignId == 0) {
            insertCampaign.bind(1, key);
            insertCampaign.bind(2, m_options.campaignName.isEmpty() ? key : m_options.campaignName.trimmed());
            insertCampaign.bind(3, input.campaignKey.startsWith(QLatin1String("synthetic")) ? 1 : 0);
            if (!insertCampaign.run()) {
                summary.errorString = db.errorString();
                return summary;
            }
            campaignId = db.lastInsertId();
        }
        if (!summary.campaigns.contains(key)) {
            summary.campaigns.append(key);
        }
        planned.target.campaignId = campaignId;

        const QString format = FormatDetector::formatName(planned.binding.format);
        findSource.bind(1, input.path);
        findSource.bind(2, input.entry);
        if (findSource.next()) {
            const std::int64_t id = findSource.int64(0);
            const bool unchanged = findSource.int64(1) == input.size && findSource.int64(2) == input.modified;
            const std::int64_t recordsDone = findSource.int64(3);
            const std::int64_t bytesDone = findSource.int64(4);
            const bool completed = findSource.int64(5) != 0;
            findSource.reset();
            planned.target.sourceFileId = id;
            if (unchanged && completed) {
                ++summary.filesAlreadyImported;
                summary.messages.append(
                    QStringLiteral("%1: imported before; skipped (its tweets are in the cache)")
                        .arg(input.displayName()));
                continue;
            }
            if (unchanged && bytesDone > 0) {
                planned.startRecords = recordsDone;
                planned.startOffset = bytesDone;
                ++summary.filesResumed;
                summary.messages.append(
                    QStringLiteral("%1: resumed after record %2, where an interrupted import stopped")
                        .arg(input.displayName())
                        .arg(recordsDone));
            } else {
                // The file changed since (or never got past its header): read it again from the start. Tweets
                // already in the cache are recognised by id and counted as duplicates.
                resetSource.bind(1, id);
                resetSource.bind(2, input.size);
                resetSource.bind(3, input.modified);
                resetSource.bind(4, campaignId);
                resetSource.bind(5, format);
                deleteRejects.bind(1, id);
                if (!resetSource.run() || !deleteRejects.run() || !search.resetSource(id)) {
                    summary.errorString = db.errorString();
                    return summary;
                }
            }
        } else {
            findSource.reset();
            insertSource.bind(1, campaignId);
            insertSource.bind(2, input.path);
            insertSource.bind(3, input.entry);
            insertSource.bind(4, format);
            insertSource.bind(5, input.size);
            insertSource.bind(6, input.modified);
            if (!insertSource.run()) {
                summary.errorString = db.errorString();
                return summary;
            }
            planned.target.sourceFileId = db.lastInsertId();
        }
        status.bytesTotal += input.size;
        status.bytesDone += planned.startOffset;
        plan.append(planned);
    }

    // Filling an empty cache: load unindexed and build each index once at the end (much faster).
    if (db.scalar("SELECT count(*) FROM (SELECT 1 FROM tweets LIMIT 1)") == 0) {
        Schema::dropDeferredIndexes(db);
    }

    // An import killed between its two commits left the index behind the tweets table: level it first.
    const std::int64_t caughtUp = search.catchUp(db);
    if (caughtUp < 0) {
        summary.errorString = search.errorString();
        return summary;
    }
    if (caughtUp > 0) {
        summary.messages.append(
            QStringLiteral("search index brought up to date with %L1 tweets").arg(caughtUp));
    }

    ImportWriter writer(db, search);
    if (!writer.begin()) {
        summary.errorString = writer.errorString();
        return summary;
    }
    search.start();
    BatchQueue queue(4);
    std::thread parser([&] { parseSources(plan, queue, qMax(64, m_options.batchSize)); });
    status.phase = QStringLiteral("Importing");
    std::int64_t sinceCheckpoint = 0;
    bool failed = false;
    while (auto batch = queue.pop()) {
        const PlannedSource &planned = plan[batch->sourceIndex];
        status.currentFile = planned.input.displayName();
        if (!writer.write(*batch, planned.target)) {
            summary.errorString =
                QStringLiteral("writing %1 failed: %2").arg(status.currentFile, writer.errorString());
            failed = true;
            break;
        }
        sinceCheckpoint += std::int64_t(batch->rows.size() + batch->rejects.size());
        status.bytesDone += batch->bytesDelta;
        status.tweetsAdded = writer.tweetsAdded;
        status.duplicates = writer.duplicates;
        status.rejected = writer.rejected;
        if (batch->sourceFinished) {
            if (batch->sourceError.isEmpty()) {
                ++summary.filesImported;
            } else {
                summary.messages.append(batch->sourceError);
                ++summary.filesFailed;
            }
        }
        const bool finishedSource = batch->sourceFinished;
        queue.recycle(std::move(batch));
        if (cancelled()) {
            summary.cancelled = true;
            break;
        }
        if (sinceCheckpoint >= m_options.checkpointRecords || finishedSource) {
            if (!writer.checkpoint()) {
                summary.errorString = QStringLiteral("commit failed: %1").arg(writer.errorString());
                failed = true;
                break;
            }
            sinceCheckpoint = 0;
        }
        report();
    }
    queue.stop();
    parser.join();
    if (failed) {
        db.exec("ROLLBACK");
    } else if (!writer.checkpoint(false)) {
        summary.errorString = QStringLiteral("commit failed: %1").arg(writer.errorString());
        failed = true;
    }

    summary.tweetsAdded = writer.tweetsAdded;
    summary.duplicates = writer.duplicates;
    summary.accountsAdded = writer.accountsAdded;
    summary.accountsUpdated = writer.accountsUpdated;
    summary.rejected = writer.rejected;
    summary.repaired = writer.repaired;

    if (!failed && !summary.cancelled) {
        status.phase = QStringLiteral("Building indexes");
        report(true);
        db.setCancelFlag(cancel);
        if (!Schema::createDeferredIndexes(db)) {
            if (cancelled()) {
                summary.cancelled = true;
            } else {
                summary.errorString = QStringLiteral("building indexes failed: %1").arg(db.errorString());
                failed = true;
            }
        }
        db.setCancelFlag(nullptr);
    }
    // The search index may still be tokenising its last batches: it ran beside the index building.
    if (!search.finish() && !failed) {
        summary.errorString = search.errorString();
        failed = true;
    }
    if (summary.cancelled) {
        summary.messages.append(QStringLiteral(
            "Import cancelled: what was read so far is in the cache; import the same files again to "
            "resume where it stopped."));
    }

    QList<std::int64_t> reported;
    for (const PlannedSource &planned : plan) {
        reported.append(planned.target.sourceFileId);
    }
    summary.rejectReportPath = RejectReport::newReportPath(m_options.cachePath);
    QString reportError;
    if (!RejectReport::write(db, reported, summary.rejectReportPath, &reportError)) {
        summary.messages.append(reportError);
        summary.rejectReportPath.clear();
    }
    Statement finishRun(db,
                        "UPDATE import_runs SET finished=strftime('%s','now'), outcome=?2, report_path=?3 "
                        "WHERE id=?1");
    finishRun.bind(1, runId);
    finishRun.bind(2, failed              ? QStringLiteral("failed")
                      : summary.cancelled ? QStringLiteral("cancelled")
                                          : QStringLiteral("completed"));
    finishRun.bind(3, summary.rejectReportPath);
    finishRun.run();
    // Fold the write-ahead log back into the cache so that the file on disk is complete by itself.
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");

    summary.ok = !failed;
    summary.seconds = double(timer.elapsed()) / 1000.0;
    status.phase = summary.cancelled ? QStringLiteral("Cancelled") : QStringLiteral("Done");
    report(true);
    return summary;
}

QFuture<ImportSummary> Importer::start(ImportOptions options, CancelFlag cancel, QThreadPool *pool)
{
    if (!cancel) {
        cancel = std::make_shared<std::atomic_bool>(false);
    }
    auto task = [options = std::move(options), cancel](QPromise<ImportSummary> &promise) {
        promise.setProgressRange(0, 1000);
        Importer importer(options);
        const ImportSummary summary = importer.run(
            [&](const ImportProgress &progress) {
                const int permille = progress.bytesTotal > 0
                                         ? int(std::clamp<std::int64_t>(
                                               progress.bytesDone * 1000 / progress.bytesTotal, 0, 1000))
                                         : 0;
                promise.setProgressValueAndText(permille, QStringLiteral("%1 — %2 — %L3 tweets")
                                                              .arg(progress.phase, progress.currentFile)
                                                              .arg(progress.tweetsAdded));
            },
            cancel.get());
        promise.addResult(summary);
    };
    return pool ? QtConcurrent::run(pool, task) : QtConcurrent::run(task);
}

} // namespace trove

#include "core/import/importer.h"

#include "core/archive/inputscanner.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/import/accountlinker.h"
#include "core/import/batchqueue.h"
#include "core/import/importplanner.h"
#include "core/import/importwriter.h"
#include "core/import/rejectreport.h"
#include "core/import/searchindexwriter.h"
#include "core/import/sourceparser.h"
#include "core/media/mediaindexer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPromise>
#include <QtConcurrent>

#include <algorithm>
#include <thread>

namespace trove {

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

    status.phase = QCoreApplication::translate("trove::Importer", "Scanning");
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
    if (!ImportPlanner(db, search, m_options).plan(scan.sources, plan, summary, status, cancelled)) {
        return summary;
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
            QCoreApplication::translate("trove::Importer", "search index brought up to date with %L1 tweets")
                .arg(caughtUp));
    }

    // Links are made during the writing (same tweet id) and after it (same handle): counted as a difference.
    const std::int64_t linksBefore = AccountLinker::linkCount(db);
    ImportWriter writer(db, search);
    if (!writer.begin()) {
        summary.errorString = writer.errorString();
        return summary;
    }
    search.start();
    BatchQueue queue(4);
    std::thread parser([&] { SourceParser::run(plan, queue, qMax(64, m_options.batchSize)); });
    status.phase = QCoreApplication::translate("trove::Importer", "Importing");
    std::int64_t sinceCheckpoint = 0;
    bool failed = false;
    while (auto batch = queue.pop()) {
        const PlannedSource &planned = plan[batch->sourceIndex];
        status.currentFile = planned.input.displayName();
        if (!writer.write(*batch, planned.target)) {
            summary.errorString = QCoreApplication::translate("trove::Importer", "writing %1 failed: %2")
                                      .arg(status.currentFile, writer.errorString());
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
                summary.errorString = QCoreApplication::translate("trove::Importer", "commit failed: %1")
                                          .arg(writer.errorString());
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
        summary.errorString =
            QCoreApplication::translate("trove::Importer", "commit failed: %1").arg(writer.errorString());
        failed = true;
    }

    summary.tweetsAdded = writer.tweetsAdded;
    summary.duplicates = writer.duplicates;
    summary.accountsAdded = writer.accountsAdded;
    summary.accountsUpdated = writer.accountsUpdated;
    summary.rejected = writer.rejected;
    summary.repaired = writer.repaired;

    if (!failed && !summary.cancelled) {
        // At the end of every import, even one that found every file imported already: cheap (one pass over
        // accounts), idempotent, and it links what earlier imports brought in either order.
        status.phase = QCoreApplication::translate("trove::Importer", "Linking accounts");
        report(true);
        if (AccountLinker::linkByHandle(db) < 0) {
            summary.errorString =
                QCoreApplication::translate("trove::Importer", "linking accounts failed: %1")
                    .arg(db.errorString());
            failed = true;
        } else if (const std::int64_t linked = AccountLinker::linkCount(db) - linksBefore; linked > 0) {
            summary.messages.append(QCoreApplication::translate(
                                        "trove::Importer", "linked %L1 accounts to FiveThirtyEight handles")
                                        .arg(linked));
        }
    }
    if (!failed && !summary.cancelled) {
        status.phase = QCoreApplication::translate("trove::Importer", "Building indexes");
        report(true);
        db.setCancelFlag(cancel);
        if (!Schema::createDeferredIndexes(db)) {
            if (cancelled()) {
                summary.cancelled = true;
            } else {
                summary.errorString =
                    QCoreApplication::translate("trove::Importer", "building indexes failed: %1")
                        .arg(db.errorString());
                failed = true;
            }
        }
        db.setCancelFlag(nullptr);
    }
    if (!failed && !summary.cancelled) {
        // Media indexed before their tweets or accounts were imported link to them now (a no-op otherwise).
        if (writer.tweetsAdded > 0 || writer.accountsAdded > 0) {
            if (MediaIndexer::relink(db) < 0) {
                summary.errorString =
                    QCoreApplication::translate("trove::Importer", "linking media failed: %1")
                        .arg(db.errorString());
                failed = true;
            }
        }
        // Media archives among the inputs are indexed in place once the tweets they belong to are in.
        if (!failed && !scan.mediaArchives.isEmpty()) {
            status.phase = QCoreApplication::translate("trove::Importer", "Indexing media");
            report(true);
            MediaIndexOptions mediaOptions;
            mediaOptions.inputs = scan.mediaArchives;
            mediaOptions.campaign = m_options.campaignName;
            const MediaIndexSummary media =
                MediaIndexer(mediaOptions)
                    .run(
                        db,
                        [&](const MediaIndexProgress &mediaProgress) {
                            status.currentFile = QFileInfo(mediaProgress.currentArchive).fileName();
                            report();
                        },
                        cancel);
            summary.messages += media.messages;
            summary.filesFailed += media.archivesFailed;
            if (!media.ok) {
                summary.errorString = media.errorString;
                failed = true;
            } else {
                summary.cancelled = media.cancelled;
                summary.messages.append(
                    QCoreApplication::translate(
                        "trove::Importer",
                        "media: %L1 archives indexed, %L2 indexed before, %L3 failed; %L4 media files "
                        "(%L5 linked to tweets, %L6 matching no tweet or account), %L7 entries that "
                        "are not media skipped%8")
                        .arg(media.archivesIndexed)
                        .arg(media.archivesAlreadyIndexed)
                        .arg(media.archivesFailed)
                        .arg(media.mediaFiles)
                        .arg(media.linkedToTweets)
                        .arg(media.unmatched)
                        .arg(media.skipped)
                        .arg(media.reportPath.isEmpty()
                                 ? QString()
                                 : QCoreApplication::translate("trove::Importer", " (listed in %1)")
                                       .arg(media.reportPath)));
            }
        }
    }
    // The search index may still be tokenising its last batches: it ran beside the index building.
    if (!search.finish() && !failed) {
        summary.errorString = search.errorString();
        failed = true;
    }
    if (summary.cancelled) {
        summary.messages.append(QCoreApplication::translate(
            "trove::Importer",
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
    status.phase = summary.cancelled ? QCoreApplication::translate("trove::Importer", "Cancelled")
                                     : QCoreApplication::translate("trove::Importer", "Done");
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
                promise.setProgressValueAndText(
                    permille, QCoreApplication::translate("trove::Importer", "%1 — %2 — %L3 tweets")
                                  .arg(progress.phase, progress.currentFile)
                                  .arg(progress.tweetsAdded));
            },
            cancel.get());
        promise.addResult(summary);
    };
    return pool ? QtConcurrent::run(pool, task) : QtConcurrent::run(task);
}

} // namespace trove

#pragma once

#include "core/import/importtypes.h"

#include <QFuture>

#include <atomic>
#include <functional>
#include <memory>

class QThreadPool;

namespace trove {

/**
 * Imports Twitter information-operations archives (CSV files, split parts, zips read in place, or folders)
 * into a Trove cache.
 *
 * The work runs on two threads: one reads and parses (inflating zips on the fly), the other writes to
 * SQLite in batches. Every checkpoint commits the records written so far together with the position in the
 * source file, so an import that is cancelled or killed resumes where it stopped and ends with exactly the
 * content an uninterrupted import would have. Other connections can read the cache throughout (WAL).
 */
class Importer
{
public:
    using ProgressCallback = std::function<void(const ImportProgress &)>;

    explicit Importer(ImportOptions options);

    /**
     * Runs the import synchronously on the calling thread (plus one parser thread).
     * @p progress is called from the calling thread a few times a second. @p cancel, when set, is polled
     * between batches: the import then commits what it has and returns within a second, cancelled.
     */
    ImportSummary run(const ProgressCallback &progress = {}, const std::atomic_bool *cancel = nullptr);

    /** Shared with a started import: set it to true to cancel. */
    using CancelFlag = std::shared_ptr<std::atomic_bool>;

    /**
     * Runs the import on @p pool (the global pool when nullptr). Progress is reported as a value in 0..1000
     * (per mille of bytes) with a text "phase — file — N tweets". Setting @p cancel cancels as above; the
     * future still delivers the summary (do not QFuture::cancel(), which would drop it).
     */
    static QFuture<ImportSummary> start(ImportOptions options, CancelFlag cancel,
                                        QThreadPool *pool = nullptr);

private:
    ImportOptions m_options;
};

} // namespace trove

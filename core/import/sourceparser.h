#pragma once

#include "core/archive/inputscanner.h"
#include "core/import/formatdetector.h"
#include "core/import/importwriter.h"

#include <QList>

#include <cstdint>

namespace trove {

class BatchQueue;

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
 * The parser side of an import: reads every planned source in order (skipping to its checkpoint),
 * converts its records and queues them in batches of about @p batchSize records. Runs on its own thread.
 */
class SourceParser
{
public:
    static void run(const QList<PlannedSource> &plan, BatchQueue &queue, int batchSize);
};

} // namespace trove

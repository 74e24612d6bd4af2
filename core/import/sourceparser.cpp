#include "core/import/sourceparser.h"

#include "core/csv/csvreader.h"
#include "core/import/batchqueue.h"
#include "core/import/fivethirtyeightconverter.h"
#include "core/import/nbcconverter.h"
#include "core/import/recordconverter.h"

namespace trove {

namespace {

// A batch's text buffer is handed over once it passes this size, whatever its record count.
constexpr size_t BatchArenaLimit = 8 << 20;

} // namespace

void SourceParser::run(const QList<PlannedSource> &plan, BatchQueue &queue, int batchSize)
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
                FiveThirtyEightConverter fiveThirtyEight(planned.binding);
                NbcConverter nbc(planned.binding);
                const ArchiveFormat format = planned.binding.format;
                std::int64_t records = planned.startRecords;
                while (reader.readRecord()) {
                    ++records;
                    if (format == ArchiveFormat::FiveThirtyEightTweets) {
                        fiveThirtyEight.convert(reader, records, *batch);
                    } else if (format == ArchiveFormat::NbcTweets || format == ArchiveFormat::NbcUsers) {
                        nbc.convert(reader, records, *batch);
                    } else {
                        converter.convert(reader, records, *batch);
                    }
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

} // namespace trove

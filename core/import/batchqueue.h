#pragma once

#include "core/import/recordconverter.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace trove {

/**
 * Hands batches from the parser thread to the writer thread. Bounded, so that a fast parser cannot fill
 * memory while SQLite catches up; emptied batches come back to be reused with their buffers.
 * Thread-safe.
 */
class BatchQueue
{
public:
    explicit BatchQueue(size_t capacity);

    /** Queues a full batch; blocks while the queue is full. False once stop() was called. */
    bool push(std::unique_ptr<ImportBatch> batch);
    /** The next batch, or nullptr once the parser has finished and everything was taken (or stop()). */
    std::unique_ptr<ImportBatch> pop();
    /** An empty batch, reused when one was recycled. */
    std::unique_ptr<ImportBatch> take();
    void recycle(std::unique_ptr<ImportBatch> batch);
    /** The parser has queued its last batch. */
    void finish();
    /** Stops both sides (cancel or failure): push() returns false, pop() nullptr. */
    void stop();

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<ImportBatch>> m_full;
    std::vector<std::unique_ptr<ImportBatch>> m_free;
    size_t m_capacity;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace trove

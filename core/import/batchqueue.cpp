#include "core/import/batchqueue.h"

namespace trove {

BatchQueue::BatchQueue(size_t capacity)
    : m_capacity(capacity)
{}

bool BatchQueue::push(std::unique_ptr<ImportBatch> batch)
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

std::unique_ptr<ImportBatch> BatchQueue::pop()
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

std::unique_ptr<ImportBatch> BatchQueue::take()
{
    std::lock_guard lock(m_mutex);
    if (m_free.empty()) {
        return std::make_unique<ImportBatch>();
    }
    auto batch = std::move(m_free.back());
    m_free.pop_back();
    return batch;
}

void BatchQueue::recycle(std::unique_ptr<ImportBatch> batch)
{
    batch->clear();
    std::lock_guard lock(m_mutex);
    m_free.push_back(std::move(batch));
}

void BatchQueue::finish()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

void BatchQueue::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopped = true;
    m_changed.notify_all();
}

} // namespace trove

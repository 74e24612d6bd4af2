#include "core/csv/csvreader.h"

#include <QIODevice>

#include <cstring>

namespace trove {

CsvReader::CsvReader(QIODevice *device, std::int64_t chunkSize)
    : m_device(device)
    , m_chunkSize(chunkSize < 64 ? 64 : chunkSize)
{
    m_buffer.resize(m_chunkSize);
}

// Keeps the unread input (from m_position) and appends what the device gives. Returns false at end of
// input (m_eof set) or on error (m_error set).
bool CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    if (m_position > 0) {
        const std::int64_t unread = m_size - m_position;
        std::memmove(m_buffer.data(), m_buffer.constData() + m_position, size_t(unread));
        m_bufferOffset += m_position;
        m_size = unread;
        m_position = 0;
    }
    if (m_size + m_chunkSize / 2 > m_buffer.size()) {
        // A record longer than the buffer: grow instead of failing (bounded by the longest record).
        m_buffer.resize(qMax<qsizetype>(m_buffer.size() * 2, m_size + m_chunkSize));
    }
    const qint64 got = m_device->read(m_buffer.data() + m_size, m_buffer.size() - m_size);
    if (got < 0) {
        m_error = QStringLiteral("read error: %1").arg(m_device->errorString());
        m_eof = true;
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_size += got;
    if (!m_started) {
        m_started = true;
        if (m_size >= 3 && std::memcmp(m_buffer.constData(), "\xEF\xBB\xBF", 3) == 0) {
            m_hadBom = true;
            m_position = 3;
        }
    }
    return true;
}

bool CsvReader::readRecord()
{
    for (;;) {
        // Parse one record from m_position. If the buffer ends before the record does, fetch more input and
        // parse the record again from its start: that happens once per chunk, so its cost is negligible.
        const char *const data = m_buffer.constData();
        const std::int64_t size = m_size;
        std::int64_t i = m_position;
        m_spans.clear();
        m_inScratch.clear();
        m_scratch.clear();
        m_truncated = false;
        m_malformed = false;
        bool needMore = false;
        bool recordDone = false;

        if (i >= size) {
            if (!fill()) {
                return false;
            }
            continue;
        }

        while (!recordDone) {
            if (i >= size) {
                if (!m_eof) {
                    needMore = true;
                    break;
                }
                // End of input ends the last field and record (no final newline).
                m_spans.emplace_back(0, 0);
                m_inScratch.push_back(false);
                recordDone = true;
                break;
            }
            if (data[i] == '"') {
                // Quoted field: find the closing quote, unescaping "" pairs.
                std::int64_t segment = i + 1;
                std::int64_t j = segment;
                bool escaped = false;
                std::size_t scratchStart = m_scratch.size();
                bool closed = false;
                for (;;) {
                    const void *quote = j < size ? std::memchr(data + j, '"', size_t(size - j)) : nullptr;
                    if (!quote) {
                        break;
                    }
                    const std::int64_t q = static_cast<const char *>(quote) - data;
                    if (q + 1 >= size && !m_eof) {
                        break; // cannot tell "" from a closing quote yet
                    }
                    if (q + 1 < size && data[q + 1] == '"') {
                        if (!escaped) {
                            escaped = true;
                        }
                        m_scratch.append(data + segment, size_t(q + 1 - segment));
                        segment = q + 2;
                        j = q + 2;
                        continue;
                    }
                    if (escaped) {
                        m_scratch.append(data + segment, size_t(q - segment));
                        m_spans.emplace_back(std::int64_t(scratchStart),
                                             std::int64_t(m_scratch.size() - scratchStart));
                        m_inScratch.push_back(true);
                    } else {
                        m_spans.emplace_back(i + 1, q - (i + 1));
                        m_inScratch.push_back(false);
                    }
                    i = q + 1;
                    closed = true;
                    break;
                }
                if (!closed) {
                    if (!m_eof) {
                        needMore = true;
                        break;
                    }
                    // Unterminated quote at end of input: the record was cut off.
                    m_truncated = true;
                    if (escaped) {
                        m_scratch.append(data + segment, size_t(size - segment));
                        m_spans.emplace_back(std::int64_t(scratchStart),
                                             std::int64_t(m_scratch.size() - scratchStart));
                        m_inScratch.push_back(true);
                    } else {
                        m_spans.emplace_back(i + 1, size - (i + 1));
                        m_inScratch.push_back(false);
                    }
                    i = size;
                    recordDone = true;
                    break;
                }
                // After the closing quote: a delimiter, or stray text that is kept (lenient).
                if (i < size && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
                    m_malformed = true;
                    auto &span = m_spans.back();
                    if (!m_inScratch.back()) {
                        m_scratch.append(data + span.first, size_t(span.second));
                        span.first = std::int64_t(m_scratch.size() - size_t(span.second));
                        m_inScratch.back() = true;
                    }
                    std::int64_t k = i;
                    while (k < size && data[k] != ',' && data[k] != '\n' && data[k] != '\r') {
                        ++k;
                    }
                    if (k >= size && !m_eof) {
                        needMore = true;
                        break;
                    }
                    m_scratch.append(data + i, size_t(k - i));
                    span.second += k - i;
                    i = k;
                }
            } else {
                // Unquoted field: up to the next delimiter.
                std::int64_t k = i;
                while (k < size && data[k] != ',' && data[k] != '\n' && data[k] != '\r') {
                    if (data[k] == '"') {
                        m_malformed = true;
                    }
                    ++k;
                }
                if (k >= size && !m_eof) {
                    needMore = true;
                    break;
                }
                m_spans.emplace_back(i, k - i);
                m_inScratch.push_back(false);
                i = k;
            }
            // Delimiter after the field.
            if (i >= size) {
                recordDone = true; // end of input without final newline
            } else if (data[i] == ',') {
                ++i;
                if (i >= size && m_eof) {
                    m_spans.emplace_back(0, 0); // trailing comma at end of input: one more empty field
                    m_inScratch.push_back(false);
                    recordDone = true;
                }
            } else if (data[i] == '\n') {
                ++i;
                recordDone = true;
            } else { // '\r'
                if (i + 1 >= size && !m_eof) {
                    needMore = true;
                    break;
                }
                i += (i + 1 < size && data[i + 1] == '\n') ? 2 : 1;
                recordDone = true;
            }
        }

        if (needMore) {
            if (!fill() && !m_eof) {
                return false;
            }
            if (!m_error.isEmpty()) {
                return false;
            }
            continue;
        }

        const std::int64_t start = m_position;
        m_position = i;
        // A blank line is no record (seen at the end of re-exported files).
        if (m_spans.size() == 1 && m_spans[0].second == 0 && !m_inScratch[0] && i - start <= 2 &&
            data[start] != '"') {
            continue;
        }
        m_recordOffset = m_bufferOffset + start;
        m_endOffset = m_bufferOffset + i;
        ++m_recordNumber;
        m_fields.resize(m_spans.size());
        for (size_t f = 0; f < m_spans.size(); ++f) {
            const char *base = m_inScratch[f] ? m_scratch.data() : data;
            m_fields[f] = std::string_view(base + m_spans[f].first, size_t(m_spans[f].second));
        }
        return true;
    }
}

bool CsvReader::skipTo(std::int64_t offset, std::int64_t recordNumber)
{
    const std::int64_t current = m_bufferOffset + m_position;
    if (offset < current) {
        m_error = QStringLiteral("cannot skip backwards from byte %1 to %2").arg(current).arg(offset);
        return false;
    }
    m_recordNumber = recordNumber;
    if (offset < m_bufferOffset + m_size) {
        m_position = offset - m_bufferOffset;
        return true;
    }
    if (!m_device->isSequential() && m_device->seek(offset)) {
        m_bufferOffset = offset;
        m_position = 0;
        m_size = 0;
        m_started = true;
        return true;
    }
    // A compressed stream: read and discard up to the checkpoint (inflating is fast; parsing is skipped).
    m_position = m_size;
    while (m_bufferOffset + m_size < offset) {
        m_bufferOffset += m_size;
        m_position = 0;
        m_size = 0;
        const qint64 want = qMin<qint64>(m_buffer.size(), offset - m_bufferOffset);
        const qint64 got = m_device->read(m_buffer.data(), want);
        if (got <= 0) {
            m_error = QStringLiteral("the input ends at byte %1, before the checkpoint at byte %2")
                          .arg(m_bufferOffset)
                          .arg(offset);
            return false;
        }
        m_size = got;
        m_position = got;
        m_started = true;
    }
    m_position = offset - m_bufferOffset;
    return true;
}

} // namespace trove

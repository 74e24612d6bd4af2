#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

class QIODevice;

namespace trove {

/**
 * A streaming RFC 4180 reader: quoted fields with raw newlines, "" escapes, CRLF or LF, a leading UTF-8
 * BOM, no final newline, and a truncated last record (unterminated quote at end of file). It reads the
 * device in fixed-size chunks (never the whole file, never line by line) and hands out fields as views
 * into its buffer.
 *
 * Lenient where genuine files are: a quote inside an unquoted field is kept as a character, and text after
 * a closing quote is appended to the field; both mark the record as malformed().
 *
 * Not thread-safe; one reader per device.
 */
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, std::int64_t chunkSize = 1 << 20);

    /**
     * Reads the next record. Returns false at end of input or on a read error (see errorString()).
     * The fields stay valid until the next call.
     */
    bool readRecord();

    int fieldCount() const { return int(m_fields.size()); }
    std::string_view field(int index) const { return m_fields[size_t(index)]; }

    /** 1-based number of the record just read, counting every record including a header. */
    std::int64_t recordNumber() const { return m_recordNumber; }
    /** Byte offset (in the device's stream, BOM included) where the record just read starts. */
    std::int64_t recordOffset() const { return m_recordOffset; }
    /** Byte offset just past the record just read: where the next one starts. */
    std::int64_t endOffset() const { return m_endOffset; }

    /** The record just read ran into end of input inside a quoted field. */
    bool truncated() const { return m_truncated; }
    /** The record just read had a stray quote (kept as text). */
    bool malformed() const { return m_malformed; }
    /** The input started with a UTF-8 byte order mark (skipped). */
    bool hadBom() const { return m_hadBom; }

    /**
     * Skips to byte @p offset, which must be a record boundary reached earlier (a checkpoint), and numbers
     * the next record @p recordNumber + 1. Seeks when the device allows it, else reads and discards.
     */
    bool skipTo(std::int64_t offset, std::int64_t recordNumber);

    QString errorString() const { return m_error; }

private:
    bool fill();

    QIODevice *m_device;
    std::int64_t m_chunkSize;
    QByteArray m_buffer; // m_buffer[m_position, m_size) is unread input
    std::int64_t m_position = 0;
    std::int64_t m_size = 0;
    std::int64_t m_bufferOffset = 0; // stream offset of m_buffer[0]
    bool m_eof = false;
    bool m_started = false;
    std::vector<std::string_view> m_fields;
    std::string m_scratch;                                      // unescaped fields live here
    std::vector<std::pair<std::int64_t, std::int64_t>> m_spans; // (start, length) in buffer or scratch
    std::vector<bool> m_inScratch;
    std::int64_t m_recordNumber = 0;
    std::int64_t m_recordOffset = 0;
    std::int64_t m_endOffset = 0;
    bool m_truncated = false;
    bool m_malformed = false;
    bool m_hadBom = false;
    QString m_error;
};

} // namespace trove

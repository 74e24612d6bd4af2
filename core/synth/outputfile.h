#pragma once

#include <QFile>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace trove::synthetic {

/**
 * Buffered output to one file. Counts the bytes it was given; reports failures with the file's name.
 */
class OutputFile
{
public:
    /** Creates or truncates @p path; false (see errorString()) when it cannot be opened. */
    bool open(const QString &path);
    /** Queues @p data, writing the buffer out once it is full; false when writing failed. */
    bool write(std::string_view data);
    /** Writes what is buffered and closes the file; false when anything failed. */
    bool close();

    /** Bytes given to write() since open(). */
    std::int64_t bytes() const { return m_bytes; }
    /** The last failure, naming the file. */
    QString errorString() const { return m_error; }

private:
    bool flush();

    QFile m_file;
    std::string m_buffer;
    std::int64_t m_bytes = 0;
    QString m_error;
};

} // namespace trove::synthetic

#include "core/synth/outputfile.h"

#include <QDir>

namespace trove::synthetic {

namespace {

constexpr std::size_t outputBufferSize = 8 << 20;

} // namespace

bool OutputFile::open(const QString &path)
{
    m_file.setFileName(path);
    m_buffer.clear();
    m_buffer.reserve(outputBufferSize + (64 << 10));
    m_bytes = 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_error =
            QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    return true;
}

bool OutputFile::write(std::string_view data)
{
    m_buffer.append(data.data(), data.size());
    m_bytes += std::int64_t(data.size());
    return m_buffer.size() < outputBufferSize || flush();
}

bool OutputFile::close()
{
    const bool flushed = flush();
    m_file.close();
    if (flushed && m_file.error() != QFileDevice::NoError) {
        m_error = QStringLiteral("Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return flushed;
}

bool OutputFile::flush()
{
    if (m_buffer.empty())
        return true;
    const qint64 written = m_file.write(m_buffer.data(), qint64(m_buffer.size()));
    if (written != qint64(m_buffer.size())) {
        m_error = QStringLiteral("Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        m_buffer.clear();
        return false;
    }
    m_buffer.clear();
    return true;
}

} // namespace trove::synthetic

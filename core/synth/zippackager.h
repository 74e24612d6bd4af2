#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>

namespace trove::synthetic {

/**
 * Packs files into a deflated zip the way the genuine releases ship them, byte-identical across runs.
 */
class ZipPackager
{
public:
    /** @p progress, when set, is called every 200 ms or so while deflating; returning false cancels. */
    explicit ZipPackager(std::function<bool()> progress);

    /**
     * Writes @p zipPath holding each of @p sources under the name at the same index of @p entryNames.
     * False on failure (see errorString()) or cancellation (see cancelled()).
     */
    bool write(const QString &zipPath, const QStringList &sources, const QStringList &entryNames);

    /** The last failure, naming the zip; empty after a cancellation. */
    QString errorString() const { return m_error; }
    /** Whether the progress callback cancelled the last write(). */
    bool cancelled() const { return m_cancelled; }

private:
    std::function<bool()> m_progress;
    QElapsedTimer m_progressTimer;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace trove::synthetic

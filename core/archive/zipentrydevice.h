#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

struct zip;
struct zip_file;

namespace trove {

/** An open zip archive (libzip), shared by the devices reading its entries. */
class ZipArchive
{
public:
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /** Opens @p path read-only; nullptr with @p error set when it is not a readable zip. */
    static std::shared_ptr<ZipArchive> open(const QString &path, QString *error);

    struct Entry
    {
        qint64 index = 0;
        QString name;
        qint64 size = 0; ///< uncompressed
        qint64 compressedSize = 0;
        bool isDirectory = false;
    };
    /** The archive's entries, in central-directory order. */
    QList<Entry> entries() const;

    QString path() const { return m_path; }
    zip *handle() const { return m_zip; }

private:
    ZipArchive() = default;
    zip *m_zip = nullptr;
    QString m_path;
};

/**
 * Reads one zip entry in place, inflating as it goes: nothing is extracted to disk. Sequential; size()
 * is the uncompressed size from the central directory.
 */
class ZipEntryDevice : public QIODevice
{
    Q_OBJECT
public:
    ZipEntryDevice(std::shared_ptr<ZipArchive> archive, qint64 index, qint64 size, QObject *parent = nullptr);
    ~ZipEntryDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    std::shared_ptr<ZipArchive> m_archive;
    zip_file *m_file = nullptr;
    qint64 m_index;
    qint64 m_size;
};

} // namespace trove

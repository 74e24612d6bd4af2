#include "core/archive/zipentrydevice.h"

#include <QFile>

#include <zip.h>

namespace trove {

ZipArchive::~ZipArchive()
{
    if (m_zip) {
        zip_discard(m_zip);
    }
}

std::shared_ptr<ZipArchive> ZipArchive::open(const QString &path, QString *error)
{
    int code = 0;
    zip_t *handle = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!handle) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        if (error) {
            *error = QStringLiteral("%1: not a readable zip archive (%2)")
                         .arg(path, QString::fromUtf8(zip_error_strerror(&zipError)));
        }
        zip_error_fini(&zipError);
        return nullptr;
    }
    std::shared_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_zip = handle;
    archive->m_path = path;
    return archive;
}

QList<ZipArchive::Entry> ZipArchive::entries() const
{
    QList<Entry> result;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t index = 0; index < count; ++index) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
            continue;
        }
        Entry entry;
        entry.index = index;
        // Zip names are UTF-8 when flagged, CP437 otherwise; libzip converts the latter to UTF-8.
        entry.name = QString::fromUtf8(stat.name);
        entry.size = (stat.valid & ZIP_STAT_SIZE) ? qint64(stat.size) : 0;
        entry.compressedSize = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(stat.comp_size) : 0;
        entry.isDirectory = entry.name.endsWith(QLatin1Char('/'));
        result.append(entry);
    }
    return result;
}

ZipEntryDevice::ZipEntryDevice(std::shared_ptr<ZipArchive> archive, qint64 index, qint64 size,
                               QObject *parent)
    : QIODevice(parent)
    , m_archive(std::move(archive))
    , m_index(index)
    , m_size(size)
{}

ZipEntryDevice::~ZipEntryDevice()
{
    close();
}

bool ZipEntryDevice::open(OpenMode mode)
{
    if (mode != ReadOnly) {
        setErrorString(QStringLiteral("zip entries are read-only"));
        return false;
    }
    m_file = zip_fopen_index(m_archive->handle(), zip_uint64_t(m_index), 0);
    if (!m_file) {
        setErrorString(QString::fromUtf8(zip_strerror(m_archive->handle())));
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void ZipEntryDevice::close()
{
    if (m_file) {
        zip_fclose(m_file);
        m_file = nullptr;
    }
    if (isOpen()) {
        QIODevice::close();
    }
}

qint64 ZipEntryDevice::readData(char *data, qint64 maxSize)
{
    if (!m_file) {
        return -1;
    }
    const zip_int64_t got = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (got < 0) {
        setErrorString(
            QStringLiteral("corrupt zip entry: %1").arg(QString::fromUtf8(zip_file_strerror(m_file))));
        return -1;
    }
    return qint64(got);
}

qint64 ZipEntryDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace trove

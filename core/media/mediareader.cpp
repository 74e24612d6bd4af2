#include "core/media/mediareader.h"

#include "core/archive/zipentrydevice.h"
#include "core/db/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>

#include <zip.h>

namespace trove {

namespace {

constexpr const char *LocationColumns =
    "SELECT m.id, m.archive_id, a.path, m.entry, m.entry_index, m.size, m.kind, m.format, "
    "coalesce(m.tweet_id, 0), coalesce(m.account_id, 0), coalesce(m.campaign_id, 0), coalesce(m.userid, ''), "
    "coalesce(m.media_key, '') FROM media m JOIN media_archives a ON a.id = m.archive_id ";

MediaLocation locationFrom(const Statement &statement)
{
    MediaLocation location;
    location.mediaId = statement.int64(0);
    location.archiveId = statement.int64(1);
    location.archivePath = statement.text(2);
    location.entry = statement.text(3);
    location.entryIndex = statement.int64(4);
    location.size = statement.int64(5);
    location.kind = mediaKindFromName(statement.text(6));
    location.format = statement.text(7);
    location.tweetId = statement.int64(8);
    location.accountId = statement.int64(9);
    location.campaignId = statement.int64(10);
    location.userid = statement.text(11);
    location.mediaKey = statement.text(12);
    return location;
}

QString describe(const MediaLocation &location)
{
    return QStringLiteral("%1 › %2").arg(location.archivePath, location.entry);
}

MediaReadResult failure(MediaReadError error, const QString &message)
{
    MediaReadResult result;
    result.error = error;
    result.errorString = message;
    return result;
}

} // namespace

MediaReader::MediaReader(int maxOpenArchives)
    : m_maxOpen(qMax(1, maxOpenArchives))
{}

MediaReader::~MediaReader() = default;

std::int64_t MediaReader::defaultCap(MediaKind kind)
{
    return kind == MediaKind::Video ? DefaultMaxBytes : DefaultMaxImageBytes;
}

bool MediaReader::locate(Database &db, std::int64_t mediaId, MediaLocation *location, QString *error)
{
    Statement statement(db, QByteArray(QByteArray(LocationColumns) + "WHERE m.id = ?").constData());
    statement.bind(1, mediaId);
    if (statement.next()) {
        *location = locationFrom(statement);
        return true;
    }
    if (error) {
        *error = statement.ok()
                     ? QCoreApplication::translate("trove::MediaReader", "no media file %1 in the cache")
                           .arg(mediaId)
                     : statement.errorString();
    }
    return false;
}

bool MediaReader::locate(Database &db, std::int64_t archiveId, const QString &entry, MediaLocation *location,
                         QString *error)
{
    Statement statement(
        db, QByteArray(QByteArray(LocationColumns) + "WHERE m.archive_id = ? AND m.entry = ? ORDER BY m.id")
                .constData());
    statement.bind(1, archiveId);
    statement.bind(2, entry);
    if (statement.next()) {
        *location = locationFrom(statement);
        return true;
    }
    if (error) {
        *error = statement.ok() ? QCoreApplication::translate("trove::MediaReader",
                                                              "no media entry %1 in archive %2 of the cache")
                                      .arg(entry)
                                      .arg(archiveId)
                                : statement.errorString();
    }
    return false;
}

QList<MediaLocation> MediaReader::mediaOfTweet(Database &db, std::int64_t tweetId, QString *error)
{
    QList<MediaLocation> result;
    Statement statement(db, QByteArray(QByteArray(LocationColumns) +
                                       "WHERE m.tweet_id = ? ORDER BY m.archive_id, m.entry_index")
                                .constData());
    statement.bind(1, tweetId);
    while (statement.next()) {
        result.append(locationFrom(statement));
    }
    if (!statement.ok() && error) {
        *error = statement.errorString();
    }
    return result;
}

void MediaReader::closeArchives()
{
    m_open.clear();
}

std::shared_ptr<ZipArchive> MediaReader::archive(const MediaLocation &location, MediaReadResult *result)
{
    for (qsizetype i = 0; i < m_open.size(); ++i) {
        if (m_open.at(i).path == location.archivePath) {
            if (i > 0) {
                m_open.move(i, 0);
            }
            return m_open.constFirst().archive;
        }
    }
    if (!QFileInfo::exists(location.archivePath)) {
        *result = failure(
            MediaReadError::ArchiveMissing,
            QCoreApplication::translate("trove::MediaReader",
                                        "%1: the archive is not there any more (moved? re-point its folder)")
                .arg(location.archivePath));
        return nullptr;
    }
    QString error;
    std::shared_ptr<ZipArchive> opened = ZipArchive::open(location.archivePath, &error);
    if (!opened) {
        *result = failure(MediaReadError::ArchiveUnreadable, error);
        return nullptr;
    }
    m_open.prepend(OpenArchive{location.archivePath, opened});
    while (m_open.size() > m_maxOpen) {
        m_open.removeLast();
    }
    return opened;
}

MediaReadResult MediaReader::read(const MediaLocation &location, std::int64_t maxBytes)
{
    QByteArray buffer;
    MediaReadResult result = stream(location, nullptr, &buffer, maxBytes, nullptr);
    if (result.ok()) {
        result.data = std::move(buffer);
    }
    return result;
}

MediaReadResult MediaReader::copy(const MediaLocation &location, QIODevice &out, std::int64_t maxBytes,
                                  const std::atomic_bool *cancel)
{
    return stream(location, &out, nullptr, maxBytes, cancel);
}

MediaReadResult MediaReader::stream(const MediaLocation &location, QIODevice *out, QByteArray *buffer,
                                    std::int64_t maxBytes, const std::atomic_bool *cancel)
{
    MediaReadResult result;
    const std::shared_ptr<ZipArchive> zip = archive(location, &result);
    if (!zip) {
        return result;
    }
    const QByteArray name = location.entry.toUtf8();
    zip_int64_t index = -1;
    // The recorded index, when the zip still has that entry there; else the entry by name.
    if (location.entryIndex >= 0) {
        const char *found = zip_get_name(zip->handle(), zip_uint64_t(location.entryIndex), 0);
        if (found && name == found) {
            index = location.entryIndex;
        }
    }
    if (index < 0) {
        index = zip_name_locate(zip->handle(), name.constData(), 0);
    }
    if (index < 0) {
        return failure(
            MediaReadError::EntryMissing,
            QCoreApplication::translate("trove::MediaReader",
                                        "%1: no such entry in the archive (it changed since it was indexed)")
                .arg(describe(location)));
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip->handle(), zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        return failure(MediaReadError::Corrupt,
                       QCoreApplication::translate("trove::MediaReader", "%1: corrupt zip entry (%2)")
                           .arg(describe(location), QString::fromUtf8(zip_strerror(zip->handle()))));
    }
    const std::int64_t declared = std::int64_t(stat.size);
    const std::int64_t cap = maxBytes >= 0 ? maxBytes : defaultCap(location.kind);
    if (declared > cap) {
        return failure(
            MediaReadError::TooLarge,
            QCoreApplication::translate("trove::MediaReader",
                                        "%1: %L2 bytes uncompressed, over the limit of %L3 bytes: not read")
                .arg(describe(location))
                .arg(declared)
                .arg(cap));
    }
    zip_file_t *file = zip_fopen_index(zip->handle(), zip_uint64_t(index), 0);
    if (!file) {
        return failure(MediaReadError::Corrupt,
                       QCoreApplication::translate("trove::MediaReader", "%1: cannot open the entry (%2)")
                           .arg(describe(location), QString::fromUtf8(zip_strerror(zip->handle()))));
    }
    if (buffer) {
        buffer->reserve(qsizetype(declared));
    }
    // One byte more than declared is enough to know that the entry lies about its size.
    constexpr std::int64_t Piece = 64 * 1024;
    char piece[Piece];
    std::int64_t total = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            result = failure(
                MediaReadError::Cancelled,
                QCoreApplication::translate("trove::MediaReader", "%1: cancelled").arg(describe(location)));
            break;
        }
        const std::int64_t want = qMin<std::int64_t>(Piece, declared - total + 1);
        const zip_int64_t got = zip_fread(file, piece, zip_uint64_t(want));
        if (got < 0) {
            result = failure(MediaReadError::Corrupt,
                             QCoreApplication::translate("trove::MediaReader", "%1: corrupt data (%2)")
                                 .arg(describe(location), QString::fromUtf8(zip_file_strerror(file))));
            break;
        }
        if (got == 0) {
            if (total < declared) {
                result = failure(
                    MediaReadError::Corrupt,
                    QCoreApplication::translate("trove::MediaReader", "%1: truncated: %L2 of %L3 bytes")
                        .arg(describe(location))
                        .arg(total)
                        .arg(declared));
            }
            break;
        }
        total += got;
        if (total > declared) {
            result = failure(
                MediaReadError::Bomb,
                QCoreApplication::translate("trove::MediaReader",
                                            "%1: inflates to more than the %L2 bytes it declares; stopped "
                                            "(a decompression bomb?)")
                    .arg(describe(location))
                    .arg(declared));
            break;
        }
        if (buffer) {
            buffer->append(piece, qsizetype(got));
        }
        if (out && out->write(piece, got) != got) {
            result = failure(MediaReadError::WriteFailed,
                             QCoreApplication::translate("trove::MediaReader", "%1: cannot write: %2")
                                 .arg(describe(location), out->errorString()));
            break;
        }
    }
    zip_fclose(file);
    result.bytes = total;
    if (!result.ok() && buffer) {
        buffer->clear();
    }
    return result;
}

} // namespace trove

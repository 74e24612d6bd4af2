#include "core/media/mediaexport.h"

#include "core/db/database.h"
#include "core/media/mediareader.h"
#include "core/query/tweetlistquery.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace trove {

namespace {

constexpr int KeptMessages = 100;

QByteArray idsJson(const QList<std::int64_t> &ids)
{
    QByteArray json = "[";
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0) {
            json += ',';
        }
        json += QByteArray::number(qlonglong(ids.at(i)));
    }
    return json + ']';
}

QByteArray csvField(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('"', "\"\"");
    return '"' + escaped + '"';
}

struct ExportItem
{
    MediaLocation location;
    QString accountUserid;
    QString screenName;
    QString campaign;
};

} // namespace

QString MediaExport::sanitizedComponent(const QString &component, int maxLength)
{
    QString result;
    result.reserve(qMin<qsizetype>(component.size(), maxLength));
    for (const QChar c : component) {
        const ushort u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                           u == '.' || u == '_' || u == '-';
        result.append(plain ? c : QLatin1Char('_'));
    }
    // No hidden files, no "." or "..": leading dots go; so do the underscores that stood for separators.
    while (!result.isEmpty() && (result.front() == QLatin1Char('.') || result.front() == QLatin1Char('_'))) {
        result.remove(0, 1);
    }
    while (!result.isEmpty() && result.back() == QLatin1Char('.')) {
        result.chop(1);
    }
    result.truncate(maxLength);
    return result.isEmpty() ? QStringLiteral("media") : result;
}

bool MediaExport::isInside(const QString &directory, const QString &path)
{
    const QString root = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return target.startsWith(root + QLatin1Char('/')) && target.size() > root.size() + 1 &&
           !target.mid(root.size() + 1).contains(QLatin1Char('/'));
}

MediaExportResult MediaExport::run(Database &db, const MediaExportOptions &options,
                                   const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    MediaExportResult result;
    auto cancelled = [&] { return cancel && cancel->load(); };
    if (options.outputDirectory.isEmpty() || !QDir().mkpath(options.outputDirectory)) {
        result.errorString = QStringLiteral("cannot create the folder %1").arg(options.outputDirectory);
        return result;
    }
    // Symbolic links resolved once: every file goes straight into this folder.
    const QString directory = QFileInfo(options.outputDirectory).canonicalFilePath();
    const CancelScope cancelScope(db, cancel);

    // The media of the selection: of its tweets, and the profile images of the accounts it names.
    QList<std::int64_t> mediaIds;
    QSet<std::int64_t> seen;
    Statement ofTweets(db, "SELECT id FROM media WHERE tweet_id IN (SELECT value FROM json_each(?)) "
                           "ORDER BY tweet_id, archive_id, entry_index");
    QString error;
    auto addTweets = [&](const QList<std::int64_t> &ids) {
        const QByteArray json = idsJson(ids); // bound without a copy: must outlive the stepping
        ofTweets.bind(1, json);
        while (ofTweets.next()) {
            if (!seen.contains(ofTweets.int64(0))) {
                seen.insert(ofTweets.int64(0));
                mediaIds.append(ofTweets.int64(0));
            }
        }
        const bool ok = ofTweets.ok();
        if (!ok) {
            error = ofTweets.errorString();
        }
        ofTweets.reset();
        return ok && !cancelled();
    };
    bool listed = true;
    if (options.tweetIds) {
        for (qsizetype at = 0; listed && at < options.tweetIds->size(); at += TweetListQuery::ChunkSize) {
            listed = addTweets(options.tweetIds->mid(at, TweetListQuery::ChunkSize));
        }
    } else {
        listed = TweetListQuery::collectIds(db, options.filter, TweetOrder::OldestFirst, addTweets, &error) &&
                 error.isEmpty();
        if (listed && !options.filter.accountIds.isEmpty()) {
            Statement profiles(db, "SELECT id FROM media WHERE tweet_id IS NULL AND account_id IN "
                                   "(SELECT value FROM json_each(?)) ORDER BY account_id, id");
            const QByteArray json = idsJson(options.filter.accountIds);
            profiles.bind(1, json);
            while (profiles.next()) {
                if (!seen.contains(profiles.int64(0))) {
                    seen.insert(profiles.int64(0));
                    mediaIds.append(profiles.int64(0));
                }
            }
            listed = profiles.ok();
            error = profiles.errorString();
        }
    }
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (!listed) {
        result.errorString = QStringLiteral("cannot list the media: %1").arg(error);
        return result;
    }

    QString manifestPath = directory + QStringLiteral("/manifest.csv");
    for (int n = 2; QFileInfo::exists(manifestPath); ++n) {
        manifestPath = directory + QStringLiteral("/manifest-%1.csv").arg(n);
    }
    QSaveFile manifest(manifestPath);
    if (!manifest.open(QIODevice::WriteOnly)) {
        result.errorString = QStringLiteral("cannot write %1: %2").arg(manifestPath, manifest.errorString());
        return result;
    }
    manifest.write("file,tweet_id,userid,screen_name,campaign,archive,entry,size,status\n");

    Statement details(
        db, "SELECT m.id, m.archive_id, a.path, m.entry, m.entry_index, m.size, m.kind, m.format, "
            "coalesce(m.tweet_id, 0), coalesce(m.media_key, ''), coalesce(ac.userid, m.userid, ''), "
            "CASE WHEN ac.hashed THEN coalesce(ac.alias, '') ELSE coalesce(ac.screen_name, '') END, "
            "coalesce(c.name, '') FROM media m JOIN media_archives a ON a.id = m.archive_id "
            "LEFT JOIN accounts ac ON ac.id = m.account_id LEFT JOIN campaigns c ON c.id = m.campaign_id "
            "WHERE m.id = ?");
    MediaReader reader;
    QSet<QString> usedNames;
    std::int64_t done = 0;
    for (const std::int64_t mediaId : std::as_const(mediaIds)) {
        if (cancelled()) {
            result.cancelled = true;
            manifest.cancelWriting();
            return result;
        }
        details.bind(1, mediaId);
        if (!details.next()) {
            details.reset();
            continue; // removed by a re-index meanwhile
        }
        ExportItem item;
        MediaLocation &location = item.location;
        location.mediaId = details.int64(0);
        location.archiveId = details.int64(1);
        location.archivePath = details.text(2);
        location.entry = details.text(3);
        location.entryIndex = details.int64(4);
        location.size = details.int64(5);
        location.kind = mediaKindFromName(details.text(6));
        location.format = details.text(7);
        location.tweetId = details.int64(8);
        location.mediaKey = details.text(9);
        item.accountUserid = details.text(10);
        item.screenName = details.text(11);
        item.campaign = details.text(12);
        details.reset();

        // The name: from sanitized parts of what the index says, never from the entry path.
        const QString extension = sanitizedComponent(location.format, 8);
        QString stem =
            location.tweetId != 0
                ? QString::number(location.tweetId) + QLatin1Char('-') + sanitizedComponent(location.mediaKey)
                : sanitizedComponent(item.accountUserid) + QLatin1Char('_') + mediaKindName(location.kind);
        QString name = stem + QLatin1Char('.') + extension;
        for (int n = 2; usedNames.contains(name) || QFileInfo::exists(directory + QLatin1Char('/') + name);
             ++n) {
            name = stem + QStringLiteral("-%1.").arg(n) + extension;
        }
        const QString target = directory + QLatin1Char('/') + name;
        QString status;
        if (!isInside(directory, target)) {
            status = QStringLiteral("refused: the name would leave the export folder");
        } else {
            usedNames.insert(name);
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly)) {
                status = QStringLiteral("cannot write: %1").arg(file.errorString());
            } else {
                const MediaReadResult read = reader.copy(location, file, options.maxBytesPerFile, cancel);
                if (read.error == MediaReadError::Cancelled) {
                    file.cancelWriting();
                    manifest.cancelWriting();
                    result.cancelled = true;
                    return result;
                }
                if (!read.ok()) {
                    file.cancelWriting();
                    status = read.errorString;
                } else if (!file.commit()) {
                    status = QStringLiteral("cannot write: %1").arg(file.errorString());
                } else {
                    ++result.filesWritten;
                    result.bytesWritten += read.bytes;
                }
            }
        }
        if (!status.isEmpty()) {
            ++result.failed;
            if (result.messages.size() < KeptMessages) {
                result.messages.append(status);
            }
            name.clear();
        }
        manifest.write(
            csvField(name) + ',' +
            (location.tweetId != 0 ? QByteArray::number(qlonglong(location.tweetId)) : QByteArray()) + ',' +
            csvField(item.accountUserid) + ',' + csvField(item.screenName) + ',' + csvField(item.campaign) +
            ',' + csvField(location.archivePath) + ',' + csvField(location.entry) + ',' +
            QByteArray::number(qlonglong(location.size)) + ',' +
            csvField(status.isEmpty() ? QStringLiteral("ok") : status) + '\n');
        ++done;
        if (progress) {
            progress(done, mediaIds.size());
        }
    }
    if (!manifest.commit()) {
        result.errorString = QStringLiteral("cannot write %1: %2").arg(manifestPath, manifest.errorString());
        return result;
    }
    result.manifestPath = manifestPath;
    result.ok = true;
    return result;
}

} // namespace trove

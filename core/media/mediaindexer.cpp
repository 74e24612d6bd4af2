#include "core/media/mediaindexer.h"

#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/media/mediaentry.h"

#include <QCollator>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <optional>

namespace trove {

namespace {

constexpr int KeptIssues = 100;

QByteArray csvField(const QString &value)
{
    QByteArray escaped = value.toUtf8();
    escaped.replace('"', "\"\"");
    return '"' + escaped + '"';
}

QString zipOpenError(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

/** The report of skipped and unmatched entries, opened when the first one comes. */
class IssueReport
{
public:
    IssueReport(QString path, bool enabled)
        : m_file(path)
        , m_enabled(enabled)
    {}

    bool write(const QList<MediaIssue> &issues, QString *error)
    {
        if (!m_enabled || issues.isEmpty()) {
            return true;
        }
        if (!m_file.isOpen()) {
            QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
            if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                *error = QStringLiteral("cannot write the media report %1: %2")
                             .arg(m_file.fileName(), m_file.errorString());
                m_enabled = false;
                return false;
            }
            m_file.write("file,entry,reason\n");
        }
        QByteArray out;
        for (const MediaIssue &issue : issues) {
            out +=
                csvField(issue.archive) + ',' + csvField(issue.entry) + ',' + csvField(issue.reason) + '\n';
        }
        m_file.write(out);
        m_file.flush();
        return true;
    }

    QString path() const { return m_file.isOpen() ? m_file.fileName() : QString(); }

private:
    QFile m_file;
    bool m_enabled;
};

struct Statements
{
    Statement findByName;
    Statement findByPath;
    Statement deleteMedia;
    Statement deleteSkipped;
    Statement deleteArchive;
    Statement insertArchive;
    Statement finishArchive;
    Statement failArchive;
    Statement insertMedia;
    Statement insertSkipped;
    Statement findTweet;
    Statement findAccount;
    Statement relocateArchive;

    bool prepare(Database &db)
    {
        return findByName.prepare(db, "SELECT id, path FROM media_archives WHERE file_name=? AND size=? "
                                      "AND modified=? AND status='indexed' ORDER BY id") &&
               findByPath.prepare(db, "SELECT id FROM media_archives WHERE path=?") &&
               deleteMedia.prepare(db, "DELETE FROM media WHERE archive_id=?") &&
               deleteSkipped.prepare(db, "DELETE FROM media_skipped WHERE archive_id=?") &&
               deleteArchive.prepare(db, "DELETE FROM media_archives WHERE id=?") &&
               insertArchive.prepare(db,
                                     "INSERT INTO media_archives(path, file_name, size, modified, "
                                     "campaign_key, campaign_id, status) VALUES(?,?,?,?,?,?,'indexed')") &&
               finishArchive.prepare(
                   db, "UPDATE media_archives SET campaign_id=?2, entries=?3, media_files=?4, "
                       "unmatched=?5, skipped=?6, indexed_at=strftime('%s','now') WHERE id=?1") &&
               failArchive.prepare(
                   db, "INSERT INTO media_archives(path, file_name, size, modified, campaign_key, "
                       "status, error, indexed_at) VALUES(?,?,?,?,?,'failed',?,"
                       "strftime('%s','now'))") &&
               insertMedia.prepare(
                   db, "INSERT INTO media(archive_id, entry_index, entry, kind, format, tweet_id, "
                       "media_key, userid, campaign_id, account_id, size, compressed_size) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)") &&
               insertSkipped.prepare(db,
                                     "INSERT INTO media_skipped(archive_id, entry, reason) VALUES(?,?,?)") &&
               findTweet.prepare(db, "SELECT t.account_id, t.campaign_id, a.userid FROM tweets t "
                                     "LEFT JOIN accounts a ON a.id = t.account_id WHERE t.id=?") &&
               findAccount.prepare(db, "SELECT id FROM accounts WHERE campaign_id=? AND userid=?") &&
               relocateArchive.prepare(db, "UPDATE media_archives SET path=? WHERE id=?");
    }
};

// A run that starts on an empty media table drops the media indexes Schema defers and builds them once at
// the end (see DeferredMediaIndexes in schema.cpp). A run killed in between leaves the archives it committed
// intact and those indexes missing (queries stay correct, only slower); every run ends by building whichever
// are missing, as the importer does for tweets_by_account.
/** Drops the deferred indexes while media is empty, and builds the missing ones when it goes. */
class DeferredMediaIndexes
{
public:
    explicit DeferredMediaIndexes(Database &db)
        : m_db(db)
    {}
    ~DeferredMediaIndexes() { build(); }
    DeferredMediaIndexes(const DeferredMediaIndexes &) = delete;
    DeferredMediaIndexes &operator=(const DeferredMediaIndexes &) = delete;

    /** Drops them when media holds no row (nothing to keep indexed); false on a write error. */
    bool dropIfEmpty()
    {
        if (m_db.scalar("SELECT count(*) FROM (SELECT 1 FROM media LIMIT 1)", 1) != 0) {
            return true;
        }
        Transaction transaction(m_db);
        return Schema::dropDeferredMediaIndexes(m_db) && transaction.commit();
    }

    /** Builds those missing (each a no-op when it exists); false on a write error. */
    bool build()
    {
        Transaction transaction(m_db);
        return Schema::createDeferredMediaIndexes(m_db) && transaction.commit();
    }

private:
    Database &m_db;
};

/** The cache's campaign for a key or name (any case); 0 when there is none. */
std::int64_t findCampaign(Database &db, const QString &keyOrName)
{
    if (keyOrName.trimmed().isEmpty()) {
        return 0;
    }
    Statement statement(db,
                        "SELECT id FROM campaigns WHERE key=?1 OR lower(name)=?1 ORDER BY key=?1 DESC, id");
    statement.bind(1, keyOrName.trimmed().toLower());
    return statement.next() ? statement.int64(0) : 0;
}

} // namespace

MediaIndexer::MediaIndexer(MediaIndexOptions options)
    : m_options(std::move(options))
{}

QString MediaIndexer::newReportPath(const QString &cachePath)
{
    const QFileInfo cache(cachePath);
    const QString directory =
        cache.absolutePath() + QLatin1Char('/') + cache.completeBaseName() + QStringLiteral("-reports");
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = directory + QStringLiteral("/media-") + stamp + QStringLiteral(".csv");
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = directory + QStringLiteral("/media-") + stamp + QStringLiteral("-%1.csv").arg(n);
    }
    return path;
}

QStringList MediaIndexer::archivePaths(const QStringList &inputs, QStringList *messages)
{
    QStringList paths;
    for (const QString &input : inputs) {
        const QFileInfo info(input);
        if (!info.exists()) {
            if (messages) {
                messages->append(QStringLiteral("%1: no such file or folder").arg(input));
            }
        } else if (info.isDir()) {
            QDirIterator it(info.absoluteFilePath(), {QStringLiteral("*.zip"), QStringLiteral("*.ZIP")},
                            QDir::Files, QDirIterator::Subdirectories);
            const qsizetype before = paths.size();
            while (it.hasNext()) {
                paths.append(QFileInfo(it.next()).absoluteFilePath());
            }
            if (paths.size() == before && messages) {
                messages->append(QStringLiteral("%1: no zip files in this folder").arg(input));
            }
        } else {
            paths.append(info.absoluteFilePath());
        }
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(paths.begin(), paths.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
    return paths;
}

MediaIndexSummary MediaIndexer::run(Database &db, const ProgressCallback &progress,
                                    const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    MediaIndexSummary summary;
    const QStringList paths = archivePaths(m_options.inputs, &summary.messages);
    summary.archivesFailed = int(summary.messages.size());

    MediaIndexProgress status;
    status.archivesTotal = int(paths.size());
    QElapsedTimer throttle;
    auto report = [&](bool force) {
        if (progress && (force || !throttle.isValid() || throttle.elapsed() >= 100)) {
            throttle.start();
            progress(status);
        }
    };
    auto cancelled = [&] { return cancel && cancel->load(); };

    // Declared before the statements: its destructor, on any early return, runs after they are finalised.
    DeferredMediaIndexes deferredIndexes(db);
    if (!deferredIndexes.dropIfEmpty()) {
        summary.errorString = QStringLiteral("cannot index media in %1: %2").arg(db.path(), db.errorString());
        return summary;
    }
    Statements sql;
    if (!sql.prepare(db)) {
        summary.errorString = QStringLiteral("cannot index media in %1: %2").arg(db.path(), db.errorString());
        return summary;
    }
    IssueReport issueReport(m_options.reportPath.isEmpty() ? newReportPath(db.path()) : m_options.reportPath,
                            m_options.writeReport);
    const std::int64_t optionCampaign = findCampaign(db, m_options.campaign);
    if (!m_options.campaign.isEmpty() && optionCampaign == 0) {
        summary.messages.append(
            QStringLiteral("no campaign \"%1\" in the cache: media are linked by tweet id only")
                .arg(m_options.campaign));
    }
    // media.kind as UTF-8, converted once rather than per entry.
    QList<QByteArray> kindNames;
    for (const MediaKind kind :
         {MediaKind::Image, MediaKind::Gif, MediaKind::Video, MediaKind::Profile, MediaKind::Banner}) {
        kindNames.append(mediaKindName(kind).toUtf8());
    }
    QList<std::int64_t> allCampaigns;
    {
        Statement campaigns(db, "SELECT id FROM campaigns ORDER BY id");
        while (campaigns.next()) {
            allCampaigns.append(campaigns.int64(0));
        }
    }

    auto recordIssue = [&](QList<MediaIssue> &issues, const QString &archive, const char *entry,
                           const QString &reason) {
        issues.append(MediaIssue{archive, QString::fromUtf8(entry), reason});
    };

    for (const QString &path : paths) {
        if (cancelled()) {
            summary.cancelled = true;
            break;
        }
        status.currentArchive = path;
        report(true);
        const QFileInfo info(path);
        const QString fileName = info.fileName();
        const qint64 size = info.size();
        const qint64 modified = info.lastModified().toSecsSinceEpoch();
        const QString campaignKey = mediaCampaignKey(path);

        // Indexed before: the same file name, size and mtime.
        sql.findByName.bind(1, fileName);
        sql.findByName.bind(2, std::int64_t(size));
        sql.findByName.bind(3, std::int64_t(modified));
        std::int64_t knownId = 0;
        QString knownPath;
        bool samePath = false;
        while (sql.findByName.next()) {
            if (knownId == 0 || sql.findByName.text(1) == path) {
                knownId = sql.findByName.int64(0);
                knownPath = sql.findByName.text(1);
                samePath = knownPath == path;
            }
        }
        sql.findByName.reset();
        if (knownId != 0) {
            ++summary.archivesAlreadyIndexed;
            if (!samePath && !QFileInfo::exists(knownPath)) {
                // The archive was moved: follow it rather than index it again.
                sql.relocateArchive.bind(1, path);
                sql.relocateArchive.bind(2, knownId);
                if (sql.relocateArchive.run()) {
                    ++summary.archivesRelocated;
                    summary.messages.append(QStringLiteral("%1: indexed before at %2 (now gone); re-pointed")
                                                .arg(path, knownPath));
                }
                sql.relocateArchive.reset();
            }
            ++status.archivesDone;
            continue;
        }

        auto fail = [&](const QString &message) {
            ++summary.archivesFailed;
            summary.messages.append(message);
            Transaction transaction(db);
            sql.findByPath.bind(1, path);
            const std::int64_t oldId = sql.findByPath.next() ? sql.findByPath.int64(0) : 0;
            sql.findByPath.reset();
            if (oldId != 0) {
                for (Statement *statement : {&sql.deleteMedia, &sql.deleteSkipped, &sql.deleteArchive}) {
                    statement->bind(1, oldId);
                    statement->run();
                    statement->reset();
                }
            }
            sql.failArchive.bind(1, path);
            sql.failArchive.bind(2, fileName);
            sql.failArchive.bind(3, std::int64_t(size));
            sql.failArchive.bind(4, std::int64_t(modified));
            sql.failArchive.bind(5, campaignKey);
            sql.failArchive.bind(6, message);
            sql.failArchive.run();
            sql.failArchive.reset();
            transaction.commit();
        };

        int code = 0;
        zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
        if (!archive) {
            fail(QStringLiteral("%1: not a readable zip archive (%2); the other archives are indexed")
                     .arg(path, zipOpenError(code)));
            ++status.archivesDone;
            continue;
        }

        std::optional<Transaction> transaction;
        transaction.emplace(db);
        if (!transaction->isActive()) {
            zip_discard(archive);
            summary.errorString = QStringLiteral("cannot write %1: %2").arg(db.path(), db.errorString());
            return summary;
        }
        // A changed archive (or one that failed before) at the same path: replace what was recorded.
        sql.findByPath.bind(1, path);
        const std::int64_t oldId = sql.findByPath.next() ? sql.findByPath.int64(0) : 0;
        sql.findByPath.reset();
        if (oldId != 0) {
            for (Statement *statement : {&sql.deleteMedia, &sql.deleteSkipped, &sql.deleteArchive}) {
                statement->bind(1, oldId);
                statement->run();
                statement->reset();
            }
        }
        std::int64_t campaignId = optionCampaign != 0 ? optionCampaign : findCampaign(db, campaignKey);
        sql.insertArchive.bind(1, path);
        sql.insertArchive.bind(2, fileName);
        sql.insertArchive.bind(3, std::int64_t(size));
        sql.insertArchive.bind(4, std::int64_t(modified));
        sql.insertArchive.bind(5, campaignKey);
        if (campaignId != 0) {
            sql.insertArchive.bind(6, campaignId);
        } else {
            sql.insertArchive.bindNull(6);
        }
        if (!sql.insertArchive.run()) {
            zip_discard(archive);
            summary.errorString =
                QStringLiteral("cannot write %1: %2").arg(db.path(), sql.insertArchive.errorString());
            return summary;
        }
        sql.insertArchive.reset();
        const std::int64_t archiveId = db.lastInsertId();
        // Accounts of unmatched entries are looked up in the archive's campaign, or in every campaign when
        // its name does not say (a cache holds a handful of campaigns).
        const QList<std::int64_t> accountCampaigns =
            campaignId != 0 ? QList<std::int64_t>{campaignId} : allCampaigns;
        QHash<std::int64_t, std::int64_t> tweetCampaigns; // campaign of linked tweets -> files

        std::int64_t entries = 0, mediaFiles = 0, unmatched = 0, skipped = 0, linkedTweets = 0,
                     linkedAccounts = 0;
        QList<MediaIssue> issues;
        QString archiveError;
        bool stopped = false;
        const zip_int64_t count = zip_get_num_entries(archive, 0);
        for (zip_int64_t index = 0; index < count; ++index) {
            if ((index & 255) == 255) {
                if (cancelled()) {
                    stopped = true;
                    break;
                }
                status.entriesDone += 256;
                report(false);
            }
            zip_stat_t stat;
            zip_stat_init(&stat);
            if (zip_stat_index(archive, zip_uint64_t(index), 0, &stat) != 0 ||
                !(stat.valid & ZIP_STAT_NAME)) {
                archiveError =
                    QStringLiteral("%1: corrupt zip: entry %2 cannot be read (%3); the other archives "
                                   "are indexed")
                        .arg(path)
                        .arg(index)
                        .arg(QString::fromUtf8(zip_strerror(archive)));
                break;
            }
            const std::int64_t entrySize = (stat.valid & ZIP_STAT_SIZE) ? std::int64_t(stat.size) : 0;
            const MediaEntryName entry = MediaEntryName::parse(stat.name, entrySize);
            if (!entry.isMedia) {
                if (entry.skipReason == QLatin1String("folder")) {
                    continue;
                }
                ++entries;
                ++skipped;
                sql.insertSkipped.bind(1, archiveId);
                sql.insertSkipped.bindText(2, stat.name, std::int64_t(std::strlen(stat.name)));
                sql.insertSkipped.bind(3, entry.skipReason);
                sql.insertSkipped.run();
                sql.insertSkipped.reset();
                recordIssue(issues, path, stat.name, entry.skipReason);
                continue;
            }
            ++entries;
            ++mediaFiles;
            std::int64_t accountId = 0;
            std::int64_t mediaCampaign = campaignId;
            bool tweetFound = false;
            QByteArray tweetUserid;
            if (entry.tweetId != 0) {
                sql.findTweet.bind(1, entry.tweetId);
                if (sql.findTweet.next()) {
                    tweetFound = true;
                    accountId = sql.findTweet.int64(0);
                    mediaCampaign = sql.findTweet.int64(1);
                    tweetUserid = sql.findTweet.bytes(2);
                    ++tweetCampaigns[mediaCampaign];
                }
                sql.findTweet.reset();
            }
            QByteArray userid = entry.userid;
            for (const QByteArray &candidateUserid : {entry.userid, entry.pathUserid}) {
                if (accountId != 0 || candidateUserid.isEmpty()) {
                    continue;
                }
                for (const std::int64_t candidate : accountCampaigns) {
                    sql.findAccount.bind(1, candidate);
                    sql.findAccount.bind(2, candidateUserid);
                    const bool found = sql.findAccount.next();
                    if (found) {
                        accountId = sql.findAccount.int64(0);
                        mediaCampaign = candidate;
                        userid = candidateUserid;
                    }
                    sql.findAccount.reset();
                    if (found) {
                        break;
                    }
                }
            }
            linkedTweets += tweetFound ? 1 : 0;
            linkedAccounts += accountId != 0 ? 1 : 0;
            if (entry.tweetId != 0 ? !tweetFound : accountId == 0) {
                ++unmatched;
                recordIssue(
                    issues, path, stat.name,
                    entry.tweetId != 0 ? QStringLiteral("no tweet %1 in the cache").arg(entry.tweetId)
                    : entry.userid.isEmpty()
                        ? QStringLiteral("the name links it to no tweet or account")
                        : QStringLiteral("no account %1 in the cache").arg(QString::fromUtf8(entry.userid)));
            }
            Statement &insert = sql.insertMedia;
            insert.bind(1, archiveId);
            insert.bind(2, std::int64_t(index));
            insert.bindText(3, stat.name, std::int64_t(std::strlen(stat.name)));
            insert.bind(4, kindNames[int(entry.kind)]);
            insert.bind(5, entry.format);
            if (entry.tweetId != 0) {
                insert.bind(6, entry.tweetId);
            } else {
                insert.bindNull(6);
            }
            insert.bind(7, entry.mediaKey);
            // The account's userid when the tweet names it: authoritative where the path is not (an opaque
            // userid holding '/' is split into folders by the zip).
            if (!tweetUserid.isEmpty()) {
                userid = tweetUserid;
            }
            if (userid.isEmpty()) {
                insert.bindNull(8);
            } else {
                insert.bind(8, userid);
            }
            if (mediaCampaign != 0) {
                insert.bind(9, mediaCampaign);
            } else {
                insert.bindNull(9);
            }
            if (accountId != 0) {
                insert.bind(10, accountId);
            } else {
                insert.bindNull(10);
            }
            insert.bind(11, entrySize);
            insert.bind(12,
                        (stat.valid & ZIP_STAT_COMP_SIZE) ? std::int64_t(stat.comp_size) : std::int64_t(0));
            const bool inserted = insert.run();
            insert.reset();
            if (!inserted) {
                zip_discard(archive);
                summary.errorString = QStringLiteral("cannot write %1: %2").arg(db.path(), db.errorString());
                return summary;
            }
        }
        zip_discard(archive);
        if (stopped) {
            summary.cancelled = true;
            break; // the transaction rolls back: this archive stays un-indexed
        }
        if (!archiveError.isEmpty()) {
            transaction.reset(); // rolls back what this archive wrote
            fail(archiveError);
            ++status.archivesDone;
            continue;
        }
        if (campaignId == 0 && !tweetCampaigns.isEmpty()) {
            // The name said nothing: the archive belongs to the campaign most of its tweets come from.
            for (auto it = tweetCampaigns.cbegin(); it != tweetCampaigns.cend(); ++it) {
                if (campaignId == 0 || it.value() > tweetCampaigns.value(campaignId)) {
                    campaignId = it.key();
                }
            }
        }
        sql.finishArchive.bind(1, archiveId);
        if (campaignId != 0) {
            sql.finishArchive.bind(2, campaignId);
        } else {
            sql.finishArchive.bindNull(2);
        }
        sql.finishArchive.bind(3, entries);
        sql.finishArchive.bind(4, mediaFiles);
        sql.finishArchive.bind(5, unmatched);
        sql.finishArchive.bind(6, skipped);
        const bool finished = sql.finishArchive.run();
        sql.finishArchive.reset();
        if (!finished || !transaction->commit()) {
            summary.errorString = QStringLiteral("cannot write %1: %2").arg(db.path(), db.errorString());
            return summary;
        }
        ++summary.archivesIndexed;
        summary.entries += entries;
        summary.mediaFiles += mediaFiles;
        summary.unmatched += unmatched;
        summary.skipped += skipped;
        summary.linkedToTweets += linkedTweets;
        summary.linkedToAccounts += linkedAccounts;
        for (qsizetype i = 0; i < issues.size() && summary.firstIssues.size() < KeptIssues; ++i) {
            summary.firstIssues.append(issues.at(i));
        }
        QString reportError;
        if (!issueReport.write(issues, &reportError)) {
            summary.messages.append(reportError);
        }
        ++status.archivesDone;
        status.entriesDone = summary.entries;
        report(true);
    }
    summary.reportPath = issueReport.path();
    if (!deferredIndexes.build()) {
        summary.errorString =
            QStringLiteral("cannot build the media indexes in %1: %2").arg(db.path(), db.errorString());
        return summary;
    }
    summary.ok = true;
    summary.seconds = double(timer.elapsed()) / 1000.0;
    status.currentArchive.clear();
    report(true);
    return summary;
}

std::int64_t MediaIndexer::relink(Database &db)
{
    // Both updates read only the media rows still unlinked, through media_by_account (account_id IS NULL).
    if (!db.exec("UPDATE media SET account_id = (SELECT account_id FROM tweets WHERE id = media.tweet_id), "
                 "campaign_id = (SELECT campaign_id FROM tweets WHERE id = media.tweet_id) "
                 "WHERE account_id IS NULL AND tweet_id IS NOT NULL "
                 "AND EXISTS (SELECT 1 FROM tweets WHERE id = media.tweet_id)")) {
        return -1;
    }
    std::int64_t linked = db.changes();
    if (!db.exec("UPDATE media SET account_id = (SELECT a.id FROM accounts a WHERE a.campaign_id = "
                 "media.campaign_id AND a.userid = media.userid) "
                 "WHERE account_id IS NULL AND campaign_id IS NOT NULL AND userid IS NOT NULL "
                 "AND EXISTS (SELECT 1 FROM accounts a WHERE a.campaign_id = media.campaign_id AND "
                 "a.userid = media.userid)")) {
        return -1;
    }
    linked += db.changes();
    return linked;
}

MediaRelocateSummary MediaIndexer::relocate(Database &db, const QString &oldFolder, const QString &newFolder)
{
    MediaRelocateSummary summary;
    const QString from = QDir::cleanPath(QFileInfo(oldFolder).absoluteFilePath());
    const QString to = QDir::cleanPath(QFileInfo(newFolder).absoluteFilePath());
    if (!QFileInfo(to).isDir()) {
        summary.errorString = QStringLiteral("%1: no such folder").arg(newFolder);
        return summary;
    }
    Transaction transaction(db);
    if (!transaction.isActive()) {
        summary.errorString = QStringLiteral("cannot write %1: %2").arg(db.path(), db.errorString());
        return summary;
    }
    Statement archives(db, "SELECT id, path, size FROM media_archives ORDER BY id");
    Statement update(db, "UPDATE media_archives SET path=? WHERE id=?");
    QList<QPair<std::int64_t, QString>> moves;
    const QString prefix = from.endsWith(QLatin1Char('/')) ? from : from + QLatin1Char('/');
    while (archives.next()) {
        const QString path = archives.text(1);
        if (!path.startsWith(prefix)) {
            continue;
        }
        const QString moved = to + QLatin1Char('/') + path.mid(prefix.size());
        const QFileInfo info(moved);
        if (info.isFile() && info.size() == archives.int64(2)) {
            moves.append({archives.int64(0), moved});
        } else {
            summary.missing.append(moved);
        }
    }
    if (!archives.ok()) {
        summary.errorString = archives.errorString();
        return summary;
    }
    for (const auto &move : moves) {
        update.bind(1, move.second);
        update.bind(2, move.first);
        if (!update.run()) {
            // Two archives cannot share a path: one indexed at the new place already.
            summary.errorString =
                QStringLiteral("cannot re-point to %1: %2").arg(move.second, update.errorString());
            return summary;
        }
        update.reset();
        ++summary.relocated;
    }
    if (!transaction.commit()) {
        summary.errorString = QStringLiteral("cannot write %1: %2").arg(db.path(), db.errorString());
        return summary;
    }
    summary.ok = true;
    return summary;
}

} // namespace trove

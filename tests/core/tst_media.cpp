// Media archives: indexing in place (both layouts, profile zips), what is reported, failures that stay
// local, re-runs, relocation, a killed indexing, reading with caps, export that never leaves its folder,
// and the tweet lists' media count and filter.
#include "core/db/database.h"
#include "core/media/mediaentry.h"
#include "core/media/mediaexport.h"
#include "core/media/mediaindexer.h"
#include "core/media/mediareader.h"
#include "core/query/cachesummary.h"
#include "core/query/tweetlistquery.h"
#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"
#include "core/synth/syntheticmedia.h"
#include "importtesthelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace trove;

namespace {

/** What a zip holds, listed with libzip directly (not through Trove's classes). */
struct Listing
{
    int files = 0;     // entries that are not folders
    int media = 0;     // known media extension and data
    int nonMedia = 0;  // the rest
    QStringList names; // every file entry
};

Listing listZip(const QString &path)
{
    Listing listing;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        return listing;
    }
    const QSet<QString> mediaExtensions{"jpg", "jpeg", "png", "gif", "mp4", "mov", "webp"};
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith('/')) {
            continue;
        }
        ++listing.files;
        listing.names.append(name);
        if (mediaExtensions.contains(QFileInfo(name).suffix().toLower()) && stat.size > 0) {
            ++listing.media;
        } else {
            ++listing.nonMedia;
        }
    }
    zip_discard(archive);
    return listing;
}

void appendLe(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        out.append(char((value >> (8 * i)) & 0xFF));
    }
}

/**
 * A zip by hand whose one entry declares @p declared uncompressed bytes but inflates to @p actual zero bytes:
 * a decompression bomb that lies about its size.
 */
bool writeLyingZip(const QString &path, const QByteArray &name, quint32 declared, int actual)
{
    const QByteArray data(actual, '\0');
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflated = zlib.mid(6, zlib.size() - 10); // raw deflate: no length, zlib header, adler
    const quint32 crc = synthetic::SyntheticMedia::crc32(data.constData(), size_t(data.size()));
    QByteArray out;
    appendLe(out, 0x04034b50, 4);
    appendLe(out, 20, 2);
    appendLe(out, 0, 2);
    appendLe(out, 8, 2);
    appendLe(out, 0, 4); // time, date
    appendLe(out, crc, 4);
    appendLe(out, quint32(deflated.size()), 4);
    appendLe(out, declared, 4);
    appendLe(out, quint32(name.size()), 2);
    appendLe(out, 0, 2);
    out += name + deflated;
    const int directory = out.size();
    appendLe(out, 0x02014b50, 4);
    appendLe(out, 20, 2);
    appendLe(out, 20, 2);
    appendLe(out, 0, 2);
    appendLe(out, 8, 2);
    appendLe(out, 0, 4);
    appendLe(out, crc, 4);
    appendLe(out, quint32(deflated.size()), 4);
    appendLe(out, declared, 4);
    appendLe(out, quint32(name.size()), 2);
    appendLe(out, 0, 2 + 2 + 2 + 2);
    appendLe(out, 0, 4);
    appendLe(out, 0, 4); // local header offset
    out += name;
    const int directorySize = out.size() - directory;
    appendLe(out, 0x06054b50, 4);
    appendLe(out, 0, 4);
    appendLe(out, 1, 2);
    appendLe(out, 1, 2);
    appendLe(out, quint32(directorySize), 4);
    appendLe(out, quint32(directory), 4);
    appendLe(out, 0, 2);
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(out) == out.size();
}

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_tweets; // the synthetic tweet archive's folder
    QString m_cache;  // tweets imported, media indexed by the tests in order
    GeneratorResult m_archive;
    MediaGeneratorResult m_media2018;
    MediaGeneratorResult m_media2020;
    QString m_campaign;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tweets = path("tweets");
        GeneratorOptions options;
        options.outputDirectory = m_tweets;
        options.tweets = 3000;
        options.accounts = 40;
        options.seed = 7;
        m_archive = ArchiveGenerator::generate(options);
        QVERIFY2(m_archive.ok, qPrintable(m_archive.errorString));
        m_campaign = m_archive.campaign;

        MediaGeneratorOptions media;
        media.tweetArchive = m_archive.files;
        media.outputDirectory = path("media2018");
        media.campaign = m_campaign;
        media.files = 900;
        media.zips = 3;
        media.unmatched = 7;
        media.profileAccounts = 6;
        media.seed = 3;
        m_media2018 = MediaGenerator::generate(media);
        QVERIFY2(m_media2018.ok, qPrintable(m_media2018.errorString));
        QCOMPARE(m_media2018.files.size(), 4); // three tweet-media zips and the profile zip

        media.outputDirectory = path("media2020");
        media.layout2020 = true;
        media.files = 300;
        media.zips = 2;
        media.profileAccounts = 0;
        media.nonMedia = false;
        media.seed = 4;
        m_media2020 = MediaGenerator::generate(media);
        QVERIFY2(m_media2020.ok, qPrintable(m_media2020.errorString));
        QVERIFY(QFileInfo(path("media2020/") + m_campaign + "_tweet_media_hashed/" + m_campaign +
                          "_hashed_001.zip")
                    .isFile());

        m_cache = path("cache.trove");
        const ImportSummary imported = test::import(m_cache, m_archive.files);
        QVERIFY2(imported.ok, qPrintable(imported.errorString));
    }

    void generatedFilesHaveValidSignatures()
    {
        const QByteArray png = synthetic::SyntheticMedia::png(1);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        // Every chunk's CRC is right.
        for (int at = 8; at < png.size();) {
            const quint32 length = (quint8(png[at]) << 24) | (quint8(png[at + 1]) << 16) |
                                   (quint8(png[at + 2]) << 8) | quint8(png[at + 3]);
            const quint32 crc = (quint8(png[at + 8 + length]) << 24) | (quint8(png[at + 9 + length]) << 16) |
                                (quint8(png[at + 10 + length]) << 8) | quint8(png[at + 11 + length]);
            QCOMPARE(synthetic::SyntheticMedia::crc32(png.constData() + at + 4, length + 4), crc);
            at += 12 + int(length);
        }
        QVERIFY(synthetic::SyntheticMedia::gif(1).startsWith("GIF89a"));
        QVERIFY(synthetic::SyntheticMedia::gif(1).endsWith(';'));
        QVERIFY(synthetic::SyntheticMedia::jpeg(1).startsWith("\xFF\xD8\xFF\xE0"));
        QVERIFY(synthetic::SyntheticMedia::jpeg(1).endsWith("\xFF\xD9"));
        QVERIFY(synthetic::SyntheticMedia::jpeg(1) != synthetic::SyntheticMedia::jpeg(2));
        QCOMPARE(synthetic::SyntheticMedia::png(5), synthetic::SyntheticMedia::png(5));
    }

    void parsesEntryNames()
    {
        const MediaEntryName tweet =
            MediaEntryName::parse("ira_10/09f9b790/images/673250708364247040-CVfPc8YUsAApZSL.jpg", 10);
        QVERIFY(tweet.isMedia);
        QCOMPARE(tweet.kind, MediaKind::Image);
        QCOMPARE(tweet.tweetId, 673250708364247040ll);
        QCOMPARE(tweet.mediaKey, QByteArray("CVfPc8YUsAApZSL"));
        QCOMPARE(tweet.userid, QByteArray("09f9b790"));
        QCOMPARE(tweet.format, QByteArray("jpg"));
        const MediaEntryName gif = MediaEntryName::parse("x/u/animated_gifs/12-k.GIF", 10);
        QCOMPARE(gif.kind, MediaKind::Gif);
        QCOMPARE(gif.format, QByteArray("gif"));
        QCOMPARE(MediaEntryName::parse("x/u/videos/12-k.mp4", 10).kind, MediaKind::Video);
        const MediaEntryName profile = MediaEntryName::parse("2b5d0e_profile_image.jpg", 10);
        QCOMPARE(profile.kind, MediaKind::Profile);
        QCOMPARE(profile.userid, QByteArray("2b5d0e")); // the type ("profile_image") has an underscore too
        QCOMPARE(profile.mediaKey, QByteArray("profile_image"));
        const MediaEntryName banner = MediaEntryName::parse("abc_banner.png", 10);
        QCOMPARE(banner.kind, MediaKind::Banner);
        QCOMPARE(banner.userid, QByteArray("abc"));
        QCOMPARE(banner.tweetId, 0);
        QVERIFY(!MediaEntryName::parse("x/README.txt", 10).isMedia);
        QCOMPARE(MediaEntryName::parse("x/README.txt", 10).skipReason, QString("not a media file (.txt)"));
        QCOMPARE(MediaEntryName::parse("p/1-x.mp4", 0).skipReason, QString("no file data (0 bytes)"));
        QVERIFY(!MediaEntryName::parse("__MACOSX/x/._1-a.jpg", 10).isMedia);
        QCOMPARE(mediaCampaignKey("/a/ira_tweet_media_hashed_3.zip"), QString("ira"));
        QCOMPARE(mediaCampaignKey("/a/iranian_tweet_media_hashed/iranian_hashed_001.zip"),
                 QString("iranian"));
    }

    void indexesThe2018LayoutAndProfiles()
    {
        Database db;
        QVERIFY(db.open(m_cache));
        MediaIndexOptions options;
        options.inputs = {path("media2018")};
        const MediaIndexSummary summary = MediaIndexer(options).run(db);
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
        QCOMPARE(summary.archivesIndexed, 4);
        QCOMPARE(summary.archivesFailed, 0);

        // Against the zips' contents, listed independently.
        int files = 0, media = 0, nonMedia = 0;
        for (const QString &zip : m_media2018.files) {
            const Listing listing = listZip(zip);
            files += listing.files;
            media += listing.media;
            nonMedia += listing.nonMedia;
            Statement archive(
                db, "SELECT entries, media_files, skipped, status FROM media_archives WHERE path=?");
            archive.bind(1, zip);
            QVERIFY2(archive.next(), qPrintable(zip));
            QCOMPARE(archive.int64(0), listing.files);
            QCOMPARE(archive.int64(1), listing.media);
            QCOMPARE(archive.int64(2), listing.nonMedia);
            QCOMPARE(archive.text(3), QString("indexed"));
        }
        QCOMPARE(summary.entries, files);
        QCOMPARE(summary.mediaFiles, media);
        QCOMPARE(summary.skipped, nonMedia);
        QCOMPARE(media, m_media2018.mediaFiles + m_media2018.unmatched + m_media2018.profileFiles);
        QCOMPARE(nonMedia, 2); // the README and the empty (periscope-like) entry
        QCOMPARE(test::count(db, "SELECT count(*) FROM media"), media);
        QCOMPARE(summary.linkedToTweets, m_media2018.mediaFiles);
        QCOMPARE(summary.unmatched, m_media2018.unmatched);

        // Every file naming a tweet of the cache is linked to it and to its account, whose userid is the
        // folder above the type folder.
        QCOMPARE(test::count(db, "SELECT count(*) FROM media m JOIN tweets t ON t.id = m.tweet_id "
                                 "JOIN accounts a ON a.id = t.account_id "
                                 "WHERE m.account_id = t.account_id AND a.userid = m.userid AND "
                                 "m.campaign_id = t.campaign_id"),
                 m_media2018.mediaFiles);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media WHERE kind='gif'"), m_media2018.gifs);
        // Profile and banner images, linked to their accounts.
        QCOMPARE(
            test::count(
                db,
                "SELECT count(*) FROM media WHERE kind IN ('profile','banner') AND account_id IS NOT NULL"),
            m_media2018.profileFiles);
        QCOMPARE(
            test::count(db,
                        "SELECT count(*) FROM media_archives WHERE campaign_id = (SELECT id FROM campaigns)"),
            4);

        // Reported with file, entry and reason; the report lists them too.
        QStringList reasons;
        for (const MediaIssue &issue : summary.firstIssues) {
            QVERIFY(!issue.archive.isEmpty());
            QVERIFY(!issue.entry.isEmpty());
            reasons.append(issue.entry + " | " + issue.reason);
        }
        QCOMPARE(summary.firstIssues.size(), m_media2018.unmatched + 2);
        QVERIFY2(reasons.filter("README.txt | not a media file (.txt)").size() == 1,
                 qPrintable(reasons.join('\n')));
        QVERIFY2(reasons.filter("-periscope.mp4 | no file data (0 bytes)").size() == 1,
                 qPrintable(reasons.join('\n')));
        QCOMPARE(reasons.filter("| no tweet 900000000000000000").size(), m_media2018.unmatched);
        QFile report(summary.reportPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = report.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("file,entry,reason"));
        QCOMPARE(lines.size(), 1 + m_media2018.unmatched + 2 + 1); // header, issues, final newline
        QCOMPARE(test::count(db, "SELECT count(*) FROM media_skipped"), 2);
    }

    void indexesThe2020Layout()
    {
        Database db;
        QVERIFY(db.open(m_cache));
        MediaIndexOptions options;
        options.inputs = {path("media2020")};
        const MediaIndexSummary summary = MediaIndexer(options).run(db);
        QVERIFY(summary.ok);
        QCOMPARE(summary.archivesIndexed, 2);
        int media = 0;
        for (const QString &zip : m_media2020.files) {
            media += listZip(zip).media;
            QVERIFY(QFileInfo(zip).fileName().contains("_hashed_00"));
        }
        QCOMPARE(summary.mediaFiles, media);
        QCOMPARE(summary.linkedToTweets, m_media2020.mediaFiles);
        QCOMPARE(summary.skipped, 0);
        QCOMPARE(test::count(db,
                             "SELECT count(*) FROM media_archives WHERE file_name LIKE '%_hashed_00%' AND "
                             "campaign_id IS NOT NULL"),
                 2);
    }

    // The indexer drops media_by_tweet/account/campaign before a bulk load into an empty media table and
    // builds them at the end: what it builds must be what schema step 7 creates in a new cache.
    void rebuiltIndexesMatchTheSchema()
    {
        const auto indexes = [](Database &db) {
            QStringList found;
            Statement statement(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                    "tbl_name = 'media' AND sql IS NOT NULL ORDER BY name");
            while (statement.next()) {
                found
                    << statement.text(0) + ": " +
                           statement.text(1).replace("IF NOT EXISTS ", "", Qt::CaseInsensitive).simplified();
            }
            return found;
        };
        Database fresh;
        QVERIFY(fresh.open(path("fresh-schema.trove")));
        const QStringList expected = indexes(fresh);
        QCOMPARE(expected.size(), 4);
        Database indexed;
        QVERIFY(indexed.open(m_cache));
        QVERIFY(test::count(indexed, "SELECT count(*) FROM media") > 0);
        QCOMPARE(indexes(indexed), expected);
    }

    void rerunSkipsIndexedArchives()
    {
        Database db;
        QVERIFY(db.open(m_cache));
        const std::int64_t before = test::count(db, "SELECT count(*) FROM media");
        MediaIndexOptions options;
        options.inputs = {path("media2018"), path("media2020")};
        const MediaIndexSummary summary = MediaIndexer(options).run(db);
        QVERIFY(summary.ok);
        QCOMPARE(summary.archivesIndexed, 0);
        QCOMPARE(summary.archivesAlreadyIndexed, 6);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media"), before);
    }

    void tweetListsSeeTheMedia()
    {
        Database db;
        QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
        QString error;
        TweetFilter with;
        with.media = TweetFilter::Media::With;
        const std::int64_t expectedWith = test::count(
            db, "SELECT count(DISTINCT tweet_id) FROM media WHERE tweet_id IN (SELECT id FROM tweets)");
        QVERIFY(expectedWith > 0);
        QCOMPARE(TweetListQuery::count(db, with, &error), expectedWith);
        TweetFilter without;
        without.media = TweetFilter::Media::Without;
        QCOMPARE(TweetListQuery::count(db, without, &error),
                 test::count(db, "SELECT count(*) FROM tweets") - expectedWith);
        // The media count of a row is the number of files indexed for it.
        const std::int64_t busiest = test::count(
            db, "SELECT tweet_id FROM media WHERE tweet_id IN (SELECT id FROM tweets) GROUP BY tweet_id "
                "ORDER BY count(*) DESC LIMIT 1");
        const TweetRow row = TweetListQuery::row(db, busiest, &error);
        QCOMPARE(row.id, busiest);
        QCOMPARE(std::int64_t(row.mediaCount),
                 test::count(
                     db, qPrintable(QString("SELECT count(*) FROM media WHERE tweet_id=%1").arg(busiest))));
        // The count goes through the index on media(tweet_id).
        Statement plan(db, "EXPLAIN QUERY PLAN SELECT tweet_id, count(*) FROM media WHERE tweet_id IN (1, 2) "
                           "GROUP BY tweet_id");
        QString details;
        while (plan.next()) {
            details += plan.text(3) + '\n';
        }
        QVERIFY2(details.contains("media_by_tweet"), qPrintable(details));
    }

    void readsEntriesInPlace()
    {
        Database db;
        QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
        const std::int64_t mediaId = test::count(
            db, "SELECT id FROM media WHERE format='png' AND tweet_id IS NOT NULL ORDER BY id LIMIT 1");
        MediaLocation location;
        QString error;
        QVERIFY2(MediaReader::locate(db, mediaId, &location, &error), qPrintable(error));
        MediaReader reader;
        const MediaReadResult read = reader.read(location);
        QVERIFY2(read.ok(), qPrintable(read.errorString));
        QVERIFY(read.data.startsWith("\x89PNG"));
        QCOMPARE(read.data.size(), location.size);
        // By archive and entry name, as a thumbnailer holding those asks.
        MediaLocation byName;
        QVERIFY(MediaReader::locate(db, location.archiveId, location.entry, &byName, &error));
        QCOMPARE(byName.mediaId, mediaId);
        QCOMPARE(reader.read(byName).data, read.data);
        QVERIFY(!MediaReader::mediaOfTweet(db, location.tweetId, &error).isEmpty());
        // By archive path and entry name alone, without the cache.
        MediaLocation direct;
        direct.archivePath = location.archivePath;
        direct.entry = location.entry;
        QCOMPARE(reader.read(direct).data, read.data);
        direct.entry = "no/such/entry.png";
        QCOMPARE(reader.read(direct).error, MediaReadError::EntryMissing);

        // Over the cap: refused before inflating.
        const MediaReadResult capped = reader.read(location, location.size - 1);
        QCOMPARE(capped.error, MediaReadError::TooLarge);
        QVERIFY(capped.errorString.contains(location.entry));
        QVERIFY(capped.data.isEmpty());
        QCOMPARE(MediaReader::defaultCap(MediaKind::Image), MediaReader::DefaultMaxImageBytes);
        QCOMPARE(MediaReader::defaultCap(MediaKind::Video), MediaReader::DefaultMaxBytes);

        QString missingError;
        QVERIFY(!MediaReader::locate(db, 999999999, &location, &missingError));
        QVERIFY(!missingError.isEmpty());
    }

    void refusesDecompressionBombs()
    {
        const QString folder = path("bomb");
        QDir().mkpath(folder);
        const QString zip = folder + "/bomb_tweet_media_hashed_1.zip";
        QVERIFY(writeLyingZip(zip, "bomb_1/u/images/1-bomb.png", 1000, 4 * 1024 * 1024));
        Database db;
        QVERIFY(db.open(path("bomb.trove")));
        MediaIndexOptions options;
        options.inputs = {zip};
        options.writeReport = false;
        const MediaIndexSummary summary = MediaIndexer(options).run(db);
        QVERIFY2(summary.ok && summary.archivesIndexed == 1, qPrintable(summary.messages.join('\n')));
        MediaLocation location;
        QVERIFY(MediaReader::locate(db, test::count(db, "SELECT id FROM media"), &location, nullptr));
        QCOMPARE(location.size, 1000);
        MediaReader reader;
        const MediaReadResult read = reader.read(location);
        QCOMPARE(read.error, MediaReadError::Bomb);
        QVERIFY(read.bytes <= 1001 + 64 * 1024); // stopped at the declared size, not after 4 MB
        QVERIFY(read.errorString.contains("bomb_tweet_media_hashed_1.zip"));
        QVERIFY(read.data.isEmpty());
    }

    void corruptZipFailsAlone()
    {
        const QString folder = path("corrupt");
        QDir().mkpath(folder);
        QFile garbage(folder + "/x_tweet_media_hashed_1.zip");
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(5000, 'Z'));
        garbage.close();
        // A real zip cut in half: its central directory is gone.
        QFile whole(m_media2018.files.first());
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QFile truncated(folder + "/x_tweet_media_hashed_2.zip");
        QVERIFY(truncated.open(QIODevice::WriteOnly));
        truncated.write(whole.read(whole.size() / 2));
        truncated.close();
        QVERIFY(QFile::copy(m_media2018.files.at(1), folder + "/x_tweet_media_hashed_3.zip"));

        Database db;
        QVERIFY(db.open(path("corrupt.trove")));
        MediaIndexOptions options;
        options.inputs = {folder};
        const MediaIndexSummary summary = MediaIndexer(options).run(db);
        QVERIFY(summary.ok);
        QCOMPARE(summary.archivesFailed, 2);
        QCOMPARE(summary.archivesIndexed, 1);
        QCOMPARE(summary.mediaFiles, listZip(m_media2018.files.at(1)).media);
        QVERIFY2(summary.messages.filter("x_tweet_media_hashed_1.zip: not a readable zip archive").size() ==
                     1,
                 qPrintable(summary.messages.join('\n')));
        QVERIFY(summary.messages.filter("x_tweet_media_hashed_2.zip").size() == 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media_archives WHERE status='failed' AND error LIKE "
                                 "'%not a readable zip%'"),
                 2);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media m JOIN media_archives a ON a.id = m.archive_id "
                                 "WHERE a.status='failed'"),
                 0);
        // A failed archive is tried again next time (and fails again), the good one is skipped.
        const MediaIndexSummary again = MediaIndexer(options).run(db);
        QCOMPARE(again.archivesFailed, 2);
        QCOMPARE(again.archivesAlreadyIndexed, 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media_archives"), 3);
    }

    void relocatesWithoutReindexing()
    {
        const QString oldFolder = path("movable");
        QDir().mkpath(oldFolder);
        for (const QString &zip : m_media2018.files) {
            QVERIFY(QFile::copy(zip, oldFolder + "/" + QFileInfo(zip).fileName()));
        }
        Database db;
        QVERIFY(db.open(path("relocate.trove")));
        MediaIndexOptions options;
        options.inputs = {oldFolder};
        options.writeReport = false;
        QCOMPARE(MediaIndexer(options).run(db).archivesIndexed, 4);
        const std::int64_t mediaBefore = test::count(db, "SELECT count(*) FROM media");
        const std::int64_t maxIdBefore = test::count(db, "SELECT max(id) FROM media");

        const QString newFolder = path("moved");
        QVERIFY(QDir().rename(oldFolder, newFolder));
        MediaLocation location;
        QVERIFY(MediaReader::locate(db, maxIdBefore, &location, nullptr));
        MediaReader reader;
        QCOMPARE(reader.read(location).error, MediaReadError::ArchiveMissing);

        // One archive is missing at the new place: left as it was, and named.
        QVERIFY(QFile::remove(newFolder + "/" + QFileInfo(m_media2018.files.last()).fileName()));
        const MediaRelocateSummary moved = MediaIndexer::relocate(db, oldFolder, newFolder);
        QVERIFY2(moved.ok, qPrintable(moved.errorString));
        QCOMPARE(moved.relocated, 3);
        QCOMPARE(moved.missing.size(), 1);
        QCOMPARE(
            test::count(db, qPrintable(QString("SELECT count(*) FROM media_archives WHERE path LIKE '%1/%'")
                                           .arg(newFolder))),
            3);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media"), mediaBefore);
        QCOMPARE(test::count(db, "SELECT max(id) FROM media"), maxIdBefore); // nothing re-indexed

        const std::int64_t firstId = test::count(
            db,
            qPrintable(QString("SELECT min(m.id) FROM media m JOIN media_archives a ON a.id = m.archive_id "
                               "WHERE a.path LIKE '%1/%'")
                           .arg(newFolder)));
        QVERIFY(MediaReader::locate(db, firstId, &location, nullptr));
        QVERIFY(location.archivePath.startsWith(newFolder));
        QVERIFY(reader.read(location).ok());

        // A moved archive given again is recognised (name, size, mtime) and followed, not indexed twice.
        const QString third = path("third");
        QDir().mkpath(third);
        const QString name = QFileInfo(m_media2018.files.first()).fileName();
        QVERIFY(QDir().rename(newFolder + "/" + name, third + "/" + name));
        options.inputs = {third};
        const MediaIndexSummary again = MediaIndexer(options).run(db);
        QCOMPARE(again.archivesIndexed, 0);
        QCOMPARE(again.archivesRelocated, 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media"), mediaBefore);
    }

    void exportStaysInsideItsFolder()
    {
        Database db;
        QVERIFY(db.open(m_cache));
        QList<std::int64_t> tweets;
        Statement some(db, "SELECT id FROM tweets ORDER BY id LIMIT 6");
        while (some.next()) {
            tweets.append(some.int64(0));
        }
        QCOMPARE(tweets.size(), 6);
        const QByteArray bytes = synthetic::SyntheticMedia::png(9);
        const QByteArray longKey(400, 'k');
        const QString folder = path("hostile");
        QDir().mkpath(folder);
        QVERIFY(test::writeZipOfBytes(
            folder + "/hostile_tweet_media_hashed_1.zip",
            {{"../../../evil/u/images/" + QByteArray::number(tweets[0]) + "-escape.png", bytes},
             {"/abs/u/images/" + QByteArray::number(tweets[1]) + "-k.png", bytes},
             {"C:\\win\\u\\images\\" + QByteArray::number(tweets[2]) + "-k2.png", bytes},
             {"a/u/images/" + QByteArray::number(tweets[3]) + "-" + longKey + ".png", bytes},
             {"a/u/images/" + QByteArray::number(tweets[4]) + "-.hidden.png", bytes},
             {"a/u/images/" + QByteArray::number(tweets[5]) + "-%2e%2e%2fx:y*z?.png", bytes}},
            true));
        MediaIndexOptions options;
        options.inputs = {folder};
        options.writeReport = false;
        QCOMPARE(MediaIndexer(options).run(db).mediaFiles, 6);

        const QString out = path("export/inner");
        MediaExportOptions exportOptions;
        exportOptions.outputDirectory = out;
        exportOptions.tweetIds = tweets;
        const MediaExportResult result = MediaExport::run(db, exportOptions);
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QVERIFY(result.filesWritten >= 6);
        // Nothing anywhere under the temporary folder but inside the export folder changed: no "evil" or
        // "escape" file was created outside it.
        QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.contains("escape") || file.contains("evil")) {
                QVERIFY2(file.startsWith(out + "/"), qPrintable(file));
            }
        }
        const QStringList written = QDir(out).entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : written) {
            QVERIFY2(QRegularExpression("^[A-Za-z0-9][A-Za-z0-9._-]*$").match(name).hasMatch(),
                     qPrintable(name));
            QVERIFY(name.size() <= 130);
            QVERIFY(MediaExport::isInside(out, out + "/" + name));
        }
        QVERIFY(written.contains("manifest.csv"));
        QVERIFY(written.contains(QString::number(tweets[0]) + "-escape.png"));
        // The exported bytes are the entry's bytes.
        QFile exported(out + "/" + QString::number(tweets[1]) + "-k.png");
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), bytes);
        // The manifest names each file with its tweet, account, campaign, archive and raw entry.
        QFile manifest(result.manifestPath);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QByteArray text = manifest.readAll();
        QVERIFY(text.startsWith("file,tweet_id,userid,screen_name,campaign,archive,entry,size,status\n"));
        QVERIFY(text.contains(
            QByteArray("\"../../../evil/u/images/" + QByteArray::number(tweets[0]) + "-escape.png\"")));
        QVERIFY(written.contains(QString::number(tweets[2]) + "-k2.png"));
        QVERIFY(!QFileInfo::exists(path("evil")) && !QFileInfo::exists(path("export/evil")));
        QVERIFY(text.contains(m_campaign.toUtf8()));

        QCOMPARE(MediaExport::sanitizedComponent("../../x"), QString("x"));
        QCOMPARE(MediaExport::sanitizedComponent("C:\\a\\b"), QString("C__a_b"));
        QCOMPARE(MediaExport::sanitizedComponent(QString("a") + QChar(0) + "b"), QString("a_b"));
        QCOMPARE(MediaExport::sanitizedComponent(".."), QString("media"));
        QCOMPARE(MediaExport::sanitizedComponent(QString(300, 'a')).size(), 100);
        QVERIFY(!MediaExport::isInside(out, out + "/../x"));
        QVERIFY(!MediaExport::isInside(out, "/etc/passwd"));
        QVERIFY(!MediaExport::isInside(out, out));
    }

    void importRoutesMediaZips()
    {
        // trove import of the tweets and the media together: tweets exactly as without media, media indexed.
        const QString withMedia = path("together.trove");
        const ImportSummary summary =
            test::import(withMedia, QStringList(m_archive.files) << path("media2018"));
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
        const ImportSummary plain = test::import(path("plain.trove"), m_archive.files);
        QCOMPARE(summary.tweetsAdded, plain.tweetsAdded);
        QCOMPARE(summary.filesImported, plain.filesImported);
        QCOMPARE(summary.filesFailed, 0);
        QVERIFY2(summary.messages.filter("no CSV file inside").isEmpty(),
                 qPrintable(summary.messages.join('\n')));
        QVERIFY2(summary.messages.filter("media: 4 archives indexed").size() == 1,
                 qPrintable(summary.messages.join('\n')));
        Database db;
        QVERIFY(db.open(withMedia, Database::Mode::ReadOnly));
        QCOMPARE(test::count(db, "SELECT count(*) FROM media"),
                 m_media2018.mediaFiles + m_media2018.unmatched + m_media2018.profileFiles);
    }

    void importRecordsABrokenMediaZip()
    {
        // A media zip that cannot be opened, given to an import beside the tweets: named like a media
        // archive, it is recorded as a failed media archive (as `trove media index` does), while a broken zip
        // named like a tweets file stays an import failure; tweets and the good media still arrive.
        const QString folder = path("brokenmedia");
        QDir().mkpath(folder);
        QFile garbage(folder + "/y_tweet_media_hashed_9.zip");
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(3000, 'Q'));
        garbage.close();
        QVERIFY(QFile::copy(folder + "/y_tweet_media_hashed_9.zip", folder + "/y_tweets_csv_hashed.zip"));
        QVERIFY(QFile::copy(m_media2018.files.at(1),
                            folder + "/" + QFileInfo(m_media2018.files.at(1)).fileName()));
        const QString cache = path("brokenmedia.trove");
        const ImportSummary summary = test::import(cache, QStringList(m_archive.files) << folder);
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
        QCOMPARE(summary.filesFailed, 2);
        QVERIFY2(summary.messages.filter("y_tweet_media_hashed_9.zip: not a readable zip archive").size() ==
                     1,
                 qPrintable(summary.messages.join('\n')));
        QVERIFY2(summary.messages.filter("y_tweets_csv_hashed.zip").size() == 1,
                 qPrintable(summary.messages.join('\n')));
        Database db;
        QVERIFY(db.open(cache, Database::Mode::ReadOnly));
        QCOMPARE(test::count(db, "SELECT count(*) FROM media_archives WHERE status='failed' AND path LIKE "
                                 "'%y_tweet_media_hashed_9.zip'"),
                 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media_archives WHERE path LIKE '%y_tweets_csv%'"), 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media_archives WHERE status='indexed'"), 1);
        QVERIFY(summary.tweetsAdded > 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM tweets"), summary.tweetsAdded);

        // `trove info --json`'s media object says the same.
        QString error;
        const MediaSummary media = CacheSummary::media(db, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(media.archivesIndexed, 1);
        QCOMPARE(media.archivesFailed, 1);
        QCOMPARE(media.files, test::count(db, "SELECT count(*) FROM media"));
        QCOMPARE(media.failures.size(), 1);
        QVERIFY(media.failures.first().first.endsWith("y_tweet_media_hashed_9.zip"));
        const QJsonObject json =
            QJsonDocument::fromJson(CacheSummary::toJson(CacheSummary::campaigns(db), cache, media))
                .object()
                .value("media")
                .toObject();
        QCOMPARE(json.value("archives_failed").toInteger(), 1);
        QCOMPARE(json.value("files").toInteger(), media.files);
        std::int64_t byKind = 0;
        for (const QJsonValue value : json.value("files_by_kind").toObject()) {
            byKind += value.toInteger();
        }
        QCOMPARE(byKind, media.files);
        QCOMPARE(json.value("not_media").toInteger(),
                 test::count(db, "SELECT sum(skipped) FROM media_archives"));
        QCOMPARE(json.value("failures").toArray().size(), 1);
    }

    void mediaIndexedBeforeTheirTweetsLinkLater()
    {
        const QString cache = path("mediafirst.trove");
        {
            Database db;
            QVERIFY(db.open(cache));
            MediaIndexOptions options;
            options.inputs = {path("media2020")};
            options.writeReport = false;
            const MediaIndexSummary summary = MediaIndexer(options).run(db);
            QCOMPARE(summary.linkedToTweets, 0);
            QCOMPARE(summary.unmatched, summary.mediaFiles);
        }
        QVERIFY(test::import(cache, m_archive.files).ok);
        Database db;
        QVERIFY(db.open(cache, Database::Mode::ReadOnly));
        QCOMPARE(test::count(db, "SELECT count(*) FROM media m JOIN tweets t ON t.id = m.tweet_id "
                                 "WHERE m.account_id = t.account_id AND m.campaign_id = t.campaign_id"),
                 m_media2020.mediaFiles);
    }

    void killedIndexingLeavesWholeArchives()
    {
        // Eight zips of 25,000 entries; the indexer is killed (SIGKILL) once it has started the third.
        const QString folder = path("big");
        QDir().mkpath(folder);
        QList<int> expected;
        for (int zip = 1; zip <= 8; ++zip) {
            QList<QPair<QByteArray, QByteArray>> entries;
            for (int i = 0; i < 25000; ++i) {
                entries.append({"big_" + QByteArray::number(zip) + "/user" + QByteArray::number(i % 50) +
                                    "/images/" + QByteArray::number(1000000 + zip * 100000 + i) + "-k" +
                                    QByteArray::number(i) + ".jpg",
                                QByteArray("jpg")});
            }
            QVERIFY(test::writeZipOfBytes(folder + "/big_tweet_media_hashed_" + QString::number(zip) + ".zip",
                                          entries, true));
            expected.append(25000);
        }
        const QString cache = path("killed.trove");
        QProcess process;
        process.setProgram(TROVE_BINARY);
        process.setArguments({"media", "index", "--no-report", "--cache", cache, folder});
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        QVERIFY(process.waitForStarted());
        QByteArray errors;
        while (!errors.contains("Indexing 3/8") && process.state() == QProcess::Running) {
            process.waitForReadyRead(20);
            errors += process.readAllStandardError();
        }
        QVERIFY2(process.state() == QProcess::Running, "the indexer finished before it could be killed");
        process.kill();
        process.waitForFinished();

        {
            Database db;
            QVERIFY(db.open(cache, Database::Mode::ReadOnly));
            const std::int64_t done = test::count(db, "SELECT count(*) FROM media_archives");
            QVERIFY2(done >= 2 && done < 8, qPrintable(QString::number(done)));
            // Each archive recorded is complete; the one being indexed left nothing.
            QCOMPARE(test::count(db, "SELECT count(*) FROM media_archives WHERE media_files = 25000"), done);
            QCOMPARE(test::count(db, "SELECT count(*) FROM media"), done * 25000);
            QCOMPARE(test::count(
                         db, "SELECT count(*) FROM media m WHERE NOT EXISTS (SELECT 1 FROM media_archives a "
                             "WHERE a.id = m.archive_id)"),
                     0);
        }
        QProcess again;
        again.start(TROVE_BINARY, {"media", "index", "--no-report", "--cache", cache, folder});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        Database db;
        QVERIFY(db.open(cache, Database::Mode::ReadOnly));
        QCOMPARE(test::count(db, "SELECT count(*) FROM media_archives WHERE status='indexed'"), 8);
        QCOMPARE(test::count(db, "SELECT count(*) FROM media"), 8 * 25000);
        QCOMPARE(test::count(db, "SELECT count(DISTINCT archive_id || ':' || entry_index) FROM media"),
                 8 * 25000);
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"

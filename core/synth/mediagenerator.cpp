#include "core/synth/mediagenerator.h"

#include "core/archive/inputscanner.h"
#include "core/csv/csvreader.h"
#include "core/synth/random.h"
#include "core/synth/syntheticmedia.h"
#include "core/synth/syntheticvideo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <string>
#include <vector>

namespace trove {

namespace {

using synthetic::Random;
using synthetic::SyntheticMedia;
using synthetic::SyntheticVideo;

struct TweetRef
{
    std::int64_t id = 0;
    QByteArray userid;
};

/** Calls @p visit(tweet id, userid) for every record of the archive's tweets files; false on a read error. */
template<typename Visit> bool readTweets(const QStringList &inputs, QString *error, Visit visit)
{
    const ScanResult scan = InputScanner::scan(inputs);
    for (const InputSource &source : scan.sources) {
        std::unique_ptr<QIODevice> device = source.open(error);
        if (!device) {
            return false;
        }
        CsvReader reader(device.get());
        if (!reader.readRecord()) {
            continue;
        }
        int tweetColumn = -1, userColumn = -1;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            if (reader.field(i) == "tweetid") {
                tweetColumn = i;
            } else if (reader.field(i) == "userid") {
                userColumn = i;
            }
        }
        if (tweetColumn < 0 || userColumn < 0) {
            continue; // a users file
        }
        while (reader.readRecord()) {
            if (reader.truncated() || reader.fieldCount() <= qMax(tweetColumn, userColumn)) {
                continue;
            }
            const std::string_view id = reader.field(tweetColumn);
            if (id == "tweetid") {
                continue; // a repeated header
            }
            bool ok = false;
            const std::int64_t tweetId = QByteArray(id.data(), qsizetype(id.size())).toLongLong(&ok);
            if (ok && tweetId > 0) {
                const std::string_view user = reader.field(userColumn);
                visit(tweetId, QByteArray(user.data(), qsizetype(user.size())));
            }
        }
        if (!reader.errorString().isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(source.displayName(), reader.errorString());
            return false;
        }
    }
    return true;
}

QByteArray mediaKey(Random &random)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
    QByteArray key(15, Qt::Uninitialized);
    for (char &c : key) {
        c = alphabet[random.next() % 63];
    }
    return key;
}

/** One zip being filled: the data must live until zip_close(). */
struct ZipFile
{
    QString path;
    QByteArray folder;                                      ///< the top folder inside
    std::vector<std::pair<QByteArray, QByteArray>> entries; ///< name, data
};

bool writeZip(const ZipFile &file, QString *error)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(file.path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        *error = QStringLiteral("cannot create %1").arg(file.path);
        return false;
    }
    const zip_uint16_t dosDate = zip_uint16_t(((2019 - 1980) << 9) | (1 << 5) | 31);
    for (const auto &entry : file.entries) {
        zip_source_t *source =
            zip_source_buffer(archive, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(archive, entry.first.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (source) {
                zip_source_free(source);
            }
            *error = QStringLiteral("%1: %2").arg(file.path, QString::fromUtf8(zip_strerror(archive)));
            zip_discard(archive);
            return false;
        }
        const bool text = entry.first.endsWith(".txt");
        zip_set_file_compression(archive, zip_uint64_t(index), text ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
        zip_file_set_dostime(archive, zip_uint64_t(index), 0, dosDate, 0);
    }
    if (zip_close(archive) != 0) {
        *error = QStringLiteral("%1: %2").arg(file.path, QString::fromUtf8(zip_strerror(archive)));
        zip_discard(archive);
        return false;
    }
    return true;
}

} // namespace

MediaGeneratorResult MediaGenerator::generate(const MediaGeneratorOptions &options)
{
    MediaGeneratorResult result;
    if (!QDir().mkpath(options.outputDirectory)) {
        result.errorString = QStringLiteral("cannot create %1").arg(options.outputDirectory);
        return result;
    }
    const int zips = qMax(1, options.zips);
    const QByteArray campaign = options.campaign.toUtf8();

    // Two passes over the tweets: count them, then take every stride-th, so that media spread over the whole
    // archive in constant memory (at most one reference per media file).
    std::int64_t total = 0;
    if (!readTweets(options.tweetArchive, &result.errorString,
                    [&](std::int64_t, const QByteArray &) { ++total; })) {
        return result;
    }
    if (total == 0) {
        result.errorString =
            QStringLiteral("no tweets in %1").arg(options.tweetArchive.join(QStringLiteral(", ")));
        return result;
    }
    const std::int64_t stride = qMax<std::int64_t>(1, total / qMax<std::int64_t>(1, options.files));
    std::vector<TweetRef> chosen;
    std::int64_t seen = 0;
    if (!readTweets(options.tweetArchive, &result.errorString,
                    [&](std::int64_t id, const QByteArray &userid) {
                        if (seen++ % stride == 0 && std::int64_t(chosen.size()) < options.files) {
                            chosen.push_back(TweetRef{id, userid});
                        }
                    })) {
        return result;
    }

    std::vector<ZipFile> files(static_cast<std::size_t>(zips));
    QString folder = options.outputDirectory;
    if (options.layout2020) {
        folder += QLatin1Char('/') + options.campaign + QStringLiteral("_tweet_media_hashed");
        QDir().mkpath(folder);
    }
    for (int n = 0; n < zips; ++n) {
        const QString number = options.layout2020 ? QStringLiteral("%1").arg(n + 1, 3, 10, QLatin1Char('0'))
                                                  : QString::number(n + 1);
        const QString stem = options.layout2020
                                 ? options.campaign + QStringLiteral("_hashed_") + number
                                 : options.campaign + QStringLiteral("_tweet_media_hashed_") + number;
        files[size_t(n)].path = folder + QLatin1Char('/') + stem + QStringLiteral(".zip");
        files[size_t(n)].folder =
            (options.layout2020 ? stem : options.campaign + QLatin1Char('_') + number).toUtf8() + '/';
    }

    Random random(options.seed, 0x4D454449);      // "MEDI"
    Random videoRandom(options.seed, 0x56494445); // "VIDE"
    const int videoPercent = qBound(0, options.videoPercent, 100);
    std::int64_t previousTweet = 0;
    for (std::int64_t i = 0; i < options.files; ++i) {
        const TweetRef &tweet = chosen[size_t(i % std::int64_t(chosen.size()))];
        ZipFile &zip = files[size_t(i * zips / options.files)];
        const std::uint64_t pick = random.next() % 10;
        QByteArray type = "images/";
        QByteArray extension = ".jpg";
        QByteArray data;
        if (videoPercent > 0 && int(videoRandom.next() % 100) < videoPercent) {
            type = "videos/";
            extension = ".mp4";
            data = SyntheticVideo::mp4(videoRandom.next());
            ++result.videos;
        } else if (pick == 0) {
            type = "animated_gifs/";
            extension = ".gif";
            data = SyntheticMedia::gif(random.next());
            ++result.gifs;
        } else if (pick <= 3) {
            extension = ".png";
            data = SyntheticMedia::png(random.next());
            ++result.images;
        } else {
            data = SyntheticMedia::jpeg(random.next());
            ++result.images;
        }
        zip.entries.emplace_back(zip.folder + tweet.userid + '/' + type +
                                     QByteArray::number(qlonglong(tweet.id)) + '-' + mediaKey(random) +
                                     extension,
                                 data);
        ++result.mediaFiles;
        if (tweet.id != previousTweet) {
            ++result.tweetsWithMedia;
            previousTweet = tweet.id;
        }
    }
    if (!chosen.empty()) {
        ZipFile &last = files.back();
        for (int k = 0; k < options.unmatched; ++k) {
            // Tweet ids far above any real one (years from now): they match nothing.
            const std::int64_t id = 9000000000000000000ll + k;
            last.entries.emplace_back(last.folder + chosen.front().userid + "/images/" +
                                          QByteArray::number(qlonglong(id)) + '-' + mediaKey(random) + ".jpg",
                                      SyntheticMedia::jpeg(random.next()));
            ++result.unmatched;
        }
    }
    if (options.nonMedia) {
        ZipFile &first = files.front();
        first.entries.emplace_back(
            first.folder + "README.txt",
            QByteArray("Synthetic media archive generated by Trove: nothing in it is real.\n"));
        first.entries.emplace_back(first.folder + "periscope/" +
                                       QByteArray::number(qlonglong(chosen.empty() ? 1 : chosen.front().id)) +
                                       "-periscope.mp4",
                                   QByteArray());
        result.nonMedia += 2;
    }
    for (const ZipFile &zip : files) {
        if (!writeZip(zip, &result.errorString)) {
            return result;
        }
        result.files.append(zip.path);
    }
    if (options.profileAccounts > 0) {
        ZipFile profiles;
        profiles.path = options.outputDirectory + QLatin1Char('/') + options.campaign +
                        QStringLiteral("_profile_images.zip");
        QList<QByteArray> users;
        for (const TweetRef &tweet : chosen) {
            if (users.size() >= options.profileAccounts) {
                break;
            }
            if (!users.contains(tweet.userid)) {
                users.append(tweet.userid);
            }
        }
        for (const QByteArray &userid : users) {
            profiles.entries.emplace_back(userid + "_profile.jpg", SyntheticMedia::jpeg(random.next()));
            profiles.entries.emplace_back(userid + "_banner.png", SyntheticMedia::png(random.next()));
            result.profileFiles += 2;
        }
        if (!writeZip(profiles, &result.errorString)) {
            return result;
        }
        result.files.append(profiles.path);
    }
    QFile readme(options.outputDirectory + QStringLiteral("/README-SYNTHETIC-MEDIA.txt"));
    if (readme.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        readme.write("These media archives were generated by Trove (trove generate --media). The images are "
                     "invented colour patterns for invented tweets: nothing here is real.\n");
    }
    result.ok = true;
    return result;
}

} // namespace trove

#include "importtesthelpers.h"

#include "core/import/importer.h"
#include "core/query/tweetsearch.h"
#include "core/synth/syntheticmedia.h"

#include <QFile>

#include <zip.h>

namespace trove::test {

ImportSummary import(const QString &cache, const QStringList &inputs, const QString &campaign)
{
    ImportOptions options;
    options.cachePath = cache;
    options.inputs = inputs;
    options.campaignName = campaign;
    return Importer(options).run();
}

std::int64_t count(Database &db, const char *sql)
{
    return db.scalar(sql, -1);
}

QString text(Database &db, const QString &sql)
{
    Statement statement(db, sql.toUtf8().constData());
    return statement.next() ? statement.text(0) : QString();
}

QList<qint64> searchIds(Database &db, const QString &query)
{
    QList<qint64> ids;
    for (const TweetHit &hit : TweetSearch::run(db, query, 100).hits) {
        ids.append(hit.tweetId);
    }
    return ids;
}

std::vector<std::string_view> split(const QList<QByteArray> &names)
{
    std::vector<std::string_view> result;
    for (const QByteArray &name : names) {
        result.emplace_back(name.constData(), size_t(name.size()));
    }
    return result;
}

bool writeZip(const QString &zipPath, const QList<QPair<QString, QString>> &files)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        return false;
    }
    for (const auto &[name, path] : files) {
        zip_source_t *source = zip_source_file(archive, QFile::encodeName(path).constData(), 0, -1);
        if (!source || zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

bool writeZipOfBytes(const QString &zipPath, const QList<QPair<QByteArray, QByteArray>> &entries, bool store)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive) {
        return false;
    }
    for (const auto &entry : entries) {
        zip_source_t *source =
            zip_source_buffer(archive, entry.second.constData(), zip_uint64_t(entry.second.size()), 0);
        const zip_int64_t index = zip_file_add(archive, entry.first.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
        if (store) {
            zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
        }
    }
    return zip_close(archive) == 0;
}

namespace {

void appendBigEndian(QByteArray &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        out.append(char((value >> shift) & 0xFF));
    }
}

void appendPngChunk(QByteArray &out, const QByteArray &type, const QByteArray &data)
{
    appendBigEndian(out, quint32(data.size()));
    const QByteArray body = type + data;
    out += body;
    appendBigEndian(out, synthetic::SyntheticMedia::crc32(body.constData(), size_t(body.size())));
}

} // namespace

QByteArray pngClaiming(quint32 width, quint32 height)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, width);
    appendBigEndian(header, height);
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter, no interlace
    appendPngChunk(png, "IHDR", header);
    appendPngChunk(png, "IDAT", qCompress(QByteArray(64, '\0')).mid(4)); // zlib stream of a few rows
    appendPngChunk(png, "IEND", QByteArray());
    return png;
}

MixedArchive generateMixedArchive(const QString &folder, std::int64_t tweets, int accounts,
                                  std::uint64_t seed, std::int64_t fteTweets, int fteAccounts,
                                  std::uint64_t fteSeed)
{
    MixedArchive archive;
    GeneratorOptions twitter;
    twitter.outputDirectory = folder + QStringLiteral("/twitter");
    twitter.tweets = tweets;
    twitter.accounts = accounts;
    twitter.seed = seed;
    archive.twitter = ArchiveGenerator::generate(twitter);
    GeneratorOptions fte;
    fte.outputDirectory = folder + QStringLiteral("/fte");
    fte.campaign = QStringLiteral("synthetic-fte");
    fte.format = GeneratorFormat::FiveThirtyEight;
    fte.fiveThirtyEightVersion = 1;
    fte.tweets = fteTweets;
    fte.accounts = fteAccounts;
    fte.seed = fteSeed;
    archive.fiveThirtyEight = ArchiveGenerator::generate(fte);
    return archive;
}

} // namespace trove::test

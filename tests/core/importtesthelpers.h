#pragma once

#include "core/db/database.h"
#include "core/import/importtypes.h"
#include "core/synth/archivegenerator.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string_view>
#include <vector>

// Helpers the import tests share: run an import, read one value back, search, build a zip, split a header.
namespace trove::test {

/** Runs an import of @p inputs into @p cache (into campaign @p campaign when it is not empty). */
ImportSummary import(const QString &cache, const QStringList &inputs, const QString &campaign = QString());

/** The integer the query returns, or -1 when it returns no row. */
std::int64_t count(Database &db, const char *sql);

/** The text of the first column of the first row, or an empty string. */
QString text(Database &db, const QString &sql);

/** The ids of the tweets that TweetSearch finds for @p query, newest first. */
QList<qint64> searchIds(Database &db, const QString &query);

/**
 * Generates, under @p folder, a synthetic Twitter campaign and a FiveThirtyEight v1 campaign
 * ("synthetic-fte", whose tweets get synthetic negative ids): the mixed archive the list and export tests
 * read. Each result says whether it was written.
 */
struct MixedArchive
{
    GeneratorResult twitter;
    GeneratorResult fiveThirtyEight;
    QStringList files() const { return twitter.files + fiveThirtyEight.files; }
    std::int64_t tweets() const { return twitter.tweets + fiveThirtyEight.tweets; }
};
MixedArchive generateMixedArchive(const QString &folder, std::int64_t tweets, int accounts,
                                  std::uint64_t seed, std::int64_t fteTweets, int fteAccounts,
                                  std::uint64_t fteSeed);

/** Views of @p names, as FormatDetector takes a header. */
std::vector<std::string_view> split(const QList<QByteArray> &names);

/** Writes a zip holding @p files (name inside the zip -> path on disk), deflated, with libzip. */
bool writeZip(const QString &zipPath, const QList<QPair<QString, QString>> &files);

/** Writes a zip of @p entries (entry name -> bytes), deflated, or stored when @p store. */
bool writeZipOfBytes(const QString &zipPath, const QList<QPair<QByteArray, QByteArray>> &entries,
                     bool store = false);

/** A PNG whose (valid, CRC-checked) header claims @p width × @p height pixels; its data is a few bytes. */
QByteArray pngClaiming(quint32 width, quint32 height);

} // namespace trove::test

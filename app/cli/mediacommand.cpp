#include "app/cli/commandparser.h"
#include "app/cli/commands.h"

#include "core/db/database.h"
#include "core/media/mediaexport.h"
#include "core/media/mediaindexer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <csignal>
#include <cstdio>

namespace trove::cli {

namespace {

std::atomic_bool interrupted{false};

void onSignal(int)
{
    interrupted = true; // the indexer rolls back the archive in progress and stops
}

constexpr const char *MediaUsage = R"(Usage:
  trove media index    [--cache FILE] [--campaign NAME] [--no-report] ZIP|FOLDER...
      Indexes media archives in place (nothing is extracted) and links each file to its tweet and account.
  trove media relocate [--cache FILE] OLD_FOLDER NEW_FOLDER
      Re-points archives indexed under OLD_FOLDER to the same files under NEW_FOLDER, without re-indexing.
  trove media export   [--cache FILE] [--tweet ID]... [--account USERID]... [--campaign NAME]... [--search Q]
                       [--max-bytes N] FOLDER
      Copies the media of the selection into FOLDER with a manifest.csv.
  Run `trove media <command> --help` for a command's options.
)";

bool openCache(const QString &command, const QString &cachePath, Database &db, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(cachePath)) {
        print(stderr, QStringLiteral("trove media %1: no cache at %2 (import an archive first)\n")
                          .arg(command, cachePath));
        return false;
    }
    if (!db.open(cachePath, Database::Mode::ReadWrite)) {
        print(stderr, QStringLiteral("trove media %1: %2\n").arg(command, db.errorString()));
        return false;
    }
    return true;
}

int runIndex(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("media index"),
        QStringLiteral("Indexes media archives (zips, or folders of them) in place: every entry "
                       "is listed and linked to its tweet and account; nothing is extracted."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption campaignOption(
        QStringLiteral("campaign"),
        QStringLiteral("The campaign the archives belong to, when their names do not say."),
        QStringLiteral("NAME"));
    const QCommandLineOption noReportOption(
        QStringLiteral("no-report"),
        QStringLiteral("Do not write the CSV of skipped and unmatched entries."));
    parser.addOption(campaignOption);
    parser.addOption(noReportOption);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("Media zips or folders holding them."),
                                 QStringLiteral("PATH…"));
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    if (parser.positionalArguments().isEmpty()) {
        print(stderr, QStringLiteral("trove media index: name at least one zip or folder\n"));
        return 2;
    }
    Database db;
    if (!openCache(QStringLiteral("index"), command.cachePath(), db, false)) {
        return 1;
    }
    db.exec("PRAGMA synchronous=OFF"); // as the importer: a killed process loses nothing committed
    db.exec("PRAGMA cache_size=-65536");
    MediaIndexOptions options;
    options.inputs = parser.positionalArguments();
    options.campaign = parser.value(campaignOption);
    options.writeReport = !parser.isSet(noReportOption);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // One line as each archive starts: the indexer reports again when it finishes one (same archive, one
    // more done), which would name the finished archive as the next.
    QString lastArchive;
    const MediaIndexSummary summary = MediaIndexer(options).run(
        db,
        [&](const MediaIndexProgress &progress) {
            if (progress.currentArchive == lastArchive || progress.currentArchive.isEmpty()) {
                return;
            }
            lastArchive = progress.currentArchive;
            print(stderr, QStringLiteral("Indexing %1/%2 %3 — %L4 entries so far\n")
                              .arg(progress.archivesDone + 1)
                              .arg(progress.archivesTotal)
                              .arg(progress.currentArchive)
                              .arg(progress.entriesDone));
        },
        &interrupted);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    db.exec("PRAGMA synchronous=NORMAL");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");

    for (const QString &message : summary.messages) {
        print(stderr, message + QLatin1Char('\n'));
    }
    if (!summary.ok) {
        print(stderr, QStringLiteral("trove media index: %1\n").arg(summary.errorString));
        return 1;
    }
    QString out;
    out += QStringLiteral("cache: %1\n").arg(command.cachePath());
    out += QStringLiteral("archives indexed: %1, already indexed: %2 (re-pointed: %3), failed: %4\n")
               .arg(summary.archivesIndexed)
               .arg(summary.archivesAlreadyIndexed)
               .arg(summary.archivesRelocated)
               .arg(summary.archivesFailed);
    out += QStringLiteral("entries: %1\nmedia files: %2\nlinked to tweets: %3\nlinked to accounts: %4\n")
               .arg(summary.entries)
               .arg(summary.mediaFiles)
               .arg(summary.linkedToTweets)
               .arg(summary.linkedToAccounts);
    out += QStringLiteral("matching no tweet or account: %1\nnot media, skipped: %2\n")
               .arg(summary.unmatched)
               .arg(summary.skipped);
    out += QStringLiteral("report: %1\n").arg(summary.reportPath);
    out += QStringLiteral("seconds: %1\n").arg(summary.seconds, 0, 'f', 3);
    out += QStringLiteral("outcome: %1\n")
               .arg(summary.cancelled ? QStringLiteral("cancelled (run it again to index the rest)")
                                      : QStringLiteral("completed"));
    print(stdout, out);
    if (summary.cancelled) {
        return 3;
    }
    return summary.archivesFailed > 0 ? 4 : 0;
}

int runRelocate(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("media relocate"),
        QStringLiteral("Re-points the media archives indexed under OLD_FOLDER to the same files "
                       "under NEW_FOLDER (a moved or re-mounted folder), without re-indexing."));
    command.parser().addPositionalArgument(QStringLiteral("OLD_FOLDER"), QStringLiteral("Where they were."));
    command.parser().addPositionalArgument(QStringLiteral("NEW_FOLDER"),
                                           QStringLiteral("Where they are now."));
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    const QStringList folders = command.parser().positionalArguments();
    if (folders.size() != 2) {
        print(stderr, QStringLiteral("trove media relocate: name the old folder and the new folder\n"));
        return 2;
    }
    Database db;
    if (!openCache(QStringLiteral("relocate"), command.cachePath(), db, true)) {
        return 1;
    }
    const MediaRelocateSummary summary = MediaIndexer::relocate(db, folders.at(0), folders.at(1));
    if (!summary.ok) {
        print(stderr, QStringLiteral("trove media relocate: %1\n").arg(summary.errorString));
        return 1;
    }
    for (const QString &missing : summary.missing) {
        print(stderr, QStringLiteral("%1: not found (left as it was)\n").arg(missing));
    }
    print(stdout, QStringLiteral("archives re-pointed: %1\nnot found at the new place: %2\n")
                      .arg(summary.relocated)
                      .arg(summary.missing.size()));
    return summary.missing.isEmpty() ? 0 : 4;
}

int runMediaExport(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("media export"),
        QStringLiteral("Copies the media files of the selection out of their archives into "
                       "FOLDER, with manifest.csv (file, tweet id, account, campaign, archive, "
                       "entry, size). Without a selection: every tweet's media."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption tweetOption(QStringLiteral("tweet"), QStringLiteral("A tweet id (repeatable)."),
                                         QStringLiteral("ID"));
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           QStringLiteral("An account: userid or screen name (repeatable)."),
                                           QStringLiteral("USERID"));
    const QCommandLineOption campaignOption(QStringLiteral("campaign"),
                                            QStringLiteral("A campaign key or name (repeatable)."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("Tweets matching this search."), QStringLiteral("QUERY"));
    const QCommandLineOption maxBytesOption(
        QStringLiteral("max-bytes"),
        QStringLiteral("Refuse files larger than this (default: 64 MB for images, "
                       "512 MB for videos)."),
        QStringLiteral("N"));
    for (const QCommandLineOption *option :
         {&tweetOption, &accountOption, &campaignOption, &searchOption, &maxBytesOption}) {
        parser.addOption(*option);
    }
    parser.addPositionalArgument(QStringLiteral("FOLDER"), QStringLiteral("Where to write the files."));
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        print(stderr, QStringLiteral("trove media export: name one folder to write into\n"));
        return 2;
    }
    Database db;
    if (!openCache(QStringLiteral("export"), command.cachePath(), db, true)) {
        return 1;
    }
    MediaExportOptions options;
    options.outputDirectory = parser.positionalArguments().constFirst();
    if (parser.isSet(maxBytesOption)) {
        bool ok = false;
        options.maxBytesPerFile = parser.value(maxBytesOption).toLongLong(&ok);
        if (!ok || options.maxBytesPerFile < 0) {
            print(stderr, QStringLiteral("trove media export: --max-bytes wants a whole number of bytes\n"));
            return 2;
        }
    }
    if (parser.isSet(tweetOption)) {
        QList<std::int64_t> ids;
        for (const QString &value : parser.values(tweetOption)) {
            bool ok = false;
            const qlonglong id = value.toLongLong(&ok);
            if (!ok) {
                print(
                    stderr,
                    QStringLiteral("trove media export: --tweet wants a tweet id, not \"%1\"\n").arg(value));
                return 2;
            }
            ids.append(id);
        }
        options.tweetIds = ids;
    }
    for (const QString &value : parser.values(campaignOption)) {
        Statement find(db, "SELECT id FROM campaigns WHERE key=?1 OR lower(name)=?1");
        find.bind(1, value.trimmed().toLower());
        if (!find.next()) {
            print(stderr, QStringLiteral("trove media export: no campaign \"%1\" in the cache\n").arg(value));
            return 2;
        }
        options.filter.campaignIds.append(find.int64(0));
    }
    for (const QString &value : parser.values(accountOption)) {
        Statement find(db, "SELECT id FROM accounts WHERE userid=?1 OR lower(screen_name)=lower(?1)");
        find.bind(1, value.trimmed());
        bool found = false;
        while (find.next()) {
            options.filter.accountIds.append(find.int64(0));
            found = true;
        }
        if (!found) {
            print(stderr, QStringLiteral("trove media export: no account \"%1\" in the cache\n").arg(value));
            return 2;
        }
    }
    options.filter.search = parser.value(searchOption);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QElapsedTimer sinceLine;
    const MediaExportResult result = MediaExport::run(
        db, options,
        [&](std::int64_t done, std::int64_t total) {
            if (!sinceLine.isValid() || sinceLine.elapsed() >= 1000 || done == total) {
                sinceLine.start();
                print(stderr, QStringLiteral("Exporting %L1 of %L2 media files\n").arg(done).arg(total));
            }
        },
        &interrupted);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (const QString &message : result.messages) {
        print(stderr, message + QLatin1Char('\n'));
    }
    if (result.cancelled) {
        print(stderr, QStringLiteral("trove media export: cancelled\n"));
        return 3;
    }
    if (!result.ok) {
        print(stderr, QStringLiteral("trove media export: %1\n").arg(result.errorString));
        return 1;
    }
    print(stdout, QStringLiteral("files written: %1\nbytes written: %2\nfailed: %3\nmanifest: %4\n")
                      .arg(result.filesWritten)
                      .arg(result.bytesWritten)
                      .arg(result.failed)
                      .arg(result.manifestPath));
    return result.failed > 0 ? 4 : 0;
}

} // namespace

int runMedia(const QStringList &arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("index")) {
        return runIndex(arguments.mid(1));
    }
    if (sub == QLatin1String("relocate")) {
        return runRelocate(arguments.mid(1));
    }
    if (sub == QLatin1String("export")) {
        return runMediaExport(arguments.mid(1));
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        std::fputs(MediaUsage, stdout);
        return 0;
    }
    std::fprintf(stderr, "trove media: %s\n\n%s",
                 sub.isEmpty() ? "name a command: index, relocate or export"
                               : QStringLiteral("unknown command %1").arg(sub).toLocal8Bit().constData(),
                 MediaUsage);
    return 2;
}

} // namespace trove::cli

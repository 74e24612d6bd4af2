#include "app/cli/commandparser.h"
#include "app/cli/commands.h"

#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/export/tweetexport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <csignal>
#include <cstdio>

namespace trove::cli {

namespace {

std::atomic_bool exportInterrupted{false};

void onExportSignal(int)
{
    exportInterrupted = true; // the export stops within a chunk and leaves no file
}

bool parseDay(const QString &text, QDate *day)
{
    *day = QDate::fromString(text, Qt::ISODate);
    return day->isValid();
}

} // namespace

int runExport(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("export"),
        QStringLiteral(
            "Exports the tweets of a Trove cache that match the filters to a CSV or JSON file, for "
            "citation and analysis elsewhere. Texts are written as stored (as the archive "
            "published them). Without filters: every tweet."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv (default) or json."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption spreadsheetOption(
        QStringLiteral("spreadsheet"),
        QStringLiteral("CSV for Excel/LibreOffice: a UTF-8 byte order mark, and an apostrophe before texts "
                       "starting with = + - @ (which a spreadsheet would run as formulas)."));
    const QCommandLineOption orderOption(QStringLiteral("order"),
                                         QStringLiteral("newest (default), oldest or engagement."),
                                         QStringLiteral("ORDER"), QStringLiteral("newest"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QStringLiteral("Full-text query (words, \"phrases\", OR, NOT, "
                                                         "-word, prefix*)."),
                                          QStringLiteral("QUERY"));
    const QCommandLineOption campaignOption(
        QStringLiteral("campaign"), QStringLiteral("Only this campaign (its key or name; repeatable)."),
        QStringLiteral("NAME"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("Tweets from this day on (YYYY-MM-DD, UTC)."),
                                        QStringLiteral("DAY"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("Tweets up to this day, included (YYYY-MM-DD, UTC)."),
                                      QStringLiteral("DAY"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("Tweet language as stored (en, ru, und)."),
                                            QStringLiteral("CODE"));
    const QCommandLineOption clientOption(QStringLiteral("client"), QStringLiteral("Client name as stored."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption kindsOption(
        QStringLiteral("kinds"),
        QStringLiteral("Comma-separated: original, retweet, reply, quote (default: all)."),
        QStringLiteral("KINDS"));
    const QCommandLineOption hashtagOption(
        QStringLiteral("hashtag"), QStringLiteral("Tweets with this hashtag."), QStringLiteral("TAG"));
    const QCommandLineOption mentionOption(QStringLiteral("mention"),
                                           QStringLiteral("Tweets mentioning this screen name or userid."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption mediaOption(QStringLiteral("media"), QStringLiteral("with or without media."),
                                         QStringLiteral("WITH"));
    const QCommandLineOption categoryOption(QStringLiteral("category"),
                                            QStringLiteral("Account category (RightTroll, …)."),
                                            QStringLiteral("CATEGORY"));
    for (const QCommandLineOption *option :
         {&formatOption, &spreadsheetOption, &orderOption, &searchOption, &campaignOption, &fromOption,
          &toOption, &languageOption, &clientOption, &kindsOption, &hashtagOption, &mentionOption,
          &mediaOption, &categoryOption}) {
        parser.addOption(*option);
    }
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to write."));
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    const auto usage = [](const QString &message) {
        print(stderr, QStringLiteral("trove export: %1 (see trove export --help)\n").arg(message));
        return 2;
    };
    if (parser.positionalArguments().size() != 1) {
        return usage(QStringLiteral("name one file to write"));
    }

    TweetExportOptions options;
    options.outputPath = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    const QString format = parser.value(formatOption);
    if (format == QLatin1String("json")) {
        options.format = ExportFormat::Json;
    } else if (format != QLatin1String("csv")) {
        return usage(QStringLiteral("unknown format %1").arg(format));
    }
    if (parser.isSet(spreadsheetOption)) {
        if (options.format != ExportFormat::Csv) {
            return usage(QStringLiteral("--spreadsheet is for CSV"));
        }
        options.csvDialect = CsvDialect::Spreadsheet;
    }
    bool orderOk = false;
    options.order = tweetOrderFromKey(parser.value(orderOption), TweetOrder::NewestFirst, &orderOk);
    if (!orderOk) {
        return usage(QStringLiteral("unknown order %1").arg(parser.value(orderOption)));
    }
    TweetFilter &filter = options.filter;
    filter.search = parser.value(searchOption);
    QDate day;
    if (parser.isSet(fromOption)) {
        if (!parseDay(parser.value(fromOption), &day)) {
            return usage(QStringLiteral("--from takes a day as YYYY-MM-DD"));
        }
        filter.from = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    if (parser.isSet(toOption)) {
        if (!parseDay(parser.value(toOption), &day)) {
            return usage(QStringLiteral("--to takes a day as YYYY-MM-DD"));
        }
        filter.until = QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC);
    }
    filter.language = parser.value(languageOption);
    filter.client = parser.value(clientOption);
    if (parser.isSet(kindsOption)) {
        filter.kinds = 0;
        const QStringList kinds = parser.value(kindsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &kind : kinds) {
            bool known = false;
            for (int bit = 0; bit < 4; ++bit) {
                if (kind.trimmed() == tweetKindKey(TweetKind(bit))) {
                    filter.kinds |= 1u << bit;
                    known = true;
                }
            }
            if (!known) {
                return usage(QStringLiteral("unknown tweet kind %1").arg(kind));
            }
        }
    }
    filter.hashtag = parser.value(hashtagOption);
    filter.mention = parser.value(mentionOption);
    if (parser.isSet(mediaOption)) {
        const QString media = parser.value(mediaOption);
        if (media == QLatin1String("with")) {
            filter.media = TweetFilter::Media::With;
        } else if (media == QLatin1String("without")) {
            filter.media = TweetFilter::Media::Without;
        } else {
            return usage(QStringLiteral("--media takes with or without"));
        }
    }
    filter.category = parser.value(categoryOption);

    const QString cachePath = command.cachePath();
    if (!QFileInfo::exists(cachePath)) {
        print(stderr,
              QStringLiteral("trove export: no cache at %1 (import an archive first)\n").arg(cachePath));
        return 1;
    }
    Database db;
    // A cache written by an older Trove is upgraded once (read-only connections cannot).
    QString upgradeError;
    if (!Schema::upgradeIfOutdated(cachePath, &upgradeError)) {
        print(stderr, QStringLiteral("trove %1: %2\n").arg(QStringLiteral("export"), upgradeError));
        return 1;
    }
    if (!db.open(cachePath, Database::Mode::ReadOnly)) {
        print(stderr, QStringLiteral("trove export: %1\n").arg(db.errorString()));
        return 1;
    }
    const QStringList campaigns = parser.values(campaignOption);
    for (const QString &campaign : campaigns) {
        Statement lookup(db, "SELECT id FROM campaigns WHERE key = ?1 OR name = ?1");
        lookup.bind(1, campaign);
        if (!lookup.next()) {
            print(stderr, QStringLiteral("trove export: no campaign %1 in %2\n").arg(campaign, cachePath));
            return 1;
        }
        filter.campaignIds.append(lookup.int64(0));
    }

    std::signal(SIGINT, onExportSignal);
    std::signal(SIGTERM, onExportSignal);
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sinceLine;
    const ExportResult result =
        TweetExport::run(db, options, &exportInterrupted, [&](std::int64_t done, std::int64_t total) {
            if (sinceLine.isValid() && sinceLine.elapsed() < 1000) {
                return;
            }
            sinceLine.start();
            print(stderr, QStringLiteral("%L1 of %L2 tweets\n").arg(done).arg(total));
        });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (result.cancelled) {
        print(stderr, QStringLiteral("trove export: cancelled, nothing written\n"));
        return 3;
    }
    if (!result.ok) {
        print(stderr, QStringLiteral("trove export: %1\n").arg(result.errorString));
        return 1;
    }
    print(stderr, QStringLiteral("exported %L1 tweets (%2) to %3 in %4 s\n")
                      .arg(result.written)
                      .arg(filter.describeFilters(), result.outputPath)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return 0;
}

} // namespace trove::cli

#include "app/cli/commandparser.h"
#include "app/cli/commands.h"

#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace trove::cli {

namespace {

/** Parses a whole non-negative decimal option; false (and a message) when it is not one. */
bool parseCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 minimum,
                qint64 maximum, qint64 *value, QString *error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        *error = QStringLiteral("--%1 wants a whole number from %2 to %3, not \"%4\"")
                     .arg(option.names().constFirst())
                     .arg(minimum)
                     .arg(maximum)
                     .arg(text);
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int runGenerate(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    CommandParser command(
        QStringLiteral("generate"),
        QStringLiteral(
            "Writes a synthetic archive in the Twitter information-operations format, or as "
            "FiveThirtyEight's IRAhandle_tweets_N.csv files. The data is invented, deterministic for a seed, "
            "and its campaign name always starts with \"synthetic\"."),
        false);
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption tweetsOption(QStringLiteral("tweets"),
                                          QStringLiteral("Distinct tweets to write (default 10000)."),
                                          QStringLiteral("N"));
    const QCommandLineOption accountsOption(
        QStringLiteral("accounts"), QStringLiteral("Accounts to invent (default 200)."), QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QStringLiteral("Random seed; the same seed gives the same bytes (default 1)."), QStringLiteral("S"));
    const QCommandLineOption partsOption(QStringLiteral("parts"),
                                         QStringLiteral("Split the tweets into N CSV parts (default 1)."),
                                         QStringLiteral("N"));
    const QCommandLineOption zipOption(
        QStringLiteral("zip"),
        QStringLiteral("Write <campaign>_users_csv_hashed.zip and _tweets_csv_hashed.zip "
                       "(FiveThirtyEight: <campaign>_IRAhandle_tweets.zip)."));
    const QCommandLineOption noUsersOption(QStringLiteral("no-users"),
                                           QStringLiteral("Do not write the users file."));
    const QCommandLineOption noQuirksOption(
        QStringLiteral("no-quirks"),
        QStringLiteral("No duplicate rows, truncated record, empty-field lists or float counts."));
    const QCommandLineOption campaignOption(
        QStringLiteral("campaign"),
        QStringLiteral("Campaign name and file prefix; \"synthetic-\" is prepended unless it starts with "
                       "\"synthetic\" (default synthetic-demo)."),
        QStringLiteral("NAME"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QStringLiteral("twitter (default): <campaign>_users_csv_hashed.csv and _tweets_csv_hashed*.csv; "
                       "fivethirtyeight: <campaign>_IRAhandle_tweets_1.csv … _N.csv, no users file."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption versionOption(
        QStringLiteral("version"),
        QStringLiteral("With --format fivethirtyeight: 1 (15 columns, no tweet ids) or 2 (21 columns, "
                       "default)."),
        QStringLiteral("V"));
    const QCommandLineOption mediaOption(
        QStringLiteral("media"),
        QStringLiteral(
            "Also write media archives with N tiny images, GIFs and videos for tweets of the archive, in "
            "OUTDIR/media (Twitter format only; default 0)."),
        QStringLiteral("N"));
    const QCommandLineOption mediaZipsOption(QStringLiteral("media-zips"),
                                             QStringLiteral("Spread the media over N zips (default 2)."),
                                             QStringLiteral("N"));
    const QCommandLineOption mediaLayoutOption(
        QStringLiteral("media-layout"),
        QStringLiteral("2018: <campaign>_tweet_media_hashed_N.zip (default); 2020: "
                       "<campaign>_tweet_media_hashed/<campaign>_hashed_NNN.zip."),
        QStringLiteral("YEAR"));
    const QCommandLineOption mediaProfilesOption(
        QStringLiteral("media-profiles"),
        QStringLiteral("Also write <campaign>_profile_images.zip with a profile and a banner image for N "
                       "accounts (default 0)."),
        QStringLiteral("N"));
    const QCommandLineOption mediaUnmatchedOption(
        QStringLiteral("media-unmatched"),
        QStringLiteral("Media files naming tweets that are not in the archive (default 5)."),
        QStringLiteral("N"));
    const QCommandLineOption mediaVideosOption(
        QStringLiteral("media-videos"),
        QStringLiteral("Percentage of the media files written as small playable MP4 videos in videos/ "
                       "folders (default 10)."),
        QStringLiteral("PERCENT"));
    parser.addOptions({tweetsOption, accountsOption, seedOption, partsOption, zipOption, noUsersOption,
                       noQuirksOption, campaignOption, formatOption, versionOption, mediaOption,
                       mediaZipsOption, mediaLayoutOption, mediaProfilesOption, mediaUnmatchedOption,
                       mediaVideosOption});
    parser.addPositionalArgument(QStringLiteral("OUTDIR"),
                                 QStringLiteral("Directory to write the archive into."));

    const QString usageHint = QStringLiteral("Run \"trove generate --help\" for the options.\n");
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << (positional.isEmpty() ? QStringLiteral("trove generate: no output directory given\n")
                                     : QStringLiteral("trove generate: give exactly one output directory\n"))
            << usageHint;
        return 2;
    }

    GeneratorOptions options;
    options.outputDirectory = positional.constFirst();
    QString error;
    qint64 tweets = options.tweets;
    qint64 accounts = options.accounts;
    qint64 parts = options.parts;
    qint64 mediaFiles = 0;
    qint64 mediaZips = 2;
    qint64 mediaProfiles = 0;
    qint64 mediaUnmatched = 5;
    qint64 mediaVideos = 10;
    if (!parseCount(parser, tweetsOption, 0, Q_INT64_C(1000000000000), &tweets, &error) ||
        !parseCount(parser, accountsOption, 1, 1000000, &accounts, &error) ||
        !parseCount(parser, partsOption, 1, 10000, &parts, &error) ||
        !parseCount(parser, mediaOption, 0, 100000000, &mediaFiles, &error) ||
        !parseCount(parser, mediaZipsOption, 1, 10000, &mediaZips, &error) ||
        !parseCount(parser, mediaProfilesOption, 0, 1000000, &mediaProfiles, &error) ||
        !parseCount(parser, mediaUnmatchedOption, 0, 1000000, &mediaUnmatched, &error) ||
        !parseCount(parser, mediaVideosOption, 0, 100, &mediaVideos, &error)) {
        err << "trove generate: " << error << '\n' << usageHint;
        return 2;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            err << "trove generate: --seed wants a whole number from 0 to 18446744073709551615, not \""
                << parser.value(seedOption) << "\"\n";
            return 2;
        }
    }
    options.tweets = tweets;
    options.accounts = int(accounts);
    options.parts = int(parts);
    options.zip = parser.isSet(zipOption);
    options.usersFile = !parser.isSet(noUsersOption);
    options.quirks = !parser.isSet(noQuirksOption);
    if (parser.isSet(campaignOption))
        options.campaign = parser.value(campaignOption);
    const QString format = parser.value(formatOption).trimmed().toLower();
    if (format == QLatin1String("fivethirtyeight")) {
        options.format = GeneratorFormat::FiveThirtyEight;
    } else if (parser.isSet(formatOption) && format != QLatin1String("twitter")) {
        err << "trove generate: --format wants twitter or fivethirtyeight, not \""
            << parser.value(formatOption) << "\"\n"
            << usageHint;
        return 2;
    }
    if (parser.isSet(versionOption)) {
        qint64 version = 0;
        if (options.format != GeneratorFormat::FiveThirtyEight) {
            err << "trove generate: --version applies to --format fivethirtyeight only\n" << usageHint;
            return 2;
        }
        if (!parseCount(parser, versionOption, 1, 2, &version, &error)) {
            err << "trove generate: " << error << '\n' << usageHint;
            return 2;
        }
        options.fiveThirtyEightVersion = int(version);
    }

    const QString mediaLayout = parser.value(mediaLayoutOption).trimmed();
    if (parser.isSet(mediaLayoutOption) && mediaLayout != QLatin1String("2018") &&
        mediaLayout != QLatin1String("2020")) {
        err << "trove generate: --media-layout wants 2018 or 2020, not \"" << mediaLayout << "\"\n"
            << usageHint;
        return 2;
    }
    if (mediaFiles > 0 && options.format != GeneratorFormat::Twitter) {
        err << "trove generate: --media applies to the Twitter format only\n" << usageHint;
        return 2;
    }

    QElapsedTimer clock;
    clock.start();
    qint64 lastReport = 0;
    const auto progress = [&](std::int64_t written) {
        // The generator calls back every 10,000 tweets; a line a second is enough for a person watching.
        if (clock.elapsed() - lastReport >= 1000) {
            lastReport = clock.elapsed();
            const int percent = options.tweets > 0 ? int(written * 100 / options.tweets) : 100;
            err << "Generated " << written << " of " << options.tweets << " tweets (" << percent << "%)\n";
            err.flush();
        }
        return true;
    };
    const GeneratorResult result = ArchiveGenerator::generate(options, progress);
    if (!result.ok) {
        err << "trove generate: " << result.errorString << '\n';
        return 1;
    }

    MediaGeneratorResult media;
    if (mediaFiles > 0) {
        MediaGeneratorOptions mediaOptions;
        mediaOptions.tweetArchive = result.files;
        mediaOptions.outputDirectory = options.outputDirectory + QStringLiteral("/media");
        mediaOptions.campaign = result.campaign;
        mediaOptions.files = mediaFiles;
        mediaOptions.zips = int(mediaZips);
        mediaOptions.layout2020 = mediaLayout == QLatin1String("2020");
        mediaOptions.profileAccounts = int(mediaProfiles);
        mediaOptions.unmatched = int(mediaUnmatched);
        mediaOptions.videoPercent = int(mediaVideos);
        mediaOptions.seed = options.seed;
        media = MediaGenerator::generate(mediaOptions);
        if (!media.ok) {
            err << "trove generate: " << media.errorString << '\n';
            return 1;
        }
    }

    for (const QString &file : result.files)
        out << QDir::toNativeSeparators(file) << '\n';
    for (const QString &file : media.files)
        out << QDir::toNativeSeparators(file) << '\n';
    out << QDir::toNativeSeparators(result.readmeFile) << '\n';
    out << "campaign: " << result.campaign << '\n'
        << "tweets: " << result.tweets << '\n'
        << "duplicate rows: " << result.duplicateRows << '\n'
        << "truncated records: " << result.truncatedRecords << '\n'
        << "accounts: " << result.accounts << '\n';
    if (options.format == GeneratorFormat::FiveThirtyEight)
        out << "categories: " << result.categories << '\n';
    if (mediaFiles > 0) {
        out << "media files: " << media.mediaFiles << " (" << media.images << " images, " << media.gifs
            << " GIFs, " << media.videos << " videos) for " << media.tweetsWithMedia << " tweets\n"
            << "media files matching no tweet: " << media.unmatched << '\n'
            << "media entries that are not media: " << media.nonMedia << '\n'
            << "profile and banner images: " << media.profileFiles << '\n';
    }
    out << "bytes: " << result.bytes << '\n'
        << "seconds: " << QString::number(double(clock.elapsed()) / 1000.0, 'f', 2) << '\n';
    return 0;
}

} // namespace trove::cli

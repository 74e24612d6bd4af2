#include "app/cli/commandparser.h"
#include "app/cli/commands.h"

#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/query/cachesummary.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace trove::cli {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

} // namespace

int runInfo(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("info"),
                          QStringLiteral("Shows what a Trove cache holds, per campaign."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    command.parser().addOption(jsonOption);
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    const QString cachePath = command.cachePath();
    if (!QFileInfo::exists(cachePath)) {
        print(stderr,
              QStringLiteral("trove info: no cache at %1 (import an archive first)\n").arg(cachePath));
        return 1;
    }
    Database db;
    // A cache written by an older Trove is upgraded once (read-only connections cannot).
    QString upgradeError;
    if (!Schema::upgradeIfOutdated(cachePath, &upgradeError)) {
        print(stderr, QStringLiteral("trove %1: %2\n").arg(QStringLiteral("info"), upgradeError));
        return 1;
    }
    if (!db.open(cachePath, Database::Mode::ReadOnly)) {
        print(stderr, QStringLiteral("trove info: %1\n").arg(db.errorString()));
        return 1;
    }
    QString error;
    const QList<CampaignSummary> campaigns = CacheSummary::campaigns(db, &error);
    if (!error.isEmpty()) {
        print(stderr, QStringLiteral("trove info: %1\n").arg(error));
        return 1;
    }
    const MediaSummary media = CacheSummary::media(db, &error);
    if (!error.isEmpty()) {
        print(stderr, QStringLiteral("trove info: %1\n").arg(error));
        return 1;
    }
    if (command.parser().isSet(jsonOption)) {
        const QByteArray json = CacheSummary::toJson(campaigns, cachePath, media);
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        return 0;
    }
    QString out = QStringLiteral("cache: %1\n").arg(cachePath);
    for (const CampaignSummary &campaign : campaigns) {
        out += QStringLiteral(
                   "%1%2: %L3 accounts, %L4 tweets, %L5 media, %6 – %7 UTC, %L8 rejected, %L9 repaired%10\n")
                   .arg(campaign.name, campaign.synthetic ? QStringLiteral(" (synthetic)") : QString())
                   .arg(campaign.accounts)
                   .arg(campaign.tweets)
                   .arg(campaign.media)
                   .arg(isoTime(campaign.firstTweet), isoTime(campaign.lastTweet))
                   .arg(campaign.rejected)
                   .arg(campaign.repaired)
                   .arg(campaign.incompleteFiles > 0
                            ? QStringLiteral(" — %1 files incomplete (import again to resume)")
                                  .arg(campaign.incompleteFiles)
                            : QString());
    }
    if (campaigns.isEmpty()) {
        out += QStringLiteral("(empty)\n");
    }
    // The media archives indexed in place (trove media index, or trove import of media zips).
    if (!media.isEmpty()) {
        QStringList byKind;
        for (const auto &kind : media.filesByKind) {
            byKind.append(QStringLiteral("%L1 %2").arg(kind.second).arg(kind.first));
        }
        out += QStringLiteral(
                   "media archives: %L1 indexed, %L2 failed; %L3 media files (%4), %L5 matching no tweet "
                   "or account, %L6 entries that are not media\n")
                   .arg(media.archivesIndexed)
                   .arg(media.archivesFailed)
                   .arg(media.files)
                   .arg(byKind.isEmpty() ? QStringLiteral("none") : byKind.join(QStringLiteral(", ")))
                   .arg(media.unmatched)
                   .arg(media.notMedia);
        for (const auto &failure : media.failures) {
            out += QStringLiteral("  failed: %1\n").arg(failure.second);
        }
    }
    print(stdout, out);
    return 0;
}

} // namespace trove::cli

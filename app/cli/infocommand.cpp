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
    if (command.parser().isSet(jsonOption)) {
        const QByteArray json = CacheSummary::toJson(campaigns, cachePath);
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
    Statement archives(db, "SELECT count(*) FILTER (WHERE status='indexed'), count(*) FILTER (WHERE "
                           "status='failed'), coalesce(sum(skipped), 0) FROM media_archives");
    if (archives.next() && archives.int64(0) + archives.int64(1) > 0) {
        Statement kinds(db, "SELECT kind, count(*) FROM media GROUP BY kind ORDER BY kind");
        QStringList byKind;
        std::int64_t files = 0;
        while (kinds.next()) {
            byKind.append(QStringLiteral("%L1 %2").arg(kinds.int64(1)).arg(kinds.text(0)));
            files += kinds.int64(1);
        }
        const std::int64_t unmatched =
            db.scalar("SELECT count(*) FROM media m WHERE CASE WHEN m.tweet_id IS NOT NULL THEN NOT EXISTS "
                      "(SELECT 1 FROM tweets t WHERE t.id = m.tweet_id) ELSE m.account_id IS NULL END");
        out += QStringLiteral(
                   "media archives: %L1 indexed, %L2 failed; %L3 media files (%4), %L5 matching no tweet "
                   "or account, %L6 entries that are not media\n")
                   .arg(archives.int64(0))
                   .arg(archives.int64(1))
                   .arg(files)
                   .arg(byKind.isEmpty() ? QStringLiteral("none") : byKind.join(QStringLiteral(", ")))
                   .arg(unmatched)
                   .arg(archives.int64(2));
        Statement failures(db, "SELECT path, error FROM media_archives WHERE status='failed' ORDER BY path");
        while (failures.next()) {
            out += QStringLiteral("  failed: %1\n").arg(failures.text(1));
        }
    }
    print(stdout, out);
    return 0;
}

} // namespace trove::cli

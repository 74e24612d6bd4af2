#include "core/query/cachesummary.h"

#include "core/db/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace trove {

namespace {

QDateTime utcFromEpoch(const Statement &statement, int column)
{
    if (statement.isNull(column)) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(statement.int64(column), Qt::UTC);
}

QJsonValue jsonTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return QJsonValue(QJsonValue::Null);
    }
    // Qt::ISODate writes "Z" for UTC and never adds milliseconds for whole seconds.
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QList<CampaignSummary> CacheSummary::campaigns(Database &db, QString *error)
{
    // Figures come from the counters the importer maintains in campaigns and source_files: reading
    // them stays cheap at millions of tweets, so the window can poll this during an import.
    static const char *const Sql = R"sql(
SELECT c.id, c.key, c.name, c.synthetic, c.account_count, c.tweet_count, c.first_tweet, c.last_tweet,
       coalesce(f.rejected, 0), coalesce(f.repaired, 0), coalesce(f.files, 0), coalesce(f.incomplete, 0),
       coalesce(m.media, 0)
FROM campaigns AS c
LEFT JOIN (SELECT campaign_id, sum(rejected) AS rejected, sum(repaired) AS repaired, count(*) AS files,
                  sum(completed = 0) AS incomplete
           FROM source_files GROUP BY campaign_id) AS f ON f.campaign_id = c.id
LEFT JOIN (SELECT campaign_id, count(*) AS media FROM media GROUP BY campaign_id) AS m ON m.campaign_id = c.id
ORDER BY c.name COLLATE NOCASE, c.id
)sql";

    QList<CampaignSummary> result;
    Statement statement;
    if (!statement.prepare(db, Sql)) {
        if (error) {
            *error = db.errorString();
        }
        return {};
    }
    while (statement.next()) {
        CampaignSummary campaign;
        campaign.id = statement.int64(0);
        campaign.key = statement.text(1);
        campaign.name = statement.text(2);
        campaign.synthetic = statement.int64(3) != 0;
        campaign.accounts = statement.int64(4);
        campaign.tweets = statement.int64(5);
        campaign.firstTweet = utcFromEpoch(statement, 6);
        campaign.lastTweet = utcFromEpoch(statement, 7);
        campaign.rejected = statement.int64(8);
        campaign.repaired = statement.int64(9);
        campaign.sourceFiles = int(statement.int64(10));
        campaign.incompleteFiles = int(statement.int64(11));
        campaign.media = statement.int64(12);
        result.append(campaign);
    }
    if (!statement.ok()) {
        if (error) {
            *error = db.errorString();
        }
        return {};
    }
    return result;
}

bool CacheSummary::renameCampaign(Database &db, std::int64_t campaignId, const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        if (error) {
            *error = QStringLiteral("a campaign name cannot be empty");
        }
        return false;
    }
    Statement statement;
    if (!statement.prepare(db, "UPDATE campaigns SET name = ?1 WHERE id = ?2")) {
        if (error) {
            *error = db.errorString();
        }
        return false;
    }
    statement.bind(1, trimmed);
    statement.bind(2, campaignId);
    if (!statement.run()) {
        if (error) {
            *error = db.errorString();
        }
        return false;
    }
    if (db.scalar("SELECT changes()") == 0) {
        if (error) {
            *error = QStringLiteral("no campaign with id %1").arg(campaignId);
        }
        return false;
    }
    return true;
}

MediaSummary CacheSummary::media(Database &db, QString *error)
{
    MediaSummary summary;
    Statement archives(db, "SELECT count(*) FILTER (WHERE status='indexed'), count(*) FILTER (WHERE "
                           "status='failed'), coalesce(sum(skipped), 0) FROM media_archives");
    if (!archives.next()) {
        if (error) {
            *error = archives.errorString();
        }
        return summary;
    }
    summary.archivesIndexed = archives.int64(0);
    summary.archivesFailed = archives.int64(1);
    summary.notMedia = archives.int64(2);
    if (summary.isEmpty()) {
        return summary;
    }
    Statement kinds(db, "SELECT kind, count(*) FROM media GROUP BY kind ORDER BY kind");
    while (kinds.next()) {
        summary.filesByKind.append({kinds.text(0), kinds.int64(1)});
        summary.files += kinds.int64(1);
    }
    summary.unmatched =
        db.scalar("SELECT count(*) FROM media m WHERE CASE WHEN m.tweet_id IS NOT NULL THEN NOT EXISTS "
                  "(SELECT 1 FROM tweets t WHERE t.id = m.tweet_id) ELSE m.account_id IS NULL END");
    Statement failures(db, "SELECT path, error FROM media_archives WHERE status='failed' ORDER BY path");
    while (failures.next()) {
        summary.failures.append({failures.text(0), failures.text(1)});
    }
    if (!kinds.ok() || !failures.ok()) {
        if (error) {
            *error = !kinds.ok() ? kinds.errorString() : failures.errorString();
        }
    }
    return summary;
}

QByteArray CacheSummary::toJson(const QList<CampaignSummary> &campaigns, const QString &cachePath,
                                const MediaSummary &media)
{
    QJsonArray list;
    for (const CampaignSummary &campaign : campaigns) {
        QJsonObject object;
        object.insert(QStringLiteral("name"), campaign.name);
        object.insert(QStringLiteral("key"), campaign.key);
        object.insert(QStringLiteral("synthetic"), campaign.synthetic);
        object.insert(QStringLiteral("accounts"), qint64(campaign.accounts));
        object.insert(QStringLiteral("tweets"), qint64(campaign.tweets));
        object.insert(QStringLiteral("media"), qint64(campaign.media));
        object.insert(QStringLiteral("first_tweet"), jsonTime(campaign.firstTweet));
        object.insert(QStringLiteral("last_tweet"), jsonTime(campaign.lastTweet));
        object.insert(QStringLiteral("rejected"), qint64(campaign.rejected));
        object.insert(QStringLiteral("repaired"), qint64(campaign.repaired));
        object.insert(QStringLiteral("source_files"), campaign.sourceFiles);
        object.insert(QStringLiteral("incomplete_files"), campaign.incompleteFiles);
        list.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("cache"), cachePath);
    root.insert(QStringLiteral("campaigns"), list);
    if (!media.isEmpty()) {
        QJsonObject kinds;
        for (const auto &kind : media.filesByKind) {
            kinds.insert(kind.first, qint64(kind.second));
        }
        QJsonArray failures;
        for (const auto &failure : media.failures) {
            QJsonObject object;
            object.insert(QStringLiteral("archive"), failure.first);
            object.insert(QStringLiteral("error"), failure.second);
            failures.append(object);
        }
        QJsonObject object;
        object.insert(QStringLiteral("archives_indexed"), qint64(media.archivesIndexed));
        object.insert(QStringLiteral("archives_failed"), qint64(media.archivesFailed));
        object.insert(QStringLiteral("files"), qint64(media.files));
        object.insert(QStringLiteral("files_by_kind"), kinds);
        object.insert(QStringLiteral("unmatched"), qint64(media.unmatched));
        object.insert(QStringLiteral("not_media"), qint64(media.notMedia));
        object.insert(QStringLiteral("failures"), failures);
        root.insert(QStringLiteral("media"), object);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace trove

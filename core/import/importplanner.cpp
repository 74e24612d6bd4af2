#include "core/import/importplanner.h"

#include "core/csv/csvreader.h"
#include "core/db/database.h"
#include "core/import/searchindexwriter.h"

#include <QCoreApplication>

namespace trove {

namespace {

QString headerExcerpt(const CsvReader &reader)
{
    QStringList names;
    for (int i = 0; i < reader.fieldCount() && i < 4; ++i) {
        const std::string_view field = reader.field(i);
        names.append(QLatin1Char('"') +
                     QString::fromUtf8(field.data(), qsizetype(qMin<size_t>(field.size(), 40))) +
                     QLatin1Char('"'));
    }
    return names.join(QLatin1Char(','));
}

} // namespace

ImportPlanner::ImportPlanner(Database &db, SearchIndexWriter &search, const ImportOptions &options)
    : m_db(db)
    , m_search(search)
    , m_options(options)
{}

bool ImportPlanner::plan(const QList<InputSource> &sources, QList<PlannedSource> &plan,
                         ImportSummary &summary, ImportProgress &progress,
                         const std::function<bool()> &cancelled)
{
    Statement findCampaign(m_db, "SELECT id FROM campaigns WHERE key=?");
    Statement insertCampaign(m_db, "INSERT INTO campaigns(key, name, synthetic, created_at) "
                                   "VALUES(?1, ?2, ?3, strftime('%s','now'))");
    Statement findSource(m_db,
                         "SELECT id, size, modified, records_done, bytes_done, completed FROM source_files "
                         "WHERE path=? AND entry=?");
    Statement insertSource(m_db, "INSERT INTO source_files(campaign_id, path, entry, format, size, modified) "
                                 "VALUES(?,?,?,?,?,?)");
    Statement resetSource(m_db, "UPDATE source_files SET size=?2, modified=?3, records_done=0, bytes_done=0, "
                                "completed=0, campaign_id=?4, format=?5 WHERE id=?1");
    Statement deleteRejects(m_db, "DELETE FROM rejects WHERE source_file_id=?");
    for (const InputSource &input : sources) {
        if (cancelled()) {
            break;
        }
        QString error;
        const std::unique_ptr<QIODevice> device = input.open(&error);
        if (!device) {
            summary.messages.append(error);
            ++summary.filesFailed;
            continue;
        }
        CsvReader reader(device.get(), 64 << 10);
        if (!reader.readRecord()) {
            summary.messages.append(
                QCoreApplication::translate("trove::Importer", "%1: empty file, or no readable header%2")
                    .arg(input.displayName(),
                         reader.errorString().isEmpty()
                             ? QString()
                             : QStringLiteral(" (") + reader.errorString() + QLatin1Char(')')));
            ++summary.filesFailed;
            continue;
        }
        std::vector<std::string_view> header;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            header.push_back(reader.field(i));
        }
        PlannedSource planned;
        planned.input = input;
        planned.binding = FormatDetector::detect(header);
        if (planned.binding.format == ArchiveFormat::Unknown) {
            summary.messages.append(
                QCoreApplication::translate("trove::Importer",
                                            "%1: not a recognised archive file (its header starts %2); "
                                            "skipped")
                    .arg(input.displayName(), headerExcerpt(reader)));
            ++summary.filesFailed;
            continue;
        }
        if (!planned.binding.missingColumns.isEmpty()) {
            summary.messages.append(
                QCoreApplication::translate("trove::Importer",
                                            "%1: columns missing from the header, left empty: %2")
                    .arg(input.displayName(), planned.binding.missingColumns.join(QStringLiteral(", "))));
        }
        if (!planned.binding.extraColumns.isEmpty()) {
            summary.messages.append(
                QCoreApplication::translate("trove::Importer", "%1: columns Trove does not know, ignored: %2")
                    .arg(input.displayName(), planned.binding.extraColumns.join(QStringLiteral(", "))));
        }

        QString key =
            m_options.campaignName.isEmpty() ? input.campaignKey : m_options.campaignName.trimmed().toLower();
        // NBC News named its files plainly tweets.csv and users.csv: the name says nothing of the campaign,
        // and the two files must land in one campaign to share their accounts.
        const bool nbc = planned.binding.format == ArchiveFormat::NbcTweets ||
                         planned.binding.format == ArchiveFormat::NbcUsers;
        if (nbc && m_options.campaignName.isEmpty() &&
            (key == QLatin1String("tweets") || key == QLatin1String("users"))) {
            key = QStringLiteral("nbc");
        }
        findCampaign.bind(1, key);
        std::int64_t campaignId = 0;
        if (findCampaign.next()) {
            campaignId = findCampaign.int64(0);
        }
        findCampaign.reset();
        if (campaignId == 0) {
            insertCampaign.bind(1, key);
            insertCampaign.bind(2, m_options.campaignName.isEmpty() ? key : m_options.campaignName.trimmed());
            insertCampaign.bind(3, input.campaignKey.startsWith(QLatin1String("synthetic")) ? 1 : 0);
            if (!insertCampaign.run()) {
                summary.errorString = m_db.errorString();
                return false;
            }
            campaignId = m_db.lastInsertId();
        }
        if (!summary.campaigns.contains(key)) {
            summary.campaigns.append(key);
        }
        planned.target.campaignId = campaignId;

        const QString format = FormatDetector::formatName(planned.binding.format);
        findSource.bind(1, input.path);
        findSource.bind(2, input.entry);
        if (findSource.next()) {
            const std::int64_t id = findSource.int64(0);
            const bool unchanged = findSource.int64(1) == input.size && findSource.int64(2) == input.modified;
            const std::int64_t recordsDone = findSource.int64(3);
            const std::int64_t bytesDone = findSource.int64(4);
            const bool completed = findSource.int64(5) != 0;
            findSource.reset();
            planned.target.sourceFileId = id;
            if (unchanged && completed) {
                ++summary.filesAlreadyImported;
                summary.messages.append(
                    QCoreApplication::translate("trove::Importer",
                                                "%1: imported before; skipped (its tweets are in the cache)")
                        .arg(input.displayName()));
                continue;
            }
            if (unchanged && bytesDone > 0) {
                planned.startRecords = recordsDone;
                planned.startOffset = bytesDone;
                ++summary.filesResumed;
                summary.messages.append(
                    QCoreApplication::translate(
                        "trove::Importer", "%1: resumed after record %2, where an interrupted import stopped")
                        .arg(input.displayName())
                        .arg(recordsDone));
            } else {
                // The file changed since (or never got past its header): read it again from the start. Tweets
                // already in the cache are recognised by id and counted as duplicates.
                resetSource.bind(1, id);
                resetSource.bind(2, input.size);
                resetSource.bind(3, input.modified);
                resetSource.bind(4, campaignId);
                resetSource.bind(5, format);
                deleteRejects.bind(1, id);
                if (!resetSource.run() || !deleteRejects.run() || !m_search.resetSource(id)) {
                    summary.errorString = m_db.errorString();
                    return false;
                }
            }
        } else {
            findSource.reset();
            insertSource.bind(1, campaignId);
            insertSource.bind(2, input.path);
            insertSource.bind(3, input.entry);
            insertSource.bind(4, format);
            insertSource.bind(5, input.size);
            insertSource.bind(6, input.modified);
            if (!insertSource.run()) {
                summary.errorString = m_db.errorString();
                return false;
            }
            planned.target.sourceFileId = m_db.lastInsertId();
        }
        progress.bytesTotal += input.size;
        progress.bytesDone += planned.startOffset;
        plan.append(planned);
    }
    return true;
}

} // namespace trove

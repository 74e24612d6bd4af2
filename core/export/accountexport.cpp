#include "core/export/accountexport.h"

#include "core/query/accountlist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace trove {

namespace {

constexpr qsizetype FlushSize = 1 << 20;
constexpr int ProgressStep = 1000;

QString sourcesText(unsigned sources)
{
    QStringList names;
    if (sources & AccountRecord::TwitterArchive) {
        names << QStringLiteral("twitter");
    }
    if (sources & AccountRecord::FiveThirtyEight) {
        names << QStringLiteral("fivethirtyeight");
    }
    if (sources & AccountRecord::NbcNews) {
        names << QStringLiteral("nbc");
    }
    return names.join(QLatin1Char(';'));
}

QString createdDay(const QDateTime &created)
{
    return created.isValid() ? created.toUTC().date().toString(Qt::ISODate) : QString();
}

// The record's values in columns() order; numbers as text, empty when unknown.
QStringList values(const AccountRecord &account)
{
    const auto count = [](std::int64_t value) { return value < 0 ? QString() : QString::number(value); };
    return {account.campaign,
            account.userid,
            account.alias,
            account.screenName,
            account.hashed ? QStringLiteral("true") : QStringLiteral("false"),
            account.displayName,
            account.category,
            account.accountType,
            count(account.followers),
            count(account.following),
            createdDay(account.created),
            account.language,
            QString::number(account.tweetCount),
            exportTime(account.firstTweet),
            exportTime(account.lastTweet),
            account.dormancyDays ? QString::number(*account.dormancyDays) : QString(),
            account.location,
            account.description,
            account.profileUrl,
            sourcesText(account.sources),
            account.linkedScreenNames.join(QLatin1Char(';')),
            account.linkedCampaigns.join(QLatin1Char(';'))};
}

// Which columns are numbers (written bare in JSON, never guarded as formulas in CSV).
bool isNumberColumn(int column)
{
    return column == 8 || column == 9 || column == 12 || column == 15;
}

bool isBooleanColumn(int column)
{
    return column == 4;
}

} // namespace

QStringList AccountExport::columns()
{
    return {
        QStringLiteral("campaign"),        QStringLiteral("userid"),       QStringLiteral("alias"),
        QStringLiteral("screen_name"),     QStringLiteral("hashed"),       QStringLiteral("display_name"),
        QStringLiteral("category"),        QStringLiteral("account_type"), QStringLiteral("followers"),
        QStringLiteral("following"),       QStringLiteral("created"),      QStringLiteral("language"),
        QStringLiteral("tweets"),          QStringLiteral("first_tweet"),  QStringLiteral("last_tweet"),
        QStringLiteral("dormancy_days"),   QStringLiteral("location"),     QStringLiteral("description"),
        QStringLiteral("profile_url"),     QStringLiteral("sources"),      QStringLiteral("linked_handles"),
        QStringLiteral("linked_campaigns")};
}

ExportResult AccountExport::run(const QList<AccountRecord> &accounts, const AccountExportOptions &options,
                                const std::atomic_bool *cancel,
                                const std::function<void(std::int64_t, std::int64_t)> &progress)
{
    ExportResult result;
    result.outputPath = options.outputPath;
    if (options.outputPath.isEmpty()) {
        result.errorString = QStringLiteral("no file to export to");
        return result;
    }
    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString =
            QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
        return result;
    }
    const QStringList names = columns();
    const bool json = options.format == ExportFormat::Json;
    QByteArray buffer;
    if (json) {
        QJsonArray campaigns;
        for (const QString &campaign : options.campaigns) {
            campaigns.append(campaign);
        }
        const QJsonObject meta{{QStringLiteral("cache"), options.cachePath},
                               {QStringLiteral("campaigns"), campaigns},
                               {QStringLiteral("list"), options.description},
                               {QStringLiteral("exported_at"), exportTime(QDateTime::currentDateTimeUtc())},
                               {QStringLiteral("trove_version"), options.troveVersion.isEmpty()
                                                                     ? QCoreApplication::applicationVersion()
                                                                     : options.troveVersion},
                               {QStringLiteral("count"), qint64(accounts.size())}};
        QByteArray metaText = QJsonDocument(meta).toJson(QJsonDocument::Indented).trimmed();
        metaText.replace('\n', "\n    ");
        buffer.append("{\n    \"meta\": ");
        buffer.append(metaText);
        buffer.append(",\n    \"accounts\": [");
    } else {
        if (options.csvDialect == CsvDialect::Spreadsheet) {
            buffer.append("\xEF\xBB\xBF");
        }
        buffer.append(names.join(QLatin1Char(',')).toLatin1());
        buffer.append("\r\n");
    }

    std::int64_t written = 0;
    for (const AccountRecord &account : accounts) {
        if (cancel && cancel->load()) {
            file.cancelWriting();
            result.cancelled = true;
            return result;
        }
        const QStringList row = values(account);
        if (json) {
            buffer.append(written == 0 ? "\n        {" : ",\n        {");
            for (int column = 0; column < row.size(); ++column) {
                if (column > 0) {
                    buffer.append(',');
                }
                appendJsonString(buffer, names[column]);
                buffer.append(':');
                const QString &value = row[column];
                if (value.isEmpty() && !isBooleanColumn(column)) {
                    buffer.append("null");
                } else if (isNumberColumn(column) || isBooleanColumn(column)) {
                    buffer.append(value.toLatin1());
                } else {
                    appendJsonString(buffer, value);
                }
            }
            buffer.append('}');
        } else {
            for (int column = 0; column < row.size(); ++column) {
                if (column > 0) {
                    buffer.append(',');
                }
                appendCsvField(buffer, row[column], options.csvDialect,
                               !isNumberColumn(column) && !isBooleanColumn(column));
            }
            buffer.append("\r\n");
        }
        ++written;
        if (buffer.size() >= FlushSize) {
            if (file.write(buffer) != buffer.size()) {
                file.cancelWriting();
                result.errorString =
                    QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
                return result;
            }
            buffer.clear();
        }
        if (progress && written % ProgressStep == 0) {
            progress(written, accounts.size());
        }
    }
    if (json) {
        buffer.append(written == 0 ? "]\n}\n" : "\n    ]\n}\n");
    }
    if (file.write(buffer) != buffer.size() || !file.commit()) {
        result.errorString =
            QStringLiteral("cannot write %1: %2").arg(options.outputPath, file.errorString());
        return result;
    }
    if (progress) {
        progress(written, accounts.size());
    }
    result.ok = true;
    result.written = written;
    return result;
}

} // namespace trove

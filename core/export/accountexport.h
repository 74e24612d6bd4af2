#pragma once

#include "core/export/exportformat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

namespace trove {

struct AccountRecord;

/** Where and how to export a list of accounts, and what the JSON metadata says of it. */
struct AccountExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    CsvDialect csvDialect = CsvDialect::Standard; ///< CSV only
    QString outputPath;
    QString cachePath;     ///< named in the JSON metadata
    QStringList campaigns; ///< the selected campaigns' names, for the JSON metadata (empty: all)
    QString description;   ///< what the list shows (the browser's filter text, its sort), for the metadata
    QString troveVersion;  ///< empty: QCoreApplication::applicationVersion()
};

/**
 * Writes a list of accounts, as the account browser holds it (AccountRecord, linked pairs folded into one
 * record), to CSV or JSON, in the order given. Like TweetExport: written under a temporary name and
 * renamed when complete (no partial file after a cancel or failure), UTF-8, CSV per RFC 4180 with the same
 * dialects, JSON as {"meta": {...}, "accounts": [...]}.
 *
 * Columns (see columns()): campaign, userid (as published), alias (hashed accounts), screen name (as
 * stored: the hash itself for hashed accounts), hashed, display name, category, account type, followers,
 * following (empty / null when unknown), created (the day, ISO 8601), language, tweets, first and last
 * tweet (ISO 8601 UTC), dormancy in days, location, description, profile URL, sources ("twitter",
 * "fivethirtyeight", "nbc", ';'-separated), and the linked FiveThirtyEight handles and their campaigns
 * (';'-separated). Texts are written as stored.
 */
class AccountExport
{
public:
    static QStringList columns();

    /**
     * Runs on the calling thread (no database needed: the records are plain data). @p progress (optional)
     * gets the accounts written and the total now and then; while @p cancel (optional) is true the export
     * stops and reports cancelled.
     */
    static ExportResult run(const QList<AccountRecord> &accounts, const AccountExportOptions &options,
                            const std::atomic_bool *cancel = nullptr,
                            const std::function<void(std::int64_t done, std::int64_t total)> &progress = {});
};

} // namespace trove

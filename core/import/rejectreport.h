#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace trove {

class Database;

/**
 * The reject report: a CSV a person can open in any spreadsheet, one line per record that was rejected,
 * repaired or skipped, naming the file, the record number and the reason:
 * file,record,severity,reason,excerpt
 */
class RejectReport
{
public:
    /** A new report path beside @p cachePath: <cache>-reports/import-<UTC time>-rejects.csv. */
    static QString newReportPath(const QString &cachePath);

    /** Writes the report for @p sourceFileIds; returns false with @p error set when the file cannot be
     * written. */
    static bool write(Database &db, const QList<std::int64_t> &sourceFileIds, const QString &path,
                      QString *error);
};

} // namespace trove

#include "core/import/rejectreport.h"

#include "core/db/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace trove {

namespace {

QByteArray csvField(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('"', "\"\"");
    return '"' + escaped + '"';
}

} // namespace

QString RejectReport::newReportPath(const QString &cachePath)
{
    const QFileInfo cache(cachePath);
    const QString directory =
        cache.absolutePath() + QLatin1Char('/') + cache.completeBaseName() + QStringLiteral("-reports");
    QDir().mkpath(directory);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = directory + QStringLiteral("/import-") + stamp + QStringLiteral("-rejects.csv");
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = directory + QStringLiteral("/import-") + stamp + QStringLiteral("-%1-rejects.csv").arg(n);
    }
    return path;
}

bool RejectReport::write(Database &db, const QList<std::int64_t> &sourceFileIds, const QString &path,
                         QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = QStringLiteral("cannot write the reject report %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    file.write("file,record,severity,reason,excerpt\n");
    Statement statement(db,
                        "SELECT s.path, s.entry, r.record, r.severity, r.reason, r.excerpt FROM rejects r "
                        "JOIN source_files s ON s.id = r.source_file_id WHERE r.source_file_id = ? "
                        "ORDER BY r.record, r.id");
    for (const std::int64_t id : sourceFileIds) {
        statement.bind(1, id);
        while (statement.next()) {
            QByteArray name = statement.bytes(0);
            if (!statement.bytes(1).isEmpty()) {
                name += " › " + statement.bytes(1);
            }
            file.write(csvField(name) + ',' + QByteArray::number(statement.int64(2)) + ',' +
                       csvField(statement.bytes(3)) + ',' + csvField(statement.bytes(4)) + ',' +
                       csvField(statement.bytes(5)) + '\n');
        }
        statement.reset();
    }
    if (!file.commit()) {
        if (error) {
            *error = QStringLiteral("cannot write the reject report %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace trove

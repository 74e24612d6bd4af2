#include "core/db/cachelocation.h"

#include <QDir>
#include <QStandardPaths>

namespace trove {

QString CacheLocation::dataDirectory()
{
    QString directory = qEnvironmentVariable("TROVE_HOME");
    if (directory.isEmpty()) {
        directory =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Trove");
    }
    QDir().mkpath(directory);
    return directory;
}

QString CacheLocation::defaultCachePath()
{
    return dataDirectory() + QStringLiteral("/cache.trove");
}

QString CacheLocation::demoCachePath()
{
    return dataDirectory() + QStringLiteral("/demo/demo-cache.trove");
}

QString CacheLocation::demoArchiveDirectory()
{
    return dataDirectory() + QStringLiteral("/demo/archive");
}

QString CacheLocation::reportDirectory()
{
    const QString directory = dataDirectory() + QStringLiteral("/reports");
    QDir().mkpath(directory);
    return directory;
}

} // namespace trove

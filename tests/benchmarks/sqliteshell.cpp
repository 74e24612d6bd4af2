#include "sqliteshell.h"

#include <QProcess>
#include <QRegularExpression>

double sqliteShellMs(const QString &sqlite3, const QString &cache, const QString &sql)
{
    QProcess process;
    process.start(sqlite3, {cache});
    if (!process.waitForStarted()) {
        return -1;
    }
    const QString script =
        QStringLiteral("ATTACH '%1-search' AS search;\n.timer on\n.output /dev/null\n%2;\n").arg(cache, sql);
    process.write(script.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(600000);
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
    double last = -1;
    for (auto match = real.globalMatch(output); match.hasNext();) {
        last = match.next().captured(1).toDouble() * 1000;
    }
    return last;
}

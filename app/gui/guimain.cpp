#include "app/gui/guimain.h"

#include "core/db/cachelocation.h"
#include "ui/mainwindow.h"

#include <QApplication>

namespace trove::gui {

int run(int &argc, char **argv, const QString &cachePath, const QStringList &archives)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trove"));
    QApplication::setOrganizationName(QStringLiteral("Trove"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trove"));

    MainWindow window;
    window.show();
    if (archives.isEmpty()) {
        window.openCache(cachePath.isEmpty() ? CacheLocation::demoCachePath() : cachePath);
        if (cachePath.isEmpty()) {
            window.startDemo();
        }
    } else {
        window.openCache(cachePath.isEmpty() ? CacheLocation::defaultCachePath() : cachePath);
        window.importPaths(archives);
    }
    return QApplication::exec();
}

} // namespace trove::gui

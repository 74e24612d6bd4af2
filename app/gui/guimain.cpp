#include "app/gui/guimain.h"

#include "core/db/cachelocation.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/uilanguage.h"

#include <QApplication>
#include <QIcon>

namespace trove::gui {

int run(int &argc, char **argv, const QString &cachePath, const QStringList &archives)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Trove"));
    QApplication::setOrganizationName(QStringLiteral("Trove"));
    QApplication::setApplicationDisplayName(QStringLiteral("Trove"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/trove.svg")));
    // Wayland shows the icon and name of the installed desktop entry (packaging/), found by this name.
    QApplication::setDesktopFileName(QStringLiteral("org.trove_project.Trove"));

    // The zoom (large fonts) the user chose, before any widget is made.
    AppSettings::instance()->restore();
    // The language (and with Persian the right-to-left layout): widgets take their text when they are made.
    UiLanguage::apply(UiLanguage::resolve(UiLanguage::savedChoice()));

    MainWindow window;
    if (archives.isEmpty()) {
        window.openCache(cachePath.isEmpty() ? CacheLocation::demoCachePath() : cachePath);
        if (cachePath.isEmpty()) {
            window.startDemo();
        }
    } else {
        window.openCache(cachePath.isEmpty() ? CacheLocation::defaultCachePath() : cachePath);
        window.importPaths(archives);
    }
    // The layout and, for the same cache, the view the last session showed.
    window.restoreView();
    window.show();
    return QApplication::exec();
}

} // namespace trove::gui

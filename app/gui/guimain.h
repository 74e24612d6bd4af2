#pragma once

#include <QStringList>

namespace trove::gui {

/**
 * Opens the main window. With no @p archives it opens the demo cache, generating and importing the
 * synthetic demo archive on first use; otherwise it imports @p archives into @p cachePath (the default
 * cache when empty) in the background and shows the cache as it fills.
 */
int run(int &argc, char **argv, const QString &cachePath, const QStringList &archives);

} // namespace trove::gui

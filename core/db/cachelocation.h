#pragma once

#include <QString>

namespace trove {

/**
 * Where Trove keeps its files: under $XDG_DATA_HOME/Trove (~/.local/share/Trove), or under
 * $TROVE_HOME when that is set (tests and scripts use it to stay out of the user's data).
 */
class CacheLocation
{
public:
    static QString dataDirectory();
    /** The cache `trove import`/`info`/`search` use without --cache, and the window opens on an archive. */
    static QString defaultCachePath();
    /** The cache of the built-in synthetic demo, kept apart from real data. */
    static QString demoCachePath();
    /** Where the demo archive is generated. */
    static QString demoArchiveDirectory();
    /** Where reject reports are written. */
    static QString reportDirectory();
};

} // namespace trove

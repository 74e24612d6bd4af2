#pragma once

#include <QString>

/**
 * The real time, in ms, that the sqlite3 shell's ".timer" reports for @p sql on @p cache (with the cache's
 * search file attached as "search"), the benchmarks' reference; -1 when the shell could not run.
 */
double sqliteShellMs(const QString &sqlite3, const QString &cache, const QString &sql);

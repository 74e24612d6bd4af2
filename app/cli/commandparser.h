#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace trove::cli {

/** Writes UTF-8 text to @p stream. */
void print(FILE *stream, const QString &text);

/**
 * What every sub-command shares: --help, --cache FILE (when asked for), parsing, and the usage text
 * naming the sub-command.
 */
class CommandParser
{
public:
    CommandParser(const QString &command, const QString &description, bool withCache = true);

    QCommandLineParser &parser() { return m_parser; }

    /** Parses @p arguments: -1 to go on, or the exit code (0 after --help, 2 on a usage error). */
    int parse(const QStringList &arguments);

    /** --cache, or the default cache. */
    QString cachePath() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
    QCommandLineOption m_cacheOption;
};

} // namespace trove::cli

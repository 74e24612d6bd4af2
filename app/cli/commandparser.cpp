#include "app/cli/commandparser.h"

#include "core/db/cachelocation.h"

namespace trove::cli {

void print(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stream);
    std::fflush(stream);
}

CommandParser::CommandParser(const QString &command, const QString &description, bool withCache)
    : m_command(command)
    , m_cacheOption(QStringLiteral("cache"),
                    QStringLiteral("The cache file (default: %1).").arg(CacheLocation::defaultCachePath()),
                    QStringLiteral("FILE"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    if (withCache) {
        m_parser.addOption(m_cacheOption);
    }
}

int CommandParser::parse(const QStringList &arguments)
{
    const QString program = QStringLiteral("trove ") + m_command;
    if (!m_parser.parse(QStringList{program} + arguments)) {
        print(stderr, QStringLiteral("%1: %2\n").arg(program, m_parser.errorText()));
        return 2;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // The usage line names the binary as it was started; name the sub-command as people type it.
        QString help = m_parser.helpText();
        const qsizetype usageEnd = help.indexOf(QLatin1String(" [options]"));
        if (help.startsWith(QLatin1String("Usage: ")) && usageEnd > 0) {
            help.replace(7, usageEnd - 7, program);
        }
        print(stdout, help);
        return 0;
    }
    return -1;
}

QString CommandParser::cachePath() const
{
    return m_parser.isSet(m_cacheOption) ? m_parser.value(m_cacheOption) : CacheLocation::defaultCachePath();
}

} // namespace trove::cli

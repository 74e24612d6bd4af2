// The trove binary: the window by default, or a headless sub-command (no display needed).

#include "app/cli/commands.h"
#include "app/gui/guimain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace {

constexpr const char *Version = TROVE_VERSION; // from project() in the top CMakeLists.txt

constexpr const char *Usage = R"(Usage:
  trove [--cache FILE] [ARCHIVE...]
      Opens the window. With no ARCHIVE it shows the built-in synthetic demo (generated on first use).
      With ARCHIVEs (CSV files, zips or folders) it imports them into FILE (default: the cache under
      $TROVE_HOME or ~/.local/share/Trove) in the background and shows the cache as it fills.

  trove import [options] ARCHIVE...    import archives into a cache, headless
  trove info [options]                 print what a cache holds (--json for JSON)
  trove search [options] QUERY         full-text search over tweet text
  trove export [options] FILE          export the tweets matching filters to CSV or JSON
  trove generate [options] DIRECTORY   write a synthetic archive (for demos and tests)
  trove media index|relocate|export    index media archives in place, re-point them, export media
      Run `trove <command> --help` for a command's options.

  trove --help | -h                    this help
  trove --version                      the version

Environment:
  TROVE_HOME    where Trove keeps its caches, the demo and reject reports
)";

int usageError(const QString &message)
{
    std::fprintf(stderr, "trove: %s\n\n%s", message.toLocal8Bit().constData(), Usage);
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    // With TZ unset, glibc's mktime() stats /etc/localtime on every call, and libzip calls it for every zip
    // entry it describes: a third of the time of indexing a media archive. ":/etc/localtime" is the same zone
    // (glibc's default, and Qt reads it as the system zone), read once.
    if (!qEnvironmentVariableIsSet("TZ")) {
        qputenv("TZ", QByteArrayLiteral(":/etc/localtime"));
    }
    if (argc > 1) {
        const char *first = argv[1];
        const bool command = std::strcmp(first, "import") == 0 || std::strcmp(first, "info") == 0 ||
                             std::strcmp(first, "search") == 0 || std::strcmp(first, "generate") == 0 ||
                             std::strcmp(first, "export") == 0 || std::strcmp(first, "media") == 0;
        if (command) {
            QCoreApplication application(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("Trove"));
            QCoreApplication::setOrganizationName(QStringLiteral("Trove"));
            QCoreApplication::setApplicationVersion(QString::fromLatin1(Version));
            const QStringList arguments = QCoreApplication::arguments().mid(2);
            if (std::strcmp(first, "import") == 0) {
                return trove::cli::runImport(arguments);
            }
            if (std::strcmp(first, "info") == 0) {
                return trove::cli::runInfo(arguments);
            }
            if (std::strcmp(first, "export") == 0) {
                return trove::cli::runExport(arguments);
            }
            if (std::strcmp(first, "media") == 0) {
                return trove::cli::runMedia(arguments);
            }
            if (std::strcmp(first, "search") == 0) {
                return trove::cli::runSearch(arguments);
            }
            return trove::cli::runGenerate(arguments);
        }
    }

    QString cachePath;
    QStringList archives;
    bool optionsEnded = false;
    for (int index = 1; index < argc; ++index) {
        const QString argument = QString::fromLocal8Bit(argv[index]);
        if (!optionsEnded && (argument == QLatin1String("--help") || argument == QLatin1String("-h"))) {
            std::fputs(Usage, stdout);
            return 0;
        }
        if (!optionsEnded && argument == QLatin1String("--version")) {
            std::printf("trove %s\n", Version);
            return 0;
        }
        if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && argument == QLatin1String("--cache")) {
            if (index + 1 >= argc) {
                return usageError(QStringLiteral("--cache needs a file name"));
            }
            cachePath = QString::fromLocal8Bit(argv[++index]);
        } else if (!optionsEnded && argument.startsWith(QLatin1String("--cache="))) {
            cachePath = argument.mid(int(std::strlen("--cache=")));
        } else if (!optionsEnded && argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            return usageError(QStringLiteral("unknown option %1").arg(argument));
        } else {
            archives.append(QFileInfo(argument).absoluteFilePath());
        }
    }
    if (!cachePath.isEmpty()) {
        cachePath = QFileInfo(cachePath).absoluteFilePath();
    }
    for (const QString &archive : archives) {
        if (!QFileInfo::exists(archive)) {
            return usageError(
                QStringLiteral("no such file or folder: %1").arg(QDir::toNativeSeparators(archive)));
        }
    }
    return trove::gui::run(argc, argv, cachePath, archives);
}

#include "app/cli/commandparser.h"
#include "app/cli/commands.h"

#include "core/import/importer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>

namespace trove::cli {

namespace {

std::atomic_bool interrupted{false};

void onSignal(int)
{
    interrupted = true; // the importer commits what it has and stops within a second
}

} // namespace

int runImport(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("import"),
                          QStringLiteral("Imports archives (CSV files, zips, folders) into a Trove cache."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption campaignOption(
        QStringLiteral("campaign"),
        QStringLiteral("Import into this campaign instead of the one named by the files."),
        QStringLiteral("NAME"));
    parser.addOption(campaignOption);
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QStringLiteral("CSV files, zips or folders to import."),
                                 QStringLiteral("PATH…"));
    if (const int exitCode = command.parse(arguments); exitCode >= 0) {
        return exitCode;
    }
    if (parser.positionalArguments().isEmpty()) {
        print(stderr, QStringLiteral("trove import: name at least one file or folder to import\n"));
        return 2;
    }

    ImportOptions options;
    options.cachePath = command.cachePath();
    options.inputs = parser.positionalArguments();
    options.campaignName = parser.value(campaignOption);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QElapsedTimer sinceLine;
    QString lastPhase;
    Importer importer(options);
    const ImportSummary summary = importer.run(
        [&](const ImportProgress &progress) {
            // A line a second, and one whenever the phase changes.
            if (sinceLine.isValid() && sinceLine.elapsed() < 1000 && progress.phase == lastPhase) {
                return;
            }
            sinceLine.start();
            lastPhase = progress.phase;
            const double percent = progress.bytesTotal > 0
                                       ? 100.0 * double(progress.bytesDone) / double(progress.bytesTotal)
                                       : 0.0;
            print(stderr, QStringLiteral("%1 %2% %3 — %L4 tweets, %L5 duplicates, %L6 rejected\n")
                              .arg(progress.phase)
                              .arg(percent, 0, 'f', 1)
                              .arg(progress.currentFile)
                              .arg(progress.tweetsAdded)
                              .arg(progress.duplicates)
                              .arg(progress.rejected));
        },
        &interrupted);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    for (const QString &message : summary.messages) {
        print(stderr, message + QLatin1Char('\n'));
    }
    if (!summary.ok) {
        print(stderr, QStringLiteral("trove import: %1\n").arg(summary.errorString));
    }
    QString out;
    out += QStringLiteral("cache: %1\n").arg(options.cachePath);
    out += QStringLiteral("campaigns: %1\n").arg(summary.campaigns.join(QStringLiteral(", ")));
    out += QStringLiteral("files imported: %1, already imported: %2, resumed: %3, failed: %4\n")
               .arg(summary.filesImported)
               .arg(summary.filesAlreadyImported)
               .arg(summary.filesResumed)
               .arg(summary.filesFailed);
    out += QStringLiteral("tweets added: %1\nduplicates skipped: %2\n")
               .arg(summary.tweetsAdded)
               .arg(summary.duplicates);
    out += QStringLiteral("accounts added: %1, updated from users files: %2\n")
               .arg(summary.accountsAdded)
               .arg(summary.accountsUpdated);
    out += QStringLiteral("records rejected: %1, repaired: %2\n").arg(summary.rejected).arg(summary.repaired);
    out += QStringLiteral("reject report: %1\n").arg(summary.rejectReportPath);
    out += QStringLiteral("seconds: %1\n").arg(summary.seconds, 0, 'f', 2);
    out += QStringLiteral("outcome: %1\n")
               .arg(!summary.ok         ? QStringLiteral("failed")
                    : summary.cancelled ? QStringLiteral("cancelled (run the same import again to resume)")
                                        : QStringLiteral("completed"));
    print(stdout, out);
    if (!summary.ok) {
        return 1;
    }
    if (summary.cancelled) {
        return 3;
    }
    return summary.filesFailed > 0 ? 4 : 0;
}

} // namespace trove::cli

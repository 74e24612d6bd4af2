#pragma once

#include <QStringList>

// Headless sub-commands of the trove binary. Each takes the arguments after the sub-command's name,
// prints results on stdout and progress/errors on stderr, and returns the process exit code.
namespace trove::cli {

int runImport(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runSearch(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runMedia(const QStringList &arguments);

} // namespace trove::cli

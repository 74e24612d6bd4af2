#pragma once

#include <QString>

namespace trove {
struct GeneratorOptions;
struct GeneratorResult;
} // namespace trove

namespace trove::synthetic {

/**
 * Writes the README-SYNTHETIC.txt beside a generated archive: that the data is invented, the options it
 * was generated with and what was written. False on failure, with @p errorString naming the file.
 */
bool writeSyntheticReadme(const QString &path, const GeneratorOptions &options, const QString &campaign,
                          const GeneratorResult &result, QString *errorString);

} // namespace trove::synthetic

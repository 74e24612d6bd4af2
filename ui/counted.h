#pragma once

#include <QString>

#include <cstdint>

namespace trove {

/**
 * "1 tweet" / "12,345 tweets": @p one when @p count is 1, else @p many with the count (group separators
 * included) for %1. Both forms come translated, so languages with other plural rules can still say it
 * properly in the second one.
 */
QString counted(std::int64_t count, const QString &one, const QString &many);

} // namespace trove

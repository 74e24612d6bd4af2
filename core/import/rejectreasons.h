#pragma once

#include <QString>

namespace trove {

/**
 * The reasons a record was rejected, repaired or skipped, in the language of the user interface.
 *
 * The importer writes the reasons in English, with the values it quotes, to the cache and to the CSV reject
 * report: those are records for citation and for scripts, shared by people who read other languages, and a
 * cache outlives any choice of language. The window translates them only when it shows them, with this
 * class: each known reason ("tweetid '12x' is not a tweet id (1 to 19 digits)") is recognised, and its
 * translation (Qt's translation system, context "trove::RejectReason") gets the same values; a repair line
 * that joins several reasons with "; " is translated part by part. Text that matches no known reason is
 * returned as it is. Without an installed translator (the command line) the English comes back unchanged.
 * Any thread (QCoreApplication::translate is thread-safe).
 */
class RejectReasons
{
public:
    /** @p reason as stored, in the language of the installed translators. */
    static QString translate(const QString &reason);
    /** A severity as stored ("rejected", "repaired", "skipped"), in the language of the translators. */
    static QString translateSeverity(const QString &severity);
};

} // namespace trove

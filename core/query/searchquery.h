#pragma once

#include <QString>
#include <QStringList>

namespace trove {

/**
 * Translates what a person types into an FTS5 MATCH expression over the normalised tweet text:
 * words (all must match), "quoted phrases", OR, AND, NOT (upper case; "-word" is NOT word), parentheses,
 * and prefix* searches. Words are normalised like the index (SearchNormalizer), and every word is quoted
 * for FTS5, so that punctuation in a query (#hashtag, @name, don't) never becomes FTS5 syntax.
 */
struct SearchQuery
{
    bool ok = false;
    QString errorString; ///< why the query cannot run, for the user
    QString matchExpression;
    QStringList terms; ///< the words and phrases searched, for highlighting

    static SearchQuery parse(const QString &text);
};

} // namespace trove

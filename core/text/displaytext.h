#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trove {

/** A run of a displayed tweet text that a card colours or makes clickable. */
struct TextSpan
{
    enum class Kind { Hashtag, Mention, Url, Highlight };

    Kind kind = Kind::Hashtag;
    qsizetype start = 0; ///< in UTF-16 code units of the displayed text
    qsizetype length = 0;
    QString value; ///< the tag without '#', the name without '@', the URL, or the highlighted text

    bool operator==(const TextSpan &other) const
    {
        return kind == other.kind && start == other.start && length == other.length && value == other.value;
    }
};

/**
 * Tweet text as people read it. The cache keeps the text exactly as published (with the HTML entities of
 * the archives, &amp; &lt; ...); decoded() is for display only, and what it returns is shown as plain text,
 * never interpreted. The span finders work on the decoded text. Pure functions, thread-safe.
 */
class DisplayText
{
public:
    /**
     * Decodes &amp; &lt; &gt; &quot; &#39; &apos; and numeric references (&#NNN; &#xHH;) in one pass, so
     * "&amp;lt;" becomes "&lt;", not "<". A reference to NUL, a surrogate or beyond U+10FFFF stays as is.
     */
    static QString decoded(const QString &stored);

    /**
     * Hashtags, mentions and links in @p text, in text order, not overlapping. A hashtag is '#' (or '＃')
     * after a non-word character, then letters, marks, digits, '_' and the zero-width (non-)joiner, with at
     * least one non-digit (Persian and Arabic tags included). A mention is '@' (or '＠') after a non-word
     * character, then 1 to 15 of [A-Za-z0-9_]. A link starts with http:// or https:// and ends at white
     * space, less its trailing punctuation (and a closing bracket it did not open).
     */
    static QList<TextSpan> entities(const QString &text);

    /**
     * Where the search @p terms (SearchQuery::terms, a trailing '*' marking a prefix) occur in @p text, as
     * the search index matches them: case, Latin diacritics, Arabic/Persian letter variants, vowel marks,
     * tatweel and ZWNJ folded; whole words, or word starts for a prefix; a phrase word by word. In text
     * order, merged when they overlap.
     */
    static QList<TextSpan> highlights(const QString &text, const QStringList &terms);

    /** @p text on one line: line breaks and tabs become spaces (for compact context lines). */
    static QString singleLine(const QString &text);
};

} // namespace trove

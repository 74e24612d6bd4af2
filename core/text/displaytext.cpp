#include "core/text/displaytext.h"

#include "core/text/searchnormalizer.h"

#include <algorithm>

namespace trove {

namespace {

// The code point at @p i and the number of UTF-16 units it takes.
char32_t codePointAt(const QString &text, qsizetype i, int *units)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

// The code point that ends just before @p i (0 at the start of the text).
char32_t codePointBefore(const QString &text, qsizetype i)
{
    if (i <= 0) {
        return 0;
    }
    const QChar c = text.at(i - 1);
    if (c.isLowSurrogate() && i >= 2 && text.at(i - 2).isHighSurrogate()) {
        return QChar::surrogateToUcs4(text.at(i - 2), c);
    }
    return c.unicode();
}

bool isMark(char32_t codePoint)
{
    const auto category = QChar::category(codePoint);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

bool isWordCharacter(char32_t codePoint)
{
    return QChar::isLetterOrNumber(codePoint) || isMark(codePoint) || codePoint == U'_';
}

bool isHashtagCharacter(char32_t codePoint)
{
    return isWordCharacter(codePoint) || codePoint == 0x200C || codePoint == 0x200D;
}

bool isAsciiNameCharacter(char32_t codePoint)
{
    return (codePoint >= U'a' && codePoint <= U'z') || (codePoint >= U'A' && codePoint <= U'Z') ||
           (codePoint >= U'0' && codePoint <= U'9') || codePoint == U'_';
}

QString fromCodePoint(char32_t codePoint)
{
    const char32_t one[1] = {codePoint};
    return QString::fromUcs4(one, 1);
}

// The named entities the archives use.
struct NamedEntity
{
    QLatin1String name; // between '&' and ';'
    QChar value;
};

const NamedEntity NamedEntities[] = {
    {QLatin1String("amp"), QLatin1Char('&')},   {QLatin1String("lt"), QLatin1Char('<')},
    {QLatin1String("gt"), QLatin1Char('>')},    {QLatin1String("quot"), QLatin1Char('"')},
    {QLatin1String("apos"), QLatin1Char('\'')}, {QLatin1String("nbsp"), QChar(0x00A0)},
};

// A character as the search index compares it, in the index's folded form (possibly empty).
QString foldedForMatch(char32_t codePoint)
{
    if ((codePoint >= 0x0600 && codePoint <= 0x06FF) || codePoint == 0x200C) {
        return SearchNormalizer::normalized(fromCodePoint(codePoint));
    }
    QString text = fromCodePoint(codePoint);
    if (codePoint >= 0xC0) {
        // Latin diacritics: decompose and drop the combining marks, as the FTS5 tokenizer does.
        const QString decomposed = text.normalized(QString::NormalizationForm_D);
        if (decomposed.size() > 1) {
            QString base;
            for (const QChar c : decomposed) {
                if (c.category() != QChar::Mark_NonSpacing) {
                    base += c;
                }
            }
            if (!base.isEmpty()) {
                text = base;
            }
        }
    }
    return text.toCaseFolded();
}

// A text folded for matching, with where each folded unit came from in the original.
struct FoldedText
{
    QString text;
    QList<qsizetype> begin; // per folded unit: the original start of its code point
    QList<qsizetype> end;   // per folded unit: the original end of its code point
};

FoldedText fold(const QString &text)
{
    FoldedText folded;
    folded.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        const char32_t codePoint = codePointAt(text, i, &units);
        const QString piece = foldedForMatch(codePoint);
        for (const QChar c : piece) {
            folded.text += c;
            folded.begin.append(i);
            folded.end.append(i + units);
        }
        i += units;
    }
    return folded;
}

bool isTokenUnit(const QString &text, qsizetype i)
{
    if (i < 0 || i >= text.size()) {
        return false;
    }
    const QChar c = text.at(i);
    return c.isLetterOrNumber() || c.isSurrogate() || c.category() == QChar::Mark_NonSpacing ||
           c.category() == QChar::Mark_SpacingCombining;
}

// The words of a term, as the index's tokenizer splits it.
QStringList termWords(const QString &term)
{
    QStringList words;
    QString word;
    for (const QChar c : term) {
        if (c.isLetterOrNumber() || c.isSurrogate() || c.category() == QChar::Mark_NonSpacing ||
            c.category() == QChar::Mark_SpacingCombining) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words << word;
    }
    return words;
}

} // namespace

QString DisplayText::decoded(const QString &stored)
{
    const qsizetype first = stored.indexOf(QLatin1Char('&'));
    if (first < 0) {
        return stored;
    }
    QString out = stored.left(first);
    out.reserve(stored.size());
    for (qsizetype i = first; i < stored.size();) {
        const QChar c = stored.at(i);
        if (c != QLatin1Char('&')) {
            out += c;
            ++i;
            continue;
        }
        const qsizetype semicolon = stored.indexOf(QLatin1Char(';'), i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out += c;
            ++i;
            continue;
        }
        const QStringView name = QStringView(stored).mid(i + 1, semicolon - i - 1);
        bool done = false;
        if (name.startsWith(QLatin1Char('#')) && name.size() > 1) {
            bool ok = false;
            const bool hex = name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X');
            const QStringView digits = name.mid(hex ? 2 : 1);
            bool allDigits = !digits.isEmpty();
            for (const QChar d : digits) {
                const bool valid = hex ? (d.isDigit() || (d.toLower() >= QLatin1Char('a') &&
                                                          d.toLower() <= QLatin1Char('f')))
                                       : (d >= QLatin1Char('0') && d <= QLatin1Char('9'));
                allDigits = allDigits && valid && d.unicode() < 0x80;
            }
            const uint codePoint = allDigits ? digits.toUInt(&ok, hex ? 16 : 10) : 0;
            if (ok && codePoint != 0 && codePoint <= 0x10FFFF && !QChar::isSurrogate(codePoint)) {
                out += fromCodePoint(char32_t(codePoint));
                done = true;
            }
        } else {
            for (const NamedEntity &entity : NamedEntities) {
                if (name == entity.name) {
                    out += entity.value;
                    done = true;
                    break;
                }
            }
        }
        if (done) {
            i = semicolon + 1;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

QList<TextSpan> DisplayText::entities(const QString &text)
{
    QList<TextSpan> spans;
    // Links first: what is inside a link is neither a hashtag nor a mention.
    QList<TextSpan> links;
    for (qsizetype from = 0;;) {
        const qsizetype http = text.indexOf(QLatin1String("http"), from, Qt::CaseInsensitive);
        if (http < 0) {
            break;
        }
        from = http + 4;
        qsizetype start = -1;
        if (text.mid(http, 7).compare(QLatin1String("http://"), Qt::CaseInsensitive) == 0) {
            start = http + 7;
        } else if (text.mid(http, 8).compare(QLatin1String("https://"), Qt::CaseInsensitive) == 0) {
            start = http + 8;
        }
        if (start < 0 || isWordCharacter(codePointBefore(text, http))) {
            continue;
        }
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"') &&
               text.at(end) != QLatin1Char('<') && text.at(end) != QLatin1Char('>') &&
               text.at(end).unicode() != 0x201C && text.at(end).unicode() != 0x201D &&
               text.at(end).unicode() != 0x2026) {
            ++end;
        }
        // Trailing punctuation belongs to the sentence; a closing bracket only when the link opened one.
        while (end > start) {
            const QChar last = text.at(end - 1);
            const QStringView body = QStringView(text).mid(http, end - http);
            if (QStringLiteral(".,;:!?'\u060C\u061B\u06D4").contains(last)) {
                --end;
            } else if (last == QLatin1Char(')') &&
                       body.count(QLatin1Char('(')) < body.count(QLatin1Char(')'))) {
                --end;
            } else if (last == QLatin1Char(']') &&
                       body.count(QLatin1Char('[')) < body.count(QLatin1Char(']'))) {
                --end;
            } else {
                break;
            }
        }
        if (end == start) {
            continue;
        }
        links.append({TextSpan::Kind::Url, http, end - http, text.mid(http, end - http)});
        from = end;
    }
    qsizetype nextLink = 0;
    for (qsizetype i = 0; i < text.size();) {
        if (nextLink < links.size() && i >= links[nextLink].start) {
            spans.append(links[nextLink]);
            i = links[nextLink].start + links[nextLink].length;
            ++nextLink;
            continue;
        }
        const qsizetype limit = nextLink < links.size() ? links[nextLink].start : text.size();
        const QChar c = text.at(i);
        const bool hash = c == QLatin1Char('#') || c.unicode() == 0xFF03;
        const bool at = c == QLatin1Char('@') || c.unicode() == 0xFF20;
        if (hash || at) {
            const char32_t before = codePointBefore(text, i);
            const bool boundary = !isWordCharacter(before) && before != U'&' && before != U'@' &&
                                  before != U'#' && before != 0xFF03 && before != 0xFF20;
            if (boundary && hash) {
                qsizetype end = i + 1;
                bool nonDigit = false;
                while (end < limit) {
                    int units = 1;
                    const char32_t codePoint = codePointAt(text, end, &units);
                    if (!isHashtagCharacter(codePoint)) {
                        break;
                    }
                    nonDigit = nonDigit || !QChar::isDigit(codePoint);
                    end += units;
                }
                // A joiner at the end is not part of the tag.
                while (end > i + 1 &&
                       (text.at(end - 1).unicode() == 0x200C || text.at(end - 1).unicode() == 0x200D)) {
                    --end;
                }
                if (end > i + 1 && nonDigit) {
                    spans.append({TextSpan::Kind::Hashtag, i, end - i, text.mid(i + 1, end - i - 1)});
                    i = end;
                    continue;
                }
            } else if (boundary && at) {
                qsizetype end = i + 1;
                while (end < limit && end - i - 1 < 15 && isAsciiNameCharacter(text.at(end).unicode())) {
                    ++end;
                }
                const bool email = end < text.size() && (text.at(end) == QLatin1Char('@') ||
                                                         isAsciiNameCharacter(text.at(end).unicode()));
                if (end > i + 1 && !email) {
                    spans.append({TextSpan::Kind::Mention, i, end - i, text.mid(i + 1, end - i - 1)});
                    i = end;
                    continue;
                }
            }
        }
        ++i;
    }
    return spans;
}

QList<TextSpan> DisplayText::highlights(const QString &text, const QStringList &terms)
{
    QList<TextSpan> spans;
    if (terms.isEmpty() || text.isEmpty()) {
        return spans;
    }
    const FoldedText folded = fold(text);
    QList<QPair<qsizetype, qsizetype>> ranges; // original [start, end)
    for (QString term : terms) {
        bool prefix = false;
        if (term.endsWith(QLatin1Char('*'))) {
            prefix = true;
            term.chop(1);
        }
        const QStringList words = termWords(fold(term).text);
        for (qsizetype w = 0; w < words.size(); ++w) {
            const QString &word = words[w];
            // In a phrase, only the last word can be a prefix.
            const bool wordPrefix = prefix && w == words.size() - 1;
            for (qsizetype at = folded.text.indexOf(word); at >= 0; at = folded.text.indexOf(word, at + 1)) {
                qsizetype after = at + word.size();
                if (isTokenUnit(folded.text, at - 1) || (!wordPrefix && isTokenUnit(folded.text, after))) {
                    continue;
                }
                // A prefix highlights the whole word it starts.
                while (wordPrefix && isTokenUnit(folded.text, after)) {
                    ++after;
                }
                ranges.append({folded.begin[at], folded.end[after - 1]});
            }
        }
    }
    std::sort(ranges.begin(), ranges.end());
    for (const auto &[start, end] : std::as_const(ranges)) {
        if (!spans.isEmpty() && start <= spans.last().start + spans.last().length) {
            TextSpan &last = spans.last();
            const qsizetype lastEnd = std::max(last.start + last.length, end);
            last.length = lastEnd - last.start;
            last.value = text.mid(last.start, last.length);
            continue;
        }
        spans.append({TextSpan::Kind::Highlight, start, end - start, text.mid(start, end - start)});
    }
    return spans;
}

QString DisplayText::singleLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') ||
            c.unicode() == 0x2028 || c.unicode() == 0x2029) {
            c = QLatin1Char(' ');
        }
    }
    return line;
}

} // namespace trove

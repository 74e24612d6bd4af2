#include "core/import/rejectreasons.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

namespace trove {

namespace {

// One reason as the importer writes it: a pattern over the stored English, whose groups are the values
// (column names and quoted field values, which stay as they are), and the English source of its
// translation with %1, %2… for those groups.
struct Reason
{
    QRegularExpression pattern;
    const char *source;
};

// A quoted field value as fieldparse's quoted() writes it; the shortest that lets the rest match.
#define TROVE_QUOTED "('.*?')"
#define TROVE_COLUMN "([A-Za-z_]+)"

const QList<Reason> &reasons()
{
    // Longer reasons first: "… is not an id, not kept; the account is identified by its handle" also
    // starts like "… is not an id, not kept".
    static const QList<Reason> list = [] {
        const std::initializer_list<std::pair<const char *, const char *>> table = {
            {"external_author_id " TROVE_QUOTED " is in scientific notation \\(rounded by a spreadsheet\\), "
             "not kept; the account is identified by "
             "its handle",
             QT_TRANSLATE_NOOP("trove::RejectReason",
                               "external_author_id %1 is in scientific notation (rounded by a spreadsheet), "
                               "not kept; the account is identified by its handle")},
            {"external_author_id " TROVE_QUOTED
             " is not an id, not kept; the account is identified by its handle",
             QT_TRANSLATE_NOOP(
                 "trove::RejectReason",
                 "external_author_id %1 is not an id, not kept; the account is identified by its "
                 "handle")},
            {TROVE_COLUMN " " TROVE_QUOTED " is not a tweet id \\(1 to 19 digits\\)",
             QT_TRANSLATE_NOOP("trove::RejectReason", "%1 %2 is not a tweet id (1 to 19 digits)")},
            {TROVE_COLUMN " " TROVE_QUOTED " is not a time \\(([^)]*)\\)",
             QT_TRANSLATE_NOOP("trove::RejectReason", "%1 %2 is not a time (%3)")},
            {"created_at " TROVE_QUOTED " and created_str " TROVE_QUOTED " are not times",
             QT_TRANSLATE_NOOP("trove::RejectReason", "created_at %1 and created_str %2 are not times")},
            {"created_at " TROVE_QUOTED " is not epoch milliseconds; created_str used",
             QT_TRANSLATE_NOOP("trove::RejectReason",
                               "created_at %1 is not epoch milliseconds; created_str used")},
            {TROVE_COLUMN " " TROVE_QUOTED " is not a well-formed list; kept the items before the fault",
             QT_TRANSLATE_NOOP("trove::RejectReason",
                               "%1 %2 is not a well-formed list; kept the items before the fault")},
            {TROVE_COLUMN " " TROVE_QUOTED " is not a count, left empty",
             QT_TRANSLATE_NOOP("trove::RejectReason", "%1 %2 is not a count, left empty")},
            {TROVE_COLUMN " " TROVE_QUOTED " is not a date, left empty",
             QT_TRANSLATE_NOOP("trove::RejectReason", "%1 %2 is not a date, left empty")},
            {TROVE_COLUMN " " TROVE_QUOTED " is not a tweet id, link dropped",
             QT_TRANSLATE_NOOP("trove::RejectReason", "%1 %2 is not a tweet id, link dropped")},
            {TROVE_COLUMN " " TROVE_QUOTED " is not an id, not kept",
             QT_TRANSLATE_NOOP("trove::RejectReason", "%1 %2 is not an id, not kept")},
            {"is_retweet " TROVE_QUOTED " is neither true nor false, taken as false",
             QT_TRANSLATE_NOOP("trove::RejectReason",
                               "is_retweet %1 is neither true nor false, taken as false")},
            {"retweet " TROVE_QUOTED " is neither 0 nor 1, taken as 0",
             QT_TRANSLATE_NOOP("trove::RejectReason", "retweet %1 is neither 0 nor 1, taken as 0")},
            {"post_type " TROVE_QUOTED " is unknown, taken as an original tweet",
             QT_TRANSLATE_NOOP("trove::RejectReason", "post_type %1 is unknown, taken as an original tweet")},
            {"tweet_id is empty; given a synthetic id from handle, time and text",
             QT_TRANSLATE_NOOP("trove::RejectReason",
                               "tweet_id is empty; given a synthetic id from handle, time and text")},
            {"invalid UTF-8 in " TROVE_COLUMN " at byte ([0-9]+), replaced with U\\+FFFD",
             QT_TRANSLATE_NOOP("trove::RejectReason",
                               "invalid UTF-8 in %1 at byte %2, replaced with U+FFFD")},
            {"stray quote character inside a field, kept as text",
             QT_TRANSLATE_NOOP("trove::RejectReason", "stray quote character inside a field, kept as text")},
            {"record cut off at end of file \\(unterminated quote\\): the file is incomplete",
             QT_TRANSLATE_NOOP("trove::RejectReason",
                               "record cut off at end of file (unterminated quote): the file is incomplete")},
            {"record has ([0-9]+) fields, the header has ([0-9]+)",
             QT_TRANSLATE_NOOP("trove::RejectReason", "record has %1 fields, the header has %2")},
            {"record too large", QT_TRANSLATE_NOOP("trove::RejectReason", "record too large")},
            {"repeated header line", QT_TRANSLATE_NOOP("trove::RejectReason", "repeated header line")},
            {TROVE_COLUMN " is empty", QT_TRANSLATE_NOOP("trove::RejectReason", "%1 is empty")},
        };
        QList<Reason> result;
        for (const auto &[pattern, source] : table) {
            // Anchored where the parse is; a reason ends the text or is followed by the next one after "; ".
            result.append({QRegularExpression(QStringLiteral("(?:%1)(?=; |\\z)").arg(QLatin1String(pattern)),
                                              QRegularExpression::DotMatchesEverythingOption),
                           source});
        }
        return result;
    }();
    return list;
}

#undef TROVE_QUOTED
#undef TROVE_COLUMN

// The translation of @p source with the values @p match found, all at once: a quoted value holding "%2"
// must stay as it is.
QString translated(const char *source, const QRegularExpressionMatch &match)
{
    const QString text = QCoreApplication::translate("trove::RejectReason", source);
    switch (match.lastCapturedIndex()) {
    case 0:
        return text;
    case 1:
        return text.arg(match.captured(1));
    case 2:
        return text.arg(match.captured(1), match.captured(2));
    default:
        return text.arg(match.captured(1), match.captured(2), match.captured(3));
    }
}

} // namespace

QString RejectReasons::translate(const QString &reason)
{
    // A quoted value may hold "; " or text that looks like another reason, so a reason can match more of
    // the line than it is: the parse prefers, at each position, the shortest reason after which the rest
    // parses too (remembered per position, so a long line costs little).
    struct Parsed
    {
        bool complete = false;
        QStringList parts;
    };
    QHash<qsizetype, Parsed> memo;
    std::function<Parsed(qsizetype)> parse = [&](qsizetype offset) -> Parsed {
        if (offset >= reason.size()) {
            return {true, {}};
        }
        const auto known = memo.constFind(offset);
        if (known != memo.cend()) {
            return *known;
        }
        struct Candidate
        {
            qsizetype length;
            QString text;
        };
        QList<Candidate> candidates;
        for (const Reason &candidate : reasons()) {
            const QRegularExpressionMatch match =
                candidate.pattern.match(reason, offset, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                candidates.append({match.capturedLength(0), translated(candidate.source, match)});
            }
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate &a, const Candidate &b) { return a.length < b.length; });
        Parsed result;
        bool haveFallback = false;
        for (const Candidate &candidate : std::as_const(candidates)) {
            qsizetype next = offset + candidate.length;
            if (reason.mid(next, 2) == QLatin1String("; ")) {
                next += 2;
            }
            Parsed tail = parse(next);
            tail.parts.prepend(candidate.text);
            if (tail.complete) {
                result = tail;
                haveFallback = true;
                break;
            }
            if (!haveFallback) {
                result = tail;
                haveFallback = true;
            }
        }
        if (!haveFallback) {
            // Not a reason this version writes (a newer or older importer's): kept as it is.
            result = {false, {reason.mid(offset)}};
        }
        memo.insert(offset, result);
        return result;
    };
    return parse(0).parts.join(QStringLiteral("; "));
}

QString RejectReasons::translateSeverity(const QString &severity)
{
    if (severity == QLatin1String("rejected")) {
        return QCoreApplication::translate("trove::RejectReason", "rejected");
    }
    if (severity == QLatin1String("repaired")) {
        return QCoreApplication::translate("trove::RejectReason", "repaired");
    }
    if (severity == QLatin1String("skipped")) {
        return QCoreApplication::translate("trove::RejectReason", "skipped");
    }
    return severity;
}

} // namespace trove

#include "core/export/exportformat.h"

#include <QDateTime>
#include <QStringEncoder>

#include <charconv>

namespace trove {

QString tweetOrderKey(TweetOrder order)
{
    switch (order) {
    case TweetOrder::OldestFirst:
        return QStringLiteral("oldest");
    case TweetOrder::NewestFirst:
        return QStringLiteral("newest");
    case TweetOrder::MostEngagement:
        return QStringLiteral("engagement");
    }
    return QStringLiteral("newest");
}

TweetOrder tweetOrderFromKey(const QString &key, TweetOrder fallback, bool *ok)
{
    const TweetOrder orders[] = {TweetOrder::OldestFirst, TweetOrder::NewestFirst,
                                 TweetOrder::MostEngagement};
    for (const TweetOrder order : orders) {
        if (key == tweetOrderKey(order)) {
            if (ok) {
                *ok = true;
            }
            return order;
        }
    }
    if (ok) {
        *ok = false;
    }
    return fallback;
}

QString tweetKindKey(TweetKind kind)
{
    return QString::fromLatin1(tweetKindName(kind));
}

namespace {

// Appends @p value as UTF-8 without a temporary: ASCII (most of every export) byte by byte, the rest
// through the encoder straight into @p out.
void appendUtf8(QByteArray &out, QStringView value)
{
    const qsizetype start = out.size();
    bool ascii = true;
    for (const QChar c : value) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        out.resize(start + value.size());
        char *to = out.data() + start;
        for (const QChar c : value) {
            *to++ = char(c.unicode());
        }
        return;
    }
    QStringEncoder encoder(QStringEncoder::Utf8);
    out.resize(start + encoder.requiredSpace(value.size()));
    char *end = encoder.appendToBuffer(out.data() + start, value);
    out.resize(end - out.constData());
}

} // namespace

void appendCsvField(QByteArray &out, QStringView value, CsvDialect dialect, bool isText)
{
    bool guard = false;
    if (dialect == CsvDialect::Spreadsheet && isText && !value.isEmpty()) {
        const QChar first = value.front();
        guard = first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
                first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
    }
    bool quote = !value.isEmpty() && (value.front().isSpace() || value.back().isSpace());
    bool hasQuote = false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u'"') {
            hasQuote = true;
            quote = true;
        } else if (u == u',' || u == u'\n' || u == u'\r') {
            quote = true;
        }
    }
    if (quote) {
        out.append('"');
    }
    if (guard) {
        out.append('\'');
    }
    if (!hasQuote) {
        appendUtf8(out, value);
    } else {
        // A quote is doubled; the text between quotes is encoded as it is.
        qsizetype start = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value[i] == QLatin1Char('"')) {
                appendUtf8(out, value.mid(start, i + 1 - start));
                out.append('"');
                start = i + 1;
            }
        }
        appendUtf8(out, value.mid(start));
    }
    if (quote) {
        out.append('"');
    }
}

void appendCsvNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof(digits), value).ptr;
    out.append(digits, end - digits);
}

void appendJsonString(QByteArray &out, QStringView value)
{
    static const char Hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            continue;
        }
        appendUtf8(out, value.mid(start, i - start));
        start = i + 1;
        switch (c) {
        case u'"':
            out.append("\\\"");
            break;
        case u'\\':
            out.append("\\\\");
            break;
        case u'\n':
            out.append("\\n");
            break;
        case u'\r':
            out.append("\\r");
            break;
        case u'\t':
            out.append("\\t");
            break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', Hex[(c >> 4) & 0xF], Hex[c & 0xF]};
            out.append(escape, 6);
        }
        }
    }
    appendUtf8(out, value.mid(start));
    out.append('"');
}

void appendExportTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        return;
    }
    // Civil date from days since the epoch (Howard Hinnant's algorithm): QDateTime::toString is
    // several times slower, and this runs once per exported tweet.
    const qint64 seconds = time.toSecsSinceEpoch();
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 0 || year > 9999) {
        out.append(exportTime(time).toLatin1());
        return;
    }
    const int hour = int(secondOfDay / 3600);
    const int minute = int(secondOfDay / 60 % 60);
    const int second = int(secondOfDay % 60);
    const char text[] = {char('0' + year / 1000),
                         char('0' + year / 100 % 10),
                         char('0' + year / 10 % 10),
                         char('0' + year % 10),
                         '-',
                         char('0' + month / 10),
                         char('0' + month % 10),
                         '-',
                         char('0' + day / 10),
                         char('0' + day % 10),
                         'T',
                         char('0' + hour / 10),
                         char('0' + hour % 10),
                         ':',
                         char('0' + minute / 10),
                         char('0' + minute % 10),
                         ':',
                         char('0' + second / 10),
                         char('0' + second % 10),
                         'Z'};
    out.append(text, sizeof(text));
}

const char *tweetKindName(TweetKind kind)
{
    switch (kind) {
    case TweetKind::Original:
        return "original";
    case TweetKind::Retweet:
        return "retweet";
    case TweetKind::Reply:
        return "reply";
    case TweetKind::Quote:
        return "quote";
    }
    return "original";
}

QString exportTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace trove

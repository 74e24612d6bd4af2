#include "core/synth/archivegenerator.h"

#include "core/synth/syntheticvocabulary.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace trove {

namespace {

using synthetic::Language;
using synthetic::WordList;

constexpr std::string_view usersHeader =
    "\"userid\",\"user_display_name\",\"user_screen_name\",\"user_reported_location\","
    "\"user_profile_description\",\"user_profile_url\",\"follower_count\",\"following_count\","
    "\"account_creation_date\",\"account_language\"\n";

constexpr std::string_view tweetsHeader =
    "\"tweetid\",\"userid\",\"user_display_name\",\"user_screen_name\",\"user_reported_location\","
    "\"user_profile_description\",\"user_profile_url\",\"follower_count\",\"following_count\","
    "\"account_creation_date\",\"account_language\",\"tweet_language\",\"tweet_text\",\"tweet_time\","
    "\"tweet_client_name\",\"in_reply_to_userid\",\"in_reply_to_tweetid\",\"quoted_tweet_tweetid\","
    "\"is_retweet\",\"retweet_userid\",\"retweet_tweetid\",\"latitude\",\"longitude\",\"quote_count\","
    "\"reply_count\",\"like_count\",\"retweet_count\",\"hashtags\",\"urls\",\"user_mentions\",\"poll_"
    "choices\"\n";

constexpr std::int64_t snowflakeEpochMilliseconds = 1288834974657; // 2010-11-04 01:42:54.657 UTC
constexpr std::int64_t minutesPerDay = 24 * 60;
constexpr std::int64_t maximumAccounts = 1000000;
constexpr int maximumParts = 10000;
constexpr std::int64_t progressInterval = 10000;
constexpr std::size_t outputBufferSize = 8 << 20;
constexpr std::size_t recentTweetCount = 512; // reply, retweet and quote targets
constexpr std::size_t recentRowCount = 64;    // candidates for duplicate rows

// ---------------------------------------------------------------------------------------------------
// Calendar arithmetic on days since 1970-01-01 (Howard Hinnant's civil-date algorithms): the generator
// formats millions of timestamps and must not depend on the local time zone.

constexpr std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = int(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

struct CivilDate
{
    int year;
    int month;
    int day;
};

CivilDate civilFromDays(std::int64_t days)
{
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int dayOfEra = int(days - era * 146097);
    const int yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const int monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const int month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    return CivilDate{int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0), month, day};
}

constexpr std::int64_t firstTweetDay = daysFromCivil(2009, 5, 1);
constexpr std::int64_t lastTweetDay = daysFromCivil(2018, 6, 30);
constexpr std::int64_t firstAccountDay = daysFromCivil(2009, 1, 1);
constexpr std::int64_t lastAccountDay = daysFromCivil(2017, 12, 31);
constexpr std::int64_t firstUserSnowflakeDay = daysFromCivil(2016, 1, 1);
// The first whole minute at least a minute after the snowflake epoch: every snowflake id from it on is
// larger than any id of the sequential scheme used before, so ids keep growing with time.
constexpr std::int64_t firstSnowflakeMinute = snowflakeEpochMilliseconds / 60000 + 2;
constexpr std::int64_t sequentialIdBase = 1000000000;
constexpr std::int64_t sequentialIdsPerSecond = 480;

// ---------------------------------------------------------------------------------------------------
// xoshiro256** seeded through splitmix64: fast, and the same bytes on every platform, unlike the
// distributions of <random>.

class Random
{
public:
    Random(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
        for (std::uint64_t &word : m_state) {
            state += 0x9E3779B97F4A7C15ULL;
            std::uint64_t mixed = state;
            mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9ULL;
            mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBULL;
            word = mixed ^ (mixed >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotate(m_state[1] * 5, 7) * 9;
        const std::uint64_t shifted = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= shifted;
        m_state[3] = rotate(m_state[3], 45);
        return result;
    }

    /** Uniform in [0, bound): Lemire's multiply-shift, no division. */
    std::uint64_t below(std::uint64_t bound)
    {
        return std::uint64_t((static_cast<unsigned __int128>(next()) * bound) >> 64);
    }

    bool percent(int chance) { return below(100) < std::uint64_t(chance); }
    bool perMille(int chance) { return below(1000) < std::uint64_t(chance); }

    std::string_view pick(const WordList &list) { return list[below(list.count)]; }

    /** Roughly log-uniform in [0, limit): many small values, a few large ones, as follower counts are. */
    std::uint64_t skewed(std::uint64_t limit)
    {
        std::uint64_t ceiling = 1;
        const std::uint64_t doublings = below(64 - std::uint64_t(__builtin_clzll(limit | 1)) + 1);
        for (std::uint64_t step = 0; step < doublings && ceiling < limit; ++step)
            ceiling *= 2;
        return below(std::min(ceiling, limit));
    }

private:
    static std::uint64_t rotate(std::uint64_t value, int bits)
    {
        return (value << bits) | (value >> (64 - bits));
    }

    std::array<std::uint64_t, 4> m_state;
};

// ---------------------------------------------------------------------------------------------------
// Formatting into byte buffers

void appendNumber(std::string &out, std::uint64_t value)
{
    char digits[20];
    int length = 0;
    do {
        digits[length++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (length > 0)
        out += digits[--length];
}

void appendTwoDigits(std::string &out, int value)
{
    out += char('0' + value / 10);
    out += char('0' + value % 10);
}

void appendDate(std::string &out, std::int64_t days)
{
    const CivilDate date = civilFromDays(days);
    appendNumber(out, std::uint64_t(date.year));
    out += '-';
    appendTwoDigits(out, date.month);
    out += '-';
    appendTwoDigits(out, date.day);
}

/** Appends @p text with every '"' doubled, as RFC 4180 wants inside a quoted field. */
void appendEscaped(std::string &out, std::string_view text)
{
    std::size_t start = 0;
    while (start < text.size()) {
        const void *quote = std::memchr(text.data() + start, '"', text.size() - start);
        if (quote == nullptr) {
            out.append(text.data() + start, text.size() - start);
            return;
        }
        const std::size_t position = std::size_t(static_cast<const char *>(quote) - text.data());
        out.append(text.data() + start, position + 1 - start);
        out += '"';
        start = position + 1;
    }
}

void appendField(std::string &out, std::string_view text)
{
    out += '"';
    appendEscaped(out, text);
    out += '"';
}

/** Appends @p item the way Python's repr() writes a str, which is how the archives spell list items. */
void appendPythonString(std::string &out, std::string_view item)
{
    const bool hasSingle = item.find('\'') != std::string_view::npos;
    const bool hasDouble = item.find('"') != std::string_view::npos;
    const char quote = hasSingle && !hasDouble ? '"' : '\'';
    out += quote;
    for (const char character : item) {
        const auto byte = static_cast<unsigned char>(character);
        if (character == quote || character == '\\') {
            out += '\\';
            out += character;
        } else if (character == '\n') {
            out += "\\n";
        } else if (character == '\r') {
            out += "\\r";
        } else if (character == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7f) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 15];
        } else {
            out += character;
        }
    }
    out += quote;
}

void appendListSeparator(std::string &list)
{
    if (!list.empty())
        list += ", ";
}

// ---------------------------------------------------------------------------------------------------

/** One archive account; its ten user columns are encoded once and copied into every tweet row. */
struct Account
{
    std::string userId;
    std::string screenName;
    std::string csvFields;   // the ten quoted user columns joined by commas, no line end
    std::string mentionItem; // how user_mentions lists it: bare digits, or a quoted string for hashed ids
    std::int64_t creationDay = 0;
    Language primary = Language::English;
    Language secondary = Language::English;
    std::uint32_t weight = 0; // relative activity; 0 for accounts that never tweet
    std::uint16_t client = 0;
    std::uint16_t place = 0;
};

/** A recent tweet others can retweet, reply to or quote. */
struct RecentTweet
{
    std::int64_t tweetId = 0;
    std::uint32_t account = 0;
    std::string text;
    std::string hashtags; // list items without brackets
    std::string urls;
    std::string mentions;
};

/** The columns that link a tweet to another: empty or zero when it is an original. */
struct TweetLinks
{
    bool retweet = false;
    std::string_view replyUserId;
    std::int64_t replyTweetId = 0;
    std::int64_t quotedTweetId = 0;
    std::string_view retweetUserId;
    std::int64_t retweetTweetId = 0;
};

/**
 * Buffered output to one file. Counts the bytes it was given; reports failures with the file's name.
 */
class OutputFile
{
public:
    bool open(const QString &path)
    {
        m_file.setFileName(path);
        m_buffer.clear();
        m_buffer.reserve(outputBufferSize + (64 << 10));
        m_bytes = 0;
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
            m_error = QStringLiteral("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(path), m_file.errorString());
            return false;
        }
        return true;
    }

    bool write(std::string_view data)
    {
        m_buffer.append(data.data(), data.size());
        m_bytes += std::int64_t(data.size());
        return m_buffer.size() < outputBufferSize || flush();
    }

    bool close()
    {
        const bool flushed = flush();
        m_file.close();
        if (flushed && m_file.error() != QFileDevice::NoError) {
            m_error = QStringLiteral("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
            return false;
        }
        return flushed;
    }

    std::int64_t bytes() const { return m_bytes; }
    QString errorString() const { return m_error; }

private:
    bool flush()
    {
        if (m_buffer.empty())
            return true;
        const qint64 written = m_file.write(m_buffer.data(), qint64(m_buffer.size()));
        if (written != qint64(m_buffer.size())) {
            m_error = QStringLiteral("Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
            m_buffer.clear();
            return false;
        }
        m_buffer.clear();
        return true;
    }

    QFile m_file;
    std::string m_buffer;
    std::int64_t m_bytes = 0;
    QString m_error;
};

/**
 * Spreads tweets over 2009-05 … 2018-06 with growth, weekly and daily rhythm and bursts around events.
 * Tweet i of n lands at the inverse of the cumulative hourly weight at (i + jitter) / n, so times never
 * decrease and any count, however small, covers the whole period. Integer arithmetic only, so the same
 * seed gives the same times everywhere.
 */
class Timeline
{
public:
    Timeline()
    {
        // Tweets per day by year, growing towards the 2016 peak of the genuine IRA release.
        static constexpr int yearlyBase[] = {20, 30, 45, 60, 80, 130, 170, 220, 150, 70, 70};
        // UTC hours: busiest during Moscow and Tehran office hours.
        static constexpr int hourly[24] = {4, 3, 2, 2, 3, 5, 7, 9, 10, 10, 10, 9,
                                           9, 9, 9, 9, 8, 8, 8, 7, 7,  6,  5,  5};
        std::size_t burstCount = 0;
        const synthetic::Burst *bursts = synthetic::bursts(&burstCount);

        const std::int64_t dayCount = lastTweetDay - firstTweetDay + 1;
        m_hourWeights.reserve(std::size_t(dayCount * 24));
        m_cumulative.reserve(std::size_t(dayCount * 24 + 1));
        m_cumulative.push_back(0);
        for (std::int64_t day = firstTweetDay; day <= lastTweetDay; ++day) {
            const CivilDate date = civilFromDays(day);
            const int yearIndex = date.year - 2009;
            const std::int64_t base =
                yearlyBase[yearIndex] +
                (yearlyBase[yearIndex + 1] - yearlyBase[yearIndex]) * (date.month - 1) / 12;
            std::int64_t bump = 0;
            for (std::size_t index = 0; index < burstCount; ++index) {
                const synthetic::Burst &burst = bursts[index];
                const std::int64_t distance =
                    std::abs(day - daysFromCivil(burst.year, burst.month, burst.day));
                if (distance < burst.halfWidthDays)
                    bump += burst.peakPercent * (burst.halfWidthDays - distance) / burst.halfWidthDays;
            }
            const int weekday = int((day + 4) % 7); // 0 is Sunday
            const std::int64_t weekdayPercent = weekday == 0 || weekday == 6 ? 80 : 100;
            const std::int64_t dayWeight =
                std::max<std::int64_t>(1, base * (100 + bump) * weekdayPercent / 100);
            for (const int hourWeight : hourly) {
                m_hourWeights.push_back(std::uint64_t(dayWeight * hourWeight));
                m_cumulative.push_back(m_cumulative.back() + m_hourWeights.back());
            }
        }
    }

    /** The minute (since 1970) of tweet @p index of @p count; call with non-decreasing indexes. */
    std::int64_t minuteAt(std::int64_t index, std::int64_t count, std::uint32_t jitter)
    {
        const std::uint64_t total = m_cumulative.back();
        const unsigned __int128 numerator =
            ((static_cast<unsigned __int128>(std::uint64_t(index)) << 32) | jitter) * total;
        const std::uint64_t position =
            std::uint64_t(numerator / (static_cast<unsigned __int128>(std::uint64_t(count)) << 32));
        while (m_hour + 1 < m_hourWeights.size() && m_cumulative[m_hour + 1] <= position)
            ++m_hour;
        const std::uint64_t minuteInHour = (position - m_cumulative[m_hour]) * 60 / m_hourWeights[m_hour];
        return firstTweetDay * minutesPerDay + std::int64_t(m_hour) * 60 +
               std::int64_t(std::min<std::uint64_t>(minuteInHour, 59));
    }

private:
    std::vector<std::uint64_t> m_hourWeights;
    std::vector<std::uint64_t> m_cumulative;
    std::size_t m_hour = 0;
};

/** Deletes the files a failed or cancelled run had created, so no half archive is left behind. */
void removeFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        QFile::remove(path);
}

QString normalizedCampaign(const QString &requested)
{
    const QString trimmed = requested.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("synthetic-demo");
    if (trimmed.startsWith(QLatin1String("synthetic")))
        return trimmed;
    return QStringLiteral("synthetic-") + trimmed;
}

// ---------------------------------------------------------------------------------------------------

class Generator
{
public:
    Generator(const GeneratorOptions &options, const std::function<bool(std::int64_t)> &progress)
        : m_options(options)
        , m_progress(progress)
        , m_accountRandom(options.seed, 1)
        , m_tweetRandom(options.seed, 2)
    {
        m_recentTweets.resize(recentTweetCount);
        m_recentRows.resize(recentRowCount);
        m_row.reserve(8192);
        m_text.reserve(2048);
    }

    GeneratorResult run();

private:
    bool validate();
    void buildAccounts();
    std::string makeUserId(bool numeric, bool hexDigest, std::int64_t creationDay,
                           std::unordered_set<std::string> &taken);
    std::string makeScreenName(std::unordered_set<std::string> &taken);
    std::string makeDescription(const synthetic::LanguageVocabulary &language);
    void appendTcoUrl(std::string &out, Random &random);

    bool writeUsers(const QString &path);
    bool writeTweets(const QStringList &paths);
    bool writeRow(OutputFile &file, std::string_view row);
    bool writeDuplicate(OutputFile &file, std::size_t offset);
    bool reportProgress();
    bool writeZip(const QString &zipPath, const QStringList &sources, const QStringList &entryNames);
    bool writeReadme(const QString &path);

    std::uint32_t pickAuthor(std::int64_t day);
    std::int64_t nextTweetId(std::int64_t minute);
    std::int64_t earlierTweetId(std::int64_t minute);
    const RecentTweet *pickRecent();
    void composeText(Language language, std::string &text, std::string &hashtags, std::string &urls,
                     std::string &mentions);
    void appendMention(std::string &text, std::string &mentions);
    void appendExpandedUrl(std::string &urls);
    void composeTweet(std::int64_t minute, std::uint32_t authorIndex, Language language, TweetLinks *links);
    void appendCoordinates(const Account &author);
    void rememberTweet(std::int64_t tweetId, std::uint32_t authorIndex);
    std::size_t buildTweet(std::int64_t minute, std::uint32_t *authorIndex);
    void appendList(std::string_view items, bool blankWhenEmpty);
    void appendCount(std::uint64_t value, bool asFloat);
    void setTimeFields(std::int64_t minute);

    const GeneratorOptions &m_options;
    const std::function<bool(std::int64_t)> &m_progress;
    Random m_accountRandom;
    Random m_tweetRandom;
    QString m_campaign;
    GeneratorResult m_result;
    QStringList m_created;
    bool m_cancelled = false;

    std::vector<Account> m_accounts;
    std::vector<std::uint32_t> m_byCreation;       // account indexes ordered by creation day
    std::vector<std::uint64_t> m_cumulativeWeight; // over m_byCreation
    std::size_t m_eligible = 0;                    // accounts in m_byCreation created by the current day
    std::vector<std::uint8_t> m_tweeted;

    Timeline m_timeline;
    std::int64_t m_lastTweetId = 0;
    std::int64_t m_currentDay = -1;
    std::string m_dateText; // "YYYY-MM-DD " of m_currentDay
    CivilDate m_currentDate{};

    std::vector<RecentTweet> m_recentTweets;
    std::size_t m_recentTweetHead = 0;
    std::size_t m_recentTweetFill = 0;
    std::vector<std::string> m_recentRows;
    std::size_t m_recentRowHead = 0;
    std::size_t m_recentRowFill = 0;

    std::string m_row;
    std::string m_text;
    std::string m_hashtags;
    std::string m_urls;
    std::string m_mentions;
    std::string m_scratch;
    std::string m_externalUserId;
    std::int64_t m_tweetsWritten = 0;
    std::int64_t m_nextProgress = progressInterval;
    QElapsedTimer m_zipProgressTimer;
};

bool Generator::validate()
{
    if (m_options.outputDirectory.isEmpty()) {
        m_result.errorString = QStringLiteral("No output directory given");
        return false;
    }
    if (m_options.tweets < 0) {
        m_result.errorString = QStringLiteral("The number of tweets must not be negative");
        return false;
    }
    if (m_options.accounts < 1 || m_options.accounts > maximumAccounts) {
        m_result.errorString =
            QStringLiteral("The number of accounts must be between 1 and %1").arg(maximumAccounts);
        return false;
    }
    if (m_options.parts < 1 || m_options.parts > maximumParts) {
        m_result.errorString =
            QStringLiteral("The number of parts must be between 1 and %1").arg(maximumParts);
        return false;
    }
    m_campaign = normalizedCampaign(m_options.campaign);
    for (const QChar character : m_campaign) {
        if (character == QLatin1Char('/') || character == QLatin1Char('\\') || character.isSpace() ||
            character == QLatin1Char(':')) {
            m_result.errorString = QStringLiteral("The campaign name \"%1\" cannot be used in a file name")
                                       .arg(m_options.campaign);
            return false;
        }
    }
    if (m_campaign.contains(QLatin1String("_users_")) || m_campaign.contains(QLatin1String("_tweets_"))) {
        // Importers take the campaign from the text before _users_/_tweets_ in the file name.
        m_result.errorString = QStringLiteral("The campaign name \"%1\" must not contain _users_ or _tweets_")
                                   .arg(m_options.campaign);
        return false;
    }
    return true;
}

void Generator::appendTcoUrl(std::string &out, Random &random)
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    out += "https://t.co/";
    std::uint64_t bits = random.next();
    for (int index = 0; index < 10; ++index) {
        out += alphabet[bits % 62];
        bits /= 62;
    }
}

std::string Generator::makeUserId(bool numeric, bool hexDigest, std::int64_t creationDay,
                                  std::unordered_set<std::string> &taken)
{
    Random &random = m_accountRandom;
    std::string userId;
    for (;;) {
        userId.clear();
        if (numeric) {
            // Ids follow account age: small sequential numbers early on, snowflakes from 2016.
            std::uint64_t value = 0;
            if (creationDay >= firstUserSnowflakeDay) {
                const std::int64_t milliseconds =
                    creationDay * 86400000 + std::int64_t(random.below(86400000));
                value =
                    (std::uint64_t(milliseconds - snowflakeEpochMilliseconds) << 22) | random.below(1 << 22);
            } else {
                const std::int64_t span = firstUserSnowflakeDay - firstAccountDay;
                const std::uint64_t perDay = (4700000000ULL - 18000000ULL) / std::uint64_t(span);
                value = 18000000ULL + std::uint64_t(creationDay - firstAccountDay) * perDay +
                        random.below(perDay);
            }
            appendNumber(userId, value);
        } else if (hexDigest) {
            static constexpr char hex[] = "0123456789abcdef";
            for (int word = 0; word < 4; ++word) {
                std::uint64_t bits = random.next();
                for (int digit = 0; digit < 16; ++digit, bits >>= 4)
                    userId += hex[bits & 15];
            }
        } else {
            // 2019-style tokens look like base64 of a digest but are not always valid base64: some use
            // the url-safe alphabet, some have lengths or padding no encoder would produce.
            static constexpr char alphabet[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            const std::size_t length = 41 + random.below(4);
            const bool urlSafe = random.percent(15);
            for (std::size_t index = 0; index < length; ++index) {
                char character = alphabet[random.below(64)];
                if (urlSafe && character == '+')
                    character = '-';
                else if (urlSafe && character == '/')
                    character = '_';
                userId += character;
            }
            const std::uint64_t padding = random.below(100);
            if (length == 44 && padding < 70)
                userId.back() = '=';
            else if (length == 43 && padding < 20)
                userId.back() = '=';
            else if (length == 42 && padding < 20)
                userId.replace(40, 2, "==");
        }
        if (taken.insert(userId).second)
            return userId;
    }
}

std::string Generator::makeScreenName(std::unordered_set<std::string> &taken)
{
    Random &random = m_accountRandom;
    const WordList parts = synthetic::screenNameParts();
    std::string base;
    base += random.pick(parts);
    if (random.percent(45))
        base += '_';
    base += random.pick(parts);
    if (random.percent(35))
        appendNumber(base, 1 + random.below(99));
    if (base.size() > 15)
        base.resize(15);
    // Screen names are unique on Twitter, compared without case. On a clash, digits replace the tail of
    // the name, more of them the more clashes there were, so that large account counts still find room.
    std::string name = base;
    for (int attempt = 0;; ++attempt) {
        std::string key = name;
        std::transform(key.begin(), key.end(), key.begin(), [](char character) {
            return char(std::tolower(static_cast<unsigned char>(character)));
        });
        if (taken.insert(key).second)
            return name;
        const std::size_t digits = std::min<std::size_t>(2 + std::size_t(attempt) / 8, 12);
        name.assign(base, 0, std::min(base.size(), 15 - digits));
        for (std::size_t index = 0; index < digits; ++index)
            name += char('0' + random.below(10));
    }
}

std::string Generator::makeDescription(const synthetic::LanguageVocabulary &language)
{
    Random &random = m_accountRandom;
    std::string description;
    if (random.percent(18))
        return description;
    description += random.pick(language.descriptions);
    // Genuine profiles put a raw line break between a bio and its hashtags often enough to matter.
    const char *separator = random.percent(15) ? "\n" : (random.percent(30) ? "  " : " ");
    if (random.percent(35)) {
        description += separator;
        const int tagCount = 1 + int(random.below(3));
        for (int index = 0; index < tagCount; ++index) {
            if (index > 0)
                description += ' ';
            description += '#';
            description += random.percent(80) ? random.pick(language.hashtags)
                                              : random.pick(synthetic::sharedHashtags());
        }
    }
    if (random.percent(20)) {
        description += ' ';
        description += random.pick(synthetic::emoji());
    }
    if (random.percent(8)) {
        description += ' ';
        description += random.pick(synthetic::zwjEmoji());
    }
    if (random.percent(25)) {
        description += ' ';
        appendTcoUrl(description, random);
    }
    return description;
}

void Generator::buildAccounts()
{
    Random &random = m_accountRandom;
    std::size_t languageCount = 0;
    const synthetic::AccountLanguage *languages = synthetic::accountLanguages(&languageCount);
    int languageWeightTotal = 0;
    for (std::size_t index = 0; index < languageCount; ++index)
        languageWeightTotal += languages[index].weight;
    std::size_t clientCount = 0;
    const synthetic::Client *clients = synthetic::clients(&clientCount);
    int clientWeightTotal = 0;
    for (std::size_t index = 0; index < clientCount; ++index)
        clientWeightTotal += clients[index].weight;
    std::size_t placeCount = 0;
    synthetic::places(&placeCount);
    // Account creation years: most of the genuine accounts were opened in 2013-2014.
    static constexpr int yearWeights[] = {6, 6, 6, 8, 18, 22, 12, 12, 10};
    int yearWeightTotal = 0;
    for (const int weight : yearWeights)
        yearWeightTotal += weight;

    std::unordered_set<std::string> takenIds;
    std::unordered_set<std::string> takenNames;
    const std::size_t accountCount = std::size_t(m_options.accounts);
    m_accounts.resize(accountCount);
    for (std::size_t index = 0; index < accountCount; ++index) {
        Account &account = m_accounts[index];
        const std::uint64_t kind = random.below(100);
        const bool numeric = kind < 10;
        const bool hexDigest = kind >= 10 && kind < 55;

        int pick = int(random.below(std::uint64_t(languageWeightTotal)));
        std::size_t languageIndex = 0;
        while (pick >= languages[languageIndex].weight)
            pick -= languages[languageIndex++].weight;
        const synthetic::AccountLanguage &accountLanguage = languages[languageIndex];
        account.primary = accountLanguage.primary;
        account.secondary = accountLanguage.secondary;
        const synthetic::LanguageVocabulary &vocabulary = synthetic::vocabulary(account.primary);

        // The first account is old and active so that the earliest tweets always have an author.
        if (index == 0) {
            account.creationDay =
                firstAccountDay + std::int64_t(random.below(std::uint64_t(firstTweetDay - firstAccountDay)));
        } else {
            int yearPick = int(random.below(std::uint64_t(yearWeightTotal)));
            int year = 0;
            while (yearPick >= yearWeights[year])
                yearPick -= yearWeights[year++];
            const std::int64_t yearStart = daysFromCivil(2009 + year, 1, 1);
            const std::int64_t yearEnd = daysFromCivil(2010 + year, 1, 1);
            account.creationDay = yearStart + std::int64_t(random.below(std::uint64_t(yearEnd - yearStart)));
        }
        account.creationDay = std::min(account.creationDay, lastAccountDay);

        account.userId = makeUserId(numeric, hexDigest, account.creationDay, takenIds);
        std::string displayName;
        if (numeric) {
            account.screenName = makeScreenName(takenNames);
            displayName = random.percent(80)
                              ? random.pick(vocabulary.displayNames)
                              : random.pick(synthetic::vocabulary(Language::English).displayNames);
            if (random.percent(10)) {
                displayName += ' ';
                displayName += random.pick(synthetic::emoji());
            }
            account.mentionItem = account.userId;
        } else {
            account.screenName = account.userId;
            displayName = account.userId;
            appendPythonString(account.mentionItem, account.userId);
        }

        std::string_view location;
        if (random.percent(75))
            location = random.percent(70) ? random.pick(vocabulary.locations)
                                          : random.pick(synthetic::vocabulary(Language::English).locations);
        const std::string description = makeDescription(vocabulary);
        std::string profileUrl;
        if (random.percent(35))
            appendTcoUrl(profileUrl, random);
        // Unhashed accounts are the ones with 5,000 followers or more, which is why Twitter kept their ids.
        const std::uint64_t followers = numeric ? 5000 + random.skewed(400000) : random.skewed(5000);
        const std::uint64_t following = random.skewed(8000);
        const bool floatCounts = random.percent(5) && m_options.quirks;

        std::string &fields = account.csvFields;
        appendField(fields, account.userId);
        fields += ',';
        appendField(fields, displayName);
        fields += ',';
        appendField(fields, account.screenName);
        fields += ',';
        appendField(fields, location);
        fields += ',';
        appendField(fields, description);
        fields += ',';
        appendField(fields, profileUrl);
        fields += ",\"";
        appendNumber(fields, followers);
        fields += floatCounts ? ".0\",\"" : "\",\"";
        appendNumber(fields, following);
        fields += floatCounts ? ".0\",\"" : "\",\"";
        appendDate(fields, account.creationDay);
        fields += "\",\"";
        fields += accountLanguage.code;
        fields += '"';

        int clientPick = int(random.below(std::uint64_t(clientWeightTotal)));
        std::size_t clientIndex = 0;
        while (clientPick >= clients[clientIndex].weight)
            clientPick -= clients[clientIndex++].weight;
        account.client = std::uint16_t(clientIndex);
        account.place = std::uint16_t(random.below(placeCount));

        // A few accounts in the users file never tweet, as in the genuine releases; activity is skewed so
        // that a handful of accounts write most of the tweets.
        const bool silent = index > 0 && random.percent(6);
        const std::uint32_t activity = (1u << random.below(9)) * std::uint32_t(1 + random.below(4));
        account.weight = silent ? 0 : activity;
    }

    m_byCreation.resize(accountCount);
    for (std::size_t index = 0; index < accountCount; ++index)
        m_byCreation[index] = std::uint32_t(index);
    std::stable_sort(m_byCreation.begin(), m_byCreation.end(),
                     [this](std::uint32_t left, std::uint32_t right) {
                         return m_accounts[left].creationDay < m_accounts[right].creationDay;
                     });
    m_cumulativeWeight.resize(accountCount);
    std::uint64_t total = 0;
    for (std::size_t index = 0; index < accountCount; ++index) {
        total += m_accounts[m_byCreation[index]].weight;
        m_cumulativeWeight[index] = total;
    }
    m_tweeted.assign(accountCount, 0);
}

std::uint32_t Generator::pickAuthor(std::int64_t day)
{
    while (m_eligible < m_byCreation.size() && m_accounts[m_byCreation[m_eligible]].creationDay <= day)
        ++m_eligible;
    // Account 0 predates the first tweet and is never silent, so the eligible weight is never zero.
    const std::uint64_t target = m_tweetRandom.below(m_cumulativeWeight[m_eligible - 1]);
    const auto found = std::upper_bound(m_cumulativeWeight.begin(),
                                        m_cumulativeWeight.begin() + std::ptrdiff_t(m_eligible), target);
    return m_byCreation[std::size_t(found - m_cumulativeWeight.begin())];
}

std::int64_t Generator::nextTweetId(std::int64_t minute)
{
    std::int64_t candidate = 0;
    if (minute >= firstSnowflakeMinute) {
        // Twitter's snowflake: milliseconds since its epoch above 22 bits of worker and sequence. Keeping
        // the low bits below 2^21 leaves room for the +1 that makes ids unique within one millisecond.
        const std::int64_t milliseconds = minute * 60000 + std::int64_t(m_tweetRandom.below(59000));
        candidate =
            ((milliseconds - snowflakeEpochMilliseconds) << 22) | std::int64_t(m_tweetRandom.below(1 << 21));
    } else {
        const std::int64_t seconds = minute * 60 + std::int64_t(m_tweetRandom.below(59));
        candidate = sequentialIdBase + (seconds - firstAccountDay * 86400) * sequentialIdsPerSecond +
                    std::int64_t(m_tweetRandom.below(sequentialIdsPerSecond));
    }
    m_lastTweetId = std::max(candidate, m_lastTweetId + 1);
    return m_lastTweetId;
}

std::int64_t Generator::earlierTweetId(std::int64_t minute)
{
    // A tweet outside the archive from up to a week before: its id is smaller than the current one.
    const std::int64_t earlier = std::max(firstAccountDay * minutesPerDay,
                                          minute - 1 - std::int64_t(m_tweetRandom.below(7 * minutesPerDay)));
    if (earlier >= firstSnowflakeMinute) {
        const std::int64_t milliseconds = earlier * 60000 + std::int64_t(m_tweetRandom.below(59000));
        return ((milliseconds - snowflakeEpochMilliseconds) << 22) |
               std::int64_t(m_tweetRandom.below(1 << 22));
    }
    const std::int64_t seconds = earlier * 60 + std::int64_t(m_tweetRandom.below(59));
    return sequentialIdBase + (seconds - firstAccountDay * 86400) * sequentialIdsPerSecond +
           std::int64_t(m_tweetRandom.below(sequentialIdsPerSecond));
}

const RecentTweet *Generator::pickRecent()
{
    if (m_recentTweetFill == 0)
        return nullptr;
    // Favour the last few tweets so that replies pile up into threads.
    const std::size_t window =
        m_tweetRandom.percent(50) ? std::min<std::size_t>(m_recentTweetFill, 8) : m_recentTweetFill;
    const std::size_t offset = m_tweetRandom.below(window);
    return &m_recentTweets[(m_recentTweetHead + recentTweetCount - 1 - offset) % recentTweetCount];
}

void Generator::appendMention(std::string &text, std::string &mentions)
{
    text += '@';
    appendListSeparator(mentions);
    if (m_tweetRandom.percent(75)) {
        const Account &account = m_accounts[m_tweetRandom.below(m_accounts.size())];
        text += account.screenName;
        mentions += account.mentionItem;
    } else {
        std::size_t count = 0;
        const synthetic::ExternalAccount *external = synthetic::externalAccounts(&count);
        const synthetic::ExternalAccount &account = external[m_tweetRandom.below(count)];
        text += account.screenName;
        appendNumber(mentions, account.userId);
    }
}

void Generator::appendExpandedUrl(std::string &urls)
{
    Random &random = m_tweetRandom;
    appendListSeparator(urls);
    m_scratch.clear();
    if (random.percent(3)) {
        m_scratch += random.pick(synthetic::awkwardUrls());
    } else {
        const std::string_view host = random.pick(synthetic::urlHosts());
        m_scratch += random.percent(60) ? "http://" : "https://";
        m_scratch += host;
        if (host == "www.youtube.com") {
            static constexpr char alphabet[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
            m_scratch += "/watch?v=";
            std::uint64_t bits = random.next();
            for (int index = 0; index < 11; ++index, bits >>= 6)
                m_scratch += alphabet[bits & 63];
        } else {
            m_scratch += '/';
            appendNumber(m_scratch, std::uint64_t(m_currentDate.year));
            m_scratch += '/';
            appendTwoDigits(m_scratch, m_currentDate.month);
            m_scratch += '/';
            appendTwoDigits(m_scratch, m_currentDate.day);
            m_scratch += '/';
            const int words = 2 + int(random.below(5));
            for (int index = 0; index < words; ++index) {
                if (index > 0)
                    m_scratch += '-';
                m_scratch += random.pick(synthetic::slugWords());
            }
            m_scratch += '/';
        }
    }
    appendPythonString(urls, m_scratch);
}

void Generator::composeText(Language language, std::string &text, std::string &hashtags, std::string &urls,
                            std::string &mentions)
{
    Random &random = m_tweetRandom;
    const synthetic::LanguageVocabulary &vocabulary = synthetic::vocabulary(language);
    const int wordCount = 4 + int(random.below(16));
    // About a third of genuine tweet texts hold a raw line break.
    const int newlineAt = random.percent(33) ? 1 + int(random.below(std::uint64_t(wordCount - 1))) : -1;
    const int quoteAt = random.percent(10) ? int(random.below(std::uint64_t(wordCount))) : -1;
    const int entityAt = random.percent(7) ? int(random.below(std::uint64_t(wordCount))) : -1;

    if (random.percent(12)) {
        appendMention(text, mentions);
        text += ' ';
    }
    for (int word = 0; word < wordCount; ++word) {
        if (word == newlineAt)
            text += random.percent(60) ? "\n" : "\n\n";
        else if (word > 0)
            text += ' ';
        if (word == quoteAt) {
            text += random.pick(synthetic::quotedPhrases());
        } else if (word == entityAt) {
            text += random.pick(synthetic::entityPhrases());
        } else {
            const std::uint64_t roll = random.below(100);
            if (roll < 5) {
                const std::string_view tag = random.percent(80) ? random.pick(vocabulary.hashtags)
                                                                : random.pick(synthetic::sharedHashtags());
                text += '#';
                text += tag;
                appendListSeparator(hashtags);
                appendPythonString(hashtags, tag);
            } else if (roll < 7) {
                appendMention(text, mentions);
            } else {
                text += random.pick(vocabulary.words);
            }
        }
    }
    if (random.percent(25)) {
        text += ' ';
        text += random.pick(synthetic::emoji());
        if (random.percent(30))
            text += random.pick(synthetic::emoji());
    }
    if (random.percent(40)) {
        const int tagCount = 1 + int(random.below(3));
        std::string_view tag;
        for (int index = 0; index < tagCount; ++index) {
            // Items may repeat in the genuine lists when a text repeats a hashtag.
            if (index == 0 || random.percent(85))
                tag = random.percent(80) ? random.pick(vocabulary.hashtags)
                                         : random.pick(synthetic::sharedHashtags());
            text += " #";
            text += tag;
            appendListSeparator(hashtags);
            appendPythonString(hashtags, tag);
        }
    }
    if (random.percent(40)) {
        const int urlCount = random.percent(12) ? 2 : 1;
        for (int index = 0; index < urlCount; ++index) {
            text += ' ';
            appendTcoUrl(text, random);
            appendExpandedUrl(urls);
        }
    }
}

void Generator::setTimeFields(std::int64_t minute)
{
    const std::int64_t day = minute / minutesPerDay;
    if (day != m_currentDay) {
        m_currentDay = day;
        m_currentDate = civilFromDays(day);
        m_dateText.clear();
        appendDate(m_dateText, day);
        m_dateText += ' ';
    }
}

void Generator::appendList(std::string_view items, bool blankWhenEmpty)
{
    if (items.empty()) {
        m_row += blankWhenEmpty ? "\"\"" : "\"[]\"";
        return;
    }
    m_row += "\"[";
    appendEscaped(m_row, items);
    m_row += "]\"";
}

void Generator::appendCount(std::uint64_t value, bool asFloat)
{
    m_row += '"';
    appendNumber(m_row, value);
    if (asFloat)
        m_row += ".0";
    m_row += '"';
}

/**
 * Writes the text, list items and link columns of a tweet by @p authorIndex into m_text, m_hashtags,
 * m_urls, m_mentions and @p links: a retweet, reply or quote of a recent archive tweet when there is one
 * (so that threads and retweet cascades exist), else of a tweet outside the archive, or an original.
 */
void Generator::composeTweet(std::int64_t minute, std::uint32_t authorIndex, Language language,
                             TweetLinks *links)
{
    Random &random = m_tweetRandom;
    m_text.clear();
    m_hashtags.clear();
    m_urls.clear();
    m_mentions.clear();
    m_externalUserId.clear();
    std::size_t externalCount = 0;
    const synthetic::ExternalAccount *externals = synthetic::externalAccounts(&externalCount);

    const std::uint64_t kindRoll = random.below(1000);
    links->retweet = kindRoll < 370;
    const bool reply = !links->retweet && kindRoll < 470;
    const bool quote = !links->retweet && !reply && kindRoll < 520;

    if (links->retweet) {
        const RecentTweet *target = random.percent(65) ? pickRecent() : nullptr;
        // Accounts retweet each other, rarely themselves; one more try before going outside the archive.
        if (target != nullptr && target->account == authorIndex)
            target = pickRecent();
        if (target != nullptr && target->account == authorIndex)
            target = nullptr;
        if (target != nullptr) {
            const Account &original = m_accounts[target->account];
            m_text += "RT @";
            m_text += original.screenName;
            m_text += ": ";
            m_text += target->text;
            m_hashtags = target->hashtags;
            m_urls = target->urls;
            m_mentions = original.mentionItem;
            if (!target->mentions.empty()) {
                m_mentions += ", ";
                m_mentions += target->mentions;
            }
            links->retweetUserId = original.userId;
            links->retweetTweetId = target->tweetId;
        } else {
            const synthetic::ExternalAccount &original = externals[random.below(externalCount)];
            m_text += "RT @";
            m_text += original.screenName;
            m_text += ": ";
            appendNumber(m_mentions, original.userId);
            composeText(language, m_text, m_hashtags, m_urls, m_mentions);
            appendNumber(m_externalUserId, original.userId);
            links->retweetUserId = m_externalUserId;
            links->retweetTweetId = earlierTweetId(minute);
        }
    } else if (reply) {
        const RecentTweet *target = random.percent(85) ? pickRecent() : nullptr;
        if (target != nullptr) {
            const Account &original = m_accounts[target->account];
            m_text += '@';
            m_text += original.screenName;
            m_mentions = original.mentionItem;
            links->replyUserId = original.userId;
            links->replyTweetId = target->tweetId;
        } else {
            const synthetic::ExternalAccount &original = externals[random.below(externalCount)];
            m_text += '@';
            m_text += original.screenName;
            appendNumber(m_mentions, original.userId);
            appendNumber(m_externalUserId, original.userId);
            links->replyUserId = m_externalUserId;
            links->replyTweetId = earlierTweetId(minute);
        }
        m_text += ' ';
        composeText(language, m_text, m_hashtags, m_urls, m_mentions);
    } else {
        composeText(language, m_text, m_hashtags, m_urls, m_mentions);
        if (quote) {
            const RecentTweet *target = random.percent(70) ? pickRecent() : nullptr;
            std::string_view quotedScreenName;
            if (target != nullptr) {
                links->quotedTweetId = target->tweetId;
                quotedScreenName = m_accounts[target->account].screenName;
            } else {
                links->quotedTweetId = earlierTweetId(minute);
                quotedScreenName = externals[random.below(externalCount)].screenName;
            }
            // The quote link is a t.co url in the text that expands to the quoted tweet's address.
            m_text += ' ';
            appendTcoUrl(m_text, random);
            appendListSeparator(m_urls);
            m_scratch.assign("https://twitter.com/");
            m_scratch += quotedScreenName;
            m_scratch += "/status/";
            appendNumber(m_scratch, std::uint64_t(links->quotedTweetId));
            appendPythonString(m_urls, m_scratch);
        }
    }
}

void Generator::appendCoordinates(const Account &author)
{
    Random &random = m_tweetRandom;
    const std::uint64_t roll = random.below(1000);
    if (roll < 960) {
        m_row += "\"absent\",\"absent\",";
        return;
    }
    if (roll < 980) {
        m_row += "\"present\",\"present\",";
        return;
    }
    std::size_t placeCount = 0;
    const synthetic::Place &place = synthetic::places(&placeCount)[author.place];
    for (const int base : {place.latitude, place.longitude}) {
        const int value = base + int(random.below(1001)) - 500; // within about 5 km of the place
        m_row += '"';
        if (value < 0)
            m_row += '-';
        const int magnitude = std::abs(value);
        appendNumber(m_row, std::uint64_t(magnitude / 10000));
        m_row += '.';
        const int fraction = magnitude % 10000;
        appendTwoDigits(m_row, fraction / 100);
        appendTwoDigits(m_row, fraction % 100);
        m_row += "\",";
    }
}

void Generator::rememberTweet(std::int64_t tweetId, std::uint32_t authorIndex)
{
    RecentTweet &recent = m_recentTweets[m_recentTweetHead];
    recent.tweetId = tweetId;
    recent.account = authorIndex;
    recent.text = m_text;
    recent.hashtags = m_hashtags;
    recent.urls = m_urls;
    recent.mentions = m_mentions;
    m_recentTweetHead = (m_recentTweetHead + 1) % recentTweetCount;
    m_recentTweetFill = std::min(m_recentTweetFill + 1, recentTweetCount);
}

/**
 * Formats one tweet row at @p minute into m_row and returns the offset of its tweet_text field's opening
 * quote (where a truncated record is cut).
 */
std::size_t Generator::buildTweet(std::int64_t minute, std::uint32_t *authorIndex)
{
    Random &random = m_tweetRandom;
    setTimeFields(minute);
    const std::uint32_t authorId = pickAuthor(m_currentDay);
    *authorIndex = authorId;
    const Account &author = m_accounts[authorId];
    const std::int64_t tweetId = nextTweetId(minute);
    const Language language = random.percent(88) ? author.primary : author.secondary;
    TweetLinks links;
    composeTweet(minute, authorId, language, &links);

    // Row-level re-export habits: counts written as floats, empty lists written as empty fields.
    const bool quirks = m_options.quirks;
    const bool floatCounts = random.percent(3) && quirks;
    const bool blankLists = random.percent(25) && quirks;

    std::string &row = m_row;
    row.clear();
    row += '"';
    appendNumber(row, std::uint64_t(tweetId));
    row += "\",";
    row += author.csvFields;

    const std::uint64_t languageRoll = random.below(100);
    row += ",\"";
    if (languageRoll < 88)
        row += synthetic::vocabulary(language).code;
    else if (languageRoll < 94)
        row += "und";
    else if (languageRoll >= 97)
        row += "en";
    row += "\",";

    const std::size_t textOffset = row.size();
    appendField(row, m_text);

    row += ",\"";
    row += m_dateText;
    appendTwoDigits(row, int(minute % minutesPerDay / 60));
    row += ':';
    appendTwoDigits(row, int(minute % 60));
    row += "\",\"";

    std::size_t clientCount = 0;
    const synthetic::Client *clients = synthetic::clients(&clientCount);
    row += clients[random.percent(75) ? author.client : random.below(clientCount)].name;
    row += "\",\"";

    row += links.replyUserId;
    row += "\",\"";
    if (links.replyTweetId != 0)
        appendNumber(row, std::uint64_t(links.replyTweetId));
    row += "\",\"";
    if (links.quotedTweetId != 0)
        appendNumber(row, std::uint64_t(links.quotedTweetId));
    row += links.retweet ? "\",\"true\",\"" : "\",\"false\",\"";
    row += links.retweetUserId;
    row += "\",\"";
    if (links.retweetTweetId != 0)
        appendNumber(row, std::uint64_t(links.retweetTweetId));
    row += "\",";

    appendCoordinates(author);

    // Retweet rows carry zero counts in the genuine files; originals have a long tail.
    std::uint64_t quoteCount = 0;
    std::uint64_t replyCount = 0;
    std::uint64_t likeCount = 0;
    std::uint64_t retweetCount = 0;
    if (!links.retweet) {
        quoteCount = random.percent(10) ? random.below(6) : 0;
        replyCount = random.percent(15) ? random.skewed(40) : 0;
        likeCount = random.percent(50) ? random.skewed(3000) : 0;
        retweetCount = random.percent(45) ? random.skewed(4000) : 0;
    }
    for (const std::uint64_t count : {quoteCount, replyCount, likeCount, retweetCount}) {
        appendCount(count, floatCounts);
        row += ',';
    }

    appendList(m_hashtags, blankLists);
    row += ',';
    appendList(m_urls, blankLists);
    row += ',';
    appendList(m_mentions, blankLists);
    row += ",\"";
    if (random.perMille(3))
        row += random.pick(synthetic::pollChoices());
    row += "\"\n";

    // Retweets are not retweeted or replied to themselves: the archives point at the original.
    if (!links.retweet)
        rememberTweet(tweetId, authorId);
    return textOffset;
}

bool Generator::writeRow(OutputFile &file, std::string_view row)
{
    m_recentRows[m_recentRowHead].assign(row.data(), row.size());
    m_recentRowHead = (m_recentRowHead + 1) % recentRowCount;
    m_recentRowFill = std::min(m_recentRowFill + 1, recentRowCount);
    return file.write(row);
}

/** Repeats the row written @p offset rows ago (0 = the last), byte for byte. */
bool Generator::writeDuplicate(OutputFile &file, std::size_t offset)
{
    const std::string &row = m_recentRows[(m_recentRowHead + recentRowCount - 1 - offset) % recentRowCount];
    ++m_result.duplicateRows;
    return file.write(row);
}

bool Generator::reportProgress()
{
    if (m_progress && !m_progress(m_tweetsWritten)) {
        m_cancelled = true;
        m_result.errorString = QStringLiteral("cancelled");
        return false;
    }
    return true;
}

bool Generator::writeUsers(const QString &path)
{
    OutputFile file;
    m_created.append(path);
    if (!file.open(path)) {
        m_result.errorString = file.errorString();
        return false;
    }
    bool ok = file.write(usersHeader);
    for (std::size_t index = 0; ok && index < m_accounts.size(); ++index) {
        ok = file.write(m_accounts[index].csvFields) && file.write("\n");
    }
    ok = file.close() && ok;
    if (!ok) {
        m_result.errorString = file.errorString();
        return false;
    }
    m_result.bytes += file.bytes();
    return true;
}

bool Generator::writeTweets(const QStringList &paths)
{
    const std::int64_t total = m_options.tweets;
    const int parts = m_options.parts;
    std::int64_t lastMinute = firstTweetDay * minutesPerDay;
    for (int part = 0; part < parts; ++part) {
        OutputFile file;
        const QString &path = paths.at(part);
        m_created.append(path);
        if (!file.open(path)) {
            m_result.errorString = file.errorString();
            return false;
        }
        bool ok = file.write(tweetsHeader);
        // Genuine split parts overlap a little: the first rows of a part repeat the last of the previous.
        if (ok && part > 0 && m_options.quirks && m_recentRowFill > 0) {
            const std::size_t overlap = std::min<std::size_t>(m_recentRowFill, 1 + m_tweetRandom.below(3));
            for (std::size_t offset = overlap; ok && offset > 0; --offset)
                ok = writeDuplicate(file, offset - 1);
        }
        const std::int64_t begin = total * part / parts;
        const std::int64_t end = total * (part + 1) / parts;
        for (std::int64_t index = begin; ok && index < end; ++index) {
            const auto jitter = std::uint32_t(m_tweetRandom.next() >> 32);
            lastMinute = m_timeline.minuteAt(index, total, jitter);
            std::uint32_t author = 0;
            buildTweet(lastMinute, &author);
            ok = writeRow(file, m_row);
            ++m_tweetsWritten;
            if (m_tweeted[author] == 0) {
                m_tweeted[author] = 1;
                ++m_result.accounts;
            }
            if (ok && m_options.quirks && m_tweetRandom.perMille(9))
                ok = writeDuplicate(file, m_tweetRandom.below(m_recentRowFill));
            if (ok && m_tweetsWritten == m_nextProgress) {
                m_nextProgress += progressInterval;
                if (!reportProgress()) {
                    file.close();
                    return false;
                }
            }
        }
        if (ok && part == parts - 1 && m_options.quirks) {
            // A download cut short: the last record stops inside its quoted tweet_text, before any quote
            // character of the text (which would close the field) and on a UTF-8 character boundary.
            std::uint32_t author = 0;
            const std::size_t textOffset = buildTweet(lastMinute, &author);
            const std::size_t bodyStart = textOffset + 1;
            std::size_t limit = m_row.find('"', bodyStart);
            std::size_t cut = bodyStart + (limit - bodyStart) / 2;
            while (cut > bodyStart && (static_cast<unsigned char>(m_row[cut]) & 0xC0) == 0x80)
                --cut;
            ok = file.write(std::string_view(m_row.data(), cut));
            ++m_result.truncatedRecords;
        }
        const bool closed = file.close();
        if (!ok || !closed) {
            m_result.errorString = file.errorString();
            return false;
        }
        m_result.bytes += file.bytes();
    }
    return true;
}

bool Generator::writeZip(const QString &zipPath, const QStringList &sources, const QStringList &entryNames)
{
    const QByteArray encodedPath = QFile::encodeName(zipPath);
    const QString nativePath = QDir::toNativeSeparators(zipPath);
    m_created.append(zipPath);
    int errorCode = 0;
    zip_t *archive = zip_open(encodedPath.constData(), ZIP_CREATE | ZIP_TRUNCATE, &errorCode);
    if (archive == nullptr) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        m_result.errorString = QStringLiteral("Cannot create %1: %2")
                                   .arg(nativePath, QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return false;
    }
    const auto fail = [&](const QString &what) {
        m_result.errorString = QStringLiteral("Cannot write %1: %2 (%3)")
                                   .arg(nativePath, QString::fromUtf8(zip_strerror(archive)), what);
        zip_discard(archive);
        return false;
    };
    for (int index = 0; index < sources.size(); ++index) {
        const QByteArray source = QFile::encodeName(sources.at(index));
        zip_source_t *data = zip_source_file(archive, source.constData(), 0, 0);
        if (data == nullptr)
            return fail(QDir::toNativeSeparators(sources.at(index)));
        const QByteArray name = entryNames.at(index).toUtf8();
        const zip_int64_t entry =
            zip_file_add(archive, name.constData(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
        if (entry < 0) {
            zip_source_free(data);
            return fail(entryNames.at(index));
        }
        // A fixed DOS timestamp (2018-10-17 00:00, the first release) keeps zips byte-identical across runs;
        // level 1 deflate keeps zipping from dominating generation time.
        const zip_uint16_t dosTime = 0;
        const zip_uint16_t dosDate = zip_uint16_t(((2018 - 1980) << 9) | (10 << 5) | 17);
        if (zip_file_set_dostime(archive, zip_uint64_t(entry), dosTime, dosDate, 0) != 0 ||
            zip_set_file_compression(archive, zip_uint64_t(entry), ZIP_CM_DEFLATE, 1) != 0)
            return fail(entryNames.at(index));
    }
    // Zipping a large archive takes a while: keep reporting, and let the caller cancel it.
    m_zipProgressTimer.start();
    zip_register_cancel_callback_with_state(
        archive,
        [](zip_t *, void *state) -> int {
            auto *self = static_cast<Generator *>(state);
            if (!self->m_progress || self->m_zipProgressTimer.elapsed() < 200)
                return 0;
            self->m_zipProgressTimer.restart();
            return self->reportProgress() ? 0 : 1;
        },
        nullptr, this);
    if (zip_close(archive) != 0) {
        if (m_cancelled) {
            zip_discard(archive);
            return false;
        }
        return fail(QStringLiteral("closing"));
    }
    return true;
}

bool Generator::writeReadme(const QString &path)
{
    QString text;
    text += QStringLiteral(
        "SYNTHETIC DATA GENERATED BY TROVE\n"
        "=================================\n\n"
        "Every account, tweet, id and text in this directory was invented by Trove's synthetic\n"
        "archive generator (`trove generate`). Nothing here was published by Twitter or written\n"
        "by a real person. The files only imitate the layout of Twitter's information-operations\n"
        "archives (2018-10 onward) so that Trove can be tested and demonstrated without them.\n\n"
        "Options:\n");
    const auto yesNo = [](bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); };
    text += QStringLiteral("  campaign: %1\n").arg(m_campaign);
    text += QStringLiteral("  seed: %1\n").arg(m_options.seed);
    text += QStringLiteral("  tweets: %1\n").arg(m_options.tweets);
    text += QStringLiteral("  accounts: %1\n").arg(m_options.accounts);
    text += QStringLiteral("  parts: %1\n").arg(m_options.parts);
    text += QStringLiteral("  zip: %1\n").arg(yesNo(m_options.zip));
    text += QStringLiteral("  users file: %1\n").arg(yesNo(m_options.usersFile));
    text += QStringLiteral("  quirks: %1\n\n").arg(yesNo(m_options.quirks));
    text += QStringLiteral("Written:\n");
    text += QStringLiteral("  distinct tweets: %1\n").arg(m_result.tweets);
    text += QStringLiteral("  duplicate rows: %1\n").arg(m_result.duplicateRows);
    text += QStringLiteral("  truncated records: %1\n").arg(m_result.truncatedRecords);
    text += QStringLiteral("  accounts that tweeted: %1 (of %2 in the users file)\n")
                .arg(m_result.accounts)
                .arg(m_options.accounts);
    text += QStringLiteral("  uncompressed CSV bytes: %1\n").arg(m_result.bytes);
    for (const QString &file : std::as_const(m_result.files))
        text += QStringLiteral("  file: %1\n").arg(QFileInfo(file).fileName());
    text += QStringLiteral("\nThe same options and seed always produce byte-identical files.\n");

    QFile file(path);
    m_created.append(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        m_result.errorString =
            QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.close();
    return true;
}

GeneratorResult Generator::run()
{
    if (!validate())
        return m_result;
    m_result.campaign = m_campaign;
    QDir directory(m_options.outputDirectory);
    if (!directory.mkpath(QStringLiteral("."))) {
        m_result.errorString = QStringLiteral("Cannot create the output directory %1")
                                   .arg(QDir::toNativeSeparators(m_options.outputDirectory));
        return m_result;
    }

    const QString usersName = m_campaign + QStringLiteral("_users_csv_hashed.csv");
    QStringList partNames;
    if (m_options.parts == 1) {
        partNames.append(m_campaign + QStringLiteral("_tweets_csv_hashed.csv"));
    } else {
        for (int part = 1; part <= m_options.parts; ++part)
            partNames.append(m_campaign + QStringLiteral("_tweets_csv_hashed_%1.csv").arg(part));
    }
    // In zip mode the CSVs go to hidden temporaries first: libzip reads them back while it deflates.
    const auto csvPath = [&](const QString &name) {
        return directory.filePath(m_options.zip ? QStringLiteral(".") + name + QStringLiteral(".tmp") : name);
    };
    QStringList partPaths;
    for (const QString &name : std::as_const(partNames))
        partPaths.append(csvPath(name));
    const QString usersPath = csvPath(usersName);

    buildAccounts();
    bool ok = true;
    if (m_options.usersFile)
        ok = writeUsers(usersPath);
    if (ok)
        ok = writeTweets(partPaths);
    if (ok && m_progress && m_tweetsWritten != m_nextProgress - progressInterval)
        ok = reportProgress();
    m_result.tweets = m_tweetsWritten;

    if (ok && m_options.zip) {
        if (m_options.usersFile) {
            const QString zipPath = directory.filePath(m_campaign + QStringLiteral("_users_csv_hashed.zip"));
            ok = writeZip(zipPath, {usersPath}, {usersName});
            if (ok)
                m_result.files.append(zipPath);
        }
        if (ok) {
            const QString zipPath = directory.filePath(m_campaign + QStringLiteral("_tweets_csv_hashed.zip"));
            ok = writeZip(zipPath, partPaths, partNames);
            if (ok)
                m_result.files.append(zipPath);
        }
        // The temporaries go whether zipping worked or not.
        removeFiles(partPaths);
        if (m_options.usersFile)
            QFile::remove(usersPath);
    } else if (ok) {
        if (m_options.usersFile)
            m_result.files.append(usersPath);
        m_result.files.append(partPaths);
    }

    const QString readmePath = directory.filePath(QStringLiteral("README-SYNTHETIC.txt"));
    if (ok)
        ok = writeReadme(readmePath);
    if (!ok) {
        removeFiles(m_created);
        GeneratorResult failed;
        failed.errorString = m_result.errorString;
        failed.campaign = m_campaign;
        return failed;
    }
    m_result.readmeFile = readmePath;
    m_result.ok = true;
    return m_result;
}

} // namespace

GeneratorResult ArchiveGenerator::generate(const GeneratorOptions &options,
                                           const std::function<bool(std::int64_t)> &progress)
{
    Generator generator(options, progress);
    return generator.run();
}

} // namespace trove

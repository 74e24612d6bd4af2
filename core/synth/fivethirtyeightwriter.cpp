#include "core/synth/fivethirtyeightwriter.h"

#include "core/synth/archivegenerator.h"
#include "core/synth/civildate.h"
#include "core/synth/csvformat.h"
#include "core/synth/outputfile.h"
#include "core/synth/recentrows.h"
#include "core/synth/timeline.h"
#include "core/synth/tweetgenerator.h"

#include <iterator>

namespace trove::synthetic {

namespace {

constexpr std::int64_t progressInterval = 10000;
// A tweet with the (handle, minute, text) of an earlier one, which a v1 import would take for the same
// tweet, is drawn again, at most this often; it never takes more than one in practice.
constexpr int maximumRedraws = 100;

/** Linvill & Warren's account categories, in the order the generator draws them. */
enum Category { RightTroll, LeftTroll, NewsFeed, HashtagGamer, Fearmonger, Commercial, NonEnglish, Unknown };
constexpr std::string_view categoryNames[] = {"RightTroll", "LeftTroll",  "NewsFeed",   "HashtagGamer",
                                              "Fearmonger", "Commercial", "NonEnglish", "Unknown"};
constexpr int categoryCount = int(std::size(categoryNames));
// How often each category is drawn for accounts writing mostly English, and for the others.
constexpr int englishCategoryWeights[categoryCount] = {30, 25, 14, 14, 6, 6, 0, 5};
constexpr int otherCategoryWeights[categoryCount] = {0, 0, 0, 0, 0, 5, 90, 5};

// account_type values drawn for each category (the public set's are finer grained); NonEnglish accounts
// take their language.
constexpr std::string_view rightTypes[] = {"Right"};
constexpr std::string_view leftTypes[] = {"Left"};
constexpr std::string_view newsTypes[] = {"local", "local", "news"};
constexpr std::string_view hashtagTypes[] = {"Hashtager"};
constexpr std::string_view fearTypes[] = {"Koch", "?"};
constexpr std::string_view commercialTypes[] = {"Commercial"};
constexpr std::string_view unknownTypes[] = {"?"};

/** What FiveThirtyEight calls each language of the generator, and where such accounts say they are. */
struct LanguageStyle
{
    std::string_view name;
    WordList regions;
    WordList nonEnglishTypes;
};

constexpr std::string_view englishRegions[] = {"United States", "United States", "United States", "Unknown",
                                               "United Kingdom"};
constexpr std::string_view russianRegions[] = {"Russian Federation", "Russian Federation", "Ukraine",
                                               "Unknown"};
constexpr std::string_view arabicRegions[] = {"Syrian Arab Republic", "Iraq", "Unknown"};
constexpr std::string_view persianRegions[] = {"Iran, Islamic Republic of", "Unknown"};
constexpr std::string_view germanRegions[] = {"Germany", "Unknown"};
constexpr std::string_view englishTypes[] = {"English"};
constexpr std::string_view russianTypes[] = {"Russian", "Russian", "Ukrainian"};
constexpr std::string_view arabicTypes[] = {"Arabic"};
constexpr std::string_view persianTypes[] = {"Farsi"};
constexpr std::string_view germanTypes[] = {"German"};

template<std::size_t N> constexpr WordList listOf(const std::string_view (&items)[N])
{
    return WordList{items, N};
}

const LanguageStyle &languageStyle(Language language)
{
    static const LanguageStyle styles[] = {
        {"English", listOf(englishRegions), listOf(englishTypes)},
        {"Russian", listOf(russianRegions), listOf(russianTypes)},
        {"Arabic", listOf(arabicRegions), listOf(arabicTypes)},
        {"Farsi (Persian)", listOf(persianRegions), listOf(persianTypes)},
        {"German", listOf(germanRegions), listOf(germanTypes)},
    };
    static_assert(std::size(styles) == std::size_t(Language::Count));
    return styles[std::size_t(language)];
}

WordList accountTypes(int category, Language language)
{
    switch (category) {
    case RightTroll:
        return listOf(rightTypes);
    case LeftTroll:
        return listOf(leftTypes);
    case NewsFeed:
        return listOf(newsTypes);
    case HashtagGamer:
        return listOf(hashtagTypes);
    case Fearmonger:
        return listOf(fearTypes);
    case Commercial:
        return listOf(commercialTypes);
    case NonEnglish:
        return languageStyle(language).nonEnglishTypes;
    default:
        return listOf(unknownTypes);
    }
}

int drawCategory(Random &random, const int (&weights)[categoryCount])
{
    int total = 0;
    for (const int weight : weights)
        total += weight;
    int pick = int(random.below(std::uint64_t(total)));
    int category = 0;
    while (pick >= weights[category])
        pick -= weights[category++];
    return category;
}

/**
 * external_author_id as the exporter left it: ids of more than 15 digits rounded to three significant
 * digits, written out in full (906000000000000000) or, after a spreadsheet, as 9.06E+17.
 */
void appendRoundedId(std::string &out, std::uint64_t id, bool scientific)
{
    int digits = 1;
    std::uint64_t scale = 1;
    while (id / scale >= 10) {
        scale *= 10;
        ++digits;
    }
    if (digits <= 15) {
        appendNumber(out, id);
        return;
    }
    const std::uint64_t unit = scale / 100; // the value of the third significant digit
    std::uint64_t mantissa = (id + unit / 2) / unit;
    int exponent = digits - 1;
    if (mantissa >= 1000) {
        mantissa /= 10;
        ++exponent;
    }
    if (!scientific) {
        appendNumber(out, mantissa);
        out.append(std::size_t(exponent - 2), '0');
        return;
    }
    out += char('0' + mantissa / 100);
    const int tenths = int(mantissa / 10 % 10);
    const int hundredths = int(mantissa % 10);
    if (tenths != 0 || hundredths != 0) {
        out += '.';
        out += char('0' + tenths);
        if (hundredths != 0)
            out += char('0' + hundredths);
    }
    out += "E+";
    appendNumber(out, std::uint64_t(exponent));
}

std::uint64_t parseDigits(std::string_view text)
{
    std::uint64_t value = 0;
    for (const char character : text)
        value = value * 10 + std::uint64_t(character - '0');
    return value;
}

} // namespace

/** The FiveThirtyEight columns of one account, and its counts as they grow with each tweet. */
struct FiveThirtyEightWriter::Profile
{
    std::string externalId;  ///< as the exporter wrote it (rounded with quirks)
    std::string roundTripId; ///< as a spreadsheet wrote it back (9.06E+17)
    std::string_view region;
    std::string_view accountType;
    int category = Unknown;
    bool newJune2018 = false;
    std::uint64_t following = 0;
    std::uint64_t followers = 0;
    std::uint64_t updates = 0;
};

/** How one part is spelled: as exported, or after a round trip through a spreadsheet. */
struct FiveThirtyEightWriter::PartStyle
{
    bool spreadsheet = false;
};

FiveThirtyEightWriter::FiveThirtyEightWriter(const std::vector<Account> &accounts, std::uint64_t seed,
                                             int version, bool quirks)
    : m_accounts(accounts)
    , m_version(version)
    , m_quirks(quirks)
    , m_random(seed, 3)
    , m_profileRandom(seed, 4)
{
    m_row.reserve(8192);
    m_content.reserve(2048);
    makeProfiles();
}

FiveThirtyEightWriter::~FiveThirtyEightWriter() = default;

void FiveThirtyEightWriter::makeProfiles()
{
    Random &random = m_profileRandom;
    m_profiles.resize(m_accounts.size());
    m_tweeted.assign(m_accounts.size(), 0);
    for (std::size_t index = 0; index < m_accounts.size(); ++index) {
        const Account &account = m_accounts[index];
        Profile &profile = m_profiles[index];
        const std::uint64_t id = parseDigits(account.userId);
        if (m_quirks)
            appendRoundedId(profile.externalId, id, false);
        else
            profile.externalId = account.userId;
        appendRoundedId(profile.roundTripId, id, true);
        const LanguageStyle &style = languageStyle(account.primary);
        profile.category = drawCategory(random, account.primary == Language::English ? englishCategoryWeights
                                                                                     : otherCategoryWeights);
        profile.accountType = random.pick(accountTypes(profile.category, account.primary));
        profile.region = random.pick(style.regions);
        profile.newJune2018 = random.percent(10);
        profile.following = 10 + random.skewed(8000);
        profile.followers = 50 + random.skewed(150000);
        profile.updates = random.skewed(20000);
    }
}

void FiveThirtyEightWriter::appendDateTime(std::int64_t minute, bool twoDigitYear)
{
    const CivilDate date = civilFromDays(minute / minutesPerDay);
    appendNumber(m_row, std::uint64_t(date.month));
    m_row += '/';
    appendNumber(m_row, std::uint64_t(date.day));
    m_row += '/';
    if (twoDigitYear)
        appendTwoDigits(m_row, date.year % 100);
    else
        appendNumber(m_row, std::uint64_t(date.year));
    m_row += ' ';
    appendNumber(m_row, std::uint64_t(minute % minutesPerDay / 60));
    m_row += ':';
    appendTwoDigits(m_row, int(minute % 60));
}

bool FiveThirtyEightWriter::isRepeatOfThisMinute(std::uint32_t author, std::int64_t minute)
{
    if (minute != m_minute) {
        m_minute = minute;
        m_minuteCount = 0;
    }
    for (std::size_t index = 0; index < m_minuteCount; ++index) {
        if (m_minuteTexts[index].first == author && m_minuteTexts[index].second == m_content)
            return true;
    }
    if (m_minuteCount == m_minuteTexts.size())
        m_minuteTexts.emplace_back();
    m_minuteTexts[m_minuteCount].first = author;
    m_minuteTexts[m_minuteCount].second = m_content;
    ++m_minuteCount;
    return false;
}

void FiveThirtyEightWriter::formatRow(const ComposedTweet &tweet, const PartStyle &style)
{
    Random &random = m_random;
    const Account &account = m_accounts[tweet.author];
    Profile &profile = m_profiles[tweet.author];
    ++profile.updates;
    profile.followers += random.below(4);
    profile.following += random.percent(20) ? 1 : 0;

    std::string &row = m_row;
    row.clear();
    row += style.spreadsheet ? profile.roundTripId : profile.externalId;
    row += ',';
    row += account.screenName;
    row += ',';
    // The exporter quoted texts a spreadsheet would take for a formula.
    const char first = m_content.empty() ? '\0' : m_content.front();
    if (first == '@' || first == '-' || first == '+' || first == '=' || first == '\\') {
        std::string &wrapped = m_scratch;
        wrapped.assign(1, '\'');
        wrapped += m_content;
        wrapped += '\'';
        appendMinimalField(row, wrapped);
    } else {
        appendMinimalField(row, m_content);
    }
    row += ',';
    appendMinimalField(row, profile.region);
    row += ',';
    row += random.percent(5) ? std::string_view("LANGUAGE UNDEFINED") : languageStyle(tweet.language).name;
    row += ',';
    appendDateTime(tweet.minute, style.spreadsheet);
    row += ',';
    appendDateTime(tweet.minute + (random.percent(85) ? 1 : std::int64_t(random.below(180))),
                   style.spreadsheet);
    row += ',';
    appendNumber(row, profile.following);
    row += ',';
    appendNumber(row, profile.followers);
    row += ',';
    appendNumber(row, profile.updates);
    row += ',';
    if (tweet.links.retweet)
        row += "RETWEET";
    else if (tweet.links.quotedTweetId != 0)
        row += "QUOTE_TWEET";
    row += ',';
    appendMinimalField(row, profile.accountType);
    row += tweet.links.retweet ? ",1," : ",0,";
    row += categoryNames[profile.category];
    row += profile.newJune2018 ? ",1" : ",0";
    if (m_version == 1)
        return;

    row += ',';
    row += account.userId;
    row += ',';
    appendNumber(row, std::uint64_t(tweet.tweetId));
    row += ",http://twitter.com/";
    row += account.userId;
    row += "/statuses/";
    appendNumber(row, std::uint64_t(tweet.tweetId));
    // The first three links of the text, expanded by the collectors.
    std::string_view urls = tweet.expandedUrls;
    for (int column = 0; column < 3; ++column) {
        row += ',';
        const std::size_t end = urls.find('\n');
        if (end == std::string_view::npos)
            continue;
        appendMinimalField(row, urls.substr(0, end));
        urls.remove_prefix(end + 1);
    }
}

bool FiveThirtyEightWriter::write(const QStringList &paths, std::int64_t tweets,
                                  const std::function<bool(std::int64_t)> &progress, GeneratorResult &result,
                                  QStringList &created)
{
    Random &random = m_random;
    TweetGenerator generator(m_accounts, random, m_quirks);
    Timeline timeline;
    RecentRows recentRows;
    std::int64_t written = 0;
    std::int64_t nextProgress = progressInterval;
    std::uint32_t categoriesSeen = 0;
    const int parts = int(paths.size());
    static constexpr std::string_view openers[] = {"- ", "+1 ", "= ", "\\o/ "};

    for (int part = 0; part < parts; ++part) {
        PartStyle style;
        style.spreadsheet = m_quirks && parts > 1 && part == parts - 1;
        // A spreadsheet writes CRLF between rows and none after the last: the line end goes first.
        const std::string_view lineEnd = style.spreadsheet ? "\r\n" : "\n";
        const auto writeRow = [&](OutputFile &file, std::string_view row) {
            return style.spreadsheet ? file.write(lineEnd) && file.write(row)
                                     : file.write(row) && file.write(lineEnd);
        };

        OutputFile file;
        created.append(paths.at(part));
        if (!file.open(paths.at(part))) {
            result.errorString = file.errorString();
            return false;
        }
        bool ok = file.write(fiveThirtyEightHeaderV1);
        if (ok && m_version == 2)
            ok = file.write(fiveThirtyEightHeaderV2Tail);
        if (ok && !style.spreadsheet)
            ok = file.write(lineEnd);
        recentRows.clear(); // duplicates repeat rows of their own part, spelled alike
        const std::int64_t begin = tweets * part / parts;
        const std::int64_t end = tweets * (part + 1) / parts;
        for (std::int64_t index = begin; ok && index < end; ++index) {
            const auto jitter = std::uint32_t(random.next() >> 32);
            const std::int64_t minute = timeline.minuteAt(index, tweets, jitter);
            const ComposedTweet *tweet = nullptr;
            for (int draw = 0; draw < maximumRedraws; ++draw) {
                tweet = &generator.compose(minute);
                m_content.clear();
                // Now and then an original starts with a character a spreadsheet would take for a formula.
                if (!tweet->links.retweet && tweet->links.replyTweetId == 0 && random.percent(2))
                    m_content += openers[random.below(std::size(openers))];
                m_content += tweet->text;
                if (!isRepeatOfThisMinute(tweet->author, minute))
                    break;
            }
            formatRow(*tweet, style);
            ok = writeRow(file, m_row);
            recentRows.remember(m_row);
            ++written;
            const std::uint32_t author = tweet->author;
            if (m_tweeted[author] == 0) {
                m_tweeted[author] = 1;
                ++result.accounts;
                categoriesSeen |= 1u << m_profiles[author].category;
            }
            // About 1% of the genuine rows repeat an earlier row exactly.
            if (ok && m_quirks && random.perMille(10)) {
                ok = writeRow(file, recentRows.at(random.below(recentRows.size())));
                ++result.duplicateRows;
            }
            if (ok && progress && written == nextProgress) {
                nextProgress += progressInterval;
                if (!progress(written)) {
                    file.close();
                    return false;
                }
            }
        }
        const bool closed = file.close();
        if (!ok || !closed) {
            result.errorString = file.errorString();
            return false;
        }
        result.bytes += file.bytes();
    }
    result.tweets += written;
    result.categories = __builtin_popcount(categoriesSeen);
    return true;
}

} // namespace trove::synthetic

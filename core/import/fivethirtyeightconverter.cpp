#include "core/import/fivethirtyeightconverter.h"

#include "core/csv/csvreader.h"
#include "core/import/fieldparse.h"
#include "core/text/searchnormalizer.h"
#include "core/text/timeparse.h"

#include <QByteArrayView>
#include <QCryptographicHash>

#include <algorithm>
#include <limits>
#include <string>

namespace trove {

using namespace ImportFields;
using Col = FiveThirtyEightColumn;

namespace {

struct LanguageName
{
    const char *name;
    const char *code;
};

// English language names as the files spell them, to the ISO 639 codes of Twitter's own tweet_language
// ("LANGUAGE UNDEFINED" is Twitter's "und"), so that both kinds of campaign filter alike.
const LanguageName LanguageNames[] = {
    {"English", "en"},         {"Russian", "ru"},    {"German", "de"},
    {"Ukrainian", "uk"},       {"Italian", "it"},    {"Serbian", "sr"},
    {"Uzbek", "uz"},           {"Bulgarian", "bg"},  {"Arabic", "ar"},
    {"Macedonian", "mk"},      {"French", "fr"},     {"Spanish", "es"},
    {"Farsi (Persian)", "fa"}, {"Farsi", "fa"},      {"Persian", "fa"},
    {"Dutch", "nl"},           {"Portuguese", "pt"}, {"Turkish", "tr"},
    {"Polish", "pl"},          {"Japanese", "ja"},   {"Chinese", "zh"},
    {"Korean", "ko"},          {"Swedish", "sv"},    {"Norwegian", "no"},
    {"Danish", "da"},          {"Finnish", "fi"},    {"Estonian", "et"},
    {"Latvian", "lv"},         {"Lithuanian", "lt"}, {"Czech", "cs"},
    {"Slovak", "sk"},          {"Slovenian", "sl"},  {"Croatian", "hr"},
    {"Romanian", "ro"},        {"Hungarian", "hu"},  {"Greek", "el"},
    {"Hebrew", "he"},          {"Hindi", "hi"},      {"Urdu", "ur"},
    {"Pushto", "ps"},          {"Vietnamese", "vi"}, {"Indonesian", "id"},
    {"Malay", "ms"},           {"Tagalog", "tl"},    {"Thai", "th"},
    {"Catalan", "ca"},         {"Icelandic", "is"},  {"Albanian", "sq"},
    {"Somali", "so"},          {"Kazakh", "kk"},     {"Belarusian", "be"},
    {"Georgian", "ka"},        {"Armenian", "hy"},   {"Azerbaijani", "az"},
    {"Tajik", "tg"},           {"Kyrgyz", "ky"},     {"LANGUAGE UNDEFINED", "und"},
};

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        x = x >= 'A' && x <= 'Z' ? char(x - 'A' + 'a') : x;
        y = y >= 'A' && y <= 'Z' ? char(y - 'A' + 'a') : y;
        if (x != y) {
            return false;
        }
    }
    return true;
}

bool isScientific(std::string_view text)
{
    return text.find_first_of("eE") != std::string_view::npos && text.find_first_of("0123456789") == 0;
}

} // namespace

FiveThirtyEightConverter::FiveThirtyEightConverter(const ColumnBinding &binding)
    : m_binding(binding)
{}

std::string_view FiveThirtyEightConverter::field(const CsvReader &reader, FiveThirtyEightColumn column) const
{
    const int index = m_binding[column];
    return index >= 0 && index < reader.fieldCount() ? reader.field(index) : std::string_view();
}

std::string FiveThirtyEightConverter::userIdFor(std::string_view author)
{
    std::string userId = "handle:";
    for (const char c : author) {
        userId.push_back(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return userId;
}

namespace {

constexpr std::uint64_t SyntheticHashMask =
    (std::uint64_t(1) << FiveThirtyEightConverter::SyntheticHashBits) - 1;

// A synthetic id is -2^63 + (slot << 36 | hash), slot = minute + 2^26 in [1, 2^27 - 1]: the unsigned part is
// below 2^63, so the id is negative, and no arithmetic on it overflows.
std::int64_t fromParts(std::uint64_t slot, std::uint64_t hash)
{
    const std::uint64_t offset = (slot << FiveThirtyEightConverter::SyntheticHashBits) | hash;
    return std::numeric_limits<std::int64_t>::min() + std::int64_t(offset);
}

std::uint64_t offsetOf(std::int64_t id)
{
    return std::uint64_t(id - std::numeric_limits<std::int64_t>::min());
}

} // namespace

std::int64_t FiveThirtyEightConverter::syntheticTweetId(std::string_view userId, std::int64_t time,
                                                        std::string_view text)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView(userId.data(), qsizetype(userId.size())));
    const std::string timeText = '\0' + std::to_string(time) + '\0';
    hash.addData(QByteArrayView(timeText.data(), qsizetype(timeText.size())));
    hash.addData(QByteArrayView(text.data(), qsizetype(text.size())));
    const QByteArray digest = hash.result();
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i) {
        value = (value << 8) | static_cast<unsigned char>(digest[i]);
    }
    // Floor division: a time before 1970 belongs to the minute that starts at or before it.
    const std::int64_t minute = std::clamp<std::int64_t>(time >= 0 ? time / 60 : -((-(time + 1)) / 60) - 1,
                                                         -SyntheticMinuteLimit, SyntheticMinuteLimit);
    // The hash is the low bits of the 63-bit prefix whose negation the ids were before they grew with time,
    // so that an older cache's id maps to the new one without the text: hash = -old_id & (2^36 - 1).
    return fromParts(std::uint64_t(minute + SyntheticMinuteLimit + 1), value & SyntheticHashMask);
}

std::int64_t FiveThirtyEightConverter::nextSyntheticTweetId(std::int64_t id)
{
    const std::uint64_t offset = offsetOf(id);
    return fromParts(offset >> SyntheticHashBits, (offset + 1) & SyntheticHashMask);
}

std::int64_t FiveThirtyEightConverter::syntheticTweetMinute(std::int64_t id)
{
    return std::int64_t(offsetOf(id) >> SyntheticHashBits) - SyntheticMinuteLimit - 1;
}

std::string_view FiveThirtyEightConverter::languageCode(std::string_view name)
{
    for (const LanguageName &language : LanguageNames) {
        if (equalsIgnoringCase(name, language.name)) {
            return language.code;
        }
    }
    return name;
}

std::string_view FiveThirtyEightConverter::unwrapQuotedText(std::string_view text)
{
    if (text.size() >= 3 && text.front() == '\'' && text.back() == '\'' &&
        std::string_view("@-+=\\").find(text[1]) != std::string_view::npos) {
        return text.substr(1, text.size() - 2);
    }
    return text;
}

void FiveThirtyEightConverter::convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch)
{
    using Severity = RejectRow::Severity;
    std::vector<std::string> repairs;
    if (!ImportFields::checkRecordShape(reader, m_binding, record, batch, repairs)) {
        return;
    }
    const std::string_view author = field(reader, Col::Author);
    if (author.empty()) {
        addReject(batch, reader, record, Severity::Rejected, "author is empty");
        return;
    }
    const std::string_view timeText = field(reader, Col::PublishDate);
    const auto time = TimeParse::usDateTime(timeText);
    if (!time) {
        addReject(batch, reader, record, Severity::Rejected,
                  "publish_date " + quoted(timeText) + " is not a time (M/D/YYYY H:MM)");
        return;
    }
    const std::string_view text = unwrapQuotedText(field(reader, Col::Content));
    m_userId = userIdFor(author);

    ImportRow row;
    row.record = record;
    row.time = *time;
    const std::string_view tweetId = field(reader, Col::TweetId);
    if (!tweetId.empty()) {
        const auto id = parseId(tweetId);
        if (!id) {
            // A rounded id ("9.15E+17") would merge different tweets: better not imported than wrong.
            addReject(batch, reader, record, Severity::Rejected,
                      "tweet_id " + quoted(tweetId) + " is not a tweet id (1 to 19 digits)");
            return;
        }
        row.tweetId = *id;
    } else {
        row.tweetId = syntheticTweetId(m_userId, row.time, text);
        if (m_binding[Col::TweetId] >= 0) {
            repairs.emplace_back("tweet_id is empty; given a synthetic id from handle, time and text");
        }
    }

    const size_t arenaBefore = batch.arena.size();
    const size_t itemsBefore = batch.items.size();
    auto name = [](Col column) { return FormatDetector::columnName(column); };
    row.userid = store(batch, m_userId);
    row.screenName = storeText(batch, author, name(Col::Author), repairs);
    auto optionalText = [&](Col column) -> Slice {
        const std::string_view value = field(reader, column);
        return value.empty() ? Slice() : storeText(batch, value, name(column), repairs);
    };
    row.category = optionalText(Col::AccountCategory);
    row.accountType = optionalText(Col::AccountType);
    // The exact numeric author id, when there is one: alt_external_id (v2) is exact, external_author_id is
    // often rounded by the exporter and, after a spreadsheet, in scientific notation.
    const std::string_view altId = field(reader, Col::AltExternalId);
    const std::string_view externalId = field(reader, Col::ExternalAuthorId);
    if (parseId(altId)) {
        row.externalId = store(batch, altId);
    } else if (parseId(externalId)) {
        row.externalId = store(batch, externalId);
    }
    if (!externalId.empty() && !parseId(externalId)) {
        repairs.push_back("external_author_id " + quoted(externalId) +
                          (isScientific(externalId) ? " is in scientific notation (rounded by a spreadsheet)"
                                                    : " is not an id") +
                          ", not kept; the account is identified by its handle");
    }
    if (!altId.empty() && !parseId(altId)) {
        repairs.push_back("alt_external_id " + quoted(altId) + " is not an id, not kept");
    }
    for (const auto &[column, target] :
         {std::pair{Col::Followers, &row.followers}, std::pair{Col::Following, &row.following}}) {
        const std::string_view value = field(reader, column);
        if (!parseCount(value, *target)) {
            repairs.push_back(std::string(name(column)) + " " + quoted(value) +
                              " is not a count, left empty");
        }
    }

    const std::string_view language = field(reader, Col::Language);
    if (!language.empty()) {
        row.language = storeText(batch, languageCode(language), name(Col::Language), repairs);
    }
    row.text = storeText(batch, text, name(Col::Content), repairs);
    if (SearchNormalizer::normalize(batch.view(row.text), m_normalized)) {
        row.searchText = store(batch, m_normalized);
    }

    const std::string_view postType = field(reader, Col::PostType);
    const std::string_view retweet = field(reader, Col::Retweet);
    if (!retweet.empty() && retweet != "0" && retweet != "1") {
        repairs.push_back("retweet " + quoted(retweet) + " is neither 0 nor 1, taken as 0");
    }
    if (postType == "RETWEET" || retweet == "1") {
        row.kind = 1;
    } else if (postType == "QUOTE_TWEET") {
        row.kind = 3;
    } else {
        row.kind = 0;
        if (!postType.empty()) {
            repairs.push_back("post_type " + quoted(postType) + " is unknown, taken as an original tweet");
        }
    }

    // The t.co links the collectors expanded (v2): the tweet's urls.
    row.urlsBegin = std::uint32_t(batch.items.size());
    for (const Col column : {Col::Tco1Step1, Col::Tco2Step1, Col::Tco3Step1}) {
        const std::string_view url = field(reader, column);
        if (url.empty() || validUtf8Prefix(url) != url.size()) {
            continue;
        }
        addUrl(batch, url, m_domain);
    }
    row.urlsCount = (std::uint32_t(batch.items.size()) - row.urlsBegin) / 2;
    row.hashtagsBegin = row.mentionsBegin = std::uint32_t(batch.items.size());

    if (batch.arena.size() > 0xF0000000u) {
        // Cannot happen with the parser's batch sizes; guards the 32-bit slices.
        batch.arena.resize(arenaBefore);
        batch.items.resize(itemsBefore);
        addReject(batch, reader, record, Severity::Rejected, "record too large");
        return;
    }
    addRepairs(batch, reader, record, repairs);
    batch.rows.push_back(row);
}

} // namespace trove

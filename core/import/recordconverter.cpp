#include "core/import/recordconverter.h"

#include "core/csv/csvreader.h"
#include "core/text/listparser.h"
#include "core/text/searchnormalizer.h"
#include "core/text/timeparse.h"

#include <QString>

#include <cstring>
#include <limits>
#include <optional>

namespace trove {

namespace {

const char *columnName(Column column)
{
    static const char *const names[] = {"tweetid",
                                        "userid",
                                        "user_display_name",
                                        "user_screen_name",
                                        "user_reported_location",
                                        "user_profile_description",
                                        "user_profile_url",
                                        "follower_count",
                                        "following_count",
                                        "account_creation_date",
                                        "account_language",
                                        "tweet_language",
                                        "tweet_text",
                                        "tweet_time",
                                        "tweet_client_name",
                                        "in_reply_to_userid",
                                        "in_reply_to_tweetid",
                                        "quoted_tweet_tweetid",
                                        "is_retweet",
                                        "retweet_userid",
                                        "retweet_tweetid",
                                        "latitude",
                                        "longitude",
                                        "quote_count",
                                        "reply_count",
                                        "like_count",
                                        "retweet_count",
                                        "hashtags",
                                        "urls",
                                        "user_mentions",
                                        "poll_choices"};
    return names[int(column)];
}

// A tweet or user id: 1 to 19 decimal digits below 2^63.
std::optional<std::int64_t> parseId(std::string_view text)
{
    if (text.empty() || text.size() > 19) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
        value = value * 10 + std::uint64_t(c - '0');
    }
    if (value > std::uint64_t(std::numeric_limits<std::int64_t>::max()) || value == 0) {
        return std::nullopt;
    }
    return std::int64_t(value);
}

// A count: decimal digits, optionally written "12.0" by spreadsheet re-exports. Empty is unknown (-1).
bool parseCount(std::string_view text, std::int64_t &value)
{
    value = -1;
    if (text.empty()) {
        return true;
    }
    const size_t dot = text.find('.');
    std::string_view integer = text.substr(0, dot);
    if (dot != std::string_view::npos) {
        for (const char c : text.substr(dot + 1)) {
            if (c != '0') {
                return false;
            }
        }
    }
    if (integer.empty() || integer.size() > 18) {
        return false;
    }
    std::int64_t result = 0;
    for (const char c : integer) {
        if (c < '0' || c > '9') {
            return false;
        }
        result = result * 10 + (c - '0');
    }
    value = result;
    return true;
}

// Length of the valid UTF-8 prefix of text (text.size() when all valid).
size_t validUtf8Prefix(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const size_t size = text.size();
    size_t i = 0;
    while (i < size) {
        // Skip ASCII eight bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, 8);
            if (word & 0x8080808080808080ull) {
                break;
            }
            i += 8;
        }
        if (i >= size) {
            break;
        }
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        unsigned minimum = 0;
        unsigned codePoint = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size) {
            return i;
        }
        for (size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) {
                return i;
            }
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            return i;
        }
        i += length;
    }
    return size;
}

bool isAscii(std::string_view text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

std::string_view domainOf(std::string_view url)
{
    const size_t scheme = url.find("://");
    std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
    const size_t end = rest.find_first_of("/?#");
    std::string_view host = rest.substr(0, end);
    const size_t at = host.rfind('@');
    if (at != std::string_view::npos) {
        host = host.substr(at + 1);
    }
    const size_t colon = host.rfind(':');
    if (colon != std::string_view::npos) {
        host = host.substr(0, colon);
    }
    return host;
}

std::string quoted(std::string_view text)
{
    constexpr size_t Limit = 40;
    std::string result = "'";
    result.append(text.substr(0, Limit));
    if (text.size() > Limit) {
        result.append("…");
    }
    result.append("'");
    return result;
}

} // namespace

void ImportBatch::clear()
{
    sourceIndex = -1;
    arena.clear();
    rows.clear();
    items.clear();
    rejects.clear();
    recordsDone = 0;
    endOffset = 0;
    bytesDelta = 0;
    sourceFinished = false;
    sourceError.clear();
}

RecordConverter::RecordConverter(const ColumnBinding &binding)
    : m_binding(binding)
{}

std::string_view RecordConverter::field(const CsvReader &reader, Column column) const
{
    const int index = m_binding[column];
    return index >= 0 && index < reader.fieldCount() ? reader.field(index) : std::string_view();
}

Slice RecordConverter::store(ImportBatch &batch, std::string_view text)
{
    Slice slice;
    slice.offset = std::uint32_t(batch.arena.size());
    slice.length = std::uint32_t(text.size());
    batch.arena.append(text);
    return slice;
}

Slice RecordConverter::storeText(ImportBatch &batch, std::string_view text, Column column,
                                 std::vector<std::string> &repairs)
{
    const size_t valid = validUtf8Prefix(text);
    if (valid == text.size()) {
        return store(batch, text);
    }
    // Invalid UTF-8 (seen in re-exports): keep the text, with U+FFFD for the bad bytes, and report it.
    const QByteArray repaired = QString::fromUtf8(text.data(), qsizetype(text.size())).toUtf8();
    repairs.push_back(std::string("invalid UTF-8 in ") + columnName(column) + " at byte " +
                      std::to_string(valid) + ", replaced with U+FFFD");
    return store(batch, std::string_view(repaired.constData(), size_t(repaired.size())));
}

void RecordConverter::addReject(ImportBatch &batch, const CsvReader &reader, std::int64_t record,
                                RejectRow::Severity severity, std::string reason)
{
    RejectRow reject;
    reject.record = record;
    reject.severity = severity;
    reject.reason = std::move(reason);
    // An excerpt that lets a person find the record: its first fields, cut short, as valid UTF-8.
    std::string excerpt;
    for (int i = 0; i < reader.fieldCount() && excerpt.size() < 160; ++i) {
        if (i > 0) {
            excerpt.push_back(',');
        }
        excerpt.append(reader.field(i).substr(0, 160 - excerpt.size()));
    }
    const QByteArray clean = QString::fromUtf8(excerpt.data(), qsizetype(excerpt.size())).toUtf8();
    reject.excerpt.assign(clean.constData(), size_t(clean.size()));
    batch.rejects.push_back(std::move(reject));
}

void RecordConverter::convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch)
{
    using Severity = RejectRow::Severity;
    if (reader.fieldCount() > 0 && FormatDetector::isRepeatedHeader(m_binding, reader.field(0))) {
        addReject(batch, reader, record, Severity::Skipped, "repeated header line");
        return;
    }
    if (reader.truncated()) {
        addReject(batch, reader, record, Severity::Rejected,
                  "record cut off at end of file (unterminated quote): the file is incomplete");
        return;
    }
    if (reader.fieldCount() != m_binding.fieldCount) {
        addReject(batch, reader, record, Severity::Rejected,
                  "record has " + std::to_string(reader.fieldCount()) + " fields, the header has " +
                      std::to_string(m_binding.fieldCount));
        return;
    }
    std::vector<std::string> repairs;
    if (reader.malformed()) {
        repairs.emplace_back("stray quote character inside a field, kept as text");
    }

    ImportRow row;
    row.record = record;
    const std::string_view userid = field(reader, Column::UserId);
    if (userid.empty()) {
        addReject(batch, reader, record, Severity::Rejected, "userid is empty");
        return;
    }

    if (m_binding.format == ArchiveFormat::TwitterTweets) {
        const std::string_view tweetId = field(reader, Column::TweetId);
        const auto id = parseId(tweetId);
        if (!id) {
            addReject(batch, reader, record, Severity::Rejected,
                      "tweetid " + quoted(tweetId) + " is not a tweet id (1 to 19 digits)");
            return;
        }
        const std::string_view timeText = field(reader, Column::Time);
        const auto time = TimeParse::isoDateTime(timeText);
        if (!time) {
            addReject(batch, reader, record, Severity::Rejected,
                      "tweet_time " + quoted(timeText) + " is not a time (YYYY-MM-DD HH:MM)");
            return;
        }
        row.tweetId = *id;
        row.time = *time;
    }

    const size_t arenaBefore = batch.arena.size();
    const size_t itemsBefore = batch.items.size();
    row.userid = storeText(batch, userid, Column::UserId, repairs);
    auto optionalText = [&](Column column) -> Slice {
        const std::string_view text = field(reader, column);
        return text.empty() ? Slice() : storeText(batch, text, column, repairs);
    };
    row.displayName = optionalText(Column::DisplayName);
    row.screenName = optionalText(Column::ScreenName);
    row.location = optionalText(Column::Location);
    row.description = optionalText(Column::Description);
    row.profileUrl = optionalText(Column::ProfileUrl);
    row.accountLanguage = optionalText(Column::AccountLanguage);
    auto count = [&](Column column, std::int64_t &value) {
        const std::string_view text = field(reader, column);
        if (!parseCount(text, value)) {
            repairs.push_back(std::string(columnName(column)) + " " + quoted(text) +
                              " is not a count, left empty");
        }
    };
    count(Column::FollowerCount, row.followers);
    count(Column::FollowingCount, row.following);
    const std::string_view created = field(reader, Column::CreationDate);
    if (!created.empty()) {
        const auto date = TimeParse::isoDateTime(created);
        if (date) {
            row.created = *date;
        } else {
            repairs.push_back("account_creation_date " + quoted(created) + " is not a date, left empty");
        }
    }

    if (m_binding.format == ArchiveFormat::TwitterTweets) {
        row.language = optionalText(Column::TweetLanguage);
        const std::string_view text = field(reader, Column::Text);
        row.text = storeText(batch, text, Column::Text, repairs);
        if (SearchNormalizer::normalize(batch.view(row.text), m_normalized)) {
            row.searchText = store(batch, m_normalized);
        }
        row.client = optionalText(Column::Client);
        row.inReplyToUserId = optionalText(Column::InReplyToUserId);
        row.retweetUserId = optionalText(Column::RetweetUserId);
        row.pollChoices = optionalText(Column::PollChoices);
        auto coordinate = [&](Column column) -> Slice {
            const std::string_view value = field(reader, column);
            return value.empty() || value == "absent" ? Slice() : store(batch, value);
        };
        row.latitude = coordinate(Column::Latitude);
        row.longitude = coordinate(Column::Longitude);
        auto link = [&](Column column) -> std::int64_t {
            const std::string_view value = field(reader, column);
            if (value.empty()) {
                return 0;
            }
            const auto id = parseId(value);
            if (!id) {
                repairs.push_back(std::string(columnName(column)) + " " + quoted(value) +
                                  " is not a tweet id, link dropped");
                return 0;
            }
            return *id;
        };
        row.inReplyToTweet = link(Column::InReplyToTweetId);
        row.quotedTweet = link(Column::QuotedTweetId);
        row.retweetOfTweet = link(Column::RetweetTweetId);
        const std::string_view isRetweet = field(reader, Column::IsRetweet);
        const bool retweet =
            isRetweet == "true" || isRetweet == "True" || isRetweet == "TRUE" || isRetweet == "1";
        if (!retweet && !isRetweet.empty() && isRetweet != "false" && isRetweet != "False" &&
            isRetweet != "FALSE" && isRetweet != "0") {
            repairs.push_back("is_retweet " + quoted(isRetweet) +
                              " is neither true nor false, taken as false");
        }
        row.kind = retweet                                                    ? 1
                   : row.inReplyToTweet != 0 || !row.inReplyToUserId.isNull() ? 2
                   : row.quotedTweet != 0                                     ? 3
                                                                              : 0;
        count(Column::QuoteCount, row.quoteCount);
        count(Column::ReplyCount, row.replyCount);
        count(Column::LikeCount, row.likeCount);
        count(Column::RetweetCount, row.retweetCount);

        auto list = [&](Column column, auto &&addItem) {
            m_items.clear();
            const std::string_view text = field(reader, column);
            if (!ListParser::parse(text, m_items, m_listScratch)) {
                repairs.push_back(std::string(columnName(column)) + " " + quoted(text) +
                                  " is not a well-formed list; kept the items before the fault");
            }
            for (const std::string_view item : m_items) {
                if (validUtf8Prefix(item) == item.size() && !item.empty()) {
                    addItem(item);
                }
            }
        };
        row.hashtagsBegin = std::uint32_t(batch.items.size());
        list(Column::Hashtags, [&](std::string_view tag) {
            if (tag.front() == '#') {
                tag.remove_prefix(1);
            }
            // Twitter matches hashtags case-insensitively: #MAGA and #maga are one tag.
            if (isAscii(tag)) {
                m_folded.assign(tag);
                for (char &c : m_folded) {
                    if (c >= 'A' && c <= 'Z') {
                        c = char(c - 'A' + 'a');
                    }
                }
            } else {
                const QByteArray folded =
                    QString::fromUtf8(tag.data(), qsizetype(tag.size())).toCaseFolded().toUtf8();
                m_folded.assign(folded.constData(), size_t(folded.size()));
            }
            if (m_folded.empty()) {
                return;
            }
            // A tag repeated in one tweet counts once for that tweet.
            for (std::uint32_t i = row.hashtagsBegin; i < batch.items.size(); ++i) {
                if (batch.view(batch.items[i]) == m_folded) {
                    return;
                }
            }
            batch.items.push_back(store(batch, m_folded));
        });
        row.hashtagsCount = std::uint32_t(batch.items.size()) - row.hashtagsBegin;
        row.urlsBegin = std::uint32_t(batch.items.size());
        list(Column::Urls, [&](std::string_view url) {
            batch.items.push_back(store(batch, url));
            std::string domain(domainOf(url));
            for (char &c : domain) {
                if (c >= 'A' && c <= 'Z') {
                    c = char(c - 'A' + 'a');
                }
            }
            if (domain.compare(0, 4, "www.") == 0) {
                domain.erase(0, 4);
            }
            batch.items.push_back(domain.empty() ? Slice() : store(batch, domain));
        });
        row.urlsCount = (std::uint32_t(batch.items.size()) - row.urlsBegin) / 2;
        row.mentionsBegin = std::uint32_t(batch.items.size());
        list(Column::UserMentions,
             [&](std::string_view userId) { batch.items.push_back(store(batch, userId)); });
        row.mentionsCount = std::uint32_t(batch.items.size()) - row.mentionsBegin;
    }

    if (batch.arena.size() > 0xF0000000u) {
        // Cannot happen with the parser's batch sizes; guards the 32-bit slices.
        batch.arena.resize(arenaBefore);
        batch.items.resize(itemsBefore);
        addReject(batch, reader, record, Severity::Rejected, "record too large");
        return;
    }
    if (!repairs.empty()) {
        // One entry per record, so that the repaired count is a count of records.
        std::string reasons = std::move(repairs.front());
        for (size_t i = 1; i < repairs.size(); ++i) {
            reasons.append("; ").append(repairs[i]);
        }
        addReject(batch, reader, record, Severity::Repaired, std::move(reasons));
    }
    batch.rows.push_back(row);
}

} // namespace trove

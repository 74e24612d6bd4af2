#include "core/import/recordconverter.h"

#include "core/csv/csvreader.h"
#include "core/import/fieldparse.h"
#include "core/text/listparser.h"
#include "core/text/searchnormalizer.h"
#include "core/text/timeparse.h"

#include <optional>

namespace trove {

using namespace ImportFields;

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
    return ImportFields::store(batch, text);
}

Slice RecordConverter::storeText(ImportBatch &batch, std::string_view text, Column column,
                                 std::vector<std::string> &repairs)
{
    return ImportFields::storeText(batch, text, columnName(column), repairs);
}

void RecordConverter::addReject(ImportBatch &batch, const CsvReader &reader, std::int64_t record,
                                RejectRow::Severity severity, std::string reason)
{
    ImportFields::addReject(batch, reader, record, severity, std::move(reason));
}

void RecordConverter::convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch)
{
    using Severity = RejectRow::Severity;
    std::vector<std::string> repairs;
    if (!ImportFields::checkRecordShape(reader, m_binding, record, batch, repairs)) {
        return;
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
        list(Column::Hashtags,
             [&](std::string_view tag) { addHashtag(batch, row.hashtagsBegin, tag, m_folded); });
        row.hashtagsCount = std::uint32_t(batch.items.size()) - row.hashtagsBegin;
        row.urlsBegin = std::uint32_t(batch.items.size());
        list(Column::Urls, [&](std::string_view url) { addUrl(batch, url, m_folded); });
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
    addRepairs(batch, reader, record, repairs);
    batch.rows.push_back(row);
}

} // namespace trove

#include "core/import/nbcconverter.h"

#include "core/csv/csvreader.h"
#include "core/import/fieldparse.h"
#include "core/import/fivethirtyeightconverter.h"
#include "core/text/listparser.h"
#include "core/text/searchnormalizer.h"
#include "core/text/timeparse.h"

namespace trove {

using namespace ImportFields;
using Col = NbcColumn;

NbcConverter::NbcConverter(const ColumnBinding &binding)
    : m_binding(binding)
{}

std::string_view NbcConverter::field(const CsvReader &reader, NbcColumn column) const
{
    const int index = m_binding[column];
    return index >= 0 && index < reader.fieldCount() ? reader.field(index) : std::string_view();
}

std::string_view NbcConverter::clientName(std::string_view source)
{
    if (source.compare(0, 2, "<a") != 0) {
        return source;
    }
    const size_t open = source.find('>');
    const size_t close = source.rfind("</a>");
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        return source;
    }
    return source.substr(open + 1, close - open - 1);
}

void NbcConverter::convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch)
{
    using Severity = RejectRow::Severity;
    std::vector<std::string> repairs;
    if (!ImportFields::checkRecordShape(reader, m_binding, record, batch, repairs)) {
        return;
    }
    const size_t arenaBefore = batch.arena.size();
    const size_t itemsBefore = batch.items.size();
    ImportRow row;
    row.record = record;
    const bool converted = m_binding.format == ArchiveFormat::NbcTweets
                               ? convertTweet(reader, record, batch, row, repairs)
                               : convertUser(reader, record, batch, row, repairs);
    if (!converted) {
        batch.arena.resize(arenaBefore);
        batch.items.resize(itemsBefore);
        return;
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

bool NbcConverter::convertTweet(const CsvReader &reader, std::int64_t record, ImportBatch &batch,
                                ImportRow &row, std::vector<std::string> &repairs)
{
    using Severity = RejectRow::Severity;
    auto name = [](Col column) { return FormatDetector::columnName(column); };
    const std::string_view handle = field(reader, Col::UserKey);
    if (handle.empty()) {
        addReject(batch, reader, record, Severity::Rejected, "user_key is empty");
        return false;
    }
    // created_at (epoch milliseconds) is the exact time; created_str is the same time written out.
    const std::string_view createdAt = field(reader, Col::CreatedAt);
    const std::string_view createdStr = field(reader, Col::CreatedStr);
    auto time = TimeParse::epochMilliseconds(createdAt);
    if (!time) {
        time = TimeParse::isoDateTime(createdStr);
        if (!time) {
            addReject(batch, reader, record, Severity::Rejected,
                      "created_at " + quoted(createdAt) + " and created_str " + quoted(createdStr) +
                          " are not times");
            return false;
        }
        if (!createdAt.empty()) {
            repairs.push_back("created_at " + quoted(createdAt) +
                              " is not epoch milliseconds; created_str used");
        }
    }
    row.time = *time;
    m_userId = FiveThirtyEightConverter::userIdFor(handle);
    const std::string_view text = field(reader, Col::Text);
    const std::string_view tweetId = field(reader, Col::TweetId);
    if (tweetId.empty()) {
        row.tweetId = FiveThirtyEightConverter::syntheticTweetId(m_userId, row.time, text);
        repairs.emplace_back("tweet_id is empty; given a synthetic id from handle, time and text");
    } else if (const auto id = parseId(tweetId)) {
        row.tweetId = *id;
    } else {
        addReject(batch, reader, record, Severity::Rejected,
                  "tweet_id " + quoted(tweetId) + " is not a tweet id (1 to 19 digits)");
        return false;
    }

    row.userid = store(batch, m_userId);
    row.screenName = storeText(batch, handle, name(Col::UserKey), repairs);
    const std::string_view userId = field(reader, Col::UserId);
    if (parseId(userId)) {
        row.externalId = store(batch, userId);
    } else if (!userId.empty()) {
        repairs.push_back("user_id " + quoted(userId) + " is not an id, not kept");
    }
    row.text = storeText(batch, text, name(Col::Text), repairs);
    if (SearchNormalizer::normalize(batch.view(row.text), m_normalized)) {
        row.searchText = store(batch, m_normalized);
    }
    const std::string_view source = clientName(field(reader, Col::Source));
    if (!source.empty()) {
        row.client = storeText(batch, source, name(Col::Source), repairs);
    }
    for (const auto &[column, target] :
         {std::pair{Col::RetweetCount, &row.retweetCount}, std::pair{Col::FavoriteCount, &row.likeCount}}) {
        const std::string_view value = field(reader, column);
        if (!parseCount(value, *target)) {
            repairs.push_back(std::string(name(column)) + " " + quoted(value) +
                              " is not a count, left empty");
        }
    }
    auto link = [&](Col column) -> std::int64_t {
        const std::string_view value = field(reader, column);
        if (value.empty()) {
            return 0;
        }
        const auto id = parseId(value);
        if (!id) {
            repairs.push_back(std::string(name(column)) + " " + quoted(value) +
                              " is not a tweet id, link dropped");
            return 0;
        }
        return *id;
    };
    row.retweetOfTweet = link(Col::RetweetedStatusId);
    row.inReplyToTweet = link(Col::InReplyToStatusId);
    row.kind = row.retweetOfTweet != 0 ? 1 : row.inReplyToTweet != 0 ? 2 : 0;

    auto list = [&](Col column, auto &&addItem) {
        m_items.clear();
        const std::string_view value = field(reader, column);
        if (!ListParser::parse(value, m_items, m_listScratch)) {
            repairs.push_back(std::string(name(column)) + " " + quoted(value) +
                              " is not a well-formed list; kept the items before the fault");
        }
        for (const std::string_view item : m_items) {
            if (!item.empty() && validUtf8Prefix(item) == item.size()) {
                addItem(item);
            }
        }
    };
    row.hashtagsBegin = std::uint32_t(batch.items.size());
    list(Col::Hashtags, [&](std::string_view tag) { addHashtag(batch, row.hashtagsBegin, tag, m_scratch); });
    row.hashtagsCount = std::uint32_t(batch.items.size()) - row.hashtagsBegin;
    row.urlsBegin = std::uint32_t(batch.items.size());
    list(Col::ExpandedUrls, [&](std::string_view url) { addUrl(batch, url, m_scratch); });
    row.urlsCount = (std::uint32_t(batch.items.size()) - row.urlsBegin) / 2;
    row.mentionsBegin = std::uint32_t(batch.items.size());
    // Mentions are screen names here: stored under the same handle key as the accounts.
    list(Col::Mentions, [&](std::string_view mention) {
        batch.items.push_back(store(batch, FiveThirtyEightConverter::userIdFor(mention)));
    });
    row.mentionsCount = std::uint32_t(batch.items.size()) - row.mentionsBegin;
    return true;
}

bool NbcConverter::convertUser(const CsvReader &reader, std::int64_t record, ImportBatch &batch,
                               ImportRow &row, std::vector<std::string> &repairs)
{
    auto name = [](Col column) { return FormatDetector::columnName(column); };
    const std::string_view handle = field(reader, Col::ScreenName);
    if (handle.empty()) {
        addReject(batch, reader, record, RejectRow::Severity::Rejected, "screen_name is empty");
        return false;
    }
    // Some rows hold only the screen name (the account was gone when NBC collected): an account all the same.
    m_userId = FiveThirtyEightConverter::userIdFor(handle);
    row.userid = store(batch, m_userId);
    row.screenName = storeText(batch, handle, name(Col::ScreenName), repairs);
    auto optionalText = [&](Col column) -> Slice {
        const std::string_view value = field(reader, column);
        return value.empty() ? Slice() : storeText(batch, value, name(column), repairs);
    };
    row.displayName = optionalText(Col::Name);
    row.location = optionalText(Col::Location);
    row.description = optionalText(Col::Description);
    row.accountLanguage = optionalText(Col::Lang);
    const std::string_view id = field(reader, Col::Id);
    if (parseId(id)) {
        row.externalId = store(batch, id);
    } else if (!id.empty()) {
        repairs.push_back("id " + quoted(id) + " is not an id, not kept");
    }
    for (const auto &[column, target] :
         {std::pair{Col::FollowersCount, &row.followers}, std::pair{Col::FriendsCount, &row.following}}) {
        const std::string_view value = field(reader, column);
        if (!parseCount(value, *target)) {
            repairs.push_back(std::string(name(column)) + " " + quoted(value) +
                              " is not a count, left empty");
        }
    }
    const std::string_view created = field(reader, Col::CreatedAt);
    if (!created.empty()) {
        if (const auto time = TimeParse::twitterDateTime(created)) {
            row.created = *time;
        } else {
            repairs.push_back("created_at " + quoted(created) + " is not a date, left empty");
        }
    }
    return true;
}

} // namespace trove

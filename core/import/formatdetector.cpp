#include "core/import/formatdetector.h"

namespace trove {

namespace {

struct ColumnName
{
    Column column;
    const char *name;
    bool inUsersFile;
};

// The names as Twitter published them (users CSV columns are a subset of the tweets CSV's).
const ColumnName ColumnNames[] = {
    {Column::TweetId, "tweetid", false},
    {Column::UserId, "userid", true},
    {Column::DisplayName, "user_display_name", true},
    {Column::ScreenName, "user_screen_name", true},
    {Column::Location, "user_reported_location", true},
    {Column::Description, "user_profile_description", true},
    {Column::ProfileUrl, "user_profile_url", true},
    {Column::FollowerCount, "follower_count", true},
    {Column::FollowingCount, "following_count", true},
    {Column::CreationDate, "account_creation_date", true},
    {Column::AccountLanguage, "account_language", true},
    {Column::TweetLanguage, "tweet_language", false},
    {Column::Text, "tweet_text", false},
    {Column::Time, "tweet_time", false},
    {Column::Client, "tweet_client_name", false},
    {Column::InReplyToUserId, "in_reply_to_userid", false},
    {Column::InReplyToTweetId, "in_reply_to_tweetid", false},
    {Column::QuotedTweetId, "quoted_tweet_tweetid", false},
    {Column::IsRetweet, "is_retweet", false},
    {Column::RetweetUserId, "retweet_userid", false},
    {Column::RetweetTweetId, "retweet_tweetid", false},
    {Column::Latitude, "latitude", false},
    {Column::Longitude, "longitude", false},
    {Column::QuoteCount, "quote_count", false},
    {Column::ReplyCount, "reply_count", false},
    {Column::LikeCount, "like_count", false},
    {Column::RetweetCount, "retweet_count", false},
    {Column::Hashtags, "hashtags", false},
    {Column::Urls, "urls", false},
    {Column::UserMentions, "user_mentions", false},
    {Column::PollChoices, "poll_choices", false},
};

QString normalizedName(std::string_view field)
{
    return QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed().toLower();
}

} // namespace

ColumnBinding FormatDetector::detect(const std::vector<std::string_view> &header)
{
    ColumnBinding binding;
    binding.index.fill(-1);
    binding.fieldCount = int(header.size());
    if (!header.empty()) {
        binding.firstField = normalizedName(header.front());
    }
    for (int field = 0; field < int(header.size()); ++field) {
        const QString name = normalizedName(header[size_t(field)]);
        bool known = false;
        for (const ColumnName &column : ColumnNames) {
            if (name == QLatin1String(column.name)) {
                if (binding.index[size_t(column.column)] < 0) {
                    binding.index[size_t(column.column)] = field;
                }
                known = true;
                break;
            }
        }
        if (!known) {
            binding.extraColumns.append(name.isEmpty() ? QStringLiteral("(column %1, unnamed)").arg(field + 1)
                                                       : name);
        }
    }
    auto has = [&](Column column) { return binding[column] >= 0; };
    if (has(Column::TweetId) && has(Column::UserId) && has(Column::Text) && has(Column::Time)) {
        binding.format = ArchiveFormat::TwitterTweets;
    } else if (!has(Column::TweetId) && has(Column::UserId) && has(Column::ScreenName) &&
               (has(Column::CreationDate) || has(Column::FollowerCount))) {
        binding.format = ArchiveFormat::TwitterUsers;
    } else {
        return binding;
    }
    for (const ColumnName &column : ColumnNames) {
        const bool expected = binding.format == ArchiveFormat::TwitterTweets || column.inUsersFile;
        if (expected && !has(column.column)) {
            binding.missingColumns.append(QLatin1String(column.name));
        }
    }
    return binding;
}

QString FormatDetector::formatName(ArchiveFormat format)
{
    switch (format) {
    case ArchiveFormat::TwitterTweets:
        return QStringLiteral("twitter-tweets");
    case ArchiveFormat::TwitterUsers:
        return QStringLiteral("twitter-users");
    case ArchiveFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool FormatDetector::isRepeatedHeader(const ColumnBinding &binding, std::string_view firstField)
{
    return !binding.firstField.isEmpty() && firstField.size() == size_t(binding.firstField.size()) &&
           normalizedName(firstField) == binding.firstField;
}

} // namespace trove

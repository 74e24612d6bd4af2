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

// FiveThirtyEight's names, in FiveThirtyEightColumn order; the first fifteen are v1, all are v2.
const char *const FiveThirtyEightNames[] = {
    "external_author_id", "author",         "content",     "region",           "language",
    "publish_date",       "harvested_date", "following",   "followers",        "updates",
    "post_type",          "account_type",   "retweet",     "account_category", "new_june_2018",
    "alt_external_id",    "tweet_id",       "article_url", "tco1_step1",       "tco2_step1",
    "tco3_step1",
};
static_assert(sizeof(FiveThirtyEightNames) / sizeof(FiveThirtyEightNames[0]) ==
              size_t(FiveThirtyEightColumn::Count));
constexpr int FiveThirtyEightV1Columns = 15;

// NBC's names, in NbcColumn order: tweets.csv's sixteen, then users.csv's (created_at is shared).
const char *const NbcNames[] = {
    "user_id",
    "user_key",
    "created_at",
    "created_str",
    "retweet_count",
    "retweeted",
    "favorite_count",
    "text",
    "tweet_id",
    "source",
    "hashtags",
    "expanded_urls",
    "posted",
    "mentions",
    "retweeted_status_id",
    "in_reply_to_status_id",
    "id",
    "location",
    "name",
    "followers_count",
    "statuses_count",
    "time_zone",
    "verified",
    "lang",
    "screen_name",
    "description",
    "favourites_count",
    "friends_count",
    "listed_count",
};
static_assert(sizeof(NbcNames) / sizeof(NbcNames[0]) == size_t(NbcColumn::Count));
constexpr int NbcTweetsColumns = 16;

QString normalizedName(std::string_view field)
{
    return QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed().toLower();
}

// Binds a FiveThirtyEight header: recognised by author, content and publish_date, names Twitter never used.
bool detectFiveThirtyEight(const std::vector<std::string_view> &header, ColumnBinding &binding)
{
    QStringList names;
    for (const std::string_view field : header) {
        names.append(normalizedName(field));
    }
    auto position = [&](FiveThirtyEightColumn column) {
        return int(names.indexOf(QLatin1String(FiveThirtyEightNames[int(column)])));
    };
    if (position(FiveThirtyEightColumn::Author) < 0 || position(FiveThirtyEightColumn::Content) < 0 ||
        position(FiveThirtyEightColumn::PublishDate) < 0) {
        return false;
    }
    binding.format = ArchiveFormat::FiveThirtyEightTweets;
    for (int column = 0; column < int(FiveThirtyEightColumn::Count); ++column) {
        binding.fiveThirtyEightIndex[size_t(column)] = position(FiveThirtyEightColumn(column));
    }
    // v2's six extra columns are optional (v1 has none of them); the first fifteen are expected.
    for (int column = 0; column < FiveThirtyEightV1Columns; ++column) {
        if (binding.fiveThirtyEightIndex[size_t(column)] < 0) {
            binding.missingColumns.append(QLatin1String(FiveThirtyEightNames[column]));
        }
    }
    for (int field = 0; field < names.size(); ++field) {
        bool known = false;
        for (const char *name : FiveThirtyEightNames) {
            known = known || names[field] == QLatin1String(name);
        }
        if (!known) {
            binding.extraColumns.append(names[field].isEmpty()
                                            ? QStringLiteral("(column %1, unnamed)").arg(field + 1)
                                            : names[field]);
        }
    }
    return true;
}

// Binds an NBC header: tweets.csv by user_key and tweet_id, users.csv by screen_name and followers_count
// without Twitter's "user_" prefixes.
bool detectNbc(const QStringList &names, ColumnBinding &binding)
{
    auto position = [&](NbcColumn column) {
        return int(names.indexOf(QLatin1String(NbcNames[int(column)])));
    };
    const bool tweets = position(NbcColumn::UserKey) >= 0 && position(NbcColumn::TweetId) >= 0 &&
                        position(NbcColumn::Text) >= 0 && position(NbcColumn::CreatedAt) >= 0;
    const bool users = !tweets && position(NbcColumn::ScreenName) >= 0 &&
                       position(NbcColumn::FollowersCount) >= 0 && position(NbcColumn::Id) >= 0;
    if (!tweets && !users) {
        return false;
    }
    binding.format = tweets ? ArchiveFormat::NbcTweets : ArchiveFormat::NbcUsers;
    const int first = tweets ? 0 : NbcTweetsColumns;
    const int last = tweets ? NbcTweetsColumns : int(NbcColumn::Count);
    for (int column = first; column < last; ++column) {
        binding.nbcIndex[size_t(column)] = position(NbcColumn(column));
        if (binding.nbcIndex[size_t(column)] < 0) {
            binding.missingColumns.append(QLatin1String(NbcNames[column]));
        }
    }
    if (!tweets) {
        binding.nbcIndex[size_t(NbcColumn::CreatedAt)] = position(NbcColumn::CreatedAt);
        if (binding.nbcIndex[size_t(NbcColumn::CreatedAt)] < 0) {
            binding.missingColumns.append(QStringLiteral("created_at"));
        }
    }
    for (int field = 0; field < names.size(); ++field) {
        bool known = false;
        for (int column = 0; column < int(NbcColumn::Count); ++column) {
            known = known || binding.nbcIndex[size_t(column)] == field;
        }
        if (!known) {
            binding.extraColumns.append(names[field].isEmpty()
                                            ? QStringLiteral("(column %1, unnamed)").arg(field + 1)
                                            : names[field]);
        }
    }
    return true;
}

} // namespace

ColumnBinding FormatDetector::detect(const std::vector<std::string_view> &header)
{
    ColumnBinding binding;
    binding.index.fill(-1);
    binding.fiveThirtyEightIndex.fill(-1);
    binding.nbcIndex.fill(-1);
    binding.fieldCount = int(header.size());
    if (!header.empty()) {
        binding.firstField = normalizedName(header.front());
    }
    if (detectFiveThirtyEight(header, binding)) {
        return binding;
    }
    QStringList names;
    for (const std::string_view field : header) {
        names.append(normalizedName(field));
    }
    if (detectNbc(names, binding)) {
        return binding;
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
    case ArchiveFormat::FiveThirtyEightTweets:
        return QStringLiteral("fivethirtyeight-tweets");
    case ArchiveFormat::NbcTweets:
        return QStringLiteral("nbc-tweets");
    case ArchiveFormat::NbcUsers:
        return QStringLiteral("nbc-users");
    case ArchiveFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const char *FormatDetector::columnName(FiveThirtyEightColumn column)
{
    return FiveThirtyEightNames[int(column)];
}

const char *FormatDetector::columnName(NbcColumn column)
{
    return NbcNames[int(column)];
}

bool FormatDetector::isRepeatedHeader(const ColumnBinding &binding, std::string_view firstField)
{
    return !binding.firstField.isEmpty() && firstField.size() == size_t(binding.firstField.size()) &&
           normalizedName(firstField) == binding.firstField;
}

} // namespace trove

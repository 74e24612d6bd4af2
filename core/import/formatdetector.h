#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <string_view>
#include <vector>

namespace trove {

/** The archive formats Trove imports, recognised from a CSV's header line alone. */
enum class ArchiveFormat {
    Unknown,
    TwitterTweets,
    TwitterUsers,
    FiveThirtyEightTweets, ///< FiveThirtyEight's IRAhandle_tweets_N.csv, v1 (15 columns) or v2 (21)
    NbcTweets,             ///< NBC News' tweets.csv (deleted Russian troll tweets, 2018)
    NbcUsers               ///< NBC News' users.csv
};

/** The columns of Twitter's information-operations CSVs, bound by header name (never by position). */
enum class Column {
    TweetId,
    UserId,
    DisplayName,
    ScreenName,
    Location,
    Description,
    ProfileUrl,
    FollowerCount,
    FollowingCount,
    CreationDate,
    AccountLanguage,
    TweetLanguage,
    Text,
    Time,
    Client,
    InReplyToUserId,
    InReplyToTweetId,
    QuotedTweetId,
    IsRetweet,
    RetweetUserId,
    RetweetTweetId,
    Latitude,
    Longitude,
    QuoteCount,
    ReplyCount,
    LikeCount,
    RetweetCount,
    Hashtags,
    Urls,
    UserMentions,
    PollChoices,
    Count
};

/** The columns of FiveThirtyEight's russian-troll-tweets files (v2 adds the last six), bound by name. */
enum class FiveThirtyEightColumn {
    ExternalAuthorId,
    Author,
    Content,
    Region,
    Language,
    PublishDate,
    HarvestedDate,
    Following,
    Followers,
    Updates,
    PostType,
    AccountType,
    Retweet,
    AccountCategory,
    NewJune2018,
    AltExternalId,
    TweetId,
    ArticleUrl,
    Tco1Step1,
    Tco2Step1,
    Tco3Step1,
    Count
};

/** The columns of NBC News' tweets.csv and users.csv (both files' names; created_at is in both). */
enum class NbcColumn {
    UserId,
    UserKey,
    CreatedAt,
    CreatedStr,
    RetweetCount,
    Retweeted,
    FavoriteCount,
    Text,
    TweetId,
    Source,
    Hashtags,
    ExpandedUrls,
    Posted,
    Mentions,
    RetweetedStatusId,
    InReplyToStatusId,
    Id,
    Location,
    Name,
    FollowersCount,
    StatusesCount,
    TimeZone,
    Verified,
    Lang,
    ScreenName,
    Description,
    FavouritesCount,
    FriendsCount,
    ListedCount,
    Count
};

/** Which field of a record holds each column (-1: absent), and what the header told. */
struct ColumnBinding
{
    ArchiveFormat format = ArchiveFormat::Unknown;
    std::array<int, int(Column::Count)> index{};
    /** For FiveThirtyEightTweets: the field of each FiveThirtyEight column (-1: absent). */
    std::array<int, int(FiveThirtyEightColumn::Count)> fiveThirtyEightIndex{};
    /** For NbcTweets and NbcUsers: the field of each NBC column (-1: absent). */
    std::array<int, int(NbcColumn::Count)> nbcIndex{};
    int fieldCount = 0;         ///< fields in the header: every record should have as many
    QStringList missingColumns; ///< expected by the format but absent: imported as empty
    QStringList extraColumns;   ///< not known to Trove: ignored
    QString firstField;         ///< the header's first name, to recognise a repeated header line

    int operator[](Column column) const { return index[size_t(column)]; }
    int operator[](FiveThirtyEightColumn column) const { return fiveThirtyEightIndex[size_t(column)]; }
    int operator[](NbcColumn column) const { return nbcIndex[size_t(column)]; }
};

class FormatDetector
{
public:
    /** Recognises the format from @p header (names are matched trimmed and case-insensitively). */
    static ColumnBinding detect(const std::vector<std::string_view> &header);

    /** The name stored in source_files.format ("twitter-tweets", "fivethirtyeight-tweets", ...). */
    static QString formatName(ArchiveFormat format);

    /** The header name of a FiveThirtyEight column ("external_author_id", ...). */
    static const char *columnName(FiveThirtyEightColumn column);

    /** The header name of an NBC column ("user_key", ...). */
    static const char *columnName(NbcColumn column);

    /** True when @p record repeats the header line (concatenated parts), so it is skipped, not rejected. */
    static bool isRepeatedHeader(const ColumnBinding &binding, std::string_view firstField);
};

} // namespace trove

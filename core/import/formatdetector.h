#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <string_view>
#include <vector>

namespace trove {

/** The archive formats Trove imports, recognised from a CSV's header line alone. */
enum class ArchiveFormat { Unknown, TwitterTweets, TwitterUsers };

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

/** Which field of a record holds each column (-1: absent), and what the header told. */
struct ColumnBinding
{
    ArchiveFormat format = ArchiveFormat::Unknown;
    std::array<int, int(Column::Count)> index{};
    int fieldCount = 0;         ///< fields in the header: every record should have as many
    QStringList missingColumns; ///< expected by the format but absent: imported as empty
    QStringList extraColumns;   ///< not known to Trove: ignored
    QString firstField;         ///< the header's first name, to recognise a repeated header line

    int operator[](Column column) const { return index[size_t(column)]; }
};

class FormatDetector
{
public:
    /** Recognises the format from @p header (names are matched trimmed and case-insensitively). */
    static ColumnBinding detect(const std::vector<std::string_view> &header);

    static QString formatName(ArchiveFormat format);

    /** True when @p record repeats the header line (concatenated parts), so it is skipped, not rejected. */
    static bool isRepeatedHeader(const ColumnBinding &binding, std::string_view firstField);
};

} // namespace trove

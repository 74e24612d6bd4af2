#pragma once

#include "core/import/formatdetector.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace trove {

class CsvReader;

/** A piece of an ImportBatch's arena; a null slice stands for SQL NULL. */
struct Slice
{
    static constexpr std::uint32_t Null = 0xFFFFFFFFu;
    std::uint32_t offset = Null;
    std::uint32_t length = 0;
    bool isNull() const { return offset == Null; }
};

/** One converted record: an account (users files) or a tweet with its author's profile (tweets files). */
struct ImportRow
{
    std::int64_t record = 0; ///< data record number in the source (1-based, header excluded)
    // Account
    Slice userid, displayName, screenName, location, description, profileUrl, accountLanguage;
    std::int64_t followers = -1, following = -1; ///< -1: unknown
    std::int64_t created = -1;                   ///< epoch seconds; -1: unknown
    Slice category, accountType, externalId; ///< FiveThirtyEight's account_category, account_type, author id
    // Tweet
    std::int64_t tweetId = 0;
    std::int64_t time = 0;
    int kind = 0; ///< 0 original, 1 retweet, 2 reply, 3 quote
    Slice language, text, searchText, client, inReplyToUserId, retweetUserId, latitude, longitude,
        pollChoices;
    std::int64_t inReplyToTweet = 0, quotedTweet = 0, retweetOfTweet = 0; ///< 0: none
    std::int64_t quoteCount = -1, replyCount = -1, likeCount = -1, retweetCount = -1;
    std::uint32_t hashtagsBegin = 0, hashtagsCount = 0; ///< into ImportBatch::items: case-folded tags
    std::uint32_t urlsBegin = 0, urlsCount = 0;         ///< pairs: url, domain
    std::uint32_t mentionsBegin = 0, mentionsCount = 0;
};

/** A record that was not imported, was imported with a repair, or was skipped. */
struct RejectRow
{
    enum class Severity { Rejected, Repaired, Skipped };
    std::int64_t record = 0;
    Severity severity = Severity::Rejected;
    std::string reason;
    std::string excerpt;
};

/** Records handed from the parser thread to the writer thread, with the checkpoint they reach. */
struct ImportBatch
{
    int sourceIndex = -1;
    ArchiveFormat format = ArchiveFormat::Unknown;
    std::string arena;
    std::vector<ImportRow> rows;
    std::vector<Slice> items;
    std::vector<RejectRow> rejects;
    std::int64_t recordsDone = 0; ///< data records of the source consumed after this batch
    std::int64_t endOffset = 0;   ///< byte offset in the source where the next record starts
    std::int64_t bytesDelta = 0;  ///< bytes consumed by this batch, for progress
    bool sourceFinished = false;  ///< the source has no more records
    QString sourceError;          ///< the source could not be read to its end (read error)

    std::string_view view(Slice slice) const
    {
        return slice.isNull() ? std::string_view()
                              : std::string_view(arena.data() + slice.offset, slice.length);
    }
    void clear();
};

/**
 * Turns CSV records into ImportRows (parsing ids, times, counts and list columns, validating UTF-8 and
 * preparing the search text), or into RejectRows that name the record and the reason. Runs on the parser
 * thread, so that the writer thread only writes.
 */
class RecordConverter
{
public:
    explicit RecordConverter(const ColumnBinding &binding);

    /** Converts the record @p reader holds, numbered @p record, appending to @p batch. */
    void convert(const CsvReader &reader, std::int64_t record, ImportBatch &batch);

private:
    std::string_view field(const CsvReader &reader, Column column) const;
    Slice store(ImportBatch &batch, std::string_view text);
    Slice storeText(ImportBatch &batch, std::string_view text, Column column,
                    std::vector<std::string> &repairs);
    void addReject(ImportBatch &batch, const CsvReader &reader, std::int64_t record,
                   RejectRow::Severity severity, std::string reason);

    ColumnBinding m_binding;
    std::vector<std::string_view> m_items;
    std::string m_listScratch;
    std::string m_normalized;
    std::string m_folded;
};

} // namespace trove

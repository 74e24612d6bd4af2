#pragma once

#include "core/synth/account.h"
#include "core/synth/random.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace trove {
struct GeneratorResult;
} // namespace trove

namespace trove::synthetic {

struct ComposedTweet;

/** Screen names of FiveThirtyEight-style accounts start with this (and are longer than genuine handles). */
constexpr std::string_view fiveThirtyEightHandlePrefix = "Synthetic_";

/**
 * Writes the tweets of a synthetic archive as FiveThirtyEight's IRAhandle_tweets_N.csv parts (Linvill &
 * Warren's russian-troll-tweets), version 1 (15 columns) or 2 (21 columns): unquoted header, minimal
 * quoting, M/D/YYYY H:MM dates, English language names, account_category and account_type per account,
 * and the exporter's single quotes around texts starting with @ - + = or \\. With quirks: about 1% exact
 * duplicate rows, external_author_id rounded to three significant digits above 15 digits, and, when there
 * are two parts or more, a last part that went through a spreadsheet (CRLF, 9.06E+17, two-digit years,
 * no final newline; the other id columns stay exact, as if kept as text). Rows are in time order. The
 * content comes from TweetGenerator, so it reads like the Twitter-format output, and one seed gives the
 * same tweets in both versions.
 */
class FiveThirtyEightWriter
{
public:
    /**
     * @p accounts, made with AccountGenerator::setHandlePrefix(fiveThirtyEightHandlePrefix), must outlive
     * the writer. Draws from its own streams of @p seed. @p version is 1 or 2.
     */
    FiveThirtyEightWriter(const std::vector<Account> &accounts, std::uint64_t seed, int version, bool quirks);
    ~FiveThirtyEightWriter();

    /**
     * Writes @p tweets distinct tweets spread evenly over the files @p paths, in order, adding what it wrote
     * to @p result (tweets, duplicateRows, accounts, categories, bytes) and each path to @p created before
     * its file is opened (so that a failed run can remove them). @p progress receives the distinct
     * tweets written so far every 10,000 tweets; returning false stops the writing. False on failure, with
     * result.errorString naming the file, or when @p progress stopped it (the error is then the caller's).
     * Memory does not grow with @p tweets.
     */
    bool write(const QStringList &paths, std::int64_t tweets,
               const std::function<bool(std::int64_t)> &progress, GeneratorResult &result,
               QStringList &created);

private:
    struct Profile;
    struct PartStyle;

    void makeProfiles();
    void formatRow(const ComposedTweet &tweet, const PartStyle &style);
    void appendDateTime(std::int64_t minute, bool twoDigitYear);
    bool isRepeatOfThisMinute(std::uint32_t author, std::int64_t minute);

    const std::vector<Account> &m_accounts;
    int m_version;
    bool m_quirks;
    Random m_random;        // tweets, times, duplicates
    Random m_profileRandom; // account attributes, drawn once
    std::vector<Profile> m_profiles;
    std::vector<std::uint8_t> m_tweeted;

    // The authors and texts of this minute's tweets: v1 tweets are told apart by (handle, time, text).
    std::int64_t m_minute = -1;
    std::vector<std::pair<std::uint32_t, std::string>> m_minuteTexts;
    std::size_t m_minuteCount = 0;

    std::string m_row;
    std::string m_content; // the text as the importer reads it back: what v1 tweets are told apart by
    std::string m_scratch;
};

} // namespace trove::synthetic

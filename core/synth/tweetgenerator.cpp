#include "core/synth/tweetgenerator.h"

#include "core/synth/csvformat.h"
#include "core/synth/random.h"
#include "core/synth/syntheticurls.h"
#include "core/synth/syntheticvocabulary.h"

#include <algorithm>
#include <cstdlib>

namespace trove::synthetic {

TweetGenerator::TweetGenerator(const std::vector<Account> &accounts, Random &random, bool quirks)
    : m_accounts(accounts)
    , m_random(random)
    , m_quirks(quirks)
    , m_authors(accounts)
    , m_tweetIds(random)
{
    m_row.reserve(8192);
    m_tweet.text.reserve(2048);
}

void TweetGenerator::appendMention()
{
    std::string &text = m_tweet.text;
    std::string &mentions = m_tweet.mentions;
    text += '@';
    appendListSeparator(mentions);
    if (m_random.percent(75)) {
        const Account &account = m_accounts[m_random.below(m_accounts.size())];
        text += account.screenName;
        mentions += account.mentionItem;
    } else {
        std::size_t count = 0;
        const synthetic::ExternalAccount *external = synthetic::externalAccounts(&count);
        const synthetic::ExternalAccount &account = external[m_random.below(count)];
        text += account.screenName;
        appendNumber(mentions, account.userId);
    }
}

void TweetGenerator::appendExpandedUrlItem()
{
    appendListSeparator(m_tweet.urls);
    m_scratch.clear();
    appendExpandedUrl(m_scratch, m_random, m_currentDate);
    appendPythonString(m_tweet.urls, m_scratch);
    m_tweet.expandedUrls += m_scratch;
    m_tweet.expandedUrls += '\n';
}

void TweetGenerator::composeText(Language language)
{
    Random &random = m_random;
    std::string &text = m_tweet.text;
    std::string &hashtags = m_tweet.hashtags;
    const synthetic::LanguageVocabulary &vocabulary = synthetic::vocabulary(language);
    const int wordCount = 4 + int(random.below(16));
    // About a third of genuine tweet texts hold a raw line break.
    const int newlineAt = random.percent(33) ? 1 + int(random.below(std::uint64_t(wordCount - 1))) : -1;
    const int quoteAt = random.percent(10) ? int(random.below(std::uint64_t(wordCount))) : -1;
    const int entityAt = random.percent(7) ? int(random.below(std::uint64_t(wordCount))) : -1;

    if (random.percent(12)) {
        appendMention();
        text += ' ';
    }
    for (int word = 0; word < wordCount; ++word) {
        if (word == newlineAt)
            text += random.percent(60) ? "\n" : "\n\n";
        else if (word > 0)
            text += ' ';
        if (word == quoteAt) {
            text += random.pick(synthetic::quotedPhrases());
        } else if (word == entityAt) {
            text += random.pick(synthetic::entityPhrases());
        } else {
            const std::uint64_t roll = random.below(100);
            if (roll < 5) {
                const std::string_view tag = random.percent(80) ? random.pick(vocabulary.hashtags)
                                                                : random.pick(synthetic::sharedHashtags());
                text += '#';
                text += tag;
                appendListSeparator(hashtags);
                appendPythonString(hashtags, tag);
            } else if (roll < 7) {
                appendMention();
            } else {
                text += random.pick(vocabulary.words);
            }
        }
    }
    if (random.percent(25)) {
        text += ' ';
        text += random.pick(synthetic::emoji());
        if (random.percent(30))
            text += random.pick(synthetic::emoji());
    }
    if (random.percent(40)) {
        const int tagCount = 1 + int(random.below(3));
        std::string_view tag;
        for (int index = 0; index < tagCount; ++index) {
            // Items may repeat in the genuine lists when a text repeats a hashtag.
            if (index == 0 || random.percent(85))
                tag = random.percent(80) ? random.pick(vocabulary.hashtags)
                                         : random.pick(synthetic::sharedHashtags());
            text += " #";
            text += tag;
            appendListSeparator(hashtags);
            appendPythonString(hashtags, tag);
        }
    }
    if (random.percent(40)) {
        const int urlCount = random.percent(12) ? 2 : 1;
        for (int index = 0; index < urlCount; ++index) {
            text += ' ';
            appendTcoUrl(text, random);
            appendExpandedUrlItem();
        }
    }
}

void TweetGenerator::setTimeFields(std::int64_t minute)
{
    const std::int64_t day = minute / minutesPerDay;
    if (day != m_currentDay) {
        m_currentDay = day;
        m_currentDate = civilFromDays(day);
        m_dateText.clear();
        appendDate(m_dateText, day);
        m_dateText += ' ';
    }
}

void TweetGenerator::appendList(std::string_view items, bool blankWhenEmpty)
{
    if (items.empty()) {
        m_row += blankWhenEmpty ? "\"\"" : "\"[]\"";
        return;
    }
    m_row += "\"[";
    appendEscaped(m_row, items);
    m_row += "]\"";
}

void TweetGenerator::appendCount(std::uint64_t value, bool asFloat)
{
    m_row += '"';
    appendNumber(m_row, value);
    if (asFloat)
        m_row += ".0";
    m_row += '"';
}

// Writes the text, list items and link columns of a tweet by authorIndex into m_tweet and links: a retweet,
// reply or quote of a recent archive tweet when there is one (so that threads and retweet cascades exist),
// else of a tweet outside the archive, or an original.
void TweetGenerator::composeTweet(std::int64_t minute, std::uint32_t authorIndex, Language language,
                                  TweetLinks *links)
{
    Random &random = m_random;
    std::string &text = m_tweet.text;
    std::string &mentions = m_tweet.mentions;
    text.clear();
    m_tweet.hashtags.clear();
    m_tweet.urls.clear();
    mentions.clear();
    m_tweet.expandedUrls.clear();
    m_externalUserId.clear();
    std::size_t externalCount = 0;
    const synthetic::ExternalAccount *externals = synthetic::externalAccounts(&externalCount);

    const std::uint64_t kindRoll = random.below(1000);
    links->retweet = kindRoll < 370;
    const bool reply = !links->retweet && kindRoll < 470;
    const bool quote = !links->retweet && !reply && kindRoll < 520;

    if (links->retweet) {
        const RecentTweet *target = random.percent(65) ? m_recentTweets.pick(random) : nullptr;
        // Accounts retweet each other, rarely themselves; one more try before going outside the archive.
        if (target != nullptr && target->account == authorIndex)
            target = m_recentTweets.pick(random);
        if (target != nullptr && target->account == authorIndex)
            target = nullptr;
        if (target != nullptr) {
            const Account &original = m_accounts[target->account];
            text += "RT @";
            text += original.screenName;
            text += ": ";
            text += target->text;
            m_tweet.hashtags = target->hashtags;
            m_tweet.urls = target->urls;
            m_tweet.expandedUrls = target->expandedUrls;
            mentions = original.mentionItem;
            if (!target->mentions.empty()) {
                mentions += ", ";
                mentions += target->mentions;
            }
            links->retweetUserId = original.userId;
            links->retweetTweetId = target->tweetId;
        } else {
            const synthetic::ExternalAccount &original = externals[random.below(externalCount)];
            text += "RT @";
            text += original.screenName;
            text += ": ";
            appendNumber(mentions, original.userId);
            composeText(language);
            appendNumber(m_externalUserId, original.userId);
            links->retweetUserId = m_externalUserId;
            links->retweetTweetId = m_tweetIds.earlier(minute);
        }
    } else if (reply) {
        const RecentTweet *target = random.percent(85) ? m_recentTweets.pick(random) : nullptr;
        if (target != nullptr) {
            const Account &original = m_accounts[target->account];
            text += '@';
            text += original.screenName;
            mentions = original.mentionItem;
            links->replyUserId = original.userId;
            links->replyTweetId = target->tweetId;
        } else {
            const synthetic::ExternalAccount &original = externals[random.below(externalCount)];
            text += '@';
            text += original.screenName;
            appendNumber(mentions, original.userId);
            appendNumber(m_externalUserId, original.userId);
            links->replyUserId = m_externalUserId;
            links->replyTweetId = m_tweetIds.earlier(minute);
        }
        text += ' ';
        composeText(language);
    } else {
        composeText(language);
        if (quote) {
            const RecentTweet *target = random.percent(70) ? m_recentTweets.pick(random) : nullptr;
            std::string_view quotedScreenName;
            if (target != nullptr) {
                links->quotedTweetId = target->tweetId;
                quotedScreenName = m_accounts[target->account].screenName;
            } else {
                links->quotedTweetId = m_tweetIds.earlier(minute);
                quotedScreenName = externals[random.below(externalCount)].screenName;
            }
            // The quote link is a t.co url in the text that expands to the quoted tweet's address.
            text += ' ';
            appendTcoUrl(text, random);
            appendListSeparator(m_tweet.urls);
            m_scratch.assign("https://twitter.com/");
            m_scratch += quotedScreenName;
            m_scratch += "/status/";
            appendNumber(m_scratch, std::uint64_t(links->quotedTweetId));
            appendPythonString(m_tweet.urls, m_scratch);
            m_tweet.expandedUrls += m_scratch;
            m_tweet.expandedUrls += '\n';
        }
    }
}

void TweetGenerator::appendCoordinates(const Account &author)
{
    Random &random = m_random;
    const std::uint64_t roll = random.below(1000);
    if (roll < 960) {
        m_row += "\"absent\",\"absent\",";
        return;
    }
    if (roll < 980) {
        m_row += "\"present\",\"present\",";
        return;
    }
    std::size_t placeCount = 0;
    const synthetic::Place &place = synthetic::places(&placeCount)[author.place];
    for (const int base : {place.latitude, place.longitude}) {
        const int value = base + int(random.below(1001)) - 500; // within about 5 km of the place
        m_row += '"';
        if (value < 0)
            m_row += '-';
        const int magnitude = std::abs(value);
        appendNumber(m_row, std::uint64_t(magnitude / 10000));
        m_row += '.';
        const int fraction = magnitude % 10000;
        appendTwoDigits(m_row, fraction / 100);
        appendTwoDigits(m_row, fraction % 100);
        m_row += "\",";
    }
}

const ComposedTweet &TweetGenerator::compose(std::int64_t minute)
{
    Random &random = m_random;
    setTimeFields(minute);
    ComposedTweet &tweet = m_tweet;
    tweet.minute = minute;
    tweet.author = m_authors.pick(m_currentDay, random);
    const Account &author = m_accounts[tweet.author];
    tweet.tweetId = m_tweetIds.next(minute);
    tweet.language = random.percent(88) ? author.primary : author.secondary;
    tweet.links = TweetLinks();
    composeTweet(minute, tweet.author, tweet.language, &tweet.links);
    // Retweets are not retweeted or replied to themselves: the archives point at the original.
    if (!tweet.links.retweet)
        m_recentTweets.remember(tweet);
    return tweet;
}

std::size_t TweetGenerator::build(std::int64_t minute, std::uint32_t *authorIndex)
{
    Random &random = m_random;
    const ComposedTweet &tweet = compose(minute);
    *authorIndex = tweet.author;
    const Account &author = m_accounts[tweet.author];
    const std::int64_t tweetId = tweet.tweetId;
    const Language language = tweet.language;
    const TweetLinks &links = tweet.links;

    // Row-level re-export habits: counts written as floats, empty lists written as empty fields.
    const bool quirks = m_quirks;
    const bool floatCounts = random.percent(3) && quirks;
    const bool blankLists = random.percent(25) && quirks;

    std::string &row = m_row;
    row.clear();
    row += '"';
    appendNumber(row, std::uint64_t(tweetId));
    row += "\",";
    row += author.csvFields;

    const std::uint64_t languageRoll = random.below(100);
    row += ",\"";
    if (languageRoll < 88)
        row += synthetic::vocabulary(language).code;
    else if (languageRoll < 94)
        row += "und";
    else if (languageRoll >= 97)
        row += "en";
    row += "\",";

    const std::size_t textOffset = row.size();
    appendField(row, tweet.text);

    row += ",\"";
    row += m_dateText;
    appendTwoDigits(row, int(minute % minutesPerDay / 60));
    row += ':';
    appendTwoDigits(row, int(minute % 60));
    row += "\",\"";

    std::size_t clientCount = 0;
    const synthetic::Client *clients = synthetic::clients(&clientCount);
    row += clients[random.percent(75) ? author.client : random.below(clientCount)].name;
    row += "\",\"";

    row += links.replyUserId;
    row += "\",\"";
    if (links.replyTweetId != 0)
        appendNumber(row, std::uint64_t(links.replyTweetId));
    row += "\",\"";
    if (links.quotedTweetId != 0)
        appendNumber(row, std::uint64_t(links.quotedTweetId));
    row += links.retweet ? "\",\"true\",\"" : "\",\"false\",\"";
    row += links.retweetUserId;
    row += "\",\"";
    if (links.retweetTweetId != 0)
        appendNumber(row, std::uint64_t(links.retweetTweetId));
    row += "\",";

    appendCoordinates(author);

    // Retweet rows carry zero counts in the genuine files; originals have a long tail.
    std::uint64_t quoteCount = 0;
    std::uint64_t replyCount = 0;
    std::uint64_t likeCount = 0;
    std::uint64_t retweetCount = 0;
    if (!links.retweet) {
        quoteCount = random.percent(10) ? random.below(6) : 0;
        replyCount = random.percent(15) ? random.skewed(40) : 0;
        likeCount = random.percent(50) ? random.skewed(3000) : 0;
        retweetCount = random.percent(45) ? random.skewed(4000) : 0;
    }
    for (const std::uint64_t count : {quoteCount, replyCount, likeCount, retweetCount}) {
        appendCount(count, floatCounts);
        row += ',';
    }

    appendList(tweet.hashtags, blankLists);
    row += ',';
    appendList(tweet.urls, blankLists);
    row += ',';
    appendList(tweet.mentions, blankLists);
    row += ",\"";
    if (random.perMille(3))
        row += random.pick(synthetic::pollChoices());
    row += "\"\n";
    return textOffset;
}

} // namespace trove::synthetic

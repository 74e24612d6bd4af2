#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

// Pre-encoded UTF-8 word lists for the synthetic archive generator. Private to core/synth: the generator
// copies these bytes straight into its CSV buffer, so nothing here is a QString.
namespace trove::synthetic {

/** A fixed list of UTF-8 strings with static storage duration. */
struct WordList
{
    const std::string_view *items = nullptr;
    std::size_t count = 0;

    std::string_view operator[](std::size_t index) const { return items[index]; }
};

/** The languages tweets and profiles are written in. */
enum class Language { English, Russian, Arabic, Persian, German, Count };

/** Everything needed to write text in one language. */
struct LanguageVocabulary
{
    std::string_view code; ///< tweet_language value, e.g. "fa"
    WordList words;        ///< running-text words; Persian ones include ZWNJ-joined forms
    WordList hashtags;     ///< hashtag bodies without '#'
    WordList descriptions; ///< profile description sentences
    WordList displayNames; ///< display names of unhashed accounts
    WordList locations;    ///< user_reported_location values
    bool rightToLeft = false;
};

const LanguageVocabulary &vocabulary(Language language);

/** Hashtags written in Latin script that turn up in any language (#Syria inside Arabic text). */
WordList sharedHashtags();
/** Single emoji, flags, skin-tone modifiers and ZWJ sequences such as 👨‍👩‍👧. */
WordList emoji();
/** Emoji sequences joined with U+200D only, so tests and profiles can ask for one explicitly. */
WordList zwjEmoji();
/** Words and phrases carrying HTML entities, as the archives keep them (&amp; &lt; &gt;). */
WordList entityPhrases();
/** Phrases wrapped in ASCII double quotes, to exercise CSV quote escaping. */
WordList quotedPhrases();
/** ASCII pieces screen names are built from. */
WordList screenNameParts();
/** Host names for expanded urls. */
WordList urlHosts();
/** Expanded urls that need care in a Python list repr (an apostrophe, a comma). */
WordList awkwardUrls();
/** Latin words used for url slugs. */
WordList slugWords();
/** Values of poll_choices when a tweet has a poll. */
WordList pollChoices();

/** A tweet_client_name and how often it is chosen relative to the others. */
struct Client
{
    std::string_view name;
    int weight;
};
const Client *clients(std::size_t *count);

/** An account outside the archive that archive accounts retweet, reply to and mention. */
struct ExternalAccount
{
    std::string_view screenName;
    std::uint64_t userId;
};
const ExternalAccount *externalAccounts(std::size_t *count);

/** A place with coordinates in ten-thousandths of a degree, for the rare numeric latitude/longitude. */
struct Place
{
    int latitude;
    int longitude;
};
const Place *places(std::size_t *count);

/** account_language values and their relative frequency. */
struct AccountLanguage
{
    std::string_view code;
    int weight;
    Language primary;   ///< the language most of its tweets are written in
    Language secondary; ///< the language of the rest
};
const AccountLanguage *accountLanguages(std::size_t *count);

/** A burst of activity: @p peakPercent extra tweets per day at @p date, fading over @p halfWidthDays. */
struct Burst
{
    int year;
    int month;
    int day;
    int peakPercent;
    int halfWidthDays;
};
const Burst *bursts(std::size_t *count);

} // namespace trove::synthetic

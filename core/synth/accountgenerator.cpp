#include "core/synth/accountgenerator.h"

#include "core/synth/civildate.h"
#include "core/synth/csvformat.h"
#include "core/synth/syntheticurls.h"
#include "core/synth/tweetidsequence.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace trove::synthetic {

AccountGenerator::AccountGenerator(std::uint64_t seed, bool quirks)
    : m_random(seed, 1)
    , m_quirks(quirks)
{}

void AccountGenerator::setHandlePrefix(std::string_view prefix)
{
    m_allUnhashed = true;
    m_handlePrefix.assign(prefix.data(), prefix.size());
}

std::string AccountGenerator::makeUserId(bool numeric, bool hexDigest, std::int64_t creationDay,
                                         std::unordered_set<std::string> &taken)
{
    Random &random = m_random;
    std::string userId;
    for (;;) {
        userId.clear();
        if (numeric) {
            // Ids follow account age: small sequential numbers early on, snowflakes from 2016.
            std::uint64_t value = 0;
            if (creationDay >= firstUserSnowflakeDay) {
                const std::int64_t milliseconds =
                    creationDay * 86400000 + std::int64_t(random.below(86400000));
                value =
                    (std::uint64_t(milliseconds - snowflakeEpochMilliseconds) << 22) | random.below(1 << 22);
            } else {
                const std::int64_t span = firstUserSnowflakeDay - firstAccountDay;
                const std::uint64_t perDay = (4700000000ULL - 18000000ULL) / std::uint64_t(span);
                value = 18000000ULL + std::uint64_t(creationDay - firstAccountDay) * perDay +
                        random.below(perDay);
            }
            appendNumber(userId, value);
        } else if (hexDigest) {
            static constexpr char hex[] = "0123456789abcdef";
            for (int word = 0; word < 4; ++word) {
                std::uint64_t bits = random.next();
                for (int digit = 0; digit < 16; ++digit, bits >>= 4)
                    userId += hex[bits & 15];
            }
        } else {
            // 2019-style tokens look like base64 of a digest but are not always valid base64: some use
            // the url-safe alphabet, some have lengths or padding no encoder would produce.
            static constexpr char alphabet[] =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            const std::size_t length = 41 + random.below(4);
            const bool urlSafe = random.percent(15);
            for (std::size_t index = 0; index < length; ++index) {
                char character = alphabet[random.below(64)];
                if (urlSafe && character == '+')
                    character = '-';
                else if (urlSafe && character == '/')
                    character = '_';
                userId += character;
            }
            const std::uint64_t padding = random.below(100);
            if (length == 44 && padding < 70)
                userId.back() = '=';
            else if (length == 43 && padding < 20)
                userId.back() = '=';
            else if (length == 42 && padding < 20)
                userId.replace(40, 2, "==");
        }
        if (taken.insert(userId).second)
            return userId;
    }
}

std::string AccountGenerator::makeScreenName(std::unordered_set<std::string> &taken)
{
    Random &random = m_random;
    const WordList parts = screenNameParts();
    std::string base;
    base += random.pick(parts);
    if (random.percent(45))
        base += '_';
    base += random.pick(parts);
    if (random.percent(35))
        appendNumber(base, 1 + random.below(99));
    if (base.size() > 15)
        base.resize(15);
    // Screen names are unique on Twitter, compared without case. On a clash, digits replace the tail of
    // the name, more of them the more clashes there were, so that large account counts still find room.
    std::string name = base;
    for (int attempt = 0;; ++attempt) {
        std::string key = name;
        std::transform(key.begin(), key.end(), key.begin(), [](char character) {
            return char(std::tolower(static_cast<unsigned char>(character)));
        });
        if (taken.insert(key).second)
            return name;
        const std::size_t digits = std::min<std::size_t>(2 + std::size_t(attempt) / 8, 12);
        name.assign(base, 0, std::min(base.size(), 15 - digits));
        for (std::size_t index = 0; index < digits; ++index)
            name += char('0' + random.below(10));
    }
}

std::string AccountGenerator::makeDescription(const LanguageVocabulary &language)
{
    Random &random = m_random;
    std::string description;
    if (random.percent(18))
        return description;
    description += random.pick(language.descriptions);
    // Genuine profiles put a raw line break between a bio and its hashtags often enough to matter.
    const char *separator = random.percent(15) ? "\n" : (random.percent(30) ? "  " : " ");
    if (random.percent(35)) {
        description += separator;
        const int tagCount = 1 + int(random.below(3));
        for (int index = 0; index < tagCount; ++index) {
            if (index > 0)
                description += ' ';
            description += '#';
            description +=
                random.percent(80) ? random.pick(language.hashtags) : random.pick(sharedHashtags());
        }
    }
    if (random.percent(20)) {
        description += ' ';
        description += random.pick(emoji());
    }
    if (random.percent(8)) {
        description += ' ';
        description += random.pick(zwjEmoji());
    }
    if (random.percent(25)) {
        description += ' ';
        appendTcoUrl(description, random);
    }
    return description;
}

std::vector<Account> AccountGenerator::generate(std::size_t count)
{
    Random &random = m_random;
    std::size_t languageCount = 0;
    const AccountLanguage *languages = accountLanguages(&languageCount);
    int languageWeightTotal = 0;
    for (std::size_t index = 0; index < languageCount; ++index)
        languageWeightTotal += languages[index].weight;
    std::size_t clientCount = 0;
    const Client *clientList = clients(&clientCount);
    int clientWeightTotal = 0;
    for (std::size_t index = 0; index < clientCount; ++index)
        clientWeightTotal += clientList[index].weight;
    std::size_t placeCount = 0;
    places(&placeCount);
    // Account creation years: most of the genuine accounts were opened in 2013-2014.
    static constexpr int yearWeights[] = {6, 6, 6, 8, 18, 22, 12, 12, 10};
    int yearWeightTotal = 0;
    for (const int weight : yearWeights)
        yearWeightTotal += weight;

    std::unordered_set<std::string> takenIds;
    std::unordered_set<std::string> takenNames;
    std::vector<Account> accounts(count);
    for (std::size_t index = 0; index < count; ++index) {
        Account &account = accounts[index];
        const std::uint64_t kind = random.below(100);
        const bool numeric = kind < 10 || m_allUnhashed;
        const bool hexDigest = kind >= 10 && kind < 55;

        int pick = int(random.below(std::uint64_t(languageWeightTotal)));
        std::size_t languageIndex = 0;
        while (pick >= languages[languageIndex].weight)
            pick -= languages[languageIndex++].weight;
        const AccountLanguage &accountLanguage = languages[languageIndex];
        account.primary = accountLanguage.primary;
        account.secondary = accountLanguage.secondary;
        const LanguageVocabulary &language = vocabulary(account.primary);

        // The first account is old and active so that the earliest tweets always have an author.
        if (index == 0) {
            account.creationDay =
                firstAccountDay + std::int64_t(random.below(std::uint64_t(firstTweetDay - firstAccountDay)));
        } else {
            int yearPick = int(random.below(std::uint64_t(yearWeightTotal)));
            int year = 0;
            while (yearPick >= yearWeights[year])
                yearPick -= yearWeights[year++];
            const std::int64_t yearStart = daysFromCivil(2009 + year, 1, 1);
            const std::int64_t yearEnd = daysFromCivil(2010 + year, 1, 1);
            account.creationDay = yearStart + std::int64_t(random.below(std::uint64_t(yearEnd - yearStart)));
        }
        account.creationDay = std::min(account.creationDay, lastAccountDay);

        account.userId = makeUserId(numeric, hexDigest, account.creationDay, takenIds);
        std::string displayName;
        if (numeric) {
            account.screenName = makeScreenName(takenNames);
            if (m_allUnhashed) {
                // Longer than the 15 characters Twitter allows, so that no genuine handle can match one
                // (the account linker joins accounts by handle); a name too short is drawn again.
                while (m_handlePrefix.size() + account.screenName.size() <= 15)
                    account.screenName = makeScreenName(takenNames);
                account.screenName.insert(0, m_handlePrefix);
            }
            displayName = random.percent(80) ? random.pick(language.displayNames)
                                             : random.pick(vocabulary(Language::English).displayNames);
            if (random.percent(10)) {
                displayName += ' ';
                displayName += random.pick(emoji());
            }
            account.mentionItem = account.userId;
        } else {
            account.screenName = account.userId;
            displayName = account.userId;
            appendPythonString(account.mentionItem, account.userId);
        }

        std::string_view location;
        if (random.percent(75))
            location = random.percent(70) ? random.pick(language.locations)
                                          : random.pick(vocabulary(Language::English).locations);
        const std::string description = makeDescription(language);
        std::string profileUrl;
        if (random.percent(35))
            appendTcoUrl(profileUrl, random);
        // Unhashed accounts are the ones with 5,000 followers or more, which is why Twitter kept their ids.
        const std::uint64_t followers = numeric ? 5000 + random.skewed(400000) : random.skewed(5000);
        const std::uint64_t following = random.skewed(8000);
        const bool floatCounts = random.percent(5) && m_quirks;

        std::string &fields = account.csvFields;
        appendField(fields, account.userId);
        fields += ',';
        appendField(fields, displayName);
        fields += ',';
        appendField(fields, account.screenName);
        fields += ',';
        appendField(fields, location);
        fields += ',';
        appendField(fields, description);
        fields += ',';
        appendField(fields, profileUrl);
        fields += ",\"";
        appendNumber(fields, followers);
        fields += floatCounts ? ".0\",\"" : "\",\"";
        appendNumber(fields, following);
        fields += floatCounts ? ".0\",\"" : "\",\"";
        appendDate(fields, account.creationDay);
        fields += "\",\"";
        fields += accountLanguage.code;
        fields += '"';

        int clientPick = int(random.below(std::uint64_t(clientWeightTotal)));
        std::size_t clientIndex = 0;
        while (clientPick >= clientList[clientIndex].weight)
            clientPick -= clientList[clientIndex++].weight;
        account.client = std::uint16_t(clientIndex);
        account.place = std::uint16_t(random.below(placeCount));

        // A few accounts in the users file never tweet, as in the genuine releases; activity is skewed so
        // that a handful of accounts write most of the tweets.
        const bool silent = index > 0 && random.percent(6);
        const std::uint32_t activity = (1u << random.below(9)) * std::uint32_t(1 + random.below(4));
        account.weight = silent ? 0 : activity;
    }
    return accounts;
}

} // namespace trove::synthetic

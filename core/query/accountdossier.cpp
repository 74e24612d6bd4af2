#include "core/query/accountdossier.h"

#include "core/db/database.h"

#include <QHash>

#include <algorithm>

namespace trove {

namespace {

QByteArray idList(const QList<std::int64_t> &ids)
{
    QByteArray list;
    for (const auto id : ids) {
        if (!list.isEmpty()) {
            list.append(',');
        }
        list.append(QByteArray::number(qint64(id)));
    }
    return list;
}

template<typename Key> QList<QPair<Key, std::int64_t>> ranked(const QHash<Key, std::int64_t> &counts)
{
    QList<QPair<Key, std::int64_t>> list;
    list.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        list.append({it.key(), it.value()});
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return list;
}

QList<RankedValue> rankedValues(const QHash<QString, std::int64_t> &counts)
{
    QList<RankedValue> values;
    for (const auto &[value, count] : ranked(counts)) {
        values.append(RankedValue{value, count});
    }
    return values;
}

// The author handle of a FiveThirtyEight or NBC retweet, which names it only in its text: "RT @name: ...";
// empty when the text does not start so.
QString retweetedHandle(const QString &textStart)
{
    if (!textStart.startsWith(QLatin1String("RT @"))) {
        return {};
    }
    qsizetype end = 4;
    while (end < textStart.size() && end < 4 + 15) {
        const QChar c = textStart.at(end);
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_')) {
            break;
        }
        ++end;
    }
    return textStart.mid(4, end - 4);
}

class DossierReader
{
public:
    DossierReader(Database &db, AccountDossier &dossier, int limit)
        : m_db(db)
        , m_dossier(dossier)
        , m_limit(std::max(1, limit))
        , m_ids(idList(dossier.account.accountIds()))
    {}

    bool readLinked()
    {
        if (m_dossier.account.linkedAccountIds.isEmpty()) {
            return true;
        }
        QString error;
        m_dossier.linkedAccounts = AccountList::unfolded(m_db, m_dossier.account.linkedAccountIds, &error);
        return error.isEmpty();
    }

    bool readActivity()
    {
        const QByteArray sql = "SELECT day, sum(tweets), sum(retweets), sum(replies), sum(quotes) "
                               "FROM activity_daily WHERE account_id IN (" +
                               m_ids + ") GROUP BY day ORDER BY day";
        Statement statement(m_db, sql.constData());
        const QDate epoch(1970, 1, 1);
        std::int64_t all = 0;
        while (statement.next()) {
            ActivityDay day;
            day.day = epoch.addDays(statement.int64(0));
            day.tweets = statement.int64(1);
            day.retweets = statement.int64(2);
            day.replies = statement.int64(3);
            day.quotes = statement.int64(4);
            all += day.tweets;
            m_dossier.retweets += day.retweets;
            m_dossier.replies += day.replies;
            m_dossier.quotes += day.quotes;
            m_dossier.activity.append(day);
        }
        m_dossier.originals = all - m_dossier.retweets - m_dossier.replies - m_dossier.quotes;
        return statement.isValid() && statement.ok();
    }

    // One pass over the account's tweets (tweets_by_account, then each row) for everything counted from
    // the rows themselves: languages, clients, retweeted authors, source files.
    bool readTweets()
    {
        const QByteArray sql =
            "SELECT language, client_id, kind, retweet_of_userid, retweet_of_tweet, source_file_id, "
            "CASE WHEN kind = 1 AND retweet_of_userid IS NULL THEN substr(text, 1, 24) END "
            "FROM tweets WHERE account_id IN (" +
            m_ids + ")";
        Statement statement(m_db, sql.constData());
        Statement author(m_db, "SELECT a.userid FROM tweets t JOIN accounts a ON a.id = t.account_id "
                               "WHERE t.id = ?1");
        QHash<QString, std::int64_t> languages;
        QHash<std::int64_t, std::int64_t> clients;
        QHash<QString, std::int64_t> retweeted;
        QHash<std::int64_t, std::int64_t> files;
        while (statement.next()) {
            ++languages[statement.text(0)];
            ++clients[statement.isNull(1) ? 0 : statement.int64(1)];
            ++files[statement.int64(5)];
            if (statement.int64(2) != 1) {
                continue;
            }
            QString userid = statement.text(3);
            if (userid.isEmpty() && !statement.isNull(4)) {
                // NBC gives the retweeted tweet's id: its author, when the archive holds it.
                author.bind(1, statement.int64(4));
                if (author.next()) {
                    userid = author.text(0);
                }
                author.reset();
            }
            if (userid.isEmpty()) {
                // Keyed as FiveThirtyEight and NBC key their accounts (lower-cased handle); shown as spelled.
                const QString handle = retweetedHandle(statement.text(6));
                if (!handle.isEmpty()) {
                    userid = QStringLiteral("handle:") + handle.toLower();
                    m_spelling.insert(userid, handle);
                }
            }
            if (!userid.isEmpty()) {
                ++retweeted[userid];
            }
        }
        if (!statement.isValid() || !statement.ok() || !author.isValid()) {
            return false;
        }
        m_dossier.languages = rankedValues(languages);

        QHash<std::int64_t, QString> clientNames;
        {
            Statement names(m_db, "SELECT id, name FROM clients");
            while (names.next()) {
                clientNames.insert(names.int64(0), names.text(1));
            }
            if (!names.isValid() || !names.ok()) {
                return false;
            }
        }
        QHash<QString, std::int64_t> clientCounts;
        for (auto it = clients.cbegin(); it != clients.cend(); ++it) {
            clientCounts[clientNames.value(it.key())] += it.value();
        }
        m_dossier.clients = rankedValues(clientCounts);

        auto top = ranked(retweeted);
        if (top.size() > m_limit) {
            top.resize(m_limit);
        }
        if (!resolveAccounts(top, m_dossier.retweeted)) {
            return false;
        }
        return readSources(files);
    }

    bool readSources(const QHash<std::int64_t, std::int64_t> &tweetsByFile)
    {
        const QByteArray sql = "SELECT s.id, c.name, s.path, s.entry, s.format FROM source_files s "
                               "JOIN campaigns c ON c.id = s.campaign_id WHERE s.id IN (" +
                               idList(tweetsByFile.keys()) +
                               ") OR (s.format LIKE '%-users' AND s.campaign_id IN "
                               "(SELECT campaign_id FROM accounts WHERE id IN (" +
                               m_ids + ") AND from_users_file = 1)) ORDER BY c.name, s.path, s.entry";
        Statement statement(m_db, sql.constData());
        while (statement.next()) {
            DossierSource source;
            source.sourceFileId = statement.int64(0);
            source.campaign = statement.text(1);
            const QString entry = statement.text(3);
            source.file =
                entry.isEmpty() ? statement.text(2) : statement.text(2) + QStringLiteral(" › ") + entry;
            source.format = statement.text(4);
            source.tweets = tweetsByFile.value(source.sourceFileId);
            source.usersFile = source.format.endsWith(QLatin1String("-users"));
            m_dossier.sources.append(source);
        }
        return statement.isValid() && statement.ok();
    }

    bool readHashtags()
    {
        const QByteArray sql = "SELECT h.tag, x.n FROM (SELECT hashtag_id, count(*) AS n FROM tweet_hashtags "
                               "WHERE tweet_id IN (SELECT id FROM tweets WHERE account_id IN (" +
                               m_ids +
                               ")) GROUP BY hashtag_id ORDER BY n DESC, hashtag_id LIMIT ?1) x "
                               "JOIN hashtags h ON h.id = x.hashtag_id ORDER BY x.n DESC, h.tag";
        Statement statement(m_db, sql.constData());
        statement.bind(1, m_limit);
        while (statement.next()) {
            m_dossier.hashtags.append(RankedValue{statement.text(0), statement.int64(1)});
        }
        return statement.isValid() && statement.ok();
    }

    bool readDomains()
    {
        const QByteArray sql = "SELECT domain, count(DISTINCT tweet_id) AS n FROM tweet_urls "
                               "WHERE tweet_id IN (SELECT id FROM tweets WHERE account_id IN (" +
                               m_ids +
                               ")) AND domain IS NOT NULL AND domain <> '' "
                               "GROUP BY domain ORDER BY n DESC, domain LIMIT ?1";
        Statement statement(m_db, sql.constData());
        statement.bind(1, m_limit);
        while (statement.next()) {
            m_dossier.domains.append(RankedValue{statement.text(0), statement.int64(1)});
        }
        return statement.isValid() && statement.ok();
    }

    bool readMentions()
    {
        const QByteArray sql = "SELECT userid, count(*) AS n FROM tweet_mentions "
                               "WHERE tweet_id IN (SELECT id FROM tweets WHERE account_id IN (" +
                               m_ids + ")) GROUP BY userid ORDER BY n DESC, userid LIMIT ?1";
        Statement statement(m_db, sql.constData());
        statement.bind(1, m_limit);
        QList<QPair<QString, std::int64_t>> top;
        while (statement.next()) {
            top.append({statement.text(0), statement.int64(1)});
        }
        if (!statement.isValid() || !statement.ok()) {
            return false;
        }
        return resolveAccounts(top, m_dossier.mentioned);
    }

    bool readMedia()
    {
        const QByteArray counts = "SELECT kind, count(*) AS n FROM media WHERE account_id IN (" + m_ids +
                                  ") GROUP BY kind ORDER BY n DESC, kind";
        Statement kinds(m_db, counts.constData());
        while (kinds.next()) {
            m_dossier.mediaKinds.append(RankedValue{kinds.text(0), kinds.int64(1)});
            m_dossier.mediaTotal += kinds.int64(1);
        }
        if (!kinds.isValid() || !kinds.ok()) {
            return false;
        }
        // Profile images first, then tweet media newest first (tweet ids grow with time), banners last.
        const QByteArray recent =
            "SELECT m.id, m.kind, coalesce(m.tweet_id, 0), t.time, m.format FROM media m "
            "LEFT JOIN tweets t ON t.id = m.tweet_id WHERE m.account_id IN (" +
            m_ids +
            ") ORDER BY CASE WHEN m.tweet_id IS NULL AND m.kind = 'profile' THEN 0 "
            "WHEN m.tweet_id IS NOT NULL THEN 1 ELSE 2 END, m.tweet_id DESC, m.archive_id, m.entry_index "
            "LIMIT ?1";
        Statement statement(m_db, recent.constData());
        statement.bind(1, AccountDossierQuery::MaximumRecentMedia);
        while (statement.next()) {
            DossierMedia media;
            media.mediaId = statement.int64(0);
            media.kind = mediaKindFromName(statement.text(1));
            media.tweetId = statement.int64(2);
            if (!statement.isNull(3)) {
                media.time = QDateTime::fromSecsSinceEpoch(statement.int64(3), Qt::UTC);
            }
            media.format = statement.text(4);
            m_dossier.recentMedia.append(media);
        }
        return statement.isValid() && statement.ok();
    }

private:
    // Names the accounts behind @p userids (with their counts): the cache's account when it holds one
    // (the dossier account's campaign first), else the alias of a hash, else the userid itself.
    bool resolveAccounts(const QList<QPair<QString, std::int64_t>> &userids, QList<RankedAccount> &out)
    {
        Statement lookup(m_db, "SELECT id, hashed, alias, screen_name, display_name FROM accounts "
                               "WHERE campaign_id IN (SELECT id FROM campaigns) AND userid = ?1 "
                               "ORDER BY campaign_id = ?2 DESC, id LIMIT 1");
        if (!lookup.isValid()) {
            return false;
        }
        for (const auto &[userid, count] : userids) {
            RankedAccount account;
            account.userid = userid;
            account.count = count;
            lookup.bind(1, userid);
            lookup.bind(2, m_dossier.account.campaignId);
            if (lookup.next()) {
                account.accountId = lookup.int64(0);
                account.hashed = lookup.int64(1) != 0;
                const QString screenName = lookup.text(3);
                account.name = account.hashed ? lookup.text(2) : screenName;
                account.displayName = lookup.text(4);
                if (account.hashed && (account.displayName == screenName || account.displayName == userid)) {
                    account.displayName.clear();
                }
            } else if (!lookup.ok()) {
                return false;
            } else if (AccountList::isHashedUserid(userid)) {
                account.hashed = true;
                account.name = AccountList::aliasFor(userid);
            } else if (userid.startsWith(QLatin1String("handle:"))) {
                account.name = m_spelling.value(userid, userid.mid(7));
            } else {
                account.name = userid;
            }
            if (account.name.isEmpty()) {
                account.name = userid;
            }
            lookup.reset();
            out.append(account);
        }
        return true;
    }

    Database &m_db;
    AccountDossier &m_dossier;
    int m_limit;
    QByteArray m_ids;
    QHash<QString, QString> m_spelling; // 'handle:name' -> the handle as a retweet's text spells it
};

} // namespace

AccountDossier AccountDossierQuery::load(Database &db, std::int64_t accountId, unsigned parts, int limit,
                                         const std::atomic_bool *cancel)
{
    AccountDossier dossier;
    CancelScope guard(db, cancel);
    auto finish = [&](bool ok, const QString &what) {
        if (ok) {
            dossier.ok = true;
            dossier.parts = parts;
            return dossier;
        }
        AccountDossier failed;
        failed.cancelled = cancel && cancel->load();
        failed.errorString = failed.cancelled
                                 ? QStringLiteral("cancelled")
                                 : QStringLiteral("cannot read the %1: %2").arg(what, db.errorString());
        return failed;
    };

    // Between the parts too: a small read can end before the progress handler ever looks at the flag.
    auto cancelled = [&] { return cancel && cancel->load(); };
    QString error;
    auto record = AccountList::account(db, accountId, &error);
    if (!record || cancelled()) {
        AccountDossier failed;
        failed.cancelled = cancelled();
        failed.errorString = failed.cancelled ? QStringLiteral("cancelled") : error;
        return failed;
    }
    dossier.account = *record;
    DossierReader reader(db, dossier, limit);
    if (parts & Overview) {
        if (!reader.readLinked() || cancelled()) {
            return finish(false, QStringLiteral("linked accounts"));
        }
        if (!reader.readActivity() || cancelled()) {
            return finish(false, QStringLiteral("daily activity"));
        }
        if (!reader.readTweets() || cancelled()) {
            return finish(false, QStringLiteral("account's tweets"));
        }
    }
    if (parts & Entities) {
        if (!reader.readHashtags() || cancelled()) {
            return finish(false, QStringLiteral("hashtags"));
        }
        if (!reader.readDomains() || cancelled()) {
            return finish(false, QStringLiteral("links"));
        }
        if (!reader.readMentions() || cancelled()) {
            return finish(false, QStringLiteral("mentions"));
        }
    }
    if (parts & Media) {
        if (!reader.readMedia() || cancelled()) {
            return finish(false, QStringLiteral("media"));
        }
    }
    return finish(true, QString());
}

} // namespace trove

#include "core/db/database.h"
#include "core/query/accountdossier.h"
#include "core/query/accountlist.h"
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"

#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace trove;
using namespace trove::test;

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA);
const QString HashedUserId =
    QStringLiteral("57e2082d64baa89d01d3c03b4beaf9e6708ab209378f7dcd849cb2c9034ee362");

std::int64_t idOf(Database &db, const QString &campaignKey, const QString &userid)
{
    Statement statement(db, "SELECT a.id FROM accounts a JOIN campaigns c ON c.id = a.campaign_id "
                            "WHERE c.key = ?1 AND a.userid = ?2");
    statement.bind(1, campaignKey);
    statement.bind(2, userid);
    return statement.next() ? statement.int64(0) : -1;
}

const AccountRecord *find(const QList<AccountRecord> &records, std::int64_t accountId)
{
    for (const AccountRecord &record : records) {
        if (record.accountId == accountId) {
            return &record;
        }
    }
    return nullptr;
}

QDateTime utc(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// (value, count) pairs of a query returning two columns.
QList<QPair<QString, std::int64_t>> pairs(Database &db, const QString &sql)
{
    QList<QPair<QString, std::int64_t>> result;
    Statement statement(db, sql.toUtf8().constData());
    while (statement.next()) {
        result.append({statement.text(0), statement.int64(1)});
    }
    return result;
}

// A ranked list of at most @p limit (name, count) is right when its counts are the @p limit highest
// counts of the independent full list and each entry has its independent count (ties may cut either way).
template<typename Entry, typename KeyOf>
void verifyRanked(const QList<Entry> &list, const QList<QPair<QString, std::int64_t>> &full, int limit,
                  KeyOf keyOf)
{
    QHash<QString, std::int64_t> expected;
    QList<std::int64_t> counts;
    for (const auto &[key, count] : full) {
        expected.insert(key, count);
        counts.append(count);
    }
    std::sort(counts.begin(), counts.end(), std::greater<>());
    counts = counts.mid(0, limit);
    QList<std::int64_t> got;
    for (const Entry &entry : list) {
        QVERIFY2(expected.contains(keyOf(entry)), qPrintable(keyOf(entry)));
        QCOMPARE(entry.count, expected.value(keyOf(entry)));
        got.append(entry.count);
    }
    QCOMPARE(got, counts);
}

} // namespace

class TestAccountQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listMatchesAccountsTable();
    void linkedPairIsOneRow();
    void hashedPairKeepsAlias();
    void selectionOfOneSideListsThePair();
    void unknownValues();
    void dormancy();
    void sourcesOfEachKind();
    void cancelledLoad();
    void aliasMatchesImporter();
    void accountOfLinkedSideGivesPair();
    void dossierOfFixtureAccount();
    void dossierRetweetsByText();
    void dossierResolvesMentions();
    void dossierPartsAreSeparate();
    void dossierOfUnknownAccount();
    void generatedArchiveList();
    void generatedArchiveDossier();

private:
    QTemporaryDir m_dir;
    QString m_cache;     // the fixtures: links, quirks, FiveThirtyEight, NBC
    QString m_generated; // a generated archive
    Database m_db;
};

void TestAccountQueries::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("fixtures.trove"));
    for (const QStringList &inputs :
         {QStringList{Data + QStringLiteral("/links")},
          QStringList{Data + QStringLiteral("/twitter/quirks_tweets_csv_hashed.csv"),
                      Data + QStringLiteral("/twitter/quirks_users_csv_hashed.csv")},
          QStringList{Data + QStringLiteral("/fivethirtyeight"), Data + QStringLiteral("/nbc")}}) {
        const ImportSummary summary = import(m_cache, inputs);
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
    }
    QVERIFY(m_db.open(m_cache, Database::Mode::ReadOnly));
}

void TestAccountQueries::listMatchesAccountsTable()
{
    const AccountListResult result = AccountList::load(m_db, {});
    QVERIFY2(result.ok, qPrintable(result.errorString));
    // Every account but the FiveThirtyEight sides of links has a row.
    QCOMPARE(result.accounts.size(),
             count(m_db, "SELECT count(*) FROM accounts WHERE id NOT IN (SELECT linked_account_id FROM "
                         "account_links)"));
    Statement statement(m_db,
                        "SELECT a.id, c.name, a.userid, a.hashed, a.alias, a.screen_name, a.display_name, "
                        "a.location, a.description, a.profile_url, coalesce(a.follower_count, -1), "
                        "coalesce(a.following_count, -1), a.created, a.language, a.category, "
                        "a.account_type, a.campaign_id FROM accounts a JOIN campaigns c ON "
                        "c.id = a.campaign_id WHERE a.id NOT IN (SELECT account_id FROM account_links) "
                        "AND a.id NOT IN (SELECT linked_account_id FROM account_links)");
    int checked = 0;
    while (statement.next()) {
        const AccountRecord *record = find(result.accounts, statement.int64(0));
        QVERIFY(record);
        QCOMPARE(record->campaign, statement.text(1));
        QCOMPARE(record->campaignId, statement.int64(16));
        QCOMPARE(record->userid, statement.text(2));
        QCOMPARE(record->hashed, statement.int64(3) != 0);
        QCOMPARE(record->alias, statement.text(4));
        QCOMPARE(record->screenName, statement.text(5));
        QCOMPARE(record->displayName, record->hashed ? QString() : statement.text(6));
        QCOMPARE(record->location, statement.text(7));
        QCOMPARE(record->description, statement.text(8));
        QCOMPARE(record->profileUrl, statement.text(9));
        QCOMPARE(record->followers, statement.int64(10));
        QCOMPARE(record->following, statement.int64(11));
        QCOMPARE(record->created, statement.isNull(12) ? QDateTime() : utc(statement.int64(12)));
        QCOMPARE(record->language, statement.text(13));
        QCOMPARE(record->category, statement.text(14));
        QCOMPARE(record->accountType, statement.text(15));
        QVERIFY(record->linkedAccountIds.isEmpty());
        // The figures against the tweets themselves, not the counters the importer keeps.
        const QString where = QStringLiteral(" FROM tweets WHERE account_id = %1").arg(record->accountId);
        QCOMPARE(record->tweetCount, count(m_db, qPrintable(QStringLiteral("SELECT count(*)") + where)));
        const auto first = count(m_db, qPrintable(QStringLiteral("SELECT coalesce(min(time), -1)") + where));
        const auto last = count(m_db, qPrintable(QStringLiteral("SELECT coalesce(max(time), -1)") + where));
        QCOMPARE(record->firstTweet, first < 0 ? QDateTime() : utc(first));
        QCOMPARE(record->lastTweet, last < 0 ? QDateTime() : utc(last));
        ++checked;
    }
    QCOMPARE(checked, result.accounts.size() - 3); // the three Twitter sides of links, checked below
}

void TestAccountQueries::linkedPairIsOneRow()
{
    const AccountListResult result = AccountList::load(m_db, {});
    QVERIFY(result.ok);
    const auto fte = idOf(m_db, QStringLiteral("irahandle"), QStringLiteral("handle:inside_syria"));
    QVERIFY(fte > 0);
    QVERIFY(!find(result.accounts, fte));
    // Inside_Syria is in two Twitter campaigns (links, quirks): its 538 account folds into both.
    for (const QString &campaign : {QStringLiteral("links"), QStringLiteral("quirks")}) {
        const auto twitter = idOf(m_db, campaign, QStringLiteral("4125840934"));
        const AccountRecord *record = find(result.accounts, twitter);
        QVERIFY(record);
        QCOMPARE(record->screenName, QStringLiteral("Inside_Syria"));
        QCOMPARE(record->displayName, QStringLiteral("Inside Syria MC"));
        QCOMPARE(record->linkedAccountIds, QList<std::int64_t>{fte});
        QCOMPARE(record->linkedScreenNames, QStringList{QStringLiteral("INSIDE_SYRIA")});
        QCOMPARE(record->linkedCampaigns, QStringList{QStringLiteral("irahandle")});
        QCOMPARE(record->accountIds(), (QList<std::int64_t>{twitter, fte}));
        QCOMPARE(record->sources, unsigned(AccountRecord::TwitterArchive | AccountRecord::FiveThirtyEight));
        QCOMPARE(record->category, QStringLiteral("NewsFeed"));
        QCOMPARE(record->accountType, QStringLiteral("Arabic"));
        const QString where =
            QStringLiteral(" FROM tweets WHERE account_id IN (%1, %2)").arg(twitter).arg(fte);
        QCOMPARE(record->tweetCount, count(m_db, qPrintable(QStringLiteral("SELECT count(*)") + where)));
        QCOMPARE(record->firstTweet,
                 utc(count(m_db, qPrintable(QStringLiteral("SELECT min(time)") + where))));
        QCOMPARE(record->lastTweet, utc(count(m_db, qPrintable(QStringLiteral("SELECT max(time)") + where))));
    }
    // links: its own tweet (2017-08-06 08:15) and the 538 one (10:00); quirks: three of its own and that one.
    const AccountRecord *links =
        find(result.accounts, idOf(m_db, QStringLiteral("links"), QStringLiteral("4125840934")));
    QCOMPARE(links->tweetCount, 2);
    QCOMPARE(links->firstTweet, utc(1502007300));
    QCOMPARE(links->lastTweet, utc(1502013600));
    const AccountRecord *quirks =
        find(result.accounts, idOf(m_db, QStringLiteral("quirks"), QStringLiteral("4125840934")));
    QCOMPARE(quirks->tweetCount, 4);
    QCOMPARE(quirks->firstTweet, utc(1241172000)); // the 2009 pre-snowflake tweet
}

void TestAccountQueries::hashedPairKeepsAlias()
{
    const AccountListResult result = AccountList::load(m_db, {});
    const auto twitter = idOf(m_db, QStringLiteral("links"), HashedUserId);
    const auto fte = idOf(m_db, QStringLiteral("irahandle"), QStringLiteral("handle:americanvoice"));
    const AccountRecord *record = find(result.accounts, twitter);
    QVERIFY(record);
    QVERIFY(record->hashed);
    QCOMPARE(record->alias, QStringLiteral("Anon-6FC26S"));
    QCOMPARE(record->shownName(), QStringLiteral("Anon-6FC26S"));
    QCOMPARE(record->screenName, HashedUserId);
    QCOMPARE(record->displayName, QString()); // the archive put the digest there
    QCOMPARE(record->linkedAccountIds, QList<std::int64_t>{fte});
    QCOMPARE(record->linkedScreenNames, QStringList{QStringLiteral("AmericanVoice")});
    QCOMPARE(record->category, QStringLiteral("LeftTroll"));
    // The shared tweet is stored once, under whichever account came first (AmericanVoice here).
    QCOMPARE(record->tweetCount, 1);
    QCOMPARE(record->followers, 2314); // its own, not FiveThirtyEight's 20
    QVERIFY(!find(result.accounts, fte));
    // The 538 account whose handle spells the digest is no link: a row of its own.
    const auto unlinked = idOf(m_db, QStringLiteral("irahandle"), QStringLiteral("handle:") + HashedUserId);
    QVERIFY(find(result.accounts, unlinked));
}

void TestAccountQueries::selectionOfOneSideListsThePair()
{
    const auto links = count(m_db, "SELECT id FROM campaigns WHERE key = 'links'");
    const auto irahandle = count(m_db, "SELECT id FROM campaigns WHERE key = 'irahandle'");
    AccountListResult result = AccountList::load(m_db, {links});
    QVERIFY(result.ok);
    QCOMPARE(result.accounts.size(), 2);
    for (const AccountRecord &record : result.accounts) {
        QCOMPARE(record.campaignId, links);
        QCOMPARE(record.linkedAccountIds.size(), 1);
        QCOMPARE(record.linkedCampaignIds, QList<std::int64_t>{irahandle});
    }
    // Only the 538 campaign: its linked accounts show as their pairs (three Twitter rows), the rest alone.
    result = AccountList::load(m_db, {irahandle});
    QVERIFY(result.ok);
    QCOMPARE(result.accounts.size(), count(m_db, "SELECT count(*) FROM accounts a JOIN campaigns c ON "
                                                 "c.id = a.campaign_id WHERE c.key = 'irahandle'") -
                                         2 + 3);
    int pairs = 0;
    for (const AccountRecord &record : result.accounts) {
        if (record.campaignId != irahandle) {
            QVERIFY(record.isLinked());
            ++pairs;
        }
    }
    QCOMPARE(pairs, 3);
}

void TestAccountQueries::unknownValues()
{
    const AccountListResult result = AccountList::load(m_db, {});
    // An NBC account known from tweets only: no profile figures.
    const AccountRecord *nbc =
        find(result.accounts, idOf(m_db, QStringLiteral("nbc"), QStringLiteral("handle:hyddrox")));
    QVERIFY(nbc);
    QCOMPARE(nbc->followers, -1);
    QCOMPARE(nbc->following, -1);
    QVERIFY(!nbc->created.isValid());
    QVERIFY(!nbc->dormancyDays.has_value());
    QCOMPARE(nbc->category, QString());
    QCOMPARE(nbc->tweetCount, 1);
    // An account that never tweeted: no first or last tweet, no dormancy although created is known.
    const AccountRecord *quiet =
        find(result.accounts, idOf(m_db, QStringLiteral("quirks"), QStringLiteral("999999999")));
    QVERIFY(quiet);
    QCOMPARE(quiet->tweetCount, 0);
    QVERIFY(!quiet->firstTweet.isValid());
    QVERIFY(!quiet->lastTweet.isValid());
    QCOMPARE(quiet->created, QDateTime(QDate(2012, 12, 12), QTime(0, 0), Qt::UTC));
    QVERIFY(!quiet->dormancyDays.has_value());
    // A users-file date the importer could not read stays unknown.
    const AccountRecord *badDate =
        find(result.accounts, idOf(m_db, QStringLiteral("nbc"), QStringLiteral("handle:baddateuser")));
    QVERIFY(badDate);
    QVERIFY(!badDate->created.isValid());
}

void TestAccountQueries::dormancy()
{
    const AccountListResult result = AccountList::load(m_db, {});
    int known = 0;
    for (const AccountRecord &record : result.accounts) {
        if (!record.created.isValid() || !record.firstTweet.isValid()) {
            QVERIFY(!record.dormancyDays.has_value());
            continue;
        }
        QVERIFY(record.dormancyDays.has_value());
        // Independently: SQLite's calendar days between the two UTC dates.
        const auto expected =
            count(m_db, qPrintable(QStringLiteral("SELECT CAST(julianday(date(%1, 'unixepoch')) - "
                                                  "julianday(date(%2, 'unixepoch')) AS INTEGER)")
                                       .arg(record.firstTweet.toSecsSinceEpoch())
                                       .arg(record.created.toSecsSinceEpoch())));
        QCOMPARE(*record.dormancyDays, expected);
        ++known;
    }
    QVERIFY(known >= 5);
    // Inside_Syria (links): created 2015-11-06, first tweet 2017-08-06: 639 days.
    const AccountRecord *links =
        find(result.accounts, idOf(m_db, QStringLiteral("links"), QStringLiteral("4125840934")));
    QCOMPARE(links->dormancyDays.value_or(-1), 639);
    // Before creation (the 2009 tweet of an account the users file says was created in 2015): negative.
    const AccountRecord *quirks =
        find(result.accounts, idOf(m_db, QStringLiteral("quirks"), QStringLiteral("4125840934")));
    QVERIFY(quirks->dormancyDays.value_or(0) < 0);
}

void TestAccountQueries::sourcesOfEachKind()
{
    const AccountListResult result = AccountList::load(m_db, {});
    QCOMPARE(
        find(result.accounts, idOf(m_db, QStringLiteral("nbc"), QStringLiteral("handle:kathiemrr")))->sources,
        unsigned(AccountRecord::NbcNews));
    QCOMPARE(find(result.accounts, idOf(m_db, QStringLiteral("irahandle"), QStringLiteral("handle:10_gop")))
                 ->sources,
             unsigned(AccountRecord::FiveThirtyEight));
    QCOMPARE(find(result.accounts, idOf(m_db, QStringLiteral("quirks"),
                                        QStringLiteral("aB-_3kQzL0pWm8nV2cX7rT5yU1iO9eE4wS6dF0gH3j")))
                 ->sources,
             unsigned(AccountRecord::TwitterArchive));
}

void TestAccountQueries::cancelledLoad()
{
    std::atomic_bool cancel{true};
    const AccountListResult result = AccountList::load(m_db, {}, &cancel);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.accounts.isEmpty());
    // The connection works again afterwards.
    QVERIFY(AccountList::load(m_db, {}).ok);
    const AccountDossier dossier =
        AccountDossierQuery::load(m_db, idOf(m_db, QStringLiteral("quirks"), QStringLiteral("4125840934")),
                                  AccountDossierQuery::AllParts, 10, &cancel);
    QVERIFY(!dossier.ok);
    QVERIFY(dossier.cancelled);
}

void TestAccountQueries::aliasMatchesImporter()
{
    Statement statement(m_db, "SELECT userid, alias FROM accounts WHERE hashed = 1");
    int n = 0;
    while (statement.next()) {
        QCOMPARE(AccountList::aliasFor(statement.text(0)), statement.text(1));
        QVERIFY(AccountList::isHashedUserid(statement.text(0)));
        ++n;
    }
    QVERIFY(n >= 3);
    QVERIFY(!AccountList::isHashedUserid(QStringLiteral("4125840934")));
    QVERIFY(!AccountList::isHashedUserid(QStringLiteral("handle:10_gop")));
}

void TestAccountQueries::accountOfLinkedSideGivesPair()
{
    const auto twitter = idOf(m_db, QStringLiteral("links"), HashedUserId);
    const auto fte = idOf(m_db, QStringLiteral("irahandle"), QStringLiteral("handle:americanvoice"));
    QString error;
    const auto record = AccountList::account(m_db, fte, &error);
    QVERIFY2(record, qPrintable(error));
    QCOMPARE(record->accountId, twitter);
    QCOMPARE(record->linkedAccountIds, QList<std::int64_t>{fte});
    const AccountListResult list = AccountList::load(m_db, {});
    QCOMPARE(record->tweetCount, find(list.accounts, twitter)->tweetCount);
    QVERIFY(!AccountList::account(m_db, 999999, &error));
    QVERIFY(error.contains(QStringLiteral("999999")));
    const QList<AccountRecord> plain = AccountList::unfolded(m_db, {fte, twitter});
    QCOMPARE(plain.size(), 2);
    QCOMPARE(plain.at(0).accountId, std::min(fte, twitter));
    QVERIFY(plain.at(0).linkedAccountIds.isEmpty());
}

void TestAccountQueries::dossierOfFixtureAccount()
{
    // Inside_Syria of the quirks campaign, with its FiveThirtyEight side.
    const auto twitter = idOf(m_db, QStringLiteral("quirks"), QStringLiteral("4125840934"));
    const auto fte = idOf(m_db, QStringLiteral("irahandle"), QStringLiteral("handle:inside_syria"));
    const AccountDossier dossier = AccountDossierQuery::load(m_db, twitter);
    QVERIFY2(dossier.ok, qPrintable(dossier.errorString));
    QCOMPARE(dossier.parts, unsigned(AccountDossierQuery::AllParts));
    QCOMPARE(dossier.account.accountId, twitter);
    QCOMPARE(dossier.linkedAccounts.size(), 1);
    QCOMPARE(dossier.linkedAccounts.at(0).accountId, fte);
    QCOMPARE(dossier.linkedAccounts.at(0).screenName, QStringLiteral("INSIDE_SYRIA"));
    QCOMPARE(dossier.linkedAccounts.at(0).tweetCount, 1);
    // Kinds: three originals and a quote.
    QCOMPARE(dossier.originals, 3);
    QCOMPARE(dossier.quotes, 1);
    QCOMPARE(dossier.retweets, 0);
    QCOMPARE(dossier.replies, 0);
    std::int64_t days = 0;
    for (const ActivityDay &day : dossier.activity) {
        days += day.tweets;
    }
    QCOMPARE(days, 4);
    QCOMPARE(dossier.activity.first().day, QDate(2009, 5, 1));
    // Languages: en 3, ar 1; clients: three named ones and the 538 tweet without one.
    QCOMPARE(dossier.languages.size(), 2);
    QCOMPARE(dossier.languages.at(0).value, QStringLiteral("en"));
    QCOMPARE(dossier.languages.at(0).count, 3);
    QCOMPARE(dossier.languages.at(1).value, QStringLiteral("ar"));
    std::int64_t clients = 0;
    for (const RankedValue &client : dossier.clients) {
        clients += client.count;
    }
    QCOMPARE(clients, 4);
    // Hashtags of its three tagged tweets, each once, in name order.
    QStringList tags;
    for (const RankedValue &tag : dossier.hashtags) {
        QCOMPARE(tag.count, 1);
        tags.append(tag.value);
    }
    QCOMPARE(tags, (QStringList{"hama", "insidesyriamc", "it's, fine", "syria", "syrianarmy"}));
    QStringList domains;
    for (const RankedValue &domain : dossier.domains) {
        domains.append(domain.value + QLatin1Char('=') + QString::number(domain.count));
    }
    QCOMPARE(domains, (QStringList{"en.insidesyriamc.com=1", "example.org=1"}));
    QVERIFY(dossier.mentioned.isEmpty());
    QVERIFY(dossier.retweeted.isEmpty());
    // Sources: the quirks tweets file (3 tweets), its users file, the 538 file (1 tweet).
    QStringList sources;
    for (const DossierSource &source : dossier.sources) {
        sources.append(QFileInfo(source.file).fileName() + QLatin1Char('=') + QString::number(source.tweets) +
                       (source.usersFile ? QStringLiteral(" users") : QString()));
    }
    sources.sort();
    QCOMPARE(sources, (QStringList{"IRAhandle_tweets_9.csv=1", "quirks_tweets_csv_hashed.csv=3",
                                   "quirks_users_csv_hashed.csv=0 users"}));
}

void TestAccountQueries::dossierRetweetsByText()
{
    // FiveThirtyEight names the retweeted account only in the text: "RT @realDonaldTrump: ...".
    const auto tenGop = idOf(m_db, QStringLiteral("irahandle"), QStringLiteral("handle:ten_gop"));
    AccountDossier dossier = AccountDossierQuery::load(m_db, tenGop);
    QVERIFY(dossier.ok);
    QCOMPARE(dossier.retweets, 2);
    QStringList names;
    for (const RankedAccount &account : dossier.retweeted) {
        QCOMPARE(account.count, 1);
        QCOMPARE(account.accountId, 0); // neither is in the archive
        names.append(account.name + QLatin1Char(' ') + account.userid);
    }
    QCOMPARE(names,
             (QStringList{"DailyCaller handle:dailycaller", "realDonaldTrump handle:realdonaldtrump"}));
    QStringList domains;
    for (const RankedValue &domain : dossier.domains) {
        domains.append(domain.value);
    }
    QCOMPARE(domains, QStringList{"dailycaller.com"});

    // The hashed quirks account retweets a numeric userid that is not in the archive.
    dossier = AccountDossierQuery::load(m_db, idOf(m_db, QStringLiteral("quirks"), HashedUserId));
    QVERIFY(dossier.ok);
    QCOMPARE(dossier.retweeted.size(), 1);
    QCOMPARE(dossier.retweeted.at(0).userid, QStringLiteral("16307778"));
    QCOMPARE(dossier.retweeted.at(0).name, QStringLiteral("16307778"));
    QCOMPARE(dossier.retweeted.at(0).accountId, 0);
    QCOMPARE(dossier.mentioned.size(), 1);
    QCOMPARE(dossier.mentioned.at(0).userid, QStringLiteral("16307778"));
}

void TestAccountQueries::dossierResolvesMentions()
{
    // The Persian reply mentions Inside_Syria, who is in two campaigns: its own campaign's account wins.
    const auto hashed =
        idOf(m_db, QStringLiteral("quirks"), QStringLiteral("Xk3b+9vQ2mLr/aZ0pW8sTn4yHc1dFg6JuEo5iKqVtB7="));
    const AccountDossier dossier = AccountDossierQuery::load(m_db, hashed);
    QVERIFY(dossier.ok);
    QCOMPARE(dossier.account.alias, QStringLiteral("Anon-6Y4HCP"));
    QCOMPARE(dossier.mentioned.size(), 1);
    const RankedAccount &mention = dossier.mentioned.at(0);
    QCOMPARE(mention.accountId, idOf(m_db, QStringLiteral("quirks"), QStringLiteral("4125840934")));
    QCOMPARE(mention.name, QStringLiteral("Inside_Syria"));
    QCOMPARE(mention.displayName, QStringLiteral("Inside Syria MC"));
    QCOMPARE(mention.count, 1);
    QCOMPARE(dossier.hashtags.size(), 1);
    QCOMPARE(dossier.hashtags.at(0).value, QStringLiteral("ایران_آزاد"));
    QCOMPARE(dossier.replies, 1);

    // NBC: a retweet by the retweeted tweet's id (not in the archive), named by its text; a mention by
    // handle.
    const AccountDossier nbc = AccountDossierQuery::load(
        m_db, idOf(m_db, QStringLiteral("nbc"), QStringLiteral("handle:ameliebaldwin")));
    QVERIFY(nbc.ok);
    QCOMPARE(nbc.retweeted.size(), 1);
    QCOMPARE(nbc.retweeted.at(0).name, QStringLiteral("realDonaldTrump"));
    QCOMPARE(nbc.mentioned.size(), 1);
    QCOMPARE(nbc.mentioned.at(0).userid, QStringLiteral("handle:realdonaldtrump"));
    QCOMPARE(nbc.mentioned.at(0).accountId, 0);
}

void TestAccountQueries::dossierPartsAreSeparate()
{
    const auto twitter = idOf(m_db, QStringLiteral("quirks"), QStringLiteral("4125840934"));
    const AccountDossier overview = AccountDossierQuery::load(m_db, twitter, AccountDossierQuery::Overview);
    QVERIFY(overview.ok);
    QCOMPARE(overview.parts, unsigned(AccountDossierQuery::Overview));
    QVERIFY(!overview.languages.isEmpty());
    QVERIFY(overview.hashtags.isEmpty());
    const AccountDossier entities =
        AccountDossierQuery::load(m_db, twitter, AccountDossierQuery::Entities, 2);
    QVERIFY(entities.ok);
    QVERIFY(entities.languages.isEmpty());
    QVERIFY(entities.activity.isEmpty());
    QCOMPARE(entities.hashtags.size(), 2); // the limit
    QCOMPARE(entities.account.accountId, twitter);
}

void TestAccountQueries::dossierOfUnknownAccount()
{
    const AccountDossier dossier = AccountDossierQuery::load(m_db, 123456789);
    QVERIFY(!dossier.ok);
    QVERIFY(!dossier.cancelled);
    QVERIFY(dossier.errorString.contains(QStringLiteral("123456789")));
}

void TestAccountQueries::generatedArchiveList()
{
    const QString directory = m_dir.filePath(QStringLiteral("generated"));
    GeneratorOptions options;
    options.outputDirectory = directory;
    options.tweets = 30000;
    options.accounts = 60;
    options.seed = 7;
    const GeneratorResult generated = ArchiveGenerator::generate(options);
    QVERIFY2(generated.ok, qPrintable(generated.errorString));
    m_generated = m_dir.filePath(QStringLiteral("generated.trove"));
    const ImportSummary summary = import(m_generated, {directory});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    const AccountListResult result = AccountList::load(db, {});
    QVERIFY(result.ok);
    QCOMPARE(result.accounts.size(), count(db, "SELECT count(*) FROM accounts"));
    QVERIFY(result.accounts.size() >= 60);
    Statement statement(db,
                        "SELECT a.id, count(t.id), min(t.time), max(t.time), a.hashed, a.alias, a.created "
                        "FROM accounts a LEFT JOIN tweets t ON t.account_id = a.id GROUP BY a.id");
    int withDormancy = 0;
    while (statement.next()) {
        const AccountRecord *record = find(result.accounts, statement.int64(0));
        QVERIFY(record);
        QCOMPARE(record->tweetCount, statement.int64(1));
        QCOMPARE(record->firstTweet, statement.isNull(2) ? QDateTime() : utc(statement.int64(2)));
        QCOMPARE(record->lastTweet, statement.isNull(3) ? QDateTime() : utc(statement.int64(3)));
        QCOMPARE(record->hashed, statement.int64(4) != 0);
        QCOMPARE(record->alias, statement.text(5));
        QCOMPARE(record->sources, unsigned(AccountRecord::TwitterArchive));
        if (record->dormancyDays) {
            const QDate created = utc(statement.int64(6)).date();
            QCOMPARE(*record->dormancyDays, created.daysTo(utc(statement.int64(2)).date()));
            ++withDormancy;
        }
    }
    QVERIFY(withDormancy > 50);
}

void TestAccountQueries::generatedArchiveDossier()
{
    QVERIFY(!m_generated.isEmpty());
    Database db;
    QVERIFY(db.open(m_generated, Database::Mode::ReadOnly));
    const auto account = count(db, "SELECT account_id FROM tweets GROUP BY account_id ORDER BY count(*) DESC "
                                   "LIMIT 1");
    const int limit = 8;
    const AccountDossier dossier =
        AccountDossierQuery::load(db, account, AccountDossierQuery::AllParts, limit);
    QVERIFY2(dossier.ok, qPrintable(dossier.errorString));
    const QString of = QStringLiteral(" FROM tweets t WHERE t.account_id = %1").arg(account);

    // Kinds and the daily series against the tweets.
    QCOMPARE(dossier.originals, count(db, qPrintable("SELECT count(*)" + of + " AND kind = 0")));
    QCOMPARE(dossier.retweets, count(db, qPrintable("SELECT count(*)" + of + " AND kind = 1")));
    QCOMPARE(dossier.replies, count(db, qPrintable("SELECT count(*)" + of + " AND kind = 2")));
    QCOMPARE(dossier.quotes, count(db, qPrintable("SELECT count(*)" + of + " AND kind = 3")));
    const auto days = pairs(db, "SELECT date(time, 'unixepoch'), count(*)" + of + " GROUP BY 1 ORDER BY 1");
    QCOMPARE(dossier.activity.size(), days.size());
    for (int i = 0; i < days.size(); ++i) {
        QCOMPARE(dossier.activity.at(i).day.toString(Qt::ISODate), days.at(i).first);
        QCOMPARE(dossier.activity.at(i).tweets, days.at(i).second);
    }
    // Languages and clients: complete lists.
    const auto languages = pairs(db, "SELECT coalesce(language, ''), count(*)" + of + " GROUP BY 1");
    QCOMPARE(dossier.languages.size(), languages.size());
    verifyRanked(dossier.languages, languages, int(languages.size()),
                 [](const RankedValue &value) { return value.value; });
    const auto clients =
        pairs(db, QStringLiteral("SELECT coalesce(c.name, ''), count(*) FROM tweets t LEFT JOIN "
                                 "clients c ON c.id = t.client_id WHERE t.account_id = %1 "
                                 "GROUP BY 1")
                      .arg(account));
    QCOMPARE(dossier.clients.size(), clients.size());
    verifyRanked(dossier.clients, clients, int(clients.size()),
                 [](const RankedValue &value) { return value.value; });
    // Hashtags, domains, mentions, retweets: the top of independent joins.
    const auto hashtags =
        pairs(db, QStringLiteral("SELECT h.tag, count(*) FROM tweets t JOIN tweet_hashtags x "
                                 "ON x.tweet_id = t.id JOIN hashtags h ON h.id = x.hashtag_id "
                                 "WHERE t.account_id = %1 GROUP BY h.tag")
                      .arg(account));
    QVERIFY(hashtags.size() > limit);
    verifyRanked(dossier.hashtags, hashtags, limit, [](const RankedValue &value) { return value.value; });
    const auto domains = pairs(db, QStringLiteral("SELECT u.domain, count(DISTINCT t.id) FROM tweets t JOIN "
                                                  "tweet_urls u ON u.tweet_id = t.id WHERE t.account_id = %1 "
                                                  "AND u.domain <> '' GROUP BY u.domain")
                                       .arg(account));
    QVERIFY(!domains.isEmpty());
    verifyRanked(dossier.domains, domains, limit, [](const RankedValue &value) { return value.value; });
    const auto mentioned =
        pairs(db, QStringLiteral("SELECT m.userid, count(*) FROM tweets t JOIN tweet_mentions m "
                                 "ON m.tweet_id = t.id WHERE t.account_id = %1 GROUP BY 1")
                      .arg(account));
    QVERIFY(mentioned.size() > 0);
    verifyRanked(dossier.mentioned, mentioned, limit,
                 [](const RankedAccount &value) { return value.userid; });
    const auto retweeted = pairs(db, "SELECT retweet_of_userid, count(*)" + of + " AND kind = 1 GROUP BY 1");
    QVERIFY(retweeted.size() > 0);
    verifyRanked(dossier.retweeted, retweeted, limit,
                 [](const RankedAccount &value) { return value.userid; });
    // Names: the archive's account (its alias when hashed), else the userid or the alias of a hash.
    int inArchive = 0;
    for (const QList<RankedAccount> &list : {dossier.mentioned, dossier.retweeted}) {
        for (const RankedAccount &entry : list) {
            Statement lookup(db, "SELECT id, CASE WHEN hashed THEN alias ELSE screen_name END FROM accounts "
                                 "WHERE userid = ?1");
            lookup.bind(1, entry.userid);
            if (lookup.next()) {
                QCOMPARE(entry.accountId, lookup.int64(0));
                QCOMPARE(entry.name, lookup.text(1));
                ++inArchive;
            } else {
                QCOMPARE(entry.accountId, 0);
                QCOMPARE(entry.name, AccountList::isHashedUserid(entry.userid)
                                         ? AccountList::aliasFor(entry.userid)
                                         : entry.userid);
            }
        }
    }
    QVERIFY(inArchive > 0);
    // Sources: its tweets all come from the one tweets file.
    std::int64_t fromFiles = 0;
    for (const DossierSource &source : dossier.sources) {
        fromFiles += source.tweets;
    }
    QCOMPARE(fromFiles, dossier.account.tweetCount);
}

QTEST_GUILESS_MAIN(TestAccountQueries)
#include "tst_accountqueries.moc"

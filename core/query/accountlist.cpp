#include "core/query/accountlist.h"

#include "core/text/accountalias.h"

#include "core/db/database.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace trove {

namespace {

// The columns every account read selects, in readAccount()'s order.
const char AccountColumns[] =
    "SELECT id, campaign_id, userid, hashed, alias, screen_name, display_name, location, description, "
    "profile_url, follower_count, following_count, created, language, tweet_count, first_tweet, last_tweet, "
    "category, account_type FROM accounts ";

QDateTime utcFromColumn(const Statement &statement, int column)
{
    if (statement.isNull(column)) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(statement.int64(column), Qt::UTC);
}

std::int64_t countFromColumn(const Statement &statement, int column)
{
    return statement.isNull(column) ? -1 : statement.int64(column);
}

AccountRecord readAccount(const Statement &statement)
{
    AccountRecord record;
    record.accountId = statement.int64(0);
    record.campaignId = statement.int64(1);
    record.userid = statement.text(2);
    record.hashed = statement.int64(3) != 0;
    record.alias = statement.text(4);
    record.screenName = statement.text(5);
    record.displayName = statement.text(6);
    // Hashed releases put the digest in the display name too: that says nothing the userid does not.
    if (record.hashed && (record.displayName == record.screenName || record.displayName == record.userid)) {
        record.displayName.clear();
    }
    record.location = statement.text(7);
    record.description = statement.text(8);
    record.profileUrl = statement.text(9);
    record.followers = countFromColumn(statement, 10);
    record.following = countFromColumn(statement, 11);
    record.created = utcFromColumn(statement, 12);
    record.language = statement.text(13);
    record.tweetCount = statement.int64(14);
    record.firstTweet = utcFromColumn(statement, 15);
    record.lastTweet = utcFromColumn(statement, 16);
    record.category = statement.text(17);
    record.accountType = statement.text(18);
    return record;
}

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

unsigned sourcesForFormat(const QString &format)
{
    if (format.startsWith(QLatin1String("twitter-"))) {
        return AccountRecord::TwitterArchive;
    }
    if (format.startsWith(QLatin1String("fivethirtyeight-"))) {
        return AccountRecord::FiveThirtyEight;
    }
    if (format.startsWith(QLatin1String("nbc-"))) {
        return AccountRecord::NbcNews;
    }
    return 0;
}

// What every read of account records needs: the campaigns' names and the kinds of file each holds.
class RecordReader
{
public:
    explicit RecordReader(Database &db)
        : m_db(db)
    {}

    bool prepare(QString *error)
    {
        {
            Statement statement(m_db, "SELECT id, name FROM campaigns");
            while (statement.next()) {
                m_campaignNames.insert(statement.int64(0), statement.text(1));
            }
            if (!statement.isValid() || !statement.ok()) {
                *error = QStringLiteral("campaigns");
                return false;
            }
        }
        Statement statement(m_db, "SELECT DISTINCT campaign_id, format FROM source_files");
        while (statement.next()) {
            m_campaignSources[statement.int64(0)] |= sourcesForFormat(statement.text(1));
        }
        if (!statement.isValid() || !statement.ok()) {
            *error = QStringLiteral("source files");
            return false;
        }
        return true;
    }

    /** Reads the records @p where selects (a clause after FROM accounts), appending them to @p records. */
    bool read(const QByteArray &where, QList<AccountRecord> &records, std::int64_t bindValue = 0)
    {
        const QByteArray sql = QByteArray(AccountColumns) + where;
        Statement statement(m_db, sql.constData());
        if (bindValue != 0) {
            statement.bind(1, bindValue);
        }
        while (statement.next()) {
            AccountRecord record = readAccount(statement);
            record.campaign = m_campaignNames.value(record.campaignId);
            if (record.userid.startsWith(QLatin1String("handle:"))) {
                // Keyed by handle: FiveThirtyEight's or NBC's. A campaign holding both kinds of file says
                // both (telling them apart would read the account's tweets).
                record.sources = m_campaignSources.value(record.campaignId) &
                                 (AccountRecord::FiveThirtyEight | AccountRecord::NbcNews);
                if (record.sources == 0) {
                    record.sources = AccountRecord::FiveThirtyEight;
                }
            } else {
                record.sources = AccountRecord::TwitterArchive;
            }
            AccountList::computeDormancy(record);
            records.append(std::move(record));
        }
        return statement.isValid() && statement.ok();
    }

private:
    Database &m_db;
    QHash<std::int64_t, QString> m_campaignNames;
    QHash<std::int64_t, unsigned> m_campaignSources;
};

} // namespace

void AccountList::computeDormancy(AccountRecord &record)
{
    if (record.created.isValid() && record.firstTweet.isValid()) {
        record.dormancyDays = record.created.toUTC().date().daysTo(record.firstTweet.toUTC().date());
    } else {
        record.dormancyDays.reset();
    }
}

void AccountList::fold(AccountRecord &record, const AccountRecord &linked)
{
    record.linkedAccountIds.append(linked.accountId);
    record.linkedCampaignIds.append(linked.campaignId);
    record.linkedCampaigns.append(linked.campaign);
    record.linkedScreenNames.append(linked.screenName);
    record.sources |= linked.sources;
    record.tweetCount += linked.tweetCount;
    if (linked.firstTweet.isValid() &&
        (!record.firstTweet.isValid() || linked.firstTweet < record.firstTweet)) {
        record.firstTweet = linked.firstTweet;
    }
    if (linked.lastTweet.isValid() && (!record.lastTweet.isValid() || linked.lastTweet > record.lastTweet)) {
        record.lastTweet = linked.lastTweet;
    }
    // The Twitter archive's profile wins; what it left empty the linked account may know.
    auto fill = [](QString &field, const QString &other) {
        if (field.isEmpty()) {
            field = other;
        }
    };
    fill(record.displayName, linked.displayName);
    fill(record.location, linked.location);
    fill(record.description, linked.description);
    fill(record.profileUrl, linked.profileUrl);
    fill(record.language, linked.language);
    fill(record.category, linked.category);
    fill(record.accountType, linked.accountType);
    if (record.followers < 0) {
        record.followers = linked.followers;
    }
    if (record.following < 0) {
        record.following = linked.following;
    }
    if (!record.created.isValid()) {
        record.created = linked.created;
    }
    computeDormancy(record);
}

bool AccountList::isHashedUserid(const QString &userid)
{
    if (userid.isEmpty() || userid.startsWith(QLatin1String("handle:"))) {
        return false;
    }
    return !std::all_of(userid.begin(), userid.end(),
                        [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString AccountList::aliasFor(const QString &userid)
{
    const QByteArray utf8 = userid.toUtf8();
    return QString::fromLatin1(accountAlias(std::string_view(utf8.constData(), size_t(utf8.size()))));
}

std::optional<AccountRecord> AccountList::account(Database &db, std::int64_t accountId, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error) {
            *error = QStringLiteral("cannot read the %1: %2").arg(what, db.errorString());
        }
        return std::nullopt;
    };
    RecordReader reader(db);
    QString what;
    if (!reader.prepare(&what)) {
        return fail(what);
    }
    std::int64_t rowId = accountId;
    {
        Statement statement(db, "SELECT min(account_id) FROM account_links WHERE linked_account_id = ?1");
        statement.bind(1, accountId);
        if (statement.next() && !statement.isNull(0)) {
            rowId = statement.int64(0);
        }
        if (!statement.isValid() || !statement.ok()) {
            return fail(QStringLiteral("account links"));
        }
    }
    QList<AccountRecord> records;
    if (!reader.read("WHERE id = ?1", records, rowId)) {
        return fail(QStringLiteral("account"));
    }
    if (records.isEmpty()) {
        if (error) {
            *error = QStringLiteral("there is no account %1 in this cache").arg(accountId);
        }
        return std::nullopt;
    }
    AccountRecord record = records.takeFirst();
    if (!reader.read("WHERE id IN (SELECT linked_account_id FROM account_links WHERE account_id = ?1) "
                     "ORDER BY id",
                     records, rowId)) {
        return fail(QStringLiteral("linked accounts"));
    }
    for (const AccountRecord &linked : std::as_const(records)) {
        fold(record, linked);
    }
    return record;
}

QList<AccountRecord> AccountList::unfolded(Database &db, const QList<std::int64_t> &accountIds,
                                           QString *error)
{
    QList<AccountRecord> records;
    if (accountIds.isEmpty()) {
        return records;
    }
    RecordReader reader(db);
    QString what;
    if (!reader.prepare(&what) ||
        !reader.read("WHERE id IN (" + idList(accountIds) + ") ORDER BY id", records)) {
        if (what.isEmpty()) {
            what = QStringLiteral("accounts");
        }
        if (error) {
            *error = QStringLiteral("cannot read the %1: %2").arg(what, db.errorString());
        }
        return {};
    }
    return records;
}

AccountListResult AccountList::load(Database &db, const QList<std::int64_t> &campaignIds,
                                    const std::atomic_bool *cancel)
{
    AccountListResult result;
    CancelScope guard(db, cancel);
    auto cancelled = [&] { return cancel && cancel->load(); };
    auto failed = [&](const QString &what) {
        result.accounts.clear();
        if (cancelled()) {
            result.cancelled = true;
            result.errorString = QStringLiteral("cancelled");
        } else {
            result.errorString = QStringLiteral("cannot read the %1: %2").arg(what, db.errorString());
        }
        return result;
    };

    RecordReader reader(db);
    QString what;
    if (!reader.prepare(&what)) {
        return failed(what);
    }
    // account_links is small (one row per linked pair): read whole, folded in memory below.
    QHash<std::int64_t, QList<std::int64_t>> linkedOf; // Twitter account -> FiveThirtyEight accounts
    QHash<std::int64_t, QList<std::int64_t>> linkedBy; // FiveThirtyEight account -> Twitter accounts
    {
        Statement statement(
            db,
            "SELECT account_id, linked_account_id FROM account_links ORDER BY account_id, linked_account_id");
        while (statement.next()) {
            linkedOf[statement.int64(0)].append(statement.int64(1));
            linkedBy[statement.int64(1)].append(statement.int64(0));
        }
        if (!statement.isValid() || !statement.ok()) {
            return failed(QStringLiteral("account links"));
        }
    }

    QList<AccountRecord> records;
    {
        QByteArray where;
        if (!campaignIds.isEmpty()) {
            where = "WHERE campaign_id IN (" + idList(campaignIds) + ") ";
        }
        if (!reader.read(where + "ORDER BY id", records)) {
            return failed(QStringLiteral("accounts"));
        }
    }
    if (cancelled()) {
        return failed(QStringLiteral("accounts"));
    }

    if (!linkedOf.isEmpty()) {
        // The rows of linked pairs are their Twitter accounts: those selected, and those whose
        // FiveThirtyEight account is selected. Each needs all its FiveThirtyEight accounts, selected or not.
        QSet<std::int64_t> loaded;
        QSet<std::int64_t> wanted;
        for (const AccountRecord &record : std::as_const(records)) {
            loaded.insert(record.accountId);
            QList<std::int64_t> twitterIds = linkedBy.value(record.accountId);
            if (linkedOf.contains(record.accountId)) {
                twitterIds.append(record.accountId);
            }
            for (const auto twitterId : std::as_const(twitterIds)) {
                wanted.insert(twitterId);
                for (const auto linkedId : linkedOf.value(twitterId)) {
                    wanted.insert(linkedId);
                }
            }
        }
        QList<std::int64_t> missing;
        for (const auto id : std::as_const(wanted)) {
            if (!loaded.contains(id)) {
                missing.append(id);
            }
        }
        if (!missing.isEmpty()) {
            std::sort(missing.begin(), missing.end());
            if (!reader.read("WHERE id IN (" + idList(missing) + ")", records)) {
                return failed(QStringLiteral("linked accounts"));
            }
            std::sort(records.begin(), records.end(), [](const AccountRecord &a, const AccountRecord &b) {
                return a.accountId < b.accountId;
            });
        }
    }

    QHash<std::int64_t, int> rowOf;
    rowOf.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        rowOf.insert(records.at(i).accountId, i);
    }
    result.accounts.reserve(records.size());
    for (const AccountRecord &record : std::as_const(records)) {
        const QList<std::int64_t> twitterIds = linkedBy.value(record.accountId);
        if (std::any_of(twitterIds.begin(), twitterIds.end(),
                        [&](std::int64_t id) { return rowOf.contains(id); })) {
            continue; // folded into its Twitter account(s)
        }
        AccountRecord row = record;
        for (const auto linkedId : linkedOf.value(record.accountId)) {
            const auto found = rowOf.constFind(linkedId);
            if (found != rowOf.constEnd()) {
                fold(row, records.at(*found));
            }
        }
        result.accounts.append(std::move(row));
    }
    if (cancelled()) {
        return failed(QStringLiteral("accounts"));
    }
    result.ok = true;
    return result;
}

} // namespace trove

#include "core/db/database.h"
#include "core/import/importer.h"
#include "importtesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace trove;
using namespace trove::test;

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA "/links/");
const QString Twitter = Data + QStringLiteral("links_tweets_csv_unhashed.csv");
const QString Fte = Data + QStringLiteral("IRAhandle_tweets_9.csv");

const char HashedUserId[] = "57e2082d64baa89d01d3c03b4beaf9e6708ab209378f7dcd849cb2c9034ee362";

// Every link as "twitter userid > 538 userid (reason)", sorted: the same whichever order the files came in.
QString links(Database &db)
{
    return text(db, QStringLiteral("SELECT group_concat(line, ' | ') FROM (SELECT t.userid || ' > ' || "
                                   "f.userid || ' (' || l.reason || ')' AS line FROM account_links l "
                                   "JOIN accounts t ON t.id=l.account_id JOIN accounts f ON "
                                   "f.id=l.linked_account_id ORDER BY line)"));
}

QString category(Database &db, const QString &userid)
{
    return text(db, QStringLiteral("SELECT coalesce(category, '-') || '/' || coalesce(account_type, '-') "
                                   "FROM accounts WHERE userid='%1'")
                        .arg(userid));
}

QString linkMessage(const ImportSummary &summary)
{
    for (const QString &message : summary.messages) {
        if (message.startsWith(QStringLiteral("linked "))) {
            return message;
        }
    }
    return QString();
}

} // namespace

class TestAccountLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void linksEitherOrder_data();
    void linksEitherOrder();
    void oneImportOfBoth();
    void reimportChangesNothing();

private:
    void verifyLinks();

    QTemporaryDir m_dir;
    QString m_cache;
};

void TestAccountLinks::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_cache = m_dir.filePath(QStringLiteral("cache%1.trove").arg(++n));
}

void TestAccountLinks::verifyLinks()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    // Inside_Syria by its handle (538 spells it INSIDE_SYRIA); the hashed account only by the tweet id it
    // shares with AmericanVoice, never by the 538 handle that spells its digest; UnrelatedHandle not at all.
    const QString expected = QStringLiteral("4125840934 > handle:inside_syria (handle) | %1 > "
                                            "handle:americanvoice (tweet id)")
                                 .arg(QLatin1String(HashedUserId));
    QCOMPARE(links(db), expected);
    QCOMPARE(category(db, QStringLiteral("4125840934")), QStringLiteral("NewsFeed/Arabic"));
    QCOMPARE(category(db, QLatin1String(HashedUserId)), QStringLiteral("LeftTroll/Left"));
    // The 538 accounts keep theirs.
    QCOMPARE(category(db, QStringLiteral("handle:unrelatedhandle")),
             QStringLiteral("HashtagGamer/Hashtager"));
    const QByteArray fteHashed = QByteArray("SELECT count(*) FROM accounts WHERE userid='handle:") +
                                 QByteArray(HashedUserId) + QByteArray("'");
    QCOMPARE(db.scalar(fteHashed.constData()), 1);
    QCOMPARE(text(db, QStringLiteral(
                          "SELECT group_concat(key, ' ') FROM (SELECT key FROM campaigns ORDER BY key)")),
             QStringLiteral("irahandle links"));
    // The shared tweet is stored once.
    QCOMPARE(db.scalar("SELECT count(*) FROM tweets WHERE id=900000000000000102"), 1);
}

void TestAccountLinks::linksEitherOrder_data()
{
    QTest::addColumn<bool>("twitterFirst");
    QTest::newRow("Twitter first") << true;
    QTest::newRow("FiveThirtyEight first") << false;
}

void TestAccountLinks::linksEitherOrder()
{
    QFETCH(bool, twitterFirst);
    const ImportSummary first = import(m_cache, {twitterFirst ? Twitter : Fte});
    QVERIFY2(first.ok, qPrintable(first.errorString));
    QCOMPARE(linkMessage(first), QString());
    const ImportSummary second = import(m_cache, {twitterFirst ? Fte : Twitter});
    QVERIFY2(second.ok, qPrintable(second.errorString));
    QCOMPARE(second.duplicates, 1);
    QCOMPARE(linkMessage(second), QStringLiteral("linked 2 accounts to FiveThirtyEight handles"));
    verifyLinks();
}

void TestAccountLinks::oneImportOfBoth()
{
    const ImportSummary summary = import(m_cache, {Twitter, Fte});
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QCOMPARE(linkMessage(summary), QStringLiteral("linked 2 accounts to FiveThirtyEight handles"));
    verifyLinks();
}

void TestAccountLinks::reimportChangesNothing()
{
    QVERIFY(import(m_cache, {Fte, Twitter}).ok);
    verifyLinks();
    const ImportSummary again = import(m_cache, {Twitter, Fte});
    QVERIFY2(again.ok, qPrintable(again.errorString));
    QCOMPARE(again.filesAlreadyImported, 2);
    QCOMPARE(linkMessage(again), QString());
    verifyLinks();
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    QCOMPARE(db.scalar("SELECT count(*) FROM account_links"), 2);
}

QTEST_GUILESS_MAIN(TestAccountLinks)
#include "tst_accountlinks.moc"

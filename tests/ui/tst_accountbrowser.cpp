#include "core/db/database.h"
#include "core/query/accountdossier.h"
#include "core/query/accountlist.h"
#include "importtesthelpers.h"
#include "ui/models/accountfilterproxy.h"
#include "ui/models/accounttablemodel.h"
#include "ui/widgets/accountbrowser.h"
#include "ui/widgets/accountdossierview.h"
#include "ui/widgets/sparkline.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace trove;

Q_DECLARE_METATYPE(QList<std::int64_t>)

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA);
const QString HashedUserId =
    QStringLiteral("57e2082d64baa89d01d3c03b4beaf9e6708ab209378f7dcd849cb2c9034ee362");

AccountRecord record(std::int64_t id, const QString &name)
{
    AccountRecord account;
    account.accountId = id;
    account.campaignId = 1;
    account.campaign = QStringLiteral("test");
    account.userid = QString::number(1000 + id);
    account.screenName = name;
    account.sources = AccountRecord::TwitterArchive;
    return account;
}

// The rows' account ids in the proxy's order.
QList<qint64> order(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.append(model.index(row, 0).data(AccountTableModel::AccountIdRole).toLongLong());
    }
    return ids;
}

QStringList visibleLabels(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root)) {
            texts.append(label->text());
        }
    }
    return texts;
}

QLabel *visibleLabel(QWidget *root, const QString &text)
{
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root) && label->text() == text) {
            return label;
        }
    }
    return nullptr;
}

QPushButton *visibleButton(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(root) && button->text() == text) {
            return button;
        }
    }
    return nullptr;
}

} // namespace

class TestAccountBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTester();
    void loadsInBackground();
    void newerLoadSupersedes();
    void sortsEachColumn_data();
    void sortsEachColumn();
    void displaysCells();
    void filtersAsYouType();
    void filtersByCategory();
    void activatesByClickAndEnter();
    void keepsCurrentAccountAcrossReloads();
    void dossierShowsFixtureAccount();
    void dossierLinksAndSignals();
    void dossierShowsMarkupLiterally();
    void dossierLaysOutRightToLeft();
    void dossierNewerRequestSupersedes();
    void sparklineBuckets();

private:
    std::int64_t idOf(const QString &campaignKey, const QString &userid);

    QTemporaryDir m_dir;
    QString m_cache;
    QThreadPool m_pool;
    QList<AccountRecord> m_fixtureAccounts;
};

void TestAccountBrowser::initTestCase()
{
    qRegisterMetaType<QList<std::int64_t>>();
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("fixtures.trove"));
    for (const QStringList &inputs :
         {QStringList{Data + QStringLiteral("/links")},
          QStringList{Data + QStringLiteral("/twitter/quirks_tweets_csv_hashed.csv"),
                      Data + QStringLiteral("/twitter/quirks_users_csv_hashed.csv")},
          QStringList{Data + QStringLiteral("/fivethirtyeight"), Data + QStringLiteral("/nbc")}}) {
        const ImportSummary summary = test::import(m_cache, inputs);
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
    }
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const AccountListResult result = AccountList::load(db, {});
    QVERIFY(result.ok);
    m_fixtureAccounts = result.accounts;
    QVERIFY(m_fixtureAccounts.size() > 20);
}

void TestAccountBrowser::cleanupTestCase()
{
    m_pool.waitForDone();
}

std::int64_t TestAccountBrowser::idOf(const QString &campaignKey, const QString &userid)
{
    Database db;
    if (!db.open(m_cache, Database::Mode::ReadOnly)) {
        return -1;
    }
    Statement statement(db, "SELECT a.id FROM accounts a JOIN campaigns c ON c.id = a.campaign_id "
                            "WHERE c.key = ?1 AND a.userid = ?2");
    statement.bind(1, campaignKey);
    statement.bind(2, userid);
    return statement.next() ? statement.int64(0) : -1;
}

void TestAccountBrowser::modelsPassTester()
{
    AccountTableModel model(&m_pool);
    AccountFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts(m_fixtureAccounts);
    QCOMPARE(model.rowCount(), m_fixtureAccounts.size());
    QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        proxy.sort(column, Qt::AscendingOrder);
        proxy.sort(column, Qt::DescendingOrder);
    }
    proxy.setFilterText(QStringLiteral("syria"));
    proxy.setCategoryFilter(QStringLiteral("NewsFeed"));
    proxy.setCategoryFilter(std::nullopt);
    proxy.setFilterText(QString());
    model.setAccounts({});
    model.setAccounts(m_fixtureAccounts.mid(0, 5));
    // Loading from the cache through the tester too.
    model.setCachePath(m_cache);
    QSignalSpy loaded(&model, &AccountTableModel::loaded);
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), m_fixtureAccounts.size());
}

void TestAccountBrowser::loadsInBackground()
{
    AccountTableModel model(&m_pool);
    QSignalSpy loaded(&model, &AccountTableModel::loaded);
    QSignalSpy loading(&model, &AccountTableModel::loadingChanged);
    model.setCachePath(m_cache);
    model.reload();
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toInt(), m_fixtureAccounts.size());
    QVERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.accountAt(row).accountId, m_fixtureAccounts.at(row).accountId);
        QCOMPARE(model.accountAt(row).tweetCount, m_fixtureAccounts.at(row).tweetCount);
    }
    // One campaign: the links campaign's two linked pairs.
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    model.setCampaigns({db.scalar("SELECT id FROM campaigns WHERE key = 'links'")});
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.accountAt(0).isLinked());
    // A cache that is not there: an error, the rows of the previous cache gone.
    QSignalSpy failed(&model, &AccountTableModel::loadFailed);
    model.setCachePath(m_dir.filePath(QStringLiteral("missing/none.trove")));
    QCOMPARE(model.rowCount(), 0);
    model.reload();
    QVERIFY(failed.wait(10000));
    QVERIFY(!model.errorString().isEmpty());
}

void TestAccountBrowser::newerLoadSupersedes()
{
    AccountTableModel model(&m_pool);
    QSignalSpy loaded(&model, &AccountTableModel::loaded);
    model.setCachePath(m_cache);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    model.reload();
    model.setCampaigns({db.scalar("SELECT id FROM campaigns WHERE key = 'nbc'")});
    model.reload();
    QVERIFY(loaded.wait(10000));
    m_pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 1); // the first read's result was dropped
    QCOMPARE(model.rowCount(), int(db.scalar("SELECT count(*) FROM accounts a JOIN campaigns c ON "
                                             "c.id = a.campaign_id WHERE c.key = 'nbc'")));
}

void TestAccountBrowser::sortsEachColumn_data()
{
    // Four rows (ids 1-4) with one value each, one of them unknown where the column allows it; the
    // expected ascending order of ids (descending is the known ones reversed, unknown still last).
    QTest::addColumn<int>("column");
    QTest::addColumn<QList<qint64>>("ascending");
    QTest::addColumn<QList<qint64>>("descending");
    QTest::newRow("screen name (text, case ignored, alias of hashed)")
        << int(AccountTableModel::ScreenNameColumn) << QList<qint64>{2, 3, 1, 4} << QList<qint64>{4, 1, 3, 2};
    QTest::newRow("followers (numbers, not text)")
        << int(AccountTableModel::FollowersColumn) << QList<qint64>{3, 1, 4, 2} << QList<qint64>{4, 1, 3, 2};
    QTest::newRow("following") << int(AccountTableModel::FollowingColumn) << QList<qint64>{2, 3, 1, 4}
                               << QList<qint64>{1, 3, 2, 4};
    QTest::newRow("created (dates)") << int(AccountTableModel::CreatedColumn) << QList<qint64>{3, 4, 1, 2}
                                     << QList<qint64>{1, 4, 3, 2};
    QTest::newRow("tweets") << int(AccountTableModel::TweetsColumn) << QList<qint64>{2, 4, 1, 3}
                            << QList<qint64>{3, 1, 4, 2};
    QTest::newRow("first tweet") << int(AccountTableModel::FirstTweetColumn) << QList<qint64>{4, 1, 3, 2}
                                 << QList<qint64>{3, 1, 4, 2};
    QTest::newRow("dormancy (negative numbers)")
        << int(AccountTableModel::DormancyColumn) << QList<qint64>{1, 4, 2, 3} << QList<qint64>{2, 4, 1, 3};
    QTest::newRow("category") << int(AccountTableModel::CategoryColumn) << QList<qint64>{2, 4, 1, 3}
                              << QList<qint64>{1, 4, 2, 3};
}

void TestAccountBrowser::sortsEachColumn()
{
    QFETCH(int, column);
    QFETCH(QList<qint64>, ascending);
    QFETCH(QList<qint64>, descending);
    QList<AccountRecord> accounts;
    // 1: "bravo", followers 10, following 50, created 2015-01-02, 7 tweets, first 2016-03-01, dormancy -5
    AccountRecord a = record(1, QStringLiteral("bravo"));
    a.followers = 10;
    a.following = 50;
    a.created = QDateTime(QDate(2015, 1, 2), QTime(), Qt::UTC);
    a.tweetCount = 7;
    a.firstTweet = QDateTime(QDate(2016, 3, 1), QTime(8, 0), Qt::UTC);
    a.dormancyDays = -5;
    a.category = QStringLiteral("RightTroll");
    // 2: "Alpha", followers unknown, following 2, created unknown, 1 tweet, first unknown, dormancy 639
    AccountRecord b = record(2, QStringLiteral("Alpha"));
    b.following = 2;
    b.tweetCount = 1;
    b.dormancyDays = 639;
    b.category = QStringLiteral("Fearmonger");
    // 3: hashed, alias "Anon-2X", followers 9, following 9, created 2009-05-01, 100 tweets, first 2017-01-01
    AccountRecord c = record(3, QStringLiteral("ffff0000"));
    c.hashed = true;
    c.alias = QStringLiteral("Anon-2X");
    c.followers = 9;
    c.following = 9;
    c.created = QDateTime(QDate(2009, 5, 1), QTime(), Qt::UTC);
    c.tweetCount = 100;
    c.firstTweet = QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC);
    // 4: "charlie", followers 100, following unknown, created 2012-12-31, 5 tweets, first 2016-02-29,
    // dormancy 10
    AccountRecord d = record(4, QStringLiteral("charlie"));
    d.followers = 100;
    d.created = QDateTime(QDate(2012, 12, 31), QTime(), Qt::UTC);
    d.tweetCount = 5;
    d.firstTweet = QDateTime(QDate(2016, 2, 29), QTime(23, 0), Qt::UTC);
    d.dormancyDays = 10;
    d.category = QStringLiteral("LeftTroll");
    accounts = {a, b, c, d};

    AccountTableModel model(&m_pool);
    model.setAccounts(accounts);
    AccountFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(order(proxy), ascending);
    proxy.sort(column, Qt::DescendingOrder);
    QCOMPARE(order(proxy), descending);
    // The same through a view's header, as a user sorts.
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(column, Qt::AscendingOrder);
    QCOMPARE(order(proxy), ascending);
}

void TestAccountBrowser::displaysCells()
{
    AccountTableModel model(&m_pool);
    model.setAccounts(m_fixtureAccounts);
    const int hashedRow = model.rowOfAccount(idOf(QStringLiteral("links"), HashedUserId));
    QVERIFY(hashedRow >= 0);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    // Hashed: the alias with the hash's start; the whole hash in the tooltip, which is escaped HTML.
    QCOMPARE(cell(hashedRow, AccountTableModel::ScreenNameColumn).toString(),
             QStringLiteral("Anon-6FC26S · 57e2082d…"));
    QVERIFY(cell(hashedRow, AccountTableModel::ScreenNameColumn, Qt::ToolTipRole)
                .toString()
                .contains(HashedUserId));
    QVERIFY(cell(hashedRow, AccountTableModel::ScreenNameColumn, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("AmericanVoice")));
    QCOMPARE(cell(hashedRow, AccountTableModel::DisplayNameColumn).toString(), QString());
    QCOMPARE(cell(hashedRow, AccountTableModel::SourcesColumn).toString(),
             QStringLiteral("Twitter archive + FiveThirtyEight"));
    QCOMPARE(cell(hashedRow, AccountTableModel::CampaignColumn).toString(),
             QStringLiteral("links + irahandle"));
    QCOMPARE(cell(hashedRow, AccountTableModel::CategoryColumn).toString(), QStringLiteral("LeftTroll"));
    QCOMPARE(cell(hashedRow, AccountTableModel::CategoryColumn, Qt::DecorationRole).value<QColor>(),
             AccountTableModel::categoryColor(QStringLiteral("LeftTroll")));
    QCOMPARE(cell(hashedRow, AccountTableModel::FollowersColumn).toString(), QStringLiteral("2,314"));
    QCOMPARE(cell(hashedRow, AccountTableModel::CreatedColumn).toString(), QStringLiteral("2017-05-26"));
    QCOMPARE(cell(hashedRow, AccountTableModel::TweetsColumn).toString(), QStringLiteral("1"));
    // Inside_Syria (links): dormancy 639 days; the unknown cells of an NBC account are empty.
    const int syria = model.rowOfAccount(idOf(QStringLiteral("links"), QStringLiteral("4125840934")));
    QCOMPARE(cell(syria, AccountTableModel::DormancyColumn).toString(), QStringLiteral("639"));
    QCOMPARE(cell(syria, AccountTableModel::FirstTweetColumn).toString(), QStringLiteral("2017-08-06 08:15"));
    const int nbc = model.rowOfAccount(idOf(QStringLiteral("nbc"), QStringLiteral("handle:hyddrox")));
    QCOMPARE(cell(nbc, AccountTableModel::FollowersColumn).toString(), QString());
    QVERIFY(!cell(nbc, AccountTableModel::FollowersColumn, AccountTableModel::SortRole).isValid());
    QCOMPARE(cell(nbc, AccountTableModel::SourcesColumn).toString(), QStringLiteral("NBC News"));
    // The FiveThirtyEight side of a pair has no row; its id finds the pair's row.
    QCOMPARE(model.rowOfAccount(idOf(QStringLiteral("irahandle"), QStringLiteral("handle:americanvoice"))),
             hashedRow);
    // Categories offered: those present, sorted.
    QCOMPARE(model.categories(), (QStringList{"Fearmonger", "HashtagGamer", "LeftTroll", "NewsFeed",
                                              "NonEnglish", "RightTroll"}));
    QVERIFY(model.hasUncategorized());
}

void TestAccountBrowser::filtersAsYouType()
{
    AccountBrowser browser(&m_pool);
    QSignalSpy loaded(&browser, &AccountBrowser::loaded);
    browser.setCachePath(m_cache);
    QVERIFY(loaded.wait(10000));
    const int total = m_fixtureAccounts.size();
    QCOMPARE(browser.countText(), QStringLiteral("%1 accounts").arg(total));
    QCOMPARE(browser.filterEdit()->placeholderText(), QStringLiteral("Filter accounts…"));
    QVERIFY(!browser.filterEdit()->accessibleName().isEmpty());
    QVERIFY(!browser.view()->accessibleName().isEmpty());
    QVERIFY(!browser.categoryBox()->accessibleName().isEmpty());

    // Typed key by key, in other case: the linked FiveThirtyEight handle finds the hashed pair.
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("americanVOICE"));
    QTRY_COMPARE(browser.proxy()->rowCount(), 1);
    QCOMPARE(browser.proxy()->index(0, 0).data(AccountTableModel::AccountIdRole).toLongLong(),
             idOf(QStringLiteral("links"), HashedUserId));
    QCOMPARE(browser.countText(), QStringLiteral("1 of %1 accounts").arg(total));
    // The alias (the quirks campaign has the same hashed account: two rows).
    browser.filterEdit()->clear();
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("anon-6fc"));
    QTRY_COMPARE(browser.proxy()->rowCount(), 2);
    // Words of the description and location (Persian), and the userid; every word must match.
    browser.setFilterText(QStringLiteral("تهران"));
    QCOMPARE(browser.proxy()->rowCount(), 1);
    browser.setFilterText(QStringLiteral("ground-level syria"));
    QCOMPARE(browser.proxy()->rowCount(), 2);
    browser.setFilterText(QStringLiteral("ground-level nashville"));
    QCOMPARE(browser.proxy()->rowCount(), 0);
    QCOMPARE(browser.countText(), QStringLiteral("0 of %1 accounts").arg(total));
    browser.setFilterText(QStringLiteral("4125840934"));
    QCOMPARE(browser.proxy()->rowCount(), 2);
    browser.setFilterText(QString());
    QCOMPARE(browser.proxy()->rowCount(), total);
    QCOMPARE(browser.countText(), QStringLiteral("%1 accounts").arg(total));
}

void TestAccountBrowser::filtersByCategory()
{
    AccountBrowser browser(&m_pool);
    QSignalSpy loaded(&browser, &AccountBrowser::loaded);
    browser.setCachePath(m_cache);
    QVERIFY(loaded.wait(10000));
    QComboBox *box = browser.categoryBox();
    const int leftTroll = box->findText(QStringLiteral("LeftTroll"));
    QVERIFY(leftTroll > 0);
    box->setCurrentIndex(leftTroll);
    int expected = 0;
    for (const AccountRecord &account : std::as_const(m_fixtureAccounts)) {
        expected += account.category == QLatin1String("LeftTroll") ? 1 : 0;
    }
    QCOMPARE(expected, 2); // Blacktivist, and the hashed account that took AmericanVoice's category
    QCOMPARE(browser.proxy()->rowCount(), expected);
    for (int row = 0; row < browser.proxy()->rowCount(); ++row) {
        QCOMPARE(browser.proxy()->index(row, AccountTableModel::CategoryColumn).data().toString(),
                 QStringLiteral("LeftTroll"));
    }
    // With text: both conditions.
    browser.setFilterText(QStringLiteral("blacktivist"));
    QCOMPARE(browser.proxy()->rowCount(), 1);
    browser.setFilterText(QString());
    box->setCurrentIndex(box->findText(QStringLiteral("No category")));
    int uncategorized = 0;
    for (const AccountRecord &account : std::as_const(m_fixtureAccounts)) {
        uncategorized += account.category.isEmpty() ? 1 : 0;
    }
    QCOMPARE(browser.proxy()->rowCount(), uncategorized);
    box->setCurrentIndex(0);
    QCOMPARE(browser.proxy()->rowCount(), m_fixtureAccounts.size());
}

void TestAccountBrowser::activatesByClickAndEnter()
{
    AccountBrowser browser(&m_pool);
    QSignalSpy loaded(&browser, &AccountBrowser::loaded);
    QSignalSpy activated(&browser, &AccountBrowser::accountActivated);
    QSignalSpy current(&browser, &AccountBrowser::currentAccountChanged);
    browser.resize(1000, 500);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setCachePath(m_cache);
    QVERIFY(loaded.wait(10000));
    QTableView *view = browser.view();
    // Sorted by tweets, most first: the first row is the busiest account.
    const qint64 first = browser.proxy()->index(0, 0).data(AccountTableModel::AccountIdRole).toLongLong();
    const QRect rect = view->visualRect(browser.proxy()->index(0, AccountTableModel::TweetsColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toLongLong(), first);
    QCOMPARE(browser.currentAccountId(), first);
    QVERIFY(!current.isEmpty());
    QCOMPARE(current.last().first().toLongLong(), first);
    // Keyboard: down a row, Enter.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    const qint64 second = browser.proxy()->index(1, 0).data(AccountTableModel::AccountIdRole).toLongLong();
    QCOMPARE(browser.currentAccountId(), second);
    QCOMPARE(current.last().first().toLongLong(), second);
    QVERIFY(activated.isEmpty());
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toLongLong(), second);
    // From the filter field, Down goes into the list.
    browser.filterEdit()->setFocus();
    browser.setFilterText(QStringLiteral("kathiemrr"));
    QTest::keyClick(browser.filterEdit(), Qt::Key_Down);
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.takeFirst().first().toLongLong(),
             idOf(QStringLiteral("nbc"), QStringLiteral("handle:kathiemrr")));
}

void TestAccountBrowser::keepsCurrentAccountAcrossReloads()
{
    AccountBrowser browser(&m_pool);
    QSignalSpy loaded(&browser, &AccountBrowser::loaded);
    browser.setCachePath(m_cache);
    QVERIFY(loaded.wait(10000));
    const auto fte = idOf(QStringLiteral("irahandle"), QStringLiteral("handle:americanvoice"));
    QVERIFY(browser.selectAccount(fte)); // the FiveThirtyEight side selects its pair's row
    const auto pair = idOf(QStringLiteral("links"), HashedUserId);
    QCOMPARE(browser.currentAccountId(), pair);
    browser.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(browser.currentAccountId(), pair);
}

void TestAccountBrowser::dossierShowsFixtureAccount()
{
    AccountDossierView view(&m_pool);
    view.resize(800, 1200);
    view.setCachePath(m_cache);
    QSignalSpy overview(&view, &AccountDossierView::overviewShown);
    QSignalSpy shown(&view, &AccountDossierView::dossierShown);
    const auto twitter = idOf(QStringLiteral("quirks"), QStringLiteral("4125840934"));
    view.showAccount(twitter);
    QCOMPARE(view.statusText(), QStringLiteral("Loading…"));
    QVERIFY(view.isLoading());
    QVERIFY(shown.wait(10000));
    QCOMPARE(overview.size(), 1);
    QCOMPARE(shown.first().first().toLongLong(), twitter);
    QVERIFY(!view.isLoading());
    QCOMPARE(view.statusText(), QString());
    QWidget *page = view.widget();
    const QStringList labels = visibleLabels(page);
    for (const QString &expected :
         {QStringLiteral("Inside_Syria"), QStringLiteral("Inside Syria MC"), QStringLiteral("NewsFeed"),
          QStringLiteral("Campaign: quirks + irahandle · Sources: Twitter archive + FiveThirtyEight"),
          QStringLiteral("Same person as FiveThirtyEight's INSIDE_SYRIA (campaign irahandle, 1 tweet)"),
          QStringLiteral("Collecting information about the Syrian conflict from ground-level sources.  "
                         "#InsideSyriaMC #Syria #SyrianArmy #سورية https://t.co/yXzvwpgd3L"),
          QStringLiteral("2015-11-06"), QStringLiteral("2009-05-01 10:00 UTC"),
          QStringLiteral("4 (original: 3, retweets: 0, replies: 0, quotes: 1)"),
          QStringLiteral("en (English)"), QStringLiteral("75.0%"), QStringLiteral("en.insidesyriamc.com"),
          QStringLiteral("Arabic")}) {
        QVERIFY2(labels.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in: ") + labels.join(" | ")));
    }
    // Dormancy: negative here (a 2009 tweet by an account the users file says was created in 2015).
    const bool dormancy = std::any_of(labels.begin(), labels.end(), [](const QString &text) {
        return text.endsWith(QStringLiteral("days from creation to first tweet")) && text.startsWith('-');
    });
    QVERIFY2(dormancy, qPrintable(labels.join(" | ")));
    for (const char *tag : {"#hama", "#insidesyriamc", "#it's, fine", "#syria", "#syrianarmy"}) {
        QVERIFY2(visibleButton(page, QString::fromUtf8(tag)), tag);
    }
    QVERIFY(!visibleLabel(page, QStringLiteral("Counting hashtags, links and mentions…")));
    // Every interactive widget is reachable by keyboard and named for assistive technology.
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        if (button->isVisibleTo(page)) {
            QVERIFY(button->focusPolicy() & Qt::TabFocus);
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        }
    }
    QCOMPARE(view.dossier().account.accountId, twitter);
}

void TestAccountBrowser::dossierLinksAndSignals()
{
    AccountDossierView view(&m_pool);
    view.resize(900, 1400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCachePath(m_cache);
    QSignalSpy shown(&view, &AccountDossierView::dossierShown);
    QSignalSpy hashtag(&view, &AccountDossierView::hashtagActivated);
    QSignalSpy account(&view, &AccountDossierView::accountActivated);
    QSignalSpy timeline(&view, &AccountDossierView::timelineRequested);
    // The Persian reply's author mentions Inside_Syria (in the archive) and tags #ایران_آزاد.
    const auto author =
        idOf(QStringLiteral("quirks"), QStringLiteral("Xk3b+9vQ2mLr/aZ0pW8sTn4yHc1dFg6JuEo5iKqVtB7="));
    view.showAccount(author);
    QVERIFY(shown.wait(10000));
    QWidget *page = view.widget();
    QVERIFY(visibleLabel(page, QStringLiteral("Anon-6Y4HCP")));
    QVERIFY(
        visibleLabel(page, QStringLiteral("Hashed account · Xk3b+9vQ2mLr/aZ0pW8sTn4yHc1dFg6JuEo5iKqVtB7=")));
    QPushButton *tag = visibleButton(page, QStringLiteral("#ایران_آزاد"));
    QVERIFY(tag);
    QTest::mouseClick(tag, Qt::LeftButton);
    QCOMPARE(hashtag.size(), 1);
    QCOMPARE(hashtag.first().first().toString(), QStringLiteral("ایران_آزاد"));
    QPushButton *mention = visibleButton(page, QStringLiteral("@Inside_Syria"));
    QVERIFY(mention);
    mention->setFocus();
    QTest::keyClick(mention, Qt::Key_Space); // by keyboard
    QCOMPARE(account.size(), 1);
    QCOMPARE(account.first().first().toLongLong(),
             idOf(QStringLiteral("quirks"), QStringLiteral("4125840934")));
    // An account outside the archive is a plain label, not a link.
    view.showAccount(idOf(QStringLiteral("quirks"), HashedUserId));
    QVERIFY(shown.wait(10000));
    QVERIFY(visibleLabel(page, QStringLiteral("16307778")));
    QVERIFY(!visibleButton(page, QStringLiteral("16307778")));
    // Show timeline: the account and its linked account.
    const auto pair = idOf(QStringLiteral("links"), HashedUserId);
    view.showAccount(pair);
    QVERIFY(shown.wait(10000));
    QPushButton *show = visibleButton(page, QStringLiteral("Show timeline"));
    QVERIFY(show);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().first().value<QList<std::int64_t>>(),
             (QList<std::int64_t>{
                 pair, idOf(QStringLiteral("irahandle"), QStringLiteral("handle:americanvoice"))}));
}

void TestAccountBrowser::dossierShowsMarkupLiterally()
{
    AccountDossier dossier;
    dossier.ok = true;
    dossier.parts = AccountDossierQuery::AllParts;
    dossier.account = record(42, QStringLiteral("<i>name</i>"));
    dossier.account.description = QStringLiteral("<b>html</b> & <a href=\"http://x\">link</a>");
    dossier.account.displayName = QStringLiteral("<img src=x>");
    dossier.hashtags = {RankedValue{QStringLiteral("a&b"), 3}};
    dossier.mentioned = {RankedAccount{QStringLiteral("7"), QStringLiteral("R&D"), QString(), 7, false, 2}};
    AccountDossierView view(&m_pool);
    view.resize(900, 1400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setDossier(dossier);
    QWidget *page = view.widget();
    for (const QString &text :
         {dossier.account.description, dossier.account.displayName, QStringLiteral("<i>name</i>")}) {
        QLabel *label = visibleLabel(page, text);
        QVERIFY2(label, qPrintable(text));
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    // '&' in a button is not a mnemonic: it is shown, and the button's text says so.
    QPushButton *tag = visibleButton(page, QStringLiteral("#a&&b"));
    QVERIFY(tag);
    QSignalSpy hashtag(&view, &AccountDossierView::hashtagActivated);
    QTest::mouseClick(tag, Qt::LeftButton);
    QCOMPARE(hashtag.size(), 1);
    QCOMPARE(hashtag.first().first().toString(), QStringLiteral("a&b"));
    QVERIFY(visibleButton(page, QStringLiteral("@R&&D")));
    // Every label of the dossier is plain text.
    for (QLabel *label : page->findChildren<QLabel *>()) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
}

void TestAccountBrowser::dossierLaysOutRightToLeft()
{
    AccountDossierView view(&m_pool);
    view.setCachePath(m_cache);
    QSignalSpy shown(&view, &AccountDossierView::dossierShown);
    view.showAccount(
        idOf(QStringLiteral("quirks"), QStringLiteral("Xk3b+9vQ2mLr/aZ0pW8sTn4yHc1dFg6JuEo5iKqVtB7=")));
    QVERIFY(shown.wait(10000));
    QWidget *page = view.widget();
    QLabel *description = visibleLabel(page, QStringLiteral("خبرنگار مستقل (from users file)"));
    QVERIFY(description);
    QCOMPARE(description->layoutDirection(), Qt::RightToLeft);
    QVERIFY(description->alignment() & Qt::AlignRight);
    QLabel *location = visibleLabel(page, QStringLiteral("تهران"));
    QVERIFY(location);
    QCOMPARE(location->layoutDirection(), Qt::RightToLeft);
    QLabel *userid = visibleLabel(page, QStringLiteral("Xk3b+9vQ2mLr/aZ0pW8sTn4yHc1dFg6JuEo5iKqVtB7="));
    QVERIFY(userid);
    QCOMPARE(userid->layoutDirection(), Qt::LeftToRight);
}

void TestAccountBrowser::dossierNewerRequestSupersedes()
{
    AccountDossierView view(&m_pool);
    view.setCachePath(m_cache);
    QSignalSpy shown(&view, &AccountDossierView::dossierShown);
    QSignalSpy overview(&view, &AccountDossierView::overviewShown);
    const auto first = idOf(QStringLiteral("quirks"), QStringLiteral("4125840934"));
    const auto second = idOf(QStringLiteral("nbc"), QStringLiteral("handle:kathiemrr"));
    view.showAccount(first);
    view.showAccount(second);
    QVERIFY(shown.wait(10000));
    m_pool.waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(overview.size(), 1);
    QCOMPARE(shown.first().first().toLongLong(), second);
    QCOMPARE(view.dossier().account.accountId, second);
    QVERIFY(visibleLabel(view.widget(), QStringLiteral("KathieMRR")));
    QVERIFY(!visibleLabel(view.widget(), QStringLiteral("Inside_Syria")));
    // An account that is not there: the error is shown.
    QSignalSpy failed(&view, &AccountDossierView::loadFailed);
    view.showAccount(987654);
    QVERIFY(failed.wait(10000));
    QVERIFY(view.statusText().contains(QStringLiteral("987654")));
}

void TestAccountBrowser::sparklineBuckets()
{
    Sparkline sparkline;
    QCOMPARE(sparkline.buckets(10), QList<qint64>());
    sparkline.setSeries({{QDate(2016, 1, 1), 3}, {QDate(2016, 1, 2), 1}, {QDate(2016, 1, 10), 5}});
    // Ten days in five buckets of two days.
    QCOMPARE(sparkline.buckets(5), (QList<qint64>{4, 0, 0, 0, 5}));
    // More buckets than days: one per day.
    QCOMPARE(sparkline.buckets(100).size(), 10);
    QCOMPARE(sparkline.peak().first, QDate(2016, 1, 10));
    QVERIFY(sparkline.accessibleDescription().contains(QStringLiteral("2016-01-10")));
    sparkline.resize(200, 40);
    QImage image(sparkline.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    sparkline.render(&image);
    // Ten days in ten slots of ~20 px: narrow bars in the highlight colour in the first and last slots, the
    // first (3 tweets) shorter than the last (5), nothing between.
    const QColor highlight = sparkline.palette().color(QPalette::Highlight);
    QCOMPARE(image.pixelColor(10, 35), highlight);
    QCOMPARE(image.pixelColor(189, 35), highlight);
    QCOMPARE(image.pixelColor(189, 5), highlight);
    QVERIFY(image.pixelColor(10, 5) != highlight);
    QVERIFY(image.pixelColor(2, 35) != highlight);
    QVERIFY(image.pixelColor(100, 35) != highlight);
}

QTEST_MAIN(TestAccountBrowser)
#include "tst_accountbrowser.moc"

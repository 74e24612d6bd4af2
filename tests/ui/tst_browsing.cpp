// The main window's browser driven through its widgets: campaigns, the account browser, the dossier, the
// search and filters, the timeline scrolled far, and the view surviving a restart. Figures shown are checked
// against independent SQL on the same cache. Set TROVE_SCREENSHOTS to a folder to keep screenshots.
#include "core/db/database.h"
#include "core/query/conversation.h"
#include "core/synth/archivegenerator.h"
#include "importtesthelpers.h"
#include "ui/explorer.h"
#include "ui/mainwindow.h"
#include "ui/models/accountfilterproxy.h"
#include "ui/models/accounttablemodel.h"
#include "ui/models/campaigntablemodel.h"
#include "ui/models/timelinemodel.h"
#include "ui/viewstate.h"
#include "ui/widgets/accountbrowser.h"
#include "ui/widgets/accountdossierview.h"
#include "ui/widgets/conversationview.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/timelineview.h"
#include "ui/widgets/tweetcarddelegate.h"
#include "ui/widgets/tweetlistview.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace trove;
using namespace trove::test;

namespace {

void screenshot(QWidget *window, const QString &name)
{
    const QByteArray folder = qgetenv("TROVE_SCREENSHOTS");
    if (!folder.isEmpty()) {
        window->grab().save(QString::fromLocal8Bit(folder) + "/" + name + ".png");
    }
}

std::int64_t number(Database &db, const QString &sql)
{
    return trove::test::count(db, sql.toUtf8().constData());
}

// Waits until the timeline's count is exact and its first rows have arrived.
bool timelineSettled(TimelineModel *model)
{
    return !model->isLoading() && model->isCountExact() && (model->rowCount() == 0 || model->isLoaded(0));
}

} // namespace

class TestBrowsing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void browseSearchAndRestore();

private:
    QTemporaryDir m_home;
    QString m_cache;
};

void TestBrowsing::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("TROVE_HOME", m_home.path().toUtf8());
    // The saved view goes to a test location, never into the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    ViewState::clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_cache = m_home.filePath("browse.trove");
    for (const auto &[campaign, seed] : {std::pair{"synthetic-alpha", 5}, std::pair{"synthetic-beta", 6}}) {
        GeneratorOptions options;
        options.outputDirectory = m_home.filePath(QString::fromLatin1(campaign));
        options.campaign = QString::fromLatin1(campaign);
        options.tweets = 4000;
        options.accounts = 80;
        options.seed = std::uint64_t(seed);
        const GeneratorResult generated = ArchiveGenerator::generate(options);
        QVERIFY2(generated.ok, qPrintable(generated.errorString));
        QVERIFY(import(m_cache, {options.outputDirectory}).ok);
    }
}

void TestBrowsing::browseSearchAndRestore()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const std::int64_t alpha = number(db, "SELECT id FROM campaigns WHERE key='synthetic-alpha'");
    const std::int64_t allAccounts = number(db, "SELECT count(*) FROM accounts");
    const std::int64_t allTweets = number(db, "SELECT count(*) FROM tweets");

    auto window = std::make_unique<MainWindow>();
    window->show();
    QSignalSpy refreshed(window.get(), &MainWindow::refreshed);
    window->openCache(m_cache);
    QTRY_VERIFY(refreshed.size() >= 1);
    Explorer *explorer = window->explorer();
    AccountBrowser *accounts = explorer->accountBrowser();
    TimelineView *timeline = explorer->timeline();
    TimelineModel *tweets = timeline->model();

    // Everything at first: every account, every tweet.
    QTRY_COMPARE(accounts->proxy()->rowCount(), int(allAccounts));
    QTRY_VERIFY(timelineSettled(tweets));
    QCOMPARE(tweets->totalCount(), allTweets);
    screenshot(window.get(), "browse-all");

    // Uncheck the beta campaign in the campaign table: accounts and tweets narrow to alpha's.
    auto *campaignTable = window->findChild<QTableView *>("campaignTable");
    QVERIFY(campaignTable);
    const QAbstractItemModel *campaigns = campaignTable->model();
    for (int row = 0; row < campaigns->rowCount(); ++row) {
        const QModelIndex name = campaigns->index(row, CampaignTableModel::NameColumn);
        if (name.data(CampaignTableModel::CampaignIdRole).toLongLong() != alpha) {
            campaignTable->setCurrentIndex(name);
            QTest::keyClick(campaignTable, Qt::Key_Space); // the check box of the current row
        }
    }
    QTRY_COMPARE(accounts->proxy()->rowCount(),
                 int(number(db, QString("SELECT count(*) FROM accounts WHERE campaign_id=%1").arg(alpha))));
    QTRY_VERIFY(timelineSettled(tweets));
    QCOMPARE(tweets->totalCount(),
             number(db, QString("SELECT tweet_count FROM campaigns WHERE id=%1").arg(alpha)));

    // Filter the accounts as you type, then open the busiest one with the keyboard.
    const std::int64_t busiest = number(
        db, QString("SELECT id FROM accounts WHERE campaign_id=%1 ORDER BY tweet_count DESC, id LIMIT 1")
                .arg(alpha));
    const QString alias =
        text(db, QString("SELECT coalesce(alias, screen_name) FROM accounts WHERE id=%1").arg(busiest));
    QTest::keyClicks(accounts->filterEdit(), alias);
    QTRY_COMPARE(accounts->proxy()->rowCount(), 1);
    QSignalSpy overview(explorer->dossier(), &AccountDossierView::overviewShown);
    accounts->view()->setFocus();
    accounts->view()->setCurrentIndex(accounts->proxy()->index(0, 0));
    QTest::keyClick(accounts->view(), Qt::Key_Return);
    QTRY_VERIFY(overview.size() >= 1);
    QCOMPARE(overview.last().first().toLongLong(), busiest);
    QTRY_VERIFY(timelineSettled(tweets));
    QCOMPARE(tweets->totalCount(),
             number(db, QString("SELECT count(*) FROM tweets WHERE account_id=%1").arg(busiest)));
    QCOMPARE(tweets->tweetAt(0).accountId, busiest);
    auto *scope = window->findChild<QLabel *>("timelineScopeLabel");
    QVERIFY2(scope->text().contains(alias), qPrintable(scope->text()));
    screenshot(window.get(), "browse-account");

    // Back to every account of alpha, then a full-text search typed into the search field.
    auto *allButton = window->findChild<QPushButton *>("showAllAccountsButton");
    QVERIFY(allButton && allButton->isVisible());
    QTest::mouseClick(allButton, Qt::LeftButton);
    QTRY_VERIFY(timelineSettled(tweets));
    QCOMPARE(tweets->totalCount(),
             number(db, QString("SELECT tweet_count FROM campaigns WHERE id=%1").arg(alpha)));
    auto *search = explorer->filterBar()->findChild<QLineEdit *>("searchField");
    QVERIFY(search);
    search->insert("Путин"); // QTest::keyClicks types ASCII only
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(explorer->currentFilter().search == "Путин");
    QTRY_VERIFY(timelineSettled(tweets));
    const std::int64_t matches =
        number(db, QString("SELECT count(*) FROM search.tweet_search s JOIN tweets t ON t.id = s.rowid WHERE "
                           "tweet_search MATCH '\"путин\"' AND t.campaign_id=%1")
                       .arg(alpha));
    QVERIFY(matches > 0);
    QCOMPARE(tweets->totalCount(), matches);
    QVERIFY(tweets->tweetAt(0).text.contains("Путин", Qt::CaseInsensitive));
    // The cards highlight what was searched.
    QVERIFY2(timeline->delegate()->searchTerms().join(' ').contains("путин", Qt::CaseInsensitive),
             qPrintable(timeline->delegate()->searchTerms().join(' ')));
    screenshot(window.get(), "browse-search");

    // A hashtag clicked on a card becomes a filter on top of the search.
    const QString tag =
        text(db, QString("SELECT h.tag FROM tweet_hashtags th JOIN hashtags h ON h.id = th.hashtag_id "
                         "JOIN tweets t ON t.id = th.tweet_id WHERE t.campaign_id=%1 "
                         "GROUP BY h.tag ORDER BY count(*) DESC LIMIT 1")
                     .arg(alpha));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(explorer->currentFilter().search.isEmpty());
    emit timeline->hashtagActivated(tag);
    QTRY_COMPARE(explorer->currentFilter().hashtag, tag);
    QTRY_VERIFY(timelineSettled(tweets));
    QCOMPARE(
        tweets->totalCount(),
        number(db, QString("SELECT count(*) FROM tweet_hashtags th JOIN hashtags h ON h.id = th.hashtag_id "
                           "JOIN tweets t ON t.id = th.tweet_id WHERE t.campaign_id=%1 AND h.tag='%2'")
                       .arg(alpha)
                       .arg(tag)));
    explorer->filterBar()->clearFilters();
    QTRY_VERIFY(explorer->currentFilter().isPlain());

    // Scroll to the last tweet: it arrives and is the newest of the campaign.
    QTRY_VERIFY(timelineSettled(tweets));
    const int last = tweets->rowCount() - 1;
    timeline->jumpToRow(last);
    QTRY_VERIFY(tweets->isLoaded(last));
    QCOMPARE(tweets->tweetIdAt(last),
             number(db, QString("SELECT max(id) FROM tweets WHERE campaign_id=%1").arg(alpha)));

    // Open a thread with the keyboard: a reply whose parent the archive holds, made current, then Enter.
    const std::int64_t reply = number(
        db,
        QString(
            "SELECT r.id FROM tweets r JOIN tweets p ON p.id = r.in_reply_to_tweet WHERE r.campaign_id=%1 "
            "ORDER BY r.id LIMIT 1")
            .arg(alpha));
    QVERIFY(reply > 0);
    const std::int64_t parent =
        number(db, QString("SELECT in_reply_to_tweet FROM tweets WHERE id=%1").arg(reply));
    const int replyRow = int(number(
        db, QString("SELECT count(*) FROM tweets WHERE campaign_id=%1 AND id < %2").arg(alpha).arg(reply)));
    timeline->jumpToRow(replyRow);
    QTRY_VERIFY(tweets->isLoaded(replyRow));
    QCOMPARE(tweets->tweetIdAt(replyRow), reply);
    QSignalSpy threadLoaded(explorer->conversation(), &ConversationView::loaded);
    timeline->listView()->setFocus();
    QTest::keyClick(timeline->listView(), Qt::Key_Return);
    QTRY_COMPARE(threadLoaded.size(), 1);
    QVERIFY(threadLoaded.first().first().toBool());
    QVERIFY(explorer->conversation()->isVisible());
    const Conversation &thread = explorer->conversation()->conversation();
    QCOMPARE(thread.focusId, reply);
    QList<std::int64_t> threadIds;
    for (const ConversationEntry &entry : thread.entries) {
        threadIds << entry.tweet.id;
    }
    QVERIFY(threadIds.contains(parent));
    QVERIFY(threadIds.indexOf(parent) < threadIds.indexOf(reply));
    screenshot(window.get(), "browse-thread");

    // The view survives a restart: campaigns, account and search come back.
    explorer->openAccount(busiest);
    search->insert("Путин"); // QTest::keyClicks types ASCII only
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(explorer->currentFilter().search == "Путин");
    const TweetFilter before = explorer->currentFilter();
    window->close();
    window.reset();

    window = std::make_unique<MainWindow>();
    QSignalSpy refreshedAgain(window.get(), &MainWindow::refreshed);
    window->openCache(m_cache);
    window->restoreView();
    window->show();
    QTRY_VERIFY(refreshedAgain.size() >= 1);
    QTRY_COMPARE(window->explorer()->currentFilter(), before);
    QCOMPARE(window->explorer()->currentFilter().campaignIds, QList<std::int64_t>{alpha});
    QTRY_VERIFY(timelineSettled(window->explorer()->timeline()->model()));
    QCOMPARE(
        window->explorer()->timeline()->model()->totalCount(),
        number(db, QString("SELECT count(*) FROM search.tweet_search s JOIN tweets t ON t.id = s.rowid WHERE "
                           "tweet_search MATCH '\"путин\"' AND t.account_id=%1")
                       .arg(busiest)));
    QTRY_COMPARE(window->explorer()->dossier()->requestedAccountId(), busiest);
}

QTEST_MAIN(TestBrowsing)
#include "tst_browsing.moc"

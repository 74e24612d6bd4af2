// The tweet list of the browser: TimelineModel (under QAbstractItemModelTester), TweetListView, the card
// delegate and TimelineView, on a cache holding a generated archive (Twitter ids and FiveThirtyEight v1
// synthetic ids) and the quirks fixture (Persian, Arabic, entities).
#include "core/db/database.h"
#include "core/synth/archivegenerator.h"
#include "core/text/displaytext.h"
#include "importtesthelpers.h"
#include "ui/models/timelinemodel.h"
#include "ui/widgets/conversationview.h"
#include "ui/widgets/timelineview.h"
#include "ui/widgets/tweetcarddelegate.h"
#include "ui/widgets/tweetlistview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace trove;
using namespace trove::test;

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA);
const QString HtmlText =
    QStringLiteral("<b>not bold</b> <a href=\"http://evil.example/\">click</a> &lt;i&gt; #tagged");

QList<std::int64_t> sqlIds(Database &db, const QString &sql)
{
    QList<std::int64_t> ids;
    Statement statement(db, sql.toUtf8().constData());
    while (statement.next()) {
        ids.append(statement.int64(0));
    }
    return ids;
}

// Waits until every row of @p rows is loaded (asking for them through data()).
bool loadRows(TimelineModel &model, const QList<int> &rows, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        bool all = true;
        for (const int row : rows) {
            if (!model.index(row).data(TimelineModel::LoadedRole).toBool()) {
                all = false;
            }
        }
        if (all) {
            return true;
        }
        QTest::qWait(5);
    }
    return false;
}

// A model that only counts rows: TweetListView must cope with millions of them.
class CountingModel : public QAbstractListModel
{
public:
    int rows = 0;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : rows;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        return role == Qt::DisplayRole ? QVariant(QString::number(index.row())) : QVariant();
    }
    void setRows(int count)
    {
        beginResetModel();
        rows = count;
        endResetModel();
    }
};

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainTimelineKnowsItsCountAtOnce();
    void searchRowsArriveAndCountBecomesExact();
    void syntheticIdsAreCollectedInTimeOrder();
    void jumpToPositionAndDate();
    void newQuerySupersedesTheRunningOne();
    void pageCacheIsBounded();
    void listViewHandlesMillionsOfRows();
    void cardShowsHtmlLookingTextAsText();
    void rightToLeftTextIsLaidOutRightToLeft();
    void clicksEmitSignals();
    void viewHeaderAndScreenshot();
    void conversationViewShowsTheThread();

private:
    TweetFilter twitterCampaign();

    QTemporaryDir m_dir;
    QString m_cache;
    std::int64_t m_twitter = 0;
    std::int64_t m_fte = 0;
    std::int64_t m_quirks = 0;
    std::int64_t m_htmlTweet = 0;
    std::int64_t m_persianTweet = 0;
};

void TestTimeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("timeline.trove"));
    const MixedArchive mixed = generateMixedArchive(m_dir.path(), 6000, 80, 21, 800, 12, 22);
    QVERIFY2(mixed.twitter.ok, qPrintable(mixed.twitter.errorString));
    QVERIFY2(mixed.fiveThirtyEight.ok, qPrintable(mixed.fiveThirtyEight.errorString));
    import(m_cache, mixed.files());
    import(m_cache, {Data + QStringLiteral("/twitter/quirks_tweets_csv_hashed.csv"),
                     Data + QStringLiteral("/twitter/quirks_users_csv_hashed.csv")});

    Database db;
    QVERIFY(db.open(m_cache));
    m_twitter = count(db, "SELECT campaign_id FROM tweets ORDER BY id DESC LIMIT 1");
    m_fte = count(db, "SELECT campaign_id FROM tweets ORDER BY id LIMIT 1");
    m_quirks = count(db, "SELECT id FROM campaigns WHERE key LIKE 'quirks%'");
    QVERIFY(m_twitter > 0 && m_fte > 0 && m_quirks > 0);
    // A tweet whose text looks like HTML (the archives hold whatever the operators typed).
    m_htmlTweet = count(db, "SELECT t.id FROM tweets t JOIN source_files s ON s.id = t.source_file_id WHERE "
                            "s.path LIKE '%quirks_tweets%' AND t.source_record = 5");
    Statement update(db, "UPDATE tweets SET text = ? WHERE id = ?");
    update.bind(1, HtmlText);
    update.bind(2, m_htmlTweet);
    QVERIFY(update.run());
    m_persianTweet =
        count(db, "SELECT t.id FROM tweets t JOIN source_files s ON s.id = t.source_file_id WHERE "
                  "s.path LIKE '%quirks_tweets%' AND t.source_record = 3");
    QVERIFY(m_htmlTweet > 0 && m_persianTweet > 0);
}

TweetFilter TestTimeline::twitterCampaign()
{
    TweetFilter filter;
    filter.campaignIds = {m_twitter};
    return filter;
}

void TestTimeline::plainTimelineKnowsItsCountAtOnce()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCachePath(m_cache);
    QSignalSpy counts(&model, &TimelineModel::countChanged);
    model.setQuery(twitterCampaign(), TweetOrder::OldestFirst);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const QList<std::int64_t> expected = sqlIds(
        db, QStringLiteral("SELECT id FROM tweets WHERE campaign_id = %1 ORDER BY time, id").arg(m_twitter));
    // The counters give the count, exact, before any row is read; every row exists at once.
    QTRY_COMPARE(model.rowCount(), int(expected.size()));
    QVERIFY(model.isCountExact());
    QCOMPARE(model.totalCount(), std::int64_t(expected.size()));
    // A row not read yet is a placeholder, never a blocking read.
    const int far = int(expected.size()) - 1000;
    QCOMPARE(model.index(far).data(TimelineModel::LoadedRole).toBool(), false);
    QCOMPARE(model.index(far).data(Qt::DisplayRole).toString(), QStringLiteral("Loading…"));
    QVERIFY(loadRows(model, {0, 1, far, far + 1, int(expected.size()) - 1}));
    for (const int row : {0, 1, far, far + 1, int(expected.size()) - 1}) {
        const TweetRow tweet = model.index(row).data(TimelineModel::TweetRole).value<TweetRow>();
        QCOMPARE(tweet.id, expected[row]);
        QCOMPARE(model.tweetIdAt(row), expected[row]);
        QCOMPARE(model.index(row).data(Qt::DisplayRole).toString(), DisplayText::decoded(tweet.text));
    }
    // Newest first: the same list turned round.
    model.setQuery(twitterCampaign(), TweetOrder::NewestFirst);
    QTRY_COMPARE(model.rowCount(), int(expected.size()));
    QVERIFY(loadRows(model, {0, 250, far}));
    QCOMPARE(model.tweetIdAt(0), expected.last());
    QCOMPARE(model.tweetIdAt(250), expected[expected.size() - 1 - 250]);
    QCOMPARE(model.tweetIdAt(far), expected[expected.size() - 1 - far]);
    QVERIFY(model.errorString().isEmpty());
}

void TestTimeline::searchRowsArriveAndCountBecomesExact()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(50);
    model.setCachePath(m_cache);
    TweetFilter filter;
    filter.search = QStringLiteral("news OR syria");
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setQuery(filter, TweetOrder::NewestFirst);
    QCOMPARE(model.isCountExact(), false);
    QTRY_VERIFY(model.isCountExact());
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const QList<std::int64_t> expected = sqlIds(
        db, QStringLiteral("SELECT id FROM tweets WHERE id IN (SELECT rowid FROM search.tweet_search WHERE "
                           "tweet_search MATCH '\"news\" OR \"syria\"') ORDER BY time DESC, id DESC"));
    QVERIFY(expected.size() > 200);
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.totalCount(), std::int64_t(expected.size()));
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(model.searchTerms(), (QStringList{QStringLiteral("news"), QStringLiteral("syria")}));
    const QList<int> rows = {0, 49, 50, 51, int(expected.size()) / 2, int(expected.size()) - 1};
    QVERIFY(loadRows(model, rows));
    for (const int row : rows) {
        QCOMPARE(model.tweetIdAt(row), expected[row]);
    }
    // Engagement order: the same tweets, most engaged first.
    model.setQuery(filter, TweetOrder::MostEngagement);
    QTRY_VERIFY(model.isCountExact());
    const QList<std::int64_t> engaged = sqlIds(
        db, QStringLiteral("SELECT id FROM tweets WHERE id IN (SELECT rowid FROM search.tweet_search WHERE "
                           "tweet_search MATCH '\"news\" OR \"syria\"') ORDER BY coalesce(like_count,0)+"
                           "coalesce(retweet_count,0)+coalesce(reply_count,0)+coalesce(quote_count,0) DESC, "
                           "time DESC, id DESC"));
    QVERIFY(loadRows(model, {0, 1, 100}));
    QCOMPARE(model.tweetIdAt(0), engaged[0]);
    QCOMPARE(model.tweetIdAt(100), engaged[100]);
    // A query that cannot run says so.
    QSignalSpy errors(&model, &TimelineModel::errorOccurred);
    filter.search = QStringLiteral("\"unclosed");
    model.setQuery(filter, TweetOrder::NewestFirst);
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorString().isEmpty());
}

void TestTimeline::syntheticIdsAreCollectedInTimeOrder()
{
    // The whole cache holds FiveThirtyEight v1 tweets (synthetic ids): the list is collected, merged by time,
    // while the counters give the count at once.
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCachePath(m_cache);
    TweetFilter both;
    both.campaignIds = {m_twitter, m_fte};
    model.setQuery(both, TweetOrder::OldestFirst);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const QList<std::int64_t> expected =
        sqlIds(db, QStringLiteral("SELECT id FROM tweets WHERE campaign_id IN (%1, %2) ORDER BY time, id")
                       .arg(m_twitter)
                       .arg(m_fte));
    QTRY_COMPARE(model.rowCount(), int(expected.size()));
    QVERIFY(model.isCountExact());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), int(expected.size()));
    QList<int> rows;
    for (int row = 0; row < expected.size(); row += 197) {
        rows << row;
    }
    rows << int(expected.size()) - 1;
    QVERIFY(loadRows(model, rows));
    int synthetic = 0;
    for (const int row : std::as_const(rows)) {
        QCOMPARE(model.tweetIdAt(row), expected[row]);
        synthetic += expected[row] < 0;
    }
    // Synthetic ids among the others, not all first.
    QVERIFY(synthetic > 0 && expected.first() > 0);
}

void TestTimeline::jumpToPositionAndDate()
{
    TimelineModel model;
    model.setCachePath(m_cache);
    model.setQuery(twitterCampaign(), TweetOrder::OldestFirst);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const QString where = QStringLiteral("campaign_id = %1").arg(m_twitter);
    const std::int64_t first =
        count(db, QStringLiteral("SELECT min(time) FROM tweets WHERE %1").arg(where).toUtf8().constData());
    const std::int64_t last =
        count(db, QStringLiteral("SELECT max(time) FROM tweets WHERE %1").arg(where).toUtf8().constData());
    QSignalSpy found(&model, &TimelineModel::positionOfTimeFound);
    for (const TweetOrder order : {TweetOrder::OldestFirst, TweetOrder::NewestFirst}) {
        model.setQuery(twitterCampaign(), order);
        for (const std::int64_t time :
             {first + (last - first) / 3 + 12345, first + (last - first) * 4 / 5 + 777}) {
            found.clear();
            const QDateTime at = QDateTime::fromSecsSinceEpoch(time, Qt::UTC);
            model.requestPositionOfTime(at);
            QTRY_COMPARE(found.count(), 1);
            const int row = found.first().at(0).toInt();
            QCOMPARE(found.first().at(1).toDateTime(), at);
            const char *comparison = order == TweetOrder::OldestFirst ? "<" : ">";
            QCOMPARE(row, int(count(db, QStringLiteral("SELECT count(*) FROM tweets WHERE %1 AND time %2 %3")
                                            .arg(where, QLatin1String(comparison))
                                            .arg(time)
                                            .toUtf8()
                                            .constData())));
            // The row found is the first of that moment: loaded, it is at or after (before) the time.
            QVERIFY(loadRows(model, {row}));
            const TweetRow tweet = model.tweetAt(row);
            QVERIFY(order == TweetOrder::OldestFirst ? tweet.time >= at : tweet.time <= at);
        }
    }
    // A collected list (a search) jumps too.
    TweetFilter search;
    search.search = QStringLiteral("news");
    model.setQuery(search, TweetOrder::OldestFirst);
    QTRY_VERIFY(model.isCountExact());
    found.clear();
    const std::int64_t middle = first + (last - first) / 2;
    model.requestPositionOfTime(QDateTime::fromSecsSinceEpoch(middle, Qt::UTC));
    QTRY_COMPARE(found.count(), 1);
    QCOMPARE(
        found.first().at(0).toInt(),
        int(count(db, QStringLiteral("SELECT count(*) FROM tweets WHERE id IN (SELECT rowid FROM "
                                     "search.tweet_search WHERE tweet_search MATCH '\"news\"') AND time < %1")
                          .arg(middle)
                          .toUtf8()
                          .constData())));
    // Engagement order has no date to jump to.
    model.setQuery(search, TweetOrder::MostEngagement);
    found.clear();
    model.requestPositionOfTime(QDateTime::fromSecsSinceEpoch(middle, Qt::UTC));
    QTRY_COMPARE(found.count(), 1);
    QCOMPARE(found.first().at(0).toInt(), -1);
}

void TestTimeline::newQuerySupersedesTheRunningOne()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCachePath(m_cache);
    // A long job (every tweet sorted by engagement) and, at once, a small list: only the latter shows.
    model.setQuery(TweetFilter(), TweetOrder::MostEngagement);
    model.index(0).data(); // ask for a page of the old query too
    TweetFilter small;
    small.campaignIds = {m_quirks};
    QSignalSpy counts(&model, &TimelineModel::countChanged);
    model.setQuery(small, TweetOrder::OldestFirst);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const QList<std::int64_t> expected =
        sqlIds(db, QStringLiteral("SELECT id FROM tweets WHERE campaign_id = %1 ORDER BY id").arg(m_quirks));
    QTRY_COMPARE(model.rowCount(), int(expected.size()));
    QVERIFY(loadRows(model, {0, int(expected.size()) - 1}));
    QTest::qWait(300); // anything the first query still had under way would arrive now
    QCOMPARE(model.rowCount(), int(expected.size()));
    QCOMPARE(model.totalCount(), std::int64_t(expected.size()));
    for (const QList<QVariant> &signal : std::as_const(counts)) {
        QVERIFY(signal.at(0).toLongLong() <= expected.size());
    }
    QVERIFY(expected.contains(model.tweetIdAt(0)));
}

void TestTimeline::pageCacheIsBounded()
{
    TimelineModel model;
    model.setPageSize(20);
    model.setMaximumCachedPages(5);
    model.setCachePath(m_cache);
    model.setQuery(twitterCampaign(), TweetOrder::OldestFirst);
    QTRY_VERIFY(model.rowCount() > 1000);
    for (int row = 0; row < 1000; row += 20) {
        QVERIFY(loadRows(model, {row}));
        QVERIFY(model.cachedPages() <= 5);
    }
    // The first page was dropped long ago; asked again, it is read again.
    QVERIFY(!model.isLoaded(0));
    QVERIFY(loadRows(model, {0}));
}

void TestTimeline::listViewHandlesMillionsOfRows()
{
    CountingModel model;
    TweetListView view;
    view.setRowHeight(150);
    view.setModel(&model);
    view.resize(500, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    model.setRows(9'000'000);
    QCoreApplication::processEvents();
    // No per-row work: far below what QListView takes (0.75 s here).
    QVERIFY2(timer.elapsed() < 200, qPrintable(QString::number(timer.elapsed())));
    view.scrollToRow(8'999'999, TweetListView::PositionAtBottom);
    QCOMPARE(view.lastVisibleRow(), 8'999'999);
    QCOMPARE(view.indexAt(QPoint(10, view.viewport()->height() - 5)).row(), 8'999'999);
    view.scrollToRow(4'500'000);
    QCOMPARE(view.firstVisibleRow(), 4'500'000);
    QCOMPARE(view.visualRect(model.index(4'500'000)).top(), 0);
    QCOMPARE(view.indexAt(QPoint(10, 160)).row(), 4'500'001);
    // Keyboard: Page Down moves the current row by a screenful, End to the last row.
    view.setCurrentIndex(model.index(4'500'000));
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(view.currentIndex().row(), 4'500'000 + view.viewport()->height() / 150);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.currentIndex().row(), 8'999'999);
    QCOMPARE(view.lastVisibleRow(), 8'999'999);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.currentIndex().row(), 0);
    QCOMPARE(view.firstVisibleRow(), 0);
    // A short list scrolls by pixel.
    model.setRows(40);
    view.scrollToRow(10);
    QCOMPARE(view.firstVisibleRow(), 10);
}

void TestTimeline::cardShowsHtmlLookingTextAsText()
{
    TimelineView view;
    view.resize(900, 700);
    view.setCachePath(m_cache);
    TweetFilter filter;
    filter.campaignIds = {m_quirks};
    view.setQuery(filter, TweetOrder::OldestFirst);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineModel *model = view.model();
    QTRY_VERIFY(model->rowCount() > 3);
    QList<int> all;
    for (int row = 0; row < model->rowCount(); ++row) {
        all << row;
    }
    QVERIFY(loadRows(*model, all));
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->tweetIdAt(i) == m_htmlTweet) {
            row = i;
        }
    }
    QVERIFY(row >= 0);
    const QModelIndex index = model->index(row);
    // The text as people read it: tags kept as characters, entities decoded.
    const QString shown =
        QStringLiteral("<b>not bold</b> <a href=\"http://evil.example/\">click</a> <i> #tagged");
    QCOMPARE(index.data(Qt::DisplayRole).toString(), shown);
    // Laid out as plain text: the first line holds the tag characters (rich text would have dropped them).
    QStyleOptionViewItem option;
    option.initFrom(view.listView());
    option.rect = QRect(0, 0, 900, TweetCardDelegate::cardHeight(option.font));
    const QList<QPair<QRect, bool>> lines = view.delegate()->textLines(option, index);
    QCOMPARE(lines.size(), 1);
    const int expectedWidth = QFontMetrics(option.font).horizontalAdvance(shown);
    QVERIFY2(qAbs(lines.first().first.width() - expectedWidth) <= 3,
             qPrintable(QStringLiteral("%1 vs %2").arg(lines.first().first.width()).arg(expectedWidth)));
    // The link inside the text is found as a link to its full target, and the hashtag as a hashtag.
    QStringList spans;
    for (const auto &[span, rect] : view.delegate()->spanRects(option, index)) {
        spans << span.value;
        QVERIFY(rect.width() > 0);
    }
    QCOMPARE(spans, (QStringList{QStringLiteral("http://evil.example/"), QStringLiteral("tagged")}));
    view.jumpToRow(row);
    QTest::qWait(50);
    view.grab().save(QStringLiteral("/tmp/h3-card-html.png"));
}

void TestTimeline::rightToLeftTextIsLaidOutRightToLeft()
{
    TimelineModel model;
    model.setCachePath(m_cache);
    TweetFilter filter;
    filter.campaignIds = {m_quirks};
    model.setQuery(filter, TweetOrder::OldestFirst);
    QTRY_VERIFY(model.rowCount() > 3);
    QList<int> all;
    for (int row = 0; row < model.rowCount(); ++row) {
        all << row;
    }
    QVERIFY(loadRows(model, all));
    TweetCardDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QFont();
    option.rect = QRect(0, 0, 1200, TweetCardDelegate::cardHeight(option.font));
    int persianRow = -1;
    int englishRow = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        const TweetRow tweet = model.tweetAt(row);
        if (tweet.id == m_persianTweet) {
            persianRow = row;
        } else if (englishRow < 0 && !tweet.text.isRightToLeft() && tweet.id != m_htmlTweet) {
            englishRow = row;
        }
    }
    QVERIFY(persianRow >= 0 && englishRow >= 0);
    const QList<QPair<QRect, bool>> persian = delegate.textLines(option, model.index(persianRow));
    const QList<QPair<QRect, bool>> english = delegate.textLines(option, model.index(englishRow));
    QVERIFY(!persian.isEmpty() && !english.isEmpty());
    QVERIFY(persian.first().second);
    QVERIFY(!english.first().second);
    // Right-to-left text hugs the right edge of the card, left-to-right text the left one.
    const int textRight = option.rect.right() - 6 - 10;
    const int textLeft = option.rect.left() + 6 + 10;
    QVERIFY2(qAbs(persian.first().first.right() - textRight) <= 3,
             qPrintable(QString::number(persian.first().first.right())));
    QVERIFY(persian.first().first.left() > textLeft + 100);
    QVERIFY(qAbs(english.first().first.left() - textLeft) <= 3);
}

void TestTimeline::clicksEmitSignals()
{
    TimelineView view;
    view.resize(1000, 800);
    view.setCachePath(m_cache);
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    // A tweet with a hashtag in its text, a mention and a link (the generated texts have them).
    const std::int64_t tagged =
        count(db, QStringLiteral("SELECT id FROM tweets WHERE campaign_id = %1 AND text LIKE '%#%' "
                                 "AND text LIKE '%@%' AND text LIKE '%http%' ORDER BY id LIMIT 1")
                      .arg(m_twitter)
                      .toUtf8()
                      .constData());
    QVERIFY(tagged > 0);
    TweetFilter filter;
    filter.campaignIds = {m_twitter};
    filter.until = QDateTime::fromSecsSinceEpoch(
        count(db, QStringLiteral("SELECT time FROM tweets WHERE id = %1").arg(tagged).toUtf8().constData()) +
            1,
        Qt::UTC);
    view.setQuery(filter, TweetOrder::NewestFirst);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    TimelineModel *model = view.model();
    QTRY_VERIFY(model->isCountExact() && model->rowCount() > 0);
    QVERIFY(loadRows(*model, {0}));
    int row = -1;
    QTRY_VERIFY((row = model->rowOfTweet(tagged)) >= 0);
    view.jumpToRow(row);
    QVERIFY(loadRows(*model, {row}));
    QStyleOptionViewItem option;
    option.initFrom(view.listView());
    option.font = view.listView()->font();
    option.rect = view.listView()->visualRect(model->index(row));
    QSignalSpy hashtags(&view, &TimelineView::hashtagActivated);
    QSignalSpy mentions(&view, &TimelineView::mentionActivated);
    QSignalSpy links(&view, &TimelineView::linkActivated);
    QSignalSpy accounts(&view, &TimelineView::accountActivated);
    QString tag;
    QString mention;
    QString link;
    for (const auto &[span, rect] : view.delegate()->spanRects(option, model->index(row))) {
        QWidget *viewport = view.listView()->viewport();
        if (span.kind == TextSpan::Kind::Hashtag && tag.isEmpty()) {
            tag = span.value;
            // A hand over what a click acts on.
            QTest::mouseMove(viewport, rect.center());
            QTRY_COMPARE(viewport->cursor().shape(), Qt::PointingHandCursor);
            QTest::mouseClick(viewport, Qt::LeftButton, {}, rect.center());
        } else if (span.kind == TextSpan::Kind::Mention && mention.isEmpty()) {
            mention = span.value;
            QTest::mouseClick(viewport, Qt::LeftButton, {}, rect.center());
        } else if (span.kind == TextSpan::Kind::Url && link.isEmpty()) {
            link = span.value;
            QTest::mouseClick(viewport, Qt::LeftButton, {}, rect.center());
        }
    }
    QVERIFY(!tag.isEmpty() && !mention.isEmpty() && !link.isEmpty());
    QCOMPARE(hashtags.count(), 1);
    QCOMPARE(hashtags.first().at(0).toString(), tag);
    QCOMPARE(mentions.count(), 1);
    QCOMPARE(mentions.first().at(0).toString(), mention);
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.first().at(0).toString(), link);
    QVERIFY(link.startsWith(QLatin1String("http")));
    // The author's name opens the account.
    const TweetCardDelegate::Layout parts = view.delegate()->layout(option, model->tweetAt(row));
    QTest::mouseClick(view.listView()->viewport(), Qt::LeftButton, {}, parts.author.center());
    QCOMPARE(accounts.count(), 1);
    QCOMPARE(accounts.first().at(0).toLongLong(), model->tweetAt(row).accountId);
    // Enter asks for the conversation of the current tweet.
    QSignalSpy conversations(&view, &TimelineView::conversationRequested);
    view.listView()->setFocus();
    view.jumpToRow(row);
    QTest::keyClick(view.listView(), Qt::Key_Return);
    QCOMPARE(conversations.count(), 1);
    QCOMPARE(conversations.first().at(0).toLongLong(), tagged);
}

void TestTimeline::viewHeaderAndScreenshot()
{
    TimelineView view;
    view.resize(1000, 900);
    view.setCachePath(m_cache);
    view.setTitle(QStringLiteral("Generated campaign"));
    view.setQuery(twitterCampaign(), TweetOrder::OldestFirst);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const std::int64_t total = count(db, QStringLiteral("SELECT count(*) FROM tweets WHERE campaign_id = %1")
                                             .arg(m_twitter)
                                             .toUtf8()
                                             .constData());
    QTRY_COMPARE(view.countText(), QStringLiteral("%1 tweets").arg(QLocale().toString(qlonglong(total))));
    // The sort box re-runs the list in the order picked.
    QSignalSpy orders(&view, &TimelineView::orderChanged);
    auto *sort = view.findChild<QComboBox *>();
    QVERIFY(sort);
    sort->setCurrentIndex(1);
    emit sort->activated(1);
    QCOMPARE(orders.count(), 1);
    QCOMPARE(view.model()->order(), TweetOrder::NewestFirst);
    QTRY_VERIFY(view.model()->rowCount() > 0);
    // Jump to a date: the first tweet of that day (UTC) becomes the current row.
    const std::int64_t middle =
        count(db, QStringLiteral("SELECT time FROM tweets WHERE campaign_id = %1 ORDER BY "
                                 "time LIMIT 1 OFFSET %2")
                      .arg(m_twitter)
                      .arg(total / 2)
                      .toUtf8()
                      .constData());
    const QDate day = QDateTime::fromSecsSinceEpoch(middle, Qt::UTC).date();
    view.jumpToDate(day);
    const std::int64_t after =
        count(db, QStringLiteral("SELECT count(*) FROM tweets WHERE campaign_id = %1 AND time >= %2")
                      .arg(m_twitter)
                      .arg(QDateTime(day.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
                      .toUtf8()
                      .constData());
    QTRY_COMPARE(view.listView()->currentIndex().row(), int(after));
    QTRY_VERIFY(loadRows(*view.model(), {int(after)}));
    QCOMPARE(view.model()->tweetAt(int(after)).time.date(), day);
    QTest::qWait(100);
    view.grab().save(QStringLiteral("/tmp/h3-timeline.png"));
}

void TestTimeline::conversationViewShowsTheThread()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const std::int64_t original = count(db, "SELECT t.id FROM tweets t JOIN source_files s ON s.id = "
                                            "t.source_file_id WHERE s.path LIKE '%quirks_tweets%' AND "
                                            "t.source_record = 1");
    ConversationView view;
    view.resize(900, 600);
    view.setCachePath(m_cache);
    QSignalSpy loaded(&view, &ConversationView::loaded);
    view.showConversation(m_persianTweet);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.first().at(0).toBool(), true);
    // The Persian reply under the tweet it answers, indented, and current.
    QAbstractItemModel *model = view.listView()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(TimelineModel::TweetIdRole).toLongLong(), original);
    QCOMPARE(model->index(1, 0).data(TimelineModel::TweetIdRole).toLongLong(), m_persianTweet);
    QCOMPARE(model->index(1, 0).data(TweetCardDelegate::DepthRole).toInt(), 1);
    QCOMPARE(view.listView()->currentIndex().row(), 1);
    QVERIFY(view.summaryText().startsWith(QStringLiteral("2 tweets")));
    QStyleOptionViewItem option;
    option.initFrom(view.listView());
    option.rect = view.listView()->visualRect(model->index(0, 0));
    const TweetRow parent = model->index(0, 0).data(TimelineModel::TweetRole).value<TweetRow>();
    const int parentLeft = view.delegate()->layout(option, parent).card.left();
    option.rect = view.listView()->visualRect(model->index(1, 0));
    const QList<QPair<QRect, bool>> replyLines = view.delegate()->textLines(option, model->index(1, 0));
    QVERIFY(!replyLines.isEmpty());
    // Indented: the reply's card starts one level further right (its text is right-to-left, so compare
    // cards).
    QStyleOptionViewItem indented = option;
    indented.rect.setLeft(option.rect.left() + TweetCardDelegate::IndentPerLevel);
    const TweetRow reply = model->index(1, 0).data(TimelineModel::TweetRole).value<TweetRow>();
    QCOMPARE(view.delegate()->layout(indented, reply).card.left(),
             parentLeft + TweetCardDelegate::IndentPerLevel);
    QTest::qWait(50);
    view.grab().save(QStringLiteral("/tmp/h3-conversation.png"));
}

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"

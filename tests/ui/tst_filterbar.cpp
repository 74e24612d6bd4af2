// The filter bar: what it shows is what filter() returns, one filterChanged() per change a person makes,
// none for setFilter(), parse errors shown in the bar, and every control named for assistive technology.

#include "core/query/tweetfilter.h"
#include "ui/widgets/filterbar.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace trove;

Q_DECLARE_METATYPE(trove::TweetFilter)

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultIsNoFilter();
    void roundTrip_data();
    void roundTrip();
    void timesThatAreNotWholeDaysSurvive();
    void selectionIsNotTheBarsToFill();
    void setFilterEmitsNothing();
    void typingEmitsOnceAfterThePause();
    void enterAppliesAtOnce();
    void eachControlEmitsOncePerChange();
    void untilDayIsIncluded();
    void clearingKeepsTheSearch();
    void hashtagAndMentionSetters();
    void parseErrorShownAndNothingEmitted();
    void summaryNamesTheFilters();
    void languagesClientsAndCategoriesOffered();
    void expandAndCollapse();
    void focusSearchSelectsTheText();
    void everyControlHasAnAccessibleName();
    void tabOrderFollowsTheLayout();

private:
    template<typename T> T *child(FilterBar &bar, const char *name)
    {
        T *widget = bar.findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no child %s", name);
        }
        return widget;
    }
};

void TestFilterBar::initTestCase()
{
    qRegisterMetaType<TweetFilter>();
}

void TestFilterBar::defaultIsNoFilter()
{
    FilterBar bar;
    QCOMPARE(bar.filter(), TweetFilter());
    QVERIFY(bar.filter().isPlain());
    QVERIFY(!bar.isExpanded());
    QVERIFY(!child<QAbstractButton>(bar, "clearFiltersButton")->isEnabled());
}

void TestFilterBar::roundTrip_data()
{
    QTest::addColumn<TweetFilter>("filter");
    const auto utc = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC); };
    TweetFilter search;
    search.search = QStringLiteral("\"crooked hillary\" OR maga* -bot");
    QTest::newRow("search") << search;
    TweetFilter from;
    from.from = utc(2016, 1, 1);
    QTest::newRow("from") << from;
    TweetFilter until;
    until.until = utc(2017, 1, 1);
    QTest::newRow("until") << until;
    TweetFilter range;
    range.from = utc(2015, 6, 1);
    range.until = utc(2015, 6, 2);
    QTest::newRow("one day") << range;
    TweetFilter language;
    language.language = QStringLiteral("ru");
    QTest::newRow("language not offered") << language;
    TweetFilter client;
    client.client = QStringLiteral("Twitter Web Client");
    QTest::newRow("client") << client;
    for (unsigned kinds : {0u, 1u, 2u, 4u, 8u, 5u, 0xEu}) {
        TweetFilter filter;
        filter.kinds = kinds;
        QTest::addRow("kinds %u", kinds) << filter;
    }
    TweetFilter hashtag;
    hashtag.hashtag = QStringLiteral("MAGA");
    QTest::newRow("hashtag") << hashtag;
    TweetFilter mention;
    mention.mention = QStringLiteral("realDonaldTrump");
    QTest::newRow("mention") << mention;
    TweetFilter with;
    with.media = TweetFilter::Media::With;
    QTest::newRow("with media") << with;
    TweetFilter without;
    without.media = TweetFilter::Media::Without;
    QTest::newRow("without media") << without;
    TweetFilter category;
    category.category = QStringLiteral("HashtagGamer");
    QTest::newRow("category") << category;
    TweetFilter odd;
    odd.category = QStringLiteral("SomethingElse");
    QTest::newRow("category not offered") << odd;
    TweetFilter everything;
    everything.search =
        QStringLiteral("\u0645\u0631\u06af \u0628\u0631 \u0622\u0645\u0631\u06cc\u06a9\u0627");
    everything.from = utc(2014, 2, 3);
    everything.until = utc(2018, 10, 17);
    everything.language = QStringLiteral("fa");
    everything.client = QStringLiteral("Twitter for Android");
    everything.kinds = 0x3;
    everything.hashtag = QStringLiteral("\u0627\u06cc\u0631\u0627\u0646");
    everything.mention = QStringLiteral("2882331822");
    everything.media = TweetFilter::Media::With;
    everything.category = QStringLiteral("NonEnglish");
    QTest::newRow("everything") << everything;
}

void TestFilterBar::roundTrip()
{
    QFETCH(TweetFilter, filter);
    FilterBar bar;
    bar.setFilter(filter);
    QCOMPARE(bar.filter(), filter);
    // And back to nothing.
    bar.setFilter(TweetFilter());
    QCOMPARE(bar.filter(), TweetFilter());
}

void TestFilterBar::timesThatAreNotWholeDaysSurvive()
{
    FilterBar bar;
    TweetFilter filter;
    filter.from = QDateTime(QDate(2016, 11, 8), QTime(14, 30), Qt::UTC);
    filter.until = QDateTime(QDate(2016, 11, 8), QTime(15, 30), Qt::UTC);
    bar.setFilter(filter);
    QCOMPARE(bar.filter(), filter);
    QCOMPARE(child<QDateEdit>(bar, "fromDate")->date(), QDate(2016, 11, 8));
    QCOMPARE(child<QDateEdit>(bar, "untilDate")->date(), QDate(2016, 11, 8));
    // Touching the date makes it a whole day again.
    child<QDateEdit>(bar, "untilDate")->setDate(QDate(2016, 11, 9));
    QCOMPARE(bar.filter().until, QDateTime(QDate(2016, 11, 10), QTime(0, 0), Qt::UTC));
    QCOMPARE(bar.filter().from, filter.from);
}

void TestFilterBar::selectionIsNotTheBarsToFill()
{
    FilterBar bar;
    TweetFilter filter;
    filter.campaignIds = {1, 2};
    filter.accountIds = {7};
    filter.language = QStringLiteral("en");
    bar.setFilter(filter);
    QVERIFY(bar.filter().campaignIds.isEmpty());
    QVERIFY(bar.filter().accountIds.isEmpty());
    QCOMPARE(bar.filter().language, QStringLiteral("en"));
}

void TestFilterBar::setFilterEmitsNothing()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    TweetFilter filter;
    filter.search = QStringLiteral("troll");
    filter.from = QDateTime(QDate(2016, 1, 1), QTime(0, 0), Qt::UTC);
    filter.kinds = 1;
    filter.category = QStringLiteral("LeftTroll");
    filter.language = QStringLiteral("en");
    bar.setFilter(filter);
    QTest::qWait(600); // longer than the typing pause
    QCOMPARE(spy.count(), 0);
    // Applying what it already shows announces nothing either.
    QTest::keyClick(child<QLineEdit>(bar, "searchField"), Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
}

void TestFilterBar::typingEmitsOnceAfterThePause()
{
    FilterBar bar;
    bar.setTypingDelay(150);
    bar.show();
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    auto *search = child<QLineEdit>(bar, "searchField");
    QTest::keyClicks(search, "election");
    QCOMPARE(spy.count(), 0); // still typing
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<TweetFilter>().search, QStringLiteral("election"));
    QTest::qWait(300);
    QCOMPARE(spy.count(), 1);
}

void TestFilterBar::enterAppliesAtOnce()
{
    FilterBar bar;
    bar.setTypingDelay(60000);
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    auto *search = child<QLineEdit>(bar, "searchField");
    QTest::keyClicks(search, "vote");
    QCOMPARE(spy.count(), 0);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<TweetFilter>().search, QStringLiteral("vote"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    // The text fields of the second line too.
    auto *hashtag = child<QLineEdit>(bar, "hashtagField");
    QTest::keyClicks(hashtag, "#BlackLivesMatter");
    QTest::keyClick(hashtag, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<TweetFilter>().hashtag, QStringLiteral("BlackLivesMatter"));
    auto *language = child<QComboBox>(bar, "languageCombo");
    QTest::keyClicks(language->lineEdit(), "de");
    QTest::keyClick(language->lineEdit(), Qt::Key_Return);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).value<TweetFilter>().language, QStringLiteral("de"));
}

void TestFilterBar::eachControlEmitsOncePerChange()
{
    FilterBar bar;
    bar.setTypingDelay(0);
    bar.setExpanded(true);
    bar.show();
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    int expected = 0;
    const auto last = [&spy] { return spy.last().at(0).value<TweetFilter>(); };

    child<QAbstractButton>(bar, "kindRetweet")->click();
    QCOMPARE(spy.count(), ++expected);
    QCOMPARE(last().kinds, 0xDu);
    child<QAbstractButton>(bar, "kindRetweet")->click();
    QCOMPARE(spy.count(), ++expected);
    QCOMPARE(last().kinds, unsigned(TweetFilter::AllKinds));

    child<QComboBox>(bar, "mediaCombo")->setCurrentIndex(2);
    QCOMPARE(spy.count(), ++expected);
    QCOMPARE(last().media, TweetFilter::Media::Without);

    auto *category = child<QComboBox>(bar, "categoryCombo");
    category->setCurrentIndex(category->findText(QStringLiteral("Fearmonger")));
    QCOMPARE(spy.count(), ++expected);
    QCOMPARE(last().category, QStringLiteral("Fearmonger"));

    child<QCheckBox>(bar, "fromCheck")->click();
    QCOMPARE(spy.count(), ++expected);
    QVERIFY(last().from.isValid());
    child<QDateEdit>(bar, "fromDate")->setDate(QDate(2017, 3, 4));
    ++expected;
    QTRY_COMPARE(spy.count(), expected);
    QCOMPARE(last().from, QDateTime(QDate(2017, 3, 4), QTime(0, 0), Qt::UTC));

    child<QCheckBox>(bar, "untilCheck")->click();
    QCOMPARE(spy.count(), ++expected);
    QVERIFY(last().until.isValid());

    auto *language = child<QComboBox>(bar, "languageCombo");
    bar.setLanguages({QStringLiteral("en"), QStringLiteral("ru")});
    QCOMPARE(spy.count(), expected); // offering values changes nothing
    language->setCurrentIndex(language->findText(QStringLiteral("ru")));
    ++expected;
    QTRY_COMPARE(spy.count(), expected);
    QCOMPARE(last().language, QStringLiteral("ru"));

    QTest::qWait(50);
    QCOMPARE(spy.count(), expected);
}

void TestFilterBar::untilDayIsIncluded()
{
    FilterBar bar;
    bar.setExpanded(true);
    child<QCheckBox>(bar, "untilCheck")->click();
    child<QDateEdit>(bar, "untilDate")->setDate(QDate(2016, 12, 31));
    QCOMPARE(bar.filter().until, QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC));
    child<QCheckBox>(bar, "fromCheck")->click();
    child<QDateEdit>(bar, "fromDate")->setDate(QDate(2016, 12, 31));
    QCOMPARE(bar.filter().from, QDateTime(QDate(2016, 12, 31), QTime(0, 0), Qt::UTC));
    // Unchecked, the date counts for nothing.
    child<QCheckBox>(bar, "untilCheck")->click();
    QVERIFY(!bar.filter().until.isValid());
    QVERIFY(!child<QDateEdit>(bar, "untilDate")->isEnabled());
}

void TestFilterBar::clearingKeepsTheSearch()
{
    FilterBar bar;
    TweetFilter filter;
    filter.search = QStringLiteral("hillary");
    filter.language = QStringLiteral("en");
    filter.kinds = 1;
    filter.hashtag = QStringLiteral("tcot");
    filter.media = TweetFilter::Media::With;
    filter.until = QDateTime(QDate(2017, 1, 1), QTime(0, 0), Qt::UTC);
    bar.setFilter(filter);
    auto *clear = child<QAbstractButton>(bar, "clearFiltersButton");
    QVERIFY(clear->isEnabled());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    clear->click();
    QCOMPARE(spy.count(), 1);
    TweetFilter expected;
    expected.search = QStringLiteral("hillary");
    QCOMPARE(spy.at(0).at(0).value<TweetFilter>(), expected);
    QCOMPARE(bar.filter(), expected);
    QVERIFY(!clear->isEnabled());
    bar.clearFilters();
    QCOMPARE(spy.count(), 1); // nothing left to clear
}

void TestFilterBar::hashtagAndMentionSetters()
{
    FilterBar bar;
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    bar.setHashtag(QStringLiteral("#MAGA"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(bar.filter().hashtag, QStringLiteral("MAGA"));
    QCOMPARE(child<QLineEdit>(bar, "hashtagField")->text(), QStringLiteral("MAGA"));
    bar.setHashtag(QStringLiteral("MAGA"));
    QCOMPARE(spy.count(), 1); // the same hashtag again: no change
    bar.setMention(QStringLiteral("@TEN_GOP"));
    QCOMPARE(spy.count(), 2);
    const TweetFilter last = spy.last().at(0).value<TweetFilter>();
    QCOMPARE(last.mention, QStringLiteral("TEN_GOP"));
    QCOMPARE(last.hashtag, QStringLiteral("MAGA"));
    QVERIFY(child<QLabel>(bar, "filterSummary")->toolTip().contains(QStringLiteral("#MAGA")));
    QVERIFY(child<QLabel>(bar, "filterSummary")->toolTip().contains(QStringLiteral("@TEN_GOP")));
}

void TestFilterBar::parseErrorShownAndNothingEmitted()
{
    FilterBar bar;
    bar.setTypingDelay(0);
    bar.show();
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    auto *search = child<QLineEdit>(bar, "searchField");
    auto *error = child<QLabel>(bar, "searchError");
    QVERIFY(!error->isVisible());
    QTest::keyClicks(search, "\"unclosed <b>phrase</b>");
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!bar.searchError().isEmpty());
    QVERIFY(error->isVisible());
    QCOMPARE(error->toolTip(), bar.searchError());
    QCOMPARE(error->textFormat(), Qt::PlainText);
    // Fixing the query removes the error and runs it.
    QTest::keyClick(search, Qt::Key_End);
    QTest::keyClicks(search, "\"");
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QVERIFY(bar.searchError().isEmpty());
    QVERIFY(!error->isVisible());
    // An operator alone is an error too; an empty field is no search, not an error.
    search->clear();
    QCOMPARE(spy.count(), 2);
    QTest::keyClicks(search, "OR");
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!bar.searchError().isEmpty());
    QCOMPARE(spy.count(), 2);
    // setFilter() with a bad search shows the error too.
    TweetFilter bad;
    bad.search = QStringLiteral("(a");
    bar.setFilter(bad);
    QVERIFY(!bar.searchError().isEmpty());
    QVERIFY(error->isVisible());
}

void TestFilterBar::summaryNamesTheFilters()
{
    FilterBar bar;
    bar.resize(1200, bar.sizeHint().height());
    bar.show();
    TweetFilter filter;
    filter.search = QStringLiteral("ignored in the summary");
    filter.language = QStringLiteral("ru");
    filter.hashtag = QStringLiteral("<img src=x>");
    bar.setFilter(filter);
    auto *summary = child<QLabel>(bar, "filterSummary");
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    TweetFilter withoutSearch = filter;
    withoutSearch.search.clear();
    QCOMPARE(summary->toolTip(), withoutSearch.describeFilters());
    QVERIFY(summary->text().contains(QStringLiteral("language ru")));
    bar.setFilter(TweetFilter());
    QVERIFY(summary->toolTip().isEmpty());
}

void TestFilterBar::languagesClientsAndCategoriesOffered()
{
    FilterBar bar;
    auto *language = child<QComboBox>(bar, "languageCombo");
    auto *client = child<QComboBox>(bar, "clientCombo");
    auto *category = child<QComboBox>(bar, "categoryCombo");
    for (const QString &name : FilterBar::defaultCategories()) {
        QVERIFY2(category->findText(name) >= 0, qPrintable(name));
    }
    QCOMPARE(FilterBar::defaultCategories().size(), 8);
    TweetFilter filter;
    filter.language = QStringLiteral("uk");
    filter.client = QStringLiteral("TweetDeck");
    bar.setFilter(filter);
    bar.setLanguages({QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("uk")});
    bar.setClients({QStringLiteral("Twitter Web Client"), QStringLiteral("TweetDeck")});
    QVERIFY(language->findText(QStringLiteral("ru")) >= 0);
    QVERIFY(client->findText(QStringLiteral("Twitter Web Client")) >= 0);
    // What was chosen stays chosen.
    QCOMPARE(bar.filter().language, QStringLiteral("uk"));
    QCOMPARE(bar.filter().client, QStringLiteral("TweetDeck"));
    bar.setCategories({QStringLiteral("Alpha"), QStringLiteral("Beta")});
    QVERIFY(category->findText(QStringLiteral("Beta")) >= 0);
    QCOMPARE(category->findText(QStringLiteral("RightTroll")), -1);
    QCOMPARE(bar.filter().category, QString());
}

void TestFilterBar::expandAndCollapse()
{
    FilterBar bar;
    bar.show();
    auto *more = bar.findChild<QWidget *>(QStringLiteral("moreFilters"));
    QVERIFY(more);
    QVERIFY(!more->isVisible());
    const int collapsedHeight = bar.sizeHint().height();
    QSignalSpy spy(&bar, &FilterBar::expandedChanged);
    child<QAbstractButton>(bar, "moreFiltersButton")->click();
    QCOMPARE(spy.count(), 1);
    QVERIFY(bar.isExpanded());
    QVERIFY(more->isVisible());
    QVERIFY(bar.sizeHint().height() > collapsedHeight);
    bar.setExpanded(true);
    QCOMPARE(spy.count(), 1);
    bar.setExpanded(false);
    QCOMPARE(spy.count(), 2);
    QVERIFY(!more->isVisible());
    QVERIFY(!child<QAbstractButton>(bar, "moreFiltersButton")->isChecked());
}

void TestFilterBar::focusSearchSelectsTheText()
{
    QWidget window;
    auto *bar = new FilterBar(&window);
    auto *other = new QLineEdit(&window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    other->setFocus();
    auto *search = bar->findChild<QLineEdit *>(QStringLiteral("searchField"));
    search->setText(QStringLiteral("previous query"));
    bar->focusSearch();
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("previous query"));
}

void TestFilterBar::everyControlHasAnAccessibleName()
{
    FilterBar bar;
    bar.setExpanded(true);
    QVERIFY(!bar.accessibleName().isEmpty());
    int checked = 0;
    const QList<QWidget *> widgets = bar.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                             qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
        // Parts of a combo box or a date edit (their line edits, a line edit's clear button) are named
        // through their owner.
        const bool part =
            qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
            qobject_cast<QLineEdit *>(widget->parentWidget()) ||
            (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()));
        if (!control || part) {
            continue;
        }
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    // search, more, clear, 2 checks, 2 dates, 4 kinds, media, language, client, category, hashtag, mention
    QCOMPARE(checked, 17);
}

void TestFilterBar::tabOrderFollowsTheLayout()
{
    FilterBar bar;
    bar.setExpanded(true);
    bar.show();
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    const QStringList expected = {"searchField",   "moreFiltersButton", "clearFiltersButton", "fromCheck",
                                  "fromDate",      "untilCheck",        "untilDate",          "kindOriginal",
                                  "kindRetweet",   "kindReply",         "kindQuote",          "mediaCombo",
                                  "languageCombo", "clientCombo",       "categoryCombo",      "hashtagField",
                                  "mentionField"};
    // The focus chain from the search field, naming each control once (a combo's line edit is its combo).
    QStringList seen;
    QWidget *widget = child<QWidget>(bar, "searchField");
    for (int i = 0; i < 100; ++i) {
        QWidget *named = widget;
        while (named && named != &bar && !expected.contains(named->objectName())) {
            named = named->parentWidget();
        }
        if (named && named != &bar && !seen.contains(named->objectName())) {
            seen.append(named->objectName());
        }
        widget = widget->nextInFocusChain();
    }
    QCOMPARE(seen, expected);
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"

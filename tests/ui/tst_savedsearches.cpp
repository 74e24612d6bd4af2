// Saved searches and the saved view, in a settings file of the test's own: save, list, rename, remove,
// reorder, restore in a fresh instance, and garbage in the settings costs the value, never a crash.

#include "ui/savedsearches.h"
#include "ui/viewstate.h"
#include "ui/widgets/savedsearchesmenu.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trove;

Q_DECLARE_METATYPE(trove::SavedSearch)

namespace {

TweetFilter sampleFilter()
{
    TweetFilter filter;
    filter.campaignIds = {3, 9};
    filter.accountIds = {1234567890123LL};
    filter.search = QStringLiteral("\"fake news\" OR hoax*");
    filter.from = QDateTime(QDate(2016, 9, 1), QTime(0, 0), Qt::UTC);
    filter.until = QDateTime(QDate(2016, 11, 9), QTime(6, 30), Qt::UTC);
    filter.language = QStringLiteral("en");
    filter.client = QStringLiteral("Twitter Web Client");
    filter.kinds = 0x5;
    filter.hashtag = QStringLiteral("\u0432\u044b\u0431\u043e\u0440\u044b");
    filter.mention = QStringLiteral("TEN_GOP");
    filter.media = TweetFilter::Media::Without;
    filter.category = QStringLiteral("RightTroll");
    return filter;
}

} // namespace

class TestSavedSearches : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void emptyAtFirst();
    void saveListAndRestore();
    void saveReplacesTheSameName();
    void rename();
    void remove();
    void move();
    void garbageIsTolerated_data();
    void garbageIsTolerated();
    void badEntriesAreSkipped();
    void menuListsAndRuns();
    void viewStateRoundTrip();
    void viewStateDefaultsWhenNothingSaved();
    void viewStateGarbage();

private:
    QTemporaryDir m_settingsDir;
};

void TestSavedSearches::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Every QSettings of the program (organisation "Trove", application "Trove") now lives here.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    qRegisterMetaType<SavedSearch>();
}

void TestSavedSearches::init()
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    settings.clear();
    settings.sync();
    QVERIFY(settings.fileName().startsWith(m_settingsDir.path()));
}

void TestSavedSearches::emptyAtFirst()
{
    SavedSearches searches;
    QVERIFY(searches.list().isEmpty());
    QVERIFY(!searches.contains(QStringLiteral("x")));
    bool found = true;
    searches.search(QStringLiteral("x"), &found);
    QVERIFY(!found);
}

void TestSavedSearches::saveListAndRestore()
{
    {
        SavedSearches searches;
        QSignalSpy spy(&searches, &SavedSearches::changed);
        QVERIFY(
            searches.save({QStringLiteral("  Election hoaxes "), sampleFilter(), TweetOrder::OldestFirst}));
        TweetFilter second;
        second.search = QStringLiteral("\u0645\u0631\u06af");
        QVERIFY(searches.save({QStringLiteral("Persian & Arabic"), second, TweetOrder::MostEngagement}));
        QVERIFY(!searches.save({QStringLiteral("   "), second, TweetOrder::NewestFirst}));
        QCOMPARE(spy.count(), 2);
    }
    // A new instance (a restart) reads them back from the settings file.
    SavedSearches restored;
    const QList<SavedSearch> list = restored.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].name, QStringLiteral("Election hoaxes"));
    QCOMPARE(list[0].filter, sampleFilter());
    QCOMPARE(list[0].order, TweetOrder::OldestFirst);
    QCOMPARE(list[1].name, QStringLiteral("Persian & Arabic"));
    QCOMPARE(list[1].filter.search, QStringLiteral("\u0645\u0631\u06af"));
    QCOMPARE(list[1].order, TweetOrder::MostEngagement);
    QCOMPARE(restored.names(), QStringList({"Election hoaxes", "Persian & Arabic"}));
    bool found = false;
    QCOMPARE(restored.search(QStringLiteral("Election hoaxes"), &found).filter, sampleFilter());
    QVERIFY(found);
}

void TestSavedSearches::saveReplacesTheSameName()
{
    SavedSearches searches;
    searches.save({QStringLiteral("a"), TweetFilter(), TweetOrder::NewestFirst});
    searches.save({QStringLiteral("b"), TweetFilter(), TweetOrder::NewestFirst});
    searches.save({QStringLiteral("a"), sampleFilter(), TweetOrder::OldestFirst});
    const QList<SavedSearch> list = searches.list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].name, QStringLiteral("a")); // replaced in place
    QCOMPARE(list[0].filter, sampleFilter());
    QCOMPARE(list[0].order, TweetOrder::OldestFirst);
}

void TestSavedSearches::rename()
{
    SavedSearches searches;
    searches.save({QStringLiteral("a"), sampleFilter(), TweetOrder::NewestFirst});
    searches.save({QStringLiteral("b"), TweetFilter(), TweetOrder::NewestFirst});
    QVERIFY(!searches.rename(QStringLiteral("a"), QStringLiteral("b")));   // taken
    QVERIFY(!searches.rename(QStringLiteral("a"), QStringLiteral("  ")));  // empty
    QVERIFY(!searches.rename(QStringLiteral("zzz"), QStringLiteral("c"))); // no such search
    QVERIFY(searches.rename(QStringLiteral("a"), QStringLiteral("c")));
    QCOMPARE(searches.names(), QStringList({"c", "b"}));
    QCOMPARE(searches.search(QStringLiteral("c")).filter, sampleFilter());
    QCOMPARE(SavedSearches().names(), QStringList({"c", "b"}));
}

void TestSavedSearches::remove()
{
    SavedSearches searches;
    searches.save({QStringLiteral("a"), TweetFilter(), TweetOrder::NewestFirst});
    searches.save({QStringLiteral("b"), TweetFilter(), TweetOrder::NewestFirst});
    QVERIFY(!searches.remove(QStringLiteral("x")));
    QVERIFY(searches.remove(QStringLiteral("a")));
    QCOMPARE(SavedSearches().names(), QStringList({"b"}));
    QVERIFY(searches.remove(QStringLiteral("b")));
    QVERIFY(SavedSearches().list().isEmpty());
}

void TestSavedSearches::move()
{
    SavedSearches searches;
    for (const char *name : {"a", "b", "c"}) {
        searches.save({QString::fromLatin1(name), TweetFilter(), TweetOrder::NewestFirst});
    }
    QVERIFY(searches.move(0, 2));
    QCOMPARE(searches.names(), QStringList({"b", "c", "a"}));
    QVERIFY(searches.move(2, 1));
    QCOMPARE(SavedSearches().names(), QStringList({"b", "a", "c"}));
    QVERIFY(!searches.move(-1, 0));
    QVERIFY(!searches.move(0, 3));
}

void TestSavedSearches::garbageIsTolerated_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("not json") << QVariant(QStringLiteral("{{{ not json"));
    QTest::newRow("object") << QVariant(QStringLiteral("{\"name\":\"x\"}"));
    QTest::newRow("number") << QVariant(42);
    QTest::newRow("list") << QVariant(QStringList({"a", "b"}));
    QTest::newRow("bytes") << QVariant(QByteArray("\x00\xff\xfe", 3));
    QTest::newRow("array of junk") << QVariant(QStringLiteral("[1, \"x\", null, [], {\"filter\": 3}]"));
}

void TestSavedSearches::garbageIsTolerated()
{
    QFETCH(QVariant, value);
    {
        QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
        settings.setValue(SavedSearches::settingsKey(), value);
    }
    SavedSearches searches;
    QVERIFY(searches.list().isEmpty());
    // And saving over it works.
    QVERIFY(searches.save({QStringLiteral("fresh"), sampleFilter(), TweetOrder::NewestFirst}));
    QCOMPARE(SavedSearches().names(), QStringList({"fresh"}));
}

void TestSavedSearches::badEntriesAreSkipped()
{
    {
        QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
        settings.setValue(
            SavedSearches::settingsKey(),
            QStringLiteral("[{\"name\":\"good\",\"order\":\"oldest\",\"filter\":{\"search\":\"troll\","
                           "\"kinds\":\"lots\",\"from\":\"yesterday\",\"campaigns\":[\"x\",\"7\"]}},"
                           "{\"name\":\"\",\"filter\":{}},"
                           "{\"name\":\"good\",\"filter\":{\"search\":\"second of the same name\"}},"
                           "{\"name\":\"no filter\"},"
                           "{\"name\":\"bad order\",\"order\":\"sideways\",\"filter\":{}}]"));
    }
    const QList<SavedSearch> list = SavedSearches().list();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].name, QStringLiteral("good"));
    QCOMPARE(list[0].filter.search, QStringLiteral("troll"));
    QCOMPARE(list[0].filter.kinds, unsigned(TweetFilter::AllKinds));
    QVERIFY(!list[0].filter.from.isValid());
    QCOMPARE(list[0].filter.campaignIds, QList<std::int64_t>({7}));
    QCOMPARE(list[0].order, TweetOrder::OldestFirst);
    QCOMPARE(list[1].name, QStringLiteral("bad order"));
    QCOMPARE(list[1].order, TweetOrder::NewestFirst);
}

void TestSavedSearches::menuListsAndRuns()
{
    SavedSearches searches;
    searches.save({QStringLiteral("Tom & Jerry"), sampleFilter(), TweetOrder::OldestFirst});
    searches.save({QStringLiteral("second"), TweetFilter(), TweetOrder::NewestFirst});
    SavedSearchesMenu menu(&searches);
    QSignalSpy spy(&menu, &SavedSearchesMenu::runRequested);
    QList<QAction *> actions = menu.actions();
    QVERIFY(actions.size() >= 4);
    QCOMPARE(actions[0]->text(), QStringLiteral("Tom && Jerry")); // '&' is not a mnemonic
    QCOMPARE(actions[0]->toolTip(), sampleFilter().describeFilters());
    QVERIFY(menu.findChild<QAction *>(QStringLiteral("saveCurrentSearchAction")));
    QVERIFY(menu.findChild<QAction *>(QStringLiteral("manageSavedSearchesAction")));
    actions[0]->trigger();
    QCOMPARE(spy.count(), 1);
    const SavedSearch run = spy.at(0).at(0).value<SavedSearch>();
    QCOMPARE(run.name, QStringLiteral("Tom & Jerry"));
    QCOMPARE(run.filter, sampleFilter());
    QCOMPARE(run.order, TweetOrder::OldestFirst);
    // The menu follows changes.
    searches.remove(QStringLiteral("Tom & Jerry"));
    actions = menu.actions();
    QCOMPARE(actions[0]->text(), QStringLiteral("second"));
}

void TestSavedSearches::viewStateRoundTrip()
{
    ViewState state;
    state.cachePath = QStringLiteral("/data/ira \u00e9t\u00e9/cache.trove");
    state.campaignIds = {2, 5};
    state.accountId = 9876543210LL;
    state.page = QStringLiteral("timeline");
    state.filter = sampleFilter();
    state.order = TweetOrder::MostEngagement;
    state.filtersExpanded = true;
    state.windowGeometry = QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
    state.windowState = QByteArray(300, '\0') + QByteArray("tail\xff", 5);
    state.splitters.insert(QStringLiteral("main"), QByteArray("\x00\x00\x00\xff\x00\x00\x00\x01", 8));
    state.splitters.insert(QStringLiteral("dossier"), QByteArray("abc"));
    state.save();
    const ViewState restored = ViewState::load();
    QCOMPARE(restored.cachePath, state.cachePath);
    QCOMPARE(restored.campaignIds, state.campaignIds);
    QCOMPARE(restored.accountId, state.accountId);
    QCOMPARE(restored.page, state.page);
    QCOMPARE(restored.filter, state.filter);
    QCOMPARE(restored.order, state.order);
    QCOMPARE(restored.filtersExpanded, true);
    QCOMPARE(restored.windowGeometry, state.windowGeometry);
    QCOMPARE(restored.windowState, state.windowState);
    QCOMPARE(restored.splitters, state.splitters);
    QVERIFY(restored == state);

    // Saving again replaces it whole (a splitter gone stays gone).
    ViewState smaller;
    smaller.cachePath = QStringLiteral("/other.trove");
    smaller.save();
    QCOMPARE(ViewState::load(), smaller);
    ViewState::clear();
    QCOMPARE(ViewState::load(), ViewState());
}

void TestSavedSearches::viewStateDefaultsWhenNothingSaved()
{
    const ViewState state = ViewState::load();
    QCOMPARE(state, ViewState());
    QVERIFY(state.cachePath.isEmpty());
    QCOMPARE(state.order, TweetOrder::NewestFirst);
    QVERIFY(state.filter.isPlain());
}

void TestSavedSearches::viewStateGarbage()
{
    ViewState good;
    good.cachePath = QStringLiteral("/c.trove");
    good.filter.search = QStringLiteral("kept");
    good.save();
    {
        QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
        settings.beginGroup(ViewState::settingsGroup());
        settings.setValue(QStringLiteral("campaigns"), QStringLiteral("1,x,,-, 4 ,1,99999999999999999999"));
        settings.setValue(QStringLiteral("account"), QStringLiteral("\u2603"));
        settings.setValue(QStringLiteral("order"), 17);
        settings.setValue(QStringLiteral("filtersExpanded"), QStringLiteral("perhaps"));
        settings.setValue(QStringLiteral("windowGeometry"), QStringLiteral("not bytes"));
        settings.setValue(QStringLiteral("splitters/main"), 3.5);
        settings.setValue(QStringLiteral("page"), QStringList({"a", "b"}));
    }
    ViewState state = ViewState::load();
    QCOMPARE(state.cachePath, QStringLiteral("/c.trove"));
    QCOMPARE(state.filter.search, QStringLiteral("kept"));
    QCOMPARE(state.campaignIds, QList<std::int64_t>({1, 4}));
    QCOMPARE(state.accountId, std::int64_t(0));
    QCOMPARE(state.order, TweetOrder::NewestFirst);
    QCOMPARE(state.filtersExpanded, false);
    QVERIFY(state.windowGeometry.isEmpty());
    QVERIFY(state.splitters.isEmpty());
    QVERIFY(state.page.isEmpty());

    {
        QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
        settings.beginGroup(ViewState::settingsGroup());
        settings.setValue(QStringLiteral("filter"), QStringLiteral("{\"kinds\": [1,2], \"search\": 5"));
    }
    state = ViewState::load();
    QCOMPARE(state.filter, TweetFilter());

    {
        QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
        settings.beginGroup(ViewState::settingsGroup());
        settings.setValue(QStringLiteral("version"), 99); // from a future Trove: not understood, not used
    }
    QCOMPARE(ViewState::load(), ViewState());

    // A settings file that is not INI text at all.
    QString fileName;
    {
        QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
        fileName = settings.fileName();
    }
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    static const char junk[] =
        "\x89PNG\r\n\x1a\n\x00\x00[viewState]\nversion=1\ncachePath=@Variant(\x00\x00\x7f)\n"
        "savedSearches\\v1=@ByteArray(\xff\xfe)\n";
    QCOMPARE(file.write(junk, sizeof(junk) - 1), qint64(sizeof(junk) - 1));
    file.close();
    const ViewState fromJunk = ViewState::load();
    Q_UNUSED(fromJunk);
    QVERIFY(SavedSearches().list().isEmpty());
}

QTEST_MAIN(TestSavedSearches)
#include "tst_savedsearches.moc"

#include "ui/models/campaigntablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using trove::CampaignSummary;
using trove::CampaignTableModel;

namespace {

CampaignSummary campaign(std::int64_t id, const QString &name, std::int64_t tweets = 0)
{
    CampaignSummary summary;
    summary.id = id;
    summary.key = name.toLower();
    summary.name = name;
    summary.tweets = tweets;
    summary.accounts = tweets / 100;
    summary.sourceFiles = 2;
    if (tweets > 0) {
        summary.firstTweet = QDateTime(QDate(2016, 11, 8), QTime(14, 3), Qt::UTC);
        summary.lastTweet = QDateTime(QDate(2018, 6, 30), QTime(23, 59), Qt::UTC);
    }
    return summary;
}

QList<std::int64_t> ids(const CampaignTableModel &model)
{
    QList<std::int64_t> result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, 0).data(CampaignTableModel::CampaignIdRole).toLongLong());
    }
    return result;
}

} // namespace

class TestCampaignTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mergesUpdatesInPlace();
    void keepsSelectionAcrossRefreshes();
    void displaysFigures_data();
    void displaysFigures();
    void marksSyntheticCampaigns();
    void describesIncompleteImports();
    void editingNameRequestsRename();
    void checkBoxesSelectCampaigns();
    void restoredSelectionAppliesToFirstRead();
};

void TestCampaignTableModel::initTestCase()
{
    // Figures are formatted with the default locale; pin it so the expected strings are known.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCampaignTableModel::mergesUpdatesInPlace()
{
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);

    model.setCampaigns({campaign(1, QStringLiteral("ira"), 10), campaign(2, QStringLiteral("iranian"), 20)});
    QCOMPARE(ids(model), (QList<std::int64_t>{1, 2}));
    QCOMPARE(inserts.size(), 2);

    // Same content again: nothing is signalled.
    changes.clear();
    model.setCampaigns({campaign(1, QStringLiteral("ira"), 10), campaign(2, QStringLiteral("iranian"), 20)});
    QCOMPARE(changes.size(), 0);

    // A changed figure: one dataChanged for that row only.
    model.setCampaigns({campaign(1, QStringLiteral("ira"), 10), campaign(2, QStringLiteral("iranian"), 25)});
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(model.index(1, CampaignTableModel::TweetsColumn).data().toString(), QStringLiteral("25"));

    // Insert in the middle and at the end.
    inserts.clear();
    model.setCampaigns({campaign(1, QStringLiteral("ira"), 10), campaign(3, QStringLiteral("iran2"), 5),
                        campaign(2, QStringLiteral("iranian"), 25),
                        campaign(4, QStringLiteral("russia"), 7)});
    QCOMPARE(ids(model), (QList<std::int64_t>{1, 3, 2, 4}));
    QCOMPARE(inserts.size(), 2);

    // Remove two (not adjacent).
    removals.clear();
    model.setCampaigns({campaign(3, QStringLiteral("iran2"), 5), campaign(2, QStringLiteral("iranian"), 25)});
    QCOMPARE(ids(model), (QList<std::int64_t>{3, 2}));
    QCOMPARE(removals.size(), 2);

    // Reorder (a rename moves a campaign) together with a change, an insert and a removal.
    model.setCampaigns({campaign(5, QStringLiteral("china"), 1), campaign(2, QStringLiteral("iranian"), 30),
                        campaign(6, QStringLiteral("venezuela"), 2)});
    QCOMPARE(ids(model), (QList<std::int64_t>{5, 2, 6}));
    model.setCampaigns({campaign(6, QStringLiteral("a-venezuela"), 2),
                        campaign(2, QStringLiteral("iranian"), 30), campaign(5, QStringLiteral("china"), 1)});
    QCOMPARE(ids(model), (QList<std::int64_t>{6, 2, 5}));
    QVERIFY(moves.size() > 0);
    QCOMPARE(model.index(0, CampaignTableModel::NameColumn).data().toString(), QStringLiteral("a-venezuela"));

    // Emptied, then filled again.
    model.setCampaigns({});
    QCOMPARE(model.rowCount(), 0);
    model.setCampaigns({campaign(7, QStringLiteral("x"), 1)});
    QCOMPARE(ids(model), (QList<std::int64_t>{7}));

    QCOMPARE(resets.size(), 0);
}

void TestCampaignTableModel::keepsSelectionAcrossRefreshes()
{
    CampaignTableModel model;
    QItemSelectionModel selection(&model);
    model.setCampaigns({campaign(1, QStringLiteral("a"), 1), campaign(2, QStringLiteral("b"), 2),
                        campaign(3, QStringLiteral("c"), 3)});
    selection.select(model.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QPersistentModelIndex selected = model.index(1, 0);

    // During an import: new rows come in above, figures change, another campaign goes away.
    model.setCampaigns({campaign(4, QStringLiteral("0"), 1), campaign(2, QStringLiteral("b"), 200),
                        campaign(3, QStringLiteral("c"), 3)});
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(CampaignTableModel::CampaignIdRole).toLongLong(), 2);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(CampaignTableModel::CampaignIdRole).toLongLong(), 2);
}

void TestCampaignTableModel::displaysFigures_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << int(CampaignTableModel::NameColumn) << QStringLiteral("ira");
    QTest::newRow("accounts") << int(CampaignTableModel::AccountsColumn) << QStringLiteral("3,841");
    QTest::newRow("tweets") << int(CampaignTableModel::TweetsColumn) << QStringLiteral("9,041,308");
    QTest::newRow("first") << int(CampaignTableModel::FirstTweetColumn) << QStringLiteral("2009-05-09 04:01");
    QTest::newRow("last") << int(CampaignTableModel::LastTweetColumn) << QStringLiteral("2018-06-21 23:59");
    QTest::newRow("rejected") << int(CampaignTableModel::RejectedColumn) << QStringLiteral("1,204");
    QTest::newRow("status") << int(CampaignTableModel::StatusColumn) << QStringLiteral("complete");
}

void TestCampaignTableModel::displaysFigures()
{
    QFETCH(int, column);
    QFETCH(QString, expected);

    CampaignSummary ira = campaign(1, QStringLiteral("ira"));
    ira.accounts = 3841;
    ira.tweets = 9041308;
    ira.rejected = 1204;
    // Stored as UTC; shown in UTC whatever the local zone.
    ira.firstTweet =
        QDateTime::fromSecsSinceEpoch(QDateTime(QDate(2009, 5, 9), QTime(4, 1), Qt::UTC).toSecsSinceEpoch());
    ira.lastTweet = QDateTime(QDate(2018, 6, 21), QTime(23, 59), Qt::UTC);
    CampaignTableModel model;
    model.setCampaigns({ira});

    const QModelIndex index = model.index(0, column);
    QCOMPARE(index.data().toString(), expected);
    const auto alignment = index.data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    const bool numeric = column == CampaignTableModel::AccountsColumn ||
                         column == CampaignTableModel::TweetsColumn ||
                         column == CampaignTableModel::RejectedColumn;
    QCOMPARE(bool(alignment & Qt::AlignRight), numeric);
    QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestCampaignTableModel::marksSyntheticCampaigns()
{
    CampaignSummary demo = campaign(1, QStringLiteral("synthetic-demo"), 30000);
    demo.synthetic = true;
    CampaignTableModel model;
    model.setCampaigns({demo, campaign(2, QStringLiteral("ira"), 5)});

    const QModelIndex name = model.index(0, CampaignTableModel::NameColumn);
    QVERIFY(name.data().toString().contains(QStringLiteral("SYNTHETIC")));
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not a real archive")));
    // Editing starts from the plain name, not from the marker.
    QCOMPARE(name.data(Qt::EditRole).toString(), QStringLiteral("synthetic-demo"));
    QCOMPARE(model.index(1, CampaignTableModel::NameColumn).data().toString(), QStringLiteral("ira"));
    QVERIFY(model.index(0, 0).data(CampaignTableModel::SyntheticRole).toBool());
    QVERIFY(!model.index(1, 0).data(CampaignTableModel::SyntheticRole).toBool());

    // Names and keys come from file names: markup in them is shown as text, never rendered.
    CampaignSummary hostile = campaign(3, QStringLiteral("<img src=x>"), 1);
    model.setCampaigns({hostile});
    const QString tip = model.index(0, CampaignTableModel::NameColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;img src=x&gt;")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
}

void TestCampaignTableModel::describesIncompleteImports()
{
    CampaignSummary one = campaign(1, QStringLiteral("one"), 5);
    one.incompleteFiles = 1;
    CampaignSummary three = campaign(2, QStringLiteral("three"), 5);
    three.sourceFiles = 4;
    three.incompleteFiles = 3;
    CampaignTableModel model;
    model.setCampaigns({one, three});

    const int status = CampaignTableModel::StatusColumn;
    QCOMPARE(model.index(0, status).data().toString(),
             QStringLiteral("1 file incomplete — re-import to resume"));
    QCOMPARE(model.index(1, status).data().toString(),
             QStringLiteral("3 files incomplete — re-import to resume"));

    // While an import runs, an incomplete file is one being worked on.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setImportRunning(true);
    QCOMPARE(changes.size(), 1);
    QVERIFY(!model.index(0, status).data().toString().contains(QStringLiteral("re-import")));
    model.setImportRunning(false);
    QVERIFY(model.index(0, status).data().toString().contains(QStringLiteral("re-import")));
}

void TestCampaignTableModel::editingNameRequestsRename()
{
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCampaigns({campaign(41, QStringLiteral("ira"), 5), campaign(42, QStringLiteral("iranian"), 5)});
    QSignalSpy renames(&model, &CampaignTableModel::renameRequested);

    const QModelIndex name = model.index(1, CampaignTableModel::NameColumn);
    QVERIFY(model.flags(name) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, CampaignTableModel::TweetsColumn)) & Qt::ItemIsEditable));

    QVERIFY(model.setData(name, QStringLiteral("  Iran (2018)  ")));
    QCOMPARE(renames.size(), 1);
    QCOMPARE(renames.first().at(0).value<std::int64_t>(), 42);
    QCOMPARE(renames.first().at(1).toString(), QStringLiteral("Iran (2018)"));
    QCOMPARE(name.data().toString(), QStringLiteral("Iran (2018)"));

    // Empty and unchanged names are refused without a request; other columns are read-only.
    QVERIFY(!model.setData(name, QStringLiteral("   ")));
    QVERIFY(!model.setData(name, QStringLiteral("Iran (2018)")));
    QVERIFY(!model.setData(model.index(1, CampaignTableModel::TweetsColumn), QStringLiteral("7")));
    QCOMPARE(renames.size(), 1);
}

void TestCampaignTableModel::checkBoxesSelectCampaigns()
{
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &CampaignTableModel::selectionChanged);
    model.setCampaigns({campaign(41, QStringLiteral("ira"), 5), campaign(42, QStringLiteral("iranian"), 5)});
    // Everything is checked at first, which reads as "all campaigns" (an empty list).
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable);
    QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(model.selectedCampaignIds().isEmpty());
    QCOMPARE(changed.size(), 0);

    QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.selectedCampaignIds(), QList<std::int64_t>{42});
    QVERIFY(!model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole)); // no change, no signal
    QCOMPARE(changed.size(), 1);

    // The choice survives a refresh that reorders the rows; a campaign imported later is shown at once.
    model.setCampaigns({campaign(42, QStringLiteral("iranian"), 9), campaign(41, QStringLiteral("ira"), 5),
                        campaign(43, QStringLiteral("venezuela"), 3)});
    QCOMPARE(model.selectedCampaignIds(), (QList<std::int64_t>{42, 43}));
    QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    // None checked selects nothing, which must not read as "all".
    model.setAllSelected(false);
    QCOMPARE(model.selectedCampaignIds(), QList<std::int64_t>{0});
    model.setAllSelected(true);
    QVERIFY(model.selectedCampaignIds().isEmpty());
}

void TestCampaignTableModel::restoredSelectionAppliesToFirstRead()
{
    CampaignTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSelectedCampaignIds({42});
    model.setCampaigns({campaign(41, QStringLiteral("ira"), 5), campaign(42, QStringLiteral("iranian"), 5)});
    QCOMPARE(model.selectedCampaignIds(), QList<std::int64_t>{42});
    model.setCampaigns({campaign(41, QStringLiteral("ira"), 5), campaign(42, QStringLiteral("iranian"), 5),
                        campaign(44, QStringLiteral("china"), 1)});
    QCOMPARE(model.selectedCampaignIds(), (QList<std::int64_t>{42, 44}));
}

QTEST_MAIN(TestCampaignTableModel)
#include "tst_campaigntablemodel.moc"

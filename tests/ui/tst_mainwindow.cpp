#include "core/db/cachelocation.h"
#include "core/db/database.h"
#include "core/import/importtypes.h"
#include "core/query/cachesummary.h"
#include "core/synth/archivegenerator.h"
#include "ui/mainwindow.h"
#include "ui/models/campaigntablemodel.h"
#include "ui/widgets/rejectreportdialog.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace trove;

namespace {

QString number(std::int64_t value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(qlonglong(value));
}

// The row of the campaign named @p name (its plain name, without the synthetic marker); -1 when absent.
int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, CampaignTableModel::NameColumn).data(Qt::EditRole).toString() == name) {
            return row;
        }
    }
    return -1;
}

QString cell(const QAbstractItemModel *model, const QString &name, int column)
{
    const int row = rowOf(model, name);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

std::int64_t tweetsShown(const QAbstractItemModel *model, const QString &name)
{
    QString text = cell(model, name, CampaignTableModel::TweetsColumn);
    text.remove(QLocale().groupSeparator());
    return text.toLongLong();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importShowsCampaignAndRejects();
    void cancelledImportResumes();
    void demoFillsAnEmptyCacheOnce();

private:
    GeneratorResult generate(const QString &campaign, std::int64_t tweets, int accounts, int parts);

    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Before anything touches CacheLocation: keep the demo, caches and reports out of the user's data.
    qputenv("TROVE_HOME", m_home.path().toUtf8());
    QCOMPARE(CacheLocation::dataDirectory(), m_home.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

GeneratorResult TestMainWindow::generate(const QString &campaign, std::int64_t tweets, int accounts,
                                         int parts)
{
    GeneratorOptions options;
    options.outputDirectory = m_home.filePath(campaign);
    options.campaign = campaign;
    options.tweets = tweets;
    options.accounts = accounts;
    options.parts = parts;
    options.zip = true;
    options.seed = 2018;
    return ArchiveGenerator::generate(options);
}

void TestMainWindow::importShowsCampaignAndRejects()
{
    const GeneratorResult archive = generate(QStringLiteral("synthetic-small"), 3000, 60, 2);
    QVERIFY2(archive.ok, qPrintable(archive.errorString));
    QVERIFY(archive.truncatedRecords > 0);

    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.openCache(m_home.filePath(QStringLiteral("small.trove")));
    window.importPaths(archive.files);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const auto summary = finished.first().first().value<ImportSummary>();
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    QVERIFY(!summary.cancelled);

    auto *table = window.findChild<QTableView *>(QStringLiteral("campaignTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QTRY_COMPARE(cell(model, QStringLiteral("synthetic-small"), CampaignTableModel::TweetsColumn),
                 number(archive.tweets));
    QVERIFY(cell(model, QStringLiteral("synthetic-small"), CampaignTableModel::NameColumn)
                .contains(QStringLiteral("SYNTHETIC")));
    QCOMPARE(cell(model, QStringLiteral("synthetic-small"), CampaignTableModel::StatusColumn),
             QStringLiteral("complete"));

    auto *totals = window.findChild<QLabel *>(QStringLiteral("totalsLabel"));
    QVERIFY(totals);
    QVERIFY2(totals->text().contains(number(archive.tweets) + QStringLiteral(" tweets")),
             qPrintable(totals->text()));

    // The summary says what happened, including the truncated last record that was rejected.
    auto *summaryLabel = window.findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    QVERIFY(summaryLabel);
    QVERIFY(summaryLabel->isVisible());
    QVERIFY(summary.rejected >= archive.truncatedRecords);
    const QString rejected = summary.rejected == 1
                                 ? QStringLiteral("1 record rejected")
                                 : number(summary.rejected) + QStringLiteral(" records rejected");
    QVERIFY2(summaryLabel->text().contains(rejected), qPrintable(summaryLabel->text()));
    QVERIFY2(summaryLabel->text().contains(QStringLiteral("Imported %1 tweets").arg(number(archive.tweets))),
             qPrintable(summaryLabel->text()));

    // The reject report lists it.
    auto *reportButton = window.findChild<QPushButton *>(QStringLiteral("viewRejectReportButton"));
    QVERIFY(reportButton);
    QVERIFY(reportButton->isVisible());
    QTest::mouseClick(reportButton, Qt::LeftButton);
    RejectReportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<RejectReportDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY(dialog->isLoaded());
    auto *reportTable = dialog->findChild<QTableView *>(QStringLiteral("rejectReportTable"));
    QVERIFY(reportTable);
    const QAbstractItemModel *report = reportTable->model();
    QVERIFY(report->rowCount() >= 1);
    int reasonColumn = -1;
    int severityColumn = -1;
    for (int column = 0; column < report->columnCount(); ++column) {
        const QString header = report->headerData(column, Qt::Horizontal).toString();
        if (header == QStringLiteral("Reason")) {
            reasonColumn = column;
        } else if (header == QStringLiteral("Severity")) {
            severityColumn = column;
        }
    }
    QVERIFY(reasonColumn >= 0 && severityColumn >= 0);
    bool listed = false;
    for (int row = 0; row < report->rowCount(); ++row) {
        listed =
            listed ||
            (report->index(row, severityColumn).data().toString() == QStringLiteral("rejected") &&
             report->index(row, reasonColumn).data().toString().contains(QStringLiteral("unterminated")));
    }
    QVERIFY(listed);
    dialog->close();

    // Renaming through the table writes the new name to the cache (off the GUI thread).
    const QModelIndex nameCell = model->index(rowOf(model, QStringLiteral("synthetic-small")), 0);
    table->setCurrentIndex(nameCell);
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("synthetic-small"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Small demo"));
    QTest::keyClick(editor, Qt::Key_Return);
    const auto storedNames = [&] {
        Database db;
        QStringList names;
        if (db.open(window.cachePath(), Database::Mode::ReadOnly)) {
            const QList<CampaignSummary> campaigns = CacheSummary::campaigns(db);
            for (const CampaignSummary &campaign : campaigns) {
                names.append(campaign.name);
            }
        }
        return names;
    };
    QTRY_COMPARE(storedNames(), QStringList{QStringLiteral("Small demo")});
    QTRY_VERIFY(rowOf(model, QStringLiteral("Small demo")) >= 0);

    // Generated data is labelled as such.
    auto *banner = window.findChild<QLabel *>(QStringLiteral("syntheticBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("not a real archive")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("synthetic")));
}

void TestMainWindow::cancelledImportResumes()
{
    const QString name = QStringLiteral("synthetic-large");
    const GeneratorResult archive = generate(name, 300000, 2000, 3);
    QVERIFY2(archive.ok, qPrintable(archive.errorString));

    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.openCache(m_home.filePath(QStringLiteral("large.trove")));
    window.importPaths(archive.files);

    auto *progress = window.findChild<QProgressBar *>(QStringLiteral("importProgressBar"));
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelImportButton"));
    QVERIFY(progress && cancel);
    // Under way: some of the input has been read.
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && progress->value() > 0, 60000);
    QVERIFY(cancel->isVisible());
    QVERIFY(finished.isEmpty());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    const auto cancelled = finished.first().first().value<ImportSummary>();
    QVERIFY(cancelled.cancelled);
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    auto *summaryLabel = window.findChild<QLabel *>(QStringLiteral("importSummaryLabel"));
    QVERIFY(summaryLabel);
    QVERIFY2(summaryLabel->text().contains(QStringLiteral("cancelled")), qPrintable(summaryLabel->text()));
    QVERIFY2(summaryLabel->text().contains(QStringLiteral("resume")), qPrintable(summaryLabel->text()));

    // The table shows what the cancelled import committed: some tweets, not all, and how to resume.
    auto *table = window.findChild<QTableView *>(QStringLiteral("campaignTable"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QTRY_VERIFY(
        cell(model, name, CampaignTableModel::StatusColumn).contains(QStringLiteral("re-import to resume")));
    const std::int64_t committed = tweetsShown(model, name);
    QVERIFY(committed > 0);
    QVERIFY(committed < archive.tweets);

    // Importing the same files again resumes and ends with exactly the archive's tweets.
    window.importPaths(archive.files);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 240000);
    const auto resumed = finished.at(1).first().value<ImportSummary>();
    QVERIFY2(resumed.ok, qPrintable(resumed.errorString));
    QVERIFY(!resumed.cancelled);
    QTRY_COMPARE(cell(model, name, CampaignTableModel::TweetsColumn), number(archive.tweets));
    QCOMPARE(cell(model, name, CampaignTableModel::StatusColumn), QStringLiteral("complete"));
}

void TestMainWindow::demoFillsAnEmptyCacheOnce()
{
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.openCache(CacheLocation::demoCachePath());
        window.startDemo();
        // Generates the demo archive first, then imports it with the same progress bar.
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("importProgressBar"));
        QVERIFY(progress);
        QTRY_VERIFY(progress->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QVERIFY(finished.first().first().value<ImportSummary>().ok);
        auto *table = window.findChild<QTableView *>(QStringLiteral("campaignTable"));
        QTRY_VERIFY(tweetsShown(table->model(), QStringLiteral("synthetic-demo")) > 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("syntheticBanner"))->isVisible());
        // The demo has media to show: its media zips were indexed with the tweets, every file linked.
        Database db;
        QVERIFY(db.open(CacheLocation::demoCachePath(), Database::Mode::ReadOnly));
        QCOMPARE(db.scalar("SELECT count(*) FROM media_archives WHERE status = 'indexed'"), 3);
        const std::int64_t tweetMedia = db.scalar("SELECT count(*) FROM media WHERE tweet_id IS NOT NULL");
        QVERIFY(tweetMedia >= 1500);
        // Linked, but for the files of the few deliberately broken records the importer rejects.
        const std::int64_t linked =
            db.scalar("SELECT count(*) FROM media m JOIN tweets t ON t.id = m.tweet_id");
        QVERIFY2(linked * 100 >= tweetMedia * 99,
                 qPrintable(QStringLiteral("%1 of %2").arg(linked).arg(tweetMedia)));
        QVERIFY(db.scalar("SELECT count(*) FROM media WHERE kind = 'video'") > 0);
        QVERIFY(db.scalar("SELECT count(*) FROM media WHERE kind = 'profile' AND account_id IS NOT NULL") >
                0);
    }

    // Opening the demo again shows it at once: nothing is generated or imported.
    MainWindow window;
    window.show();
    QSignalSpy refreshed(&window, &MainWindow::refreshed);
    window.openCache(CacheLocation::demoCachePath());
    window.startDemo();
    QTRY_VERIFY(!refreshed.isEmpty());
    QVERIFY(!window.isImportRunning());
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("importProgressBar"))->isVisible());
    auto *table = window.findChild<QTableView *>(QStringLiteral("campaignTable"));
    QVERIFY(tweetsShown(table->model(), QStringLiteral("synthetic-demo")) > 0);
    QVERIFY(window.windowTitle().contains(QStringLiteral("synthetic")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

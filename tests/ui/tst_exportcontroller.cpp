// ExportController: an export runs on the pool and reports started, progress and finished on the GUI
// thread; one at a time; cancel ends it with no file; accounts export the same way.
#include "core/db/database.h"
#include "core/media/mediaindexer.h"
#include "core/query/accountlist.h"
#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"
#include "importtesthelpers.h"
#include "ui/exportcontroller.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace trove;

Q_DECLARE_METATYPE(trove::ExportResult)

class TestExportController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTweetsInTheBackground();
    void oneAtATime();
    void cancelLeavesNoFile();
    void exportsAccounts();
    void exportsMedia();
    void cancelledMediaExportWritesNoManifest();
    void badCacheIsAnError();

private:
    QTemporaryDir m_dir;
    QString m_cache;
    QThreadPool m_pool;
    std::int64_t m_mediaFiles = 0;
};

void TestExportController::initTestCase()
{
    qRegisterMetaType<ExportResult>();
    QVERIFY(m_dir.isValid());
    GeneratorOptions options;
    options.outputDirectory = m_dir.filePath(QStringLiteral("archive"));
    options.tweets = 12000;
    options.accounts = 50;
    options.seed = 3;
    const GeneratorResult generated = ArchiveGenerator::generate(options);
    QVERIFY2(generated.ok, qPrintable(generated.errorString));
    m_cache = m_dir.filePath(QStringLiteral("c.trove"));
    QCOMPARE(test::import(m_cache, generated.files).tweetsAdded, generated.tweets);
    m_pool.setMaxThreadCount(1);

    // Media for 30 tweets (and 3 files naming tweets that are not in the archive), indexed in place.
    MediaGeneratorOptions media;
    media.tweetArchive = generated.files;
    media.outputDirectory = m_dir.filePath(QStringLiteral("media"));
    media.campaign = generated.campaign;
    media.files = 30;
    media.zips = 2;
    media.unmatched = 3;
    media.seed = 4;
    const MediaGeneratorResult mediaFiles = MediaGenerator::generate(media);
    QVERIFY2(mediaFiles.ok, qPrintable(mediaFiles.errorString));
    m_mediaFiles = mediaFiles.mediaFiles;
    Database db;
    QVERIFY(db.open(m_cache));
    MediaIndexOptions index;
    index.inputs = {media.outputDirectory};
    index.writeReport = false;
    const MediaIndexSummary indexed = MediaIndexer(index).run(db);
    QVERIFY2(indexed.ok, qPrintable(indexed.errorString));
    QCOMPARE(indexed.linkedToTweets, m_mediaFiles);
}

void TestExportController::exportsTweetsInTheBackground()
{
    ExportController controller(&m_pool);
    QSignalSpy started(&controller, &ExportController::started);
    QSignalSpy progress(&controller, &ExportController::progressChanged);
    QSignalSpy finished(&controller, &ExportController::finished);
    TweetExportOptions options;
    options.format = ExportFormat::Json;
    options.outputPath = m_dir.filePath(QStringLiteral("tweets.json"));
    options.troveVersion = QStringLiteral("test");
    QVERIFY(controller.exportTweets(m_cache, options));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).toString(), options.outputPath);
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(60000));
    QVERIFY(!controller.isRunning());
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.written, std::int64_t(12000));
    QVERIFY(progress.count() >= 1);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(12000));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(12000));
    QFile file(options.outputPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("tweets")).toArray().size(), 12000);
}

void TestExportController::oneAtATime()
{
    QSemaphore hold;
    m_pool.start([&hold] { hold.acquire(); }); // keeps the pool's one thread busy
    ExportController controller(&m_pool);
    QSignalSpy finished(&controller, &ExportController::finished);
    TweetExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("first.csv"));
    QVERIFY(controller.exportTweets(m_cache, options));
    TweetExportOptions second = options;
    second.outputPath = m_dir.filePath(QStringLiteral("second.csv"));
    QVERIFY(!controller.exportTweets(m_cache, second));
    QVERIFY(!controller.exportAccounts({}, AccountExportOptions()));
    hold.release();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.at(0).at(0).value<ExportResult>().ok);
    QVERIFY(QFile::exists(options.outputPath));
    QVERIFY(!QFile::exists(second.outputPath));
    // Free again.
    QVERIFY(controller.exportTweets(m_cache, second));
    QVERIFY(finished.wait(60000));
    QVERIFY(QFile::exists(second.outputPath));
}

void TestExportController::cancelLeavesNoFile()
{
    QSemaphore hold;
    m_pool.start([&hold] { hold.acquire(); });
    ExportController controller(&m_pool);
    QSignalSpy finished(&controller, &ExportController::finished);
    TweetExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(controller.exportTweets(m_cache, options));
    controller.cancel();
    hold.release();
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(options.outputPath));
}

void TestExportController::exportsMedia()
{
    ExportController controller(&m_pool);
    QSignalSpy finished(&controller, &ExportController::finished);
    QSignalSpy progress(&controller, &ExportController::progressChanged);
    MediaExportOptions options;
    options.outputDirectory = m_dir.filePath(QStringLiteral("media-out"));
    QVERIFY(controller.exportMedia(m_cache, options));
    QVERIFY(!controller.exportTweets(m_cache, TweetExportOptions())); // one at a time
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    // Every tweet of the cache is selected: its media, not the files naming tweets it does not hold.
    QCOMPARE(result.written, m_mediaFiles);
    QCOMPARE(result.failed, std::int64_t(0));
    QCOMPARE(result.outputPath, QDir(options.outputDirectory).filePath(QStringLiteral("manifest.csv")));
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_mediaFiles));
    const QStringList written =
        QDir(options.outputDirectory).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(written.size(), int(m_mediaFiles) + 1);
    QFile manifest(result.outputPath);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = manifest.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), int(m_mediaFiles) + 1);
    QVERIFY(lines.first().startsWith("file,tweet_id,"));
    for (int i = 1; i < lines.size(); ++i) {
        QByteArray file = lines.at(i).left(lines.at(i).indexOf(','));
        if (file.startsWith('"') && file.endsWith('"')) {
            file = file.mid(1, file.size() - 2);
        }
        QVERIFY2(written.contains(QString::fromUtf8(file)), lines.at(i).constData());
        QVERIFY(lines.at(i).endsWith(",ok") || lines.at(i).endsWith(",\"ok\""));
    }
}

void TestExportController::cancelledMediaExportWritesNoManifest()
{
    QSemaphore hold;
    m_pool.start([&hold] { hold.acquire(); });
    ExportController controller(&m_pool);
    QSignalSpy finished(&controller, &ExportController::finished);
    MediaExportOptions options;
    options.outputDirectory = m_dir.filePath(QStringLiteral("media-cancelled"));
    QVERIFY(controller.exportMedia(m_cache, options));
    controller.cancel();
    hold.release();
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(!QFile::exists(QDir(options.outputDirectory).filePath(QStringLiteral("manifest.csv"))));
}

void TestExportController::exportsAccounts()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const AccountListResult list = AccountList::load(db, {});
    QVERIFY(list.ok);
    ExportController controller(&m_pool);
    QSignalSpy finished(&controller, &ExportController::finished);
    AccountExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("accounts.csv"));
    QVERIFY(controller.exportAccounts(list.accounts, options));
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.written, std::int64_t(list.accounts.size()));
    QVERIFY(QFile::exists(options.outputPath));
}

void TestExportController::badCacheIsAnError()
{
    ExportController controller(&m_pool);
    QSignalSpy finished(&controller, &ExportController::finished);
    TweetExportOptions options;
    options.outputPath = m_dir.filePath(QStringLiteral("never.csv"));
    QVERIFY(controller.exportTweets(m_dir.filePath(QStringLiteral("missing/none.trove")), options));
    QVERIFY(finished.wait(60000));
    const ExportResult result = finished.at(0).at(0).value<ExportResult>();
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(!QFile::exists(options.outputPath));
}

QTEST_MAIN(TestExportController)
#include "tst_exportcontroller.moc"

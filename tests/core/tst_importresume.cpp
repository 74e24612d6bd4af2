// Kills a real `trove import` process in the middle (SIGKILL, no chance to clean up), runs the same import
// again, and checks that it resumed from its checkpoint and that the cache has exactly the content of an
// uninterrupted import.
#include "core/db/database.h"
#include "core/synth/archivegenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace trove;

namespace {

QProcess *startImport(const QString &cache, const QString &input)
{
    auto *process = new QProcess;
    process->setProgram(QStringLiteral(TROVE_BINARY));
    process->setArguments({"import", "--cache", cache, input});
    process->start();
    return process;
}

// A digest of everything an import writes, independent of physical layout. Ids that SQLite assigns
// (accounts, hashtags, clients) are part of it: a resumed import must assign them exactly as an
// uninterrupted one does.
QByteArray digest(const QString &cache, QString *description)
{
    Database db;
    if (!db.open(cache, Database::Mode::ReadOnly)) {
        return {};
    }
    const char *const queries[] = {
        "SELECT * FROM tweets ORDER BY id",
        "SELECT * FROM accounts ORDER BY id",
        "SELECT * FROM hashtags ORDER BY id",
        "SELECT * FROM clients ORDER BY id",
        "SELECT tweet_id, hashtag_id FROM tweet_hashtags ORDER BY tweet_id, hashtag_id",
        "SELECT tweet_id, userid FROM tweet_mentions ORDER BY tweet_id, userid",
        "SELECT tweet_id, url, domain FROM tweet_urls ORDER BY tweet_id, url",
        "SELECT * FROM activity_daily ORDER BY account_id, day",
        "SELECT * FROM campaign_languages ORDER BY campaign_id, language",
        "SELECT * FROM campaign_clients ORDER BY campaign_id, client_id",
        "SELECT * FROM campaign_daily ORDER BY campaign_id, day",
        "SELECT * FROM campaign_quarter_hours ORDER BY campaign_id, slot",
        "SELECT source_file_id, record, severity, reason, excerpt FROM rejects ORDER BY source_file_id, "
        "record, reason",
        "SELECT id, key, name, synthetic, account_count, tweet_count, first_tweet, last_tweet FROM campaigns "
        "ORDER BY id",
        "SELECT id, campaign_id, entry, format, size, records_done, bytes_done, completed, added, "
        "duplicates, rejected, "
        "repaired FROM source_files ORDER BY id",
        "SELECT rowid FROM tweet_search WHERE tweet_search MATCH 'the OR и OR و' ORDER BY rowid",
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : queries) {
        Statement statement(db, sql);
        std::int64_t rows = 0;
        while (statement.next()) {
            for (int column = 0; column < statement.columnCount(); ++column) {
                hash.addData(statement.bytes(column));
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
            ++rows;
        }
        *description += QStringLiteral("%1 rows: %2\n").arg(rows).arg(QString::fromLatin1(sql));
    }
    return hash.result().toHex();
}

} // namespace

class TestImportResume : public QObject
{
    Q_OBJECT

private slots:
    void killedImportResumes_data();
    void killedImportResumes();
};

void TestImportResume::killedImportResumes_data()
{
    QTest::addColumn<bool>("zipped");
    QTest::newRow("csv (seekable)") << false;
    QTest::newRow("zip (read in place, inflated)") << true;
}

void TestImportResume::killedImportResumes()
{
    QFETCH(bool, zipped);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString archive = dir.filePath("archive");
    GeneratorOptions options;
    options.outputDirectory = archive;
    options.tweets = 400000;
    options.accounts = 500;
    options.parts = 2;
    options.zip = zipped;
    options.seed = 42;
    const GeneratorResult generated = ArchiveGenerator::generate(options);
    QVERIFY2(generated.ok, qPrintable(generated.errorString));

    // The reference: one uninterrupted import.
    const QString reference = dir.filePath("reference.trove");
    {
        std::unique_ptr<QProcess> process(startImport(reference, archive));
        QVERIFY(process->waitForFinished(300000));
        QCOMPARE(process->exitCode(), 0);
    }

    // The victim: killed once a checkpoint has been committed in the middle of a tweets file.
    const QString killed = dir.filePath("killed.trove");
    {
        std::unique_ptr<QProcess> process(startImport(killed, archive));
        QVERIFY(process->waitForStarted());
        bool midway = false;
        QElapsedTimer timer;
        timer.start();
        while (!midway && timer.elapsed() < 120000 && process->state() == QProcess::Running) {
            QThread::msleep(25);
            Database db;
            if (QFile::exists(killed) && db.open(killed, Database::Mode::ReadOnly)) {
                midway =
                    db.scalar(
                        "SELECT count(*) FROM source_files WHERE format='twitter-tweets' AND completed=0 "
                        "AND records_done > 0 AND id = (SELECT min(id) FROM source_files WHERE "
                        "format='twitter-tweets')",
                        0) > 0;
            }
        }
        QVERIFY2(midway, "the import finished before it could be killed midway");
        process->kill(); // SIGKILL
        QVERIFY(process->waitForFinished(10000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
    }
    {
        Database db;
        QVERIFY(db.open(killed, Database::Mode::ReadOnly));
        const auto partial = db.scalar("SELECT count(*) FROM tweets");
        QVERIFY(partial > 0);
        QVERIFY(partial < generated.tweets);
        // What is there is consistent: every committed tweet has its aggregates.
        QCOMPARE(db.scalar("SELECT sum(tweets) FROM activity_daily"), partial);
        QCOMPARE(db.scalar("SELECT sum(tweets) FROM campaign_quarter_hours"), partial);
        QCOMPARE(db.scalar("SELECT tweet_count FROM campaigns"), partial);
    }

    std::unique_ptr<QProcess> rerun(startImport(killed, archive));
    QVERIFY(rerun->waitForFinished(300000));
    const QString output = QString::fromUtf8(rerun->readAllStandardOutput());
    const QString errors = QString::fromUtf8(rerun->readAllStandardError());
    QCOMPARE(rerun->exitCode(), 0);
    QVERIFY2(errors.contains("resumed after record"), qPrintable(errors));
    QVERIFY2(output.contains("resumed: 1"), qPrintable(output));

    QString referenceTables;
    QString killedTables;
    const QByteArray expected = digest(reference, &referenceTables);
    const QByteArray actual = digest(killed, &killedTables);
    QCOMPARE(killedTables, referenceTables);
    QCOMPARE(actual, expected);
    Database db;
    QVERIFY(db.open(killed, Database::Mode::ReadOnly));
    QCOMPARE(db.scalar("SELECT count(*) FROM tweets"), generated.tweets);
    // The quarter-hour counters equal a count over the tweets (the digest compared them with the reference).
    QCOMPARE(
        db.scalar("SELECT count(*) FROM (SELECT campaign_id, time / 900, count(*) FROM tweets GROUP BY 1, 2 "
                  "EXCEPT SELECT * FROM campaign_quarter_hours)"),
        0);
    QCOMPARE(db.scalar("SELECT sum(tweets) FROM campaign_quarter_hours"), generated.tweets);
    Statement integrity(db, "PRAGMA integrity_check");
    QVERIFY(integrity.next());
    QCOMPARE(integrity.text(0), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestImportResume)
#include "tst_importresume.moc"

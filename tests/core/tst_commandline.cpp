// The headless command line, run as a user or a script would: the real binary, its output and exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Data = QStringLiteral(TROVE_TEST_DATA "/twitter/");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run trove(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("TROVE_HOME", home);
    environment.remove("DISPLAY");
    environment.remove("WAYLAND_DISPLAY");
    environment.remove("QT_QPA_PLATFORM"); // the sub-commands must not need any display
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TROVE_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void importInfoSearch();
    void defaultCacheAndCampaignName();
    void failuresHaveExitCodes();
};

void TestCommandLine::importInfoSearch()
{
    QTemporaryDir home;
    const QString cache = home.filePath("c.trove");
    const Run imported = trove({"import", "--cache", cache, Data + "quirks_users_csv_hashed.csv",
                                Data + "quirks_tweets_csv_hashed.csv"},
                               home.path());
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("tweets added: 7\n"), qPrintable(imported.out));
    QVERIFY(imported.out.contains("duplicates skipped: 1\n"));
    QVERIFY(imported.out.contains("records rejected: 4, repaired: 2\n"));
    QVERIFY(imported.out.contains("outcome: completed"));
    const qsizetype at = imported.out.indexOf("reject report: ");
    QVERIFY(at >= 0);
    const QString report = imported.out.mid(at + 15).section('\n', 0, 0);
    QVERIFY2(QFile::exists(report), qPrintable(report));
    QVERIFY(imported.err.contains("Done")); // progress goes to stderr

    const Run info = trove({"info", "--cache", cache, "--json"}, home.path());
    QCOMPARE(info.exitCode, 0);
    const QJsonObject document = QJsonDocument::fromJson(info.out.toUtf8()).object();
    const QJsonArray campaigns = document.value("campaigns").toArray();
    QCOMPARE(campaigns.size(), 1);
    const QJsonObject campaign = campaigns.first().toObject();
    QCOMPARE(campaign.value("name").toString(), QStringLiteral("quirks"));
    QCOMPARE(campaign.value("accounts").toInteger(), 5);
    QCOMPARE(campaign.value("tweets").toInteger(), 7);
    QCOMPARE(campaign.value("media").toInteger(), 0);
    QCOMPARE(campaign.value("rejected").toInteger(), 4);
    QCOMPARE(campaign.value("first_tweet").toString(), QStringLiteral("2009-05-01T10:00:00Z"));
    QCOMPARE(campaign.value("last_tweet").toString(), QStringLiteral("2017-08-08T08:08:00Z"));

    const Run json = trove({"search", "--cache", cache, "--format", "json", "convoy OR путин"}, home.path());
    QCOMPARE(json.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits[0].toObject().value("tweet_id").toString(), QStringLiteral("894109669869985793"));
    QCOMPARE(hits[0].toObject().value("source_record").toInteger(), 1);
    QCOMPARE(hits[1].toObject().value("tweet_id").toString(), QStringLiteral("750000000000000003"));

    const Run csv = trove({"search", "--cache", cache, "--format", "csv", "--limit", "1", "convoy OR путин"},
                          home.path());
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("tweet_id,time,campaign"));
    QVERIFY(lines[1].startsWith("894109669869985793,2017-08-06T08:15:00Z,\"quirks\""));

    const Run text = trove({"search", "--cache", cache, "storm"}, home.path());
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("580819071475826690"), qPrintable(text.out));
    QVERIFY(text.out.contains("1 tweets shown"));
}

void TestCommandLine::defaultCacheAndCampaignName()
{
    QTemporaryDir home;
    const Run imported =
        trove({"import", "--campaign", "IRA 2018", Data + "quirks_tweets_csv_hashed.csv"}, home.path());
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(imported.out.contains("cache: " + home.path()));
    const Run info = trove({"info"}, home.path());
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains("IRA 2018: 4 accounts, 7 tweets"), qPrintable(info.out));
}

void TestCommandLine::failuresHaveExitCodes()
{
    QTemporaryDir home;
    const QString cache = home.filePath("c.trove");
    QCOMPARE(trove({"import", "--cache", cache}, home.path()).exitCode, 2);
    QCOMPARE(trove({"import", "--bogus", "x"}, home.path()).exitCode, 2);
    const Run unrecognised = trove({"import", "--cache", cache, Data + "unrelated.csv"}, home.path());
    QCOMPARE(unrecognised.exitCode, 4);
    QVERIFY(unrecognised.err.contains("unrelated.csv: not a recognised archive file"));
    const Run missing = trove({"info", "--cache", home.filePath("none.trove")}, home.path());
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains("no cache at"));
    QVERIFY(!QFile::exists(home.filePath("none.trove")));
    const Run badQuery = trove({"search", "--cache", cache, "NOT"}, home.path());
    QCOMPARE(badQuery.exitCode, 1);
    QVERIFY(badQuery.err.contains("needs a word before it"));
    const Run unwritable =
        trove({"import", "--cache", "/proc/trove.trove", Data + "quirks_users_csv_hashed.csv"}, home.path());
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains("cannot open cache"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

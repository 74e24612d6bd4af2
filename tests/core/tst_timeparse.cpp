#include "core/text/timeparse.h"

#include <QTest>

using namespace trove;

class TestTimeParse : public QObject
{
    Q_OBJECT

private slots:
    void isoDateTime();
    void usDateTime_data();
    void usDateTime();
    void twitterDateTime();
    void epochMilliseconds();
};

void TestTimeParse::isoDateTime()
{
    QCOMPARE(TimeParse::isoDateTime("2017-10-01 19:58").value_or(-1), 1506887880);
    QVERIFY(!TimeParse::isoDateTime("10/1/2017 19:58"));
}

void TestTimeParse::usDateTime_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected"); // -1: not a time

    QTest::newRow("538 genuine") << QByteArray("10/1/2017 19:58") << qint64(1506887880);
    QTest::newRow("leading zeros") << QByteArray("10/01/2017 19:58") << qint64(1506887880);
    QTest::newRow("two-digit year") << QByteArray("10/1/17 19:58") << qint64(1506887880);
    QTest::newRow("one-digit month and hour") << QByteArray("1/5/15 7:07") << qint64(1420441620);
    QTest::newRow("seconds") << QByteArray("10/1/2017 19:58:30") << qint64(1506887910);
    QTest::newRow("leap day") << QByteArray("2/29/2012 0:00") << qint64(1330473600);
    QTest::newRow("last minute of the data") << QByteArray("5/31/2018 23:59") << qint64(1527811140);
    QTest::newRow("no leap day") << QByteArray("2/29/2017 0:00") << qint64(-1);
    QTest::newRow("month 13") << QByteArray("13/1/2017 10:00") << qint64(-1);
    QTest::newRow("day 32") << QByteArray("10/32/2017 19:58") << qint64(-1);
    QTest::newRow("hour 24") << QByteArray("10/1/2017 24:00") << qint64(-1);
    QTest::newRow("one-digit minute") << QByteArray("10/1/2017 19:5") << qint64(-1);
    QTest::newRow("three-digit year") << QByteArray("10/1/201 19:58") << qint64(-1);
    QTest::newRow("no time") << QByteArray("10/1/2017") << qint64(-1);
    QTest::newRow("ISO") << QByteArray("2017-10-01 19:58") << qint64(-1);
    QTest::newRow("AM/PM") << QByteArray("10/1/2017 7:58 PM") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestTimeParse::usDateTime()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    const auto time = TimeParse::usDateTime(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(time ? qint64(*time) : qint64(-1), expected);
}

void TestTimeParse::twitterDateTime()
{
    QCOMPARE(TimeParse::twitterDateTime("Wed Jan 07 04:38:02 +0000 2009").value_or(-1), 1231303082);
    QCOMPARE(TimeParse::twitterDateTime("Wed Jan 07 06:38:02 +0200 2009").value_or(-1), 1231303082);
    QCOMPARE(TimeParse::twitterDateTime("Tue Feb 29 00:00:00 +0000 2000").value_or(-1), 951782400);
    QVERIFY(!TimeParse::twitterDateTime("Wed Foo 07 04:38:02 +0000 2009"));
    QVERIFY(!TimeParse::twitterDateTime("Wed Feb 30 04:38:02 +0000 2009"));
    QVERIFY(!TimeParse::twitterDateTime("Wed Jan 07 04:38:02 2009"));
    QVERIFY(!TimeParse::twitterDateTime(""));
}

void TestTimeParse::epochMilliseconds()
{
    QCOMPARE(TimeParse::epochMilliseconds("1488207240000").value_or(-1), 1488207240); // 2017-02-27 14:54
    QCOMPARE(TimeParse::epochMilliseconds("1488207240999").value_or(-1), 1488207240);
    QVERIFY(!TimeParse::epochMilliseconds(""));
    QVERIFY(!TimeParse::epochMilliseconds("1.48820724E+12"));
    QVERIFY(!TimeParse::epochMilliseconds("2017-02-27 14:54:00"));
}

QTEST_GUILESS_MAIN(TestTimeParse)
#include "tst_timeparse.moc"

#include "core/csv/csvreader.h"

#include <QBuffer>
#include <QTest>

#include <cstring>

using trove::CsvReader;

namespace {

// Reads every record of @p input (with a tiny chunk size when asked, to cross chunk boundaries everywhere).
QList<QStringList> readAll(const QByteArray &input, qint64 chunk, bool *truncatedLast = nullptr)
{
    QByteArray copy = input;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, chunk);
    QList<QStringList> records;
    while (reader.readRecord()) {
        QStringList fields;
        for (int i = 0; i < reader.fieldCount(); ++i) {
            const auto field = reader.field(i);
            fields.append(QString::fromUtf8(field.data(), qsizetype(field.size())));
        }
        records.append(fields);
        if (truncatedLast) {
            *truncatedLast = reader.truncated();
        }
    }
    return records;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void offsetsAndResume();
    void resumeOnSequentialDevice();
    void longRecordGrowsBuffer();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");
    QTest::addColumn<bool>("truncated");

    using Records = QList<QStringList>;
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << Records{{"a", "b"}, {"1", "2"}} << false;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{{"a", "b"}, {"1", "2"}} << false;
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << Records{{"a", "b"}, {"1", "2"}} << false;
    QTest::newRow("quoted newline") << QByteArray("\"x\",\"line1\nline2\"\n\"y\",\"z\"\n")
                                    << Records{{"x", "line1\nline2"}, {"y", "z"}} << false;
    QTest::newRow("quoted CRLF kept") << QByteArray("\"a\r\nb\",c\r\n") << Records{{"a\r\nb", "c"}} << false;
    QTest::newRow("escaped quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << Records{{"say \"hi\"", "\""}} << false;
    QTest::newRow("comma in quotes") << QByteArray("\"a,b\",c\n") << Records{{"a,b", "c"}} << false;
    QTest::newRow("empty fields") << QByteArray("\"\",,\"\"\n") << Records{{"", "", ""}} << false;
    QTest::newRow("BOM skipped") << QByteArray("\xEF\xBB\xBF\"id\",\"v\"\n\"1\",\"2\"\n")
                                 << Records{{"id", "v"}, {"1", "2"}} << false;
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n\n") << Records{{"a"}, {"b"}} << false;
    QTest::newRow("truncated last record")
        << QByteArray("\"1\",\"ok\"\n\"2\",\"cut off") << Records{{"1", "ok"}, {"2", "cut off"}} << true;
    QTest::newRow("truncated after escaped quote")
        << QByteArray("\"2\",\"cut \"\"off") << Records{{"2", "cut \"off"}} << true;
    QTest::newRow("RTL and emoji")
        << QByteArray("\"سعودية و بدمي\",\"👨‍👩‍👧 🇦🇷\"\n")
        << Records{{QStringLiteral("سعودية و بدمي"), QStringLiteral("👨‍👩‍👧 🇦🇷")}} << false;
    QTest::newRow("stray quote kept") << QByteArray("ab\"c,d\n") << Records{{"ab\"c", "d"}} << false;
    QTest::newRow("text after closing quote kept")
        << QByteArray("\"ab\"c,d\n") << Records{{"abc", "d"}} << false;
    QTest::newRow("trailing comma at end") << QByteArray("a,") << Records{{"a", ""}} << false;
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    QFETCH(bool, truncated);
    // Every chunk size from tiny to large must give the same records: boundaries fall everywhere.
    for (const qint64 chunk : {64, 65, 67, 128, 1 << 20}) {
        bool truncatedLast = false;
        const QList<QStringList> records = readAll(input, chunk, &truncatedLast);
        QCOMPARE(records, expected);
        QCOMPARE(truncatedLast, truncated);
    }
}

void TestCsvReader::offsetsAndResume()
{
    QByteArray input = "\"h1\",\"h2\"\n";
    for (int i = 0; i < 500; ++i) {
        input +=
            "\"" + QByteArray::number(i) + "\",\"multi\nline " + QByteArray::number(i) + " \"\"q\"\"\"\n";
    }
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, 64);
    QVERIFY(reader.readRecord());
    QCOMPARE(reader.recordNumber(), 1);
    QCOMPARE(reader.recordOffset(), 0);
    qint64 checkpoint = 0;
    for (int i = 0; i < 200; ++i) {
        QVERIFY(reader.readRecord());
        QCOMPARE(QByteArray(reader.field(0).data(), qsizetype(reader.field(0).size())),
                 QByteArray::number(i));
        QCOMPARE(input.mid(reader.recordOffset(), 1), QByteArray("\""));
        checkpoint = reader.endOffset();
    }
    // A new reader resumes at the checkpoint: the header first, then a skip.
    QBuffer again(&input);
    again.open(QIODevice::ReadOnly);
    CsvReader resumed(&again, 64);
    QVERIFY(resumed.readRecord());
    QVERIFY(resumed.skipTo(checkpoint, 201));
    QVERIFY(resumed.readRecord());
    QCOMPARE(resumed.recordNumber(), 202);
    QCOMPARE(QByteArray(resumed.field(0).data(), qsizetype(resumed.field(0).size())), QByteArray("200"));
    QCOMPARE(QByteArray(resumed.field(1).data(), qsizetype(resumed.field(1).size())),
             QByteArray("multi\nline 200 \"q\""));
}

namespace {

// A device that cannot seek, like a zip entry being inflated: it hands out bytes in order, once.
class SequentialBuffer : public QIODevice
{
public:
    explicit SequentialBuffer(const QByteArray &data)
        : m_data(data)
    {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

void TestCsvReader::resumeOnSequentialDevice()
{
    QByteArray input = "h\n";
    for (int i = 0; i < 10000; ++i) {
        input += QByteArray::number(i) + "\n";
    }
    const qint64 offset = input.indexOf("\n5000\n") + 1;
    SequentialBuffer buffer(input);
    buffer.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    CsvReader reader(&buffer, 128);
    QVERIFY(reader.readRecord());
    QVERIFY(reader.skipTo(offset, 5001));
    QVERIFY(reader.readRecord());
    QCOMPARE(QByteArray(reader.field(0).data(), qsizetype(reader.field(0).size())), QByteArray("5000"));
    QCOMPARE(reader.recordOffset(), offset);
    QVERIFY(!reader.skipTo(0, 1)); // never backwards
}

void TestCsvReader::longRecordGrowsBuffer()
{
    const QByteArray big(300000, 'x');
    const QByteArray input = "\"" + big + "\",\"" + big + "\n" + big + "\"\nnext\n";
    const QList<QStringList> records = readAll(input, 1024);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0][0].size(), big.size());
    QCOMPARE(records[0][1].size(), 2 * big.size() + 1);
    QCOMPARE(records[1], QStringList{QStringLiteral("next")});
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

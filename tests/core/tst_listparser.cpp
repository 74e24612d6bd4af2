#include "core/text/listparser.h"

#include <QTest>

using trove::ListParser;

class TestListParser : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestListParser::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("wellFormed");

    QTest::newRow("empty field") << QByteArray("") << QStringList{} << true;
    QTest::newRow("empty list") << QByteArray("[]") << QStringList{} << true;
    QTest::newRow("python strings") << QByteArray("['SyrianArmy', 'Hama', 'InsideSyriaMC']")
                                    << QStringList{"SyrianArmy", "Hama", "InsideSyriaMC"} << true;
    QTest::newRow("bare numbers") << QByteArray("[2876420003, 16307778]")
                                  << QStringList{"2876420003", "16307778"} << true;
    QTest::newRow("repeats kept") << QByteArray("['a', 'a']") << QStringList{"a", "a"} << true;
    QTest::newRow("commas and quotes inside")
        << QByteArray("[\"it's, fine\", 'say \"hi\"']") << QStringList{"it's, fine", "say \"hi\""} << true;
    QTest::newRow("python escapes") << QByteArray("['it\\'s', 'back\\\\slash', '\\u00e9\\x41']")
                                    << QStringList{"it's", "back\\slash", QStringLiteral("éA")} << true;
    QTest::newRow("RTL and emoji") << QByteArray("['سورية', 'ایران_آزاد', '🇦🇷']")
                                   << QStringList{QStringLiteral("سورية"), QStringLiteral("ایران_آزاد"),
                                                  QStringLiteral("🇦🇷")}
                                   << true;
    QTest::newRow("json") << QByteArray("[\"ThingsDoneByMistake\",\"b\"]")
                          << QStringList{"ThingsDoneByMistake", "b"} << true;
    QTest::newRow("json surrogate pair")
        << QByteArray("[\"\\ud83d\\ude00\"]") << QStringList{QStringLiteral("😀")} << true;
    QTest::newRow("url with commas") << QByteArray("['http://a.com/x,y?z=1']")
                                     << QStringList{"http://a.com/x,y?z=1"} << true;
    QTest::newRow("spaces around") << QByteArray("  [ 'a' ,'b' ]  ") << QStringList{"a", "b"} << true;
    QTest::newRow("unterminated string") << QByteArray("['a', 'b") << QStringList{"a"} << false;
    QTest::newRow("not a list") << QByteArray("a, b") << QStringList{} << false;
    QTest::newRow("missing bracket") << QByteArray("['a'") << QStringList{"a"} << false;
}

void TestListParser::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    QFETCH(bool, wellFormed);
    std::vector<std::string_view> items;
    std::string scratch;
    QCOMPARE(ListParser::parse(std::string_view(input.constData(), size_t(input.size())), items, scratch),
             wellFormed);
    QStringList actual;
    for (const auto item : items) {
        actual.append(QString::fromUtf8(item.data(), qsizetype(item.size())));
    }
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestListParser)
#include "tst_listparser.moc"

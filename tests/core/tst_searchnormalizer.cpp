#include "core/query/searchquery.h"
#include "core/text/searchnormalizer.h"

#include <QTest>

using trove::SearchNormalizer;
using trove::SearchQuery;

class TestSearchNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void query_data();
    void query();
};

void TestSearchNormalizer::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("latin unchanged") << QStringLiteral("New Convoy of #SyrianArmy")
                                     << QStringLiteral("New Convoy of #SyrianArmy");
    QTest::newRow("entities") << QStringLiteral("Lee &amp; Collier &lt;3 &quot;x&quot; it&#39;s")
                              << QStringLiteral("Lee & Collier <3 \"x\" it's");
    QTest::newRow("arabic yeh and kaf to persian")
        << QStringLiteral("الملك في") << QStringLiteral("الملک فی");
    QTest::newRow("alef variants") << QStringLiteral("أحمد إسلام آمن") << QStringLiteral("احمد اسلام امن");
    QTest::newRow("zwnj removed") << QStringLiteral("می\u200cخواهم") << QStringLiteral("میخواهم");
    QTest::newRow("tatweel and harakat removed") << QStringLiteral("مـحَمَّد") << QStringLiteral("محمد");
    QTest::newRow("digits") << QStringLiteral("٢٠١٦ و ۱۳۹۷") << QStringLiteral("2016 و 1397");
    QTest::newRow("cyrillic unchanged") << QStringLiteral("Путин") << QStringLiteral("Путин");
}

void TestSearchNormalizer::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(SearchNormalizer::normalized(input), expected);
}

void TestSearchNormalizer::query_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expression");
    QTest::newRow("words") << "trump rally" << true << "\"trump\" AND \"rally\"";
    QTest::newRow("phrase") << "\"fake news\" media" << true << "\"fake news\" AND \"media\"";
    QTest::newRow("or") << "hillary OR clinton" << true << "\"hillary\" OR \"clinton\"";
    QTest::newRow("not") << "election NOT russia" << true << "\"election\" NOT \"russia\"";
    QTest::newRow("minus") << "election -russia" << true << "\"election\" NOT \"russia\"";
    QTest::newRow("prefix") << "elect*" << true << "\"elect\"*";
    QTest::newRow("groups") << "(a OR b) c" << true << "( \"a\" OR \"b\" ) AND \"c\"";
    QTest::newRow("punctuation stays text") << "#MAGA don't" << true << "\"#MAGA\" AND \"don't\"";
    QTest::newRow("persian normalised")
        << QStringLiteral("می‌خواهم") << true << QStringLiteral("\"میخواهم\"");
    QTest::newRow("leading NOT") << "NOT russia" << false << "";
    QTest::newRow("trailing operator") << "russia OR" << false << "";
    QTest::newRow("unclosed quote") << "\"fake news" << false << "";
    QTest::newRow("unbalanced") << "(a OR b" << false << "";
    QTest::newRow("nothing searchable") << "🇦🇷 !!" << false << "";
}

void TestSearchNormalizer::query()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, expression);
    const SearchQuery query = SearchQuery::parse(input);
    QCOMPARE(query.ok, ok);
    if (ok) {
        QCOMPARE(query.matchExpression, expression);
    } else {
        QVERIFY(!query.errorString.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSearchNormalizer)
#include "tst_searchnormalizer.moc"

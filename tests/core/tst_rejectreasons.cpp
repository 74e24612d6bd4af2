// The reject reasons the importer stores in English are recognised for translation when shown: every reason
// that importing the quirk fixtures writes (Twitter, FiveThirtyEight, NBC) matches a known reason, its
// quoted values come through unchanged (also when they hold "; " or "%2"), several reasons joined by "; "
// are translated one by one, and an unknown reason or no translator leaves the text as it is.
#include "core/db/database.h"
#include "core/import/rejectreasons.h"
#include "importtesthelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace trove;
using namespace trove::test;

namespace {

// Marks every reject reason it is asked for: "⟦source⟧", so a test sees which parts were recognised.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArray(context) == "trove::RejectReason") {
            return QString::fromUtf8("⟦") + QString::fromUtf8(source) + QString::fromUtf8("⟧");
        }
        return {};
    }
    bool isEmpty() const override { return false; }
};

QString unmarked(QString text)
{
    return text.remove(QString::fromUtf8("⟦")).remove(QString::fromUtf8("⟧"));
}

} // namespace

class TestRejectReasons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyStoredReasonIsKnown();
    void valuesAndSeparators();
    void withoutTranslatorUnchanged();

private:
    QTemporaryDir m_dir;
    MarkingTranslator m_marker;
};

void TestRejectReasons::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::installTranslator(&m_marker);
}

void TestRejectReasons::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_marker);
}

void TestRejectReasons::everyStoredReasonIsKnown()
{
    QSet<QString> reasons;
    QSet<QString> severities;
    for (const char *folder : {"twitter", "fivethirtyeight", "nbc", "links"}) {
        const QString cache = m_dir.filePath(QString::fromLatin1(folder) + ".trove");
        const ImportSummary summary = import(cache, {QString(TROVE_TEST_DATA) + "/" + folder});
        QVERIFY2(summary.ok, qPrintable(summary.errorString));
        Database db;
        QVERIFY(db.open(cache, Database::Mode::ReadOnly));
        Statement statement(db, "SELECT DISTINCT severity, reason FROM rejects");
        while (statement.next()) {
            severities.insert(statement.text(0));
            reasons.insert(statement.text(1));
        }
    }
    // The fixtures hold a record for each quirk: many different reasons, of every severity.
    QVERIFY2(reasons.size() >= 10, qPrintable(QStringList(reasons.cbegin(), reasons.cend()).join('\n')));
    QCOMPARE(severities, (QSet<QString>{"rejected", "repaired", "skipped"}));
    QStringList unknown;
    for (const QString &reason : std::as_const(reasons)) {
        const QString translated = RejectReasons::translate(reason);
        // Every part recognised (marked), and nothing lost or changed once the marks are taken away.
        const bool recognised = translated.startsWith(QString::fromUtf8("⟦")) &&
                                !translated.contains(QRegularExpression(QString::fromUtf8("⟧; [^⟦]")));
        if (!recognised || unmarked(translated) != reason) {
            unknown << reason + "  ->  " + translated;
        }
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join('\n')));
    for (const QString &severity : std::as_const(severities)) {
        QCOMPARE(RejectReasons::translateSeverity(severity),
                 QString::fromUtf8("⟦") + severity + QString::fromUtf8("⟧"));
    }
}

void TestRejectReasons::valuesAndSeparators()
{
    const QString joined = "retweet '2; %2 x' is neither 0 nor 1, taken as 0; "
                           "favorite_count 'many' is not a count, left empty; "
                           "hashtags '[a; b' is not a well-formed list; kept the items before the fault";
    QCOMPARE(
        RejectReasons::translate(joined),
        QString::fromUtf8("⟦retweet '2; %2 x' is neither 0 nor 1, taken as 0⟧; "
                          "⟦favorite_count 'many' is not a count, left empty⟧; "
                          "⟦hashtags '[a; b' is not a well-formed list; kept the items before the fault⟧"));
    // The longer reason wins over the one it starts like.
    QCOMPARE(RejectReasons::translate("external_author_id '1.2E+18' is in scientific notation (rounded by a "
                                      "spreadsheet), not kept; the account is identified by its handle"),
             QString::fromUtf8("⟦external_author_id '1.2E+18' is in scientific notation (rounded by a "
                               "spreadsheet), not kept; the account is identified by its handle⟧"));
    QCOMPARE(RejectReasons::translate("record has 3 fields, the header has 17"),
             QString::fromUtf8("⟦record has 3 fields, the header has 17⟧"));
    // A reason this version does not write stays as it is, and so does what follows it.
    QCOMPARE(RejectReasons::translate("a reason from elsewhere; record too large"),
             QString("a reason from elsewhere; record too large"));
    QCOMPARE(RejectReasons::translate("record too large; a reason from elsewhere"),
             QString::fromUtf8("⟦record too large⟧; a reason from elsewhere"));
    QCOMPARE(RejectReasons::translateSeverity("unheard-of"), QString("unheard-of"));
}

void TestRejectReasons::withoutTranslatorUnchanged()
{
    QCoreApplication::removeTranslator(&m_marker);
    const QString reason = "tweetid '12x' is not a tweet id (1 to 19 digits)";
    QCOMPARE(RejectReasons::translate(reason), reason);
    QCOMPARE(RejectReasons::translateSeverity("repaired"), QString("repaired"));
    QCoreApplication::installTranslator(&m_marker);
}

QTEST_GUILESS_MAIN(TestRejectReasons)
#include "tst_rejectreasons.moc"

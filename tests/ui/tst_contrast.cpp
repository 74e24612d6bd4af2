// Text on Trove's coloured badges reaches the WCAG 2.1 contrast of 4.5:1 (the category badges of the
// dossier, the kind badges of tweet cards), so that it reads on a projector and for people with low vision.
#include "core/query/tweetfilter.h"
#include "ui/contrast.h"
#include "ui/models/accounttablemodel.h"
#include "ui/widgets/tweetcarddelegate.h"

#include <QTest>

using namespace trove;

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void ratio();
    void categoryBadges_data();
    void categoryBadges();
    void kindBadges();
};

void TestContrast::ratio()
{
    QCOMPARE(qRound(Contrast::ratio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Contrast::ratio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
    // Published reference values: #777777 on white is 4.48:1, #767676 on white 4.54:1.
    QCOMPARE(qRound(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    QCOMPARE(qRound(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    // Vermillion: white text would be 3.8:1, black 5.5:1.
    QCOMPARE(Contrast::readableTextOn(QColor(0xD5, 0x5E, 0x00)), QColor(Qt::black));
    QCOMPARE(Contrast::readableTextOn(QColor(0x00, 0x33, 0x66)), QColor(Qt::white));
}

void TestContrast::categoryBadges_data()
{
    QTest::addColumn<QString>("category");
    for (const char *category : {"RightTroll", "LeftTroll", "NewsFeed", "HashtagGamer", "Fearmonger",
                                 "NonEnglish", "Commercial", "Unknown", "SomethingElse", "Другое"}) {
        QTest::newRow(category) << QString::fromUtf8(category);
    }
}

void TestContrast::categoryBadges()
{
    QFETCH(QString, category);
    const QColor background = AccountTableModel::categoryColor(category);
    QVERIFY(background.isValid());
    const double ratio = Contrast::ratio(background, Contrast::readableTextOn(background));
    QVERIFY2(ratio >= 4.5, qPrintable(QString("%1 on %2: %3")
                                          .arg(Contrast::readableTextOn(background).name(), background.name())
                                          .arg(ratio)));
}

void TestContrast::kindBadges()
{
    for (const TweetKind kind : {TweetKind::Retweet, TweetKind::Reply, TweetKind::Quote}) {
        const QColor background = TweetCardDelegate::kindColor(kind);
        QVERIFY2(Contrast::ratio(background, Contrast::readableTextOn(background)) >= 4.5,
                 qPrintable(background.name()));
    }
    QVERIFY(TweetCardDelegate::kindColor(TweetKind::Retweet) !=
            TweetCardDelegate::kindColor(TweetKind::Reply));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"

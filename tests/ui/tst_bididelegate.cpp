// Table cells in the direction of their own text: Arabic and Persian names read and align right to left in an
// English window, Latin ones left to right in a Persian window; numbers keep the window's direction.
#include "ui/widgets/biditemdelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace trove;

namespace {

class ExposedDelegate : public BidiItemDelegate
{
public:
    using BidiItemDelegate::BidiItemDelegate;
    Qt::LayoutDirection directionOf(const QModelIndex &index, Qt::LayoutDirection viewDirection) const
    {
        QStyleOptionViewItem option;
        option.direction = viewDirection;
        initStyleOption(&option, index);
        return option.direction;
    }
};

// The horizontal extent of the dark pixels (the text's ink) in a row of the view.
QPair<int, int> inkExtent(QTableView &view, int row)
{
    const QImage image = view.viewport()->grab().toImage();
    const QRect cell = view.visualRect(view.model()->index(row, 0));
    int left = image.width(), right = -1;
    for (int y = cell.top(); y <= cell.bottom(); ++y) {
        for (int x = cell.left(); x <= cell.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 110) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    return {left - cell.left(), right - cell.left()};
}

} // namespace

class TestBidiDelegate : public QObject
{
    Q_OBJECT

private slots:
    void direction_data();
    void direction();
    void alignmentDrawn();
};

void TestBidiDelegate::direction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("inLeftToRight");
    QTest::addColumn<int>("inRightToLeft");
    const int ltr = Qt::LeftToRight, rtl = Qt::RightToLeft;
    QTest::newRow("persian") << QString::fromUtf8("علی رضایی") << rtl << rtl;
    QTest::newRow("arabic after digits") << QString::fromUtf8("2016 سعودية") << rtl << rtl;
    QTest::newRow("latin") << QString("Ivan Petrov") << ltr << ltr;
    QTest::newRow("cyrillic") << QString::fromUtf8("Ольга") << ltr << ltr;
    QTest::newRow("hashtag first") << QString::fromUtf8("#iran ایران") << ltr << ltr;
    QTest::newRow("number") << QString("1,234") << ltr << rtl;
    QTest::newRow("empty") << QString() << ltr << rtl;
}

void TestBidiDelegate::direction()
{
    QFETCH(QString, text);
    QFETCH(int, inLeftToRight);
    QFETCH(int, inRightToLeft);
    QStandardItemModel model(1, 1);
    model.setData(model.index(0, 0), text);
    ExposedDelegate delegate;
    QCOMPARE(int(delegate.directionOf(model.index(0, 0), Qt::LeftToRight)), inLeftToRight);
    QCOMPARE(int(delegate.directionOf(model.index(0, 0), Qt::RightToLeft)), inRightToLeft);
}

void TestBidiDelegate::alignmentDrawn()
{
    QStandardItemModel model(2, 1);
    model.setData(model.index(0, 0), QString::fromUtf8("سعودية و بدمي الحرية"));
    model.setData(model.index(1, 0), QString("freesaudiawomen"));
    for (const Qt::LayoutDirection windowDirection : {Qt::LeftToRight, Qt::RightToLeft}) {
        QTableView view;
        view.setLayoutDirection(windowDirection);
        view.setModel(&model);
        view.setItemDelegate(new BidiItemDelegate(&view));
        view.horizontalHeader()->setStretchLastSection(true);
        view.resize(600, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int width = view.columnWidth(0);
        const auto arabic = inkExtent(view, 0);
        const auto latin = inkExtent(view, 1);
        QVERIFY(arabic.second > 0 && latin.second > 0);
        // Arabic hugs the right edge, Latin the left, whatever the window's direction.
        QVERIFY2(
            arabic.first > width / 2,
            qPrintable(QString("arabic ink %1..%2 of %3").arg(arabic.first).arg(arabic.second).arg(width)));
        QVERIFY2(latin.second < width / 2,
                 qPrintable(QString("latin ink %1..%2 of %3").arg(latin.first).arg(latin.second).arg(width)));
    }
}

QTEST_MAIN(TestBidiDelegate)
#include "tst_bididelegate.moc"

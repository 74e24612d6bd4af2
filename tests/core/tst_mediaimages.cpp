// The synthetic media files decode as real images with Qt's own decoders (this test links QtGui; the
// generator itself, in core, does not).
#include "core/synth/syntheticmedia.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTest>

using trove::synthetic::SyntheticMedia;

class TestMediaImages : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("format");
        for (const quint64 seed : {0ull, 1ull, 2ull, 77ull, 123456789ull}) {
            QTest::addRow("png %llu", seed) << SyntheticMedia::png(seed) << QByteArray("png");
            QTest::addRow("gif %llu", seed) << SyntheticMedia::gif(seed) << QByteArray("gif");
            QTest::addRow("jpeg %llu", seed) << SyntheticMedia::jpeg(seed) << QByteArray("jpeg");
        }
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, format);
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer); // the format is recognised from the content
        QCOMPARE(reader.format(), format);
        const QImage image = reader.read();
        QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
        QCOMPARE(image.size(), QSize(16, 16));
    }

    void gifIsAnimated()
    {
        QByteArray bytes = SyntheticMedia::gif(5);
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer);
        QVERIFY(reader.supportsAnimation());
        const QImage first = reader.read();
        QVERIFY(reader.canRead());
        const QImage second = reader.read();
        QVERIFY(!first.isNull() && !second.isNull());
        QVERIFY(first != second);         // the checkerboard swaps colours
        QCOMPARE(reader.loopCount(), -1); // loops forever
    }

    void coloursComeFromTheSeed()
    {
        // The JPEG's four squares are flat colours: the decoded top-left pixel is close to the seed's colour,
        // and two seeds give different pictures.
        const QImage a = QImage::fromData(SyntheticMedia::jpeg(1));
        const QImage b = QImage::fromData(SyntheticMedia::jpeg(2));
        QVERIFY(a != b);
        QCOMPARE(a.pixel(0, 0), a.pixel(7, 7)); // flat within a block (no AC coefficients)
        const QImage png = QImage::fromData(SyntheticMedia::png(3));
        QVERIFY(png.pixel(0, 0) != png.pixel(15, 15)); // a gradient
    }
};

QTEST_GUILESS_MAIN(TestMediaImages)
#include "tst_mediaimages.moc"

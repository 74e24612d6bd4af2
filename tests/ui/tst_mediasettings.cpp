// MediaSettings: the safe view is on for a new user, veils beyond recognition, reveals one file at a time,
// and is saved; the thumbnails' disk limit is clamped and saved.
#include "ui/media/mediasettings.h"

#include <QAction>
#include <QApplication>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace trove;

namespace {

void clearSettings()
{
    QSettings(QStringLiteral("Trove"), QStringLiteral("Trove")).clear();
}

// A 160×120 picture with sharp detail: black and white stripes 4 px wide over a red-to-blue gradient.
QImage detailedImage()
{
    QImage image(160, 120, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const bool stripe = (x / 4) % 2 == 0;
            image.setPixel(x, y, stripe ? qRgb(255, 255, 255) : qRgb(255 * x / 160, 0, 255 * y / 120));
        }
    }
    return image;
}

// The mean absolute difference between horizontally adjacent pixels: high for sharp detail, near zero
// for a smooth image.
double sharpness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 1; x < image.width(); ++x) {
            const QRgb a = image.pixel(x - 1, y);
            const QRgb b = image.pixel(x, y);
            sum +=
                std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
            ++count;
        }
    }
    return sum / count;
}

} // namespace

class TestMediaSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void safeViewIsOnForANewUser()
    {
        clearSettings();
        MediaSettings settings;
        settings.restore();
        QVERIFY(settings.safeView());
        QVERIFY(settings.isVeiled(7));
        QCOMPARE(settings.thumbnailDiskLimitBytes(), 512ll * 1024 * 1024);
    }

    void revealsOneFileAtATime()
    {
        clearSettings();
        MediaSettings settings;
        settings.restore();
        QSignalSpy changed(&settings, &MediaSettings::veilChanged);
        settings.reveal(7);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!settings.isVeiled(7));
        QVERIFY(settings.isVeiled(8));
        settings.reveal(7); // already revealed: nothing changes
        QCOMPARE(changed.count(), 1);
        settings.veilAll();
        QCOMPARE(changed.count(), 2);
        QVERIFY(settings.isVeiled(7));
        // With the safe view off nothing is veiled, and reveals made meanwhile count when it is back on.
        settings.setSafeView(false);
        QCOMPARE(changed.count(), 3);
        QVERIFY(!settings.isVeiled(8));
        settings.reveal(8);
        QCOMPARE(changed.count(), 3); // nothing to repaint
        settings.setSafeView(true);
        QVERIFY(!settings.isVeiled(8));
        QVERIFY(settings.isVeiled(9));
    }

    void savedAndRestored()
    {
        clearSettings();
        {
            MediaSettings settings;
            settings.restore();
            settings.setSafeView(false);
            settings.setThumbnailDiskLimitMB(2048);
            settings.reveal(5);
        }
        MediaSettings restored;
        restored.restore();
        QVERIFY(!restored.safeView());
        QCOMPARE(restored.thumbnailDiskLimitMB(), 2048);
        restored.setSafeView(true);
        QVERIFY(restored.isVeiled(5)); // reveals last one session only
        QVERIFY(!restored.isRevealed(5));
    }

    void diskLimitIsClamped()
    {
        clearSettings();
        MediaSettings settings;
        settings.restore();
        QSignalSpy changed(&settings, &MediaSettings::thumbnailDiskLimitChanged);
        settings.setThumbnailDiskLimitMB(1);
        QCOMPARE(settings.thumbnailDiskLimitMB(), 64);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), 64ll * 1024 * 1024);
        settings.setThumbnailDiskLimitMB(1ll << 40);
        QCOMPARE(settings.thumbnailDiskLimitMB(), 64 * 1024);
        QSettings(QStringLiteral("Trove"), QStringLiteral("Trove"))
            .setValue(QStringLiteral("media/thumbnailDiskLimitMB"), QStringLiteral("lots"));
        settings.restore();
        QCOMPARE(settings.thumbnailDiskLimitMB(), 64); // garbage reads as 0, clamped up
    }

    void veiledImageIsUnrecognisable()
    {
        const QImage original = detailedImage();
        const QImage veiled = MediaSettings::veiled(original);
        QCOMPARE(veiled.size(), original.size());
        // The stripes are gone: adjacent pixels differ by a fraction of what they did.
        const double before = sharpness(original);
        const double after = sharpness(veiled);
        QVERIFY2(before > 100, qPrintable(QString::number(before)));
        QVERIFY2(after < before / 20, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        // Darkened: no pixel as bright as the white stripes.
        int brightest = 0;
        for (int y = 0; y < veiled.height(); ++y) {
            for (int x = 0; x < veiled.width(); ++x) {
                brightest = qMax(brightest, qGray(veiled.pixel(x, y)));
            }
        }
        QVERIFY2(brightest < 200, qPrintable(QString::number(brightest)));
        QVERIFY(MediaSettings::veiled(QImage()).isNull());
        // A one-pixel-wide image does not break it.
        QCOMPARE(MediaSettings::veiled(QImage(1, 300, QImage::Format_RGB32)).size(), QSize(1, 300));
    }

    void actionsFollowTheSetting()
    {
        clearSettings();
        MediaSettings settings;
        settings.restore();
        QObject owner;
        QAction *safe = settings.createSafeViewAction(&owner);
        QAction *veilAll = settings.createVeilAllAction(&owner);
        QVERIFY(safe->isCheckable());
        QVERIFY(safe->isChecked());
        safe->trigger();
        QVERIFY(!settings.safeView());
        settings.setSafeView(true);
        QVERIFY(safe->isChecked());
        settings.reveal(3);
        veilAll->trigger();
        QVERIFY(settings.isVeiled(3));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestMediaSettings)
#include "tst_mediasettings.moc"

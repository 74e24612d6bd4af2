// The zoom setting: it scales the application font, steps through its levels, is saved, tells views,
// and comes with the View menu's actions and their shortcuts.

#include "ui/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace trove;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void zoomScalesTheApplicationFont();
    void stepsThroughTheLevels();
    void savedAndRestored();
    void garbageInSettings();
    void actionsAndShortcuts();

private:
    QTemporaryDir m_settingsDir;
    qreal m_basePointSize = 0;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    m_basePointSize = QApplication::font().pointSizeF();
    QVERIFY(m_basePointSize > 0);
}

void TestAppSettings::zoomScalesTheApplicationFont()
{
    AppSettings settings;
    QLabel label(QStringLiteral("text"));
    label.show();
    QSignalSpy spy(&settings, &AppSettings::zoomChanged);
    settings.setZoomPercent(150);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 150);
    QCOMPARE(settings.zoomFactor(), 1.5);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 1.5);
    QTRY_COMPARE(label.font().pointSizeF(), m_basePointSize * 1.5); // widgets follow
    settings.setZoomPercent(150);
    QCOMPARE(spy.count(), 1);
    settings.setZoomPercent(1000);
    QCOMPARE(settings.zoomPercent(), 300);
    settings.resetZoom();
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize);
    QTRY_COMPARE(label.font().pointSizeF(), m_basePointSize);
}

void TestAppSettings::stepsThroughTheLevels()
{
    AppSettings settings;
    settings.resetZoom();
    QList<int> seen{settings.zoomPercent()};
    for (int i = 0; i < 10; ++i) {
        settings.zoomIn();
        if (seen.last() != settings.zoomPercent()) {
            seen.append(settings.zoomPercent());
        }
    }
    QCOMPARE(seen, AppSettings::zoomLevels());
    settings.zoomOut();
    QCOMPARE(settings.zoomPercent(), 175);
    settings.setZoomPercent(130); // between levels
    settings.zoomOut();
    QCOMPARE(settings.zoomPercent(), 125);
    settings.setZoomPercent(130);
    settings.zoomIn();
    QCOMPARE(settings.zoomPercent(), 150);
    settings.resetZoom();
    settings.zoomOut();
    QCOMPARE(settings.zoomPercent(), 100);
}

void TestAppSettings::savedAndRestored()
{
    {
        AppSettings settings;
        settings.setZoomPercent(125);
    }
    AppSettings restored;
    QSignalSpy spy(&restored, &AppSettings::zoomChanged);
    QCOMPARE(restored.zoomPercent(), 100); // until restore()
    restored.restore();
    QCOMPARE(restored.zoomPercent(), 125);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(QApplication::font().pointSizeF(), m_basePointSize * 1.25);
    restored.resetZoom();
}

void TestAppSettings::garbageInSettings()
{
    QSettings(QStringLiteral("Trove"), QStringLiteral("Trove"))
        .setValue(QStringLiteral("appearance/zoomPercent"), QStringLiteral("huge"));
    AppSettings settings;
    settings.restore();
    QCOMPARE(settings.zoomPercent(), 100);
    QSettings(QStringLiteral("Trove"), QStringLiteral("Trove"))
        .setValue(QStringLiteral("appearance/zoomPercent"), -40);
    settings.restore();
    QCOMPARE(settings.zoomPercent(), 50);
    settings.resetZoom();
}

void TestAppSettings::actionsAndShortcuts()
{
    AppSettings settings;
    settings.resetZoom();
    QMenu menu;
    const QList<QAction *> actions = settings.addZoomActions(&menu);
    QCOMPARE(actions.size(), 3 + AppSettings::zoomLevels().size());
    QAction *in = menu.findChild<QAction *>(QStringLiteral("zoomInAction"));
    QAction *out = menu.findChild<QAction *>(QStringLiteral("zoomOutAction"));
    QAction *reset = menu.findChild<QAction *>(QStringLiteral("resetZoomAction"));
    QVERIFY(in && out && reset);
    QVERIFY(in->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    QVERIFY(in->shortcuts().contains(QKeySequence(QKeySequence::ZoomIn)));
    QVERIFY(out->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Minus)));
    QCOMPARE(reset->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QVERIFY(!out->isEnabled()); // at 100% already
    QVERIFY(!reset->isEnabled());
    in->trigger();
    QCOMPARE(settings.zoomPercent(), 110);
    QVERIFY(out->isEnabled());
    QVERIFY(reset->isEnabled());
    QAction *level150 = menu.findChild<QAction *>(QStringLiteral("zoom150Action"));
    QVERIFY(level150);
    level150->trigger();
    QCOMPARE(settings.zoomPercent(), 150);
    QVERIFY(level150->isChecked());
    QVERIFY(!menu.findChild<QAction *>(QStringLiteral("zoom110Action"))->isChecked());
    reset->trigger();
    QCOMPARE(settings.zoomPercent(), 100);
    QVERIFY(menu.findChild<QAction *>(QStringLiteral("zoom100Action"))->isChecked());

    // The shortcuts work in a window that holds the actions.
    QWidget window;
    window.addActions(actions.mid(0, 3));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(settings.zoomPercent(), 110);
    QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(settings.zoomPercent(), 100);
    settings.setZoomPercent(200);
    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(settings.zoomPercent(), 100);
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace trove {

/**
 * Application-wide appearance settings: the zoom (large fonts) for now. The zoom scales the
 * application font (QApplication::setFont), so every widget that does not set a font of its own follows,
 * and widgets get QEvent::ApplicationFontChange / FontChange; views with custom painting or fixed row
 * heights also get zoomChanged() to lay out again. Persisted in the user's settings (organisation
 * "Trove", application "Trove", key "appearance/zoomPercent"). GUI thread only.
 */
class AppSettings : public QObject
{
    Q_OBJECT

public:
    /** The shared instance (created on first use, owned by the application object). */
    static AppSettings *instance();

    explicit AppSettings(QObject *parent = nullptr);

    /** The zoom steps offered, in percent: 100, 110, 125, 150, 175, 200. */
    static QList<int> zoomLevels();

    int zoomPercent() const { return m_zoomPercent; }
    /** zoomPercent() / 100. */
    qreal zoomFactor() const { return m_zoomPercent / 100.0; }

    /**
     * Reads the saved zoom and applies it (call once at start-up, after the QApplication exists). The font
     * the application had then is the base that every zoom scales.
     */
    void restore();

    /**
     * Actions for a View menu: Zoom In (Ctrl++ and Ctrl+=), Zoom Out (Ctrl+-), Actual Size (Ctrl+0), and
     * one checkable action per zoom level (in a "Zoom" submenu when @p menu is given). Owned by @p parent.
     * Add them to the window (or its menu bar) so that the shortcuts work everywhere in it.
     */
    QList<QAction *> createZoomActions(QObject *parent);
    /** Adds the zoom actions to @p menu (and a "Zoom" submenu with the levels); returns them. */
    QList<QAction *> addZoomActions(QMenu *menu);

    /**
     * Gives @p widget a font @p scale times the application's (bold when @p bold): a heading. A font set with
     * QWidget::setFont keeps its size when the zoom changes the application font; one set here is scaled
     * again at every zoom.
     */
    static void setRelativeFont(QWidget *widget, qreal scale, bool bold = true);

public slots:
    /** Sets the zoom, clamped to 50..300 percent; applies, saves and emits zoomChanged() when it changed. */
    void setZoomPercent(int percent);
    /** The next larger / smaller level of zoomLevels(). */
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    void zoomChanged(int percent);

private:
    void apply();

    int m_zoomPercent = 100;
};

} // namespace trove

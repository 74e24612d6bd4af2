#include "ui/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace trove {

namespace {

const char *const FontScaleProperty = "trove_fontScale";
const char *const FontBoldProperty = "trove_fontBold";

// The widget's font: the application's scaled by its FontScaleProperty. (Not the parent's: when the zoom
// changes, the parents learn of the new application font from events that come later.)
void applyRelativeFont(QWidget *widget)
{
    const qreal scale = widget->property(FontScaleProperty).toReal();
    QFont font = QApplication::font(widget);
    font.setBold(widget->property(FontBoldProperty).toBool());
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * scale);
    } else if (font.pixelSize() > 0) {
        font.setPixelSize(qRound(font.pixelSize() * scale));
    }
    widget->setFont(font);
}

QString zoomKey()
{
    return QStringLiteral("appearance/zoomPercent");
}

// The font every zoom scales: the application's font before the first zoom, shared by every instance so
// that zooms never compound.
QFont &baseFont()
{
    static QFont font = QApplication::font();
    return font;
}

// A shortcut list without repeats: on some platforms the standard key is the one added by hand, and an
// action holding the same shortcut twice makes it ambiguous.
QList<QKeySequence> uniqueShortcuts(const QList<QKeySequence> &shortcuts)
{
    QList<QKeySequence> result;
    for (const QKeySequence &shortcut : shortcuts) {
        if (!shortcut.isEmpty() && !result.contains(shortcut)) {
            result.append(shortcut);
        }
    }
    return result;
}

constexpr int MinimumZoom = 50;
constexpr int MaximumZoom = 300;

} // namespace

AppSettings *AppSettings::instance()
{
    static QPointer<AppSettings> shared;
    if (!shared) {
        shared = new AppSettings(QCoreApplication::instance());
    }
    return shared;
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{}

QList<int> AppSettings::zoomLevels()
{
    return {100, 110, 125, 150, 175, 200};
}

void AppSettings::restore()
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    bool ok = false;
    const int saved = settings.value(zoomKey()).toInt(&ok);
    const int percent = ok ? std::clamp(saved, MinimumZoom, MaximumZoom) : 100;
    const bool changed = percent != m_zoomPercent;
    m_zoomPercent = percent;
    apply();
    if (changed) {
        emit zoomChanged(m_zoomPercent);
    }
}

void AppSettings::setZoomPercent(int percent)
{
    percent = std::clamp(percent, MinimumZoom, MaximumZoom);
    if (percent == m_zoomPercent) {
        return;
    }
    m_zoomPercent = percent;
    apply();
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    settings.setValue(zoomKey(), m_zoomPercent);
    emit zoomChanged(m_zoomPercent);
}

void AppSettings::zoomIn()
{
    const QList<int> levels = zoomLevels();
    const auto next = std::upper_bound(levels.cbegin(), levels.cend(), m_zoomPercent);
    setZoomPercent(next == levels.cend() ? m_zoomPercent : *next);
}

void AppSettings::zoomOut()
{
    const QList<int> levels = zoomLevels();
    const auto next = std::lower_bound(levels.cbegin(), levels.cend(), m_zoomPercent);
    setZoomPercent(next == levels.cbegin() ? m_zoomPercent : *(next - 1));
}

void AppSettings::resetZoom()
{
    setZoomPercent(100);
}

void AppSettings::apply()
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        return;
    }
    const QFont &base = baseFont();
    QFont font = base;
    if (base.pointSizeF() > 0) {
        font.setPointSizeF(base.pointSizeF() * zoomFactor());
    } else if (base.pixelSize() > 0) {
        font.setPixelSize(qRound(base.pixelSize() * zoomFactor()));
    }
    QApplication::setFont(font);
    // Fonts set relative to their parent's follow it (setFont fixed their size).
    const auto widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (widget->property(FontScaleProperty).isValid()) {
            applyRelativeFont(widget);
        }
    }
}

void AppSettings::setRelativeFont(QWidget *widget, qreal scale, bool bold)
{
    widget->setProperty(FontScaleProperty, scale);
    widget->setProperty(FontBoldProperty, bold);
    applyRelativeFont(widget);
}

QList<QAction *> AppSettings::createZoomActions(QObject *parent)
{
    auto *zoomInAction = new QAction(tr("Zoom &In"), parent);
    zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    // Ctrl+= as well: on most keyboards '+' needs Shift, and people press Ctrl and the '=' key.
    zoomInAction->setShortcuts(uniqueShortcuts(QKeySequence::keyBindings(QKeySequence::ZoomIn)
                                               << QKeySequence(Qt::CTRL | Qt::Key_Equal)));
    zoomInAction->setStatusTip(tr("Make text larger"));
    connect(zoomInAction, &QAction::triggered, this, &AppSettings::zoomIn);

    auto *zoomOutAction = new QAction(tr("Zoom &Out"), parent);
    zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOutAction->setShortcuts(uniqueShortcuts(QKeySequence::keyBindings(QKeySequence::ZoomOut)
                                                << QKeySequence(Qt::CTRL | Qt::Key_Minus)));
    zoomOutAction->setStatusTip(tr("Make text smaller"));
    connect(zoomOutAction, &QAction::triggered, this, &AppSettings::zoomOut);

    auto *resetAction = new QAction(tr("&Actual Size"), parent);
    resetAction->setObjectName(QStringLiteral("resetZoomAction"));
    resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    resetAction->setStatusTip(tr("Text at its normal size (100%)"));
    connect(resetAction, &QAction::triggered, this, &AppSettings::resetZoom);

    QList<QAction *> actions{zoomInAction, zoomOutAction, resetAction};
    auto *group = new QActionGroup(parent);
    group->setExclusive(true);
    const QList<int> levels = zoomLevels();
    for (const int level : levels) {
        auto *action = new QAction(tr("%1%").arg(level), group);
        action->setObjectName(QStringLiteral("zoom%1Action").arg(level));
        action->setCheckable(true);
        action->setChecked(level == m_zoomPercent);
        connect(action, &QAction::triggered, this, [this, level] { setZoomPercent(level); });
        connect(this, &AppSettings::zoomChanged, action,
                [action, level](int percent) { action->setChecked(level == percent); });
        actions.append(action);
    }
    const auto updateEnabled = [zoomInAction, zoomOutAction, resetAction, levels](int percent) {
        zoomInAction->setEnabled(percent < levels.back());
        zoomOutAction->setEnabled(percent > levels.front());
        resetAction->setEnabled(percent != 100);
    };
    updateEnabled(m_zoomPercent);
    connect(this, &AppSettings::zoomChanged, zoomInAction, updateEnabled);
    return actions;
}

QList<QAction *> AppSettings::addZoomActions(QMenu *menu)
{
    const QList<QAction *> actions = createZoomActions(menu);
    menu->addActions(actions.mid(0, 3));
    QMenu *levels = menu->addMenu(tr("&Zoom"));
    levels->setObjectName(QStringLiteral("zoomMenu"));
    levels->addActions(actions.mid(3));
    return actions;
}

} // namespace trove

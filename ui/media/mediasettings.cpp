#include "ui/media/mediasettings.h"

#include <QAction>
#include <QCoreApplication>
#include <QInputDialog>
#include <QPainter>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace trove {

namespace {

QString safeViewKey()
{
    return QStringLiteral("media/safeView");
}

QString diskLimitKey()
{
    return QStringLiteral("media/thumbnailDiskLimitMB");
}

constexpr qint64 MinimumDiskLimitMB = 64;
constexpr qint64 MaximumDiskLimitMB = 64 * 1024;

} // namespace

MediaSettings *MediaSettings::instance()
{
    static QPointer<MediaSettings> shared;
    if (!shared) {
        shared = new MediaSettings(QCoreApplication::instance());
        shared->restore();
    }
    return shared;
}

MediaSettings::MediaSettings(QObject *parent)
    : QObject(parent)
{}

void MediaSettings::restore()
{
    QSettings settings(QStringLiteral("Trove"), QStringLiteral("Trove"));
    m_safeView = settings.value(safeViewKey(), true).toBool();
    m_diskLimitMB = std::clamp<qint64>(settings.value(diskLimitKey(), 512).toLongLong(), MinimumDiskLimitMB,
                                       MaximumDiskLimitMB);
}

void MediaSettings::setSafeView(bool on)
{
    if (on == m_safeView) {
        return;
    }
    m_safeView = on;
    QSettings(QStringLiteral("Trove"), QStringLiteral("Trove")).setValue(safeViewKey(), on);
    emit veilChanged();
}

void MediaSettings::reveal(qint64 mediaId)
{
    if (m_revealed.contains(mediaId)) {
        return;
    }
    m_revealed.insert(mediaId);
    if (m_safeView) {
        emit veilChanged();
    }
}

void MediaSettings::veilAll()
{
    if (m_revealed.isEmpty()) {
        return;
    }
    m_revealed.clear();
    if (m_safeView) {
        emit veilChanged();
    }
}

void MediaSettings::setThumbnailDiskLimitMB(qint64 megabytes)
{
    megabytes = std::clamp(megabytes, MinimumDiskLimitMB, MaximumDiskLimitMB);
    if (megabytes == m_diskLimitMB) {
        return;
    }
    m_diskLimitMB = megabytes;
    QSettings(QStringLiteral("Trove"), QStringLiteral("Trove")).setValue(diskLimitKey(), megabytes);
    emit thumbnailDiskLimitChanged(thumbnailDiskLimitBytes());
}

QImage MediaSettings::veiled(const QImage &image)
{
    if (image.isNull()) {
        return image;
    }
    // Six pixels on the long side keep the broad colours and nothing that can be recognised; smoothing back
    // up twice removes the blocks that would otherwise read as a mosaic.
    const QSize tiny = image.size().scaled(6, 6, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    const QImage small = image.convertToFormat(QImage::Format_ARGB32_Premultiplied)
                             .scaled(tiny, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage result =
        small.scaled(image.size() / 4 + QSize(1, 1), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .scaled(image.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&result);
    painter.fillRect(result.rect(), QColor(0, 0, 0, 110));
    painter.end();
    return result;
}

QAction *MediaSettings::createSafeViewAction(QObject *parent)
{
    auto *action = new QAction(tr("&Safe View (Blur Media Until Clicked)"), parent);
    action->setObjectName(QStringLiteral("safeViewAction"));
    action->setCheckable(true);
    action->setChecked(m_safeView);
    action->setStatusTip(tr("Blur every image and video until it is clicked"));
    connect(action, &QAction::toggled, this, &MediaSettings::setSafeView);
    connect(this, &MediaSettings::veilChanged, action, [this, action] { action->setChecked(m_safeView); });
    return action;
}

QAction *MediaSettings::createVeilAllAction(QObject *parent)
{
    auto *action = new QAction(tr("&Veil All Media Again"), parent);
    action->setObjectName(QStringLiteral("veilAllAction"));
    action->setStatusTip(tr("Blur again every image and video revealed by a click"));
    connect(action, &QAction::triggered, this, &MediaSettings::veilAll);
    return action;
}

QAction *MediaSettings::createDiskLimitAction(QWidget *window)
{
    auto *action = new QAction(tr("&Thumbnail Cache Size…"), window);
    action->setObjectName(QStringLiteral("thumbnailCacheSizeAction"));
    action->setStatusTip(tr("Set how much disk space the thumbnails of media may take"));
    connect(action, &QAction::triggered, window, [this, window] {
        bool ok = false;
        const int megabytes = QInputDialog::getInt(
            window, tr("Thumbnail Cache Size"),
            tr("Disk space for thumbnails, in MB (the least recently used are deleted beyond it):"),
            int(m_diskLimitMB), int(MinimumDiskLimitMB), int(MaximumDiskLimitMB), 64, &ok);
        if (ok) {
            setThumbnailDiskLimitMB(megabytes);
        }
    });
    return action;
}

} // namespace trove

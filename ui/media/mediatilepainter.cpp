#include "ui/media/mediatilepainter.h"

#include "ui/media/mediasettings.h"
#include "ui/media/thumbnailcache.h"

#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

namespace trove {

namespace {

// An eye: two arcs and a pupil, @p width wide, centred on @p centre.
void paintEye(QPainter *painter, const QPointF &centre, qreal width, const QColor &color)
{
    const qreal half = width / 2;
    const qreal height = width * 0.55;
    QPainterPath outline;
    outline.moveTo(centre.x() - half, centre.y());
    outline.quadTo(centre.x(), centre.y() - height, centre.x() + half, centre.y());
    outline.quadTo(centre.x(), centre.y() + height, centre.x() - half, centre.y());
    painter->setPen(QPen(color, std::max(1.0, width / 10)));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(outline);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(centre, width / 7, width / 7);
}

// A play symbol: a triangle in a dark disc.
void paintPlay(QPainter *painter, const QPointF &centre, qreal diameter)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 150));
    painter->drawEllipse(centre, diameter / 2, diameter / 2);
    const qreal side = diameter * 0.42;
    QPainterPath triangle;
    triangle.moveTo(centre.x() - side * 0.4, centre.y() - side / 2);
    triangle.lineTo(centre.x() + side * 0.6, centre.y());
    triangle.lineTo(centre.x() - side * 0.4, centre.y() + side / 2);
    triangle.closeSubpath();
    painter->setBrush(Qt::white);
    painter->drawPath(triangle);
}

} // namespace

MediaTilePainter::MediaTilePainter()
{
    m_veiled.setMaxCost(400);
}

QSize MediaTilePainter::requestSize(QSize tile, qreal devicePixelRatio)
{
    const qreal ratio = std::max<qreal>(1, devicePixelRatio);
    return QSize(int(std::ceil(tile.width() * ratio)), int(std::ceil(tile.height() * ratio)));
}

MediaTilePainter::State MediaTilePainter::state(ThumbnailCache *cache, qint64 mediaId, MediaKind kind,
                                                QSize size, bool request, int priority, QImage *image,
                                                bool *pending)
{
    if (pending) {
        *pending = false;
    }
    if (!cache) {
        return kind == MediaKind::Video ? State::Video : State::Loading;
    }
    QImage found = cache->thumbnail(mediaId, size);
    if (found.isNull() && request && cache->failureReason(mediaId).isEmpty()) {
        switch (cache->request(mediaId, size, priority)) {
        case ThumbnailStatus::Ready:
            found = cache->thumbnail(mediaId, size);
            break;
        case ThumbnailStatus::Pending:
            if (pending) {
                *pending = true;
            }
            break;
        case ThumbnailStatus::Failed:
            break;
        }
    }
    if (!found.isNull()) {
        if (image) {
            *image = found;
        }
        return State::Picture;
    }
    if (!cache->failureReason(mediaId).isEmpty()) {
        return kind == MediaKind::Video ? State::Video : State::Failed;
    }
    return State::Loading;
}

bool MediaTilePainter::clickReveals(State state, MediaKind kind, bool veiled)
{
    if (!veiled) {
        return false;
    }
    // A picture, shown or coming: the first click shows it. A video tile or a failure shows nothing to veil.
    return state == State::Picture || (state == State::Loading && kind != MediaKind::Video);
}

QString MediaTilePainter::kindName(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image:
        return tr("Image");
    case MediaKind::Gif:
        return tr("GIF");
    case MediaKind::Video:
        return tr("Video");
    case MediaKind::Profile:
        return tr("Profile image");
    case MediaKind::Banner:
        return tr("Banner");
    }
    return tr("Image");
}

QString MediaTilePainter::toolTip(MediaKind kind, bool veiled, bool revealsOnClick, const QString &failure,
                                  const QString &what)
{
    QStringList lines;
    lines << (what.isEmpty() ? kindName(kind) : tr("%1 · %2").arg(kindName(kind), what));
    if (!failure.isEmpty()) {
        lines << failure;
    }
    if (veiled && revealsOnClick) {
        lines << tr("Hidden by the safe view: click to show");
    } else {
        lines << tr("Click to open");
    }
    return lines.join(QLatin1Char('\n'));
}

QImage MediaTilePainter::veiledImage(qint64 mediaId, const QImage &image)
{
    const QPair<qint64, qint64> key(mediaId, (qint64(image.width()) << 32) | image.height());
    if (const QImage *cached = m_veiled.object(key)) {
        return *cached;
    }
    auto *veiled = new QImage(MediaSettings::veiled(image));
    const QImage result = *veiled;
    m_veiled.insert(key, veiled, 1);
    return result;
}

void MediaTilePainter::paint(QPainter *painter, const QRect &tile, qint64 mediaId, MediaKind kind,
                             State state, const QImage &image, bool veiled, const QPalette &palette)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    QPainterPath clip;
    clip.addRoundedRect(QRectF(tile), 4, 4);
    painter->setClipPath(clip);
    QColor box = palette.color(QPalette::Text);
    box.setAlphaF(0.10f);
    painter->fillRect(tile, palette.color(QPalette::Base));
    painter->fillRect(tile, box);

    const qreal symbol = std::min(tile.width(), tile.height()) * 0.42;
    switch (state) {
    case State::Loading:
        break;
    case State::Picture: {
        const QImage shown = veiled ? veiledImage(mediaId, image) : image;
        const QSize fitted = shown.size().scaled(tile.size(), Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
        QRect target(QPoint(0, 0), fitted);
        target.moveCenter(tile.center());
        painter->drawImage(target, shown);
        if (veiled) {
            // The eye and, when there is room, "Show" under it.
            const QFontMetrics metrics = painter->fontMetrics();
            const QString show = tr("Show");
            const bool withText =
                tile.height() >= 3 * metrics.height() && tile.width() >= metrics.horizontalAdvance(show) + 8;
            const qreal eye = std::min<qreal>(symbol, 28);
            const QPointF centre(tile.center().x() + 0.5,
                                 tile.center().y() + 0.5 - (withText ? metrics.height() / 2.0 : 0));
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 120));
            painter->drawEllipse(centre, eye * 0.75, eye * 0.75);
            paintEye(painter, centre, eye, Qt::white);
            if (withText) {
                const QRect band(tile.left(), int(centre.y() + eye * 0.75) + 2, tile.width(),
                                 metrics.height());
                painter->setPen(Qt::white);
                painter->drawText(band, Qt::AlignHCenter | Qt::AlignTop | Qt::TextSingleLine, show);
            }
        } else if (kind == MediaKind::Video) {
            paintPlay(painter, QRectF(tile).center(), symbol);
        }
        break;
    }
    case State::Video:
        painter->fillRect(tile, QColor(40, 40, 40));
        paintPlay(painter, QRectF(tile).center(), symbol);
        break;
    case State::Failed: {
        // A warning sign drawn, not a glyph: every font has lines.
        const QPointF centre = QRectF(tile).center();
        const qreal side = symbol;
        QPainterPath triangle;
        triangle.moveTo(centre.x(), centre.y() - side / 2);
        triangle.lineTo(centre.x() + side / 2, centre.y() + side * 0.4);
        triangle.lineTo(centre.x() - side / 2, centre.y() + side * 0.4);
        triangle.closeSubpath();
        QColor sign = palette.color(QPalette::Text);
        sign.setAlphaF(0.55f);
        painter->setPen(QPen(sign, std::max(1.0, side / 12)));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(triangle);
        painter->drawLine(QPointF(centre.x(), centre.y() - side * 0.18),
                          QPointF(centre.x(), centre.y() + side * 0.12));
        painter->drawPoint(QPointF(centre.x(), centre.y() + side * 0.25));
        break;
    }
    }
    painter->setClipping(false);
    QColor border = palette.color(QPalette::Text);
    border.setAlphaF(0.25f);
    painter->setPen(QPen(border, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->restore();
}

} // namespace trove

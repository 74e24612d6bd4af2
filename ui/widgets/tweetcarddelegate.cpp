#include "ui/widgets/tweetcarddelegate.h"

#include "ui/contrast.h"
#include "ui/media/mediasettings.h"
#include "ui/models/timelinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QToolTip>

#include <memory>

namespace trove {

namespace {

constexpr int CardMarginX = 6;
constexpr int CardMarginY = 3;
constexpr int PaddingX = 10;
constexpr int PaddingY = 7;
constexpr int Gap = 4;
constexpr int TextLines = 4;
// Thumbnails asked for by a painted (visible) card come before those asked for elsewhere at priority 0.
constexpr int VisibleThumbnailPriority = 10;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    if (small.pointSizeF() > 0) {
        small.setPointSizeF(small.pointSizeF() * 0.88);
    } else {
        small.setPixelSize(std::max(8, int(small.pixelSize() * 0.88)));
    }
    return small;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

QColor mutedColor(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.62f);
    return color;
}

QColor linkColor(const QPalette &palette)
{
    return palette.color(QPalette::Link);
}

QString kindLabel(TweetKind kind)
{
    switch (kind) {
    case TweetKind::Retweet:
        return TweetCardDelegate::tr("Retweet");
    case TweetKind::Reply:
        return TweetCardDelegate::tr("Reply");
    case TweetKind::Quote:
        return TweetCardDelegate::tr("Quote");
    case TweetKind::Original:
        break;
    }
    return {};
}

QString countsText(const TweetRow &tweet)
{
    QStringList parts;
    const QLocale locale;
    if (tweet.likeCount >= 0) {
        parts << TweetCardDelegate::tr("%1 likes").arg(locale.toString(qlonglong(tweet.likeCount)));
    }
    if (tweet.retweetCount >= 0) {
        parts << TweetCardDelegate::tr("%1 retweets").arg(locale.toString(qlonglong(tweet.retweetCount)));
    }
    if (tweet.replyCount >= 0) {
        parts << TweetCardDelegate::tr("%1 replies").arg(locale.toString(qlonglong(tweet.replyCount)));
    }
    if (tweet.quoteCount >= 0) {
        parts << TweetCardDelegate::tr("%1 quotes").arg(locale.toString(qlonglong(tweet.quoteCount)));
    }
    return parts.join(QStringLiteral("  \u00b7  "));
}

QString repliesLabel(int replies)
{
    return replies == 1 ? TweetCardDelegate::tr("1 reply in the archive")
                        : TweetCardDelegate::tr("%1 replies in the archive").arg(QLocale().toString(replies));
}

QString mediaLabel(int media)
{
    return media == 1 ? TweetCardDelegate::tr("1 media file")
                      : TweetCardDelegate::tr("%1 media files").arg(QLocale().toString(media));
}

QString provenanceText(const TweetRow &tweet)
{
    // The file's name (the full path is in the tooltip) and the entry inside a zip.
    QString file = tweet.sourceFile;
    const qsizetype arrow = file.indexOf(QStringLiteral(" › "));
    const QString path = arrow >= 0 ? file.left(arrow) : file;
    file = QFileInfo(path).fileName() + (arrow >= 0 ? file.mid(arrow) : QString());
    return TweetCardDelegate::tr("%1, record %2")
        .arg(file, QLocale().toString(qlonglong(tweet.sourceRecord)));
}

QString contextText(const TweetRow &tweet)
{
    const TweetContext &context = tweet.context;
    QString what;
    switch (tweet.kind) {
    case TweetKind::Retweet:
        what = context.tweetId ? TweetCardDelegate::tr("\u21bb Retweet of %1:")
                               : TweetCardDelegate::tr("\u21bb Retweet of a tweet not in the archive");
        break;
    case TweetKind::Reply:
        what = context.tweetId ? TweetCardDelegate::tr("\u21a9 Reply to %1:")
                               : TweetCardDelegate::tr("\u21a9 Reply to a tweet not in the archive");
        break;
    case TweetKind::Quote:
        what = context.tweetId ? TweetCardDelegate::tr("\u275d Quoting %1:")
                               : TweetCardDelegate::tr("\u275d Quoting a tweet not in the archive");
        break;
    case TweetKind::Original:
        if (!context.tweetId) {
            return {};
        }
        what = TweetCardDelegate::tr("In the archive: %1:");
        break;
    }
    if (!context.tweetId) {
        return what;
    }
    return what.arg(context.author) + QLatin1Char(' ') +
           DisplayText::singleLine(DisplayText::decoded(context.text));
}

} // namespace

struct TweetCardDelegate::TextBlock
{
    std::shared_ptr<QTextLayout> layout;
    qsizetype start = 0; // of the paragraph in the decoded text
    int lines = 0;
    bool rightToLeft = false;
    bool elided = false; // text follows the last line drawn
};

TweetCardDelegate::TweetCardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void TweetCardDelegate::setSearchTerms(const QStringList &terms)
{
    m_terms = terms;
}

void TweetCardDelegate::setThumbnails(ThumbnailCache *cache)
{
    if (cache == m_thumbnails) {
        return;
    }
    if (m_thumbnails) {
        disconnect(m_thumbnails, nullptr, this, nullptr);
    }
    disconnect(MediaSettings::instance(), &MediaSettings::veilChanged, this, &TweetCardDelegate::veilChanged);
    m_thumbnails = cache;
    m_waiting.clear();
    m_tiles.clear();
    if (cache) {
        connect(cache, &ThumbnailCache::thumbnailReady, this,
                [this](qint64 mediaId, QSize) { thumbnailArrived(mediaId); });
        connect(cache, &ThumbnailCache::thumbnailFailed, this,
                [this](qint64 mediaId, const QString &) { thumbnailArrived(mediaId); });
        connect(MediaSettings::instance(), &MediaSettings::veilChanged, this,
                &TweetCardDelegate::veilChanged);
    }
}

void TweetCardDelegate::thumbnailArrived(qint64 mediaId)
{
    if (m_waiting.remove(mediaId)) {
        emit thumbnailUpdated(mediaId);
    }
}

QColor TweetCardDelegate::kindColor(TweetKind kind)
{
    switch (kind) {
    case TweetKind::Retweet:
        return QColor(46, 125, 50);
    case TweetKind::Reply:
        return QColor(21, 101, 192);
    default:
        return QColor(106, 27, 154);
    }
}

int TweetCardDelegate::cardHeight(const QFont &font)
{
    const int line = QFontMetrics(font).lineSpacing();
    const int small = QFontMetrics(smallFont(font)).lineSpacing();
    return 2 * CardMarginY + 2 * PaddingY + line + Gap + small + Gap + TextLines * line + Gap + small;
}

QSize TweetCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(std::max(200, option.rect.width()), cardHeight(option.font));
}

TweetCardDelegate::Layout TweetCardDelegate::layout(const QStyleOptionViewItem &option,
                                                    const TweetRow &tweet) const
{
    Layout parts;
    const QFontMetrics metrics(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const int line = metrics.lineSpacing();
    parts.card = option.rect.adjusted(CardMarginX, CardMarginY, -CardMarginX, -CardMarginY);
    const QRect inner = parts.card.adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
    parts.header = QRect(inner.left(), inner.top(), inner.width(), line);
    parts.context = QRect(inner.left(), parts.header.bottom() + 1 + Gap, inner.width(), small.lineSpacing());
    parts.text = QRect(inner.left(), parts.context.bottom() + 1 + Gap, inner.width(), TextLines * line);
    parts.footer = QRect(inner.left(), parts.text.bottom() + 1 + Gap, inner.width(), small.lineSpacing());

    int x = inner.left();
    const QString badge = kindLabel(tweet.kind);
    if (!badge.isEmpty()) {
        parts.badge = QRect(x, parts.header.top() + (line - small.height()) / 2 - 1,
                            small.horizontalAdvance(badge) + 10, small.height() + 2);
        x = parts.badge.right() + 1 + 6;
    }
    const QString name = tweet.displayName.isEmpty() ? tweet.shownName() : tweet.displayName;
    // A few pixels more than the advance: elidedText() cuts a string that only just fits.
    const int nameWidth = std::min(bold.horizontalAdvance(name) + 4, inner.width() * 2 / 5);
    parts.author = QRect(x, parts.header.top(), nameWidth, line);

    int footerRight = inner.right();
    if (tweet.repliesInArchive > 0) {
        const QString replies = repliesLabel(tweet.repliesInArchive);
        const int width = small.horizontalAdvance(replies) + 10;
        parts.replies = QRect(inner.left() + small.horizontalAdvance(countsText(tweet)) + 12,
                              parts.footer.top(), width, parts.footer.height());
        footerRight = std::min(footerRight, inner.right());
    }
    if (tweet.mediaCount > 0) {
        const QString media = mediaLabel(tweet.mediaCount);
        const int left = parts.replies.isValid()
                             ? parts.replies.right() + 7
                             : inner.left() + small.horizontalAdvance(countsText(tweet)) + 12;
        parts.media =
            QRect(left, parts.footer.top(), small.horizontalAdvance(media) + 10, parts.footer.height());
    }
    Q_UNUSED(footerRight)

    // The thumbnails: a strip at the trailing side of the context line and the text, as tall as both, in
    // one row of squares when it takes at most two fifths of the width, else in two rows.
    const int tiles =
        m_thumbnails ? int(std::min<qsizetype>(tweet.mediaIds.size(), TweetRow::MaximumMediaIds)) : 0;
    if (tiles > 0) {
        const int top = parts.context.top();
        const int height = parts.text.bottom() - top + 1;
        const int maxWidth = std::max(24, inner.width() * 2 / 5);
        int rows = 1;
        int columns = tiles;
        int side = height;
        if (tiles > 1 && tiles * side + (tiles - 1) * Gap > maxWidth) {
            rows = 2;
            columns = (tiles + 1) / 2;
            side = (height - Gap) / 2;
        }
        side = std::max(12, std::min(side, (maxWidth - (columns - 1) * Gap) / columns));
        const int width = columns * side + (columns - 1) * Gap;
        const int stripTop = top + (height - (rows * side + (rows - 1) * Gap)) / 2;
        const bool rightToLeft = option.direction == Qt::RightToLeft;
        const int stripLeft = rightToLeft ? inner.left() : inner.right() + 1 - width;
        for (int i = 0; i < tiles; ++i) {
            const int row = i / columns;
            const int column = i % columns;
            // Mirrored in a right-to-left layout: the first thumbnail is the rightmost.
            const int x = rightToLeft ? stripLeft + width - (column + 1) * side - column * Gap
                                      : stripLeft + column * (side + Gap);
            parts.thumbnails.append(QRect(x, stripTop + row * (side + Gap), side, side));
        }
        const int reserved = width + PaddingX;
        if (rightToLeft) {
            parts.context.setLeft(parts.context.left() + reserved);
            parts.text.setLeft(parts.text.left() + reserved);
        } else {
            parts.context.setRight(parts.context.right() - reserved);
            parts.text.setRight(parts.text.right() - reserved);
        }
    }
    return parts;
}

void TweetCardDelegate::layoutText(const QStyleOptionViewItem &option, const TweetRow &tweet,
                                   const QRect &area, QList<TextBlock> *blocks) const
{
    const QString text = DisplayText::decoded(tweet.text);
    QList<TextSpan> spans = DisplayText::entities(text);
    spans += DisplayText::highlights(text, m_terms);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.lineSpacing();
    const int ellipsisWidth = metrics.horizontalAdvance(QStringLiteral("\u2026")) + 2;

    QTextCharFormat link;
    link.setForeground(linkColor(option.palette));
    QTextCharFormat url = link;
    url.setFontUnderline(true);
    QTextCharFormat highlight;
    highlight.setBackground(QColor(255, 214, 0, 150));
    highlight.setForeground(QColor(20, 20, 20));

    // The paragraphs, each laid out in its own direction.
    QList<QPair<qsizetype, qsizetype>> paragraphs; // start, length
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            end = text.size();
        }
        qsizetype length = end - start;
        if (length > 0 && text.at(start + length - 1) == QLatin1Char('\r')) {
            --length;
        }
        if (length > 0 && !QStringView(text).mid(start, length).trimmed().isEmpty()) {
            paragraphs.append({start, length});
        }
        start = end + 1;
    }
    int y = 0;
    int linesLeft = TextLines;
    for (qsizetype p = 0; p < paragraphs.size() && linesLeft > 0; ++p) {
        const auto [paragraphStart, paragraphLength] = paragraphs[p];
        const QString paragraph = text.mid(paragraphStart, paragraphLength);
        TextBlock block;
        block.start = paragraphStart;
        block.rightToLeft = paragraph.isRightToLeft();
        block.layout = std::make_shared<QTextLayout>(paragraph, option.font);
        QTextOption textOption;
        textOption.setTextDirection(block.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        // QTextLayout aligns by the option's alignment as it is (no mirroring by direction): right-to-left
        // paragraphs start at the right edge.
        textOption.setAlignment(block.rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        block.layout->setTextOption(textOption);
        QList<QTextLayout::FormatRange> formats;
        for (const TextSpan &span : std::as_const(spans)) {
            const qsizetype from = std::max(span.start, paragraphStart);
            const qsizetype to = std::min(span.start + span.length, paragraphStart + paragraphLength);
            if (from >= to) {
                continue;
            }
            QTextLayout::FormatRange range;
            range.start = int(from - paragraphStart);
            range.length = int(to - from);
            range.format = span.kind == TextSpan::Kind::Highlight ? highlight
                           : span.kind == TextSpan::Kind::Url     ? url
                                                                  : link;
            formats.append(range);
        }
        block.layout->setFormats(formats);
        block.layout->beginLayout();
        while (linesLeft > 0) {
            QTextLine line = block.layout->createLine();
            if (!line.isValid()) {
                break;
            }
            line.setLineWidth(area.width());
            const bool moreAfter =
                line.textStart() + line.textLength() < paragraph.size() || p + 1 < paragraphs.size();
            if (linesLeft == 1 && moreAfter) {
                line.setLineWidth(area.width() - ellipsisWidth);
                block.elided = true;
            }
            line.setPosition(QPointF(0, y));
            y += lineHeight;
            --linesLeft;
            ++block.lines;
        }
        block.layout->endLayout();
        blocks->append(block);
    }
}

QStyleOptionViewItem TweetCardDelegate::indented(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const int depth = std::clamp(index.data(DepthRole).toInt(), 0, MaximumIndentLevels);
    if (depth == 0) {
        return option;
    }
    QStyleOptionViewItem shifted = option;
    shifted.rect.setLeft(option.rect.left() + depth * IndentPerLevel);
    return shifted;
}

void TweetCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &viewOption,
                              const QModelIndex &index) const
{
    const QStyleOptionViewItem option = indented(viewOption, index);
    if (!index.data(TimelineModel::LoadedRole).toBool()) {
        paintPlaceholder(painter, option, index.data(Qt::DisplayRole).toString());
        return;
    }
    const TweetRow tweet = index.data(TimelineModel::TweetRole).value<TweetRow>();
    if (tweet.id == 0) {
        paintPlaceholder(painter, option, index.data(Qt::DisplayRole).toString());
        return;
    }
    paintCard(painter, option, tweet, index.data(FocusRole).toBool());
    const int depth = std::clamp(index.data(DepthRole).toInt(), 0, MaximumIndentLevels);
    if (depth > 0) {
        // A thread line on the left: the card answers the one above at the previous depth.
        painter->save();
        painter->setPen(QPen(viewOption.palette.color(QPalette::Mid), 2));
        const int x = option.rect.left() - IndentPerLevel / 2;
        painter->drawLine(x, viewOption.rect.top(), x, viewOption.rect.center().y());
        painter->drawLine(x, viewOption.rect.center().y(), option.rect.left() + CardMarginX,
                          viewOption.rect.center().y());
        painter->restore();
    }
}

void TweetCardDelegate::paintPlaceholder(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QString &text) const
{
    painter->save();
    const QRect card = option.rect.adjusted(CardMarginX, CardMarginY, -CardMarginX, -CardMarginY);
    QColor fill = option.palette.color(QPalette::Base);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(option.palette.color(QPalette::Mid), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    // Grey bars where the text will be: the card keeps its shape while its page is read.
    const QFontMetrics metrics(option.font);
    const QRect inner = card.adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
    QColor bar = option.palette.color(QPalette::Text);
    bar.setAlphaF(0.08f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(bar);
    const int line = metrics.lineSpacing();
    painter->drawRoundedRect(QRect(inner.left(), inner.top() + 3, inner.width() / 3, line - 6), 3, 3);
    for (int i = 0; i < 3; ++i) {
        const int width = i == 2 ? inner.width() / 2 : inner.width();
        painter->drawRoundedRect(QRect(inner.left(), inner.top() + (i + 2) * line + 3, width, line - 6), 3,
                                 3);
    }
    painter->setPen(mutedColor(option.palette));
    painter->setFont(smallFont(option.font));
    painter->drawText(inner, Qt::AlignRight | Qt::AlignTop, text);
    painter->restore();
}

void TweetCardDelegate::paintCard(QPainter *painter, const QStyleOptionViewItem &option,
                                  const TweetRow &tweet, bool focus) const
{
    const Layout parts = layout(option, tweet);
    const QPalette &palette = option.palette;
    const QFont font = option.font;
    const QFont bold = boldFont(font);
    const QFont small = smallFont(font);
    const QColor muted = mutedColor(palette);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state & QStyle::State_Selected;
    QColor fill = palette.color(QPalette::Base);
    QColor border = focus ? palette.color(QPalette::Link) : palette.color(QPalette::Mid);
    if (selected) {
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlphaF(0.14f);
        fill = QColor::fromRgbF(fill.redF() * (1 - tint.alphaF()) + tint.redF() * tint.alphaF(),
                                fill.greenF() * (1 - tint.alphaF()) + tint.greenF() * tint.alphaF(),
                                fill.blueF() * (1 - tint.alphaF()) + tint.blueF() * tint.alphaF());
        border = palette.color(QPalette::Highlight);
    }
    painter->setPen(QPen(border, selected || focus ? 2 : 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(parts.card).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(palette.color(QPalette::Highlight), 1, Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(parts.card).adjusted(2.5, 2.5, -2.5, -2.5), 5, 5);
    }

    // Header: kind badge, name, the second name, category; time and client on the right.
    painter->setFont(small);
    if (parts.badge.isValid()) {
        const QColor badgeColor = kindColor(tweet.kind);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor);
        painter->drawRoundedRect(parts.badge, 4, 4);
        painter->setPen(Contrast::readableTextOn(badgeColor));
        painter->drawText(parts.badge, Qt::AlignCenter, kindLabel(tweet.kind));
    }
    const QString right = tr("%1 UTC").arg(tweet.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
                          (tweet.client.isEmpty() ? QString() : QStringLiteral("  \u00b7  ") + tweet.client);
    const QFontMetrics smallMetrics(small);
    const int rightWidth = std::min(smallMetrics.horizontalAdvance(right) + 4, parts.header.width() / 2);
    const QRect rightRect(parts.header.right() - rightWidth + 1, parts.header.top(), rightWidth,
                          parts.header.height());
    painter->setPen(muted);
    painter->drawText(rightRect, Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(right, Qt::ElideRight, rightWidth));

    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QString name = tweet.displayName.isEmpty() ? tweet.shownName() : tweet.displayName;
    // Plain text, never rich text: names come from the archive.
    painter->drawText(parts.author, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, parts.author.width()));
    QStringList second;
    if (!tweet.displayName.isEmpty() && !tweet.screenName.isEmpty()) {
        second << QLatin1Char('@') + tweet.screenName;
    } else if (tweet.displayName.isEmpty() && !tweet.screenName.isEmpty() && !tweet.alias.isEmpty()) {
        second << tweet.alias;
    }
    if (!tweet.alias.isEmpty() && tweet.screenName.isEmpty() && tweet.userid != tweet.alias) {
        second << tr("hashed");
    }
    if (!tweet.category.isEmpty()) {
        second << tweet.category;
    }
    second << tweet.campaign;
    const int secondLeft = parts.author.right() + 1 + 8;
    const int secondWidth = rightRect.left() - 12 - secondLeft;
    if (secondWidth > 20) {
        painter->setFont(font);
        painter->setPen(muted);
        painter->drawText(QRect(secondLeft, parts.header.top(), secondWidth, parts.header.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(second.join(QStringLiteral("  \u00b7  ")),
                                                        Qt::ElideRight, secondWidth));
    }

    // The tweet this one retweets, answers or quotes.
    const QString context = contextText(tweet);
    if (!context.isEmpty()) {
        painter->setFont(small);
        painter->setPen(tweet.context.tweetId ? palette.color(QPalette::Text) : muted);
        QColor bar = palette.color(QPalette::Mid);
        painter->fillRect(QRect(parts.context.left(), parts.context.top(), 3, parts.context.height()), bar);
        painter->drawText(parts.context.adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(context, Qt::ElideRight, parts.context.width() - 8));
    }

    // The text.
    QList<TextBlock> blocks;
    layoutText(option, tweet, parts.text, &blocks);
    painter->setPen(palette.color(QPalette::Text));
    painter->setFont(font);
    const QFontMetrics metrics(font);
    for (const TextBlock &block : std::as_const(blocks)) {
        block.layout->draw(painter, parts.text.topLeft());
        if (block.elided && block.lines > 0) {
            const QTextLine last = block.layout->lineAt(block.lines - 1);
            const QRectF natural = last.naturalTextRect().translated(parts.text.topLeft());
            const QString ellipsis = QStringLiteral("\u2026");
            const qreal x = block.rightToLeft ? natural.left() - metrics.horizontalAdvance(ellipsis) - 1
                                              : natural.right() + 1;
            painter->drawText(QPointF(x, natural.top() + last.ascent()), ellipsis);
        }
    }

    // The media.
    for (int i = 0; i < parts.thumbnails.size(); ++i) {
        paintThumbnail(painter, option, tweet, i, parts.thumbnails.at(i));
    }

    // Footer: counts, badges, provenance.
    painter->setFont(small);
    painter->setPen(muted);
    const QString counts = countsText(tweet);
    painter->drawText(parts.footer, Qt::AlignLeft | Qt::AlignVCenter, counts);
    const auto paintBadge = [&](const QRect &rect, const QString &text, const QColor &color) {
        painter->setPen(QPen(color, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(rect, Qt::AlignCenter, text);
    };
    int provenanceLeft = parts.footer.left() + smallMetrics.horizontalAdvance(counts) + 12;
    if (parts.replies.isValid()) {
        paintBadge(parts.replies, repliesLabel(tweet.repliesInArchive), linkColor(palette));
        provenanceLeft = parts.replies.right() + 8;
    }
    if (parts.media.isValid()) {
        paintBadge(parts.media, mediaLabel(tweet.mediaCount), QColor(191, 54, 12));
        provenanceLeft = parts.media.right() + 8;
    }
    const int provenanceWidth = parts.footer.right() - provenanceLeft;
    if (provenanceWidth > 30) {
        painter->setPen(muted);
        painter->drawText(QRect(provenanceLeft, parts.footer.top(), provenanceWidth, parts.footer.height()),
                          Qt::AlignRight | Qt::AlignVCenter,
                          smallMetrics.elidedText(provenanceText(tweet), Qt::ElideMiddle, provenanceWidth));
    }
    painter->restore();
}

void TweetCardDelegate::paintThumbnail(QPainter *painter, const QStyleOptionViewItem &option,
                                       const TweetRow &tweet, int index, const QRect &tile) const
{
    const qint64 mediaId = tweet.mediaIds.at(index);
    const MediaKind kind = index < tweet.mediaKinds.size() ? tweet.mediaKinds.at(index) : MediaKind::Image;
    const QSize size = MediaTilePainter::requestSize(tile.size(), painter->device()->devicePixelRatioF());
    QImage image;
    bool pending = false;
    const MediaTilePainter::State state = MediaTilePainter::state(m_thumbnails, mediaId, kind, size, true,
                                                                  VisibleThumbnailPriority, &image, &pending);
    if (pending) {
        m_waiting.insert(mediaId);
    }
    painter->save();
    painter->setFont(smallFont(option.font));
    m_tiles.paint(painter, tile, mediaId, kind, state, image, MediaSettings::instance()->isVeiled(mediaId),
                  option.palette);
    painter->restore();
}

MediaTilePainter::State TweetCardDelegate::thumbnailState(const TweetRow &tweet, int index) const
{
    const MediaKind kind = index < tweet.mediaKinds.size() ? tweet.mediaKinds.at(index) : MediaKind::Image;
    // Whether it failed is the same at every size; whether it is in memory does not change what a click does.
    return MediaTilePainter::state(m_thumbnails, tweet.mediaIds.at(index), kind, QSize(), false, 0, nullptr);
}

void TweetCardDelegate::activateThumbnail(const TweetRow &tweet, int index)
{
    const qint64 mediaId = tweet.mediaIds.at(index);
    const MediaKind kind = index < tweet.mediaKinds.size() ? tweet.mediaKinds.at(index) : MediaKind::Image;
    MediaSettings *settings = MediaSettings::instance();
    if (MediaTilePainter::clickReveals(thumbnailState(tweet, index), kind, settings->isVeiled(mediaId))) {
        settings->reveal(mediaId);
        return;
    }
    emit mediaActivated(mediaId);
}

QList<QPair<TextSpan, QRect>> TweetCardDelegate::spanRects(const QStyleOptionViewItem &viewOption,
                                                           const QModelIndex &index) const
{
    const QStyleOptionViewItem option = indented(viewOption, index);
    QList<QPair<TextSpan, QRect>> result;
    const TweetRow tweet = index.data(TimelineModel::TweetRole).value<TweetRow>();
    if (tweet.id == 0) {
        return result;
    }
    const Layout parts = layout(option, tweet);
    QList<TextBlock> blocks;
    layoutText(option, tweet, parts.text, &blocks);
    const QString text = DisplayText::decoded(tweet.text);
    const QList<TextSpan> spans = DisplayText::entities(text);
    for (const TextSpan &span : spans) {
        for (const TextBlock &block : std::as_const(blocks)) {
            const qsizetype length = block.layout->text().size();
            const qsizetype from = span.start - block.start;
            const qsizetype to = from + span.length;
            if (to <= 0 || from >= length) {
                continue;
            }
            for (int i = 0; i < block.lines; ++i) {
                const QTextLine line = block.layout->lineAt(i);
                const qsizetype lineStart = line.textStart();
                const qsizetype lineEnd = lineStart + line.textLength();
                const qsizetype a = std::max(from, lineStart);
                const qsizetype b = std::min(to, lineEnd);
                if (a >= b) {
                    continue;
                }
                const qreal x1 = line.cursorToX(int(a));
                const qreal x2 = line.cursorToX(int(b));
                const QRectF rect(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height());
                result.append({span, rect.translated(parts.text.topLeft()).toAlignedRect()});
            }
        }
    }
    return result;
}

QList<QPair<QRect, bool>> TweetCardDelegate::textLines(const QStyleOptionViewItem &viewOption,
                                                       const QModelIndex &index) const
{
    const QStyleOptionViewItem option = indented(viewOption, index);
    QList<QPair<QRect, bool>> result;
    const TweetRow tweet = index.data(TimelineModel::TweetRole).value<TweetRow>();
    if (tweet.id == 0) {
        return result;
    }
    const Layout parts = layout(option, tweet);
    QList<TextBlock> blocks;
    layoutText(option, tweet, parts.text, &blocks);
    for (const TextBlock &block : std::as_const(blocks)) {
        for (int i = 0; i < block.lines; ++i) {
            const QRectF natural = block.layout->lineAt(i).naturalTextRect();
            result.append({natural.translated(parts.text.topLeft()).toAlignedRect(),
                           block.layout->textOption().textDirection() == Qt::RightToLeft});
        }
    }
    return result;
}

bool TweetCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                    const QStyleOptionViewItem &viewOption, const QModelIndex &index)
{
    const QStyleOptionViewItem option = indented(viewOption, index);
    if (event->type() != QEvent::MouseButtonRelease) {
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    }
    const auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton) {
        return false;
    }
    const TweetRow tweet = index.data(TimelineModel::TweetRole).value<TweetRow>();
    if (tweet.id == 0) {
        return false;
    }
    const QPoint point = mouse->position().toPoint();
    const Layout parts = layout(option, tweet);
    for (int i = 0; i < parts.thumbnails.size(); ++i) {
        if (parts.thumbnails.at(i).contains(point)) {
            activateThumbnail(tweet, i);
            return true;
        }
    }
    for (const auto &[span, rect] : spanRects(viewOption, index)) {
        if (!rect.contains(point)) {
            continue;
        }
        switch (span.kind) {
        case TextSpan::Kind::Hashtag:
            emit hashtagActivated(span.value);
            return true;
        case TextSpan::Kind::Mention:
            emit mentionActivated(span.value);
            return true;
        case TextSpan::Kind::Url:
            emit linkActivated(span.value);
            return true;
        case TextSpan::Kind::Highlight:
            break;
        }
    }
    if (parts.author.contains(point)) {
        emit accountActivated(qint64(tweet.accountId));
        return true;
    }
    if ((parts.context.contains(point) && tweet.context.tweetId != 0) || parts.replies.contains(point)) {
        emit conversationRequested(qint64(tweet.id));
        return true;
    }
    return false;
}

bool TweetCardDelegate::isActiveAt(const QStyleOptionViewItem &viewOption, const QModelIndex &index,
                                   const QPoint &point) const
{
    const TweetRow tweet = index.data(TimelineModel::TweetRole).value<TweetRow>();
    if (tweet.id == 0) {
        return false;
    }
    for (const auto &[span, rect] : spanRects(viewOption, index)) {
        if (rect.contains(point) && span.kind != TextSpan::Kind::Highlight) {
            return true;
        }
    }
    const Layout parts = layout(indented(viewOption, index), tweet);
    for (const QRect &thumbnail : parts.thumbnails) {
        if (thumbnail.contains(point)) {
            return true;
        }
    }
    return parts.author.contains(point) || parts.replies.contains(point) ||
           (parts.context.contains(point) && tweet.context.tweetId != 0);
}

bool TweetCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &viewOption, const QModelIndex &index)
{
    const QStyleOptionViewItem option = indented(viewOption, index);
    const TweetRow tweet = index.data(TimelineModel::TweetRole).value<TweetRow>();
    if (tweet.id == 0 || event->type() != QEvent::ToolTip) {
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }
    const QPoint point = event->pos();
    QString tip;
    for (const auto &[span, rect] : spanRects(viewOption, index)) {
        if (rect.contains(point) && span.kind == TextSpan::Kind::Url) {
            tip = tr("Link (opens only after you confirm): %1").arg(span.value);
        }
    }
    const Layout parts = layout(option, tweet);
    for (int i = 0; tip.isEmpty() && i < parts.thumbnails.size(); ++i) {
        if (!parts.thumbnails.at(i).contains(point)) {
            continue;
        }
        const qint64 mediaId = tweet.mediaIds.at(i);
        const MediaKind kind = i < tweet.mediaKinds.size() ? tweet.mediaKinds.at(i) : MediaKind::Image;
        const MediaTilePainter::State state = thumbnailState(tweet, i);
        const bool veiled = MediaSettings::instance()->isVeiled(mediaId);
        tip = MediaTilePainter::toolTip(kind, veiled, MediaTilePainter::clickReveals(state, kind, veiled),
                                        m_thumbnails ? m_thumbnails->failureReason(mediaId) : QString(),
                                        tweet.mediaCount > 1 ? tr("%1 of %2").arg(i + 1).arg(tweet.mediaCount)
                                                             : QString());
    }
    if (tip.isEmpty() && parts.author.contains(point)) {
        tip = tr("%1 — userid %2. Click to open the account.").arg(tweet.shownName(), tweet.userid);
    } else if (tip.isEmpty() && parts.footer.contains(point)) {
        tip = tr("Tweet %1 from %2, record %3")
                  .arg(QString::number(tweet.id), tweet.sourceFile)
                  .arg(tweet.sourceRecord);
    } else if (tip.isEmpty() && parts.context.contains(point) && tweet.context.tweetId) {
        tip = tr("Click to show the conversation");
    }
    if (tip.isEmpty()) {
        tip = tr("Tweet %1 from %2, record %3")
                  .arg(QString::number(tweet.id), tweet.sourceFile)
                  .arg(tweet.sourceRecord);
    }
    // QToolTip guesses whether a text is rich text: say it is, with the archive's text escaped, so that
    // whatever the text holds is shown as it is and never interpreted.
    QToolTip::showText(event->globalPos(),
                       QStringLiteral("<p>") +
                           tip.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) +
                           QStringLiteral("</p>"),
                       view);
    return true;
}

} // namespace trove

#pragma once

#include "core/query/tweetrow.h"
#include "core/text/displaytext.h"
#include "ui/media/mediatilepainter.h"
#include "ui/media/thumbnailcache.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QRect>
#include <QSet>
#include <QStringList>
#include <QStyledItemDelegate>

#include <cstdint>

namespace trove {

/**
 * Paints a tweet of a TimelineModel (TimelineModel::TweetRole) as a card of fixed height: kind badge, name
 * and alias, time (UTC, said so) and client; the retweeted, replied-to or quoted tweet's author and text
 * when the archive holds it; the text with hashtags, mentions and links coloured and the search terms
 * highlighted; media and replies badges, counts, and where the tweet comes from (file › entry, record).
 *
 * Everything from the archive is drawn as plain text (QTextLayout and QPainter::drawText; never rich text),
 * its entities decoded for display. Each paragraph is laid out in its own direction (right-to-left for
 * Arabic and Persian).
 *
 * Clicks: a hashtag, a mention or the author emit the matching signal; a link is never opened here:
 * linkActivated() gives the full target, for the window to show before anything opens; the context line or
 * the replies badge ask for the conversation.
 *
 * Media (setThumbnails()): up to four thumbnails of the tweet's media (TweetRow::mediaIds) in a strip at
 * the trailing side of the context line and the text (the left side in a right-to-left layout), inside
 * the card's fixed height. A thumbnail not made yet is a neutral box, asked for (before anything asked for
 * earlier) when its card is painted; thumbnailUpdated() then says which media id to repaint. Videos show a
 * play symbol, files that cannot be shown a warning sign (the reason in the tooltip). With the safe view
 * (MediaSettings) a picture is drawn veiled with an eye and "Show": a click reveals it; a click on a
 * revealed one, a video or a failure emits mediaActivated().
 */
class TweetCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /** Where a card's parts go, for painting and for finding what a click hit. */
    struct Layout
    {
        QRect card;
        QRect badge;   ///< the kind badge (RT, Reply, Quote), empty for an original
        QRect author;  ///< the name (click: the account)
        QRect header;  ///< the whole first line
        QRect context; ///< the retweeted/replied/quoted tweet line (click: the conversation)
        QRect text;    ///< the tweet text
        QRect footer;
        QRect replies; ///< the "replies in the archive" badge (click: the conversation); may be empty
        QRect media;   ///< the media badge; may be empty
        /** The thumbnails of TweetRow::mediaIds, in that order (only with setThumbnails()); may be empty. */
        QList<QRect> thumbnails;
    };

    /** Optional roles of the model: how deep a card sits in a thread (int, indents it), and the card asked
     * for. */
    enum Role { DepthRole = Qt::UserRole + 40, FocusRole };
    static constexpr int IndentPerLevel = 22;
    static constexpr int MaximumIndentLevels = 8;

    explicit TweetCardDelegate(QObject *parent = nullptr);

    /** Search terms to highlight (SearchQuery terms, '*' marking a prefix). */
    void setSearchTerms(const QStringList &terms);
    QStringList searchTerms() const { return m_terms; }

    /**
     * Shows the tweets' media as thumbnails from @p cache (null: none, only the media badge). The cache
     * must outlive the delegate or be reset here first.
     */
    void setThumbnails(ThumbnailCache *cache);
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    /** The fixed height of a card for @p font (the same for every row, so a long list scrolls evenly). */
    static int cardHeight(const QFont &font);
    /** The fill of a card's kind badge (retweet green, reply blue, quote purple); text on it is drawn in
     * Contrast::readableTextOn of it. */
    static QColor kindColor(TweetKind kind);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /** The parts of the card of @p tweet in @p option.rect. */
    Layout layout(const QStyleOptionViewItem &option, const TweetRow &tweet) const;
    /** The hashtags, mentions and links of the card at @p index, with the rectangle each one covers. */
    QList<QPair<TextSpan, QRect>> spanRects(const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const;
    /** Each text line of the card at @p index: its rectangle and whether it runs right to left. */
    QList<QPair<QRect, bool>> textLines(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    /** Whether a click at @p point on the card at @p index does something (the view shows a hand there). */
    bool isActiveAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &point) const;

signals:
    void hashtagActivated(const QString &tag);
    void mentionActivated(const QString &screenName);
    void accountActivated(qint64 accountId);
    /** A link was clicked: @p url is its full target, not opened. */
    void linkActivated(const QString &url);
    void conversationRequested(qint64 tweetId);
    /** A revealed thumbnail (or a video's, or a failed one's) was clicked: show media @p mediaId. */
    void mediaActivated(qint64 mediaId);
    /** The thumbnail of @p mediaId asked for by a painted card arrived (or failed): repaint its cards. */
    void thumbnailUpdated(qint64 mediaId);
    /** The safe view changed (switched, a file revealed, all veiled again): repaint every card. */
    void veilChanged();

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct TextBlock;
    void layoutText(const QStyleOptionViewItem &option, const TweetRow &tweet, const QRect &area,
                    QList<TextBlock> *blocks) const;
    void paintCard(QPainter *painter, const QStyleOptionViewItem &option, const TweetRow &tweet,
                   bool focus) const;
    // @p option with its rectangle indented by the row's depth (DepthRole).
    static QStyleOptionViewItem indented(const QStyleOptionViewItem &option, const QModelIndex &index);
    void paintPlaceholder(QPainter *painter, const QStyleOptionViewItem &option, const QString &text) const;

    // The thumbnail @p index of @p tweet in @p tile: asked for, then painted.
    void paintThumbnail(QPainter *painter, const QStyleOptionViewItem &option, const TweetRow &tweet,
                        int index, const QRect &tile) const;
    // A click on thumbnail @p index of @p tweet: reveals it, or emits mediaActivated().
    void activateThumbnail(const TweetRow &tweet, int index);
    MediaTilePainter::State thumbnailState(const TweetRow &tweet, int index) const;
    void thumbnailArrived(qint64 mediaId);

    QStringList m_terms;
    QPointer<ThumbnailCache> m_thumbnails;
    mutable MediaTilePainter m_tiles;
    mutable QSet<qint64> m_waiting; // thumbnails asked for by a paint and not arrived yet
};

} // namespace trove

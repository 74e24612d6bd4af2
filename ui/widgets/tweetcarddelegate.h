#pragma once

#include "core/query/tweetrow.h"
#include "core/text/displaytext.h"

#include <QList>
#include <QPair>
#include <QRect>
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

    QStringList m_terms;
};

} // namespace trove

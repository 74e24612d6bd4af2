#pragma once

#include "core/query/tweetfilter.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace trove {

class TimelineModel;
class ThumbnailCache;
class TweetCardDelegate;
class TweetListView;

/**
 * A list of tweet cards (a timeline or a search result) with a header: a title, the count ("1,234,567
 * tweets", or "12,345 tweets so far…" while the list is still being found), the sort order (oldest first,
 * newest first, most engagement) and "jump to date" (UTC). It owns its TimelineModel; the window sets the
 * cache and the query and listens to the signals, which never act on anything themselves (a link in
 * particular is only reported).
 *
 * Keyboard: arrows, Page Up/Down, Home/End move through the list; Enter asks for the conversation of the
 * current tweet.
 */
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    TweetListView *listView() const { return m_list; }
    TweetCardDelegate *delegate() const { return m_delegate; }
    /**
     * Shows the tweets' media as thumbnails from @p cache (null: none), veiled as the safe view says;
     * mediaActivated() reports a click on a revealed one.
     */
    void setThumbnails(ThumbnailCache *cache);

    void setCachePath(const QString &path);
    /** Shows @p filter in @p order (the sort box follows). */
    void setQuery(const TweetFilter &filter, TweetOrder order);
    /** Shows @p filter in the current order. */
    void setFilter(const TweetFilter &filter);
    TweetOrder order() const;
    /** What the list is, shown before the count ("@account", "IRA 2018"); plain text. */
    void setTitle(const QString &title);

    /** Scrolls to the first tweet of @p date (UTC) in time order; nothing in engagement order. */
    void jumpToDate(const QDate &date);
    /** Scrolls to @p row and makes it current. */
    void jumpToRow(int row);
    /** The tweet id of the current row, 0 when none or not loaded. */
    qint64 currentTweetId() const;
    /** The header's count text, as shown. */
    QString countText() const;

signals:
    void hashtagActivated(const QString &tag);
    void mentionActivated(const QString &screenName);
    void accountActivated(qint64 accountId);
    /** A link was clicked; @p url is the full target and nothing has been opened. */
    void linkActivated(const QString &url);
    /** A thumbnail was clicked once shown: show media @p mediaId (nothing is opened here). */
    void mediaActivated(qint64 mediaId);
    void conversationRequested(qint64 tweetId);
    void orderChanged(trove::TweetOrder order);
    void currentTweetChanged(qint64 tweetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    void orderPicked(int index);
    void updateRowHeight();

    TimelineModel *m_model = nullptr;
    TweetListView *m_list = nullptr;
    TweetCardDelegate *m_delegate = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_order = nullptr;
    QDateEdit *m_date = nullptr;
    QPushButton *m_jump = nullptr;
    QString m_error;
};

} // namespace trove

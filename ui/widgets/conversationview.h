#pragma once

#include "core/query/conversation.h"

#include <QThreadPool>
#include <QWidget>

class QLabel;

namespace trove {

class ConversationModel;
class ThumbnailCache;
class TweetCardDelegate;
class TweetListView;

/**
 * The thread of a tweet as far as the archive holds it (ConversationQuery), as tweet cards indented by
 * depth, the tweet asked for outlined and made current. The thread is read on a worker thread; asking for
 * another tweet meanwhile drops the first answer.
 */
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    /** A non-modal dialog holding a ConversationView on @p tweetId, deleted when closed. */
    static ConversationView *openDialog(QWidget *parent, const QString &cachePath, qint64 tweetId);

    void setCachePath(const QString &path);
    /** Reads and shows the thread of @p tweetId. */
    void showConversation(qint64 tweetId);

    const Conversation &conversation() const { return m_conversation; }
    TweetListView *listView() const { return m_list; }
    TweetCardDelegate *delegate() const { return m_delegate; }
    /**
     * Shows the tweets' media as thumbnails from @p cache (null: none), veiled as the safe view says;
     * mediaActivated() reports a click on a revealed one.
     */
    void setThumbnails(ThumbnailCache *cache);
    /** The header line, as shown. */
    QString summaryText() const;

signals:
    /** The thread arrived (or could not be read: @p ok false). */
    void loaded(bool ok);
    void hashtagActivated(const QString &tag);
    void mentionActivated(const QString &screenName);
    void accountActivated(qint64 accountId);
    /** A link was clicked; @p url is the full target and nothing has been opened. */
    void linkActivated(const QString &url);
    /** A thumbnail was clicked once shown: show media @p mediaId (nothing is opened here). */
    void mediaActivated(qint64 mediaId);

private:
    void apply(const Conversation &conversation, const QString &error);

    QString m_cachePath;
    Conversation m_conversation;
    ConversationModel *m_model = nullptr;
    TweetListView *m_list = nullptr;
    TweetCardDelegate *m_delegate = nullptr;
    QLabel *m_summary = nullptr;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

} // namespace trove

#include "ui/widgets/conversationview.h"

#include "core/db/readconnection.h"
#include "core/text/displaytext.h"
#include "ui/models/timelinemodel.h"
#include "ui/widgets/tweetcarddelegate.h"
#include "ui/widgets/tweetlistview.h"

#include <QAbstractListModel>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace trove {

/** The tweets of a thread for the card delegate: the TimelineModel roles plus depth and focus. */
class ConversationModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setConversation(const Conversation &conversation)
    {
        beginResetModel();
        m_conversation = conversation;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_conversation.entries.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_conversation.entries.size()) {
            return {};
        }
        const ConversationEntry &entry = m_conversation.entries[index.row()];
        switch (role) {
        case TimelineModel::TweetRole:
            return QVariant::fromValue(entry.tweet);
        case TimelineModel::LoadedRole:
            return true;
        case TimelineModel::TweetIdRole:
            return qint64(entry.tweet.id);
        case TweetCardDelegate::DepthRole:
            return entry.depth;
        case TweetCardDelegate::FocusRole:
            return entry.tweet.id == m_conversation.focusId;
        case Qt::DisplayRole:
            return DisplayText::decoded(entry.tweet.text);
        case Qt::AccessibleTextRole:
            return ConversationView::tr("Level %1, %2, %3 UTC: %4")
                .arg(entry.depth + 1)
                .arg(entry.tweet.shownName(), entry.tweet.time.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     DisplayText::decoded(entry.tweet.text));
        default:
            return {};
        }
    }

private:
    Conversation m_conversation;
};

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConversationModel(this))
    , m_list(new TweetListView(this))
    , m_delegate(new TweetCardDelegate(this))
    , m_summary(new QLabel(this))
{
    m_pool.setMaxThreadCount(1);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setRowHeight(TweetCardDelegate::cardHeight(m_list->font()));
    m_list->setAccessibleName(tr("Conversation"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);

    connect(m_delegate, &TweetCardDelegate::hashtagActivated, this, &ConversationView::hashtagActivated);
    connect(m_delegate, &TweetCardDelegate::mentionActivated, this, &ConversationView::mentionActivated);
    connect(m_delegate, &TweetCardDelegate::accountActivated, this, &ConversationView::accountActivated);
    connect(m_delegate, &TweetCardDelegate::linkActivated, this, &ConversationView::linkActivated);
    connect(m_delegate, &TweetCardDelegate::mediaActivated, this, &ConversationView::mediaActivated);
    connect(m_delegate, &TweetCardDelegate::thumbnailUpdated, m_list, &TweetListView::updateRowsShowingMedia);
    connect(m_delegate, &TweetCardDelegate::veilChanged, m_list->viewport(),
            [this] { m_list->viewport()->update(); });
    // Inside a thread, asking for a tweet's conversation moves the focus to it.
    connect(m_delegate, &TweetCardDelegate::conversationRequested, this, &ConversationView::showConversation);
    connect(m_list, &TweetListView::rowActivated, this, [this](const QModelIndex &index) {
        showConversation(index.data(TimelineModel::TweetIdRole).toLongLong());
    });
}

ConversationView::~ConversationView()
{
    ++m_generation;
    m_pool.waitForDone();
}

ConversationView *ConversationView::openDialog(QWidget *parent, const QString &cachePath, qint64 tweetId)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Conversation"));
    auto *view = new ConversationView(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 700);
    view->setCachePath(cachePath);
    view->showConversation(tweetId);
    dialog->show();
    return view;
}

void ConversationView::setThumbnails(ThumbnailCache *cache)
{
    m_delegate->setThumbnails(cache);
    m_list->viewport()->update();
}

void ConversationView::setCachePath(const QString &path)
{
    m_cachePath = path;
}

void ConversationView::showConversation(qint64 tweetId)
{
    if (tweetId == 0 || m_cachePath.isEmpty()) {
        return;
    }
    const quint64 generation = ++m_generation;
    const QString path = m_cachePath;
    m_summary->setText(tr("Reading the conversation…"));
    m_pool.start([this, generation, path, tweetId] {
        QString error;
        Conversation conversation;
        Database *db = ReadConnection::forThisThread(path, &error);
        if (db) {
            conversation = ConversationQuery::load(*db, tweetId, &error);
        }
        QMetaObject::invokeMethod(this, [this, generation, conversation, error] {
            if (generation == m_generation) {
                apply(conversation, error);
            }
        });
    });
}

void ConversationView::apply(const Conversation &conversation, const QString &error)
{
    m_conversation = conversation;
    m_model->setConversation(conversation);
    if (!error.isEmpty() || conversation.entries.isEmpty()) {
        m_summary->setText(error.isEmpty() ? tr("This tweet is not in the cache.")
                                           : tr("Cannot read the conversation: %1").arg(error));
        emit loaded(false);
        return;
    }
    m_summary->setText(summaryText());
    for (int row = 0; row < conversation.entries.size(); ++row) {
        if (conversation.entries[row].tweet.id == conversation.focusId) {
            m_list->setCurrentIndex(m_model->index(row));
            m_list->scrollToRow(row, TweetListView::PositionAtCenter);
        }
    }
    emit loaded(true);
}

QString ConversationView::summaryText() const
{
    const QLocale locale;
    const qsizetype tweets = m_conversation.entries.size();
    QString text = tweets == 1 ? tr("1 tweet of this conversation is in the archive.")
                               : tr("%1 tweets of this conversation are in the archive.")
                                     .arg(locale.toString(qlonglong(tweets)));
    if (m_conversation.missingParentId != 0) {
        text += QLatin1Char(' ') +
                tr("It starts with a reply to tweet %1 (userid %2), which the archive does not hold.")
                    .arg(QString::number(m_conversation.missingParentId),
                         m_conversation.missingParentUserid.isEmpty() ? tr("unknown")
                                                                      : m_conversation.missingParentUserid);
    }
    if (m_conversation.truncated) {
        text += QLatin1Char(' ') + tr("Only the first %1 tweets are shown.")
                                       .arg(locale.toString(ConversationQuery::DefaultMaximumTweets));
    }
    return text;
}

} // namespace trove

#include "ui/widgets/timelineview.h"

#include "ui/models/timelinemodel.h"
#include "ui/widgets/tweetcarddelegate.h"
#include "ui/widgets/tweetlistview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace trove {

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_list(new TweetListView(this))
    , m_delegate(new TweetCardDelegate(this))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_order(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_jump(new QPushButton(tr("&Jump"), this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_count->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->hide();

    m_order->addItem(tr("Oldest first"), int(TweetOrder::OldestFirst));
    m_order->addItem(tr("Newest first"), int(TweetOrder::NewestFirst));
    m_order->addItem(tr("Most engagement"), int(TweetOrder::MostEngagement));
    m_order->setAccessibleName(tr("Sort order"));
    m_order->setToolTip(tr("Most engagement: likes + retweets + replies + quotes, then newest first"));
    auto *orderLabel = new QLabel(tr("&Sort:"), this);
    orderLabel->setBuddy(m_order);

    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setTimeSpec(Qt::UTC);
    m_date->setDateRange(QDate(2006, 3, 21), QDate(2100, 1, 1));
    m_date->setDate(QDate(2016, 1, 1));
    m_date->setAccessibleName(tr("Jump to date (UTC)"));
    auto *dateLabel = new QLabel(tr("Jump to &date (UTC):"), this);
    dateLabel->setBuddy(m_date);
    m_jump->setAccessibleName(tr("Jump to the date"));

    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setAccessibleName(tr("Tweets"));
    m_list->setAccessibleDescription(tr("Tweet cards; times in UTC. Enter shows the conversation."));
    updateRowHeight();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_count, 1);
    header->addWidget(orderLabel);
    header->addWidget(m_order);
    header->addSpacing(12);
    header->addWidget(dateLabel);
    header->addWidget(m_date);
    header->addWidget(m_jump);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_list);

    connect(m_model, &TimelineModel::countChanged, this, &TimelineView::updateCount);
    connect(m_model, &TimelineModel::loadingChanged, this, &TimelineView::updateCount);
    connect(m_model, &TimelineModel::errorOccurred, this, [this](const QString &message) {
        m_error = message;
        updateCount();
    });
    connect(m_model, &TimelineModel::modelReset, this, [this] {
        m_error.clear();
        m_delegate->setSearchTerms(m_model->searchTerms());
        updateCount();
    });
    connect(m_model, &TimelineModel::positionOfTimeFound, this, [this](int row) {
        if (row >= 0) {
            jumpToRow(row);
        }
    });
    connect(m_order, &QComboBox::activated, this, &TimelineView::orderPicked);
    connect(m_jump, &QPushButton::clicked, this, [this] { jumpToDate(m_date->date()); });
    connect(m_date, &QDateEdit::editingFinished, this, [this] {
        if (m_date->hasFocus()) {
            jumpToDate(m_date->date());
        }
    });

    connect(m_delegate, &TweetCardDelegate::hashtagActivated, this, &TimelineView::hashtagActivated);
    connect(m_delegate, &TweetCardDelegate::mentionActivated, this, &TimelineView::mentionActivated);
    connect(m_delegate, &TweetCardDelegate::accountActivated, this, &TimelineView::accountActivated);
    connect(m_delegate, &TweetCardDelegate::linkActivated, this, &TimelineView::linkActivated);
    connect(m_delegate, &TweetCardDelegate::mediaActivated, this, &TimelineView::mediaActivated);
    connect(m_delegate, &TweetCardDelegate::thumbnailUpdated, m_list, &TweetListView::updateRowsShowingMedia);
    connect(m_delegate, &TweetCardDelegate::veilChanged, m_list->viewport(),
            [this] { m_list->viewport()->update(); });
    connect(m_delegate, &TweetCardDelegate::conversationRequested, this,
            &TimelineView::conversationRequested);
    connect(m_list, &TweetListView::rowActivated, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->tweetIdAt(index.row());
        if (id != 0) {
            emit conversationRequested(id);
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                emit currentTweetChanged(current.isValid() ? m_model->tweetIdAt(current.row()) : 0);
            });
    updateCount();
}

void TimelineView::setThumbnails(ThumbnailCache *cache)
{
    m_delegate->setThumbnails(cache);
    m_list->viewport()->update();
}

void TimelineView::setCachePath(const QString &path)
{
    m_model->setCachePath(path);
}

void TimelineView::setQuery(const TweetFilter &filter, TweetOrder order)
{
    m_order->setCurrentIndex(m_order->findData(int(order)));
    m_date->setEnabled(order != TweetOrder::MostEngagement);
    m_jump->setEnabled(order != TweetOrder::MostEngagement);
    m_model->setQuery(filter, order);
}

void TimelineView::setFilter(const TweetFilter &filter)
{
    setQuery(filter, order());
}

TweetOrder TimelineView::order() const
{
    return TweetOrder(m_order->currentData().toInt());
}

void TimelineView::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void TimelineView::orderPicked(int index)
{
    const auto order = TweetOrder(m_order->itemData(index).toInt());
    if (order == m_model->order()) {
        return;
    }
    setQuery(m_model->filter(), order);
    emit orderChanged(order);
}

void TimelineView::jumpToDate(const QDate &date)
{
    if (!date.isValid() || m_model->order() == TweetOrder::MostEngagement) {
        return;
    }
    const QDateTime time(date, QTime(0, 0), Qt::UTC);
    // Newest first, the day's tweets start at its last moment.
    m_model->requestPositionOfTime(m_model->order() == TweetOrder::NewestFirst ? time.addSecs(86399) : time);
}

void TimelineView::jumpToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        return;
    }
    m_list->scrollToRow(row, TweetListView::PositionAtTop);
    m_list->setCurrentIndex(m_model->index(row));
}

qint64 TimelineView::currentTweetId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->tweetIdAt(current.row()) : 0;
}

QString TimelineView::countText() const
{
    return m_count->text();
}

void TimelineView::updateCount()
{
    const QLocale locale;
    QString text;
    if (!m_error.isEmpty()) {
        text = tr("Cannot show these tweets: %1").arg(m_error);
    } else if (m_model->isCountExact()) {
        text = m_model->totalCount() == 1
                   ? tr("1 tweet")
                   : tr("%1 tweets").arg(locale.toString(qlonglong(m_model->totalCount())));
        if (m_model->isTruncated()) {
            text += tr(" (only the first %1 are listed)")
                        .arg(locale.toString(qlonglong(TimelineModel::MaximumIds)));
        }
    } else if (m_model->totalCount() > 0) {
        text = tr("%1 tweets so far…").arg(locale.toString(qlonglong(m_model->totalCount())));
    } else if (m_model->isLoading()) {
        text = tr("Counting…");
    } else {
        text = tr("No tweets");
    }
    m_count->setText(text);
    m_count->setAccessibleName(text);
}

void TimelineView::updateRowHeight()
{
    m_list->setRowHeight(TweetCardDelegate::cardHeight(m_list->font()));
}

void TimelineView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Zoom: the cards grow with the font.
        m_list->setFont(font());
        updateRowHeight();
    }
}

} // namespace trove

#pragma once

#include "core/query/tweetfilter.h"

#include <QList>
#include <QThreadPool>
#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace trove {

class AccountBrowser;
class AccountDossierView;
class CampaignPanel;
class ChartsView;
class CampaignTableModel;
class ConversationView;
class FilterBar;
class GalleryView;
class MediaPreview;
class ThumbnailCache;
class TimelineView;
struct ViewState;

/**
 * The browsing half of the main window: the campaigns and the account browser on the left, the search and
 * filters above the tweet timeline in the middle, the account dossier on the right. It keeps them in step:
 * checked campaigns narrow the accounts and the timeline; opening an account shows its dossier and its
 * timeline; a hashtag or mention clicked on a card or in the dossier becomes a filter; the filters and the
 * sort order apply to the timeline. Every read runs on its own pool, beside the window's import work.
 */
class Explorer : public QWidget
{
    Q_OBJECT

public:
    explicit Explorer(CampaignTableModel *campaigns, QWidget *parent = nullptr);
    ~Explorer() override;

    /** Browses the cache at @p path (its accounts, facets and tweets are read again). */
    void setCachePath(const QString &path);
    /** The cache's content changed (an import committed): reads the lists again, keeping the view. */
    void reload();

    /** The tweets shown: the checked campaigns, the account (when one is open) and the filters. */
    TweetFilter currentFilter() const;
    TweetOrder currentOrder() const;
    /** Shows @p filter (selection included: campaigns are checked, the account opened) in @p order. */
    void showSearch(const TweetFilter &filter, TweetOrder order);

    /** Opens @p accountId: its dossier, and its tweets (with its linked account's) in the timeline. */
    void openAccount(std::int64_t accountId);
    /** Shows the tweets of every account of the checked campaigns again. */
    void showAllAccounts();
    /** Shows the thread of @p tweetId, as far as the archive holds it, in the "Thread" tab. */
    void openConversation(std::int64_t tweetId);

    void saveState(ViewState &state) const;
    /** Restores what saveState() saved for the cache that is open now. */
    void restoreState(const ViewState &state);

    CampaignPanel *campaignPanel() const { return m_campaignPanel; }
    AccountBrowser *accountBrowser() const { return m_accounts; }
    AccountDossierView *dossier() const { return m_dossier; }
    ConversationView *conversation() const { return m_conversation; }
    FilterBar *filterBar() const { return m_filterBar; }
    TimelineView *timeline() const { return m_timeline; }
    /** The Charts tab beside the timeline: it charts currentFilter() (see ChartsView). */
    ChartsView *charts() const { return m_charts; }
    /**
     * The thumbnails of the open cache's media, shared by the gallery, the tweet cards, the dossier and the
     * preview (made on a pool of its own; its disk limit follows MediaSettings).
     */
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    /** The Gallery tab: the media of currentFilter() as thumbnails (see GalleryView). */
    GalleryView *gallery() const { return m_gallery; }
    /** The centre's tabs: "Timeline" (the default), "Charts" and "Gallery". */
    QTabWidget *centerTabs() const { return m_centerTabs; }
    /** Shows the Charts tab. */
    void showCharts();
    /** Shows the Gallery tab. */
    void showGallery();
    /** Shows the Charts tab and its export menu (File › Export Chart…). */
    void exportChart();
    /**
     * The current selection named for people and captions: "Campaign ira", "Campaigns ira, iranian", "All
     * campaigns", "@handle", with ' · search "x"' when a search narrows it.
     */
    QString selectionName() const;
    /**
     * Shows the tweets of a chart's drill-down (a bucket's time range, a heatmap cell's local weekday and
     * hour, one account) in the timeline, and switches to the Timeline tab.
     */
    void showDrillDown(const TweetFilter &filter);
    /** Drops the local weekday/hour narrowing a heatmap drill-down set. */
    void clearLocalTime();
    /** The media preview window (made on the first previewMedia(); null before). */
    MediaPreview *mediaPreview() const { return m_preview; }

public slots:
    /**
     * Opens media @p mediaId of the open cache in the preview window (one per explorer, reused): the
     * gallery's, the tweet cards' and the dossier's thumbnails connect their clicks here.
     */
    void previewMedia(qint64 mediaId);
    /**
     * Opens media @p mediaId in the preview, where Previous and Next (Page Up / Page Down) step through
     * @p list (the gallery passes its whole list, so the preview walks the grid's order).
     */
    void previewMediaIn(qint64 mediaId, const QList<qint64> &list);

signals:
    /** The timeline shows another list (filter, selection or order changed). */
    void searchChanged(const trove::TweetFilter &filter, trove::TweetOrder order);

private:
    void campaignsChanged();
    void applyFilters();
    void showAccountTweets(const QList<std::int64_t> &accountIds, const QString &title);
    void loadFacets();
    void confirmLink(const QString &url);
    void updateScope();
    void updateCharts();

    CampaignTableModel *m_campaignModel = nullptr;
    QThreadPool m_pool;
    QString m_cachePath;
    quint64 m_facetGeneration = 0;
    QList<std::int64_t> m_accountIds; // the timeline's accounts; empty: every account of the campaigns
    QString m_accountTitle;
    // A heatmap drill-down's local weekday and hour (the filter bar does not show these).
    QByteArray m_localTimeZone;
    int m_localWeekday = 0;
    int m_localHour = -1;

    QSplitter *m_splitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    CampaignPanel *m_campaignPanel = nullptr;
    AccountBrowser *m_accounts = nullptr;
    FilterBar *m_filterBar = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QPushButton *m_allAccountsButton = nullptr;
    TimelineView *m_timeline = nullptr;
    QTabWidget *m_centerTabs = nullptr;
    ChartsView *m_charts = nullptr;
    GalleryView *m_gallery = nullptr;
    QPushButton *m_clearLocalTimeButton = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    AccountDossierView *m_dossier = nullptr;
    ConversationView *m_conversation = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    MediaPreview *m_preview = nullptr;
};

} // namespace trove

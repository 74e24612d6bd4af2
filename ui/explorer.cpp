#include "ui/explorer.h"

#include "core/db/readconnection.h"
#include "core/query/cachefacets.h"
#include "ui/charts/chartsview.h"
#include "ui/media/gallerymodel.h"
#include "ui/media/galleryview.h"
#include "ui/media/mediapreview.h"
#include "ui/media/mediasettings.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/campaigntablemodel.h"
#include "ui/viewstate.h"
#include "ui/widgets/accountbrowser.h"
#include "ui/widgets/accountdossierview.h"
#include "ui/widgets/campaignpanel.h"
#include "ui/widgets/conversationview.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/timelineview.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

namespace {

struct Facets
{
    QStringList languages;
    QStringList clients;
    QStringList categories;
};

QStringList values(const QList<Facet> &facets)
{
    QStringList result;
    for (const Facet &facet : facets) {
        result << facet.value;
    }
    return result;
}

// Runs on a worker with that thread's read connection.
Facets readFacets(const QString &cachePath, const QList<std::int64_t> &campaignIds)
{
    Facets facets;
    Database *db = ReadConnection::forThisThread(cachePath);
    if (!db) {
        return facets;
    }
    facets.languages = values(CacheFacets::languages(*db, campaignIds));
    facets.clients = values(CacheFacets::clients(*db, campaignIds));
    facets.categories = values(CacheFacets::categories(*db));
    return facets;
}

} // namespace

Explorer::Explorer(CampaignTableModel *campaigns, QWidget *parent)
    : QWidget(parent)
    , m_campaignModel(campaigns)
{
    setObjectName(QStringLiteral("explorer"));
    // Account lists, dossiers and facets; the timeline reads on pools of its own.
    m_pool.setMaxThreadCount(3);
    m_thumbnails = new ThumbnailCache(nullptr, this);
    m_thumbnails->setDiskLimitBytes(MediaSettings::instance()->thumbnailDiskLimitBytes());
    connect(MediaSettings::instance(), &MediaSettings::thumbnailDiskLimitChanged, m_thumbnails,
            &ThumbnailCache::setDiskLimitBytes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("explorerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    m_leftSplitter = new QSplitter(Qt::Vertical, m_splitter);
    m_leftSplitter->setObjectName(QStringLiteral("sourcesSplitter"));
    m_leftSplitter->setChildrenCollapsible(false);
    m_campaignPanel = new CampaignPanel(m_campaignModel, m_leftSplitter);
    m_accounts = new AccountBrowser(&m_pool, m_leftSplitter);
    m_leftSplitter->setStretchFactor(0, 1);
    m_leftSplitter->setStretchFactor(1, 3);

    auto *center = new QWidget(m_splitter);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    m_filterBar = new FilterBar(center);
    centerLayout->addWidget(m_filterBar);
    auto *scopeRow = new QHBoxLayout;
    m_scopeLabel = new QLabel(center);
    m_scopeLabel->setObjectName(QStringLiteral("timelineScopeLabel"));
    m_scopeLabel->setAccessibleName(tr("Timeline scope"));
    m_scopeLabel->setTextFormat(Qt::PlainText);
    m_allAccountsButton = new QPushButton(tr("Show All Accounts"), center);
    m_allAccountsButton->setObjectName(QStringLiteral("showAllAccountsButton"));
    m_allAccountsButton->setAccessibleName(tr("Show the tweets of every account"));
    m_clearLocalTimeButton = new QPushButton(tr("Any Time of Day"), center);
    m_clearLocalTimeButton->setObjectName(QStringLiteral("clearLocalTimeButton"));
    m_clearLocalTimeButton->setAccessibleName(tr("Remove the weekday and hour filter"));
    scopeRow->addWidget(m_scopeLabel, 1);
    scopeRow->addWidget(m_clearLocalTimeButton);
    scopeRow->addWidget(m_allAccountsButton);
    centerLayout->addLayout(scopeRow);
    m_centerTabs = new QTabWidget(center);
    m_centerTabs->setObjectName(QStringLiteral("centerTabs"));
    m_centerTabs->setAccessibleName(tr("Views"));
    m_timeline = new TimelineView(m_centerTabs);
    m_centerTabs->addTab(m_timeline, tr("&Timeline"));
    m_charts = new ChartsView(m_centerTabs);
    m_centerTabs->addTab(m_charts, tr("C&harts"));
    m_gallery = new GalleryView(m_thumbnails, m_centerTabs);
    m_centerTabs->addTab(m_gallery, tr("&Gallery"));
    centerLayout->addWidget(m_centerTabs, 1);

    m_sideTabs = new QTabWidget(m_splitter);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setAccessibleName(tr("Details"));
    m_dossier = new AccountDossierView(&m_pool, m_sideTabs);
    m_sideTabs->addTab(m_dossier, tr("Account"));
    m_conversation = new ConversationView(m_sideTabs);
    m_sideTabs->addTab(m_conversation, tr("Thread"));

    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({340, 620, 400});

    connect(m_campaignModel, &CampaignTableModel::selectionChanged, this, &Explorer::campaignsChanged);
    connect(m_accounts, &AccountBrowser::accountActivated, this, &Explorer::openAccount);
    connect(m_filterBar, &FilterBar::filterChanged, this, &Explorer::applyFilters);
    connect(m_allAccountsButton, &QPushButton::clicked, this, &Explorer::showAllAccounts);
    connect(m_clearLocalTimeButton, &QPushButton::clicked, this, &Explorer::clearLocalTime);
    connect(m_charts, &ChartsView::drillDownRequested, this, &Explorer::showDrillDown);
    connect(m_gallery, &GalleryView::previewRequested, this, [this](qint64 mediaId) {
        const GalleryModel *model = m_gallery->model();
        QList<qint64> list;
        list.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row) {
            list.append(model->item(row).mediaId);
        }
        previewMediaIn(mediaId, list);
    });
    // The tweet cards' and the dossier's thumbnails: from the window's cache; a click once shown previews.
    m_timeline->setThumbnails(m_thumbnails);
    m_conversation->setThumbnails(m_thumbnails);
    m_dossier->setThumbnails(m_thumbnails);
    connect(m_timeline, &TimelineView::mediaActivated, this, &Explorer::previewMedia);
    connect(m_conversation, &ConversationView::mediaActivated, this, &Explorer::previewMedia);
    connect(m_dossier, &AccountDossierView::mediaActivated, this, &Explorer::previewMedia);
    connect(m_dossier, &AccountDossierView::galleryRequested, this, [this](qint64 accountId) {
        openAccount(accountId);
        showGallery();
    });
    connect(m_timeline, &TimelineView::orderChanged, this,
            [this] { emit searchChanged(currentFilter(), currentOrder()); });
    connect(m_timeline, &TimelineView::hashtagActivated, m_filterBar, &FilterBar::setHashtag);
    connect(m_timeline, &TimelineView::mentionActivated, m_filterBar, &FilterBar::setMention);
    connect(m_timeline, &TimelineView::accountActivated, this, &Explorer::openAccount);
    connect(m_timeline, &TimelineView::linkActivated, this, &Explorer::confirmLink);
    connect(m_timeline, &TimelineView::conversationRequested, this, &Explorer::openConversation);
    connect(m_conversation, &ConversationView::hashtagActivated, m_filterBar, &FilterBar::setHashtag);
    connect(m_conversation, &ConversationView::mentionActivated, m_filterBar, &FilterBar::setMention);
    connect(m_conversation, &ConversationView::accountActivated, this, &Explorer::openAccount);
    connect(m_conversation, &ConversationView::linkActivated, this, &Explorer::confirmLink);
    connect(m_dossier, &AccountDossierView::hashtagActivated, m_filterBar, &FilterBar::setHashtag);
    connect(m_dossier, &AccountDossierView::accountActivated, this, &Explorer::openAccount);
    connect(m_dossier, &AccountDossierView::timelineRequested, this,
            [this](const QList<std::int64_t> &ids) { showAccountTweets(ids, m_accountTitle); });
    updateScope();
}

Explorer::~Explorer()
{
    m_pool.waitForDone();
}

void Explorer::setCachePath(const QString &path)
{
    m_cachePath = path;
    m_accountIds.clear();
    m_accountTitle.clear();
    // Campaigns first: setting the path reads the accounts, once.
    m_accounts->setCampaigns(m_campaignModel->selectedCampaignIds());
    m_accounts->setCachePath(path);
    m_dossier->setCachePath(path);
    m_timeline->setCachePath(path);
    m_timeline->setQuery(currentFilter(), currentOrder());
    m_conversation->setCachePath(path);
    m_charts->setCachePath(path);
    m_thumbnails->setCachePath(path);
    m_gallery->setCachePath(path);
    if (m_preview) {
        m_preview->setCachePath(path);
    }
    loadFacets();
    updateScope();
    updateCharts();
}

void Explorer::reload()
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    m_accounts->reload();
    m_timeline->setCachePath(m_cachePath);
    m_timeline->setQuery(currentFilter(), currentOrder());
    loadFacets();
    // New tweets change the numbers: the chart shown is computed again (a hidden one when it shows).
    if (m_charts->isVisible()) {
        m_charts->refresh();
    }
    m_gallery->reload(); // now when shown, else when next shown
}

TweetFilter Explorer::currentFilter() const
{
    TweetFilter filter = m_filterBar->filter();
    filter.campaignIds = m_campaignModel->selectedCampaignIds();
    filter.accountIds = m_accountIds;
    if (!filter.hasLocalTime() && (m_localWeekday > 0 || m_localHour >= 0)) {
        filter.timeZone = m_localTimeZone;
        filter.localWeekday = m_localWeekday;
        filter.localHour = m_localHour;
    }
    return filter;
}

TweetOrder Explorer::currentOrder() const
{
    return m_timeline->order();
}

void Explorer::showSearch(const TweetFilter &filter, TweetOrder order)
{
    m_filterBar->setFilter(filter);
    m_accountIds = filter.accountIds;
    m_accountTitle.clear();
    if (filter.campaignIds != m_campaignModel->selectedCampaignIds()) {
        const QSignalBlocker blocker(m_campaignModel);
        m_campaignModel->setSelectedCampaignIds(filter.campaignIds);
        m_accounts->setCampaigns(m_campaignModel->selectedCampaignIds());
        loadFacets();
    }
    if (m_accountIds.size() >= 1) {
        m_dossier->showAccount(m_accountIds.constFirst());
        m_accounts->selectAccount(m_accountIds.constFirst());
    }
    m_localTimeZone = filter.timeZone;
    m_localWeekday = filter.localWeekday;
    m_localHour = filter.localHour;
    m_timeline->setQuery(currentFilter(), order);
    updateScope();
    updateCharts();
    emit searchChanged(currentFilter(), order);
}

void Explorer::showDrillDown(const TweetFilter &filter)
{
    TweetFilter shown = filter;
    // The drill-down narrows the selection the chart drew: its campaigns stay checked.
    shown.campaignIds = m_campaignModel->selectedCampaignIds();
    const bool otherAccounts = filter.accountIds != m_accountIds;
    if (otherAccounts && filter.accountIds.size() == 1) {
        m_dossier->showAccount(filter.accountIds.constFirst());
        m_accounts->selectAccount(filter.accountIds.constFirst());
        m_accountTitle.clear();
    }
    m_centerTabs->setCurrentWidget(m_timeline);
    showSearch(shown, currentOrder());
}

void Explorer::clearLocalTime()
{
    m_localTimeZone.clear();
    m_localWeekday = 0;
    m_localHour = -1;
    applyFilters();
}

void Explorer::showCharts()
{
    m_centerTabs->setCurrentWidget(m_charts);
}

void Explorer::showGallery()
{
    m_centerTabs->setCurrentWidget(m_gallery);
}

void Explorer::exportChart()
{
    showCharts();
    m_charts->showExportMenu();
}

QString Explorer::selectionName() const
{
    QString name;
    if (!m_accountIds.isEmpty()) {
        if (m_accountTitle.isEmpty()) {
            name = tr("Account %1").arg(m_accountIds.constFirst());
        } else {
            name = m_accountTitle.startsWith(QLatin1Char('@')) ? m_accountTitle
                                                               : QLatin1Char('@') + m_accountTitle;
        }
    } else {
        const QList<std::int64_t> ids = m_campaignModel->selectedCampaignIds();
        QStringList names;
        const QList<CampaignSummary> campaigns = m_campaignModel->campaigns();
        for (const CampaignSummary &campaign : campaigns) {
            if (ids.contains(campaign.id)) {
                names << campaign.name;
            }
        }
        if (ids.isEmpty() || names.isEmpty()) {
            name = tr("All campaigns");
        } else if (names.size() == 1) {
            name = tr("Campaign %1").arg(names.constFirst());
        } else {
            name = tr("Campaigns %1").arg(names.join(tr(", ")));
        }
    }
    const QString search = m_filterBar->filter().search.trimmed();
    if (!search.isEmpty()) {
        name = tr("%1 · search \u201c%2\u201d").arg(name, search);
    }
    return name;
}

void Explorer::updateCharts()
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    ChartSelection selection;
    selection.name = selectionName();
    selection.filter = currentFilter();
    m_charts->setSelection(selection);
    // The gallery shows the media of the same selection (read when it is shown).
    m_gallery->setFilter(selection.filter);
}

void Explorer::openAccount(std::int64_t accountId)
{
    if (accountId <= 0) {
        return;
    }
    m_sideTabs->setCurrentWidget(m_dossier);
    m_dossier->showAccount(accountId);
    m_accounts->selectAccount(accountId);
    QString title;
    const QModelIndex current = m_accounts->view()->currentIndex();
    if (current.isValid() && m_accounts->currentAccountId() == accountId) {
        title = current.siblingAtColumn(0).data().toString();
    }
    showAccountTweets({accountId}, title);
}

void Explorer::openConversation(std::int64_t tweetId)
{
    m_conversation->showConversation(tweetId);
    m_sideTabs->setCurrentWidget(m_conversation);
}

void Explorer::previewMedia(qint64 mediaId)
{
    // A card's or the dossier's file: no list to step through (a gallery list from before would be stale).
    previewMediaIn(mediaId, {});
}

void Explorer::previewMediaIn(qint64 mediaId, const QList<qint64> &list)
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    if (!m_preview) {
        m_preview = new MediaPreview(this); // a window of its own, closed with the explorer
        connect(m_preview, &MediaPreview::tweetRequested, this,
                [this](qint64 tweetId) { openConversation(tweetId); });
        connect(m_preview, &MediaPreview::accountRequested, this,
                [this](qint64 accountId) { openAccount(accountId); });
    }
    m_preview->setCachePath(m_cachePath);
    m_preview->setMediaList(list);
    m_preview->showMedia(mediaId);
}

void Explorer::showAllAccounts()
{
    m_accountIds.clear();
    m_accountTitle.clear();
    applyFilters();
}

void Explorer::showAccountTweets(const QList<std::int64_t> &accountIds, const QString &title)
{
    m_accountIds = accountIds;
    m_accountTitle = title;
    applyFilters();
}

void Explorer::campaignsChanged()
{
    m_accounts->setCampaigns(m_campaignModel->selectedCampaignIds());
    loadFacets();
    applyFilters();
}

void Explorer::applyFilters()
{
    updateScope();
    if (m_cachePath.isEmpty()) {
        return;
    }
    m_timeline->setQuery(currentFilter(), currentOrder());
    updateCharts();
    emit searchChanged(currentFilter(), currentOrder());
}

void Explorer::updateScope()
{
    const TweetFilter filter = currentFilter();
    m_clearLocalTimeButton->setVisible(filter.hasLocalTime());
    // A heatmap cell's weekday and hour are not in the filter bar: the scope line says them.
    QString localTime;
    if (filter.hasLocalTime()) {
        TweetFilter only;
        only.timeZone = filter.timeZone;
        only.localWeekday = filter.localWeekday;
        only.localHour = filter.localHour;
        localTime = tr(" · posted %1").arg(only.describeFilters());
    }
    if (m_accountIds.isEmpty()) {
        m_scopeLabel->setText(tr("Tweets of every account in the checked campaigns") + localTime);
        m_timeline->setTitle(tr("All accounts"));
        m_allAccountsButton->hide();
        return;
    }
    const QString name = m_accountTitle.isEmpty() ? tr("the open account") : m_accountTitle;
    m_scopeLabel->setText((m_accountIds.size() > 1
                               ? tr("Tweets of %1 (both sources of a linked account)").arg(name)
                               : tr("Tweets of %1").arg(name)) +
                          localTime);
    m_timeline->setTitle(name);
    m_allAccountsButton->show();
}

void Explorer::loadFacets()
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    const quint64 generation = ++m_facetGeneration;
    auto *watcher = new QFutureWatcher<Facets>(this);
    connect(watcher, &QFutureWatcher<Facets>::finished, this, [this, watcher, generation] {
        const Facets facets = watcher->result();
        watcher->deleteLater();
        if (generation != m_facetGeneration) {
            return;
        }
        m_filterBar->setLanguages(facets.languages);
        m_filterBar->setClients(facets.clients);
        if (!facets.categories.isEmpty()) {
            m_filterBar->setCategories(facets.categories);
        }
    });
    watcher->setFuture(
        QtConcurrent::run(&m_pool, readFacets, m_cachePath, m_campaignModel->selectedCampaignIds()));
}

void Explorer::confirmLink(const QString &url)
{
    // Links in the archive were written by the operators: the full target is shown before anything opens.
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("confirmLinkBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Open Link?"));
    box.setTextFormat(Qt::PlainText);
    box.setText(
        tr("This link comes from the archive, written by the campaign's operators. It leads to:\n\n%1\n\n"
           "Open it in your web browser?")
            .arg(url));
    QPushButton *open = box.addButton(tr("Open Link"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(tr("Copy Link"), QMessageBox::ActionRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
    } else if (box.clickedButton() == copy) {
        QApplication::clipboard()->setText(url);
    }
}

void Explorer::saveState(ViewState &state) const
{
    state.campaignIds = m_campaignModel->selectedCampaignIds();
    state.accountId = m_dossier->requestedAccountId();
    state.filter = currentFilter();
    state.order = currentOrder();
    state.filtersExpanded = m_filterBar->isExpanded();
    // "<centre view>/<side view>", e.g. "gallery/account".
    const QWidget *centre = m_centerTabs->currentWidget();
    const QString centreName = centre == m_charts    ? QStringLiteral("charts")
                               : centre == m_gallery ? QStringLiteral("gallery")
                                                     : QStringLiteral("timeline");
    state.page = centreName + QLatin1Char('/') +
                 (m_sideTabs->currentIndex() == 0 ? QStringLiteral("account") : QStringLiteral("thread"));
    state.splitters.insert(QStringLiteral("explorer"), m_splitter->saveState());
    state.splitters.insert(QStringLiteral("sources"), m_leftSplitter->saveState());
}

void Explorer::restoreState(const ViewState &state)
{
    m_splitter->restoreState(state.splitters.value(QStringLiteral("explorer")));
    m_leftSplitter->restoreState(state.splitters.value(QStringLiteral("sources")));
    m_filterBar->setExpanded(state.filtersExpanded);
    TweetFilter filter = state.filter;
    filter.campaignIds = state.campaignIds;
    showSearch(filter, state.order);
    if (state.accountId > 0 && filter.accountIds.isEmpty()) {
        m_dossier->showAccount(state.accountId);
    }
    // The views in front (an older Trove saved the side view alone: "account" or "thread").
    for (const QString &part : state.page.split(QLatin1Char('/'))) {
        if (part == QLatin1String("charts")) {
            m_centerTabs->setCurrentWidget(m_charts);
        } else if (part == QLatin1String("gallery")) {
            m_centerTabs->setCurrentWidget(m_gallery);
        } else if (part == QLatin1String("timeline")) {
            m_centerTabs->setCurrentWidget(m_timeline);
        } else if (part == QLatin1String("thread")) {
            m_sideTabs->setCurrentWidget(m_conversation);
        } else if (part == QLatin1String("account")) {
            m_sideTabs->setCurrentWidget(m_dossier);
        }
    }
}

} // namespace trove

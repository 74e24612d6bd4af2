#include "ui/mainwindow.h"

#include "core/db/cachelocation.h"
#include "ui/appsettings.h"
#include "ui/cachesnapshotloader.h"
#include "ui/campaignrenamer.h"
#include "ui/counted.h"
#include "ui/demoarchive.h"
#include "ui/explorer.h"
#include "ui/exportactions.h"
#include "ui/importcontroller.h"
#include "ui/media/mediasettings.h"
#include "ui/models/campaigntablemodel.h"
#include "ui/savedsearches.h"
#include "ui/uilanguage.h"
#include "ui/viewstate.h"
#include "ui/widgets/accountbrowser.h"
#include "ui/widgets/campaignpanel.h"
#include "ui/widgets/filterbar.h"
#include "ui/widgets/importsummarypanel.h"
#include "ui/widgets/savedsearchesmenu.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace trove {

namespace {

QString utcDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new CampaignTableModel(this))
    , m_loader(new CacheSnapshotLoader(&m_pool, this))
    , m_demo(new DemoArchive(&m_pool, this))
    , m_import(new ImportController(this))
    , m_renamer(new CampaignRenamer(&m_pool, this))
    , m_refreshTimer(new QTimer(this))
    , m_savedSearches(new SavedSearches(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Reads are short; two workers let a rename or the demo generator run beside a refresh.
    m_pool.setMaxThreadCount(2);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);

    createActions();
    createWidgets();
    createBrowseMenus();

    connect(m_loader, &CacheSnapshotLoader::loaded, this, &MainWindow::applySnapshot);
    connect(m_demo, &DemoArchive::generationStarted, this, &MainWindow::handleDemoGenerationStarted);
    connect(m_demo, &DemoArchive::progressValueChanged, m_progressBar, &QProgressBar::setValue);
    connect(m_demo, &DemoArchive::progressTextChanged, m_statusLabel, &QLabel::setText);
    connect(m_demo, &DemoArchive::generationFinished, this, &MainWindow::handleDemoGenerationFinished);
    connect(m_demo, &DemoArchive::prepared, this, &MainWindow::importPaths);
    connect(m_demo, &DemoArchive::failed, this, &MainWindow::handleDemoFailed);
    connect(m_model, &CampaignTableModel::renameRequested, this,
            [this](std::int64_t campaignId, const QString &name) {
                m_renamer->rename(m_cachePath, campaignId, name);
            });
    connect(m_renamer, &CampaignRenamer::finished, this, &MainWindow::handleRenameFinished);
    connect(m_import, &ImportController::started, this, &MainWindow::handleImportStarted);
    connect(m_import, &ImportController::progressChanged, this, &MainWindow::handleImportProgress);
    connect(m_import, &ImportController::finished, this, &MainWindow::handleImportFinished);

    resize(1360, 860);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Stop the background work before the members it reports to go away; the importer commits what it
    // has, so the next start resumes it.
    m_demo->cancel();
    m_import->cancel();
    m_import->waitForFinished();
    m_exports->cancel();
    m_exports->waitForFinished();
    m_pool.waitForDone();
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));

    m_importFilesAction =
        new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Import &Files…"), this);
    m_importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFilesAction->setStatusTip(tr("Import archive CSV files or zips into the open cache"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseFiles);

    m_importFolderAction =
        new QAction(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Import F&older…"), this);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setStatusTip(tr("Import every archive file in a folder into the open cache"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_openCacheAction = new QAction(tr("&Open Cache…"), this);
    m_openCacheAction->setObjectName(QStringLiteral("openCacheAction"));
    m_openCacheAction->setShortcut(QKeySequence::Open);
    m_openCacheAction->setStatusTip(tr("Show another Trove cache"));
    connect(m_openCacheAction, &QAction::triggered, this, &MainWindow::chooseCache);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    fileMenu->addAction(m_importFilesAction);
    fileMenu->addAction(m_importFolderAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_openCacheAction);
    fileMenu->addAction(m_refreshAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    auto *toolBar = addToolBar(tr("Import"));
    toolBar->setObjectName(QStringLiteral("importToolBar"));
    toolBar->setAccessibleName(tr("Import tool bar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_importFilesAction);
    toolBar->addAction(m_importFolderAction);
}

void MainWindow::createWidgets()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_syntheticBanner =
        new QLabel(tr("Synthetic demo data — generated by Trove, not a real archive"), central);
    m_syntheticBanner->setObjectName(QStringLiteral("syntheticBanner"));
    m_syntheticBanner->setAccessibleName(tr("Synthetic data notice"));
    m_syntheticBanner->setTextFormat(Qt::PlainText);
    m_syntheticBanner->setWordWrap(true);
    m_syntheticBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b400; border-radius: 4px;"
        " padding: 6px 10px; }"));
    // Bold by its font, not the style sheet: a style sheet's font keeps its size when the zoom changes.
    AppSettings::setRelativeFont(m_syntheticBanner, 1.0);
    m_syntheticBanner->hide();
    layout->addWidget(m_syntheticBanner);

    m_totalsLabel = new QLabel(tr("Reading the cache…"), central);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setAccessibleName(tr("Cache totals"));
    m_totalsLabel->setTextFormat(Qt::PlainText);
    m_totalsLabel->setWordWrap(true);
    AppSettings::setRelativeFont(m_totalsLabel, 1.15);
    layout->addWidget(m_totalsLabel);

    m_cacheLabel = new QLabel(central);
    m_cacheLabel->setObjectName(QStringLiteral("cacheLabel"));
    m_cacheLabel->setAccessibleName(tr("Cache file"));
    m_cacheLabel->setTextFormat(Qt::PlainText);
    m_cacheLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cacheLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_cacheLabel);

    m_summaryPanel = new ImportSummaryPanel(central);
    layout->addWidget(m_summaryPanel);

    m_explorer = new Explorer(m_model, central);
    m_campaignPanel = m_explorer->campaignPanel();
    layout->addWidget(m_explorer, 1);

    setCentralWidget(central);

    m_statusLabel = new QLabel(statusBar());
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Import status"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setMinimumWidth(200);
    m_progressBar = new QProgressBar(statusBar());
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setFixedWidth(220);
    m_progressBar->setFormat(QStringLiteral("%p%"));
    m_cancelButton = new QPushButton(tr("Cancel"), statusBar());
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setAccessibleName(tr("Cancel import"));
    m_cancelButton->setToolTip(tr("Stop the import; importing the same files again resumes it"));
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelWork);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_statusLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
}

void MainWindow::openCache(const QString &path)
{
    m_cachePath = QFileInfo(path).absoluteFilePath();
    m_loader->setCachePath(m_cachePath);
    m_cacheReady = false;
    // Whatever was waiting for the previous cache is not meant for this one.
    m_queuedInputs.clear();
    m_demoRequested = false;
    m_model->setCampaigns({});
    m_totalsLabel->setText(tr("Reading the cache…"));
    m_cacheLabel->setText(tr("Cache: %1").arg(QDir::toNativeSeparators(m_cachePath)));
    m_syntheticBanner->hide();
    updateTitle();
    refresh();
}

bool MainWindow::isImportRunning() const
{
    return m_import->isRunning();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty()) {
        return;
    }
    if (m_cachePath.isEmpty()) {
        openCache(CacheLocation::defaultCachePath());
    }
    for (const QString &path : paths) {
        m_queuedInputs.append(QFileInfo(path).absoluteFilePath());
    }
    m_summaryPanel->hide();
    startQueuedImport();
}

void MainWindow::startDemo()
{
    if (m_cachePath.isEmpty()) {
        openCache(CacheLocation::demoCachePath());
    }
    // Decided once the cache has been read: a demo cache that already holds its campaign opens at once.
    m_demoRequested = true;
    refresh();
}

void MainWindow::refresh()
{
    m_loader->load();
}

void MainWindow::applySnapshot(bool ok, const QString &error, const QList<CampaignSummary> &campaigns)
{
    if (!ok) {
        if (!m_cacheReady) {
            m_totalsLabel->setText(tr("Cannot open the cache."));
            m_queuedInputs.clear();
            m_demoRequested = false;
            m_summaryPanel->showError(tr("Cannot open the cache: %1").arg(error));
        } else {
            statusBar()->showMessage(tr("Cannot read the cache: %1").arg(error), 5000);
        }
        return;
    }
    const bool firstRead = !m_cacheReady;
    m_cacheReady = true;
    m_model->setCampaigns(campaigns);
    if (firstRead) {
        // The cache exists now (the first read creates it): the browser can read it.
        m_explorer->setCachePath(m_cachePath);
        m_exports->setCachePath(m_cachePath);
        if (m_pendingView) {
            // Read by restoreView() before the cache was: applied now that the browser can read it.
            if (m_pendingView->cachePath == m_cachePath) {
                m_explorer->restoreState(*m_pendingView);
            }
            m_pendingView.reset();
        }
    }
    m_campaignPanel->fitColumns();
    updateHeader();
    updateTitle();

    if (m_demoRequested && !m_import->isRunning() && !m_demo->isGenerating()) {
        m_demoRequested = false;
        bool incomplete = false;
        for (const CampaignSummary &campaign : campaigns) {
            incomplete = incomplete || campaign.incompleteFiles > 0;
        }
        // An empty demo cache is filled; one whose import was interrupted is resumed.
        if (campaigns.isEmpty() || incomplete) {
            m_demo->prepare();
        }
    }
    startQueuedImport();
    emit refreshed();
}

void MainWindow::startQueuedImport()
{
    if (!m_cacheReady || m_queuedInputs.isEmpty() || m_import->isRunning() || m_demo->isGenerating()) {
        return;
    }
    ImportOptions options;
    options.cachePath = m_cachePath;
    options.inputs = m_queuedInputs;
    m_queuedInputs.clear();
    m_import->start(options);
}

void MainWindow::handleDemoGenerationStarted()
{
    m_summaryPanel->hide();
    showBusy(tr("Generating the demo archive…"), 1000);
    updateActions();
    updateHeader();
}

void MainWindow::handleDemoGenerationFinished()
{
    hideBusy();
    updateActions();
    updateHeader();
}

void MainWindow::handleDemoFailed(const QString &message)
{
    m_summaryPanel->showError(message);
    startQueuedImport();
}

void MainWindow::handleImportStarted()
{
    m_summaryPanel->hide();
    showBusy(tr("Importing…"), 1000);
    m_model->setImportRunning(true);
    if (m_cacheReady) {
        updateHeader();
    }
    // WAL lets this window read what each checkpoint committed while the importer goes on writing.
    m_refreshTimer->start();
    updateActions();
}

void MainWindow::handleImportProgress(int permille, const QString &text)
{
    m_progressBar->setValue(permille);
    if (!m_import->isCancelling() && !text.isEmpty()) {
        m_statusLabel->setText(text);
    }
}

void MainWindow::handleImportFinished(const ImportSummary &summary)
{
    m_refreshTimer->stop();
    hideBusy();
    m_model->setImportRunning(false);
    m_summaryPanel->showSummary(summary);
    updateActions();
    refresh();
    m_explorer->reload();
    emit importFinished(summary);
    startQueuedImport();
}

void MainWindow::handleRenameFinished(const QString &error)
{
    if (!error.isEmpty()) {
        statusBar()->showMessage(tr("Cannot rename the campaign: %1").arg(error), 8000);
    }
    // Shows the stored name: the new one, or the old one back when the rename failed.
    refresh();
}

void MainWindow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), m_lastDirectory,
        tr("Archive files (*.csv *.zip);;CSV files (*.csv);;Zip archives (*.zip);;All files (*)"));
    if (files.isEmpty()) {
        return;
    }
    m_lastDirectory = QFileInfo(files.first()).absolutePath();
    importPaths(files);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"), m_lastDirectory);
    if (folder.isEmpty()) {
        return;
    }
    m_lastDirectory = folder;
    importPaths({folder});
}

void MainWindow::chooseCache()
{
    const QString start =
        m_cachePath.isEmpty() ? CacheLocation::dataDirectory() : QFileInfo(m_cachePath).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Cache"), start,
                                                      tr("Trove caches (*.trove);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_summaryPanel->hide();
    openCache(path);
}

void MainWindow::showBusy(const QString &text, int maximum)
{
    m_progressBar->setRange(0, maximum);
    m_progressBar->setValue(0);
    m_statusLabel->setText(text);
    m_cancelButton->setEnabled(true);
    m_statusLabel->show();
    m_progressBar->show();
    m_cancelButton->show();
}

void MainWindow::hideBusy()
{
    m_statusLabel->hide();
    m_progressBar->hide();
    m_cancelButton->hide();
}

void MainWindow::cancelWork()
{
    m_queuedInputs.clear();
    m_demoRequested = false;
    m_demo->cancel();
    if (m_import->isRunning()) {
        m_import->cancel();
    }
    if (m_exports->isRunning()) {
        m_exports->cancel();
    }
    m_statusLabel->setText(tr("Cancelling — committing what was imported so far…"));
    m_cancelButton->setEnabled(false);
}

void MainWindow::updateActions()
{
    const bool busy = m_import->isRunning() || m_demo->isGenerating();
    m_openCacheAction->setEnabled(!busy);
    m_importFilesAction->setEnabled(!busy);
    m_importFolderAction->setEnabled(!busy);
}

void MainWindow::updateHeader()
{
    const QList<CampaignSummary> campaigns = m_model->campaigns();
    bool synthetic = false;
    std::int64_t accounts = 0;
    std::int64_t tweets = 0;
    QDateTime first;
    QDateTime last;
    for (const CampaignSummary &campaign : campaigns) {
        synthetic = synthetic || campaign.synthetic;
        accounts += campaign.accounts;
        tweets += campaign.tweets;
        if (campaign.firstTweet.isValid() && (!first.isValid() || campaign.firstTweet < first)) {
            first = campaign.firstTweet;
        }
        if (campaign.lastTweet.isValid() && (!last.isValid() || campaign.lastTweet > last)) {
            last = campaign.lastTweet;
        }
    }
    m_syntheticBanner->setVisible(synthetic);
    if (first.isValid() && last.isValid()) {
        // The date filters start from the days the cache spans.
        m_explorer->filterBar()->setDateRange(first.toUTC().date(), last.toUTC().date());
    }
    if (campaigns.isEmpty() && (m_import->isRunning() || m_demo->isGenerating())) {
        m_totalsLabel->setText(tr("Importing — campaigns appear here as the import commits them."));
        return;
    }
    if (campaigns.isEmpty()) {
        m_totalsLabel->setText(tr("This cache holds no campaigns yet. Use File › Import Files… (Ctrl+I) or "
                                  "Import Folder… to add an "
                                  "archive."));
        return;
    }
    QStringList parts;
    parts << counted(campaigns.size(), tr("1 campaign"), tr("%1 campaigns"))
          << counted(accounts, tr("1 account"), tr("%1 accounts"))
          << counted(tweets, tr("1 tweet"), tr("%1 tweets"));
    if (first.isValid() && last.isValid()) {
        parts << tr("%1 to %2 (UTC)").arg(utcDate(first), utcDate(last));
    }
    m_totalsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::updateTitle()
{
    bool synthetic = false;
    const QList<CampaignSummary> campaigns = m_model->campaigns();
    for (const CampaignSummary &campaign : campaigns) {
        synthetic = synthetic || campaign.synthetic;
    }
    QString title =
        m_cachePath.isEmpty() ? tr("Trove") : tr("%1 — Trove").arg(QFileInfo(m_cachePath).fileName());
    if (synthetic) {
        title = m_cachePath.isEmpty()
                    ? tr("Trove (synthetic demo)")
                    : tr("%1 (synthetic demo) — Trove").arg(QFileInfo(m_cachePath).fileName());
    }
    setWindowTitle(title);
}

} // namespace trove

namespace trove {

void MainWindow::createBrowseMenus()
{
    m_exports = new ExportActions(&m_pool, m_explorer, m_model, this);
    connect(m_exports, &ExportActions::started, this, [this](const QString &text) { showBusy(text, 1000); });
    connect(m_exports, &ExportActions::progressChanged, this, [this](int permille, const QString &text) {
        m_progressBar->setValue(permille);
        m_statusLabel->setText(text);
    });
    connect(m_exports, &ExportActions::finished, this, [this](const QString &message) {
        if (!m_import->isRunning() && !m_demo->isGenerating()) {
            hideBusy();
        }
        statusBar()->showMessage(message, 10000);
    });
    QMenu *fileMenu = menuBar()->actions().constFirst()->menu();
    QAction *beforeQuit = fileMenu->actions().value(fileMenu->actions().size() - 2);
    fileMenu->insertAction(beforeQuit, m_exports->exportTweetsAction());
    fileMenu->insertAction(beforeQuit, m_exports->exportAccountsAction());
    fileMenu->insertAction(beforeQuit, m_exports->exportMediaAction());
    auto *exportChartAction = new QAction(tr("Export C&hart…"), this);
    exportChartAction->setObjectName(QStringLiteral("exportChartAction"));
    connect(exportChartAction, &QAction::triggered, m_explorer, &Explorer::exportChart);
    fileMenu->insertAction(beforeQuit, exportChartAction);
    fileMenu->insertSeparator(beforeQuit);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *findAction = new QAction(tr("&Find Tweets"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_explorer->filterBar(), &FilterBar::focusSearch);
    auto *findAccountAction = new QAction(tr("Find &Account"), this);
    findAccountAction->setObjectName(QStringLiteral("findAccountAction"));
    findAccountAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(findAccountAction, &QAction::triggered, this, [this] {
        m_explorer->accountBrowser()->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_explorer->accountBrowser()->filterEdit()->selectAll();
    });
    auto *allAccountsAction = new QAction(tr("Tweets of All &Accounts"), this);
    allAccountsAction->setObjectName(QStringLiteral("allAccountsAction"));
    connect(allAccountsAction, &QAction::triggered, m_explorer, &Explorer::showAllAccounts);
    viewMenu->addAction(findAction);
    viewMenu->addAction(findAccountAction);
    viewMenu->addAction(allAccountsAction);
    viewMenu->addSeparator();
    viewMenu->addAction(MediaSettings::instance()->createSafeViewAction(this));
    viewMenu->addAction(MediaSettings::instance()->createVeilAllAction(this));
    viewMenu->addAction(MediaSettings::instance()->createDiskLimitAction(this));
    viewMenu->addSeparator();
    AppSettings::instance()->addZoomActions(viewMenu);
    (new UiLanguage(this))->addLanguageMenu(viewMenu);
    // Shortcuts work wherever the focus is in the window, also with the menu bar hidden.
    addActions(viewMenu->actions());

    m_savedSearchesMenu = new SavedSearchesMenu(m_savedSearches, this);
    m_savedSearchesMenu->setTitle(tr("&Searches"));
    m_savedSearchesMenu->setObjectName(QStringLiteral("savedSearchesMenu"));
    menuBar()->addMenu(m_savedSearchesMenu);
    connect(m_explorer, &Explorer::searchChanged, m_savedSearchesMenu, &SavedSearchesMenu::setCurrentSearch);
    connect(m_savedSearchesMenu, &SavedSearchesMenu::runRequested, this,
            [this](const SavedSearch &search) { m_explorer->showSearch(search.filter, search.order); });
}

void MainWindow::restoreView()
{
    const ViewState state = ViewState::load();
    if (!state.windowGeometry.isEmpty()) {
        restoreGeometry(state.windowGeometry);
    }
    if (!state.windowState.isEmpty()) {
        restoreState(state.windowState);
    }
    if (state.cachePath.isEmpty() || state.cachePath != m_cachePath) {
        return;
    }
    if (m_cacheReady) {
        m_explorer->restoreState(state);
    } else {
        m_pendingView = state;
    }
}

void MainWindow::saveView() const
{
    if (m_cachePath.isEmpty()) {
        return;
    }
    ViewState state;
    state.cachePath = m_cachePath;
    m_explorer->saveState(state);
    state.windowGeometry = saveGeometry();
    state.windowState = QMainWindow::saveState();
    state.save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveView();
    QMainWindow::closeEvent(event);
}

} // namespace trove

#include "ui/mainwindow.h"

#include "core/db/cachelocation.h"
#include "core/db/database.h"
#include "core/synth/archivegenerator.h"
#include "ui/importcontroller.h"
#include "ui/models/campaigntablemodel.h"
#include "ui/widgets/rejectreportdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

namespace {

// What one background read of the cache found.
struct CacheSnapshot
{
    bool ok = false;
    QString errorString;
    QList<CampaignSummary> campaigns;
};

// Runs on a worker of the window's pool, with a connection of its own that lives only as long as the task.
CacheSnapshot readCache(const QString &path)
{
    CacheSnapshot snapshot;
    const QFileInfo info(path);
    if (!info.exists()) {
        // A read-only connection cannot create the file or its schema: do that once, read-write.
        QDir().mkpath(info.absolutePath());
        Database creator;
        if (!creator.open(path, Database::Mode::ReadWrite)) {
            snapshot.errorString = creator.errorString();
            return snapshot;
        }
    }
    Database db;
    if (!db.open(path, Database::Mode::ReadOnly)) {
        snapshot.errorString = db.errorString();
        return snapshot;
    }
    snapshot.campaigns = CacheSummary::campaigns(db, &snapshot.errorString);
    snapshot.ok = snapshot.errorString.isEmpty();
    return snapshot;
}

constexpr std::int64_t DemoTweets = 30000;

void generateDemo(QPromise<GeneratorResult> &promise, const QString &target)
{
    // Generated next to the target and renamed at the end, so that an interrupted run never leaves a
    // half-written archive that a later start would take for the demo.
    const QString partial = target + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    QDir().mkpath(partial);

    GeneratorOptions options;
    options.outputDirectory = partial;
    options.campaign = QStringLiteral("synthetic-demo");
    options.tweets = DemoTweets;
    options.accounts = 300;
    options.parts = 2;
    options.zip = true;
    options.seed = 2018;

    promise.setProgressRange(0, 1000);
    int reported = -1;
    GeneratorResult result = ArchiveGenerator::generate(options, [&](std::int64_t written) {
        const int permille = int(written * 1000 / DemoTweets);
        if (permille != reported) {
            reported = permille;
            promise.setProgressValueAndText(
                permille, MainWindow::tr("Generating the demo archive — %1 tweets").arg(written));
        }
        return !promise.isCanceled();
    });
    if (promise.isCanceled()) {
        QDir(partial).removeRecursively();
        return;
    }
    if (result.ok) {
        QDir(target).removeRecursively();
        if (!QDir().rename(partial, target)) {
            result.ok = false;
            result.errorString = MainWindow::tr("cannot move the demo archive to %1").arg(target);
        } else {
            for (QString &file : result.files) {
                file = QDir(target).filePath(QFileInfo(file).fileName());
            }
        }
    }
    promise.addResult(result);
}

// The demo archive's inputs: the zips (or CSVs) in its folder, leaving out the README.
QStringList demoInputs(const QString &directory)
{
    QStringList inputs;
    const QDir dir(directory);
    const QStringList names =
        dir.entryList({QStringLiteral("*.zip"), QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        inputs.append(dir.filePath(name));
    }
    return inputs;
}

QLocale numberLocale()
{
    // The C locale omits group separators by default; counts in the millions need them.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

// "1 tweet" / "12,345 tweets": both forms come translated, so languages with other plural rules can
// still say it properly in the second one.
QString counted(std::int64_t count, const QString &one, const QString &many)
{
    if (count == 1) {
        return one;
    }
    return many.arg(numberLocale().toString(qlonglong(count)));
}

QString utcDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new CampaignTableModel(this))
    , m_import(new ImportController(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Reads are short; two workers let a rename or the demo generator run beside a refresh.
    m_pool.setMaxThreadCount(2);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refresh);

    createActions();
    createWidgets();

    connect(m_model, &CampaignTableModel::renameRequested, this, &MainWindow::renameCampaign);
    connect(m_import, &ImportController::started, this, &MainWindow::handleImportStarted);
    connect(m_import, &ImportController::progressChanged, this, &MainWindow::handleImportProgress);
    connect(m_import, &ImportController::finished, this, &MainWindow::handleImportFinished);

    resize(1040, 600);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Stop the background work before the members it reports to go away; the importer commits what it
    // has, so the next start resumes it.
    if (m_generationWatcher) {
        m_generationWatcher->cancel();
    }
    m_import->cancel();
    m_import->waitForFinished();
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
        " padding: 6px 10px; font-weight: bold; }"));
    m_syntheticBanner->hide();
    layout->addWidget(m_syntheticBanner);

    m_totalsLabel = new QLabel(tr("Reading the cache…"), central);
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setAccessibleName(tr("Cache totals"));
    m_totalsLabel->setTextFormat(Qt::PlainText);
    m_totalsLabel->setWordWrap(true);
    QFont totalsFont = m_totalsLabel->font();
    totalsFont.setPointSizeF(totalsFont.pointSizeF() * 1.15);
    totalsFont.setBold(true);
    m_totalsLabel->setFont(totalsFont);
    layout->addWidget(m_totalsLabel);

    m_cacheLabel = new QLabel(central);
    m_cacheLabel->setObjectName(QStringLiteral("cacheLabel"));
    m_cacheLabel->setAccessibleName(tr("Cache file"));
    m_cacheLabel->setTextFormat(Qt::PlainText);
    m_cacheLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cacheLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_cacheLabel);

    m_summaryPanel = new QFrame(central);
    m_summaryPanel->setObjectName(QStringLiteral("importSummaryPanel"));
    m_summaryPanel->setAccessibleName(tr("Import summary"));
    m_summaryPanel->setFrameShape(QFrame::StyledPanel);
    m_summaryPanel->setAutoFillBackground(true);
    m_summaryPanel->setBackgroundRole(QPalette::AlternateBase);
    auto *summaryLayout = new QHBoxLayout(m_summaryPanel);
    auto *summaryText = new QVBoxLayout;
    m_summaryLabel = new QLabel(m_summaryPanel);
    m_summaryLabel->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summaryLabel->setAccessibleName(tr("Import result"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messagesLabel = new QLabel(m_summaryPanel);
    m_messagesLabel->setObjectName(QStringLiteral("importMessagesLabel"));
    m_messagesLabel->setAccessibleName(tr("Import messages"));
    m_messagesLabel->setTextFormat(Qt::PlainText);
    m_messagesLabel->setWordWrap(true);
    m_messagesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryText->addWidget(m_summaryLabel);
    summaryText->addWidget(m_messagesLabel);
    summaryLayout->addLayout(summaryText, 1);
    m_rejectReportButton = new QPushButton(tr("View &Reject Report"), m_summaryPanel);
    m_rejectReportButton->setObjectName(QStringLiteral("viewRejectReportButton"));
    m_rejectReportButton->setAccessibleName(tr("View reject report"));
    connect(m_rejectReportButton, &QPushButton::clicked, this, &MainWindow::openRejectReport);
    summaryLayout->addWidget(m_rejectReportButton, 0, Qt::AlignTop);
    m_dismissSummaryButton = new QPushButton(tr("&Dismiss"), m_summaryPanel);
    m_dismissSummaryButton->setObjectName(QStringLiteral("dismissSummaryButton"));
    m_dismissSummaryButton->setAccessibleName(tr("Dismiss import summary"));
    connect(m_dismissSummaryButton, &QPushButton::clicked, m_summaryPanel, &QWidget::hide);
    summaryLayout->addWidget(m_dismissSummaryButton, 0, Qt::AlignTop);
    m_summaryPanel->hide();
    layout->addWidget(m_summaryPanel);

    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaigns"));
    m_table->setToolTip(tr("Double-click a name (or press F2) to rename a campaign"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    layout->addWidget(m_table, 1);

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
    ++m_generation;
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
    if (m_cachePath.isEmpty()) {
        return;
    }
    if (m_refreshRunning) {
        m_refreshAgain = true;
        return;
    }
    m_refreshRunning = true;
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<CacheSnapshot>(this);
    connect(watcher, &QFutureWatcher<CacheSnapshot>::finished, this, [this, watcher, generation] {
        const CacheSnapshot snapshot = watcher->result();
        watcher->deleteLater();
        m_refreshRunning = false;
        // A result for a cache that is no longer shown is dropped.
        if (generation == m_generation) {
            applySnapshot(snapshot.ok, snapshot.errorString, snapshot.campaigns);
        }
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, readCache, m_cachePath));
}

void MainWindow::applySnapshot(bool ok, const QString &error, const QList<CampaignSummary> &campaigns)
{
    if (!ok) {
        if (!m_cacheReady) {
            m_totalsLabel->setText(tr("Cannot open the cache."));
            m_queuedInputs.clear();
            m_demoRequested = false;
            showError(tr("Cannot open the cache: %1").arg(error));
        } else {
            statusBar()->showMessage(tr("Cannot read the cache: %1").arg(error), 5000);
        }
        return;
    }
    m_cacheReady = true;
    m_model->setCampaigns(campaigns);
    fitColumns();
    updateHeader();
    updateTitle();

    if (m_demoRequested && !m_import->isRunning() && !m_generatingDemo) {
        m_demoRequested = false;
        bool incomplete = false;
        for (const CampaignSummary &campaign : campaigns) {
            incomplete = incomplete || campaign.incompleteFiles > 0;
        }
        // An empty demo cache is filled; one whose import was interrupted is resumed.
        if (campaigns.isEmpty() || incomplete) {
            const QStringList inputs = demoInputs(CacheLocation::demoArchiveDirectory());
            if (inputs.isEmpty()) {
                generateDemoArchive();
            } else {
                importPaths(inputs);
            }
        }
    }
    startQueuedImport();
    emit refreshed();
}

void MainWindow::startQueuedImport()
{
    if (!m_cacheReady || m_queuedInputs.isEmpty() || m_import->isRunning() || m_generatingDemo) {
        return;
    }
    ImportOptions options;
    options.cachePath = m_cachePath;
    options.inputs = m_queuedInputs;
    m_queuedInputs.clear();
    m_import->start(options);
}

void MainWindow::generateDemoArchive()
{
    m_generatingDemo = true;
    m_summaryPanel->hide();
    showBusy(tr("Generating the demo archive…"), 1000);
    updateActions();
    updateHeader();

    auto *watcher = new QFutureWatcher<GeneratorResult>(this);
    m_generationWatcher = watcher;
    connect(watcher, &QFutureWatcher<GeneratorResult>::progressValueChanged, m_progressBar,
            &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<GeneratorResult>::progressTextChanged, m_statusLabel, &QLabel::setText);
    connect(watcher, &QFutureWatcher<GeneratorResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_generationWatcher = nullptr;
        m_generatingDemo = false;
        hideBusy();
        updateActions();
        updateHeader();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            showError(tr("The demo archive was not generated (cancelled). Import your own archive, or "
                         "start Trove again to retry."));
            startQueuedImport();
            return;
        }
        const GeneratorResult result = watcher->result();
        if (!result.ok) {
            showError(tr("Cannot generate the demo archive: %1").arg(result.errorString));
            startQueuedImport();
            return;
        }
        importPaths(result.files);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, generateDemo, CacheLocation::demoArchiveDirectory()));
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
    showSummary(summary);
    updateActions();
    refresh();
    emit importFinished(summary);
    startQueuedImport();
}

void MainWindow::showSummary(const ImportSummary &summary)
{
    QStringList parts;
    if (!summary.ok) {
        parts << tr("Import failed: %1").arg(summary.errorString);
    } else if (summary.cancelled) {
        if (summary.tweetsAdded > 0) {
            parts << tr("Import cancelled after %1")
                         .arg(counted(summary.tweetsAdded, tr("1 tweet"), tr("%1 tweets")));
        } else {
            parts << tr("Import cancelled");
        }
        parts << tr("what was imported stays in the cache; import the same files again to resume");
    } else {
        const QString tweets = counted(summary.tweetsAdded, tr("1 tweet"), tr("%1 tweets"));
        const QString files = counted(summary.filesImported, tr("1 file"), tr("%1 files"));
        if (summary.filesImported > 0 || summary.tweetsAdded > 0) {
            parts << tr("Imported %1 from %2").arg(tweets, files);
        } else {
            parts << tr("Nothing new imported");
        }
    }
    if (summary.ok) {
        if (summary.duplicates > 0) {
            parts << counted(summary.duplicates, tr("1 duplicate skipped"), tr("%1 duplicates skipped"));
        }
        if (summary.accountsAdded > 0) {
            parts << counted(summary.accountsAdded, tr("1 new account"), tr("%1 new accounts"));
        }
        if (summary.rejected > 0) {
            parts << counted(summary.rejected, tr("1 record rejected"), tr("%1 records rejected"));
        }
        if (summary.repaired > 0) {
            parts << counted(summary.repaired, tr("1 record repaired"), tr("%1 records repaired"));
        }
        if (summary.filesResumed > 0) {
            parts << counted(summary.filesResumed, tr("1 file resumed"), tr("%1 files resumed"));
        }
        if (summary.filesAlreadyImported > 0) {
            parts << counted(summary.filesAlreadyImported, tr("1 file was already imported"),
                             tr("%1 files were already imported"));
        }
        if (summary.filesFailed > 0) {
            parts << counted(summary.filesFailed, tr("1 file failed"), tr("%1 files failed"));
        }
    }
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));

    constexpr int MaxMessages = 20;
    QStringList messages = summary.messages.mid(0, MaxMessages);
    if (summary.messages.size() > MaxMessages) {
        messages << tr("… and %1 more (see the reject report)").arg(summary.messages.size() - MaxMessages);
    }
    m_messagesLabel->setText(messages.join(QLatin1Char('\n')));
    m_messagesLabel->setVisible(!messages.isEmpty());

    m_rejectReportPath = summary.rejectReportPath;
    const bool hasReport = !m_rejectReportPath.isEmpty() && QFileInfo::exists(m_rejectReportPath) &&
                           (summary.rejected > 0 || summary.repaired > 0 || summary.cancelled);
    m_rejectReportButton->setVisible(hasReport);
    m_summaryPanel->show();
}

void MainWindow::showError(const QString &text)
{
    m_summaryLabel->setText(text);
    m_messagesLabel->hide();
    m_rejectReportButton->hide();
    m_summaryPanel->show();
}

void MainWindow::renameCampaign(std::int64_t campaignId, const QString &name)
{
    const QString path = m_cachePath;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Cannot rename the campaign: %1").arg(error), 8000);
        }
        // Shows the stored name: the new one, or the old one back when the rename failed.
        refresh();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, campaignId, name] {
        Database db;
        if (!db.open(path, Database::Mode::ReadWrite)) {
            return db.errorString();
        }
        QString error;
        CacheSummary::renameCampaign(db, campaignId, name, &error);
        return error;
    }));
}

void MainWindow::openRejectReport()
{
    if (m_rejectReportPath.isEmpty()) {
        return;
    }
    auto *dialog = new RejectReportDialog(m_rejectReportPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
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
    if (m_generationWatcher) {
        m_generationWatcher->cancel();
    }
    if (m_import->isRunning()) {
        m_import->cancel();
    }
    m_statusLabel->setText(tr("Cancelling — committing what was imported so far…"));
    m_cancelButton->setEnabled(false);
}

void MainWindow::updateActions()
{
    const bool busy = m_import->isRunning() || m_generatingDemo;
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
    if (campaigns.isEmpty() && (m_import->isRunning() || m_generatingDemo)) {
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

void MainWindow::fitColumns()
{
    // Columns grow to fit names and counts as they change (an import makes them longer) but never shrink,
    // so that a width the user chose survives the refreshes.
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public here, protected in QTableView
    for (int column = 0; column < CampaignTableModel::StatusColumn; ++column) {
        const int wanted = qMax(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        if (wanted > m_table->columnWidth(column)) {
            m_table->setColumnWidth(column, wanted);
        }
    }
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

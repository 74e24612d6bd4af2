#pragma once

#include "core/import/importtypes.h"
#include "core/query/cachesummary.h"
#include "ui/viewstate.h"

#include <QMainWindow>
#include <QStringList>
#include <QThreadPool>

#include <cstdint>
#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace trove {

class CacheSnapshotLoader;
class CampaignPanel;
class CampaignRenamer;
class Explorer;
class ExportActions;
class SavedSearches;
class SavedSearchesMenu;
class CampaignTableModel;
class DemoArchive;
class ImportController;
class ImportSummaryPanel;

/**
 * The main window: what a cache holds (totals and one row per campaign), imports with progress and a
 * summary, and the synthetic demo. It builds the widgets and actions and wires the jobs together; the
 * jobs live in their own classes: CacheSnapshotLoader reads the cache, DemoArchive generates the demo,
 * ImportController imports, ImportSummaryPanel shows the result and CampaignRenamer renames. Every
 * database read or write runs on a worker of the window's pool, never on the GUI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Shows the cache at @p path, creating it when missing. */
    void openCache(const QString &path);
    QString cachePath() const { return m_cachePath; }
    bool isImportRunning() const;
    Explorer *explorer() const { return m_explorer; }
    /** File › Export Tweets…, Accounts… and Media… (what they export is the explorer's selection). */
    ExportActions *exports() const { return m_exports; }

    /**
     * Restores the window's layout and, when the open cache is the one the last session showed, its view
     * (campaigns, account, search, filters, order). Call after openCache().
     */
    void restoreView();
    /** Saves what restoreView() restores (done when the window closes). */
    void saveView() const;

public slots:
    /** Imports CSV files, zips or folders into the open cache (the default cache when none is open). */
    void importPaths(const QStringList &paths);
    /**
     * Fills the open (demo) cache with the synthetic demo archive: generates the archive in the background
     * the first time, then imports it, unless the cache already holds campaigns.
     */
    void startDemo();
    /** Reads the cache's figures again (in the background). */
    void refresh();

signals:
    /** A refresh of the shown cache has been applied to the window. */
    void refreshed();
    void importFinished(const trove::ImportSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createBrowseMenus();
    void createWidgets();
    void chooseFiles();
    void chooseFolder();
    void chooseCache();
    void applySnapshot(bool ok, const QString &error, const QList<CampaignSummary> &campaigns);
    void startQueuedImport();
    void handleDemoGenerationStarted();
    void handleDemoGenerationFinished();
    void handleDemoFailed(const QString &message);
    void handleImportStarted();
    void handleImportProgress(int permille, const QString &text);
    void handleImportFinished(const ImportSummary &summary);
    void handleRenameFinished(const QString &error);
    void showBusy(const QString &text, int maximum);
    void hideBusy();
    void cancelWork();
    void updateActions();
    void updateHeader();
    void updateTitle();

    QThreadPool m_pool;
    QString m_cachePath;
    bool m_cacheReady = false;  // the shown cache has been opened (and created) once
    QStringList m_queuedInputs; // an import waiting for the cache to be ready or the current one to end
    bool m_demoRequested = false;
    QString m_lastDirectory;

    CampaignTableModel *m_model = nullptr;
    CacheSnapshotLoader *m_loader = nullptr;
    DemoArchive *m_demo = nullptr;
    ImportController *m_import = nullptr;
    CampaignRenamer *m_renamer = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_openCacheAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;

    QLabel *m_syntheticBanner = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_cacheLabel = nullptr;
    ImportSummaryPanel *m_summaryPanel = nullptr;
    CampaignPanel *m_campaignPanel = nullptr;
    Explorer *m_explorer = nullptr;
    ExportActions *m_exports = nullptr;
    SavedSearches *m_savedSearches = nullptr;
    SavedSearchesMenu *m_savedSearchesMenu = nullptr;
    std::optional<ViewState> m_pendingView; // the saved view, waiting for the cache's first read
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace trove

#pragma once

#include "core/import/importtypes.h"
#include "core/query/cachesummary.h"

#include <QMainWindow>
#include <QStringList>
#include <QThreadPool>

#include <cstdint>

class QAction;
class QFrame;
class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace trove {

class CampaignTableModel;
class ImportController;

/**
 * The main window: what a cache holds (totals and one row per campaign), imports with progress and a
 * summary, and the synthetic demo. Every database read runs on a worker of its own pool with its own
 * read-only connection; results come back through QFutureWatcher and a generation counter drops those
 * of a cache that is no longer shown.
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

private:
    void createActions();
    void createWidgets();
    void chooseFiles();
    void chooseFolder();
    void chooseCache();
    void applySnapshot(bool ok, const QString &error, const QList<CampaignSummary> &campaigns);
    void startQueuedImport();
    void generateDemoArchive();
    void handleImportStarted();
    void handleImportProgress(int permille, const QString &text);
    void handleImportFinished(const ImportSummary &summary);
    void showSummary(const ImportSummary &summary);
    void showError(const QString &text);
    void renameCampaign(std::int64_t campaignId, const QString &name);
    void openRejectReport();
    void showBusy(const QString &text, int maximum);
    void hideBusy();
    void cancelWork();
    void updateActions();
    void updateHeader();
    void updateTitle();
    void fitColumns();

    QThreadPool m_pool;
    QString m_cachePath;
    quint64 m_generation = 0;
    bool m_cacheReady = false; // the shown cache has been opened (and created) once
    bool m_refreshRunning = false;
    bool m_refreshAgain = false;
    QStringList m_queuedInputs; // an import waiting for the cache to be ready or the current one to end
    bool m_demoRequested = false;
    bool m_generatingDemo = false;
    QFutureWatcherBase *m_generationWatcher = nullptr;
    QString m_lastDirectory;
    QString m_rejectReportPath;

    CampaignTableModel *m_model = nullptr;
    ImportController *m_import = nullptr;
    QTimer *m_refreshTimer = nullptr;

    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_openCacheAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_quitAction = nullptr;

    QLabel *m_syntheticBanner = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QLabel *m_cacheLabel = nullptr;
    QFrame *m_summaryPanel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_messagesLabel = nullptr;
    QPushButton *m_rejectReportButton = nullptr;
    QPushButton *m_dismissSummaryButton = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace trove

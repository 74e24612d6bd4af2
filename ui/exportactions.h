#pragma once

#include <QObject>
#include <QString>

class QAction;
class QThreadPool;
class QWidget;

namespace trove {

class CampaignTableModel;
class Explorer;
class ExportController;
struct ExportResult;

/**
 * File › Export Tweets…, Export Accounts… and Export Media…: asks where to and in which form (CSV for
 * analysis tools, CSV for spreadsheets, JSON with metadata; a folder for media), then exports what the
 * explorer shows, the tweets of its current list, the accounts as the browser filters and sorts them, or
 * the media files of its tweets (and of its accounts' profiles) with a manifest, in the background
 * (ExportController). The window shows the progress it reports and its Cancel button calls cancel().
 */
class ExportActions : public QObject
{
    Q_OBJECT

public:
    /** Exports on @p pool; dialogs are parented to @p window. */
    ExportActions(QThreadPool *pool, Explorer *explorer, CampaignTableModel *campaigns, QWidget *window);
    ~ExportActions() override;

    QAction *exportTweetsAction() const { return m_tweetsAction; }
    QAction *exportAccountsAction() const { return m_accountsAction; }
    /** File › Export Media…: the media files of the explorer's selection, with a manifest, into a folder. */
    QAction *exportMediaAction() const { return m_mediaAction; }
    /** Exports the media of the explorer's current selection into @p folder (what the action does after
     * asking); false while another export runs or no cache is open. */
    bool exportMediaTo(const QString &folder);

    /** The cache exported from; empty while no cache has been read (the actions do nothing then). */
    void setCachePath(const QString &path) { m_cachePath = path; }
    bool isRunning() const;
    void cancel();
    /** Blocks until a running export has ended (on shutdown). */
    void waitForFinished();

signals:
    void started(const QString &text);
    void progressChanged(int permille, const QString &text);
    /** An export ended; @p message says how (a failure has also been shown in a message box). */
    void finished(const QString &message);

private:
    void chooseTweetExport();
    void chooseAccountExport();
    void chooseMediaExport();
    void setActionsEnabled(bool enabled);
    void handleFinished(const ExportResult &result);
    QString askForPath(const QString &title, const QString &defaultName, int *format, bool *spreadsheet);

    ExportController *m_controller = nullptr;
    Explorer *m_explorer = nullptr;
    CampaignTableModel *m_campaigns = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_tweetsAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_mediaAction = nullptr;
    QString m_cachePath;
    QString m_lastDirectory;
    bool m_mediaRunning = false; ///< the running export is a media export
};

} // namespace trove

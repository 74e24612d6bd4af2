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
 * File › Export Tweets… and Export Accounts…: asks where to and in which form (CSV for analysis tools,
 * CSV for spreadsheets, JSON with metadata), then exports what the explorer shows, the tweets of its
 * current list or the accounts as the browser filters and sorts them, in the background (ExportController).
 * The window shows the progress it reports and its Cancel button calls cancel().
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
    void handleFinished(const ExportResult &result);
    QString askForPath(const QString &title, const QString &defaultName, int *format, bool *spreadsheet);

    ExportController *m_controller = nullptr;
    Explorer *m_explorer = nullptr;
    CampaignTableModel *m_campaigns = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_tweetsAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QString m_cachePath;
    QString m_lastDirectory;
};

} // namespace trove

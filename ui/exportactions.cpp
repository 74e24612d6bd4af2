#include "ui/exportactions.h"

#include "ui/explorer.h"
#include "ui/exportcontroller.h"
#include "ui/models/accountfilterproxy.h"
#include "ui/models/accounttablemodel.h"
#include "ui/models/campaigntablemodel.h"
#include "ui/widgets/accountbrowser.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

namespace trove {

ExportActions::ExportActions(QThreadPool *pool, Explorer *explorer, CampaignTableModel *campaigns,
                             QWidget *window)
    : QObject(window)
    , m_controller(new ExportController(pool, this))
    , m_explorer(explorer)
    , m_campaigns(campaigns)
    , m_window(window)
{
    m_tweetsAction = new QAction(tr("Export &Tweets…"), this);
    m_tweetsAction->setObjectName(QStringLiteral("exportTweetsAction"));
    m_tweetsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_tweetsAction->setStatusTip(tr("Write the tweets the timeline shows to a CSV or JSON file"));
    connect(m_tweetsAction, &QAction::triggered, this, &ExportActions::chooseTweetExport);
    m_accountsAction = new QAction(tr("Export &Accounts…"), this);
    m_accountsAction->setObjectName(QStringLiteral("exportAccountsAction"));
    m_accountsAction->setStatusTip(tr("Write the accounts the browser shows to a CSV or JSON file"));
    connect(m_accountsAction, &QAction::triggered, this, &ExportActions::chooseAccountExport);
    m_mediaAction = new QAction(tr("Export &Media…"), this);
    m_mediaAction->setObjectName(QStringLiteral("exportMediaAction"));
    m_mediaAction->setStatusTip(
        tr("Copy the media files of the tweets the timeline shows into a folder, with a manifest"));
    connect(m_mediaAction, &QAction::triggered, this, &ExportActions::chooseMediaExport);

    connect(m_controller, &ExportController::started, this, [this](const QString &path) {
        setActionsEnabled(false);
        emit started(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_controller, &ExportController::progressChanged, this, [this](qint64 done, qint64 total) {
        emit progressChanged(total > 0 ? int(done * 1000 / total) : 0,
                             tr("Exporting… %1 written").arg(QLocale().toString(done)));
    });
    connect(m_controller, &ExportController::finished, this, &ExportActions::handleFinished);
}

ExportActions::~ExportActions()
{
    m_controller->cancel();
    m_controller->waitForFinished();
}

bool ExportActions::isRunning() const
{
    return m_controller->isRunning();
}

void ExportActions::cancel()
{
    m_controller->cancel();
}

void ExportActions::waitForFinished()
{
    m_controller->waitForFinished();
}

QString ExportActions::askForPath(const QString &title, const QString &defaultName, int *format,
                                  bool *spreadsheet)
{
    const QString analysis = tr("CSV for pandas, R… (*.csv)");
    const QString sheets = tr("CSV for spreadsheets (*.csv)");
    const QString json = tr("JSON with metadata (*.json)");
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        m_window, title, QDir(m_lastDirectory).filePath(defaultName),
        QStringList{analysis, sheets, json}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty()) {
        return {};
    }
    // The form follows the filter chosen, else the file's extension; the extension follows the form.
    const bool isJson = selected == json ||
                        (selected.isEmpty() && path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive));
    const QString extension = isJson ? QStringLiteral(".json") : QStringLiteral(".csv");
    if (!path.endsWith(extension, Qt::CaseInsensitive)) {
        path += extension;
    }
    *format = int(isJson ? ExportFormat::Json : ExportFormat::Csv);
    *spreadsheet = selected == sheets;
    m_lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

void ExportActions::chooseTweetExport()
{
    if (m_controller->isRunning() || m_cachePath.isEmpty()) {
        return;
    }
    int format = 0;
    bool spreadsheet = false;
    const QString path = askForPath(tr("Export Tweets"), QStringLiteral("tweets.csv"), &format, &spreadsheet);
    if (path.isEmpty()) {
        return;
    }
    TweetExportOptions options;
    options.format = ExportFormat(format);
    options.csvDialect = spreadsheet ? CsvDialect::Spreadsheet : CsvDialect::Standard;
    options.outputPath = path;
    options.filter = m_explorer->currentFilter();
    options.order = m_explorer->currentOrder();
    m_controller->exportTweets(m_cachePath, options);
}

void ExportActions::chooseAccountExport()
{
    if (m_controller->isRunning() || m_cachePath.isEmpty()) {
        return;
    }
    int format = 0;
    bool spreadsheet = false;
    const QString path =
        askForPath(tr("Export Accounts"), QStringLiteral("accounts.csv"), &format, &spreadsheet);
    if (path.isEmpty()) {
        return;
    }
    AccountExportOptions options;
    options.format = ExportFormat(format);
    options.csvDialect = spreadsheet ? CsvDialect::Spreadsheet : CsvDialect::Standard;
    options.outputPath = path;
    options.cachePath = m_cachePath;
    const QList<std::int64_t> selectedIds = m_campaigns->selectedCampaignIds();
    for (const CampaignSummary &campaign : m_campaigns->campaigns()) {
        if (selectedIds.isEmpty() || selectedIds.contains(campaign.id)) {
            options.campaigns << campaign.name;
        }
    }
    AccountBrowser *browser = m_explorer->accountBrowser();
    options.description =
        browser->filterText().isEmpty()
            ? browser->countText()
            : tr("%1, filtered by \u201c%2\u201d").arg(browser->countText(), browser->filterText());
    // The rows as the browser shows them: filtered and sorted.
    QList<AccountRecord> accounts;
    const AccountFilterProxy *proxy = browser->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        accounts.append(browser->model()->accountAt(proxy->mapToSource(proxy->index(row, 0)).row()));
    }
    m_controller->exportAccounts(accounts, options);
}

void ExportActions::setActionsEnabled(bool enabled)
{
    m_tweetsAction->setEnabled(enabled);
    m_accountsAction->setEnabled(enabled);
    m_mediaAction->setEnabled(enabled);
}

void ExportActions::chooseMediaExport()
{
    if (m_controller->isRunning() || m_cachePath.isEmpty()) {
        return;
    }
    const QString folder =
        QFileDialog::getExistingDirectory(m_window, tr("Export Media to Folder"), m_lastDirectory);
    if (folder.isEmpty()) {
        return;
    }
    m_lastDirectory = folder;
    exportMediaTo(folder);
}

bool ExportActions::exportMediaTo(const QString &folder)
{
    if (m_controller->isRunning() || m_cachePath.isEmpty()) {
        return false;
    }
    MediaExportOptions options;
    options.outputDirectory = folder;
    options.filter = m_explorer->currentFilter();
    m_mediaRunning = m_controller->exportMedia(m_cachePath, options);
    return m_mediaRunning;
}

void ExportActions::handleFinished(const ExportResult &result)
{
    setActionsEnabled(true);
    const bool media = m_mediaRunning;
    m_mediaRunning = false;
    const QString folder = QDir::toNativeSeparators(QFileInfo(result.outputPath).absolutePath());
    const QString manifest = QFileInfo(result.outputPath).fileName();
    if (media && result.ok) {
        emit finished(result.failed > 0
                          ? tr("Exported %1 media files to %2; %3 could not be read (see %4)")
                                .arg(QLocale().toString(qlonglong(result.written)), folder,
                                     QLocale().toString(qlonglong(result.failed)), manifest)
                          : tr("Exported %1 media files to %2 (listed in %3)")
                                .arg(QLocale().toString(qlonglong(result.written)), folder, manifest));
    } else if (media && result.cancelled) {
        emit finished(
            tr("Media export cancelled; files copied so far stay in %1, without a manifest.").arg(folder));
    } else if (result.ok) {
        emit finished(tr("Exported %1 rows to %2")
                          .arg(QLocale().toString(qlonglong(result.written)),
                               QDir::toNativeSeparators(result.outputPath)));
    } else if (result.cancelled) {
        emit finished(tr("Export cancelled; no file was written."));
    } else {
        const QString message = tr("Could not export to %1:\n%2")
                                    .arg(QDir::toNativeSeparators(result.outputPath), result.errorString);
        QMessageBox::warning(m_window, tr("Export Failed"), message);
        emit finished(message);
    }
}

} // namespace trove

#include "ui/importcontroller.h"

#include "core/import/importer.h"

namespace trove {

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::progressValueChanged, this, [this](int value) {
        m_permille = value;
        emit progressChanged(m_permille, m_text);
    });
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::progressTextChanged, this,
            [this](const QString &text) {
                m_text = text;
                emit progressChanged(m_permille, m_text);
            });
    connect(&m_watcher, &QFutureWatcher<ImportSummary>::finished, this, &ImportController::handleFinished);
}

ImportController::~ImportController()
{
    // The importer must not outlive the window that shows it: stop it and let it commit.
    if (m_running) {
        m_cancelFlag->store(true);
        m_watcher.waitForFinished();
    }
}

bool ImportController::start(const ImportOptions &options)
{
    if (m_running) {
        return false;
    }
    m_options = options;
    m_permille = 0;
    m_text.clear();
    m_running = true;
    m_cancelling = false;
    // A fresh flag per run: a late cancel of the previous run cannot reach this one.
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    // The watcher is connected in the constructor, before setFuture, so no signal is lost.
    m_watcher.setFuture(Importer::start(options, m_cancelFlag));
    emit started();
    return true;
}

void ImportController::cancel()
{
    if (!m_running || m_cancelling) {
        return;
    }
    m_cancelling = true;
    // Not QFuture::cancel(): that would drop the summary the importer still delivers.
    m_cancelFlag->store(true);
}

void ImportController::waitForFinished()
{
    if (m_running) {
        m_watcher.waitForFinished();
    }
}

void ImportController::handleFinished()
{
    if (!m_running) {
        return;
    }
    const QFuture<ImportSummary> future = m_watcher.future();
    ImportSummary summary;
    if (future.resultCount() > 0) {
        summary = future.result();
    } else {
        // No summary came (the task was dropped from the pool before it ran): nothing was imported.
        summary.ok = false;
        summary.errorString = tr("the import did not run");
    }
    m_running = false;
    m_cancelling = false;
    emit finished(summary);
}

} // namespace trove

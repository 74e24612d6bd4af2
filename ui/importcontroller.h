#pragma once

#include "core/import/importtypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThreadPool;

namespace trove {

/**
 * Runs one import at a time in the background (Importer::start) and reports on the GUI thread.
 * finished() always comes, once per started(), after the importer has let go of the cache.
 */
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    /** Starts an import; false (and nothing emitted) while another one runs. */
    bool start(const ImportOptions &options);
    bool isRunning() const { return m_running; }
    /** True between cancel() and finished(). */
    bool isCancelling() const { return m_cancelling; }
    ImportOptions options() const { return m_options; }

    /** Blocks until the running import, if any, has stopped (used on shutdown). */
    void waitForFinished();

public slots:
    /** Asks the import to stop; it commits what it has and finishes (cancelled) within about a second. */
    void cancel();

signals:
    void started();
    void progressChanged(int permille, const QString &text);
    void finished(const trove::ImportSummary &summary);

private:
    void handleFinished();

    QFutureWatcher<ImportSummary> m_watcher;
    ImportOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    int m_permille = 0;
    QString m_text;
    bool m_running = false;
    bool m_cancelling = false;
};

} // namespace trove

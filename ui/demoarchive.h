#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QFutureWatcherBase;
class QThreadPool;

namespace trove {

/**
 * The synthetic demo archive in CacheLocation::demoArchiveDirectory(): prepare() hands its files over for
 * import, generating the archive on a worker of a pool first when it is missing (written next to its
 * folder and renamed at the end, so an interrupted run never leaves a half-written archive behind).
 */
class DemoArchive : public QObject
{
    Q_OBJECT

public:
    /** Generates on @p pool, which must outlive the generation (wait for it before it goes away). */
    explicit DemoArchive(QThreadPool *pool, QObject *parent = nullptr);

    bool isGenerating() const { return m_watcher != nullptr; }

    /**
     * Emits prepared() at once when the archive is on disk; otherwise emits generationStarted(), generates
     * it in the background with progress, then generationFinished() followed by prepared() or failed().
     */
    void prepare();

public slots:
    /** Stops a generation under way; it ends with generationFinished() and failed(). */
    void cancel();

signals:
    void generationStarted();
    void progressValueChanged(int permille);
    void progressTextChanged(const QString &text);
    void generationFinished();
    /** The archive's inputs (its zips or CSVs), ready to import. */
    void prepared(const QStringList &inputs);
    /** The archive was not generated; @p message says so for the user. */
    void failed(const QString &message);

private:
    void generate();

    QThreadPool *m_pool = nullptr;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace trove

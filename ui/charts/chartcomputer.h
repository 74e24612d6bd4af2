#pragma once

#include "ui/charts/chartoptions.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace trove {

/**
 * Computes the numbers of a chart (ChartQueries, one call per selection) on a worker of its own pool with
 * that thread's read connection. A new compute() supersedes the running one: its SQL is stopped through
 * the connection's cancel flag and its result, should it still arrive, is dropped (generation counter), so
 * only the latest request is ever reported. GUI thread only.
 */
class ChartComputer : public QObject
{
    Q_OBJECT

public:
    explicit ChartComputer(QObject *parent = nullptr);
    ~ChartComputer() override;

    void setCachePath(const QString &path);
    QString cachePath() const { return m_cachePath; }

    /** Starts computing @p options for @p selections (at least one); started() is emitted at once. */
    void compute(const ChartOptions &options, const QList<ChartSelection> &selections);
    /** Stops the running computation; nothing more is reported for it. */
    void cancel();
    bool isRunning() const { return m_running > 0; }
    /** The generation of the latest request (each compute() adds one). */
    quint64 generation() const { return m_generation; }

signals:
    void started(quint64 generation);
    /** The latest request's numbers. */
    void finished(const trove::ChartResult &result);
    /** The latest request failed: @p error says why, for people. */
    void failed(const QString &error);
    /** A superseded request ended; its result was dropped. */
    void discarded(quint64 generation);

private:
    QThreadPool m_pool;
    QString m_cachePath;
    quint64 m_generation = 0;
    int m_running = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace trove

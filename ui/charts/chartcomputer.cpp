#include "ui/charts/chartcomputer.h"

#include "core/charts/chartqueries.h"
#include "core/db/database.h"
#include "core/db/readconnection.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

namespace {

struct Computed
{
    ChartResult result;
    QString error;
    bool cancelled = false;
};

// Runs on a worker of the computer's pool.
Computed computeChart(const QString &cachePath, const ChartOptions &options,
                      const QList<ChartSelection> &selections, std::shared_ptr<std::atomic_bool> cancel)
{
    Computed computed;
    QElapsedTimer timer;
    timer.start();
    computed.result.options = options;
    computed.result.cacheName = QFileInfo(cachePath).fileName();
    if (cancel->load()) {
        computed.cancelled = true;
        return computed;
    }
    QString error;
    Database *db = ReadConnection::forThisThread(cachePath, &error);
    if (!db) {
        computed.error = error;
        return computed;
    }
    const CancelScope scope(*db, cancel.get());
    const bool comparing = selections.size() > 1;
    for (const ChartSelection &selection : selections) {
        SelectionChartData data;
        data.selection = selection;
        bool ok = false;
        switch (options.type) {
        case ChartType::Rhythm:
            ok = ChartQueries::rhythm(*db, selection.filter, options.timeZoneId, &data.rhythm, &error);
            break;
        case ChartType::Lifecycle:
            ok = ChartQueries::lifecycle(*db, selection.filter, &data.lifecycle, &error);
            break;
        case ChartType::Activity:
        case ChartType::Languages:
        case ChartType::Clients:
        case ChartType::Hashtags:
            ok = ChartQueries::activity(*db, selection.filter, options.bucket,
                                        options.effectiveBreakdown(comparing), options.timeZoneId,
                                        options.topSeries, &data.activity, &error);
            break;
        }
        if (cancel->load()) {
            computed.cancelled = true;
            return computed;
        }
        if (!ok) {
            computed.error = error;
            return computed;
        }
        computed.result.selections.append(data);
    }
    // The campaigns the selections draw from, named in captions (an empty list in a filter means all).
    QList<std::int64_t> campaignIds;
    bool everyCampaign = false;
    for (const ChartSelection &selection : selections) {
        everyCampaign = everyCampaign || selection.filter.campaignIds.isEmpty();
        for (const std::int64_t id : selection.filter.campaignIds) {
            if (!campaignIds.contains(id)) {
                campaignIds.append(id);
            }
        }
    }
    Statement names(*db, "SELECT id, name FROM campaigns ORDER BY id");
    while (names.next()) {
        if (everyCampaign || campaignIds.contains(names.int64(0))) {
            computed.result.campaignNames << names.text(1);
        }
    }
    computed.result.elapsedMs = timer.elapsed();
    return computed;
}

} // namespace

ChartComputer::ChartComputer(QObject *parent)
    : QObject(parent)
{
    // One chart at a time; a superseded one stops within milliseconds, so two workers are enough.
    m_pool.setMaxThreadCount(2);
    m_pool.setExpiryTimeout(60000);
}

ChartComputer::~ChartComputer()
{
    cancel();
    m_pool.waitForDone();
}

void ChartComputer::setCachePath(const QString &path)
{
    if (path != m_cachePath) {
        cancel();
    }
    m_cachePath = path;
}

void ChartComputer::cancel()
{
    if (m_cancel) {
        *m_cancel = true;
    }
    ++m_generation;
}

void ChartComputer::compute(const ChartOptions &options, const QList<ChartSelection> &selections)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    emit started(generation);
    if (m_cachePath.isEmpty() || selections.isEmpty()) {
        emit failed(tr("No cache is open."));
        return;
    }
    ++m_running;
    auto *watcher = new QFutureWatcher<Computed>(this);
    connect(watcher, &QFutureWatcher<Computed>::finished, this, [this, watcher, generation] {
        Computed computed = watcher->result();
        watcher->deleteLater();
        --m_running;
        if (generation != m_generation) {
            emit discarded(generation);
            return;
        }
        if (computed.cancelled) {
            emit discarded(generation);
        } else if (!computed.error.isEmpty()) {
            emit failed(computed.error);
        } else {
            emit finished(computed.result);
        }
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, computeChart, m_cachePath, options, selections, m_cancel));
}

} // namespace trove

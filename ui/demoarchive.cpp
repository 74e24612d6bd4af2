#include "ui/demoarchive.h"

#include "core/db/cachelocation.h"
#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace trove {

namespace {

constexpr std::int64_t DemoTweets = 30000;
// Media for the gallery, the cards and the safe view to show at once: harmless generated pictures, GIFs
// and short videos, plus profile and banner images of some accounts.
constexpr std::int64_t DemoMediaFiles = 1500;

void generateDemo(QPromise<GeneratorResult> &promise, const QString &target)
{
    // Generated next to the target and renamed at the end, so that an interrupted run never leaves a
    // half-written archive that a later start would take for the demo.
    const QString partial = target + QStringLiteral(".partial");
    QDir(partial).removeRecursively();
    QDir().mkpath(partial);

    GeneratorOptions options;
    options.outputDirectory = partial;
    options.campaign = QStringLiteral("synthetic-demo");
    options.tweets = DemoTweets;
    options.accounts = 300;
    options.parts = 2;
    options.zip = true;
    options.seed = 2018;

    promise.setProgressRange(0, 1000);
    int reported = -1;
    GeneratorResult result = ArchiveGenerator::generate(options, [&](std::int64_t written) {
        const int permille = int(written * 1000 / DemoTweets);
        if (permille != reported) {
            reported = permille;
            promise.setProgressValueAndText(
                permille, DemoArchive::tr("Generating the demo archive — %1 tweets").arg(written));
        }
        return !promise.isCanceled();
    });
    if (promise.isCanceled()) {
        QDir(partial).removeRecursively();
        return;
    }
    if (result.ok) {
        promise.setProgressValueAndText(1000, DemoArchive::tr("Generating the demo archive — media files"));
        MediaGeneratorOptions media;
        media.tweetArchive = result.files;
        media.outputDirectory = partial;
        media.campaign = options.campaign;
        media.files = DemoMediaFiles;
        media.zips = 2;
        media.unmatched = 0;
        media.nonMedia = false;
        media.profileAccounts = 60;
        media.videoPercent = 10;
        media.seed = options.seed;
        const MediaGeneratorResult written = MediaGenerator::generate(media);
        if (!written.ok) {
            result.ok = false;
            result.errorString = written.errorString;
        }
        result.files += written.files; // imported with the tweets: the importer indexes media zips
    }
    if (result.ok) {
        QDir(target).removeRecursively();
        if (!QDir().rename(partial, target)) {
            result.ok = false;
            result.errorString = DemoArchive::tr("cannot move the demo archive to %1").arg(target);
        } else {
            for (QString &file : result.files) {
                file = QDir(target).filePath(QFileInfo(file).fileName());
            }
        }
    }
    promise.addResult(result);
}

// The demo archive's inputs: the zips (or CSVs) in its folder, leaving out the README.
QStringList demoInputs(const QString &directory)
{
    QStringList inputs;
    const QDir dir(directory);
    const QStringList names =
        dir.entryList({QStringLiteral("*.zip"), QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        inputs.append(dir.filePath(name));
    }
    return inputs;
}

} // namespace

DemoArchive::DemoArchive(QThreadPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
{}

void DemoArchive::prepare()
{
    if (isGenerating()) {
        return;
    }
    const QStringList inputs = demoInputs(CacheLocation::demoArchiveDirectory());
    if (inputs.isEmpty()) {
        generate();
    } else {
        emit prepared(inputs);
    }
}

void DemoArchive::cancel()
{
    if (m_watcher) {
        m_watcher->cancel();
    }
}

void DemoArchive::generate()
{
    auto *watcher = new QFutureWatcher<GeneratorResult>(this);
    m_watcher = watcher;
    emit generationStarted();

    connect(watcher, &QFutureWatcher<GeneratorResult>::progressValueChanged, this,
            &DemoArchive::progressValueChanged);
    connect(watcher, &QFutureWatcher<GeneratorResult>::progressTextChanged, this,
            &DemoArchive::progressTextChanged);
    connect(watcher, &QFutureWatcher<GeneratorResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_watcher = nullptr;
        emit generationFinished();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            emit failed(tr("The demo archive was not generated (cancelled). Import your own archive, or "
                           "start Trove again to retry."));
            return;
        }
        const GeneratorResult result = watcher->result();
        if (!result.ok) {
            emit failed(tr("Cannot generate the demo archive: %1").arg(result.errorString));
            return;
        }
        emit prepared(result.files);
    });
    watcher->setFuture(QtConcurrent::run(m_pool, generateDemo, CacheLocation::demoArchiveDirectory()));
}

} // namespace trove

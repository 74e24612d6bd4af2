// The media gallery on a cache holding two generated campaigns and their generated media zips (real PNG,
// JPEG and GIF files, profile images, plus a video and a corrupt JPEG of our own), imported through the
// importer: the media of a campaign, an account, a search and filters equal lists computed independently in
// SQL; the model under QAbstractItemModelTester, stale results dropped; thumbnails made for the cells on
// screen first; the safe view painting veiled pixels until a click reveals them, then a click previews;
// video and failure tiles; the Gallery tab of the main window driven through its widgets.
// Set TROVE_SCREENSHOTS to a folder to keep screenshots.
#include "core/db/database.h"
#include "core/query/mediaquery.h"
#include "core/query/tweetlistquery.h"
#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"
#include "importtesthelpers.h"
#include "ui/appsettings.h"
#include "ui/explorer.h"
#include "ui/exportactions.h"
#include "ui/mainwindow.h"
#include "ui/media/gallerymodel.h"
#include "ui/media/galleryview.h"
#include "ui/media/mediapreview.h"
#include "ui/media/mediasettings.h"
#include "ui/media/thumbnailcache.h"
#include "ui/viewstate.h"
#include "ui/widgets/conversationview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <zip.h>

using namespace trove;
using namespace trove::test;

namespace {

QString shotFolder()
{
    return QString::fromLocal8Bit(qgetenv("TROVE_SCREENSHOTS"));
}

void screenshot(QWidget *widget, const QString &name)
{
    if (!shotFolder().isEmpty()) {
        widget->grab().save(shotFolder() + "/" + name + ".png");
    }
}

QList<qint64> ids(Database &db, const QString &sql, const QList<qint64> &bind = {})
{
    QList<qint64> result;
    Statement statement(db, sql.toUtf8().constData());
    for (int i = 0; i < bind.size(); ++i) {
        statement.bind(i + 1, std::int64_t(bind[i]));
    }
    while (statement.next()) {
        result << statement.int64(0);
    }
    return result;
}

QList<qint64> collected(Database &db, const TweetFilter &filter, unsigned kinds = MediaQuery::AllKinds,
                        QList<int> *batches = nullptr, QString *error = nullptr)
{
    QList<qint64> result;
    QString message;
    const bool ok = MediaQuery::collect(
        db, filter, kinds,
        [&](const QList<MediaItem> &items) {
            if (batches) {
                *batches << int(items.size());
            }
            for (const MediaItem &item : items) {
                result << item.mediaId;
            }
            return true;
        },
        &message);
    if (error) {
        *error = message;
    }
    return ok ? result : QList<qint64>{-1};
}

QList<qint64> modelIds(const GalleryModel *model)
{
    QList<qint64> result;
    for (int row = 0; row < model->rowCount(); ++row) {
        result << model->item(row).mediaId;
    }
    return result;
}

int colourDistance(QRgb a, QRgb b)
{
    return qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b));
}

} // namespace

class TestGallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mediaQueryMatchesSql();
    void mediaQueryStopsWhenAsked();
    void modelUnderTesterDropsStaleResults();
    void thumbnailsOfVisibleCellsFirst();
    void safeViewVeilsUntilClicked();
    void videoAndFailureTiles();
    void emptyStateAndZoom();
    void reloadKeepsThePlace();
    void galleryTabOfTheMainWindow();

private:
    /** The media of @p tweetIds in timeline order (as MediaQuery promises), computed alone. */
    QList<qint64> mediaOfTweets(Database &db, const QList<qint64> &tweetIds);
    bool waitLoaded(GalleryModel *model);
    /** The longest word of a tweet with media of campaign alpha. */
    QString searchWord(Database &db);

    QTemporaryDir m_home;
    QString m_cache;
    qint64 m_alpha = 0, m_beta = 0;
    qint64 m_video = 0, m_corrupt = 0;
    qint64 m_profileAccount = 0;
};

void TestGallery::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("TROVE_HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath("settings"));
    ViewState::clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    m_cache = m_home.filePath("gallery.trove");
    QStringList mediaFolders;
    for (const auto &[campaign, files] :
         {std::pair{"synthetic-alpha", 260}, std::pair{"synthetic-beta", 120}}) {
        GeneratorOptions options;
        options.outputDirectory = m_home.filePath(QString::fromLatin1(campaign));
        options.campaign = QString::fromLatin1(campaign);
        options.tweets = files * 6;
        options.accounts = 25;
        options.seed = std::uint64_t(files);
        const GeneratorResult generated = ArchiveGenerator::generate(options);
        QVERIFY2(generated.ok, qPrintable(generated.errorString));
        QVERIFY(import(m_cache, generated.files).ok);

        MediaGeneratorOptions media;
        media.tweetArchive = generated.files;
        media.outputDirectory = m_home.filePath(QString::fromLatin1(campaign) + "-media");
        media.campaign = generated.campaign;
        media.files = files;
        media.zips = 2;
        media.unmatched = 3;
        media.profileAccounts = 4;
        media.seed = std::uint64_t(files) + 1;
        const MediaGeneratorResult written = MediaGenerator::generate(media);
        QVERIFY2(written.ok, qPrintable(written.errorString));
        mediaFolders << media.outputDirectory;
    }
    {
        Database db;
        QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
        m_alpha = count(db, "SELECT id FROM campaigns WHERE key = 'synthetic-alpha'");
        m_beta = count(db, "SELECT id FROM campaigns WHERE key = 'synthetic-beta'");
        QVERIFY(m_alpha > 0 && m_beta > 0);
        // A video and a corrupt JPEG for alpha's two newest tweets: the first cells of its gallery.
        const QList<qint64> newest =
            ids(db, "SELECT id FROM tweets WHERE campaign_id = ? ORDER BY id DESC LIMIT 2", {m_alpha});
        QCOMPARE(newest.size(), 2);
        const QString userid = text(
            db,
            QString("SELECT a.userid FROM tweets t JOIN accounts a ON a.id = t.account_id WHERE t.id = %1")
                .arg(newest[0]));
        QByteArray garbage;
        for (int i = 0; i < 3000; ++i) {
            garbage.append(char((i * 7919) % 251));
        }
        const QString extra = m_home.filePath("extra/synthetic-alpha_tweet_media_hashed_9.zip");
        QVERIFY(QDir().mkpath(m_home.filePath("extra")));
        QVERIFY(test::writeZipOfBytes(extra, {{"synthetic-alpha_9/" + userid.toUtf8() + "/videos/" +
                                                   QByteArray::number(newest[0]) + "-clipclipclip.mp4",
                                               garbage},
                                              {"synthetic-alpha_9/" + userid.toUtf8() + "/images/" +
                                                   QByteArray::number(newest[1]) + "-brokenbroken.jpg",
                                               garbage}}));
        mediaFolders << m_home.filePath("extra");
    }
    // Media zips through the importer, as File › Import Folder… does.
    const ImportSummary media = import(m_cache, mediaFolders);
    QVERIFY2(media.ok, qPrintable(media.errorString));

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    m_video = count(db, "SELECT id FROM media WHERE entry LIKE '%-clipclipclip.mp4'");
    m_corrupt = count(db, "SELECT id FROM media WHERE entry LIKE '%-brokenbroken.jpg'");
    QVERIFY(m_video > 0 && m_corrupt > 0);
    QCOMPARE(
        count(db, QByteArray("SELECT kind = 'video' FROM media WHERE id = " + QByteArray::number(m_video))
                      .constData()),
        1);
    m_profileAccount =
        count(db, "SELECT account_id FROM media WHERE tweet_id IS NULL AND account_id IS NOT NULL "
                  "AND account_id IN (SELECT t.account_id FROM tweets t JOIN media m ON m.tweet_id = "
                  "t.id) ORDER BY account_id LIMIT 1");
    QVERIFY(m_profileAccount > 0);
    QVERIFY(count(db, "SELECT count(*) FROM media WHERE kind = 'gif'") > 0);
    QVERIFY(count(db, "SELECT count(*) FROM media WHERE tweet_id IS NULL") >= 8);
}

QList<qint64> TestGallery::mediaOfTweets(Database &db, const QList<qint64> &tweetIds)
{
    QList<qint64> result;
    Statement media(db, "SELECT id FROM media WHERE tweet_id = ? ORDER BY id");
    for (const qint64 tweet : tweetIds) {
        media.bind(1, std::int64_t(tweet));
        while (media.next()) {
            result << media.int64(0);
        }
        media.reset();
    }
    return result;
}

QString TestGallery::searchWord(Database &db)
{
    const QString sample =
        text(db, QString("SELECT t.text FROM tweets t JOIN media m ON m.tweet_id = t.id WHERE "
                         "t.campaign_id = %1 ORDER BY t.id DESC LIMIT 1 OFFSET 5")
                     .arg(m_alpha));
    QString word;
    for (const QString &candidate : sample.split(QRegularExpression("[^\\p{L}]+"), Qt::SkipEmptyParts)) {
        if (candidate.size() > word.size()) {
            word = candidate;
        }
    }
    return word;
}

bool TestGallery::waitLoaded(GalleryModel *model)
{
    return QTest::qWaitFor([model] { return !model->isLoading(); }, 20000);
}

void TestGallery::mediaQueryMatchesSql()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));

    // A campaign: every media file of its tweets, newest tweet first; none of the other campaign's.
    TweetFilter alpha;
    alpha.campaignIds = {m_alpha};
    QList<int> batches;
    const QList<qint64> ofAlpha = collected(db, alpha, MediaQuery::AllKinds, &batches);
    const QList<qint64> expectedAlpha =
        ids(db,
            "SELECT m.id FROM media m JOIN tweets t ON t.id = m.tweet_id WHERE "
            "t.campaign_id = ? ORDER BY t.id DESC, m.id",
            {m_alpha});
    QVERIFY(expectedAlpha.size() > 256);
    QCOMPARE(ofAlpha, expectedAlpha);
    QCOMPARE(batches.constFirst(), MediaQuery::FirstBatchSize); // the first screen does not wait for the rest
    QVERIFY(ofAlpha.contains(m_video) && ofAlpha.contains(m_corrupt));
    QVERIFY(ofAlpha.indexOf(m_video) < 4 && ofAlpha.indexOf(m_corrupt) < 4); // the two newest tweets
    // The media of exactly the tweets the timeline lists.
    QList<qint64> timeline;
    QString error;
    QVERIFY(TweetListQuery::collectIds(
        db, alpha, TweetOrder::NewestFirst,
        [&](const QList<std::int64_t> &chunk) {
            for (const std::int64_t id : chunk) {
                timeline << id;
            }
            return true;
        },
        &error));
    QCOMPARE(ofAlpha, mediaOfTweets(db, timeline));

    // Every campaign: both, and no file whose tweet the cache lacks (the generator's unmatched ones).
    const QList<qint64> all = collected(db, TweetFilter());
    QCOMPARE(all,
             ids(db, "SELECT m.id FROM media m JOIN tweets t ON t.id = m.tweet_id ORDER BY t.id DESC, m.id"));
    QVERIFY(count(db,
                  "SELECT count(*) FROM media WHERE tweet_id IS NOT NULL AND tweet_id NOT IN (SELECT id FROM "
                  "tweets)") > 0);

    // An account: its profile and banner images first, then its tweets' media.
    TweetFilter account;
    account.accountIds = {m_profileAccount};
    const QList<qint64> ofAccount = collected(db, account);
    QList<qint64> expectedAccount = ids(
        db, "SELECT id FROM media WHERE tweet_id IS NULL AND account_id = ? ORDER BY id", {m_profileAccount});
    QVERIFY(!expectedAccount.isEmpty());
    expectedAccount +=
        ids(db,
            "SELECT m.id FROM media m JOIN tweets t ON t.id = m.tweet_id WHERE t.account_id = ? "
            "ORDER BY t.time DESC, t.id DESC, m.id",
            {m_profileAccount});
    QCOMPARE(ofAccount, expectedAccount);
    // Profile images alone, and no profile images without the account.
    QCOMPARE(collected(db, account, MediaQuery::AccountImages),
             ids(db, "SELECT id FROM media WHERE tweet_id IS NULL AND account_id = ? ORDER BY id",
                 {m_profileAccount}));
    QVERIFY(collected(db, alpha, MediaQuery::AccountImages).isEmpty());

    // A search: the media of the tweets TweetSearch finds (newest first), within the campaign.
    const QString word = searchWord(db);
    QVERIFY2(word.size() >= 4, qPrintable(word));
    TweetFilter search;
    search.search = word;
    QList<qint64> found = searchIds(db, word);
    QVERIFY(!found.isEmpty());
    const QList<qint64> ofSearch = collected(db, search);
    QVERIFY(!ofSearch.isEmpty());
    QCOMPARE(ofSearch, mediaOfTweets(db, found));
    search.campaignIds = {m_beta};
    QList<qint64> inBeta;
    for (const qint64 id : std::as_const(found)) {
        if (count(db, QString("SELECT campaign_id FROM tweets WHERE id = %1").arg(id).toUtf8().constData()) ==
            m_beta) {
            inBeta << id;
        }
    }
    QCOMPARE(collected(db, search), mediaOfTweets(db, inBeta));

    // Filters: a time range and a tweet kind, and the kinds of media.
    const qint64 middle =
        count(db, QString("SELECT time FROM tweets WHERE campaign_id = %1 ORDER BY time LIMIT 1 "
                          "OFFSET (SELECT count(*) / 2 FROM tweets WHERE campaign_id = %1)")
                      .arg(m_alpha)
                      .toUtf8()
                      .constData());
    TweetFilter ranged = alpha;
    ranged.from = QDateTime::fromSecsSinceEpoch(middle - 86400 * 30, Qt::UTC);
    ranged.until = QDateTime::fromSecsSinceEpoch(middle, Qt::UTC);
    ranged.kinds = 1u << int(TweetKind::Original);
    const QList<qint64> ofRange = collected(db, ranged);
    const QList<qint64> expectedRange = ids(db,
                                            "SELECT m.id FROM media m JOIN tweets t ON t.id = m.tweet_id "
                                            "WHERE t.campaign_id = ? AND t.time >= ? AND "
                                            "t.time < ? AND t.kind = 0 ORDER BY t.id DESC, m.id",
                                            {m_alpha, middle - 86400 * 30, middle});
    QVERIFY(!expectedRange.isEmpty());
    QVERIFY(expectedRange.size() < expectedAlpha.size());
    QCOMPARE(ofRange, expectedRange);
    QCOMPARE(collected(db, alpha, MediaQuery::kindBit(MediaKind::Gif)),
             ids(db,
                 "SELECT m.id FROM media m JOIN tweets t ON t.id = m.tweet_id WHERE t.campaign_id = ? AND "
                 "m.kind = "
                 "'gif' ORDER BY t.id DESC, m.id",
                 {m_alpha}));
    QCOMPARE(collected(db, alpha, MediaQuery::kindBit(MediaKind::Video)), QList<qint64>{m_video});

    // A search that cannot run is an error, not an empty list.
    TweetFilter broken;
    broken.search = "\"unbalanced";
    QString message;
    QCOMPARE(collected(db, broken, MediaQuery::AllKinds, nullptr, &message), QList<qint64>{-1});
    QVERIFY(!message.isEmpty());
}

void TestGallery::mediaQueryStopsWhenAsked()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    int calls = 0;
    QString error;
    QVERIFY(MediaQuery::collect(
        db, TweetFilter(), MediaQuery::AllKinds,
        [&](const QList<MediaItem> &) {
            ++calls;
            return false;
        },
        &error));
    QCOMPARE(calls, 1);
    // Interrupted while its statement runs (as a superseded gallery query is): an error, not a short list.
    int delivered = 0;
    QVERIFY(!MediaQuery::collect(
        db, TweetFilter(), MediaQuery::AllKinds,
        [&](const QList<MediaItem> &items) {
            delivered += int(items.size());
            db.interrupt();
            return true;
        },
        &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(delivered, MediaQuery::FirstBatchSize);
}

void TestGallery::modelUnderTesterDropsStaleResults()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    GalleryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&model, &GalleryModel::finished);
    model.setCachePath(m_cache);
    TweetFilter alpha;
    alpha.campaignIds = {m_alpha};
    model.setQuery(alpha);
    QVERIFY(model.isLoading());
    QVERIFY(waitLoaded(&model));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(modelIds(&model), collected(db, alpha));
    const int videos = model.count(MediaKind::Video);
    QCOMPARE(videos, 1);
    QCOMPARE(model.count(MediaKind::Image) + model.count(MediaKind::Gif) + videos, model.rowCount());
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(GalleryModel::MediaIdRole).toLongLong(), model.item(0).mediaId);
    QVERIFY(!first.data(Qt::AccessibleTextRole).toString().isEmpty());

    // Three queries in a row: only the last one's rows, and only its end, are heard of.
    finished.clear();
    model.setQuery(TweetFilter());
    TweetFilter account;
    account.accountIds = {m_profileAccount};
    model.setQuery(account);
    TweetFilter beta;
    beta.campaignIds = {m_beta};
    model.setQuery(beta);
    QVERIFY(waitLoaded(&model));
    QTest::qWait(200); // anything the superseded workers still post arrives now, and must be dropped
    QCOMPARE(finished.size(), 1);
    QCOMPARE(modelIds(&model), collected(db, beta));
    QCOMPARE(model.filter(), beta);

    // A failing query says why.
    TweetFilter broken;
    broken.search = "\"unbalanced";
    model.setQuery(broken);
    QVERIFY(waitLoaded(&model));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.errorString().isEmpty());
}

void TestGallery::thumbnailsOfVisibleCellsFirst()
{
    MediaSettings::instance()->setSafeView(false);
    QMutex mutex;
    QList<qint64> decoded;
    ThumbnailCache thumbnails;
    thumbnails.setDecodeHook([&](qint64 id) {
        QMutexLocker locker(&mutex);
        decoded << id;
    });
    thumbnails.setCachePath(m_cache, m_home.filePath("thumbs-visible"));
    GalleryView gallery(&thumbnails);
    gallery.resize(700, 500);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QSignalSpy painted(&gallery, &GalleryView::visibleThumbnailsPainted);
    gallery.setCachePath(m_cache);
    TweetFilter all;
    gallery.setFilter(all);
    QVERIFY(painted.wait(20000) || painted.size() > 0);
    GalleryModel *model = gallery.model();
    QVERIFY(waitLoaded(model));
    const auto [first, last] = gallery.visibleRows();
    QCOMPARE(first, 0);
    QVERIFY(last > 4 && last < model->rowCount() - 1);
    const QSize size = gallery.thumbnailRequestSize();
    for (int row = first; row <= last; ++row) {
        const MediaItem &item = model->item(row);
        if (item.kind != MediaKind::Video) {
            QVERIFY2(!thumbnails.thumbnail(item.mediaId, size).isNull() ||
                         !thumbnails.failureReason(item.mediaId).isEmpty(),
                     qPrintable(QString::number(row)));
        }
    }
    // Nothing far below the screen was made: the screen and one screen ahead at most.
    QTest::qWait(300);
    {
        QMutexLocker locker(&mutex);
        QSet<qint64> allowed;
        for (int row = 0; row <= std::min(model->rowCount() - 1, last + (last - first + 1)); ++row) {
            allowed.insert(model->item(row).mediaId);
        }
        for (const qint64 id : std::as_const(decoded)) {
            QVERIFY2(allowed.contains(id), qPrintable(QString::number(id)));
        }
        QVERIFY(decoded.size() >= last - first - 1);
    }
    screenshot(&gallery, "gallery-top");

    // Scrolled to the end: the last cells get their thumbnails, the top ones are not asked for again.
    painted.clear();
    gallery.listView()->scrollToBottom();
    QVERIFY(painted.wait(20000) || painted.size() > 0);
    const auto [bottomFirst, bottomLast] = gallery.visibleRows();
    QCOMPARE(bottomLast, model->rowCount() - 1);
    QVERIFY(bottomFirst > last);
    const MediaItem &lastItem = model->item(bottomLast);
    QVERIFY(!thumbnails.thumbnail(lastItem.mediaId, size).isNull());
    screenshot(&gallery, "gallery-bottom");
}

void TestGallery::safeViewVeilsUntilClicked()
{
    MediaSettings *settings = MediaSettings::instance();
    settings->setSafeView(true);
    settings->veilAll();
    ThumbnailCache thumbnails;
    thumbnails.setCachePath(m_cache, m_home.filePath("thumbs-veil"));
    GalleryView gallery(&thumbnails);
    gallery.resize(700, 500);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QSignalSpy painted(&gallery, &GalleryView::visibleThumbnailsPainted);
    QSignalSpy preview(&gallery, &GalleryView::previewRequested);
    gallery.setCachePath(m_cache);
    TweetFilter beta;
    beta.campaignIds = {m_beta};
    gallery.setFilter(beta);
    QVERIFY(painted.wait(20000) || painted.size() > 0);
    GalleryModel *model = gallery.model();
    QListView *view = gallery.listView();

    // The first PNG cell (a gradient: its corners differ from its blurred, darkened veil).
    int row = -1;
    for (int i = 0; i <= gallery.visibleRows().second; ++i) {
        if (model->item(i).formatName() == "png") {
            row = i;
            break;
        }
    }
    QVERIFY(row >= 0);
    const qint64 id = model->item(row).mediaId;
    const QImage thumbnail = thumbnails.thumbnail(id, gallery.thumbnailRequestSize());
    QVERIFY(!thumbnail.isNull());
    const QRect cell = view->visualRect(model->index(row));
    const int side = gallery.thumbnailSide();
    const QRect tile = cell.adjusted(3, 3, -3, -3); // the delegate's margin
    QCOMPARE(tile.width(), side);
    // Sample points in the upper part of the picture (the hint band covers the bottom).
    const QList<QPointF> samples{{0.2, 0.15}, {0.8, 0.15}, {0.5, 0.3}, {0.2, 0.45}, {0.8, 0.45}};
    const QImage plain = thumbnail.scaled(tile.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    const QImage veiled = MediaSettings::veiled(thumbnail)
                              .scaled(tile.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGB32);
    const auto distances = [&](const QImage &screen, const QImage &expected, QPoint offset) {
        int total = 0;
        for (const QPointF &sample : samples) {
            const QPoint at(int(sample.x() * (tile.width() - 1)), int(sample.y() * (tile.height() - 1)));
            total += colourDistance(screen.pixel(offset + at), expected.pixel(at));
        }
        return total / int(samples.size());
    };
    const auto grabbed = [&] {
        return view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    QVERIFY2(distances(plain, veiled, QPoint()) > 40,
             "the sample points must tell the veil from the picture");
    QImage screen = grabbed();
    screenshot(&gallery, "gallery-veiled");
    QVERIFY2(distances(screen, veiled, tile.topLeft()) < 25,
             qPrintable(QString::number(distances(screen, veiled, tile.topLeft()))));
    QVERIFY(distances(screen, plain, tile.topLeft()) > 40);

    // The first click reveals it (no preview), the next one previews it.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(!settings->isVeiled(id));
    QCOMPARE(preview.size(), 0);
    QTRY_VERIFY(distances(grabbed(), plain, tile.topLeft()) < 25);
    screenshot(&gallery, "gallery-revealed");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.constFirst().constFirst().toLongLong(), id);

    // Keyboard: Space reveals the current cell, Enter previews it.
    settings->veilAll();
    QTRY_VERIFY(distances(grabbed(), veiled, tile.topLeft()) < 25); // veiled again everywhere
    view->setFocus();
    view->setCurrentIndex(model->index(row));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(view->currentIndex().row(), row + 1);
    const qint64 next = model->item(row + 1).mediaId;
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!settings->isVeiled(next));
    QCOMPARE(preview.size(), 1);
    QTest::keyClick(view, Qt::Key_Left);
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!settings->isVeiled(id));
    QCOMPARE(preview.size(), 1);
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(preview.size(), 2);
    QCOMPARE(preview.last().constFirst().toLongLong(), id);
}

void TestGallery::videoAndFailureTiles()
{
    MediaSettings::instance()->setSafeView(true);
    MediaSettings::instance()->veilAll();
    ThumbnailCache thumbnails;
    thumbnails.setCachePath(m_cache, m_home.filePath("thumbs-tiles"));
    GalleryView gallery(&thumbnails);
    gallery.resize(700, 500);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    QSignalSpy painted(&gallery, &GalleryView::visibleThumbnailsPainted);
    QSignalSpy preview(&gallery, &GalleryView::previewRequested);
    gallery.setCachePath(m_cache);
    TweetFilter alpha;
    alpha.campaignIds = {m_alpha};
    gallery.setFilter(alpha);
    QVERIFY(painted.wait(20000) || painted.size() > 0);
    GalleryModel *model = gallery.model();
    QListView *view = gallery.listView();
    int videoRow = -1, brokenRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        videoRow = model->item(row).mediaId == m_video ? row : videoRow;
        brokenRow = model->item(row).mediaId == m_corrupt ? row : brokenRow;
    }
    QVERIFY(videoRow >= 0 && videoRow <= gallery.visibleRows().second);
    QVERIFY(brokenRow >= 0 && brokenRow <= gallery.visibleRows().second);
    QVERIFY(!thumbnails.failureReason(m_corrupt).isEmpty());
    screenshot(&gallery, "gallery-tiles");
    // Both tiles are filled with the palette's Mid colour (not the light loading tile), with a symbol.
    const QImage screen = view->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QColor mid = view->palette().color(QPalette::Mid);
    for (const int row : {videoRow, brokenRow}) {
        const QRect cell = view->visualRect(model->index(row));
        const QPoint corner = cell.topLeft() + QPoint(8, 8);
        QVERIFY2(colourDistance(screen.pixel(corner), mid.rgb()) < 10, qPrintable(QString::number(row)));
        bool symbol = false;
        for (int x = cell.left() + 10; x < cell.right() - 10 && !symbol; ++x) {
            symbol = colourDistance(screen.pixel(x, cell.top() + cell.height() * 3 / 8), mid.rgb()) > 60;
        }
        QVERIFY2(symbol, qPrintable(QString::number(row)));
    }
    // The failure's reason is the broken tile's tooltip (as text, escaped).
    const QPoint brokenAt = view->visualRect(model->index(brokenRow)).center();
    QHelpEvent help(QEvent::ToolTip, brokenAt, view->viewport()->mapToGlobal(brokenAt));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(thumbnails.failureReason(m_corrupt).toHtmlEscaped()),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
    // A video shows no picture to veil: a click previews it at once.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(videoRow)).center());
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.constFirst().constFirst().toLongLong(), m_video);
    QVERIFY(model->index(videoRow).data(Qt::ToolTipRole).toString().contains("Video"));
}

void TestGallery::emptyStateAndZoom()
{
    ThumbnailCache thumbnails;
    thumbnails.setCachePath(m_cache, m_home.filePath("thumbs-empty"));
    GalleryView gallery(&thumbnails);
    gallery.resize(600, 400);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    gallery.setCachePath(m_cache);
    TweetFilter nothing;
    nothing.search = "zzqqxxnothing";
    gallery.setFilter(nothing);
    QVERIFY(waitLoaded(gallery.model()));
    QTRY_VERIFY(gallery.emptyLabel()->isVisible());
    QVERIFY(gallery.emptyLabel()->text().contains("No media files"));
    QVERIFY(!gallery.listView()->isVisible());
    screenshot(&gallery, "gallery-empty");

    TweetFilter beta;
    beta.campaignIds = {m_beta};
    gallery.setFilter(beta);
    QVERIFY(waitLoaded(gallery.model()));
    QTRY_VERIFY(gallery.listView()->isVisible());
    QVERIFY(!gallery.emptyLabel()->isVisible());
    const int side = gallery.thumbnailSide();
    AppSettings::instance()->setZoomPercent(150);
    QTRY_VERIFY(gallery.thumbnailSide() > side * 5 / 4);
    QCOMPARE(gallery.listView()->gridSize().width(), gallery.thumbnailSide() + 6);
    AppSettings::instance()->setZoomPercent(100);
    QTRY_COMPARE(gallery.thumbnailSide(), side);
}

void TestGallery::reloadKeepsThePlace()
{
    ThumbnailCache thumbnails;
    thumbnails.setCachePath(m_cache, m_home.filePath("thumbs-reload"));
    GalleryView gallery(&thumbnails);
    gallery.resize(700, 500);
    gallery.show();
    QVERIFY(QTest::qWaitForWindowExposed(&gallery));
    gallery.setCachePath(m_cache);
    gallery.setFilter(TweetFilter());
    QVERIFY(waitLoaded(gallery.model()));
    const int rows = gallery.model()->rowCount();
    QVERIFY(rows > 100);
    QListView *grid = gallery.listView();
    auto topId = [&] {
        const QModelIndex top = grid->indexAt(QPoint(grid->spacing() + 1, grid->spacing() + 1));
        return top.isValid() ? top.data(GalleryModel::MediaIdRole).toLongLong() : 0;
    };
    // Somewhere in the middle, with a current file further down.
    grid->scrollTo(gallery.model()->index(rows / 2), QAbstractItemView::PositionAtTop);
    grid->setCurrentIndex(gallery.model()->index(rows / 2 + 3));
    QTRY_VERIFY(topId() != 0);
    const qint64 top = topId();
    const qint64 current = gallery.currentMediaId();
    QVERIFY(top != gallery.model()->item(0).mediaId);

    // An import committed: the same list is read again and the gallery stays where it was.
    gallery.reload();
    QVERIFY(waitLoaded(gallery.model()));
    QCOMPARE(gallery.model()->rowCount(), rows);
    QTRY_COMPARE(topId(), top);
    QCOMPARE(gallery.currentMediaId(), current);

    // Another selection starts at the top.
    TweetFilter alpha;
    alpha.campaignIds = {m_alpha};
    gallery.setFilter(alpha);
    QVERIFY(waitLoaded(gallery.model()));
    QTRY_COMPARE(topId(), gallery.model()->item(0).mediaId);
}

void TestGallery::galleryTabOfTheMainWindow()
{
    MediaSettings::instance()->setSafeView(true);
    MediaSettings::instance()->veilAll();
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    QSignalSpy refreshed(window.get(), &MainWindow::refreshed);
    window->openCache(m_cache);
    QTRY_VERIFY(refreshed.size() >= 1);
    Explorer *explorer = window->explorer();
    GalleryView *gallery = explorer->gallery();
    QVERIFY(gallery);
    QTabWidget *tabs = explorer->centerTabs();
    const int tab = tabs->indexOf(gallery);
    QCOMPARE(tab, 2);
    QCOMPARE(tabs->tabText(tab).remove('&'), QString("Gallery"));
    // Not read while hidden.
    QVERIFY(!gallery->model()->hasQuery() || gallery->model()->rowCount() == 0);
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tab).center());
    QCOMPARE(tabs->currentWidget(), gallery);
    QVERIFY(waitLoaded(gallery->model()));
    QTRY_VERIFY(gallery->model()->hasQuery() && !gallery->model()->isLoading());
    const QList<qint64> everything =
        ids(db, "SELECT m.id FROM media m JOIN tweets t ON t.id = m.tweet_id ORDER BY t.id DESC, m.id");
    QCOMPARE(modelIds(gallery->model()), everything);
    QVERIFY2(gallery->countLabel()->text().startsWith(
                 QString("%1 media files").arg(QLocale().toString(everything.size()))),
             qPrintable(gallery->countLabel()->text()));
    QTest::qWait(300);
    screenshot(window.get(), "gallery-window");

    // Opening an account: its gallery, profile images first.
    explorer->openAccount(m_profileAccount);
    QTRY_COMPARE(gallery->model()->filter().accountIds, QList<std::int64_t>{m_profileAccount});
    QVERIFY(waitLoaded(gallery->model()));
    TweetFilter account = explorer->currentFilter();
    QCOMPARE(modelIds(gallery->model()), collected(db, account));
    QCOMPARE(gallery->model()->item(0).tweetId, std::int64_t(0)); // a profile or banner image

    // The kind combo: profile images alone.
    QComboBox *kinds = gallery->kindCombo();
    kinds->setCurrentIndex(kinds->findText("Profile Images"));
    QTRY_VERIFY(!gallery->model()->isLoading() && gallery->model()->kinds() == MediaQuery::AccountImages);
    QCOMPARE(modelIds(gallery->model()),
             ids(db, "SELECT id FROM media WHERE tweet_id IS NULL AND account_id = ? ORDER BY id",
                 {m_profileAccount}));
    kinds->setCurrentIndex(0);

    // Back to every account, then a campaign and a search from the filter bar's state.
    explorer->showAllAccounts();
    TweetFilter search;
    search.campaignIds = {m_alpha};
    search.search = searchWord(db);
    explorer->showSearch(search, TweetOrder::NewestFirst);
    QTRY_VERIFY(gallery->model()->filter().search == search.search);
    QVERIFY(waitLoaded(gallery->model()));
    QCOMPARE(modelIds(gallery->model()), collected(db, explorer->currentFilter()));

    // A click on a revealed cell opens the preview of the window.
    QSignalSpy preview(gallery, &GalleryView::previewRequested);
    QListView *view = gallery->listView();
    QTRY_VERIFY(gallery->visibleRows().first == 0);
    int row = 0;
    while (row < gallery->model()->rowCount() && gallery->model()->item(row).kind == MediaKind::Video) {
        ++row;
    }
    const QPoint centre = view->visualRect(gallery->model()->index(row)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(preview.size(), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(preview.size(), 1);
    QTRY_VERIFY(explorer->mediaPreview() != nullptr);
    screenshot(window.get(), "gallery-preview");
    // The preview steps through the grid's order.
    MediaPreview *shown = explorer->mediaPreview();
    QCOMPARE(shown->mediaId(), gallery->model()->item(row).mediaId);
    if (row + 1 < gallery->model()->rowCount()) {
        shown->showNext();
        QCOMPARE(shown->mediaId(), gallery->model()->item(row + 1).mediaId);
        shown->showPrevious();
        QCOMPARE(shown->mediaId(), gallery->model()->item(row).mediaId);
    }
    shown->close();

    // File › Export Media… exports exactly the files the gallery lists for the same selection.
    QAction *exportMedia = window->findChild<QAction *>("exportMediaAction");
    QVERIFY(exportMedia && exportMedia->isEnabled());
    QVERIFY(window->menuBar()->actions().first()->menu()->actions().contains(exportMedia));
    QSignalSpy exported(window->exports(), &ExportActions::finished);
    const QString folder = m_home.filePath("window-export");
    QVERIFY(window->exports()->exportMediaTo(folder));
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.first().first().toString().contains(folder),
             qPrintable(exported.first().first().toString()));
    QFile manifest(QDir(folder).filePath("manifest.csv"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const int lines = manifest.readAll().trimmed().split('\n').size();
    // One manifest line per file selected, written or not (a file that cannot be read gets its reason).
    QCOMPARE(lines - 1, gallery->model()->rowCount());

    // The views in front survive a restart: the Gallery and the Thread side tab.
    auto *sideTabs = window->findChild<QTabWidget *>("sideTabs");
    QVERIFY(sideTabs);
    sideTabs->setCurrentWidget(explorer->conversation());
    QCOMPARE(explorer->centerTabs()->currentWidget(), gallery);
    window->close();
    window.reset();
    window = std::make_unique<MainWindow>();
    QSignalSpy refreshedAgain(window.get(), &MainWindow::refreshed);
    window->openCache(m_cache);
    window->restoreView();
    window->show();
    QTRY_VERIFY(refreshedAgain.size() >= 1);
    QCOMPARE(window->explorer()->centerTabs()->currentWidget(), window->explorer()->gallery());
    QCOMPARE(window->findChild<QTabWidget *>("sideTabs")->currentWidget(),
             window->explorer()->conversation());
    QVERIFY(waitLoaded(window->explorer()->gallery()->model()));
    QCOMPARE(modelIds(window->explorer()->gallery()->model()),
             collected(db, window->explorer()->currentFilter()));
}

QTEST_MAIN(TestGallery)
#include "tst_gallery.moc"

// Media on the tweet cards and in the account dossier, on a generated archive with generated media zips
// (real PNG, JPEG, GIF and MP4 entries) indexed in place: the thumbnails drawn are the decoded images (veil
// off) or not (veil on), a click reveals and a second one asks for the preview, the card keeps its height,
// the strip is mirrored right to left, the dossier lists exactly the account's media as SQL finds them; and
// the main window driven through its widgets. Set TROVE_SCREENSHOTS to a folder to keep screenshots.
#include "core/db/database.h"
#include "core/media/mediaindexer.h"
#include "core/media/mediareader.h"
#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"
#include "importtesthelpers.h"
#include "ui/explorer.h"
#include "ui/mainwindow.h"
#include "ui/media/galleryview.h"
#include "ui/media/mediapreview.h"
#include "ui/media/mediasettings.h"
#include "ui/media/mediatilepainter.h"
#include "ui/media/thumbnailcache.h"
#include "ui/models/timelinemodel.h"
#include "ui/uilanguage.h"
#include "ui/viewstate.h"
#include "ui/widgets/accountdossierview.h"
#include "ui/widgets/conversationview.h"
#include "ui/widgets/mediathumbnailgrid.h"
#include "ui/widgets/timelineview.h"
#include "ui/widgets/tweetcarddelegate.h"
#include "ui/widgets/tweetlistview.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace trove;
using namespace trove::test;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    const QByteArray folder = qgetenv("TROVE_SCREENSHOTS");
    if (!folder.isEmpty()) {
        widget->grab().save(QString::fromLocal8Bit(folder) + "/" + name + ".png");
    }
}

bool timelineSettled(TimelineModel *model)
{
    return !model->isLoading() && model->isCountExact() && (model->rowCount() == 0 || model->isLoaded(0));
}

// The mean absolute difference per channel between @p a and @p b (same size), 0..255.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size() || x.isNull()) {
        return 255;
    }
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int column = 0; column < x.width(); ++column) {
            const QRgb p = x.pixel(column, row);
            const QRgb q = y.pixel(column, row);
            sum +=
                std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

double meanBrightness(const QImage &image)
{
    const QImage x = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int column = 0; column < x.width(); ++column) {
            sum += qGray(x.pixel(column, row));
        }
    }
    return sum / (x.width() * x.height());
}

} // namespace

class TestMediaCards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void cardsShowTheDecodedImages();
    void clickRevealsThenActivates();
    void cardHeightStaysTheSame();
    void rightToLeftIsMirrored();
    void rowsWithoutMediaHaveNoThumbnails();
    void videosAndFailuresAreTiles();
    void dossierListsTheAccountsMedia();
    void mainWindowThroughWidgets();
    void persianWindowIsMirrored();

private:
    // A timeline of the tweets with media, in a window, with thumbnails; waits for its first page.
    std::unique_ptr<TimelineView> timeline(ThumbnailCache *cache,
                                           Qt::LayoutDirection direction = Qt::LeftToRight);
    QStyleOptionViewItem optionFor(TweetListView *list, const QModelIndex &index) const;
    // The first visible row whose tweet has a picture (not a video) first; -1 if none.
    int rowWithPicture(TimelineView *view, int minimumMedia = 1) const;
    // Repaints until every thumbnail of @p row is in memory (or failed).
    bool waitForThumbnails(TimelineView *view, ThumbnailCache *cache, int row) const;
    QImage decoded(qint64 mediaId) const;

    QTemporaryDir m_home;
    QString m_cache;
};

void TestMediaCards::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("TROVE_HOME", m_home.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    ViewState::clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    GeneratorOptions options;
    options.outputDirectory = m_home.filePath("tweets");
    options.tweets = 600;
    options.accounts = 8;
    options.seed = 21;
    const GeneratorResult archive = ArchiveGenerator::generate(options);
    QVERIFY2(archive.ok, qPrintable(archive.errorString));

    MediaGeneratorOptions media;
    media.tweetArchive = archive.files;
    media.outputDirectory = m_home.filePath("media");
    media.campaign = archive.campaign;
    media.files = 220;
    media.zips = 2;
    media.unmatched = 0;
    media.nonMedia = false;
    media.profileAccounts = 4;
    media.videoPercent = 15;
    media.seed = 9;
    const MediaGeneratorResult generated = MediaGenerator::generate(media);
    QVERIFY2(generated.ok, qPrintable(generated.errorString));
    QVERIFY(generated.videos > 0);

    m_cache = m_home.filePath("cards.trove");
    const ImportSummary imported = import(m_cache, archive.files);
    QVERIFY2(imported.ok, qPrintable(imported.errorString));
    Database db;
    QVERIFY(db.open(m_cache));
    MediaIndexOptions index;
    index.inputs = {m_home.filePath("media")};
    index.writeReport = false;
    const MediaIndexSummary summary = MediaIndexer(index).run(db);
    QVERIFY2(summary.ok, qPrintable(summary.errorString));
    // Some tweets have several files: the strip shows more than one.
    QVERIFY(count(db, "SELECT count(*) FROM (SELECT tweet_id FROM media WHERE tweet_id IS NOT NULL GROUP BY "
                      "tweet_id HAVING count(*) > 1)") > 0);
}

void TestMediaCards::init()
{
    MediaSettings::instance()->setSafeView(true);
    MediaSettings::instance()->veilAll();
}

std::unique_ptr<TimelineView> TestMediaCards::timeline(ThumbnailCache *cache, Qt::LayoutDirection direction)
{
    auto view = std::make_unique<TimelineView>();
    view->setLayoutDirection(direction);
    view->resize(1000, 700);
    view->setCachePath(m_cache);
    view->setThumbnails(cache);
    TweetFilter filter;
    filter.media = TweetFilter::Media::With;
    view->setQuery(filter, TweetOrder::OldestFirst);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get())) {
        return nullptr;
    }
    if (!QTest::qWaitFor([&] { return timelineSettled(view->model()); }, 10000)) {
        return nullptr;
    }
    return view;
}

QStyleOptionViewItem TestMediaCards::optionFor(TweetListView *list, const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(list->viewport());
    option.font = list->font();
    option.direction = list->layoutDirection();
    option.rect = list->visualRect(index);
    return option;
}

int TestMediaCards::rowWithPicture(TimelineView *view, int minimumMedia) const
{
    // The first loaded row that fits, scrolled to the top of the list.
    for (int row = 0; row < view->model()->rowCount() && view->model()->isLoaded(row); ++row) {
        const TweetRow tweet = view->model()->tweetAt(row);
        if (tweet.mediaIds.size() >= minimumMedia && tweet.mediaKinds.value(0) != MediaKind::Video) {
            view->jumpToRow(row);
            return row;
        }
    }
    return -1;
}

bool TestMediaCards::waitForThumbnails(TimelineView *view, ThumbnailCache *cache, int row) const
{
    TweetListView *list = view->listView();
    const QModelIndex index = view->model()->index(row);
    const TweetRow tweet = view->model()->tweetAt(row);
    const auto parts = view->delegate()->layout(optionFor(list, index), tweet);
    return QTest::qWaitFor(
        [&] {
            list->viewport()->repaint();
            for (int i = 0; i < parts.thumbnails.size(); ++i) {
                const QSize size = MediaTilePainter::requestSize(parts.thumbnails[i].size(), 1);
                if (cache->thumbnail(tweet.mediaIds[i], size).isNull() &&
                    cache->failureReason(tweet.mediaIds[i]).isEmpty()) {
                    return false;
                }
            }
            return true;
        },
        10000);
}

QImage TestMediaCards::decoded(qint64 mediaId) const
{
    Database db;
    if (!db.open(m_cache, Database::Mode::ReadOnly)) {
        return {};
    }
    MediaLocation location;
    if (!MediaReader::locate(db, mediaId, &location, nullptr)) {
        return {};
    }
    MediaReader reader;
    return QImage::fromData(reader.read(location).data);
}

void TestMediaCards::cardsShowTheDecodedImages()
{
    ThumbnailCache cache;
    cache.setCachePath(m_cache, m_home.filePath("thumbs-pixels"));
    auto view = timeline(&cache);
    QVERIFY(view);
    TweetListView *list = view->listView();
    const int row = rowWithPicture(view.get());
    QVERIFY2(row >= 0, "no visible card with a picture");
    const QModelIndex index = view->model()->index(row);
    const TweetRow tweet = view->model()->tweetAt(row);
    const auto parts = view->delegate()->layout(optionFor(list, index), tweet);
    QCOMPARE(parts.thumbnails.size(), std::min<qsizetype>(tweet.mediaIds.size(), TweetRow::MaximumMediaIds));
    QVERIFY(waitForThumbnails(view.get(), &cache, row));

    const qint64 mediaId = tweet.mediaIds.first();
    const QImage original = decoded(mediaId);
    QVERIFY(!original.isNull());
    const QRect tile = parts.thumbnails.first();
    // The image fitted in the tile, as the card draws it; the border and rounded corners left out.
    QSize fitted = original.size().scaled(tile.size(), Qt::KeepAspectRatio);
    QRect target(QPoint(0, 0), fitted);
    target.moveCenter(tile.center());
    const QRect compared = target.adjusted(4, 4, -4, -4);
    const QImage expected = original.convertToFormat(QImage::Format_RGB32)
                                .scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                                .copy(compared.translated(-target.topLeft()));

    // Safe view on: veiled, so not the picture, and darker.
    QVERIFY(MediaSettings::instance()->isVeiled(mediaId));
    const QImage veiled = list->viewport()->grab().toImage().copy(compared);
    screenshot(view.get(), "cards-veiled");
    QVERIFY2(meanDifference(veiled, expected) > 20,
             qPrintable(QString::number(meanDifference(veiled, expected))));
    QVERIFY(meanBrightness(veiled) < meanBrightness(expected));

    // Safe view off: the decoded image itself.
    MediaSettings::instance()->setSafeView(false);
    const QImage shown = list->viewport()->grab().toImage().copy(compared);
    screenshot(view.get(), "cards-shown");
    QVERIFY2(meanDifference(shown, expected) < 8,
             qPrintable(QString::number(meanDifference(shown, expected))));

    // What the thumbnails cost a repaint of the whole list, once they are in memory (for the report).
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20; ++i) {
        list->viewport()->repaint();
    }
    const double withThumbnails = timer.nsecsElapsed() / 20e6;
    view->setThumbnails(nullptr);
    timer.restart();
    for (int i = 0; i < 20; ++i) {
        list->viewport()->repaint();
    }
    const double withoutThumbnails = timer.nsecsElapsed() / 20e6;
    view->setThumbnails(&cache);
    qInfo("repaint of %d cards: %.2f ms with thumbnails, %.2f ms without",
          list->lastVisibleRow() - list->firstVisibleRow() + 1, withThumbnails, withoutThumbnails);

    // 200 %: larger tiles, the same picture, the same card height for every row.
    QFont big = view->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    view->setFont(big);
    QTRY_COMPARE(list->rowHeight(), TweetCardDelegate::cardHeight(list->font()));
    list->scrollToRow(row);
    QVERIFY(waitForThumbnails(view.get(), &cache, row));
    const auto bigParts = view->delegate()->layout(optionFor(list, index), tweet);
    QVERIFY(bigParts.thumbnails.first().width() > tile.width());
    screenshot(view.get(), "cards-shown-200");
    MediaSettings::instance()->setSafeView(true);
    screenshot(view.get(), "cards-veiled-200");
}

void TestMediaCards::clickRevealsThenActivates()
{
    ThumbnailCache cache;
    cache.setCachePath(m_cache, m_home.filePath("thumbs-click"));
    auto view = timeline(&cache);
    QVERIFY(view);
    TweetListView *list = view->listView();
    const int row = rowWithPicture(view.get());
    QVERIFY(row >= 0);
    const QModelIndex index = view->model()->index(row);
    const TweetRow tweet = view->model()->tweetAt(row);
    QVERIFY(waitForThumbnails(view.get(), &cache, row));
    const auto parts = view->delegate()->layout(optionFor(list, index), tweet);
    const QRect tile = parts.thumbnails.first();
    const qint64 mediaId = tweet.mediaIds.first();
    const QImage before = list->viewport()->grab().toImage().copy(tile);

    // The hand over a thumbnail.
    QVERIFY(view->delegate()->isActiveAt(optionFor(list, index), index, tile.center()));

    QSignalSpy activated(view.get(), &TimelineView::mediaActivated);
    QSignalSpy veilChanged(MediaSettings::instance(), &MediaSettings::veilChanged);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tile.center());
    QVERIFY(MediaSettings::instance()->isRevealed(mediaId));
    QCOMPARE(veilChanged.size(), 1);
    QCOMPARE(activated.size(), 0);
    // Only this file was revealed: the others stay veiled.
    for (qsizetype i = 1; i < tweet.mediaIds.size(); ++i) {
        QVERIFY(MediaSettings::instance()->isVeiled(tweet.mediaIds[i]));
    }
    // Repainted revealed: brighter than veiled, and the decoded picture.
    const QImage after = list->viewport()->grab().toImage().copy(tile);
    QVERIFY(meanBrightness(after.copy(after.rect().adjusted(4, 4, -4, -4))) >
            meanBrightness(before.copy(before.rect().adjusted(4, 4, -4, -4))));

    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tile.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), mediaId);

    // Veil All Media Again: veiled again, and a click reveals (no preview).
    MediaSettings::instance()->veilAll();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, tile.center());
    QCOMPARE(activated.size(), 1);
    QVERIFY(MediaSettings::instance()->isRevealed(mediaId));
}

void TestMediaCards::cardHeightStaysTheSame()
{
    ThumbnailCache cache;
    cache.setCachePath(m_cache, m_home.filePath("thumbs-height"));
    auto view = std::make_unique<TimelineView>();
    view->resize(900, 600);
    view->setCachePath(m_cache);
    view->setThumbnails(&cache);
    view->setQuery(TweetFilter(), TweetOrder::OldestFirst);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTRY_VERIFY(timelineSettled(view->model()));
    TweetListView *list = view->listView();
    const int height = TweetCardDelegate::cardHeight(list->font());
    QCOMPARE(list->rowHeight(), height);
    int withMedia = 0;
    int without = 0;
    for (int row = list->firstVisibleRow(); row <= list->lastVisibleRow(); ++row) {
        const QModelIndex index = view->model()->index(row);
        QCOMPARE(view->delegate()->sizeHint(optionFor(list, index), index).height(), height);
        QCOMPARE(list->visualRect(index).height(), height);
        const TweetRow tweet = view->model()->tweetAt(row);
        const auto parts = view->delegate()->layout(optionFor(list, index), tweet);
        for (const QRect &tile : parts.thumbnails) {
            // Inside the card, beside the text, never over the header or the footer.
            QVERIFY(parts.card.contains(tile));
            QVERIFY(tile.top() > parts.header.bottom());
            QVERIFY(tile.bottom() < parts.footer.top());
            QVERIFY(!tile.intersects(parts.text));
            QVERIFY(!tile.intersects(parts.context));
        }
        (tweet.mediaIds.isEmpty() ? without : withMedia) += 1;
    }
    // A timeline of every tweet: about a third of the generated tweets have media, so both are on screen.
    QVERIFY(withMedia > 0);
    QVERIFY(without > 0);
}

void TestMediaCards::rightToLeftIsMirrored()
{
    ThumbnailCache cache;
    cache.setCachePath(m_cache, m_home.filePath("thumbs-rtl"));
    auto ltr = timeline(&cache);
    QVERIFY(ltr);
    auto rtl = timeline(&cache, Qt::RightToLeft);
    QVERIFY(rtl);
    const int row = rowWithPicture(ltr.get(), 2);
    QVERIFY2(row >= 0, "no visible card with two media files");
    rtl->jumpToRow(row);
    const QModelIndex index = ltr->model()->index(row);
    const TweetRow tweet = ltr->model()->tweetAt(row);
    QCOMPARE(rtl->model()->tweetAt(row).id, tweet.id);
    const auto left = ltr->delegate()->layout(optionFor(ltr->listView(), index), tweet);
    const QStyleOptionViewItem rtlOption = optionFor(rtl->listView(), rtl->model()->index(row));
    QCOMPARE(rtlOption.direction, Qt::RightToLeft);
    const auto right = rtl->delegate()->layout(rtlOption, tweet);
    QCOMPARE(right.thumbnails.size(), left.thumbnails.size());
    QVERIFY(left.thumbnails.size() >= 2);
    // Left to right: the strip after the text, the first file leftmost. Right to left: before it, rightmost.
    QVERIFY(left.thumbnails.first().left() > left.text.right());
    QVERIFY(left.thumbnails.first().left() < left.thumbnails.at(1).left());
    QVERIFY(right.thumbnails.first().right() < right.text.left());
    QVERIFY(right.thumbnails.first().left() > right.thumbnails.at(1).left());
    for (int i = 0; i < left.thumbnails.size(); ++i) {
        // Mirror images about the card.
        QCOMPARE(left.card.right() - left.thumbnails[i].right(),
                 right.thumbnails[i].left() - right.card.left());
        QCOMPARE(left.thumbnails[i].top(), right.thumbnails[i].top());
        QCOMPARE(left.thumbnails[i].size(), right.thumbnails[i].size());
    }
    QCOMPARE(left.text.width(), right.text.width());
    QVERIFY(waitForThumbnails(rtl.get(), &cache, row));
    screenshot(rtl.get(), "cards-rtl-veiled");
}

void TestMediaCards::rowsWithoutMediaHaveNoThumbnails()
{
    ThumbnailCache cache;
    cache.setCachePath(m_cache, m_home.filePath("thumbs-none"));
    auto view = std::make_unique<TimelineView>();
    view->resize(900, 600);
    view->setCachePath(m_cache);
    view->setThumbnails(&cache);
    TweetFilter filter;
    filter.media = TweetFilter::Media::Without;
    view->setQuery(filter, TweetOrder::OldestFirst);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTRY_VERIFY(timelineSettled(view->model()));
    TweetListView *list = view->listView();
    QVERIFY(list->lastVisibleRow() > 0);
    QSignalSpy updated(view->delegate(), &TweetCardDelegate::thumbnailUpdated);
    list->viewport()->repaint();
    for (int row = list->firstVisibleRow(); row <= list->lastVisibleRow(); ++row) {
        const QModelIndex index = view->model()->index(row);
        const TweetRow tweet = view->model()->tweetAt(row);
        QVERIFY(tweet.mediaIds.isEmpty());
        QVERIFY(view->delegate()->layout(optionFor(list, index), tweet).thumbnails.isEmpty());
    }
    // Nothing was asked for.
    QCOMPARE(cache.queuedCount() + cache.runningCount(), 0);
    QCOMPARE(cache.statistics().decoded, 0);

    // Without a thumbnail cache, cards with media keep the badge only.
    auto plain = std::make_unique<TimelineView>();
    plain->resize(900, 600);
    plain->setCachePath(m_cache);
    filter.media = TweetFilter::Media::With;
    plain->setQuery(filter, TweetOrder::OldestFirst);
    plain->show();
    QVERIFY(QTest::qWaitForWindowExposed(plain.get()));
    QTRY_VERIFY(timelineSettled(plain->model()));
    const TweetRow tweet = plain->model()->tweetAt(0);
    QVERIFY(!tweet.mediaIds.isEmpty());
    const auto parts =
        plain->delegate()->layout(optionFor(plain->listView(), plain->model()->index(0)), tweet);
    QVERIFY(parts.thumbnails.isEmpty());
    QVERIFY(parts.media.isValid());
}

void TestMediaCards::videosAndFailuresAreTiles()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const qint64 video =
        count(db, "SELECT id FROM media WHERE kind = 'video' AND tweet_id IN (SELECT id FROM "
                  "tweets) ORDER BY id LIMIT 1");
    QVERIFY(video > 0);
    const qint64 tweetId =
        count(db, qPrintable(QString("SELECT tweet_id FROM media WHERE id = %1").arg(video)));
    ThumbnailCache cache;
    cache.setCachePath(m_cache, m_home.filePath("thumbs-video"));
    auto view = std::make_unique<TimelineView>();
    view->resize(1000, 600);
    view->setCachePath(m_cache);
    view->setThumbnails(&cache);
    TweetFilter filter;
    filter.media = TweetFilter::Media::With;
    view->setQuery(filter, TweetOrder::OldestFirst);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTRY_VERIFY(timelineSettled(view->model()));
    int row = -1;
    QTRY_VERIFY((row = [&] {
                    for (int r = 0; r < view->model()->rowCount(); ++r) {
                        if (view->model()->isLoaded(r) && view->model()->tweetAt(r).id == tweetId) {
                            return r;
                        }
                    }
                    return -1;
                }()) >= 0);
    view->jumpToRow(row);
    QVERIFY(waitForThumbnails(view.get(), &cache, row));
    const TweetRow tweet = view->model()->tweetAt(row);
    const int at = int(tweet.mediaIds.indexOf(video));
    QVERIFY(at >= 0);
    QCOMPARE(tweet.mediaKinds.at(at), MediaKind::Video);
    TweetListView *list = view->listView();
    const auto parts = view->delegate()->layout(optionFor(list, view->model()->index(row)), tweet);
    QSignalSpy activated(view.get(), &TimelineView::mediaActivated);
    const QSize size = MediaTilePainter::requestSize(parts.thumbnails.at(at).size(), 1);
    if (cache.thumbnail(video, size).isNull()) {
        // No frame (the cache makes none for videos): a play tile, with nothing to veil, so a click asks
        // for the preview at once, even in the safe view.
        QCOMPARE(MediaTilePainter::state(&cache, video, MediaKind::Video, size, false, 0, nullptr),
                 MediaTilePainter::State::Video);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, parts.thumbnails.at(at).center());
    } else {
        // A frame: veiled like a picture, the first click reveals it.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, parts.thumbnails.at(at).center());
        QCOMPARE(activated.size(), 0);
        QVERIFY(MediaSettings::instance()->isRevealed(video));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, parts.thumbnails.at(at).center());
    }
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), video);
    screenshot(view.get(), "cards-video");
    // Its tooltip says what it is.
    const QString tip = MediaTilePainter::toolTip(MediaKind::Video, true, false, cache.failureReason(video));
    QVERIFY(tip.startsWith(MediaTilePainter::kindName(MediaKind::Video)));
    QVERIFY(!tip.contains(QStringLiteral("click to show")));
    QVERIFY(MediaTilePainter::toolTip(MediaKind::Image, true, true, QString()).contains("click to show"));
}

void TestMediaCards::dossierListsTheAccountsMedia()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    // The account with a profile image and the most media.
    const std::int64_t account = count(
        db, "SELECT account_id FROM media WHERE account_id IN (SELECT account_id FROM media WHERE kind = "
            "'profile') GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1");
    QVERIFY(account > 0);
    const std::int64_t total =
        count(db, qPrintable(QString("SELECT count(*) FROM media WHERE account_id = %1").arg(account)));
    QVERIFY(total > AccountDossierQuery::MaximumRecentMedia);

    ThumbnailCache cache;
    cache.setCachePath(m_cache, m_home.filePath("thumbs-dossier"));
    QThreadPool pool;
    AccountDossierView view(&pool);
    view.resize(520, 900);
    view.setCachePath(m_cache);
    view.setThumbnails(&cache);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy shown(&view, &AccountDossierView::dossierShown);
    view.showAccount(account);
    QTRY_COMPARE(shown.size(), 1);
    const AccountDossier &dossier = view.dossier();
    QVERIFY(dossier.parts & AccountDossierQuery::Media);
    QCOMPARE(dossier.mediaTotal, total);
    // Counts by kind, as SQL counts them.
    Statement kinds(db,
                    qPrintable(QString("SELECT kind, count(*) FROM media WHERE account_id = %1 GROUP BY kind "
                                       "ORDER BY 2 DESC, kind")
                                   .arg(account)));
    int k = 0;
    while (kinds.next()) {
        QVERIFY(k < dossier.mediaKinds.size());
        QCOMPARE(dossier.mediaKinds[k].value, kinds.text(0));
        QCOMPARE(dossier.mediaKinds[k].count, kinds.int64(1));
        ++k;
    }
    QCOMPARE(k, dossier.mediaKinds.size());
    // The recent media: the profile image, then tweet media newest first, exactly the account's.
    Statement recent(
        db, qPrintable(QString("SELECT id FROM media WHERE account_id = %1 ORDER BY (tweet_id IS NULL "
                               "AND kind = 'profile') DESC, tweet_id IS NULL, tweet_id DESC, "
                               "archive_id, entry_index LIMIT 12")
                           .arg(account)));
    QList<qint64> expected;
    while (recent.next()) {
        expected << recent.int64(0);
    }
    QCOMPARE(expected.size(), AccountDossierQuery::MaximumRecentMedia);
    QList<qint64> listed;
    for (const DossierMedia &media : dossier.recentMedia) {
        listed << media.mediaId;
    }
    QCOMPARE(listed, expected);
    QCOMPARE(dossier.recentMedia.first().kind, MediaKind::Profile);
    QCOMPARE(dossier.recentMedia.first().tweetId, 0);
    for (qsizetype i = 2; i < dossier.recentMedia.size(); ++i) {
        QVERIFY(dossier.recentMedia[i].tweetId <= dossier.recentMedia[i - 1].tweetId);
    }

    // The grid shows those, in that order.
    MediaThumbnailGrid *grid = view.mediaGrid();
    QVERIFY(grid);
    QCOMPARE(grid->items().size(), expected.size());
    for (int i = 0; i < grid->items().size(); ++i) {
        QCOMPARE(grid->items()[i].mediaId, expected[i]);
    }
    view.ensureWidgetVisible(grid);
    QTRY_VERIFY(grid->isVisible() && grid->height() >= grid->tileSide());
    QTRY_VERIFY([&] {
        grid->repaint();
        for (const auto &item : grid->items()) {
            const QSize size = MediaTilePainter::requestSize(QSize(grid->tileSide(), grid->tileSide()), 1);
            if (cache.thumbnail(item.mediaId, size).isNull() && cache.failureReason(item.mediaId).isEmpty()) {
                return false;
            }
        }
        return true;
    }());
    screenshot(&view, "dossier-veiled");

    // Veiled: a click reveals; again: asks for the preview.
    const QRect first = grid->tileRect(0);
    const QImage veiled = grid->grab().toImage().copy(first.adjusted(4, 4, -4, -4));
    QSignalSpy activated(&view, &AccountDossierView::mediaActivated);
    QTest::mouseClick(grid, Qt::LeftButton, {}, first.center());
    QVERIFY(MediaSettings::instance()->isRevealed(expected.first()));
    QCOMPARE(activated.size(), 0);
    const QImage revealed = grid->grab().toImage().copy(first.adjusted(4, 4, -4, -4));
    QVERIFY(meanDifference(veiled, revealed) > 10);
    QTest::mouseClick(grid, Qt::LeftButton, {}, first.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), expected.first());
    // The keyboard: End, then Space reveals the last.
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_End);
    QCOMPARE(grid->currentIndex(), int(expected.size()) - 1);
    QTest::keyClick(grid, Qt::Key_Space);
    QVERIFY(MediaSettings::instance()->isRevealed(expected.last()) ||
            grid->items().last().kind == MediaKind::Video);
    MediaSettings::instance()->setSafeView(false);
    screenshot(&view, "dossier-shown");
    // A hashed account's 64-digit hash and user id cannot wrap: they are cut at the pane's edge (whole in
    // their tooltip), and the dossier never scrolls sideways for them.
    QVERIFY(view.horizontalScrollBar()->maximum() == 0 || !view.horizontalScrollBar()->isVisible());
    QVERIFY(view.widget()->width() <= view.viewport()->width());

    // Right to left: the first tile on the right.
    view.setLayoutDirection(Qt::RightToLeft);
    QTRY_VERIFY(grid->tileRect(0).left() > grid->tileRect(1).left());
    screenshot(&view, "dossier-rtl");

    // Show All in Gallery.
    QSignalSpy gallery(&view, &AccountDossierView::galleryRequested);
    QPushButton *button = nullptr;
    for (QPushButton *candidate : view.findChildren<QPushButton *>()) {
        if (candidate->text() == QStringLiteral("Show All in Gallery")) {
            button = candidate;
        }
    }
    QVERIFY(button);
    button->click();
    QCOMPARE(gallery.size(), 1);
    QCOMPARE(gallery.first().first().toLongLong(), qint64(account));

    // An account without media says so, and has no grid.
    const std::int64_t bare =
        count(db, "SELECT id FROM accounts WHERE id NOT IN (SELECT account_id FROM media "
                  "WHERE account_id IS NOT NULL) ORDER BY id LIMIT 1");
    if (bare > 0) {
        view.showAccount(bare);
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(view.dossier().mediaTotal, 0);
        QVERIFY(!view.mediaGrid());
    }
}

void TestMediaCards::mainWindowThroughWidgets()
{
    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const std::int64_t account =
        count(db, "SELECT account_id FROM media WHERE kind = 'image' AND tweet_id IN (SELECT id FROM tweets) "
                  "GROUP BY account_id ORDER BY count(*) DESC LIMIT 1");
    QVERIFY(account > 0);

    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QSignalSpy refreshed(&window, &MainWindow::refreshed);
    window.openCache(m_cache);
    QTRY_VERIFY(refreshed.size() >= 1);
    Explorer *explorer = window.explorer();
    QCOMPARE(explorer->timeline()->delegate()->thumbnails(), explorer->thumbnails());

    // Open the account: its dossier and its timeline.
    explorer->openAccount(account);
    TimelineView *timeline = explorer->timeline();
    QTRY_VERIFY(timelineSettled(timeline->model()));
    QTRY_VERIFY(explorer->dossier()->mediaGrid() != nullptr);
    const int row = [&] {
        for (int r = 0; r < timeline->model()->rowCount() && r < 400; ++r) {
            if (timeline->model()->isLoaded(r) && !timeline->model()->tweetAt(r).mediaIds.isEmpty() &&
                timeline->model()->tweetAt(r).mediaKinds.first() != MediaKind::Video) {
                return r;
            }
        }
        return -1;
    }();
    QVERIFY(row >= 0);
    timeline->jumpToRow(row);
    QVERIFY(waitForThumbnails(timeline, explorer->thumbnails(), row));
    screenshot(&window, "window-cards-veiled");

    // A thumbnail clicked twice: revealed, then previewed.
    TweetListView *list = timeline->listView();
    const TweetRow tweet = timeline->model()->tweetAt(row);
    const auto parts = timeline->delegate()->layout(optionFor(list, timeline->model()->index(row)), tweet);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, parts.thumbnails.first().center());
    QVERIFY(MediaSettings::instance()->isRevealed(tweet.mediaIds.first()));
    QVERIFY(!explorer->mediaPreview() || !explorer->mediaPreview()->isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, parts.thumbnails.first().center());
    QTRY_VERIFY(explorer->mediaPreview() && explorer->mediaPreview()->isVisible());
    screenshot(&window, "window-cards-revealed");

    // The dossier's "Show All in Gallery": the Gallery tab.
    QPushButton *button = nullptr;
    for (QPushButton *candidate : explorer->dossier()->findChildren<QPushButton *>()) {
        if (candidate->text() == QStringLiteral("Show All in Gallery")) {
            button = candidate;
        }
    }
    QVERIFY(button);
    button->click();
    QTRY_COMPARE(explorer->centerTabs()->currentWidget(), static_cast<QWidget *>(explorer->gallery()));
}

// In Persian the whole window runs right to left: the cards' strips and the dossier's tiles follow, and
// the media strings are translated.
void TestMediaCards::persianWindowIsMirrored()
{
    QVERIFY(UiLanguage::apply("fa"));
    const auto restore = qScopeGuard([] { UiLanguage::apply("en"); });
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(MediaTilePainter::kindName(MediaKind::Video), QString::fromUtf8("ویدیو"));

    Database db;
    QVERIFY(db.open(m_cache, Database::Mode::ReadOnly));
    const std::int64_t account = count(
        db, "SELECT account_id FROM media WHERE account_id IN (SELECT account_id FROM media WHERE kind = "
            "'profile') GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1");
    MainWindow window;
    window.resize(1500, 900);
    window.show();
    QSignalSpy refreshed(&window, &MainWindow::refreshed);
    window.openCache(m_cache);
    QTRY_VERIFY(refreshed.size() >= 1);
    Explorer *explorer = window.explorer();
    explorer->openAccount(account);
    TimelineView *timeline = explorer->timeline();
    QTRY_VERIFY(timelineSettled(timeline->model()));
    QTRY_VERIFY(explorer->dossier()->mediaGrid() != nullptr);
    MediaThumbnailGrid *grid = explorer->dossier()->mediaGrid();
    QCOMPARE(grid->layoutDirection(), Qt::RightToLeft);
    QVERIFY(grid->tileRect(0).left() > grid->tileRect(1).left());
    const int row = rowWithPicture(timeline);
    QVERIFY(row >= 0);
    QVERIFY(waitForThumbnails(timeline, explorer->thumbnails(), row));
    TweetListView *list = timeline->listView();
    const QStyleOptionViewItem option = optionFor(list, timeline->model()->index(row));
    QCOMPARE(option.direction, Qt::RightToLeft);
    const auto parts = timeline->delegate()->layout(option, timeline->model()->tweetAt(row));
    QVERIFY(parts.thumbnails.first().right() < parts.text.left());
    explorer->dossier()->ensureWidgetVisible(grid);
    screenshot(&window, "window-fa-veiled");
}

QTEST_MAIN(TestMediaCards)
#include "tst_mediacards.moc"

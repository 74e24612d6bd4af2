// The synthetic MP4 writer: the box tree is well formed (every size adds up), the sample tables describe
// exactly the frames in mdat, every frame is a JPEG that decodes to the video's size, and frames differ.
// The media generator puts a share of its files as such videos in videos/ folders.
#include "core/synth/archivegenerator.h"
#include "core/synth/mediagenerator.h"
#include "core/synth/syntheticmedia.h"
#include "core/synth/syntheticvideo.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

using namespace trove;
using namespace trove::synthetic;

namespace {

quint32 read32(const QByteArray &data, qsizetype at)
{
    return quint32(quint8(data[at])) << 24 | quint32(quint8(data[at + 1])) << 16 |
           quint32(quint8(data[at + 2])) << 8 | quint32(quint8(data[at + 3]));
}

struct Box
{
    QByteArray type;
    qsizetype offset = 0; ///< of the header
    qsizetype size = 0;   ///< header included
    QList<Box> children;
    qsizetype payload() const { return offset + 8; }
};

const QList<QByteArray> containers = {"moov", "trak", "mdia", "minf", "dinf", "stbl"};

/** Parses the boxes in [begin, end); false when a size does not fit exactly. */
bool parse(const QByteArray &data, qsizetype begin, qsizetype end, QList<Box> *boxes)
{
    qsizetype at = begin;
    while (at < end) {
        if (end - at < 8) {
            return false;
        }
        Box box;
        box.offset = at;
        box.size = qsizetype(read32(data, at));
        box.type = data.mid(at + 4, 4);
        if (box.size < 8 || at + box.size > end) {
            return false;
        }
        if (containers.contains(box.type) && !parse(data, at + 8, at + box.size, &box.children)) {
            return false;
        }
        boxes->append(box);
        at += box.size;
    }
    return at == end;
}

const Box *find(const QList<Box> &boxes, const QList<QByteArray> &path)
{
    const QList<Box> *level = &boxes;
    const Box *found = nullptr;
    for (const QByteArray &type : path) {
        found = nullptr;
        for (const Box &box : *level) {
            if (box.type == type) {
                found = &box;
                break;
            }
        }
        if (!found) {
            return nullptr;
        }
        level = &found->children;
    }
    return found;
}

QStringList zipEntries(const QString &path)
{
    QStringList names;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        return names;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        names << QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
    }
    zip_close(archive);
    return names;
}

} // namespace

class TestSyntheticVideo : public QObject
{
    Q_OBJECT

private slots:
    void boxesAddUp_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("fps");
        QTest::newRow("default") << 64 << 48 << 12 << 12;
        QTest::newRow("one frame") << 8 << 8 << 1 << 1;
        QTest::newRow("rounded up") << 100 << 30 << 25 << 25;
        QTest::newRow("thirty a second") << 64 << 48 << 10 << 30;
        QTest::newRow("long") << 160 << 120 << 240 << 24;
    }

    void boxesAddUp()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, frames);
        QFETCH(int, fps);
        SyntheticVideo::Options options;
        options.width = width;
        options.height = height;
        options.frames = frames;
        options.framesPerSecond = fps;
        options.seed = 7;
        const QByteArray mp4 = SyntheticVideo::mp4(options);
        QVERIFY(!mp4.isEmpty());

        QList<Box> boxes;
        QVERIFY(parse(mp4, 0, mp4.size(), &boxes));
        QCOMPARE(boxes.size(), 3);
        QCOMPARE(boxes.at(0).type, QByteArray("ftyp"));
        QCOMPARE(mp4.mid(8, 4), QByteArray("isom"));
        QCOMPARE(boxes.at(1).type, QByteArray("mdat"));
        QCOMPARE(boxes.at(2).type, QByteArray("moov"));
        for (const QList<QByteArray> &path : {QList<QByteArray>{"moov", "mvhd"},
                                              {"moov", "trak", "tkhd"},
                                              {"moov", "trak", "mdia", "mdhd"},
                                              {"moov", "trak", "mdia", "hdlr"},
                                              {"moov", "trak", "mdia", "minf", "vmhd"},
                                              {"moov", "trak", "mdia", "minf", "dinf", "dref"},
                                              {"moov", "trak", "mdia", "minf", "stbl", "stsd"},
                                              {"moov", "trak", "mdia", "minf", "stbl", "stts"},
                                              {"moov", "trak", "mdia", "minf", "stbl", "stsc"},
                                              {"moov", "trak", "mdia", "minf", "stbl", "stsz"},
                                              {"moov", "trak", "mdia", "minf", "stbl", "stco"}}) {
            QVERIFY2(find(boxes, path), path.join('/').constData());
        }
        const int roundedWidth = (width + 7) / 8 * 8;
        const int roundedHeight = (height + 7) / 8 * 8;
        const quint32 milliseconds = quint32(qRound(frames * 1000.0 / fps));

        const Box *hdlr = find(boxes, {"moov", "trak", "mdia", "hdlr"});
        QCOMPARE(mp4.mid(hdlr->payload() + 8, 4), QByteArray("vide"));
        const Box *mvhd = find(boxes, {"moov", "mvhd"});
        QCOMPARE(read32(mp4, mvhd->payload() + 12), SyntheticVideo::TimeScale);
        QCOMPARE(read32(mp4, mvhd->payload() + 16), milliseconds);
        const Box *tkhd = find(boxes, {"moov", "trak", "tkhd"});
        QCOMPARE(read32(mp4, tkhd->payload() + 76) >> 16, quint32(roundedWidth));
        QCOMPARE(read32(mp4, tkhd->payload() + 80) >> 16, quint32(roundedHeight));
        QCOMPARE(read32(mp4, tkhd->payload() + 20), milliseconds);
        // The track counts in frames.
        const Box *mdhd = find(boxes, {"moov", "trak", "mdia", "mdhd"});
        QCOMPARE(read32(mp4, mdhd->payload() + 12), quint32(fps));
        QCOMPARE(read32(mp4, mdhd->payload() + 16), quint32(frames));

        const Box *stsd = find(boxes, {"moov", "trak", "mdia", "minf", "stbl", "stsd"});
        QCOMPARE(read32(mp4, stsd->payload() + 4), 1u);
        QCOMPARE(qsizetype(read32(mp4, stsd->payload() + 8)), stsd->size - 16); // the one entry fills it
        QCOMPARE(mp4.mid(stsd->payload() + 12, 4), QByteArray("jpeg"));
        const qsizetype entry = stsd->payload() + 16;
        QCOMPARE(int(quint8(mp4[entry + 24])) << 8 | quint8(mp4[entry + 25]), roundedWidth);
        QCOMPARE(int(quint8(mp4[entry + 26])) << 8 | quint8(mp4[entry + 27]), roundedHeight);

        const Box *stts = find(boxes, {"moov", "trak", "mdia", "minf", "stbl", "stts"});
        QCOMPARE(read32(mp4, stts->payload() + 4), 1u);
        QCOMPARE(read32(mp4, stts->payload() + 8), quint32(frames));
        QCOMPARE(read32(mp4, stts->payload() + 12), 1u);
        const Box *stsc = find(boxes, {"moov", "trak", "mdia", "minf", "stbl", "stsc"});
        QCOMPARE(read32(mp4, stsc->payload() + 4), 1u);
        QCOMPARE(read32(mp4, stsc->payload() + 12), quint32(frames));
        const Box *stsz = find(boxes, {"moov", "trak", "mdia", "minf", "stbl", "stsz"});
        QCOMPARE(read32(mp4, stsz->payload() + 4), 0u);
        QCOMPARE(read32(mp4, stsz->payload() + 8), quint32(frames));
        QCOMPARE(stsz->size, qsizetype(8 + 12 + 4 * frames));
        const Box *stco = find(boxes, {"moov", "trak", "mdia", "minf", "stbl", "stco"});
        QCOMPARE(read32(mp4, stco->payload() + 4), 1u);
        const Box &mdat = boxes.at(1);
        QCOMPARE(qsizetype(read32(mp4, stco->payload() + 8)), mdat.payload());

        // The samples tile mdat exactly, and each is a JPEG of the video's size.
        qsizetype at = mdat.payload();
        QImage previous;
        int differing = 0;
        for (int i = 0; i < frames; ++i) {
            const qsizetype size = qsizetype(read32(mp4, stsz->payload() + 12 + 4 * i));
            const QByteArray sample = mp4.mid(at, size);
            QVERIFY(sample.startsWith("\xFF\xD8"));
            QVERIFY(sample.endsWith("\xFF\xD9"));
            const QImage frame = QImage::fromData(sample, "JPEG");
            QVERIFY2(!frame.isNull(), qPrintable(QString("frame %1").arg(i)));
            QCOMPARE(frame.size(), QSize(roundedWidth, roundedHeight));
            if (!previous.isNull() && frame != previous) {
                ++differing;
            }
            previous = frame;
            at += size;
        }
        QCOMPARE(at, mdat.offset + mdat.size);
        if (frames > 1 && roundedWidth > 16) {
            QCOMPARE(differing, frames - 1); // the band moves every frame
        }
    }

    void deterministicAndRefusesNonsense()
    {
        QCOMPARE(SyntheticVideo::mp4(3), SyntheticVideo::mp4(3));
        QVERIFY(SyntheticVideo::mp4(3) != SyntheticVideo::mp4(4));
        SyntheticVideo::Options options;
        options.frames = 0;
        QVERIFY(SyntheticVideo::mp4(options).isEmpty());
        options = SyntheticVideo::Options();
        options.width = 5000;
        QVERIFY(SyntheticVideo::mp4(options).isEmpty());
        options = SyntheticVideo::Options();
        options.framesPerSecond = 0;
        QVERIFY(SyntheticVideo::mp4(options).isEmpty());
    }

    void blockJpegDrawsItsSquares()
    {
        const QByteArray jpeg =
            SyntheticMedia::blockJpeg(3, 2, {0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF, 0x000000, 0x808080});
        const QImage image = QImage::fromData(jpeg, "JPEG");
        QCOMPARE(image.size(), QSize(24, 16));
        const QList<QPair<QPoint, QColor>> expected = {
            {{4, 4}, Qt::red},    {{12, 4}, Qt::green},  {{20, 4}, Qt::blue},
            {{4, 12}, Qt::white}, {{12, 12}, Qt::black}, {{20, 12}, QColor(128, 128, 128)}};
        for (const auto &point : expected) {
            const QColor colour = image.pixelColor(point.first);
            QVERIFY2(qAbs(colour.red() - point.second.red()) < 6 &&
                         qAbs(colour.green() - point.second.green()) < 6 &&
                         qAbs(colour.blue() - point.second.blue()) < 6,
                     qPrintable(
                         QString("%1,%2: %3").arg(point.first.x()).arg(point.first.y()).arg(colour.name())));
        }
        QVERIFY(SyntheticMedia::blockJpeg(2, 2, {0, 0, 0}).isEmpty());
    }

    void generatorWritesVideos()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        GeneratorOptions options;
        options.outputDirectory = dir.filePath("tweets");
        options.tweets = 300;
        options.accounts = 8;
        options.seed = 4;
        const GeneratorResult archive = ArchiveGenerator::generate(options);
        QVERIFY2(archive.ok, qPrintable(archive.errorString));

        MediaGeneratorOptions media;
        media.tweetArchive = archive.files;
        media.campaign = archive.campaign;
        media.files = 60;
        media.zips = 1;
        media.unmatched = 0;
        media.nonMedia = false;
        media.seed = 9;

        media.outputDirectory = dir.filePath("none");
        const MediaGeneratorResult without = MediaGenerator::generate(media);
        QVERIFY2(without.ok, qPrintable(without.errorString));
        QCOMPARE(without.videos, 0);
        QCOMPARE(without.images + without.gifs, without.mediaFiles);

        media.outputDirectory = dir.filePath("some");
        media.videoPercent = 30;
        const MediaGeneratorResult with = MediaGenerator::generate(media);
        QVERIFY2(with.ok, qPrintable(with.errorString));
        QCOMPARE(with.mediaFiles, 60);
        QCOMPARE(with.images + with.gifs + with.videos, with.mediaFiles);
        QVERIFY2(with.videos >= 8 && with.videos <= 32, qPrintable(QString::number(with.videos)));

        const QStringList entries = zipEntries(with.files.first());
        int videos = 0;
        for (const QString &name : entries) {
            if (name.endsWith(".mp4")) {
                ++videos;
                QVERIFY2(name.contains("/videos/"), qPrintable(name));
            }
        }
        QCOMPARE(videos, with.videos);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticVideo)
#include "tst_syntheticvideo.moc"

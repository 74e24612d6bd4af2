#include "core/synth/syntheticvideo.h"

#include "core/synth/syntheticmedia.h"

#include <QList>

#include <vector>

namespace trove::synthetic {

namespace {

void put32(QByteArray &out, std::uint32_t value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

void put16(QByteArray &out, std::uint32_t value)
{
    out.append(char((value >> 8) & 0xFF)).append(char(value & 0xFF));
}

/** A box: 32-bit size (header included), four-character type, payload. */
QByteArray box(const char type[4], const QByteArray &payload)
{
    QByteArray out;
    put32(out, std::uint32_t(8 + payload.size()));
    out.append(type, 4);
    out += payload;
    return out;
}

/** A full box: a box whose payload starts with a version byte and 24 bits of flags. */
QByteArray fullBox(const char type[4], int version, std::uint32_t flags, const QByteArray &payload)
{
    QByteArray head;
    put32(head, (std::uint32_t(version) << 24) | (flags & 0xFFFFFF));
    return box(type, head + payload);
}

/** The identity transformation matrix of mvhd and tkhd (16.16 and 2.30 fixed point). */
void putMatrix(QByteArray &out)
{
    const std::uint32_t matrix[9] = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
    for (const std::uint32_t value : matrix) {
        put32(out, value);
    }
}

std::uint32_t colour(std::uint64_t seed, int which)
{
    std::uint64_t z = seed * 8 + std::uint64_t(which) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return std::uint32_t(z & 0xFFFFFF);
}

/** Frame @p frame: a background of one colour and a vertical band two squares wide moving right. */
QByteArray frameJpeg(int blocksWide, int blocksHigh, int frame, std::uint64_t seed)
{
    const std::uint32_t background = colour(seed, 0);
    const std::uint32_t band = colour(seed, 1);
    const std::uint32_t corner = colour(seed, 2);
    std::vector<std::uint32_t> blocks;
    blocks.reserve(std::size_t(blocksWide) * std::size_t(blocksHigh));
    const int at = frame % blocksWide;
    for (int y = 0; y < blocksHigh; ++y) {
        for (int x = 0; x < blocksWide; ++x) {
            const bool inBand = x == at || x == (at + 1) % blocksWide;
            // A fixed corner square keeps the frames' orientation visible.
            blocks.push_back(x == 0 && y == 0 ? corner : inBand ? band : background);
        }
    }
    return SyntheticMedia::blockJpeg(blocksWide, blocksHigh, blocks);
}

} // namespace

QByteArray SyntheticVideo::mp4(std::uint64_t seed)
{
    Options options;
    options.seed = seed;
    return mp4(options);
}

QByteArray SyntheticVideo::mp4(const Options &options)
{
    if (options.width < 1 || options.width > 4096 || options.height < 1 || options.height > 4096 ||
        options.frames < 1 || options.frames > 100000 || options.framesPerSecond < 1 ||
        options.framesPerSecond > 1000) {
        return QByteArray();
    }
    const int blocksWide = (options.width + 7) / 8;
    const int blocksHigh = (options.height + 7) / 8;
    const std::uint32_t width = std::uint32_t(blocksWide * 8);
    const std::uint32_t height = std::uint32_t(blocksHigh * 8);
    // The track counts in frames (its time scale is the frame rate), so that every rate is exact; the movie
    // counts in milliseconds.
    const std::uint32_t trackTimeScale = std::uint32_t(options.framesPerSecond);
    const std::uint32_t trackDuration = std::uint32_t(options.frames);
    const std::uint32_t duration =
        std::uint32_t((std::uint64_t(options.frames) * TimeScale + trackTimeScale / 2) / trackTimeScale);

    QByteArray frames;
    QList<std::uint32_t> sizes;
    for (int frame = 0; frame < options.frames; ++frame) {
        const QByteArray jpeg = frameJpeg(blocksWide, blocksHigh, frame, options.seed);
        sizes.append(std::uint32_t(jpeg.size()));
        frames += jpeg;
    }

    QByteArray ftypPayload("isom", 4);
    put32(ftypPayload, 0x200);
    ftypPayload.append("isomiso2mp41", 12);
    const QByteArray ftyp = box("ftyp", ftypPayload);
    const QByteArray mdat = box("mdat", frames);
    // The frames are one chunk, right after mdat's header.
    const std::uint32_t chunkOffset = std::uint32_t(ftyp.size() + 8);

    QByteArray mvhd;
    put32(mvhd, 0); // creation time
    put32(mvhd, 0); // modification time
    put32(mvhd, TimeScale);
    put32(mvhd, duration);
    put32(mvhd, 0x00010000); // rate 1.0
    put16(mvhd, 0x0100);     // volume 1.0
    mvhd.append(QByteArray(10, '\0'));
    putMatrix(mvhd);
    mvhd.append(QByteArray(24, '\0')); // pre_defined
    put32(mvhd, 2);                    // next track id

    QByteArray tkhd;
    put32(tkhd, 0);
    put32(tkhd, 0);
    put32(tkhd, 1); // track id
    put32(tkhd, 0);
    put32(tkhd, duration);
    tkhd.append(QByteArray(8, '\0'));
    put16(tkhd, 0); // layer
    put16(tkhd, 0); // alternate group
    put16(tkhd, 0); // volume: a video track has none
    put16(tkhd, 0);
    putMatrix(tkhd);
    put32(tkhd, width << 16);
    put32(tkhd, height << 16);

    QByteArray mdhd;
    put32(mdhd, 0);
    put32(mdhd, 0);
    put32(mdhd, trackTimeScale);
    put32(mdhd, trackDuration);
    put16(mdhd, 0x55C4); // "und", packed ISO-639-2/T
    put16(mdhd, 0);

    QByteArray hdlr;
    put32(hdlr, 0);
    hdlr.append("vide", 4);
    hdlr.append(QByteArray(12, '\0'));
    hdlr.append("VideoHandler\0", 13);

    QByteArray vmhd;
    put16(vmhd, 0); // graphics mode: copy
    vmhd.append(QByteArray(6, '\0'));

    QByteArray dref;
    put32(dref, 1);
    dref += fullBox("url ", 0, 1, QByteArray()); // flag 1: the data is in this file

    // VisualSampleEntry 'jpeg' (QuickTime Photo-JPEG, one JPEG image a sample).
    QByteArray entry(6, '\0'); // reserved
    put16(entry, 1);           // data reference index
    entry.append(QByteArray(16, '\0'));
    put16(entry, width);
    put16(entry, height);
    put32(entry, 0x00480000); // 72 dpi
    put32(entry, 0x00480000);
    put32(entry, 0);
    put16(entry, 1); // frames per sample
    QByteArray compressor(32, '\0');
    const QByteArray name("Photo - JPEG");
    compressor[0] = char(name.size());
    compressor.replace(1, name.size(), name);
    entry += compressor;
    put16(entry, 0x0018); // depth: colour, no alpha
    put16(entry, 0xFFFF); // pre_defined -1
    QByteArray stsd;
    put32(stsd, 1);
    stsd += box("jpeg", entry);

    QByteArray stts;
    put32(stts, 1);
    put32(stts, std::uint32_t(options.frames));
    put32(stts, 1); // one frame each

    QByteArray stsc;
    put32(stsc, 1);
    put32(stsc, 1); // first chunk
    put32(stsc, std::uint32_t(options.frames));
    put32(stsc, 1); // sample description index

    QByteArray stsz;
    put32(stsz, 0); // sizes differ: listed
    put32(stsz, std::uint32_t(options.frames));
    for (const std::uint32_t size : std::as_const(sizes)) {
        put32(stsz, size);
    }

    QByteArray stco;
    put32(stco, 1);
    put32(stco, chunkOffset);

    const QByteArray stbl =
        box("stbl", fullBox("stsd", 0, 0, stsd) + fullBox("stts", 0, 0, stts) + fullBox("stsc", 0, 0, stsc) +
                        fullBox("stsz", 0, 0, stsz) + fullBox("stco", 0, 0, stco));
    const QByteArray minf =
        box("minf", fullBox("vmhd", 0, 1, vmhd) + box("dinf", fullBox("dref", 0, 0, dref)) + stbl);
    const QByteArray mdia = box("mdia", fullBox("mdhd", 0, 0, mdhd) + fullBox("hdlr", 0, 0, hdlr) + minf);
    const QByteArray trak = box("trak", fullBox("tkhd", 0, 3, tkhd) + mdia); // enabled, in movie
    const QByteArray moov = box("moov", fullBox("mvhd", 0, 0, mvhd) + trak);
    return ftyp + mdat + moov;
}

} // namespace trove::synthetic

#pragma once

#include <QByteArray>

#include <cstdint>

namespace trove::synthetic {

/**
 * Small, genuinely playable MP4 videos made without any encoder (core links no QtGui and no codec): an ISO
 * base media file (ISO/IEC 14496-12) whose one video track holds Motion-JPEG frames (sample entry `jpeg`,
 * which GStreamer's qtdemux and jpegdec, FFmpeg and QuickTime play). Each frame is a baseline JPEG of flat
 * 8×8 squares (SyntheticMedia::blockJpeg) in which a band of colour moves, so that frames differ.
 * Deterministic for the seed. Layout: `ftyp`, `mdat` (the frames, in order), `moov` (`mvhd`, one `trak` with
 * `tkhd` and `mdia`: `mdhd`, `hdlr` "vide", `minf`: `vmhd`, `dinf`/`dref`/`url `, `stbl`: `stsd`, `stts`,
 * `stsc`, `stsz`, `stco`).
 */
class SyntheticVideo
{
public:
    struct Options
    {
        int width = 64;  ///< pixels, rounded up to a multiple of 8 (1..4096)
        int height = 48; ///< pixels, rounded up to a multiple of 8 (1..4096)
        int frames = 12; ///< 1..100000
        int framesPerSecond = 12;
        std::uint64_t seed = 1;
    };

    /** The MP4 file; empty when an option is out of range. */
    static QByteArray mp4(const Options &options);
    /** A 64×48 clip of one second at 12 frames a second for @p seed. */
    static QByteArray mp4(std::uint64_t seed);

    /**
     * The movie's time scale (units a second): milliseconds. The track's is the frame rate, each sample
     * lasting one unit.
     */
    static constexpr std::uint32_t TimeScale = 1000;
};

} // namespace trove::synthetic

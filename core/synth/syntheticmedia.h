#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace trove::synthetic {

/**
 * Small, genuinely decodable media files made without any image library (core links no QtGui), for the
 * synthetic media archives, the tests and the benchmark. Each is deterministic for its @p seed, which picks
 * its colours, so that files differ. They are written byte by byte to their formats' specifications.
 */
class SyntheticMedia
{
public:
    /** A 16×16 RGB PNG (zlib-compressed IDAT, CRC-checked chunks) of a colour gradient. */
    static QByteArray png(std::uint64_t seed);
    /** A 16×16 animated GIF89a: two frames of a four-colour checkerboard that swap colours, looping. */
    static QByteArray gif(std::uint64_t seed);
    /**
     * A 16×16 baseline JPEG (JFIF, YCbCr 4:4:4) of four flat colour squares: the blocks carry only their DC
     * coefficients, coded with the standard DC Huffman table.
     */
    static QByteArray jpeg(std::uint64_t seed);
    /**
     * A baseline JPEG of @p blocksWide × @p blocksHigh flat 8×8 squares (YCbCr 4:4:4, DC coefficients only),
     * square i (in raster order) of colour @p rgb[i] (0xRRGGBB). Empty when the sizes do not match.
     */
    static QByteArray blockJpeg(int blocksWide, int blocksHigh, const std::vector<std::uint32_t> &rgb);

    /** CRC-32 (ISO 3309, as PNG and zip use it). */
    static std::uint32_t crc32(const char *data, std::size_t size, std::uint32_t crc = 0);
};

} // namespace trove::synthetic

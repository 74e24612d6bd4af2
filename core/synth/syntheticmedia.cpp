#include "core/synth/syntheticmedia.h"

#include <array>
#include <cstdlib>
#include <vector>

namespace trove::synthetic {

namespace {

struct Rgb
{
    int r, g, b;
};

/** A colour from the seed (splitmix64: well spread for neighbouring seeds). */
Rgb colour(std::uint64_t seed, int which)
{
    std::uint64_t z = seed * 4 + std::uint64_t(which) + 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return Rgb{int(z & 0xFF), int((z >> 8) & 0xFF), int((z >> 16) & 0xFF)};
}

void appendBigEndian32(QByteArray &out, std::uint32_t value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

void appendBigEndian16(QByteArray &out, int value)
{
    out.append(char((value >> 8) & 0xFF)).append(char(value & 0xFF));
}

void appendLittleEndian16(QByteArray &out, int value)
{
    out.append(char(value & 0xFF)).append(char((value >> 8) & 0xFF));
}

void appendPngChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    appendBigEndian32(out, std::uint32_t(data.size()));
    QByteArray typed(type, 4);
    typed += data;
    out += typed;
    appendBigEndian32(out, SyntheticMedia::crc32(typed.constData(), std::size_t(typed.size())));
}

/** Writes bits most significant first, with JPEG's byte stuffing (0x00 after every 0xFF). */
class JpegBitWriter
{
public:
    explicit JpegBitWriter(QByteArray &out)
        : m_out(out)
    {}
    void write(std::uint32_t bits, int count)
    {
        for (int i = count - 1; i >= 0; --i) {
            m_byte = (m_byte << 1) | ((bits >> i) & 1);
            if (++m_count == 8) {
                flushByte();
            }
        }
    }
    void finish()
    {
        while (m_count != 0) {
            write(1, 1); // pad with ones
        }
    }

private:
    void flushByte()
    {
        m_out.append(char(m_byte));
        if (m_byte == 0xFF) {
            m_out.append(char(0));
        }
        m_byte = 0;
        m_count = 0;
    }
    QByteArray &m_out;
    std::uint32_t m_byte = 0;
    int m_count = 0;
};

} // namespace

std::uint32_t SyntheticMedia::crc32(const char *data, std::size_t size, std::uint32_t crc)
{
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (std::size_t i = 0; i < size; ++i) {
        crc = table[(crc ^ std::uint8_t(data[i])) & 0xFF] ^ (crc >> 8);
    }
    return ~crc;
}

QByteArray SyntheticMedia::png(std::uint64_t seed)
{
    constexpr int Size = 16;
    const Rgb from = colour(seed, 0);
    const Rgb to = colour(seed, 1);
    QByteArray raw;
    raw.reserve(Size * (1 + 3 * Size));
    for (int y = 0; y < Size; ++y) {
        raw.append(char(0)); // filter type None
        for (int x = 0; x < Size; ++x) {
            const int t = x + y; // 0..30
            raw.append(char(from.r + (to.r - from.r) * t / 30));
            raw.append(char(from.g + (to.g - from.g) * t / 30));
            raw.append(char(from.b + (to.b - from.b) * t / 30));
        }
    }
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian32(header, Size);
    appendBigEndian32(header, Size);
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0)); // 8-bit RGB
    appendPngChunk(out, "IHDR", header);
    // qCompress gives a zlib stream (what IDAT holds) behind a 4-byte length of its own.
    appendPngChunk(out, "IDAT", qCompress(raw, 9).mid(4));
    appendPngChunk(out, "IEND", QByteArray());
    return out;
}

QByteArray SyntheticMedia::gif(std::uint64_t seed)
{
    constexpr int Size = 16;
    QByteArray out("GIF89a");
    appendLittleEndian16(out, Size);
    appendLittleEndian16(out, Size);
    out.append(char(0x91)); // global colour table, 2 bits of colour resolution, 4 entries
    out.append(char(0));    // background colour index
    out.append(char(0));    // no aspect ratio
    for (int i = 0; i < 4; ++i) {
        const Rgb c = colour(seed, i);
        out.append(char(c.r)).append(char(c.g)).append(char(c.b));
    }
    // Loop forever (the Netscape application extension that every browser honours).
    out.append("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19);
    for (int frame = 0; frame < 2; ++frame) {
        out.append("\x21\xF9\x04\x00", 4); // graphic control: no transparency
        appendLittleEndian16(out, 50);     // 0.5 s
        out.append(char(0)).append(char(0));
        out.append(char(0x2C)); // image descriptor
        appendLittleEndian16(out, 0);
        appendLittleEndian16(out, 0);
        appendLittleEndian16(out, Size);
        appendLittleEndian16(out, Size);
        out.append(char(0));
        // LZW with a minimum code size of 2 (clear = 4, end = 5, 3-bit codes). A clear code before every
        // pixel keeps the code table from growing, so every code stays 3 bits wide: valid, if not small.
        out.append(char(2));
        QByteArray data;
        std::uint32_t accumulator = 0;
        int bits = 0;
        auto put = [&](int code) {
            accumulator |= std::uint32_t(code) << bits;
            bits += 3;
            while (bits >= 8) {
                data.append(char(accumulator & 0xFF));
                accumulator >>= 8;
                bits -= 8;
            }
        };
        for (int y = 0; y < Size; ++y) {
            for (int x = 0; x < Size; ++x) {
                put(4);
                put(((x / 4 + y / 4 + frame) % 2) * 2 + ((x / 8 + y / 8) % 2));
            }
        }
        put(5);
        if (bits > 0) {
            data.append(char(accumulator & 0xFF));
        }
        for (qsizetype at = 0; at < data.size(); at += 255) {
            const QByteArray block = data.mid(at, 255);
            out.append(char(block.size()));
            out += block;
        }
        out.append(char(0)); // block terminator
    }
    out.append(char(0x3B));
    return out;
}

QByteArray SyntheticMedia::jpeg(std::uint64_t seed)
{
    std::vector<std::uint32_t> blocks;
    for (int block = 0; block < 4; ++block) {
        const Rgb c = colour(seed, block);
        blocks.push_back(std::uint32_t(c.r) << 16 | std::uint32_t(c.g) << 8 | std::uint32_t(c.b));
    }
    return blockJpeg(2, 2, blocks);
}

QByteArray SyntheticMedia::blockJpeg(int blocksWide, int blocksHigh, const std::vector<std::uint32_t> &rgb)
{
    if (blocksWide <= 0 || blocksHigh <= 0 ||
        rgb.size() != std::size_t(blocksWide) * std::size_t(blocksHigh)) {
        return QByteArray();
    }
    QByteArray out("\xFF\xD8", 2);                                                  // SOI
    out.append("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18); // APP0 JFIF 1.1
    // One quantisation table of ones: a block's DC coefficient is 8 × (level − 128).
    out.append("\xFF\xDB\x00\x43\x00", 5);
    out.append(QByteArray(64, char(1)));
    // Baseline frame: 8-bit, three components Y Cb Cr, no subsampling, table 0.
    out.append("\xFF\xC0\x00\x11\x08", 5);
    appendBigEndian16(out, 8 * blocksHigh);
    appendBigEndian16(out, 8 * blocksWide);
    out.append("\x03\x01\x11\x00\x02\x11\x00\x03\x11\x00", 10);
    // Huffman tables: the standard luminance DC table (categories 0..11), and an AC table whose only code
    // ("0", one bit) is end-of-block.
    const char dcBits[16] = {0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    out.append("\xFF\xC4\x00\x31\x00", 5);
    out.append(dcBits, 16);
    for (int value = 0; value < 12; ++value) {
        out.append(char(value));
    }
    out.append(char(0x10));
    out.append(char(1));
    out.append(QByteArray(15, char(0)));
    out.append(char(0));
    // Start of scan: the three components, DC table 0 and AC table 0 each, spectral 0..63.
    out.append("\xFF\xDA\x00\x0C\x03\x01\x00\x02\x00\x03\x00\x00\x3F\x00", 14);

    // The DC codes of the standard table, by category: {code, length}.
    static const int dcCodes[12][2] = {{0x0, 2}, {0x2, 3},  {0x3, 3},  {0x4, 3},  {0x5, 3},  {0x6, 3},
                                       {0xE, 4}, {0x1E, 5}, {0x3E, 6}, {0x7E, 7}, {0xFE, 8}, {0x1FE, 9}};
    JpegBitWriter writer(out);
    int previous[3] = {0, 0, 0};
    // Without subsampling an MCU is one block of each component, in raster order.
    for (const std::uint32_t colour : rgb) {
        const int r = int((colour >> 16) & 0xFF), g = int((colour >> 8) & 0xFF), b = int(colour & 0xFF);
        // JFIF's RGB → YCbCr.
        const double y = 0.299 * r + 0.587 * g + 0.114 * b;
        const double cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
        const double cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
        const double levels[3] = {y, cb, cr};
        for (int component = 0; component < 3; ++component) {
            const int level = qBound(0, int(levels[component] + 0.5), 255);
            const int dc = 8 * (level - 128);
            const int diff = dc - previous[component];
            previous[component] = dc;
            int category = 0;
            for (int magnitude = std::abs(diff); magnitude > 0; magnitude >>= 1) {
                ++category;
            }
            writer.write(std::uint32_t(dcCodes[category][0]), dcCodes[category][1]);
            if (category > 0) {
                const int bits = diff > 0 ? diff : diff + (1 << category) - 1;
                writer.write(std::uint32_t(bits), category);
            }
            writer.write(0, 1); // end of block: every AC coefficient is zero
        }
    }
    writer.finish();
    out.append("\xFF\xD9", 2); // EOI
    return out;
}

} // namespace trove::synthetic

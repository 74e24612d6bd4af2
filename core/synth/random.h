#pragma once

#include "core/synth/syntheticvocabulary.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace trove::synthetic {

/**
 * xoshiro256** seeded through splitmix64: fast, and the same bytes on every platform, unlike the
 * distributions of <random>. Separate streams of one seed are independent, so accounts and tweets each
 * draw from their own and changing one does not shift the other.
 */
class Random
{
public:
    /** Seeds stream @p stream of @p seed. */
    Random(std::uint64_t seed, std::uint64_t stream);

    // next(), below(), percent(), perMille() and pick() run tens of times per generated row from several
    // files; they stay inline here because out-of-line calls across translation units (no LTO) would
    // slow generation measurably.

    /** The next 64 random bits. */
    std::uint64_t next()
    {
        const std::uint64_t result = rotate(m_state[1] * 5, 7) * 9;
        const std::uint64_t shifted = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= shifted;
        m_state[3] = rotate(m_state[3], 45);
        return result;
    }

    /** Uniform in [0, bound): Lemire's multiply-shift, no division. */
    std::uint64_t below(std::uint64_t bound)
    {
        return std::uint64_t((static_cast<unsigned __int128>(next()) * bound) >> 64);
    }

    /** True with a chance of @p chance in 100. */
    bool percent(int chance) { return below(100) < std::uint64_t(chance); }
    /** True with a chance of @p chance in 1000. */
    bool perMille(int chance) { return below(1000) < std::uint64_t(chance); }

    /** A uniformly chosen item of @p list. */
    std::string_view pick(const WordList &list) { return list[below(list.count)]; }

    /** Roughly log-uniform in [0, limit): many small values, a few large ones, as follower counts are. */
    std::uint64_t skewed(std::uint64_t limit);

private:
    static std::uint64_t rotate(std::uint64_t value, int bits)
    {
        return (value << bits) | (value >> (64 - bits));
    }

    std::array<std::uint64_t, 4> m_state;
};

} // namespace trove::synthetic

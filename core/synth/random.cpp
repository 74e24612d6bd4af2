#include "core/synth/random.h"

#include <algorithm>

namespace trove::synthetic {

Random::Random(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (std::uint64_t &word : m_state) {
        state += 0x9E3779B97F4A7C15ULL;
        std::uint64_t mixed = state;
        mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9ULL;
        mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EBULL;
        word = mixed ^ (mixed >> 31);
    }
}

std::uint64_t Random::skewed(std::uint64_t limit)
{
    std::uint64_t ceiling = 1;
    const std::uint64_t doublings = below(64 - std::uint64_t(__builtin_clzll(limit | 1)) + 1);
    for (std::uint64_t step = 0; step < doublings && ceiling < limit; ++step)
        ceiling *= 2;
    return below(std::min(ceiling, limit));
}

} // namespace trove::synthetic

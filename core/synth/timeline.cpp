#include "core/synth/timeline.h"

#include "core/synth/civildate.h"
#include "core/synth/syntheticvocabulary.h"

#include <algorithm>
#include <cstdlib>

namespace trove::synthetic {

Timeline::Timeline()
{
    // Tweets per day by year, growing towards the 2016 peak of the genuine IRA release.
    static constexpr int yearlyBase[] = {20, 30, 45, 60, 80, 130, 170, 220, 150, 70, 70};
    // UTC hours: busiest during Moscow and Tehran office hours.
    static constexpr int hourly[24] = {4, 3, 2, 2, 3, 5, 7, 9, 10, 10, 10, 9,
                                       9, 9, 9, 9, 8, 8, 8, 7, 7,  6,  5,  5};
    std::size_t burstCount = 0;
    const Burst *burstList = bursts(&burstCount);

    const std::int64_t dayCount = lastTweetDay - firstTweetDay + 1;
    m_hourWeights.reserve(std::size_t(dayCount * 24));
    m_cumulative.reserve(std::size_t(dayCount * 24 + 1));
    m_cumulative.push_back(0);
    for (std::int64_t day = firstTweetDay; day <= lastTweetDay; ++day) {
        const CivilDate date = civilFromDays(day);
        const int yearIndex = date.year - 2009;
        const std::int64_t base = yearlyBase[yearIndex] +
                                  (yearlyBase[yearIndex + 1] - yearlyBase[yearIndex]) * (date.month - 1) / 12;
        std::int64_t bump = 0;
        for (std::size_t index = 0; index < burstCount; ++index) {
            const Burst &burst = burstList[index];
            const std::int64_t distance = std::abs(day - daysFromCivil(burst.year, burst.month, burst.day));
            if (distance < burst.halfWidthDays)
                bump += burst.peakPercent * (burst.halfWidthDays - distance) / burst.halfWidthDays;
        }
        const int weekday = int((day + 4) % 7); // 0 is Sunday
        const std::int64_t weekdayPercent = weekday == 0 || weekday == 6 ? 80 : 100;
        const std::int64_t dayWeight = std::max<std::int64_t>(1, base * (100 + bump) * weekdayPercent / 100);
        for (const int hourWeight : hourly) {
            m_hourWeights.push_back(std::uint64_t(dayWeight * hourWeight));
            m_cumulative.push_back(m_cumulative.back() + m_hourWeights.back());
        }
    }
}

std::int64_t Timeline::minuteAt(std::int64_t index, std::int64_t count, std::uint32_t jitter)
{
    const std::uint64_t total = m_cumulative.back();
    const unsigned __int128 numerator =
        ((static_cast<unsigned __int128>(std::uint64_t(index)) << 32) | jitter) * total;
    const std::uint64_t position =
        std::uint64_t(numerator / (static_cast<unsigned __int128>(std::uint64_t(count)) << 32));
    while (m_hour + 1 < m_hourWeights.size() && m_cumulative[m_hour + 1] <= position)
        ++m_hour;
    const std::uint64_t minuteInHour = (position - m_cumulative[m_hour]) * 60 / m_hourWeights[m_hour];
    return firstTweetDay * minutesPerDay + std::int64_t(m_hour) * 60 +
           std::int64_t(std::min<std::uint64_t>(minuteInHour, 59));
}

} // namespace trove::synthetic

#pragma once

#include <QByteArray>
#include <QDate>
#include <QTimeZone>

#include <cstdint>
#include <vector>

namespace trove {

class Database;

/**
 * A time zone's offsets from UTC over a span of instants, read once from Qt's time zone database
 * (QTimeZone::transitions), so that placing millions of tweets in local time is a lookup instead of a
 * QTimeZone call each: every daylight-saving change and every change of a zone's rules (Moscow's +3/+4 with
 * DST until 2011, +4 until 2014, +3 since; Tehran's +3:30 with DST some years and not others) is one
 * transition in the table. Instants outside the span are asked of QTimeZone (slow, exact).
 *
 * Local times are counted as "local seconds": the instant's epoch seconds plus the offset in force at it,
 * so that local days, weekdays and hours are plain integer arithmetic.
 *
 * Not thread-safe (a lookup cursor is kept for time-ordered input): one object per thread.
 */
class ZoneOffsets
{
public:
    /** UTC. */
    ZoneOffsets() = default;
    /** The offsets of @p zone over [@p from, @p until] (epoch seconds). @p zone must be valid. */
    ZoneOffsets(const QTimeZone &zone, std::int64_t from, std::int64_t until);

    /** The zone for an IANA id; "" and "UTC" are UTC. Invalid when Qt does not know the id. */
    static QTimeZone zoneFor(const QByteArray &ianaId);

    /** The offset from UTC in seconds in force at @p utc (epoch seconds). */
    int offsetAt(std::int64_t utc) const;
    /** @p utc as local seconds. */
    std::int64_t toLocal(std::int64_t utc) const { return utc + offsetAt(utc); }

    /** True when the zone is UTC over the whole span (no offset, no transition). */
    bool isUtcOverSpan() const;
    /**
     * True when every offset in the span is a whole number of quarter hours and every transition falls on
     * a quarter hour: then every tweet of a quarter hour (time / 900) has the same local time to the
     * quarter hour, and counts per quarter hour map to local hours and days exactly.
     */
    bool isQuarterHourAligned() const;

    /**
     * The first instant (epoch seconds) whose local time is at or after @p localSeconds, scanning forward
     * from a day before it: the UTC start of a local day when @p localSeconds is a local midnight (also on
     * days that begin at 01:00 because the clocks went forward at midnight, as Tehran's did).
     */
    std::int64_t firstInstantAtOrAfterLocal(std::int64_t localSeconds) const;

    /** Days since 1970-01-01 of local seconds (floor division). */
    static std::int64_t localDay(std::int64_t localSeconds)
    {
        return localSeconds >= 0 ? localSeconds / 86400 : -((-localSeconds + 86399) / 86400);
    }
    /** The date of a day number (days since 1970-01-01). */
    static QDate dateOfDay(std::int64_t day) { return QDate::fromJulianDay(day + 2440588); }
    /** The day number of a date. */
    static std::int64_t dayOfDate(const QDate &date) { return date.toJulianDay() - 2440588; }
    /** 0 Monday .. 6 Sunday, times 24, plus the hour 0..23: the heatmap cell of local seconds. */
    static int weekHour(std::int64_t localSeconds)
    {
        const std::int64_t day = localDay(localSeconds);
        const int weekday = int(((day + 3) % 7 + 7) % 7); // 1970-01-01 was a Thursday
        return weekday * 24 + int((localSeconds - day * 86400) / 3600);
    }

    /**
     * Registers on @p db the SQL function trove_local_weekhour(time, zone) -> weekHour() of the epoch
     * seconds @p time in the IANA zone @p zone ('' is UTC), deterministic, with a per-zone cache of
     * transitions (1970 to 2040 read once per zone and connection). Only queries use it: no schema object
     * depends on it, so caches stay readable by any SQLite. Registered once per connection (a second call
     * does nothing). False with the connection's error set when it cannot be registered.
     */
    static bool registerSqlFunction(Database &db);

private:
    std::size_t intervalOf(std::int64_t utc) const;

    QTimeZone m_zone;
    bool m_utc = true;
    std::int64_t m_from = 0;
    std::int64_t m_until = 0;
    std::vector<std::int64_t> m_starts; ///< m_starts[i]: first instant of interval i (m_starts[0] = m_from)
    std::vector<int> m_offsets;         ///< the offset in force from m_starts[i] on
    mutable std::size_t m_cursor = 0;
};

} // namespace trove

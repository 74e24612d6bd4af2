#include "core/charts/zoneoffsets.h"

#include "core/db/database.h"

#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

namespace trove {

namespace {

int zoneOffsetAt(const QTimeZone &zone, std::int64_t utc)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, Qt::UTC));
}

} // namespace

ZoneOffsets::ZoneOffsets(const QTimeZone &zone, std::int64_t from, std::int64_t until)
    : m_zone(zone)
    , m_utc(false)
    , m_from(from)
    , m_until(std::max(from, until))
{
    m_starts.push_back(m_from);
    m_offsets.push_back(zoneOffsetAt(zone, m_from));
    const QTimeZone::OffsetDataList transitions = zone.transitions(
        QDateTime::fromSecsSinceEpoch(m_from + 1, Qt::UTC), QDateTime::fromSecsSinceEpoch(m_until, Qt::UTC));
    for (const QTimeZone::OffsetData &transition : transitions) {
        const std::int64_t at = transition.atUtc.toSecsSinceEpoch();
        if (at <= m_starts.back() || at > m_until) {
            continue;
        }
        if (transition.offsetFromUtc == m_offsets.back()) {
            continue; // a change of abbreviation or of the DST flag only
        }
        m_starts.push_back(at);
        m_offsets.push_back(transition.offsetFromUtc);
    }
}

QTimeZone ZoneOffsets::zoneFor(const QByteArray &ianaId)
{
    if (ianaId.isEmpty() || ianaId == "UTC") {
        return QTimeZone::utc();
    }
    return QTimeZone(ianaId);
}

std::size_t ZoneOffsets::intervalOf(std::int64_t utc) const
{
    // Time-ordered input stays in one interval or moves to the next: check those before searching.
    if (m_cursor < m_starts.size() && m_starts[m_cursor] <= utc &&
        (m_cursor + 1 == m_starts.size() || utc < m_starts[m_cursor + 1])) {
        return m_cursor;
    }
    if (m_cursor + 1 < m_starts.size() && m_starts[m_cursor + 1] <= utc &&
        (m_cursor + 2 == m_starts.size() || utc < m_starts[m_cursor + 2])) {
        return ++m_cursor;
    }
    const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), utc);
    m_cursor = std::size_t(after - m_starts.begin()) - 1;
    return m_cursor;
}

int ZoneOffsets::offsetAt(std::int64_t utc) const
{
    if (m_utc) {
        return 0;
    }
    if (utc < m_from || utc > m_until) {
        return zoneOffsetAt(m_zone, utc);
    }
    return m_offsets[intervalOf(utc)];
}

bool ZoneOffsets::isUtcOverSpan() const
{
    return m_utc || (m_offsets.size() == 1 && m_offsets.front() == 0);
}

bool ZoneOffsets::isQuarterHourAligned() const
{
    if (m_utc) {
        return true;
    }
    for (std::size_t i = 0; i < m_starts.size(); ++i) {
        if (m_offsets[i] % 900 != 0 || (i > 0 && m_starts[i] % 900 != 0)) {
            return false;
        }
    }
    return true;
}

std::int64_t ZoneOffsets::firstInstantAtOrAfterLocal(std::int64_t localSeconds) const
{
    if (m_utc) {
        return localSeconds;
    }
    // No zone is more than a day away from UTC: start a day early and walk the intervals forward; in each,
    // local time runs parallel to UTC, so the first instant reaching localSeconds is found by subtraction.
    const std::int64_t start = localSeconds - 86400 - 3600;
    if (start < m_from || localSeconds + 86400 > m_until) {
        // Outside the table: a table around this instant answers (it covers the instant: no recursion).
        return ZoneOffsets(m_zone, start, localSeconds + 2 * 86400).firstInstantAtOrAfterLocal(localSeconds);
    }
    for (std::size_t i = intervalOf(start); i < m_starts.size(); ++i) {
        const std::int64_t begin = std::max(m_starts[i], start);
        const std::int64_t end = i + 1 < m_starts.size() ? m_starts[i + 1] : m_until + 1;
        const std::int64_t candidate = std::max(begin, localSeconds - m_offsets[i]);
        if (candidate < end) {
            return candidate;
        }
    }
    return localSeconds - m_offsets.back();
}

namespace {

// The zones a connection's trove_local_weekhour calls have asked for, each read once.
struct LocalTimeCache
{
    std::unordered_map<std::string, std::unique_ptr<ZoneOffsets>> zones;
};

constexpr std::int64_t FunctionSpanFrom = 0;           // 1970-01-01
constexpr std::int64_t FunctionSpanUntil = 2208988800; // 2040-01-01

void localWeekHour(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    auto *cache = static_cast<LocalTimeCache *>(sqlite3_user_data(context));
    const auto *zoneText = reinterpret_cast<const char *>(sqlite3_value_text(arguments[1]));
    const std::string zoneId(zoneText ? zoneText : "", size_t(sqlite3_value_bytes(arguments[1])));
    auto found = cache->zones.find(zoneId);
    if (found == cache->zones.end()) {
        const QTimeZone zone = ZoneOffsets::zoneFor(QByteArray::fromStdString(zoneId));
        if (!zone.isValid()) {
            sqlite3_result_error(context, "unknown time zone", -1);
            return;
        }
        found = cache->zones
                    .emplace(zoneId, std::make_unique<ZoneOffsets>(zone, FunctionSpanFrom, FunctionSpanUntil))
                    .first;
    }
    const std::int64_t time = sqlite3_value_int64(arguments[0]);
    sqlite3_result_int(context, ZoneOffsets::weekHour(found->second->toLocal(time)));
}

} // namespace

bool ZoneOffsets::registerSqlFunction(Database &db)
{
    sqlite3 *handle = db.handle();
    if (!handle) {
        return db.setError(QStringLiteral("the cache is not open"));
    }
    // Already there? Replacing a function while a statement of the connection runs is an error.
    sqlite3_stmt *probe = nullptr;
    const bool registered =
        sqlite3_prepare_v2(handle, "SELECT trove_local_weekhour(0, '')", -1, &probe, nullptr) == SQLITE_OK;
    sqlite3_finalize(probe);
    if (registered) {
        return true;
    }
    auto *cache = new LocalTimeCache;
    const int rc = sqlite3_create_function_v2(
        handle, "trove_local_weekhour", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, cache, &localWeekHour, nullptr,
        nullptr, [](void *data) { delete static_cast<LocalTimeCache *>(data); });
    if (rc != SQLITE_OK) {
        return db.fail(QStringLiteral("cannot register trove_local_weekhour"));
    }
    return true;
}

} // namespace trove

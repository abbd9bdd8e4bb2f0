// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/hours/zoneoffsetcache.h"

#include <QDateTime>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace Nav::Directory {

namespace {

constexpr qint64 YearMs = 366LL * 86'400'000;
// Invalid ids are remembered too (as nullptr), up to this many, so that a file full of bad
// zone names costs one QTimeZone lookup per name, not one per evaluation.
constexpr std::size_t MaxRememberedInvalid = 256;

struct Cache
{
    std::unordered_map<QString, std::unique_ptr<ZoneOffsets>> byId;
    std::size_t invalid = 0;
    // The caller's default zone is the same on almost every call: skip the id lookup.
    QTimeZone lastZone;
    ZoneOffsets *lastOffsets = nullptr;
};

Cache &threadCache()
{
    thread_local Cache cache;
    return cache;
}

} // namespace

ZoneOffsets::ZoneOffsets(const QTimeZone &zone)
    : m_zone(zone)
{
}

void ZoneOffsets::cover(qint64 utcMs)
{
    if (utcMs >= m_from && utcMs < m_to)
        return;
    qint64 from = utcMs - YearMs;
    qint64 to = utcMs + 2 * YearMs;
    if (m_to > m_from) { // extend what is there unless it would grow past a few decades
        const qint64 wideFrom = std::min(from, m_from);
        const qint64 wideTo = std::max(to, m_to);
        if (wideTo - wideFrom < 30 * YearMs) {
            from = wideFrom;
            to = wideTo;
        }
    }
    m_from = from;
    m_to = to;
    m_spanFrom = m_spanTo = 0;
    m_at.clear();
    m_offset.clear();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    m_before = m_zone.offsetFromUtc(start);
    if (!m_zone.hasTransitions())
        return;
    // One nextTransition() at a time: in Qt 6.4 transitions(from, to) leaves out those that
    // come from the zone's rule beyond the last year of its table (2037 for fat tzdata files),
    // and nextTransition() asked exactly at the last transition of the table answers "none";
    // asked a millisecond later it goes on.
    QDateTime after = start;
    while (true) {
        const QTimeZone::OffsetData t = m_zone.nextTransition(after.addMSecs(1));
        if (!t.atUtc.isValid())
            break;
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        if (at >= to || at <= after.toMSecsSinceEpoch())
            break;
        m_at.push_back(at);
        m_offset.push_back(t.offsetFromUtc);
        after = t.atUtc;
    }
}

qsizetype ZoneOffsets::indexAfter(qint64 utcMs) const
{
    return std::upper_bound(m_at.begin(), m_at.end(), utcMs) - m_at.begin();
}

int ZoneOffsets::slowOffsetAt(qint64 utcMs)
{
    cover(utcMs);
    const qsizetype i = indexAfter(utcMs);
    m_spanFrom = i == 0 ? m_from : m_at[i - 1];
    m_spanTo = i < qsizetype(m_at.size()) ? m_at[i] : m_to;
    m_spanOffset = i == 0 ? m_before : m_offset[i - 1];
    return m_spanOffset;
}

qint64 ZoneOffsets::slowToUtc(qint64 localMs)
{
    // The offset a day earlier is the one in force before any transition near localMs.
    const int before = offsetAt(localMs - DayMs);
    const qint64 first = localMs - qint64(before) * 1000;
    const int atFirst = offsetAt(first);
    if (atFirst == before)
        return first;
    const qint64 second = localMs - qint64(atFirst) * 1000;
    if (offsetAt(second) == atFirst)
        return second;
    // Skipped wall time: the first instant after the gap is the transition itself.
    const qint64 low = std::min(first, second);
    cover(low);
    const qsizetype i = indexAfter(low);
    return i < qsizetype(m_at.size()) ? m_at[i] : first;
}

ZoneOffsets *ZoneOffsetCache::forId(const QString &ianaId)
{
    Cache &cache = threadCache();
    const auto found = cache.byId.find(ianaId);
    if (found != cache.byId.end())
        return found->second.get();
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid()) {
        if (cache.invalid < MaxRememberedInvalid) {
            ++cache.invalid;
            cache.byId.emplace(ianaId, nullptr);
        }
        return nullptr;
    }
    auto offsets = std::make_unique<ZoneOffsets>(zone);
    ZoneOffsets *result = offsets.get();
    cache.byId.emplace(ianaId, std::move(offsets));
    return result;
}

ZoneOffsets *ZoneOffsetCache::forZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return forId(QStringLiteral("UTC"));
    Cache &cache = threadCache();
    if (cache.lastOffsets && zone == cache.lastZone)
        return cache.lastOffsets;
    cache.lastZone = zone;
    // Keyed by id but built from the object itself: a custom zone cannot be rebuilt from its id.
    const QString id = QString::fromLatin1(zone.id());
    auto found = cache.byId.find(id);
    if (found != cache.byId.end() && found->second) {
        cache.lastOffsets = found->second.get();
        return cache.lastOffsets;
    }
    auto offsets = std::make_unique<ZoneOffsets>(zone);
    ZoneOffsets *result = offsets.get();
    if (found != cache.byId.end())
        found->second = std::move(offsets);
    else
        cache.byId.emplace(id, std::move(offsets));
    cache.lastOffsets = result;
    return result;
}

} // namespace Nav::Directory

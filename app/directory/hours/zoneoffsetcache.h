// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Internal to hours/: the UTC offsets of one time zone as a sorted table of transitions, filled
// from QTimeZone a few years at a time, so that "open now" over a long result list does not
// ask QTimeZone (a few hundred ns each) for every instant it looks at.

#include <QString>
#include <QTimeZone>

#include <vector>

namespace Nav::Directory {

class ZoneOffsets
{
public:
    explicit ZoneOffsets(const QTimeZone &zone);

    // Offset from UTC in seconds in force at a UTC instant (ms since the epoch).
    int offsetAt(qint64 utcMs)
    {
        if (utcMs >= m_spanFrom && utcMs < m_spanTo)
            return m_spanOffset;
        return slowOffsetAt(utcMs);
    }
    // Wall time (ms since the epoch, as if it were UTC) at a UTC instant.
    qint64 toLocal(qint64 utcMs) { return utcMs + qint64(offsetAt(utcMs)) * 1000; }
    // The earliest UTC instant whose wall time is at or after localMs: the first of two when a
    // wall time happens twice, the end of the gap when it is skipped.
    qint64 toUtc(qint64 localMs)
    {
        // Well inside the span of the last lookup (a day from either transition) a wall time
        // has exactly one instant.
        const qint64 u = localMs - qint64(m_spanOffset) * 1000;
        if (u >= m_spanFrom + DayMs && u < m_spanTo - DayMs)
            return u;
        return slowToUtc(localMs);
    }
    // Calls f(utcMs) for each transition in (fromUtcMs, toUtcMs].
    template<typename F>
    void forEachTransition(qint64 fromUtcMs, qint64 toUtcMs, F &&f);

private:
    static constexpr qint64 DayMs = 86'400'000;
    int slowOffsetAt(qint64 utcMs);
    qint64 slowToUtc(qint64 localMs);
    void cover(qint64 utcMs);
    qsizetype indexAfter(qint64 utcMs) const; // first transition strictly after utcMs

    QTimeZone m_zone;
    qint64 m_from = 0;           // the table is exact on [m_from, m_to)
    qint64 m_to = 0;
    int m_before = 0;            // offset before the first transition of the table
    std::vector<qint64> m_at;    // transition instants, ascending
    std::vector<int> m_offset;   // offset from each transition on
    // The span between two transitions that the last slow lookup fell in: most lookups of one
    // evaluation land there and skip the search.
    qint64 m_spanFrom = 0;
    qint64 m_spanTo = 0;
    int m_spanOffset = 0;
};

// One cache per thread; entries live as long as the thread.
class ZoneOffsetCache
{
public:
    // nullptr when the id names no zone.
    static ZoneOffsets *forId(const QString &ianaId);
    // The zone itself, or UTC when it is invalid.
    static ZoneOffsets *forZone(const QTimeZone &zone);
};

template<typename F>
void ZoneOffsets::forEachTransition(qint64 fromUtcMs, qint64 toUtcMs, F &&f)
{
    cover(fromUtcMs);
    cover(toUtcMs);
    for (qsizetype i = indexAfter(fromUtcMs); i < qsizetype(m_at.size()) && m_at[i] <= toUtcMs; ++i)
        f(m_at[i]);
}

} // namespace Nav::Directory

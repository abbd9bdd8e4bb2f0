// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/hours/openinghours.h"

#include "directory/hours/hoursformatter.h"
#include "directory/hours/hourstextparser.h"
#include "directory/hours/schedulerule.h"
#include "directory/hours/zoneoffsetcache.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>
#include <optional>

namespace Nav::Directory {

namespace {

// How far ahead nextChange looks: plain weekly hours repeat after a week; anything with dates
// (seasons, until, count, monthly rules) may change again only next year.
constexpr qint64 WeeklyHorizonDays = 9;
constexpr qsizetype MaxZones = 8;
constexpr qint64 LongHorizonDays = 402;

class Evaluator
{
public:
    Evaluator(const QList<Schedule> &schedules, qint64 atMs, const QTimeZone &defaultZone);

    bool hasHours() const { return !m_opens.isEmpty(); }
    bool isOpenAt(qint64 utcMs) const;
    std::optional<qint64> nextChange(qint64 atMs, bool openNow) const;

private:
    int zoneIndex(const QString &id);
    static std::optional<qint64> coveringStart(const ScheduleRule &r, qint64 jd, qint64 ms);
    bool seasonCovers(qint64 jd) const;
    bool closedAllDay(qint64 jd) const;
    void appendDayBoundaries(int zone, qint64 jd, QVarLengthArray<qint64, 32> &out) const;

    ZoneOffsets *m_default = nullptr;
    QVarLengthArray<ZoneOffsets *, MaxZones> m_zones;
    QVarLengthArray<ScheduleRule, 8> m_opens;
    QVarLengthArray<ScheduleRule, 4> m_closures;
    bool m_anySeason = false;
    bool m_anyAllDayClosure = false;
    QString m_lastId;
    int m_lastIndex = -1;
};

Evaluator::Evaluator(const QList<Schedule> &schedules, qint64 atMs, const QTimeZone &defaultZone)
    : m_default(ZoneOffsetCache::forZone(defaultZone))
{
    m_zones.append(m_default);
    const qint64 atJd = floorDiv(m_default->toLocal(atMs), DayMs) + EpochJulianDay;
    const qint64 countLimitJd = atJd + LongHorizonDays + 3;
    for (const Schedule &s : schedules) {
        std::optional<ScheduleRule> rule = ScheduleRule::compile(s, countLimitJd);
        if (!rule)
            continue;
        rule->zone = zoneIndex(s.timeZone);
        if (rule->closed) {
            m_anyAllDayClosure = m_anyAllDayClosure || !rule->timed;
            m_closures.append(*rule);
        } else {
            m_anySeason = m_anySeason || rule->season;
            m_opens.append(*rule);
        }
    }
}

int Evaluator::zoneIndex(const QString &id)
{
    if (id.isEmpty())
        return 0;
    if (m_lastIndex >= 0 && id == m_lastId)
        return m_lastIndex;
    ZoneOffsets *zone = ZoneOffsetCache::forId(id);
    if (!zone)
        zone = m_default;
    int index = int(std::find(m_zones.begin(), m_zones.end(), zone) - m_zones.begin());
    if (index == m_zones.size()) {
        if (m_zones.size() == MaxZones)
            return 0; // more zones than any real list has: the rest use the default
        m_zones.append(zone);
    }
    m_lastId = id;
    m_lastIndex = index;
    return index;
}

// The day the opening (or closure) that covers wall time (jd, ms) started on, if one does.
std::optional<qint64> Evaluator::coveringStart(const ScheduleRule &r, qint64 jd, qint64 ms)
{
    if (!r.timed)
        return r.occursOn(jd) ? std::optional<qint64>(jd) : std::nullopt;
    if (ms >= r.openMs && ms < std::min<qint64>(r.endMs, DayMs) && r.occursOn(jd))
        return jd;
    if (r.endMs > DayMs && ms < r.endMs - DayMs && r.occursOn(jd - 1))
        return jd - 1;
    return std::nullopt;
}

bool Evaluator::seasonCovers(qint64 jd) const
{
    if (!m_anySeason)
        return false;
    for (const ScheduleRule &r : m_opens) {
        if (r.season && jd >= r.seasonFromJd && jd <= r.seasonToJd)
            return true;
    }
    return false;
}

bool Evaluator::closedAllDay(qint64 jd) const
{
    if (!m_anyAllDayClosure)
        return false;
    for (const ScheduleRule &c : m_closures) {
        if (!c.timed && c.occursOn(jd))
            return true;
    }
    return false;
}

bool Evaluator::isOpenAt(qint64 utcMs) const
{
    qint64 jd[MaxZones];
    qint64 ms[MaxZones];
    for (qsizetype z = 0; z < m_zones.size(); ++z) {
        const qint64 local = m_zones[z]->toLocal(utcMs);
        const qint64 day = floorDiv(local, DayMs);
        jd[z] = day + EpochJulianDay;
        ms[z] = local - day * DayMs;
    }
    bool open = false;
    for (const ScheduleRule &r : m_opens) {
        const std::optional<qint64> start = coveringStart(r, jd[r.zone], ms[r.zone]);
        if (!start || (!r.season && seasonCovers(*start)) || closedAllDay(*start))
            continue;
        open = true;
        break;
    }
    if (!open)
        return false;
    for (const ScheduleRule &c : m_closures) {
        if (coveringStart(c, jd[c.zone], ms[c.zone]))
            return false;
    }
    return true;
}

void Evaluator::appendDayBoundaries(int zone, qint64 jd, QVarLengthArray<qint64, 32> &out) const
{
    // Wall times of day jd where the state may change: midnight (day-level changes: closures,
    // seasons, validity), and the openings and closings of the rules that fall on the day.
    const qint64 dayStart = (jd - EpochJulianDay) * DayMs;
    out.append(dayStart);
    const auto add = [&](const ScheduleRule &r) {
        if (r.zone != zone || !r.timed)
            return;
        if (r.occursOn(jd)) {
            out.append(dayStart + r.openMs);
            if (r.endMs < DayMs)
                out.append(dayStart + r.endMs);
        }
        if (r.endMs > DayMs && r.occursOn(jd - 1))
            out.append(dayStart + r.endMs - DayMs);
    };
    for (const ScheduleRule &r : m_opens)
        add(r);
    for (const ScheduleRule &c : m_closures)
        add(c);
}

std::optional<qint64> Evaluator::nextChange(qint64 atMs, bool openNow) const
{
    // Between two consecutive boundaries (see appendDayBoundaries) or zone transitions the
    // state cannot change, so only those instants are looked at, in order, a few days at a time.
    const qsizetype zoneCount = m_zones.size();
    qint64 firstJd[MaxZones];
    for (qsizetype z = 0; z < zoneCount; ++z)
        firstJd[z] = floorDiv(m_zones[z]->toLocal(atMs), DayMs) + EpochJulianDay;
    // When every rule repeats weekly with no date bound ahead, a week and a bit shows whether
    // the state ever changes.
    bool weekly = true;
    const auto repeatsWeekly = [&](const ScheduleRule &r) {
        return r.isWeeklyPeriodicBetween(firstJd[r.zone] - 2,
                                         firstJd[r.zone] + LongHorizonDays + 1);
    };
    for (const ScheduleRule &r : m_opens)
        weekly = weekly && repeatsWeekly(r);
    for (const ScheduleRule &c : m_closures)
        weekly = weekly && repeatsWeekly(c);
    const qint64 horizon = weekly ? WeeklyHorizonDays : LongHorizonDays;
    // With several zones a day of one may start up to a day before the same day of another:
    // look at more days; keeping to (lower, bound] keeps the order exact.
    const qint64 margin = zoneCount > 1 ? 2 : 0;

    qint64 lower = atMs;
    qint64 batchStart = 0;
    QVarLengthArray<qint64, 32> local;
    QVarLengthArray<qint64, 64> candidates;
    while (batchStart < horizon) {
        const qint64 batchEnd = std::min(horizon, batchStart < WeeklyHorizonDays
                                                      ? batchStart + 1
                                                      : batchStart * 3);
        qint64 bound = std::numeric_limits<qint64>::max();
        for (qsizetype z = 0; z < zoneCount; ++z) {
            bound = std::min(bound,
                             m_zones[z]->toUtc((firstJd[z] + batchEnd - EpochJulianDay) * DayMs));
        }
        candidates.clear();
        candidates.append(bound);
        for (qsizetype z = 0; z < zoneCount; ++z) {
            ZoneOffsets *zone = m_zones[z];
            local.clear();
            for (qint64 jd = firstJd[z] + batchStart - margin;
                 jd < firstJd[z] + batchEnd + margin; ++jd) {
                appendDayBoundaries(int(z), jd, local);
            }
            for (qint64 l : local) {
                const qint64 u = zone->toUtc(l);
                if (u > lower && u <= bound)
                    candidates.append(u);
            }
            zone->forEachTransition(lower, bound, [&](qint64 u) { candidates.append(u); });
        }
        std::sort(candidates.begin(), candidates.end());
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const bool repeated = i > 0 && candidates[i] == candidates[i - 1];
            if (!repeated && isOpenAt(candidates[i]) != openNow)
                return candidates[i];
        }
        lower = bound;
        batchStart = batchEnd;
    }
    return std::nullopt;
}

} // namespace

OpenStatus OpeningHours::statusAt(const QList<Schedule> &schedules, const QDateTime &at,
                                  const QTimeZone &defaultZone)
{
    if (!at.isValid())
        return {};
    const qint64 atMs = at.toMSecsSinceEpoch();
    const Evaluator evaluator(schedules, atMs, defaultZone);
    if (!evaluator.hasHours())
        return {};
    OpenStatus status;
    const bool open = evaluator.isOpenAt(atMs);
    status.state = open ? OpenState::Open : OpenState::Closed;
    if (const std::optional<qint64> next = evaluator.nextChange(atMs, open))
        status.nextChange = QDateTime::fromMSecsSinceEpoch(*next, Qt::UTC);
    return status;
}

OpenState OpeningHours::stateAt(const QList<Schedule> &schedules, const QDateTime &at,
                                const QTimeZone &defaultZone)
{
    if (!at.isValid())
        return OpenState::Unknown;
    const qint64 atMs = at.toMSecsSinceEpoch();
    const Evaluator evaluator(schedules, atMs, defaultZone);
    if (!evaluator.hasHours())
        return OpenState::Unknown;
    return evaluator.isOpenAt(atMs) ? OpenState::Open : OpenState::Closed;
}

QStringList OpeningHours::describe(const QList<Schedule> &schedules, const QLocale &locale)
{
    return HoursFormatter(locale).describe(schedules);
}

QList<Schedule> OpeningHours::parseText(const QString &text, bool *understood)
{
    return HoursTextParser::parse(text, understood);
}

} // namespace Nav::Directory

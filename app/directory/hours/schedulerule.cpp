// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/hours/schedulerule.h"

#include <QDate>

#include <algorithm>

namespace Nav::Directory {

namespace {

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }
    return days[month - 1];
}

int positiveModulo(qint64 a, int b)
{
    return int(((a % b) + b) % b);
}

} // namespace

bool parseBydayItem(QStringView item, int *dayOfWeek, int *ordinal)
{
    if (item.size() < 2)
        return false;
    static constexpr char16_t codes[7][2] = {{u'M', u'O'}, {u'T', u'U'}, {u'W', u'E'},
                                             {u'T', u'H'}, {u'F', u'R'}, {u'S', u'A'},
                                             {u'S', u'U'}};
    const auto upper = [](QChar c) {
        const char16_t u = c.unicode();
        return u >= u'a' && u <= u'z' ? char16_t(u - u'a' + u'A') : u;
    };
    const char16_t a = upper(item.at(item.size() - 2));
    const char16_t b = upper(item.at(item.size() - 1));
    int dow = 0;
    for (int i = 0; i < 7; ++i) {
        if (codes[i][0] == a && codes[i][1] == b)
            dow = i + 1;
    }
    if (dow == 0)
        return false;
    int n = 0;
    const QStringView prefix = item.first(item.size() - 2);
    if (!prefix.isEmpty()) {
        bool ok = false;
        n = prefix.toInt(&ok);
        if (!ok)
            return false;
    }
    *dayOfWeek = dow;
    *ordinal = n;
    return true;
}

std::optional<ScheduleRule> ScheduleRule::compile(const Schedule &s, qint64 countLimitJd)
{
    ScheduleRule r;
    r.closed = s.closed;
    r.timed = s.opensAt.isValid() && s.closesAt.isValid();
    if (!r.closed && !r.timed)
        return std::nullopt;
    if (r.timed) {
        r.openMs = s.opensAt.msecsSinceStartOfDay();
        const int close = s.closesAt.msecsSinceStartOfDay();
        r.endMs = close > r.openMs ? close : close + qint32(DayMs);
    }

    const QStringView freq = s.freq == u"WEEKLY" ? QStringView() : QStringView(s.freq).trimmed();
    if (freq.isEmpty() || freq.compare(u"WEEKLY", Qt::CaseInsensitive) == 0)
        r.freq = Freq::Weekly;
    else if (freq.compare(u"MONTHLY", Qt::CaseInsensitive) == 0)
        r.freq = Freq::Monthly;
    else if (freq.compare(u"DAILY", Qt::CaseInsensitive) == 0)
        r.freq = Freq::Daily;
    else
        return std::nullopt;
    r.interval = std::max(1, s.interval);

    if (s.dtstart.isValid()) {
        r.anchored = true;
        r.anchorJd = s.dtstart.toJulianDay();
        r.anchorMonthIndex = s.dtstart.year() * 12 + s.dtstart.month() - 1;
        r.anchorDay = s.dtstart.day();
        r.anchorDayOfWeek = s.dtstart.dayOfWeek();
    }

    bool sawByday = false;
    forEachListItem(s.byday, [&](QStringView item) {
        sawByday = true;
        int dow = 0;
        int n = 0;
        if (!parseBydayItem(item, &dow, &n))
            return;
        if (n == 0 || r.freq != Freq::Monthly) {
            r.weekdays |= quint8(1u << (dow - 1));
            r.hasByday = true;
        } else if (n >= 1 && n <= 5) {
            r.nthWeekday[dow - 1] |= quint8(1u << n);
            r.hasByday = true;
        } else if (n <= -1 && n >= -5) {
            r.nthLastWeekday[dow - 1] |= quint8(1u << -n);
            r.hasByday = true;
        }
    });
    if (sawByday && !r.hasByday)
        return std::nullopt;

    for (int d : s.bymonthday) {
        if (d >= 1 && d <= 31) {
            r.monthDays |= 1u << d;
            r.hasMonthDays = true;
        } else if (d <= -1 && d >= -31) {
            r.lastMonthDays |= 1u << -d;
            r.hasMonthDays = true;
        }
    }
    if (!s.bymonthday.isEmpty() && !r.hasMonthDays)
        return std::nullopt;

    if (s.validFrom.isValid())
        r.firstJd = s.validFrom.toJulianDay();
    if (s.dtstart.isValid())
        r.firstJd = std::max(r.firstJd, s.dtstart.toJulianDay());
    if (s.validTo.isValid())
        r.lastJd = s.validTo.toJulianDay();
    if (s.until.isValid())
        r.lastJd = std::min(r.lastJd, s.until.toJulianDay());
    if (s.validFrom.isValid() && s.validTo.isValid()) {
        r.season = true;
        r.seasonFromJd = s.validFrom.toJulianDay();
        r.seasonToJd = s.validTo.toJulianDay();
    }

    // A closure with a start date and nothing to recur on or end it is that one day
    // ("closed on dtstart"), not every day from then on.
    if (r.closed && s.dtstart.isValid() && !r.hasByday && !r.hasMonthDays && !s.until.isValid()
        && !s.validTo.isValid() && s.count <= 0) {
        r.lastJd = s.dtstart.toJulianDay();
    }

    // count: the day of the count-th occurrence becomes the last day. Only scanned up to the
    // caller's horizon; beyond it nothing is evaluated.
    const QDate countAnchor = s.dtstart.isValid() ? s.dtstart : s.validFrom;
    if (s.count > 0 && countAnchor.isValid()) {
        const qint64 to = std::min(r.lastJd, countLimitJd);
        int seen = 0;
        for (qint64 jd = std::max(r.firstJd, countAnchor.toJulianDay()); jd <= to; ++jd) {
            if (r.matchesPattern(jd) && ++seen == s.count) {
                r.lastJd = jd;
                break;
            }
        }
    }
    return r;
}

bool ScheduleRule::matchesPattern(qint64 jd) const
{
    const int dow = dayOfWeekOfJulianDay(jd);
    if (anchored && interval > 1) {
        if (freq == Freq::Daily && positiveModulo(jd - anchorJd, interval) != 0)
            return false;
        if (freq == Freq::Weekly) {
            const qint64 weeks = floorDiv((jd - (dow - 1)) - (anchorJd - (anchorDayOfWeek - 1)), 7);
            if (positiveModulo(weeks, interval) != 0)
                return false;
        }
    }

    int day = 0;
    int dim = 0;
    if (freq == Freq::Monthly || hasMonthDays) {
        int year = 0;
        int month = 0;
        QDate::fromJulianDay(jd).getDate(&year, &month, &day);
        dim = daysInMonth(year, month);
        if (freq == Freq::Monthly && anchored && interval > 1
            && positiveModulo(year * 12 + month - 1 - anchorMonthIndex, interval) != 0) {
            return false;
        }
    }

    if (hasByday) {
        bool hit = (weekdays >> (dow - 1)) & 1;
        if (!hit && freq == Freq::Monthly) {
            hit = ((nthWeekday[dow - 1] >> ((day - 1) / 7 + 1)) & 1)
                  || ((nthLastWeekday[dow - 1] >> ((dim - day) / 7 + 1)) & 1);
        }
        if (!hit)
            return false;
    }
    if (hasMonthDays) {
        if (!((monthDays >> day) & 1) && !((lastMonthDays >> (dim - day + 1)) & 1))
            return false;
    }
    // Neither byday nor bymonthday: every day, but a monthly rule keeps to the day of dtstart.
    // (RFC 5545 would take the weekday of dtstart for a weekly rule; directory data without
    // byday means every day far more often than "every week on the weekday of dtstart".)
    if (!hasByday && !hasMonthDays && anchored && freq == Freq::Monthly)
        return day == anchorDay;
    return true;
}

bool ScheduleRule::isWeeklyPeriodicBetween(qint64 fromJd, qint64 toJd) const
{
    const auto edgeInside = [&](qint64 first, qint64 last) {
        return (first > fromJd && first <= toJd) || (last >= fromJd && last < toJd);
    };
    if (edgeInside(firstJd, lastJd))
        return false;
    if (season && edgeInside(seasonFromJd, seasonToJd))
        return false;
    if (hasMonthDays)
        return false;
    const bool repeating = !anchored || interval == 1;
    switch (freq) {
    case Freq::Daily:
        return repeating;
    case Freq::Weekly:
        return repeating;
    case Freq::Monthly:
        if (!hasByday)
            return !anchored;
        for (int i = 0; i < 7; ++i) {
            if (nthWeekday[i] || nthLastWeekday[i])
                return false;
        }
        return repeating;
    }
    return false;
}

} // namespace Nav::Directory

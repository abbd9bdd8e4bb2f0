// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Internal to hours/: one Schedule entry compiled into plain numbers (Julian days, bit masks,
// milliseconds) so that checking a day or an instant costs no allocation and no string work.

#include "directory/model.h"

#include <QtGlobal>

#include <limits>
#include <optional>

namespace Nav::Directory {

inline constexpr qint64 DayMs = 86'400'000;
// Julian day of 1970-01-01: local wall time in ms since the epoch / DayMs + this = Julian day.
inline constexpr qint64 EpochJulianDay = 2'440'588;

inline qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

// 1 = Monday … 7 = Sunday, as QDate::dayOfWeek().
inline int dayOfWeekOfJulianDay(qint64 jd)
{
    return int(((jd % 7) + 7) % 7) + 1;
}

struct ScheduleRule
{
    enum class Freq : quint8 { Daily, Weekly, Monthly };

    bool closed = false;
    bool timed = false;          // has opensAt and closesAt
    qint32 openMs = 0;           // from the start of the day the opening starts on
    qint32 endMs = 0;            // > openMs; above DayMs when it runs past midnight
    qint64 firstJd = std::numeric_limits<qint64>::min(); // validFrom / dtstart
    qint64 lastJd = std::numeric_limits<qint64>::max();  // validTo / until / count
    bool season = false;         // both validFrom and validTo: replaces unbounded openings
    qint64 seasonFromJd = 0;
    qint64 seasonToJd = 0;
    Freq freq = Freq::Weekly;
    int interval = 1;
    bool anchored = false;       // dtstart given
    qint64 anchorJd = 0;
    int anchorMonthIndex = 0;    // year * 12 + month - 1 of dtstart
    int anchorDay = 0;
    int anchorDayOfWeek = 0;
    bool hasByday = false;
    quint8 weekdays = 0;         // bit d-1 for plain weekdays (MO = bit 0)
    quint8 nthWeekday[7] = {};   // MONTHLY: bit n (1..5) = the n-th such weekday of the month
    quint8 nthLastWeekday[7] = {}; // MONTHLY: bit n (1..5) = the n-th last
    bool hasMonthDays = false;
    quint32 monthDays = 0;       // bit d (1..31)
    quint32 lastMonthDays = 0;   // bit n (1..31) = the n-th last day of the month
    int zone = 0;                // index into the caller's zone table

    // Compiles one entry. Empty when it holds nothing machine-readable: an opening without both
    // times, a frequency other than DAILY/WEEKLY/MONTHLY, or byday/bymonthday that were given
    // but could not be read. countLimitJd bounds the scan that turns `count` into a last day.
    static std::optional<ScheduleRule> compile(const Schedule &schedule, qint64 countLimitJd);

    // Whether the recurrence (without the validity bounds) falls on this day.
    bool matchesPattern(qint64 jd) const;
    bool occursOn(qint64 jd) const { return jd >= firstJd && jd <= lastJd && matchesPattern(jd); }
    // Only the recurrence matters on every day from..to: validity bounds do not change there,
    // nothing but weekdays decides, so the state repeats each week.
    bool isWeeklyPeriodicBetween(qint64 fromJd, qint64 toJd) const;
};

// Parses one byday item ("MO", "1MO", "-1FR", "+2TU"); false when it is not one.
bool parseBydayItem(QStringView item, int *dayOfWeek, int *ordinal);

// Calls f(item) for each item of a list that may also hold comma-separated values ("TH,FR").
template<typename F>
void forEachListItem(const QStringList &list, F &&f)
{
    for (const QString &s : list) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= s.size(); ++i) {
            if (i == s.size() || s.at(i) == u',' || s.at(i) == u' ' || s.at(i) == u';') {
                if (i > start)
                    f(QStringView(s).mid(start, i - start));
                start = i + 1;
            }
        }
    }
}

} // namespace Nav::Directory

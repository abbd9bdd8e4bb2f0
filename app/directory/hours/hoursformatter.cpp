// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/hours/hoursformatter.h"

#include "directory/hours/schedulerule.h"

#include <algorithm>
#include <limits>

namespace Nav::Directory {

namespace {

constexpr qint64 HourMs = 3'600'000;
constexpr qint64 MinuteMs = 60'000;
constexpr quint8 AllDays = 0x7f;

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString englishOrdinalNumber(int n)
{
    const int lastTwo = n % 100;
    const int last = n % 10;
    if (lastTwo >= 11 && lastTwo <= 13)
        return QStringLiteral("%1th").arg(n);
    if (last == 1)
        return QStringLiteral("%1st").arg(n);
    if (last == 2)
        return QStringLiteral("%1nd").arg(n);
    if (last == 3)
        return QStringLiteral("%1rd").arg(n);
    return QStringLiteral("%1th").arg(n);
}

// Ordinals of a weekday in the month: 1..5 and -1..-5 (last, second-to-last…).
QString englishOrdinalWord(int n)
{
    static const char16_t *const forward[] = {u"first", u"second", u"third", u"fourth", u"fifth"};
    static const char16_t *const backward[] = {u"last", u"second-to-last", u"third-to-last",
                                               u"fourth-to-last", u"fifth-to-last"};
    return QString::fromUtf16(n > 0 ? forward[n - 1] : backward[-n - 1]);
}

QString frenchOrdinalWord(int n)
{
    static const char16_t *const forward[] = {u"premier", u"deuxième", u"troisième",
                                              u"quatrième", u"cinquième"};
    static const char16_t *const backward[] = {u"dernier", u"avant-dernier", u"antépénultième",
                                               u"quatrième dernier", u"cinquième dernier"};
    return QString::fromUtf16(n > 0 ? forward[n - 1] : backward[-n - 1]);
}

// Ordinals present in a bit set (bit n = n-th), in reading order.
QList<int> ordinalsOf(quint8 forward, quint8 backward)
{
    QList<int> out;
    for (int n = 1; n <= 5; ++n) {
        if ((forward >> n) & 1)
            out.append(n);
    }
    for (int n = 5; n >= 1; --n) {
        if ((backward >> n) & 1)
            out.append(-n);
    }
    return out;
}

QList<HoursFormatter::Interval> merged(QList<HoursFormatter::Interval> list)
{
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.openMs < b.openMs || (a.openMs == b.openMs && a.endMs < b.endMs);
    });
    QList<HoursFormatter::Interval> out;
    for (const auto &i : list) {
        if (!out.isEmpty() && i.openMs <= out.last().endMs)
            out.last().endMs = std::max(out.last().endMs, i.endMs);
        else
            out.append(i);
    }
    return out;
}

QList<HoursFormatter::Interval> without(const QList<HoursFormatter::Interval> &list,
                                        const HoursFormatter::Interval &cut)
{
    QList<HoursFormatter::Interval> out;
    for (const auto &i : list) {
        if (cut.endMs <= i.openMs || cut.openMs >= i.endMs) {
            out.append(i);
            continue;
        }
        if (cut.openMs > i.openMs)
            out.append({i.openMs, cut.openMs});
        if (cut.endMs < i.endMs)
            out.append({cut.endMs, i.endMs});
    }
    return out;
}

// The weekdays a rule stands for when it is plain weekly hours (every week, only weekdays
// decide); 0 when it needs a sentence of its own.
quint8 plainWeekdays(const ScheduleRule &r)
{
    if (r.hasMonthDays || (r.anchored && r.interval > 1))
        return 0;
    for (int i = 0; i < 7; ++i) {
        if (r.nthWeekday[i] || r.nthLastWeekday[i])
            return 0;
    }
    if (r.freq == ScheduleRule::Freq::Monthly && !r.hasByday && r.anchored)
        return 0;
    return r.hasByday ? r.weekdays : AllDays;
}

struct Group
{
    QDate from;
    QDate to;
    bool hasTable = false;
    QList<HoursFormatter::Interval> days[7];
    QList<HoursFormatter::Interval> cuts[7];
    quint8 closedDays = 0;
    QStringList lines;
};

struct DatedClosure
{
    QDate from;
    QString text;
};

} // namespace

HoursFormatter::HoursFormatter(const QLocale &locale)
    : m_french(locale.language() == QLocale::French)
{
    m_locale = (m_french || locale.language() == QLocale::English)
                   ? locale
                   : QLocale(QLocale::English, QLocale::Canada);
}

QString HoursFormatter::timeMs(qint64 msOfDay) const
{
    const int h = int((msOfDay / HourMs) % 24);
    const int m = int((msOfDay / MinuteMs) % 60);
    if (m_french) {
        if (m == 0 && h == 0)
            return QStringLiteral("minuit");
        if (m == 0 && h == 12)
            return QStringLiteral("midi");
        if (m == 0)
            return QStringLiteral("%1 h").arg(h);
        return QStringLiteral("%1 h %2").arg(h).arg(twoDigits(m));
    }
    if (m == 0 && h == 0)
        return QStringLiteral("midnight");
    if (m == 0 && h == 12)
        return QStringLiteral("noon");
    const int h12 = h % 12 == 0 ? 12 : h % 12;
    const QString marker = h < 12 ? QStringLiteral("a.m.") : QStringLiteral("p.m.");
    return QStringLiteral("%1:%2 %3").arg(h12).arg(twoDigits(m), marker);
}

QString HoursFormatter::time(QTime t) const
{
    return timeMs(t.msecsSinceStartOfDay());
}

QString HoursFormatter::intervalText(const Interval &i) const
{
    if (i.openMs == 0 && i.endMs == DayMs)
        return m_french ? QStringLiteral("Ouvert 24 heures sur 24")
                        : QStringLiteral("Open 24 hours");
    if (m_french)
        return QStringLiteral("de %1 à %2").arg(timeMs(i.openMs), timeMs(i.endMs % DayMs));
    return QStringLiteral("%1 – %2").arg(timeMs(i.openMs), timeMs(i.endMs % DayMs));
}

QString HoursFormatter::range(QTime opens, QTime closes) const
{
    const qint64 o = opens.msecsSinceStartOfDay();
    const qint64 c = closes.msecsSinceStartOfDay();
    return intervalText({o, c > o ? c : c + DayMs});
}

QString HoursFormatter::intervals(const QList<Interval> &list) const
{
    QStringList parts;
    for (const Interval &i : list)
        parts.append(intervalText(i));
    return m_french ? joinList(parts) : parts.join(u", ");
}

QString HoursFormatter::joinList(const QStringList &items) const
{
    if (items.size() <= 1)
        return items.value(0);
    const QString head = items.first(items.size() - 1).join(u", ");
    return m_french ? QStringLiteral("%1 et %2").arg(head, items.last())
                    : QStringLiteral("%1 and %2").arg(head, items.last());
}

QString HoursFormatter::dayName(int dayOfWeek) const
{
    return m_locale.dayName(dayOfWeek, QLocale::LongFormat);
}

QString HoursFormatter::dayRun(int first, int last) const
{
    if (first == last)
        return dayName(first);
    if (last == first + 1) {
        return m_french ? QStringLiteral("%1 et %2").arg(dayName(first), dayName(last))
                        : QStringLiteral("%1 and %2").arg(dayName(first), dayName(last));
    }
    return m_french ? QStringLiteral("du %1 au %2").arg(dayName(first), dayName(last))
                    : QStringLiteral("%1 to %2").arg(dayName(first), dayName(last));
}

QString HoursFormatter::daysOfWeek(quint8 mask) const
{
    if ((mask & AllDays) == AllDays)
        return m_french ? QStringLiteral("tous les jours") : QStringLiteral("every day");
    QStringList runs;
    for (int d = 1; d <= 7; ++d) {
        if (!((mask >> (d - 1)) & 1))
            continue;
        int last = d;
        while (last < 7 && ((mask >> last) & 1))
            ++last;
        runs.append(dayRun(d, last));
        d = last;
    }
    return joinList(runs);
}

QString HoursFormatter::date(QDate d, bool withYear) const
{
    const QString month = m_locale.monthName(d.month(), QLocale::LongFormat);
    if (m_french) {
        const QString day = d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day());
        return withYear ? QStringLiteral("%1 %2 %3").arg(day, month).arg(d.year())
                        : QStringLiteral("%1 %2").arg(day, month);
    }
    return withYear ? QStringLiteral("%1 %2, %3").arg(month).arg(d.day()).arg(d.year())
                    : QStringLiteral("%1 %2").arg(month).arg(d.day());
}

// Years are left out of a window that lies within about a year (a season, a holiday week):
// readers take it as the coming or current one.
static bool windowNeedsYear(QDate from, QDate to)
{
    return !(from.isValid() && to.isValid()) || from.daysTo(to) > 366;
}

QString HoursFormatter::window(QDate from, QDate to) const
{
    const bool year = windowNeedsYear(from, to);
    if (from.isValid() && to.isValid()) {
        if (from == to) {
            return m_french ? QStringLiteral("le %1").arg(date(from, year))
                            : QStringLiteral("on %1").arg(date(from, year));
        }
        return m_french ? QStringLiteral("du %1 au %2").arg(date(from, year), date(to, year))
                        : QStringLiteral("from %1 to %2").arg(date(from, year), date(to, year));
    }
    if (from.isValid()) {
        return m_french ? QStringLiteral("à partir du %1").arg(date(from, year))
                        : QStringLiteral("from %1").arg(date(from, year));
    }
    return m_french ? QStringLiteral("jusqu'au %1").arg(date(to, year))
                    : QStringLiteral("until %1").arg(date(to, year));
}

QString HoursFormatter::closurePhrase(QDate from, QDate to) const
{
    if (!from.isValid() && !to.isValid())
        return statusClosed();
    return m_french ? QStringLiteral("Fermé %1").arg(window(from, to))
                    : QStringLiteral("Closed %1").arg(window(from, to));
}

QString HoursFormatter::statusClosed() const
{
    return m_french ? QStringLiteral("Fermé") : QStringLiteral("Closed");
}

QString HoursFormatter::capitalized(const QString &s) const
{
    if (s.isEmpty())
        return s;
    return m_locale.toUpper(s.left(1)) + s.mid(1);
}

QString HoursFormatter::line(const QString &what, const QString &hours) const
{
    return m_french ? QStringLiteral("%1 : %2").arg(capitalized(what), hours)
                    : QStringLiteral("%1: %2").arg(capitalized(what), hours);
}

QString HoursFormatter::monthlyPhrase(const ScheduleRule &r) const
{
    QStringList byDay;
    for (int d = 1; d <= 7; ++d) {
        const QList<int> ordinals = ordinalsOf(r.nthWeekday[d - 1], r.nthLastWeekday[d - 1]);
        if (!ordinals.isEmpty()) {
            QStringList words;
            for (int n : ordinals) {
                words.append(m_french ? QStringLiteral("le %1").arg(frenchOrdinalWord(n))
                                      : englishOrdinalWord(n));
            }
            byDay.append(QStringLiteral("%1 %2").arg(joinList(words), dayName(d)));
        }
        if ((r.weekdays >> (d - 1)) & 1) {
            byDay.append(m_french ? QStringLiteral("tous les %1s").arg(dayName(d))
                                  : QStringLiteral("every %1").arg(dayName(d)));
        }
    }

    QStringList byMonthDay;
    const auto addMonthDay = [&](int n) {
        if (n > 0) {
            byMonthDay.append(m_french ? (n == 1 ? QStringLiteral("le 1er")
                                                 : QStringLiteral("le %1").arg(n))
                                       : englishOrdinalNumber(n));
        } else if (n == -1) {
            byMonthDay.append(m_french ? QStringLiteral("le dernier jour")
                                       : QStringLiteral("last day"));
        } else if (n == -2) {
            byMonthDay.append(m_french ? QStringLiteral("l'avant-dernier jour")
                                       : QStringLiteral("second-to-last day"));
        } else {
            byMonthDay.append(m_french ? QStringLiteral("le %1e dernier jour").arg(-n)
                                       : QStringLiteral("%1-to-last day")
                                             .arg(englishOrdinalNumber(-n)));
        }
    };
    for (int n = 1; n <= 31; ++n) {
        if ((r.monthDays >> n) & 1)
            addMonthDay(n);
    }
    for (int n = 31; n >= 1; --n) {
        if ((r.lastMonthDays >> n) & 1)
            addMonthDay(-n);
    }
    if (!r.hasByday && !r.hasMonthDays && r.anchored)
        addMonthDay(r.anchorDay);

    QString phrase;
    const QString days = joinList(byDay);
    const QString monthDays = joinList(byMonthDay);
    if (m_french) {
        if (!days.isEmpty() && !monthDays.isEmpty())
            phrase = QStringLiteral("%1, s'il tombe %2 du mois").arg(days, monthDays);
        else
            phrase = QStringLiteral("%1 du mois").arg(days.isEmpty() ? monthDays : days);
    } else {
        if (!days.isEmpty() && !monthDays.isEmpty())
            phrase = QStringLiteral("%1, when it falls on the %2 of the month")
                         .arg(days, monthDays);
        else if (!days.isEmpty())
            phrase = QStringLiteral("%1 of the month").arg(days);
        else
            phrase = QStringLiteral("the %1 of the month").arg(monthDays);
    }
    if (r.anchored && r.interval > 1) {
        if (m_french) {
            phrase += r.interval == 2 ? QStringLiteral(", un mois sur deux")
                                      : QStringLiteral(", tous les %1 mois").arg(r.interval);
        } else {
            phrase += r.interval == 2 ? QStringLiteral(", every other month")
                                      : QStringLiteral(", every %1 months").arg(r.interval);
        }
    }
    return phrase;
}

QStringList HoursFormatter::describe(const QList<Schedule> &schedules) const
{
    QList<Group> groups;
    QList<DatedClosure> closures;
    QStringList descriptions;
    const auto groupFor = [&](QDate from, QDate to) -> Group & {
        for (Group &g : groups) {
            if (g.from == from && g.to == to)
                return g;
        }
        groups.append(Group{from, to, {}, {}, {}, {}, {}});
        return groups.last();
    };
    const QString lang = language();
    const QString startingFormat = m_french ? QStringLiteral(", à partir du %1")
                                            : QStringLiteral(", starting %1");

    for (const Schedule &s : schedules) {
        const QString description = s.description.text(lang).trimmed();
        if (!description.isEmpty() && !descriptions.contains(description))
            descriptions.append(description);

        const qint64 countLimit = (s.dtstart.isValid() ? s.dtstart : s.validFrom).toJulianDay()
                                  + 3660;
        const std::optional<ScheduleRule> rule = ScheduleRule::compile(s, countLimit);
        if (!rule)
            continue;
        const ScheduleRule &r = *rule;

        // The dates the rule holds between. dtstart counts as a start only for a series that
        // also ends: on open-ended weekly hours it is usually just the day the data began.
        const bool ends = r.lastJd != std::numeric_limits<qint64>::max();
        QDate from = s.validFrom;
        if (ends && s.dtstart.isValid() && (!from.isValid() || s.dtstart > from))
            from = s.dtstart;
        const QDate to = ends ? QDate::fromJulianDay(r.lastJd) : QDate();
        const Interval hours{r.openMs, r.endMs};

        const bool everyDay = !r.hasByday && !r.hasMonthDays
                              && r.freq != ScheduleRule::Freq::Monthly
                              && !(r.anchored && r.interval > 1);
        if (r.closed && everyDay) {
            QString text = closurePhrase(from, to);
            if (r.timed)
                text = line(text, intervals({hours}));
            closures.append({from, text});
            continue;
        }

        const quint8 mask = plainWeekdays(r);
        Group &group = groupFor(from, to);
        if (mask != 0) {
            for (int d = 0; d < 7; ++d) {
                if (!((mask >> d) & 1))
                    continue;
                if (!r.closed)
                    group.days[d].append(hours);
                else if (r.timed && r.endMs <= DayMs)
                    group.cuts[d].append(hours);
                else if (!r.timed)
                    group.closedDays |= quint8(1u << d);
            }
            group.hasTable = group.hasTable || !r.closed;
            continue;
        }

        // A rule of its own: every other week, monthly days.
        QString what;
        if (r.freq == ScheduleRule::Freq::Monthly || r.hasMonthDays) {
            what = monthlyPhrase(r);
        } else if (r.freq == ScheduleRule::Freq::Daily) {
            if (m_french) {
                what = r.interval == 2 ? QStringLiteral("un jour sur deux")
                                       : QStringLiteral("tous les %1 jours").arg(r.interval);
            } else {
                what = r.interval == 2 ? QStringLiteral("every other day")
                                       : QStringLiteral("every %1 days").arg(r.interval);
            }
        } else {
            const quint8 days = r.hasByday ? r.weekdays : AllDays;
            if (m_french) {
                QStringList runs;
                for (int d = 1; d <= 7; ++d) {
                    if (!((days >> (d - 1)) & 1))
                        continue;
                    int last = d;
                    while (last < 7 && ((days >> last) & 1))
                        ++last;
                    if (last - d >= 2)
                        runs.append(dayRun(d, last));
                    for (int i = d; last - d < 2 && i <= last; ++i)
                        runs.append(QStringLiteral("le %1").arg(dayName(i)));
                    d = last;
                }
                what = r.interval == 2
                           ? QStringLiteral("une semaine sur deux, %1").arg(joinList(runs))
                           : QStringLiteral("toutes les %1 semaines, %2")
                                 .arg(r.interval)
                                 .arg(joinList(runs));
            } else {
                what = r.interval == 2
                           ? QStringLiteral("every other week on %1").arg(daysOfWeek(days))
                           : QStringLiteral("every %1 weeks on %2")
                                 .arg(r.interval)
                                 .arg(daysOfWeek(days));
            }
        }
        if (r.anchored && r.interval > 1)
            what += startingFormat.arg(date(QDate::fromJulianDay(r.anchorJd), true));
        group.lines.append(line(what, r.closed ? statusClosed() : intervals({hours})));
    }

    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        const bool aPlain = !a.from.isValid() && !a.to.isValid();
        const bool bPlain = !b.from.isValid() && !b.to.isValid();
        if (aPlain != bPlain)
            return aPlain;
        if (a.from != b.from)
            return !a.from.isValid() || (b.from.isValid() && a.from < b.from);
        return a.to < b.to;
    });

    QStringList out;
    for (const Group &g : groups) {
        if (g.from.isValid() || g.to.isValid()) {
            const QString header = capitalized(window(g.from, g.to));
            out.append(m_french ? QStringLiteral("%1 :").arg(header)
                                : QStringLiteral("%1:").arg(header));
        }
        if (g.hasTable) {
            QList<Interval> week[7];
            for (int d = 0; d < 7; ++d) {
                if ((g.closedDays >> d) & 1)
                    continue;
                QList<Interval> list = merged(g.days[d]);
                for (const Interval &cut : g.cuts[d])
                    list = without(list, cut);
                week[d] = list;
            }
            const auto hoursText = [&](const QList<Interval> &list) {
                return list.isEmpty() ? statusClosed() : intervals(list);
            };
            if (std::all_of(week + 1, week + 7, [&](const auto &l) { return l == week[0]; })) {
                out.append(line(daysOfWeek(AllDays), hoursText(week[0])));
            } else {
                for (int d = 0; d < 7; ++d) {
                    int last = d;
                    while (last + 1 < 7 && week[last + 1] == week[d])
                        ++last;
                    out.append(line(dayRun(d + 1, last + 1), hoursText(week[d])));
                    d = last;
                }
            }
        } else if (g.closedDays) {
            out.append(line(daysOfWeek(g.closedDays), statusClosed()));
        }
        out.append(g.lines);
    }

    std::stable_sort(closures.begin(), closures.end(), [](const auto &a, const auto &b) {
        return a.from.isValid() && (!b.from.isValid() || a.from < b.from);
    });
    for (const DatedClosure &c : closures)
        out.append(c.text);
    out.append(descriptions);
    return out;
}

} // namespace Nav::Directory

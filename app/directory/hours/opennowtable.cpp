// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/hours/opennowtable.h"

#include "directory/hours/schedulerule.h"
#include "directory/hours/zoneoffsetcache.h"

#include <QUrl>

#include <algorithm>
#include <limits>

namespace Nav::Directory {

namespace {

constexpr qint64 WeekMs = 7 * DayMs;
// Version prefix of a key: a stored key of another version is read as "no key" and the
// service's hours are read from its record instead.
constexpr QLatin1StringView KeyVersion("h1");
constexpr QChar EntrySeparator = u'|';
constexpr QChar FieldSeparator = u';';
constexpr QChar ItemSeparator = u',';
constexpr int FieldCount = 13;

QString encodeText(const QString &text)
{
    // Percent-encoding keeps the separators out of free text (zone ids, frequencies, byday).
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString decodeText(QStringView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toLatin1()));
}

QString encodeDate(const QDate &d)
{
    return d.isValid() ? QString::number(d.toJulianDay()) : QString();
}

QString encodeTime(const QTime &t)
{
    return t.isValid() ? QString::number(t.msecsSinceStartOfDay()) : QString();
}

bool decodeNumber(QStringView text, qint64 *out)
{
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok;
}

bool decodeDate(QStringView text, QDate *out)
{
    if (text.isEmpty()) {
        *out = QDate();
        return true;
    }
    qint64 jd = 0;
    if (!decodeNumber(text, &jd))
        return false;
    *out = QDate::fromJulianDay(jd);
    return out->isValid();
}

bool decodeTime(QStringView text, QTime *out)
{
    if (text.isEmpty()) {
        *out = QTime();
        return true;
    }
    qint64 ms = 0;
    if (!decodeNumber(text, &ms) || ms < 0 || ms >= DayMs)
        return false;
    *out = QTime::fromMSecsSinceStartOfDay(int(ms));
    return true;
}

bool decisive(const Schedule &s)
{
    return s.closed || (s.opensAt.isValid() && s.closesAt.isValid());
}

} // namespace

OpenNowTable::OpenNowTable(QTimeZone defaultZone)
    : m_defaultZone(std::move(defaultZone))
{
}

QString OpenNowTable::key(const QList<Schedule> &schedules)
{
    QString out = KeyVersion;
    for (const Schedule &s : schedules) {
        if (!decisive(s))
            continue;
        QStringList byday;
        for (const QString &item : s.byday)
            byday << encodeText(item);
        QStringList monthDays;
        for (int d : s.bymonthday)
            monthDays << QString::number(d);
        const QStringList fields{
            s.closed ? QStringLiteral("1") : QStringLiteral("0"),
            encodeTime(s.opensAt),
            encodeTime(s.closesAt),
            encodeText(s.freq),
            QString::number(s.interval),
            encodeDate(s.dtstart),
            byday.join(ItemSeparator),
            monthDays.join(ItemSeparator),
            encodeDate(s.validFrom),
            encodeDate(s.validTo),
            encodeDate(s.until),
            QString::number(s.count),
            encodeText(s.timeZone),
        };
        out += EntrySeparator + fields.join(FieldSeparator);
    }
    return out;
}

std::optional<QList<Schedule>> OpenNowTable::fromKey(QStringView key)
{
    if (!key.startsWith(KeyVersion))
        return std::nullopt;
    QList<Schedule> out;
    const QStringView body = key.mid(KeyVersion.size());
    if (body.isEmpty())
        return out;
    if (body.front() != EntrySeparator)
        return std::nullopt;
    for (QStringView entry : body.mid(1).split(EntrySeparator)) {
        const QList<QStringView> f = entry.split(FieldSeparator);
        if (f.size() != FieldCount)
            return std::nullopt;
        Schedule s;
        qint64 interval = 0;
        qint64 count = 0;
        if ((f[0] != u"0" && f[0] != u"1") || !decodeTime(f[1], &s.opensAt)
            || !decodeTime(f[2], &s.closesAt) || !decodeNumber(f[4], &interval)
            || !decodeDate(f[5], &s.dtstart) || !decodeDate(f[8], &s.validFrom)
            || !decodeDate(f[9], &s.validTo) || !decodeDate(f[10], &s.until)
            || !decodeNumber(f[11], &count)) {
            return std::nullopt;
        }
        s.closed = f[0] == u"1";
        s.freq = decodeText(f[3]);
        s.interval = int(interval);
        if (!f[6].isEmpty()) {
            for (QStringView item : f[6].split(ItemSeparator))
                s.byday << decodeText(item);
        }
        if (!f[7].isEmpty()) {
            for (QStringView item : f[7].split(ItemSeparator)) {
                qint64 day = 0;
                if (!decodeNumber(item, &day))
                    return std::nullopt;
                s.bymonthday << int(day);
            }
        }
        s.count = int(count);
        s.timeZone = decodeText(f[12]);
        out << s;
    }
    return out;
}

void OpenNowTable::clear()
{
    m_entries.clear();
    m_byKey.clear();
}

int OpenNowTable::add(const QList<Schedule> &schedules)
{
    return insert(key(schedules), schedules);
}

int OpenNowTable::addKey(const QString &text)
{
    const auto found = m_byKey.constFind(text);
    if (found != m_byKey.cend())
        return *found;
    const std::optional<QList<Schedule>> schedules = fromKey(text);
    if (!schedules)
        return -1;
    return insert(text, *schedules);
}

int OpenNowTable::insert(const QString &key, const QList<Schedule> &schedules)
{
    const auto found = m_byKey.constFind(key);
    if (found != m_byKey.cend())
        return *found;
    const int id = int(m_entries.size());
    m_entries.push_back(compile(schedules));
    m_byKey.insert(key, id);
    return id;
}

bool OpenNowTable::isWeekly(int id) const
{
    return id >= 0 && id < size() && m_entries[std::size_t(id)].weekly;
}

OpenNowTable::Entry OpenNowTable::compile(const QList<Schedule> &schedules)
{
    Entry weekly;
    weekly.weekly = true;
    Entry general;
    general.schedules = schedules;
    // Rules that stay the same every week, forever, in one zone; anything else is evaluated in
    // full. The bounds are those of ScheduleRule: a rule with none has the extreme days.
    constexpr qint64 NoFirst = std::numeric_limits<qint64>::min();
    constexpr qint64 NoLast = std::numeric_limits<qint64>::max();
    // Any Monday: with weekly periodic rules the days of one week give every week.
    constexpr qint64 AMonday = 2'460'000 - ((2'460'000 % 7 + 7) % 7);
    bool first = true;
    QList<Interval> raw;
    for (const Schedule &s : schedules) {
        const std::optional<ScheduleRule> rule = ScheduleRule::compile(s, AMonday);
        if (!rule)
            continue; // OpeningHours ignores it too
        if (rule->closed || !rule->timed || rule->season || rule->firstJd != NoFirst
            || rule->lastJd != NoLast || !rule->isWeeklyPeriodicBetween(NoFirst + 1, NoLast - 1))
            return general;
        if (first) {
            weekly.zoneId = s.timeZone;
            first = false;
        } else if (s.timeZone != weekly.zoneId) {
            return general;
        }
        weekly.hasOpenings = true;
        for (qint64 jd = AMonday; jd < AMonday + 7; ++jd) {
            if (!rule->matchesPattern(jd))
                continue;
            const qint64 dayStart = qint64(dayOfWeekOfJulianDay(jd) - 1) * DayMs;
            const qint64 from = dayStart + rule->openMs;
            const qint64 to = dayStart + rule->endMs;
            if (to <= WeekMs) {
                raw << Interval{qint32(from), qint32(to)};
            } else { // Sunday night into Monday morning
                raw << Interval{qint32(from), qint32(WeekMs)};
                raw << Interval{0, qint32(to - WeekMs)};
            }
        }
    }
    std::sort(raw.begin(), raw.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    for (const Interval &i : std::as_const(raw)) {
        if (!weekly.intervals.isEmpty() && i.from <= weekly.intervals.last().to)
            weekly.intervals.last().to = std::max(weekly.intervals.last().to, i.to);
        else
            weekly.intervals << i;
    }
    return weekly;
}

OpenNowTable::At::At(const OpenNowTable &table, const QDateTime &instant)
    : m_table(table)
    , m_instant(instant)
    , m_utcMs(instant.isValid() ? instant.toMSecsSinceEpoch() : 0)
    , m_states(table.m_entries.size(), qint8(-1))
{
}

OpenState OpenNowTable::At::state(int id)
{
    if (id < 0 || id >= m_table.size() || !m_instant.isValid())
        return OpenState::Unknown;
    if (std::size_t(id) >= m_states.size()) // entries added since this evaluation began
        m_states.resize(m_table.m_entries.size(), qint8(-1));
    qint8 &memo = m_states[std::size_t(id)];
    if (memo >= 0)
        return OpenState(memo);
    const Entry &e = m_table.m_entries[std::size_t(id)];
    OpenState state = OpenState::Unknown;
    if (!e.weekly) {
        state = OpeningHours::stateAt(e.schedules, m_instant, m_table.m_defaultZone);
    } else if (e.hasOpenings) {
        // The zone as OpeningHours picks it: the rule's own, else (none or unknown) the default.
        if (!m_defaultZone)
            m_defaultZone = ZoneOffsetCache::forZone(m_table.m_defaultZone);
        ZoneOffsets *zone = m_defaultZone;
        if (!e.zoneId.isEmpty()) {
            auto found = m_zones.constFind(e.zoneId);
            if (found == m_zones.cend()) {
                ZoneOffsets *own = ZoneOffsetCache::forId(e.zoneId);
                found = m_zones.insert(e.zoneId, own ? own : m_defaultZone);
            }
            zone = *found;
        }
        const qint64 local = zone->toLocal(m_utcMs);
        const qint64 day = floorDiv(local, DayMs);
        const qint64 weekMs = qint64(dayOfWeekOfJulianDay(day + EpochJulianDay) - 1) * DayMs
                              + (local - day * DayMs);
        state = OpenState::Closed;
        for (const Interval &i : e.intervals) {
            if (weekMs < i.from)
                break;
            if (weekMs < i.to) {
                state = OpenState::Open;
                break;
            }
        }
    }
    memo = qint8(state);
    return state;
}

} // namespace Nav::Directory

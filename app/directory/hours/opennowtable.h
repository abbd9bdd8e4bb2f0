// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "directory/hours/openinghours.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace Nav::Directory {

class ZoneOffsets;

// "Open now" over thousands of services in a few milliseconds. Services share their hours
// ("Monday to Friday, 9 to 5" in one zone), so the table keeps each distinct list of rules once
// and a search evaluates each list at most once. A list made only of plain weekly openings
// (no closures, seasons, validity dates, monthly or every-other-week rules, one zone) is
// compiled to intervals of the week in wall time: its state at an instant is one zone lookup
// and a scan of a few intervals. Any other list is evaluated by OpeningHours, whose answers
// the table always gives (tests compare both over generated hours and DST weeks).
// Not thread-safe; an evaluation (At) must stay on the thread that made it.
class OpenNowTable
{
public:
    explicit OpenNowTable(QTimeZone defaultZone = QTimeZone("America/Toronto"));

    // The part of a list of schedules that decides when it is open, as short text: equal for
    // lists that evaluate alike, and read back by fromKey(). Kept with a service's filter codes
    // in the store, so loading the table needs no record decoding. Entries with only a
    // description are left out (they never decide anything).
    static QString key(const QList<Schedule> &schedules);
    // Empty when the text is not a key of this version.
    static std::optional<QList<Schedule>> fromKey(QStringView key);

    void clear();
    // Registers hours; returns the id of their entry (shared with every equal list).
    int add(const QList<Schedule> &schedules);
    // The same from a key; -1 when the key cannot be read.
    int addKey(const QString &key);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    // Whether entry `id` was compiled to weekly intervals (for tests and diagnostics).
    bool isWeekly(int id) const;

    // The state of entries at one instant, each computed on first use (entries added to the
    // table after the evaluation began included).
    class At
    {
    public:
        OpenState state(int id);

    private:
        friend class OpenNowTable;
        At(const OpenNowTable &table, const QDateTime &instant);
        const OpenNowTable &m_table;
        QDateTime m_instant;
        qint64 m_utcMs = 0;
        std::vector<qint8> m_states; // -1 = not computed yet, else an OpenState
        QHash<QString, ZoneOffsets *> m_zones;
        ZoneOffsets *m_defaultZone = nullptr;
    };
    At at(const QDateTime &instant) const { return At(*this, instant); }

private:
    struct Interval
    {
        qint32 from; // ms since Monday 00:00 wall time, inclusive
        qint32 to;   // exclusive
    };
    struct Entry
    {
        bool hasOpenings = false;     // else the state is Unknown
        bool weekly = false;
        QString zoneId;               // weekly: the rules' zone ("" = the default zone)
        QList<Interval> intervals;    // weekly: sorted, disjoint
        QList<Schedule> schedules;    // otherwise: evaluated by OpeningHours
    };
    static Entry compile(const QList<Schedule> &schedules);
    int insert(const QString &key, const QList<Schedule> &schedules);

    QTimeZone m_defaultZone;
    std::vector<Entry> m_entries;
    QHash<QString, int> m_byKey;
};

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Internal to hours/: writes schedules as lines of text for OpeningHours::describe().
// English follows Canadian usage (12-hour clock, "a.m."/"p.m.", "noon", "midnight"); French
// follows the Office québécois de la langue française ("9 h", "17 h 30", "de 9 h à 17 h",
// "midi", "minuit"). Day and month names come from QLocale; the rest from a small table per
// language, so the result never depends on the translator loaded for the interface.

#include "directory/model.h"

#include <QLocale>
#include <QStringList>

namespace Nav::Directory {

struct ScheduleRule;

class HoursFormatter
{
public:
    explicit HoursFormatter(const QLocale &locale);

    QStringList describe(const QList<Schedule> &schedules) const;

    // Pieces, public for the tests and for callers that lay hours out themselves.
    QString time(QTime t) const;                  // "9:00 a.m." / "9 h"
    QString range(QTime opens, QTime closes) const; // "9:00 a.m. – 5:00 p.m." / "de 9 h à 17 h"
    QString date(QDate d, bool withYear) const;   // "June 1" / "1er juin"
    QString language() const { return m_french ? QStringLiteral("fr") : QStringLiteral("en"); }

    struct Interval
    {
        qint64 openMs;
        qint64 endMs; // above openMs; beyond a day when it ends after midnight
        friend bool operator==(const Interval &, const Interval &) = default;
    };

private:
    QString dayName(int dayOfWeek) const;
    QString dayRun(int first, int last) const;    // "Monday to Friday" / "du lundi au vendredi"
    QString daysOfWeek(quint8 mask) const;        // runs joined as a list
    QString joinList(const QStringList &items) const; // "a, b and c" / "a, b et c"
    QString intervals(const QList<Interval> &list) const;
    QString intervalText(const Interval &i) const;
    QString timeMs(qint64 msOfDay) const;
    QString window(QDate from, QDate to) const;   // "From June 1 to September 2"
    QString closurePhrase(QDate from, QDate to) const;
    QString monthlyPhrase(const ScheduleRule &r) const;
    QString line(const QString &what, const QString &hours) const; // "what: hours"
    QString capitalized(const QString &s) const;
    QString statusClosed() const;

    QLocale m_locale;
    bool m_french = false;
};

} // namespace Nav::Directory

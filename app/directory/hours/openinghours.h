// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Opening hours of services and locations: "open now", the weekly hours in words for the
// reader's locale, and free-text hours from 211 exports turned into schedules.
//
// Rules for evaluating a list of Schedule entries (all pure, no I/O, thread-safe):
// - An entry is machine-readable when it has both opensAt and closesAt; entries with only a
//   description are ignored by statusAt() and passed through by describe().
// - Hours are wall-clock times in the entry's zone (timeZone, else the caller's default):
//   opening is inclusive, closing exclusive. closesAt earlier than opensAt runs past midnight,
//   closesAt 00:00 means until midnight, opensAt == closesAt means 24 hours from opensAt.
//   An opening belongs to the day it starts on (byday, validity, until and count refer to it).
// - Days: byday (WEEKLY: weekdays; MONTHLY: weekdays with an optional ordinal, 1MO, -1FR) and
//   bymonthday (negative counts from the end of the month). With neither: every day (MONTHLY:
//   the day of the month of dtstart), except that a closure with only a dtstart is that one
//   day. interval counts days, weeks or months from dtstart (ignored without dtstart).
//   validFrom..validTo and dtstart..until are inclusive dates; count ends the rule on the day
//   of its count-th occurrence from dtstart (else validFrom).
// - A season: entries with both validFrom and validTo replace, on the days their window covers,
//   the opening entries that have no such window ("summer hours" instead of regular hours).
// - closed=true entries close the days they cover (or, with hours, that time range), override
//   any opening, and cancel the openings that start on a closed day.

#include "directory/model.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace Nav::Directory {

enum class OpenState {
    Open,
    Closed,
    Unknown, // no machine-readable opening hours (closures alone do not say when it is open)
};

struct OpenStatus
{
    OpenState state = OpenState::Unknown;
    // The next instant (UTC) the state flips; invalid when unknown, or when it never changes
    // (plain weekly hours that are always open or never) or not within about 13 months.
    QDateTime nextChange;
    friend bool operator==(const OpenStatus &, const OpenStatus &) = default;
};

class OpeningHours
{
public:
    // Evaluates the schedules that apply (a service's own, else its location's: the caller
    // chooses the list) at `at` (any time spec). Entries without a valid timeZone use
    // defaultZone (UTC when that is invalid too). About 1 µs for a typical list; zone tables
    // are cached per thread, nothing else is kept between calls.
    static OpenStatus statusAt(const QList<Schedule> &schedules, const QDateTime &at,
                               const QTimeZone &defaultZone);
    // statusAt(…).state without looking for the next change, which costs far more than the
    // state itself: what filters and result lists need.
    static OpenState stateAt(const QList<Schedule> &schedules, const QDateTime &at,
                             const QTimeZone &defaultZone);

    // The hours in words in the reader's locale, one line each: English (en-CA, 12-hour,
    // "Monday to Friday: 9:00 a.m. – 5:00 p.m.") or French (fr-CA, "Du lundi au vendredi : de
    // 9 h à 17 h"); any other language gets English. Built from QLocale names and tables in
    // code, so it does not depend on the translator installed for the user interface.
    static QStringList describe(const QList<Schedule> &schedules, const QLocale &locale);

    // Reads free-text hours as 211 exports write them, in English or French ("Mon-Fri
    // 9:00am-5:00pm; Sat 10-2", "lun-ven 8h30-16h30", "24/7"). Every returned entry keeps the
    // original text in description; when nothing machine-readable came out, one entry with
    // only the description is returned and *understood is false.
    static QList<Schedule> parseText(const QString &text, bool *understood = nullptr);
};

} // namespace Nav::Directory

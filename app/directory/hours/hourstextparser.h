// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Internal to hours/: reads free-text opening hours (English and French, as 211 exports write
// them) into weekly schedules for OpeningHours::parseText().
//
// It is cautious on purpose: a wrong "open now" is worse than none. A text is refused
// (understood = false) when any part of it could not be placed: times without days, a single
// time ("from 9 a.m."), or words that change the meaning in ways a weekly schedule cannot
// hold (months, seasons, "first Monday", "every other week", "call for hours", "varies").
// Holidays ("closed on statutory holidays") and appointments are left to the description.

#include "directory/model.h"

namespace Nav::Directory {

class HoursTextParser
{
public:
    static QList<Schedule> parse(const QString &text, bool *understood);
};

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

namespace Nav::Contacts {

// A screen-pop from a centre's own phone system: navigator://contact?ani=…&agent=…&callStart=…
// (the parameters iCarol's telephony integration passes). It opens a contact record filled with
// the caller's number and the time the call began.
struct ScreenPop
{
    QString phone;       // the caller's number in E.164; empty when withheld or not a number
    QString agent;       // the agent the phone system gave the call to, as it names them
    QDateTime callStart; // when the call began (now when not given)
    bool numberWithheld = false;
    QString warning;     // something was set aside (e.g. a callStart far from now): say it
};

// Reads a navigator:// URL. `now` stands for a missing callStart. callStart may be ISO 8601
// (with or without an offset; without one it is local time), "yyyy-MM-dd HH:mm:ss",
// "MM/dd/yyyy HH:mm:ss" (iCarol's), or seconds since 1970. Only a link that is not a
// navigator://contact link is refused: an unreadable number or time still opens the contact
// (a call is on) with a warning that names the parameter.
[[nodiscard]] Result<ScreenPop> parseScreenPop(const QString &url, const QDateTime &now);

} // namespace Nav::Contacts

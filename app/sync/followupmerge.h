// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Nav::Sync {

// A follow-up changed on the server (a team lead reassigned, rescheduled or commented on it)
// while this workstation changed it too (the navigator recorded an outcome). Both survive:
// - the lead's side: assignment, due date and comment stay as the server has them (the body
//   sent carries no assigned_to, so nothing is reassigned from here);
// - the navigator's side: every attempt either side recorded (by time), and a closing status
//   (done, unreachable, cancelled) the navigator set.
class FollowUpMerge
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Sync::FollowUpMerge)
public:
    struct Result
    {
        QJsonObject body;   // the PUT body to send with If-Match: "<serverRevision>"
        int serverRevision = 0;
        QStringList leadChanges; // what the server side changed, in plain words
        QString message;    // for the navigator
    };

    // `mine`: the body this workstation tried to send ({contact_id, followup, [assigned_to]}).
    // `current`: the server's follow-up from the 409 answer ({revision, assigned_to, due,
    // comment, followup, …}). `myUserId`: the signed-in user's server id (empty: unknown), to
    // tell the navigator when the follow-up is no longer theirs.
    static Result merge(const QJsonObject &mine, const QJsonObject &current, const QString &myUserId);
};

} // namespace Nav::Sync

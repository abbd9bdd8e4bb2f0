// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/followupmerge.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Nav::Sync {

namespace {

const QLatin1String kFollowUp("followup");
const QLatin1String kAttempts("attempts");
const QLatin1String kStatus("status");

// Attempts from both sides, each once (an attempt is known by its time and reach), oldest first.
QJsonArray unionOfAttempts(const QJsonArray &a, const QJsonArray &b)
{
    QList<QJsonObject> all;
    QSet<QString> seen;
    for (const QJsonArray *list : {&a, &b}) {
        for (const QJsonValue &v : *list) {
            const QJsonObject o = v.toObject();
            const QString key = o.value(QLatin1String("at")).toString() + QLatin1Char('|')
                                + o.value(QLatin1String("reach")).toString();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            all.append(o);
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const QJsonObject &x, const QJsonObject &y) {
        return x.value(QLatin1String("at")).toString() < y.value(QLatin1String("at")).toString();
    });
    QJsonArray out;
    for (const QJsonObject &o : std::as_const(all))
        out.append(o);
    return out;
}

} // namespace

FollowUpMerge::Result FollowUpMerge::merge(const QJsonObject &mine, const QJsonObject &current,
                                           const QString &myUserId)
{
    const QJsonObject myDoc = mine.value(kFollowUp).toObject();
    QJsonObject doc = current.value(kFollowUp).toObject();
    if (doc.isEmpty())
        doc = myDoc;

    Result r;
    r.serverRevision = current.value(QLatin1String("revision")).toInt();
    doc.insert(kAttempts, unionOfAttempts(doc.value(kAttempts).toArray(), myDoc.value(kAttempts).toArray()));
    const QString myStatus = myDoc.value(kStatus).toString();
    const QString serverStatus = current.value(kStatus).toString(doc.value(kStatus).toString());
    // A navigator's closing status wins over an open one; the lead's cancellation stays.
    const bool iClosed = !myStatus.isEmpty() && myStatus != QLatin1String("open");
    doc.insert(kStatus, iClosed && serverStatus == QLatin1String("open") ? myStatus : serverStatus);

    // What the lead's side did, for the navigator.
    const QJsonValue assigned = current.value(QLatin1String("assigned_to"));
    if (!myUserId.isEmpty() && assigned.toString() != myUserId)
        r.leadChanges << (assigned.isString() ? tr("reassigned to someone else") : tr("moved to the team queue"));
    const QString myDue = myDoc.value(QLatin1String("due")).toString();
    const QString serverDue = current.value(QLatin1String("due")).toString();
    if (!serverDue.isEmpty() && serverDue != myDue)
        r.leadChanges << tr("due date");
    // A comment counts as news when someone else wrote the version that has it and it is not
    // the one the navigator already had.
    const QString serverComment = current.value(QLatin1String("comment")).toString();
    if (!serverComment.isEmpty() && serverComment != mine.value(QLatin1String("comment")).toString()
        && current.value(QLatin1String("updated_by")).toString() != myUserId)
        r.leadChanges << tr("comment");
    if (serverStatus != QLatin1String("open") && serverStatus != myStatus)
        r.leadChanges << tr("status");

    r.body = QJsonObject{{QLatin1String("contact_id"), mine.value(QLatin1String("contact_id"))},
                         {kFollowUp, doc}};
    r.message = r.leadChanges.isEmpty()
                    ? tr("This follow-up was changed on the server while you worked on it; your "
                         "outcome was added to the server's version.")
                    : tr("A team lead changed this follow-up while you worked on it (%1). Their "
                         "change and your outcome were both kept.")
                          .arg(r.leadChanges.join(tr(", ")));
    return r;
}

} // namespace Nav::Sync

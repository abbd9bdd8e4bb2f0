// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"
#include "core/result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Nav::Contacts {

// The append-only audit trail (table `audit`; triggers refuse UPDATE and DELETE). Runs on the
// DB thread, inside the caller's transaction.
class AuditTrail
{
public:
    // Appends one entry; entry.id is ignored.
    static Result<void> append(QSqlDatabase &db, const AuditEntry &entry);
    // Entries of one record (all records when recordId is empty), oldest first.
    static Result<QList<AuditEntry>> read(QSqlDatabase &db, const QString &recordId = {});

    // The names of the fields that differ between two JSON documents of a record: nested
    // objects give dotted paths ("inquirer.phone"), arrays are named as a whole ("needs").
    // Names only: a value never leaves this function.
    static QStringList changedFields(const QJsonObject &before, const QJsonObject &after);
};

} // namespace Nav::Contacts

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace Nav::Contacts {

// Drafts of forms being typed (table `draft`). Runs on the DB thread. Each call is its own
// committed transaction: once it returns, the bytes survive the process being killed.
class DraftStore
{
public:
    // Inserts or replaces the draft with this id; the payload is stored byte for byte.
    static Result<void> save(QSqlDatabase &db, const Draft &draft);
    static Result<void> discard(QSqlDatabase &db, const QString &draftId);
    // Newest first (last saved first).
    static Result<QList<Draft>> list(QSqlDatabase &db);
};

} // namespace Nav::Contacts

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/draftstore.h"

#include "contacts/storesql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Nav::Contacts {

Result<void> DraftStore::save(QSqlDatabase &db, const Draft &draft)
{
    if (draft.id.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Contacts::ContactService",
                                                "A draft needs an identifier."),
                    QStringLiteral("draft without id"));
    }
    // A null QByteArray would be bound as SQL NULL; an empty form is zero bytes, not "nothing".
    const QByteArray payload = draft.payload.isNull() ? QByteArray("", 0) : draft.payload;
    // SQLite 3.15 has no upsert clause; REPLACE also gives the row a new rowid, which is
    // what orders drafts saved within the same millisecond.
    QSqlQuery q(db);
    return StoreSql::exec(q,
                          QStringLiteral("INSERT OR REPLACE INTO draft (id, kind, payload, "
                                         "updated_at) VALUES (?,?,?,?)"),
                          {draft.id, StoreSql::nonNull(draft.kind), payload,
                           StoreSql::time(draft.updatedAt)},
                          "draft save");
}

Result<void> DraftStore::discard(QSqlDatabase &db, const QString &draftId)
{
    QSqlQuery q(db);
    return StoreSql::exec(q, QStringLiteral("DELETE FROM draft WHERE id = ?"),
                          {StoreSql::nonNull(draftId)}, "draft discard");
}

Result<QList<Draft>> DraftStore::list(QSqlDatabase &db)
{
    QSqlQuery q(db);
    auto done = StoreSql::exec(q,
                               QStringLiteral("SELECT id, kind, payload, updated_at FROM draft "
                                              "ORDER BY updated_at DESC, rowid DESC"),
                               {}, "draft list");
    if (!done)
        return Unexpected(done.error());
    QList<Draft> out;
    while (q.next()) {
        Draft d;
        d.id = q.value(0).toString();
        d.kind = q.value(1).toString();
        d.payload = q.value(2).toByteArray();
        d.updatedAt = StoreSql::parseTime(q.value(3));
        out << d;
    }
    return out;
}

} // namespace Nav::Contacts

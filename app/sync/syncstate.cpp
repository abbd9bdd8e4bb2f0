// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/syncstate.h"

#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Nav::Sync::SyncState {

Result<QString> value(QSqlDatabase &db, const QString &key, const QString &fallback)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Nav::Sync::SyncState",
                                                "The sync state could not be read."),
                    QStringLiteral("sync_state read: %1").arg(q.lastError().text()));
    }
    return q.next() ? q.value(0).toString() : fallback;
}

Result<void> setValue(QSqlDatabase &db, const QString &key, const QString &value)
{
    return Storage::execSql(db,
                            QStringLiteral("INSERT OR REPLACE INTO sync_state (key, value) "
                                           "VALUES (?, ?)"),
                            {key, value});
}

Result<void> remove(QSqlDatabase &db, const QString &key)
{
    return Storage::execSql(db, QStringLiteral("DELETE FROM sync_state WHERE key = ?"), {key});
}

Result<qint64> directoryCursor(QSqlDatabase &db)
{
    const Result<QString> v = value(db, QLatin1String(kDirectoryCursor), QStringLiteral("0"));
    if (!v)
        return Unexpected(v.error());
    bool ok = false;
    const qint64 cursor = v->toLongLong(&ok);
    if (!ok || cursor < 0) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Nav::Sync::SyncState",
                                                "The sync state is damaged."),
                    QStringLiteral("directory cursor is not a number"));
    }
    return cursor;
}

} // namespace Nav::Sync::SyncState

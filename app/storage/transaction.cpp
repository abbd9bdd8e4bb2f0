// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/transaction.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Nav::Storage {

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_beginError = Error::make(ErrorCode::Database,
                                   Database::tr("The data file is busy; please try again."),
                                   m_db.lastError().text());
    }
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return Unexpected(m_beginError);
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        rollback();
        return fail(ErrorCode::Database, Database::tr("Saving failed; nothing was changed."),
                    detail);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.rollback();
        m_active = false;
    }
}

Result<void> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        return fail(ErrorCode::Database, Database::tr("A database statement failed."),
                    QStringLiteral("prepare: %1 in: %2").arg(q.lastError().text(), sql.left(120)));
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        return fail(ErrorCode::Database, Database::tr("A database statement failed."),
                    QStringLiteral("exec: %1 in: %2").arg(q.lastError().text(), sql.left(120)));
    }
    return {};
}

} // namespace Nav::Storage

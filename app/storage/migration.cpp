// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/migration.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Nav::Storage {

Result<int> Migrator::currentVersion(QSqlDatabase &db)
{
    auto created = execSql(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                              " version INTEGER PRIMARY KEY,"
                                              " name TEXT NOT NULL,"
                                              " applied_at TEXT NOT NULL)"));
    if (!created)
        return Unexpected(created.error());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next()) {
        return fail(ErrorCode::Database, Database::tr("The data file could not be read."),
                    q.lastError().text());
    }
    return q.value(0).toInt();
}

Result<int> Migrator::migrate(QSqlDatabase &db, const QList<Migration> &migrations)
{
    for (qsizetype i = 1; i < migrations.size(); ++i) {
        if (migrations[i].version <= migrations[i - 1].version) {
            return fail(ErrorCode::MigrationFailed,
                        Database::tr("This version of Navigator is damaged (schema steps out of "
                                     "order). Reinstall it."),
                        QStringLiteral("migration %1 after %2")
                            .arg(migrations[i].version)
                            .arg(migrations[i - 1].version));
        }
    }
    auto current = currentVersion(db);
    if (!current)
        return current;
    const int newest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (*current > newest) {
        return fail(ErrorCode::MigrationFailed,
                    Database::tr("This profile was last used by a newer version of Navigator "
                                 "(data version %1; this version knows up to %2). Install the "
                                 "newer version; nothing was changed.")
                        .arg(*current)
                        .arg(newest),
                    QString());
    }
    int version = *current;
    for (const Migration &m : migrations) {
        if (m.version <= version)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return Unexpected(tx.beginError());
        for (const QString &sql : m.statements) {
            auto done = execSql(db, sql);
            if (!done) {
                return fail(ErrorCode::MigrationFailed,
                            Database::tr("Updating the data file to version %1 failed; it was "
                                         "left as it was (version %2).")
                                .arg(m.version)
                                .arg(version),
                            QStringLiteral("%1: %2").arg(m.name, done.error().detail));
            }
        }
        auto recorded = execSql(
            db, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"),
            {m.version, m.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        if (!recorded)
            return Unexpected(recorded.error());
        auto committed = tx.commit();
        if (!committed)
            return Unexpected(committed.error());
        version = m.version;
    }
    return version;
}

} // namespace Nav::Storage

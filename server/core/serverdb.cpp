// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/serverdb.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace Nav::Server {

namespace {
QAtomicInteger<quint64> g_instances = 0;
// Bumped when a connection is found broken or cannot be opened: every thread then reopens its
// connection on next use. A PostgreSQL connection whose server went away still reports open
// until a statement fails on it, so without this each worker thread would fail one request
// after the database comes back.
QAtomicInteger<quint64> g_connectionEpoch = 0;
// The epoch in which each of this thread's connections was opened.
thread_local QHash<QString, quint64> t_openedInEpoch;

void noteFailure(const QSqlDatabase &db, const QSqlError &error)
{
    // QPSQL reports a connection that libpq found dead as closed; the first statement after a
    // PostgreSQL shutdown may instead fail with SQLSTATE 57P01 (class 57P: the server went
    // away) while the connection still reports open. Class 08: connection exceptions.
    const QString state = error.nativeErrorCode();
    if (!db.isOpen() || state.startsWith(QLatin1String("57P")) || state.startsWith(QLatin1String("08")))
        g_connectionEpoch.fetchAndAddRelease(1);
}
} // namespace

ServerDb::ServerDb(DbConfig config)
    : m_config(std::move(config))
    , m_prefix(QStringLiteral("nav-server-%1-").arg(g_instances.fetchAndAddRelaxed(1)))
{
}

Result<QSqlDatabase> ServerDb::connection() const
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    const quint64 epoch = g_connectionEpoch.loadAcquire();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen() && t_openedInEpoch.value(name) == epoch)
                return db;
            db.close();
        } // no handle may outlive the connection it names
        QSqlDatabase::removeDatabase(name);
    }
    const bool sqlite = m_config.dialect == Dialect::Sqlite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return fail(ErrorCode::Database,
                    sqlite ? QStringLiteral("The Qt SQLite driver (QSQLITE) is not installed.")
                           : QStringLiteral("The Qt PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed."));
    if (sqlite) {
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password);
        db.setDatabaseName(m_config.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        g_connectionEpoch.fetchAndAddRelease(1);
        return Unexpected(sqlError(QStringLiteral("Cannot open the database %1").arg(m_config.display()), db.lastError()));
    }
    t_openedInEpoch.insert(name, epoch);
    if (sqlite) {
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (auto r = exec(db, QString::fromLatin1(pragma)); !r)
                return Unexpected(r.error());
        }
    }
    return db;
}

void ServerDb::closeConnection() const
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    t_openedInEpoch.remove(name);
}

Error ServerDb::sqlError(const QString &what, const QSqlError &error)
{
    QString text = error.driverText();
    if (text.isEmpty())
        text = error.databaseText().section(QLatin1Char('\n'), 0, 0);
    // PostgreSQL's DETAIL lines quote values ("Key (username)=(x)"): keep only the first line.
    text = text.section(QLatin1Char('\n'), 0, 0);
    return Error::make(ErrorCode::Database, what,
                       QStringLiteral("sql error %1: %2").arg(error.nativeErrorCode(), text));
}

Result<QSqlQuery> ServerDb::exec(QSqlDatabase &db, const QString &sql, Binds binds)
{
    QList<std::pair<QString, QVariant>> list;
    list.reserve(int(binds.size()));
    for (const auto &[k, v] : binds)
        list.append({QString::fromLatin1(k), v});
    return exec(db, sql, list);
}

Result<QSqlQuery> ServerDb::exec(QSqlDatabase &db, const QString &sql,
                                 const QList<std::pair<QString, QVariant>> &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Nothing to bind: run it as is. QPSQL prepares server-side (PREPARE … AS), which
    // PostgreSQL refuses for DDL and transaction statements (the migrations).
    if (binds.isEmpty()) {
        if (!q.exec(sql)) {
            noteFailure(db, q.lastError());
            return Unexpected(sqlError(QStringLiteral("Database statement failed"), q.lastError()));
        }
        return q;
    }
    if (!q.prepare(sql)) {
        noteFailure(db, q.lastError());
        return Unexpected(sqlError(QStringLiteral("Database statement failed"), q.lastError()));
    }
    for (const auto &[k, v] : binds)
        q.bindValue(k.startsWith(QLatin1Char(':')) ? k : QLatin1Char(':') + k, v);
    if (!q.exec()) {
        noteFailure(db, q.lastError());
        return Unexpected(sqlError(QStringLiteral("Database statement failed"), q.lastError()));
    }
    return q;
}

// SQLite: BEGIN IMMEDIATE takes the write lock up front, so two writers wait for each other
// (busy timeout) instead of one failing when it upgrades a read lock.
static bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

Result<void> ServerDb::begin(QSqlDatabase &db)
{
    if (isSqlite(db)) {
        if (auto r = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !r)
            return Unexpected(r.error());
        return {};
    }
    if (!db.transaction()) {
        noteFailure(db, db.lastError());
        return Unexpected(sqlError(QStringLiteral("Cannot start a transaction"), db.lastError()));
    }
    return {};
}

Result<void> ServerDb::commit(QSqlDatabase &db)
{
    if (isSqlite(db)) {
        if (auto r = exec(db, QStringLiteral("COMMIT")); !r) {
            exec(db, QStringLiteral("ROLLBACK"));
            return Unexpected(r.error());
        }
        return {};
    }
    if (!db.commit()) {
        noteFailure(db, db.lastError());
        const auto e = sqlError(QStringLiteral("Cannot commit"), db.lastError());
        db.rollback();
        return Unexpected(e);
    }
    return {};
}

void ServerDb::rollback(QSqlDatabase &db)
{
    if (isSqlite(db)) {
        exec(db, QStringLiteral("ROLLBACK"));
        return;
    }
    db.rollback();
}

} // namespace Nav::Server

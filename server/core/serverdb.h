// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/dbconfig.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace Nav::Server {

using Binds = std::initializer_list<std::pair<const char *, QVariant>>;

// The server's database. Every thread that touches it gets its own connection (Qt SQL
// connections belong to the thread that opened them), opened on first use. SQL is written once
// for both dialects: TEXT, INTEGER and BIGINT columns only, ON CONFLICT upserts, RETURNING.
class ServerDb
{
public:
    explicit ServerDb(DbConfig config);

    const DbConfig &config() const { return m_config; }
    Dialect dialect() const { return m_config.dialect; }

    // This thread's connection, opened (and for SQLite configured: WAL, busy timeout, foreign
    // keys) on first use.
    Result<QSqlDatabase> connection() const;
    // Closes this thread's connection (worker threads call it before they end).
    void closeConnection() const;

    // Prepares and runs one statement. The error says what failed without the values bound.
    static Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, Binds binds = {});
    static Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql,
                                  const QList<std::pair<QString, QVariant>> &binds);
    static Result<void> begin(QSqlDatabase &db);
    static Result<void> commit(QSqlDatabase &db);
    static void rollback(QSqlDatabase &db);

    // A database failure as an Error: the SQLSTATE / driver code and the first line of the
    // driver's text, which never carries bound values.
    static Error sqlError(const QString &what, const QSqlError &error);

private:
    DbConfig m_config;
    QString m_prefix;
};

// Rolls back unless commit() was called.
class ServerTransaction
{
public:
    explicit ServerTransaction(QSqlDatabase &db) : m_db(db) {}
    ~ServerTransaction() { if (m_open) ServerDb::rollback(m_db); }
    Result<void> begin() { auto r = ServerDb::begin(m_db); m_open = r.has_value(); return r; }
    Result<void> commit() { m_open = false; return ServerDb::commit(m_db); }
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

} // namespace Nav::Server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/migrations.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>

namespace Nav::Server {

namespace {

struct Migration
{
    int version;
    const char *name;
    QList<const char *> statements;
};

// Types: TEXT, INTEGER, BIGINT and DOUBLE PRECISION only, so one text serves both dialects.
// Times are milliseconds since the epoch (UTC).
const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "accounts", {
            "CREATE TABLE server_secret (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE team (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL)",
            "CREATE TABLE app_user ("
            " id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
            " team_id TEXT REFERENCES team(id), role TEXT NOT NULL,"
            " cleared INTEGER NOT NULL DEFAULT 0, disabled INTEGER NOT NULL DEFAULT 0,"
            " password_hash TEXT NOT NULL, token_version INTEGER NOT NULL DEFAULT 1,"
            " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until BIGINT NOT NULL DEFAULT 0,"
            " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
            "CREATE INDEX app_user_team ON app_user (team_id)",
            "CREATE TABLE refresh_token ("
            " token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES app_user(id),"
            " family TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,"
            " used_at BIGINT, revoked_at BIGINT)",
            "CREATE INDEX refresh_token_family ON refresh_token (family)",
            "CREATE INDEX refresh_token_user ON refresh_token (user_id)",
        }},
        {2, "directory", {
            "CREATE TABLE dir_state (id INTEGER PRIMARY KEY, last_seq BIGINT NOT NULL)",
            "INSERT INTO dir_state (id, last_seq) VALUES (1, 0)",
            "CREATE TABLE dir_service ("
            " id TEXT PRIMARY KEY, seq BIGINT NOT NULL, source TEXT NOT NULL, status TEXT NOT NULL,"
            " hash TEXT NOT NULL, name TEXT NOT NULL, confidential INTEGER NOT NULL,"
            " doc_full TEXT NOT NULL, doc_public TEXT NOT NULL, doc_minimal TEXT NOT NULL,"
            " modified_at BIGINT NOT NULL)",
            "CREATE UNIQUE INDEX dir_service_seq ON dir_service (seq)",
            "CREATE INDEX dir_service_modified ON dir_service (modified_at)",
            "CREATE TABLE dir_location ("
            " service_id TEXT NOT NULL REFERENCES dir_service(id), location_id TEXT NOT NULL,"
            " postcode TEXT, latitude DOUBLE PRECISION, longitude DOUBLE PRECISION,"
            " confidential INTEGER NOT NULL, doc_full TEXT NOT NULL, doc_public TEXT NOT NULL,"
            " PRIMARY KEY (service_id, location_id))",
            "CREATE INDEX dir_location_postcode ON dir_location (postcode)",
        }},
        {3, "records", {
            "CREATE TABLE contact ("
            " id TEXT PRIMARY KEY, owner_id TEXT NOT NULL REFERENCES app_user(id), team_id TEXT,"
            " revision INTEGER NOT NULL, doc TEXT NOT NULL, started_at BIGINT,"
            " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
            "CREATE INDEX contact_owner ON contact (owner_id, updated_at)",
            "CREATE INDEX contact_team ON contact (team_id, updated_at)",
            "CREATE TABLE followup ("
            " id TEXT PRIMARY KEY, contact_id TEXT NOT NULL, owner_id TEXT NOT NULL REFERENCES app_user(id),"
            " team_id TEXT, assigned_to TEXT, status TEXT NOT NULL, due TEXT,"
            " revision INTEGER NOT NULL, doc TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '',"
            " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL)",
            "CREATE INDEX followup_assigned ON followup (assigned_to, status)",
            "CREATE INDEX followup_team ON followup (team_id, status)",
            "CREATE TABLE survey ("
            " id TEXT PRIMARY KEY, contact_id TEXT, owner_id TEXT NOT NULL REFERENCES app_user(id),"
            " team_id TEXT, doc TEXT NOT NULL, created_at BIGINT NOT NULL)",
            "CREATE INDEX survey_owner ON survey (owner_id)",
            "CREATE TABLE dq_flag ("
            " id TEXT PRIMARY KEY, service_id TEXT NOT NULL, reason TEXT NOT NULL, note TEXT NOT NULL,"
            " reporter_id TEXT NOT NULL REFERENCES app_user(id), team_id TEXT, status TEXT NOT NULL,"
            " created_at BIGINT NOT NULL)",
            "CREATE INDEX dq_flag_status ON dq_flag (status, created_at)",
            "CREATE TABLE agent_status ("
            " user_id TEXT PRIMARY KEY REFERENCES app_user(id), team_id TEXT, state TEXT NOT NULL,"
            " since BIGINT NOT NULL, updated_at BIGINT NOT NULL)",
            "CREATE INDEX agent_status_team ON agent_status (team_id)",
        }},
        // Each state change a workstation recorded (sent through its outbox, keyed by the
        // client's UUID, so a replay is the same change): time in each state for reports.
        {4, "agent status history", {
            "CREATE TABLE agent_status_change ("
            " id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES app_user(id), team_id TEXT,"
            " state TEXT NOT NULL, at BIGINT NOT NULL, received_at BIGINT NOT NULL)",
            "CREATE INDEX agent_status_change_user ON agent_status_change (user_id, at)",
        }},
    };
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().constLast().version;
}

Result<int> Migrations::currentVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_migrations")))
        return 0;
    auto q = ServerDb::exec(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!q)
        return Unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<int> Migrations::apply(QSqlDatabase &db, Dialect dialect)
{
    if (dialect == Dialect::Postgres) {
        if (auto r = ServerDb::exec(db, QStringLiteral("SELECT pg_advisory_lock(211211)")); !r)
            return Unexpected(r.error());
    }
    struct Unlock
    {
        QSqlDatabase &db;
        Dialect dialect;
        ~Unlock()
        {
            if (dialect == Dialect::Postgres)
                ServerDb::exec(db, QStringLiteral("SELECT pg_advisory_unlock(211211)"));
        }
    } unlock{db, dialect};

    if (auto r = ServerDb::exec(db, QStringLiteral(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL, applied_at BIGINT NOT NULL)")); !r)
        return Unexpected(r.error());
    const auto before = currentVersion(db);
    if (!before)
        return Unexpected(before.error());
    for (const Migration &m : migrations()) {
        if (m.version <= *before)
            continue;
        ServerTransaction tx(db);
        if (auto r = tx.begin(); !r)
            return Unexpected(r.error());
        for (const char *sql : m.statements) {
            if (auto r = ServerDb::exec(db, QString::fromLatin1(sql)); !r) {
                Error e = r.error();
                e.code = ErrorCode::MigrationFailed;
                e.message = QStringLiteral("Migration %1 (%2) failed").arg(m.version).arg(QLatin1String(m.name));
                return Unexpected(e);
            }
        }
        if (auto r = ServerDb::exec(db, QStringLiteral(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)"),
                {{"v", m.version}, {"n", QString::fromLatin1(m.name)},
                 {"t", QDateTime::currentMSecsSinceEpoch()}}); !r)
            return Unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return Unexpected(r.error());
    }
    return *before;
}

Result<QByteArray> signingKey(QSqlDatabase &db)
{
    QByteArray fresh(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(fresh.data()),
                                         reinterpret_cast<quint32 *>(fresh.data() + fresh.size()));
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "INSERT INTO server_secret (name, value) VALUES ('token-signing', :v)"
            " ON CONFLICT (name) DO NOTHING"), {{"v", QString::fromLatin1(fresh.toBase64())}}); !r)
        return Unexpected(r.error());
    auto q = ServerDb::exec(db, QStringLiteral("SELECT value FROM server_secret WHERE name = 'token-signing'"));
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Database, QStringLiteral("The token signing key is missing."));
    return QByteArray::fromBase64(q->value(0).toString().toLatin1());
}

} // namespace Nav::Server

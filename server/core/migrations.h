// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "core/serverdb.h"

namespace Nav::Server {

// Ordered schema migrations, the same for SQLite and PostgreSQL. Each runs in its own
// transaction and is recorded in schema_migrations; on PostgreSQL an advisory lock keeps two
// instances starting together from migrating at once.
class Migrations
{
public:
    static int latestVersion();
    // Brings the schema up to date; returns the version before.
    static Result<int> apply(QSqlDatabase &db, Dialect dialect);
    static Result<int> currentVersion(QSqlDatabase &db);
};

// The key that signs access tokens, created once and kept in the database so that every
// instance behind the load balancer verifies every token.
Result<QByteArray> signingKey(QSqlDatabase &db);

} // namespace Nav::Server

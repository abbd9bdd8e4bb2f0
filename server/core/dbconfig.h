// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QString>

namespace Nav::Server {

enum class Dialect { Sqlite, Postgres };

// Where the server keeps its data, parsed from a URL:
//   sqlite:/var/lib/navigator-server/navigator.db      (one-machine install, the default)
//   postgresql://user[:password]@host[:port]/database  (production; PGPASSWORD also works)
struct DbConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;

    static Result<DbConfig> parse(const QString &url);
    // The URL without its password, for messages.
    QString display() const;
};

} // namespace Nav::Server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/schema.h"

namespace Nav::Storage {

QList<Migration> workstationMigrations()
{
    return {
        {1,
         QStringLiteral("profile metadata"),
         {QStringLiteral("CREATE TABLE meta ("
                         " key TEXT PRIMARY KEY,"
                         " value TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL)")}},
    };
}

} // namespace Nav::Storage

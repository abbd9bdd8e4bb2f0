// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Nav::Storage {

// One step of the schema. Versions are strictly increasing; a step is applied with its
// bookkeeping row in one transaction, so a failed step leaves the previous schema intact.
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;
};

class Migrator
{
public:
    // The version recorded in schema_version (0 for a new database).
    static Result<int> currentVersion(QSqlDatabase &db);
    // Applies every migration above the current version, in order. Refuses a database whose
    // version is newer than the newest migration known (created by a newer Navigator).
    static Result<int> migrate(QSqlDatabase &db, const QList<Migration> &migrations);
};

} // namespace Nav::Storage

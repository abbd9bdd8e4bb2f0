// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Nav::Sync {

// The sync_state table (workstation schema version 4): small values the sync client keeps
// between runs. Runs on the DB thread, inside Database::run.
namespace SyncState {

// Keys.
inline constexpr char kDirectoryCursor[] = "directory.cursor";   // seq of the last page applied
inline constexpr char kDirectoryServer[] = "directory.server";   // the server that cursor is of
inline constexpr char kDirectoryPulledAt[] = "directory.pulled_at"; // UTC ISO, last full catch-up
inline constexpr char kTeamSnapshot[] = "team.snapshot"; // the lead's last team review (JSON)

// The value, or `fallback` when the key is absent.
Result<QString> value(QSqlDatabase &db, const QString &key, const QString &fallback = {});
Result<void> setValue(QSqlDatabase &db, const QString &key, const QString &value);
Result<void> remove(QSqlDatabase &db, const QString &key);

// The directory feed cursor (0 before the first sync).
Result<qint64> directoryCursor(QSqlDatabase &db);

} // namespace SyncState
} // namespace Nav::Sync

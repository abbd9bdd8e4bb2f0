// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/serverdb.h"

#include <QCommandLineParser>
#include <QStringList>

namespace Nav::Server {

// migrate, team add|list, user add|passwd|disable|enable|list, import. Returns the exit code:
// 0 done, 1 refused (bad input: the message says why), 2 could not run (database).
int runAdminCommand(ServerDb &db, const QStringList &words, const QCommandLineParser &args);

} // namespace Nav::Server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "storage/migration.h"

namespace Nav::Storage {

// The workstation's schema, oldest step first. Append; never edit a released step.
QList<Migration> workstationMigrations();

} // namespace Nav::Storage

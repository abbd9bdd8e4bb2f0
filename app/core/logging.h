// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QLoggingCategory>
#include <QString>

// Log categories are nav.<layer>.<component>. Logs never carry personal data: no names, phone
// numbers, notes, postal codes, free text typed by a navigator, or file names derived from them.
Q_DECLARE_LOGGING_CATEGORY(lcNavApp)

namespace Nav::Core {

// Sends Qt messages to stderr and, when logDir is not empty, to <logDir>/navigator.log
// (rotated to navigator.log.1 past 5 MiB). Safe to call again to move the file.
void installLogging(const QString &logDir);

// The file installLogging() writes to, empty if none.
QString logFilePath();

} // namespace Nav::Core

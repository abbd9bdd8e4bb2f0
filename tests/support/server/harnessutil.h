// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QtGlobal>

// Small helpers shared by the server test harness (not a public API of the harness).
namespace Nav::Test::Harness {

// True when the test runs as root (CI does): daemons that refuse root need another user.
bool isRoot();
// A TCP port on 127.0.0.1 that was free a moment ago (bind to 0, read, close). Callers retry
// on "address in use" since another process may take it in between.
quint16 freeLoopbackPort();
// Gives a path to a user (chown); used when a daemon must own its folder. True on success.
bool chownTo(const QString &path, const char *user);
// The runuser executable, or an empty string.
QString runuserPath();
// http://127.0.0.1:<port>/
QUrl loopbackUrl(quint16 port);
// A file's bytes from `offset` on; empty when it cannot be read.
QByteArray readFile(const QString &path, qint64 offset = 0);

} // namespace Nav::Test::Harness

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace Nav::Sync {

// The password of the last navigator who signed in on this workstation, as a slow hash
// (PBKDF2-HMAC-SHA256, random salt) kept in the encrypted store (sync_state), so that they can
// unlock the screen and start offline. The password itself is never kept.
//
// Stored form: "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
namespace LocalCredential {

inline constexpr int kIterations = 300000;
inline constexpr char kCredentialKey[] = "offline.credential";
inline constexpr char kUserKey[] = "offline.user";

// Slow on purpose (~0.5 s here): call it off the GUI thread.
QByteArray hash(const QString &password, int iterations = kIterations, QByteArray salt = {});
// Constant-time comparison; false for a malformed stored value.
bool verify(const QString &password, const QByteArray &stored);

// In the store (on the DB thread, inside Database::run).
Result<void> save(QSqlDatabase &db, const QString &username, const QByteArray &stored);
struct Stored
{
    QString username;
    QByteArray credential; // empty: nobody signed in on this workstation yet
};
Result<Stored> load(QSqlDatabase &db);

// After five wrong passwords in a row, each further attempt waits longer: 30 s, 60 s, 2 min,
// … up to 15 min. Returns the wait in seconds before the next attempt after `failures`.
int delayAfter(int failures);

} // namespace LocalCredential
} // namespace Nav::Sync

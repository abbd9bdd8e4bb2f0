// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace Nav::Server {

// Passwords are stored as Argon2id hashes in the standard encoded form
// ($argon2id$v=19$m=...,t=...,p=...$salt$hash) with a 16-byte random salt. The cost follows
// the OWASP baseline (19 MiB, 2 passes, 1 lane: ~30 ms here); the encoded form records it, so
// raising it later still verifies older hashes, and needsRehash() tells when to upgrade.
class PasswordHash
{
public:
    struct Cost
    {
        quint32 memoryKiB = 19 * 1024;
        quint32 passes = 2;
        quint32 lanes = 1;
    };
    static Cost defaultCost();

    static QString hash(const QString &password, Cost cost = defaultCost());
    static bool verify(const QString &password, const QString &encoded);
    static bool needsRehash(const QString &encoded, Cost cost = defaultCost());
    // Burns the time of one verification (for unknown user names, so timing tells nothing).
    static void dummyVerify(const QString &password);

    static constexpr int minimumLength = 10;
    // Empty when acceptable, else why not (English: the admin CLI and the API say it).
    static QString weakness(const QString &password);
};

} // namespace Nav::Server

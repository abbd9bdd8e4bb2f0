// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Nav::Server {

// Short-lived access tokens, verifiable by any server instance that shares the signing key
// (kept in the database): "nav1.<base64url payload>.<base64url HMAC-SHA256>". The payload names
// the user, their token version (bumped on password change, disable and "sign out everywhere",
// which invalidates older tokens at once) and the expiry. No session state lives in memory.
struct AccessClaims
{
    QString userId;
    int tokenVersion = 0;
    qint64 issuedAt = 0;  // seconds since the epoch
    qint64 expiresAt = 0; // seconds since the epoch
};

class Tokens
{
public:
    static constexpr int accessLifetimeSeconds = 15 * 60;
    static constexpr int refreshLifetimeSeconds = 30 * 24 * 3600;

    static QString issueAccess(const QByteArray &key, const AccessClaims &claims);
    // Empty when the token is malformed, forged or expired at `nowSeconds`.
    static std::optional<AccessClaims> verifyAccess(const QByteArray &key, const QString &token,
                                                    qint64 nowSeconds);

    // A random opaque refresh token (256 bits) and the hash stored in its place.
    static QString newRefreshToken();
    static QString refreshHash(const QString &token);
};

} // namespace Nav::Server

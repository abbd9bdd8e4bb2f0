// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/apierror.h"
#include "core/result.h"
#include "core/serverdb.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Nav::Server {

enum class Role { Navigator, TeamLead, Administrator };
QString codeOf(Role role);          // "navigator", "team-lead", "administrator"
std::optional<Role> roleFromCode(const QString &code);

struct Team
{
    QString id;
    QString name;
};

struct User
{
    QString id;
    QString username;
    QString displayName;
    QString teamId;
    QString teamName;
    Role role = Role::Navigator;
    bool cleared = false;   // may see confidential directory fields
    bool disabled = false;
    int tokenVersion = 1;
    int failedLogins = 0;
    qint64 lockedUntil = 0; // ms since the epoch
    QString passwordHash;

    QJsonObject toJson() const; // never the hash
};

struct Session
{
    QString accessToken;
    qint64 accessExpiresAt = 0; // seconds since the epoch
    QString refreshToken;
    qint64 refreshExpiresAt = 0;
    User user;
    QJsonObject toJson(qint64 nowSeconds) const;
};

// Users, teams and sign-in. Lock-out: after `freeFailures` wrong passwords in a row, each
// further failure locks the account for 30 s, doubling up to 15 min; a locked account is not
// even checked (429 with Retry-After), so guessing cannot go faster than the lock allows.
class Accounts
{
public:
    static constexpr int freeFailures = 5;

    static Result<Team> addTeam(QSqlDatabase &db, const QString &name, qint64 nowMs);
    static Result<QList<Team>> teams(QSqlDatabase &db);
    static Result<std::optional<Team>> teamByName(QSqlDatabase &db, const QString &name);

    // Validates the user name, the role and the password (ErrorCode::InvalidInput says why).
    static Result<User> addUser(QSqlDatabase &db, const QString &username, const QString &displayName,
                                const QString &teamName, Role role, bool cleared,
                                const QString &password, qint64 nowMs);
    static Result<QList<User>> users(QSqlDatabase &db);
    static Result<std::optional<User>> userById(QSqlDatabase &db, const QString &id);
    static Result<std::optional<User>> userByName(QSqlDatabase &db, const QString &username);

    // Each of these bumps the token version and revokes refresh tokens where the change
    // should end existing sessions.
    static Result<void> setPassword(QSqlDatabase &db, const QString &userId, const QString &password, qint64 nowMs);
    static Result<void> setDisabled(QSqlDatabase &db, const QString &userId, bool disabled, qint64 nowMs);
    static Result<void> update(QSqlDatabase &db, const User &user, qint64 nowMs); // role, team, cleared, name

    static ApiResult<Session> login(QSqlDatabase &db, const QByteArray &key, const QString &username,
                                    const QString &password, qint64 nowMs);
    // Rotation: the presented token is spent and a new one issued in the same family. A spent
    // token presented again means it was copied: the whole family is revoked.
    static ApiResult<Session> refresh(QSqlDatabase &db, const QByteArray &key,
                                      const QString &refreshToken, qint64 nowMs);
    static Result<void> logout(QSqlDatabase &db, const QString &refreshToken, qint64 nowMs);
    // Ends every session and every access token of the user.
    static Result<void> signOutEverywhere(QSqlDatabase &db, const QString &userId, qint64 nowMs);
    static Result<void> revokeAll(QSqlDatabase &db, const QString &userId, qint64 nowMs);

    static QString usernameProblem(const QString &username);
};

} // namespace Nav::Server

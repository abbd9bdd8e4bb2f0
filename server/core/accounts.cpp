// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/accounts.h"

#include "core/passwordhash.h"
#include "core/tokens.h"

#include <QRegularExpression>
#include <QUuid>

namespace Nav::Server {

QString codeOf(Role role)
{
    switch (role) {
    case Role::Navigator: return QStringLiteral("navigator");
    case Role::TeamLead: return QStringLiteral("team-lead");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role r : {Role::Navigator, Role::TeamLead, Role::Administrator})
        if (codeOf(r) == code)
            return r;
    return std::nullopt;
}

QJsonObject User::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("username"), username},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("team_id"), teamId.isEmpty() ? QJsonValue() : QJsonValue(teamId)},
            {QStringLiteral("team"), teamName.isEmpty() ? QJsonValue() : QJsonValue(teamName)},
            {QStringLiteral("role"), codeOf(role)},
            {QStringLiteral("cleared"), cleared},
            {QStringLiteral("disabled"), disabled}};
}

QJsonObject Session::toJson(qint64 nowSeconds) const
{
    return {{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), accessExpiresAt - nowSeconds},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("refresh_expires_in"), refreshExpiresAt - nowSeconds},
            {QStringLiteral("user"), user.toJson()}};
}

namespace {

const QString userColumns = QStringLiteral(
    "u.id, u.username, u.display_name, u.team_id, t.name, u.role, u.cleared, u.disabled,"
    " u.token_version, u.failed_logins, u.locked_until, u.password_hash"
    " FROM app_user u LEFT JOIN team t ON t.id = u.team_id");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.teamId = q.value(3).toString();
    u.teamName = q.value(4).toString();
    u.role = roleFromCode(q.value(5).toString()).value_or(Role::Navigator);
    u.cleared = q.value(6).toInt() != 0;
    u.disabled = q.value(7).toInt() != 0;
    u.tokenVersion = q.value(8).toInt();
    u.failedLogins = q.value(9).toInt();
    u.lockedUntil = q.value(10).toLongLong();
    u.passwordHash = q.value(11).toString();
    return u;
}

Result<std::optional<User>> oneUser(QSqlDatabase &db, const QString &where, const QString &value)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT ") + userColumns + QStringLiteral(" WHERE ") + where,
                            {{"v", value}});
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ApiResult<Session> issue(QSqlDatabase &db, const QByteArray &key, const User &user,
                         const QString &family, qint64 nowMs)
{
    Session s;
    s.user = user;
    const qint64 now = nowMs / 1000;
    s.accessExpiresAt = now + Tokens::accessLifetimeSeconds;
    s.accessToken = Tokens::issueAccess(key, {user.id, user.tokenVersion, now, s.accessExpiresAt});
    s.refreshToken = Tokens::newRefreshToken();
    s.refreshExpiresAt = now + Tokens::refreshLifetimeSeconds;
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "INSERT INTO refresh_token (token_hash, user_id, family, created_at, expires_at)"
            " VALUES (:h, :u, :f, :c, :e)"),
            {{"h", Tokens::refreshHash(s.refreshToken)}, {"u", user.id}, {"f", family},
             {"c", nowMs}, {"e", s.refreshExpiresAt * 1000}}); !r)
        return ApiFail(ApiError::internal(r.error()));
    return s;
}

ApiError badCredentials()
{
    return {401, QStringLiteral("bad-credentials"),
            QStringLiteral("The user name or the password is wrong."), {}, 0};
}

} // namespace

QString Accounts::usernameProblem(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,63}$"));
    if (!re.match(username).hasMatch())
        return QStringLiteral("A user name has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
    return {};
}

Result<Team> Accounts::addTeam(QSqlDatabase &db, const QString &name, qint64 nowMs)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || n.size() > 100)
        return fail(ErrorCode::InvalidInput, QStringLiteral("A team name has 1 to 100 characters."));
    auto existing = teamByName(db, n);
    if (!existing)
        return Unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::InvalidInput, QStringLiteral("A team with that name already exists."));
    Team t{newId(), n};
    if (auto r = ServerDb::exec(db, QStringLiteral("INSERT INTO team (id, name, created_at) VALUES (:i, :n, :c)"),
                                {{"i", t.id}, {"n", t.name}, {"c", nowMs}}); !r)
        return Unexpected(r.error());
    return t;
}

Result<QList<Team>> Accounts::teams(QSqlDatabase &db)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT id, name FROM team ORDER BY name"));
    if (!q)
        return Unexpected(q.error());
    QList<Team> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

Result<std::optional<Team>> Accounts::teamByName(QSqlDatabase &db, const QString &name)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT id, name FROM team WHERE name = :n"), {{"n", name.trimmed()}});
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return std::optional<Team>();
    return std::optional<Team>(Team{q->value(0).toString(), q->value(1).toString()});
}

Result<User> Accounts::addUser(QSqlDatabase &db, const QString &username, const QString &displayName,
                               const QString &teamName, Role role, bool cleared,
                               const QString &password, qint64 nowMs)
{
    if (const QString p = usernameProblem(username); !p.isEmpty())
        return fail(ErrorCode::InvalidInput, p);
    if (const QString p = PasswordHash::weakness(password); !p.isEmpty())
        return fail(ErrorCode::InvalidInput, p);
    if (displayName.size() > 200)
        return fail(ErrorCode::InvalidInput, QStringLiteral("The display name is longer than 200 characters."));
    QString teamId;
    if (!teamName.isEmpty()) {
        auto t = teamByName(db, teamName);
        if (!t)
            return Unexpected(t.error());
        if (!*t)
            return fail(ErrorCode::InvalidInput, QStringLiteral("There is no team named \"%1\". Add it first with: team add NAME.").arg(teamName));
        teamId = (*t)->id;
    } else if (role != Role::Administrator) {
        return fail(ErrorCode::InvalidInput, QStringLiteral("Navigators and team leads belong to a team: give --team NAME."));
    }
    auto existing = userByName(db, username);
    if (!existing)
        return Unexpected(existing.error());
    if (*existing)
        return fail(ErrorCode::InvalidInput, QStringLiteral("That user name is taken."));
    User u;
    u.id = newId();
    u.username = username;
    u.displayName = displayName.isEmpty() ? username : displayName;
    u.teamId = teamId;
    u.teamName = teamName;
    u.role = role;
    u.cleared = cleared;
    u.passwordHash = PasswordHash::hash(password);
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "INSERT INTO app_user (id, username, display_name, team_id, role, cleared, disabled,"
            " password_hash, token_version, failed_logins, locked_until, created_at, updated_at)"
            " VALUES (:i, :u, :d, :t, :r, :c, 0, :h, 1, 0, 0, :now, :now)"),
            {{"i", u.id}, {"u", u.username}, {"d", u.displayName},
             {"t", teamId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(teamId)},
             {"r", codeOf(role)}, {"c", cleared ? 1 : 0}, {"h", u.passwordHash}, {"now", nowMs}}); !r)
        return Unexpected(r.error());
    return u;
}

Result<QList<User>> Accounts::users(QSqlDatabase &db)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT ") + userColumns + QStringLiteral(" ORDER BY u.username"));
    if (!q)
        return Unexpected(q.error());
    QList<User> out;
    while (q->next())
        out.append(readUser(*q));
    return out;
}

Result<std::optional<User>> Accounts::userById(QSqlDatabase &db, const QString &id)
{
    return oneUser(db, QStringLiteral("u.id = :v"), id);
}

Result<std::optional<User>> Accounts::userByName(QSqlDatabase &db, const QString &username)
{
    return oneUser(db, QStringLiteral("u.username = :v"), username);
}

Result<void> Accounts::setPassword(QSqlDatabase &db, const QString &userId, const QString &password, qint64 nowMs)
{
    if (const QString p = PasswordHash::weakness(password); !p.isEmpty())
        return fail(ErrorCode::InvalidInput, p);
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "UPDATE app_user SET password_hash = :h, token_version = token_version + 1,"
            " failed_logins = 0, locked_until = 0, updated_at = :now WHERE id = :i"),
            {{"h", PasswordHash::hash(password)}, {"now", nowMs}, {"i", userId}}); !r)
        return Unexpected(r.error());
    return revokeAll(db, userId, nowMs);
}

Result<void> Accounts::setDisabled(QSqlDatabase &db, const QString &userId, bool disabled, qint64 nowMs)
{
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "UPDATE app_user SET disabled = :d, token_version = token_version + 1, updated_at = :now WHERE id = :i"),
            {{"d", disabled ? 1 : 0}, {"now", nowMs}, {"i", userId}}); !r)
        return Unexpected(r.error());
    return disabled ? revokeAll(db, userId, nowMs) : Result<void>();
}

Result<void> Accounts::update(QSqlDatabase &db, const User &user, qint64 nowMs)
{
    auto before = userById(db, user.id);
    if (!before)
        return Unexpected(before.error());
    // Access tokens carry role, team and clearance: changing one of them signs the user out
    // so the change takes effect at once; a new display name does not.
    const bool claimsChanged = !*before || (*before)->teamId != user.teamId || (*before)->role != user.role
                               || (*before)->cleared != user.cleared;
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "UPDATE app_user SET display_name = :d, team_id = :t, role = :r, cleared = :c,"
            " token_version = token_version + :bump, updated_at = :now WHERE id = :i"),
            {{"d", user.displayName}, {"bump", claimsChanged ? 1 : 0},
             {"t", user.teamId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(user.teamId)},
             {"r", codeOf(user.role)}, {"c", user.cleared ? 1 : 0}, {"now", nowMs}, {"i", user.id}}); !r)
        return Unexpected(r.error());
    return {};
}

ApiResult<Session> Accounts::login(QSqlDatabase &db, const QByteArray &key, const QString &username,
                                   const QString &password, qint64 nowMs)
{
    auto found = userByName(db, username);
    if (!found)
        return ApiFail(ApiError::internal(found.error()));
    if (!*found) {
        PasswordHash::dummyVerify(password);
        return ApiFail(badCredentials());
    }
    User u = **found;
    if (u.lockedUntil > nowMs) {
        ApiError e{429, QStringLiteral("locked"),
                   QStringLiteral("Too many wrong passwords. Wait before trying again."), {}, 0};
        e.retryAfterSeconds = int((u.lockedUntil - nowMs + 999) / 1000);
        return ApiFail(e);
    }
    if (!PasswordHash::verify(password, u.passwordHash)) {
        const int failures = u.failedLogins + 1;
        qint64 lockedUntil = 0;
        if (failures >= freeFailures) {
            const int steps = qMin(failures - freeFailures, 5);
            lockedUntil = nowMs + qMin<qint64>(30'000LL << steps, 15 * 60'000LL);
        }
        if (auto r = ServerDb::exec(db, QStringLiteral(
                "UPDATE app_user SET failed_logins = :f, locked_until = :l WHERE id = :i"),
                {{"f", failures}, {"l", lockedUntil}, {"i", u.id}}); !r)
            return ApiFail(ApiError::internal(r.error()));
        return ApiFail(badCredentials());
    }
    if (u.disabled)
        return ApiFail(ApiError{403, QStringLiteral("account-disabled"),
                                QStringLiteral("This account is disabled. Ask an administrator."), {}, 0});
    QVariant newHash = u.passwordHash;
    if (PasswordHash::needsRehash(u.passwordHash))
        newHash = PasswordHash::hash(password);
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "UPDATE app_user SET failed_logins = 0, locked_until = 0, password_hash = :h WHERE id = :i"),
            {{"h", newHash}, {"i", u.id}}); !r)
        return ApiFail(ApiError::internal(r.error()));
    return issue(db, key, u, newId(), nowMs);
}

ApiResult<Session> Accounts::refresh(QSqlDatabase &db, const QByteArray &key,
                                     const QString &refreshToken, qint64 nowMs)
{
    const ApiError invalid{401, QStringLiteral("invalid-refresh-token"),
                           QStringLiteral("The session has ended. Sign in again."), {}, 0};
    if (refreshToken.isEmpty() || refreshToken.size() > 200)
        return ApiFail(invalid);
    ServerTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return ApiFail(ApiError::internal(r.error()));
    auto q = ServerDb::exec(db, QStringLiteral(
        "SELECT user_id, family, expires_at, used_at, revoked_at FROM refresh_token WHERE token_hash = :h"),
        {{"h", Tokens::refreshHash(refreshToken)}});
    if (!q)
        return ApiFail(ApiError::internal(q.error()));
    if (!q->next())
        return ApiFail(invalid);
    const QString userId = q->value(0).toString();
    const QString family = q->value(1).toString();
    const bool expired = q->value(2).toLongLong() <= nowMs;
    const bool used = !q->value(3).isNull();
    const bool revoked = !q->value(4).isNull();
    q->finish();
    if (used && !revoked) {
        // Replay of a spent token: someone else holds the family. End it.
        if (auto r = ServerDb::exec(db, QStringLiteral(
                "UPDATE refresh_token SET revoked_at = :now WHERE family = :f AND revoked_at IS NULL"),
                {{"now", nowMs}, {"f", family}}); !r)
            return ApiFail(ApiError::internal(r.error()));
        if (auto r = tx.commit(); !r)
            return ApiFail(ApiError::internal(r.error()));
        return ApiFail(invalid);
    }
    if (expired || revoked || used)
        return ApiFail(invalid);
    auto user = userById(db, userId);
    if (!user)
        return ApiFail(ApiError::internal(user.error()));
    if (!*user || (*user)->disabled)
        return ApiFail(invalid);
    if (auto r = ServerDb::exec(db, QStringLiteral("UPDATE refresh_token SET used_at = :now WHERE token_hash = :h"),
                                {{"now", nowMs}, {"h", Tokens::refreshHash(refreshToken)}}); !r)
        return ApiFail(ApiError::internal(r.error()));
    auto session = issue(db, key, **user, family, nowMs);
    if (!session)
        return session;
    if (auto r = tx.commit(); !r)
        return ApiFail(ApiError::internal(r.error()));
    return session;
}

Result<void> Accounts::logout(QSqlDatabase &db, const QString &refreshToken, qint64 nowMs)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT family FROM refresh_token WHERE token_hash = :h"),
                            {{"h", Tokens::refreshHash(refreshToken)}});
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return {};
    const QString family = q->value(0).toString();
    q->finish();
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "UPDATE refresh_token SET revoked_at = :now WHERE family = :f AND revoked_at IS NULL"),
            {{"now", nowMs}, {"f", family}}); !r)
        return Unexpected(r.error());
    return {};
}

Result<void> Accounts::signOutEverywhere(QSqlDatabase &db, const QString &userId, qint64 nowMs)
{
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "UPDATE app_user SET token_version = token_version + 1, updated_at = :now WHERE id = :i"),
            {{"now", nowMs}, {"i", userId}}); !r)
        return Unexpected(r.error());
    return revokeAll(db, userId, nowMs);
}

Result<void> Accounts::revokeAll(QSqlDatabase &db, const QString &userId, qint64 nowMs)
{
    if (auto r = ServerDb::exec(db, QStringLiteral(
            "UPDATE refresh_token SET revoked_at = :now WHERE user_id = :u AND revoked_at IS NULL"),
            {{"now", nowMs}, {"u", userId}}); !r)
        return Unexpected(r.error());
    return {};
}

} // namespace Nav::Server

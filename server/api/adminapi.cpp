// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "api/api.h"

#include <QJsonArray>

namespace Nav::Server {

namespace {

Response fromResult(const Error &e)
{
    if (e.code == ErrorCode::InvalidInput)
        return Response::error({422, QStringLiteral("validation-failed"), e.message, {}, 0});
    return Response::error(ApiError::internal(e));
}

} // namespace

// Account management: administrators only. The command line (navigator-server user …) does
// the same on the server machine.
void registerAdminRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/teams"), Auth::Required, [](const Request &, Context &ctx) {
        if (auto denied = Api::requireRole(ctx, {Role::Administrator, Role::TeamLead}))
            return *denied;
        auto teams = Accounts::teams(ctx.db);
        if (!teams)
            return fromResult(teams.error());
        QJsonArray out;
        for (const Team &t : *teams)
            out.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}});
        return Response::json(QJsonObject{{QStringLiteral("items"), out}});
    });

    router.add("POST", QStringLiteral("/api/v1/teams"), Auth::Required, [](const Request &req, Context &ctx) {
        if (auto denied = Api::requireRole(ctx, {Role::Administrator}))
            return *denied;
        auto body = req.jsonObject(ctx.settings.limits);
        if (!body)
            return Response::error(body.error());
        auto team = Accounts::addTeam(ctx.db, body->value(QStringLiteral("name")).toString(), ctx.nowMs);
        if (!team)
            return fromResult(team.error());
        return Response::json(QJsonObject{{QStringLiteral("id"), team->id}, {QStringLiteral("name"), team->name}}, 201);
    });

    // Administrators see every account; team leads see their team (for reassigning).
    router.add("GET", QStringLiteral("/api/v1/users"), Auth::Required, [](const Request &, Context &ctx) {
        if (auto denied = Api::requireRole(ctx, {Role::Administrator, Role::TeamLead}))
            return *denied;
        auto users = Accounts::users(ctx.db);
        if (!users)
            return fromResult(users.error());
        QJsonArray out;
        for (const User &u : *users)
            if (ctx.me().role == Role::Administrator || u.teamId == ctx.me().teamId)
                out.append(u.toJson());
        return Response::json(QJsonObject{{QStringLiteral("items"), out}});
    });

    router.add("POST", QStringLiteral("/api/v1/users"), Auth::Required, [](const Request &req, Context &ctx) {
        if (auto denied = Api::requireRole(ctx, {Role::Administrator}))
            return *denied;
        auto body = req.jsonObject(ctx.settings.limits);
        if (!body)
            return Response::error(body.error());
        const auto role = roleFromCode(body->value(QStringLiteral("role")).toString());
        if (!role)
            return Response::error(Api::validation(QStringLiteral("role"),
                                                   QStringLiteral("role must be navigator, team-lead or administrator.")));
        auto user = Accounts::addUser(ctx.db, body->value(QStringLiteral("username")).toString(),
                                      body->value(QStringLiteral("display_name")).toString(),
                                      body->value(QStringLiteral("team")).toString(), *role,
                                      body->value(QStringLiteral("cleared")).toBool(),
                                      body->value(QStringLiteral("password")).toString(), ctx.nowMs);
        if (!user)
            return fromResult(user.error());
        return Response::json(user->toJson(), 201);
    });

    // Changes any of: display_name, team, role, cleared, disabled, password.
    router.add("PATCH", QStringLiteral("/api/v1/users/{id}"), Auth::Required, [](const Request &req, Context &ctx) {
        if (auto denied = Api::requireRole(ctx, {Role::Administrator}))
            return *denied;
        auto body = req.jsonObject(ctx.settings.limits);
        if (!body)
            return Response::error(body.error());
        auto found = Accounts::userById(ctx.db, req.params.value(QStringLiteral("id")));
        if (!found)
            return fromResult(found.error());
        if (!*found)
            return Response::error(ApiError::notFound(QStringLiteral("There is no such user.")));
        User u = **found;
        if (body->contains(QStringLiteral("display_name")))
            u.displayName = body->value(QStringLiteral("display_name")).toString();
        if (body->contains(QStringLiteral("role"))) {
            const auto role = roleFromCode(body->value(QStringLiteral("role")).toString());
            if (!role)
                return Response::error(Api::validation(QStringLiteral("role"), QStringLiteral("role must be navigator, team-lead or administrator.")));
            u.role = *role;
        }
        if (body->contains(QStringLiteral("team"))) {
            auto team = Accounts::teamByName(ctx.db, body->value(QStringLiteral("team")).toString());
            if (!team)
                return fromResult(team.error());
            if (!*team)
                return Response::error(Api::validation(QStringLiteral("team"), QStringLiteral("There is no team with that name.")));
            u.teamId = (*team)->id;
        }
        if (body->contains(QStringLiteral("cleared")))
            u.cleared = body->value(QStringLiteral("cleared")).toBool();
        if (auto r = Accounts::update(ctx.db, u, ctx.nowMs); !r)
            return fromResult(r.error());
        if (body->contains(QStringLiteral("disabled"))) {
            if (auto r = Accounts::setDisabled(ctx.db, u.id, body->value(QStringLiteral("disabled")).toBool(), ctx.nowMs); !r)
                return fromResult(r.error());
        }
        if (body->contains(QStringLiteral("password"))) {
            if (auto r = Accounts::setPassword(ctx.db, u.id, body->value(QStringLiteral("password")).toString(), ctx.nowMs); !r)
                return fromResult(r.error());
        }
        auto fresh = Accounts::userById(ctx.db, u.id);
        if (!fresh || !*fresh)
            return Response::error(ApiError::internal(fresh ? Error{} : fresh.error()));
        return Response::json((*fresh)->toJson());
    });
}

} // namespace Nav::Server

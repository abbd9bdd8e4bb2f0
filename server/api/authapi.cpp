// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "api/api.h"

namespace Nav::Server {

namespace {

ApiResult<QString> stringField(const QJsonObject &body, const QString &name, int maxLength)
{
    const QJsonValue v = body.value(name);
    if (!v.isString() || v.toString().isEmpty())
        return ApiFail(Api::validation(name, QStringLiteral("%1 is required and must be a string.").arg(name)));
    if (v.toString().size() > maxLength)
        return ApiFail(Api::validation(name, QStringLiteral("%1 is longer than %2 characters.").arg(name).arg(maxLength)));
    return v.toString();
}

} // namespace

void registerAuthRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/api/v1/auth/login"), Auth::None, [](const Request &req, Context &ctx) {
        auto body = req.jsonObject(ctx.settings.limits);
        if (!body)
            return Response::error(body.error());
        auto username = stringField(*body, QStringLiteral("username"), 64);
        if (!username)
            return Response::error(username.error());
        auto password = stringField(*body, QStringLiteral("password"), 1024);
        if (!password)
            return Response::error(password.error());
        auto session = Accounts::login(ctx.db, ctx.settings.signingKey, *username, *password, ctx.nowMs);
        if (!session)
            return Response::error(session.error());
        return Response::json(session->toJson(ctx.nowMs / 1000));
    });

    router.add("POST", QStringLiteral("/api/v1/auth/refresh"), Auth::None, [](const Request &req, Context &ctx) {
        auto body = req.jsonObject(ctx.settings.limits);
        if (!body)
            return Response::error(body.error());
        auto token = stringField(*body, QStringLiteral("refresh_token"), 200);
        if (!token)
            return Response::error(token.error());
        auto session = Accounts::refresh(ctx.db, ctx.settings.signingKey, *token, ctx.nowMs);
        if (!session)
            return Response::error(session.error());
        return Response::json(session->toJson(ctx.nowMs / 1000));
    });

    // Ends one session (its refresh-token family). With "everywhere": true, every session of
    // the user and every access token already issued (token version bump).
    router.add("POST", QStringLiteral("/api/v1/auth/logout"), Auth::Required, [](const Request &req, Context &ctx) {
        auto body = req.jsonObject(ctx.settings.limits);
        if (!body)
            return Response::error(body.error());
        if (body->value(QStringLiteral("everywhere")).toBool()) {
            if (auto r = Accounts::signOutEverywhere(ctx.db, ctx.me().id, ctx.nowMs); !r)
                return Response::error(ApiError::internal(r.error()));
            return Response::noContent();
        }
        auto token = stringField(*body, QStringLiteral("refresh_token"), 200);
        if (!token)
            return Response::error(token.error());
        if (auto r = Accounts::logout(ctx.db, *token, ctx.nowMs); !r)
            return Response::error(ApiError::internal(r.error()));
        return Response::noContent();
    });

    router.add("GET", QStringLiteral("/api/v1/me"), Auth::Required, [](const Request &, Context &ctx) {
        return Response::json(ctx.me().toJson());
    });
}

} // namespace Nav::Server

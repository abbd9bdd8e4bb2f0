// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "api/api.h"

#include <QRegularExpression>

namespace Nav::Server {

void registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/healthz"), Auth::None, [](const Request &, Context &ctx) {
        auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT 1"));
        if (!q)
            return Response::error({503, QStringLiteral("database-unavailable"),
                                    QStringLiteral("The database does not answer."), {}, 5});
        return Response::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    registerAuthRoutes(router);
    registerAdminRoutes(router);
    registerRecordRoutes(router);
    registerDirectoryRoutes(router);
    registerHsdsRoutes(router);
}

namespace Api {

bool isUuid(const QString &id)
{
    static const QRegularExpression re(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(id).hasMatch();
}

ApiError validation(const QString &field, const QString &message)
{
    return ApiError{422, QStringLiteral("validation-failed"), message, {{QStringLiteral("field"), field}}, 0};
}

std::optional<Response> requireRole(const Context &ctx, std::initializer_list<Role> roles)
{
    for (Role r : roles)
        if (ctx.user && ctx.user->role == r)
            return std::nullopt;
    return Response::error(ApiError::forbidden(QStringLiteral("Your role does not allow this.")));
}

ApiResult<qint64> intParam(const Request &request, const QString &name, qint64 fallback, qint64 max)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 v = request.queryValue(name).toLongLong(&ok);
    if (!ok || v < 0 || v > max)
        return ApiFail(ApiError::badRequest(QStringLiteral("bad-parameter"),
                                            QStringLiteral("The parameter %1 must be a whole number from 0 to %2.").arg(name).arg(max),
                                            {{QStringLiteral("parameter"), name}}));
    return v;
}

} // namespace Api
} // namespace Nav::Server

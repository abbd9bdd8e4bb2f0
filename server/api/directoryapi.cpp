// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "api/api.h"
#include "directory/serverdirectory.h"

namespace Nav::Server {

// The directory changes feed. A workstation starts at cursor 0 and then asks for what came
// after the last cursor it applied; each page is applied in one transaction on its side. Items
// are {"seq", "id", "op": "upsert", "service": {HSDS 3.0}} or {"seq", "id", "op": "retire"}
// (the tombstone of a retired service). Confidential fields only reach cleared users.
void registerDirectoryRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/api/v1/directory/changes"), Auth::Required, [](const Request &req, Context &ctx) {
        auto cursor = Api::intParam(req, QStringLiteral("cursor"), 0, std::numeric_limits<qint64>::max());
        if (!cursor)
            return Response::error(cursor.error());
        auto limit = Api::intParam(req, QStringLiteral("limit"), 500, ctx.settings.feedPageMax);
        if (!limit)
            return Response::error(limit.error());
        if (*limit == 0)
            return Response::error(ApiError::badRequest(QStringLiteral("bad-parameter"), QStringLiteral("limit must be at least 1.")));
        auto page = ServerDirectory::changes(ctx.db, *cursor, int(*limit), ctx.me().cleared);
        if (!page)
            return Response::error(ApiError::internal(page.error()));
        // The same cursor in headers: a client can ask for the next page before it has parsed
        // this one.
        return Response::raw(page->json)
            .withHeader("Nav-Next-Cursor", QByteArray::number(page->nextCursor))
            .withHeader("Nav-Has-More", page->hasMore ? "true" : "false");
    });
}

} // namespace Nav::Server

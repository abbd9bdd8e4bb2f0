// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "http/router.h"

namespace Nav::Server {

// Registers every route of API v1 (server/api/openapi.yaml documents them).
void registerRoutes(Router &router);

// Parts, each in its own file.
void registerAuthRoutes(Router &router);
void registerAdminRoutes(Router &router);
void registerRecordRoutes(Router &router);    // contacts, follow-ups, surveys, flags, agent status
void registerDirectoryRoutes(Router &router); // changes feed
void registerHsdsRoutes(Router &router);      // HSDS 3.0 read API under /hsds/

// Shared by the parts.
namespace Api {
bool isUuid(const QString &id);
ApiError validation(const QString &field, const QString &message);
// 403 unless the signed-in user has one of the roles.
std::optional<Response> requireRole(const Context &ctx, std::initializer_list<Role> roles);
// A non-negative integer query parameter, or the default; error when malformed or above max.
ApiResult<qint64> intParam(const Request &request, const QString &name, qint64 fallback, qint64 max);
} // namespace Api

} // namespace Nav::Server

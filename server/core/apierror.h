// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>

#include <expected>

namespace Nav::Server {

// What the API answers when a request cannot be served: an HTTP status, a stable code for
// programs ("validation-failed", "revision-conflict"…), a plain-English message for people,
// and optional details (the field at fault, the current server version on a conflict…).
struct ApiError
{
    int status = 500;
    QString code;
    QString message;
    QJsonObject details;
    int retryAfterSeconds = 0;

    static ApiError badRequest(const QString &code, const QString &message, const QJsonObject &details = {})
    { return {400, code, message, details, 0}; }
    static ApiError unauthorized(const QString &message)
    { return {401, QStringLiteral("unauthorized"), message, {}, 0}; }
    static ApiError forbidden(const QString &message)
    { return {403, QStringLiteral("forbidden"), message, {}, 0}; }
    static ApiError notFound(const QString &message)
    { return {404, QStringLiteral("not-found"), message, {}, 0}; }
    static ApiError conflict(const QString &code, const QString &message, const QJsonObject &details = {})
    { return {409, code, message, details, 0}; }
    // A database or other internal failure: the detail goes to the log, never to the client.
    static ApiError internal(const Error &error)
    { return {500, QStringLiteral("internal"), QStringLiteral("The server could not complete the request. It has been logged; try again."), {{QStringLiteral("log"), error.detail}}, 0}; }
};

template<typename T>
using ApiResult = std::expected<T, ApiError>;
using ApiFail = std::unexpected<ApiError>;

} // namespace Nav::Server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/accounts.h"
#include "core/serverdb.h"
#include "http/request.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace Nav::Server {

struct ServerSettings
{
    Limits limits;
    QByteArray signingKey;
    int feedPageMax = 1000;
};

// What a handler gets besides the request: the database connection of this thread, the
// signed-in user (when the route needs one) and the clock.
struct Context
{
    const ServerSettings &settings;
    QSqlDatabase db;
    std::optional<User> user;
    qint64 nowMs = 0;

    const User &me() const { return *user; }
};

using Handler = std::function<Response(const Request &, Context &)>;

enum class Auth {
    None,     // no token looked at (login, health)
    Optional, // a valid token widens what is shown (HSDS read API)
    Required, // 401 without a valid token
};

// Method + path pattern ("/api/v1/contacts/{id}") to handler. An unknown path is 404, a known
// path with another method is 405 with Allow.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler);

    struct Match
    {
        const Handler *handler = nullptr;
        Auth auth = Auth::Required;
        QString pattern; // for the access log: ids never reach the log
        QHash<QString, QString> params;
        int status = 200;        // 404 or 405 when handler is null
        QByteArray allow;        // for 405
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        QStringList segments;
        Auth auth;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace Nav::Server

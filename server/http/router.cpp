// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "http/router.h"

namespace Nav::Server {

void Router::add(const QByteArray &method, const QString &pattern, Auth auth, Handler handler)
{
    m_routes.append({method, pattern, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), auth,
                     std::move(handler)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Match result;
    result.status = 404;
    QList<QByteArray> allowed;
    for (const Route &r : m_routes) {
        if (r.segments.size() != parts.size())
            continue;
        QHash<QString, QString> params;
        bool ok = true;
        for (qsizetype i = 0; i < parts.size() && ok; ++i) {
            const QString &s = r.segments.at(i);
            if (s.startsWith(QLatin1Char('{')) && s.endsWith(QLatin1Char('}')))
                params.insert(s.mid(1, s.size() - 2), parts.at(i));
            else
                ok = s == parts.at(i);
        }
        if (!ok)
            continue;
        const bool sameMethod = r.method == method || (method == "HEAD" && r.method == "GET");
        if (!sameMethod) {
            if (!allowed.contains(r.method))
                allowed.append(r.method);
            continue;
        }
        result.handler = &r.handler;
        result.auth = r.auth;
        result.pattern = r.pattern;
        result.params = params;
        result.status = 200;
        return result;
    }
    if (!allowed.isEmpty()) {
        result.status = 405;
        if (allowed.contains("GET"))
            allowed.append("HEAD");
        result.allow = allowed.join(", ");
    }
    return result;
}

} // namespace Nav::Server

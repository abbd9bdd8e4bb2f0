// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/dbconfig.h"

#include <QDir>
#include <QUrl>

namespace Nav::Server {

Result<DbConfig> DbConfig::parse(const QString &url)
{
    DbConfig c;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        c.dialect = Dialect::Sqlite;
        c.path = url.mid(7);
        if (c.path.startsWith(QLatin1String("//")))
            c.path = c.path.mid(2);
        if (c.path.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("The database URL \"sqlite:\" names no file. Write sqlite:/path/to/navigator.db."));
        c.path = QDir::cleanPath(QDir::current().absoluteFilePath(c.path));
        return c;
    }
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("postgresql") && u.scheme() != QLatin1String("postgres")))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("Unknown database URL. Use sqlite:/path/to/file.db or "
                                   "postgresql://user@host:port/database."));
    c.dialect = Dialect::Postgres;
    c.host = u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host();
    c.port = u.port(5432);
    c.user = u.userName();
    c.password = u.password().isEmpty() ? qEnvironmentVariable("PGPASSWORD") : u.password();
    c.database = u.path().mid(1);
    if (c.database.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("The PostgreSQL URL names no database: add /<name> after the host."));
    return c;
}

QString DbConfig::display() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace Nav::Server

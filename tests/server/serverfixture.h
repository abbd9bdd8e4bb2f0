// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Shared by the API and authorization tests: one database (a SQLite file or a database in a
// throw-away PostgreSQL cluster), the admin command line against it, the real server binary,
// an HTTP client that counts what it sends (to check the access log line for line), sign-in
// and direct SQL for the few states a test cannot wait for (a stale heartbeat).

#include "server/httpclient.h"
#include "server/pgcluster.h"
#include "server/serverprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

namespace Nav::Test {

enum class DbMode { Sqlite, Postgres };

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// {"error": {"code": …}} of an error reply.
inline QJsonObject errorOf(const Http::Reply &r)
{
    return r.object().value(QStringLiteral("error")).toObject();
}

inline QString errorCodeOf(const Http::Reply &r)
{
    return errorOf(r).value(QStringLiteral("code")).toString();
}

struct Session
{
    int status = 0;
    QString access;
    QString refresh;
    QString userId;
    QByteArray body;
};

// Http that counts every request it sends (the access log must have exactly one line each).
class CountingHttp
{
public:
    explicit CountingHttp(int *counter)
        : m_counter(counter)
    {
    }
    void setBaseUrl(const QUrl &url) { m_http.setBaseUrl(url); }
    Http &raw() { return m_http; }

    Http::Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                        const HeaderList &headers = {})
    {
        ++*m_counter;
        return m_http.request(method, m_http.url(path), body, headers);
    }
    Http::Reply get(const QString &path, const QString &token = {}, const HeaderList &headers = {})
    {
        ++*m_counter;
        return m_http.get(path, token, headers);
    }
    Http::Reply post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        ++*m_counter;
        return m_http.post(path, body, token);
    }
    Http::Reply put(const QString &path, const QJsonObject &body, const QString &token = {},
                    const HeaderList &headers = {})
    {
        ++*m_counter;
        return m_http.put(path, body, token, headers);
    }
    Http::Reply patch(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        ++*m_counter;
        return m_http.patch(path, body, token);
    }
    Http::Reply del(const QString &path, const QString &token = {})
    {
        ++*m_counter;
        return m_http.del(path, token);
    }

private:
    Http m_http;
    int *m_counter;
};

class ServerFixture
{
public:
    explicit ServerFixture(DbMode mode)
        : m_mode(mode)
        , m_http(&m_requests)
    {
    }
    ~ServerFixture() { stop(); }
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    DbMode mode() const { return m_mode; }
    const char *modeName() const { return m_mode == DbMode::Sqlite ? "SQLite" : "PostgreSQL"; }

    // A temporary folder, the database (PostgreSQL: cluster + database "navigator") and its schema.
    bool prepare(QString *error)
    {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nav-apitest-XXXXXX"));
        if (!m_dir->isValid()) {
            *error = QStringLiteral("cannot create a temporary folder");
            return false;
        }
        if (m_mode == DbMode::Sqlite) {
            m_dbUrl = QStringLiteral("sqlite:") + m_dir->filePath(QStringLiteral("navigator.db"));
        } else {
            m_pg = std::make_unique<PgCluster>();
            if (!m_pg->start(error))
                return false;
            m_dbUrl = m_pg->createDatabase(QStringLiteral("navigator"), error);
            if (m_dbUrl.isEmpty())
                return false;
        }
        QByteArray out;
        QByteArray err;
        if (admin({QStringLiteral("migrate")}, {}, &out, &err) != 0) {
            *error = QStringLiteral("migrate failed: ") + QString::fromUtf8(err);
            return false;
        }
        return true;
    }

    QString dbUrl() const { return m_dbUrl; }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // navigator-server ARGS --db URL.
    int admin(const QStringList &args, const QByteArray &stdinData = {}, QByteArray *out = nullptr,
              QByteArray *err = nullptr) const
    {
        return ServerProcess::admin(args + QStringList{QStringLiteral("--db"), m_dbUrl}, stdinData, out, err);
    }

    bool startServer(const QStringList &extraArgs, QString *error)
    {
        if (!m_server.start(m_dbUrl, extraArgs, error))
            return false;
        m_http.setBaseUrl(m_server.baseUrl());
        return true;
    }

    void stop()
    {
        m_server.stop();
        if (!m_sqlName.isEmpty()) {
            QSqlDatabase::database(m_sqlName, false).close();
            QSqlDatabase::removeDatabase(m_sqlName);
            m_sqlName.clear();
        }
        if (m_pg)
            m_pg->stop();
    }

    ServerProcess &server() { return m_server; }
    CountingHttp &http() { return m_http; }
    int requestCount() const { return m_requests; }
    // For requests sent some other way (RawHttp).
    void countRequest() { ++m_requests; }

    Session login(const QString &username, const QString &password)
    {
        const Http::Reply r = m_http.post(QStringLiteral("/api/v1/auth/login"),
                                          QJsonObject{{QStringLiteral("username"), username},
                                                      {QStringLiteral("password"), password}});
        Session s;
        s.status = r.status;
        s.body = r.body;
        const QJsonObject o = r.object();
        s.access = o.value(QStringLiteral("access_token")).toString();
        s.refresh = o.value(QStringLiteral("refresh_token")).toString();
        s.userId = o.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        return s;
    }

    // Runs one statement on the test's own connection to the server's database; returns the
    // first column of the first row (if any). Sets *ok.
    QVariant sql(const QString &statement, const QVariantMap &binds = {}, bool *ok = nullptr,
                 QString *error = nullptr)
    {
        QSqlDatabase db = connection();
        QSqlQuery q(db);
        bool good = db.isOpen() && q.prepare(statement);
        for (auto it = binds.begin(); good && it != binds.end(); ++it)
            q.bindValue(QLatin1Char(':') + it.key(), it.value());
        good = good && q.exec();
        if (!good && error)
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
        if (ok)
            *ok = good;
        return good && q.next() ? q.value(0) : QVariant();
    }

private:
    QSqlDatabase connection()
    {
        if (!m_sqlName.isEmpty())
            return QSqlDatabase::database(m_sqlName);
        m_sqlName = QStringLiteral("fixture-%1").arg(quintptr(this));
        QSqlDatabase db;
        if (m_mode == DbMode::Sqlite) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sqlName);
            db.setDatabaseName(m_dbUrl.mid(7));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_sqlName);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_pg->port());
            db.setUserName(m_pg->superUser());
            db.setDatabaseName(QStringLiteral("navigator"));
        }
        db.open();
        return db;
    }

    DbMode m_mode;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PgCluster> m_pg;
    QString m_dbUrl;
    ServerProcess m_server;
    int m_requests = 0;
    CountingHttp m_http;
    QString m_sqlName;
};

} // namespace Nav::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/serverdb.h"
#include "http/router.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QMutex>
#include <QThread>

#include <memory>

namespace Nav::Server {

// One JSON line per request: time, method, route pattern (never the concrete path: it may hold
// ids), status, bytes, milliseconds, user id. Nothing from bodies, queries or headers.
class AccessLog
{
public:
    explicit AccessLog(const QString &path); // "-" = stderr, empty = off
    void write(const QByteArray &method, const QString &route, int status, qint64 bytes,
               double ms, const QString &userId);

private:
    QMutex m_mutex;
    QFile m_file;
    bool m_enabled = false;
};

// The request pipeline of one worker thread: limits, routing (404/405), authentication,
// the handler, errors as JSON, gzip when the client accepts it, the access log.
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpFront(const Router &router, ServerDb &db, const ServerSettings &settings, AccessLog &log,
              QObject *parent = nullptr);

    Response dispatch(Request &request, QString *route, QString *userId);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const Router &m_router;
    ServerDb &m_db;
    const ServerSettings &m_settings;
    AccessLog &m_log;
};

// Listens on one address with N worker threads. Each worker has its own listening socket on
// the same port (SO_REUSEPORT: the kernel spreads connections), its own event loop and its own
// database connection, so a slow request (a password hash, a big feed page) holds up only its
// worker.
class HttpService
{
public:
    HttpService(const Router &router, ServerDb &db, const ServerSettings &settings, AccessLog &log);
    ~HttpService();

    // Returns the port actually bound (port 0 picks a free one).
    Result<quint16> start(const QHostAddress &address, quint16 port, int workers);
    void stop();

private:
    const Router &m_router;
    ServerDb &m_db;
    const ServerSettings &m_settings;
    AccessLog &m_log;
    QList<QThread *> m_threads;
};

} // namespace Nav::Server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "http/httpfront.h"

#include "core/gzip.h"
#include "core/tokens.h"
#include "http/connectionguard.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Nav::Server {

AccessLog::AccessLog(const QString &path)
{
    if (path.isEmpty())
        return;
    m_enabled = path == QLatin1String("-") ? m_file.open(stderr, QIODevice::WriteOnly)
                                           : (m_file.setFileName(path), m_file.open(QIODevice::WriteOnly | QIODevice::Append));
}

void AccessLog::write(const QByteArray &method, const QString &route, int status, qint64 bytes,
                      double ms, const QString &userId)
{
    if (!m_enabled)
        return;
    QJsonObject o{{QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("method"), QString::fromLatin1(method)},
                  {QStringLiteral("route"), route},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("bytes"), bytes},
                  {QStringLiteral("ms"), qRound(ms * 100) / 100.0}};
    if (!userId.isEmpty())
        o.insert(QStringLiteral("user"), userId);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker lock(&m_mutex);
    m_file.write(line);
    m_file.flush();
}

HttpFront::HttpFront(const Router &router, ServerDb &db, const ServerSettings &settings, AccessLog &log,
                     QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_db(db)
    , m_settings(settings)
    , m_log(log)
{
}

namespace {
QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "UNKNOWN";
    }
}
} // namespace

Response HttpFront::dispatch(Request &request, QString *route, QString *userId)
{
    const Router::Match match = m_router.match(request.method, request.path);
    *route = match.pattern.isEmpty() ? QStringLiteral("(unmatched)") : match.pattern;
    if (!match.handler) {
        if (match.status == 405) {
            Response r = Response::error({405, QStringLiteral("method-not-allowed"),
                                          QStringLiteral("%1 is not allowed here. Allowed: %2.")
                                              .arg(QString::fromLatin1(request.method), QString::fromLatin1(match.allow)), {}, 0});
            return r.withHeader("Allow", match.allow);
        }
        return Response::error(ApiError::notFound(QStringLiteral("There is nothing at this address.")));
    }
    request.params = match.params;
    if (request.body.size() > m_settings.limits.maxBodyBytes)
        return Response::error({413, QStringLiteral("body-too-large"),
                                QStringLiteral("The body is larger than %1 bytes.").arg(m_settings.limits.maxBodyBytes), {}, 0});

    auto db = m_db.connection();
    if (!db) {
        qWarning("navigator-server: database unavailable: %s", qPrintable(db.error().detail));
        return Response::error({503, QStringLiteral("database-unavailable"),
                                QStringLiteral("The server cannot reach its database. Try again shortly."), {}, 5});
    }
    Context ctx{m_settings, *db, std::nullopt, QDateTime::currentMSecsSinceEpoch()};

    if (match.auth != Auth::None) {
        const QByteArray authz = request.header("Authorization");
        if (authz.startsWith("Bearer ")) {
            const auto claims = Tokens::verifyAccess(m_settings.signingKey, QString::fromLatin1(authz.mid(7).trimmed()),
                                                     ctx.nowMs / 1000);
            if (claims) {
                auto user = Accounts::userById(ctx.db, claims->userId);
                if (!user)
                    return Response::error(ApiError::internal(user.error()));
                if (*user && !(*user)->disabled && (*user)->tokenVersion == claims->tokenVersion)
                    ctx.user = **user;
            }
            if (!ctx.user)
                return Response::error(ApiError{401, QStringLiteral("invalid-token"),
                                                QStringLiteral("The access token is invalid or has expired. Refresh it or sign in again."), {}, 0})
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        } else if (match.auth == Auth::Required) {
            return Response::error(ApiError::unauthorized(QStringLiteral("Sign in first: send Authorization: Bearer <access token>.")))
                .withHeader("WWW-Authenticate", "Bearer");
        }
    }
    if (ctx.user)
        *userId = ctx.user->id;
    try {
        return (*match.handler)(request, ctx);
    } catch (const std::exception &e) {
        qWarning("navigator-server: handler for %s failed: %s", qPrintable(*route), e.what());
        return Response::error(ApiError::internal(Error::make(ErrorCode::Unknown, {}, QString::fromUtf8(e.what()))));
    }
}

bool HttpFront::handleRequest(const QHttpServerRequest &qreq, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request;
    request.method = methodName(qreq.method());
    request.path = qreq.url().path(QUrl::FullyDecoded);
    request.query = qreq.query();
    request.headers = qreq.headers();
    request.body = qreq.body();
    request.remote = qreq.remoteAddress();

    QString route;
    QString userId;
    Response response = request.method == "UNKNOWN"
        ? Response::error({501, QStringLiteral("method-not-implemented"), QStringLiteral("This server does not implement that HTTP method."), {}, 0})
        : dispatch(request, &route, &userId);
    if (response.status == 500) {
        // The detail is logged here, once, without personal data.
        qWarning("navigator-server: 500 on %s %s", request.method.constData(), qPrintable(route));
    }

    QByteArray body = response.body;
    HeaderList headers = response.headers;
    if (!response.contentType.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), response.contentType + (response.contentType == "application/json" ? "; charset=utf-8" : "")));
    if (body.size() > 1024 && request.header("Accept-Encoding").contains("gzip")) {
        // Big bodies (a first-sync feed page) get the fast level: CPU, not bytes, is the limit.
        const QByteArray z = gzipCompress(body, body.size() > 64 * 1024 ? 1 : 6);
        if (!z.isEmpty()) {
            body = z;
            headers.append(qMakePair(QByteArray("Content-Encoding"), "gzip"));
        }
        headers.append(qMakePair(QByteArray("Vary"), "Accept-Encoding"));
    }
    headers.append(qMakePair(QByteArray("Cache-Control"), "no-store"));
    headers.append(qMakePair(QByteArray("X-Content-Type-Options"), "nosniff"));
    auto *guard = qobject_cast<GuardedSocket *>(socket);
    const bool close = guard && guard->wantsClose();
    if (close)
        headers.append(qMakePair(QByteArray("Connection"), "close"));
    headers.append(qMakePair(QByteArray("Content-Length"), QByteArray::number(body.size())));

    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[k, v] : headers)
        out += k + ": " + v + "\r\n";
    out += "\r\n";
    if (request.method != "HEAD")
        out += body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
    else if (guard)
        guard->responseSent();
    m_log.write(request.method, route, response.status, body.size(), timer.nsecsElapsed() / 1e6, userId);
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->disconnectFromHost();
}

HttpService::HttpService(const Router &router, ServerDb &db, const ServerSettings &settings, AccessLog &log)
    : m_router(router)
    , m_db(db)
    , m_settings(settings)
    , m_log(log)
{
}

HttpService::~HttpService()
{
    stop();
}

namespace {
int listeningSocket(const QHostAddress &address, quint16 port, QString *error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    int rc;
    if (v6) {
        sockaddr_in6 a{};
        a.sin6_family = AF_INET6;
        a.sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a.sin6_addr, &ip, sizeof ip);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    } else {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(address.toIPv4Address());
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a);
    }
    if (rc != 0 || ::listen(fd, 512) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return -1;
    }
    return fd;
}

quint16 boundPort(int fd)
{
    sockaddr_storage s{};
    socklen_t len = sizeof s;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&s), &len);
    if (s.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&s)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&s)->sin_port);
}
} // namespace

Result<quint16> HttpService::start(const QHostAddress &address, quint16 port, int workers)
{
    QList<int> fds;
    for (int i = 0; i < workers; ++i) {
        QString error;
        const int fd = listeningSocket(address, port, &error);
        if (fd < 0) {
            for (int f : fds)
                ::close(f);
            return fail(ErrorCode::Io, QStringLiteral("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error));
        }
        if (port == 0)
            port = boundPort(fd);
        fds.append(fd);
    }
    for (int fd : fds) {
        auto *thread = QThread::create([this, fd] {
            GuardedTcpServer *tcp = new GuardedTcpServer(m_settings.limits, 2000);
            if (!tcp->setSocketDescriptor(fd)) {
                qWarning("navigator-server: a worker could not take its socket");
                delete tcp;
                return;
            }
            HttpFront front(m_router, m_db, m_settings, m_log);
            front.bind(tcp);
            QEventLoop loop; // QThread::quit() ends it
            loop.exec();
            m_db.closeConnection();
        });
        thread->setObjectName(QStringLiteral("http-worker"));
        thread->start();
        m_threads.append(thread);
    }
    return port;
}

void HttpService::stop()
{
    for (QThread *t : std::as_const(m_threads))
        t->quit();
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
    m_threads.clear();
}

} // namespace Nav::Server

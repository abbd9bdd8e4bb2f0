// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "httpclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace Nav::Test {

// ---------------------------------------------------------------------------------------- Http

QByteArray Http::Reply::describe() const
{
    QByteArray text = QByteArray::number(status);
    if (!error.isEmpty())
        text += " (" + error.toUtf8() + ')';
    if (!body.isEmpty())
        text += ' ' + body.left(2000);
    return text;
}

Http::Http(const QUrl &baseUrl, int timeoutMs)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_baseUrl(baseUrl)
    , m_timeoutMs(timeoutMs)
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

Http::~Http() = default;

QUrl Http::url(const QString &pathOrUrl) const
{
    const QUrl u(pathOrUrl);
    if (u.isRelative() && m_baseUrl.isValid())
        return m_baseUrl.resolved(u);
    return u;
}

void Http::clearConnections()
{
    m_nam->clearConnectionCache();
}

Http::Reply Http::request(const QByteArray &method, const QUrl &url, const QByteArray &body,
                          const HeaderList &headers)
{
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        req.setRawHeader(name, value);
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
    }
    if (!body.isEmpty() && !hasContentType)
        req.setRawHeader("Content-Type", "application/json");

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort(); // emits finished
    });
    timer.start(m_timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Reply r;
    r.elapsedMs = clock.elapsed();
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    if (timedOut)
        r.error = QStringLiteral("timeout");
    else if (r.status == 0 && reply->error() != QNetworkReply::NoError)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

Http::Reply Http::send(const QByteArray &method, const QString &path, const QJsonObject *body,
                       const QString &token, const HeaderList &headers)
{
    HeaderList all = headers;
    if (!token.isEmpty())
        all.append({QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8()});
    QByteArray payload;
    if (body) {
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        all.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    return request(method, url(path), payload, all);
}

Http::Reply Http::get(const QString &path, const QString &token, const HeaderList &headers)
{
    return send("GET", path, nullptr, token, headers);
}

Http::Reply Http::del(const QString &path, const QString &token, const HeaderList &headers)
{
    return send("DELETE", path, nullptr, token, headers);
}

Http::Reply Http::post(const QString &path, const QJsonObject &body, const QString &token,
                       const HeaderList &headers)
{
    return send("POST", path, &body, token, headers);
}

Http::Reply Http::put(const QString &path, const QJsonObject &body, const QString &token,
                      const HeaderList &headers)
{
    return send("PUT", path, &body, token, headers);
}

Http::Reply Http::patch(const QString &path, const QJsonObject &body, const QString &token,
                        const HeaderList &headers)
{
    return send("PATCH", path, &body, token, headers);
}

// ------------------------------------------------------------------------------------- RawHttp

namespace {

// True once `data` holds one whole response framed by Content-Length (or without a body).
bool responseComplete(const QByteArray &data)
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QByteArray head = data.left(headerEnd).toLower();
    qsizetype length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return data.size() - (headerEnd + 4) >= length;
}

RawHttp::Reply run(quint16 port, const QHostAddress &host, const QByteArray &data, int intervalMs,
                   int chunkSize, int timeoutMs, bool stopAtResponse)
{
    RawHttp::Reply r;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer deadline;
    QTimer pacer;
    QElapsedTimer clock;
    bool finished = false;
    auto end = [&] {
        if (finished)
            return;
        finished = true;
        r.elapsedMs = clock.elapsed();
        pacer.stop();
        deadline.stop();
        loop.quit();
    };
    auto sendSome = [&] {
        if (finished || socket.state() != QAbstractSocket::ConnectedState)
            return;
        const qsizetype n = intervalMs > 0 ? qMin<qsizetype>(chunkSize, data.size() - r.bytesSent)
                                           : data.size() - r.bytesSent;
        if (n > 0) {
            const qint64 written = socket.write(data.constData() + r.bytesSent, n);
            if (written > 0)
                r.bytesSent += written;
            socket.flush();
        }
        if (r.bytesSent >= data.size())
            pacer.stop();
    };
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        r.connected = true;
        sendSome();
        if (intervalMs > 0 && r.bytesSent < data.size())
            pacer.start(intervalMs);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        if (r.firstByteMs < 0)
            r.firstByteMs = clock.elapsed();
        r.data += socket.readAll();
        if (stopAtResponse && responseComplete(r.data))
            end();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        r.closedByPeer = true;
        end();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError e) {
                         if (e == QAbstractSocket::RemoteHostClosedError
                             || (r.connected && e == QAbstractSocket::NetworkError)) {
                             r.closedByPeer = true;
                         } else {
                             r.error = socket.errorString();
                         }
                         end();
                     });
    QObject::connect(&pacer, &QTimer::timeout, &loop, sendSome);
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        r.timedOut = true;
        end();
    });

    clock.start();
    deadline.start(timeoutMs);
    socket.connectToHost(host, port);
    if (!finished)
        loop.exec();
    r.data += socket.readAll();
    // abort() emits disconnected(): that is us closing, not the peer.
    QObject::disconnect(&socket, nullptr, &loop, nullptr);
    socket.abort();
    return r;
}

} // namespace

int RawHttp::Reply::status() const
{
    if (!data.startsWith("HTTP/"))
        return 0;
    const qsizetype space = data.indexOf(' ');
    return space < 0 ? 0 : data.mid(space + 1, 3).toInt();
}

QByteArray RawHttp::Reply::body() const
{
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    return headerEnd < 0 ? QByteArray() : data.mid(headerEnd + 4);
}

RawHttp::Reply RawHttp::exchange(quint16 port, const QByteArray &data, int timeoutMs,
                                 bool stopAtResponse, const QHostAddress &host)
{
    return run(port, host, data, 0, 0, timeoutMs, stopAtResponse);
}

RawHttp::Reply RawHttp::trickle(quint16 port, const QByteArray &data, int intervalMs, int timeoutMs,
                                int chunkSize, const QHostAddress &host)
{
    return run(port, host, data, qMax(1, intervalMs), qMax(1, chunkSize), timeoutMs, false);
}

} // namespace Nav::Test

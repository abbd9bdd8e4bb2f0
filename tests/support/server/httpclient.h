// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Nav::Test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Synchronous HTTP for tests: each call runs a local event loop until the reply is complete or
// the timeout (default 30 s) passes. Redirects are not followed; HTTP/2 is off. Connections are
// kept alive between calls of one Http object (as a workstation would).
class Http
{
public:
    struct Reply
    {
        int status = 0;             // 0: no HTTP response at all (see error)
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names lowercased
        QString error;              // transport failure or "timeout"; empty when a response came
        qint64 elapsedMs = 0;

        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QJsonObject object() const { return json().object(); }
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        bool isSuccess() const { return status >= 200 && status < 300; }
        // "status body" for QVERIFY2 messages.
        QByteArray describe() const;
    };

    explicit Http(const QUrl &baseUrl = {}, int timeoutMs = 30000);
    ~Http();
    Http(const Http &) = delete;
    Http &operator=(const Http &) = delete;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // A path ("/api/v1/x") resolved against the base URL, or an absolute URL as is.
    QUrl url(const QString &pathOrUrl) const;
    // Drops kept-alive connections (e.g. after the server was killed).
    void clearConnections();

    // Any method, any body. A body without a Content-Type header is sent as application/json.
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const HeaderList &headers = {});

    // JSON conveniences; a non-empty token is sent as "Authorization: Bearer <token>".
    Reply get(const QString &path, const QString &token = {}, const HeaderList &headers = {});
    Reply del(const QString &path, const QString &token = {}, const HeaderList &headers = {});
    Reply post(const QString &path, const QJsonObject &body = {}, const QString &token = {},
               const HeaderList &headers = {});
    Reply put(const QString &path, const QJsonObject &body = {}, const QString &token = {},
              const HeaderList &headers = {});
    Reply patch(const QString &path, const QJsonObject &body = {}, const QString &token = {},
                const HeaderList &headers = {});

private:
    Reply send(const QByteArray &method, const QString &path, const QJsonObject *body,
               const QString &token, const HeaderList &headers);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QUrl m_baseUrl;
    int m_timeoutMs;
};

// Raw bytes over TCP, for what a well-behaved client never sends: malformed requests, huge
// headers, bodies that never come, slow clients. Runs a local event loop, so servers living in
// the test's own thread keep serving meanwhile.
class RawHttp
{
public:
    struct Reply
    {
        QByteArray data;        // everything received
        bool connected = false;
        bool closedByPeer = false; // the other side closed (FIN or reset)
        bool timedOut = false;     // our timeout ended the exchange
        qint64 bytesSent = 0;
        qint64 elapsedMs = 0;      // from connect until the peer closed / we gave up
        qint64 firstByteMs = -1;   // when the first byte of the answer came (-1: none)
        QString error;

        int status() const;        // from "HTTP/1.x NNN ...", 0 if none
        QByteArray body() const;   // after the first blank line
    };

    // Sends `data` at once, then reads until the peer closes or timeoutMs passes. With
    // stopAtResponse, also stops once one complete response (Content-Length framed) has come.
    static Reply exchange(quint16 port, const QByteArray &data, int timeoutMs = 10000,
                          bool stopAtResponse = false,
                          const QHostAddress &host = QHostAddress::LocalHost);
    // Slowloris: sends `data` chunkSize bytes every intervalMs until all is sent or the peer
    // closes, reading meanwhile; ends when the peer closes or timeoutMs passes.
    static Reply trickle(quint16 port, const QByteArray &data, int intervalMs, int timeoutMs,
                         int chunkSize = 1, const QHostAddress &host = QHostAddress::LocalHost);
};

} // namespace Nav::Test

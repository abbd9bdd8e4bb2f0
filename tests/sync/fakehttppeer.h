// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// A tiny scripted HTTP/1.1 server on 127.0.0.1 for client tests: each request goes to a
// handler that answers with a status and a body, sends raw bytes, closes the connection or
// never answers. Lives in the test's thread; the client under test is asynchronous, so
// QSignalSpy::wait / QTRY_* keep both going.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace Nav::Test {

struct PeerRequest
{
    QByteArray method;
    QByteArray path; // with the query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct PeerResponse
{
    enum class Kind { Answer, Raw, Close, Hang };
    Kind kind = Kind::Answer;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray bytes;

    static PeerResponse json(int status, const QByteArray &body,
                             QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        PeerResponse r;
        r.status = status;
        r.body = body;
        r.headers = std::move(headers);
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return r;
    }
    static PeerResponse error(int status, const char *code, const char *message = "refused")
    {
        return json(status, QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\""
                                + message + "\"}}");
    }
    static PeerResponse raw(const QByteArray &data)
    {
        PeerResponse r;
        r.kind = Kind::Raw;
        r.bytes = data;
        return r;
    }
    static PeerResponse close()
    {
        PeerResponse r;
        r.kind = Kind::Close;
        return r;
    }
    static PeerResponse hang()
    {
        PeerResponse r;
        r.kind = Kind::Hang;
        return r;
    }
};

class FakeHttpPeer : public QObject
{
public:
    using Handler = std::function<PeerResponse(const PeerRequest &)>;

    FakeHttpPeer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QList<PeerRequest> requests;
    Handler handler = [](const PeerRequest &) { return PeerResponse::error(404, "not-found"); };

    int count(const QByteArray &pathPrefix) const
    {
        int n = 0;
        for (const PeerRequest &r : requests)
            n += r.path.startsWith(pathPrefix) ? 1 : 0;
        return n;
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            PeerRequest req;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    req.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = req.header("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            req.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests.append(req);
            const PeerResponse r = handler(req);
            switch (r.kind) {
            case PeerResponse::Kind::Hang:
                break;
            case PeerResponse::Kind::Close:
                s->abort();
                return;
            case PeerResponse::Kind::Raw:
                s->write(r.bytes);
                s->disconnectFromHost();
                return;
            case PeerResponse::Kind::Answer: {
                QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
                for (const auto &[name, value] : r.headers)
                    out += name + ": " + value + "\r\n";
                out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
                out += r.body;
                s->write(out);
                break;
            }
            }
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace Nav::Test

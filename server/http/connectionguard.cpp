// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "http/connectionguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <unistd.h>

namespace Nav::Server {

GuardedSocket::GuardedSocket(const Limits &limits, QObject *parent)
    : QTcpSocket(parent)
    , m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GuardedSocket::onTimeout);
    m_timer.start(m_limits.idleTimeoutMs);
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspect);
}

void GuardedSocket::responseSent()
{
    if (m_state == State::Idle)
        m_timer.start(m_limits.idleTimeoutMs);
}

void GuardedSocket::inspect()
{
    if (m_state == State::Refused) {
        read(bytesAvailable()); // drop whatever else comes
        return;
    }
    // Connected before Qt's own slot, which then takes everything buffered: what is buffered
    // now is what arrived since the last time.
    const QByteArray fresh = peek(bytesAvailable());
    if (!feed(fresh.constData(), fresh.size()))
        read(bytesAvailable()); // Qt's parser must not see a refused request
}

bool GuardedSocket::feed(const char *data, qint64 size)
{
    qint64 i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Refused:
            return false;
        case State::Idle:
            m_state = State::Head;
            m_head.clear();
            m_timer.start(m_limits.headerTimeoutMs);
            break;
        case State::Head: {
            // Take bytes up to the end of the head ("\r\n\r\n").
            const qint64 before = m_head.size();
            const qint64 take = qMin<qint64>(size - i, m_limits.maxHeaderBytes + 4 - before);
            m_head.append(data + i, take);
            const qsizetype end = m_head.indexOf("\r\n\r\n", qMax<qsizetype>(0, before - 3));
            if (end < 0) {
                i += take;
                if (m_head.size() > m_limits.maxHeaderBytes) {
                    refuse(431, QStringLiteral("The request head is larger than %1 bytes.").arg(m_limits.maxHeaderBytes));
                    return false;
                }
                // A request line that is clearly not HTTP is refused without waiting for more.
                const qsizetype eol = m_head.indexOf("\r\n");
                if (eol >= 0 || m_head.size() >= 16) {
                    static const QRegularExpression start(QStringLiteral("^[A-Z]{1,10}( |$)"));
                    if (!start.match(QString::fromLatin1(m_head.left(11))).hasMatch()) {
                        refuse(400, QStringLiteral("This is not an HTTP request."));
                        return false;
                    }
                }
                break;
            }
            i += (end + 4) - before;
            m_head.truncate(end + 4);
            if (!examineHead())
                return false;
            break;
        }
        case State::Body: {
            const qint64 take = qMin(size - i, m_bodyLeft);
            m_bodyLeft -= take;
            i += take;
            if (m_bodyLeft == 0) {
                m_state = State::Idle;
                m_timer.stop();
            }
            break;
        }
        }
    }
    return true;
}

bool GuardedSocket::examineHead()
{
    const QList<QByteArray> lines = m_head.left(m_head.size() - 4).split('\n');
    static const QRegularExpression requestLine(
        QStringLiteral("^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (\\S+) HTTP/1\\.[01]\\r$"));
    const QString first = QString::fromLatin1(lines.value(0));
    const auto m = requestLine.match(first);
    if (!m.hasMatch()) {
        static const QRegularExpression otherMethod(QStringLiteral("^[A-Z]+ \\S+ HTTP/1\\.[01]\\r$"));
        if (otherMethod.match(first).hasMatch())
            refuse(501, QStringLiteral("This server does not implement that HTTP method."));
        else
            refuse(400, QStringLiteral("The request line is malformed: expected METHOD /path HTTP/1.1."));
        return false;
    }
    if (m.capturedLength(2) > 8192) {
        refuse(414, QStringLiteral("The URL is longer than 8192 characters."));
        return false;
    }
    if (lines.size() > 101) {
        refuse(431, QStringLiteral("The request has more than 100 header lines."));
        return false;
    }
    qint64 length = 0;
    bool sawLength = false;
    m_closeAfterResponse = false;
    for (qsizetype k = 1; k < lines.size(); ++k) {
        const QByteArray line = lines.at(k).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400, QStringLiteral("Header line %1 is malformed (no name: value).").arg(k));
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 v = value.toLongLong(&ok);
            if (!ok || v < 0 || (sawLength && v != length)) {
                refuse(400, QStringLiteral("The Content-Length header is not a valid number."));
                return false;
            }
            length = v;
            sawLength = true;
        } else if (name == "transfer-encoding") {
            refuse(411, QStringLiteral("Chunked bodies are not accepted: send Content-Length."));
            return false;
        } else if (name == "connection") {
            m_closeAfterResponse = value.toLower().contains("close");
        }
    }
    if (length > m_limits.maxBodyBytes) {
        refuse(413, QStringLiteral("The body is %1 bytes; the limit is %2.").arg(length).arg(m_limits.maxBodyBytes));
        return false;
    }
    m_bodyLeft = length;
    if (length > 0) {
        m_state = State::Body;
        m_timer.start(m_limits.bodyTimeoutMs);
    } else {
        m_state = State::Idle;
        m_timer.stop();
    }
    return true;
}

void GuardedSocket::refuse(int status, const QString &message)
{
    if (m_state == State::Refused)
        return;
    m_state = State::Refused;
    m_timer.stop();
    static const QHash<int, const char *> codes = {
        {400, "malformed-request"}, {408, "request-timeout"}, {411, "length-required"},
        {413, "body-too-large"}, {414, "uri-too-long"}, {431, "headers-too-large"},
        {501, "method-not-implemented"}};
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"),
        QJsonObject{{QStringLiteral("code"), QString::fromLatin1(codes.value(status, "refused"))},
                    {QStringLiteral("message"), message}}}}).toJson(QJsonDocument::Compact);
    const QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n";
    write(head + body);
    disconnectFromHost();
}

void GuardedSocket::onTimeout()
{
    switch (m_state) {
    case State::Idle:
        disconnectFromHost();
        break;
    case State::Head:
        refuse(408, QStringLiteral("The request head did not arrive in time."));
        break;
    case State::Body:
        refuse(408, QStringLiteral("The request body did not arrive in time."));
        break;
    case State::Refused:
        abort();
        break;
    }
}

GuardedTcpServer::GuardedTcpServer(const Limits &limits, int maxConnections, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_maxConnections(maxConnections)
{
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_maxConnections) {
        ::close(int(descriptor));
        return;
    }
    auto *socket = new GuardedSocket(m_limits, this);
    if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState,
                                     QIODevice::ReadWrite | QIODevice::Unbuffered)) {
        delete socket;
        ::close(int(descriptor));
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    addPendingConnection(socket);
}

} // namespace Nav::Server

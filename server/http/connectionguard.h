// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "http/request.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Nav::Server {

// Qt HttpServer 6.4 has no limits and no timeouts of its own (see PLATFORM-NOTES): it buffers
// any body whole, waits forever for a slow client and leaves a connection hanging on garbage.
// GuardedSocket sits under it: its readyRead slot runs before Qt's (connected first) and sees
// each chunk as it arrives; it follows the request framing and, before Qt's parser takes a
// request it must not, drains it, answers itself and closes the connection:
//   400 on a malformed request line or header, 411 on chunked bodies (send Content-Length),
//   413 on a Content-Length above the limit, 414 on an over-long URL, 431 on over-long headers,
//   408 when the head or the body does not arrive in time; idle keep-alive connections close.
class GuardedSocket : public QTcpSocket
{
    Q_OBJECT
public:
    GuardedSocket(const Limits &limits, QObject *parent = nullptr);

    // Called by the front after each response: restarts the idle clock.
    void responseSent();
    bool wantsClose() const { return m_closeAfterResponse; }

private:
    void inspect();
    enum class State { Idle, Head, Body, Refused };
    bool feed(const char *data, qint64 size); // false: refused
    bool examineHead();
    void refuse(int status, const QString &message);
    void onTimeout();

    Limits m_limits;
    State m_state = State::Idle;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_closeAfterResponse = false;
    QTimer m_timer;
};

// A QTcpServer that wraps every accepted connection in a GuardedSocket and caps how many a
// worker holds at once.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const Limits &limits, int maxConnections, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Limits m_limits;
    int m_maxConnections;
    int m_open = 0;
};

} // namespace Nav::Server

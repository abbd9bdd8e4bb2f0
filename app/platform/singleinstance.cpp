// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "platform/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace Nav::Platform {

namespace {
constexpr qint64 kMaxMessage = 8192; // a link is short; anything longer is not one of ours
}

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
    , m_key(key)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &key)
{
    // the profile path is not put in a socket name as is (it may name a person's folder)
    QByteArray seed = QDir::cleanPath(QDir(key).absolutePath()).toUtf8();
    seed += '|';
    seed += QByteArray::number(uint(::getuid()));
    const QByteArray digest = QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
    return QStringLiteral("navigator-") + QString::fromLatin1(digest.toHex().left(24));
}

bool SingleInstance::listen()
{
    const QString name = serverName(m_key);
    {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(500)) {
            probe.disconnectFromServer();
            return false; // someone answers: another instance
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(name); // a socket file left by a crashed instance
    if (!m_server->listen(name)) {
        m_error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->bytesAvailable() > kMaxMessage) {
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const QString message = QString::fromUtf8(socket->readLine()).trimmed();
                socket->write("ok\n");
                socket->flush();
                Q_EMIT messageReceived(message);
            });
        }
    });
    return true;
}

bool SingleInstance::send(const QString &key, const QString &message, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName(key));
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QString line = message;
    line.remove(QLatin1Char('\n'));
    socket.write(line.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

} // namespace Nav::Platform

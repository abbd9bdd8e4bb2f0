// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/stunserverprocess.h"

#include "server/harnessutil.h"

#include <QDeadlineTimer>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtEndian>

namespace Nav::Test {

bool stunAnswers(quint16 port, int timeoutMs)
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return false;
    QByteArray request(20, '\0');
    qToBigEndian<quint16>(0x0001, request.data());
    qToBigEndian<quint32>(0x2112A442, request.data() + 4);
    QRandomGenerator::global()->generate(reinterpret_cast<quint32 *>(request.data() + 8),
                                         reinterpret_cast<quint32 *>(request.data() + 20));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        socket.writeDatagram(request, QHostAddress::LocalHost, port);
        if (socket.waitForReadyRead(100)) {
            const QByteArray reply = socket.receiveDatagram().data();
            if (reply.size() >= 20 && reply.at(0) == 0x01 && reply.at(1) == 0x01
                && reply.mid(8, 12) == request.mid(8, 12))
                return true;
        }
    }
    return false;
}

StunServerProcess::StunServerProcess() = default;

StunServerProcess::~StunServerProcess()
{
    stop();
}

QString StunServerProcess::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

bool StunServerProcess::start(QString *error)
{
    const auto failWith = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("turnserver"));
    if (exe.isEmpty())
        return failWith(QStringLiteral("turnserver is not installed (package coturn, "
                                       "packaging/install-deps.sh)"));
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return failWith(QStringLiteral("no temporary folder"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = Harness::freeLoopbackPort();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        // -n: no configuration file; everything else stays in the temporary folder
        m_process->start(exe, {QStringLiteral("-n"), QStringLiteral("--stun-only"),
                               QStringLiteral("--listening-ip=127.0.0.1"),
                               QStringLiteral("--listening-port=%1").arg(m_port),
                               QStringLiteral("--no-cli"), QStringLiteral("--no-tls"),
                               QStringLiteral("--no-dtls"), QStringLiteral("--log-file=stdout"),
                               QStringLiteral("--simple-log"),
                               QStringLiteral("--userdb=") + m_dir->filePath(QStringLiteral("turndb")),
                               QStringLiteral("--pidfile=") + m_dir->filePath(QStringLiteral("turn.pid"))});
        if (!m_process->waitForStarted(5000))
            return failWith(QStringLiteral("turnserver did not start: ") + m_process->errorString());
        if (stunAnswers(m_port, 5000))
            return true;
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    return failWith(QStringLiteral("turnserver did not answer STUN:\n")
                    + QString::fromUtf8(m_process->readAll().right(2000)));
}

void StunServerProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

} // namespace Nav::Test

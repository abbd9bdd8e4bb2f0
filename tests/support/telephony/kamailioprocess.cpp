// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/kamailioprocess.h"

#include "server/harnessutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

namespace Nav::Test {

namespace {
QString templatePath()
{
    const QByteArray env = qgetenv("NAV_SOURCE_DIR");
    const QString root = env.isEmpty() ? QStringLiteral(NAV_TELEPHONY_RIG_SOURCE_DIR)
                                       : QString::fromLocal8Bit(env);
    return root + QStringLiteral("/tests/support/telephony/kamailio.cfg.in");
}
} // namespace

KamailioProcess::KamailioProcess(QString password)
    : m_password(std::move(password))
{
}

KamailioProcess::~KamailioProcess()
{
    stop();
}

QString KamailioProcess::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QString KamailioProcess::tlsAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_tlsPort);
}

void KamailioProcess::enableTls(const QString &certificateFile, const QString &keyFile)
{
    m_certificate = certificateFile;
    m_key = keyFile;
}

bool KamailioProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool KamailioProcess::start(QString *error)
{
    auto failWith = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("kamailio"),
                                                       {QStringLiteral("/usr/sbin"),
                                                        QStringLiteral("/usr/bin")});
    if (exe.isEmpty())
        return failWith(QStringLiteral("kamailio is not installed (packaging/install-deps.sh)"));
    QFile tpl(templatePath());
    if (!tpl.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("cannot read ") + tpl.fileName());
    const QByteArray cfgTemplate = tpl.readAll();
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return failWith(QStringLiteral("no temporary folder"));
        QDir(m_dir->path()).mkpath(QStringLiteral("run"));
    }
    const bool tls = !m_certificate.isEmpty();
    const QString tlsConfig = m_dir->filePath(QStringLiteral("tls.cfg"));
    if (tls) {
        // the server side presents the certificate; Kamailio checks nothing of its clients
        const QByteArray text = "[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
                                "require_certificate = no\nprivate_key = "
                                + m_key.toUtf8() + "\ncertificate = " + m_certificate.toUtf8()
                                + "\n\n[client:default]\nmethod = TLSv1.2+\n"
                                  "verify_certificate = no\nrequire_certificate = no\n";
        QFile out(tlsConfig);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(text) != text.size())
            return failWith(QStringLiteral("cannot write ") + tlsConfig);
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (m_port == 0 || attempt > 0)
            m_port = Harness::freeLoopbackPort();
        if (tls && (m_tlsPort == 0 || attempt > 0))
            m_tlsPort = Harness::freeLoopbackPort();
        QByteArray cfg = cfgTemplate;
        cfg.replace("@SIP_PORT@", QByteArray::number(m_port));
        cfg.replace("@TLS_PORT@", QByteArray::number(m_tlsPort));
        cfg.replace("@TLS_CONFIG@", tlsConfig.toUtf8());
        cfg.replace("@PASSWORD@", m_password.toUtf8());
        const QString cfgPath = m_dir->filePath(QStringLiteral("kamailio.cfg"));
        QFile out(cfgPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(cfg) != cfg.size())
            return failWith(QStringLiteral("cannot write ") + cfgPath);
        out.close();

        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        QStringList args{QStringLiteral("-f"), cfgPath, QStringLiteral("-DD"),
                         QStringLiteral("-E"), QStringLiteral("-P"),
                         m_dir->filePath(QStringLiteral("kamailio.pid")),
                         QStringLiteral("-Y"), m_dir->filePath(QStringLiteral("run")),
                         QStringLiteral("-w"), m_dir->path()};
        if (tls)
            args << QStringLiteral("-A") << QStringLiteral("WITH_TLS");
        m_process->start(exe, args);
        if (!m_process->waitForStarted(5000))
            return failWith(QStringLiteral("kamailio did not start: ")
                            + m_process->errorString());
        // ready when its TCP listener accepts
        const QDeadlineTimer deadline(8000);
        bool up = false;
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), tls ? m_tlsPort : m_port);
            if (probe.waitForConnected(200)) {
                up = true;
                break;
            }
            QThread::msleep(50);
        }
        m_process->waitForReadyRead(10);
        m_log += m_process->readAll();
        if (up)
            return true;
        if (m_process->state() == QProcess::Running)
            m_process->kill();
        m_process->waitForFinished(3000);
        m_log += m_process->readAll();
        if (!m_log.contains("Address already in use"))
            return failWith(QStringLiteral("kamailio did not come up:\n")
                            + QString::fromUtf8(m_log.right(2000)));
    }
    return failWith(QStringLiteral("no free port for kamailio"));
}

void KamailioProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(6000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
}

QByteArray KamailioProcess::log() const
{
    QByteArray all = m_log;
    if (m_process)
        all += m_process->readAll();
    const_cast<KamailioProcess *>(this)->m_log = all;
    return all;
}

int KamailioProcess::savedRegistrations(const QString &user) const
{
    const QByteArray all = log();
    const QByteArray needle = "REGISTER sip:" + user.toUtf8() + '@';
    int count = 0;
    for (const QByteArray &line : all.split('\n')) {
        if (line.contains(needle) && line.contains("saved contact") && !line.contains("expires=0"))
            ++count;
    }
    return count;
}

} // namespace Nav::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Nav::Test {

// A memory-only Kamailio 5.6 registrar/proxy on 127.0.0.1 (UDP and TCP on one free port) with
// digest authentication: any user name, one password (kamailio.cfg.in beside this file).
// Registrations are forgotten on restart, as a real registrar's would be after a crash.
class KamailioProcess
{
public:
    explicit KamailioProcess(QString password = QStringLiteral("rig-secret"));
    ~KamailioProcess();
    KamailioProcess(const KamailioProcess &) = delete;
    KamailioProcess &operator=(const KamailioProcess &) = delete;

    // Also listen for TLS (SIP over TLS, "sips") on a second free port with this certificate
    // and key (PEM files); call before start().
    void enableTls(const QString &certificateFile, const QString &keyFile);
    // Starts on a free port (the same port again after stop()); false with a reason.
    bool start(QString *error = nullptr);
    // SIGTERM and wait (about 2 s).
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QString password() const { return m_password; }
    // "127.0.0.1:<port>"
    QString address() const;
    // The TLS port (0 without enableTls()) and "127.0.0.1:<tls port>"
    quint16 tlsPort() const { return m_tlsPort; }
    QString tlsAddress() const;
    // What Kamailio logged so far (xlog lines name the method and URI of each request).
    QByteArray log() const;
    // How many "REGISTER <aor>: saved contact" lines the log has for this user.
    int savedRegistrations(const QString &user) const;

private:
    QString m_password;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_certificate;
    QString m_key;
};

} // namespace Nav::Test

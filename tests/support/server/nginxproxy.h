// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace Nav::Test {

// A real nginx on 127.0.0.1 (plain HTTP, or HTTPS after setTls()) in front of one upstream port, configured with
// the shipped proxy snippet packaging/server/navigator-proxy.conf (found through NAV_SOURCE_DIR),
// so tests exercise the body limit, timeouts and headers that production uses. Runs in the
// foreground as a child process with every path (pid, logs, temp files) in a temporary folder;
// works as root (workers run as root too) or as an ordinary user.
class NginxProxy
{
public:
    NginxProxy();
    ~NginxProxy();
    NginxProxy(const NginxProxy &) = delete;
    NginxProxy &operator=(const NginxProxy &) = delete;

    static QString binary();
    // The shipped snippet: $NAV_SOURCE_DIR/packaging/server/navigator-proxy.conf.
    static QString snippetPath();

    // Terminate TLS with this certificate and key (PEM files), as the shipped site does; call
    // before start(). baseUrl() is then https://.
    void setTls(const QString &certificatePem, const QString &keyPem);

    // Writes nginx.conf (upstream `navigator` = 127.0.0.1:upstreamPort), starts nginx and waits
    // until it accepts connections (10 s at most).
    bool start(quint16 upstreamPort, QString *error = nullptr);
    // Several instances behind one upstream (the scale-out set-up of nginx-navigator.conf).
    bool start(const QList<quint16> &upstreamPorts, QString *error = nullptr);
    // SIGQUIT (graceful), then SIGTERM/SIGKILL if it lingers. Removes the folder.
    void stop();

    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QString configPath() const;
    // nginx's error log and access log so far.
    QByteArray errorLog() const;
    QByteArray accessLog() const;

private:
    bool tryStart(const QList<quint16> &upstreamPorts, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_certificate;
    QString m_key;
};

} // namespace Nav::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "harnessutil.h"

#include <QFile>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace Nav::Test::Harness {

bool isRoot()
{
    return ::geteuid() == 0;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

bool chownTo(const QString &path, const char *user)
{
    const passwd *pw = ::getpwnam(user);
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

QString runuserPath()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    if (path.isEmpty()) {
        const QStringList fallbacks{QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                    QStringLiteral("/usr/bin")};
        path = QStandardPaths::findExecutable(QStringLiteral("runuser"), fallbacks);
    }
    return path;
}

QUrl loopbackUrl(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QByteArray readFile(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (offset > 0 && !f.seek(offset))
        return {};
    return f.readAll();
}

} // namespace Nav::Test::Harness

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/testpki.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Nav::Test {

namespace {
bool openssl(const QStringList &args, const QString &dir, QString *error)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("openssl %1 failed: %2 %3")
                         .arg(args.value(0), p.errorString(), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

const QStringList kEcKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
} // namespace

bool TestPki::create(const QString &folder, QString *error)
{
    dir = folder;
    caCertificate = QDir(dir).filePath(QStringLiteral("ca.pem"));
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey
                       + QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=Navigator test CA"),
                                     QStringLiteral("-days"), QStringLiteral("2"),
                                     QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                     QStringLiteral("-out"), QStringLiteral("ca.pem")},
                   dir, error);
}

QString TestPki::certificate(const QString &name) const
{
    return QDir(dir).filePath(name + QStringLiteral(".pem"));
}

QString TestPki::key(const QString &name) const
{
    return QDir(dir).filePath(name + QStringLiteral(".key"));
}

bool TestPki::issue(const QString &name, const QString &subjectAltName, QString *error) const
{
    const QString ext = QDir(dir).filePath(name + QStringLiteral(".ext"));
    QFile f(ext);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = QStringLiteral("cannot write ") + ext;
        return false;
    }
    f.write("subjectAltName=" + subjectAltName.toUtf8()
            + "\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
    f.close();
    const QString csr = name + QStringLiteral(".csr");
    return openssl(QStringList{QStringLiteral("req")} + kEcKey
                       + QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                                     QStringLiteral("-keyout"), key(name), QStringLiteral("-out"), csr},
                   dir, error)
           && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                       QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                       QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                       certificate(name), QStringLiteral("-extfile"), ext},
                      dir, error);
}

} // namespace Nav::Test

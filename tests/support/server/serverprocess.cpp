// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "serverprocess.h"

#include "harnessutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

namespace Nav::Test {

namespace {

constexpr int readyTimeoutMs = 10000;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QByteArray tail(const QByteArray &text, int lines = 20)
{
    QList<QByteArray> all = text.split('\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join('\n');
}

} // namespace

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::binary()
{
    const QString buildDir = qEnvironmentVariable("NAV_BUILD_DIR");
    if (!buildDir.isEmpty())
        return buildDir + QStringLiteral("/bin/navigator-server");
    // Test executables live in <build>/tests.
    return QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/navigator-server");
}

int ServerProcess::adminOn(const QString &dbUrl, const QStringList &args, const QByteArray &stdinData,
                           QByteArray *output)
{
    QByteArray err;
    const int rc = admin(args + QStringList{QStringLiteral("--db"), dbUrl}, stdinData, output, &err);
    if (rc != 0)
        qWarning("admin %s: %s", qPrintable(args.join(u' ')), err.constData());
    return rc;
}

bool ServerProcess::prepareDatabase(const QString &dbUrl, int services, const QString &team,
                                    const QList<User> &users, const QString &password,
                                    QString *error)
{
    const auto step = [&](const QStringList &args, const QByteArray &input = {}) {
        if (adminOn(dbUrl, args, input) == 0)
            return true;
        if (error)
            *error = QStringLiteral("navigator-server %1 failed").arg(args.join(u' '));
        return false;
    };
    if (!step({QStringLiteral("migrate")}))
        return false;
    if (services > 0
        && !step({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                  QString::number(services)}))
        return false;
    if (!step({QStringLiteral("team"), QStringLiteral("add"), team}))
        return false;
    for (const User &u : users) {
        if (!step(QStringList{QStringLiteral("user"), QStringLiteral("add"), u.name,
                              QStringLiteral("--role"), u.role, QStringLiteral("--team"), team}
                      + u.extra,
                  password.toUtf8() + '\n'))
            return false;
    }
    return true;
}

int ServerProcess::admin(const QStringList &args, const QByteArray &stdinData, QByteArray *output,
                         QByteArray *errorOutput)
{
    QProcess p;
    p.start(binary(), args);
    if (!p.waitForStarted(5000)) {
        if (errorOutput)
            *errorOutput = p.errorString().toUtf8();
        return -1;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(60000);
    if (!finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    if (output)
        *output = p.readAllStandardOutput();
    if (errorOutput)
        *errorOutput = p.readAllStandardError();
    if (!finished || p.exitStatus() != QProcess::NormalExit)
        return -1;
    return p.exitCode();
}

bool ServerProcess::start(const QString &dbUrl, const QStringList &extraArgs, QString *error)
{
    if (isRunning()) {
        setError(error, QStringLiteral("already running"));
        return false;
    }
    m_dbUrl = dbUrl;
    m_extraArgs = extraArgs;
    m_port = 0;
    QStringList args{QStringLiteral("serve"), QStringLiteral("--db"), dbUrl};
    if (!extraArgs.contains(QStringLiteral("--listen")))
        args << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    return launch(args + extraArgs, error);
}

bool ServerProcess::restart(QString *error)
{
    if (m_dbUrl.isEmpty()) {
        setError(error, QStringLiteral("restart() before start()"));
        return false;
    }
    if (isRunning())
        stop();
    // Port 0 would give a new port: clients (and nginx's upstream) expect the old one.
    QStringList extra = m_extraArgs;
    const qsizetype listenAt = extra.indexOf(QStringLiteral("--listen"));
    if (listenAt >= 0 && listenAt + 1 < extra.size())
        extra[listenAt + 1] = QStringLiteral("127.0.0.1:%1").arg(m_port);
    else
        extra << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:%1").arg(m_port);
    const QStringList args = QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_dbUrl}
                             + extra;
    QString lastError;
    // Right after a kill the port can still be held for a moment: retry briefly.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (launch(args, &lastError))
            return true;
        QThread::msleep(200);
    }
    setError(error, lastError);
    return false;
}

bool ServerProcess::launch(const QStringList &args, QString *error)
{
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nav-server-XXXXXX"));
        if (!m_dir->isValid()) {
            setError(error, QStringLiteral("cannot create a temporary folder"));
            m_dir.reset();
            return false;
        }
    }
    const QString outPath = m_dir->filePath(QStringLiteral("stdout.log"));
    const QString errPath = m_dir->filePath(QStringLiteral("stderr.log"));
    const qint64 outOffset = QFile(outPath).size();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(m_env);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(outPath, QIODevice::Append);
    m_process->setStandardErrorFile(errPath, QIODevice::Append);
    m_process->start(binary(), args);
    if (!m_process->waitForStarted(5000)) {
        setError(error, QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString()));
        m_process.reset();
        return false;
    }

    static const QRegularExpression ready(
        QStringLiteral("navigator-server: listening on 127\\.0\\.0\\.1:(\\d+)\\r?\\n"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < readyTimeoutMs) {
        const QRegularExpressionMatch m = ready.match(QString::fromUtf8(Harness::readFile(outPath, outOffset)));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
        if (m_process->waitForFinished(20)) {
            finish();
            setError(error, QStringLiteral("navigator-server exited (code %1) before listening:\n%2")
                                .arg(QString::number(m_lastExitCode),
                                     QString::fromUtf8(tail(log()))));
            return false;
        }
    }
    setError(error, QStringLiteral("navigator-server did not print its listening line within %1 ms:\n%2")
                        .arg(QString::number(readyTimeoutMs), QString::fromUtf8(tail(log()))));
    m_process->kill();
    m_process->waitForFinished(5000);
    finish();
    return false;
}

void ServerProcess::finish()
{
    if (!m_process)
        return;
    m_lastExitCode = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process.reset();
}

bool ServerProcess::stop()
{
    if (!m_process)
        return false;
    bool clean = m_process->state() == QProcess::NotRunning
                 && m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        } else {
            clean = m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
        }
    }
    finish();
    return clean;
}

void ServerProcess::kill9()
{
    if (!m_process)
        return;
    m_process->kill(); // SIGKILL on Unix
    m_process->waitForFinished(5000);
    finish();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QUrl ServerProcess::baseUrl() const
{
    return Harness::loopbackUrl(m_port);
}

QByteArray ServerProcess::log() const
{
    return m_dir ? Harness::readFile(m_dir->filePath(QStringLiteral("stderr.log"))) : QByteArray();
}

QByteArray ServerProcess::output() const
{
    return m_dir ? Harness::readFile(m_dir->filePath(QStringLiteral("stdout.log"))) : QByteArray();
}

void ServerProcess::clearLog()
{
    if (!m_dir)
        return;
    // The child appends (O_APPEND): truncating in place keeps its writes at the new end.
    QFile::resize(m_dir->filePath(QStringLiteral("stderr.log")), 0);
}

} // namespace Nav::Test

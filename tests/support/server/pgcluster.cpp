// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "pgcluster.h"

#include "harnessutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace Nav::Test {

namespace {

const QString pgBinDir = QStringLiteral("/usr/lib/postgresql/15/bin");

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

PgCluster::PgCluster() = default;

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::directory() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PgCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(superUser(), QString::number(m_port), database);
}

bool PgCluster::runTool(const QString &tool, const QStringList &args, QByteArray *output,
                        int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(m_dir ? m_dir->path() : QDir::tempPath());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGDATA"));
    p.setProcessEnvironment(env);
    const QString exe = pgBinDir + QLatin1Char('/') + tool;
    if (Harness::isRoot()) {
        // initdb and postgres refuse to run as root; everything that touches the data folder
        // runs as the postgres user, which owns that folder.
        p.start(Harness::runuserPath(), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                    QStringLiteral("--"), exe} + args);
    } else {
        p.start(exe, args);
    }
    const bool finished = p.waitForStarted(5000) && p.waitForFinished(timeoutMs);
    if (!finished)
        p.kill();
    p.waitForFinished(2000);
    if (output)
        *output = p.readAll() + (finished ? QByteArray() : QByteArray("\n(timed out or failed to start: ")
                                                           + p.errorString().toUtf8() + ')');
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool PgCluster::start(QString *error)
{
    if (m_running)
        return true;
    if (!QFile::exists(pgBinDir + QStringLiteral("/initdb"))) {
        setError(error, QStringLiteral("PostgreSQL 15 is not installed (%1/initdb missing)").arg(pgBinDir));
        return false;
    }
    if (Harness::isRoot() && Harness::runuserPath().isEmpty()) {
        setError(error, QStringLiteral("running as root but runuser was not found"));
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nav-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        setError(error, QStringLiteral("cannot create a temporary folder: %1").arg(m_dir->errorString()));
        m_dir.reset();
        return false;
    }
    if (Harness::isRoot() && !Harness::chownTo(m_dir->path(), "postgres")) {
        setError(error, QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path()));
        m_dir.reset();
        return false;
    }

    QByteArray out;
    const QStringList initdbArgs{QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"),
                                 QStringLiteral("-U"), superUser(),
                                 QStringLiteral("--auth=trust"), QStringLiteral("--encoding=UTF8"),
                                 QStringLiteral("--no-locale"), QStringLiteral("--no-sync")};
    if (!runTool(QStringLiteral("initdb"), initdbArgs, &out, 60000)) {
        setError(error, QStringLiteral("initdb failed: %1").arg(QString::fromLocal8Bit(out)));
        m_dir.reset();
        return false;
    }

    // A free port can be taken between the probe and the bind: try a few.
    QString lastError;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (tryStart(&lastError)) {
            m_running = true;
            return true;
        }
    }
    setError(error, lastError);
    m_dir.reset();
    return false;
}

bool PgCluster::tryStart(QString *error)
{
    m_port = Harness::freeLoopbackPort();
    if (m_port == 0) {
        *error = QStringLiteral("no free loopback port");
        return false;
    }
    const QString dir = m_dir->path();
    const QString options =
        QStringLiteral("-c listen_addresses=127.0.0.1 -c port=%1 -c unix_socket_directories=%2 "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=200 -c log_min_messages=warning")
            .arg(QString::number(m_port), dir);
    QByteArray out;
    const bool ok = runTool(QStringLiteral("pg_ctl"),
                            {QStringLiteral("-D"), dir + QStringLiteral("/data"),
                             QStringLiteral("-l"), dir + QStringLiteral("/postgres.log"),
                             QStringLiteral("-o"), options, QStringLiteral("-w"),
                             QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")},
                            &out, 40000);
    if (ok)
        return true;
    *error = QStringLiteral("pg_ctl start failed on port %1: %2\n%3")
                 .arg(QString::number(m_port), QString::fromLocal8Bit(out),
                      QString::fromLocal8Bit(serverLog()));
    // A half-started server would hold the data folder: make sure it is down before retrying.
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            nullptr, 15000);
    return false;
}

void PgCluster::stop()
{
    if (!m_dir)
        return;
    if (m_running) {
        const QString data = m_dir->path() + QStringLiteral("/data");
        if (!runTool(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("fast"),
                      QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("15"),
                      QStringLiteral("stop")},
                     nullptr, 20000)) {
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("immediate"),
                     QStringLiteral("-w"), QStringLiteral("stop")},
                    nullptr, 15000);
        }
        m_running = false;
    }
    m_dir.reset(); // removes the folder
    m_port = 0;
}

bool PgCluster::psql(const QString &database, const QString &sql, QByteArray *output)
{
    if (!m_running)
        return false;
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(pgBinDir + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
             QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
             QStringLiteral("-U"), superUser(), QStringLiteral("-d"), database,
             QStringLiteral("-c"), sql});
    const bool finished = p.waitForStarted(5000) && p.waitForFinished(60000);
    if (!finished)
        p.kill();
    p.waitForFinished(2000);
    if (output)
        *output = p.readAllStandardOutput() + p.readAllStandardError();
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QString PgCluster::createDatabase(const QString &name, QString *error)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch()) {
        setError(error, QStringLiteral("invalid database name"));
        return {};
    }
    QByteArray out;
    if (!psql(QStringLiteral("postgres"),
              QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name),
              &out)) {
        setError(error, QStringLiteral("CREATE DATABASE %1 failed: %2")
                            .arg(name, QString::fromLocal8Bit(out)));
        return {};
    }
    return url(name);
}

QByteArray PgCluster::serverLog() const
{
    if (!m_dir)
        return {};
    QFile f(m_dir->path() + QStringLiteral("/postgres.log"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace Nav::Test

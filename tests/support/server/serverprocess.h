// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTemporaryDir;

namespace Nav::Test {

// The real navigator-server binary (<NAV_BUILD_DIR>/bin/navigator-server) as a child process.
// Its stdout and stderr go to files in a private temporary folder (never a pipe: a chatty server
// must not block on a full pipe while the test is busy), so log() can be searched at any time,
// e.g. to prove that no personal data reached the logs.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    static QString binary();
    // Runs `navigator-server <args>` to completion (60 s at most) with stdinData on its standard
    // input. Returns the exit code, or -1 if it crashed, timed out or could not start. Standard
    // output goes to *output, standard error to *errorOutput.
    static int admin(const QStringList &args, const QByteArray &stdinData = {},
                     QByteArray *output = nullptr, QByteArray *errorOutput = nullptr);
    // The same on the database `dbUrl` (adds --db); a failure is logged with the server's
    // standard error.
    static int adminOn(const QString &dbUrl, const QStringList &args, const QByteArray &stdinData = {},
                       QByteArray *output = nullptr);

    // A test server database: migrated, a demo directory of `services` (none when 0), the team
    // `team` and its users {name, role} (navigator, team-lead…), each with `password`. False,
    // with the step that failed in *error, when a step fails.
    struct User
    {
        QString name;
        QString role;
        QStringList extra; // e.g. --cleared
    };
    static bool prepareDatabase(const QString &dbUrl, int services, const QString &team,
                                const QList<User> &users, const QString &password,
                                QString *error = nullptr);

    // Launches `serve --db dbUrl --listen 127.0.0.1:0 extraArgs` and waits (10 s at most) for
    // "navigator-server: listening on 127.0.0.1:<port>".
    bool start(const QString &dbUrl, const QStringList &extraArgs = {}, QString *error = nullptr);
    // Starts again with the same arguments on the same port (after kill9() or stop()).
    bool restart(QString *error = nullptr);
    // SIGTERM, wait (10 s), then SIGKILL. True if the server stopped by itself with exit code 0.
    bool stop();
    // SIGKILL and wait: a crash in the middle of whatever it was doing.
    void kill9();

    bool isRunning() const;
    qint64 pid() const;
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    // The exit code of the last run that ended (-1 if it crashed or was killed).
    int lastExitCode() const { return m_lastExitCode; }

    // Everything the server wrote to stderr since start() (all runs, restarts included).
    QByteArray log() const;
    // What it wrote to stdout (the listening line and anything else).
    QByteArray output() const;
    // Forgets the log so far (e.g. before the step whose log a test inspects).
    void clearLog();
    // Extra environment for the child (e.g. PGPASSWORD); applies from the next start().
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }

private:
    bool launch(const QStringList &args, QString *error);
    void finish();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_dbUrl;
    QStringList m_extraArgs;
    quint16 m_port = 0;
    int m_lastExitCode = 0;
};

} // namespace Nav::Test

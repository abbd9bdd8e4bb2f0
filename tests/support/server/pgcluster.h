// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

class QTemporaryDir;

namespace Nav::Test {

// A throw-away PostgreSQL 15 cluster on 127.0.0.1 for integration tests: initdb into a temporary
// folder, trust authentication on loopback, a free TCP port, the Unix socket inside the folder.
// As root (CI) every PostgreSQL program runs as the `postgres` user through runuser, because
// initdb refuses root. Durability is traded for speed (fsync off): the cluster dies with the test.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Creates and starts the cluster (~1.3 s). False with a reason in *error on failure.
    bool start(QString *error = nullptr);
    // Stops the server (fast shutdown) and removes the folder. Safe to call twice.
    void stop();

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    QString superUser() const { return QStringLiteral("postgres"); }
    // The folder that holds data/, the socket and postgres.log.
    QString directory() const;
    // postgresql://postgres@127.0.0.1:PORT/postgres (the maintenance database).
    QString url() const { return url(QStringLiteral("postgres")); }
    QString url(const QString &database) const;

    // CREATE DATABASE name; returns its postgresql:// URL, or an empty string (reason in *error).
    QString createDatabase(const QString &name, QString *error = nullptr);
    // Runs one SQL statement with psql against `database`; true on success, output in *output.
    bool psql(const QString &database, const QString &sql, QByteArray *output = nullptr);
    // The server log so far (for a failing test's message).
    QByteArray serverLog() const;

private:
    bool runTool(const QString &tool, const QStringList &args, QByteArray *output, int timeoutMs);
    bool tryStart(QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace Nav::Test

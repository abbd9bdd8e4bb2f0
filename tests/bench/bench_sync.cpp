// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Benchmark of the workstation's directory sync (issue 6): starts the real navigator-server
// binary on a fresh SQLite database holding the demo directory (N services, 100,000 by
// default), signs in with Nav::Sync::ServerClient and times
//   1. the first sync into a fresh encrypted profile (DirectoryPull from cursor 0), and
//   2. a delta of 1,000 changes: an administrator's smaller snapshot (500 tombstones) and a
//      file of 500 corrected services (500 updates).
// Targets: first sync <= 30 s, delta <= 2 s. Prints the figures; never fails on speed.
//
//   QT_PLUGIN_PATH=build/dev/plugins build/dev/tests/bench_sync [--services 100000] [--page 1000]

#include "eventwait.h"
#include "server/serverprocess.h"

#include "storage/database.h"
#include "storage/schema.h"
#include "sync/directorypull.h"
#include "sync/serverclient.h"

#include "core/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <optional>

using namespace Nav;
using namespace Nav::Sync;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Secrets in memory: the benchmark has no keychain.
class MemorySecrets final : public Core::SecretStore
{
public:
    QFuture<Result<QByteArray>> readSecret(const QString &name) override
    {
        return done<QByteArray>(m_entries.contains(name)
                                    ? Result<QByteArray>(m_entries.value(name))
                                    : fail(ErrorCode::SecretNotFound, QStringLiteral("none")));
    }
    QFuture<Result<void>> writeSecret(const QString &name, const QByteArray &secret) override
    {
        m_entries.insert(name, secret);
        return done<void>({});
    }
    QFuture<Result<void>> removeSecret(const QString &name) override
    {
        m_entries.remove(name);
        return done<void>({});
    }
    QString backendName() const override { return QStringLiteral("memory"); }

private:
    template<typename T>
    static QFuture<Result<T>> done(Result<T> v)
    {
        QPromise<Result<T>> p;
        p.start();
        p.addResult(std::move(v));
        p.finish();
        return p.future();
    }
    QHash<QString, QByteArray> m_entries;
};

// The admin command line, with no time limit (a 100,000-service import takes a while).
int admin(const QString &db, const QStringList &args, const QByteArray &input = {},
          QByteArray *out = nullptr)
{
    QProcess p;
    p.start(Nav::Test::ServerProcess::binary(), args + QStringList{QStringLiteral("--db"), db});
    if (!p.waitForStarted(10000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s\n", p.readAllStandardError().constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

template<typename T>
T wait(QFuture<T> f)
{
    Nav::Test::runEventsUntil([&] { return f.isFinished(); });
    return f.result();
}

struct Outcome
{
    bool ok = false;
    DirectoryPull::Summary summary;
    QString error;
    qint64 ms = 0;
};

Outcome pullOnce(DirectoryPull &pull)
{
    Outcome o;
    bool done = false;
    QObject guard;
    QObject::connect(&pull, &DirectoryPull::finished, &guard, [&](const DirectoryPull::Summary &s) {
        o.ok = true;
        o.summary = s;
        done = true;
    });
    QObject::connect(&pull, &DirectoryPull::failed, &guard, [&](const QString &m) {
        o.error = m;
        done = true;
    });
    QObject::connect(&pull, &DirectoryPull::progressChanged, &guard,
                     [](const DirectoryPull::Progress &p) {
                         if (p.pages % 20 == 0)
                             print(QStringLiteral("  … %1 pages, %2 of ~%3 changes")
                                       .arg(p.pages)
                                       .arg(p.changes)
                                       .arg(p.total));
                     });
    QElapsedTimer t;
    t.start();
    pull.start();
    Nav::Test::runEventsUntil([&] { return done; });
    o.ms = t.elapsed();
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addHelpOption();
    args.addOptions({{QStringLiteral("services"), QStringLiteral("Demo directory size (100000)."),
                      QStringLiteral("n"), QStringLiteral("100000")},
                     {QStringLiteral("page"), QStringLiteral("Feed page size (1000)."),
                      QStringLiteral("n"), QStringLiteral("1000")}});
    args.process(app);
    const int services = args.value(QStringLiteral("services")).toInt();
    const int pageSize = args.value(QStringLiteral("page")).toInt();
    if (services < 2000) {
        std::fprintf(stderr, "bench_sync: --services must be at least 2000\n");
        return 1;
    }

    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.db"));
    QElapsedTimer t;
    t.start();
    QByteArray out;
    if (admin(db, {QStringLiteral("migrate")}) != 0
        || admin(db, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                      QString::number(services)}, {}, &out) != 0
        || admin(db, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Bench")}) != 0
        || admin(db, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench.nav"),
                      QStringLiteral("--role"), QStringLiteral("navigator"), QStringLiteral("--team"),
                      QStringLiteral("Bench"), QStringLiteral("--cleared")},
                 "bench-Password-1\n") != 0) {
        std::fprintf(stderr, "bench_sync: preparing the server database failed\n");
        return 2;
    }
    print(QStringLiteral("server database: %1 demo services imported in %2 s (%3)")
              .arg(services)
              .arg(t.elapsed() / 1000.0, 0, 'f', 1)
              .arg(QString::fromUtf8(out.trimmed())));

    Nav::Test::ServerProcess server;
    QString error;
    if (!server.start(db, {}, &error)) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(error));
        return 2;
    }
    MemorySecrets secrets;
    ServerClient client(secrets, QStringLiteral("bench"));
    std::optional<QString> signInError;
    bool signedIn = false;
    QObject::connect(&client, &ServerClient::signedIn, &app, [&] { signedIn = true; });
    QObject::connect(&client, &ServerClient::signInFailed, &app,
                     [&](const ApiReply &r) { signInError = r.message; });
    client.signIn(server.baseUrl(), QStringLiteral("bench.nav"), QStringLiteral("bench-Password-1"));
    Nav::Test::runEventsUntil([&] { return signedIn || signInError.has_value(); });
    if (!signedIn) {
        std::fprintf(stderr, "bench_sync: sign-in failed: %s\n", qPrintable(*signInError));
        return 2;
    }

    Storage::Database profile;
    Storage::Database::Options o;
    o.filePath = dir.filePath(QStringLiteral("profile.db"));
    QByteArray key(32, Qt::Uninitialized);
    for (char &c : key)
        c = char(QRandomGenerator::system()->bounded(256));
    o.key = key;
    o.migrations = Storage::workstationMigrations();
    const auto opened = wait(profile.open(o));
    if (!opened) {
        std::fprintf(stderr, "bench_sync: profile: %s\n", qPrintable(opened.error().detail));
        return 2;
    }
    print(QStringLiteral("encrypted profile: SQLCipher %1").arg(opened->cipherVersion));

    DirectoryPull pull(client, profile);
    pull.setPageSize(pageSize);
    const Outcome first = pullOnce(pull);
    if (!first.ok) {
        std::fprintf(stderr, "bench_sync: first sync failed: %s\n", qPrintable(first.error));
        return 3;
    }
    const double firstS = first.ms / 1000.0;
    print(QStringLiteral("first sync: %1 changes (%2 services, %3 tombstones) in %4 pages: %5 s, "
                         "%6 services/s (target <= 30 s)")
              .arg(first.summary.upserts + first.summary.tombstones)
              .arg(first.summary.upserts)
              .arg(first.summary.tombstones)
              .arg(first.summary.pages)
              .arg(firstS, 0, 'f', 2)
              .arg(first.summary.upserts / std::max(0.001, firstS), 0, 'f', 0));

    // The delta: 500 tombstones (a smaller snapshot), 500 updates (corrections as HSDS).
    t.restart();
    if (admin(db, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                   QString::number(services - 500)}, {}, &out) != 0) {
        std::fprintf(stderr, "bench_sync: re-import failed\n");
        return 2;
    }
    QJsonArray corrected;
    {
        QSqlDatabase sdb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
        sdb.setDatabaseName(db.mid(7));
        sdb.open();
        QSqlQuery q(sdb);
        q.exec(QStringLiteral("SELECT doc_full FROM dir_service WHERE status = 'active' ORDER BY seq "
                              "LIMIT 500"));
        while (q.next()) {
            QJsonObject s = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            s.insert(QStringLiteral("description"),
                     QString(s.value(QStringLiteral("description")).toString()
                             + QStringLiteral(" Updated.")));
            corrected.append(s);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    const QString file = dir.filePath(QStringLiteral("corrections.json"));
    QFile f(file);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(corrected).toJson(QJsonDocument::Compact));
    f.close();
    if (admin(db, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("hsds"), file},
              {}, &out) != 0) {
        std::fprintf(stderr, "bench_sync: corrections failed\n");
        return 2;
    }
    print(QStringLiteral("server changes prepared in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));

    const Outcome delta = pullOnce(pull);
    if (!delta.ok) {
        std::fprintf(stderr, "bench_sync: delta failed: %s\n", qPrintable(delta.error));
        return 3;
    }
    const double deltaS = delta.ms / 1000.0;
    const qint64 changes = delta.summary.upserts + delta.summary.tombstones;
    print(QStringLiteral("delta: %1 changes (%2 updated, %3 retired) in %4 pages: %5 s, %6 changes/s "
                         "(target <= 2 s)")
              .arg(changes)
              .arg(delta.summary.counts.updated)
              .arg(delta.summary.counts.retired)
              .arg(delta.summary.pages)
              .arg(deltaS, 0, 'f', 2)
              .arg(changes / std::max(0.001, deltaS), 0, 'f', 0));
    print(QStringLiteral("RESULT services=%1 first_sync_s=%2 delta_changes=%3 delta_s=%4")
              .arg(services)
              .arg(firstS, 0, 'f', 2)
              .arg(changes)
              .arg(deltaS, 0, 'f', 2));
    server.stop();
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The sync client against the real navigator-server binary, on a SQLite file and on a real
// PostgreSQL 15 cluster: sign-in (and the words for a wrong password and a server that is
// down), the first sync of a 300-service demo directory into an encrypted profile, cancelled
// after its first page and resumed, a delta after an administrator's re-imports (updates and
// tombstones), and a server killed in the middle of a sync: the pull resumes where it stopped,
// no page lost, none applied twice.

#include "await.h"
#include "fakesecretstore.h"
#include "server/pgcluster.h"
#include "server/serverprocess.h"

#include "directory/store/directorystore.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "sync/directorypull.h"
#include "sync/serverclient.h"
#include "sync/syncstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using namespace Nav::Sync;
using namespace Nav::Test;

namespace {

const QString kNavigator = QStringLiteral("sync.nav.qx");
const QString kPassword = QStringLiteral("pw-sync-Secret-123");

struct PullOutcome
{
    bool finished = false;
    bool failed = false;
    DirectoryPull::Summary summary;
    QString error;
};

} // namespace

class tst_ServerSync : public QObject
{
    Q_OBJECT
public:
    explicit tst_ServerSync(bool postgres)
        : m_postgres(postgres)
    {
    }

private:
    bool m_postgres;
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    QString m_dbUrl;
    ServerProcess m_server;
    QString m_sqlName;
    FakeSecretStore m_secrets;
    std::unique_ptr<ServerClient> m_client;

    int admin(const QStringList &args, const QByteArray &input = {}, QByteArray *out = nullptr)
    {
        return ServerProcess::adminOn(m_dbUrl, args, input, out);
    }

    // The server's own view, through a direct connection to its database.
    QSet<QString> serverIds(const QString &where)
    {
        QSqlDatabase db = QSqlDatabase::database(m_sqlName);
        QSqlQuery q(db);
        QSet<QString> ids;
        if (!q.exec(QStringLiteral("SELECT id FROM dir_service WHERE ") + where))
            qWarning("server sql: %s", qPrintable(q.lastError().text()));
        while (q.next())
            ids.insert(q.value(0).toString());
        return ids;
    }
    qint64 serverLastSeq()
    {
        QSqlQuery q(QSqlDatabase::database(m_sqlName));
        return q.exec(QStringLiteral("SELECT last_seq FROM dir_state WHERE id = 1")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    }

    std::unique_ptr<Storage::Database> openProfile(const QString &name)
    {
        auto db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(name + QStringLiteral(".db"));
        o.key = QByteArray::fromHex("5e1f0a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(db->open(o));
        if (!opened) {
            qWarning("profile: %s", qPrintable(opened.error().detail));
            return nullptr;
        }
        return db;
    }

    static QSet<QString> localIds(Storage::Database &db, const QString &where)
    {
        return await(db.run<QSet<QString>>([where](QSqlDatabase &c) -> Result<QSet<QString>> {
                         QSqlQuery q(c);
                         QSet<QString> ids;
                         if (!q.exec(QStringLiteral("SELECT id FROM dir_service WHERE ") + where))
                             return fail(ErrorCode::Database, q.lastError().text());
                         while (q.next())
                             ids.insert(q.value(0).toString());
                         return ids;
                     }))
            .value_or(QSet<QString>{QStringLiteral("<error>")});
    }

    static qint64 storedCursor(Storage::Database &db)
    {
        return await(db.run<qint64>([](QSqlDatabase &c) { return SyncState::directoryCursor(c); }))
            .value_or(-1);
    }

    static PullOutcome runPull(DirectoryPull &pull,
                               std::function<void(const DirectoryPull::Progress &)> onProgress = {})
    {
        PullOutcome o;
        QObject guard;
        connect(&pull, &DirectoryPull::finished, &guard,
                [&o](const DirectoryPull::Summary &s) {
                    o.finished = true;
                    o.summary = s;
                });
        connect(&pull, &DirectoryPull::failed, &guard, [&o](const QString &m) {
            o.failed = true;
            o.error = m;
        });
        if (onProgress)
            connect(&pull, &DirectoryPull::progressChanged, &guard, onProgress);
        pull.start();
        [[maybe_unused]] const bool done =
            QTest::qWaitFor([&o] { return o.finished || o.failed; }, 300000);
        return o;
    }

    bool signIn(const QString &password, ApiReply *failure = nullptr)
    {
        QSignalSpy in(m_client.get(), &ServerClient::signedIn);
        QSignalSpy failed(m_client.get(), &ServerClient::signInFailed);
        m_client->signIn(m_server.baseUrl(), kNavigator, password);
        [[maybe_unused]] const bool done =
            QTest::qWaitFor([&] { return in.size() + failed.size() > 0; }, 30000);
        if (failure && !failed.isEmpty())
            *failure = failed.first().first().value<ApiReply>();
        return in.size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("database: %s", m_postgres ? "PostgreSQL" : "SQLite");
        if (!QFileInfo(ServerProcess::binary()).isExecutable())
            QFAIL(qPrintable(QStringLiteral("navigator-server is not built at ") + ServerProcess::binary()));
        QVERIFY(m_dir.isValid());
        QString error;
        if (m_postgres) {
            m_pg = std::make_unique<PgCluster>();
            QVERIFY2(m_pg->start(&error), qPrintable(error));
            m_dbUrl = m_pg->createDatabase(QStringLiteral("navigator"), &error);
            QVERIFY2(!m_dbUrl.isEmpty(), qPrintable(error));
        } else {
            m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        }
        QCOMPARE(admin({QStringLiteral("migrate")}), 0);
        QByteArray out;
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                        QStringLiteral("300")}, {}, &out), 0);
        QVERIFY2(out.contains("300 added"), out.constData());
        QCOMPARE(admin({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Alpha")}), 0);
        QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), kNavigator, QStringLiteral("--role"),
                        QStringLiteral("navigator"), QStringLiteral("--team"), QStringLiteral("Alpha"),
                        QStringLiteral("--cleared")},
                       kPassword.toUtf8() + '\n'),
                 0);
        QVERIFY2(m_server.start(m_dbUrl, {}, &error), qPrintable(error));

        m_sqlName = QStringLiteral("sync-server-%1").arg(m_postgres);
        QSqlDatabase db;
        if (m_postgres) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_sqlName);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_pg->port());
            db.setUserName(m_pg->superUser());
            db.setDatabaseName(QStringLiteral("navigator"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sqlName);
            db.setDatabaseName(m_dbUrl.mid(7));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));

        m_client = std::make_unique<ServerClient>(m_secrets, QStringLiteral("test/refresh"));
        m_client->setTransferTimeout(20000);
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.stop();
        if (!m_sqlName.isEmpty()) {
            QSqlDatabase::database(m_sqlName, false).close();
            QSqlDatabase::removeDatabase(m_sqlName);
        }
        if (m_pg)
            m_pg->stop();
    }

    void wrongPasswordIsSaidPlainly()
    {
        ApiReply failure;
        QVERIFY(!signIn(QStringLiteral("not-the-password"), &failure));
        QCOMPARE(failure.status, 401);
        QCOMPARE(failure.errorCode, QStringLiteral("bad-credentials"));
        QCOMPARE(failure.message, ServerClient::tr("The user name or the password is wrong."));
        QVERIFY(m_secrets.entries.isEmpty());
    }

    void signInKeepsTheRefreshTokenInTheKeychain()
    {
        ApiReply failure;
        QVERIFY2(signIn(kPassword, &failure), qPrintable(failure.message));
        QCOMPARE(m_client->user().value(QStringLiteral("username")).toString(), kNavigator);
        QTRY_VERIFY(!m_secrets.entries.value(QStringLiteral("test/refresh")).isEmpty());
        // No password and no access token on disk or in the keychain.
        for (const QByteArray &v : std::as_const(m_secrets.entries))
            QVERIFY(!v.contains(kPassword.toUtf8()));
    }

    void firstSyncCancelledAfterOnePageThenResumed()
    {
        auto db = openProfile(QStringLiteral("first"));
        QVERIFY(db);
        QCOMPARE(storedCursor(*db), 0);
        DirectoryPull pull(*m_client, *db);
        pull.setPageSize(50);
        pull.setServerKey(m_server.baseUrl().toString());
        PullOutcome o = runPull(pull, [&pull](const DirectoryPull::Progress &p) {
            if (p.pages == 1)
                pull.cancel();
        });
        QVERIFY2(o.finished, qPrintable(o.error));
        QVERIFY(o.summary.cancelled);
        QVERIFY(o.summary.pages >= 1 && o.summary.pages < 6);
        const qint64 cursorAfterCancel = storedCursor(*db);
        QCOMPARE(cursorAfterCancel, o.summary.cursor);
        QCOMPARE(qint64(localIds(*db, QStringLiteral("1")).size()), o.summary.upserts);
        qInfo("cancelled after %d page(s), cursor %lld", o.summary.pages, cursorAfterCancel);

        // The rest, from the stored cursor.
        QSignalSpy progress(&pull, &DirectoryPull::progressChanged);
        o = runPull(pull);
        QVERIFY2(o.finished, qPrintable(o.error));
        QVERIFY(!o.summary.cancelled);
        QCOMPARE(o.summary.startCursor, cursorAfterCancel);
        QCOMPARE(storedCursor(*db), serverLastSeq());
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<DirectoryPull::Progress>();
        QCOMPARE(last.changes, last.total);
        // Exactly the services the server has, once each (inactive ones arrive as tombstones
        // of services this profile never had).
        const QSet<QString> server = serverIds(QStringLiteral("status <> 'inactive'"));
        QCOMPARE(localIds(*db, QStringLiteral("1")), server);
        QCOMPARE(localIds(*db, QStringLiteral("status = 'inactive'")).size(), 0);
        qInfo("first sync: %lld services in %lld ms", qint64(server.size()), o.summary.elapsedMs);

        // A record is readable and complete from the encrypted store.
        const QString someId = *server.cbegin();
        auto record = await(db->run<Directory::ServiceRecord>([someId](QSqlDatabase &c) {
            return Directory::DirectoryStore::record(c, someId);
        }));
        QVERIFY(record);
        QVERIFY(!record->service.name.isEmpty());
        QVERIFY(!record->organization.id.isEmpty());
        db.reset();
        QFile file(m_dir.filePath(QStringLiteral("first.db")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.read(16).startsWith("SQLite format 3"));

        // Nothing new: one empty page, nothing applied.
        db = openProfile(QStringLiteral("first"));
        DirectoryPull again(*m_client, *db);
        again.setServerKey(m_server.baseUrl().toString());
        o = runPull(again);
        QVERIFY(o.finished);
        QCOMPARE(o.summary.pages, 0);
    }

    void deltaAppliesUpdatesAndTombstones()
    {
        auto db = openProfile(QStringLiteral("first"));
        QVERIFY(db);
        const QSet<QString> before = localIds(*db, QStringLiteral("status <> 'inactive'"));

        // The administrator imports a smaller snapshot (retires what is beyond 250)…
        QByteArray out;
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                        QStringLiteral("250")}, {}, &out), 0);
        qInfo("re-import: %s", out.trimmed().constData());
        // …then corrections to 20 services, as an HSDS file.
        QSqlQuery q(QSqlDatabase::database(m_sqlName));
        QVERIFY(q.exec(QStringLiteral("SELECT id, doc_full FROM dir_service WHERE status = 'active' "
                                      "ORDER BY id LIMIT 20")));
        QJsonArray corrected;
        QSet<QString> changed;
        while (q.next()) {
            QJsonObject s = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            const QString nameKey = s.contains(QStringLiteral("language")) ? QStringLiteral("name_en")
                                                                           : QStringLiteral("name");
            s.insert(nameKey, QString(s.value(nameKey).toString() + QStringLiteral(" (updated)")));
            corrected.append(s);
            changed.insert(q.value(0).toString());
        }
        QCOMPARE(corrected.size(), 20);
        const QString path = m_dir.filePath(QStringLiteral("corrections.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(corrected).toJson(QJsonDocument::Compact));
        file.close();
        QCOMPARE(admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("hsds"), path},
                       {}, &out), 0);
        qInfo("corrections: %s", out.trimmed().constData());

        DirectoryPull pull(*m_client, *db);
        pull.setServerKey(m_server.baseUrl().toString());
        const PullOutcome o = runPull(pull);
        QVERIFY2(o.finished, qPrintable(o.error));
        qInfo("delta: %lld upserts, %lld tombstones, %d updated, %d retired in %lld ms",
              o.summary.upserts, o.summary.tombstones, o.summary.counts.updated,
              o.summary.counts.retired, o.summary.elapsedMs);
        QCOMPARE(storedCursor(*db), serverLastSeq());
        QCOMPARE(o.summary.upserts, 20);
        QCOMPARE(o.summary.counts.updated, 20);

        // Tombstones: retired locally (status inactive, kept), exactly the server's.
        const QSet<QString> active = serverIds(QStringLiteral("status <> 'inactive'"));
        QCOMPARE(localIds(*db, QStringLiteral("status <> 'inactive'")), active);
        const QSet<QString> retired = before - active;
        QVERIFY(!retired.isEmpty());
        QCOMPARE(localIds(*db, QStringLiteral("status = 'inactive'")), retired);
        QCOMPARE(qint64(o.summary.counts.retired), qint64(retired.size()));
        // Updates: the new names.
        for (const QString &id : std::as_const(changed)) {
            auto r = await(db->run<Directory::ServiceRecord>([id](QSqlDatabase &c) {
                return Directory::DirectoryStore::record(c, id);
            }));
            QVERIFY(r);
            const QString name = r->service.name.en.isEmpty() ? r->service.name.fr : r->service.name.en;
            QVERIFY2(name.endsWith(QLatin1String(" (updated)")), qPrintable(id));
        }
    }

    void serverKilledMidSyncResumesWithoutLossOrDuplicates()
    {
        auto db = openProfile(QStringLiteral("second"));
        QVERIFY(db);
        DirectoryPull pull(*m_client, *db);
        pull.setPageSize(40);
        pull.setServerKey(m_server.baseUrl().toString());
        PullOutcome o = runPull(pull, [this](const DirectoryPull::Progress &p) {
            if (p.pages == 1 && m_server.isRunning())
                m_server.kill9();
        });
        QVERIFY(o.failed);
        QCOMPARE(pull.state(), DirectoryPull::State::Failed);
        qInfo("with the server gone: %s", qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("cannot be reached")), qPrintable(o.error));
        QCOMPARE(pull.lastError(), o.error);
        const qint64 cursor = storedCursor(*db);
        QVERIFY(cursor > 0);
        const QSet<QString> partial = localIds(*db, QStringLiteral("1"));
        QVERIFY(!partial.isEmpty());

        // Signing in while the server is down says so too.
        {
            FakeSecretStore secrets;
            ServerClient other(secrets, QStringLiteral("other"));
            QSignalSpy failed(&other, &ServerClient::signInFailed);
            other.signIn(m_server.baseUrl(), kNavigator, kPassword);
            QVERIFY(failed.wait(30000));
            const ApiReply r = failed.first().first().value<ApiReply>();
            QCOMPARE(r.status, 0);
            QCOMPARE(r.failure, ApiReply::Failure::Network);
        }

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QSignalSpy progress(&pull, &DirectoryPull::progressChanged);
        o = runPull(pull);
        QVERIFY2(o.finished, qPrintable(o.error));
        QCOMPARE(o.summary.startCursor, cursor);
        QVERIFY(pull.lastError().isEmpty());
        QCOMPARE(storedCursor(*db), serverLastSeq());
        // Every service the server has (the access token survived the restart: tokens are
        // signed, not server sessions), nothing twice: the counts add up.
        QCOMPARE(localIds(*db, QStringLiteral("status <> 'inactive'")),
                 serverIds(QStringLiteral("status <> 'inactive'")));
        QCOMPARE(o.summary.counts.updated, 0);
        QCOMPARE(qint64(partial.size()) + o.summary.counts.added,
                 qint64(localIds(*db, QStringLiteral("1")).size()));
    }

    void signOutEndsTheSession()
    {
        m_client->signOut();
        QTRY_VERIFY(m_secrets.entries.isEmpty());
        QVERIFY(!m_client->isSignedIn());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        tst_ServerSync sqlite(false);
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        tst_ServerSync postgres(true);
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_serversync.moc"

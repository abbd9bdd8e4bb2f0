// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// A data-quality flag ("report a problem with this record") from the workstation to the real
// navigator-server binary (SQLite). The server holds a demo directory; the workstation pulls it
// (DirectoryPull), the navigator reports a problem on one of its services through the
// DirectoryService the UI uses, and OutboxPush sends the outbox through a real ServerClient.
// The server then holds exactly one open flag with that service, reason and note, read back
// over HTTP (the team lead's list) and from its database; replays (the same item sent again,
// as after a lost answer, and the same PUT by hand) leave it at one.

#include "await.h"
#include "fakesecretstore.h"
#include "fixedclock.h"
#include "server/httpclient.h"
#include "server/serverprocess.h"

#include "directory/directoryservice.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/schema.h"
#include "sync/directorypull.h"
#include "sync/outboxpush.h"
#include "sync/serverclient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using namespace Nav::Test;
using Storage::Outbox;
using Storage::OutboxItem;
using Sync::OutboxPush;
using Sync::ServerClient;

namespace {

const QString kNavigator = QStringLiteral("flag.nav");
const QString kLead = QStringLiteral("flag.lead");
const QString kPassword = QStringLiteral("pw-flag-Secret-123");
const QString kReason = QStringLiteral("phone");
const QString kNote = QStringLiteral("The intake line rings out; \"press 2\" no longer works.");

struct Session
{
    QString token;
    QString userId;
};

struct ServerFlag
{
    int count = -1;
    QString serviceId;
    QString reason;
    QString note;
    QString reporterId;
    QString status;
};

} // namespace

class tst_FlagPush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbUrl;
    QString m_sqlName = QStringLiteral("flagpush-server");
    ServerProcess m_server;
    std::unique_ptr<Http> m_http;
    Session m_nav;
    Session m_lead;
    FixedClock m_clock;
    FakeSecretStore m_secrets;
    std::unique_ptr<ServerClient> m_client;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Directory::DirectoryService> m_directory;
    std::unique_ptr<OutboxPush> m_push;
    QString m_serviceId;
    QString m_flagId;
    OutboxItem m_sentItem;

    Session login(const QString &user)
    {
        const Http::Reply r = m_http->post(
            QStringLiteral("/api/v1/auth/login"),
            {{QStringLiteral("username"), user}, {QStringLiteral("password"), kPassword}});
        if (r.status != 200)
            qWarning("login %s: %s", qPrintable(user), r.describe().constData());
        const QJsonObject o = r.object();
        return {o.value(QStringLiteral("access_token")).toString(),
                o.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString()};
    }

    QList<OutboxItem> outbox()
    {
        return await(m_db->run<QList<OutboxItem>>([](QSqlDatabase &c) { return Outbox::items(c); }))
            .value_or(QList<OutboxItem>{});
    }

    // One push run that sent something or failed; its (sent, error).
    std::pair<int, QString> push(const std::function<void()> &trigger)
    {
        QSignalSpy finished(m_push.get(), &OutboxPush::runFinished);
        trigger();
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(finished)) {
                    if (args.at(0).toInt() > 0 || !args.at(1).toString().isEmpty())
                        return true;
                }
                return false;
            },
            30000);
        int sent = 0;
        QString error;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            sent += args.at(0).toInt();
            if (error.isEmpty())
                error = args.at(1).toString();
        }
        [[maybe_unused]] const bool idle = QTest::qWaitFor(
            [&] { return m_push->state() != OutboxPush::State::Pushing; }, 30000);
        return {sent, error};
    }

    // The server's own record of the flags with this id, from its database.
    ServerFlag serverFlag(const QString &id)
    {
        ServerFlag f;
        QSqlQuery q(QSqlDatabase::database(m_sqlName));
        q.prepare(QStringLiteral("SELECT service_id, reason, note, reporter_id, status FROM dq_flag"
                                 " WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            qWarning("server sql: %s", qPrintable(q.lastError().text()));
            return f;
        }
        f.count = 0;
        while (q.next()) {
            ++f.count;
            f.serviceId = q.value(0).toString();
            f.reason = q.value(1).toString();
            f.note = q.value(2).toString();
            f.reporterId = q.value(3).toString();
            f.status = q.value(4).toString();
        }
        return f;
    }
    int serverFlagTotal()
    {
        QSqlQuery q(QSqlDatabase::database(m_sqlName));
        return q.exec(QStringLiteral("SELECT count(*) FROM dq_flag")) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    }
    // The open flags the team lead sees over HTTP.
    QList<QJsonObject> leadFlags()
    {
        const Http::Reply r = m_http->get(QStringLiteral("/api/v1/flags"), m_lead.token);
        if (r.status != 200) {
            qWarning("list flags: %s", r.describe().constData());
            return {};
        }
        QList<QJsonObject> items;
        for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
            items.append(v.toObject());
        return items;
    }

    void verifyOneFlagOnServer()
    {
        const ServerFlag f = serverFlag(m_flagId);
        QCOMPARE(f.count, 1);
        QCOMPARE(f.serviceId, m_serviceId);
        QCOMPARE(f.reason, kReason);
        QCOMPARE(f.note, kNote);
        QCOMPARE(f.reporterId, m_nav.userId);
        QCOMPARE(f.status, QStringLiteral("open"));
        QCOMPARE(serverFlagTotal(), 1);
        const QList<QJsonObject> listed = leadFlags();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().value(QStringLiteral("id")).toString(), m_flagId);
        QCOMPARE(listed.first().value(QStringLiteral("service_id")).toString(), m_serviceId);
        QCOMPARE(listed.first().value(QStringLiteral("reason")).toString(), kReason);
        QCOMPARE(listed.first().value(QStringLiteral("note")).toString(), kNote);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(ServerProcess::binary()).isExecutable())
            QFAIL(qPrintable(QStringLiteral("navigator-server is not built at ")
                             + ServerProcess::binary()));
        QVERIFY(m_dir.isValid());
        m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        QString error;
        QVERIFY2(ServerProcess::prepareDatabase(m_dbUrl, 50, QStringLiteral("Alpha"),
                                                {{kNavigator, QStringLiteral("navigator"), {}},
                                                 {kLead, QStringLiteral("team-lead"), {}}},
                                                kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(m_dbUrl, {}, &error), qPrintable(error));
        m_http = std::make_unique<Http>(m_server.baseUrl(), 20000);
        m_nav = login(kNavigator);
        m_lead = login(kLead);
        QVERIFY(!m_nav.token.isEmpty() && !m_lead.token.isEmpty());

        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sqlName);
        sql.setDatabaseName(m_dbUrl.mid(7));
        sql.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QVERIFY2(sql.open(), qPrintable(sql.lastError().text()));

        m_client = std::make_unique<ServerClient>(m_secrets, QStringLiteral("test/refresh"));
        m_client->setTransferTimeout(10000);
        QSignalSpy in(m_client.get(), &ServerClient::signedIn);
        QSignalSpy failed(m_client.get(), &ServerClient::signInFailed);
        m_client->signIn(m_server.baseUrl(), kNavigator, kPassword);
        QVERIFY(QTest::qWaitFor([&] { return in.size() + failed.size() > 0; }, 30000));
        QCOMPARE(in.size(), 1);

        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("profile.db"));
        o.key = QByteArray::fromHex(
            "7a1c3e5f7091b2d4f6a8c0e2a4c6e8f0a1b3c5d7e9f1a3c5e7f9b1d3f5a7c9e1");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        m_directory = std::make_unique<Directory::DirectoryService>(*m_db, m_clock);
        m_push = std::make_unique<OutboxPush>(*m_db, *m_client, m_clock);
        m_push->setJitter([] { return 1.0; });
        m_push->setUserId(m_nav.userId);
    }

    void cleanupTestCase()
    {
        m_push.reset();
        m_directory.reset();
        m_db.reset();
        m_client.reset();
        m_http.reset();
        m_server.stop();
        QSqlDatabase::database(m_sqlName, false).close();
        QSqlDatabase::removeDatabase(m_sqlName);
    }

    // The workstation has the server's directory: the flag names a service both know.
    void pullDirectory()
    {
        Sync::DirectoryPull pull(*m_client, *m_db);
        pull.setServerKey(m_server.baseUrl().toString());
        QSignalSpy finished(&pull, &Sync::DirectoryPull::finished);
        QSignalSpy failed(&pull, &Sync::DirectoryPull::failed);
        pull.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 120000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString()
                                                               : failed.first().first().toString()));
        auto count = await(m_directory->serviceCount());
        QVERIFY(count);
        QVERIFY(*count > 0);

        QSqlQuery q(QSqlDatabase::database(m_sqlName));
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM dir_service WHERE status = 'active'"
                                      " ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        m_serviceId = q.value(0).toString();
        auto local = await(m_db->run<Directory::ServiceRecord>([id = m_serviceId](QSqlDatabase &c) {
            return Directory::DirectoryStore::record(c, id);
        }));
        QVERIFY2(local, "the pulled directory has the service");
    }

    // Reported once, queued once, sent once: one open flag on the server, as reported.
    void reportedFlagReachesTheServerOnce()
    {
        QVERIFY(!m_serviceId.isEmpty());
        QVERIFY(outbox().isEmpty());
        auto id = await(m_directory->reportProblem(m_serviceId, kReason, kNote));
        QVERIFY2(id, qPrintable(id ? QString() : id.error().detail));
        m_flagId = *id;
        const QList<OutboxItem> queued = outbox();
        QCOMPARE(queued.size(), 1);
        m_sentItem = queued.first();
        QCOMPARE(m_sentItem.kind, QStringLiteral("flag"));
        QCOMPARE(m_sentItem.path, QStringLiteral("/api/v1/flags/") + m_flagId);
        QVERIFY(!m_sentItem.path.contains(m_serviceId));
        QCOMPARE(serverFlag(m_flagId).count, 0);

        QSignalSpy sentSpy(m_push.get(), &OutboxPush::itemSent);
        QSignalSpy held(m_push.get(), &OutboxPush::itemHeld);
        const auto [sent, error] = push([this] { m_push->pushNow(); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sent, 1);
        QCOMPARE(held.count(), 0);
        QCOMPARE(sentSpy.count(), 1);
        QCOMPARE(sentSpy.first().at(0).toString(), QStringLiteral("flag"));
        QCOMPARE(sentSpy.first().at(1).toString(), m_flagId);
        QVERIFY(outbox().isEmpty());
        verifyOneFlagOnServer();
        // The note is about the service, still: it stays out of the server's log.
        QVERIFY(!m_server.log().contains(kNote.toUtf8()));
    }

    // The answer was lost, so the workstation sends the same item again: the server answers
    // 200 (the same flag), the item leaves the outbox, and there is still one flag.
    void replayedItemKeepsOneFlag()
    {
        QVERIFY(!m_flagId.isEmpty());
        const bool put = bool(await(m_db->run<bool>([item = m_sentItem,
                                                     now = m_clock.now()](QSqlDatabase &c)
                                                        -> Result<bool> {
            if (auto r = Outbox::put(c, item, now); !r)
                return Unexpected(r.error());
            return true;
        })));
        QVERIFY(put);
        QCOMPARE(outbox().size(), 1);
        QSignalSpy held(m_push.get(), &OutboxPush::itemHeld);
        const auto [sent, error] = push([this] { m_push->pushNow(); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(sent, 1);
        QCOMPARE(held.count(), 0);
        QVERIFY(outbox().isEmpty());
        verifyOneFlagOnServer();

        // Pushing with nothing queued sends nothing.
        QSignalSpy finished(m_push.get(), &OutboxPush::runFinished);
        m_push->pushNow();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 10000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        verifyOneFlagOnServer();
    }

    // The same PUT by hand: 200 with the flag; a different flag under the same id: 409, and the
    // first one stays as it was.
    void replayByHandIsIdempotent()
    {
        QVERIFY(!m_flagId.isEmpty());
        const QJsonObject body = QJsonDocument::fromJson(m_sentItem.body).object();
        QCOMPARE(body.value(QStringLiteral("service_id")).toString(), m_serviceId);
        Http::Reply r = m_http->put(m_sentItem.path, body, m_nav.token);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.object().value(QStringLiteral("id")).toString(), m_flagId);
        QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        verifyOneFlagOnServer();

        QJsonObject other = body;
        other.insert(QStringLiteral("reason"), QStringLiteral("hours"));
        r = m_http->put(m_sentItem.path, other, m_nav.token);
        QVERIFY2(r.status == 409, r.describe().constData());
        verifyOneFlagOnServer();
    }
};

QTEST_GUILESS_MAIN(tst_FlagPush)
#include "tst_flagpush.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The outbox push against the real navigator-server binary, on a SQLite file and on a real
// PostgreSQL 15 cluster. Records are written through the real ContactService (the encrypted
// profile queues them in the same transaction) and sent by OutboxPush through a real
// ServerClient; every outcome is read back from the server over HTTP.
// - A network cut: the server is down while five contacts are recorded; pushes fail in plain
//   words, nothing leaves the outbox; once the server is back every contact arrives once.
// - Lost answers: the server stores a record but its answer never comes back (a proxy drops
//   it, or the server is SIGKILLed right after answering); the replay stores no second copy.
// - Passing trouble: 500s, bytes that are not HTTP, a 200 with an HTML page (a captive portal),
//   and nginx's 503 with Retry-After while the server is down: the item waits, never held.
// - A follow-up conflict between a navigator and the team lead: the lead moves the follow-up
//   to the team queue while the navigator, unaware, records the outcome; both survive.
//
// Faults the real server cannot be made to produce come from FaultProxy, a small TCP proxy in
// this file between the workstation and the server.

#include "await.h"
#include "fakesecretstore.h"
#include "fixedclock.h"
#include "server/harnessutil.h"
#include "server/httpclient.h"
#include "server/nginxproxy.h"
#include "server/pgcluster.h"
#include "server/serverprocess.h"

#include "contacts/contactservice.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/schema.h"
#include "sync/outboxpush.h"
#include "sync/serverclient.h"
#include "sync/syncengine.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Nav;
using namespace Nav::Test;
using Storage::Outbox;
using Storage::OutboxItem;
using Sync::OutboxPush;
using Sync::ServerClient;

namespace {

const QString kNavigator = QStringLiteral("outbox.nav");
const QString kOtherNavigator = QStringLiteral("outbox.nav2");
const QString kLead = QStringLiteral("outbox.lead");
const QString kPassword = QStringLiteral("pw-outbox-Secret-123");
const QString kLeadComment = QStringLiteral("Back to the queue: the navigator is away tomorrow.");

// A TCP proxy in front of the server that misbehaves on demand, request by request (it reads
// each request whole, Content-Length framed, before deciding):
// - Forward: passes bytes both ways;
// - DropAnswer: passes the request on, then cuts the connection when the server answers (the
//   server did the work; the workstation never hears of it);
// - Error500, Garbage (bytes that are not HTTP), HtmlOk (a 200 with an HTML page, as a captive
//   portal answers): answered here, the server never sees the request.
class FaultProxy
{
public:
    enum class Mode { Forward, DropAnswer, Error500, Garbage, HtmlOk };

    int received = 0;  // complete requests from the workstation
    int forwarded = 0; // of which passed on to the server
    int dropped = 0;   // server answers thrown away

    bool listen(quint16 upstreamPort)
    {
        m_upstreamPort = upstreamPort;
        QObject::connect(&m_listener, &QTcpServer::newConnection, &m_listener,
                         [this] { accept(); });
        return m_listener.listen(QHostAddress::LocalHost, 0);
    }
    QUrl baseUrl() const { return Harness::loopbackUrl(m_listener.serverPort()); }
    void setMode(Mode mode) { m_mode = mode; }
    // Called once, right after the next dropped answer.
    void afterNextDrop(std::function<void()> hook) { m_afterDrop = std::move(hook); }
    void resetCounters() { received = forwarded = dropped = 0; }

private:
    struct Link : QObject
    {
        using QObject::QObject;
        QTcpSocket *client = nullptr;
        QPointer<QTcpSocket> upstream;
        QByteArray fromClient;
        QByteArray toUpstream; // written once the upstream connection is up
        bool drop = false;
        bool closing = false;
    };

    void accept()
    {
        while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
            auto *link = new Link(&m_listener);
            socket->setParent(link);
            link->client = socket;
            QObject::connect(socket, &QTcpSocket::readyRead, link,
                             [this, link] { clientData(link); });
            QObject::connect(socket, &QTcpSocket::disconnected, link, [link] {
                if (link->upstream)
                    link->upstream->abort();
                link->deleteLater();
            });
        }
    }

    void clientData(Link *link)
    {
        link->fromClient += link->client->readAll();
        while (!link->closing) {
            const qsizetype headEnd = link->fromClient.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            qsizetype length = 0;
            const QList<QByteArray> lines = link->fromClient.left(headEnd).split('\n');
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            const qsizetype total = headEnd + 4 + length;
            if (link->fromClient.size() < total)
                return;
            const QByteArray request = link->fromClient.left(total);
            link->fromClient.remove(0, total);
            handle(link, request);
        }
    }

    void handle(Link *link, const QByteArray &request)
    {
        ++received;
        switch (m_mode) {
        case Mode::Forward:
            forward(link, request, false);
            return;
        case Mode::DropAnswer:
            forward(link, request, true);
            return;
        case Mode::Error500:
            answer(link, "500 Internal Server Error", "application/json",
                   R"({"error":{"code":"internal","message":"An internal error occurred."}})");
            return;
        case Mode::Garbage:
            link->closing = true;
            link->client->write("\x15\x03\x03garbage, not an HTTP answer\r\n\r\n");
            link->client->disconnectFromHost();
            return;
        case Mode::HtmlOk:
            answer(link, "200 OK", "text/html",
                   "<html><body>Welcome! Accept the terms to use this Wi-Fi.</body></html>");
            return;
        }
    }

    static void answer(Link *link, const QByteArray &status, const QByteArray &type,
                       const QByteArray &body)
    {
        link->closing = true;
        link->client->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type
                            + "\r\nContent-Length: " + QByteArray::number(body.size())
                            + "\r\nConnection: close\r\n\r\n" + body);
        link->client->disconnectFromHost();
    }

    void forward(Link *link, const QByteArray &request, bool drop)
    {
        ++forwarded;
        link->drop = drop;
        if (!link->upstream) {
            auto *up = new QTcpSocket(link);
            link->upstream = up;
            QObject::connect(up, &QTcpSocket::connected, link, [link, up] {
                up->write(link->toUpstream);
                link->toUpstream.clear();
            });
            QObject::connect(up, &QTcpSocket::readyRead, link, [this, link, up] {
                const QByteArray data = up->readAll();
                if (!link->drop) {
                    link->client->write(data);
                    return;
                }
                ++dropped;
                link->closing = true;
                link->client->abort();
                up->abort();
                if (auto hook = std::exchange(m_afterDrop, {}))
                    hook();
            });
            QObject::connect(up, &QTcpSocket::disconnected, link, [link] {
                if (link->client->state() == QAbstractSocket::ConnectedState)
                    link->client->disconnectFromHost();
            });
            QObject::connect(
                up, &QTcpSocket::errorOccurred, link, [link](QAbstractSocket::SocketError e) {
                    if (e != QAbstractSocket::RemoteHostClosedError)
                        link->client->abort(); // the server is not there: so is the connection
                });
            up->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
        if (link->upstream->state() == QAbstractSocket::ConnectedState)
            link->upstream->write(request);
        else
            link->toUpstream += request;
    }

    QTcpServer m_listener;
    quint16 m_upstreamPort = 0;
    Mode m_mode = Mode::Forward;
    std::function<void()> m_afterDrop;
};

// One workstation profile: the encrypted store, the contact service that writes records (and
// queues them), and the push that sends the outbox through `api`.
struct Workstation
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<Contacts::ContactService> contacts;
    std::unique_ptr<OutboxPush> push;
};

struct Run
{
    bool finished = false;
    int sent = 0;
    int held = 0;
    QString error;
};

struct Session
{
    QString token;
    QString userId;
};

// Plain words: the user is told their work is safe and what happens next, nothing technical.
bool isPlainWords(const QString &message)
{
    return !message.isEmpty()
           && (message.contains(QLatin1String("kept on this computer"))
               || message.contains(QLatin1String("will try again")))
           && !message.contains(QLatin1String("QNetwork"))
           && !message.contains(QLatin1String("HTTP/"))
           && !message.contains(QLatin1String("refused"))
           && !message.contains(QLatin1String("transferring"));
}

} // namespace

class tst_OutboxServer : public QObject
{
    Q_OBJECT
public:
    explicit tst_OutboxServer(bool postgres)
        : m_postgres(postgres)
    {}

private:
    bool m_postgres;
    QTemporaryDir m_dir;
    std::unique_ptr<PgCluster> m_pg;
    QString m_dbUrl;
    ServerProcess m_server;
    std::unique_ptr<Http> m_http; // straight to the server: what it holds, as its users see it
    Session m_nav;
    Session m_nav2;
    Session m_lead;
    // The workstation's clock stands still: backoff and Retry-After are checked to the second,
    // and nothing becomes due behind the test's back.
    FixedClock m_clock;
    FakeSecretStore m_secrets;
    std::unique_ptr<ServerClient> m_client; // the navigator, straight to the server
    FaultProxy m_proxy;
    FakeSecretStore m_proxySecrets;
    std::unique_ptr<ServerClient> m_viaProxy; // the same navigator, through FaultProxy
    int m_profiles = 0;

    int admin(const QStringList &args, const QByteArray &input = {})
    {
        return ServerProcess::adminOn(m_dbUrl, args, input);
    }

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

    bool signIn(ServerClient &client, const QUrl &url)
    {
        QSignalSpy in(&client, &ServerClient::signedIn);
        QSignalSpy failed(&client, &ServerClient::signInFailed);
        client.signIn(url, kNavigator, kPassword);
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] { return in.size() + failed.size() > 0; }, 30000);
        if (!failed.isEmpty())
            qWarning("sign-in: %s",
                     qPrintable(failed.first().first().value<Sync::ApiReply>().message));
        return in.size() == 1;
    }

    bool restartServer()
    {
        QString error;
        const bool ok = m_server.restart(&error);
        if (!ok)
            qWarning("restart: %s", qPrintable(error));
        m_http->clearConnections();
        return ok;
    }

    std::unique_ptr<Workstation> workstation(Sync::ApiTransport &api)
    {
        auto ws = std::make_unique<Workstation>();
        ws->db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("profile-%1.db").arg(++m_profiles));
        o.key = QByteArray::fromHex(
            "3c9a1f0e7b2d4c6a8e0f1b3d5c7e9a2b4d6f8a0c1e3b5d7f9a2c4e6b8d0f1a3c");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(ws->db->open(o));
        if (!opened) {
            qWarning("profile: %s", qPrintable(opened.error().detail));
            return nullptr;
        }
        ws->contacts = std::make_unique<Contacts::ContactService>(*ws->db, m_clock);
        ws->contacts->setNavigator(m_nav.userId);
        ws->push = std::make_unique<OutboxPush>(*ws->db, api, m_clock);
        ws->push->setJitter([] { return 1.0; });
        ws->push->setUserId(m_nav.userId);
        return ws;
    }

    static QList<OutboxItem> outbox(Storage::Database &db)
    {
        return await(db.run<QList<OutboxItem>>([](QSqlDatabase &c) { return Outbox::items(c); }))
            .value_or(QList<OutboxItem>{});
    }

    static bool putItem(Storage::Database &db, const OutboxItem &item, const QDateTime &now)
    {
        return bool(await(db.run<bool>([item, now](QSqlDatabase &c) -> Result<bool> {
            if (auto r = Outbox::put(c, item, now); !r)
                return Unexpected(r.error());
            return true;
        })));
    }

    static int keptRevision(Storage::Database &db, const QString &kind, const QString &key)
    {
        return await(db.run<int>(
                         [kind, key](QSqlDatabase &c) { return Outbox::revision(c, kind, key); }))
            .value_or(-1);
    }

    // Starts a run with `trigger` and waits for the first run that sent something, failed or
    // held an item (a run started by the push's own due timer that found nothing to send is not
    // it).
    static Run runUntilOutcome(OutboxPush &push, const std::function<void()> &trigger)
    {
        QSignalSpy finished(&push, &OutboxPush::runFinished);
        QSignalSpy held(&push, &OutboxPush::itemHeld);
        trigger();
        Run run;
        run.finished = QTest::qWaitFor(
            [&] {
                for (const QList<QVariant> &args : std::as_const(finished)) {
                    if (args.at(0).toInt() > 0 || !args.at(1).toString().isEmpty()
                        || !held.isEmpty())
                        return true;
                }
                return false;
            },
            30000);
        for (const QList<QVariant> &args : std::as_const(finished)) {
            run.sent += args.at(0).toInt();
            if (run.error.isEmpty())
                run.error = args.at(1).toString();
        }
        run.held = int(held.count());
        // The push is done with this run (its bookkeeping continuations are queued after it).
        [[maybe_unused]] const bool idle = QTest::qWaitFor(
            [&] { return push.state() != OutboxPush::State::Pushing; }, 30000);
        return run;
    }
    static Run retry(OutboxPush &push)
    {
        return runUntilOutcome(push, [&push] { push.retryAll(); });
    }

    // Every record a GET list returns, page after page.
    QList<QJsonObject> listAll(const QString &path, const QString &token, const QString &scope = {})
    {
        QList<QJsonObject> all;
        QString since = QStringLiteral("0");
        QString after;
        for (int page = 0; page < 100; ++page) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
            q.addQueryItem(QStringLiteral("since"), since);
            if (!after.isEmpty())
                q.addQueryItem(QStringLiteral("after"), after);
            if (!scope.isEmpty())
                q.addQueryItem(QStringLiteral("scope"), scope);
            const Http::Reply r = m_http->get(
                path + QLatin1Char('?') + q.toString(QUrl::FullyEncoded), token);
            if (r.status != 200) {
                qWarning("list %s: %s", qPrintable(path), r.describe().constData());
                return {QJsonObject{{QStringLiteral("error"), QString::fromUtf8(r.body)}}};
            }
            const QJsonObject o = r.object();
            for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
                all.append(v.toObject());
            if (!o.value(QStringLiteral("has_more")).toBool())
                break;
            since = QString::number(qint64(o.value(QStringLiteral("next_since")).toDouble()));
            after = o.value(QStringLiteral("next_after")).toString();
        }
        return all;
    }
    // How many times each id appears in the navigator's contacts on the server.
    QHash<QString, int> serverContactCounts()
    {
        QHash<QString, int> counts;
        for (const QJsonObject &c : listAll(QStringLiteral("/api/v1/contacts"), m_nav.token))
            ++counts[c.value(QStringLiteral("id")).toString()];
        return counts;
    }
    Http::Reply serverContact(const QString &uuid)
    {
        return m_http->get(QStringLiteral("/api/v1/contacts/") + uuid, m_nav.token);
    }
    Http::Reply serverFollowUp(const QString &uuid)
    {
        return m_http->get(QStringLiteral("/api/v1/followups/") + uuid, m_lead.token);
    }

    Core::Contact newContact(int n) const
    {
        Core::Contact c;
        c.start = m_clock.now().addSecs(-3600 + n * 60);
        c.end = c.start.addSecs(240);
        c.inquirer.phone = QStringLiteral("613-555-01%1").arg(n, 2, 10, QLatin1Char('0'));
        c.needs = {{QStringLiteral("food"), QString(), QString()}};
        c.notes = QStringLiteral("outbox test contact %1").arg(n);
        return c;
    }

    // A contact that closes as completed, with a follow-up for the navigator and a survey.
    Core::Contact closingContact(int n) const
    {
        Core::Contact c = newContact(n);
        c.talkSeconds = 200;
        c.language = Core::ServiceLanguage::English;
        c.inquirer.callerType = Core::CallerType::Self;
        c.inquirer.ageGroup = Core::AgeGroup::Adult;
        c.needs = {{QStringLiteral("housing"), QString(), QStringLiteral("Looking for a shelter")}};
        Core::FollowUp f;
        f.consent = true;
        f.consentAt = m_clock.now().addSecs(-120);
        f.method = Core::FollowUpMethod::Phone;
        f.due = m_clock.now().date().addDays(2);
        f.reason = QStringLiteral("check the shelter bed");
        f.assignee = Core::FollowUpAssignee::Me;
        c.followUp = f;
        Core::SurveyResponse s;
        s.asked = true;
        s.consent = true;
        s.satisfaction = Core::Satisfaction::Satisfied;
        s.wouldContactAgain = Core::Answer::Yes;
        c.survey = s;
        c.disposition = Core::Disposition::Completed;
        return c;
    }

    static QString followUpKey(const QList<OutboxItem> &items)
    {
        for (const OutboxItem &i : items) {
            if (i.kind == QLatin1String("followup"))
                return i.recordKey;
        }
        return {};
    }

    static qint64 localFollowUpId(Contacts::ContactService &contacts, qint64 contactId)
    {
        const auto items = await(contacts.followUps(3650));
        if (items) {
            for (const Contacts::FollowUpItem &i : *items) {
                if (i.followUp.contactId == contactId)
                    return i.followUp.id;
            }
        }
        return 0;
    }

    // Closes a contact with a follow-up and sends it all; returns the follow-up's server key.
    QString closeAndSend(Workstation &ws, int n, qint64 *followUpId)
    {
        auto closed = await(ws.contacts->close(closingContact(n)));
        if (!closed) {
            qWarning("close: %s / %s", qPrintable(closed.error().message),
                     qPrintable(closed.error().detail));
            return {};
        }
        *followUpId = localFollowUpId(*ws.contacts, closed->id);
        const QString key = followUpKey(outbox(*ws.db));
        const Run run = runUntilOutcome(*ws.push, [&ws] { ws.push->pushNow(); });
        if (run.sent != 3 || !run.error.isEmpty() || !outbox(*ws.db).isEmpty()) {
            qWarning("first push: %d sent, error '%s'", run.sent, qPrintable(run.error));
            return {};
        }
        return key;
    }

    // The lead changes the follow-up as the lead's own screen would: read it, send it back
    // with If-Match and the new assignment.
    Http::Reply leadReassigns(const QString &key, const QJsonValue &assignTo)
    {
        const Http::Reply current = serverFollowUp(key);
        if (current.status != 200)
            return current;
        const QJsonObject body{
            {QStringLiteral("followup"), current.object().value(QStringLiteral("followup"))},
            {QStringLiteral("assigned_to"), assignTo},
            {QStringLiteral("comment"), kLeadComment}};
        return m_http->put(QStringLiteral("/api/v1/followups/") + key, body, m_lead.token,
                           {{QByteArrayLiteral("If-Match"), current.header("etag")}});
    }

    static Core::FollowUpOutcome reached()
    {
        Core::FollowUpOutcome o;
        o.reach = Core::FollowUpReach::Reached;
        o.followed = Core::Recommendations::All;
        o.betterPrepared = Core::Answer::Yes;
        o.helpedWellBeing = Core::Answer::Yes;
        o.needsMet = Core::Answer::Yes;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("database: %s", m_postgres ? "PostgreSQL" : "SQLite");
        if (!QFileInfo(ServerProcess::binary()).isExecutable())
            QFAIL(qPrintable(QStringLiteral("navigator-server is not built at ")
                             + ServerProcess::binary()));
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
        QCOMPARE(admin({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Alpha")}),
                 0);
        const QList<std::pair<QString, QString>> users{
            {kNavigator, QStringLiteral("navigator")},
            {kOtherNavigator, QStringLiteral("navigator")},
            {kLead, QStringLiteral("team-lead")}};
        for (const auto &[name, role] : users) {
            QCOMPARE(admin({QStringLiteral("user"), QStringLiteral("add"), name,
                            QStringLiteral("--role"), role, QStringLiteral("--team"),
                            QStringLiteral("Alpha")},
                           kPassword.toUtf8() + '\n'),
                     0);
        }
        QVERIFY2(m_server.start(m_dbUrl, {}, &error), qPrintable(error));
        m_http = std::make_unique<Http>(m_server.baseUrl(), 20000);
        m_nav = login(kNavigator);
        m_nav2 = login(kOtherNavigator);
        m_lead = login(kLead);
        QVERIFY(!m_nav.token.isEmpty() && !m_nav2.token.isEmpty() && !m_lead.token.isEmpty());

        m_client = std::make_unique<ServerClient>(m_secrets, QStringLiteral("test/refresh"));
        m_client->setTransferTimeout(10000);
        QVERIFY(signIn(*m_client, m_server.baseUrl()));
        QCOMPARE(m_client->user().value(QStringLiteral("id")).toString(), m_nav.userId);

        QVERIFY(m_proxy.listen(m_server.port()));
        m_viaProxy = std::make_unique<ServerClient>(m_proxySecrets,
                                                    QStringLiteral("proxy/refresh"));
        m_viaProxy->setTransferTimeout(10000);
        QVERIFY(signIn(*m_viaProxy, m_proxy.baseUrl()));
    }

    void cleanupTestCase()
    {
        m_viaProxy.reset();
        m_client.reset();
        m_http.reset();
        m_server.stop();
        if (m_pg)
            m_pg->stop();
    }

    // Case 1. The server is down while the navigator records five contacts (one of them twice);
    // every push says so in plain words and keeps everything; with the server back (same
    // database), one retry sends them all, each once, in its latest version.
    void networkCutLosesNothing()
    {
        auto ws = workstation(*m_client);
        QVERIFY(ws);
        QVERIFY(serverContactCounts().isEmpty());
        QVERIFY(m_server.stop());

        QList<Core::Contact> saved;
        for (int n = 1; n <= 5; ++n) {
            auto r = await(ws->contacts->save(newContact(n)));
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            saved.append(*r);
        }
        // The first one is corrected while still offline: its waiting item is replaced.
        Core::Contact corrected = saved.first();
        corrected.notes = QStringLiteral("outbox test contact 1, corrected");
        auto again = await(ws->contacts->save(corrected));
        QVERIFY(again);
        QCOMPARE(again->uuid, saved.first().uuid);
        QCOMPARE(outbox(*ws->db).size(), 5);

        Run run = runUntilOutcome(*ws->push, [&] { ws->push->pushNow(); });
        QVERIFY(run.finished);
        QCOMPARE(run.sent, 0);
        qInfo("server down: %s", qPrintable(run.error));
        QVERIFY2(isPlainWords(run.error), qPrintable(run.error));
        QVERIFY2(run.error.contains(QLatin1String("cannot be reached")), qPrintable(run.error));
        QCOMPARE(ws->push->state(), OutboxPush::State::Waiting);
        QCOMPARE(ws->push->lastError(), run.error);
        // A second try (the user's "Sync now") fails the same way.
        run = retry(*ws->push);
        QCOMPARE(run.sent, 0);
        QVERIFY2(isPlainWords(run.error), qPrintable(run.error));
        QList<OutboxItem> items = outbox(*ws->db);
        QCOMPARE(items.size(), 5);
        for (const OutboxItem &i : std::as_const(items)) {
            QCOMPARE(i.kind, QStringLiteral("contact"));
            QVERIFY(!i.held);
        }
        QCOMPARE(items.first().attempts, 2);
        QCOMPARE(items.first().lastStatus, 0);
        QCOMPARE(items.first().lastError, run.error);
        QTRY_COMPARE(ws->push->summary().pending, 5);
        QCOMPARE(ws->push->summary().held, 0);

        // The server comes back with the same database.
        QVERIFY(restartServer());
        QSignalSpy sent(ws->push.get(), &OutboxPush::itemSent);
        run = retry(*ws->push);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 5);
        QCOMPARE(sent.count(), 5);
        QVERIFY(outbox(*ws->db).isEmpty());
        QCOMPARE(ws->push->state(), OutboxPush::State::Idle);
        QTRY_COMPARE(ws->push->summary().pending, 0);

        // The server has exactly these five, once each, as last saved.
        const QHash<QString, int> counts = serverContactCounts();
        QCOMPARE(counts.size(), 5);
        for (int n = 0; n < 5; ++n) {
            const QString uuid = saved.at(n).uuid.toLower();
            QCOMPARE(counts.value(uuid), 1);
            const Http::Reply r = serverContact(uuid);
            QVERIFY2(r.status == 200, r.describe().constData());
            const QJsonObject stored = r.object();
            QCOMPARE(stored.value(QStringLiteral("owner_id")).toString(), m_nav.userId);
            QCOMPARE(stored.value(QStringLiteral("revision")).toInt(), n == 0 ? 2 : 1);
            QCOMPARE(stored.value(QStringLiteral("contact"))
                         .toObject()
                         .value(QStringLiteral("notes"))
                         .toString(),
                     n == 0 ? corrected.notes : saved.at(n).notes);
        }
    }

    // Case 1b. The navigator's state changes while the server is down (a call, its wrap-up,
    // back to available): each change waits in the outbox with its own time, and reaches the
    // server once, in order, when it is back; the lead's board then shows the last one since
    // when it began. A replay of a change is the same change.
    void agentStateChangesArriveOnceInOrderAfterACut()
    {
        auto ws = workstation(*m_client);
        QVERIFY(ws);
        Sync::SyncEngine engine(*m_client, *ws->db, m_clock);
        engine.setPushPoll(500);
        QVERIFY(m_server.stop());
        const auto agentItems = [&] {
            QList<OutboxItem> found;
            for (const OutboxItem &i : outbox(*ws->db))
                if (i.kind == QLatin1String("agent-status"))
                    found << i;
            return found;
        };
        QList<qint64> times;
        times << m_clock.now().toMSecsSinceEpoch();
        engine.start(); // the session begins: available
        const QList<Core::AgentState> states{Core::AgentState::OnCall, Core::AgentState::WrapUp,
                                             Core::AgentState::Available};
        for (Core::AgentState state : states) {
            m_clock.advance(90);
            times << m_clock.now().toMSecsSinceEpoch();
            engine.setAgentState(state);
        }
        QTRY_COMPARE(agentItems().size(), 4);
        const QList<OutboxItem> waiting = agentItems();

        QVERIFY(restartServer());
        engine.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(agentItems().isEmpty(), 20000);

        const auto history = [&] {
            const Http::Reply r = m_http->get(QStringLiteral("/api/v1/agent-status/changes?user=")
                                                  + m_nav.userId,
                                              m_lead.token);
            if (r.status != 200)
                qWarning("history: %s", r.describe().constData());
            return r.object().value(QStringLiteral("items")).toArray();
        };
        QJsonArray h = history();
        QStringList got;
        QList<qint64> at;
        for (const QJsonValue &v : std::as_const(h)) {
            got << v.toObject().value(QStringLiteral("state")).toString();
            at << v.toObject().value(QStringLiteral("at")).toInteger();
        }
        QCOMPARE(got, (QStringList{QStringLiteral("available"), QStringLiteral("on-call"),
                                   QStringLiteral("wrap-up"), QStringLiteral("available")}));
        QCOMPARE(at, times);

        // the same item sent once more (an answer lost on the way): nothing new
        const OutboxItem &again = waiting.at(1);
        const Http::Reply replay = m_http->put(again.path, QJsonDocument::fromJson(again.body).object(),
                                               m_nav.token);
        QVERIFY2(replay.status == 200, replay.describe().constData());
        QCOMPARE(history().size(), 4);

        // the board: available, since the last change (not since the server came back)
        const Http::Reply board = m_http->get(QStringLiteral("/api/v1/agent-status"), m_lead.token);
        QJsonObject mine;
        for (const QJsonValue &v : board.object().value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("user_id")).toString() == m_nav.userId)
                mine = v.toObject();
        QCOMPARE(mine.value(QStringLiteral("reported_state")).toString(), QStringLiteral("available"));
        QCOMPARE(mine.value(QStringLiteral("since")).toInteger(), times.last());
    }

    // Case 2a. The server stores a contact but its answer is lost on the way back; the retry
    // is a replay the server recognises (nothing rewritten). Sending the very same item once
    // more changes nothing either; the same revision with other content (a profile restored
    // from a backup) catches up with the server's revision instead of being lost.
    void lostAnswerIsReplayedNotDuplicated()
    {
        auto ws = workstation(*m_viaProxy);
        QVERIFY(ws);
        const QHash<QString, int> before = serverContactCounts();
        auto saved = await(ws->contacts->save(newContact(20)));
        QVERIFY(saved);
        const QString uuid = saved->uuid.toLower();
        const OutboxItem item = outbox(*ws->db).value(0);
        QCOMPARE(item.recordKey, uuid);

        m_proxy.resetCounters();
        m_proxy.setMode(FaultProxy::Mode::DropAnswer);
        Run run = runUntilOutcome(*ws->push, [&] { ws->push->pushNow(); });
        QCOMPARE(run.sent, 0);
        QVERIFY2(isPlainWords(run.error), qPrintable(run.error));
        QVERIFY(m_proxy.dropped >= 1);
        QCOMPARE(outbox(*ws->db).size(), 1);
        // The server did store it.
        Http::Reply r = serverContact(uuid);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);
        const qint64 storedAt = qint64(r.object().value(QStringLiteral("updated_at")).toDouble());

        m_proxy.setMode(FaultProxy::Mode::Forward);
        run = retry(*ws->push);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 1);
        QVERIFY(outbox(*ws->db).isEmpty());
        qInfo("lost answer: %d request(s) reached the server", m_proxy.forwarded);

        // Exactly once more, the same item.
        QVERIFY(putItem(*ws->db, item, m_clock.now()));
        run = retry(*ws->push);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 1);
        QVERIFY(outbox(*ws->db).isEmpty());

        r = serverContact(uuid);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(qint64(r.object().value(QStringLiteral("updated_at")).toDouble()),
                 storedAt); // replays rewrite nothing
        QHash<QString, int> after = serverContactCounts();
        QCOMPARE(after.value(uuid), 1);
        QCOMPARE(after.size(), before.size() + 1);

        // Revision 1 again, but other content: the server says 409 with its revision, the push
        // sends it as revision 2.
        OutboxItem restored = item;
        QJsonObject body = QJsonDocument::fromJson(item.body).object();
        QJsonObject doc = body.value(QStringLiteral("contact")).toObject();
        doc.insert(QStringLiteral("notes"),
                   QStringLiteral("outbox test contact 20, from a restored profile"));
        body.insert(QStringLiteral("contact"), doc);
        restored.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QVERIFY(putItem(*ws->db, restored, m_clock.now()));
        run = retry(*ws->push);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 1);
        r = serverContact(uuid);
        QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(r.object()
                     .value(QStringLiteral("contact"))
                     .toObject()
                     .value(QStringLiteral("notes"))
                     .toString(),
                 doc.value(QStringLiteral("notes")).toString());
        after = serverContactCounts();
        QCOMPARE(after.value(uuid), 1);
        QCOMPARE(after.size(), before.size() + 1);
    }

    // Case 2b. The server is SIGKILLed right after it answered the first record of a closed
    // contact (contact, follow-up, survey); the answer never arrives. After the restart the
    // outbox sends all three: the contact as a replay, the others once.
    void serverKilledAfterAnsweringLosesNothing()
    {
        auto ws = workstation(*m_viaProxy);
        QVERIFY(ws);
        const QHash<QString, int> before = serverContactCounts();
        auto closed = await(ws->contacts->close(closingContact(30)));
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().message));
        const QString uuid = closed->uuid.toLower();
        const QString followUp = followUpKey(outbox(*ws->db));
        QVERIFY(!followUp.isEmpty());
        QCOMPARE(outbox(*ws->db).size(), 3);

        m_proxy.resetCounters();
        m_proxy.setMode(FaultProxy::Mode::DropAnswer);
        m_proxy.afterNextDrop([this] {
            m_server.kill9();
            m_proxy.setMode(FaultProxy::Mode::Forward);
        });
        Run run = runUntilOutcome(*ws->push, [&] { ws->push->pushNow(); });
        QCOMPARE(run.sent, 0);
        QVERIFY2(isPlainWords(run.error), qPrintable(run.error));
        QCOMPARE(m_proxy.dropped, 1);
        QVERIFY(!m_server.isRunning());
        QCOMPARE(outbox(*ws->db).size(), 3);

        QVERIFY(restartServer());
        // What the server made durable before it died.
        Http::Reply r = serverContact(uuid);
        QVERIFY2(r.status == 200, r.describe().constData());
        const qint64 storedAt = qint64(r.object().value(QStringLiteral("updated_at")).toDouble());
        QCOMPARE(serverFollowUp(followUp).status, 404);

        run = retry(*ws->push);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 3);
        QVERIFY(outbox(*ws->db).isEmpty());
        r = serverContact(uuid);
        QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(qint64(r.object().value(QStringLiteral("updated_at")).toDouble()), storedAt);
        const QHash<QString, int> after = serverContactCounts();
        QCOMPARE(after.value(uuid), 1);
        QCOMPARE(after.size(), before.size() + 1);
        r = serverFollowUp(followUp);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.header("etag"), QByteArray("\"1\""));
        QCOMPARE(r.object().value(QStringLiteral("contact_id")).toString(), uuid);
        QCOMPARE(keptRevision(*ws->db, QStringLiteral("followup"), followUp), 1);
        int copies = 0;
        for (const QJsonObject &f :
             listAll(QStringLiteral("/api/v1/followups"), m_lead.token, QStringLiteral("team")))
            copies += f.value(QStringLiteral("id")).toString() == followUp ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    // Case 3. A 500, bytes that are not HTTP, and a 200 that is an HTML page (a captive
    // portal): each time the item waits with a longer backoff, is never held nor taken as sent,
    // and the user reads plain words. Then the server gets it, once.
    void serverTroubleWaitsAndRetries()
    {
        auto ws = workstation(*m_viaProxy);
        QVERIFY(ws);
        auto saved = await(ws->contacts->save(newContact(40)));
        QVERIFY(saved);
        const QString uuid = saved->uuid.toLower();
        m_proxy.resetCounters();

        struct Step
        {
            FaultProxy::Mode mode;
            const char *name;
            int status;
        };
        const QList<Step> steps{{FaultProxy::Mode::Error500, "500", 500},
                                {FaultProxy::Mode::Garbage, "not HTTP", 0},
                                {FaultProxy::Mode::HtmlOk, "HTML 200", 200}};
        int attempts = 0;
        for (const Step &step : steps) {
            m_proxy.setMode(step.mode);
            const Run run = retry(*ws->push);
            ++attempts;
            qInfo("%s: %s", step.name, qPrintable(run.error));
            QCOMPARE(run.sent, 0);
            QVERIFY2(isPlainWords(run.error), qPrintable(run.error));
            QCOMPARE(ws->push->state(), OutboxPush::State::Waiting);
            const QList<OutboxItem> items = outbox(*ws->db);
            QCOMPARE(items.size(), 1);
            QVERIFY2(!items.first().held, step.name);
            QCOMPARE(items.first().attempts, attempts);
            QCOMPARE(items.first().lastStatus, step.status);
            // Backoff 2 s, 4 s, 8 s (jitter fixed at its top).
            QCOMPARE(items.first().nextAttemptAt, m_clock.now().addSecs(qint64(1) << attempts));
        }
        QVERIFY(m_proxy.received >= steps.size()); // each answered by the proxy itself
        QCOMPARE(m_proxy.forwarded, 0);
        QCOMPARE(serverContact(uuid).status, 404);

        m_proxy.setMode(FaultProxy::Mode::Forward);
        const Run run = retry(*ws->push);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 1);
        QCOMPARE(m_proxy.forwarded, 1);
        QVERIFY(outbox(*ws->db).isEmpty());
        const Http::Reply r = serverContact(uuid);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(serverContactCounts().value(uuid), 1);
    }

    // Case 3b. The real deployment: nginx in front of a server that is down answers 503 with
    // Retry-After: 5. The item waits those 5 s (not the 2 s of its own backoff), then goes.
    void nginxUnavailableHonoursRetryAfter()
    {
        if (!QFileInfo(NginxProxy::binary()).isExecutable())
            QSKIP("nginx is not installed");
        NginxProxy nginx;
        QString error;
        QVERIFY2(nginx.start(m_server.port(), &error), qPrintable(error));
        FakeSecretStore secrets;
        ServerClient client(secrets, QStringLiteral("nginx/refresh"));
        client.setTransferTimeout(10000);
        QVERIFY(signIn(client, nginx.baseUrl()));
        auto ws = workstation(client);
        QVERIFY(ws);
        auto saved = await(ws->contacts->save(newContact(50)));
        QVERIFY(saved);
        const QString uuid = saved->uuid.toLower();

        QVERIFY(m_server.stop());
        Run run = runUntilOutcome(*ws->push, [&] { ws->push->pushNow(); });
        qInfo("behind nginx, server down: %s", qPrintable(run.error));
        QCOMPARE(run.sent, 0);
        QVERIFY2(isPlainWords(run.error), qPrintable(run.error));
        QVERIFY2(run.error.contains(QLatin1String("temporarily unavailable")),
                 qPrintable(run.error));
        OutboxItem item = outbox(*ws->db).value(0);
        QCOMPARE(item.lastStatus, 503);
        QVERIFY(!item.held);
        QCOMPARE(item.nextAttemptAt, m_clock.now().addSecs(5));

        // Not due yet: a push sends nothing (nginx sees no request).
        QVERIFY(restartServer());
        const qsizetype logged = nginx.accessLog().count('\n');
        QSignalSpy finished(ws->push.get(), &OutboxPush::runFinished);
        ws->push->pushNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 0);
        QCOMPARE(nginx.accessLog().count('\n'), logged);
        QCOMPARE(outbox(*ws->db).size(), 1);

        m_clock.advance(5);
        run = runUntilOutcome(*ws->push, [&] { ws->push->pushNow(); });
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 1);
        QVERIFY(outbox(*ws->db).isEmpty());
        const Http::Reply r = serverContact(uuid);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(serverContactCounts().value(uuid), 1);
        ws.reset();
        nginx.stop();
    }

    // Case 4. The team lead moves the navigator's follow-up to the team queue (with a comment)
    // while the navigator, unaware, records that the person was reached. The push gets 409,
    // merges and sends again: the server keeps the lead's assignment and comment and the
    // navigator's outcome and attempt; the navigator is told what the lead changed.
    void followUpConflictWithTeamLeadKeepsBoth()
    {
        auto ws = workstation(*m_client);
        QVERIFY(ws);
        qint64 followUpId = 0;
        const QString key = closeAndSend(*ws, 60, &followUpId);
        QVERIFY(!key.isEmpty());
        QVERIFY(followUpId > 0);
        QCOMPARE(keptRevision(*ws->db, QStringLiteral("followup"), key), 1);
        Http::Reply r = serverFollowUp(key);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.object().value(QStringLiteral("assigned_to")).toString(), m_nav.userId);

        r = leadReassigns(key, QJsonValue::Null);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.header("etag"), QByteArray("\"2\""));

        m_clock.advance(3600);
        auto outcome = await(ws->contacts->recordOutcome(followUpId, reached()));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->status, Core::FollowUpStatus::Done);
        QCOMPARE(outbox(*ws->db).size(), 1);
        const QJsonObject myAttempt = QJsonDocument::fromJson(outbox(*ws->db).first().body)
                                          .object()
                                          .value(QStringLiteral("followup"))
                                          .toObject()
                                          .value(QStringLiteral("attempts"))
                                          .toArray()
                                          .at(0)
                                          .toObject();
        QCOMPARE(myAttempt.value(QStringLiteral("reach")).toString(), QStringLiteral("reached"));

        QSignalSpy merged(ws->push.get(), &OutboxPush::followUpMerged);
        QSignalSpy held(ws->push.get(), &OutboxPush::itemHeld);
        const Run run = runUntilOutcome(*ws->push, [&] { ws->push->pushNow(); });
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QCOMPARE(run.sent, 1);
        QCOMPARE(held.count(), 0);
        QVERIFY(outbox(*ws->db).isEmpty());
        QCOMPARE(merged.count(), 1);
        QCOMPARE(merged.first().at(0).toString(), key);
        const QString message = merged.first().at(1).toString();
        qInfo("merge: %s", qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("moved to the team queue")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("comment")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("reassigned to someone else")),
                 qPrintable(message));

        // The server's version: the lead's side and the navigator's side.
        r = serverFollowUp(key);
        QVERIFY2(r.status == 200, r.describe().constData());
        const QJsonObject stored = r.object();
        QCOMPARE(r.header("etag"), QByteArray("\"3\""));
        QCOMPARE(stored.value(QStringLiteral("revision")).toInt(), 3);
        QVERIFY(stored.value(QStringLiteral("assigned_to")).isNull());
        QCOMPARE(stored.value(QStringLiteral("comment")).toString(), kLeadComment);
        QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(stored.value(QStringLiteral("updated_by")).toString(), m_nav.userId);
        const QJsonObject doc = stored.value(QStringLiteral("followup")).toObject();
        QCOMPARE(doc.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        const QJsonArray attempts = doc.value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("reach")).toString(),
                 QStringLiteral("reached"));
        QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("at")).toString(),
                 myAttempt.value(QStringLiteral("at")).toString());
        QCOMPARE(keptRevision(*ws->db, QStringLiteral("followup"), key), 3);
        // Still one follow-up, now in the team queue, where the navigator sees it too.
        int inQueue = 0;
        for (const QJsonObject &f :
             listAll(QStringLiteral("/api/v1/followups"), m_nav.token, QStringLiteral("queue")))
            inQueue += f.value(QStringLiteral("id")).toString() == key ? 1 : 0;
        QCOMPARE(inQueue, 1);
    }

    // Case 4b. The same race, but the lead hands the follow-up to another navigator of the
    // team. The navigator's recorded attempt must still reach the server (merged: the other
    // navigator keeps the follow-up) and the navigator must be told it is no longer theirs.
    void followUpReassignedToAnotherNavigatorKeepsTheAttempt()
    {
        auto ws = workstation(*m_client);
        QVERIFY(ws);
        qint64 followUpId = 0;
        const QString key = closeAndSend(*ws, 70, &followUpId);
        QVERIFY(!key.isEmpty());
        Http::Reply r = leadReassigns(key, m_nav2.userId);
        QVERIFY2(r.status == 200, r.describe().constData());

        m_clock.advance(3600);
        Core::FollowUpOutcome noAnswer;
        noAnswer.reach = Core::FollowUpReach::NoAnswer;
        auto outcome = await(ws->contacts->recordOutcome(followUpId, noAnswer));
        QVERIFY(outcome);

        QSignalSpy merged(ws->push.get(), &OutboxPush::followUpMerged);
        QSignalSpy held(ws->push.get(), &OutboxPush::itemHeld);
        const Run run = runUntilOutcome(*ws->push, [&] { ws->push->pushNow(); });
        QVERIFY(run.finished);
        qInfo("reassigned elsewhere: %d sent, %d held, %lld merged", run.sent, run.held,
              qint64(merged.count()));
        for (const QList<QVariant> &h : std::as_const(held))
            qInfo("held: %s", qPrintable(h.at(2).toString()));

        // Whatever happens, the attempt is not lost: on the server, or kept in the outbox.
        const QList<OutboxItem> left = outbox(*ws->db);
        QVERIFY(run.sent == 1 || (left.size() == 1 && left.first().recordKey == key));

        // The server lets the navigator whose contact it is record the outcome (not take the
        // follow-up back): a 409 with the current version, merged, sent again.
        QCOMPARE(run.held, 0);
        QCOMPARE(merged.count(), 1);
        QVERIFY2(
            merged.first().at(1).toString().contains(QLatin1String("reassigned to someone else")),
            qPrintable(merged.first().at(1).toString()));
        QVERIFY(left.isEmpty());
        r = serverFollowUp(key);
        QVERIFY2(r.status == 200, r.describe().constData());
        QCOMPARE(r.object().value(QStringLiteral("assigned_to")).toString(), m_nav2.userId);
        const QJsonArray attempts = r.object()
                                        .value(QStringLiteral("followup"))
                                        .toObject()
                                        .value(QStringLiteral("attempts"))
                                        .toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("reach")).toString(),
                 QStringLiteral("no-answer"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        tst_OutboxServer sqlite(false);
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        tst_OutboxServer postgres(true);
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_outboxserver.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// ServerClient against a scripted HTTP peer: sign-in, where each token lives, refresh with
// rotation on 401 (once, shared by concurrent requests), the end of a session, and the plain
// words given for every kind of failure (server down, connection cut, timeout, 5xx, garbage).

#include "fakehttppeer.h"
#include "fakesecretstore.h"
#include "sync/serverclient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Nav;
using namespace Nav::Sync;
using namespace Nav::Test;

namespace {

const QString kSecret = QStringLiteral("profile-1/server-refresh-token");

QByteArray session(const QByteArray &access, const QByteArray &refresh)
{
    return "{\"access_token\":\"" + access + "\",\"token_type\":\"Bearer\",\"expires_in\":900,"
           "\"refresh_token\":\"" + refresh + "\",\"refresh_expires_in\":2592000,"
           "\"user\":{\"id\":\"u1\",\"username\":\"nav\",\"display_name\":\"N\","
           "\"role\":\"navigator\",\"cleared\":false,\"disabled\":false}}";
}

QByteArray refreshTokenOf(const PeerRequest &r)
{
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("refresh_token")).toString().toUtf8();
}

} // namespace

class tst_ServerClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHttpPeer> m_peer;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<ServerClient> m_client;
    QByteArray m_validAccess; // what the fake server accepts now
    int m_rotation = 0;

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_peer->port())); }

    // A server that knows one user and rotates tokens; /api/v1/ping needs m_validAccess.
    PeerResponse standard(const PeerRequest &r)
    {
        if (r.path == "/api/v1/auth/login") {
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            if (o.value(QStringLiteral("password")).toString() != QStringLiteral("right"))
                return PeerResponse::error(401, "bad-credentials", "The user name or the password is wrong.");
            m_validAccess = "a0";
            return PeerResponse::json(200, session("a0", "r0"));
        }
        if (r.path == "/api/v1/auth/refresh") {
            if (refreshTokenOf(r) != "r" + QByteArray::number(m_rotation))
                return PeerResponse::error(401, "invalid-refresh-token");
            ++m_rotation;
            m_validAccess = "a" + QByteArray::number(m_rotation);
            return PeerResponse::json(200, session(m_validAccess, "r" + QByteArray::number(m_rotation)));
        }
        if (r.path == "/api/v1/auth/logout")
            return PeerResponse::json(204, {});
        if (r.path.startsWith("/api/v1/ping")) {
            if (r.header("authorization") != "Bearer " + m_validAccess)
                return PeerResponse::error(401, "invalid-token");
            return PeerResponse::json(200, "{\"pong\":true,\"if_match\":\"" + r.header("if-match") + "\"}");
        }
        return PeerResponse::error(404, "not-found");
    }

    ApiReply call(const ApiRequest &req)
    {
        std::optional<ApiReply> got;
        m_client->send(req, this, [&got](const ApiReply &r) { got = r; });
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return got.has_value(); }, 20000);
        return got.value_or(ApiReply{});
    }

    ApiReply ping()
    {
        ApiRequest req;
        req.path = QStringLiteral("/api/v1/ping");
        return call(req);
    }

    bool signIn(const QString &password = QStringLiteral("right"))
    {
        QSignalSpy in(m_client.get(), &ServerClient::signedIn);
        QSignalSpy failed(m_client.get(), &ServerClient::signInFailed);
        m_client->signIn(base(), QStringLiteral("nav"), password);
        return QTest::qWaitFor([&] { return in.size() + failed.size() > 0; }, 20000) && in.size() == 1;
    }

private Q_SLOTS:
    void init()
    {
        m_peer = std::make_unique<FakeHttpPeer>();
        m_peer->handler = [this](const PeerRequest &r) { return standard(r); };
        m_secrets = std::make_unique<FakeSecretStore>();
        m_client = std::make_unique<ServerClient>(*m_secrets, kSecret);
        m_client->setTransferTimeout(5000);
        m_validAccess.clear();
        m_rotation = 0;
    }
    void cleanup()
    {
        m_client.reset();
        m_peer.reset();
    }

    void signInKeepsOnlyTheRefreshTokenInTheKeychain()
    {
        QSignalSpy states(m_client.get(), &ServerClient::stateChanged);
        QVERIFY(signIn());
        QVERIFY(m_client->isSignedIn());
        QCOMPARE(m_client->user().value(QStringLiteral("role")).toString(), QStringLiteral("navigator"));
        QTRY_COMPARE(m_secrets->entries.value(kSecret), QByteArray("r0"));
        QCOMPARE(m_secrets->entries.size(), 1); // the access token is not stored anywhere
        QCOMPARE(states.size(), 2);              // signing in, signed in
        const ApiReply r = ping();
        QVERIFY2(r.isSuccess(), qPrintable(r.message));
        QCOMPARE(m_peer->requests.last().header("authorization"), QByteArray("Bearer a0"));
    }

    void wrongPasswordSaysSo()
    {
        QSignalSpy failed(m_client.get(), &ServerClient::signInFailed);
        QVERIFY(!signIn(QStringLiteral("wrong")));
        QCOMPARE(failed.size(), 1);
        const ApiReply r = failed.first().first().value<ApiReply>();
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode, QStringLiteral("bad-credentials"));
        QCOMPARE(r.message, ServerClient::tr("The user name or the password is wrong."));
        QVERIFY(!r.isTransient());
        QCOMPARE(m_client->state(), ServerClient::State::SignedOut);
        QVERIFY(m_secrets->entries.isEmpty());
    }

    void lockedAccountGivesTheWait()
    {
        m_peer->handler = [](const PeerRequest &) {
            return PeerResponse::json(429, "{\"error\":{\"code\":\"locked\",\"message\":\"x\"}}",
                                      {{"Retry-After", "30"}});
        };
        QSignalSpy failed(m_client.get(), &ServerClient::signInFailed);
        QVERIFY(!signIn());
        const ApiReply r = failed.first().first().value<ApiReply>();
        QCOMPARE(r.retryAfterSeconds, 30);
        QVERIFY2(r.message.contains(QLatin1String("30")), qPrintable(r.message));
    }

    void expiredAccessTokenIsRefreshedOnceAndRetried()
    {
        QVERIFY(signIn());
        m_validAccess = "something-else"; // the server no longer takes a0
        // The next refresh (r0 -> r1) makes a1 valid again.
        const ApiReply r = ping();
        QVERIFY2(r.isSuccess(), qPrintable(r.message));
        QCOMPARE(m_peer->count("/api/v1/auth/refresh"), 1);
        QCOMPARE(m_peer->count("/api/v1/ping"), 2);
        QCOMPARE(m_peer->requests.last().header("authorization"), QByteArray("Bearer a1"));
        QTRY_COMPARE(m_secrets->entries.value(kSecret), QByteArray("r1")); // rotated
    }

    void concurrentRequestsShareOneRefresh()
    {
        QVERIFY(signIn());
        m_validAccess = "stale";
        int done = 0;
        int ok = 0;
        for (int i = 0; i < 4; ++i) {
            ApiRequest req;
            req.path = QStringLiteral("/api/v1/ping?n=%1").arg(i);
            m_client->send(req, this, [&](const ApiReply &r) {
                ++done;
                ok += r.isSuccess() ? 1 : 0;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 4, 20000);
        QCOMPARE(ok, 4);
        // Two refreshes would have spent r0 twice and revoked the whole family.
        QCOMPARE(m_peer->count("/api/v1/auth/refresh"), 1);
    }

    void refusedRefreshEndsTheSession()
    {
        QVERIFY(signIn());
        m_validAccess = "stale";
        m_rotation = 7; // r0 is no longer accepted
        QSignalSpy expired(m_client.get(), &ServerClient::sessionExpired);
        const ApiReply r = ping();
        QCOMPARE(r.failure, ApiReply::Failure::NotSignedIn);
        QCOMPARE(r.message, ServerClient::tr("Your session has ended. Sign in again."));
        QCOMPARE(expired.size(), 1);
        QCOMPARE(m_client->state(), ServerClient::State::SignedOut);
        QTRY_VERIFY(m_secrets->entries.isEmpty());
        // And later requests fail at once, without a network round trip.
        const int before = int(m_peer->requests.size());
        QCOMPARE(ping().failure, ApiReply::Failure::NotSignedIn);
        QCOMPARE(int(m_peer->requests.size()), before);
    }

    void resumeUsesTheKeychain()
    {
        m_secrets->entries.insert(kSecret, "r0");
        QSignalSpy in(m_client.get(), &ServerClient::signedIn);
        m_client->resume(base());
        QTRY_COMPARE(in.size(), 1);
        QVERIFY(m_client->isSignedIn());
        QTRY_COMPARE(m_secrets->entries.value(kSecret), QByteArray("r1"));
        QVERIFY(ping().isSuccess());
    }

    void resumeWithoutSavedSession()
    {
        QSignalSpy failed(m_client.get(), &ServerClient::signInFailed);
        m_client->resume(base());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ApiReply>().failure, ApiReply::Failure::NotSignedIn);
        QCOMPARE(m_peer->requests.size(), 0);
    }

    void signOutForgetsEverything()
    {
        QVERIFY(signIn());
        QTRY_VERIFY(!m_secrets->entries.isEmpty());
        m_client->signOut();
        QTRY_COMPARE(m_peer->count("/api/v1/auth/logout"), 1);
        QCOMPARE(refreshTokenOf(m_peer->requests.last()), QByteArray("r0"));
        QTRY_VERIFY(m_secrets->entries.isEmpty());
        QCOMPARE(ping().failure, ApiReply::Failure::NotSignedIn);
    }

    void headersAndBodyAreSent()
    {
        QVERIFY(signIn());
        ApiRequest req;
        req.method = "PUT";
        req.path = QStringLiteral("/api/v1/ping");
        req.body = QJsonDocument(QJsonObject{{QStringLiteral("x"), 1}});
        req.headers = {{"If-Match", "rev-7"}};
        const ApiReply r = call(req);
        QVERIFY(r.isSuccess());
        QCOMPARE(r.object().value(QStringLiteral("if_match")).toString(), QStringLiteral("rev-7"));
        QCOMPARE(m_peer->requests.last().method, QByteArray("PUT"));
        QCOMPARE(m_peer->requests.last().header("content-type"), QByteArray("application/json"));
        QCOMPARE(m_peer->requests.last().body, QByteArray("{\"x\":1}"));
    }

    void failuresInPlainWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<QString>("words");
        const auto f = [](ApiReply::Failure x) { return int(x); };
        QTest::newRow("500") << "500" << 500 << f(ApiReply::Failure::ServerError) << true << "error 500";
        QTest::newRow("503") << "503" << 503 << f(ApiReply::Failure::ServerError) << true << "temporarily unavailable";
        QTest::newRow("500 garbage body") << "500-html" << 500 << f(ApiReply::Failure::ServerError) << true << "error 500";
        QTest::newRow("garbage 200") << "garbage" << 200 << f(ApiReply::Failure::BadResponse) << true << "does not understand";
        QTest::newRow("not http") << "not-http" << 0 << f(ApiReply::Failure::Network) << true << "cannot be reached";
        QTest::newRow("connection cut") << "close" << 0 << f(ApiReply::Failure::Network) << true << "cannot be reached";
        QTest::newRow("no answer") << "hang" << 0 << f(ApiReply::Failure::Timeout) << true << "did not answer in time";
        QTest::newRow("server down") << "down" << 0 << f(ApiReply::Failure::Network) << true << "cannot be reached";
        QTest::newRow("403") << "403" << 403 << f(ApiReply::Failure::Refused) << false << "not allowed";
        QTest::newRow("409") << "409" << 409 << f(ApiReply::Failure::Refused) << false << "error 409";
    }

    void failuresInPlainWords()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(int, failure);
        QFETCH(bool, transient);
        QFETCH(QString, words);
        QVERIFY(signIn());
        m_client->setTransferTimeout(400);
        m_peer->handler = [kind](const PeerRequest &) {
            if (kind == QLatin1String("500"))
                return PeerResponse::error(500, "internal");
            if (kind == QLatin1String("503"))
                return PeerResponse::json(503, "{\"error\":{\"code\":\"database-unavailable\",\"message\":\"x\"}}",
                                          {{"Retry-After", "5"}});
            if (kind == QLatin1String("500-html"))
                return PeerResponse::json(500, "<html>Internal Server Error</html>");
            if (kind == QLatin1String("garbage"))
                return PeerResponse::json(200, "<html>captive portal</html>");
            if (kind == QLatin1String("not-http"))
                return PeerResponse::raw("SSH-2.0-OpenSSH_9.2\r\n");
            if (kind == QLatin1String("close"))
                return PeerResponse::close();
            if (kind == QLatin1String("hang"))
                return PeerResponse::hang();
            if (kind == QLatin1String("403"))
                return PeerResponse::error(403, "forbidden");
            return PeerResponse::error(409, "conflict");
        };
        if (kind == QLatin1String("down"))
            m_peer.reset(); // nobody listens on that port any more
        const ApiReply r = ping();
        QCOMPARE(r.status, status);
        QCOMPARE(int(r.failure), failure);
        QCOMPARE(r.isTransient(), transient);
        QVERIFY2(r.message.contains(words), qPrintable(r.message));
        QVERIFY(!r.toError().message.isEmpty());
        if (kind == QLatin1String("503"))
            QCOMPARE(r.retryAfterSeconds, 5);
    }

    void replyIsDroppedWhenItsContextIsGone()
    {
        QVERIFY(signIn());
        bool called = false;
        {
            QObject context;
            ApiRequest req;
            req.path = QStringLiteral("/api/v1/ping");
            m_client->send(req, &context, [&called](const ApiReply &) { called = true; });
        }
        QTRY_COMPARE(m_peer->count("/api/v1/ping"), 1);
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void notSignedInFailsWithoutTheNetwork()
    {
        const ApiReply r = ping();
        QCOMPARE(r.failure, ApiReply::Failure::NotSignedIn);
        QCOMPARE(r.status, 0);
        QCOMPARE(m_peer->requests.size(), 0);
    }

    void invalidAddressIsRefused()
    {
        QSignalSpy failed(m_client.get(), &ServerClient::signInFailed);
        m_client->signIn(QUrl(QStringLiteral("ftp://x")), QStringLiteral("nav"), QStringLiteral("right"));
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().first().value<ApiReply>().message.contains(QLatin1String("not valid")));
    }

    void pinRejectsAPlainMismatch()
    {
        // Only the setter can be checked without TLS here: a pin is 32 bytes or 64 hex digits.
        m_client->setPinnedCertificate(QByteArray(64, 'a'));
        QCOMPARE(m_client->pinnedCertificate().size(), 32);
        m_client->setPinnedCertificate("AB:CD");
        QVERIFY(m_client->pinnedCertificate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ServerClient)
#include "tst_serverclient.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The server's building blocks in-process: tokens, password hashes, database URLs, JSON
// limits, routing, gzip, and accounts (lock-out, refresh rotation) on SQLite.

#include "core/accounts.h"
#include "core/dbconfig.h"
#include "core/gzip.h"
#include "core/migrations.h"
#include "core/passwordhash.h"
#include "core/tokens.h"
#include "http/request.h"
#include "http/router.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav::Server;

class TestServerCore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensVerifyAndRejectTampering()
    {
        const QByteArray key(32, 'k');
        const QString t = Tokens::issueAccess(key, {QStringLiteral("u1"), 3, 1000, 2000});
        const auto c = Tokens::verifyAccess(key, t, 1500);
        QVERIFY(c);
        QCOMPARE(c->userId, QStringLiteral("u1"));
        QCOMPARE(c->tokenVersion, 3);
        QVERIFY(!Tokens::verifyAccess(key, t, 2000));                 // expired
        QVERIFY(!Tokens::verifyAccess(QByteArray(32, 'x'), t, 1500)); // other key
        QString forged = t;
        forged[10] = forged[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QVERIFY(!Tokens::verifyAccess(key, forged, 1500));
        QVERIFY(!Tokens::verifyAccess(key, QStringLiteral("nav1.garbage"), 1500));
        QVERIFY(!Tokens::verifyAccess(key, QString(), 1500));
        const QString r1 = Tokens::newRefreshToken();
        QVERIFY(r1.size() >= 40);
        QVERIFY(r1 != Tokens::newRefreshToken());
        QCOMPARE(Tokens::refreshHash(r1), Tokens::refreshHash(r1));
    }

    void passwordHashes()
    {
        const QString h = PasswordHash::hash(QStringLiteral("correct horse battery"));
        QVERIFY(h.startsWith(QLatin1String("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(PasswordHash::verify(QStringLiteral("correct horse battery"), h));
        QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse batterY"), h));
        QVERIFY(h != PasswordHash::hash(QStringLiteral("correct horse battery"))); // salted
        QVERIFY(!PasswordHash::needsRehash(h));
        QVERIFY(PasswordHash::needsRehash(PasswordHash::hash(QStringLiteral("x"), {1024, 1, 1})));
        QVERIFY(!PasswordHash::weakness(QStringLiteral("short")).isEmpty());
        QVERIFY(PasswordHash::weakness(QStringLiteral("mot de passe très long")).isEmpty());
    }

    void databaseUrls()
    {
        auto s = DbConfig::parse(QStringLiteral("sqlite:/tmp/x.db"));
        QVERIFY(s);
        QCOMPARE(s->dialect, Dialect::Sqlite);
        QCOMPARE(s->path, QStringLiteral("/tmp/x.db"));
        auto p = DbConfig::parse(QStringLiteral("postgresql://nav:secret@127.0.0.1:5544/navdb"));
        QVERIFY(p);
        QCOMPARE(p->dialect, Dialect::Postgres);
        QCOMPARE(p->port, 5544);
        QCOMPARE(p->database, QStringLiteral("navdb"));
        QVERIFY(!p->display().contains(QLatin1String("secret")));
        QVERIFY(!DbConfig::parse(QStringLiteral("mysql://x/y")));
        QVERIFY(!DbConfig::parse(QStringLiteral("postgresql://127.0.0.1")));
        QVERIFY(!DbConfig::parse(QStringLiteral("sqlite:")));
    }

    void jsonLimits()
    {
        QCOMPARE(jsonNestingDepth("{\"a\":[{\"b\":\"[[[[{{\"}]}"), 3);
        QCOMPARE(jsonNestingDepth(QByteArray(60, '[') + QByteArray(60, ']')), 60);
        Limits limits;
        Request r;
        r.headers = {{"Content-Type", "application/json"}};
        r.body = QByteArray(40, '[') + QByteArray(40, ']');
        auto deep = r.jsonObject(limits);
        QVERIFY(!deep);
        QCOMPARE(deep.error().code, QStringLiteral("json-too-deep"));
        r.body = "{\"contact\": {\"notes\": \"" + QByteArray(limits.maxStringLength + 1, 'x') + "\"}}";
        auto longText = r.jsonObject(limits);
        QVERIFY(!longText);
        QCOMPARE(longText.error().details.value(QStringLiteral("field")).toString(), QStringLiteral("contact.notes"));
        r.body = "{\"a\": ";
        auto broken = r.jsonObject(limits);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, QStringLiteral("malformed-json"));
        r.headers = {{"Content-Type", "text/plain"}};
        r.body = "{}";
        QCOMPARE(r.jsonObject(limits).error().status, 415);
    }

    void routing()
    {
        Router router;
        router.add("GET", QStringLiteral("/api/v1/contacts/{id}"), Auth::Required, [](const Request &, Context &) { return Response::noContent(); });
        router.add("PUT", QStringLiteral("/api/v1/contacts/{id}"), Auth::Required, [](const Request &, Context &) { return Response::noContent(); });
        auto m = router.match("GET", QStringLiteral("/api/v1/contacts/abc"));
        QVERIFY(m.handler);
        QCOMPARE(m.params.value(QStringLiteral("id")), QStringLiteral("abc"));
        QCOMPARE(m.pattern, QStringLiteral("/api/v1/contacts/{id}"));
        QVERIFY(router.match("HEAD", QStringLiteral("/api/v1/contacts/abc")).handler);
        auto wrong = router.match("DELETE", QStringLiteral("/api/v1/contacts/abc"));
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.allow, QByteArray("GET, PUT, HEAD"));
        QCOMPARE(router.match("GET", QStringLiteral("/api/v1/contacts")).status, 404);
    }

    void gzipRoundTrip()
    {
        QByteArray text;
        for (int i = 0; i < 5000; ++i)
            text += "Banque alimentaire de Montréal, service " + QByteArray::number(i) + '\n';
        const QByteArray z = gzipCompress(text);
        QVERIFY(z.startsWith("\x1f\x8b"));
        QVERIFY(z.size() < text.size() / 4);
        QByteArray back;
        QVERIFY(gzipDecompress(z, &back));
        QCOMPARE(back, text);
        QVERIFY(!gzipDecompress("not gzip at all", &back));
    }

    void accountsOnSqlite()
    {
        QTemporaryDir dir;
        auto config = DbConfig::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.db")));
        ServerDb db(*config);
        auto conn = db.connection();
        QVERIFY(conn);
        QVERIFY(Migrations::apply(*conn, Dialect::Sqlite));
        QCOMPARE(*Migrations::currentVersion(*conn), Migrations::latestVersion());
        QCOMPARE(*Migrations::apply(*conn, Dialect::Sqlite), Migrations::latestVersion()); // idempotent
        const QByteArray key = *signingKey(*conn);
        QCOMPARE(key.size(), 32);
        QCOMPARE(*signingKey(*conn), key); // created once

        qint64 now = 1'800'000'000'000;
        QVERIFY(Accounts::addTeam(*conn, QStringLiteral("Équipe Montréal"), now));
        QVERIFY(!Accounts::addTeam(*conn, QStringLiteral("Équipe Montréal"), now));
        auto u = Accounts::addUser(*conn, QStringLiteral("alice"), QString(), QStringLiteral("Équipe Montréal"),
                                   Role::Navigator, false, QStringLiteral("correct horse battery"), now);
        QVERIFY2(u, qPrintable(u ? QString() : u.error().message));
        QVERIFY(!Accounts::addUser(*conn, QStringLiteral("Bob Smith"), {}, QStringLiteral("Équipe Montréal"), Role::Navigator, false, QStringLiteral("correct horse battery"), now));
        QVERIFY(!Accounts::addUser(*conn, QStringLiteral("bob"), {}, QStringLiteral("nowhere"), Role::Navigator, false, QStringLiteral("correct horse battery"), now));

        // Five free failures, then a lock that grows; a locked account is not even checked.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(Accounts::login(*conn, key, QStringLiteral("alice"), QStringLiteral("wrong password"), now).error().status, 401);
        QCOMPARE(Accounts::login(*conn, key, QStringLiteral("alice"), QStringLiteral("wrong password"), now).error().status, 401);
        auto locked = Accounts::login(*conn, key, QStringLiteral("alice"), QStringLiteral("correct horse battery"), now + 1000);
        QVERIFY(!locked);
        QCOMPARE(locked.error().status, 429);
        QCOMPARE(locked.error().retryAfterSeconds, 29);
        now += 31'000;
        auto session = Accounts::login(*conn, key, QStringLiteral("alice"), QStringLiteral("correct horse battery"), now);
        QVERIFY(session);
        QVERIFY(Tokens::verifyAccess(key, session->accessToken, now / 1000));

        // Rotation, then replay of the spent token revokes the family.
        auto second = Accounts::refresh(*conn, key, session->refreshToken, now + 1000);
        QVERIFY(second);
        QVERIFY(second->refreshToken != session->refreshToken);
        QCOMPARE(Accounts::refresh(*conn, key, session->refreshToken, now + 2000).error().status, 401);
        QCOMPARE(Accounts::refresh(*conn, key, second->refreshToken, now + 3000).error().status, 401);

        // Unknown users take as long and say the same.
        QCOMPARE(Accounts::login(*conn, key, QStringLiteral("nobody"), QStringLiteral("whatever password"), now).error().code,
                 QStringLiteral("bad-credentials"));
        // Disabled accounts cannot sign in; refresh tokens die with them.
        auto third = Accounts::login(*conn, key, QStringLiteral("alice"), QStringLiteral("correct horse battery"), now);
        QVERIFY(third);
        QVERIFY(Accounts::setDisabled(*conn, u->id, true, now));
        QCOMPARE(Accounts::refresh(*conn, key, third->refreshToken, now + 1).error().status, 401);
        QCOMPARE(Accounts::login(*conn, key, QStringLiteral("alice"), QStringLiteral("correct horse battery"), now).error().code,
                 QStringLiteral("account-disabled"));
        db.closeConnection();
    }
};

QTEST_GUILESS_MAIN(TestServerCore)
#include "tst_servercore.moc"

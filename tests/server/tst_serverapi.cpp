// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Every endpoint of API v1 over HTTP against the real navigator-server binary, run twice: on a
// SQLite file and on a real PostgreSQL 15 cluster. Sign-in (lock-out, refresh rotation with
// replay detection, logout, logout everywhere), account administration, idempotent contact
// uploads and their validation, follow-ups with optimistic concurrency, surveys, flags, agent
// status, the directory changes feed (paging, tombstones, gzip), protocol errors, and the
// access log (one JSON line per request, no personal data).

#include "serverfixture.h"

#include "directory/demo/demodirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <zlib.h>

using namespace Nav::Test;

namespace {

const QString alpha = QStringLiteral("Alpha");
const QString bravo = QStringLiteral("Bravo");
// Distinctive strings: none of them may ever reach a log.
const QString adminName = QStringLiteral("root.admin.qx");
const QString adminPassword = QStringLiteral("admin-Secret-pw-1");
const QString nav1Name = QStringLiteral("nav.one.qx");
const QString nav2Name = QStringLiteral("nav.two.qx");
const QString leadName = QStringLiteral("lead.one.qx");
const QString notesMarker = QStringLiteral("NOTES-private-7f3a9c");
const QString callerPhone = QStringLiteral("+15145550199");

QString passwordOf(const QString &user)
{
    return QStringLiteral("pw-%1-Secret-123").arg(user);
}

QString contactPath(const QString &id)
{
    return QStringLiteral("/api/v1/contacts/") + id;
}

QString followUpPath(const QString &id)
{
    return QStringLiteral("/api/v1/followups/") + id;
}

QJsonObject contactDoc(const QString &notes)
{
    return {{QStringLiteral("channel"), QStringLiteral("call")},
            {QStringLiteral("direction"), QStringLiteral("inbound")},
            {QStringLiteral("start"), QStringLiteral("2024-03-01T10:15:00-05:00")},
            {QStringLiteral("talkSeconds"), 240},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("inquirer"), QJsonObject{{QStringLiteral("phone"), callerPhone},
                                                     {QStringLiteral("gender"), QStringLiteral("woman")}}},
            {QStringLiteral("needs"), QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("housing")},
                                                              {QStringLiteral("text"), notes}}}}};
}

QJsonObject contactBody(int revision, const QString &notes)
{
    return {{QStringLiteral("revision"), revision}, {QStringLiteral("contact"), contactDoc(notes)}};
}

QJsonObject followUpDoc(const QString &status, const QString &reason)
{
    return {{QStringLiteral("status"), status},
            {QStringLiteral("method"), QStringLiteral("phone")},
            {QStringLiteral("consent"), true},
            {QStringLiteral("due"), QStringLiteral("2030-01-15")},
            {QStringLiteral("reason"), reason}};
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &v : items)
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

QJsonArray itemsOf(const Http::Reply &r)
{
    return r.object().value(QStringLiteral("items")).toArray();
}

bool gunzip(const QByteArray &in, QByteArray *out)
{
    z_stream s{};
    if (inflateInit2(&s, 15 + 16) != Z_OK)
        return false;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    s.avail_in = uInt(in.size());
    char buf[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        s.next_out = reinterpret_cast<Bytef *>(buf);
        s.avail_out = sizeof buf;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out->append(buf, qsizetype(sizeof buf - s.avail_out));
    }
    inflateEnd(&s);
    return rc == Z_STREAM_END && s.avail_in == 0;
}

// A raw HTTP/1.1 response split up.
struct RawResponse
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

RawResponse parseRaw(const RawHttp::Reply &r)
{
    RawResponse out;
    out.status = r.status();
    const qsizetype end = r.data.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = r.data.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            out.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    out.body = r.body();
    return out;
}

} // namespace

class tst_ServerApi : public QObject
{
    Q_OBJECT
public:
    explicit tst_ServerApi(DbMode mode)
        : m_f(mode)
    {
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void login();
    void lockOut();
    void refreshRotation();
    void logout();
    void logoutEverywhere();
    void me();
    void adminTeams();
    void adminUsers();
    void disableRejectsTokenAtOnce();
    void passwordChange();
    void contactIdempotency();
    void contactValidation_data();
    void contactValidation();
    void contactList();
    void followUps();
    void surveys();
    void flags();
    void agentStatus();
    void agentStatusChangesAreKeptOnceInOrder();
    void directoryFeed();
    void badParameters_data();
    void badParameters();
    void gzip();
    void protocolErrors_data();
    void protocolErrors();
    void accessLog(); // last: checks every request made above

private:
    QString addUser(const QString &name, const QString &team, const QString &role, bool cleared = false);
    Session signIn(const QString &name);
    RawHttp::Reply rawGet(const QString &path, const QString &token, bool gzip);

    ServerFixture m_f;
    QString m_admin;
    QHash<QString, QString> m_ids;    // user name → id
    QHash<QString, QString> m_tokens; // user name → access token
    QStringList m_secrets;            // must not appear in any log
    QString m_contactId;              // nav1's contact, made by contactIdempotency
};

QString tst_ServerApi::addUser(const QString &name, const QString &team, const QString &role, bool cleared)
{
    QJsonObject body{{QStringLiteral("username"), name}, {QStringLiteral("password"), passwordOf(name)},
                     {QStringLiteral("role"), role}, {QStringLiteral("cleared"), cleared},
                     {QStringLiteral("display_name"), QString(QStringLiteral("Display ") + name)}};
    if (!team.isEmpty())
        body.insert(QStringLiteral("team"), team);
    const Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/users"), body, m_admin);
    if (r.status != 201) {
        qWarning("creating %s: %s", qPrintable(name), r.describe().constData());
        return {};
    }
    m_secrets << name << passwordOf(name);
    const QString id = r.object().value(QStringLiteral("id")).toString();
    m_ids.insert(name, id);
    return id;
}

Session tst_ServerApi::signIn(const QString &name)
{
    Session s = m_f.login(name, passwordOf(name));
    if (s.status == 200) {
        m_tokens.insert(name, s.access);
        m_ids.insert(name, s.userId);
    }
    return s;
}

RawHttp::Reply tst_ServerApi::rawGet(const QString &path, const QString &token, bool gzip)
{
    QByteArray request = "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        request += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (gzip)
        request += "Accept-Encoding: gzip\r\n";
    request += "Connection: close\r\n\r\n";
    m_f.countRequest();
    return RawHttp::exchange(m_f.server().port(), request, 15000, true);
}

void tst_ServerApi::initTestCase()
{
    qInfo("database: %s", m_f.modeName());
    if (!QFileInfo(ServerProcess::binary()).isExecutable())
        QFAIL(qPrintable(QStringLiteral("navigator-server is not built at ") + ServerProcess::binary()));
    QString error;
    QVERIFY2(m_f.prepare(&error), qPrintable(error));

    QByteArray out;
    QByteArray err;
    // The directory first, with the command line, as an administrator would.
    QCOMPARE(m_f.admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                        QStringLiteral("300")}, {}, &out, &err), 0);
    QVERIFY2(out.contains("300 added"), out.constData());
    QCOMPARE(m_f.admin({QStringLiteral("user"), QStringLiteral("add"), adminName, QStringLiteral("--role"),
                        QStringLiteral("administrator")}, adminPassword.toUtf8() + '\n', &out, &err), 0);
    m_secrets << adminName << adminPassword << notesMarker << callerPhone;

    QVERIFY2(m_f.startServer({QStringLiteral("--access-log"), m_f.path(QStringLiteral("access.log")),
                              QStringLiteral("--workers"), QStringLiteral("2")}, &error),
             qPrintable(error));

    const Session a = m_f.login(adminName, adminPassword);
    QVERIFY2(a.status == 200, a.body.constData());
    m_admin = a.access;

    Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/teams"), {{QStringLiteral("name"), alpha}}, m_admin);
    QVERIFY2(r.status == 201, r.describe().constData());
    QVERIFY(!addUser(nav1Name, alpha, QStringLiteral("navigator")).isEmpty());
    QVERIFY(!addUser(nav2Name, alpha, QStringLiteral("navigator")).isEmpty());
    QVERIFY(!addUser(leadName, alpha, QStringLiteral("team-lead"), true).isEmpty());
    for (const QString &name : {nav1Name, nav2Name, leadName}) {
        const Session s = signIn(name);
        QVERIFY2(s.status == 200, s.body.constData());
    }
}

void tst_ServerApi::cleanupTestCase()
{
    if (!m_f.server().isRunning()) {
        m_f.stop();
        return;
    }
    const bool clean = m_f.server().stop();
    if (!clean)
        qWarning("server log:\n%s", m_f.server().log().constData());
    QVERIFY2(clean, "the server did not stop cleanly on SIGTERM");
    m_f.stop();
}

void tst_ServerApi::health()
{
    const Http::Reply r = m_f.http().get(QStringLiteral("/healthz"));
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QVERIFY(r.header("content-type").startsWith("application/json"));
}

void tst_ServerApi::login()
{
    Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/auth/login"),
                                    {{QStringLiteral("username"), nav1Name}, {QStringLiteral("password"), passwordOf(nav1Name)}});
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonObject o = r.object();
    QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!o.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    const int expiresIn = o.value(QStringLiteral("expires_in")).toInt();
    QVERIFY2(expiresIn > 0 && expiresIn <= 15 * 60, QByteArray::number(expiresIn).constData());
    QVERIFY(o.value(QStringLiteral("refresh_expires_in")).toInteger() > expiresIn);
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("username")).toString(), nav1Name);
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("navigator"));
    QCOMPARE(user.value(QStringLiteral("team")).toString(), alpha);
    QVERIFY2(!r.body.contains("argon2") && !r.body.contains("password"), r.body.constData());

    // Wrong password and unknown user look the same.
    r = m_f.http().post(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("username"), nav1Name}, {QStringLiteral("password"), QStringLiteral("not-the-password")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCodeOf(r), QStringLiteral("bad-credentials"));
    r = m_f.http().post(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("username"), QStringLiteral("nobody.here")}, {QStringLiteral("password"), QStringLiteral("whatever-long")}});
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCodeOf(r), QStringLiteral("bad-credentials"));
    // A missing field is a validation error naming it.
    r = m_f.http().post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("username"), nav1Name}});
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("password"));
    // The failure count starts over after a success.
    QCOMPARE(signIn(nav1Name).status, 200);
}

void tst_ServerApi::lockOut()
{
    const QString name = QStringLiteral("lock.me.qx");
    QVERIFY(!addUser(name, alpha, QStringLiteral("navigator")).isEmpty());
    for (int i = 1; i <= 5; ++i) {
        const Session s = m_f.login(name, QStringLiteral("wrong-password-%1").arg(i));
        QVERIFY2(s.status == 401, qPrintable(QStringLiteral("attempt %1: %2").arg(i).arg(QString::fromUtf8(s.body))));
    }
    // Locked: even the right password is not checked now.
    const Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/auth/login"),
                                          {{QStringLiteral("username"), name}, {QStringLiteral("password"), passwordOf(name)}});
    QVERIFY2(r.status == 429, r.describe().constData());
    QCOMPARE(errorCodeOf(r), QStringLiteral("locked"));
    bool ok = false;
    const int retryAfter = r.header("retry-after").toInt(&ok);
    QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 30, r.header("retry-after").constData());
    qInfo("locked out after 5 failures: 429, Retry-After %d s", retryAfter);

    // An administrator setting a new password lifts the lock.
    const QString fresh = QStringLiteral("a-brand-new-password");
    const Http::Reply p = m_f.http().patch(QStringLiteral("/api/v1/users/") + m_ids.value(name),
                                           {{QStringLiteral("password"), fresh}}, m_admin);
    QVERIFY2(p.status == 200, p.describe().constData());
    m_secrets << fresh;
    QCOMPARE(m_f.login(name, fresh).status, 200);
}

void tst_ServerApi::refreshRotation()
{
    const Session other = m_f.login(nav1Name, passwordOf(nav1Name));
    const Session s = m_f.login(nav1Name, passwordOf(nav1Name));
    QCOMPARE(s.status, 200);

    Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refresh}});
    QVERIFY2(r.status == 200, r.describe().constData());
    const QString access2 = r.object().value(QStringLiteral("access_token")).toString();
    const QString refresh2 = r.object().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh2.isEmpty() && refresh2 != s.refresh);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), access2).status, 200);

    // The spent token presented again: refused, and its whole family ends.
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refresh}});
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCodeOf(r), QStringLiteral("invalid-refresh-token"));
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh2}});
    QVERIFY2(r.status == 401, r.describe().constData());

    // Another session of the same user is another family.
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), other.refresh}});
    QVERIFY2(r.status == 200, r.describe().constData());
    // Garbage and missing tokens.
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), QStringLiteral("garbage")}});
    QCOMPARE(r.status, 401);
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), QJsonObject{});
    QCOMPARE(r.status, 422);
}

void tst_ServerApi::logout()
{
    const Session s = m_f.login(nav1Name, passwordOf(nav1Name));
    QCOMPARE(s.status, 200);
    Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refresh_token"), s.refresh}}, s.access);
    QVERIFY2(r.status == 204, r.describe().constData());
    QVERIFY(r.body.isEmpty());
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refresh}});
    QCOMPARE(r.status, 401);
    // Logging out needs a signed-in user.
    r = m_f.http().post(QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refresh_token"), s.refresh}});
    QCOMPARE(r.status, 401);
}

void tst_ServerApi::logoutEverywhere()
{
    const Session s1 = m_f.login(nav2Name, passwordOf(nav2Name));
    const Session s2 = m_f.login(nav2Name, passwordOf(nav2Name));
    QCOMPARE(s1.status, 200);
    QCOMPARE(s2.status, 200);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), s2.access).status, 200);
    Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("everywhere"), true}}, s1.access);
    QVERIFY2(r.status == 204, r.describe().constData());
    for (const QString &token : {s1.access, s2.access, m_tokens.value(nav2Name)}) {
        r = m_f.http().get(QStringLiteral("/api/v1/me"), token);
        QVERIFY2(r.status == 401, r.describe().constData());
        QCOMPARE(errorCodeOf(r), QStringLiteral("invalid-token"));
    }
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s2.refresh}});
    QCOMPARE(r.status, 401);
    QCOMPARE(signIn(nav2Name).status, 200);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), m_tokens.value(nav2Name)).status, 200);
}

void tst_ServerApi::me()
{
    Http::Reply r = m_f.http().get(QStringLiteral("/api/v1/me"), m_tokens.value(leadName));
    QVERIFY2(r.status == 200, r.describe().constData());
    const QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), m_ids.value(leadName));
    QCOMPARE(o.value(QStringLiteral("username")).toString(), leadName);
    QCOMPARE(o.value(QStringLiteral("display_name")).toString(), QStringLiteral("Display ") + leadName);
    QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("team-lead"));
    QCOMPARE(o.value(QStringLiteral("team")).toString(), alpha);
    QCOMPARE(o.value(QStringLiteral("cleared")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("disabled")).toBool(), false);

    r = m_f.http().get(QStringLiteral("/api/v1/me"));
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
    r = m_f.http().get(QStringLiteral("/api/v1/me"), QStringLiteral("nav1.forged.token"));
    QCOMPARE(r.status, 401);
    QCOMPARE(errorCodeOf(r), QStringLiteral("invalid-token"));
}

void tst_ServerApi::adminTeams()
{
    Http::Reply r = m_f.http().post(QStringLiteral("/api/v1/teams"), {{QStringLiteral("name"), bravo}}, m_admin);
    QVERIFY2(r.status == 201, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), bravo);
    QVERIFY(!r.object().value(QStringLiteral("id")).toString().isEmpty());
    r = m_f.http().post(QStringLiteral("/api/v1/teams"), {{QStringLiteral("name"), bravo}}, m_admin);
    QCOMPARE(r.status, 422);
    r = m_f.http().post(QStringLiteral("/api/v1/teams"), {{QStringLiteral("name"), QStringLiteral("   ")}}, m_admin);
    QCOMPARE(r.status, 422);
    r = m_f.http().get(QStringLiteral("/api/v1/teams"), m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QStringList names;
    for (const QJsonValue &v : itemsOf(r))
        names << v.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList{alpha, bravo}));
}

void tst_ServerApi::adminUsers()
{
    const QString name = QStringLiteral("new.user.qx");
    const QString id = addUser(name, bravo, QStringLiteral("navigator"));
    QVERIFY(!id.isEmpty());

    auto create = [&](const QJsonObject &body) {
        return m_f.http().post(QStringLiteral("/api/v1/users"), body, m_admin);
    };
    Http::Reply r = create({{QStringLiteral("username"), QStringLiteral("x.bad.role")}, {QStringLiteral("password"), QStringLiteral("long-enough-pw")},
                            {QStringLiteral("role"), QStringLiteral("king")}, {QStringLiteral("team"), alpha}});
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("role"));
    r = create({{QStringLiteral("username"), QStringLiteral("x.weak")}, {QStringLiteral("password"), QStringLiteral("short")},
                {QStringLiteral("role"), QStringLiteral("navigator")}, {QStringLiteral("team"), alpha}});
    QCOMPARE(r.status, 422);
    r = create({{QStringLiteral("username"), name}, {QStringLiteral("password"), QStringLiteral("long-enough-pw")},
                {QStringLiteral("role"), QStringLiteral("navigator")}, {QStringLiteral("team"), alpha}});
    QCOMPARE(r.status, 422); // taken
    r = create({{QStringLiteral("username"), QStringLiteral("x.no.team")}, {QStringLiteral("password"), QStringLiteral("long-enough-pw")},
                {QStringLiteral("role"), QStringLiteral("navigator")}, {QStringLiteral("team"), QStringLiteral("Nowhere")}});
    QCOMPARE(r.status, 422);
    r = create({{QStringLiteral("username"), QStringLiteral("Bad Name!")}, {QStringLiteral("password"), QStringLiteral("long-enough-pw")},
                {QStringLiteral("role"), QStringLiteral("navigator")}, {QStringLiteral("team"), alpha}});
    QCOMPARE(r.status, 422);

    r = m_f.http().get(QStringLiteral("/api/v1/users"), m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(idsOf(itemsOf(r)).contains(id));
    QVERIFY2(!r.body.contains("argon2") && !r.body.contains("hash"), "the user list shows password hashes");
    for (const QJsonValue &v : itemsOf(r)) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("id")).toString() == id) {
            QCOMPARE(u.value(QStringLiteral("team")).toString(), bravo);
            QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("navigator"));
        }
    }

    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id,
                         {{QStringLiteral("display_name"), QStringLiteral("Renamed")}, {QStringLiteral("role"), QStringLiteral("team-lead")},
                          {QStringLiteral("cleared"), true}, {QStringLiteral("team"), alpha}}, m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("display_name")).toString(), QStringLiteral("Renamed"));
    QCOMPARE(r.object().value(QStringLiteral("role")).toString(), QStringLiteral("team-lead"));
    QCOMPARE(r.object().value(QStringLiteral("cleared")).toBool(), true);
    QCOMPARE(r.object().value(QStringLiteral("team")).toString(), alpha);
    // The change is what a fresh sign-in sees.
    const Session s = m_f.login(name, passwordOf(name));
    QCOMPARE(s.status, 200);
    r = m_f.http().get(QStringLiteral("/api/v1/me"), s.access);
    QCOMPARE(r.object().value(QStringLiteral("role")).toString(), QStringLiteral("team-lead"));
    // A new display name leaves the session alone; a new role ends it (tokens carry the role).
    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("display_name"), QStringLiteral("Renamed again")}}, m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), s.access).status, 200);
    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("role"), QStringLiteral("navigator")}}, m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), s.access).status, 401);

    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("role"), QStringLiteral("king")}}, m_admin);
    QCOMPARE(r.status, 422);
    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("team"), QStringLiteral("Nowhere")}}, m_admin);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("team"));
    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + newUuid(), {{QStringLiteral("display_name"), QStringLiteral("x")}}, m_admin);
    QCOMPARE(r.status, 404);
}

void tst_ServerApi::disableRejectsTokenAtOnce()
{
    const QString name = QStringLiteral("to.disable.qx");
    const QString id = addUser(name, alpha, QStringLiteral("navigator"));
    QVERIFY(!id.isEmpty());
    const Session s = m_f.login(name, passwordOf(name));
    QCOMPARE(s.status, 200);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), s.access).status, 200);

    Http::Reply r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("disabled"), true}}, m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("disabled")).toBool(), true);
    // The very next request with the old token is refused, so is its refresh token and a login.
    r = m_f.http().get(QStringLiteral("/api/v1/me"), s.access);
    QVERIFY2(r.status == 401, r.describe().constData());
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refresh}});
    QCOMPARE(r.status, 401);
    const Session refused = m_f.login(name, passwordOf(name));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("account-disabled"));

    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("disabled"), false}}, m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.login(name, passwordOf(name)).status, 200);
}

void tst_ServerApi::passwordChange()
{
    const QString name = QStringLiteral("pw.change.qx");
    const QString id = addUser(name, alpha, QStringLiteral("navigator"));
    QVERIFY(!id.isEmpty());
    const Session s = m_f.login(name, passwordOf(name));
    QCOMPARE(s.status, 200);

    const QString fresh = QStringLiteral("another-Secret-pw-2");
    m_secrets << fresh;
    Http::Reply r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("password"), fresh}}, m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), s.access).status, 401);
    r = m_f.http().post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refresh}});
    QCOMPARE(r.status, 401);
    QCOMPARE(m_f.login(name, passwordOf(name)).status, 401);
    const Session again = m_f.login(name, fresh);
    QCOMPARE(again.status, 200);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/me"), again.access).status, 200);

    r = m_f.http().patch(QStringLiteral("/api/v1/users/") + id, {{QStringLiteral("password"), QStringLiteral("short")}}, m_admin);
    QCOMPARE(r.status, 422);
}

void tst_ServerApi::contactIdempotency()
{
    const QString token = m_tokens.value(nav1Name);
    const QString id = newUuid();
    m_contactId = id;
    const QString notes1 = notesMarker + QStringLiteral(" first version");
    const QString notes2 = notesMarker + QStringLiteral(" second version");

    Http::Reply r = m_f.http().put(contactPath(id), contactBody(1, notes1), token);
    QVERIFY2(r.status == 201, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);
    QCOMPARE(r.object().value(QStringLiteral("owner_id")).toString(), m_ids.value(nav1Name));
    QCOMPARE(r.object().value(QStringLiteral("contact")).toObject().value(QStringLiteral("uuid")).toString(), id);

    // The same request again (a retry after a lost response): 200, nothing new.
    r = m_f.http().put(contactPath(id), contactBody(1, notes1), token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);
    // Also under the upper-case spelling of the same UUID.
    r = m_f.http().put(contactPath(id.toUpper()), contactBody(1, notes1), token);
    QVERIFY2(r.status == 200, r.describe().constData());

    r = m_f.http().get(QStringLiteral("/api/v1/contacts?scope=mine"), token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(idsOf(itemsOf(r)).count(id), 1);
    bool ok = false;
    const QVariant rows = m_f.sql(QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id"), {{QStringLiteral("id"), id}}, &ok);
    QVERIFY(ok);
    QCOMPARE(rows.toInt(), 1);

    // A higher revision updates.
    r = m_f.http().put(contactPath(id), contactBody(2, notes2), token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 2);
    r = m_f.http().get(contactPath(id), token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    QCOMPARE(r.object().value(QStringLiteral("contact")).toObject().value(QStringLiteral("notes")).toString(), notes2);

    // A lower revision, or the same revision with another body: 409 with the server's version.
    for (const QJsonObject &stale : {contactBody(1, notes1), contactBody(1, notes2), contactBody(2, notes1)}) {
        r = m_f.http().put(contactPath(id), stale, token);
        QVERIFY2(r.status == 409, r.describe().constData());
        QCOMPARE(errorCodeOf(r), QStringLiteral("revision-conflict"));
        const QJsonObject current = errorOf(r).value(QStringLiteral("current")).toObject();
        QCOMPARE(current.value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(current.value(QStringLiteral("contact")).toObject().value(QStringLiteral("notes")).toString(), notes2);
    }
    r = m_f.http().put(contactPath(id), contactBody(2, notes2), token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.sql(QStringLiteral("SELECT revision FROM contact WHERE id = :id"), {{QStringLiteral("id"), id}}).toInt(), 2);
    QCOMPARE(m_f.sql(QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id"), {{QStringLiteral("id"), id}}).toInt(), 1);

    r = m_f.http().get(contactPath(newUuid()), token);
    QCOMPARE(r.status, 404);
    r = m_f.http().get(contactPath(QStringLiteral("not-a-uuid")), token);
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCodeOf(r), QStringLiteral("bad-id"));
    QJsonObject mismatch = contactBody(1, notes1);
    QJsonObject doc = contactDoc(notes1);
    doc.insert(QStringLiteral("uuid"), newUuid());
    mismatch.insert(QStringLiteral("contact"), doc);
    r = m_f.http().put(contactPath(newUuid()), mismatch, token);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("contact.uuid"));
}

void tst_ServerApi::contactValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("mentions"); // the message names the inner field

    const QString v = QStringLiteral("validation-failed");
    const QString c = QStringLiteral("contact");
    QTest::newRow("channel is a number") << QByteArray(R"({"revision":1,"contact":{"channel":5}})") << 422 << v << c << QStringLiteral("channel");
    QTest::newRow("channel unknown code") << QByteArray(R"({"revision":1,"contact":{"channel":"fax"}})") << 422 << v << c << QStringLiteral("channel");
    QTest::newRow("gender unknown code") << QByteArray(R"({"revision":1,"contact":{"inquirer":{"gender":"robot"}}})") << 422 << v << c << QStringLiteral("inquirer.gender");
    QTest::newRow("inquirer is a string") << QByteArray(R"({"revision":1,"contact":{"inquirer":"x"}})") << 422 << v << c << QStringLiteral("inquirer");
    QTest::newRow("needs is a string") << QByteArray(R"({"revision":1,"contact":{"needs":"food"}})") << 422 << v << c << QStringLiteral("needs");
    QTest::newRow("need category is a number") << QByteArray(R"({"revision":1,"contact":{"needs":[{"category":7}]}})") << 422 << v << c << QStringLiteral("needs[0].category");
    QTest::newRow("talkSeconds is text") << QByteArray(R"({"revision":1,"contact":{"talkSeconds":"ten"}})") << 422 << v << c << QStringLiteral("talkSeconds");
    QTest::newRow("crisis is text") << QByteArray(R"({"revision":1,"contact":{"crisis":"yes"}})") << 422 << v << c << QStringLiteral("crisis");
    QTest::newRow("start is not a date") << QByteArray(R"({"revision":1,"contact":{"start":"yesterday"}})") << 422 << v << c << QStringLiteral("start");
    QTest::newRow("disposition unknown") << QByteArray(R"({"revision":1,"contact":{"disposition":"hung-up-angry"}})") << 422 << v << c << QStringLiteral("disposition");
    QTest::newRow("followUp status unknown") << QByteArray(R"({"revision":1,"contact":{"followUp":{"status":"maybe"}}})") << 422 << v << c << QStringLiteral("followUp.status");
    QTest::newRow("no contact") << QByteArray(R"({"revision":1})") << 422 << v << c << QString();
    QTest::newRow("contact is a list") << QByteArray(R"({"revision":1,"contact":[]})") << 422 << v << c << QString();
    QTest::newRow("no revision") << QByteArray(R"({"contact":{}})") << 422 << v << QStringLiteral("revision") << QString();
    QTest::newRow("revision zero") << QByteArray(R"({"revision":0,"contact":{}})") << 422 << v << QStringLiteral("revision") << QString();
    QTest::newRow("revision is text") << QByteArray(R"({"revision":"1","contact":{}})") << 422 << v << QStringLiteral("revision") << QString();
    QTest::newRow("revision is fractional") << QByteArray(R"({"revision":1.5,"contact":{}})") << 422 << v << QStringLiteral("revision") << QString();
    QTest::newRow("body is a list") << QByteArray(R"([1,2])") << 400 << QStringLiteral("wrong-type") << QString() << QString();
}

void tst_ServerApi::contactValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, mentions);
    const QString id = newUuid();
    const Http::Reply r = m_f.http().request("PUT", contactPath(id), body,
                                             {{"Authorization", "Bearer " + m_tokens.value(nav1Name).toLatin1()},
                                              {"Content-Type", "application/json"}});
    QVERIFY2(r.status == status, r.describe().constData());
    QCOMPARE(errorCodeOf(r), code);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), field);
    if (!mentions.isEmpty())
        QVERIFY2(errorOf(r).value(QStringLiteral("message")).toString().contains(mentions), r.body.constData());
    // Nothing was stored.
    QCOMPARE(m_f.sql(QStringLiteral("SELECT COUNT(*) FROM contact WHERE id = :id"), {{QStringLiteral("id"), id}}).toInt(), 0);
}

void tst_ServerApi::contactList()
{
    const QString token = m_tokens.value(nav2Name);
    QStringList mine;
    for (int i = 0; i < 5; ++i) {
        mine << newUuid();
        const Http::Reply r = m_f.http().put(contactPath(mine.last()), contactBody(1, notesMarker), token);
        QVERIFY2(r.status == 201, r.describe().constData());
        QTest::qWait(2); // distinct updated_at (see the end of this test)
    }
    // Paged with since/limit; oldest change first.
    QStringList seen;
    qint64 since = 0;
    QString after;
    for (int page = 0; page < 10; ++page) {
        const Http::Reply r = m_f.http().get(QStringLiteral("/api/v1/contacts?scope=mine&limit=2&since=%1&after=%2").arg(since).arg(after), token);
        QVERIFY2(r.status == 200, r.describe().constData());
        seen += idsOf(itemsOf(r));
        since = r.object().value(QStringLiteral("next_since")).toInteger();
        after = r.object().value(QStringLiteral("next_after")).toString();
        if (!r.object().value(QStringLiteral("has_more")).toBool())
            break;
    }
    for (const QString &id : std::as_const(mine))
        QVERIFY2(seen.contains(id), qPrintable(seen.join(QLatin1Char(','))));
    QCOMPARE(seen.size(), mine.size());
    QVERIFY(!seen.contains(m_contactId)); // nav1's
    // The lead reads the team's.
    const Http::Reply team = m_f.http().get(QStringLiteral("/api/v1/contacts?scope=team&limit=500"), m_tokens.value(leadName));
    QVERIFY2(team.status == 200, team.describe().constData());
    const QStringList teamIds = idsOf(itemsOf(team));
    QVERIFY(teamIds.contains(m_contactId));
    for (const QString &id : std::as_const(mine))
        QVERIFY(teamIds.contains(id));

    // Contacts changed in the same millisecond (made so in the database) straddling a page
    // boundary: the cursor is (updated_at, id), so none is skipped or repeated.
    bool ok = false;
    m_f.sql(QStringLiteral("UPDATE contact SET updated_at = 1700000000000 WHERE owner_id = :o"),
            {{QStringLiteral("o"), m_ids.value(nav2Name)}}, &ok);
    QVERIFY(ok);
    seen.clear();
    since = 0;
    after.clear();
    for (int page = 0; page < 10; ++page) {
        const Http::Reply r = m_f.http().get(QStringLiteral("/api/v1/contacts?scope=mine&limit=2&since=%1&after=%2").arg(since).arg(after), token);
        QVERIFY2(r.status == 200, r.describe().constData());
        seen += idsOf(itemsOf(r));
        since = r.object().value(QStringLiteral("next_since")).toInteger();
        after = r.object().value(QStringLiteral("next_after")).toString();
        if (!r.object().value(QStringLiteral("has_more")).toBool())
            break;
    }
    QCOMPARE(seen.size(), mine.size());
    for (const QString &id : std::as_const(mine))
        QVERIFY(seen.contains(id));
    // A client that sends only since (no after) gets that instant again rather than losing it.
    const Http::Reply again = m_f.http().get(QStringLiteral("/api/v1/contacts?scope=mine&since=1700000000000"), token);
    QCOMPARE(idsOf(itemsOf(again)).size(), mine.size());
}

void tst_ServerApi::followUps()
{
    const QString nav1 = m_tokens.value(nav1Name);
    const QString nav2 = m_tokens.value(nav2Name);
    const QString lead = m_tokens.value(leadName);
    QVERIFY(!m_contactId.isEmpty());

    // The contact must exist (and be readable by the author).
    Http::Reply r = m_f.http().put(followUpPath(newUuid()),
                                   {{QStringLiteral("contact_id"), newUuid()}, {QStringLiteral("followup"), followUpDoc(QStringLiteral("open"), QStringLiteral("x"))}}, nav1);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("contact_id"));
    r = m_f.http().put(followUpPath(newUuid()), {{QStringLiteral("contact_id"), m_contactId}, {QStringLiteral("followup"), QStringLiteral("x")}}, nav1);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("followup"));
    r = m_f.http().put(followUpPath(newUuid()), {{QStringLiteral("contact_id"), m_contactId},
                                                  {QStringLiteral("followup"), QJsonObject{{QStringLiteral("status"), QStringLiteral("later")}}}}, nav1);
    QCOMPARE(r.status, 422);

    // Created for oneself (the default) and for the team queue.
    const QString mineId = newUuid();
    const QJsonObject createMine{{QStringLiteral("contact_id"), m_contactId},
                                 {QStringLiteral("followup"), followUpDoc(QStringLiteral("open"), QStringLiteral("call back"))}};
    r = m_f.http().put(followUpPath(mineId), createMine, nav1);
    QVERIFY2(r.status == 201, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    QCOMPARE(r.object().value(QStringLiteral("assigned_to")).toString(), m_ids.value(nav1Name));
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);
    QCOMPARE(r.object().value(QStringLiteral("contact_id")).toString(), m_contactId);
    r = m_f.http().put(followUpPath(mineId), createMine, nav1); // replayed create
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.sql(QStringLiteral("SELECT COUNT(*) FROM followup WHERE id = :id"), {{QStringLiteral("id"), mineId}}).toInt(), 1);

    const QString queueId = newUuid();
    r = m_f.http().put(followUpPath(queueId), {{QStringLiteral("contact_id"), m_contactId}, {QStringLiteral("assigned_to"), QJsonValue::Null},
                                               {QStringLiteral("followup"), followUpDoc(QStringLiteral("open"), QStringLiteral("queue it"))}}, nav1);
    QVERIFY2(r.status == 201, r.describe().constData());
    QVERIFY(r.object().value(QStringLiteral("assigned_to")).isNull());
    r = m_f.http().put(followUpPath(newUuid()), createMine, nav1, {{"If-Match", "\"1\""}});
    QCOMPARE(r.status, 412);

    // Scopes.
    auto list = [&](const QString &scope, const QString &token) {
        const Http::Reply l = m_f.http().get(QStringLiteral("/api/v1/followups?scope=") + scope, token);
        return l.status == 200 ? idsOf(itemsOf(l)) : QStringList{QStringLiteral("status %1").arg(l.status)};
    };
    QStringList ids = list(QStringLiteral("mine"), nav1);
    QVERIFY(ids.contains(mineId) && !ids.contains(queueId));
    ids = list(QStringLiteral("queue"), nav2);
    QVERIFY(ids.contains(queueId) && !ids.contains(mineId));
    ids = list(QStringLiteral("mine"), nav2);
    QVERIFY(!ids.contains(queueId) && !ids.contains(mineId));
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/followups?scope=team"), nav1).status, 403);
    ids = list(QStringLiteral("team"), lead);
    QVERIFY(ids.contains(queueId) && ids.contains(mineId));
    ids = list(QStringLiteral("mine&status=open"), nav1);
    QVERIFY(ids.contains(mineId));
    ids = list(QStringLiteral("mine&status=done"), nav1);
    QVERIFY(!ids.contains(mineId));
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/followups?scope=everyone"), nav1).status, 400);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/followups?scope=mine&status=soon"), nav1).status, 400);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/followups?scope=mine&limit=1001"), nav1).status, 400);

    r = m_f.http().get(followUpPath(mineId), nav1);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    QCOMPARE(m_f.http().get(followUpPath(mineId), nav2).status, 404);

    // Updates need If-Match; a stale one gets 409 with the current version.
    const QJsonObject done{{QStringLiteral("followup"), followUpDoc(QStringLiteral("done"), QStringLiteral("call back"))},
                           {QStringLiteral("comment"), QStringLiteral("reached")}};
    r = m_f.http().put(followUpPath(mineId), done, nav1);
    QVERIFY2(r.status == 428, r.describe().constData());
    QCOMPARE(errorCodeOf(r), QStringLiteral("if-match-required"));
    r = m_f.http().put(followUpPath(mineId), done, nav1, {{"If-Match", "\"1\""}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(r.object().value(QStringLiteral("comment")).toString(), QStringLiteral("reached"));
    const QJsonObject reopen{{QStringLiteral("followup"), followUpDoc(QStringLiteral("open"), QStringLiteral("again"))}};
    r = m_f.http().put(followUpPath(mineId), reopen, nav1, {{"If-Match", "\"1\""}});
    QVERIFY2(r.status == 409, r.describe().constData());
    QCOMPARE(errorCodeOf(r), QStringLiteral("revision-conflict"));
    QCOMPARE(r.header("etag"), QByteArray("\"2\""));
    const QJsonObject current = errorOf(r).value(QStringLiteral("current")).toObject();
    QCOMPARE(current.value(QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(current.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    r = m_f.http().put(followUpPath(mineId), reopen, nav1, {{"If-Match", "soon"}});
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCodeOf(r), QStringLiteral("bad-if-match"));

    // Reassignment by the lead, within the team.
    r = m_f.http().put(followUpPath(mineId), {{QStringLiteral("followup"), followUpDoc(QStringLiteral("open"), QStringLiteral("again"))},
                                              {QStringLiteral("assigned_to"), m_ids.value(nav2Name)}}, lead, {{"If-Match", "W/\"2\""}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"3\""));
    QCOMPARE(r.object().value(QStringLiteral("assigned_to")).toString(), m_ids.value(nav2Name));
    QCOMPARE(r.object().value(QStringLiteral("updated_by")).toString(), m_ids.value(leadName));
    QCOMPARE(m_f.http().get(followUpPath(mineId), nav1).status, 404);
    QVERIFY(list(QStringLiteral("mine"), nav2).contains(mineId));
    QVERIFY(!list(QStringLiteral("mine"), nav1).contains(mineId));
    // A navigator cannot hand it on to someone else.
    r = m_f.http().put(followUpPath(mineId), {{QStringLiteral("followup"), followUpDoc(QStringLiteral("open"), QStringLiteral("again"))},
                                              {QStringLiteral("assigned_to"), m_ids.value(nav1Name)}}, nav2, {{"If-Match", "\"3\""}});
    QCOMPARE(r.status, 403);
    // …but takes one from the queue.
    r = m_f.http().put(followUpPath(queueId), {{QStringLiteral("followup"), followUpDoc(QStringLiteral("open"), QStringLiteral("queue it"))},
                                               {QStringLiteral("assigned_to"), m_ids.value(nav2Name)}}, nav2, {{"If-Match", "\"1\""}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("assigned_to")).toString(), m_ids.value(nav2Name));
    QVERIFY(!list(QStringLiteral("queue"), nav1).contains(queueId));
}

void tst_ServerApi::surveys()
{
    const QString token = m_tokens.value(nav1Name);
    const QString id = newUuid();
    const QJsonObject survey{{QStringLiteral("asked"), true}, {QStringLiteral("consent"), true},
                             {QStringLiteral("satisfaction"), QStringLiteral("very-satisfied")},
                             {QStringLiteral("channel"), QStringLiteral("call")}};
    const QJsonObject body{{QStringLiteral("contact_id"), m_contactId}, {QStringLiteral("survey"), survey}};
    Http::Reply r = m_f.http().put(QStringLiteral("/api/v1/surveys/") + id, body, token);
    QVERIFY2(r.status == 201, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("id")).toString(), id);
    r = m_f.http().put(QStringLiteral("/api/v1/surveys/") + id, body, token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.sql(QStringLiteral("SELECT COUNT(*) FROM survey WHERE id = :id"), {{QStringLiteral("id"), id}}).toInt(), 1);

    QJsonObject other = survey;
    other.insert(QStringLiteral("satisfaction"), QStringLiteral("satisfied"));
    r = m_f.http().put(QStringLiteral("/api/v1/surveys/") + id, {{QStringLiteral("contact_id"), m_contactId}, {QStringLiteral("survey"), other}}, token);
    QVERIFY2(r.status == 409, r.describe().constData());
    QCOMPARE(errorCodeOf(r), QStringLiteral("already-recorded"));
    r = m_f.http().put(QStringLiteral("/api/v1/surveys/") + id, body, m_tokens.value(nav2Name));
    QCOMPARE(r.status, 403);

    other.insert(QStringLiteral("satisfaction"), QStringLiteral("meh"));
    r = m_f.http().put(QStringLiteral("/api/v1/surveys/") + newUuid(), {{QStringLiteral("survey"), other}}, token);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("survey"));
    QVERIFY(errorOf(r).value(QStringLiteral("message")).toString().contains(QStringLiteral("satisfaction")));
    r = m_f.http().put(QStringLiteral("/api/v1/surveys/") + newUuid(), {{QStringLiteral("contact_id"), QStringLiteral("nope")}, {QStringLiteral("survey"), survey}}, token);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("contact_id"));
}

void tst_ServerApi::flags()
{
    const QString token = m_tokens.value(nav1Name);
    const QString id = newUuid();
    const QJsonObject body{{QStringLiteral("service_id"), QStringLiteral("svc-000001")},
                           {QStringLiteral("reason"), QStringLiteral("wrong-phone")},
                           {QStringLiteral("note"), QStringLiteral("The number rings a fax.")}};
    Http::Reply r = m_f.http().put(QStringLiteral("/api/v1/flags/") + id, body, token);
    QVERIFY2(r.status == 201, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    r = m_f.http().put(QStringLiteral("/api/v1/flags/") + id, body, token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_f.sql(QStringLiteral("SELECT COUNT(*) FROM dq_flag WHERE id = :id"), {{QStringLiteral("id"), id}}).toInt(), 1);
    QJsonObject other = body;
    other.insert(QStringLiteral("note"), QStringLiteral("Another note."));
    r = m_f.http().put(QStringLiteral("/api/v1/flags/") + id, other, token);
    QVERIFY2(r.status == 409, r.describe().constData());
    QCOMPARE(errorCodeOf(r), QStringLiteral("already-recorded"));
    other.remove(QStringLiteral("reason"));
    r = m_f.http().put(QStringLiteral("/api/v1/flags/") + newUuid(), other, token);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    r = m_f.http().put(QStringLiteral("/api/v1/flags/") + newUuid(), {{QStringLiteral("reason"), QStringLiteral("x")}}, token);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("service_id"));

    r = m_f.http().get(QStringLiteral("/api/v1/flags"), m_tokens.value(leadName));
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(idsOf(itemsOf(r)).contains(id));
    r = m_f.http().get(QStringLiteral("/api/v1/flags"), m_admin);
    QVERIFY2(r.status == 200, r.describe().constData());
    QVERIFY(idsOf(itemsOf(r)).contains(id));
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/flags"), token).status, 403);
}

void tst_ServerApi::agentStatus()
{
    const QString nav1 = m_tokens.value(nav1Name);
    const QString lead = m_tokens.value(leadName);
    Http::Reply r = m_f.http().put(QStringLiteral("/api/v1/agent-status"), {{QStringLiteral("state"), QStringLiteral("available")}}, nav1);
    QVERIFY2(r.status == 204, r.describe().constData());
    r = m_f.http().put(QStringLiteral("/api/v1/agent-status"), {{QStringLiteral("state"), QStringLiteral("napping")}}, nav1);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("state"));
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/agent-status"), nav1).status, 403);

    auto board = [&]() {
        QHash<QString, QJsonObject> rows;
        const Http::Reply b = m_f.http().get(QStringLiteral("/api/v1/agent-status"), lead);
        if (b.status != 200)
            qWarning("board: %s", b.describe().constData());
        for (const QJsonValue &v : itemsOf(b))
            rows.insert(v.toObject().value(QStringLiteral("user_id")).toString(), v.toObject());
        return rows;
    };
    QHash<QString, QJsonObject> rows = board();
    const QJsonObject me = rows.value(m_ids.value(nav1Name));
    QCOMPARE(me.value(QStringLiteral("state")).toString(), QStringLiteral("available"));
    QCOMPARE(me.value(QStringLiteral("stale")).toBool(), false);
    QVERIFY(me.value(QStringLiteral("last_heartbeat")).toInteger() > 0);
    const QJsonObject silent = rows.value(m_ids.value(nav2Name)); // never sent a heartbeat
    QCOMPARE(silent.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    QCOMPARE(silent.value(QStringLiteral("stale")).toBool(), true);
    QVERIFY(silent.value(QStringLiteral("reported_state")).isNull());
    QVERIFY(rows.contains(m_ids.value(leadName)));

    // A state change moves "since"; a repeated state keeps it.
    r = m_f.http().put(QStringLiteral("/api/v1/agent-status"), {{QStringLiteral("state"), QStringLiteral("on-call")}}, nav1);
    QCOMPARE(r.status, 204);
    const qint64 since = board().value(m_ids.value(nav1Name)).value(QStringLiteral("since")).toInteger();
    QTest::qWait(5);
    r = m_f.http().put(QStringLiteral("/api/v1/agent-status"), {{QStringLiteral("state"), QStringLiteral("on-call")}}, nav1);
    QCOMPARE(r.status, 204);
    QCOMPARE(board().value(m_ids.value(nav1Name)).value(QStringLiteral("since")).toInteger(), since);

    // Three minutes without a heartbeat (made so in the database): shown offline.
    bool ok = false;
    QString error;
    m_f.sql(QStringLiteral("UPDATE agent_status SET updated_at = updated_at - 180000 WHERE user_id = :u"),
            {{QStringLiteral("u"), m_ids.value(nav1Name)}}, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    const QJsonObject stale = board().value(m_ids.value(nav1Name));
    QCOMPARE(stale.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    QCOMPARE(stale.value(QStringLiteral("stale")).toBool(), true);
    QCOMPARE(stale.value(QStringLiteral("reported_state")).toString(), QStringLiteral("on-call"));
    // Back after the silence in the same state: a new stretch begins, not the one from before.
    QTest::qWait(5);
    r = m_f.http().put(QStringLiteral("/api/v1/agent-status"), {{QStringLiteral("state"), QStringLiteral("on-call")}}, nav1);
    QCOMPARE(r.status, 204);
    const QJsonObject back = board().value(m_ids.value(nav1Name));
    QCOMPARE(back.value(QStringLiteral("state")).toString(), QStringLiteral("on-call"));
    QCOMPARE(back.value(QStringLiteral("stale")).toBool(), false);
    QVERIFY2(back.value(QStringLiteral("since")).toInteger() > since, "the stretch before the silence was kept");
    // The next heartbeat brings a new state.
    r = m_f.http().put(QStringLiteral("/api/v1/agent-status"), {{QStringLiteral("state"), QStringLiteral("wrap-up")}}, nav1);
    QCOMPARE(r.status, 204);
    QCOMPARE(board().value(m_ids.value(nav1Name)).value(QStringLiteral("state")).toString(), QStringLiteral("wrap-up"));
}

void tst_ServerApi::agentStatusChangesAreKeptOnceInOrder()
{
    // What a workstation's outbox sends: each change under its own UUID with the time it began.
    const QString nav2 = m_tokens.value(nav2Name);
    const QString lead = m_tokens.value(leadName);
    const QString me = m_ids.value(nav2Name);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto change = [&](const QString &id, const QString &state, qint64 at, const QString &token,
                            const QString &forUser = {}) {
        QJsonObject body{{QStringLiteral("state"), state}, {QStringLiteral("at"), at}};
        if (!forUser.isEmpty())
            body.insert(QStringLiteral("user_id"), forUser);
        return m_f.http().put(QStringLiteral("/api/v1/agent-status/changes/") + id, body, token);
    };
    const QString a = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString b = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString c = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Http::Reply r = change(a, QStringLiteral("available"), now - 60000, nav2, me);
    QVERIFY2(r.status == 201, r.describe().constData());
    r = change(c, QStringLiteral("wrap-up"), now - 10000, nav2);
    QCOMPARE(r.status, 201);
    // an older change arriving late (an outbox that caught up): history, not the current state
    r = change(b, QStringLiteral("on-call"), now - 30000, nav2);
    QCOMPARE(r.status, 201);
    // a replay is the same change; another change under a used id is refused
    r = change(b, QStringLiteral("on-call"), now - 30000, nav2);
    QCOMPARE(r.status, 200);
    QCOMPARE(change(b, QStringLiteral("break"), now - 30000, nav2).status, 409);
    // recorded on this workstation by someone else: refused, not taken as this user's
    QCOMPARE(change(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("break"), now,
                    nav2, m_ids.value(nav1Name)).status, 403);
    r = change(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("break"), -5, nav2);
    QCOMPARE(r.status, 422);
    QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("at"));
    QCOMPARE(m_f.http().put(QStringLiteral("/api/v1/agent-status/changes/not-a-uuid"),
                            {{QStringLiteral("state"), QStringLiteral("break")}, {QStringLiteral("at"), now}}, nav2).status, 400);

    // the board shows the latest change, since when it began
    Http::Reply board = m_f.http().get(QStringLiteral("/api/v1/agent-status"), lead);
    QJsonObject row;
    for (const QJsonValue &v : itemsOf(board))
        if (v.toObject().value(QStringLiteral("user_id")).toString() == me)
            row = v.toObject();
    QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("wrap-up"));
    QCOMPARE(row.value(QStringLiteral("since")).toInteger(), now - 10000);
    // a heartbeat of the same state keeps "since"
    r = m_f.http().put(QStringLiteral("/api/v1/agent-status"),
                       {{QStringLiteral("state"), QStringLiteral("wrap-up")}, {QStringLiteral("since"), now - 10000}}, nav2);
    QCOMPARE(r.status, 204);

    // the history, oldest first, each change once: for time-in-state reports
    Http::Reply history = m_f.http().get(QStringLiteral("/api/v1/agent-status/changes?user=") + me, lead);
    QVERIFY2(history.status == 200, history.describe().constData());
    QStringList states;
    for (const QJsonValue &v : itemsOf(history))
        states << v.toObject().value(QStringLiteral("state")).toString();
    QCOMPARE(states, (QStringList{QStringLiteral("available"), QStringLiteral("on-call"), QStringLiteral("wrap-up")}));
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/agent-status/changes?user=") + me, nav2).status, 403);
}

void tst_ServerApi::directoryFeed()
{
    // What the command line imported: the deterministic demo generator, run here too.
    QSet<QString> live300;
    QSet<QString> inactive300;
    for (const Nav::Directory::Service &s : Nav::Directory::DemoDirectory::generate(300).services)
        (s.status == QLatin1String("inactive") ? inactive300 : live300).insert(s.id);
    QSet<QString> ids250;
    for (const Nav::Directory::Service &s : Nav::Directory::DemoDirectory::generate(250).services)
        ids250.insert(s.id);
    QCOMPARE(live300.size() + inactive300.size(), 300);

    const QString token = m_tokens.value(nav1Name);
    QHash<QString, QString> ops; // id → op
    qint64 cursor = 0;
    qint64 lastSeq = 0;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        QVERIFY2(pages < 50, "the feed does not end");
        const Http::Reply r = m_f.http().get(QStringLiteral("/api/v1/directory/changes?cursor=%1&limit=70").arg(cursor), token);
        QVERIFY2(r.status == 200, r.describe().constData());
        const QJsonObject page = r.object();
        const QJsonArray items = page.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 70);
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const qint64 seq = item.value(QStringLiteral("seq")).toInteger();
            QVERIFY2(seq > lastSeq, "the feed is not in sequence order");
            lastSeq = seq;
            const QString id = item.value(QStringLiteral("id")).toString();
            const QString op = item.value(QStringLiteral("op")).toString();
            QVERIFY2(!ops.contains(id), qPrintable(id));
            ops.insert(id, op);
            if (op == QLatin1String("upsert"))
                QCOMPARE(item.value(QStringLiteral("service")).toObject().value(QStringLiteral("id")).toString(), id);
            else
                QVERIFY2(op == QLatin1String("retire") && !item.contains(QStringLiteral("service")), qPrintable(op));
        }
        more = page.value(QStringLiteral("has_more")).toBool();
        const qint64 next = page.value(QStringLiteral("next_cursor")).toInteger();
        QCOMPARE(next, items.isEmpty() ? cursor : lastSeq);
        if (!more)
            QCOMPARE(page.value(QStringLiteral("last_seq")).toInteger(), next);
        cursor = next;
    }
    // One item per service: the generator's inactive services arrive as tombstones.
    QCOMPARE(ops.size(), 300);
    QCOMPARE(pages, 5);
    for (auto it = ops.cbegin(); it != ops.cend(); ++it)
        QCOMPARE(it.value(), inactive300.contains(it.key()) ? QStringLiteral("retire") : QStringLiteral("upsert"));
    qInfo("feed: %lld services (%lld inactive, as tombstones) in %d pages of 70, last cursor %lld",
          qint64(ops.size()), qint64(inactive300.size()), pages, cursor);
    Http::Reply r = m_f.http().get(QStringLiteral("/api/v1/directory/changes?cursor=%1").arg(cursor), token);
    QCOMPARE(itemsOf(r).size(), 0);
    QCOMPARE(r.object().value(QStringLiteral("has_more")).toBool(), false);
    QCOMPARE(r.object().value(QStringLiteral("next_cursor")).toInteger(), cursor);

    // A smaller full snapshot retires the 50 services it no longer has; those already inactive
    // were announced before, so the delta holds exactly the live ones among the 50.
    QSet<QString> dropped;
    for (const QString &id : ops.keys())
        if (!ids250.contains(id))
            dropped.insert(id);
    QCOMPARE(dropped.size(), 50);
    const QSet<QString> expected = QSet<QString>(dropped).intersect(live300);
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_f.admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"), QStringLiteral("250")}, {}, &out, &err), 0);
    qInfo("re-import: %s", out.trimmed().constData());
    QVERIFY2(out.contains(QByteArray(QByteArray::number(expected.size()) + " retired")), out.constData());
    r = m_f.http().get(QStringLiteral("/api/v1/directory/changes?cursor=%1&limit=1000").arg(cursor), token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QSet<QString> retired;
    for (const QJsonValue &v : itemsOf(r)) {
        const QJsonObject item = v.toObject();
        QCOMPARE(item.value(QStringLiteral("op")).toString(), QStringLiteral("retire"));
        QVERIFY(!item.contains(QStringLiteral("service")));
        retired.insert(item.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(itemsOf(r).size(), expected.size());
    QCOMPARE(retired, expected);
    QCOMPARE(r.object().value(QStringLiteral("has_more")).toBool(), false);
    qInfo("delta after the 250 snapshot: %lld tombstones (%lld dropped, %lld of them already inactive)",
          qint64(retired.size()), qint64(dropped.size()), qint64(dropped.size() - expected.size()));
    const qint64 after = r.object().value(QStringLiteral("next_cursor")).toInteger();

    // The same snapshot again changes nothing.
    QCOMPARE(m_f.admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"), QStringLiteral("250")}, {}, &out, &err), 0);
    r = m_f.http().get(QStringLiteral("/api/v1/directory/changes?cursor=%1").arg(after), token);
    QCOMPARE(itemsOf(r).size(), 0);
    // A client starting from zero now gets every service once: the 50 dropped as tombstones.
    r = m_f.http().get(QStringLiteral("/api/v1/directory/changes?cursor=0&limit=1000"), token);
    QCOMPARE(itemsOf(r).size(), 300);
    for (const QJsonValue &v : itemsOf(r)) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (dropped.contains(id))
            QCOMPARE(v.toObject().value(QStringLiteral("op")).toString(), QStringLiteral("retire"));
    }
}

void tst_ServerApi::badParameters_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("feed cursor negative") << QStringLiteral("/api/v1/directory/changes?cursor=-1");
    QTest::newRow("feed cursor text") << QStringLiteral("/api/v1/directory/changes?cursor=abc");
    QTest::newRow("feed limit zero") << QStringLiteral("/api/v1/directory/changes?limit=0");
    QTest::newRow("feed limit text") << QStringLiteral("/api/v1/directory/changes?limit=ten");
    QTest::newRow("feed limit too big") << QStringLiteral("/api/v1/directory/changes?limit=1001");
    QTest::newRow("contacts scope") << QStringLiteral("/api/v1/contacts?scope=everyone");
    QTest::newRow("contacts limit") << QStringLiteral("/api/v1/contacts?limit=501");
    QTest::newRow("contacts since") << QStringLiteral("/api/v1/contacts?since=yesterday");
    QTest::newRow("followups since") << QStringLiteral("/api/v1/followups?since=-5");
}

void tst_ServerApi::badParameters()
{
    QFETCH(QString, path);
    const Http::Reply r = m_f.http().get(path, m_tokens.value(nav1Name));
    QVERIFY2(r.status == 400, r.describe().constData());
    QCOMPARE(errorCodeOf(r), QStringLiteral("bad-parameter"));
    QVERIFY(!errorOf(r).value(QStringLiteral("message")).toString().isEmpty());
}

void tst_ServerApi::gzip()
{
    const QString token = m_tokens.value(nav1Name);
    const QString path = QStringLiteral("/api/v1/directory/changes?cursor=0&limit=100");
    const RawResponse zipped = parseRaw(rawGet(path, token, true));
    QCOMPARE(zipped.status, 200);
    QCOMPARE(zipped.headers.value("content-encoding"), QByteArray("gzip"));
    QVERIFY(zipped.headers.value("vary").contains("Accept-Encoding"));
    QCOMPARE(zipped.body.size(), zipped.headers.value("content-length").toLongLong());
    QVERIFY2(zipped.body.startsWith("\x1f\x8b"), "not a gzip stream");

    const RawResponse plain = parseRaw(rawGet(path, token, false));
    QCOMPARE(plain.status, 200);
    QVERIFY(!plain.headers.contains("content-encoding"));
    QByteArray inflated;
    QVERIFY(gunzip(zipped.body, &inflated));
    QCOMPARE(inflated, plain.body);
    QCOMPARE(QJsonDocument::fromJson(inflated).object().value(QStringLiteral("items")).toArray().size(), 100);
    qInfo("feed page of 100: %lld bytes, %lld gzipped (%.1f%%)", qint64(plain.body.size()), qint64(zipped.body.size()),
          100.0 * double(zipped.body.size()) / double(plain.body.size()));

    // Small bodies are not worth it.
    const RawResponse small = parseRaw(rawGet(QStringLiteral("/healthz"), {}, true));
    QCOMPARE(small.status, 200);
    QVERIFY(!small.headers.contains("content-encoding"));
}

void tst_ServerApi::protocolErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QByteArray>("allow"); // expected Allow header (405)

    const QString contact = contactPath(QStringLiteral("7e1c1d2a-0000-4000-8000-00000000abcd"));
    const QByteArray json = "application/json";
    QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/nothing/here") << QByteArray() << QByteArray() << 404 << QStringLiteral("not-found") << QByteArray();
    QTest::newRow("unknown api path") << QByteArray("GET") << QStringLiteral("/api/v1/nothing") << QByteArray() << QByteArray() << 404 << QStringLiteral("not-found") << QByteArray();
    QTest::newRow("POST healthz") << QByteArray("POST") << QStringLiteral("/healthz") << json << QByteArray("{}") << 405 << QStringLiteral("method-not-allowed") << QByteArray("GET, HEAD");
    QTest::newRow("DELETE contact") << QByteArray("DELETE") << contact << QByteArray() << QByteArray() << 405 << QStringLiteral("method-not-allowed") << QByteArray("PUT, GET, HEAD");
    QTest::newRow("GET login") << QByteArray("GET") << QStringLiteral("/api/v1/auth/login") << QByteArray() << QByteArray() << 405 << QStringLiteral("method-not-allowed") << QByteArray("POST");
    QTest::newRow("malformed JSON") << QByteArray("PUT") << contact << json << QByteArray(R"({"revision": 1, "contact": {"notes": "x",)") << 400 << QStringLiteral("malformed-json") << QByteArray();
    QTest::newRow("text/plain") << QByteArray("PUT") << contact << QByteArray("text/plain") << QByteArray(R"({"revision":1,"contact":{}})") << 415 << QStringLiteral("unsupported-media-type") << QByteArray();
    QTest::newRow("form body") << QByteArray("POST") << QStringLiteral("/api/v1/auth/login") << QByteArray("application/x-www-form-urlencoded") << QByteArray("username=a&password=b") << 415 << QStringLiteral("unsupported-media-type") << QByteArray();
    QTest::newRow("empty body") << QByteArray("PUT") << contact << json << QByteArray() << 400 << QStringLiteral("empty-body") << QByteArray();
    QByteArray deep = R"({"revision":1,"contact":{"notes":"x","deep":)";
    for (int i = 0; i < 48; ++i)
        deep += '[';
    for (int i = 0; i < 48; ++i)
        deep += ']';
    deep += "}}";
    QTest::newRow("nested 50 deep") << QByteArray("PUT") << contact << json << deep << 400 << QStringLiteral("json-too-deep") << QByteArray();
    const QByteArray longText = R"({"revision":1,"contact":{"notes":")" + QByteArray(30000, 'a') + "\"}}";
    QTest::newRow("30000-char string") << QByteArray("PUT") << contact << json << longText << 400 << QStringLiteral("field-too-long") << QByteArray();
}

void tst_ServerApi::protocolErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QByteArray, allow);
    HeaderList headers{{"Authorization", "Bearer " + m_tokens.value(nav1Name).toLatin1()}};
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const Http::Reply r = m_f.http().request(method, path, body, headers);
    QVERIFY2(r.status == status, r.describe().constData());
    QVERIFY2(r.header("content-type").startsWith("application/json"), r.header("content-type").constData());
    QCOMPARE(errorCodeOf(r), code);
    QVERIFY(!errorOf(r).value(QStringLiteral("message")).toString().isEmpty());
    if (!allow.isEmpty())
        QCOMPARE(r.header("allow"), allow);
    if (code == QLatin1String("malformed-json")) {
        const QJsonValue offset = errorOf(r).value(QStringLiteral("offset"));
        QVERIFY2(offset.isDouble() && offset.toInt() > 0, r.body.constData());
        qInfo("malformed JSON reported at byte %d of %lld", offset.toInt(), qint64(body.size()));
    }
    if (code == QLatin1String("field-too-long"))
        QCOMPARE(errorOf(r).value(QStringLiteral("field")).toString(), QStringLiteral("contact.notes"));
}

void tst_ServerApi::accessLog()
{
    const QString path = m_f.path(QStringLiteral("access.log"));
    auto lines = [&]() {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return QList<QByteArray>();
        QList<QByteArray> all = f.readAll().split('\n');
        if (!all.isEmpty() && all.last().isEmpty())
            all.removeLast();
        return all;
    };
    // One line per request: every request this test made so far, then three more.
    QTRY_COMPARE_WITH_TIMEOUT(qint64(lines().size()), qint64(m_f.requestCount()), 5000);
    const qint64 before = lines().size();
    QCOMPARE(m_f.http().get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(m_f.http().get(QStringLiteral("/api/v1/contacts/") + m_contactId, m_tokens.value(nav1Name)).status, 200);
    QCOMPARE(m_f.http().get(QStringLiteral("/no/such/") + m_contactId).status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(lines().size()), before + 3, 5000);

    const QList<QByteArray> all = lines();
    QHash<QString, int> routes;
    for (const QByteArray &line : all) {
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(line, &err).object();
        QVERIFY2(err.error == QJsonParseError::NoError, line.constData());
        for (const char *key : {"ts", "method", "route", "status", "bytes", "ms"})
            QVERIFY2(o.contains(QLatin1String(key)), line.constData());
        routes[o.value(QStringLiteral("route")).toString()]++;
    }
    const QJsonObject contactLine = QJsonDocument::fromJson(all.at(all.size() - 2)).object();
    QCOMPARE(contactLine.value(QStringLiteral("route")).toString(), QStringLiteral("/api/v1/contacts/{id}"));
    QCOMPARE(contactLine.value(QStringLiteral("user")).toString(), m_ids.value(nav1Name));
    QCOMPARE(contactLine.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(all.last()).object().value(QStringLiteral("status")).toInt(), 404);
    qInfo("access log: %lld lines, %lld distinct routes", qint64(all.size()), qint64(routes.size()));

    // No user name, password, note, phone number, record id or token in the access log or in
    // the server's own log.
    QStringList forbidden = m_secrets;
    forbidden << m_contactId << m_tokens.value(nav1Name) << QStringLiteral("first version");
    const QByteArray log = all.join('\n');
    const QByteArray serverLog = m_f.server().log();
    for (const QString &s : std::as_const(forbidden)) {
        QVERIFY2(!log.contains(s.toUtf8()), qPrintable(QStringLiteral("the access log contains \"%1\"").arg(s)));
        QVERIFY2(!serverLog.contains(s.toUtf8()), qPrintable(QStringLiteral("the server log contains \"%1\"").arg(s)));
    }
}

class tst_ServerApiSqlite : public tst_ServerApi
{
    Q_OBJECT
public:
    tst_ServerApiSqlite()
        : tst_ServerApi(DbMode::Sqlite)
    {
    }
};

class tst_ServerApiPostgres : public tst_ServerApi
{
    Q_OBJECT
public:
    tst_ServerApiPostgres()
        : tst_ServerApi(DbMode::Postgres)
    {
    }
};

// The same cases twice: on SQLite (the one-machine install) and on PostgreSQL.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    {
        tst_ServerApiSqlite sqlite;
        failures += QTest::qExec(&sqlite, argc, argv);
    }
    {
        tst_ServerApiPostgres postgres;
        failures += QTest::qExec(&postgres, argc, argv);
    }
    return failures;
}

#include "tst_serverapi.moc"

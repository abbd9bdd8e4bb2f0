// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The authorization matrix of API v1, enforced by the real server on PostgreSQL: every role
// (and no token, and a forged token) against every endpoint, including the records of another
// navigator of the same team and of another team, follow-up reassignment, administrator-only
// account management, team-lead-only views, and confidential directory fields that only
// cleared users receive. The table below is the specification; the observed matrix is printed.

#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <array>
#include <functional>

using namespace Nav::Test;

namespace {

enum Who { Anonymous, Forged, NavA1, NavA2, LeadA, NavB1, LeadB, Admin, WhoCount };
const std::array<const char *, WhoCount> whoNames = {"anonymous", "bad-token", "nav.a1", "nav.a2",
                                                      "lead.a", "nav.b1", "lead.b", "admin"};
// Not in the matrix: the two navigators of the confidential-fields check.
const QString navClear = QStringLiteral("nav.clear");
const QString navPlain = QStringLiteral("nav.plain");

QString passwordOf(const QString &user)
{
    return QStringLiteral("pw-%1-Secret-123").arg(user);
}

QJsonObject contactBody(int revision, const QString &notes)
{
    return {{QStringLiteral("revision"), revision},
            {QStringLiteral("contact"), QJsonObject{{QStringLiteral("channel"), QStringLiteral("call")},
                                                    {QStringLiteral("notes"), notes}}}};
}

QJsonObject followUpDoc(const QString &status)
{
    return {{QStringLiteral("status"), status}, {QStringLiteral("method"), QStringLiteral("phone")},
            {QStringLiteral("reason"), QStringLiteral("check in")}};
}

const QJsonObject surveyDoc{{QStringLiteral("asked"), true}, {QStringLiteral("satisfaction"), QStringLiteral("satisfied")}};

QStringList idsOf(const Http::Reply &r)
{
    QStringList ids;
    for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

// Every key "confidential" anywhere in a JSON value.
bool hasKey(const QJsonValue &v, const QString &key)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() == key || hasKey(it.value(), key))
                return true;
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            if (hasKey(x, key))
                return true;
    }
    return false;
}

// The phone numbers and address lines of everything marked confidential (a confidential
// location gives all of its phones and addresses), and of everything else.
void collectContactPoints(const QJsonValue &v, bool inside, QSet<QString> *secret, QSet<QString> *open)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectContactPoints(x, inside, secret, open);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const bool confidential = inside || o.value(QStringLiteral("confidential")).toBool();
    for (const char *key : {"number", "address_1", "address_2", "postal_code"}) {
        const QString s = o.value(QLatin1String(key)).toString();
        if (!s.isEmpty())
            (confidential ? secret : open)->insert(s);
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        collectContactPoints(it.value(), confidential, secret, open);
}

} // namespace

class tst_Authz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();
    void printMatrix();
    void whatLeadsSee();
    void whatNavigatorsSee();
    void confidentialFields();

private:
    struct Row
    {
        QString endpoint;
        std::function<Http::Reply(Who, const QString &token)> action;
        std::array<int, WhoCount> expected; // 0: not asked
    };
    void buildTable();
    QString putContact(Who who, const QString &notes);
    QString putFollowUp(Who who, const QString &contactId, const QJsonValue &assignedTo);
    int followUpRevision(const QString &id);
    QList<QJsonObject> feed(const QString &token);

    ServerFixture m_f{DbMode::Postgres};
    std::array<QString, WhoCount> m_token;
    std::array<QString, WhoCount> m_id;
    QString m_cA1, m_cA2, m_cB1;           // contacts of navA1, navA2, navB1
    QString m_fA1, m_fA2, m_fQA, m_fB1;    // follow-ups: assigned to navA1, navA2, team A's queue, navB1
    QString m_sA1;                         // navA1's survey
    QString m_patchTarget;                 // the user administrators edit in the matrix
    int m_revisionA1 = 1;
    int m_serial = 0;
    QList<Row> m_rows;
    QHash<QPair<int, int>, int> m_observed;
};

QString tst_Authz::putContact(Who who, const QString &notes)
{
    const QString id = newUuid();
    const Http::Reply r = m_f.http().put(QStringLiteral("/api/v1/contacts/") + id, contactBody(1, notes), m_token[who]);
    if (r.status != 201)
        qWarning("contact of %s: %s", whoNames[who], r.describe().constData());
    return r.status == 201 ? id : QString();
}

QString tst_Authz::putFollowUp(Who who, const QString &contactId, const QJsonValue &assignedTo)
{
    const QString id = newUuid();
    QJsonObject body{{QStringLiteral("contact_id"), contactId}, {QStringLiteral("followup"), followUpDoc(QStringLiteral("open"))}};
    if (!assignedTo.isUndefined())
        body.insert(QStringLiteral("assigned_to"), assignedTo);
    const Http::Reply r = m_f.http().put(QStringLiteral("/api/v1/followups/") + id, body, m_token[who]);
    if (r.status != 201)
        qWarning("follow-up of %s: %s", whoNames[who], r.describe().constData());
    return r.status == 201 ? id : QString();
}

int tst_Authz::followUpRevision(const QString &id)
{
    return m_f.sql(QStringLiteral("SELECT revision FROM followup WHERE id = :id"), {{QStringLiteral("id"), id}}).toInt();
}

QList<QJsonObject> tst_Authz::feed(const QString &token)
{
    QList<QJsonObject> out;
    qint64 cursor = 0;
    for (int page = 0; page < 100; ++page) {
        const Http::Reply r = m_f.http().get(QStringLiteral("/api/v1/directory/changes?cursor=%1&limit=1000").arg(cursor), token);
        if (r.status != 200) {
            qWarning("feed: %s", r.describe().constData());
            return {};
        }
        for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
            out << v.toObject();
        cursor = r.object().value(QStringLiteral("next_cursor")).toInteger();
        if (!r.object().value(QStringLiteral("has_more")).toBool())
            break;
    }
    return out;
}

void tst_Authz::initTestCase()
{
    if (!QFileInfo(ServerProcess::binary()).isExecutable())
        QFAIL(qPrintable(QStringLiteral("navigator-server is not built at ") + ServerProcess::binary()));
    QString error;
    QVERIFY2(m_f.prepare(&error), qPrintable(error));
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_f.admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"), QStringLiteral("1000")}, {}, &out, &err), 0);
    for (const QString &team : {QStringLiteral("A"), QStringLiteral("B")})
        QCOMPARE(m_f.admin({QStringLiteral("team"), QStringLiteral("add"), team}, {}, &out, &err), 0);

    struct Account { Who who; QString name; QString team; QString role; bool cleared; };
    const QList<Account> accounts{
        {NavA1, QStringLiteral("nav.a1"), QStringLiteral("A"), QStringLiteral("navigator"), false},
        {NavA2, QStringLiteral("nav.a2"), QStringLiteral("A"), QStringLiteral("navigator"), false},
        {LeadA, QStringLiteral("lead.a"), QStringLiteral("A"), QStringLiteral("team-lead"), true},
        {NavB1, QStringLiteral("nav.b1"), QStringLiteral("B"), QStringLiteral("navigator"), false},
        {LeadB, QStringLiteral("lead.b"), QStringLiteral("B"), QStringLiteral("team-lead"), false},
        {Admin, QStringLiteral("admin"), QString(), QStringLiteral("administrator"), false},
        {WhoCount, navClear, QStringLiteral("A"), QStringLiteral("navigator"), true},
        {WhoCount, navPlain, QStringLiteral("B"), QStringLiteral("navigator"), false},
        {WhoCount, QStringLiteral("patch.me"), QStringLiteral("B"), QStringLiteral("navigator"), false},
    };
    for (const Account &a : accounts) {
        QStringList args{QStringLiteral("user"), QStringLiteral("add"), a.name, QStringLiteral("--role"), a.role};
        if (!a.team.isEmpty())
            args << QStringLiteral("--team") << a.team;
        if (a.cleared)
            args << QStringLiteral("--cleared");
        QVERIFY2(m_f.admin(args, passwordOf(a.name).toUtf8() + '\n', &out, &err) == 0, err.constData());
    }
    QVERIFY2(m_f.startServer({QStringLiteral("--workers"), QStringLiteral("2")}, &error), qPrintable(error));

    m_token[Forged] = QStringLiteral("nav1.eyJ1IjoiYWRtaW4ifQ.c2lnbmF0dXJl");
    for (const Account &a : accounts) {
        if (a.who == WhoCount)
            continue;
        const Session s = m_f.login(a.name, passwordOf(a.name));
        QVERIFY2(s.status == 200, s.body.constData());
        m_token[a.who] = s.access;
        m_id[a.who] = s.userId;
    }

    const Session target = m_f.login(QStringLiteral("patch.me"), passwordOf(QStringLiteral("patch.me")));
    QCOMPARE(target.status, 200);
    m_patchTarget = target.userId;

    // The records the matrix reads and writes.
    m_cA1 = putContact(NavA1, QStringLiteral("a1"));
    m_cA2 = putContact(NavA2, QStringLiteral("a2"));
    m_cB1 = putContact(NavB1, QStringLiteral("b1"));
    QVERIFY(!m_cA1.isEmpty() && !m_cA2.isEmpty() && !m_cB1.isEmpty());
    m_fA1 = putFollowUp(NavA1, m_cA1, QJsonValue::Undefined);
    m_fA2 = putFollowUp(NavA2, m_cA2, QJsonValue::Undefined);
    m_fQA = putFollowUp(NavA2, m_cA2, QJsonValue::Null);
    m_fB1 = putFollowUp(NavB1, m_cB1, QJsonValue::Undefined);
    QVERIFY(!m_fA1.isEmpty() && !m_fA2.isEmpty() && !m_fQA.isEmpty() && !m_fB1.isEmpty());
    m_sA1 = newUuid();
    const Http::Reply r = m_f.http().put(QStringLiteral("/api/v1/surveys/") + m_sA1,
                                         {{QStringLiteral("contact_id"), m_cA1}, {QStringLiteral("survey"), surveyDoc}}, m_token[NavA1]);
    QVERIFY2(r.status == 201, r.describe().constData());
    buildTable();
}

void tst_Authz::cleanupTestCase()
{
    m_f.stop();
}

void tst_Authz::buildTable()
{
    CountingHttp *const http = &m_f.http();
    auto get = [http](const QString &path) {
        return [http, path](Who, const QString &token) { return http->get(path, token); };
    };
    const QString fu = QStringLiteral("/api/v1/followups/");
    //                                   anon  forged  navA1 navA2 leadA navB1 leadB admin
    auto row = [this](const QString &endpoint, std::function<Http::Reply(Who, const QString &)> action,
                      std::array<int, WhoCount> expected) { m_rows.append({endpoint, std::move(action), expected}); };

    row(QStringLiteral("GET /healthz"), get(QStringLiteral("/healthz")), {200, 200, 200, 200, 200, 200, 200, 200});
    row(QStringLiteral("POST /auth/login"), [http](Who, const QString &) {
        return http->post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("username"), QStringLiteral("nav.a1")},
                                                                {QStringLiteral("password"), passwordOf(QStringLiteral("nav.a1"))}});
    }, {200, 0, 0, 0, 0, 0, 0, 0});
    row(QStringLiteral("POST /auth/refresh"), [this, http](Who, const QString &) {
        const Session s = m_f.login(QStringLiteral("nav.a2"), passwordOf(QStringLiteral("nav.a2")));
        return http->post(QStringLiteral("/api/v1/auth/refresh"), {{QStringLiteral("refresh_token"), s.refresh}});
    }, {200, 0, 0, 0, 0, 0, 0, 0});
    row(QStringLiteral("POST /auth/logout"), [http](Who, const QString &token) {
        return http->post(QStringLiteral("/api/v1/auth/logout"), {{QStringLiteral("refresh_token"), QStringLiteral("not-a-session")}}, token);
    }, {401, 401, 204, 204, 204, 204, 204, 204});
    row(QStringLiteral("GET /me"), get(QStringLiteral("/api/v1/me")), {401, 401, 200, 200, 200, 200, 200, 200});

    row(QStringLiteral("GET /teams"), get(QStringLiteral("/api/v1/teams")), {401, 401, 403, 403, 200, 403, 200, 200});
    row(QStringLiteral("POST /teams"), [this, http](Who, const QString &token) {
        return http->post(QStringLiteral("/api/v1/teams"), {{QStringLiteral("name"), QStringLiteral("Team %1").arg(++m_serial)}}, token);
    }, {401, 401, 403, 403, 403, 403, 403, 201});
    row(QStringLiteral("GET /users"), get(QStringLiteral("/api/v1/users")), {401, 401, 403, 403, 200, 403, 200, 200});
    row(QStringLiteral("POST /users"), [this, http](Who, const QString &token) {
        return http->post(QStringLiteral("/api/v1/users"), {{QStringLiteral("username"), QStringLiteral("made.%1").arg(++m_serial)},
                                                           {QStringLiteral("password"), QStringLiteral("long-enough-password")},
                                                           {QStringLiteral("role"), QStringLiteral("navigator")},
                                                           {QStringLiteral("team"), QStringLiteral("A")}}, token);
    }, {401, 401, 403, 403, 403, 403, 403, 201});
    // (Not one of the matrix's users: any change by an administrator ends that user's sessions.)
    row(QStringLiteral("PATCH /users/{id}"), [this, http](Who, const QString &token) {
        return http->patch(QStringLiteral("/api/v1/users/") + m_patchTarget, {{QStringLiteral("display_name"), QStringLiteral("Patched")}}, token);
    }, {401, 401, 403, 403, 403, 403, 403, 200});

    row(QStringLiteral("GET /contacts/{nav.a1's}"), get(QStringLiteral("/api/v1/contacts/") + m_cA1), {401, 401, 200, 404, 200, 404, 404, 404});
    row(QStringLiteral("GET /contacts/{nav.b1's}"), get(QStringLiteral("/api/v1/contacts/") + m_cB1), {401, 401, 404, 404, 404, 200, 200, 404});
    row(QStringLiteral("PUT /contacts/{nav.a1's} rev+1"), [this, http](Who, const QString &token) {
        return http->put(QStringLiteral("/api/v1/contacts/") + m_cA1, contactBody(++m_revisionA1, QStringLiteral("changed")), token);
    }, {401, 401, 200, 403, 403, 403, 403, 403});
    row(QStringLiteral("PUT /contacts/{new}"), [http](Who, const QString &token) {
        return http->put(QStringLiteral("/api/v1/contacts/") + newUuid(), contactBody(1, QStringLiteral("new")), token);
    }, {401, 401, 201, 201, 201, 201, 201, 403});
    row(QStringLiteral("GET /contacts?scope=mine"), get(QStringLiteral("/api/v1/contacts?scope=mine")), {401, 401, 200, 200, 200, 200, 200, 403});
    row(QStringLiteral("GET /contacts?scope=team"), get(QStringLiteral("/api/v1/contacts?scope=team")), {401, 401, 403, 403, 200, 403, 200, 403});

    row(QStringLiteral("GET /followups/{nav.a1's}"), get(fu + m_fA1), {401, 401, 200, 404, 200, 404, 404, 404});
    row(QStringLiteral("GET /followups/{nav.a2's}"), get(fu + m_fA2), {401, 401, 404, 200, 200, 404, 404, 404});
    row(QStringLiteral("GET /followups/{A queue}"), get(fu + m_fQA), {401, 401, 200, 200, 200, 404, 404, 404});
    row(QStringLiteral("GET /followups/{nav.b1's}"), get(fu + m_fB1), {401, 401, 404, 404, 404, 200, 200, 404});
    row(QStringLiteral("GET /followups?scope=mine"), get(QStringLiteral("/api/v1/followups?scope=mine")), {401, 401, 200, 200, 200, 200, 200, 403});
    row(QStringLiteral("GET /followups?scope=queue"), get(QStringLiteral("/api/v1/followups?scope=queue")), {401, 401, 200, 200, 200, 200, 200, 403});
    row(QStringLiteral("GET /followups?scope=team"), get(QStringLiteral("/api/v1/followups?scope=team")), {401, 401, 403, 403, 200, 403, 200, 403});

    // Creating: on a contact one may read (one's own; a lead: the team's), assigned to oneself
    // or the queue; a lead assigns within the team.
    auto create = [this, http, fu](std::function<QString(Who)> contactOf, QJsonValue assignedTo) {
        return [this, http, fu, contactOf, assignedTo](Who who, const QString &token) {
            QJsonObject body{{QStringLiteral("contact_id"), contactOf(who)}, {QStringLiteral("followup"), followUpDoc(QStringLiteral("open"))}};
            if (!assignedTo.isUndefined())
                body.insert(QStringLiteral("assigned_to"), assignedTo);
            return http->put(fu + newUuid(), body, token);
        };
    };
    auto own = [this](Who who) {
        return who == NavA2 ? m_cA2 : (who == NavB1 || who == LeadB) ? m_cB1 : m_cA1;
    };
    row(QStringLiteral("PUT /followups/{new} on own/team contact"), create(own, QJsonValue::Undefined), {401, 401, 201, 201, 201, 201, 201, 403});
    row(QStringLiteral("PUT /followups/{new} on nav.a1's contact"), create([this](Who) { return m_cA1; }, QJsonValue::Undefined),
        {401, 401, 201, 422, 201, 422, 422, 403});
    row(QStringLiteral("PUT /followups/{new} assigned to nav.a2"), create(own, m_id[NavA2]), {401, 401, 403, 201, 201, 403, 422, 403});
    row(QStringLiteral("PUT /followups/{new} to A queue"), create(own, QJsonValue::Null), {401, 401, 201, 201, 201, 201, 201, 403});

    // Updating (If-Match: the current revision): reassignment is a lead's, within the team.
    auto update = [this, http, fu](const QString &id, QJsonValue assignedTo, const QString &status) {
        return [this, http, fu, id, assignedTo, status](Who who, const QString &token) {
            QJsonObject body{{QStringLiteral("followup"), followUpDoc(status)}};
            if (!assignedTo.isUndefined())
                body.insert(QStringLiteral("assigned_to"), assignedTo.toString() == QLatin1String("self") ? QJsonValue(m_id[who]) : assignedTo);
            const QByteArray etag = '"' + QByteArray::number(followUpRevision(id)) + '"';
            return http->put(fu + id, body, token, {{"If-Match", etag}});
        };
    };
    // nav.a2 cannot see nav.a1's follow-up; lead.a moves it to nav.a2 (from then on nav.a2's).
    row(QStringLiteral("PUT /followups/{nav.a1's} -> nav.a2"), update(m_fA1, m_id[NavA2], QStringLiteral("open")),
        {401, 401, 403, 404, 200, 404, 404, 403});
    // nav.a1's contact: nav.a1 may record an outcome on it (see below), never reassign it.
    row(QStringLiteral("PUT /followups/{now nav.a2's} -> nav.b1"), update(m_fA1, m_id[NavB1], QStringLiteral("open")),
        {401, 401, 403, 403, 422, 404, 404, 403});
    // nav.a1 takes the queue item first; then it is nav.a1's, not nav.a2's; the lead takes it.
    // (nav.a2 is the contact's navigator: told it is someone else's now, 403, not 404.)
    row(QStringLiteral("PUT /followups/{A queue} -> self"), update(m_fQA, QStringLiteral("self"), QStringLiteral("open")),
        {401, 401, 200, 403, 200, 404, 404, 403});
    row(QStringLiteral("PUT /followups/{nav.b1's} status"), update(m_fB1, QJsonValue::Undefined, QStringLiteral("done")),
        {401, 401, 404, 404, 404, 200, 200, 403});

    row(QStringLiteral("PUT /surveys/{new}"), [http](Who, const QString &token) {
        return http->put(QStringLiteral("/api/v1/surveys/") + newUuid(), {{QStringLiteral("survey"), surveyDoc}}, token);
    }, {401, 401, 201, 201, 201, 201, 201, 403});
    row(QStringLiteral("PUT /surveys/{nav.a1's} again"), [this, http](Who, const QString &token) {
        return http->put(QStringLiteral("/api/v1/surveys/") + m_sA1, {{QStringLiteral("contact_id"), m_cA1}, {QStringLiteral("survey"), surveyDoc}}, token);
    }, {401, 401, 200, 403, 403, 403, 403, 403});
    row(QStringLiteral("PUT /flags/{new}"), [http](Who, const QString &token) {
        return http->put(QStringLiteral("/api/v1/flags/") + newUuid(), {{QStringLiteral("service_id"), QStringLiteral("svc-1")},
                                                                       {QStringLiteral("reason"), QStringLiteral("closed")}}, token);
    }, {401, 401, 201, 201, 201, 201, 201, 201});
    row(QStringLiteral("GET /flags"), get(QStringLiteral("/api/v1/flags")), {401, 401, 403, 403, 200, 403, 200, 200});
    row(QStringLiteral("PUT /agent-status"), [http](Who, const QString &token) {
        return http->put(QStringLiteral("/api/v1/agent-status"), {{QStringLiteral("state"), QStringLiteral("available")}}, token);
    }, {401, 401, 204, 204, 204, 204, 204, 403});
    row(QStringLiteral("GET /agent-status (board)"), get(QStringLiteral("/api/v1/agent-status")), {401, 401, 403, 403, 200, 403, 200, 403});
    row(QStringLiteral("GET /directory/changes"), get(QStringLiteral("/api/v1/directory/changes?limit=1")), {401, 401, 200, 200, 200, 200, 200, 200});
    // The HSDS read API is open to anonymous readers; a token, when sent, must be valid.
    row(QStringLiteral("GET /hsds/services"), get(QStringLiteral("/hsds/services?per_page=1")), {200, 401, 200, 200, 200, 200, 200, 200});
}

void tst_Authz::matrix_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("who");
    for (int r = 0; r < m_rows.size(); ++r)
        for (int w = 0; w < WhoCount; ++w)
            if (m_rows.at(r).expected[w] != 0)
                QTest::addRow("%s | %s", qPrintable(m_rows.at(r).endpoint), whoNames[w]) << r << w;
}

void tst_Authz::matrix()
{
    QFETCH(int, row);
    QFETCH(int, who);
    const Row &r = m_rows.at(row);
    const Http::Reply reply = r.action(Who(who), m_token[who]);
    m_observed.insert({row, who}, reply.status);
    QVERIFY2(reply.status == r.expected[who], reply.describe().constData());
    // Every refusal is a JSON error with a code.
    if (reply.status >= 400)
        QVERIFY2(!errorCodeOf(reply).isEmpty(), reply.describe().constData());
    if (reply.status == 401)
        QVERIFY(!reply.header("www-authenticate").isEmpty());
}

void tst_Authz::printMatrix()
{
    QString header = QStringLiteral("%1").arg(QStringLiteral("endpoint"), -44);
    for (const char *name : whoNames)
        header += QStringLiteral("%1").arg(QString::fromLatin1(name), 10);
    qInfo("%s", qPrintable(header));
    int mismatches = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        QString line = QStringLiteral("%1").arg(m_rows.at(r).endpoint, -44);
        for (int w = 0; w < WhoCount; ++w) {
            const int expected = m_rows.at(r).expected[w];
            QString cell = QStringLiteral("-");
            if (expected != 0) {
                const int seen = m_observed.value({r, w}, 0);
                cell = seen == 0 ? QStringLiteral("?") : QString::number(seen);
                if (seen != expected) {
                    cell += QStringLiteral("!=%1").arg(expected);
                    ++mismatches;
                }
            }
            line += QStringLiteral("%1").arg(cell, 10);
        }
        qInfo("%s", qPrintable(line));
    }
    qInfo("%lld endpoints x %d callers; %d cells differ from the specification", qint64(m_rows.size()), int(WhoCount), mismatches);
    QCOMPARE(mismatches, 0);
}

void tst_Authz::whatLeadsSee()
{
    // A lead's team views hold their team and nothing of the other team.
    Http::Reply r = m_f.http().get(QStringLiteral("/api/v1/contacts?scope=team&limit=500"), m_token[LeadA]);
    QStringList ids = idsOf(r);
    QVERIFY(ids.contains(m_cA1) && ids.contains(m_cA2));
    QVERIFY(!ids.contains(m_cB1));
    r = m_f.http().get(QStringLiteral("/api/v1/contacts?scope=team&limit=500"), m_token[LeadB]);
    ids = idsOf(r);
    QVERIFY(ids.contains(m_cB1) && !ids.contains(m_cA1) && !ids.contains(m_cA2));

    r = m_f.http().get(QStringLiteral("/api/v1/followups?scope=team"), m_token[LeadA]);
    ids = idsOf(r);
    QVERIFY(ids.contains(m_fA1) && ids.contains(m_fA2) && ids.contains(m_fQA));
    QVERIFY(!ids.contains(m_fB1));
    r = m_f.http().get(QStringLiteral("/api/v1/followups?scope=team"), m_token[LeadB]);
    ids = idsOf(r);
    QVERIFY(ids.contains(m_fB1) && !ids.contains(m_fA1));

    r = m_f.http().get(QStringLiteral("/api/v1/users"), m_token[LeadA]);
    QStringList names;
    for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
        names << v.toObject().value(QStringLiteral("username")).toString();
    QVERIFY2(names.contains(QStringLiteral("nav.a1")) && names.contains(QStringLiteral("nav.a2")), qPrintable(names.join(u',')));
    QVERIFY2(!names.contains(QStringLiteral("nav.b1")) && !names.contains(QStringLiteral("lead.b")) && !names.contains(QStringLiteral("admin")),
             qPrintable(names.join(u',')));

    r = m_f.http().get(QStringLiteral("/api/v1/agent-status"), m_token[LeadA]);
    QStringList board;
    for (const QJsonValue &v : r.object().value(QStringLiteral("items")).toArray())
        board << v.toObject().value(QStringLiteral("user_id")).toString();
    QVERIFY(board.contains(m_id[NavA1]) && board.contains(m_id[NavA2]));
    QVERIFY(!board.contains(m_id[NavB1]) && !board.contains(m_id[LeadB]));

    // Team B's lead sees only team B's flags; the administrator sees all.
    const QString flagA = newUuid();
    QCOMPARE(m_f.http().put(QStringLiteral("/api/v1/flags/") + flagA, {{QStringLiteral("service_id"), QStringLiteral("svc-2")},
                                                                       {QStringLiteral("reason"), QStringLiteral("moved")}}, m_token[NavA1]).status, 201);
    QVERIFY(idsOf(m_f.http().get(QStringLiteral("/api/v1/flags"), m_token[LeadA])).contains(flagA));
    QVERIFY(!idsOf(m_f.http().get(QStringLiteral("/api/v1/flags"), m_token[LeadB])).contains(flagA));
    QVERIFY(idsOf(m_f.http().get(QStringLiteral("/api/v1/flags"), m_token[Admin])).contains(flagA));
}

void tst_Authz::whatNavigatorsSee()
{
    // Lists hold one's own records only, whatever the team.
    QStringList ids = idsOf(m_f.http().get(QStringLiteral("/api/v1/contacts?scope=mine&limit=500"), m_token[NavA2]));
    QVERIFY(ids.contains(m_cA2) && !ids.contains(m_cA1) && !ids.contains(m_cB1));
    // Follow-ups: assigned to me, or my team's queue; not another navigator's.
    const QString queued = putFollowUp(NavA1, m_cA1, QJsonValue::Null);
    QVERIFY(!queued.isEmpty());
    ids = idsOf(m_f.http().get(QStringLiteral("/api/v1/followups?scope=queue"), m_token[NavA2]));
    QVERIFY(ids.contains(queued));
    ids = idsOf(m_f.http().get(QStringLiteral("/api/v1/followups?scope=queue"), m_token[NavB1]));
    QVERIFY(!ids.contains(queued));
    ids = idsOf(m_f.http().get(QStringLiteral("/api/v1/followups?scope=mine"), m_token[NavA1]));
    QVERIFY(!ids.contains(m_fA2));
    // The reassigned follow-up (matrix) is now nav.a2's and gone from nav.a1's list.
    QVERIFY(!ids.contains(m_fA1));
    QVERIFY(idsOf(m_f.http().get(QStringLiteral("/api/v1/followups?scope=mine"), m_token[NavA2])).contains(m_fA1));
    // A navigator cannot change another's contact even with the right revision.
    const Http::Reply r = m_f.http().put(QStringLiteral("/api/v1/contacts/") + m_cA2, contactBody(2, QStringLiteral("mine now")), m_token[NavA1]);
    QCOMPARE(r.status, 403);
    const Http::Reply check = m_f.http().get(QStringLiteral("/api/v1/contacts/") + m_cA2, m_token[NavA2]);
    QCOMPARE(check.object().value(QStringLiteral("revision")).toInt(), 1);
}

void tst_Authz::confidentialFields()
{
    // Log in the two navigators of this check.
    const Session cleared = m_f.login(navClear, passwordOf(navClear));
    const Session plain = m_f.login(navPlain, passwordOf(navPlain));
    QCOMPARE(cleared.status, 200);
    QCOMPARE(plain.status, 200);

    QHash<QString, QJsonObject> full;
    QList<QString> secretIds;
    for (const QJsonObject &item : feed(cleared.access)) {
        const QJsonObject service = item.value(QStringLiteral("service")).toObject();
        full.insert(item.value(QStringLiteral("id")).toString(), service);
        if (QJsonDocument(service).toJson(QJsonDocument::Compact).contains("\"confidential\":true"))
            secretIds << item.value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!secretIds.isEmpty(), "the demo directory has no confidential service");
    QHash<QString, QJsonObject> open;
    for (const QJsonObject &item : feed(plain.access))
        open.insert(item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("service")).toObject());
    QCOMPARE(open.size(), full.size());

    int withheldCount = 0;
    QSet<QString> alsoOpen;
    for (const QString &id : std::as_const(secretIds)) {
        QVERIFY2(open.contains(id) && !open.value(id).isEmpty(), qPrintable(id));
        const QJsonObject shown = open.value(id);
        QVERIFY2(!hasKey(shown, QStringLiteral("confidential")), qPrintable(id));
        QSet<QString> secret;
        QSet<QString> published;
        collectContactPoints(full.value(id), false, &secret, &published);
        // A value the cleared document itself also publishes openly (e.g. an organization's
        // main line reused as a confidential site's phone) is not a secret of this document.
        const QSet<QString> withheld = QSet<QString>(secret).subtract(published);
        alsoOpen += QSet<QString>(secret).intersect(published);
        QVERIFY2(!withheld.isEmpty(), qPrintable(id));
        const QByteArray text = QJsonDocument(shown).toJson(QJsonDocument::Compact);
        for (const QString &s : withheld)
            QVERIFY2(!text.contains(s.toUtf8()), qPrintable(QStringLiteral("%1 shows \"%2\" to an uncleared user").arg(id, s)));
        withheldCount += int(withheld.size());

        // The HSDS read API follows the same rule: full document for cleared users only.
        for (const QString &token : {QString(), plain.access}) {
            const Http::Reply r = m_f.http().get(QStringLiteral("/hsds/services/") + id, token);
            QVERIFY2(r.status == 200, r.describe().constData());
            QVERIFY2(!hasKey(r.object(), QStringLiteral("confidential")), qPrintable(id));
            for (const QString &s : withheld)
                QVERIFY2(!r.body.contains(s.toUtf8()), qPrintable(QStringLiteral("/hsds/services/%1 shows \"%2\"").arg(id, s)));
        }
        const Http::Reply r = m_f.http().get(QStringLiteral("/hsds/services/") + id, cleared.access);
        QVERIFY2(r.status == 200, r.describe().constData());
        for (const QString &s : withheld)
            QVERIFY2(r.body.contains(s.toUtf8()), qPrintable(QStringLiteral("/hsds/services/%1 hides \"%2\" from a cleared user").arg(id, s)));
    }
    if (!alsoOpen.isEmpty())
        qInfo("note: %lld confidential phone/address values are also published non-confidentially in the same document",
              qint64(alsoOpen.size()));
    // The lead of team A is cleared too and gets the same document as the cleared navigator.
    QHash<QString, QJsonObject> leadView;
    for (const QJsonObject &item : feed(m_token[LeadA]))
        leadView.insert(item.value(QStringLiteral("id")).toString(), item.value(QStringLiteral("service")).toObject());
    QCOMPARE(leadView.value(secretIds.first()), full.value(secretIds.first()));
    qInfo("%lld of %lld services have confidential parts; %d confidential numbers/addresses withheld from uncleared users",
          qint64(secretIds.size()), qint64(full.size()), withheldCount);
}

QTEST_GUILESS_MAIN(tst_Authz)
#include "tst_authz.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The HSDS 3.0 read API (/hsds/) over real HTTP: the server's own request pipeline (HttpService
// with every route of registerRoutes) runs in this process on 127.0.0.1, once on a SQLite file
// and once on a throw-away PostgreSQL cluster (skipped when PostgreSQL is not installed). The
// directory is the generated demo directory plus two HSDS fixtures; expectations are computed
// here from the stored rows, independently of the server's SQL.

#include "api/api.h"
#include "core/accounts.h"
#include "core/migrations.h"
#include "directory/serverdirectory.h"
#include "directory/text/textfold.h"
#include "http/httpfront.h"
#include "server/httpclient.h"
#include "server/pgcluster.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <memory>

using namespace Nav::Server;
using Nav::Test::Http;

namespace {

qint64 utcMs(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

const qint64 demoTime = utcMs(2024, 1, 10);
const qint64 tabularTime = utcMs(2024, 3, 1);
const qint64 bilingualTime = utcMs(2024, 6, 1);
const QString password = QStringLiteral("correct horse battery staple");

int demoCount()
{
    const int n = qEnvironmentVariableIntValue("NAV_HSDS_DEMO_COUNT");
    return n > 0 ? n : 300;
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("NAV_SOURCE_DIR") + QStringLiteral("/tests/data/hsds/") + name;
}

// Great-circle distance, written again here so the test does not share the server's helper.
double kmBetween(double lat1, double lon1, double lat2, double lon2)
{
    const double r = M_PI / 180;
    const double h = std::pow(std::sin((lat2 - lat1) * r / 2), 2)
                     + std::cos(lat1 * r) * std::cos(lat2 * r) * std::pow(std::sin((lon2 - lon1) * r / 2), 2);
    return 2 * 6371.0088 * std::asin(std::sqrt(h));
}

QString q(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// ---- HSDS 3.0 required fields (schema/*.json "required", plus 3.1 service_capacity/unit) ----

const QHash<QString, QStringList> &requiredFields()
{
    static const QHash<QString, QStringList> r = {
        {QStringLiteral("service"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status")}},
        {QStringLiteral("organization"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("program"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("location"), {QStringLiteral("id"), QStringLiteral("location_type")}},
        {QStringLiteral("address"), {QStringLiteral("id"), QStringLiteral("address_1"), QStringLiteral("city"),
                                     QStringLiteral("state_province"), QStringLiteral("postal_code"),
                                     QStringLiteral("country"), QStringLiteral("address_type")}},
        {QStringLiteral("phone"), {QStringLiteral("id"), QStringLiteral("number")}},
        {QStringLiteral("schedule"), {QStringLiteral("id")}},
        {QStringLiteral("contact"), {QStringLiteral("id")}},
        {QStringLiteral("language"), {QStringLiteral("id")}},
        {QStringLiteral("accessibility"), {QStringLiteral("id")}},
        {QStringLiteral("service_area"), {QStringLiteral("id")}},
        {QStringLiteral("cost_option"), {QStringLiteral("id")}},
        {QStringLiteral("required_document"), {QStringLiteral("id")}},
        {QStringLiteral("attribute"), {QStringLiteral("id")}},
        {QStringLiteral("taxonomy_term"), {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description")}},
        {QStringLiteral("service_at_location"), {QStringLiteral("id")}},
        {QStringLiteral("service_capacity"), {QStringLiteral("id"), QStringLiteral("unit"), QStringLiteral("available"), QStringLiteral("updated")}},
        {QStringLiteral("unit"), {QStringLiteral("id"), QStringLiteral("name")}},
    };
    return r;
}

// Which schema the value of a member follows.
const QHash<QString, QString> &memberSchema()
{
    static const QHash<QString, QString> m = {
        {QStringLiteral("organization"), QStringLiteral("organization")},
        {QStringLiteral("program"), QStringLiteral("program")},
        {QStringLiteral("location"), QStringLiteral("location")},
        {QStringLiteral("addresses"), QStringLiteral("address")},
        {QStringLiteral("phones"), QStringLiteral("phone")},
        {QStringLiteral("schedules"), QStringLiteral("schedule")},
        {QStringLiteral("contacts"), QStringLiteral("contact")},
        {QStringLiteral("languages"), QStringLiteral("language")},
        {QStringLiteral("accessibility"), QStringLiteral("accessibility")},
        {QStringLiteral("service_areas"), QStringLiteral("service_area")},
        {QStringLiteral("cost_options"), QStringLiteral("cost_option")},
        {QStringLiteral("required_documents"), QStringLiteral("required_document")},
        {QStringLiteral("attributes"), QStringLiteral("attribute")},
        {QStringLiteral("taxonomy_term"), QStringLiteral("taxonomy_term")},
        {QStringLiteral("service_at_locations"), QStringLiteral("service_at_location")},
        {QStringLiteral("capacities"), QStringLiteral("service_capacity")},
        {QStringLiteral("unit"), QStringLiteral("unit")},
        {QStringLiteral("service"), QStringLiteral("service")},
        {QStringLiteral("services"), QStringLiteral("service")},
    };
    return m;
}

// Appends "path: problem" for every required field missing (or not a string id) below `value`.
// In a minimal service document the organization is only {id, name} by design.
void checkSchema(const QJsonValue &value, const QString &schema, const QString &path, QStringList *problems,
                 bool minimal = false)
{
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            checkSchema(a.at(i), schema, QStringLiteral("%1[%2]").arg(path).arg(i), problems, minimal);
        return;
    }
    if (!value.isObject()) {
        problems->append(path + QStringLiteral(": not an object"));
        return;
    }
    const QJsonObject o = value.toObject();
    QStringList required = requiredFields().value(schema);
    if (minimal && schema == QLatin1String("organization"))
        required = {QStringLiteral("id"), QStringLiteral("name")};
    for (const QString &field : std::as_const(required))
        if (!o.contains(field) || o.value(field).isNull())
            problems->append(QStringLiteral("%1 (%2): %3 missing").arg(path, schema, field));
    if (o.contains(QStringLiteral("id")) && !o.value(QStringLiteral("id")).isString())
        problems->append(QStringLiteral("%1 (%2): id is not a string").arg(path, schema));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const QString child = memberSchema().value(it.key()); !child.isEmpty())
            checkSchema(it.value(), child, path + QLatin1Char('.') + it.key(), problems, minimal);
}

// The HSDS 3.0 Page.
void checkPageShape(const QJsonObject &page, QStringList *problems)
{
    for (const char *k : {"total_items", "total_pages", "page_number", "size"})
        if (!page.value(QLatin1String(k)).isDouble())
            problems->append(QStringLiteral("page: %1 is not a number").arg(QLatin1String(k)));
    for (const char *k : {"first_page", "last_page", "empty"})
        if (!page.value(QLatin1String(k)).isBool())
            problems->append(QStringLiteral("page: %1 is not a boolean").arg(QLatin1String(k)));
    if (!page.value(QStringLiteral("contents")).isArray())
        problems->append(QStringLiteral("page: contents is not an array"));
    else if (page.value(QStringLiteral("contents")).toArray().size() != page.value(QStringLiteral("size")).toInt())
        problems->append(QStringLiteral("page: size differs from the number of contents"));
}

struct Backend
{
    QString name;
    std::unique_ptr<ServerDb> db;
    QSqlDatabase conn; // this thread's connection, for setting up and for expectations
    ServerSettings settings;
    std::unique_ptr<AccessLog> log;
    std::unique_ptr<HttpService> service;
    std::unique_ptr<Http> http;
    QString clearedToken;
    QString plainToken;

    Http::Reply get(const QString &path, const QString &token = {}) const { return http->get(path, token); }

    QList<QStringList> rows(const QString &sql) const
    {
        QSqlDatabase c = conn;
        auto r = ServerDb::exec(c, sql);
        QList<QStringList> out;
        if (!r) {
            qWarning("query failed: %s", qPrintable(r.error().detail));
            return out;
        }
        const int n = r->record().count();
        while (r->next()) {
            QStringList row;
            for (int i = 0; i < n; ++i)
                row << r->value(i).toString();
            out << row;
        }
        return out;
    }
    qint64 count(const QString &sql) const
    {
        const auto r = rows(sql);
        return r.isEmpty() ? -1 : r.first().first().toLongLong();
    }
};

} // namespace

class tst_HsdsApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void postgresAvailable();
    void apiInfo_data() { backendRows(); }
    void apiInfo();
    void servicesPaging_data() { backendRows(); }
    void servicesPaging();
    void badParameters_data() { backendRows(); }
    void badParameters();
    void modifiedAfter_data() { backendRows(); }
    void modifiedAfter();
    void minimalDocuments_data() { backendRows(); }
    void minimalDocuments();
    void serviceById_data() { backendRows(); }
    void serviceById();
    void redaction_data() { backendRows(); }
    void redaction();
    void serviceAtLocations_data() { backendRows(); }
    void serviceAtLocations();
    void postcode_data() { backendRows(); }
    void postcode();
    void proximity_data() { backendRows(); }
    void proximity();
    void search_data() { backendRows(); }
    void search();
    void taxonomyTerm_data() { backendRows(); }
    void taxonomyTerm();
    void organizations_data() { backendRows(); }
    void organizations();
    void hsdsRequiredFields_data() { backendRows(); }
    void hsdsRequiredFields();

private:
    void backendRows();
    bool setUp(Backend &b, const QString &url, QString *error);
    Backend &backend();
    // Every item of every page of `path` (which has no page/per_page yet), checking the paging
    // fields on the way.
    QJsonArray allItems(const Backend &b, const QString &path, const QString &token = {}, int perPage = 500);

    Router m_router;
    QTemporaryDir m_dir;
    Nav::Test::PgCluster m_pg;
    QString m_pgProblem;
    QList<std::shared_ptr<Backend>> m_backends;
};

Backend &tst_HsdsApi::backend()
{
    QFETCH(int, backend);
    return *m_backends.at(backend);
}

void tst_HsdsApi::backendRows()
{
    QTest::addColumn<int>("backend");
    for (qsizetype i = 0; i < m_backends.size(); ++i)
        QTest::newRow(qPrintable(m_backends.at(i)->name)) << int(i);
}

bool tst_HsdsApi::setUp(Backend &b, const QString &url, QString *error)
{
    auto config = DbConfig::parse(url);
    if (!config)
        return *error = config.error().message, false;
    b.db = std::make_unique<ServerDb>(*config);
    auto conn = b.db->connection();
    if (!conn)
        return *error = conn.error().message + QLatin1Char(' ') + conn.error().detail, false;
    b.conn = *conn;
    if (auto m = Migrations::apply(b.conn, b.db->dialect()); !m)
        return *error = m.error().message + QLatin1Char(' ') + m.error().detail, false;
    auto key = signingKey(b.conn);
    if (!key)
        return *error = key.error().message, false;
    b.settings.signingKey = *key;

    QElapsedTimer timer;
    timer.start();
    if (auto r = ServerDirectory::importFile(b.conn, QStringLiteral("demo"), QString::number(demoCount()), demoTime); !r)
        return *error = QStringLiteral("demo import: ") + r.error().message + QLatin1Char(' ') + r.error().detail, false;
    qInfo("%s: demo directory of %d services imported in %lld ms", qPrintable(b.name), demoCount(), timer.elapsed());
    // The tabular file (source hsds) is replaced by the bilingual one: its service is retired.
    if (auto r = ServerDirectory::importFile(b.conn, QStringLiteral("hsds"), fixture(QStringLiteral("modern-tabular.json")), tabularTime); !r)
        return *error = QStringLiteral("modern-tabular.json: ") + r.error().message, false;
    if (auto r = ServerDirectory::importFile(b.conn, QStringLiteral("hsds"), fixture(QStringLiteral("bilingual.json")), bilingualTime); !r)
        return *error = QStringLiteral("bilingual.json: ") + r.error().message, false;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto t = Accounts::addTeam(b.conn, QStringLiteral("North"), now); !t)
        return *error = t.error().message, false;
    if (auto u = Accounts::addUser(b.conn, QStringLiteral("cleo"), QStringLiteral("Cleared User"), QStringLiteral("North"),
                                   Role::Navigator, true, password, now); !u)
        return *error = u.error().message, false;
    if (auto u = Accounts::addUser(b.conn, QStringLiteral("nate"), QStringLiteral("Plain User"), QStringLiteral("North"),
                                   Role::Navigator, false, password, now); !u)
        return *error = u.error().message, false;

    b.log = std::make_unique<AccessLog>(QString());
    b.service = std::make_unique<HttpService>(m_router, *b.db, b.settings, *b.log);
    auto port = b.service->start(QHostAddress::LocalHost, 0, 2);
    if (!port)
        return *error = port.error().message, false;
    b.http = std::make_unique<Http>(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)));

    for (auto [user, token] : {std::pair{QStringLiteral("cleo"), &b.clearedToken}, std::pair{QStringLiteral("nate"), &b.plainToken}}) {
        const auto r = b.http->post(QStringLiteral("/api/v1/auth/login"),
                                    QJsonObject{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
        if (r.status != 200)
            return *error = QStringLiteral("login of %1: %2").arg(user, QString::fromUtf8(r.describe())), false;
        *token = r.object().value(QStringLiteral("access_token")).toString();
    }
    return true;
}

void tst_HsdsApi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(fixture(QStringLiteral("bilingual.json"))), "NAV_SOURCE_DIR must point at the source tree");
    registerRoutes(m_router);

    auto sqlite = std::make_shared<Backend>();
    sqlite->name = QStringLiteral("sqlite");
    QString error;
    QVERIFY2(setUp(*sqlite, QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("hsds.db")), &error), qPrintable(error));
    m_backends.append(sqlite);

    if (!m_pg.start(&m_pgProblem))
        return;
    const QString url = m_pg.createDatabase(QStringLiteral("hsds"), &m_pgProblem);
    if (url.isEmpty())
        return;
    auto pg = std::make_shared<Backend>();
    pg->name = QStringLiteral("postgres");
    QVERIFY2(setUp(*pg, url, &error), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(m_pg.serverLog().right(2000))));
    m_backends.append(pg);
}

void tst_HsdsApi::cleanupTestCase()
{
    for (const auto &b : std::as_const(m_backends)) {
        b->http.reset();
        if (b->service)
            b->service->stop();
        b->service.reset();
        b->conn = QSqlDatabase();
        if (b->db)
            b->db->closeConnection();
    }
    m_backends.clear();
    m_pg.stop();
}

QJsonArray tst_HsdsApi::allItems(const Backend &b, const QString &path, const QString &token, int perPage)
{
    QJsonArray all;
    const QString sep = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    for (int page = 1; page < 10000; ++page) {
        const auto r = b.get(path + sep + QStringLiteral("per_page=%1&page=%2").arg(perPage).arg(page), token);
        if (r.status != 200) {
            qWarning("%s: %s", qPrintable(path), r.describe().constData());
            return {};
        }
        const QJsonObject o = r.object();
        if (o.value(QStringLiteral("page_number")).toInt() != page)
            qWarning("%s: page_number %d on page %d", qPrintable(path), o.value(QStringLiteral("page_number")).toInt(), page);
        for (const QJsonValue &v : o.value(QStringLiteral("contents")).toArray())
            all.append(v);
        if (o.value(QStringLiteral("last_page")).toBool())
            break;
    }
    return all;
}

QSet<QString> idsOf(const QJsonArray &items, const QString &key = QStringLiteral("id"))
{
    QSet<QString> out;
    for (const QJsonValue &v : items)
        out.insert(v.toObject().value(key).toString());
    return out;
}

QSet<QString> salKeys(const QJsonArray &items)
{
    QSet<QString> out;
    for (const QJsonValue &v : items)
        out.insert(v.toObject().value(QStringLiteral("service_id")).toString() + QLatin1Char('|')
                   + v.toObject().value(QStringLiteral("location_id")).toString());
    return out;
}

void tst_HsdsApi::postgresAvailable()
{
    if (m_backends.size() < 2)
        QSKIP(qPrintable(QStringLiteral("PostgreSQL cases skipped: ") + m_pgProblem));
}

void tst_HsdsApi::apiInfo()
{
    Backend &b = backend();
    for (const QString &path : {QStringLiteral("/hsds/"), QStringLiteral("/hsds")}) {
        const auto r = b.get(path);
        QVERIFY2(r.status == 200, r.describe());
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("3.0"));
        QVERIFY(o.value(QStringLiteral("profile")).toString().startsWith(QLatin1String("https://")));
        QVERIFY(o.value(QStringLiteral("openapi_url")).toString().startsWith(QLatin1String("https://")));
    }
    const auto post = b.http->post(QStringLiteral("/hsds/services"));
    QCOMPARE(post.status, 405);
    QCOMPARE(post.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("method-not-allowed"));
}

void tst_HsdsApi::servicesPaging()
{
    Backend &b = backend();
    const qint64 active = b.count(QStringLiteral("SELECT COUNT(*) FROM dir_service WHERE status = 'active'"));
    QVERIFY(active > 100);

    auto r = b.get(QStringLiteral("/hsds/services"));
    QVERIFY2(r.status == 200, r.describe());
    QJsonObject o = r.object();
    QCOMPARE(o.value(QStringLiteral("total_items")).toInteger(), active);
    QCOMPARE(o.value(QStringLiteral("size")).toInt(), 50);
    QCOMPARE(o.value(QStringLiteral("page_number")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("total_pages")).toInteger(), (active + 49) / 50);
    QCOMPARE(o.value(QStringLiteral("first_page")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("last_page")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("empty")).toBool(), false);

    // Walk every page of 37: no service twice, none missing, the flags right on each page.
    const int per = 37;
    const qint64 pages = (active + per - 1) / per;
    QSet<QString> seen;
    for (qint64 p = 1; p <= pages; ++p) {
        r = b.get(QStringLiteral("/hsds/services?per_page=%1&page=%2").arg(per).arg(p));
        QVERIFY2(r.status == 200, r.describe());
        o = r.object();
        const QJsonArray contents = o.value(QStringLiteral("contents")).toArray();
        QCOMPARE(o.value(QStringLiteral("total_pages")).toInteger(), pages);
        QCOMPARE(o.value(QStringLiteral("first_page")).toBool(), p == 1);
        QCOMPARE(o.value(QStringLiteral("last_page")).toBool(), p == pages);
        QCOMPARE(qint64(contents.size()), p < pages ? per : active - (pages - 1) * per);
        for (const QJsonValue &v : contents) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        }
    }
    QCOMPARE(qint64(seen.size()), active);

    // Past the end: an empty page, still 200.
    r = b.get(QStringLiteral("/hsds/services?per_page=%1&page=%2").arg(per).arg(pages + 1));
    QVERIFY2(r.status == 200, r.describe());
    o = r.object();
    QCOMPARE(o.value(QStringLiteral("empty")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("size")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("contents")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("last_page")).toBool(), true);

    // per_page bounds: 1 and 500 are accepted.
    r = b.get(QStringLiteral("/hsds/services?per_page=1"));
    QCOMPARE(r.object().value(QStringLiteral("size")).toInt(), 1);
    QCOMPARE(r.object().value(QStringLiteral("total_pages")).toInteger(), active);
    r = b.get(QStringLiteral("/hsds/services?per_page=500"));
    QCOMPARE(r.object().value(QStringLiteral("size")).toInteger(), qMin<qint64>(500, active));

    // status: all, and a single status.
    const qint64 all = b.count(QStringLiteral("SELECT COUNT(*) FROM dir_service"));
    const qint64 inactive = b.count(QStringLiteral("SELECT COUNT(*) FROM dir_service WHERE status = 'inactive'"));
    QCOMPARE(b.get(QStringLiteral("/hsds/services?status=all&per_page=1")).object().value(QStringLiteral("total_items")).toInteger(), all);
    QCOMPARE(b.get(QStringLiteral("/hsds/services?status=inactive&per_page=1")).object().value(QStringLiteral("total_items")).toInteger(), inactive);
}

void tst_HsdsApi::badParameters()
{
    Backend &b = backend();
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("/hsds/services?per_page=0"), QStringLiteral("per_page")},
        {QStringLiteral("/hsds/services?per_page=501"), QStringLiteral("per_page")},
        {QStringLiteral("/hsds/services?per_page=ten"), QStringLiteral("per_page")},
        {QStringLiteral("/hsds/services?page=0"), QStringLiteral("page")},
        {QStringLiteral("/hsds/services?page=-2"), QStringLiteral("page")},
        {QStringLiteral("/hsds/services?minimal=maybe"), QStringLiteral("minimal")},
        {QStringLiteral("/hsds/services?modified_after=yesterday"), QStringLiteral("modified_after")},
        {QStringLiteral("/hsds/services?modified_after=2024-13-01"), QStringLiteral("modified_after")},
        {QStringLiteral("/hsds/services?modified_after=1717200000000"), QStringLiteral("modified_after")},
        {QStringLiteral("/hsds/services?status=closed"), QStringLiteral("status")},
        {QStringLiteral("/hsds/services?search=") + QString(201, QLatin1Char('a')), QStringLiteral("search")},
        {QStringLiteral("/hsds/services/svc-food?minimal=2"), QStringLiteral("minimal")},
        {QStringLiteral("/hsds/service_at_locations?postcode=H2X%25"), QStringLiteral("postcode")},
        {QStringLiteral("/hsds/service_at_locations?proximity=45.5,-73.6"), QStringLiteral("proximity")},
        {QStringLiteral("/hsds/service_at_locations?proximity=95,0,5"), QStringLiteral("proximity")},
        {QStringLiteral("/hsds/service_at_locations?proximity=45,-73,0"), QStringLiteral("proximity")},
        {QStringLiteral("/hsds/service_at_locations?proximity=45,-73,5000"), QStringLiteral("proximity")},
        {QStringLiteral("/hsds/service_at_locations?proximity=a,b,c"), QStringLiteral("proximity")},
        {QStringLiteral("/hsds/service_at_locations?per_page=9999"), QStringLiteral("per_page")},
        {QStringLiteral("/hsds/organizations?page=x"), QStringLiteral("page")},
    };
    for (const auto &[path, parameter] : cases) {
        const auto r = b.get(path);
        QVERIFY2(r.status == 400, qPrintable(path + QLatin1Char(' ') + QString::fromUtf8(r.describe())));
        const QJsonObject e = r.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("bad-parameter"));
        QCOMPARE(e.value(QStringLiteral("parameter")).toString(), parameter);
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(parameter));
    }
    // A token that is not valid is refused even where signing in is optional.
    const auto r = b.get(QStringLiteral("/hsds/services"), QStringLiteral("not-a-token"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("invalid-token"));
}

void tst_HsdsApi::modifiedAfter()
{
    Backend &b = backend();
    const qint64 active = b.count(QStringLiteral("SELECT COUNT(*) FROM dir_service WHERE status = 'active'"));
    const QList<std::pair<QString, qint64>> cases = {
        {QStringLiteral("2024-05-01"), 2},
        {QStringLiteral("2024-06-01T00:00:00Z"), 2},          // on or after
        {QStringLiteral("2024-06-01T00:00:00.001Z"), 0},
        {QStringLiteral("2024-05-31T20:00:00-04:00"), 2},     // the same instant
        {QStringLiteral("2024-05-31T20:00:01-04:00"), 0},
        {QStringLiteral("2024-06-01T02:00+02:00"), 2},
        {QStringLiteral("2024-01-01T00:00:00"), active},      // no offset: UTC
        {QStringLiteral("2030-01-01"), 0},
    };
    for (const auto &[when, expected] : cases) {
        const auto r = b.get(QStringLiteral("/hsds/services?per_page=500&modified_after=") + q(when));
        QVERIFY2(r.status == 200, qPrintable(when + QLatin1Char(' ') + QString::fromUtf8(r.describe())));
        QVERIFY2(r.object().value(QStringLiteral("total_items")).toInteger() == expected, qPrintable(when));
        if (expected == 2)
            QCOMPARE(idsOf(r.object().value(QStringLiteral("contents")).toArray()),
                     (QSet<QString>{QStringLiteral("svc-food"), QStringLiteral("svc-shelter")}));
    }
    // A "+" a form encoder sent as a space.
    auto r = b.get(QStringLiteral("/hsds/services?modified_after=2024-06-01T02:00:00%2002:00"));
    QVERIFY2(r.status == 200, r.describe());
    QCOMPARE(r.object().value(QStringLiteral("total_items")).toInteger(), 2);
    // The retired tabular service changed on the bilingual import too.
    r = b.get(QStringLiteral("/hsds/services?status=all&modified_after=2024-02-01"));
    QCOMPARE(idsOf(r.object().value(QStringLiteral("contents")).toArray()),
             (QSet<QString>{QStringLiteral("svc-food"), QStringLiteral("svc-shelter"), QStringLiteral("svc-m")}));
    // Also on service_at_locations.
    r = b.get(QStringLiteral("/hsds/service_at_locations?modified_after=2024-05-01"), b.clearedToken);
    QCOMPARE(salKeys(r.object().value(QStringLiteral("contents")).toArray()),
             (QSet<QString>{QStringLiteral("svc-food|loc-1"), QStringLiteral("svc-shelter|loc-2")}));
}

void tst_HsdsApi::minimalDocuments()
{
    Backend &b = backend();
    const auto full = b.get(QStringLiteral("/hsds/services?per_page=20"));
    const auto minimal = b.get(QStringLiteral("/hsds/services?per_page=20&minimal=true"));
    QVERIFY2(minimal.status == 200, minimal.describe());
    const QJsonArray f = full.object().value(QStringLiteral("contents")).toArray();
    const QJsonArray m = minimal.object().value(QStringLiteral("contents")).toArray();
    QCOMPARE(m.size(), 20);
    QCOMPARE(minimal.object().value(QStringLiteral("total_items")), full.object().value(QStringLiteral("total_items")));
    bool fullHasArrays = false;
    for (qsizetype i = 0; i < m.size(); ++i) {
        const QJsonObject mo = m.at(i).toObject();
        QCOMPARE(mo.value(QStringLiteral("id")), f.at(i).toObject().value(QStringLiteral("id")));
        for (auto it = mo.begin(); it != mo.end(); ++it)
            QVERIFY2(!it.value().isArray(), qPrintable(it.key()));
        const QString id = mo.value(QStringLiteral("id")).toString();
        const auto stored = b.rows(QStringLiteral("SELECT doc_minimal FROM dir_service WHERE id = '%1'").arg(id));
        QCOMPARE(mo, QJsonDocument::fromJson(stored.first().first().toUtf8()).object());
        fullHasArrays = fullHasArrays || f.at(i).toObject().contains(QStringLiteral("service_at_locations"));
    }
    QVERIFY(fullHasArrays);
    const auto one = b.get(QStringLiteral("/hsds/services/svc-food?minimal=true"));
    QVERIFY2(one.status == 200, one.describe());
    QVERIFY(!one.object().contains(QStringLiteral("service_at_locations")));
    QCOMPARE(one.object().value(QStringLiteral("name")).toString(), QStringLiteral("Food Bank"));
}

void tst_HsdsApi::serviceById()
{
    Backend &b = backend();
    auto r = b.get(QStringLiteral("/hsds/services/svc-food"));
    QVERIFY2(r.status == 200, r.describe());
    QCOMPARE(r.object().value(QStringLiteral("id")).toString(), QStringLiteral("svc-food"));
    QCOMPARE(r.object().value(QStringLiteral("name_fr")).toString(), QStringLiteral("Banque alimentaire"));
    QCOMPARE(r.object().value(QStringLiteral("organization")).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("org-1"));

    for (const QString &id : {QStringLiteral("nope"), QStringLiteral("svc-m") /* retired */}) {
        r = b.get(QStringLiteral("/hsds/services/") + id);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
    }
    // An id with characters that need escaping in a URL.
    r = b.get(QStringLiteral("/hsds/services/") + q(QStringLiteral("a b/'\"")));
    QCOMPARE(r.status, 404);
}

void tst_HsdsApi::redaction()
{
    Backend &b = backend();
    const auto anonymous = b.get(QStringLiteral("/hsds/services/svc-food"));
    const auto plain = b.get(QStringLiteral("/hsds/services/svc-food"), b.plainToken);
    const auto cleared = b.get(QStringLiteral("/hsds/services/svc-food"), b.clearedToken);
    QVERIFY2(anonymous.status == 200 && plain.status == 200 && cleared.status == 200, cleared.describe());
    for (const auto *r : {&anonymous, &plain}) {
        QVERIFY2(!r->body.contains("613-555-0100"), r->body.constData()); // confidential phone
        QVERIFY2(!r->body.contains("123 Rue Principale"), r->body.constData()); // confidential address
        QVERIFY(r->body.contains("613-555-0111"));
        QVERIFY(!r->body.contains("\"confidential\":true"));
    }
    QCOMPARE(plain.body, anonymous.body);
    QVERIFY(cleared.body.contains("613-555-0100"));
    QVERIFY(cleared.body.contains("123 Rue Principale"));

    // A confidential location: absent from the public document and from service_at_locations.
    const auto shelterPublic = b.get(QStringLiteral("/hsds/services/svc-shelter"), b.plainToken);
    const auto shelterFull = b.get(QStringLiteral("/hsds/services/svc-shelter"), b.clearedToken);
    QVERIFY(!shelterPublic.body.contains("loc-2"));
    QVERIFY(shelterFull.body.contains("loc-2"));
    QVERIFY(shelterFull.body.contains("Secr"));

    // The lists follow the same rule.
    const auto listPublic = b.get(QStringLiteral("/hsds/services?modified_after=2024-05-01"));
    const auto listFull = b.get(QStringLiteral("/hsds/services?modified_after=2024-05-01"), b.clearedToken);
    QVERIFY(!listPublic.body.contains("613-555-0100") && !listPublic.body.contains("loc-2"));
    QVERIFY(listFull.body.contains("613-555-0100") && listFull.body.contains("loc-2"));
}

void tst_HsdsApi::serviceAtLocations()
{
    Backend &b = backend();
    const QString join = QStringLiteral("SELECT COUNT(*) FROM dir_location l JOIN dir_service s ON s.id = l.service_id WHERE s.status = 'active'");
    const qint64 open = b.count(join + QStringLiteral(" AND l.confidential = 0"));
    const qint64 every = b.count(join);
    QVERIFY(every > open); // the demo has confidential shelters, the fixture one more

    for (const auto &[token, expected] : {std::pair{QString(), open}, std::pair{b.plainToken, open}, std::pair{b.clearedToken, every}}) {
        const QJsonArray items = allItems(b, QStringLiteral("/hsds/service_at_locations"), token, 137);
        QCOMPARE(qint64(items.size()), expected);
        QCOMPARE(qint64(salKeys(items).size()), expected);
        const QSet<QString> confidential = [&] {
            QSet<QString> s;
            for (const QStringList &row : b.rows(QStringLiteral("SELECT service_id, location_id FROM dir_location WHERE confidential = 1")))
                s.insert(row.at(0) + QLatin1Char('|') + row.at(1));
            return s;
        }();
        const bool isCleared = token == b.clearedToken;
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString key = o.value(QStringLiteral("service_id")).toString() + QLatin1Char('|') + o.value(QStringLiteral("location_id")).toString();
            QVERIFY2(isCleared || !confidential.contains(key), qPrintable(key));
            QCOMPARE(o.value(QStringLiteral("location")).toObject().value(QStringLiteral("id")), o.value(QStringLiteral("location_id")));
            QCOMPARE(o.value(QStringLiteral("service")).toObject().value(QStringLiteral("id")), o.value(QStringLiteral("service_id")));
            QVERIFY(!o.value(QStringLiteral("id")).toString().isEmpty());
            if (!isCleared)
                QVERIFY(!QJsonDocument(o).toJson().contains("\"confidential\": true"));
            const QJsonObject service = o.value(QStringLiteral("service")).toObject();
            for (auto it = service.begin(); it != service.end(); ++it)
                QVERIFY2(!it.value().isArray(), qPrintable(it.key()));
        }
    }
    // The fixture's entries keep their HSDS ids and descriptions.
    auto r = b.get(QStringLiteral("/hsds/service_at_locations?modified_after=2024-05-01"), b.clearedToken);
    QJsonArray items = r.object().value(QStringLiteral("contents")).toArray();
    QCOMPARE(items.size(), 2);
    QSet<QString> ids = idsOf(items);
    QCOMPARE(ids, (QSet<QString>{QStringLiteral("sal-1"), QStringLiteral("sal-2")}));
    r = b.get(QStringLiteral("/hsds/service_at_locations?modified_after=2024-05-01"));
    QCOMPARE(idsOf(r.object().value(QStringLiteral("contents")).toArray()), QSet<QString>{QStringLiteral("sal-1")});
}

void tst_HsdsApi::postcode()
{
    Backend &b = backend();
    // The most common postal area (first three characters) among public locations.
    const auto rows = b.rows(QStringLiteral(
        "SELECT l.service_id, l.location_id, l.postcode, l.confidential FROM dir_location l JOIN dir_service s ON s.id = l.service_id"
        " WHERE s.status = 'active' AND l.postcode IS NOT NULL"));
    QHash<QString, int> areas;
    for (const QStringList &row : rows)
        areas[row.at(2).left(3)] += 1;
    QString area;
    for (auto it = areas.cbegin(); it != areas.cend(); ++it)
        if (area.isEmpty() || it.value() > areas.value(area) || (it.value() == areas.value(area) && it.key() < area))
            area = it.key();
    QVERIFY(areas.value(area) > 1);
    QSet<QString> expected;
    QString full;
    for (const QStringList &row : rows)
        if (row.at(2).startsWith(area) && row.at(3) == QLatin1String("0")) {
            expected.insert(row.at(0) + QLatin1Char('|') + row.at(1));
            full = row.at(2);
        }

    // Lower case with a space, as people type it.
    const QString typed = area.toLower().left(2) + QLatin1Char(' ') + area.toLower().mid(2);
    QJsonArray items = allItems(b, QStringLiteral("/hsds/service_at_locations?postcode=") + q(typed), QString(), 7);
    QCOMPARE(salKeys(items), expected);
    for (const QJsonValue &v : items) {
        bool found = false;
        for (const QJsonValue &a : v.toObject().value(QStringLiteral("location")).toObject().value(QStringLiteral("addresses")).toArray())
            found = found || a.toObject().value(QStringLiteral("postal_code")).toString().toUpper().remove(QLatin1Char(' ')).startsWith(area);
        QVERIFY(found);
    }
    // A whole postcode.
    items = allItems(b, QStringLiteral("/hsds/service_at_locations?postcode=") + q(full.left(3) + QLatin1Char(' ') + full.mid(3)));
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &v : items)
        QVERIFY(expected.contains(v.toObject().value(QStringLiteral("service_id")).toString() + QLatin1Char('|')
                                  + v.toObject().value(QStringLiteral("location_id")).toString()));
    // Nothing there.
    QCOMPARE(b.get(QStringLiteral("/hsds/service_at_locations?postcode=Z9Z")).object().value(QStringLiteral("total_items")).toInt(), 0);
}

void tst_HsdsApi::proximity()
{
    Backend &b = backend();
    const auto rows = b.rows(QStringLiteral(
        "SELECT l.service_id, l.location_id, l.latitude, l.longitude, l.confidential FROM dir_location l"
        " JOIN dir_service s ON s.id = l.service_id WHERE s.status = 'active' AND l.latitude IS NOT NULL"));
    // Centre on a confidential location when there is one with coordinates (it must stay hidden
    // from the public), else on the first location.
    double lat = 0, lon = 0;
    QString secret;
    for (const QStringList &row : rows)
        if (row.at(4) == QLatin1String("1")) {
            lat = row.at(2).toDouble(), lon = row.at(3).toDouble();
            secret = row.at(0) + QLatin1Char('|') + row.at(1);
            break;
        }
    if (secret.isEmpty())
        lat = rows.first().at(2).toDouble(), lon = rows.first().at(3).toDouble();
    qInfo("centred on a %s location", secret.isEmpty() ? "public" : "confidential");
    lat = QString::number(lat, 'f', 6).toDouble(); // as sent in the query
    lon = QString::number(lon, 'f', 6).toDouble();

    for (const double km : {2.0, 15.0, 60.0}) {
        QSet<QString> open, every;
        for (const QStringList &row : rows) {
            if (kmBetween(lat, lon, row.at(2).toDouble(), row.at(3).toDouble()) > km)
                continue;
            every.insert(row.at(0) + QLatin1Char('|') + row.at(1));
            if (row.at(4) == QLatin1String("0"))
                open.insert(row.at(0) + QLatin1Char('|') + row.at(1));
        }
        const QString path = QStringLiteral("/hsds/service_at_locations?proximity=%1,%2,%3").arg(lat, 0, 'f', 6).arg(lon, 0, 'f', 6).arg(km);
        const QJsonArray publicItems = allItems(b, path, QString(), 25);
        QCOMPARE(salKeys(publicItems), open);
        QCOMPARE(salKeys(allItems(b, path, b.clearedToken, 25)), every);
        if (!secret.isEmpty()) {
            QVERIFY(every.contains(secret));
            QVERIFY(!salKeys(publicItems).contains(secret));
        }
        // Nearest first.
        double last = -1;
        for (const QJsonValue &v : publicItems) {
            const QJsonObject l = v.toObject().value(QStringLiteral("location")).toObject();
            const double d = kmBetween(lat, lon, l.value(QStringLiteral("latitude")).toDouble(), l.value(QStringLiteral("longitude")).toDouble());
            QVERIFY2(d >= last - 1e-9, qPrintable(QString::number(d)));
            last = d;
        }
    }
    // The fixture's office in Ottawa, with a postcode filter on top that excludes it (its
    // address is confidential, so its postcode is not searchable).
    auto r = b.get(QStringLiteral("/hsds/service_at_locations?proximity=45.4215,-75.6972,0.5"));
    QVERIFY(idsOf(r.object().value(QStringLiteral("contents")).toArray()).contains(QStringLiteral("sal-1")));
    r = b.get(QStringLiteral("/hsds/service_at_locations?proximity=45.4215,-75.6972,0.5&postcode=K1A"));
    QVERIFY(!idsOf(r.object().value(QStringLiteral("contents")).toArray()).contains(QStringLiteral("sal-1")));
}

void tst_HsdsApi::search()
{
    Backend &b = backend();
    const auto found = [&](const QString &term) {
        return idsOf(allItems(b, QStringLiteral("/hsds/services?search=") + q(term)));
    };
    QVERIFY(found(QStringLiteral("banque ALIMENTAIRE")).contains(QStringLiteral("svc-food")));
    QVERIFY(found(QStringLiteral("réfuge POUR")).contains(QStringLiteral("svc-shelter"))); // French-only name
    QVERIFY(found(QStringLiteral("women's")).contains(QStringLiteral("svc-shelter")));       // its English name
    QVERIFY(!found(QStringLiteral("community centre")).contains(QStringLiteral("svc-food"))); // the organization's name

    // A word with accents in the demo's French names, typed without them: the expected set is
    // computed from the stored names.
    const auto stored = b.rows(QStringLiteral("SELECT id, name, doc_minimal FROM dir_service WHERE status = 'active'"));
    for (const QString &term : {QStringLiteral("hebergement"), QStringLiteral("SANTE"), QStringLiteral("aide")}) {
        QSet<QString> expected;
        for (const QStringList &row : stored) {
            const QJsonObject m = QJsonDocument::fromJson(row.at(2).toUtf8()).object();
            const QString names = row.at(1) + QLatin1Char('\n') + m.value(QStringLiteral("name")).toString() + QLatin1Char('\n')
                + m.value(QStringLiteral("name_fr")).toString() + QLatin1Char('\n') + m.value(QStringLiteral("name_en")).toString();
            if (Nav::Directory::Text::fold(names).contains(Nav::Directory::Text::fold(term)))
                expected.insert(row.at(0));
        }
        const QJsonArray items = allItems(b, QStringLiteral("/hsds/services?search=") + q(term), QString(), 50);
        QCOMPARE(idsOf(items), expected);
        qInfo("search %s: %lld services", qPrintable(term), qint64(expected.size()));
    }
    // Search applies to service_at_locations too.
    const auto r = b.get(QStringLiteral("/hsds/service_at_locations?search=food%20bank&modified_after=2024-05-01"));
    QCOMPARE(idsOf(r.object().value(QStringLiteral("contents")).toArray()), QSet<QString>{QStringLiteral("sal-1")});
}

void tst_HsdsApi::taxonomyTerm()
{
    Backend &b = backend();
    // The fixture's term belongs to a retired service.
    auto r = b.get(QStringLiteral("/hsds/services?taxonomy_term_id=term-bh"));
    QCOMPARE(r.object().value(QStringLiteral("total_items")).toInt(), 0);
    r = b.get(QStringLiteral("/hsds/services?taxonomy_term_id=term-bh&status=inactive"));
    QCOMPARE(idsOf(r.object().value(QStringLiteral("contents")).toArray()), QSet<QString>{QStringLiteral("svc-m")});
    // Ids differing only in case are different terms.
    r = b.get(QStringLiteral("/hsds/services?taxonomy_term_id=TERM-BH&status=inactive"));
    QCOMPARE(r.object().value(QStringLiteral("total_items")).toInt(), 0);

    // The demo's most used term, expected set from the stored documents.
    QHash<QString, QSet<QString>> byTerm;
    for (const QStringList &row : b.rows(QStringLiteral("SELECT id, doc_public FROM dir_service WHERE status = 'active'")))
        for (const QJsonValue &a : QJsonDocument::fromJson(row.at(1).toUtf8()).object().value(QStringLiteral("attributes")).toArray())
            byTerm[a.toObject().value(QStringLiteral("taxonomy_term_id")).toString()].insert(row.at(0));
    QString term;
    for (auto it = byTerm.cbegin(); it != byTerm.cend(); ++it)
        if (!it.key().isEmpty() && (term.isEmpty() || it.value().size() > byTerm.value(term).size()))
            term = it.key();
    if (term.isEmpty())
        QSKIP("The demo directory has no taxonomy terms.");
    QCOMPARE(idsOf(allItems(b, QStringLiteral("/hsds/services?taxonomy_term_id=") + q(term), QString(), 10)), byTerm.value(term));
}

void tst_HsdsApi::organizations()
{
    Backend &b = backend();
    QSet<QString> expected;
    for (const QStringList &row : b.rows(QStringLiteral("SELECT doc_minimal FROM dir_service WHERE status = 'active'")))
        if (const QString org = QJsonDocument::fromJson(row.at(0).toUtf8()).object().value(QStringLiteral("organization_id")).toString(); !org.isEmpty())
            expected.insert(org);
    QVERIFY(expected.size() > 10);
    const QJsonArray items = allItems(b, QStringLiteral("/hsds/organizations"), QString(), 40);
    QCOMPARE(idsOf(items), expected);
    QCOMPARE(qint64(items.size()), qint64(expected.size()));
    for (const QJsonValue &v : items) {
        const QJsonObject org = v.toObject();
        for (auto it = org.begin(); it != org.end(); ++it)
            QVERIFY2(!it.value().isArray() && !it.value().isObject(), qPrintable(it.key()));
    }

    auto r = b.get(QStringLiteral("/hsds/organizations/org-1"));
    QVERIFY2(r.status == 200, r.describe());
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("Community Centre"));
    QCOMPARE(r.object().value(QStringLiteral("description")).toString(), QStringLiteral("A community centre."));
    QCOMPARE(idsOf(r.object().value(QStringLiteral("services")).toArray()), QSet<QString>{QStringLiteral("svc-food")});
    QVERIFY(idsOf(allItems(b, QStringLiteral("/hsds/organizations?search=") + q(QStringLiteral("centre COMMUNAUTAIRE"))))
                .contains(QStringLiteral("org-1")));

    // A demo organization: all its active services are listed.
    const QString demoOrg = *std::min_element(expected.cbegin(), expected.cend());
    r = b.get(QStringLiteral("/hsds/organizations/") + q(demoOrg));
    QVERIFY2(r.status == 200, r.describe());
    QSet<QString> services;
    for (const QStringList &row : b.rows(QStringLiteral("SELECT id, doc_minimal FROM dir_service WHERE status = 'active'")))
        if (QJsonDocument::fromJson(row.at(1).toUtf8()).object().value(QStringLiteral("organization_id")).toString() == demoOrg)
            services.insert(row.at(0));
    QCOMPARE(idsOf(r.object().value(QStringLiteral("services")).toArray()), services);

    r = b.get(QStringLiteral("/hsds/organizations/org-m")); // only a retired service names it
    QCOMPARE(r.status, 404);
    r = b.get(QStringLiteral("/hsds/organizations/nobody"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
}

void tst_HsdsApi::hsdsRequiredFields()
{
    Backend &b = backend();
    QStringList problems;
    QElapsedTimer t;
    for (const QString &token : {QString(), b.clearedToken}) {
        const QString who = token.isEmpty() ? QStringLiteral("anonymous") : QStringLiteral("cleared");
        for (const auto &[path, schema, minimal] : {std::tuple{QStringLiteral("/hsds/services"), QStringLiteral("service"), false},
                                                    std::tuple{QStringLiteral("/hsds/services?minimal=true"), QStringLiteral("service"), true},
                                                    std::tuple{QStringLiteral("/hsds/service_at_locations"), QStringLiteral("service_at_location"), false},
                                                    std::tuple{QStringLiteral("/hsds/organizations"), QStringLiteral("organization"), false}}) {
            const QString sep = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
            for (int page = 1;; ++page) {
                t.start();
                const auto r = b.get(path + sep + QStringLiteral("per_page=500&page=%1").arg(page), token);
                const qint64 ms = t.elapsed();
                QVERIFY2(r.status == 200, r.describe());
                if (page == 1)
                    qInfo("%s %s %s: %lld ms, %lld bytes", qPrintable(b.name), qPrintable(who), qPrintable(path), ms, qint64(r.body.size()));
                const QJsonObject o = r.object();
                checkPageShape(o, &problems);
                checkSchema(o.value(QStringLiteral("contents")), schema, who + QLatin1Char(' ') + path, &problems, minimal);
                if (o.value(QStringLiteral("last_page")).toBool())
                    break;
            }
        }
        for (const QString &id : {QStringLiteral("svc-food"), QStringLiteral("svc-shelter")})
            checkSchema(b.get(QStringLiteral("/hsds/services/") + id, token).object(), QStringLiteral("service"), who + QLatin1Char(' ') + id, &problems);
        checkSchema(b.get(QStringLiteral("/hsds/organizations/org-1"), token).object(), QStringLiteral("organization"), who + QStringLiteral(" org-1"), &problems);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_HsdsApi)
#include "tst_hsdsapi.moc"

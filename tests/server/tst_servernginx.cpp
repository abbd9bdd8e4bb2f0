// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The real navigator-server (on PostgreSQL) behind a real nginx configured with the SHIPPED
// snippet packaging/server/navigator-proxy.conf: the API works through it, nginx refuses
// oversized bodies before the server sees them, passes the server's gzip through, cuts off
// slow clients, and answers a JSON error while the server is down.
//
// Not tested: X-Forwarded-For reaching the server (the server does not log client addresses;
// tst_harness checks that nginx sends the header).

#include "server/httpclient.h"
#include "server/nginxproxy.h"
#include "server/pgcluster.h"
#include "server/serverprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <zlib.h>

using namespace Nav::Test;

namespace {

const QByteArray userPassword = "nginx-password-2024";

// Headers trickled one byte every intervalMs, never finished; driven by the event loop so that
// a well-behaved client is served meanwhile.
class SlowClient : public QObject
{
public:
    SlowClient(quint16 port, const QByteArray &data, int intervalMs)
        : m_data(data)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this, intervalMs] { m_pacer.start(intervalMs); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_received += m_socket.readAll(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, &SlowClient::onClosed);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, &SlowClient::onClosed);
        connect(&m_pacer, &QTimer::timeout, this, [this] {
            if (m_sent < m_data.size() && m_socket.state() == QAbstractSocket::ConnectedState)
                m_sent += m_socket.write(m_data.constData() + m_sent, 1);
            else
                m_pacer.stop();
        });
        m_clock.start();
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    ~SlowClient() override
    {
        m_socket.disconnect(this);
        m_socket.abort();
    }
    bool isClosed() const { return m_closedAtMs >= 0; }
    qint64 closedAtMs() const { return m_closedAtMs; }
    qint64 sent() const { return m_sent; }
    QByteArray received() const { return m_received; }

private:
    void onClosed()
    {
        if (m_closedAtMs < 0)
            m_closedAtMs = m_clock.elapsed();
        m_pacer.stop();
    }

    QTcpSocket m_socket;
    QTimer m_pacer;
    QElapsedTimer m_clock;
    QByteArray m_data;
    QByteArray m_received;
    qint64 m_sent = 0;
    qint64 m_closedAtMs = -1;
};

// RFC 1952 gzip, decoded with zlib itself (not with the server's own helper).
bool gunzip(const QByteArray &in, QByteArray *out)
{
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    char buffer[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out->append(buffer, qsizetype(sizeof buffer - z.avail_out));
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END;
}

QJsonObject contactBody(int revision, const QString &notes)
{
    return {{QStringLiteral("revision"), revision},
            {QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("channel"), QStringLiteral("call")},
                         {QStringLiteral("direction"), QStringLiteral("inbound")},
                         {QStringLiteral("start"), QStringLiteral("2024-05-02T10:15:00.000-04:00")},
                         {QStringLiteral("notes"), notes}}}};
}

QString errorCode(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject()
        .value(QStringLiteral("code")).toString();
}

QByteArray headerValue(const QByteArray &response, const QByteArray &name)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    for (const QByteArray &line : response.left(end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class tst_ServerNginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginAndPutThroughNginx();
    void bodyOverNginxLimit();
    void gzipPassesThrough();
    void slowClientCutByNginx();
    void upstreamDown();
    void cleanupTestCase();

private:
    // The server's own access log (one JSON object per request it handled), once every request
    // answered so far is in it: the server writes a line just after its answer, so a marker
    // request (to an unknown path, straight to the server) is sent and waited for. Marker lines
    // are left out.
    QList<QJsonObject> settledAccessLog();

    PgCluster m_pg;
    QTemporaryDir m_dir;
    ServerProcess m_server;
    NginxProxy m_nginx;
    QString m_token;
    int m_markers = 0;
};

void tst_ServerNginx::initTestCase()
{
    if (!QFileInfo(ServerProcess::binary()).isExecutable())
        QSKIP("navigator-server is not built");
    if (!QFileInfo::exists(NginxProxy::binary()))
        QSKIP("nginx is not installed");
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    const QString db = m_pg.createDatabase(QStringLiteral("navigator_nginx"), &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    QByteArray out;
    QByteArray err;
    const QString dbOpt = QStringLiteral("--db");
    QVERIFY2(ServerProcess::admin({QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Proxy"), dbOpt, db},
                                  {}, &out, &err) == 0, err.constData());
    QVERIFY2(ServerProcess::admin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nav1"),
                                   QStringLiteral("--team"), QStringLiteral("Proxy"), QStringLiteral("--role"),
                                   QStringLiteral("navigator"), dbOpt, db},
                                  userPassword + '\n', &out, &err) == 0, err.constData());
    // A directory big enough for a feed page worth compressing.
    QVERIFY2(ServerProcess::admin({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                                   QStringLiteral("60"), dbOpt, db}, {}, &out, &err) == 0, err.constData());

    QVERIFY2(m_server.start(db, {QStringLiteral("--access-log"), m_dir.filePath(QStringLiteral("access.log"))}, &error),
             qPrintable(error));
    QVERIFY2(m_nginx.start(m_server.port(), &error), qPrintable(error));
}

void tst_ServerNginx::cleanupTestCase()
{
    m_nginx.stop();
    m_server.stop();
    m_pg.stop();
}

QList<QJsonObject> tst_ServerNginx::settledAccessLog()
{
    const QString marker = QStringLiteral("(unmatched)");
    Http(m_server.baseUrl()).get(QStringLiteral("/access-log-marker"));
    ++m_markers;
    QList<QJsonObject> lines;
    const bool settled = QTest::qWaitFor([&] {
        lines.clear();
        int markers = 0;
        QFile f(m_dir.filePath(QStringLiteral("access.log")));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("route")).toString() == marker)
                ++markers;
            else
                lines.append(o);
        }
        return markers == m_markers;
    }, 5000);
    if (!settled)
        qWarning("the server did not log the marker request within 5 s");
    return lines;
}

void tst_ServerNginx::loginAndPutThroughNginx()
{
    Http http(m_nginx.baseUrl());
    Http::Reply r = http.post(QStringLiteral("/api/v1/auth/login"),
                              {{QStringLiteral("username"), QStringLiteral("nav1")},
                               {QStringLiteral("password"), QString::fromLatin1(userPassword)}});
    QVERIFY2(r.status == 200, r.describe().constData());
    m_token = r.object().value(QStringLiteral("access_token")).toString();
    QVERIFY(!m_token.isEmpty());
    QVERIFY(!r.header("server").contains('/')); // server_tokens off

    const QString path = QStringLiteral("/api/v1/contacts/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject body = contactBody(1, QStringLiteral("through the proxy"));
    r = http.put(path, body, m_token);
    QVERIFY2(r.status == 201, r.describe().constData());
    QCOMPARE(r.header("etag"), QByteArray("\"1\""));
    // nginx may retry a PUT on another instance (proxy_next_upstream): a replay is harmless.
    r = http.put(path, body, m_token);
    QVERIFY2(r.status == 200, r.describe().constData());
    r = http.get(path, m_token);
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("revision")).toInt(), 1);

    // The server saw them, as routes (never concrete ids), with the user.
    const QList<QJsonObject> log = settledAccessLog();
    QVERIFY(log.size() >= 4);
    QCOMPARE(log.last().value(QStringLiteral("route")).toString(), QStringLiteral("/api/v1/contacts/{id}"));
    QCOMPARE(log.last().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QVERIFY(!log.last().value(QStringLiteral("user")).toString().isEmpty());
}

void tst_ServerNginx::bodyOverNginxLimit()
{
    QVERIFY(!m_token.isEmpty());
    const qsizetype before = settledAccessLog().size();
    Http http(m_nginx.baseUrl());
    const QString path = QStringLiteral("/api/v1/contacts/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    // 1 MiB + 1 of (valid) JSON: client_max_body_size 1m.
    QByteArray big = QJsonDocument(contactBody(1, QStringLiteral("big"))).toJson(QJsonDocument::Compact);
    big += QByteArray(1024 * 1024 + 1 - big.size(), ' ');
    Http::Reply r = http.request("PUT", http.url(path), big, {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QVERIFY2(r.status == 413, r.describe().constData());
    QCOMPARE(errorCode(r.body), QStringLiteral("body-too-large"));

    // Announced only: refused from the headers, before any body byte.
    const RawHttp::Reply raw = RawHttp::exchange(
        m_nginx.port(), "PUT " + path.toLatin1() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        "Content-Length: 50000000\r\n\r\n", 5000, true);
    QCOMPARE(raw.status(), 413);
    QVERIFY2(raw.elapsedMs < 2000, QByteArray::number(raw.elapsedMs).constData());

    // The server never saw either (nginx logged them, the server did not).
    QCOMPARE(settledAccessLog().size(), before);
    QVERIFY(m_nginx.accessLog().contains("\" 413 "));
    QCOMPARE(http.get(path, m_token).status, 404);
}

void tst_ServerNginx::gzipPassesThrough()
{
    QVERIFY(!m_token.isEmpty());
    const QByteArray request = "GET /api/v1/directory/changes?cursor=0&limit=50 HTTP/1.1\r\nHost: localhost\r\n"
                               "Authorization: Bearer " + m_token.toLatin1() + "\r\n";
    const RawHttp::Reply zipped = RawHttp::exchange(m_nginx.port(), request + "Accept-Encoding: gzip\r\n\r\n", 10000, true);
    QCOMPARE(zipped.status(), 200);
    QCOMPARE(headerValue(zipped.data, "content-encoding"), QByteArray("gzip"));
    QByteArray json;
    QVERIFY(gunzip(zipped.body(), &json));
    const QJsonObject page = QJsonDocument::fromJson(json).object();
    QVERIFY2(!page.isEmpty(), json.left(300).constData());

    // Without Accept-Encoding: plain, and nginx did not compress it on its own (gzip off).
    const RawHttp::Reply plain = RawHttp::exchange(m_nginx.port(), request + "\r\n", 10000, true);
    QCOMPARE(plain.status(), 200);
    QVERIFY(headerValue(plain.data, "content-encoding").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(plain.body()).object(), page);
    qInfo("feed page of 50 services: %lld bytes plain, %lld gzipped through nginx",
          qint64(plain.body().size()), qint64(zipped.body().size()));
    QVERIFY(zipped.body().size() < plain.body().size());
}

void tst_ServerNginx::slowClientCutByNginx()
{
    const qsizetype before = settledAccessLog().size();
    QByteArray headers = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n";
    while (headers.size() < 400)
        headers += "X-Slow-" + QByteArray::number(headers.size()) + ": x\r\n";
    SlowClient slow(m_nginx.port(), headers, 200);

    // A well-behaved client through the same nginx meanwhile.
    Http probe(m_nginx.baseUrl(), 5000);
    qint64 worstMs = 0;
    int probes = 0;
    QElapsedTimer clock;
    clock.start();
    while (!slow.isClosed() && clock.elapsed() < 30000) {
        const Http::Reply r = probe.get(QStringLiteral("/healthz"));
        QVERIFY2(r.status == 200, r.describe().constData());
        worstMs = qMax(worstMs, r.elapsedMs);
        ++probes;
        QTest::qWait(250); // the probe's pace
    }
    qInfo("slow client (1 byte / 200 ms) cut by nginx after %lld ms having sent %lld bytes; "
          "%d probes meanwhile, slowest %lld ms", slow.closedAtMs(), slow.sent(), probes, worstMs);
    QVERIFY2(slow.isClosed(), "nginx kept the slow client");
    // client_header_timeout 15s in the shipped snippet.
    QVERIFY2(slow.closedAtMs() >= 14000 && slow.closedAtMs() <= 20000, QByteArray::number(slow.closedAtMs()).constData());
    QVERIFY(slow.sent() < headers.size());
    QVERIFY2(worstMs < 500, QByteArray::number(worstMs).constData());
    // Only the probes reached the server.
    QCOMPARE(settledAccessLog().size() - before, qsizetype(probes));
}

void tst_ServerNginx::upstreamDown()
{
    Http http(m_nginx.baseUrl());
    QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);

    // Stopped: nginx answers its own JSON error at once (the snippet maps 502 to 503 with
    // Retry-After, so workstations back off).
    QVERIFY(m_server.stop());
    Http::Reply r = http.get(QStringLiteral("/healthz"));
    QVERIFY2(r.status == 503, r.describe().constData());
    QCOMPARE(errorCode(r.body), QStringLiteral("unavailable"));
    QCOMPARE(r.header("retry-after"), QByteArray("5"));
    QVERIFY2(r.elapsedMs < 2000, QByteArray::number(r.elapsedMs).constData());
    qInfo("server stopped: nginx answered 503 in %lld ms", r.elapsedMs);
    r = http.put(QStringLiteral("/api/v1/contacts/") + QUuid::createUuid().toString(QUuid::WithoutBraces),
                 contactBody(1, QStringLiteral("down")), m_token);
    QCOMPARE(r.status, 503);

    // Back on the same port: served again, with the token issued before.
    QString error;
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    r = http.get(QStringLiteral("/healthz"));
    QVERIFY2(r.status == 200, r.describe().constData());
    r = http.get(QStringLiteral("/api/v1/me"), m_token);
    QVERIFY2(r.status == 200, r.describe().constData());

    // Killed while nginx holds kept-alive connections to it, then restarted: nginx drops the
    // dead connections and reconnects.
    m_server.kill9();
    QCOMPARE(http.get(QStringLiteral("/healthz")).status, 503);
    QVERIFY2(m_server.restart(&error), qPrintable(error));
    for (int i = 0; i < 5; ++i) {
        r = http.get(QStringLiteral("/healthz"));
        QVERIFY2(r.status == 200, r.describe().constData());
    }
    QVERIFY(m_nginx.isRunning());
}

QTEST_GUILESS_MAIN(tst_ServerNginx)
#include "tst_servernginx.moc"

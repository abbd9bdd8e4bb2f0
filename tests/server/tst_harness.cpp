// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Proves the server test harness on its own: a real PostgreSQL cluster answers through QPSQL, a
// real nginx with the shipped snippet proxies to a small upstream in this process, enforces the
// body limit and cuts off slow clients, and RawHttp/Http see what a client would see. The last
// case drives the real navigator-server binary when it has been built.

#include "server/httpclient.h"
#include "server/nginxproxy.h"
#include "server/pgcluster.h"
#include "server/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Nav::Test;

namespace {

// A minimal HTTP/1.1 upstream with keep-alive: answers every request with 200 and a JSON
// echo of the request line, and remembers the last request's headers and body size.
class TinyUpstream : public QObject
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

    QHash<QByteArray, QByteArray> lastHeaders;
    QByteArray lastRequestLine;
    qsizetype lastBodySize = -1;
    int requests = 0;
    int connections = 0;

    TinyUpstream()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                s->setParent(this);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { serve(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    void serve(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        for (;;) {
            const qsizetype end = buf.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buf.left(end).split('\n');
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = headers.value("content-length", "0").toLongLong();
            if (buf.size() < end + 4 + length)
                return;
            lastRequestLine = lines.first().trimmed();
            lastHeaders = headers;
            lastBodySize = length;
            ++requests;
            buf.remove(0, end + 4 + length);
            const QByteArray body = QJsonDocument(QJsonObject{
                {QStringLiteral("request"), QString::fromLatin1(lastRequestLine)},
                {QStringLiteral("bodyBytes"), qint64(length)}}).toJson(QJsonDocument::Compact);
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// client_max_body_size as shipped, in bytes (the test follows the file, not a copy of it).
qint64 shippedBodyLimit()
{
    QFile f(NginxProxy::snippetPath());
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line : f.readAll().split('\n')) {
        line = line.trimmed();
        if (!line.startsWith("client_max_body_size"))
            continue;
        QByteArray value = line.mid(int(sizeof("client_max_body_size")) - 1).trimmed();
        value.chop(1); // ';'
        qint64 factor = 1;
        if (value.endsWith('k') || value.endsWith('K'))
            factor = 1024;
        else if (value.endsWith('m') || value.endsWith('M'))
            factor = 1024 * 1024;
        if (factor > 1)
            value.chop(1);
        return value.toLongLong() * factor;
    }
    return -1;
}

} // namespace

class tst_Harness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void postgresCluster();
    void nginxProxiesToUpstream();
    void nginxBodyLimit();
    void rawHttpThroughNginx();
    void nginxCutsOffSlowloris();
    void nginxUpstreamDown();
    void nginxFailsOverToAnotherInstance();
    void realServerBinary();
    void cleanupTestCase();

private:
    TinyUpstream m_upstream;
    NginxProxy m_nginx;
};

void tst_Harness::initTestCase()
{
    QVERIFY(m_upstream.listen());
    QElapsedTimer t;
    t.start();
    QString error;
    QVERIFY2(m_nginx.start(m_upstream.port(), &error), qPrintable(error));
    qInfo("nginx started on port %u in %lld ms", unsigned(m_nginx.port()), t.elapsed());
}

void tst_Harness::cleanupTestCase()
{
    m_nginx.stop();
}

void tst_Harness::postgresCluster()
{
    QElapsedTimer t;
    t.start();
    QString dir;
    {
        PgCluster pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        qInfo("PostgreSQL cluster started on port %u in %lld ms", unsigned(pg.port()), t.elapsed());
        dir = pg.directory();
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/data/PG_VERSION")));
        if (::geteuid() == 0) {
            // Run as root (CI): the cluster's files belong to the postgres user.
            struct stat st {};
            QCOMPARE(::stat(QFile::encodeName(dir + QStringLiteral("/data")).constData(), &st), 0);
            QVERIFY(st.st_uid != 0);
        }

        const QString dbUrl = pg.createDatabase(QStringLiteral("harness_check"), &error);
        QVERIFY2(!dbUrl.isEmpty(), qPrintable(error));
        QCOMPARE(dbUrl, QStringLiteral("postgresql://postgres@127.0.0.1:%1/harness_check").arg(pg.port()));
        QVERIFY(pg.createDatabase(QStringLiteral("bad name; DROP")).isEmpty());

        const QUrl u(dbUrl);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("harness"));
            db.setHostName(u.host());
            db.setPort(u.port());
            db.setUserName(u.userName());
            db.setDatabaseName(u.path().mid(1));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT 1")), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SHOW server_version_num")) && q.next());
            QVERIFY(q.value(0).toInt() >= 150000);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("harness"));

        QByteArray out;
        QVERIFY(pg.psql(QStringLiteral("harness_check"), QStringLiteral("SELECT 40 + 2"), &out));
        QCOMPARE(out.trimmed(), QByteArray("42"));
    }
    // The destructor stopped the server and removed everything.
    QVERIFY(!QFileInfo::exists(dir));
}

void tst_Harness::nginxProxiesToUpstream()
{
    Http http(m_nginx.baseUrl());
    const Http::Reply r = http.post(QStringLiteral("/api/v1/echo?x=1"), QJsonObject{{QStringLiteral("a"), 1}},
                                    QStringLiteral("tok123"));
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("request")).toString(),
             QStringLiteral("POST /api/v1/echo?x=1 HTTP/1.1"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QVERIFY(!r.headers.contains("server") || !r.header("server").contains('/')); // server_tokens off

    // What the server behind nginx is told about the client.
    QCOMPARE(m_upstream.lastHeaders.value("x-forwarded-for"), QByteArray("127.0.0.1"));
    QCOMPARE(m_upstream.lastHeaders.value("x-forwarded-proto"), QByteArray("http"));
    QCOMPARE(m_upstream.lastHeaders.value("authorization"), QByteArray("Bearer tok123"));
    QCOMPARE(m_upstream.lastHeaders.value("content-type"), QByteArray("application/json"));
    QVERIFY(!m_upstream.lastHeaders.contains("connection")); // keep-alive to the upstream

    // Upstream connections are kept alive: more requests, no more connections.
    const int connectionsBefore = m_upstream.connections;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.get(QStringLiteral("/healthz")).status, 200);
    QCOMPARE(m_upstream.connections, connectionsBefore);

    // Every other method reaches the upstream too.
    QCOMPARE(http.put(QStringLiteral("/p"), {}).status, 200);
    QCOMPARE(m_upstream.lastRequestLine, QByteArray("PUT /p HTTP/1.1"));
    QCOMPARE(http.patch(QStringLiteral("/p"), {}).status, 200);
    QCOMPARE(http.del(QStringLiteral("/p")).status, 200);
    QCOMPARE(m_upstream.lastRequestLine, QByteArray("DELETE /p HTTP/1.1"));
}

void tst_Harness::nginxBodyLimit()
{
    const qint64 limit = shippedBodyLimit();
    QCOMPARE(limit, qint64(1024 * 1024));
    Http http(m_nginx.baseUrl());

    // Just under the limit: passes, whole.
    const QByteArray fits(limit - 1000, 'a');
    Http::Reply r = http.request("POST", http.url(QStringLiteral("/upload")), fits,
                                 {{"Content-Type", "application/octet-stream"}});
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(m_upstream.lastBodySize, fits.size());

    // Over it: 413 from nginx as a JSON error, and the upstream never sees it.
    const int before = m_upstream.requests;
    const QByteArray tooBig(limit + 1, 'a');
    r = http.request("POST", http.url(QStringLiteral("/upload")), tooBig);
    QVERIFY2(r.status == 413, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("body-too-large"));
    QCOMPARE(m_upstream.requests, before);
}

void tst_Harness::rawHttpThroughNginx()
{
    const quint16 port = m_nginx.port();

    RawHttp::Reply r = RawHttp::exchange(
        port, "GET /raw HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QVERIFY(r.connected);
    QVERIFY(r.closedByPeer);
    QCOMPARE(r.status(), 200);
    QVERIFY(r.body().contains("GET /raw HTTP/1.1"));

    // Keep-alive: stopAtResponse returns without waiting for a close.
    r = RawHttp::exchange(port, "GET /k HTTP/1.1\r\nHost: localhost\r\n\r\n", 5000, true);
    QCOMPARE(r.status(), 200);
    QVERIFY(!r.timedOut);
    QVERIFY2(!r.closedByPeer, r.data.constData());

    // Garbage.
    r = RawHttp::exchange(port, "HELLO THERE\r\n\r\n");
    QCOMPARE(r.status(), 400);
    QVERIFY(r.closedByPeer);

    // A header larger than large_client_header_buffers.
    r = RawHttp::exchange(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + QByteArray(20000, 'x')
                                    + "\r\n\r\n");
    QCOMPARE(r.status(), 400);

    // A declared body over the limit is refused before it is sent.
    r = RawHttp::exchange(port, "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000000\r\n"
                                "Content-Type: application/json\r\n\r\n",
                          5000, true);
    QCOMPARE(r.status(), 413);
    QVERIFY(r.elapsedMs < 2000);

    // Nobody listening: a clear error, no hang.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    r = RawHttp::exchange(closedPort, "GET / HTTP/1.1\r\n\r\n", 2000);
    QVERIFY(!r.connected);
    QVERIFY(!r.error.isEmpty());
}

void tst_Harness::nginxCutsOffSlowloris()
{
    // Headers one byte every 100 ms, never finished: nginx must close the connection after
    // client_header_timeout (15 s) in total, however steadily the bytes come.
    QByteArray headers = "GET / HTTP/1.1\r\nHost: localhost\r\n";
    while (headers.size() < 2000)
        headers += "X-Slow: " + QByteArray::number(headers.size()) + "\r\n";
    const int before = m_upstream.requests;
    const RawHttp::Reply r = RawHttp::trickle(m_nginx.port(), headers, 100, 30000);
    qInfo("slow client closed after %lld ms having sent %lld bytes", r.elapsedMs, r.bytesSent);
    QVERIFY(r.connected);
    QVERIFY2(r.closedByPeer, "nginx kept the slow client");
    QVERIFY(!r.timedOut);
    QVERIFY2(r.elapsedMs >= 13000 && r.elapsedMs <= 20000, QByteArray::number(r.elapsedMs).constData());
    QVERIFY(r.bytesSent < headers.size());
    QCOMPARE(m_upstream.requests, before);

    // Meanwhile others were served, and still are.
    QCOMPARE(Http(m_nginx.baseUrl()).get(QStringLiteral("/after")).status, 200);
}

void tst_Harness::nginxUpstreamDown()
{
    // With nothing behind it, nginx answers a JSON 503 with Retry-After instead of HTML 502.
    TinyUpstream gone;
    QVERIFY(gone.listen());
    const quint16 port = gone.port();
    gone.close();
    NginxProxy proxy;
    QString error;
    QVERIFY2(proxy.start(port, &error), qPrintable(error));
    Http http(proxy.baseUrl());
    const Http::Reply r = http.get(QStringLiteral("/api/v1/anything"));
    QVERIFY2(r.status == 503, r.describe().constData());
    QCOMPARE(r.header("retry-after"), QByteArray("5"));
    QCOMPARE(r.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("unavailable"));
    proxy.stop();
    QVERIFY(!proxy.isRunning());
}

void tst_Harness::nginxFailsOverToAnotherInstance()
{
    // Two instances in the upstream, one of them down: every request still succeeds.
    TinyUpstream gone;
    QVERIFY(gone.listen());
    const quint16 deadPort = gone.port();
    gone.close();
    NginxProxy proxy;
    QString error;
    QVERIFY2(proxy.start(QList<quint16>{deadPort, m_upstream.port()}, &error), qPrintable(error));
    Http http(proxy.baseUrl());
    for (int i = 0; i < 4; ++i) {
        const Http::Reply r = http.get(QStringLiteral("/api/v1/ping"));
        QVERIFY2(r.status == 200, r.describe().constData());
    }
}

void tst_Harness::realServerBinary()
{
    if (!QFileInfo(ServerProcess::binary()).isExecutable())
        QSKIP("navigator-server is not built");

    PgCluster pg;
    QString error;
    QVERIFY2(pg.start(&error), qPrintable(error));
    const QString db = pg.createDatabase(QStringLiteral("navigator"), &error);
    QVERIFY2(!db.isEmpty(), qPrintable(error));

    QByteArray out;
    QByteArray err;
    QCOMPARE(ServerProcess::admin({QStringLiteral("migrate"), QStringLiteral("--db"), db}, {}, &out, &err), 0);
    QVERIFY(ServerProcess::admin({QStringLiteral("no-such-command")}, {}, &out, &err) != 0);

    ServerProcess server;
    QElapsedTimer t;
    t.start();
    QVERIFY2(server.start(db, {}, &error), qPrintable(error));
    qInfo("navigator-server listening on port %u after %lld ms", unsigned(server.port()), t.elapsed());
    QVERIFY(server.port() != 0);
    QVERIFY(server.isRunning());

    Http http(server.baseUrl());
    Http::Reply r = http.get(QStringLiteral("/healthz"));
    QVERIFY2(r.status == 200, r.describe().constData());
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    // Behind nginx with the shipped snippet.
    NginxProxy proxy;
    QVERIFY2(proxy.start(server.port(), &error), qPrintable(error));
    r = Http(proxy.baseUrl()).get(QStringLiteral("/healthz"));
    QVERIFY2(r.status == 200, r.describe().constData());

    // SIGKILL, then a restart on the same port (nginx's upstream stays valid).
    const quint16 port = server.port();
    server.kill9();
    QVERIFY(!server.isRunning());
    QCOMPARE(server.lastExitCode(), -1);
    http.clearConnections();
    QVERIFY(http.get(QStringLiteral("/healthz")).status == 0);
    QVERIFY2(server.restart(&error), qPrintable(error));
    QCOMPARE(server.port(), port);
    r = Http(proxy.baseUrl()).get(QStringLiteral("/healthz"));
    QVERIFY2(r.status == 200, r.describe().constData());

    // SIGTERM is a clean stop.
    QVERIFY(server.stop());
    QCOMPARE(server.lastExitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_Harness)
#include "tst_harness.moc"

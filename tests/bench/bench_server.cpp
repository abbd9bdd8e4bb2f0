// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Load benchmark of navigator-server: N simulated workstations (default 500), each on its own
// keep-alive connection, pull the directory changes feed every 30 s and push a contact every
// 2 min, with time compressed by --speedup (default 30: a pull every second, a push every 4 s).
// Starts the real server binary on a fresh database (SQLite, or PostgreSQL with --pg URL),
// loads a demo directory, creates the accounts, signs every workstation in, then measures.
// Prints throughput, p50/p99 latency per request kind and errors. Never fails on speed.
//
//   build/dev/tests/bench_server [--workstations 500] [--seconds 60] [--speedup 30]
//                                [--services 2000] [--pg postgresql://…] [--workers 4]

#include "eventwait.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <zlib.h>

#include <algorithm>
#include <cstdio>

namespace {

void print(const QString &s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream z{};
    inflateInit2(&z, 16 + 15);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char buf[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buf);
        z.avail_out = sizeof buf;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buf, qsizetype(sizeof buf - z.avail_out));
    }
    inflateEnd(&z);
    return out;
}

struct Stats
{
    QList<double> ms;
    int errors = 0;
    QMap<int, int> statuses;
    double percentile(double p) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.at(qMin<qsizetype>(s.size() - 1, qsizetype(p * double(s.size()))));
    }
};

// One workstation: a keep-alive HTTP/1.1 connection, one request in flight at a time.
class Workstation : public QObject
{
    Q_OBJECT
public:
    Workstation(quint16 port, QString user, QString password, QObject *parent)
        : QObject(parent), m_port(port), m_user(std::move(user)), m_password(std::move(password))
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &Workstation::onReadyRead);
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_pending) {
                finish(-1, {});
            }
        });
    }

    std::function<void(const QByteArray &kind, int status, double ms)> onDone;
    bool signedIn() const { return !m_token.isEmpty(); }
    bool busy() const { return m_pending; }
    bool synced() const { return m_synced; }

    void login()
    {
        send("login", "POST", "/api/v1/auth/login",
             QJsonDocument(QJsonObject{{QStringLiteral("username"), m_user}, {QStringLiteral("password"), m_password}}).toJson(QJsonDocument::Compact));
    }
    void pull()
    {
        send("feed", "GET", "/api/v1/directory/changes?limit=500&cursor=" + QByteArray::number(m_cursor), {});
    }
    void push()
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject contact{{QStringLiteral("uuid"), id},
                                  {QStringLiteral("channel"), QStringLiteral("call")},
                                  {QStringLiteral("direction"), QStringLiteral("inbound")},
                                  {QStringLiteral("start"), QStringLiteral("2026-12-05T14:00:00Z")},
                                  {QStringLiteral("notes"), QStringLiteral("Load test contact: rent help, food bank referral.")}};
        send("contact", "PUT", "/api/v1/contacts/" + id.toLatin1(),
             QJsonDocument(QJsonObject{{QStringLiteral("revision"), 1}, {QStringLiteral("contact"), contact}}).toJson(QJsonDocument::Compact));
    }

private:
    void send(const QByteArray &kind, const QByteArray &method, const QByteArray &path, const QByteArray &body)
    {
        if (m_pending)
            return;
        if (m_socket.state() != QAbstractSocket::ConnectedState) {
            m_socket.abort();
            m_socket.connectToHost(QHostAddress::LocalHost, m_port);
        }
        m_pending = true;
        m_kind = kind;
        m_buffer.clear();
        QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n";
        if (!m_token.isEmpty())
            req += "Authorization: Bearer " + m_token + "\r\n";
        if (!body.isEmpty())
            req += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        req += "\r\n" + body;
        m_timer.start();
        m_socket.write(req);
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = m_buffer.left(headEnd).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        const qint64 length = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
        if (m_buffer.size() < headEnd + 4 + length)
            return;
        const int status = m_buffer.mid(9, 3).toInt();
        const QByteArray body = m_buffer.mid(headEnd + 4, length);
        const bool gzipped = head.contains("content-encoding: gzip");
        m_buffer.remove(0, headEnd + 4 + length);
        finish(status, gzipped ? gunzip(body) : body);
    }

    void finish(int status, const QByteArray &body)
    {
        m_pending = false;
        const double ms = m_timer.nsecsElapsed() / 1e6;
        if (m_kind == "login" && status == 200)
            m_token = QJsonDocument::fromJson(body).object().value(QStringLiteral("access_token")).toString().toLatin1();
        if (m_kind == "feed" && status == 200) {
            // The page ends with "next_cursor":N,"has_more":b,"last_seq":M}: read just that
            // (parsing a whole page would make the simulated workstations the bottleneck).
            const QByteArray tail = body.right(120);
            const qsizetype c = tail.indexOf("\"next_cursor\":");
            if (c >= 0)
                m_cursor = tail.mid(c + 14, tail.indexOf(',', c) - c - 14).toLongLong();
            m_synced = tail.contains("\"has_more\":false");
        }
        if (onDone)
            onDone(m_kind, status, ms);
    }

    quint16 m_port;
    QString m_user;
    QString m_password;
    QByteArray m_token;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_kind;
    bool m_pending = false;
    QElapsedTimer m_timer;
    qint64 m_cursor = 0;
    bool m_synced = false;
};

int runAdmin(const QString &exe, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(exe, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(600'000);
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s\n", p.readAllStandardError().constData());
    return p.exitCode();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.addHelpOption();
    args.addOptions({{QStringLiteral("workstations"), QStringLiteral("Simulated workstations."), QStringLiteral("n"), QStringLiteral("500")},
                     {QStringLiteral("seconds"), QStringLiteral("Measured run time."), QStringLiteral("s"), QStringLiteral("60")},
                     {QStringLiteral("speedup"), QStringLiteral("Time compression."), QStringLiteral("x"), QStringLiteral("30")},
                     {QStringLiteral("services"), QStringLiteral("Demo directory size."), QStringLiteral("n"), QStringLiteral("2000")},
                     {QStringLiteral("users"), QStringLiteral("Accounts shared by the workstations."), QStringLiteral("n"), QStringLiteral("50")},
                     {QStringLiteral("workers"), QStringLiteral("Server worker threads."), QStringLiteral("n"), QStringLiteral("4")},
                     {QStringLiteral("pg"), QStringLiteral("PostgreSQL URL instead of SQLite."), QStringLiteral("url")},
                     {QStringLiteral("server"), QStringLiteral("navigator-server binary."), QStringLiteral("path")}});
    args.process(app);
    const int workstations = args.value(QStringLiteral("workstations")).toInt();
    const int seconds = args.value(QStringLiteral("seconds")).toInt();
    const double speedup = args.value(QStringLiteral("speedup")).toDouble();
    const int users = qMax(1, args.value(QStringLiteral("users")).toInt());
    QString exe = args.value(QStringLiteral("server"));
    if (exe.isEmpty())
        exe = QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/navigator-server");

    QTemporaryDir dir;
    const QString db = args.isSet(QStringLiteral("pg")) ? args.value(QStringLiteral("pg"))
                                                        : QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("bench.db"));
    QElapsedTimer setup;
    setup.start();
    if (runAdmin(exe, {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("demo"),
                       args.value(QStringLiteral("services")), QStringLiteral("--db"), db}) != 0)
        return 2;
    const int teams = qMax(1, users / 10);
    for (int t = 0; t < teams; ++t)
        runAdmin(exe, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Team %1").arg(t), QStringLiteral("--db"), db});
    const QString password = QStringLiteral("bench password 211");
    for (int u = 0; u < users; ++u)
        if (runAdmin(exe, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bench%1").arg(u),
                           QStringLiteral("--team"), QStringLiteral("Team %1").arg(u % teams),
                           QStringLiteral("--role"), QStringLiteral("navigator"), QStringLiteral("--db"), db},
                     password.toUtf8() + '\n') != 0)
            return 2;
    print(QStringLiteral("setup: %1 services, %2 users in %3 teams, %4 ms")
              .arg(args.value(QStringLiteral("services"))).arg(users).arg(teams).arg(setup.elapsed()));

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(exe, {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--workers"), args.value(QStringLiteral("workers"))});
    if (!server.waitForReadyRead(10'000))
        return 2;
    const QByteArray line = server.readLine();
    const quint16 port = quint16(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
    print(QStringLiteral("server on port %1 (%2)").arg(port).arg(db.startsWith(QLatin1String("sqlite")) ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));

    QMap<QByteArray, Stats> stats;
    bool measuring = false;
    QList<Workstation *> ws;
    int signedIn = 0;
    std::function<void(const QByteArray &, int, double)> record;
    for (int i = 0; i < workstations; ++i) {
        auto *w = new Workstation(port, QStringLiteral("bench%1").arg(i % users), password, &app);
        record = [&](const QByteArray &kind, int status, double ms) {
            if (kind == "login") {
                if (status == 200)
                    ++signedIn;
                else
                    std::fprintf(stderr, "login failed: %d\n", status);
                return;
            }
            if (!measuring)
                return;
            Stats &s = stats[kind];
            s.ms.append(ms);
            s.statuses[status]++;
            if (status < 200 || status >= 300)
                ++s.errors;
        };
        w->onDone = record;
        ws.append(w);
    }
    // Sign in, a few at a time (each is a slow password hash on purpose).
    QElapsedTimer loginTimer;
    loginTimer.start();
    for (Workstation *w : ws)
        w->login();
    Nav::Test::runEventsUntil([&] { return signedIn >= workstations; }, 300'000);
    print(QStringLiteral("signed in %1 workstations in %2 ms").arg(signedIn).arg(loginTimer.elapsed()));

    // First sync (every workstation pulls the whole directory, page by page): reported apart,
    // it is the morning rush, not the steady state the target is about.
    {
        QElapsedTimer first;
        first.start();
        QList<double> pages;
        for (Workstation *w : ws)
            w->onDone = [&pages, w, inner = w->onDone](const QByteArray &kind, int status, double ms) {
                if (kind == "feed" && status == 200)
                    pages.append(ms);
                if (!w->synced() && status == 200)
                    w->pull();
                Q_UNUSED(inner);
            };
        for (Workstation *w : ws)
            w->pull();
        auto allSynced = [&] { return std::all_of(ws.cbegin(), ws.cend(), [](Workstation *w) { return w->synced(); }); };
        Nav::Test::runEventsUntil(allSynced, 600'000);
        std::sort(pages.begin(), pages.end());
        print(QStringLiteral("first sync of all %1 workstations: %2 ms (%3 pages, page p50 %4 ms)")
                  .arg(workstations).arg(first.elapsed()).arg(pages.size())
                  .arg(pages.isEmpty() ? 0.0 : pages.at(pages.size() / 2), 0, 'f', 1));
    }
    for (Workstation *w : ws)
        w->onDone = record;

    // Schedules: each workstation pulls every 30 s / speedup and pushes every 120 s / speedup,
    // starting at a random phase so the load is spread like real shifts.
    const int pullMs = qMax(1, int(30'000 / speedup));
    const int pushMs = qMax(1, int(120'000 / speedup));
    auto *rng = QRandomGenerator::global();
    QList<qint64> nextPull(workstations), nextPush(workstations);
    for (int i = 0; i < workstations; ++i) {
        nextPull[i] = rng->bounded(pullMs);
        nextPush[i] = rng->bounded(pushMs);
    }
    QElapsedTimer clock;
    clock.start();
    measuring = true;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        for (int i = 0; i < workstations; ++i) {
            Workstation *w = ws[i];
            if (w->busy())
                continue;
            if (now >= nextPush[i]) {
                w->push();
                nextPush[i] += pushMs;
            } else if (now >= nextPull[i]) {
                w->pull();
                nextPull[i] += pullMs;
            }
        }
    });
    tick.start();
    Nav::Test::runEventsFor(seconds * 1000);
    measuring = false;
    tick.stop();
    const double elapsed = clock.elapsed() / 1000.0;

    int total = 0;
    int errors = 0;
    Stats all;
    for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
        total += int(it->ms.size());
        errors += it->errors;
        all.ms += it->ms;
        QStringList codes;
        for (auto c = it->statuses.cbegin(); c != it->statuses.cend(); ++c)
            codes << QStringLiteral("%1×%2").arg(c.key()).arg(c.value());
        print(QStringLiteral("  %1: %2 requests, p50 %3 ms, p99 %4 ms, max %5 ms, errors %6 (%7)")
                  .arg(QString::fromLatin1(it.key()), 8).arg(it->ms.size())
                  .arg(it->percentile(0.5), 0, 'f', 2).arg(it->percentile(0.99), 0, 'f', 2)
                  .arg(it->percentile(1.0), 0, 'f', 2).arg(it->errors).arg(codes.join(QStringLiteral(", "))));
    }
    print(QStringLiteral("RESULT workstations=%1 simulated=%2 min throughput=%3 req/s p50=%4 ms p99=%5 ms errors=%6 (target: p99 <= 100 ms, 0 errors)")
              .arg(workstations).arg(elapsed * speedup / 60.0, 0, 'f', 1).arg(total / elapsed, 0, 'f', 1)
              .arg(all.percentile(0.5), 0, 'f', 2).arg(all.percentile(0.99), 0, 'f', 2).arg(errors));
    server.terminate();
    server.waitForFinished(10'000);
    return 0;
}

#include "bench_server.moc"

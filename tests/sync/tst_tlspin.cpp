// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Certificate pinning for self-signed deployments, over real TLS: the real navigator-server
// (SQLite) behind a real nginx that terminates TLS with a self-signed certificate made by the
// openssl command line, as a small centre would deploy it. The workstation's ServerClient:
// - without a pin refuses the self-signed server, says so in plain words, and sends nothing;
// - with the wrong pin refuses it and says the certificate is not the one it was set up to trust;
// - with the right pin (pasted as openssl prints it, with colons) signs in and reads the feed;
// - refuses a certificate the system trusts when it is not the pinned one;
// - does not reuse a connection accepted under an earlier pin.
// "Nothing was sent" is read from nginx's access log.

#include "server/harnessutil.h"
#include "server/nginxproxy.h"
#include "server/serverprocess.h"

#include "core/preferences.h"
#include "fakesecretstore.h"
#include "sync/serverclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Nav;
using namespace Nav::Test;
using Sync::ApiReply;
using Sync::ApiRequest;
using Sync::ServerClient;

namespace {

const QString kUser = QStringLiteral("tls.nav");
const QString kPassword = QStringLiteral("pw-tls-Secret-123");

} // namespace

class tst_TlsPin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbUrl;
    ServerProcess m_server;
    NginxProxy m_nginx;
    QSslCertificate m_served;  // what nginx presents
    QSslCertificate m_other;   // another self-signed certificate, never served
    FakeSecretStore m_secrets;

    // A self-signed certificate for 127.0.0.1 (P-256 key), as an administrator would make one.
    bool makeCertificate(const QString &name, QSslCertificate *certificate, QString *error)
    {
        const QString cert = m_dir.filePath(name + QStringLiteral(".crt"));
        const QString key = m_dir.filePath(name + QStringLiteral(".key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
            *error = QStringLiteral("openssl req failed: %1 %2")
                         .arg(openssl.errorString(), QString::fromUtf8(openssl.readAllStandardError()));
            return false;
        }
        const QList<QSslCertificate> read = QSslCertificate::fromPath(cert);
        if (read.size() != 1) {
            *error = QStringLiteral("cannot read %1").arg(cert);
            return false;
        }
        *certificate = read.first();
        return true;
    }

    // The SHA-256 fingerprint as `openssl x509 -fingerprint -sha256` prints it (AB:CD:…).
    static QString opensslStyle(const QSslCertificate &certificate)
    {
        return QString::fromLatin1(ServerClient::fingerprint(certificate).toHex(':').toUpper());
    }

    std::unique_ptr<ServerClient> client(const QByteArray &pin)
    {
        auto c = std::make_unique<ServerClient>(m_secrets, QStringLiteral("test/refresh"));
        c->setTransferTimeout(10000);
        c->setPinnedCertificate(pin);
        return c;
    }

    // Signs in; the failure when it does not work.
    std::optional<ApiReply> signIn(ServerClient &c)
    {
        QSignalSpy in(&c, &ServerClient::signedIn);
        QSignalSpy failed(&c, &ServerClient::signInFailed);
        c.signIn(m_nginx.baseUrl(), kUser, kPassword);
        if (!QTest::qWaitFor([&] { return in.size() + failed.size() > 0; }, 30000))
            return ApiReply{};
        if (!in.isEmpty())
            return std::nullopt;
        return failed.first().first().value<ApiReply>();
    }

    ApiReply get(ServerClient &c, const QString &path)
    {
        ApiRequest r;
        r.path = path;
        ApiReply out;
        bool done = false;
        c.send(r, this, [&](const ApiReply &reply) {
            out = reply;
            done = true;
        });
        [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, 30000);
        return out;
    }

    int loginsSeenByNginx() const
    {
        return int(m_nginx.accessLog().count("/api/v1/auth/login"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(ServerProcess::binary()).isExecutable())
            QFAIL(qPrintable(QStringLiteral("navigator-server is not built at ")
                             + ServerProcess::binary()));
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QFAIL("the openssl command is missing (packaging/install-deps.sh installs it)");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(makeCertificate(QStringLiteral("served"), &m_served, &error), qPrintable(error));
        QVERIFY2(makeCertificate(QStringLiteral("other"), &m_other, &error), qPrintable(error));
        QVERIFY(ServerClient::fingerprint(m_served) != ServerClient::fingerprint(m_other));

        m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        QVERIFY2(ServerProcess::prepareDatabase(m_dbUrl, 12, QStringLiteral("Alpha"),
                                                {{kUser, QStringLiteral("navigator"), {}}}, kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(m_dbUrl, {}, &error), qPrintable(error));
        m_nginx.setTls(m_dir.filePath(QStringLiteral("served.crt")),
                       m_dir.filePath(QStringLiteral("served.key")));
        QVERIFY2(m_nginx.start(m_server.port(), &error), qPrintable(error));
        QCOMPARE(m_nginx.baseUrl().scheme(), QStringLiteral("https"));
    }

    void selfSignedWithoutAPinIsRefused()
    {
        auto c = client({});
        const std::optional<ApiReply> failure = signIn(*c);
        QVERIFY(failure);
        QCOMPARE(failure->failure, ApiReply::Failure::Tls);
        QVERIFY(!failure->pinMismatch);
        QVERIFY2(failure->message.contains(QStringLiteral("not secure")), qPrintable(failure->message));
        QVERIFY(!c->isSignedIn());
        QCOMPARE(loginsSeenByNginx(), 0);
        QVERIFY(m_secrets.entries.isEmpty());
    }

    void wrongPinIsRefusedInPlainWords()
    {
        auto c = client(ServerClient::fingerprint(m_other));
        const std::optional<ApiReply> failure = signIn(*c);
        QVERIFY(failure);
        QCOMPARE(failure->failure, ApiReply::Failure::Tls);
        QVERIFY(failure->pinMismatch);
        QVERIFY2(failure->message.contains(QStringLiteral("did not present the certificate")),
                 qPrintable(failure->message));
        QCOMPARE(loginsSeenByNginx(), 0);
    }

    void rightPinSignsInAndReadsTheFeed()
    {
        // The administrator pastes the fingerprint openssl printed; Settings checks and keeps it.
        const Result<QString> pin = Core::Preferences::parseCertificatePin(opensslStyle(m_served));
        QVERIFY(pin && pin->size() == 64);
        auto c = client(pin->toLatin1());
        const std::optional<ApiReply> failure = signIn(*c);
        QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
        QVERIFY(c->isSignedIn());
        QCOMPARE(loginsSeenByNginx(), 1);
        const ApiReply page = get(*c, QStringLiteral("/api/v1/directory/changes?cursor=0&limit=50"));
        QVERIFY2(page.isSuccess(), qPrintable(page.message));
        QCOMPARE(page.object().value(QStringLiteral("items")).toArray().size(), 12);

        // A new pin (the server's certificate was replaced): the open connection is not reused.
        c->setPinnedCertificate(ServerClient::fingerprint(m_other));
        const ApiReply refused = get(*c, QStringLiteral("/api/v1/directory/changes?cursor=0&limit=1"));
        QCOMPARE(refused.failure, ApiReply::Failure::Tls);
        QVERIFY(refused.pinMismatch);
        c->signOut();
    }

    void aTrustedCertificateThatIsNotThePinnedOneIsRefused()
    {
        // The served certificate becomes trusted by the system (as if a CA vouched for it).
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificate(m_served);
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

        const int before = loginsSeenByNginx();
        {
            auto plain = client({}); // ordinary validation now passes
            const std::optional<ApiReply> failure = signIn(*plain);
            QVERIFY2(!failure, failure ? qPrintable(failure->message) : "");
            plain->signOut();
        }
        QCOMPARE(loginsSeenByNginx(), before + 1);
        auto pinned = client(ServerClient::fingerprint(m_other));
        const std::optional<ApiReply> failure = signIn(*pinned);
        QVERIFY(failure);
        QCOMPARE(failure->failure, ApiReply::Failure::Tls);
        QVERIFY(failure->pinMismatch);
        QCOMPARE(loginsSeenByNginx(), before + 1);
    }

    void cleanupTestCase()
    {
        m_nginx.stop();
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(tst_TlsPin)
#include "tst_tlspin.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// The softphone's registration against a real Kamailio on 127.0.0.1 with digest auth, over
// UDP, TCP and TLS (a throw-away certificate authority made with the openssl command).
#include "telephony/kamailioprocess.h"
#include "telephony/testpki.h"
#include "telephony/toneendpoint.h"

#include "telephony/sipphone.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Nav::Telephony::SipTransport)

using namespace Nav::Telephony;
using Nav::Test::KamailioProcess;
using Nav::Test::ToneEndpoint;

class tst_Registration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void registersWithDigestAuth_data();
    void registersWithDigestAuth();
    void wrongPasswordIsRejectedInWords();
    void reregistersAfterRegistrarRestart();
    void unregistersOnQuit();
    void quitIsBoundedWhenRegistrarIsGone();
    void invalidAccountChangesNothing();
    void untrustedCertificateIsRefusedInWords();
    void certificateForAnotherNameIsRefused();
    void cleanup();
    void cleanupTestCase();

private:
    SipAccount account(const QString &user, SipTransport transport = SipTransport::Udp) const;
    KamailioProcess m_kamailio;
    ToneEndpoint m_audio{440};
    QTemporaryDir m_pkiDir;
    Nav::Test::TestPki m_pki;
};

SipAccount tst_Registration::account(const QString &user, SipTransport transport) const
{
    SipAccount a;
    a.registrar = transport == SipTransport::Tls ? m_kamailio.tlsAddress() : m_kamailio.address();
    if (transport == SipTransport::Tls)
        a.trustedAuthorities = m_pki.caCertificate;
    a.user = user;
    a.password = m_kamailio.password();
    a.transport = transport;
    a.registerExpiry = 60;
    a.keepAliveInterval = 1;
    return a;
}

void tst_Registration::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(m_pkiDir.path(), &error), qPrintable(error));
    QVERIFY2(m_pki.issue(QStringLiteral("registrar"), QStringLiteral("IP:127.0.0.1"), &error),
             qPrintable(error));
    m_kamailio.enableTls(m_pki.certificate(QStringLiteral("registrar")),
                         m_pki.key(QStringLiteral("registrar")));
    QVERIFY2(m_kamailio.start(&error), qPrintable(error));
}

void tst_Registration::registersWithDigestAuth_data()
{
    QTest::addColumn<SipTransport>("transport");
    QTest::addColumn<QString>("user");
    QTest::newRow("udp") << SipTransport::Udp << QStringLiteral("2101");
    QTest::newRow("tcp") << SipTransport::Tcp << QStringLiteral("2102");
    // the registrar's certificate chains to the account's trusted authority and names 127.0.0.1
    QTest::newRow("tls") << SipTransport::Tls << QStringLiteral("2108");
}

void tst_Registration::registersWithDigestAuth()
{
    QFETCH(SipTransport, transport);
    QFETCH(QString, user);
    SipPhone phone(&m_audio);
    QSignalSpy states(&phone, &SipPhone::registrationChanged);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(phone.start(account(user, transport)).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Registered, 5000);
    qInfo("registered over %s in %lld ms", qPrintable(transportCode(transport).toUpper()),
          clock.elapsed());
    QCOMPARE(states.first().first().value<RegistrationStatus>().state,
             RegistrationState::Registering);
    // the registrar challenged, and saved the contact after the digest answer
    const QByteArray challenged = "REGISTER sip:" + user.toUtf8() + "@127.0.0.1: challenge (401)";
    QVERIFY(m_kamailio.log().contains(challenged));
    QCOMPARE(m_kamailio.savedRegistrations(user), 1);
    if (transport == SipTransport::Tls)
        QVERIFY(m_kamailio.log().contains(
            QByteArray("in: REGISTER sip:127.0.0.1:" + QByteArray::number(m_kamailio.tlsPort()))));
    QVERIFY(phone.localSipPort() != 0);
    QVERIFY(registrationText(phone.registration()).contains(u"Ready"));
    phone.shutdown(2000);
    QCOMPARE(phone.registration().state, RegistrationState::Stopped);
}

void tst_Registration::wrongPasswordIsRejectedInWords()
{
    SipPhone phone(&m_audio);
    SipAccount a = account(QStringLiteral("2103"));
    a.password = QStringLiteral("not-the-password");
    QVERIFY(phone.start(a).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Rejected, 5000);
    QCOMPARE(phone.registration().sipCode, 401);
    const QString words = registrationText(phone.registration());
    QVERIFY2(words.contains(u"password") && words.contains(u"Settings"), qPrintable(words));
    // it does not hammer the registrar: the next try is a minute away
    QVERIFY(phone.registration().nextAttempt
            > QDateTime::currentDateTimeUtc().addSecs(30));
    QCOMPARE(m_kamailio.savedRegistrations(QStringLiteral("2103")), 0);
}

void tst_Registration::reregistersAfterRegistrarRestart()
{
    const QString user = QStringLiteral("2104");
    SipPhone phone(&m_audio);
    QVERIFY(phone.start(account(user)).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Registered, 5000);
    QCOMPARE(m_kamailio.savedRegistrations(user), 1);

    m_kamailio.stop(); // forgets every registration
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Unreachable, 5000);
    QVERIFY(registrationText(phone.registration()).contains(u"does not answer"));

    QString error;
    QVERIFY2(m_kamailio.start(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Registered, 10000);
    qInfo("registered again %lld ms after the registrar came back", clock.elapsed());
    QTRY_COMPARE_WITH_TIMEOUT(m_kamailio.savedRegistrations(user), 2, 2000);
    phone.shutdown(2000);
}

void tst_Registration::unregistersOnQuit()
{
    const QString user = QStringLiteral("2105");
    SipPhone phone(&m_audio);
    QVERIFY(phone.start(account(user)).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Registered, 5000);
    QSignalSpy stopped(&phone, &SipPhone::stopped);
    QElapsedTimer clock;
    clock.start();
    phone.shutdown(2000);
    const qint64 took = clock.elapsed();
    qInfo("un-registered and stopped in %lld ms", took);
    QVERIFY2(took < 1500, qPrintable(QString::number(took)));
    const QByteArray saved = "REGISTER sip:" + user.toUtf8() + "@127.0.0.1: saved contact";
    QTRY_VERIFY(m_kamailio.log().contains(saved) && m_kamailio.log().contains("expires=0"));
    QTRY_COMPARE(stopped.count(), 1);
}

void tst_Registration::quitIsBoundedWhenRegistrarIsGone()
{
    const QString user = QStringLiteral("2106");
    SipPhone phone(&m_audio);
    QVERIFY(phone.start(account(user)).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Registered, 5000);
    m_kamailio.stop();
    QElapsedTimer clock;
    clock.start();
    phone.shutdown(1000);
    const qint64 took = clock.elapsed();
    qInfo("stopped in %lld ms with the registrar gone (bound 1000 ms)", took);
    QVERIFY2(took < 1800, qPrintable(QString::number(took)));
    QString error;
    QVERIFY2(m_kamailio.start(&error), qPrintable(error));
}

void tst_Registration::invalidAccountChangesNothing()
{
    SipPhone phone(&m_audio);
    SipAccount a = account(QStringLiteral("2107"));
    a.registrar.clear();
    const auto r = phone.start(a);
    QVERIFY(!r.has_value());
    QVERIFY(r.error().message.startsWith(u"Registrar:"));
    QVERIFY(!phone.isRunning());
    QCOMPARE(phone.dial(QStringLiteral("2101")), 0);
}

void tst_Registration::untrustedCertificateIsRefusedInWords()
{
    // the same registrar, but the account trusts only the system's authorities
    SipPhone phone(&m_audio);
    SipAccount a = account(QStringLiteral("2109"), SipTransport::Tls);
    a.trustedAuthorities.clear();
    QVERIFY(phone.start(a).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Failed, 5000);
    QVERIFY(phone.registration().certificateError != 0);
    const QString words = registrationText(phone.registration());
    qInfo("%s", qPrintable(words));
    QVERIFY2(words.contains(u"does not trust") && words.contains(u"Trusted authorities"),
             qPrintable(words));
    QVERIFY(phone.registration().nextAttempt.isValid());
    // no REGISTER (with its credentials) went over the connection it did not trust
    QVERIFY(!m_kamailio.log().contains("sip:2109@"));
    QCOMPARE(m_kamailio.savedRegistrations(QStringLiteral("2109")), 0);
    phone.shutdown(1000);

    // a file that is not a certificate is refused before the network, naming the field
    SipAccount wrongFile = a;
    wrongFile.trustedAuthorities = m_pki.key(QStringLiteral("registrar"));
    const auto refused = phone.start(wrongFile);
    QVERIFY(!refused.has_value());
    QVERIFY2(refused.error().message.startsWith(u"Trusted authorities:"),
             qPrintable(refused.error().message));
}

void tst_Registration::certificateForAnotherNameIsRefused()
{
    // a certificate from the trusted authority, but for another host than the one dialled
    QString error;
    QVERIFY2(m_pki.issue(QStringLiteral("elsewhere"), QStringLiteral("DNS:pbx.example.org"), &error),
             qPrintable(error));
    KamailioProcess other;
    other.enableTls(m_pki.certificate(QStringLiteral("elsewhere")),
                    m_pki.key(QStringLiteral("elsewhere")));
    QVERIFY2(other.start(&error), qPrintable(error));
    SipPhone phone(&m_audio);
    SipAccount a = account(QStringLiteral("2110"), SipTransport::Tls);
    a.registrar = other.tlsAddress();
    QVERIFY(phone.start(a).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(phone.registration().state, RegistrationState::Failed, 5000);
    const QString words = registrationText(phone.registration());
    qInfo("%s", qPrintable(words));
    QVERIFY2(words.contains(u"another name"), qPrintable(words));
    QCOMPARE(other.savedRegistrations(QStringLiteral("2110")), 0);
    phone.shutdown(1000);
}

void tst_Registration::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("Kamailio's log ends with:\n%s", m_kamailio.log().right(3000).constData());
}

void tst_Registration::cleanupTestCase()
{
    m_kamailio.stop();
}

QTEST_GUILESS_MAIN(tst_Registration)
#include "tst_registration.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// The softphone's registration against a real Kamailio on 127.0.0.1 with digest auth.
#include "telephony/kamailioprocess.h"
#include "telephony/toneendpoint.h"

#include "telephony/sipphone.h"

#include <QElapsedTimer>
#include <QSignalSpy>
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
    void cleanup();
    void cleanupTestCase();

private:
    SipAccount account(const QString &user, SipTransport transport = SipTransport::Udp) const;
    KamailioProcess m_kamailio;
    ToneEndpoint m_audio{440};
};

SipAccount tst_Registration::account(const QString &user, SipTransport transport) const
{
    SipAccount a;
    a.registrar = m_kamailio.address();
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
    QVERIFY2(m_kamailio.start(&error), qPrintable(error));
}

void tst_Registration::registersWithDigestAuth_data()
{
    QTest::addColumn<SipTransport>("transport");
    QTest::addColumn<QString>("user");
    QTest::newRow("udp") << SipTransport::Udp << QStringLiteral("2101");
    QTest::newRow("tcp") << SipTransport::Tcp << QStringLiteral("2102");
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
    qInfo("registered over %s in %lld ms", transport == SipTransport::Udp ? "UDP" : "TCP",
          clock.elapsed());
    QCOMPARE(states.first().first().value<RegistrationStatus>().state,
             RegistrationState::Registering);
    // the registrar challenged, and saved the contact after the digest answer
    const QByteArray challenged = "REGISTER sip:" + user.toUtf8() + "@127.0.0.1: challenge (401)";
    QVERIFY(m_kamailio.log().contains(challenged));
    QCOMPARE(m_kamailio.savedRegistrations(user), 1);
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

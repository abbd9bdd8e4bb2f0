// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/callinfo.h"
#include "telephony/mediaquality.h"
#include "telephony/sipaccount.h"

#include <QTest>

using namespace Nav::Telephony;

class tst_SipAccount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data();
    void validation();
    void uris();
    void stunAndTls();
    void mosMovesTheRightWay();
    void everyStateHasWords();
};

void tst_SipAccount::validation_data()
{
    QTest::addColumn<QString>("registrar");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("authUser");
    QTest::addColumn<QString>("fieldNamed"); // empty: valid

    QTest::newRow("ip and port") << "192.0.2.10:5062" << "2101" << "" << "";
    QTest::newRow("host name") << "pbx.example.org" << "agent.7" << "auth7" << "";
    QTest::newRow("ipv6") << "[2001:db8::1]:5060" << "2101" << "" << "";
    QTest::newRow("empty registrar") << "" << "2101" << "" << "Registrar";
    QTest::newRow("space in host") << "pbx example" << "2101" << "" << "Registrar";
    QTest::newRow("port too big") << "pbx:70000" << "2101" << "" << "Registrar";
    QTest::newRow("port not a number") << "pbx:abc" << "2101" << "" << "Registrar";
    QTest::newRow("empty user") << "pbx" << "" << "" << "User";
    QTest::newRow("at in user") << "pbx" << "a@b" << "" << "User";
    QTest::newRow("accent in user") << "pbx" << "hélène" << "" << "User";
    QTest::newRow("space in auth user") << "pbx" << "2101" << "a b" << "Authentication user";
}

void tst_SipAccount::validation()
{
    QFETCH(QString, registrar);
    QFETCH(QString, user);
    QFETCH(QString, authUser);
    QFETCH(QString, fieldNamed);
    SipAccount a;
    a.registrar = registrar;
    a.user = user;
    a.authUser = authUser;
    const auto r = a.validate();
    if (fieldNamed.isEmpty()) {
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().message));
    } else {
        QVERIFY(!r.has_value());
        QVERIFY2(r.error().message.startsWith(fieldNamed + u':'), qPrintable(r.error().message));
    }
}

void tst_SipAccount::uris()
{
    SipAccount a;
    a.registrar = QStringLiteral("192.0.2.10");
    a.user = QStringLiteral("2101");
    QCOMPARE(a.registrarPort(), quint16(5060));
    QCOMPARE(a.addressOfRecord(), QStringLiteral("sip:2101@192.0.2.10"));
    QCOMPARE(a.registrarUri(), QStringLiteral("sip:192.0.2.10:5060;transport=udp"));
    a.transport = SipTransport::Tcp;
    a.registrar = QStringLiteral("[2001:db8::1]:5070");
    QCOMPARE(a.registrarHost(), QStringLiteral("2001:db8::1"));
    QCOMPARE(a.registrarUri(), QStringLiteral("sip:[2001:db8::1]:5070;transport=tcp"));
    QCOMPARE(a.effectiveAuthUser(), QStringLiteral("2101"));
    QCOMPARE(transportFromCode(transportCode(SipTransport::Tcp)), SipTransport::Tcp);
    QCOMPARE(srtpModeFromCode(srtpModeCode(SrtpMode::Required)), SrtpMode::Required);
}

void tst_SipAccount::stunAndTls()
{
    SipAccount a;
    a.registrar = QStringLiteral("pbx.example.org");
    a.user = QStringLiteral("2101");
    a.transport = SipTransport::Tls;
    QCOMPARE(a.registrarPort(), quint16(5061));
    QCOMPARE(a.registrarUri(), QStringLiteral("sip:pbx.example.org:5061;transport=tls"));
    QVERIFY(a.validate().has_value());
    a.stunServer = QStringLiteral("stun.example.org");
    QVERIFY(a.validate().has_value());
    QCOMPARE(a.stunHostPort(), std::make_pair(QStringLiteral("stun.example.org"), quint16(3478)));
    a.stunServer = QStringLiteral("192.0.2.20:19302");
    QCOMPARE(a.stunHostPort(), std::make_pair(QStringLiteral("192.0.2.20"), quint16(19302)));
    for (const char *bad : {"stun example org", "192.0.2.20:99999", "stun.example.org:port"}) {
        a.stunServer = QString::fromLatin1(bad);
        const auto r = a.validate();
        QVERIFY2(!r.has_value(), bad);
        QVERIFY2(r.error().message.startsWith(u"STUN server:"), qPrintable(r.error().message));
    }
    a.stunServer.clear();
    a.trustedAuthorities = QStringLiteral("/nonexistent/centre-ca.pem");
    const auto r = a.validate();
    QVERIFY(!r.has_value());
    QVERIFY2(r.error().message.startsWith(u"Trusted authorities:"), qPrintable(r.error().message));
}

void tst_SipAccount::mosMovesTheRightWay()
{
    const double clean = estimateMos(0, 2, 10);
    QVERIFY2(clean > 4.2 && clean <= 4.5, qPrintable(QString::number(clean)));
    const double lossy = estimateMos(5, 40, 10);
    QVERIFY2(lossy < clean && lossy > 2.5, qPrintable(QString::number(lossy)));
    QVERIFY(estimateMos(30, 40, 10) < lossy);
    QVERIFY(estimateMos(0, 2, 400) < clean);
    QVERIFY(estimateMos(100, 0, 0) < 1.5);
}

void tst_SipAccount::everyStateHasWords()
{
    for (auto state : {RegistrationState::Stopped, RegistrationState::Registering,
                       RegistrationState::Registered, RegistrationState::Unreachable,
                       RegistrationState::Rejected, RegistrationState::Failed,
                       RegistrationState::Unregistering}) {
        RegistrationStatus s;
        s.state = state;
        s.sipCode = 401;
        QVERIFY(!registrationText(s).isEmpty());
    }
    for (auto state : {CallState::Dialing, CallState::RemoteRinging, CallState::Ringing,
                       CallState::Connected, CallState::Held, CallState::Ended})
        QVERIFY(!callStateText(state).isEmpty());
    QVERIFY(endReasonText(EndReason::Rejected, 403).contains(u"403"));
}

QTEST_GUILESS_MAIN(tst_SipAccount)
#include "tst_sipaccount.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// Calls between Navigator's softphone and a real baresip through a real Kamailio on 127.0.0.1:
// audio both ways (tones measured at each end), answer, decline, abandon, hold, DTMF.
#include "telephony/baresipprocess.h"
#include "telephony/kamailioprocess.h"
#include "telephony/stunserverprocess.h"
#include "telephony/testpki.h"
#include "telephony/tonemeasure.h"
#include "telephony/toneendpoint.h"

#include "telephony/sipphone.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Nav::Telephony;
using Nav::Test::BaresipProcess;
using Nav::Test::KamailioProcess;
using Nav::Test::ToneEndpoint;

namespace {
constexpr double kNavigatorHz = 440;
constexpr double kPeerHz = 1000;
} // namespace

class tst_Calls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void outgoingCallCarriesAudioBothWays();
    void incomingCallIsAnsweredAndHungUpThere();
    void callerWhoHangsUpWhileRingingIsAbandoned();
    void declineSendsBusy();
    void notAcceptingAnswersBusy();
    void holdStopsTheMediaAndResumeBringsItBack();
    void dtmfReachesThePeer();
    void blindTransferHandsTheCallToAnotherAgent();
    void failedTransferKeepsTheCall();
    void attendedTransferConnectsTheCallerWithTheConsultedAgent();
    void threeWayConferenceLetsEachHearTheOtherTwo();
    void srtpCallCarriesAudioBothWays();
    void srtpRequiredRefusesAPlainPeer();
    void srtpOptionalEncryptsWhenThePeerCan();
    void opusCallCarriesAudioBothWays();
    void tlsSignallingWithSrtpCarriesAudioBothWays();
    void stunServerGivesTheMediaAddress();
    void cleanup();
    void cleanupTestCase();

private:
    int connectedOutgoingCall();
    CallInfo waitForIncoming(QSignalSpy &added);
    void dialAndHearTone(SipPhone *phone, const QString &who, double hz, const char *over, int *id);
    // Hangs up `id` and checks that `peer` recorded Navigator's tone over the call.
    void hangUpAndCheckPeerHeard(SipPhone *phone, BaresipProcess &peer, int id, const char *over);
    // `peer` calls the phone (as 2201), which answers: *id is the connected call.
    void answerCallFrom(SipPhone *phone, BaresipProcess &peer, int *id);
    // The same, then checks the call is encrypted and hangs up.
    void answerEncryptedCallFrom(SipPhone *phone, BaresipProcess &peer);

    KamailioProcess m_kamailio;
    QTemporaryDir m_pkiDir;
    Nav::Test::TestPki m_pki;
    std::unique_ptr<BaresipProcess> m_peer;
    ToneEndpoint m_audio{kNavigatorHz};
    std::unique_ptr<SipPhone> m_phone;
    SipAccount m_account;
};

void tst_Calls::initTestCase()
{
    QString error;
    // a TLS listener too, with a certificate from a throw-away authority
    QVERIFY2(m_pki.create(m_pkiDir.path(), &error), qPrintable(error));
    QVERIFY2(m_pki.issue(QStringLiteral("registrar"), QStringLiteral("IP:127.0.0.1"), &error),
             qPrintable(error));
    m_kamailio.enableTls(m_pki.certificate(QStringLiteral("registrar")),
                         m_pki.key(QStringLiteral("registrar")));
    QVERIFY2(m_kamailio.start(&error), qPrintable(error));
    m_peer = std::make_unique<BaresipProcess>(QStringLiteral("peer"), m_kamailio.port(),
                                              m_kamailio.password(), int(kPeerHz));
    QVERIFY2(m_peer->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("peer")) >= 1, 5000);

    SipAccount a;
    a.registrar = m_kamailio.address();
    a.user = QStringLiteral("2201");
    a.displayName = QStringLiteral("Navigator 2201");
    a.password = m_kamailio.password();
    a.keepAliveInterval = 5;
    // Pure tones measure the media path here; a noise suppressor rightly takes a steady tone
    // for noise (VoiceProcessor has its own test, telephony.voiceprocessor).
    a.echoCancellation = false;
    a.noiseSuppression = false;
    m_account = a;
    m_phone = std::make_unique<SipPhone>(&m_audio);
    QVERIFY(m_phone->start(a).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->registration().state, RegistrationState::Registered, 5000);
}

void tst_Calls::init()
{
    m_audio.forget();
    m_phone->setAcceptingCalls(true);
}

int tst_Calls::connectedOutgoingCall()
{
    const int id = m_phone->dial(QStringLiteral("peer"));
    if (!id)
        return 0;
    if (!QTest::qWaitFor([&] { return m_phone->call(id).state == CallState::Connected; }, 5000))
        return 0;
    return id;
}

CallInfo tst_Calls::waitForIncoming(QSignalSpy &added)
{
    if (!QTest::qWaitFor([&] { return added.count() > 0; }, 5000))
        return {};
    return added.last().first().value<CallInfo>();
}

void tst_Calls::outgoingCallCarriesAudioBothWays()
{
    QSignalSpy changed(m_phone.get(), &SipPhone::callChanged);
    QElapsedTimer setup;
    setup.start();
    const int id = m_phone->dial(QStringLiteral("peer"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Connected, 5000);
    qInfo("call set up (dial to connected, through Kamailio with 407) in %lld ms",
          setup.elapsed());
    const CallInfo connected = m_phone->call(id);
    QCOMPARE(connected.direction, CallDirection::Outgoing);
    QCOMPARE(connected.remoteNumber, QStringLiteral("peer"));
    QVERIFY(connected.codec.startsWith(u"PCM"));
    QVERIFY(connected.answered.isValid());

    // Navigator hears baresip's 1 kHz
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= 16000, 5000);
    const double heard = m_audio.tonePower(kPeerHz, 4000, 8000);
    qInfo("1 kHz share of what Navigator heard: %.2f", heard);
    QVERIFY2(heard > 0.8, qPrintable(QString::number(heard)));
    QVERIFY(m_audio.tonePower(kNavigatorHz, 4000, 8000) < 0.05);

    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    const int closedBefore = m_peer->events().size();
    m_phone->hangup(id);
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(ended.first().first().value<CallInfo>().endReason, EndReason::HungUpHere);
    QVERIFY2(m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, closedBefore) >= 0,
             qPrintable(m_peer->eventTypes()));

    // baresip heard Navigator's 440 Hz
    std::vector<int16_t> received;
    QTRY_VERIFY_WITH_TIMEOUT((received = m_peer->lastReceived()).size() >= 8000, 5000);
    const double peerHeard = Nav::Test::tonePower(received.data() + 2000,
                                                  std::min<std::size_t>(8000, received.size() - 2000),
                                                  kNavigatorHz);
    qInfo("440 Hz share of what baresip recorded: %.2f", peerHeard);
    QVERIFY2(peerHeard > 0.8, qPrintable(QString::number(peerHeard)));
}

void tst_Calls::incomingCallIsAnsweredAndHungUpThere()
{
    QSignalSpy added(m_phone.get(), &SipPhone::callAdded);
    QVERIFY(m_peer->command(QStringLiteral("dial"),
                            QStringLiteral("sip:2201@%1").arg(m_kamailio.address())));
    const CallInfo ringing = waitForIncoming(added);
    QVERIFY2(ringing.id > 0, qPrintable(m_peer->eventTypes()));
    QCOMPARE(ringing.direction, CallDirection::Incoming);
    QCOMPARE(ringing.state, CallState::Ringing);
    QCOMPARE(ringing.remoteNumber, QStringLiteral("peer"));
    QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_RINGING")) >= 0);

    m_phone->answer(ringing.id);
    QTRY_COMPARE(m_phone->call(ringing.id).state, CallState::Connected);
    QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_ESTABLISHED")) >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= 12000, 5000);
    QVERIFY(m_audio.tonePower(kPeerHz, 4000, 8000) > 0.8);

    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    QVERIFY(m_peer->command(QStringLiteral("hangup")));
    QTRY_COMPARE(ended.count(), 1);
    const CallInfo over = ended.first().first().value<CallInfo>();
    QCOMPARE(over.endReason, EndReason::HungUpThere);
    QVERIFY(over.ended >= over.answered);
    std::vector<int16_t> received;
    QTRY_VERIFY_WITH_TIMEOUT((received = m_peer->lastReceived()).size() >= 8000, 5000);
    QVERIFY(Nav::Test::tonePower(received.data() + 2000, 6000, kNavigatorHz) > 0.8);
}

void tst_Calls::callerWhoHangsUpWhileRingingIsAbandoned()
{
    QSignalSpy added(m_phone.get(), &SipPhone::callAdded);
    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    QVERIFY(m_peer->command(QStringLiteral("dial"),
                            QStringLiteral("sip:2201@%1").arg(m_kamailio.address())));
    const CallInfo ringing = waitForIncoming(added);
    QVERIFY(ringing.id > 0);
    QVERIFY(m_peer->command(QStringLiteral("hangup"))); // CANCEL
    QTRY_COMPARE(ended.count(), 1);
    const CallInfo over = ended.first().first().value<CallInfo>();
    QCOMPARE(over.id, ringing.id);
    QCOMPARE(over.endReason, EndReason::Abandoned);
    QVERIFY(!over.answered.isValid());
}

void tst_Calls::declineSendsBusy()
{
    QSignalSpy added(m_phone.get(), &SipPhone::callAdded);
    const int from = m_peer->events().size();
    QVERIFY(m_peer->command(QStringLiteral("dial"),
                            QStringLiteral("sip:2201@%1").arg(m_kamailio.address())));
    const CallInfo ringing = waitForIncoming(added);
    QVERIFY(ringing.id > 0);
    m_phone->decline(ringing.id, true);
    const int closed = m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, from);
    QVERIFY2(closed >= 0, qPrintable(m_peer->eventTypes()));
    const QString why = m_peer->events().at(closed).value(QStringLiteral("param")).toString();
    QVERIFY2(why.contains(u"486"), qPrintable(why));
}

void tst_Calls::notAcceptingAnswersBusy()
{
    m_phone->setAcceptingCalls(false);
    QSignalSpy added(m_phone.get(), &SipPhone::callAdded);
    const int from = m_peer->events().size();
    QVERIFY(m_peer->command(QStringLiteral("dial"),
                            QStringLiteral("sip:2201@%1").arg(m_kamailio.address())));
    const int closed = m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, from);
    QVERIFY2(closed >= 0, qPrintable(m_peer->eventTypes()));
    QVERIFY(m_peer->events().at(closed).value(QStringLiteral("param")).toString().contains(u"486"));
    QCOMPARE(added.count(), 0);
}

void tst_Calls::holdStopsTheMediaAndResumeBringsItBack()
{
    QSignalSpy stats(m_phone.get(), &SipPhone::statsUpdated);
    const int id = connectedOutgoingCall();
    QVERIFY(id > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= 8000, 5000);

    m_phone->setHold(id, true);
    QTRY_COMPARE(m_phone->call(id).state, CallState::Held);
    QTest::qWait(400); // the re-INVITE's answer, and packets already on their way
    auto latest = [&] { return stats.last().first().value<MediaStats>(); };
    QTRY_VERIFY_WITH_TIMEOUT(stats.count() >= 2, 3000);
    const MediaStats before = latest();
    const std::size_t heardBefore = m_audio.heardSamples();
    const int statsBefore = stats.count();
    QTRY_VERIFY_WITH_TIMEOUT(stats.count() >= statsBefore + 2, 4000);
    const MediaStats during = latest();
    qInfo("while held: %u packets sent, %u received (over about 2 s)",
          during.packetsSent - before.packetsSent, during.packetsReceived - before.packetsReceived);
    QCOMPARE(during.packetsSent, before.packetsSent);
    QVERIFY(during.packetsReceived - before.packetsReceived <= 2);
    QCOMPARE(m_audio.heardSamples(), heardBefore);

    m_phone->setHold(id, false);
    QTRY_COMPARE(m_phone->call(id).state, CallState::Connected);
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= heardBefore + 8000, 5000);
    QVERIFY(m_audio.tonePower(kPeerHz, heardBefore + 2000, 4000) > 0.8);
    m_phone->hangup(id);
}

void tst_Calls::dtmfReachesThePeer()
{
    const int id = connectedOutgoingCall();
    QVERIFY(id > 0);
    const int from = m_peer->events().size();
    m_phone->sendDtmf(id, u'5');
    const int got = m_peer->waitForEvent(QStringLiteral("CALL_DTMF_START"), 5000, from);
    QVERIFY2(got >= 0, qPrintable(m_peer->eventTypes()));
    QCOMPARE(m_peer->events().at(got).value(QStringLiteral("param")).toString(), QStringLiteral("5"));
    m_phone->sendDtmf(id, u'#');
    const int second = m_peer->waitForEvent(QStringLiteral("CALL_DTMF_START"), 5000, got + 1);
    QVERIFY2(second >= 0, qPrintable(m_peer->eventTypes()));
    QCOMPARE(m_peer->events().at(second).value(QStringLiteral("param")).toString(), QStringLiteral("#"));
    m_phone->hangup(id);
}

void tst_Calls::blindTransferHandsTheCallToAnotherAgent()
{
    // a second agent to hand the caller to
    QString error;
    BaresipProcess second(QStringLiteral("peer2"), m_kamailio.port(), m_kamailio.password(), 700);
    QVERIFY2(second.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("peer2")) >= 1, 5000);

    const int id = connectedOutgoingCall();
    QVERIFY(id > 0);
    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    const int from = second.events().size();
    m_phone->transfer(id, QStringLiteral("peer2"));
    QTRY_VERIFY(m_phone->call(id).transferring || !ended.isEmpty());
    // the other party calls the second agent (who answers), and our leg ends
    QVERIFY2(second.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000, from) >= 0,
             qPrintable(second.eventTypes()));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
    QCOMPARE(ended.first().first().value<CallInfo>().endReason, EndReason::Transferred);
    // they talk to each other: the second agent hears the first peer's 1 kHz
    QTest::qWait(1500);
    QVERIFY(m_peer->command(QStringLiteral("hangup")));
    std::vector<int16_t> heard;
    QTRY_VERIFY_WITH_TIMEOUT((heard = second.lastReceived()).size() >= 8000, 5000);
    const double share = Nav::Test::tonePower(heard.data() + 2000, 4000, kPeerHz);
    qInfo("1 kHz share of what the transfer target heard from the caller: %.2f", share);
    QVERIFY2(share > 0.6, qPrintable(QString::number(share)));
    second.stop();
}

void tst_Calls::failedTransferKeepsTheCall()
{
    const int id = connectedOutgoingCall();
    QVERIFY(id > 0);
    m_phone->transfer(id, QStringLiteral("nobody-here"));
    QTRY_VERIFY_WITH_TIMEOUT(m_phone->call(id).transferFailedCode >= 400, 5000);
    qInfo("transfer to an unknown agent failed with %d", m_phone->call(id).transferFailedCode);
    QCOMPARE(m_phone->call(id).state, CallState::Connected);
    QVERIFY(!m_phone->call(id).transferring);
    m_phone->hangup(id);
}

void tst_Calls::attendedTransferConnectsTheCallerWithTheConsultedAgent()
{
    // the navigator puts the caller on hold, calls a colleague, talks, then hands the caller over
    QString error;
    BaresipProcess colleague(QStringLiteral("peer3"), m_kamailio.port(), m_kamailio.password(), 700);
    QVERIFY2(colleague.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("peer3")) >= 1, 5000);
    const int caller = connectedOutgoingCall();
    QVERIFY(caller > 0);
    m_phone->setHold(caller, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(caller).state, CallState::Held, 5000);
    const int consult = m_phone->dial(QStringLiteral("peer3"));
    QVERIFY(consult > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(consult).state, CallState::Connected, 5000);
    QTest::qWait(300);

    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    const int from = colleague.events().size();
    const qsizetype logBefore = m_kamailio.log().size();
    m_phone->transferToCall(caller, consult);
    QTRY_VERIFY(m_phone->call(caller).transferring || !ended.isEmpty());

    // The REFER names the consult dialog as the colleague sees it (RFC 3891: its tag is the
    // to-tag): the Call-ID and tags Kamailio saw on our INVITE to peer3 and its 200.
    // The first REFER after the transfer began: on a busy machine a retransmission of it can
    // be logged after the caller's own INVITE.
    qsizetype referAt = -1;
    QByteArray referTo;
    QTRY_VERIFY_WITH_TIMEOUT(!(referTo = [&] {
        const QByteArray log = m_kamailio.log();
        referAt = log.indexOf("refer-to: ", logBefore);
        return referAt < 0 ? QByteArray()
                           : log.mid(referAt + 10, log.indexOf('\n', referAt) - referAt - 10).trimmed();
    }()).isEmpty(), 5000);
    // what Kamailio saw before the REFER (the caller's own INVITE to peer3 comes after it)
    const QByteArray log = m_kamailio.log().left(referAt);
    const QRegularExpression invite(QStringLiteral("dialog: INVITE peer3 from 2201 call-id (\\S+) from-tag (\\S+)"));
    QRegularExpressionMatch lastInvite;
    for (auto it = invite.globalMatch(QString::fromUtf8(log)); it.hasNext();)
        lastInvite = it.next();
    QVERIFY2(lastInvite.hasMatch(), log.right(3000).constData());
    const QString callId = lastInvite.captured(1);
    const QRegularExpression ok(QStringLiteral("dialog: 200 call-id %1 to-tag (\\S+)")
                                    .arg(QRegularExpression::escape(callId)));
    const QRegularExpressionMatch answered = ok.match(QString::fromUtf8(log));
    QVERIFY2(answered.hasMatch(), log.right(3000).constData());
    const qsizetype q = referTo.indexOf("?Replaces=");
    QVERIFY2(q > 0, referTo.constData());
    QVERIFY2(referTo.startsWith("<sip:peer3@"), referTo.constData());
    const QByteArray replaces = QByteArray::fromPercentEncoding(
        referTo.mid(q + 10, referTo.lastIndexOf('>') - q - 10));
    QCOMPARE(QString::fromUtf8(replaces),
             QStringLiteral("%1;to-tag=%2;from-tag=%3")
                 .arg(callId, answered.captured(1), lastInvite.captured(2)));

    // The caller calls the colleague and reports success: both our calls end as transferred.
    // (baresip 1.0 does not act on Replaces: it answers the caller as a second call, and our
    // BYE ends the consult call.)
    QVERIFY2(colleague.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000, from) >= 0,
             qPrintable(colleague.eventTypes()));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 5000);
    for (const QList<QVariant> &args : std::as_const(ended))
        QCOMPARE(args.first().value<CallInfo>().endReason, EndReason::Transferred);
    // the colleague hears the caller's 1 kHz
    QTest::qWait(1500);
    QVERIFY(m_peer->command(QStringLiteral("hangup")));
    std::vector<int16_t> heard;
    QTRY_VERIFY_WITH_TIMEOUT((heard = colleague.lastReceived()).size() >= 8000, 5000);
    const double share = Nav::Test::tonePower(heard.data() + 2000, 4000, kPeerHz);
    qInfo("1 kHz share of what the consulted agent heard from the caller: %.2f", share);
    QVERIFY2(share > 0.6, qPrintable(QString::number(share)));
    colleague.stop();
}

void tst_Calls::threeWayConferenceLetsEachHearTheOtherTwo()
{
    QString error;
    BaresipProcess interpreter(QStringLiteral("peer3"), m_kamailio.port(), m_kamailio.password(), 700);
    QVERIFY2(interpreter.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("peer3")) >= 1, 5000);

    // the navigator (440 Hz) talks with the caller (1 kHz) while a third party (700 Hz), say
    // the interpreter line, is called; the caller keeps the headset until the merge. (Not held
    // first: baresip's recorder stops at a hold and does not start again, so what the caller
    // hears afterwards could not be checked.)
    const int caller = connectedOutgoingCall();
    QVERIFY(caller > 0);
    const int third = m_phone->dial(QStringLiteral("peer3"));
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(third).state, CallState::Connected, 5000);

    m_phone->setConference(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_phone->call(caller).inConference && m_phone->call(third).inConference,
                             5000);
    QCOMPARE(m_phone->call(caller).state, CallState::Connected);
    m_audio.forget();
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= 24000, 6000);
    const double hears1k = m_audio.tonePower(kPeerHz, 8000, 16000);
    const double hears700 = m_audio.tonePower(700, 8000, 16000);
    qInfo("the navigator hears 1 kHz %.2f and 700 Hz %.2f", hears1k, hears700);
    QVERIFY(hears1k > 0.2 && hears700 > 0.2);

    const int peerFrom = m_peer->events().size();
    const int thirdFrom = interpreter.events().size();
    m_phone->hangup(third);
    m_phone->hangup(caller);
    QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, peerFrom) >= 0);
    QVERIFY(interpreter.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, thirdFrom) >= 0);
    std::vector<int16_t> a;
    std::vector<int16_t> b;
    QTRY_VERIFY_WITH_TIMEOUT((a = m_peer->lastReceived()).size() >= 16000, 5000);
    QTRY_VERIFY_WITH_TIMEOUT((b = interpreter.lastReceived()).size() >= 16000, 5000);
    qInfo("recordings: %zu and %zu samples", a.size(), b.size());
    // the end of each recording is the conference
    const auto share = [](const std::vector<int16_t> &v, double hz) {
        return Nav::Test::tonePower(v.data() + v.size() - 12000 - 1600, 12000, hz);
    };
    qInfo("the caller hears 440 Hz %.2f and 700 Hz %.2f; the third party hears 440 Hz %.2f and 1 kHz %.2f",
          share(a, kNavigatorHz), share(a, 700), share(b, kNavigatorHz), share(b, kPeerHz));
    // (the navigator's test tone is quieter than baresip's: about 0.2 against 0.8)
    QVERIFY(share(a, kNavigatorHz) > 0.1 && share(a, 700) > 0.3);
    QVERIFY(share(b, kNavigatorHz) > 0.1 && share(b, kPeerHz) > 0.3);
    interpreter.stop();
}

// The phone restarted with a changed account: libre runs one loop per process, so one phone at
// a time, as in Navigator. The destructor puts the plain account back.
struct SwappedAccount
{
    SipPhone *phone;
    SipAccount plain;
    bool started = false;
    SwappedAccount(SipPhone *p, const SipAccount &account,
                   const std::function<void(SipAccount &)> &change)
        : phone(p)
        , plain(account)
    {
        SipAccount a = account;
        change(a);
        started = phone->start(a).has_value()
                  && QTest::qWaitFor([&] {
                         return phone->registration().state == RegistrationState::Registered;
                     }, 5000);
    }
    ~SwappedAccount()
    {
        (void)phone->start(plain);
        if (!QTest::qWaitFor([&] {
                return phone->registration().state == RegistrationState::Registered;
            }, 5000))
            qWarning("the plain account did not register again");
    }
};

// Dials `who`, waits for the connection, and checks that Navigator hears its tone at `hz`;
// *id receives the call (check QTest::currentTestFailed() after).
void tst_Calls::dialAndHearTone(SipPhone *phone, const QString &who, double hz, const char *over,
                                int *id)
{
    m_audio.forget();
    *id = phone->dial(who);
    QVERIFY(*id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(phone->call(*id).state, CallState::Connected, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= 16000, 5000);
    const double heard = m_audio.tonePower(hz, 4000, 8000);
    qInfo("%.0f Hz share of what Navigator heard over %s: %.2f", hz, over, heard);
    QVERIFY2(heard > 0.8, qPrintable(QString::number(heard)));
}

void tst_Calls::hangUpAndCheckPeerHeard(SipPhone *phone, BaresipProcess &peer, int id,
                                        const char *over)
{
    const int before = peer.events().size();
    phone->hangup(id);
    QVERIFY(peer.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, before) >= 0);
    std::vector<int16_t> received;
    QTRY_VERIFY_WITH_TIMEOUT((received = peer.lastReceived()).size() >= 8000, 5000);
    const double heard = Nav::Test::tonePower(received.data() + 2000,
                                              std::min<std::size_t>(8000, received.size() - 2000),
                                              kNavigatorHz);
    qInfo("440 Hz share of what baresip recorded over %s: %.2f", over, heard);
    QVERIFY2(heard > 0.8, qPrintable(QString::number(heard)));
}

void tst_Calls::answerCallFrom(SipPhone *phone, BaresipProcess &peer, int *id)
{
    QSignalSpy added(phone, &SipPhone::callAdded);
    QVERIFY(peer.command(QStringLiteral("dial"),
                        QStringLiteral("sip:2201@%1").arg(m_kamailio.address())));
    QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
    *id = added.first().first().value<CallInfo>().id;
    phone->answer(*id);
    QTRY_COMPARE_WITH_TIMEOUT(phone->call(*id).state, CallState::Connected, 5000);
}

void tst_Calls::answerEncryptedCallFrom(SipPhone *phone, BaresipProcess &peer)
{
    int in = 0;
    answerCallFrom(phone, peer, &in);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(phone->call(in).encrypted);
    phone->hangup(in);
    QTRY_VERIFY_WITH_TIMEOUT(phone->calls().isEmpty(), 5000);
}

void tst_Calls::srtpCallCarriesAudioBothWays()
{
    // baresip takes RTP/SAVP only: a call that sets up and carries the tones both ways was
    // encrypted and decrypted by each side with the other's SDES key
    QString error;
    BaresipProcess secure(QStringLiteral("secure"), m_kamailio.port(), m_kamailio.password(), 700);
    secure.setMediaEncryption(QStringLiteral("srtp-mand"));
    QVERIFY2(secure.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("secure")) >= 1, 5000);
    SwappedAccount nav(m_phone.get(), m_account,
                       [](SipAccount &a) { a.srtp = SrtpMode::Required; });
    QVERIFY(nav.started);
    int id = 0;
    dialAndHearTone(nav.phone, QStringLiteral("secure"), 700, "SRTP", &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(nav.phone->call(id).encrypted);
    // hold and resume renegotiate with the same keys: the tone comes back, still encrypted
    nav.phone->setHold(id, true);
    QTRY_COMPARE_WITH_TIMEOUT(nav.phone->call(id).state, CallState::Held, 5000);
    QTest::qWait(300);
    const std::size_t heldAt = m_audio.heardSamples();
    nav.phone->setHold(id, false);
    QTRY_COMPARE_WITH_TIMEOUT(nav.phone->call(id).state, CallState::Connected, 5000);
    // the second after the first half second back (the jitter buffer starts again)
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= heldAt + 12000, 5000);
    const double resumed = m_audio.tonePower(700, heldAt + 4000, 8000);
    qInfo("700 Hz share after resuming the SRTP call: %.2f", resumed);
    QVERIFY2(resumed > 0.8, qPrintable(QString::number(resumed)));
    QVERIFY(nav.phone->call(id).encrypted);
    hangUpAndCheckPeerHeard(nav.phone, secure, id, "SRTP");
    if (QTest::currentTestFailed())
        return;

    // and the other way: baresip calls the phone that requires SRTP
    answerEncryptedCallFrom(nav.phone, secure);
    secure.stop();
}

void tst_Calls::srtpRequiredRefusesAPlainPeer()
{
    SwappedAccount nav(m_phone.get(), m_account,
                       [](SipAccount &a) { a.srtp = SrtpMode::Required; });
    QVERIFY(nav.started);
    // the plain peer cannot take RTP/SAVP: the call fails with its reason, never in clear
    QSignalSpy ended(nav.phone, &SipPhone::callEnded);
    const int id = nav.phone->dial(QStringLiteral("peer"));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
    const CallInfo call = ended.first().first().value<CallInfo>();
    qInfo("a plain peer answered the SRTP-only offer with %d", call.sipCode);
    QVERIFY(!call.answered.isValid());
    QVERIFY2(call.sipCode >= 400, qPrintable(QString::number(call.sipCode)));
    // a plain peer calling the SRTP-only phone gets 488
    const int before = m_peer->events().size();
    QVERIFY(m_peer->command(QStringLiteral("dial"),
                            QStringLiteral("sip:2201@%1").arg(m_kamailio.address())));
    QVERIFY2(m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, before) >= 0,
             qPrintable(m_peer->eventTypes()));
    const QJsonObject closed = m_peer->events().last();
    qInfo("the plain peer's call to the SRTP-only phone: %s",
          qPrintable(closed.value(QStringLiteral("param")).toString()));
    QVERIFY2(closed.value(QStringLiteral("param")).toString().contains(u"488"),
             qPrintable(m_peer->eventTypes()));
    QVERIFY(nav.phone->calls().isEmpty());
}

void tst_Calls::srtpOptionalEncryptsWhenThePeerCan()
{
    SwappedAccount nav(m_phone.get(), m_account,
                       [](SipAccount &a) { a.srtp = SrtpMode::Optional; });
    QVERIFY(nav.started);
    // a plain peer: a plain call
    const int plain = nav.phone->dial(QStringLiteral("peer"));
    QVERIFY(plain > 0);
    QTRY_COMPARE_WITH_TIMEOUT(nav.phone->call(plain).state, CallState::Connected, 5000);
    QVERIFY(!nav.phone->call(plain).encrypted);
    nav.phone->hangup(plain);
    QTRY_VERIFY_WITH_TIMEOUT(nav.phone->calls().isEmpty(), 5000);
    // a peer that encrypts when offered: an encrypted call, the tone through
    QString error;
    BaresipProcess able(QStringLiteral("able"), m_kamailio.port(), m_kamailio.password(), 700);
    able.setMediaEncryption(QStringLiteral("srtp"));
    QVERIFY2(able.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("able")) >= 1, 5000);
    int id = 0;
    dialAndHearTone(nav.phone, QStringLiteral("able"), 700, "optional SRTP", &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(nav.phone->call(id).encrypted);
    nav.phone->hangup(id);
    QTRY_VERIFY_WITH_TIMEOUT(nav.phone->calls().isEmpty(), 5000);
    able.stop();
}

void tst_Calls::opusCallCarriesAudioBothWays()
{
    // a peer that has only Opus: the call uses it, and the tones cross both ways
    QString error;
    BaresipProcess wide(QStringLiteral("wide"), m_kamailio.port(), m_kamailio.password(), 700);
    wide.setCodecs(QStringLiteral("opus/48000/2"));
    QVERIFY2(wide.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("wide")) >= 1, 5000);
    int id = 0;
    dialAndHearTone(m_phone.get(), QStringLiteral("wide"), 700, "Opus", &id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_phone->call(id).codec, QStringLiteral("opus/48000"));
    // digits still reach the peer (SIP INFO: RFC 4733 events would need the 48 kHz clock)
    const int before = wide.events().size();
    m_phone->sendDtmf(id, QLatin1Char('7'));
    QVERIFY2(wide.waitForEvent(QStringLiteral("CALL_DTMF_START"), 5000, before) >= 0,
             qPrintable(wide.eventTypes()));
    const int closed = wide.events().size();
    m_phone->hangup(id);
    QVERIFY(wide.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, closed) >= 0);
    std::vector<int16_t> received;
    QTRY_VERIFY_WITH_TIMEOUT((received = wide.lastReceived()).size() >= 8000, 5000);
    const double peerHeard = Nav::Test::tonePower(received.data() + 2000,
                                                  std::min<std::size_t>(8000, received.size() - 2000),
                                                  kNavigatorHz);
    qInfo("440 Hz share of what baresip recorded over Opus: %.2f", peerHeard);
    QVERIFY2(peerHeard > 0.8, qPrintable(QString::number(peerHeard)));
    wide.stop();

    // Opus preferred: first in the offer, so a peer with both takes it; a peer with G.711
    // only still gets a call
    SwappedAccount nav(m_phone.get(), m_account, [](SipAccount &a) { a.preferOpus = true; });
    QVERIFY(nav.started);
    BaresipProcess both(QStringLiteral("both"), m_kamailio.port(), m_kamailio.password(), 700);
    both.setCodecs(QStringLiteral("PCMU,opus/48000/2"));
    QVERIFY2(both.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("both")) >= 1, 5000);
    int preferred = 0;
    dialAndHearTone(nav.phone, QStringLiteral("both"), 700, "Opus offered first", &preferred);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(nav.phone->call(preferred).codec, QStringLiteral("opus/48000"));
    nav.phone->hangup(preferred);
    QTRY_VERIFY_WITH_TIMEOUT(nav.phone->calls().isEmpty(), 5000);
    int fallback = 0;
    dialAndHearTone(nav.phone, QStringLiteral("peer"), kPeerHz, "G.711 after Opus", &fallback);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(nav.phone->call(fallback).codec, QStringLiteral("PCMU/8000"));
    nav.phone->hangup(fallback);
    QTRY_VERIFY_WITH_TIMEOUT(nav.phone->calls().isEmpty(), 5000);
    both.stop();
}

void tst_Calls::tlsSignallingWithSrtpCarriesAudioBothWays()
{
    // What a centre should run: the call set-up (and its SDES keys) over TLS to the registrar,
    // the voice in SRTP. baresip stays on UDP: Kamailio bridges the two.
    QString error;
    BaresipProcess secure(QStringLiteral("tlspeer"), m_kamailio.port(), m_kamailio.password(), 700);
    secure.setMediaEncryption(QStringLiteral("srtp-mand"));
    QVERIFY2(secure.start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("tlspeer")) >= 1, 5000);
    SwappedAccount nav(m_phone.get(), m_account, [this](SipAccount &a) {
        a.transport = SipTransport::Tls;
        a.registrar = m_kamailio.tlsAddress();
        a.trustedAuthorities = m_pki.caCertificate;
        a.srtp = SrtpMode::Required;
    });
    QVERIFY(nav.started);
    QVERIFY(m_kamailio.log().contains("saved contact <sip:2201@127.0.0.1:")
            && m_kamailio.log().contains(";transport=tls>"));
    int id = 0;
    dialAndHearTone(nav.phone, QStringLiteral("tlspeer"), 700, "TLS + SRTP", &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(nav.phone->call(id).encrypted);
    QVERIFY(m_kamailio.log().contains(
        QByteArray("in: INVITE sip:tlspeer@127.0.0.1:" + QByteArray::number(m_kamailio.tlsPort()))));
    hangUpAndCheckPeerHeard(nav.phone, secure, id, "TLS + SRTP");
    if (QTest::currentTestFailed())
        return;

    // and in: Kamailio reaches the phone over the TLS connection it registered on
    answerEncryptedCallFrom(nav.phone, secure);
    secure.stop();
}

void tst_Calls::stunServerGivesTheMediaAddress()
{
    // A real STUN server (coturn) on loopback: each call asks it for its media sockets' public
    // address before the offer (out) or the answer (in), and keeps asking during the call (NAT
    // keep-alive). On loopback the address it sees is the local one; the call must sound the
    // same both ways.
    QString error;
    Nav::Test::StunServerProcess stun;
    QVERIFY2(stun.start(&error), qPrintable(error));
    SwappedAccount nav(m_phone.get(), m_account,
                       [&](SipAccount &a) { a.stunServer = stun.address(); });
    QVERIFY(nav.started);
    int id = 0;
    QElapsedTimer clock;
    clock.start();
    dialAndHearTone(nav.phone, QStringLiteral("peer"), kPeerHz, "a call with STUN", &id);
    if (QTest::currentTestFailed())
        return;
    const CallInfo out = nav.phone->call(id);
    QVERIFY(out.mediaAddressFromStun);
    QVERIFY2(out.mediaAddress.startsWith(u"127.0.0.1:"), qPrintable(out.mediaAddress));
    hangUpAndCheckPeerHeard(nav.phone, *m_peer, id, "STUN");
    if (QTest::currentTestFailed())
        return;

    // in: the answer waits for the address while it rings, so answering is not slower
    QSignalSpy added(nav.phone, &SipPhone::callAdded);
    QVERIFY(m_peer->command(QStringLiteral("dial"),
                            QStringLiteral("sip:2201@%1").arg(m_kamailio.address())));
    QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 5000);
    const int in = added.first().first().value<CallInfo>().id;
    QTRY_VERIFY_WITH_TIMEOUT(nav.phone->call(in).mediaAddressFromStun, 2000);
    nav.phone->answer(in);
    QTRY_COMPARE_WITH_TIMEOUT(nav.phone->call(in).state, CallState::Connected, 5000);
    nav.phone->hangup(in);
    QTRY_VERIFY_WITH_TIMEOUT(nav.phone->calls().isEmpty(), 5000);
}

void tst_Calls::cleanup()
{
    for (const CallInfo &c : m_phone->calls())
        m_phone->hangup(c.id);
    QTRY_VERIFY(m_phone->calls().isEmpty());
    if (QTest::currentTestFailed()) {
        qWarning("baresip events: %s", qPrintable(m_peer->eventTypes()));
        qWarning("Kamailio's log ends with:\n%s", m_kamailio.log().right(qEnvironmentVariableIsSet("NAV_FULL_LOG") ? 1000000 : 3000).constData());
    }
    QTest::qWait(200); // let baresip settle between calls
}

void tst_Calls::cleanupTestCase()
{
    if (m_phone)
        m_phone->shutdown(2000);
    if (m_peer)
        m_peer->stop();
    m_kamailio.stop();
}

QTEST_GUILESS_MAIN(tst_Calls)
#include "tst_calls.moc"

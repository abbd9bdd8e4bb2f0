// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// Navigator's SIP user agent against SIPp scenarios (a caller that hangs up, re-INVITEs to hold
// and resume, cancels before an answer) and against malformed or unexpected messages sent raw
// over UDP: each gets the right error, and the phone keeps working.
#include "telephony/kamailioprocess.h"
#include "telephony/toneendpoint.h"

#include "server/harnessutil.h"
#include "telephony/sipphone.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QElapsedTimer>
#include <QtEndian>

using namespace Nav::Telephony;
using Nav::Test::KamailioProcess;
using Nav::Test::ToneEndpoint;

class tst_Sipp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void callerHangsUpAfterAnAnswer();
    void calledSippAnswersAndEchoesTheSound();
    void reInviteHoldsAndResumes();
    void cancelBeforeAnswerIsAnAbandonedCall();
    void inviteWithReplacesTakesTheCallsPlace();
    void stunGivesThePublicAddressOfTheMedia();
    void unexpectedMessagesGetTheRightError_data();
    void unexpectedMessagesGetTheRightError();
    void cleanupTestCase();

private:
    // Runs SIPp against the phone; returns its exit code (-1 when it did not finish).
    int runSipp(const QStringList &scenario, QByteArray *output);
    // Sends one raw datagram to the phone and returns the status line of its answer (empty
    // when there was none within the timeout).
    // Only answers to this request count (not a retransmission for an earlier one).
    QByteArray exchange(const QByteArray &message, int timeoutMs = 2000, QByteArray *whole = nullptr);

    KamailioProcess m_kamailio;
    ToneEndpoint m_audio{440};
    std::unique_ptr<SipPhone> m_phone;
    bool m_autoAnswer = true;
    QUdpSocket m_raw;
    SipAccount m_account;
};

void tst_Sipp::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
        QFAIL("sipp is not installed (packaging/install-deps.sh)");
    QString error;
    QVERIFY2(m_kamailio.start(&error), qPrintable(error));
    SipAccount a;
    a.registrar = m_kamailio.address();
    a.user = QStringLiteral("2301");
    a.password = m_kamailio.password();
    m_account = a;
    m_phone = std::make_unique<SipPhone>(&m_audio);
    connect(m_phone.get(), &SipPhone::callAdded, this, [this](const CallInfo &call) {
        if (m_autoAnswer && call.state == CallState::Ringing)
            m_phone->answer(call.id);
    });
    QVERIFY(m_phone->start(a).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->registration().state, RegistrationState::Registered, 5000);
    QVERIFY(m_phone->localSipPort() != 0);
    QVERIFY(m_raw.bind(QHostAddress::LocalHost, 0));
}

int tst_Sipp::runSipp(const QStringList &scenario, QByteArray *output)
{
    QProcess sipp;
    sipp.setProcessChannelMode(QProcess::MergedChannels);
    sipp.setWorkingDirectory(QDir::tempPath());
    const quint16 port = Nav::Test::Harness::freeLoopbackPort();
    const quint16 media = Nav::Test::Harness::freeLoopbackPort();
    QStringList args = {QStringLiteral("127.0.0.1:%1").arg(m_phone->localSipPort())};
    args << scenario
         << QStringList{QStringLiteral("-s"), QStringLiteral("2301"), QStringLiteral("-i"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("-mi"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
                        QStringLiteral("-mp"), QString::number(media), QStringLiteral("-m"),
                        QStringLiteral("1"), QStringLiteral("-nostdin"),
                        QStringLiteral("-timeout"), QStringLiteral("20s"),
                        QStringLiteral("-timeout_error"), QStringLiteral("-nd")};
    sipp.start(QStringLiteral("sipp"), args);
    if (!sipp.waitForStarted(5000))
        return -1;
    // the phone answers on this thread's event loop: keep it running while SIPp works
    const bool finished = QTest::qWaitFor([&] { return sipp.state() == QProcess::NotRunning; },
                                          30000);
    if (output)
        *output = sipp.readAll();
    if (!finished) {
        sipp.kill();
        sipp.waitForFinished(2000);
        return -1;
    }
    return sipp.exitStatus() == QProcess::NormalExit ? sipp.exitCode() : -1;
}

void tst_Sipp::callerHangsUpAfterAnAnswer()
{
    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    QByteArray out;
    const int code = runSipp({QStringLiteral("-sn"), QStringLiteral("uac")}, &out);
    QVERIFY2(code == 0, out.right(2000).constData());
    QTRY_COMPARE(ended.count(), 1);
    const CallInfo call = ended.first().first().value<CallInfo>();
    QCOMPARE(call.direction, CallDirection::Incoming);
    QCOMPARE(call.endReason, EndReason::HungUpThere);
    QVERIFY(call.answered.isValid());
}

void tst_Sipp::calledSippAnswersAndEchoesTheSound()
{
    // SIPp as the called party (its built-in UAS, echoing the RTP it gets): Navigator calls it
    // through Kamailio, hears its own 440 Hz come back, and hangs up; SIPp counts one
    // successful call.
    QProcess sipp;
    sipp.setProcessChannelMode(QProcess::MergedChannels);
    sipp.setWorkingDirectory(QDir::tempPath());
    const quint16 port = Nav::Test::Harness::freeLoopbackPort();
    const quint16 media = Nav::Test::Harness::freeLoopbackPort();
    sipp.start(QStringLiteral("sipp"),
               {QStringLiteral("-sn"), QStringLiteral("uas"), QStringLiteral("-rtp_echo"),
                QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(port), QStringLiteral("-mi"), QStringLiteral("127.0.0.1"),
                QStringLiteral("-mp"), QString::number(media), QStringLiteral("-m"),
                QStringLiteral("1"), QStringLiteral("-nostdin"), QStringLiteral("-timeout"),
                QStringLiteral("30s"), QStringLiteral("-timeout_error"), QStringLiteral("-nd")});
    QVERIFY(sipp.waitForStarted(5000));
    QTest::qWait(300); // its socket is open
    m_audio.forget();
    const int id = m_phone->dial(QStringLiteral("sip:echo@127.0.0.1:%1").arg(port));
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->call(id).state, CallState::Connected, 5000);
    QSignalSpy stats(m_phone.get(), &SipPhone::statsUpdated);
    // the second after the first 1.5 s (the echo's start is not the phone's to judge)
    QTRY_VERIFY_WITH_TIMEOUT(m_audio.heardSamples() >= 20000, 6000);
    const double heard = m_audio.tonePower(440, 12000, 8000);
    qInfo("440 Hz share of what came back from SIPp's echo: %.2f", heard);
    QVERIFY2(heard > 0.8, qPrintable(QString::number(heard)));
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty(), 3000);
    const MediaStats st = stats.last().first().value<MediaStats>();
    QVERIFY(st.packetsSent > 0 && st.packetsReceived > 0);
    QCOMPARE(st.lossPercent, 0.0);
    m_phone->hangup(id);
    QVERIFY(QTest::qWaitFor([&] { return sipp.state() == QProcess::NotRunning; }, 10000));
    const QByteArray out = sipp.readAll();
    QVERIFY2(sipp.exitStatus() == QProcess::NormalExit && sipp.exitCode() == 0,
             out.right(2000).constData());
    QVERIFY(m_kamailio.log().contains("relayed off-domain"));
    QTRY_VERIFY_WITH_TIMEOUT(m_phone->calls().isEmpty(), 5000);
}

void tst_Sipp::reInviteHoldsAndResumes()
{
    QSignalSpy changed(m_phone.get(), &SipPhone::callChanged);
    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    QByteArray out;
    const int code = runSipp({QStringLiteral("-sf"),
                              QFINDTESTDATA("sipp/uac_reinvite.xml")},
                             &out);
    QVERIFY2(code == 0, out.right(2000).constData());
    bool sawHeld = false;
    for (const QList<QVariant> &args : std::as_const(changed))
        sawHeld = sawHeld || args.first().value<CallInfo>().remoteHold;
    QVERIFY(sawHeld);
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(ended.first().first().value<CallInfo>().endReason, EndReason::HungUpThere);
}

void tst_Sipp::cancelBeforeAnswerIsAnAbandonedCall()
{
    m_autoAnswer = false;
    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    QByteArray out;
    const int code = runSipp({QStringLiteral("-sf"), QFINDTESTDATA("sipp/uac_cancel.xml")},
                             &out);
    m_autoAnswer = true;
    QVERIFY2(code == 0, out.right(2000).constData());
    QTRY_COMPARE(ended.count(), 1);
    const CallInfo call = ended.first().first().value<CallInfo>();
    QCOMPARE(call.endReason, EndReason::Abandoned);
    QCOMPARE(call.remoteNumber, QStringLiteral("5145550101"));
}

QByteArray tst_Sipp::exchange(const QByteArray &message, int timeoutMs, QByteArray *whole)
{
    while (m_raw.hasPendingDatagrams())
        m_raw.receiveDatagram();
    m_raw.writeDatagram(message, QHostAddress::LocalHost, m_phone->localSipPort());
    QByteArray status;
    const qsizetype at = message.indexOf("\r\nCall-ID: ");
    const QByteArray callId = message.mid(at, message.indexOf("\r\n", at + 2) - at);
    (void)QTest::qWaitFor(
        [&] {
            while (m_raw.hasPendingDatagrams()) {
                const QByteArray reply = m_raw.receiveDatagram().data();
                const QByteArray line = reply.left(reply.indexOf("\r\n"));
                if (!line.startsWith("SIP/2.0 "))
                    continue; // a request of the phone's own
                if (at >= 0 && !reply.contains(callId))
                    continue; // about an earlier request
                if (line.startsWith("SIP/2.0 1"))
                    continue; // provisional
                status = line;
                if (whole)
                    *whole = reply;
                return true;
            }
            return false;
        },
        timeoutMs);
    return status;
}

namespace {
QByteArray request(const QByteArray &method, quint16 localPort, const QByteArray &extraHeaders,
                   const QByteArray &contentType = {}, const QByteArray &body = {})
{
    static int counter = 0;
    ++counter;
    QByteArray m = method + " sip:2301@127.0.0.1 SIP/2.0\r\n"
                   "Via: SIP/2.0/UDP 127.0.0.1:" + QByteArray::number(localPort)
                   + ";rport;branch=z9hG4bK-raw-" + QByteArray::number(counter) + "\r\n"
                   "From: <sip:tester@127.0.0.1>;tag=raw" + QByteArray::number(counter) + "\r\n"
                   "To: <sip:2301@127.0.0.1>" + extraHeaders + "\r\n"
                   "Call-ID: raw-" + QByteArray::number(counter) + "@127.0.0.1\r\n"
                   "CSeq: 1 " + method + "\r\n"
                   "Contact: <sip:tester@127.0.0.1:" + QByteArray::number(localPort) + ">\r\n"
                   "Max-Forwards: 70\r\n";
    if (!contentType.isEmpty())
        m += "Content-Type: " + contentType + "\r\n";
    m += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return m;
}

QByteArray sdp(const QByteArray &formats, const QByteArray &rtpmaps)
{
    return "v=0\r\no=t 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
           "m=audio 40000 RTP/AVP " + formats + "\r\n" + rtpmaps;
}
} // namespace

void tst_Sipp::inviteWithReplacesTakesTheCallsPlace()
{
    // A colleague consulted us (call 1, answered), then hands over their caller, whose phone
    // sends an INVITE with Replaces naming call 1 as we know it (RFC 3891): it is answered at
    // once, and call 1 ends with a BYE. Both calls come over the raw socket here.
    const quint16 p = m_raw.localPort();
    const QByteArray offer = sdp("0", "a=rtpmap:0 PCMU/8000\r\n");
    QSignalSpy added(m_phone.get(), &SipPhone::callAdded);
    QSignalSpy ended(m_phone.get(), &SipPhone::callEnded);
    const QByteArray first = request("INVITE", p, {}, "application/sdp", offer);
    QByteArray ok;
    QCOMPARE(exchange(first, 3000, &ok), QByteArray("SIP/2.0 200 OK"));
    const auto header = [](const QByteArray &msg, const QByteArray &name) {
        for (const QByteArray &line : msg.split('\n')) {
            if (line.startsWith(QByteArray(name + ':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return QByteArray();
    };
    const QByteArray to = header(ok, "To");
    const QByteArray ourTag = to.mid(to.indexOf(";tag=") + 5);
    const QByteArray callId = header(first, "Call-ID");
    const QByteArray theirTag = header(first, "From").split('=').last();
    QVERIFY2(!ourTag.isEmpty() && to.contains(";tag="), ok.constData());
    // ACK the first call
    QByteArray ack = first;
    ack.replace("INVITE sip:", "ACK sip:").replace("CSeq: 1 INVITE", "CSeq: 1 ACK");
    ack.replace("To: <sip:2301@127.0.0.1>", QByteArray("To: " + to));
    ack = QByteArray(ack.left(ack.indexOf("Content-Type:")) + "Content-Length: 0\r\n\r\n");
    m_raw.writeDatagram(ack, QHostAddress::LocalHost, m_phone->localSipPort());
    QTRY_VERIFY(!added.isEmpty());
    const int consult = added.last().first().value<CallInfo>().id;
    QTRY_COMPARE(m_phone->call(consult).state, CallState::Connected);

    // a Replaces naming no call of ours: 481, and nothing changes
    QCOMPARE(exchange(request("INVITE", p, "\r\nReplaces: nosuchcall@127.0.0.1;to-tag=a;from-tag=b",
                              "application/sdp", offer)),
             QByteArray("SIP/2.0 481 Call/Transaction Does Not Exist"));
    QCOMPARE(m_phone->call(consult).state, CallState::Connected);

    // the caller's INVITE with Replaces: answered without ringing, in the consult call's place
    m_autoAnswer = false;
    QByteArray answer;
    const QByteArray replaces =
        QByteArray("\r\nReplaces: " + callId + ";to-tag=" + ourTag + ";from-tag=" + theirTag);
    QCOMPARE(exchange(request("INVITE", p, replaces, "application/sdp", offer), 3000, &answer),
             QByteArray("SIP/2.0 200 OK"));
    m_autoAnswer = true;
    QTRY_COMPARE(ended.count(), 1);
    const CallInfo gone = ended.first().first().value<CallInfo>();
    QCOMPARE(gone.id, consult);
    QCOMPARE(gone.endReason, EndReason::Transferred);
    const QList<CallInfo> now = m_phone->calls();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().replacesCallId, consult);
    QCOMPARE(now.first().state, CallState::Connected);
    QVERIFY(now.first().direction == CallDirection::Incoming);
    // the consult call's BYE reached its party (our raw socket)
    bool sawBye = false;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        while (m_raw.hasPendingDatagrams()) {
            const QByteArray d = m_raw.receiveDatagram().data();
            if (d.startsWith("BYE ") && d.contains(callId))
                sawBye = true;
        }
        return sawBye;
    }(), 3000);
    m_phone->hangup(now.first().id);
    QTRY_VERIFY_WITH_TIMEOUT(m_phone->calls().isEmpty(), 5000);
}

void tst_Sipp::stunGivesThePublicAddressOfTheMedia()
{
    // A STUN server (RFC 5389, a small one here) that sees the phone behind a NAT at 192.0.2.44
    // (a documentation address), with other ports (RTCP's no longer next to RTP's): the phone's
    // answer carries that address for its media, and the call still answers when the server
    // is silent.
    const auto publicPort = [](quint16 local) { return quint16(local + 10000 + (local % 2) * 6); };
    QUdpSocket stun;
    QVERIFY(stun.bind(QHostAddress::LocalHost, 0));
    QList<quint16> askedFrom;
    bool answering = true;
    constexpr quint32 kCookie = 0x2112A442;
    constexpr quint32 kPublic = 0xC000022C; // 192.0.2.44
    connect(&stun, &QUdpSocket::readyRead, this, [&] {
        while (stun.hasPendingDatagrams()) {
            const QNetworkDatagram d = stun.receiveDatagram();
            const QByteArray q = d.data();
            if (q.size() < 20 || q.at(0) != 0 || q.at(1) != 1
                || qFromBigEndian<quint32>(q.constData() + 4) != kCookie)
                continue;
            askedFrom << quint16(d.senderPort());
            if (!answering)
                continue;
            QByteArray r(32, '\0');
            qToBigEndian<quint16>(0x0101, r.data());         // Binding success
            qToBigEndian<quint16>(12, r.data() + 2);
            r.replace(4, 16, q.mid(4, 16));                   // cookie and transaction id
            qToBigEndian<quint16>(0x0020, r.data() + 20);    // XOR-MAPPED-ADDRESS
            qToBigEndian<quint16>(8, r.data() + 22);
            r[25] = 0x01;                                     // IPv4
            qToBigEndian<quint16>(quint16(publicPort(quint16(d.senderPort())) ^ (kCookie >> 16)),
                                  r.data() + 26);
            qToBigEndian<quint32>(kPublic ^ kCookie, r.data() + 28);
            stun.writeDatagram(r, d.senderAddress(), quint16(d.senderPort()));
        }
    });
    SipAccount a = m_account;
    a.stunServer = QStringLiteral("127.0.0.1:%1").arg(stun.localPort());
    QVERIFY(m_phone->start(a).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->registration().state, RegistrationState::Registered, 5000);

    QSignalSpy added(m_phone.get(), &SipPhone::callAdded);
    const QByteArray offer = sdp("0", "a=rtpmap:0 PCMU/8000\r\n");
    QByteArray ok;
    QCOMPARE(exchange(request("INVITE", m_raw.localPort(), {}, "application/sdp", offer), 3000, &ok),
             QByteArray("SIP/2.0 200 OK"));
    // RTP on an even port, RTCP on the next one: both asked
    QTRY_VERIFY(askedFrom.size() >= 2);
    quint16 rtp = 0;
    for (quint16 port : std::as_const(askedFrom))
        rtp = port % 2 == 0 ? port : rtp;
    QVERIFY(rtp != 0 && askedFrom.contains(quint16(rtp + 1)));
    qInfo("answer with STUN:\n%s", ok.mid(ok.indexOf("v=0")).constData());
    QVERIFY2(ok.contains("c=IN IP4 192.0.2.44\r\n"), ok.constData());
    QVERIFY2(ok.contains(QByteArray("m=audio " + QByteArray::number(publicPort(rtp)) + " RTP/AVP")), ok.constData());
    QVERIFY2(ok.contains(QByteArray("a=rtcp:" + QByteArray::number(publicPort(rtp + 1)))), ok.constData());
    QTRY_VERIFY(!added.isEmpty());
    const int id = added.last().first().value<CallInfo>().id;
    QCOMPARE(m_phone->call(id).mediaAddress, QStringLiteral("192.0.2.44:%1").arg(publicPort(rtp)));
    QVERIFY(m_phone->call(id).mediaAddressFromStun);
    m_phone->hangup(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_phone->calls().isEmpty(), 5000);

    // the server stops answering: the phone waits a moment, then answers with its own address
    answering = false;
    askedFrom.clear();
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(exchange(request("INVITE", m_raw.localPort(), {}, "application/sdp", offer), 5000, &ok),
             QByteArray("SIP/2.0 200 OK"));
    const qint64 waited = clock.elapsed();
    qInfo("answered %lld ms after the INVITE with the STUN server silent", waited);
    QVERIFY(!askedFrom.isEmpty());
    QVERIFY2(waited >= 400 && waited < 3000, qPrintable(QString::number(waited)));
    QVERIFY2(ok.contains("c=IN IP4 127.0.0.1\r\n"), ok.constData());
    QTRY_VERIFY(!m_phone->calls().isEmpty());
    const CallInfo silent = m_phone->calls().constLast();
    QVERIFY(!silent.mediaAddressFromStun);
    QVERIFY(silent.mediaAddress.startsWith(u"127.0.0.1:"));
    m_phone->hangup(silent.id);
    QTRY_VERIFY_WITH_TIMEOUT(m_phone->calls().isEmpty(), 5000);

    QVERIFY(m_phone->start(m_account).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->registration().state, RegistrationState::Registered, 5000);
}

void tst_Sipp::unexpectedMessagesGetTheRightError_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");
    const quint16 p = m_raw.localPort();
    QTest::newRow("OPTIONS") << request("OPTIONS", p, {}) << QByteArray("SIP/2.0 200");
    QTest::newRow("unknown method") << request("FROBNICATE", p, {}) << QByteArray("SIP/2.0 501");
    QTest::newRow("MESSAGE") << request("MESSAGE", p, {}, "text/plain", "hello")
                             << QByteArray("SIP/2.0 405");
    QTest::newRow("BYE for no dialog") << request("BYE", p, ";tag=nosuchdialog")
                                       << QByteArray("SIP/2.0 481");
    QTest::newRow("INVITE with a broken SDP")
        << request("INVITE", p, {}, "application/sdp", "this is not a session description")
        << QByteArray("SIP/2.0 400");
    QTest::newRow("INVITE with no common codec")
        << request("INVITE", p, {}, "application/sdp", sdp("18", "a=rtpmap:18 G729/8000\r\n"))
        << QByteArray("SIP/2.0 488");
    QTest::newRow("INVITE with a text body")
        << request("INVITE", p, {}, "text/plain", "hello") << QByteArray("SIP/2.0 415");
}

void tst_Sipp::unexpectedMessagesGetTheRightError()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);
    QSignalSpy added(m_phone.get(), &SipPhone::callAdded);
    const QByteArray status = exchange(message);
    QVERIFY2(status.startsWith(expected), status.constData());
    QCOMPARE(added.count(), 0); // nothing rang
    // garbage in between, then the phone still answers
    m_raw.writeDatagram(QByteArray("\x01\x02 not sip at all \xff\r\n\r\n", 24),
                        QHostAddress::LocalHost, m_phone->localSipPort());
    m_raw.writeDatagram(QByteArray("INVITE sip:x SIP/2.0\r\nVia: broken\r\n\r\n"),
                        QHostAddress::LocalHost, m_phone->localSipPort());
    QVERIFY(exchange(request("OPTIONS", m_raw.localPort(), {})).startsWith("SIP/2.0 200"));
    QCOMPARE(m_phone->registration().state, RegistrationState::Registered);
}

void tst_Sipp::cleanupTestCase()
{
    if (m_phone)
        m_phone->shutdown(2000);
    m_kamailio.stop();
}

QTEST_GUILESS_MAIN(tst_Sipp)
#include "tst_sipp.moc"

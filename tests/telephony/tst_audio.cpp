// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// The softphone's audio path end to end through Qt Multimedia (push mode) and a private
// PulseAudio null sink whose monitor is the microphone: baresip's 1 kHz comes in over RTP, is
// played to the "speaker", captured back from the "microphone", sent out over RTP and recorded
// by baresip. Also the ring on the chosen ringing device, the input level meter, and a headset
// that is unplugged mid-call and plugged back.
#include "telephony/baresipprocess.h"
#include "telephony/kamailioprocess.h"
#include "telephony/pulseprocess.h"
#include "telephony/tonemeasure.h"

#include "telephony/qtaudioendpoint.h"
#include "telephony/sipphone.h"

#include <QAudioDevice>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Nav::Telephony;
using Nav::Test::BaresipProcess;
using Nav::Test::KamailioProcess;
using Nav::Test::PulseProcess;

namespace {
constexpr double kPeerHz = 1000;

QAudioDevice findDevice(const QList<QAudioDevice> &devices, const QByteArray &id)
{
    for (const QAudioDevice &d : devices) {
        if (d.id() == id)
            return d;
    }
    return {};
}

} // namespace

class tst_Audio : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void devicesAreListed();
    void ringingPlaysOnTheRingingDevice();
    void callAudioGoesThroughTheDevices();
    void echoIsCancelledOnTheRealDevices();
    void unpluggedHeadsetFallsBackAndComesBack();
    void cleanupTestCase();

private:
    int connectedCall();

    PulseProcess m_pulse;
    KamailioProcess m_kamailio;
    std::unique_ptr<BaresipProcess> m_peer;
    std::unique_ptr<QtAudioEndpoint> m_audio;
    std::unique_ptr<SipPhone> m_phone;
};

void tst_Audio::initTestCase()
{
    QString error;
    QVERIFY2(m_pulse.start(&error), qPrintable(error));
    QVERIFY2(m_kamailio.start(&error), qPrintable(error));
    m_peer = std::make_unique<BaresipProcess>(QStringLiteral("peer"), m_kamailio.port(),
                                              m_kamailio.password(), int(kPeerHz));
    QVERIFY2(m_peer->start(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kamailio.savedRegistrations(QStringLiteral("peer")) >= 1, 5000);

    m_audio = std::make_unique<QtAudioEndpoint>();
    m_audio->setDevices(PulseProcess::sourceName(), PulseProcess::sinkName(),
                        PulseProcess::sinkName());
    SipAccount a;
    a.registrar = m_kamailio.address();
    a.user = QStringLiteral("2301");
    a.password = m_kamailio.password();
    m_phone = std::make_unique<SipPhone>(m_audio.get());
    QVERIFY(m_phone->start(a).has_value());
    QTRY_COMPARE_WITH_TIMEOUT(m_phone->registration().state, RegistrationState::Registered, 5000);
}

void tst_Audio::devicesAreListed()
{
    QVERIFY(!findDevice(QMediaDevices::audioOutputs(), PulseProcess::sinkName()).isNull());
    QVERIFY(!findDevice(QMediaDevices::audioInputs(), PulseProcess::sourceName()).isNull());
    QVERIFY(!m_audio->isActive());
    QVERIFY(m_audio->inputName().isEmpty()); // nothing open while no call
}

void tst_Audio::ringingPlaysOnTheRingingDevice()
{
    m_audio->setRinging(true);
    const std::vector<int16_t> heard = m_pulse.record(QString::fromLatin1(PulseProcess::sourceName()), 1500);
    m_audio->setRinging(false);
    QVERIFY2(heard.size() > 8000, qPrintable(QString::number(heard.size())));
    // the ring is 440 + 480 Hz during its first two seconds
    const std::size_t from = heard.size() - 4000;
    const double ring = Nav::Test::tonePower(heard.data() + from, 4000, 440)
                        + Nav::Test::tonePower(heard.data() + from, 4000, 480);
    qInfo("440+480 Hz share of the ring heard on the ringing device: %.2f", ring);
    QVERIFY2(ring > 0.7, qPrintable(QString::number(ring)));
    // and stops when told
    QTest::qWait(300);
    const std::vector<int16_t> after = m_pulse.record(QString::fromLatin1(PulseProcess::sourceName()), 500);
    int peak = 0;
    for (std::size_t i = after.size() / 2; i < after.size(); ++i)
        peak = std::max(peak, std::abs(int(after[i])));
    QVERIFY2(peak < 200, qPrintable(QString::number(peak)));
}

int tst_Audio::connectedCall()
{
    const int id = m_phone->dial(QStringLiteral("peer"));
    if (!id || !QTest::qWaitFor([&] { return m_phone->call(id).state == CallState::Connected; },
                                5000))
        return 0;
    return id;
}

void tst_Audio::callAudioGoesThroughTheDevices()
{
    // the loop speaker -> microphone is what is measured here: no echo cancelling it
    m_phone->setVoiceProcessing(false, false);
    QSignalSpy devices(m_audio.get(), &QtAudioEndpoint::devicesChanged);
    QSignalSpy failed(m_audio.get(), &QtAudioEndpoint::deviceFailed);
    const int id = connectedCall();
    QVERIFY(id);
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY(m_audio->isActive());
    QTRY_VERIFY(!m_audio->outputName().isEmpty());
    QVERIFY(!m_audio->inputName().isEmpty());
    QTRY_VERIFY(devices.count() >= 1);
    // the 1 kHz played to the speaker comes back on the microphone: the level meter moves
    QTRY_VERIFY_WITH_TIMEOUT(m_audio->inputLevel() > 0.05F, 5000);
    qInfo("input level meter rose %lld ms after the call connected", t.elapsed());
    QTest::qWait(2500);

    const int before = m_peer->events().size();
    m_phone->hangup(id);
    QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, before) >= 0);
    QTRY_VERIFY(!m_audio->isActive());
    QTRY_VERIFY(m_audio->outputName().isEmpty());
    QCOMPARE(failed.count(), 0);

    // baresip recorded its own tone after the trip through Navigator's speaker and microphone
    std::vector<int16_t> received;
    QTRY_VERIFY_WITH_TIMEOUT((received = m_peer->lastReceived()).size() >= 16000, 5000);
    const std::size_t from = received.size() - 8000 - 800;
    const double share = Nav::Test::tonePower(received.data() + from, 8000, kPeerHz);
    qInfo("1 kHz share of what baresip recorded back through Qt Multimedia: %.2f", share);
    QVERIFY2(share > 0.7, qPrintable(QString::number(share)));
}

void tst_Audio::echoIsCancelledOnTheRealDevices()
{
    // The null sink's monitor is the microphone: baresip's 1 kHz played by Navigator comes
    // straight back, the worst echo a room could make. 3 s without cancelling, then with.
    m_phone->setVoiceProcessing(false, false);
    const int id = connectedCall();
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_audio->inputLevel() > 0.05F, 5000);
    QTest::qWait(3000);
    m_phone->setVoiceProcessing(true, false);
    QTest::qWait(6000);
    qInfo("the endpoint's own part of the echo path: %d ms", m_audio->echoDelayHintMs());
    const int before = m_peer->events().size();
    m_phone->hangup(id);
    QVERIFY(m_peer->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000, before) >= 0);
    std::vector<int16_t> received;
    QTRY_VERIFY_WITH_TIMEOUT((received = m_peer->lastReceived()).size() >= 8 * 8000, 5000);
    // what came back: 1 kHz power in 1 s windows, before (1 to 2 s before the switch) and
    // after it has learnt the loop (the last 2 s but the hang-up's 100 ms)
    const auto power = [&](std::size_t from, std::size_t n) {
        double total = 0;
        for (std::size_t i = from; i < from + n; ++i)
            total += double(received[i]) * double(received[i]);
        return Nav::Test::tonePower(received.data() + from, n, kPeerHz) * total / double(n);
    };
    const std::size_t end = received.size() - 800;
    const double echoed = power(end - 8 * 8000, 8000);
    const double cancelled = power(end - 2 * 8000, 2 * 8000);
    const double erle = 10 * std::log10(echoed / std::max(cancelled, 1e-9));
    qInfo("1 kHz echo back to the caller through PulseAudio: %.1f dB less with echo cancellation "
          "(mean power %.0f before, %.3f after)",
          erle, echoed, cancelled);
    QVERIFY2(echoed > 1e4, qPrintable(QString::number(echoed))); // there was an echo to cancel
    QVERIFY2(erle >= 10, qPrintable(QString::number(erle)));
    m_phone->setVoiceProcessing(true, true);
}

void tst_Audio::unpluggedHeadsetFallsBackAndComesBack()
{
    const int headset = m_pulse.plugSink(QStringLiteral("headset"), QStringLiteral("Headset"));
    QVERIFY(headset >= 0);
    QTRY_VERIFY(!findDevice(QMediaDevices::audioOutputs(), "headset").isNull());
    m_audio->setDevices(PulseProcess::sourceName(), "headset", PulseProcess::sinkName());

    const int id = connectedCall();
    QVERIFY(id);
    QTRY_COMPARE(m_audio->outputName(), QStringLiteral("Headset"));
    // the microphone hears nothing: the far end goes to the headset, not the loop
    QTest::qWait(800);
    QVERIFY2(m_audio->inputLevel() < 0.02F, qPrintable(QString::number(m_audio->inputLevel())));

    // unplugged: the system default (the loop) takes over and the call keeps its audio
    QVERIFY(m_pulse.unplug(headset));
    QTRY_VERIFY_WITH_TIMEOUT(m_audio->outputName() != QStringLiteral("Headset")
                                 && !m_audio->outputName().isEmpty(),
                             5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_audio->inputLevel() > 0.05F, 5000);

    // plugged back: the chosen headset is used again
    const int again = m_pulse.plugSink(QStringLiteral("headset"), QStringLiteral("Headset"));
    QVERIFY(again >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_audio->outputName(), QStringLiteral("Headset"), 5000);
    QCOMPARE(m_phone->call(id).state, CallState::Connected);
    m_phone->hangup(id);
    QTRY_VERIFY(!m_audio->isActive());
    m_pulse.unplug(again);
}

void tst_Audio::cleanupTestCase()
{
    m_phone.reset();
    m_audio.reset();
    if (m_peer)
        m_peer->stop();
    m_kamailio.stop();
    m_pulse.stop();
}

QTEST_GUILESS_MAIN(tst_Audio)
#include "tst_audio.moc"

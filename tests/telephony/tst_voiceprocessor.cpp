// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// VoiceProcessor (speexdsp) in front of a simulated room: what is played comes back into the
// microphone later and quieter, with the navigator's own voice and steady noise on top. Echo
// and noise must drop, the navigator's voice must not, and "off" must change nothing.
#include "telephony/tonemeasure.h"
#include "telephony/voiceprocessor.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <deque>
#include <vector>

using namespace Nav::Telephony;

namespace {

constexpr std::size_t kFrame = AudioEndpoint::kFrameSamples;

// A speaker and a microphone in one room: the microphone hears what was played `delay`
// samples ago at `echoGain`, plus a near-end tone and white noise when asked.
class Room : public AudioEndpoint
{
public:
    explicit Room(std::size_t delay, double echoGain) : m_line(delay, 0), m_gain(echoGain) {}

    double nearHz = 0;
    double nearAmplitude = 0;
    double noiseAmplitude = 0;
    int hintMs = 0; // what the endpoint says of its own queues
    std::vector<int16_t> heard; // every sample the microphone picked up

    int echoDelayHintMs() const override { return hintMs; }

    void capture(int16_t *out, std::size_t count) override
    {
        for (std::size_t i = 0; i < count; ++i) {
            double x = m_gain * m_line.front();
            m_line.pop_front();
            if (nearAmplitude > 0)
                x += nearAmplitude * std::sin(2 * M_PI * nearHz * double(m_t) / kSampleRate);
            if (noiseAmplitude > 0)
                x += noiseAmplitude * (m_random.generateDouble() * 2 - 1);
            ++m_t;
            out[i] = int16_t(std::clamp(x, -32768.0, 32767.0));
            heard.push_back(out[i]);
        }
    }
    void play(const int16_t *in, std::size_t count) override
    {
        m_line.insert(m_line.end(), in, in + count);
    }

private:
    std::deque<int16_t> m_line;
    double m_gain;
    quint64 m_t = 0;
    QRandomGenerator m_random{7};
};

double energy(const int16_t *x, std::size_t n)
{
    double e = 0;
    for (std::size_t i = 0; i < n; ++i)
        e += double(x[i]) * double(x[i]);
    return e / double(std::max<std::size_t>(1, n));
}

double db(double ratio)
{
    return 10.0 * std::log10(std::max(ratio, 1e-12));
}

// Far-end "speech": noise shaped into syllables (on 200 ms, off 100 ms) at a level.
struct FarEnd
{
    QRandomGenerator random{42};
    quint64 t = 0;
    void next(int16_t *frame)
    {
        for (std::size_t i = 0; i < kFrame; ++i, ++t) {
            const bool voiced = (t / 800) % 3 != 2;
            frame[i] = voiced ? int16_t((random.generateDouble() * 2 - 1) * 8000) : 0;
        }
    }
};

// Runs `seconds` of calls' ticks as SipAgent does: capture (what is sent), then play.
std::vector<int16_t> run(VoiceProcessor &voice, FarEnd *far, double seconds)
{
    std::vector<int16_t> sent;
    int16_t out[kFrame];
    int16_t in[kFrame] = {};
    for (int f = 0; f < int(seconds * 50); ++f) {
        voice.capture(out, kFrame);
        sent.insert(sent.end(), out, out + kFrame);
        if (far)
            far->next(in);
        voice.play(in, kFrame);
    }
    return sent;
}

} // namespace

class tst_VoiceProcessor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void echoIsCancelled();
    void echoBeyondTheTailIsReachedThroughTheHint();
    void theNavigatorsVoiceGetsThroughWhileTheCallerTalks();
    void steadyNoiseIsLowered();
    void offChangesNothing();
};

void tst_VoiceProcessor::echoIsCancelled()
{
    Room room(480, 0.5); // 60 ms away, half as loud
    VoiceProcessor voice(&room, true, false);
    voice.setActive(true);
    FarEnd far;
    const std::vector<int16_t> sent = run(voice, &far, 8);
    // the last 2 s, once the filter has learnt the room
    const std::size_t n = 2 * 8000, from = sent.size() - n;
    const double erle = db(energy(room.heard.data() + from, n) / energy(sent.data() + from, n));
    qInfo("echo return loss enhancement after 6 s: %.1f dB", erle);
    QVERIFY2(erle >= 20, qPrintable(QString::number(erle)));
}

void tst_VoiceProcessor::echoBeyondTheTailIsReachedThroughTheHint()
{
    // 360 ms between speaker and microphone (a Bluetooth headset, busy sound server): more
    // than the 200 ms tail. Without a hint the canceller cannot reach it; with the endpoint's
    // measure of its own queues (340 ms) the reference is delayed and the tail covers it.
    const auto erleAfter = [](int hintMs, int *delay) {
        Room room(2880, 0.5);
        room.hintMs = hintMs;
        VoiceProcessor voice(&room, true, false);
        voice.setActive(true);
        FarEnd far;
        const std::vector<int16_t> sent = run(voice, &far, 8);
        *delay = voice.referenceDelayFrames();
        const std::size_t n = 2 * 8000, from = sent.size() - n;
        return db(energy(room.heard.data() + from, n) / energy(sent.data() + from, n));
    };
    int blind = -1, hinted = -1;
    const double without = erleAfter(0, &blind);
    const double with = erleAfter(340, &hinted);
    qInfo("echo 360 ms away: %.1f dB without a hint, %.1f dB with one (reference delayed %d frames)",
          without, with, hinted);
    QCOMPARE(blind, 0);
    QCOMPARE(hinted, (340 - VoiceProcessor::kHintMarginMs) / 20);
    QVERIFY2(without < 10, qPrintable(QString::number(without)));
    QVERIFY2(with >= 20, qPrintable(QString::number(with)));
}

void tst_VoiceProcessor::theNavigatorsVoiceGetsThroughWhileTheCallerTalks()
{
    Room room(480, 0.5);
    VoiceProcessor voice(&room, true, false);
    voice.setActive(true);
    FarEnd far;
    run(voice, &far, 6); // learn the room first
    room.nearHz = 440;
    room.nearAmplitude = 4000;
    const std::vector<int16_t> sent = run(voice, &far, 2);
    // only the pauses between the caller's syllables count as single talk; in both the
    // navigator's 440 Hz is what is sent, at most a few dB down
    const std::size_t n = sent.size();
    const double before = Nav::Test::tonePower(room.heard.data() + room.heard.size() - n, n, 440)
                          * energy(room.heard.data() + room.heard.size() - n, n);
    const double after = Nav::Test::tonePower(sent.data(), n, 440) * energy(sent.data(), n);
    const double change = db(after / before);
    qInfo("navigator's 440 Hz through the canceller while the caller talks: %.1f dB", change);
    QVERIFY2(change > -6, qPrintable(QString::number(change)));
}

void tst_VoiceProcessor::steadyNoiseIsLowered()
{
    Room room(480, 0.5);
    room.noiseAmplitude = 2000;
    VoiceProcessor voice(&room, false, true);
    voice.setActive(true);
    const std::vector<int16_t> sent = run(voice, nullptr, 4);
    const std::size_t n = 8000, from = sent.size() - n;
    const double reduction = db(energy(room.heard.data() + from, n) / energy(sent.data() + from, n));
    qInfo("steady noise lowered by %.1f dB", reduction);
    QVERIFY2(reduction >= 10, qPrintable(QString::number(reduction)));
}

void tst_VoiceProcessor::offChangesNothing()
{
    Room room(480, 0.5);
    room.noiseAmplitude = 2000;
    VoiceProcessor voice(&room, true, true);
    voice.setOptions(false, false);
    QVERIFY(!voice.echoCancellation() && !voice.noiseSuppression());
    voice.setActive(true);
    FarEnd far;
    const std::vector<int16_t> sent = run(voice, &far, 1);
    QCOMPARE(sent, room.heard);
}

QTEST_GUILESS_MAIN(tst_VoiceProcessor)
#include "tst_voiceprocessor.moc"

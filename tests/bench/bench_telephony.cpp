// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The softphone's figures (issue 7), printed, never judged:
//  - call set-up on loopback: dial to connected through a real Kamailio (with its digest
//    challenge) to a real baresip that answers at once;
//  - the latency Navigator itself adds each way, measured with timestamps on every sample block
//    during a call whose audio goes through Qt Multimedia and a private PulseAudio null sink:
//    microphone delivery → RTP out, and RTP in → jitter buffer → speaker (including what the
//    device holds ahead of it);
//  - CPU per active call: the process's CPU time during the call minus while idle registered;
//  - audio under 5 % packet loss and 40 ms of jitter: a 1 kHz tone sent through a simulated
//    network (in-process) into the same jitter buffer the calls use.
//
//   build/dev/tests/bench_telephony [--calls 20] [--seconds 20]
#include "telephony/baresipprocess.h"
#include "telephony/jitterbuffer.h"
#include "telephony/kamailioprocess.h"
#include "telephony/mediaquality.h"
#include "telephony/pulseprocess.h"
#include "telephony/qtaudioendpoint.h"
#include "telephony/sipphone.h"
#include "telephony/toneendpoint.h"
#include "telephony/tonemeasure.h"
#include "telephony/voiceprocessor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace Nav::Telephony;
using Nav::Test::BaresipProcess;
using Nav::Test::KamailioProcess;
using Nav::Test::PulseProcess;
using Nav::Test::ToneEndpoint;

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
           + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t at = std::min(v.size() - 1, std::size_t(std::ceil(p * double(v.size()))) - 1);
    return v[at];
}

bool wait(const std::function<bool()> &done, int ms)
{
    return QTest::qWaitFor(done, ms);
}

// 1 kHz through a simulated network into the jitter buffer: the share of what is heard that is
// still the tone, and the buffer's figures.
struct Impaired
{
    double toneShare = 0;
    JitterBuffer::Stats stats;
    double lossPercent = 0;
};

Impaired throughNetwork(double loss, int jitterMs, int seconds)
{
    const int frames = seconds * 50;
    std::mt19937 rng(211);
    std::uniform_real_distribution<double> u(0, 1);
    std::uniform_int_distribution<int> jit(0, std::max(0, jitterMs));
    struct Packet { int frame; int64_t at; };
    std::vector<Packet> sent;
    for (int i = 0; i < frames; ++i) {
        if (u(rng) >= loss)
            sent.push_back({i, int64_t(i) * 20 + jit(rng)});
    }
    std::sort(sent.begin(), sent.end(), [](const Packet &a, const Packet &b) { return a.at < b.at; });
    JitterBuffer jb;
    std::vector<int16_t> heard;
    heard.reserve(std::size_t(frames + 50) * JitterBuffer::kFrame);
    int16_t frame[JitterBuffer::kFrame];
    int16_t out[JitterBuffer::kFrame];
    std::size_t next = 0;
    for (int t = 0; t < frames + 20; ++t) {
        const int64_t now = int64_t(t) * 20;
        while (next < sent.size() && sent[next].at <= now) {
            for (std::size_t k = 0; k < JitterBuffer::kFrame; ++k) {
                const double s = double(sent[next].frame) * JitterBuffer::kFrame + double(k);
                frame[k] = int16_t(12000 * std::sin(2 * M_PI * 1000 * s / 8000));
            }
            jb.put(uint16_t(sent[next].frame), uint32_t(sent[next].frame) * JitterBuffer::kFrame,
                   frame, JitterBuffer::kFrame, sent[next].at);
            ++next;
        }
        jb.get(out, now);
        heard.insert(heard.end(), out, out + JitterBuffer::kFrame);
    }
    Impaired r;
    const std::size_t skip = 8000; // the first second, while the buffer settles
    r.toneShare = Nav::Test::tonePower(heard.data() + skip, heard.size() - skip - 8000, 1000);
    r.stats = jb.stats();
    r.lossPercent = 100.0 * double(frames - int(sent.size())) / frames;
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("calls"), QStringLiteral("calls for the set-up time"),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("length of the measured call"),
                      QStringLiteral("s"), QStringLiteral("20")});
    parser.addHelpOption();
    parser.process(app);
    const int calls = std::max(1, parser.value(QStringLiteral("calls")).toInt());
    const int seconds = std::max(2, parser.value(QStringLiteral("seconds")).toInt());

    // audio under loss and jitter (no peers needed)
    const Impaired clean = throughNetwork(0, 0, 30);
    const Impaired rough = throughNetwork(0.05, 40, 30);
    std::printf("audio through the jitter buffer, 30 s of 1 kHz (network simulated in-process):\n");
    std::printf("  clean network:          tone share %.3f, concealed %u frames, playout delay %d ms\n",
                clean.toneShare, clean.stats.concealed, clean.stats.targetMs);
    std::printf("  5 %% loss + 0-40 ms jitter: tone share %.3f, lost %.1f %%, concealed %u frames, "
                "late %u, playout delay %d ms (mean wait %.1f ms), MOS estimate %.2f\n",
                rough.toneShare, rough.lossPercent, rough.stats.concealed, rough.stats.late,
                rough.stats.targetMs, rough.stats.meanWaitMs,
                estimateMos(rough.lossPercent + 100.0 * rough.stats.late / 1500.0,
                            rough.stats.jitterMs, rough.stats.targetMs));
    std::fflush(stdout);

    // what echo cancellation and noise suppression cost, alone (the call's CPU figure below
    // includes them): 60 s of frames through a loop that echoes what is played, with noise
    {
        struct Loop : AudioEndpoint
        {
            int16_t last[kFrameSamples] = {};
            std::minstd_rand noise{3};
            void capture(int16_t *out, std::size_t n) override
            {
                for (std::size_t i = 0; i < n; ++i)
                    out[i] = int16_t(last[i] / 2 + int(noise() % 400) - 200);
            }
            void play(const int16_t *in, std::size_t n) override { std::copy(in, in + n, last); }
        } loop;
        VoiceProcessor voice(&loop, true, true);
        voice.setActive(true);
        int16_t out[AudioEndpoint::kFrameSamples];
        int16_t in[AudioEndpoint::kFrameSamples];
        constexpr int frames = 3000;
        const double cpu0 = cpuSeconds();
        for (int f = 0; f < frames; ++f) {
            voice.capture(out, AudioEndpoint::kFrameSamples);
            for (std::size_t i = 0; i < AudioEndpoint::kFrameSamples; ++i)
                in[i] = int16_t(8000 * std::sin(2 * M_PI * 300 * double(f * 160 + int(i)) / 8000));
            voice.play(in, AudioEndpoint::kFrameSamples);
        }
        const double perFrame = (cpuSeconds() - cpu0) / frames;
        std::printf("echo cancellation + noise suppression: %.1f us per 20 ms frame = %.2f %% of "
                    "one core per call\n",
                    perFrame * 1e6, 100 * perFrame / 0.020);
        std::fflush(stdout);
    }

    PulseProcess pulse;
    KamailioProcess kamailio;
    QString error;
    if (!pulse.start(&error) || !kamailio.start(&error)) {
        std::fprintf(stderr, "bench_telephony: %s\n", qPrintable(error));
        return 1;
    }
    BaresipProcess peer(QStringLiteral("peer"), kamailio.port(), kamailio.password(), 1000);
    if (!peer.start(&error)) {
        std::fprintf(stderr, "bench_telephony: %s\n", qPrintable(error));
        return 1;
    }
    wait([&] { return kamailio.savedRegistrations(QStringLiteral("peer")) >= 1; }, 5000);

    SipAccount account;
    account.registrar = kamailio.address();
    account.user = QStringLiteral("2501");
    account.password = kamailio.password();

    // 1. set-up time
    {
        ToneEndpoint tone(440);
        SipPhone phone(&tone);
        if (!phone.start(account) || !wait([&] {
                return phone.registration().state == RegistrationState::Registered;
            }, 5000)) {
            std::fprintf(stderr, "bench_telephony: the phone did not register\n");
            return 1;
        }
        std::vector<double> setup;
        for (int i = 0; i < calls; ++i) {
            QElapsedTimer t;
            t.start();
            const int id = phone.dial(QStringLiteral("peer"));
            if (!wait([&] { return phone.call(id).state == CallState::Connected; }, 5000)) {
                std::fprintf(stderr, "bench_telephony: call %d did not connect\n", i + 1);
                return 1;
            }
            setup.push_back(double(t.nsecsElapsed()) / 1e6);
            phone.hangup(id);
            wait([&] { return phone.calls().isEmpty(); }, 5000);
            QTest::qWait(150);
        }
        std::printf("call set-up, dial to connected (Kamailio with digest challenge, baresip "
                    "answering), %d calls: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                    calls, percentile(setup, 0.5), percentile(setup, 0.95),
                    *std::max_element(setup.begin(), setup.end()));
        std::fflush(stdout);
        phone.shutdown(2000);
    }

    // 2. latency and CPU with the real audio path
    QtAudioEndpoint audio;
    audio.setDevices(PulseProcess::sourceName(), PulseProcess::sinkName(), PulseProcess::sinkName());
    SipPhone phone(&audio);
    MediaStats last;
    QObject::connect(&phone, &SipPhone::statsUpdated, [&last](const MediaStats &s) { last = s; });
    if (!phone.start(account)
        || !wait([&] { return phone.registration().state == RegistrationState::Registered; }, 5000)) {
        std::fprintf(stderr, "bench_telephony: the phone did not register\n");
        return 1;
    }
    QTest::qWait(500);
    const double idleCpu0 = cpuSeconds();
    QElapsedTimer idle;
    idle.start();
    QTest::qWait(seconds * 1000 / 2);
    const double idleShare = (cpuSeconds() - idleCpu0) / (double(idle.nsecsElapsed()) / 1e9);

    const int id = phone.dial(QStringLiteral("peer"));
    if (!wait([&] { return phone.call(id).state == CallState::Connected; }, 5000)) {
        std::fprintf(stderr, "bench_telephony: the measured call did not connect\n");
        return 1;
    }
    QTest::qWait(1000); // devices open, buffers settle
    const double callCpu0 = cpuSeconds();
    QElapsedTimer during;
    during.start();
    QTest::qWait(seconds * 1000);
    const double callShare = (cpuSeconds() - callCpu0) / (double(during.nsecsElapsed()) / 1e9);
    const QtAudioEndpoint::Latency l = audio.latency();
    const MediaStats s = last;
    phone.hangup(id);
    wait([&] { return phone.calls().isEmpty(); }, 5000);

    std::printf("latency Navigator adds (timestamps on %lld + %lld sample blocks, %d s call "
                "through Qt Multimedia and PulseAudio):\n",
                static_cast<long long>(l.captureBlocks), static_cast<long long>(l.playBlocks), seconds);
    std::printf("  send, microphone delivery to RTP out: mean %.1f ms (max %.1f ms)\n",
                l.captureMs, l.captureMaxMs);
    std::printf("  receive, RTP in to the speaker: jitter buffer %.1f ms + device queue %.1f ms = "
                "%.1f ms (device queue max %.1f ms)\n",
                s.bufferWaitMs, l.playMs, s.bufferWaitMs + l.playMs, l.playMaxMs);
    std::printf("CPU (echo cancellation and noise suppression on): %.2f %% of one core idle "
                "registered, %.2f %% during the call: %.2f %% per active call\n",
                100 * idleShare, 100 * callShare, 100 * (callShare - idleShare));
    std::printf("call quality seen: MOS %.2f, jitter %.1f ms, loss %.1f %%, buffer %d ms\n", s.mos,
                s.jitterMs, s.lossPercent, s.bufferMs);
    phone.shutdown(2000);
    peer.stop();
    kamailio.stop();
    pulse.stop();
    return 0;
}

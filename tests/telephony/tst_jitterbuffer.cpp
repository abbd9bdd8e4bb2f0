// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// The receive side's jitter buffer: order restored, lost frames concealed, late packets
// dropped, the delay growing with jitter and coming back down when the network calms.
#include "telephony/jitterbuffer.h"
#include "telephony/tonemeasure.h"

#include <QTest>

#include <cmath>
#include <random>
#include <vector>

using Nav::Telephony::JitterBuffer;

namespace {
constexpr std::size_t F = JitterBuffer::kFrame;

// Frame `n` of a stream: every sample carries its frame number, so order is visible.
std::array<int16_t, F> marked(int n)
{
    std::array<int16_t, F> f{};
    f.fill(int16_t(1000 + n));
    return f;
}

struct Packet
{
    int frame;
    int64_t arrivalMs;
};

// Plays a stream of packets (sent every 20 ms, arriving as given) through the buffer, with
// get() called every 20 ms; returns the frames heard as frame number + 1 (0 = silence or a
// made-up frame).
std::vector<int> play(JitterBuffer &jb, std::vector<Packet> packets, int ticks,
                      uint32_t ts0 = 4000, uint16_t seq0 = 100)
{
    std::sort(packets.begin(), packets.end(),
              [](const Packet &a, const Packet &b) { return a.arrivalMs < b.arrivalMs; });
    std::vector<int> heard;
    std::size_t next = 0;
    int16_t out[F];
    for (int t = 0; t < ticks; ++t) {
        const int64_t now = int64_t(t) * 20;
        while (next < packets.size() && packets[next].arrivalMs <= now) {
            const auto f = marked(packets[next].frame);
            jb.put(uint16_t(seq0 + packets[next].frame),
                   ts0 + uint32_t(packets[next].frame) * uint32_t(F), f.data(), F,
                   packets[next].arrivalMs);
            ++next;
        }
        jb.get(out);
        heard.push_back(out[0] >= 1000 && out[F - 1] == out[0] ? out[0] - 999 : 0); // frame + 1
    }
    return heard;
}

// The frames heard, without the silence before the first one.
std::vector<int> trimmed(const std::vector<int> &heard)
{
    auto first = std::find_if(heard.begin(), heard.end(), [](int v) { return v != 0; });
    return {first, heard.end()};
}
} // namespace

class tst_JitterBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steadyStreamPlaysInOrderAfterASmallDelay()
    {
        JitterBuffer jb;
        std::vector<Packet> packets;
        for (int i = 0; i < 100; ++i)
            packets.push_back({i, int64_t(i) * 20});
        const auto heard = play(jb, packets, 110);
        const auto t = trimmed(heard);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(t.at(std::size_t(i)), i + 1);
        // heard after the buffer's delay: two frames
        const auto firstAt = std::find(heard.begin(), heard.end(), 1) - heard.begin();
        QVERIFY2(firstAt <= 3, qPrintable(QString::number(firstAt)));
        QVERIFY(jb.stats().targetMs <= 60);
        QCOMPARE(jb.stats().concealed, 0u);
        QCOMPARE(jb.stats().late, 0u);
    }

    void reorderedPacketsComeOutInOrder()
    {
        JitterBuffer jb;
        std::vector<Packet> packets;
        for (int i = 0; i < 80; ++i)
            packets.push_back({i, int64_t(i) * 20});
        // 11 overtakes 10: 10 comes too late for a buffer that had no reason to wait
        packets[10].arrivalMs += 25;
        // later, 51 overtakes 50 again: the buffer now waits long enough to restore the order
        packets[50].arrivalMs += 15;
        packets[51].arrivalMs += 2;
        const auto t = trimmed(play(jb, packets, 90));
        QCOMPARE(jb.stats().late, 1u);
        QVERIFY(jb.stats().targetMs >= 40);
        // every frame from 20 on, in order (made-up frames while the delay grows aside)
        std::vector<int> frames;
        for (int v : t) {
            if (v > 20)
                frames.push_back(v);
        }
        QCOMPARE(int(frames.size()), 60);
        for (int i = 0; i < 60; ++i)
            QCOMPARE(frames.at(std::size_t(i)), 21 + i);
    }

    void lostFrameIsConcealedNotSkipped()
    {
        JitterBuffer jb;
        std::vector<Packet> packets;
        for (int i = 0; i < 40; ++i) {
            if (i != 20)
                packets.push_back({i, int64_t(i) * 20});
        }
        const auto t = trimmed(play(jb, packets, 50));
        QCOMPARE(t.at(19), 20);
        QCOMPARE(t.at(20), 0);   // made up (a fading copy of 19, not a frame of the stream)
        QCOMPARE(t.at(21), 22);  // and the stream goes on in time
        QCOMPARE(jb.stats().concealed, 1u);
    }

    void concealmentFadesRatherThanCutting()
    {
        JitterBuffer jb;
        int16_t out[F];
        std::array<int16_t, F> loud{};
        loud.fill(8000);
        for (int i = 0; i < 5; ++i) {
            jb.put(uint16_t(i), uint32_t(i * F), loud.data(), F, i * 20);
            jb.get(out);
        }
        // packets stop: the last frame fades by half each time, then silence
        int16_t previous = 8000;
        for (int i = 0; i < 8; ++i) {
            jb.get(out);
            QVERIFY(out[0] <= previous);
            previous = out[0];
        }
        QCOMPARE(out[0], int16_t(0));
    }

    void delayGrowsWithJitterAndComesBackDown()
    {
        std::mt19937 rng(211);
        std::uniform_int_distribution<int> delay(0, 60);
        std::vector<Packet> packets;
        for (int i = 0; i < 500; ++i) // 10 s of 0-60 ms jitter
            packets.push_back({i, int64_t(i) * 20 + delay(rng)});
        JitterBuffer rough;
        play(rough, packets, 505);
        const int roughTarget = rough.stats().targetMs;
        QVERIFY2(roughTarget >= 60, qPrintable(QString::number(roughTarget)));
        // once adapted, almost nothing is missing
        const double concealed = double(rough.stats().concealed) / 500.0;
        QVERIFY2(concealed < 0.03, qPrintable(QString::number(concealed)));
        // then 30 s of a calm network: the delay comes back down
        for (int i = 500; i < 2000; ++i)
            packets.push_back({i, int64_t(i) * 20 + 70});
        JitterBuffer calm;
        play(calm, packets, 2010);
        QVERIFY2(calm.stats().targetMs < roughTarget,
                 qPrintable(QStringLiteral("%1 → %2").arg(roughTarget).arg(calm.stats().targetMs)));
    }

    void readyPlaysOnArrivalKeepingOnlyTheTarget()
    {
        // a calm network (target one frame): each frame is ready the moment it arrives, and
        // playing it leaves nothing waiting
        JitterBuffer jb;
        QVERIFY(!jb.ready());
        int16_t out[F];
        for (int n = 0; n < 5; ++n) {
            const auto f = marked(n);
            jb.put(uint16_t(100 + n), 4000 + uint32_t(n) * F, f.data(), F, int64_t(n) * 20);
            QVERIFY2(jb.ready(), qPrintable(QString::number(n)));
            jb.get(out, int64_t(n) * 20 + 1);
            QCOMPARE(out[0], int16_t(1000 + n));
            QVERIFY(!jb.ready());
        }
        QVERIFY(jb.stats().meanWaitMs <= 1.0);
        // a missing frame is not ready (the tick conceals it in its time); when the next one
        // comes both go: the made-up one and the real one
        const auto f6 = marked(6);
        jb.put(106, 4000 + 6 * uint32_t(F), f6.data(), F, 120);
        QVERIFY(!jb.ready());
        jb.get(out, 121); // the tick: frame 5 concealed
        QVERIFY(jb.ready());
        jb.get(out, 122);
        QCOMPARE(out[0], int16_t(1006));

        // after jitter the target is three frames: two stay back, the third goes
        JitterBuffer rough;
        std::vector<Packet> packets;
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> delay(0, 60);
        for (int i = 0; i < 200; ++i)
            packets.push_back({i, int64_t(i) * 20 + delay(rng)});
        play(rough, packets, 200);
        const int target = rough.stats().targetMs / 20;
        QVERIFY2(target >= 3, qPrintable(QString::number(target)));
        // the network calms down: arrivals play what the target lets go and keep about the
        // target back (a frame lost in the rough part waits for the tick's concealment)
        for (int i = 200; i < 260; ++i) {
            const auto fr = marked(i);
            rough.put(uint16_t(100 + i), 4000 + uint32_t(i) * F, fr.data(), F, int64_t(i) * 20 + 60);
            while (rough.ready())
                rough.get(out, int64_t(i) * 20 + 60);
        }
        QCOMPARE(rough.stats().targetMs, target * 20);
        QVERIFY2(rough.stats().depthMs >= (target - 1) * 20 && rough.stats().depthMs <= target * 20,
                 qPrintable(QString::number(rough.stats().depthMs)));
    }

    void latePacketIsDroppedAndTheDelayGrows()
    {
        JitterBuffer jb;
        std::vector<Packet> packets;
        for (int i = 0; i < 30; ++i)
            packets.push_back({i, int64_t(i) * 20 + (i == 15 ? 200 : 0)});
        const int before = 40;
        play(jb, packets, 40);
        QCOMPARE(jb.stats().late, 1u);
        QVERIFY(jb.stats().targetMs > before);
    }

    void timestampWrapIsSeamless()
    {
        JitterBuffer jb;
        std::vector<Packet> packets;
        for (int i = 0; i < 40; ++i)
            packets.push_back({i, int64_t(i) * 20});
        const auto t = trimmed(play(jb, packets, 50, uint32_t(0xFFFFFFFF) - 20 * F, 65530));
        for (int i = 0; i < 40; ++i)
            QCOMPARE(t.at(std::size_t(i)), i + 1);
        QCOMPARE(jb.stats().concealed, 0u);
    }

    void restartsAfterAQuietSecond()
    {
        JitterBuffer jb;
        std::vector<Packet> packets;
        for (int i = 0; i < 10; ++i)
            packets.push_back({i, int64_t(i) * 20});
        // the other side holds for 3 s, then resumes with a new timestamp base
        for (int i = 0; i < 10; ++i)
            packets.push_back({1000 + i, 3000 + int64_t(i) * 20});
        const auto heard = play(jb, packets, 200);
        int resumed = 0;
        for (int v : heard)
            resumed += v > 1000 ? 1 : 0;
        QCOMPARE(resumed, 10);
    }

    void toneSurvivesFivePercentLossAndFortyMsJitter()
    {
        // 1 kHz for 10 s through 5 % random loss and 0-40 ms of jitter
        JitterBuffer jb;
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> u(0, 1);
        std::uniform_int_distribution<int> jit(0, 40);
        std::vector<int16_t> heard;
        int16_t out[F];
        struct P { int frame; int64_t at; };
        std::vector<P> sent;
        for (int i = 0; i < 500; ++i) {
            if (u(rng) >= 0.05)
                sent.push_back({i, int64_t(i) * 20 + jit(rng)});
        }
        std::sort(sent.begin(), sent.end(), [](const P &a, const P &b) { return a.at < b.at; });
        std::size_t next = 0;
        for (int t = 0; t < 520; ++t) {
            while (next < sent.size() && sent[next].at <= t * 20) {
                std::array<int16_t, F> f{};
                for (std::size_t k = 0; k < F; ++k) {
                    const double s = double(sent[next].frame) * F + double(k);
                    f[k] = int16_t(10000 * std::sin(2 * M_PI * 1000 * s / 8000));
                }
                jb.put(uint16_t(sent[next].frame), uint32_t(sent[next].frame) * F, f.data(), F,
                       sent[next].at);
                ++next;
            }
            jb.get(out);
            heard.insert(heard.end(), out, out + F);
        }
        const double share = Nav::Test::tonePower(heard.data() + 8000, heard.size() - 16000, 1000);
        QVERIFY2(share > 0.8, qPrintable(QString::number(share)));
        QVERIFY(jb.stats().late <= 5);
    }
};

QTEST_GUILESS_MAIN(tst_JitterBuffer)
#include "tst_jitterbuffer.moc"

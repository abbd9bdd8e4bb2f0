// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace Nav::Telephony {

// The receive side of a call's audio: packets go in as they arrive (in any order, some late,
// some never), and a steady 20 ms frame comes out every packet time. The playout delay adapts
// to the network: it grows when packets arrive late or the measured jitter (RFC 3550) rises,
// and shrinks again, one frame at a time, once the network has been calm for a while. A lost
// frame is concealed by repeating the last one, fading, for up to three frames.
//
// Fixed memory, no locks, no allocation: put() and get() run on the SIP thread.
class JitterBuffer
{
public:
    static constexpr std::size_t kFrame = 160;   // 20 ms at 8 kHz
    static constexpr std::size_t kSlots = 64;    // 1.28 s of audio
    static constexpr int kMinTargetFrames = 1;
    static constexpr int kMaxTargetFrames = 12;  // 240 ms

    struct Stats
    {
        uint32_t played = 0;     // frames played from packets
        uint32_t concealed = 0;  // frames made up for missing packets (after playout began)
        uint32_t late = 0;       // packets that came after their time (dropped)
        uint32_t skipped = 0;    // frames dropped to bring the delay back down
        uint32_t stretched = 0;  // frames inserted to let the delay grow
        int targetMs = 0;        // the playout delay aimed at now
        int depthMs = 0;         // audio waiting now
        double jitterMs = 0;     // RFC 3550 interarrival jitter
        double meanWaitMs = 0;   // how long played frames waited here (running mean)
    };

    JitterBuffer();
    void reset();
    // A packet of `count` samples (a multiple of 160 is expected; the rest is dropped) with its
    // RTP sequence number and timestamp, received at `arrivalMs` (a monotonic clock).
    void put(uint16_t seq, uint32_t timestamp, const int16_t *samples, std::size_t count,
             int64_t arrivalMs);
    // The next 20 ms to play. Silence until the first packets have filled the target delay.
    // `nowMs` (the clock of put()) measures how long the frame waited; -1 to skip that.
    void get(int16_t *out, int64_t nowMs = -1);
    // The next frame is here and the playout delay is at least the target: get() now plays it
    // (for playout on arrival rather than at a fixed tick).
    bool ready() const;
    const Stats &stats() const { return m_stats; }
    bool isPlaying() const { return m_playing; }

private:
    struct Slot
    {
        uint32_t timestamp = 0;
        bool filled = false;
        int64_t arrivalMs = 0;
        std::array<int16_t, kFrame> samples{};
    };
    void start(uint32_t timestamp);
    void conceal(int16_t *out);
    Slot &slotFor(uint32_t timestamp) { return m_slots[slotIndex(timestamp)]; }
    const Slot &slotFor(uint32_t timestamp) const { return m_slots[slotIndex(timestamp)]; }
    std::size_t slotIndex(uint32_t timestamp) const { return (uint32_t(timestamp - m_anchorTs) / kFrame) % kSlots; }
    // How far behind the newest frame the playout runs, in frames.
    int delayFrames() const { return int32_t(m_newestTs + kFrame - m_playTs) / int32_t(kFrame); }

    std::array<Slot, kSlots> m_slots{};
    std::array<int16_t, kFrame> m_last{};
    Stats m_stats;
    bool m_playing = false;
    uint32_t m_playTs = 0;      // timestamp of the next frame to play
    uint32_t m_newestTs = 0;    // timestamp of the newest frame received
    uint32_t m_anchorTs = 0;    // where slot numbers count from (wrap-safe)
    int m_excessTicks = 0;      // ticks the delay has been above the target
    int m_targetFrames = 1;
    int m_lossRun = 0;
    uint32_t m_pendingConcealed = 0; // made-up frames not yet known to be a gap
    int m_quietTicks = 0;       // ticks since a packet last arrived
    int m_calmTicks = 0;        // ticks since the delay last had to grow
    int m_sinceGrowth = 1000;   // ticks since a late packet last made it grow
    bool m_haveTransit = false;
    int64_t m_lastArrival = 0;
    uint32_t m_lastTs = 0;
    double m_jitter = 0;        // in samples
};

} // namespace Nav::Telephony

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/jitterbuffer.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Nav::Telephony {

namespace {
constexpr int kFrameMs = 20;
constexpr int kCalmTicksToShrink = 250;  // 5 s without trouble: one frame less
constexpr int kQuietTicksToStop = 50;    // 1 s without packets (hold, silence): start over
constexpr int kConcealFrames = 3;
constexpr int kExcessTicksToSkip = 10;   // 200 ms above the target before a frame is dropped
} // namespace

JitterBuffer::JitterBuffer()
{
    reset();
}

void JitterBuffer::reset()
{
    for (Slot &s : m_slots)
        s.filled = false;
    m_last.fill(0);
    m_stats = {};
    m_playing = false;
    m_targetFrames = 1;
    m_lossRun = 0;
    m_pendingConcealed = 0;
    m_quietTicks = 0;
    m_calmTicks = 0;
    m_haveTransit = false;
    m_jitter = 0;
}

void JitterBuffer::start(uint32_t timestamp)
{
    for (Slot &s : m_slots)
        s.filled = false;
    // the first packet waits for the target delay before it is heard
    m_playTs = timestamp - uint32_t(m_targetFrames - 1) * kFrame;
    m_newestTs = timestamp;
    m_anchorTs = timestamp;
    m_excessTicks = 0;
    m_playing = true;
    m_lossRun = 0;
}

void JitterBuffer::put(uint16_t seq, uint32_t timestamp, const int16_t *samples,
                       std::size_t count, int64_t arrivalMs)
{
    (void)seq; // order comes from the timestamp; the sequence number serves loss statistics
    m_quietTicks = 0;
    // RFC 3550 interarrival jitter, in samples (timestamps compared wrap-safe)
    if (m_haveTransit) {
        const int64_t d = (arrivalMs - m_lastArrival) * 8 - int64_t(int32_t(timestamp - m_lastTs));
        m_jitter += (double(std::llabs(d)) - m_jitter) / 16.0;
    }
    m_haveTransit = true;
    m_lastArrival = arrivalMs;
    m_lastTs = timestamp;
    m_stats.jitterMs = m_jitter / 8.0;
    // the delay the jitter calls for: a frame, plus about three times the mean deviation
    const int wanted = std::min(kMaxTargetFrames,
                                1 + int(std::floor(3.0 * m_stats.jitterMs / kFrameMs)));
    if (wanted > m_targetFrames) {
        m_targetFrames = wanted;
        m_calmTicks = 0;
    }

    if (!m_playing)
        start(timestamp);
    for (std::size_t at = 0; at + kFrame <= count; at += kFrame) {
        const uint32_t ts = timestamp + uint32_t(at);
        const int32_t ahead = int32_t(ts - m_playTs);
        if (ahead < 0) {
            // came after its time: wait a frame longer from now on (once per burst)
            ++m_stats.late;
            if (m_sinceGrowth > 5 && m_targetFrames < kMaxTargetFrames) {
                ++m_targetFrames;
                m_sinceGrowth = 0;
            }
            m_calmTicks = 0;
            continue;
        }
        if (ahead >= int32_t(kSlots * kFrame))
            start(ts); // far ahead (the other side restarted its clock): start over
        if (int32_t(ts - m_newestTs) > 0)
            m_newestTs = ts;
        m_stats.concealed += m_pendingConcealed;
        m_pendingConcealed = 0;
        Slot &slot = slotFor(ts);
        slot.timestamp = ts;
        slot.filled = true;
        slot.arrivalMs = arrivalMs;
        std::copy(samples + at, samples + at + kFrame, slot.samples.begin());
    }
    m_stats.targetMs = m_targetFrames * kFrameMs;
}

bool JitterBuffer::ready() const
{
    if (!m_playing)
        return false;
    const Slot &slot = slotFor(m_playTs);
    return delayFrames() >= m_targetFrames && slot.filled && slot.timestamp == m_playTs;
}

void JitterBuffer::conceal(int16_t *out)
{
    // repeat the last frame, fading (1/2, 1/4, 1/8), then silence
    ++m_lossRun;
    if (m_lossRun <= kConcealFrames) {
        for (std::size_t i = 0; i < kFrame; ++i)
            out[i] = int16_t(m_last[i] >> m_lossRun);
        std::copy(out, out + kFrame, m_last.begin());
    } else {
        std::fill(out, out + kFrame, int16_t(0));
    }
}

void JitterBuffer::get(int16_t *out, int64_t nowMs)
{
    if (!m_playing) {
        std::fill(out, out + kFrame, int16_t(0));
        return;
    }
    if (++m_quietTicks > kQuietTicksToStop) {
        // no packets for a second (hold, a dead link): the next packet starts a new playout
        m_playing = false;
        m_pendingConcealed = 0;
        std::fill(out, out + kFrame, int16_t(0));
        m_stats.depthMs = 0;
        return;
    }
    ++m_sinceGrowth;
    if (++m_calmTicks >= kCalmTicksToShrink) {
        m_calmTicks = 0;
        if (m_targetFrames > kMinTargetFrames)
            --m_targetFrames;
    }
    int delay = delayFrames();
    if (delay < m_targetFrames && m_quietTicks <= 1) {
        // the delay must grow: play a made-up frame and let the playout point wait
        conceal(out);
        ++m_stats.stretched;
        m_stats.depthMs = delay * kFrameMs;
        m_stats.targetMs = m_targetFrames * kFrameMs;
        return;
    }
    m_excessTicks = delay > m_targetFrames + 1 ? m_excessTicks + 1 : 0;
    if (m_excessTicks >= kExcessTicksToSkip) {
        // more waiting than needed for a while (not a packet that came early): drop a frame
        m_excessTicks = 0;
        slotFor(m_playTs).filled = false;
        m_playTs += kFrame;
        ++m_stats.skipped;
        --delay;
    }
    Slot &slot = slotFor(m_playTs);
    if (slot.filled && slot.timestamp == m_playTs) {
        std::copy(slot.samples.begin(), slot.samples.end(), out);
        std::copy(slot.samples.begin(), slot.samples.end(), m_last.begin());
        slot.filled = false;
        m_lossRun = 0;
        ++m_stats.played;
        if (nowMs >= 0) {
            const double wait = double(std::max<int64_t>(0, nowMs - slot.arrivalMs));
            m_stats.meanWaitMs = m_stats.played == 1 ? wait
                                                     : m_stats.meanWaitMs + (wait - m_stats.meanWaitMs) / 16.0;
        }
    } else {
        // counted once a later frame arrives: a gap, not the end of what the other side sent
        if (m_stats.played > 0)
            ++m_pendingConcealed;
        conceal(out);
    }
    m_playTs += kFrame;
    m_stats.depthMs = std::max(0, delay - 1) * kFrameMs;
    m_stats.targetMs = m_targetFrames * kFrameMs;
}

} // namespace Nav::Telephony

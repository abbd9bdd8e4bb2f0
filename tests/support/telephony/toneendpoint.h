// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "telephony/audioendpoint.h"
#include "telephony/tonemeasure.h"

#include <atomic>
#include <cmath>
#include <vector>

namespace Nav::Test {

// An audio endpoint for tests: "speaks" a sine tone and keeps what it hears (up to a fixed
// length, allocated up front: it runs on the SIP thread). tonePower() measures a frequency in
// what was heard with a Goertzel filter, relative to the total power.
class ToneEndpoint : public Nav::Telephony::AudioEndpoint
{
public:
    explicit ToneEndpoint(double frequencyHz, int maxSeconds = 30)
        : m_frequency(frequencyHz)
        , m_heard(std::size_t(maxSeconds) * kSampleRate)
    {
    }

    void capture(int16_t *out, std::size_t count) override
    {
        const double step = 2.0 * M_PI * m_frequency.load() / kSampleRate;
        for (std::size_t i = 0; i < count; ++i) {
            out[i] = int16_t(8000.0 * std::sin(m_phase));
            m_phase += step;
            if (m_phase > 2.0 * M_PI)
                m_phase -= 2.0 * M_PI;
        }
        m_captured.fetch_add(count);
    }

    void play(const int16_t *in, std::size_t count) override
    {
        std::size_t at = m_heardCount.load(std::memory_order_relaxed);
        for (std::size_t i = 0; i < count && at < m_heard.size(); ++i)
            m_heard[at++] = in[i];
        m_heardCount.store(at, std::memory_order_release);
    }

    void setFrequency(double hz) { m_frequency.store(hz); }
    std::size_t heardSamples() const { return m_heardCount.load(std::memory_order_acquire); }
    std::size_t capturedSamples() const { return m_captured.load(); }
    void forget() { m_heardCount.store(0, std::memory_order_release); }

    // Share of the power of the heard samples [from, from+count) that lies at `hz` (0..1).
    double tonePower(double hz, std::size_t from = 0, std::size_t count = 0) const
    {
        const std::size_t end = heardSamples();
        if (count == 0 || from + count > end)
            count = end > from ? end - from : 0;
        return Nav::Test::tonePower(m_heard.data() + from, count, hz);
    }

    // Root mean square of the heard samples in [from, from+count).
    double rms(std::size_t from = 0, std::size_t count = 0) const
    {
        const std::size_t end = heardSamples();
        if (count == 0 || from + count > end)
            count = end > from ? end - from : 0;
        if (!count)
            return 0;
        double total = 0;
        for (std::size_t i = from; i < from + count; ++i)
            total += double(m_heard[i]) * m_heard[i];
        return std::sqrt(total / double(count));
    }

private:
    std::atomic<double> m_frequency;
    double m_phase = 0;
    std::vector<int16_t> m_heard;
    std::atomic<std::size_t> m_heardCount{0};
    std::atomic<std::size_t> m_captured{0};
};

} // namespace Nav::Test

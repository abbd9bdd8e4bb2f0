// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/voiceprocessor.h"

#include <speex/speex_echo.h>
#include <speex/speex_preprocess.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>

namespace Nav::Telephony {

VoiceProcessor::VoiceProcessor(AudioEndpoint *inner, bool echoCancellation, bool noiseSuppression)
    : m_inner(inner)
    , m_echoOn(echoCancellation)
    , m_noiseOn(noiseSuppression)
{
    constexpr int frame = int(kFrameSamples);
    constexpr int tail = kSampleRate * kTailMs / 1000;
    m_echo = speex_echo_state_init(frame, tail);
    int rate = kSampleRate;
    speex_echo_ctl(m_echo, SPEEX_ECHO_SET_SAMPLING_RATE, &rate);
    m_pre = speex_preprocess_state_init(frame, kSampleRate);
    configurePreprocessor();
}

VoiceProcessor::~VoiceProcessor()
{
    speex_preprocess_state_destroy(m_pre);
    speex_echo_state_destroy(m_echo);
}

void VoiceProcessor::configurePreprocessor()
{
    int denoise = m_noiseOn ? 1 : 0;
    speex_preprocess_ctl(m_pre, SPEEX_PREPROCESS_SET_DENOISE, &denoise);
    int suppress = -25; // dB of noise attenuation (speexdsp's default is -15)
    speex_preprocess_ctl(m_pre, SPEEX_PREPROCESS_SET_NOISE_SUPPRESS, &suppress);
    int off = 0;
    speex_preprocess_ctl(m_pre, SPEEX_PREPROCESS_SET_AGC, &off);
    speex_preprocess_ctl(m_pre, SPEEX_PREPROCESS_SET_DEREVERB, &off);
    // the residual echo the adaptive filter leaves is suppressed here, when cancelling
    speex_preprocess_ctl(m_pre, SPEEX_PREPROCESS_SET_ECHO_STATE, m_echoOn ? m_echo : nullptr);
}

void VoiceProcessor::setOptions(bool echoCancellation, bool noiseSuppression)
{
    if (echoCancellation == m_echoOn && noiseSuppression == m_noiseOn)
        return;
    if (echoCancellation && !m_echoOn)
        speex_echo_state_reset(m_echo);
    m_echoOn = echoCancellation;
    m_noiseOn = noiseSuppression;
    configurePreprocessor();
}

void VoiceProcessor::capture(int16_t *out, std::size_t count)
{
    if (count != kFrameSamples || (!m_echoOn && !m_noiseOn)) {
        m_inner->capture(out, count);
        return;
    }
    m_inner->capture(m_mic, count);
    if (m_echoOn) {
        if (m_framesSinceHint-- <= 0) {
            m_framesSinceHint = 50;
            const int hint = (m_inner->echoDelayHintMs() - kHintMarginMs) / 20;
            const int frames = std::clamp(hint, 0, kHistoryFrames - 2);
            if (std::abs(frames - m_delayFrames) >= 2)
                m_delayFrames = frames;
        }
        const uint64_t newest = m_played > 0 ? m_played - 1 : 0;
        const uint64_t at = newest >= uint64_t(m_delayFrames) ? newest - uint64_t(m_delayFrames) : 0;
        speex_echo_cancellation(m_echo, m_mic, m_history[at % kHistoryFrames], out);
    }
    else
        std::copy(std::begin(m_mic), std::end(m_mic), out);
    speex_preprocess_run(m_pre, out);
}

void VoiceProcessor::play(const int16_t *in, std::size_t count)
{
    if (count == kFrameSamples) {
        std::copy(in, in + count, m_history[m_played % kHistoryFrames]);
        ++m_played;
    }
    m_inner->play(in, count);
}

void VoiceProcessor::setActive(bool active)
{
    if (active && !m_active) {
        speex_echo_state_reset(m_echo);
        for (auto &frame : m_history)
            std::fill(std::begin(frame), std::end(frame), int16_t(0));
        m_played = 0;
        m_framesSinceHint = 0;
    }
    m_active = active;
    m_inner->setActive(active);
}

} // namespace Nav::Telephony

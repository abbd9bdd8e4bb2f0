// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "telephony/audioendpoint.h"

// speexdsp's opaque states (speex/speex_echo.h, speex/speex_preprocess.h)
struct SpeexEchoState_;
struct SpeexPreprocessState_;

namespace Nav::Telephony {

// Echo cancellation and noise suppression (speexdsp) between the SIP user agent and the sound
// devices: an AudioEndpoint in front of another one. What is played is the echo canceller's
// reference; what the microphone captures has that echo taken out (an adaptive filter of
// kTailMs, then speexdsp's residual echo suppression) and stationary background noise
// lowered, before it is sent. Like every AudioEndpoint its calls run on the SIP thread every
// packet time: the states are made once here, capture() and play() neither lock, allocate nor
// log. Both features can be switched on the same thread while calls run.
class VoiceProcessor : public AudioEndpoint
{
public:
    static constexpr int kTailMs = 200;
    // The reference is delayed by the inner endpoint's echoDelayHintMs() less this margin
    // (the tail then covers from there on), re-read each second, changed by 2 frames or more.
    static constexpr int kHintMarginMs = 40;
    static constexpr int kHistoryFrames = 32; // 640 ms of what was played

    VoiceProcessor(AudioEndpoint *inner, bool echoCancellation, bool noiseSuppression);
    ~VoiceProcessor() override;
    VoiceProcessor(const VoiceProcessor &) = delete;
    VoiceProcessor &operator=(const VoiceProcessor &) = delete;

    void setOptions(bool echoCancellation, bool noiseSuppression);
    bool echoCancellation() const { return m_echoOn; }
    bool noiseSuppression() const { return m_noiseOn; }
    // How many frames the echo canceller's reference is delayed by (from the endpoint's hint).
    int referenceDelayFrames() const { return m_delayFrames; }

    void capture(int16_t *out, std::size_t count) override;
    void play(const int16_t *in, std::size_t count) override;
    // A call starting afresh: the canceller forgets the last call's room and line.
    void setActive(bool active) override;
    // The inner endpoint's: this one processes a frame as it is taken, it keeps none.
    int captureReadyFd() const override { return m_inner->captureReadyFd(); }
    std::size_t capturedAvailable() const override { return m_inner->capturedAvailable(); }

private:
    void configurePreprocessor();

    AudioEndpoint *m_inner;
    SpeexEchoState_ *m_echo = nullptr;
    SpeexPreprocessState_ *m_pre = nullptr;
    bool m_echoOn;
    bool m_noiseOn;
    bool m_active = false;
    int16_t m_mic[kFrameSamples] = {};
    // what was played, the newest at m_played - 1: the echo's source
    int16_t m_history[kHistoryFrames][kFrameSamples] = {};
    uint64_t m_played = 0;
    int m_delayFrames = 0;
    int m_framesSinceHint = 0;
};

} // namespace Nav::Telephony

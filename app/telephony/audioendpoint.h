// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <cstddef>
#include <cstdint>

namespace Nav::Telephony {

// Where a call's audio comes from and goes to: 8 kHz, mono, 16-bit samples. Both functions are
// called on the SIP thread every packet time (20 ms), so implementations must not lock,
// allocate or log: they hand samples through lock-free rings to the audio device thread.
class AudioEndpoint
{
public:
    static constexpr int kSampleRate = 8000;
    static constexpr std::size_t kFrameSamples = 160; // 20 ms

    virtual ~AudioEndpoint() = default;
    // Fills `out` with `count` samples of what the navigator says (silence when nothing is
    // captured yet).
    virtual void capture(int16_t *out, std::size_t count) = 0;
    // Takes `count` samples of what the other party says.
    virtual void play(const int16_t *in, std::size_t count) = 0;
    // The call set is about to start or stop using audio (a chance to open or close devices
    // on their own thread; never blocks).
    virtual void setActive(bool active) { (void)active; }
    // How long what play() is given takes to come back into capture() through this endpoint's
    // own queues and devices, as far as it can tell (0 when it cannot): the echo canceller
    // delays its reference by about that much, so that its tail covers the room, not the
    // buffers. Read on the SIP thread: lock-free.
    virtual int echoDelayHintMs() const { return 0; }
    // A file descriptor that turns readable when a whole frame (kFrameSamples) of captured
    // audio waits in capture(), -1 when there is none. The SIP thread then sends at once rather
    // than at its next tick: less delay, and the packets follow the sound card's clock. Read
    // it empty (eventfd) before asking capturedAvailable().
    virtual int captureReadyFd() const { return -1; }
    // Captured samples waiting in capture() now (read on the SIP thread: lock-free).
    virtual std::size_t capturedAvailable() const { return 0; }
};

} // namespace Nav::Telephony

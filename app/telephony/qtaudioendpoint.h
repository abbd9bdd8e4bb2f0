// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "telephony/audioendpoint.h"
#include "telephony/audioring.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

class QMediaDevices;
class QTimer;

namespace Nav::Telephony {

class AudioWorker;

// The navigator's headset through Qt Multimedia, in push mode (pull mode can stall with small
// buffers on this Qt). Devices live on their own thread; the SIP thread hands samples in and out
// through lock-free rings, and bounded ones: what waits longer than ~120 ms is dropped rather
// than heard late. A chosen device that is unplugged is replaced by the system default until it
// comes back, then used again.
class QtAudioEndpoint final : public QObject, public AudioEndpoint
{
    Q_OBJECT
public:
    explicit QtAudioEndpoint(QObject *parent = nullptr);
    ~QtAudioEndpoint() override;

    // QAudioDevice::id() of the wanted devices; empty: the system default.
    void setDevices(const QByteArray &input, const QByteArray &output, const QByteArray &ringing);
    // The incoming-call ring on the ringing device (North American cadence: 2 s on, 4 s off).
    void setRinging(bool ringing);
    // Peak of the microphone over the last packet time, 0..1 (for a level meter).
    float inputLevel() const { return m_level.load(std::memory_order_relaxed); }
    // The devices there are now, as (QAudioDevice::id(), description), for a settings form.
    struct Device
    {
        QByteArray id;
        QString name;
    };
    static QList<Device> inputDevices();
    static QList<Device> outputDevices();
    // Names of the devices in use (empty while closed).
    QString inputName() const;
    QString outputName() const;
    bool isActive() const { return m_active.load(); }

    // How long audio waits inside this endpoint, measured with timestamps on every sample
    // block since it was made: from the microphone's delivery (counting the block's own
    // length) to the moment the SIP thread takes it for an RTP packet, and from the moment the
    // SIP thread hands a frame over to the moment it reaches the speaker (counting what is
    // queued in the device ahead of it).
    struct Latency
    {
        double captureMs = 0, captureMaxMs = 0;
        double playMs = 0, playMaxMs = 0;
        int64_t captureBlocks = 0, playBlocks = 0;
    };
    Latency latency() const;

    // AudioEndpoint (SIP thread)
    void capture(int16_t *out, std::size_t count) override;
    void play(const int16_t *in, std::size_t count) override;
    void setActive(bool active) override;
    int echoDelayHintMs() const override;
    int captureReadyFd() const override { return m_readyFd; }
    std::size_t capturedAvailable() const override { return m_captured.available(); }

Q_SIGNALS:
    // The devices in use changed (opened, closed, one unplugged or back).
    void devicesChanged();
    // A device could not be opened; the message is for the navigator.
    void deviceFailed(const QString &message);

private:
    friend class AudioWorker;
    void rechooseIfDevicesChanged();
    QThread m_thread;
    AudioWorker *m_worker = nullptr;
    QMediaDevices *m_devices = nullptr;
    QByteArray m_wantInput, m_wantOutput, m_wantRinging; // as chosen, even when unplugged
    QByteArray m_deviceSignature;                         // ids of the devices last seen
    QTimer *m_devicePoll = nullptr;
    AudioRing m_captured{4096};
    AudioRing m_toPlay{4096};
    ArrivalLog m_capturedLog{true};
    ArrivalLog m_playLog{false};
    WaitMeter m_captureWait;
    WaitMeter m_playWait;
    int m_readyFd = -1; // eventfd: a frame of captured audio waits
    std::atomic<float> m_level{0};
    std::atomic<bool> m_active{false};
};

} // namespace Nav::Telephony

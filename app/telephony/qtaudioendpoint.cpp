// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/qtaudioendpoint.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QAudioSource>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QMutex>
#include <QTimer>

#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <memory>

Q_LOGGING_CATEGORY(lcAudio, "nav.telephony.audio", QtInfoMsg)

namespace Nav::Telephony {

namespace {
constexpr int kPumpMs = 10;
constexpr std::size_t kMaxPlayBacklog = 960;    // 120 ms waiting for the speaker, at most
constexpr std::size_t kMaxCaptureBacklog = 800; // 100 ms waiting for the network, at most
// The device's own queue is delay the navigator hears, so it is kept small; a smaller sink
// buffer made the PulseAudio loop in telephony.audio glitch (PulseAudio restarts a stream only
// once its buffer is full again). The microphone delivers every 20 ms, and each delivery wakes
// the SIP thread to send it at once (captureReadyFd): a 20 ms period no longer starves packets
// the way it did when a timer took them.
constexpr int kSinkBufferBytes = 640;           // 40 ms asked, 30 ms granted
constexpr int kSourceBufferBytes = 320;         // 20 ms
constexpr int kRingRingBufferBytes = 2560;      // the ring tone is not in a hurry
constexpr int kStandingChecks = 25;             // pumps (250 ms) to call a queue standing
constexpr std::size_t kPlayMargin = 40;         // 5 ms kept against a late frame

QAudioFormat voiceFormat()
{
    QAudioFormat f;
    f.setSampleRate(AudioEndpoint::kSampleRate);
    f.setChannelCount(1);
    f.setSampleFormat(QAudioFormat::Int16);
    return f;
}

QAudioDevice pick(const QList<QAudioDevice> &devices, const QByteArray &id,
                  const QAudioDevice &fallback)
{
    if (!id.isEmpty()) {
        for (const QAudioDevice &d : devices) {
            if (d.id() == id)
                return d;
        }
    }
    return fallback;
}

// Which devices exist and which are the defaults, to notice a change.
int64_t nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray deviceSignature()
{
    QByteArray signature;
    for (const QAudioDevice &d : QMediaDevices::audioInputs())
        signature += "i:" + d.id() + (d.isDefault() ? "*" : "") + '\n';
    for (const QAudioDevice &d : QMediaDevices::audioOutputs())
        signature += "o:" + d.id() + (d.isDefault() ? "*" : "") + '\n';
    return signature;
}
} // namespace

// Lives on the audio thread: owns the Qt audio objects and moves samples between them and the
// rings every few milliseconds.
class AudioWorker : public QObject
{
public:
    explicit AudioWorker(QtAudioEndpoint *endpoint)
        : m_endpoint(endpoint)
    {
    }

    void init()
    {
        m_pump = new QTimer(this);
        m_pump->setTimerType(Qt::PreciseTimer);
        m_pump->setInterval(kPumpMs);
        QObject::connect(m_pump, &QTimer::timeout, this, [this] { pump(); });
        m_scratch.resize(4096);
        m_captureScratch.resize(1024);
    }

    void shutdown()
    {
        closeCall();
        closeRing();
    }

    void configure(const QAudioDevice &in, const QAudioDevice &out, const QAudioDevice &ring)
    {
        const bool callChanged = in != m_inDevice || out != m_outDevice;
        const bool ringChanged = ring != m_ringDevice;
        m_inDevice = in;
        m_outDevice = out;
        m_ringDevice = ring;
        if (callChanged && (m_sink || m_source)) {
            // reopen on the devices now chosen (a headset plugged or unplugged)
            closeCall();
            openCall();
        }
        if (ringChanged && m_ringSink) {
            closeRing();
            openRing();
        }
    }

    void setActive(bool active)
    {
        if (active)
            openCall();
        else
            closeCall();
    }

    void setRinging(bool ringing)
    {
        if (ringing)
            openRing();
        else
            closeRing();
    }

    QString inputName() const
    {
        QMutexLocker lock(&m_namesMutex);
        return m_inputName;
    }
    QString outputName() const
    {
        QMutexLocker lock(&m_namesMutex);
        return m_outputName;
    }

private:
    void openCall()
    {
        if (m_sink || m_source)
            return;
        const QAudioFormat format = voiceFormat();
        if (!m_outDevice.isNull()) {
            m_sink = std::make_unique<QAudioSink>(m_outDevice, format);
            m_sink->setBufferSize(kSinkBufferBytes);
            m_sinkIo = m_sink->start();
            if (!m_sinkIo) {
                fail(QtAudioEndpoint::tr("The speaker or headset \"%1\" could not be opened.")
                         .arg(m_outDevice.description()));
                m_sink.reset();
            }
        } else {
            fail(QtAudioEndpoint::tr("No speaker or headset is connected."));
        }
        if (!m_inDevice.isNull()) {
            m_source = std::make_unique<QAudioSource>(m_inDevice, format);
            m_source->setBufferSize(kSourceBufferBytes);
            m_sourceIo = m_source->start();
            if (!m_sourceIo) {
                fail(QtAudioEndpoint::tr("The microphone \"%1\" could not be opened.")
                         .arg(m_inDevice.description()));
                m_source.reset();
            } else {
                QObject::connect(m_sourceIo, &QIODevice::readyRead, this, [this] { captured(); });
            }
        } else {
            fail(QtAudioEndpoint::tr("No microphone is connected."));
        }
        {
            QMutexLocker lock(&m_namesMutex);
            m_inputName = m_source ? m_inDevice.description() : QString();
            m_outputName = m_sink ? m_outDevice.description() : QString();
        }
        m_pump->start();
        changed();
    }

    void closeCall()
    {
        if (m_source)
            m_source->stop();
        if (m_sink)
            m_sink->stop();
        m_source.reset();
        m_sink.reset();
        m_sourceIo = nullptr;
        m_sinkIo = nullptr;
        {
            QMutexLocker lock(&m_namesMutex);
            m_inputName.clear();
            m_outputName.clear();
        }
        if (!m_ringSink)
            m_pump->stop();
        m_endpoint->m_level.store(0);
        changed();
    }

    void openRing()
    {
        if (m_ringSink || m_ringDevice.isNull())
            return;
        m_ringSink = std::make_unique<QAudioSink>(m_ringDevice, voiceFormat());
        m_ringSink->setBufferSize(kRingRingBufferBytes);
        m_ringIo = m_ringSink->start();
        if (!m_ringIo) {
            m_ringSink.reset();
            return;
        }
        m_ringPosition = 0;
        m_pump->start();
    }

    void closeRing()
    {
        if (m_ringSink)
            m_ringSink->stop();
        m_ringSink.reset();
        m_ringIo = nullptr;
        if (!m_sink && !m_source)
            m_pump->stop();
    }

    void captured()
    {
        if (!m_sourceIo)
            return;
        // read into a buffer made once: nothing allocated per packet
        for (;;) {
            const qint64 got = m_sourceIo->read(reinterpret_cast<char *>(m_captureScratch.data()),
                                                qint64(m_captureScratch.size() * 2));
            if (got <= 0)
                break;
            const std::size_t n = std::size_t(got) / 2;
            int peak = 0;
            for (std::size_t i = 0; i < n; ++i)
                peak = std::max(peak, std::abs(int(m_captureScratch[i])));
            m_endpoint->m_level.store(float(peak) / 32768.0F, std::memory_order_relaxed);
            m_endpoint->m_captured.write(m_captureScratch.data(), n);
            m_endpoint->m_capturedLog.note(m_endpoint->m_captured.writeTotal(), nowUs());
        }
        // wake the SIP thread when a packet's worth waits (a syscall: no lock, no allocation)
        if (m_endpoint->m_readyFd >= 0
            && m_endpoint->m_captured.available() >= AudioEndpoint::kFrameSamples) {
            const uint64_t one = 1;
            (void)!::write(m_endpoint->m_readyFd, &one, sizeof(one));
        }
    }

    void pump()
    {
        AudioRing &ring = m_endpoint->m_toPlay;
        if (m_sinkIo && m_sink)
            standingQueue(ring); // an empty ring counts: the queue did not stand
        // nothing to play: leave the sound server alone (bytesFree() takes its lock)
        if (m_sinkIo && m_sink && ring.available() > 0) {
            ring.trimTo(kMaxPlayBacklog);
            const qsizetype free = std::max<qsizetype>(0, m_sink->bytesFree());
            const std::size_t room = std::size_t(free) / 2;
            const std::size_t first = ring.readTotal();
            const std::size_t n = ring.read(m_scratch.data(), std::min(room, m_scratch.size()));
            if (n) {
                // waited in the ring, and will wait behind what the device still holds
                const int64_t at = m_endpoint->m_playLog.timeOf(first);
                const int64_t queuedUs = int64_t(std::max<qsizetype>(0, m_sink->bufferSize() - free)) * 1000 / 16;
                if (at >= 0)
                    m_endpoint->m_playWait.add(nowUs() - at + queuedUs);
                m_sinkIo->write(reinterpret_cast<const char *>(m_scratch.data()), qint64(n * 2));
            }
        }
        if (m_ringIo && m_ringSink) {
            const std::size_t room =
                std::min<std::size_t>(std::size_t(std::max<qsizetype>(0, m_ringSink->bytesFree())) / 2,
                                      m_scratch.size());
            constexpr std::size_t period = 6 * AudioEndpoint::kSampleRate; // 2 s on, 4 s off
            for (std::size_t i = 0; i < room; ++i) {
                const std::size_t at = (m_ringPosition + i) % period;
                double v = 0;
                if (at < 2 * AudioEndpoint::kSampleRate) {
                    const double t = double(at) / AudioEndpoint::kSampleRate;
                    v = 0.25 * (std::sin(2 * M_PI * 440 * t) + std::sin(2 * M_PI * 480 * t));
                }
                m_scratch[i] = int16_t(v * 16000);
            }
            m_ringPosition += room;
            if (room)
                m_ringIo->write(reinterpret_cast<const char *>(m_scratch.data()), qint64(room * 2));
        }
    }

    // What waits in the ring while the device is full is delay heard on every word. Frames
    // come in at the rate the device plays them, so whatever stood there for a quarter of a
    // second stays for the whole call: drop it (once, a few ms), keeping a small margin.
    void standingQueue(AudioRing &ring)
    {
        m_leastQueued = std::min(m_leastQueued, ring.available());
        if (++m_queueChecks < kStandingChecks)
            return;
        if (m_leastQueued > kPlayMargin)
            ring.trimTo(ring.available() - (m_leastQueued - kPlayMargin));
        m_queueChecks = 0;
        m_leastQueued = SIZE_MAX;
    }

    void fail(const QString &message)
    {
        qCWarning(lcAudio) << "audio device problem";
        QtAudioEndpoint *e = m_endpoint;
        QMetaObject::invokeMethod(e, [e, message] { Q_EMIT e->deviceFailed(message); },
                                  Qt::QueuedConnection);
    }

    void changed()
    {
        QtAudioEndpoint *e = m_endpoint;
        QMetaObject::invokeMethod(e, [e] { Q_EMIT e->devicesChanged(); }, Qt::QueuedConnection);
    }

    QtAudioEndpoint *m_endpoint;
    QTimer *m_pump = nullptr;
    std::vector<int16_t> m_scratch;
    std::vector<int16_t> m_captureScratch;
    QAudioDevice m_inDevice, m_outDevice, m_ringDevice;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<QAudioSource> m_source;
    std::unique_ptr<QAudioSink> m_ringSink;
    QIODevice *m_sinkIo = nullptr;
    QIODevice *m_sourceIo = nullptr;
    QIODevice *m_ringIo = nullptr;
    std::size_t m_ringPosition = 0;
    std::size_t m_leastQueued = SIZE_MAX; // the ring's lowest level in this window
    int m_queueChecks = 0;
    mutable QMutex m_namesMutex; // names only: never taken on the SIP thread
    QString m_inputName, m_outputName;
};

QtAudioEndpoint::QtAudioEndpoint(QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
{
    m_readyFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    m_thread.setObjectName(QStringLiteral("nav-audio"));
    m_worker = new AudioWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::TimeCriticalPriority);
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->init(); }, Qt::BlockingQueuedConnection);
    // a device plugged or unplugged: choose again (the wanted one when it is back)
    connect(m_devices, &QMediaDevices::audioInputsChanged, this,
            &QtAudioEndpoint::rechooseIfDevicesChanged);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this,
            &QtAudioEndpoint::rechooseIfDevicesChanged);
    // Qt 6.4's PulseAudio backend updates its device list without always signalling it: look
    // at the list every second as well (it is a cached map, cheap to read)
    m_devicePoll = new QTimer(this);
    m_devicePoll->setInterval(1000);
    connect(m_devicePoll, &QTimer::timeout, this, &QtAudioEndpoint::rechooseIfDevicesChanged);
    m_devicePoll->start();
    setDevices({}, {}, {});
}

QtAudioEndpoint::~QtAudioEndpoint()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->shutdown(); },
                              Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    if (m_readyFd >= 0)
        ::close(m_readyFd);
}

void QtAudioEndpoint::setDevices(const QByteArray &input, const QByteArray &output,
                                 const QByteArray &ringing)
{
    m_wantInput = input;
    m_wantOutput = output;
    m_wantRinging = ringing;
    m_deviceSignature = deviceSignature();
    const QAudioDevice in = pick(QMediaDevices::audioInputs(), input,
                                 QMediaDevices::defaultAudioInput());
    const QAudioDevice out = pick(QMediaDevices::audioOutputs(), output,
                                  QMediaDevices::defaultAudioOutput());
    const QAudioDevice ring = pick(QMediaDevices::audioOutputs(), ringing, out);
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, in, out, ring] { w->configure(in, out, ring); },
        Qt::QueuedConnection);
}

void QtAudioEndpoint::rechooseIfDevicesChanged()
{
    if (deviceSignature() == m_deviceSignature)
        return;
    setDevices(m_wantInput, m_wantOutput, m_wantRinging);
}

void QtAudioEndpoint::setRinging(bool ringing)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, ringing] { w->setRinging(ringing); },
                              Qt::QueuedConnection);
}

QList<QtAudioEndpoint::Device> QtAudioEndpoint::inputDevices()
{
    QList<Device> list;
    for (const QAudioDevice &d : QMediaDevices::audioInputs())
        list.append({d.id(), d.description()});
    return list;
}

QList<QtAudioEndpoint::Device> QtAudioEndpoint::outputDevices()
{
    QList<Device> list;
    for (const QAudioDevice &d : QMediaDevices::audioOutputs())
        list.append({d.id(), d.description()});
    return list;
}

QString QtAudioEndpoint::inputName() const
{
    return m_worker->inputName();
}

QString QtAudioEndpoint::outputName() const
{
    return m_worker->outputName();
}

QtAudioEndpoint::Latency QtAudioEndpoint::latency() const
{
    Latency l;
    l.captureMs = m_captureWait.meanMs();
    l.captureMaxMs = m_captureWait.maxMs();
    l.captureBlocks = m_captureWait.count();
    l.playMs = m_playWait.meanMs();
    l.playMaxMs = m_playWait.maxMs();
    l.playBlocks = m_playWait.count();
    return l;
}

int QtAudioEndpoint::echoDelayHintMs() const
{
    // the measured waits in the play queue and since capture: the part of the echo path this
    // endpoint sees (the sound server's own buffers come on top)
    return int(m_playWait.meanMs() + m_captureWait.meanMs());
}

void QtAudioEndpoint::capture(int16_t *out, std::size_t count)
{
    m_captured.trimTo(kMaxCaptureBacklog);
    const std::size_t first = m_captured.readTotal();
    const std::size_t n = m_captured.read(out, count);
    if (n) {
        // the oldest sample of this packet: how long since the microphone captured it
        const int64_t at = m_capturedLog.timeOf(first);
        if (at >= 0)
            m_captureWait.add(nowUs() - at);
    }
    if (n < count)
        std::fill(out + n, out + count, int16_t(0));
}

void QtAudioEndpoint::play(const int16_t *in, std::size_t count)
{
    m_toPlay.write(in, count);
    m_playLog.note(m_toPlay.writeTotal(), nowUs());
}

void QtAudioEndpoint::setActive(bool active)
{
    if (m_active.exchange(active) == active)
        return;
    // from the SIP thread: never wait for the audio thread
    QMetaObject::invokeMethod(m_worker, [w = m_worker, active] { w->setActive(active); },
                              Qt::QueuedConnection);
}

} // namespace Nav::Telephony

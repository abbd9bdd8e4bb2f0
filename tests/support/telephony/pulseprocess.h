// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace Nav::Test {

// A private PulseAudio daemon for audio tests: a null sink ("navsink", the speaker) whose
// monitor is remapped as a source ("navmic", the microphone: monitor sources are hidden from
// QMediaDevices), so what is played comes back as what is captured. It runs with its own
// XDG_RUNTIME_DIR; start() points this process at it (PULSE_SERVER) before Qt Multimedia is
// first used, and keeps one low-latency stream playing silence so new streams do not stall.
class PulseProcess
{
public:
    PulseProcess();
    ~PulseProcess();
    PulseProcess(const PulseProcess &) = delete;
    PulseProcess &operator=(const PulseProcess &) = delete;

    bool start(QString *error = nullptr);
    void stop();
    static QByteArray sinkName() { return QByteArrayLiteral("navsink"); }
    static QByteArray sourceName() { return QByteArrayLiteral("navmic"); }

    // Runs pactl against this daemon: false with the reason; its standard output in `output`.
    bool pactl(const QStringList &args, QString *error = nullptr, QString *output = nullptr);
    // A second null sink named `name` described as `description` (a headset being plugged in);
    // the module index to unload it with (unplugging), -1 on failure.
    int plugSink(const QString &name, const QString &description);
    bool unplug(int module);
    // `ms` milliseconds of 8 kHz mono samples from a source, recorded by parec (not Qt).
    std::vector<int16_t> record(const QString &source, int ms);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_daemon;
    std::unique_ptr<QProcess> m_keepAwake;
};

} // namespace Nav::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/pulseprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QThread>

namespace Nav::Test {

PulseProcess::PulseProcess() = default;

PulseProcess::~PulseProcess()
{
    stop();
}

bool PulseProcess::pactl(const QStringList &args, QString *error, QString *output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("pactl"), args);
    if (!p.waitForFinished(5000) || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("pactl %1: %2").arg(args.join(u' '),
                                                         QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return true;
}

int PulseProcess::plugSink(const QString &name, const QString &description)
{
    QString index;
    if (!pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                QStringLiteral("sink_name=") + name,
                QStringLiteral("sink_properties=device.description=") + description},
               nullptr, &index))
        return -1;
    bool ok = false;
    const int module = index.toInt(&ok);
    return ok ? module : -1;
}

bool PulseProcess::unplug(int module)
{
    return pactl({QStringLiteral("unload-module"), QString::number(module)});
}

std::vector<int16_t> PulseProcess::record(const QString &source, int ms)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("parec"),
            {QStringLiteral("--device=") + source, QStringLiteral("--raw"),
             QStringLiteral("--format=s16le"), QStringLiteral("--rate=8000"),
             QStringLiteral("--channels=1"), QStringLiteral("--latency-msec=20")});
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    std::vector<int16_t> samples;
    if (!p.waitForStarted(5000))
        return samples;
    // a new record stream can take a second to deliver its first samples: count from those
    QByteArray bytes;
    if (p.waitForReadyRead(5000))
        bytes = p.readAllStandardOutput();
    QDeadlineTimer until(ms);
    while (!until.hasExpired())
        p.waitForReadyRead(int(std::max<qint64>(1, until.remainingTime())));
    p.terminate();
    p.waitForFinished(3000);
    bytes += p.readAllStandardOutput();
    const auto *s = reinterpret_cast<const int16_t *>(bytes.constData());
    samples.assign(s, s + bytes.size() / 2);
    return samples;
}

bool PulseProcess::start(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("no temporary directory for PulseAudio");
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir->path());
    env.insert(QStringLiteral("HOME"), m_dir->path());
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessEnvironment(env);
    m_daemon->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_daemon->start(QStringLiteral("pulseaudio"),
                    {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
                     QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--log-level=error"),
                     QStringLiteral("-L"), QStringLiteral("module-native-protocol-unix"),
                     QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=navsink"),
                     QStringLiteral("-L"),
                     QStringLiteral("module-remap-source master=navsink.monitor source_name=navmic")});
    if (!m_daemon->waitForStarted(5000)) {
        if (error)
            *error = QStringLiteral("pulseaudio did not start (is the pulseaudio package installed?)");
        return false;
    }
    const QString socket = m_dir->path() + QStringLiteral("/pulse/native");
    QDeadlineTimer deadline(10000);
    QString why;
    while (!pactl({QStringLiteral("info")}, &why)) {
        if (deadline.hasExpired() || m_daemon->state() != QProcess::Running) {
            if (error)
                *error = QStringLiteral("PulseAudio did not answer: %1").arg(why);
            return false;
        }
        QThread::msleep(100);
    }
    if (!pactl({QStringLiteral("set-default-sink"), QStringLiteral("navsink")}, error)
        || !pactl({QStringLiteral("set-default-source"), QStringLiteral("navmic")}, error))
        return false;
    // one low-latency stream keeps the null sink's latency low for the streams under test
    m_keepAwake = std::make_unique<QProcess>();
    m_keepAwake->setProcessEnvironment(env);
    m_keepAwake->start(QStringLiteral("pacat"),
                       {QStringLiteral("--playback"), QStringLiteral("--raw"),
                        QStringLiteral("--latency-msec=10"), QStringLiteral("/dev/zero")});
    if (!m_keepAwake->waitForStarted(5000)) {
        if (error)
            *error = QStringLiteral("pacat did not start (pulseaudio-utils)");
        return false;
    }
    qputenv("XDG_RUNTIME_DIR", m_dir->path().toLocal8Bit());
    qputenv("PULSE_SERVER", QByteArray("unix:") + QFile::encodeName(socket));
    return true;
}

void PulseProcess::stop()
{
    for (auto *p : {m_keepAwake.get(), m_daemon.get()}) {
        if (p && p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(3000)) {
                p->kill();
                p->waitForFinished(1000);
            }
        }
    }
    m_keepAwake.reset();
    m_daemon.reset();
}

} // namespace Nav::Test

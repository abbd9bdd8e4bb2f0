// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/baresipprocess.h"

#include "server/harnessutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>


namespace Nav::Test {

namespace {

QString rigFile(const QString &name)
{
    const QByteArray env = qgetenv("NAV_SOURCE_DIR");
    const QString root = env.isEmpty() ? QStringLiteral(NAV_TELEPHONY_RIG_SOURCE_DIR)
                                       : QString::fromLocal8Bit(env);
    return root + QStringLiteral("/tests/support/telephony/") + name;
}

bool udpAndTcpFree(quint16 port)
{
    QTcpServer tcp;
    QUdpSocket udp;
    return tcp.listen(QHostAddress::LocalHost, port)
           && udp.bind(QHostAddress::LocalHost, port);
}

bool writeTemplate(const QString &from, const QString &to,
                   const QList<std::pair<QByteArray, QByteArray>> &values)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = in.readAll();
    for (const auto &[key, value] : values)
        text.replace(key, value);
    QFile out(to);
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(text) == text.size();
}

} // namespace

BaresipProcess::BaresipProcess(QString user, quint16 registrarPort, QString password, int toneHz)
    : m_user(std::move(user))
    , m_registrarPort(registrarPort)
    , m_password(std::move(password))
    , m_toneHz(toneHz)
{
    QObject::connect(&m_control, &QTcpSocket::readyRead, &m_control, [this] { readControl(); });
}

BaresipProcess::~BaresipProcess()
{
    stop();
}

QString BaresipProcess::aor(quint16 registrarPort) const
{
    return QStringLiteral("sip:%1@127.0.0.1:%2").arg(m_user).arg(registrarPort);
}

bool BaresipProcess::start(QString *error)
{
    auto failWith = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("baresip"));
    const QString sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
    if (exe.isEmpty() || sox.isEmpty())
        return failWith(QStringLiteral("baresip or sox is not installed (packaging/install-deps.sh)"));
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return failWith(QStringLiteral("no temporary folder"));
    const QString dir = m_dir->path();
    QDir(dir).mkpath(QStringLiteral("rec"));
    const QString tone = dir + QStringLiteral("/tone.wav");
    if (QProcess::execute(sox, {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"),
                                QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-b"),
                                QStringLiteral("16"), tone, QStringLiteral("synth"),
                                QStringLiteral("120"), QStringLiteral("sine"),
                                QString::number(m_toneHz), QStringLiteral("vol"),
                                QStringLiteral("0.5")})
        != 0)
        return failWith(QStringLiteral("sox could not make the tone"));

    for (int attempt = 0; attempt < 8; ++attempt) {
        const quint16 sipPort = Harness::freeLoopbackPort();
        if (!udpAndTcpFree(sipPort) || !udpAndTcpFree(quint16(sipPort + 1)))
            continue;
        m_ctrlPort = Harness::freeLoopbackPort();
        if (m_ctrlPort == sipPort || m_ctrlPort == sipPort + 1)
            continue;
        const QList<std::pair<QByteArray, QByteArray>> values = {
            {"@SIP_PORT@", QByteArray::number(sipPort)},
            {"@CTRL_PORT@", QByteArray::number(m_ctrlPort)},
            {"@REGISTRAR_PORT@", QByteArray::number(m_registrarPort)},
            {"@USER@", m_user.toUtf8()},
            {"@PASSWORD@", m_password.toUtf8()},
            {"@TONE_WAV@", tone.toUtf8()},
            {"@RECORD_DIR@", (dir + QStringLiteral("/rec")).toUtf8()},
            {"@CODECS@", m_codecs.toUtf8()},
            {"@MEDIAENC@", m_mediaEnc.isEmpty() ? QByteArray()
                                                : ";mediaenc=" + m_mediaEnc.toUtf8()},
        };
        if (!writeTemplate(rigFile(QStringLiteral("baresip/config.in")),
                           dir + QStringLiteral("/config"), values)
            || !writeTemplate(rigFile(QStringLiteral("baresip/accounts.in")),
                              dir + QStringLiteral("/accounts"), values))
            return failWith(QStringLiteral("cannot write baresip's configuration"));

        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardInputFile(QProcess::nullDevice());
        m_process->start(exe, {QStringLiteral("-f"), dir});
        if (!m_process->waitForStarted(5000))
            return failWith(QStringLiteral("baresip did not start"));
        const QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            m_control.abort();
            m_control.connectToHost(QHostAddress::LocalHost, m_ctrlPort);
            if (m_control.waitForConnected(200))
                return true;
            QTest::qWait(50);
        }
        m_process->kill();
        m_process->waitForFinished(2000);
    }
    return failWith(QStringLiteral("baresip did not come up: ") + QString::fromUtf8(output()));
}

void BaresipProcess::stop()
{
    m_control.abort();
    if (!m_process)
        return;
    if (m_process->state() == QProcess::Running) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            // without a registrar it waits ~32 s for the un-REGISTER; a second SIGTERM ends it
            m_process->terminate();
            if (!m_process->waitForFinished(2000))
                m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

void BaresipProcess::readControl()
{
    m_buffer += m_control.readAll();
    for (;;) {
        const qsizetype colon = m_buffer.indexOf(':');
        if (colon <= 0)
            return;
        bool ok = false;
        const int length = m_buffer.left(colon).toInt(&ok);
        if (!ok) {
            m_buffer.clear();
            return;
        }
        if (m_buffer.size() < colon + 1 + length + 1)
            return;
        const QByteArray json = m_buffer.mid(colon + 1, length);
        m_buffer.remove(0, colon + 1 + length + 1); // the trailing ','
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        if (o.value(QStringLiteral("event")).toBool())
            m_events.append(o);
        else if (o.value(QStringLiteral("response")).toBool())
            m_responses.append(o);
    }
}

bool BaresipProcess::command(const QString &name, const QString &params, QString *data,
                             int timeoutMs)
{
    const QString token = QStringLiteral("t%1").arg(m_nextToken++);
    QJsonObject o{{QStringLiteral("command"), name}, {QStringLiteral("token"), token}};
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    m_control.write(QByteArray::number(json.size()) + ':' + json + ',');
    m_control.flush();
    const bool answered = QTest::qWaitFor(
        [&] {
            for (const QJsonObject &r : std::as_const(m_responses)) {
                if (r.value(QStringLiteral("token")).toString() == token)
                    return true;
            }
            return false;
        },
        timeoutMs);
    if (!answered)
        return false;
    for (const QJsonObject &r : std::as_const(m_responses)) {
        if (r.value(QStringLiteral("token")).toString() == token) {
            if (data)
                *data = r.value(QStringLiteral("data")).toString();
            return r.value(QStringLiteral("ok")).toBool();
        }
    }
    return false;
}

int BaresipProcess::waitForEvent(const QString &type, int timeoutMs, int fromIndex)
{
    int found = -1;
    (void)QTest::qWaitFor(
        [&] {
            for (int i = fromIndex; i < m_events.size(); ++i) {
                if (m_events.at(i).value(QStringLiteral("type")).toString() == type) {
                    found = i;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

QString BaresipProcess::eventTypes() const
{
    QStringList types;
    for (const QJsonObject &e : m_events)
        types << e.value(QStringLiteral("type")).toString() + u'('
                     + e.value(QStringLiteral("param")).toString() + u')';
    return types.join(u' ');
}

QByteArray BaresipProcess::output() const
{
    return m_process ? m_process->readAll() : QByteArray();
}

std::vector<int16_t> BaresipProcess::lastReceived() const
{
    if (!m_dir)
        return {};
    QDir rec(m_dir->path() + QStringLiteral("/rec"));
    const QFileInfoList files = rec.entryInfoList({QStringLiteral("*-dec.wav")}, QDir::Files,
                                                  QDir::Time);
    if (files.isEmpty())
        return {};
    QFile f(files.first().absoluteFilePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray wav = f.readAll();
    // RIFF chunks: "fmt " says channels and rate (Opus records at 48 kHz), "data" the samples
    qsizetype at = 12;
    int channels = 1;
    int rate = 8000;
    while (at + 8 <= wav.size()) {
        const QByteArray id = wav.mid(at, 4);
        const quint32 size = quint8(wav[at + 4]) | quint8(wav[at + 5]) << 8
                             | quint8(wav[at + 6]) << 16 | quint32(quint8(wav[at + 7])) << 24;
        if (id == "fmt " && size >= 8) {
            const auto u16 = [&](qsizetype i) { return int(quint8(wav[i]) | quint8(wav[i + 1]) << 8); };
            channels = std::max(1, u16(at + 10));
            rate = u16(at + 12) | u16(at + 14) << 16;
        }
        if (id == "data") {
            const qsizetype bytes = std::min<qsizetype>(size, wav.size() - at - 8);
            std::vector<int16_t> all(std::size_t(bytes / 2));
            std::memcpy(all.data(), wav.constData() + at + 8, all.size() * 2);
            // the first channel at 8 kHz (what the tests measure): every n-th frame
            const std::size_t step = std::size_t(channels) * std::size_t(std::max(1, rate / 8000));
            if (step == 1)
                return all;
            std::vector<int16_t> samples;
            samples.reserve(all.size() / step);
            for (std::size_t i = 0; i < all.size(); i += step)
                samples.push_back(all[i]);
            return samples;
        }
        at += 8 + size + (size & 1);
    }
    return {};
}

} // namespace Nav::Test

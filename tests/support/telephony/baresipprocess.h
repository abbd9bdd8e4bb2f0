// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTcpSocket>

#include <cstdint>
#include <memory>
#include <vector>

class QTemporaryDir;

namespace Nav::Test {

// baresip 1.0 as the other party of a call: it registers to the rig's Kamailio as `user`,
// answers by itself, plays a sine tone (sox-made WAV) and records what it receives
// (sndfile). It is driven through ctrl_tcp (netstring JSON) and reports call events there.
// See README.md beside this file for the traps (ports SIP and SIP+1, the order of shutdown).
class BaresipProcess
{
public:
    BaresipProcess(QString user, quint16 registrarPort, QString password, int toneHz = 1000);
    ~BaresipProcess();
    BaresipProcess(const BaresipProcess &) = delete;
    BaresipProcess &operator=(const BaresipProcess &) = delete;

    // Media encryption of the account, before start(): "srtp-mand" (RTP/SAVP only), "srtp"
    // (best effort), empty for none (the default).
    void setMediaEncryption(const QString &mode) { m_mediaEnc = mode; }
    // The account's audio codecs in order of preference, before start() (default PCMU,PCMA).
    void setCodecs(const QString &codecs) { m_codecs = codecs; }
    bool start(QString *error = nullptr);
    // SIGTERM (stop it before Kamailio: it un-registers first).
    void stop();
    QString user() const { return m_user; }
    QString aor(quint16 registrarPort) const;

    // Sends a ctrl_tcp command and waits for its answer; false when it failed or timed out.
    bool command(const QString &name, const QString &params = {}, QString *data = nullptr,
                 int timeoutMs = 5000);
    // Waits (running the event loop) for an event of this type after `fromIndex` in events().
    // Returns its index, or -1 on timeout.
    int waitForEvent(const QString &type, int timeoutMs = 5000, int fromIndex = 0);
    const QList<QJsonObject> &events() const { return m_events; }
    QString eventTypes() const; // for failure messages

    // The newest recording of what baresip received (mono 16-bit samples at 8 kHz).
    std::vector<int16_t> lastReceived() const;
    QByteArray output() const;

private:
    void readControl();

    QString m_user;
    quint16 m_registrarPort;
    QString m_password;
    int m_toneHz;
    QString m_mediaEnc;
    QString m_codecs = QStringLiteral("PCMU,PCMA");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QTcpSocket m_control;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
    QList<QJsonObject> m_responses;
    int m_nextToken = 1;
    quint16 m_ctrlPort = 0;
};

} // namespace Nav::Test

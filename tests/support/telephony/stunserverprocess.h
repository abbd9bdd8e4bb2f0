// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QProcess>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Nav::Test {

// coturn (package coturn) as a STUN-only server on 127.0.0.1, on a free UDP port. Ready when
// it answers a Binding request.
class StunServerProcess
{
public:
    StunServerProcess();
    ~StunServerProcess();
    StunServerProcess(const StunServerProcess &) = delete;
    StunServerProcess &operator=(const StunServerProcess &) = delete;

    bool start(QString *error = nullptr);
    void stop();
    quint16 port() const { return m_port; }
    QString address() const; // "127.0.0.1:<port>"

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// Sends a STUN Binding request to 127.0.0.1:port and waits for its success answer.
bool stunAnswers(quint16 port, int timeoutMs);

} // namespace Nav::Test

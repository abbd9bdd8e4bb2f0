// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace Nav::Platform {

// One Navigator per profile and user: the first one listens on a local socket (readable by this
// user only); a second start hands its request (a navigator:// screen-pop link, or "show
// yourself") to the first one and ends, as a desktop's URL handler needs.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    // `key`: what makes instances the same one (the profile folder).
    explicit SingleInstance(const QString &key, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Starts listening; false when another instance already listens (or the socket cannot be
    // made, in which case errorString() says why).
    bool listen();
    QString errorString() const { return m_error; }
    // Hands `message` to the instance listening for `key`; true once it has acknowledged it.
    static bool send(const QString &key, const QString &message, int timeoutMs = 3000);
    // The message a start without a link sends: bring the window forward.
    static QString activateMessage() { return QStringLiteral("activate"); }
    static QString serverName(const QString &key);

Q_SIGNALS:
    void messageReceived(const QString &message);

private:
    QString m_key;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace Nav::Platform

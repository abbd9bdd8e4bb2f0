// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QObject>

namespace Nav::Platform {

// Desktop notifications through the freedesktop.org notification service
// (org.freedesktop.Notifications on the session bus: GNOME Shell, KDE Plasma, dunst, mako...).
//
// A notification is seen by whoever stands near the screen and may be kept in the desktop's
// history, so its text is fixed here and never carries anything about a person: only a count.
// Calls are asynchronous; the future finishes on the calling thread's event loop, even when
// the notifier is destroyed first. With no session bus or no notification server answering,
// the future holds an error and the caller shows the news in its own window instead.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 3000;

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // How long to wait for the server to answer.
    void setCallTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int callTimeout() const { return m_timeoutMs; }
    // Whether the bus may start a notification server that is installed but not running
    // (default true, as desktops expect).
    void setAutoStartServer(bool autoStart) { m_autoStart = autoStart; }

    // "Follow-up due" / "N follow-up(s) due now". Replaces the notification this notifier
    // showed last instead of stacking a new one. Returns the server's notification id.
    QFuture<Result<uint>> notifyFollowUpsDue(int count);
    // Takes the last notification off the screen (e.g. when nothing is due any more).
    void withdraw();

    // Id of the notification on screen, 0 when none (or the server closed it).
    uint currentId() const { return m_currentId; }

Q_SIGNALS:
    // The navigator clicked the notification or its "Open follow-ups" button.
    void activated();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    int m_timeoutMs = kDefaultTimeoutMs;
    bool m_autoStart = true;
    bool m_listening = false;
    uint m_currentId = 0;
};

} // namespace Nav::Platform

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/contact.h"
#include "core/error.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class QTimer;

namespace Nav::Core {
class Clock;
}

namespace Nav::Contacts {

class ContactService;

// Watches the follow-up queue so the workstation can tell the navigator when one falls due,
// even while they are busy in another area. It reads the queue through ContactService every
// interval (a minute by default) and whenever the queue changes; it never writes.
class FollowUpWatcher final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;

    FollowUpWatcher(ContactService &contacts, Core::Clock &clock, QObject *parent = nullptr);
    ~FollowUpWatcher() override;

    // Whether an open follow-up is due at `now`: its date has passed, or it is today and either
    // no time window was given or the window has started. Times are the workstation's local
    // time, as the navigator typed them.
    static bool isDueNow(const Core::FollowUp &followUp, const QDateTime &now);

    void setInterval(int milliseconds);
    int interval() const;

    // Starts watching (checks at once); call when the store is open. stop() pauses it.
    void start();
    void stop();
    bool isActive() const;

    // Follow-ups due now or overdue, as of the last check.
    int dueCount() const { return m_dueCount; }

public Q_SLOTS:
    // Reads the queue now (coalesced with a check already running).
    void check();

Q_SIGNALS:
    // Once per follow-up and per watcher lifetime, when it becomes due.
    void followUpDue(qint64 followUpId);
    void dueCountChanged(int overdueOrDueNow);
    // The queue could not be read (the check is tried again on the next tick).
    void checkFailed(const Nav::Error &error);
    // A check finished (after the signals above).
    void checked();

private:
    ContactService &m_contacts;
    Core::Clock &m_clock;
    QTimer *m_timer = nullptr;
    QSet<qint64> m_notified;
    int m_dueCount = 0;
    bool m_running = false; // a read is in flight
    bool m_again = false;   // something asked for a check while it was
};

} // namespace Nav::Contacts

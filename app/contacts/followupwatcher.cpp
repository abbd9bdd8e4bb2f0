// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/followupwatcher.h"

#include "contacts/contactservice.h"
#include "core/clock.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNavContactsFollowUpWatcher, "nav.contacts.followupwatcher")

namespace Nav::Contacts {

FollowUpWatcher::FollowUpWatcher(ContactService &contacts, Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_contacts(contacts)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    // A coarse timer is enough for minutes and lets the system batch wake-ups.
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &FollowUpWatcher::check);
    connect(&m_contacts, &ContactService::followUpsChanged, this, [this] {
        if (isActive())
            check();
    });
}

FollowUpWatcher::~FollowUpWatcher() = default;

bool FollowUpWatcher::isDueNow(const Core::FollowUp &followUp, const QDateTime &now)
{
    if (followUp.status != Core::FollowUpStatus::Open || !followUp.due.isValid())
        return false;
    const QDateTime local = now.toLocalTime();
    const QDate today = local.date();
    if (followUp.due < today)
        return true;
    if (followUp.due > today)
        return false;
    return !followUp.windowStart.isValid() || local.time() >= followUp.windowStart;
}

void FollowUpWatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(std::max(1, milliseconds));
    m_timer->setTimerType(milliseconds < 10 * 1000 ? Qt::PreciseTimer : Qt::CoarseTimer);
}

int FollowUpWatcher::interval() const
{
    return m_timer->interval();
}

void FollowUpWatcher::start()
{
    m_timer->start();
    check();
}

void FollowUpWatcher::stop()
{
    m_timer->stop();
}

bool FollowUpWatcher::isActive() const
{
    return m_timer->isActive();
}

void FollowUpWatcher::check()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    // Done follow-ups are of no interest here.
    m_contacts.followUps(0).then(this, [this](const Result<QList<FollowUpItem>> &items) {
        m_running = false;
        if (!items) {
            qCWarning(lcNavContactsFollowUpWatcher).noquote()
                << "cannot read the follow-up queue:" << items.error().detail;
            Q_EMIT checkFailed(items.error());
        } else {
            const QDateTime now = m_clock.now();
            int due = 0;
            QList<qint64> newlyDue;
            for (const FollowUpItem &item : *items) {
                if (!isDueNow(item.followUp, now))
                    continue;
                ++due;
                if (!m_notified.contains(item.followUp.id)) {
                    m_notified.insert(item.followUp.id);
                    newlyDue.append(item.followUp.id);
                }
            }
            // The count first, so a listener that reacts to followUpDue sees the new total.
            if (due != m_dueCount) {
                m_dueCount = due;
                Q_EMIT dueCountChanged(due);
            }
            for (qint64 id : std::as_const(newlyDue))
                Q_EMIT followUpDue(id);
        }
        Q_EMIT checked();
        if (m_again)
            check();
    });
}

} // namespace Nav::Contacts

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "storage/outbox.h"
#include "sync/apitransport.h"

#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcNavSyncOutbox)

namespace Nav::Core {
class Clock;
}
namespace Nav::Storage {
class Database;
}

namespace Nav::Sync {

// Sends the outbox (Storage::Outbox) to the server, oldest first, one request at a time so a
// contact always arrives before its follow-up and survey.
// - 2xx: the item is removed (unless a newer version replaced it meanwhile).
// - No answer, timeout, 5xx, 408, 429: the item waits (exponential backoff with jitter, or the
//   server's Retry-After) and the run stops; the timer tries again when the first item is due.
//   Requests are idempotent on the server (PUT by client UUID), so a retry after a lost answer
//   never stores a second copy.
// - Not signed in: the run stops and nothing changes; it resumes after sign-in.
// - A contact the server has at a higher revision (a restored profile): the revision catches up
//   and the contact is sent again.
// - A follow-up changed on the server meanwhile (409): merged (FollowUpMerge) and sent again with
//   If-Match; followUpMerged() tells the navigator what the lead changed.
// - Any other refusal (4xx): the item is held, kept and shown, never silently dropped.
class OutboxPush final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Pushing, Waiting, NeedsSignIn };
    Q_ENUM(State)

    OutboxPush(Storage::Database &db, ApiTransport &api, const Core::Clock &clock,
               QObject *parent = nullptr);

    // Pushes whatever is due now and whenever more becomes due (checked every `pollMs`).
    void start(int pollMs = 15000);
    void stop();
    // Sends what is due now (a no-op while a run is going on: that run picks it up).
    void pushNow();
    // Held and waiting items become due now, then pushNow() ("Sync now" / "Retry").
    void retryAll();

    // The signed-in user's server id, for telling a navigator a follow-up is no longer theirs.
    void setUserId(const QString &id) { m_userId = id; }
    // Source of jitter in [0, 1] (tests make it fixed).
    void setJitter(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    State state() const { return m_state; }
    const Storage::OutboxSummary &summary() const { return m_summary; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void stateChanged(Nav::Sync::OutboxPush::State state);
    void summaryChanged(const Nav::Storage::OutboxSummary &summary);
    void itemSent(const QString &kind, const QString &recordKey);
    void itemHeld(const QString &kind, const QString &recordKey, const QString &message);
    void followUpMerged(const QString &recordKey, const QString &message);
    // A run ended: `sent` items reached the server; `error` is empty when nothing failed.
    void runFinished(int sent, const QString &error);

private:
    struct Pending
    {
        Storage::OutboxItem item;
        int knownRevision = 0; // follow-ups: the server revision to send as If-Match
    };

    void loadDue();
    void sendNext();
    void handle(const Pending &p, const ApiReply &reply);
    void resend(const Pending &p, const QJsonObject &body, int revision);
    void finishRun(const QString &error);
    void refreshSummary();
    void setState(State s);
    void scheduleNextDue();

    Storage::Database &m_db;
    ApiTransport &m_api;
    const Core::Clock &m_clock;
    QTimer m_poll;
    QTimer m_due;
    State m_state = State::Idle;
    bool m_running = false;
    bool m_again = false;
    bool m_retryAfterRun = false;
    QList<Pending> m_queue;
    int m_sent = 0;
    int m_merges = 0; // in this run: a bound against ping-pong
    QString m_userId;
    QString m_lastError;
    Storage::OutboxSummary m_summary;
    std::function<double()> m_jitter;
};

} // namespace Nav::Sync

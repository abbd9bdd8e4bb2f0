// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/agentstate.h"
#include "storage/outbox.h"
#include "sync/apitransport.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>
#include <QTimer>

#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcNavSyncEngine)

namespace Nav::Core {
class Clock;
}
namespace Nav::Storage {
class Database;
}

namespace Nav::Sync {

class DirectoryPull;
class OutboxPush;
class ServerClient;

// The workstation's background sync, on the GUI thread and never blocking it: the directory
// pull (DirectoryPull) every few minutes, the outbox push (OutboxPush) whenever something is
// recorded and every few seconds while items wait, both through the signed-in ServerClient.
//
// It watches every answer that passes (it is the transport of both parts) to tell whether the
// server is reachable, and keeps what the status bar shows: online or offline, the last time
// both directions completed (kept in the store: it survives a restart), the items waiting,
// the last error in plain words, and the progress of a long pull.
class SyncEngine final : public QObject, public ApiTransport
{
    Q_OBJECT
public:
    enum class Connection {
        SignedOut, // no session: nothing is sent, the work waits in the outbox
        Online,    // the last request got an answer from the server
        Offline,   // the last request got none (network, timeout, TLS)
    };
    Q_ENUM(Connection)

    struct Status
    {
        Connection connection = Connection::SignedOut;
        QDateTime lastSuccess;  // UTC; invalid before the first complete sync
        int pending = 0;        // outbox items waiting
        int held = 0;           // outbox items the server refused (kept, shown)
        QString lastError;      // plain words; empty when the last sync went through
        bool busy = false;      // a pull or a push is running
        qint64 pullDone = 0;    // changes applied in the current pull
        qint64 pullTotal = -1;  // its estimate (-1: unknown or no pull running)
        bool operator==(const Status &) const = default;
    };

    SyncEngine(ServerClient &client, Storage::Database &db, const Core::Clock &clock,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    // Every how often the directory is pulled while signed in (default 5 min), and the outbox
    // checked for due items (default 15 s).
    void setPullInterval(int ms);
    void setPushPoll(int ms);

    // Starts the timers and loads the last success time; syncs at once when signed in.
    void start();
    // Pull then push now, retrying held and waiting items ("Sync now").
    void syncNow();
    // Something was recorded: push it now (no pull).
    void pushSoon();

    // The navigator's availability. Each change is queued in the outbox (its own UUID and
    // time: the server keeps the history, once, in order, whatever the network did), and the
    // current state with the time it began is sent at once when signed in, then every minute
    // as a heartbeat (the server shows a state older than 2 minutes as offline).
    void setAgentState(Core::AgentState state);
    Core::AgentState agentState() const { return m_agentState; }
    // Best effort "offline" before signing out; `done` runs when the server answered or failed
    // (at once when not signed in).
    void sendOffline(std::function<void()> done = {});
    // At quit: the same, waiting for the answer at most `waitMs` (a local event loop), so the
    // lead's board shows the navigator gone at once. False when no answer came in time.
    bool sendOfflineAndWait(int waitMs);
    bool isHeartbeating() const { return m_heartbeat.isActive(); }

    Status status() const { return m_status; }
    DirectoryPull &pull() { return *m_pull; }
    OutboxPush &push() { return *m_push; }

    // After a language switch: the last error again, in the new language.
    void retranslate();

    // The status bar's words after the connection: progress, last sync, items waiting or
    // refused, in the current language.
    static QString details(const Status &status);
    // The connection in one or two words ("Online", "Offline"…).
    static QString connectionText(Connection connection);

    // ApiTransport: forwards to the ServerClient and watches the answer.
    void send(const ApiRequest &request, QObject *context, Callback done) override;

Q_SIGNALS:
    void statusChanged(const Nav::Sync::SyncEngine::Status &status);
    // The local directory changed (a pull applied changes): reload what shows it.
    void directoryChanged();
    // A follow-up was merged with a team lead's change: tell the navigator.
    void followUpMerged(const QString &message);
    void syncFailed(const QString &message);
    void agentStateChanged(Nav::Core::AgentState state);
    // The server answered a report of this workstation's agent state (recorded or not): a
    // lead's board read after it shows this workstation as it is.
    void agentStateAnswered(bool recorded);

private:
    void setStatus(const Status &status);
    void onSignedIn();
    void onSignedOut(const QString &message);
    void observe(const ApiReply &reply);
    void pullFinished(bool ok, qint64 changes, const QString &error);
    void pushFinished(int sent, const QString &error);
    void maybeRecordSuccess();
    void updateBusy();
    void sendAgentState();
    void recordAgentState(Core::AgentState state, const QDateTime &at);
    void setError(Status &status, std::function<QString()> words, const QString &text = {});
    bool isNews(const QString &error, const Status &status) const;
    static QString notSignedInWords();
    static std::function<QString()> wordsOf(const ApiReply &reply);

    ServerClient &m_client;
    Storage::Database &m_db;
    const Core::Clock &m_clock;
    DirectoryPull *m_pull = nullptr;
    OutboxPush *m_push = nullptr;
    QTimer m_pullTimer;
    QTimer m_heartbeat;
    Core::AgentState m_agentState = Core::AgentState::Available;
    QDateTime m_agentStateSince; // when the current state began (sent with the heartbeat)
    int m_pushPollMs = 15000;
    bool m_started = false;
    bool m_pullOk = false;    // the last pull ended without error
    bool m_roundPull = false; // a "sync now" round: pull, then push
    QString m_pullError;
    QString m_pushError;
    Status m_status;
    std::function<QString()> m_errorWords; // makes m_status.lastError again (language switch)
    // The words of the last failing reply as they were made. The pull or the push reports the
    // same text later (after a database write), maybe after a language switch: it is not news.
    QString m_observedError;
};

} // namespace Nav::Sync

Q_DECLARE_METATYPE(Nav::Sync::SyncEngine::Status)

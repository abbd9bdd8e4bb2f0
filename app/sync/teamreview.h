// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "sync/apitransport.h"

#include <QDate>
#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcNavSyncTeamReview)

namespace Nav::Core {
class Clock;
}
namespace Nav::Storage {
class Database;
}

namespace Nav::Sync {

// One of the team's follow-ups as the server stores it (StoredFollowUp in the API).
struct TeamFollowUp
{
    QString id;
    QString contactId;
    QString ownerId;
    QString assignedTo; // empty: waiting in the team queue
    QString status;     // open, done, unreachable, cancelled
    QDate due;
    int revision = 0;
    QString comment;
    qint64 updatedAt = 0;
    QString updatedBy;
    int attempts = 0;
    QString lastReach;    // reach code of the latest attempt (reached, no-answer…), empty if none
    QJsonObject document; // the follow-up document, sent back whole with every update

    static TeamFollowUp fromJson(const QJsonObject &stored);
};

struct TeamMember
{
    QString id;
    QString username;
    QString displayName;
    QString role;
};

struct AgentState
{
    QString userId;
    QString displayName;
    QString state;         // available, on-call, wrap-up, break, offline (offline when stale)
    QString reportedState; // what the workstation last said, empty if it never did
    QDateTime since;       // invalid when never reported
    QDateTime lastHeartbeat;
    bool stale = true;
};

// What the lead narrows the list to.
struct ReviewFilter
{
    enum class Who { Everyone, Queue, Member };
    bool overdueOnly = false;
    Who who = Who::Everyone;
    QString memberId; // with Who::Member
    QString status;   // empty: any
};

// The team lead's view of the team, in memory: every follow-up of the team (all pages of
// GET /api/v1/followups?scope=team), the members (GET /api/v1/users) and their agent states
// (GET /api/v1/agent-status). Changes go out as PUT with If-Match; a 409 takes the server's
// current version in place of ours and says so. Logs counts and status codes only.
class TeamReview final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxComment = 2000;

    TeamReview(ApiTransport &transport, Core::Clock &clock, QObject *parent = nullptr);
    ~TeamReview() override;

    // Items per page of the follow-up list (default 200).
    void setPageSize(int items) { m_pageSize = items; }

    // Loads everything again: loaded() or failed().
    void reload();
    bool isLoading() const { return m_pending > 0; }
    bool hasLoaded() const { return m_loadedOnce; }

    QList<TeamFollowUp> followUps() const;
    std::optional<TeamFollowUp> followUp(const QString &id) const;
    QList<TeamMember> members() const { return m_members; }
    // The member's display name (username when it has none); empty for an unknown id.
    QString memberName(const QString &userId) const;
    QList<AgentState> agents() const { return m_agents; }
    // False when the server does not let this account read agent states.
    bool hasAgentStates() const { return m_agentsReadable; }
    QDate today() const;

    // Gives the follow-up to a member of the team, or to the team queue with an empty id.
    void reassign(const QString &followUpId, const QString &userIdOrEmptyForQueue);
    void comment(const QString &followUpId, const QString &text);
    // Reads one of the team's contacts: contactLoaded() or failed().
    void loadContact(const QString &contactId);

    // Offline use: everything last loaded, as the server sent it, with the time it was loaded
    // (kept by the owner in the encrypted store after each snapshotChanged()). restore() shows a
    // snapshot until the next successful reload; asOf() is then its time (invalid when live).
    QJsonObject snapshot() const;
    bool restore(const QJsonObject &snapshot);
    QDateTime asOf() const { return m_restored ? m_loadedAt : QDateTime(); }
    // Keeps each snapshot in the encrypted store (sync_state), so the lead can read the review
    // offline after a restart. restoreKept() shows the kept one (false when there is none);
    // forgetKept() removes it (sign-out, another user). nullptr: keep nothing any more.
    void keepSnapshotsIn(Storage::Database *db) { m_keep = db; }
    QFuture<bool> restoreKept();
    void forgetKept();

    // The last problem in the current language (again after a language switch); empty if none.
    QString errorText() const { return m_errorWords ? m_errorWords() : QString(); }
    void clearError();

    static bool isOverdue(const TeamFollowUp &f, const QDate &today);
    static bool matches(const TeamFollowUp &f, const ReviewFilter &filter, const QDate &today);
    // Pure: the follow-ups that pass the filter, most urgent first (due date, then id).
    static QList<TeamFollowUp> filtered(const QList<TeamFollowUp> &all, const ReviewFilter &filter,
                                        const QDate &today);

Q_SIGNALS:
    void loaded();
    // A follow-up now holds another version (ours saved, or the server's after a conflict).
    void changed(const QString &followUpId);
    void contactLoaded(const QString &contactId, const QJsonObject &storedContact);
    void failed(const QString &message);
    // What snapshot() returns changed (a reload or a saved change): keep it for offline use.
    void snapshotChanged();

private:
    void keepSnapshot();
    static QList<TeamMember> membersFrom(const QJsonArray &items);
    static QList<AgentState> agentsFrom(const QJsonArray &items);
    void fetchFollowUpPage(quint64 generation, qint64 since, const QString &after);
    void partDone(quint64 generation);
    enum class Change { Reassign, Comment };
    void update(const QString &followUpId, const QJsonObject &changes, Change change);
    void fail(std::function<QString()> words);

    ApiTransport &m_transport;
    Core::Clock &m_clock;
    int m_pageSize = 200;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_loadedOnce = false;
    bool m_loadFailed = false;
    QHash<QString, TeamFollowUp> m_followUps;
    QHash<QString, TeamFollowUp> m_incoming; // the pages of a reload in progress
    QHash<QString, QJsonObject> m_rawFollowUps, m_rawIncoming; // as the server sent them
    QJsonArray m_rawMembers, m_rawAgents;
    QDateTime m_loadedAt; // when the shown data came from the server
    bool m_restored = false; // a kept snapshot is shown, not the server's live data
    Storage::Database *m_keep = nullptr;
    QList<TeamMember> m_members;
    QList<AgentState> m_agents;
    bool m_agentsReadable = false;
    std::function<QString()> m_errorWords;
};

} // namespace Nav::Sync

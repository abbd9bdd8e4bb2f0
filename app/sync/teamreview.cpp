// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/teamreview.h"

#include "core/clock.h"
#include "storage/database.h"
#include "sync/serverclient.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcNavSyncTeamReview, "nav.sync.teamreview")

namespace Nav::Sync {

namespace {

QDateTime fromMs(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble()), QTimeZone::systemTimeZone());
}

QString followUpPath(const QString &id)
{
    return QStringLiteral("/api/v1/followups/") + id;
}

} // namespace

TeamFollowUp TeamFollowUp::fromJson(const QJsonObject &o)
{
    TeamFollowUp f;
    f.id = o.value(QLatin1String("id")).toString();
    f.contactId = o.value(QLatin1String("contact_id")).toString();
    f.ownerId = o.value(QLatin1String("owner_id")).toString();
    f.assignedTo = o.value(QLatin1String("assigned_to")).toString();
    f.status = o.value(QLatin1String("status")).toString();
    f.due = QDate::fromString(o.value(QLatin1String("due")).toString(), Qt::ISODate);
    f.revision = o.value(QLatin1String("revision")).toInt();
    f.comment = o.value(QLatin1String("comment")).toString();
    f.updatedAt = qint64(o.value(QLatin1String("updated_at")).toDouble());
    f.updatedBy = o.value(QLatin1String("updated_by")).toString();
    f.document = o.value(QLatin1String("followup")).toObject();
    const QJsonArray attempts = f.document.value(QLatin1String("attempts")).toArray();
    f.attempts = int(attempts.size());
    if (!attempts.isEmpty())
        f.lastReach = attempts.last().toObject().value(QLatin1String("reach")).toString();
    return f;
}

TeamReview::TeamReview(ApiTransport &transport, Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_clock(clock)
{
    connect(this, &TeamReview::snapshotChanged, this, &TeamReview::keepSnapshot);
}

TeamReview::~TeamReview() = default;

QDate TeamReview::today() const
{
    return m_clock.now().toLocalTime().date();
}

QList<TeamFollowUp> TeamReview::followUps() const
{
    return m_followUps.values();
}

std::optional<TeamFollowUp> TeamReview::followUp(const QString &id) const
{
    const auto it = m_followUps.constFind(id);
    if (it == m_followUps.cend())
        return std::nullopt;
    return *it;
}

QString TeamReview::memberName(const QString &userId) const
{
    for (const TeamMember &m : m_members) {
        if (m.id == userId)
            return m.displayName.isEmpty() ? m.username : m.displayName;
    }
    return {};
}

void TeamReview::clearError()
{
    m_errorWords = nullptr;
}

void TeamReview::fail(std::function<QString()> words)
{
    m_errorWords = std::move(words);
    Q_EMIT failed(m_errorWords());
}

QList<TeamMember> TeamReview::membersFrom(const QJsonArray &items)
{
    QList<TeamMember> members;
    for (const QJsonValue &v : items) {
        const QJsonObject u = v.toObject();
        if (u.value(QLatin1String("disabled")).toBool())
            continue;
        members.append({u.value(QLatin1String("id")).toString(),
                        u.value(QLatin1String("username")).toString(),
                        u.value(QLatin1String("display_name")).toString(),
                        u.value(QLatin1String("role")).toString()});
    }
    std::sort(members.begin(), members.end(), [](const TeamMember &a, const TeamMember &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    return members;
}

QList<AgentState> TeamReview::agentsFrom(const QJsonArray &items)
{
    QList<AgentState> states;
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        AgentState s;
        s.userId = a.value(QLatin1String("user_id")).toString();
        s.displayName = a.value(QLatin1String("display_name")).toString();
        if (s.displayName.isEmpty())
            s.displayName = a.value(QLatin1String("username")).toString();
        s.state = a.value(QLatin1String("state")).toString();
        s.reportedState = a.value(QLatin1String("reported_state")).toString();
        s.since = fromMs(a.value(QLatin1String("since")));
        s.lastHeartbeat = fromMs(a.value(QLatin1String("last_heartbeat")));
        s.stale = a.value(QLatin1String("stale")).toBool(true);
        states.append(s);
    }
    return states;
}

QJsonObject TeamReview::snapshot() const
{
    if (!m_loadedOnce)
        return {};
    QJsonArray followUps;
    for (const QJsonObject &f : m_rawFollowUps)
        followUps.append(f);
    return {{QStringLiteral("loaded_at"), m_loadedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("followups"), followUps},
            {QStringLiteral("members"), m_rawMembers},
            {QStringLiteral("agents"), m_rawAgents},
            {QStringLiteral("agents_readable"), m_agentsReadable}};
}

bool TeamReview::restore(const QJsonObject &snapshot)
{
    const QDateTime loadedAt =
        QDateTime::fromString(snapshot.value(QLatin1String("loaded_at")).toString(), Qt::ISODateWithMs);
    if (!loadedAt.isValid() || !snapshot.value(QLatin1String("followups")).isArray())
        return false;
    ++m_generation; // a reload in flight would overwrite it with older news
    m_pending = 0;
    m_rawFollowUps.clear();
    m_followUps.clear();
    for (const QJsonValue &v : snapshot.value(QLatin1String("followups")).toArray()) {
        const TeamFollowUp f = TeamFollowUp::fromJson(v.toObject());
        if (f.id.isEmpty())
            continue;
        m_rawFollowUps.insert(f.id, v.toObject());
        m_followUps.insert(f.id, f);
    }
    m_rawMembers = snapshot.value(QLatin1String("members")).toArray();
    m_members = membersFrom(m_rawMembers);
    m_rawAgents = snapshot.value(QLatin1String("agents")).toArray();
    m_agents = agentsFrom(m_rawAgents);
    m_agentsReadable = snapshot.value(QLatin1String("agents_readable")).toBool();
    m_loadedAt = loadedAt;
    m_restored = true;
    m_loadedOnce = true;
    qCInfo(lcNavSyncTeamReview, "team review restored: %d follow-ups as of the last load",
           int(m_followUps.size()));
    Q_EMIT loaded();
    return true;
}

void TeamReview::keepSnapshot()
{
    if (!m_keep || m_restored)
        return;
    const QString json = QString::fromUtf8(QJsonDocument(snapshot()).toJson(QJsonDocument::Compact));
    m_keep->run<bool>([json](QSqlDatabase &c) -> Result<bool> {
        if (auto r = SyncState::setValue(c, QLatin1String(SyncState::kTeamSnapshot), json); !r)
            return Unexpected(r.error());
        return true;
    });
}

QFuture<bool> TeamReview::restoreKept()
{
    if (!m_keep)
        return QtFuture::makeReadyFuture(false);
    return m_keep
        ->run<QString>([](QSqlDatabase &c) {
            return SyncState::value(c, QLatin1String(SyncState::kTeamSnapshot));
        })
        .then(this, [this](const Result<QString> &kept) {
            if (!kept || kept->isEmpty() || m_loadedOnce)
                return false; // nothing kept, or live data came first
            return restore(QJsonDocument::fromJson(kept->toUtf8()).object());
        });
}

void TeamReview::forgetKept()
{
    if (!m_keep)
        return;
    m_keep->run<bool>([](QSqlDatabase &c) -> Result<bool> {
        if (auto r = SyncState::remove(c, QLatin1String(SyncState::kTeamSnapshot)); !r)
            return Unexpected(r.error());
        return true;
    });
}

// ---- loading -------------------------------------------------------------------------------

void TeamReview::reload()
{
    const quint64 generation = ++m_generation;
    m_pending = 3;
    m_loadFailed = false;
    m_incoming.clear();
    m_rawIncoming.clear();
    fetchFollowUpPage(generation, 0, QString());

    ApiRequest users;
    users.path = QStringLiteral("/api/v1/users");
    m_transport.send(users, this, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (reply.isSuccess()) {
            m_rawMembers = reply.object().value(QLatin1String("items")).toArray();
            m_members = membersFrom(m_rawMembers);
        } else if (!m_loadFailed) {
            m_loadFailed = true;
            qCWarning(lcNavSyncTeamReview, "team members: status %d %s", reply.status,
                      qPrintable(reply.errorCode));
            fail([reply] {
                return reply.status == 403
                           ? tr("Only a team lead can review the team's follow-ups.")
                           : tr("The list of your team's members could not be loaded. %1")
                                 .arg(ServerClient::describe(reply));
            });
        }
        partDone(generation);
    });

    ApiRequest agents;
    agents.path = QStringLiteral("/api/v1/agent-status");
    m_transport.send(agents, this, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (reply.isSuccess()) {
            m_rawAgents = reply.object().value(QLatin1String("items")).toArray();
            m_agents = agentsFrom(m_rawAgents);
            m_agentsReadable = true;
        } else if (reply.status == 403) {
            // Not a lead (any more): no board, and nothing to complain about.
            m_agents.clear();
            m_agentsReadable = false;
        } else if (!m_loadFailed) {
            m_loadFailed = true;
            qCWarning(lcNavSyncTeamReview, "agent states: status %d %s", reply.status,
                      qPrintable(reply.errorCode));
            fail([reply] {
                return tr("The agents' states could not be loaded. %1")
                    .arg(ServerClient::describe(reply));
            });
        }
        partDone(generation);
    });
}

void TeamReview::fetchFollowUpPage(quint64 generation, qint64 since, const QString &after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("scope"), QStringLiteral("team"));
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"), after);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/followups?") + query.toString(QUrl::FullyEncoded);
    m_transport.send(request, this, [this, generation, since, after](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        if (!reply.isSuccess()) {
            qCWarning(lcNavSyncTeamReview, "team follow-ups: status %d %s", reply.status,
                      qPrintable(reply.errorCode));
            if (!m_loadFailed) {
                m_loadFailed = true;
                fail([reply] {
                    return reply.status == 403
                               ? tr("Only a team lead can review the team's follow-ups.")
                               : tr("The team's follow-ups could not be loaded. %1")
                                     .arg(ServerClient::describe(reply));
                });
            }
            partDone(generation);
            return;
        }
        const QJsonObject page = reply.object();
        const QJsonArray items = page.value(QLatin1String("items")).toArray();
        for (const QJsonValue &v : items) {
            // A follow-up changed while we page comes again later: the last one wins.
            TeamFollowUp f = TeamFollowUp::fromJson(v.toObject());
            m_rawIncoming.insert(f.id, v.toObject());
            m_incoming.insert(f.id, f);
        }
        const qint64 nextSince = qint64(page.value(QLatin1String("next_since")).toDouble());
        const QString nextAfter = page.value(QLatin1String("next_after")).toString();
        const bool progressed = nextSince != since || nextAfter != after;
        if (page.value(QLatin1String("has_more")).toBool() && progressed && !items.isEmpty()) {
            fetchFollowUpPage(generation, nextSince, nextAfter);
            return;
        }
        partDone(generation);
    });
}

void TeamReview::partDone(quint64 generation)
{
    if (generation != m_generation || m_pending <= 0)
        return;
    if (--m_pending > 0)
        return;
    if (m_loadFailed) {
        m_incoming.clear();
        m_rawIncoming.clear();
        return; // failed() was emitted; what was shown stays
    }
    m_followUps = std::exchange(m_incoming, {});
    m_rawFollowUps = std::exchange(m_rawIncoming, {});
    m_loadedAt = m_clock.now();
    m_restored = false;
    m_loadedOnce = true;
    clearError();
    qCInfo(lcNavSyncTeamReview, "team review loaded: %d follow-ups, %d members, %d agent states",
           int(m_followUps.size()), int(m_members.size()), int(m_agents.size()));
    Q_EMIT loaded();
    Q_EMIT snapshotChanged();
}

// ---- changes ---------------------------------------------------------------------------------

void TeamReview::reassign(const QString &followUpId, const QString &userIdOrEmptyForQueue)
{
    QJsonObject changes{{QStringLiteral("assigned_to"), userIdOrEmptyForQueue.isEmpty()
                                                            ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(userIdOrEmptyForQueue)}};
    update(followUpId, changes, Change::Reassign);
}

void TeamReview::comment(const QString &followUpId, const QString &text)
{
    if (text.size() > kMaxComment) {
        fail([] {
            return tr("The comment is too long: %1 characters at most.").arg(kMaxComment);
        });
        return;
    }
    update(followUpId, QJsonObject{{QStringLiteral("comment"), text}}, Change::Comment);
}

void TeamReview::update(const QString &followUpId, const QJsonObject &changes, Change change)
{
    const auto current = followUp(followUpId);
    if (!current) {
        fail([] { return tr("This follow-up is no longer in the list. Refresh the list."); });
        return;
    }
    QJsonObject body = changes;
    body.insert(QStringLiteral("followup"), current->document);
    ApiRequest request;
    request.method = "PUT";
    request.path = followUpPath(followUpId);
    request.body = QJsonDocument(body);
    request.headers.append({QByteArrayLiteral("If-Match"),
                            '"' + QByteArray::number(current->revision) + '"'});
    m_transport.send(request, this, [this, followUpId, change](const ApiReply &reply) {
        if (reply.isSuccess()) {
            TeamFollowUp f = TeamFollowUp::fromJson(reply.object());
            if (f.id.isEmpty())
                f.id = followUpId;
            m_followUps.insert(f.id, f);
            m_rawFollowUps.insert(f.id, reply.object());
            clearError();
            Q_EMIT changed(f.id);
            Q_EMIT snapshotChanged();
            return;
        }
        qCWarning(lcNavSyncTeamReview, "follow-up update: status %d %s", reply.status,
                  qPrintable(reply.errorCode));
        if (reply.status == 409) {
            const QJsonObject server = reply.object()
                                           .value(QLatin1String("error"))
                                           .toObject()
                                           .value(QLatin1String("current"))
                                           .toObject();
            const auto changedMeanwhile = [change] {
                return change == Change::Reassign
                           ? tr("Someone changed this follow-up meanwhile, so it was not "
                                "reassigned. It was reloaded and now shows their change: check "
                                "it, then reassign it again if needed.")
                           : tr("Someone changed this follow-up meanwhile, so your comment was "
                                "not saved. It was reloaded and now shows their change: check "
                                "it, then add your comment again.");
            };
            if (!server.isEmpty()) {
                const TeamFollowUp f = TeamFollowUp::fromJson(server);
                m_followUps.insert(f.id, f);
                m_rawFollowUps.insert(f.id, server);
                Q_EMIT changed(f.id);
                Q_EMIT snapshotChanged();
                fail(changedMeanwhile);
                return;
            }
            // A race at the same moment: read the follow-up again.
            ApiRequest read;
            read.path = followUpPath(followUpId);
            m_transport.send(read, this, [this, changedMeanwhile](const ApiReply &again) {
                if (again.isSuccess()) {
                    const TeamFollowUp f = TeamFollowUp::fromJson(again.object());
                    m_followUps.insert(f.id, f);
                    m_rawFollowUps.insert(f.id, again.object());
                    Q_EMIT changed(f.id);
                    Q_EMIT snapshotChanged();
                }
                fail(changedMeanwhile);
            });
            return;
        }
        fail([change, reply] {
            QString why;
            if (reply.status == 404)
                why = tr("It is no longer one of your team's follow-ups. Refresh the list.");
            else if (reply.status == 422
                     && reply.object().value(QLatin1String("error")).toObject().value(
                            QLatin1String("field")).toString()
                            == QLatin1String("assigned_to"))
                why = tr("This person is not an active member of your team any more.");
            else
                why = ServerClient::describe(reply);
            //: %1 says why, in a full sentence
            return change == Change::Reassign ? tr("The follow-up was not reassigned. %1").arg(why)
                                              : tr("The comment was not saved. %1").arg(why);
        });
    });
}

void TeamReview::loadContact(const QString &contactId)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/contacts/") + contactId;
    m_transport.send(request, this, [this, contactId](const ApiReply &reply) {
        if (reply.isSuccess()) {
            Q_EMIT contactLoaded(contactId, reply.object());
            return;
        }
        qCWarning(lcNavSyncTeamReview, "contact read: status %d %s", reply.status,
                  qPrintable(reply.errorCode));
        fail([reply] {
            return reply.status == 404
                       ? tr("This contact is not on the server, or it is not your team's.")
                       : tr("The contact could not be opened. %1").arg(ServerClient::describe(reply));
        });
    });
}

// ---- filters -----------------------------------------------------------------------------------

bool TeamReview::isOverdue(const TeamFollowUp &f, const QDate &today)
{
    return f.status == QLatin1String("open") && f.due.isValid() && f.due < today;
}

bool TeamReview::matches(const TeamFollowUp &f, const ReviewFilter &filter, const QDate &today)
{
    if (filter.overdueOnly && !isOverdue(f, today))
        return false;
    switch (filter.who) {
    case ReviewFilter::Who::Everyone:
        break;
    case ReviewFilter::Who::Queue:
        if (!f.assignedTo.isEmpty())
            return false;
        break;
    case ReviewFilter::Who::Member:
        if (f.assignedTo != filter.memberId)
            return false;
        break;
    }
    return filter.status.isEmpty() || f.status == filter.status;
}

QList<TeamFollowUp> TeamReview::filtered(const QList<TeamFollowUp> &all,
                                         const ReviewFilter &filter, const QDate &today)
{
    QList<TeamFollowUp> out;
    for (const TeamFollowUp &f : all) {
        if (matches(f, filter, today))
            out.append(f);
    }
    std::sort(out.begin(), out.end(), [](const TeamFollowUp &a, const TeamFollowUp &b) {
        // Undated last; then by due date, then by id for a stable order.
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.id < b.id;
    });
    return out;
}

} // namespace Nav::Sync

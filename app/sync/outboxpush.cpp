// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/outboxpush.h"

#include "core/clock.h"
#include "storage/database.h"
#include "sync/followupmerge.h"

#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

Q_LOGGING_CATEGORY(lcNavSyncOutbox, "nav.sync.outbox")

namespace Nav::Sync {

namespace {

const QLatin1String kContact("contact");
const QLatin1String kFollowUp("followup");
constexpr int batchSize = 50;
constexpr int maxMergesPerRun = 5;

int etagRevision(const ApiReply &reply)
{
    QByteArray tag = reply.header("etag");
    tag.replace("W/", "").replace('"', "");
    bool ok = false;
    const int r = tag.trimmed().toInt(&ok);
    return ok ? r : 0;
}

} // namespace

OutboxPush::OutboxPush(Storage::Database &db, ApiTransport &api, const Core::Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_api(api)
    , m_clock(clock)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_poll.setObjectName(QStringLiteral("outboxPollTimer"));
    connect(&m_poll, &QTimer::timeout, this, &OutboxPush::pushNow);
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &OutboxPush::pushNow);
}

void OutboxPush::start(int pollMs)
{
    m_poll.start(pollMs);
    pushNow();
}

void OutboxPush::stop()
{
    m_poll.stop();
    m_due.stop();
}

void OutboxPush::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void OutboxPush::pushNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    m_sent = 0;
    m_merges = 0;
    loadDue();
}

void OutboxPush::retryAll()
{
    // A send in flight may still fail and set its own retry time after the reset: reset once
    // it has ended, so "send now" covers every item.
    if (m_running) {
        m_retryAfterRun = true;
        return;
    }
    m_retryAfterRun = false;
    const QDateTime now = m_clock.now();
    m_db.run<int>([now](QSqlDatabase &db) { return Storage::Outbox::retryAll(db, now); })
        .then(this, [this](const Result<int> &) { pushNow(); });
}

void OutboxPush::loadDue()
{
    const QDateTime now = m_clock.now();
    m_db.run<QList<Pending>>([now](QSqlDatabase &db) -> Result<QList<Pending>> {
            auto due = Storage::Outbox::due(db, now, batchSize);
            if (!due)
                return Unexpected(due.error());
            QList<Pending> out;
            for (const Storage::OutboxItem &item : std::as_const(*due)) {
                Pending p{item, 0};
                if (item.kind == kFollowUp) {
                    auto known = Storage::Outbox::revision(db, item.kind, item.recordKey);
                    if (!known)
                        return Unexpected(known.error());
                    p.knownRevision = *known;
                }
                out.append(p);
            }
            return out;
        })
        .then(this, [this](const Result<QList<Pending>> &due) {
            if (!due) {
                finishRun(due.error().message);
                return;
            }
            if (due->isEmpty()) {
                finishRun({});
                return;
            }
            setState(State::Pushing);
            m_queue = *due;
            sendNext();
        });
}

void OutboxPush::sendNext()
{
    if (m_queue.isEmpty()) {
        loadDue(); // more may have become due (or been added) meanwhile
        return;
    }
    const Pending p = m_queue.takeFirst();
    ApiRequest request;
    request.method = p.item.method;
    request.path = p.item.path;
    QJsonObject body = QJsonDocument::fromJson(p.item.body).object();
    if (p.item.kind == kFollowUp && p.knownRevision > 0) {
        // An update of a follow-up the server has: optimistic concurrency, and never a
        // reassignment from the workstation.
        request.headers.append({QByteArrayLiteral("If-Match"), '"' + QByteArray::number(p.knownRevision) + '"'});
        body.remove(QStringLiteral("assigned_to"));
    }
    request.body = QJsonDocument(body);
    m_api.send(request, this, [this, p](const ApiReply &reply) { handle(p, reply); });
}

void OutboxPush::handle(const Pending &p, const ApiReply &reply)
{
    const Storage::OutboxItem &item = p.item;
    if (reply.isSuccess()) {
        const int revision = item.kind == kFollowUp ? etagRevision(reply) : 0;
        m_db.run<bool>([item, revision](QSqlDatabase &db) -> Result<bool> {
                if (revision > 0) {
                    if (auto r = Storage::Outbox::setRevision(db, item.kind, item.recordKey, revision); !r)
                        return Unexpected(r.error());
                }
                return Storage::Outbox::markSent(db, item.id, item.generation);
            })
            .then(this, [this, item](const Result<bool> &done) {
                if (!done) {
                    finishRun(done.error().message);
                    return;
                }
                ++m_sent;
                Q_EMIT itemSent(item.kind, item.recordKey);
                sendNext();
            });
        return;
    }

    if (reply.failure == ApiReply::Failure::NotSignedIn) {
        m_queue.clear();
        m_lastError = reply.message;
        finishRun(reply.message);
        setState(State::NeedsSignIn);
        return;
    }

    // No answer or a passing trouble: wait (the server's Retry-After, else backoff), stop here.
    if (reply.status == 0 || reply.isTransient()) {
        const int attempts = item.attempts + 1;
        qint64 waitMs = Storage::Outbox::backoff(attempts, m_jitter()).count();
        if (reply.retryAfterSeconds >= 0)
            waitMs = qMax<qint64>(waitMs, qint64(reply.retryAfterSeconds) * 1000);
        const QDateTime retryAt = m_clock.now().addMSecs(waitMs);
        const QString message = reply.message;
        const int status = reply.status;
        qCInfo(lcNavSyncOutbox) << "send failed, HTTP" << status << "- retry in" << waitMs << "ms";
        m_db.run<bool>([item, status, message, retryAt](QSqlDatabase &db) -> Result<bool> {
                if (auto r = Storage::Outbox::markFailed(db, item.id, item.generation, status, message, retryAt); !r)
                    return Unexpected(r.error());
                return true;
            })
            .then(this, [this, message](const Result<bool> &) {
                m_queue.clear();
                m_lastError = message;
                finishRun(message);
            });
        return;
    }

    const QJsonObject error = reply.object().value(QStringLiteral("error")).toObject();
    const QJsonObject current = error.value(QStringLiteral("current")).toObject();
    // A contact the server has at a higher revision: catch up and send again.
    if (item.kind == kContact && reply.status == 409 && !current.isEmpty() && m_merges < maxMergesPerRun) {
        ++m_merges;
        QJsonObject body = QJsonDocument::fromJson(item.body).object();
        const int revision = current.value(QStringLiteral("revision")).toInt() + 1;
        body.insert(QStringLiteral("revision"), revision);
        resend(p, body, revision);
        return;
    }
    // A follow-up changed on the server meanwhile: merge, send again with its revision.
    if (item.kind == kFollowUp && reply.status == 409 && !current.isEmpty() && m_merges < maxMergesPerRun) {
        ++m_merges;
        const FollowUpMerge::Result merged =
            FollowUpMerge::merge(QJsonDocument::fromJson(item.body).object(), current, m_userId);
        Q_EMIT followUpMerged(item.recordKey, merged.message);
        resend(p, merged.body, merged.serverRevision);
        return;
    }
    // Sent as an update of a follow-up the server does not have (412): send it as a creation.
    if (item.kind == kFollowUp && reply.status == 412 && m_merges < maxMergesPerRun) {
        ++m_merges;
        resend(p, QJsonDocument::fromJson(item.body).object(), 0);
        return;
    }

    // Refused: keep it, show it, go on with the others.
    const QString message = reply.message.isEmpty() ? tr("The server refused this record.") : reply.message;
    const int status = reply.status;
    qCWarning(lcNavSyncOutbox) << "held a" << item.kind << "record: HTTP" << status << reply.errorCode;
    m_db.run<bool>([item, status, message](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Storage::Outbox::hold(db, item.id, item.generation, status, message); !r)
                return Unexpected(r.error());
            return true;
        })
        .then(this, [this, item, message](const Result<bool> &) {
            m_lastError = message;
            Q_EMIT itemHeld(item.kind, item.recordKey, message);
            sendNext();
        });
}

// Replaces the item's body (the outbox bumps its generation) and keeps the revision that goes
// with it, then goes on: the new version is due at once.
void OutboxPush::resend(const Pending &p, const QJsonObject &body, int revision)
{
    Storage::OutboxItem item = p.item;
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const QDateTime now = m_clock.now();
    m_db.run<bool>([item, revision, now](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Storage::Outbox::setRevision(db, item.kind, item.recordKey, revision); !r)
                return Unexpected(r.error());
            if (auto r = Storage::Outbox::put(db, item, now); !r)
                return Unexpected(r.error());
            return true;
        })
        .then(this, [this](const Result<bool> &done) {
            if (!done) {
                finishRun(done.error().message);
                return;
            }
            m_queue.clear();
            loadDue();
        });
}

void OutboxPush::finishRun(const QString &error)
{
    m_running = false;
    if (error.isEmpty() && m_sent > 0)
        m_lastError.clear();
    setState(error.isEmpty() ? State::Idle : State::Waiting);
    Q_EMIT runFinished(m_sent, error);
    refreshSummary();
    scheduleNextDue();
    if (m_retryAfterRun)
        retryAll();
    else if (m_again)
        pushNow();
}

void OutboxPush::refreshSummary()
{
    m_db.run<Storage::OutboxSummary>([](QSqlDatabase &db) { return Storage::Outbox::summary(db); })
        .then(this, [this](const Result<Storage::OutboxSummary> &s) {
            if (!s)
                return;
            m_summary = *s;
            Q_EMIT summaryChanged(m_summary);
        });
}

void OutboxPush::scheduleNextDue()
{
    m_db.run<QDateTime>([](QSqlDatabase &db) { return Storage::Outbox::nextDue(db); })
        .then(this, [this](const Result<QDateTime> &next) {
            if (!next || !next->isValid() || m_state == State::NeedsSignIn)
                return;
            const qint64 ms = std::clamp<qint64>(m_clock.now().msecsTo(*next), 0, qint64(24) * 3600 * 1000);
            if (ms > 0)
                m_due.start(int(ms));
        });
}

} // namespace Nav::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// The outbox: what this workstation still has to send to the central server. A record is
// written to it in the same transaction as the record itself, so nothing saved can miss the
// server; the sync engine (app/sync) sends the items and removes them once the server has
// them. One item per record: a newer version of a record replaces the one still waiting
// (the server keeps the latest revision anyway), and an item being sent while it is replaced
// is not lost, since completion names the generation it sent.

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <chrono>

namespace Nav::Storage {

struct OutboxItem
{
    qint64 id = 0;
    int generation = 1;   // bumped each time the record's item is replaced
    QString kind;         // "contact", "followup", "survey", "flag", "agent-status"
    QString recordKey;    // the record's client UUID
    QByteArray method;    // "PUT", "POST"
    QString path;         // "/api/v1/contacts/<uuid>": ids only, never personal data
    QByteArray body;      // compact JSON
    QString ifMatch;      // optimistic concurrency (follow-ups); empty when none
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int lastStatus = 0;   // HTTP status of the last attempt; 0: no answer
    QString lastError;    // plain words, for the status bar
    bool held = false;    // refused for good by the server: kept and shown, not retried
};

struct OutboxSummary
{
    int pending = 0;      // waiting to be sent (held ones excluded)
    int held = 0;
    QDateTime oldest;     // the oldest pending item's creation
    QString lastError;    // of the most recent failure, if any
};

class Outbox
{
public:
    // Adds the record's item, or replaces the one still waiting (new body, due now, attempts
    // and hold cleared, generation bumped).
    [[nodiscard]] static Result<void> put(QSqlDatabase &db, const OutboxItem &item,
                                          const QDateTime &now);
    // The next revision of a record for servers that want increasing revisions (1, 2, …);
    // kept after its item is sent.
    [[nodiscard]] static Result<int> nextRevision(QSqlDatabase &db, const QString &kind,
                                                  const QString &recordKey);
    // The revision kept for a record (0 when none), and setting it: for records whose server
    // revision is what counts (follow-ups: the If-Match to send), or to catch up with a server
    // that is ahead.
    [[nodiscard]] static Result<int> revision(QSqlDatabase &db, const QString &kind,
                                              const QString &recordKey);
    [[nodiscard]] static Result<void> setRevision(QSqlDatabase &db, const QString &kind,
                                                  const QString &recordKey, int revision);
    // The earliest time a waiting (not held) item is due; invalid when there is none.
    [[nodiscard]] static Result<QDateTime> nextDue(QSqlDatabase &db);
    // Items due at `now`, oldest first, held ones excluded.
    [[nodiscard]] static Result<QList<OutboxItem>> due(QSqlDatabase &db, const QDateTime &now,
                                                       int limit);
    // The server has it: removes the item unless it was replaced meanwhile (then false: the
    // newer version is still to be sent).
    [[nodiscard]] static Result<bool> markSent(QSqlDatabase &db, qint64 id, int generation);
    // A failed attempt to retry at `retryAt`.
    [[nodiscard]] static Result<void> markFailed(QSqlDatabase &db, qint64 id, int generation,
                                                 int status, const QString &error,
                                                 const QDateTime &retryAt);
    // The server refused it in a way a retry cannot fix: kept for a person to see.
    [[nodiscard]] static Result<void> hold(QSqlDatabase &db, qint64 id, int generation,
                                           int status, const QString &error);
    // Held or waiting items become due now (a "sync now" or "retry" by the user).
    [[nodiscard]] static Result<int> retryAll(QSqlDatabase &db, const QDateTime &now);
    [[nodiscard]] static Result<OutboxSummary> summary(QSqlDatabase &db);
    [[nodiscard]] static Result<QList<OutboxItem>> items(QSqlDatabase &db);

    // Exponential backoff with jitter: base·2^(attempts-1) capped at `cap`, then scaled by a
    // factor in [0.5, 1.0] from `jitter` (0..1), so workstations that failed together do not
    // retry together.
    static std::chrono::milliseconds backoff(int attempts, double jitter,
                                             std::chrono::milliseconds base = std::chrono::seconds(2),
                                             std::chrono::milliseconds cap = std::chrono::minutes(5));
};

} // namespace Nav::Storage

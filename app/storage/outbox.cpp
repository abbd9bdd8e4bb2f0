// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/outbox.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Nav::Storage {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC(); // written with a Z
}

Result<void> run(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what)
{
    if (!q.prepare(sql)) {
        return fail(ErrorCode::Database, Database::tr("A database statement failed."),
                    QStringLiteral("outbox %1 prepare: %2").arg(QLatin1String(what), q.lastError().text()));
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        return fail(ErrorCode::Database, Database::tr("A database statement failed."),
                    QStringLiteral("outbox %1: %2").arg(QLatin1String(what), q.lastError().text()));
    }
    return {};
}

const QString itemColumns = QStringLiteral(
    "id, generation, kind, record_key, method, path, body, if_match, created_at, attempts,"
    " next_attempt_at, last_status, last_error, held");

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem i;
    i.id = q.value(0).toLongLong();
    i.generation = q.value(1).toInt();
    i.kind = q.value(2).toString();
    i.recordKey = q.value(3).toString();
    i.method = q.value(4).toString().toLatin1();
    i.path = q.value(5).toString();
    i.body = q.value(6).toByteArray();
    i.ifMatch = q.value(7).toString();
    i.createdAt = fromIso(q.value(8).toString());
    i.attempts = q.value(9).toInt();
    i.nextAttemptAt = fromIso(q.value(10).toString());
    i.lastStatus = q.value(11).toInt();
    i.lastError = q.value(12).toString();
    i.held = q.value(13).toInt() != 0;
    return i;
}

// NOT NULL text columns: a null QString would bind as NULL.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

} // namespace

Result<void> Outbox::put(QSqlDatabase &db, const OutboxItem &item, const QDateTime &now)
{
    if (item.kind.isEmpty() || item.recordKey.isEmpty() || item.method.isEmpty() || item.path.isEmpty())
        return fail(ErrorCode::InvalidInput, Database::tr("A record could not be queued for the server."),
                    QStringLiteral("outbox item without kind, key, method or path"));
    QSqlQuery q(db);
    // SQLite 3.15 has no upsert: update the waiting item, else insert one.
    if (auto r = run(q, QStringLiteral("UPDATE outbox SET generation = generation + 1, method = ?, path = ?,"
                                       " body = ?, if_match = ?, attempts = 0, next_attempt_at = ?,"
                                       " last_status = 0, last_error = '', held = 0"
                                       " WHERE kind = ? AND record_key = ?"),
                     {QString::fromLatin1(item.method), item.path, item.body, text(item.ifMatch),
                      isoTime(now), item.kind, item.recordKey},
                     "replace");
        !r) {
        return r;
    }
    if (q.numRowsAffected() > 0)
        return {};
    return run(q, QStringLiteral("INSERT INTO outbox (generation, kind, record_key, method, path, body,"
                                 " if_match, created_at, attempts, next_attempt_at, last_status, last_error, held)"
                                 " VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0, '', 0)"),
               {item.kind, item.recordKey, QString::fromLatin1(item.method), item.path, item.body,
                text(item.ifMatch), isoTime(now), isoTime(now)},
               "insert");
}

Result<int> Outbox::nextRevision(QSqlDatabase &db, const QString &kind, const QString &recordKey)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("UPDATE outbox_revision SET revision = revision + 1"
                                       " WHERE kind = ? AND record_key = ?"),
                     {kind, recordKey}, "revision bump");
        !r) {
        return Unexpected(r.error());
    }
    if (q.numRowsAffected() == 0) {
        if (auto r = run(q, QStringLiteral("INSERT INTO outbox_revision (kind, record_key, revision) VALUES (?, ?, 1)"),
                         {kind, recordKey}, "revision insert");
            !r) {
            return Unexpected(r.error());
        }
        return 1;
    }
    if (auto r = run(q, QStringLiteral("SELECT revision FROM outbox_revision WHERE kind = ? AND record_key = ?"),
                     {kind, recordKey}, "revision read");
        !r) {
        return Unexpected(r.error());
    }
    return q.next() ? q.value(0).toInt() : 1;
}

Result<int> Outbox::revision(QSqlDatabase &db, const QString &kind, const QString &recordKey)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("SELECT revision FROM outbox_revision WHERE kind = ? AND record_key = ?"),
                     {kind, recordKey}, "revision read");
        !r) {
        return Unexpected(r.error());
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Result<void> Outbox::setRevision(QSqlDatabase &db, const QString &kind, const QString &recordKey, int revision)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("INSERT OR REPLACE INTO outbox_revision (kind, record_key, revision) VALUES (?, ?, ?)"),
               {kind, recordKey, revision}, "revision set");
}

Result<QDateTime> Outbox::nextDue(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE held = 0"), {}, "next due"); !r)
        return Unexpected(r.error());
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return fromIso(q.value(0).toString());
}

Result<QList<OutboxItem>> Outbox::due(QSqlDatabase &db, const QDateTime &now, int limit)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("SELECT ") + itemColumns
                            + QStringLiteral(" FROM outbox WHERE held = 0 AND next_attempt_at <= ?"
                                             " ORDER BY id LIMIT ?"),
                     {isoTime(now), limit}, "due");
        !r) {
        return Unexpected(r.error());
    }
    QList<OutboxItem> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

Result<bool> Outbox::markSent(QSqlDatabase &db, qint64 id, int generation)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("DELETE FROM outbox WHERE id = ? AND generation = ?"),
                     {id, generation}, "sent");
        !r) {
        return Unexpected(r.error());
    }
    return q.numRowsAffected() > 0;
}

Result<void> Outbox::markFailed(QSqlDatabase &db, qint64 id, int generation, int status,
                                const QString &error, const QDateTime &retryAt)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?,"
                                 " last_status = ?, last_error = ? WHERE id = ? AND generation = ?"),
               {isoTime(retryAt), status, text(error), id, generation}, "failed");
}

Result<void> Outbox::hold(QSqlDatabase &db, qint64 id, int generation, int status, const QString &error)
{
    QSqlQuery q(db);
    return run(q, QStringLiteral("UPDATE outbox SET attempts = attempts + 1, held = 1, last_status = ?,"
                                 " last_error = ? WHERE id = ? AND generation = ?"),
               {status, text(error), id, generation}, "hold");
}

Result<int> Outbox::retryAll(QSqlDatabase &db, const QDateTime &now)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("UPDATE outbox SET held = 0, next_attempt_at = ?"
                                       " WHERE held = 1 OR next_attempt_at > ?"),
                     {isoTime(now), isoTime(now)}, "retry");
        !r) {
        return Unexpected(r.error());
    }
    return q.numRowsAffected();
}

Result<OutboxSummary> Outbox::summary(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("SELECT COALESCE(SUM(held = 0), 0), COALESCE(SUM(held = 1), 0),"
                                       " MIN(CASE WHEN held = 0 THEN created_at END) FROM outbox"),
                     {}, "summary");
        !r) {
        return Unexpected(r.error());
    }
    OutboxSummary s;
    if (q.next()) {
        s.pending = q.value(0).toInt();
        s.held = q.value(1).toInt();
        if (!q.value(2).isNull())
            s.oldest = fromIso(q.value(2).toString());
    }
    if (auto r = run(q, QStringLiteral("SELECT last_error FROM outbox WHERE last_error <> ''"
                                       " ORDER BY attempts DESC, id DESC LIMIT 1"),
                     {}, "last error");
        !r) {
        return Unexpected(r.error());
    }
    if (q.next())
        s.lastError = q.value(0).toString();
    return s;
}

Result<QList<OutboxItem>> Outbox::items(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto r = run(q, QStringLiteral("SELECT ") + itemColumns + QStringLiteral(" FROM outbox ORDER BY id"),
                     {}, "items");
        !r) {
        return Unexpected(r.error());
    }
    QList<OutboxItem> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

std::chrono::milliseconds Outbox::backoff(int attempts, double jitter, std::chrono::milliseconds base,
                                          std::chrono::milliseconds cap)
{
    const int n = std::clamp(attempts, 1, 30);
    const double raw = double(base.count()) * std::pow(2.0, n - 1);
    const double capped = std::min(raw, double(cap.count()));
    const double factor = 0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(capped * factor));
}

} // namespace Nav::Storage

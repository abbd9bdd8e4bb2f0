// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Contacts, follow-ups, surveys, data-quality flags and agent status. Rules enforced here, not
// in the workstation:
// - a navigator reads and writes only their own contacts and surveys, and the follow-ups
//   assigned to them or waiting in their team's queue;
// - a team lead also reads their team's contacts and manages their team's follow-ups
//   (reassign, comment);
// - an administrator manages accounts and the directory and reads no personal records.
// Writes are idempotent by client-generated UUID: a replayed request never duplicates.
#include "api/api.h"

#include "core/contact.h"

#include <limits>
#include <QJsonArray>
#include <QJsonDocument>

namespace Nav::Server {

using namespace Nav::Core;

namespace {

QString canonical(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseDoc(const QString &doc)
{
    return QJsonDocument::fromJson(doc.toUtf8()).object();
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Qt binds a null QString (an absent JSON field) as SQL NULL; NOT NULL text columns want ''.
QString nonNullText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Response internal(const Error &e)
{
    return Response::error(ApiError::internal(e));
}

ApiResult<QString> uuidParam(const Request &req)
{
    const QString id = req.params.value(QStringLiteral("id")).toLower();
    if (!Api::isUuid(id))
        return ApiFail(ApiError::badRequest(QStringLiteral("bad-id"),
                                            QStringLiteral("The id in the address must be a UUID (8-4-4-4-12 hexadecimal digits).")));
    return id;
}

// What every record PUT checks first: a role allowed to write, the record's UUID in the path
// and a JSON object body. The refusal to send when one of them fails.
std::optional<Response> putPrelude(const Request &req, Context &ctx, std::initializer_list<Role> roles,
                                   QString *id, QJsonObject *body)
{
    if (auto denied = Api::requireRole(ctx, roles))
        return denied;
    auto uuid = uuidParam(req);
    if (!uuid)
        return Response::error(uuid.error());
    auto object = req.jsonObject(ctx.settings.limits);
    if (!object)
        return Response::error(object.error());
    *id = *uuid;
    *body = *object;
    return std::nullopt;
}

// The record document a PUT carries under `key`, read with `parse` (the app/core codec): the
// record, or a validation error naming `key`.
template<typename Parse>
auto documentAs(const QJsonObject &body, const QString &key, Parse parse)
    -> ApiResult<typename decltype(parse(QJsonObject()))::value_type>
{
    const QJsonValue v = body.value(key);
    if (!v.isObject())
        return ApiFail(Api::validation(key, QStringLiteral("%1 must be an object.").arg(key)));
    auto record = parse(v.toObject());
    if (!record)
        return ApiFail(Api::validation(key, record.error().message));
    return std::move(*record);
}

ApiResult<int> revisionField(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("revision"));
    if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1)
        return ApiFail(Api::validation(QStringLiteral("revision"), QStringLiteral("revision must be a whole number from 1.")));
    return v.toInt();
}

// ---- contacts -----------------------------------------------------------------------------

struct StoredContact
{
    QString ownerId;
    QString teamId;
    int revision = 0;
    QString doc;
    qint64 updatedAt = 0;
};

Result<std::optional<StoredContact>> loadContact(QSqlDatabase &db, const QString &id)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT owner_id, team_id, revision, doc, updated_at FROM contact WHERE id = :id"), {{"id", id}});
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return std::optional<StoredContact>();
    return std::optional<StoredContact>(StoredContact{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                                                      q->value(3).toString(), q->value(4).toLongLong()});
}

bool canReadContact(const User &me, const StoredContact &c)
{
    if (me.role == Role::Administrator)
        return false;
    if (c.ownerId == me.id)
        return true;
    return me.role == Role::TeamLead && !me.teamId.isEmpty() && c.teamId == me.teamId;
}

QJsonObject contactJson(const QString &id, const StoredContact &c)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("revision"), c.revision},
            {QStringLiteral("owner_id"), c.ownerId},
            {QStringLiteral("team_id"), c.teamId.isEmpty() ? QJsonValue() : QJsonValue(c.teamId)},
            {QStringLiteral("updated_at"), c.updatedAt},
            {QStringLiteral("contact"), parseDoc(c.doc)}};
}

Response putContact(const Request &req, Context &ctx)
{
    QString id;
    QJsonObject body;
    if (auto refused = putPrelude(req, ctx, {Role::Navigator, Role::TeamLead}, &id, &body))
        return *refused;
    auto revision = revisionField(body);
    if (!revision)
        return Response::error(revision.error());
    auto contact = documentAs(body, QStringLiteral("contact"), [](const QJsonObject &o) { return contactFromJson(o); });
    if (!contact)
        return Response::error(contact.error());
    if (!contact->uuid.isEmpty() && contact->uuid.toLower() != id)
        return Response::error(Api::validation(QStringLiteral("contact.uuid"), QStringLiteral("contact.uuid differs from the id in the address.")));
    contact->uuid = id;
    contact->id = 0;
    const QString doc = canonical(toJson(*contact));

    ServerTransaction tx(ctx.db);
    if (auto r = tx.begin(); !r)
        return internal(r.error());
    auto stored = loadContact(ctx.db, id);
    if (!stored)
        return internal(stored.error());
    int status = 200;
    if (!*stored) {
        auto r = ServerDb::exec(ctx.db, QStringLiteral(
            "INSERT INTO contact (id, owner_id, team_id, revision, doc, started_at, created_at, updated_at)"
            " VALUES (:id, :o, :t, :r, :d, :s, :now, :now)"),
            {{"id", id}, {"o", ctx.me().id}, {"t", nullableText(ctx.me().teamId)}, {"r", *revision},
             {"d", doc}, {"s", contact->start.isValid() ? QVariant(contact->start.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>())},
             {"now", ctx.nowMs}});
        if (!r)
            return internal(r.error());
        status = 201;
    } else {
        const StoredContact &s = **stored;
        if (s.ownerId != ctx.me().id)
            return Response::error(ApiError::forbidden(QStringLiteral("This contact belongs to another navigator.")));
        if (*revision == s.revision && s.doc == doc)
            return Response::json(contactJson(id, s)).withHeader("ETag", '"' + QByteArray::number(s.revision) + '"'); // replay
        if (*revision <= s.revision)
            return Response::error(ApiError::conflict(QStringLiteral("revision-conflict"),
                QStringLiteral("The server has revision %1 of this contact; send a higher revision based on it.").arg(s.revision),
                {{QStringLiteral("current"), contactJson(id, s)}}));
        auto r = ServerDb::exec(ctx.db, QStringLiteral(
            "UPDATE contact SET revision = :r, doc = :d, updated_at = :now WHERE id = :id"),
            {{"r", *revision}, {"d", doc}, {"now", ctx.nowMs}, {"id", id}});
        if (!r)
            return internal(r.error());
    }
    if (auto r = tx.commit(); !r)
        return internal(r.error());
    StoredContact now{ctx.me().id, ctx.me().teamId, *revision, doc, ctx.nowMs};
    if (*stored)
        now.ownerId = (*stored)->ownerId, now.teamId = (*stored)->teamId;
    return Response::json(contactJson(id, now), status).withHeader("ETag", '"' + QByteArray::number(*revision) + '"');
}

Response getContact(const Request &req, Context &ctx)
{
    auto id = uuidParam(req);
    if (!id)
        return Response::error(id.error());
    auto stored = loadContact(ctx.db, *id);
    if (!stored)
        return internal(stored.error());
    if (!*stored || !canReadContact(ctx.me(), **stored))
        return Response::error(ApiError::notFound(QStringLiteral("There is no contact with this id that you may read.")));
    return Response::json(contactJson(*id, **stored)).withHeader("ETag", '"' + QByteArray::number((*stored)->revision) + '"');
}

// Change lists page on (updated_at, id): records written in the same millisecond never fall
// between two pages. A client that sends only `since` gets the records at that instant again
// (harmless: records are upserted by id).
struct ChangeCursor
{
    qint64 since = 0;
    QString after;
};

ApiResult<ChangeCursor> changeCursor(const Request &req)
{
    auto since = Api::intParam(req, QStringLiteral("since"), 0, std::numeric_limits<qint64>::max());
    if (!since)
        return std::unexpected(since.error());
    const QString after = req.queryValue(QStringLiteral("after"));
    if (after.size() > 64)
        return std::unexpected(ApiError::badRequest(QStringLiteral("bad-parameter"), QStringLiteral("after must be the next_after of the previous page.")));
    return ChangeCursor{*since, after}; // an empty after binds as NULL: the query reads it as ""
}

const QString changedAfter = QStringLiteral(
    " AND (updated_at > :since OR (updated_at = :since2 AND id > COALESCE(:after, ''))) ORDER BY updated_at, id LIMIT :l");

QJsonObject changePage(const QJsonArray &items, const ChangeCursor &cursor, qint64 lastAt, const QString &lastId, qint64 limit)
{
    const bool any = !items.isEmpty();
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("next_since"), any ? lastAt : cursor.since},
                       {QStringLiteral("next_after"), any ? lastId : cursor.after},
                       {QStringLiteral("has_more"), items.size() == limit}};
}

Response listContacts(const Request &req, Context &ctx)
{
    if (auto denied = Api::requireRole(ctx, {Role::Navigator, Role::TeamLead}))
        return *denied;
    const QString scope = req.queryValue(QStringLiteral("scope")).isEmpty() ? QStringLiteral("mine") : req.queryValue(QStringLiteral("scope"));
    auto cursor = changeCursor(req);
    if (!cursor)
        return Response::error(cursor.error());
    auto limit = Api::intParam(req, QStringLiteral("limit"), 100, 500);
    if (!limit)
        return Response::error(limit.error());
    QString where;
    QString who;
    if (scope == QLatin1String("mine")) {
        where = QStringLiteral("owner_id = :who");
        who = ctx.me().id;
    } else if (scope == QLatin1String("team")) {
        if (ctx.me().role != Role::TeamLead)
            return Response::error(ApiError::forbidden(QStringLiteral("Only team leads read their team's contacts.")));
        where = QStringLiteral("team_id = :who");
        who = ctx.me().teamId;
    } else {
        return Response::error(ApiError::badRequest(QStringLiteral("bad-parameter"), QStringLiteral("scope must be mine or team.")));
    }
    auto q = ServerDb::exec(ctx.db, QStringLiteral(
        "SELECT id, owner_id, team_id, revision, doc, updated_at FROM contact WHERE %1").arg(where) + changedAfter,
        {{"who", who}, {"since", cursor->since}, {"since2", cursor->since}, {"after", cursor->after}, {"l", *limit}});
    if (!q)
        return internal(q.error());
    QJsonArray items;
    qint64 lastAt = 0;
    QString lastId;
    while (q->next()) {
        StoredContact c{q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(), q->value(4).toString(), q->value(5).toLongLong()};
        lastId = q->value(0).toString();
        items.append(contactJson(lastId, c));
        lastAt = c.updatedAt;
    }
    return Response::json(changePage(items, *cursor, lastAt, lastId, *limit));
}

// ---- follow-ups ---------------------------------------------------------------------------

struct StoredFollowUp
{
    QString id;
    QString contactId;
    QString ownerId;
    QString teamId;
    QString assignedTo; // empty: the team queue
    QString status;
    QString due;
    int revision = 0;
    QString doc;
    QString comment;
    qint64 updatedAt = 0;
    QString updatedBy;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("contact_id"), contactId},
                {QStringLiteral("owner_id"), ownerId},
                {QStringLiteral("team_id"), teamId.isEmpty() ? QJsonValue() : QJsonValue(teamId)},
                {QStringLiteral("assigned_to"), assignedTo.isEmpty() ? QJsonValue() : QJsonValue(assignedTo)},
                {QStringLiteral("status"), status},
                {QStringLiteral("due"), due.isEmpty() ? QJsonValue() : QJsonValue(due)},
                {QStringLiteral("revision"), revision},
                {QStringLiteral("comment"), comment},
                {QStringLiteral("updated_at"), updatedAt},
                {QStringLiteral("updated_by"), updatedBy},
                {QStringLiteral("followup"), parseDoc(doc)}};
    }
};

const QString followUpColumns = QStringLiteral(
    "id, contact_id, owner_id, team_id, assigned_to, status, due, revision, doc, comment, updated_at, updated_by FROM followup");

StoredFollowUp readFollowUp(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toInt(),
            q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toString()};
}

Result<std::optional<StoredFollowUp>> loadFollowUp(QSqlDatabase &db, const QString &id)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT ") + followUpColumns + QStringLiteral(" WHERE id = :id"), {{"id", id}});
    if (!q)
        return Unexpected(q.error());
    if (!q->next())
        return std::optional<StoredFollowUp>();
    return std::optional<StoredFollowUp>(readFollowUp(*q));
}

bool canSeeFollowUp(const User &me, const StoredFollowUp &f)
{
    if (me.role == Role::Administrator || (me.teamId.isEmpty() && f.assignedTo != me.id))
        return false;
    if (f.assignedTo == me.id)
        return true;
    if (f.teamId != me.teamId)
        return false;
    return me.role == Role::TeamLead || f.assignedTo.isEmpty();
}

// Checks who `assigned_to` may name: a lead any member of their team or the queue; a
// navigator only themself or the queue.
ApiResult<QString> assignee(QSqlDatabase &db, const User &me, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QString();
    if (!value.isString())
        return ApiFail(Api::validation(QStringLiteral("assigned_to"), QStringLiteral("assigned_to must be a user id or null (the team queue).")));
    const QString id = value.toString();
    if (id == me.id)
        return id;
    if (me.role != Role::TeamLead)
        return ApiFail(ApiError::forbidden(QStringLiteral("Only a team lead assigns a follow-up to someone else.")));
    auto u = Accounts::userById(db, id);
    if (!u)
        return ApiFail(ApiError::internal(u.error()));
    if (!*u || (*u)->teamId != me.teamId || (*u)->disabled)
        return ApiFail(Api::validation(QStringLiteral("assigned_to"), QStringLiteral("assigned_to must be an active member of your team.")));
    return id;
}

Response putFollowUp(const Request &req, Context &ctx)
{
    QString id;
    QJsonObject body;
    if (auto refused = putPrelude(req, ctx, {Role::Navigator, Role::TeamLead}, &id, &body))
        return *refused;
    auto followUp = documentAs(body, QStringLiteral("followup"), [](const QJsonObject &o) { return followUpFromJson(o); });
    if (!followUp)
        return Response::error(followUp.error());
    followUp->id = 0;
    followUp->contactId = 0;
    const QString doc = canonical(toJson(*followUp));
    const QString comment = body.value(QStringLiteral("comment")).toString();
    if (comment.size() > 2000)
        return Response::error(Api::validation(QStringLiteral("comment"), QStringLiteral("comment is longer than 2000 characters.")));
    const QByteArray ifMatch = req.header("If-Match");

    ServerTransaction tx(ctx.db);
    if (auto r = tx.begin(); !r)
        return internal(r.error());
    auto stored = loadFollowUp(ctx.db, id);
    if (!stored)
        return internal(stored.error());

    if (!*stored) {
        if (!ifMatch.isEmpty())
            return Response::error(ApiError{412, QStringLiteral("not-found-for-update"),
                                            QStringLiteral("If-Match was sent but there is no such follow-up; create it without If-Match."), {}, 0});
        const QString contactId = body.value(QStringLiteral("contact_id")).toString().toLower();
        if (!Api::isUuid(contactId))
            return Response::error(Api::validation(QStringLiteral("contact_id"), QStringLiteral("contact_id must be the UUID of the contact.")));
        auto contact = loadContact(ctx.db, contactId);
        if (!contact)
            return internal(contact.error());
        if (!*contact || !canReadContact(ctx.me(), **contact))
            return Response::error(Api::validation(QStringLiteral("contact_id"),
                QStringLiteral("The contact of this follow-up is not on the server (send it first) or is not yours.")));
        auto who = assignee(ctx.db, ctx.me(), body.contains(QStringLiteral("assigned_to")) ? body.value(QStringLiteral("assigned_to")) : QJsonValue(ctx.me().id));
        if (!who)
            return Response::error(who.error());
        StoredFollowUp f{id, contactId, (*contact)->ownerId, (*contact)->teamId, *who, codeOf(followUp->status),
                         followUp->due.isValid() ? followUp->due.toString(Qt::ISODate) : QString(), 1, doc, comment, ctx.nowMs, ctx.me().id};
        auto r = ServerDb::exec(ctx.db, QStringLiteral(
            "INSERT INTO followup (id, contact_id, owner_id, team_id, assigned_to, status, due, revision, doc, comment,"
            " created_at, updated_at, updated_by) VALUES (:id, :c, :o, :t, :a, :s, :due, 1, :d, :cm, :now, :now, :by)"),
            {{"id", f.id}, {"c", f.contactId}, {"o", f.ownerId}, {"t", nullableText(f.teamId)}, {"a", nullableText(f.assignedTo)},
             {"s", f.status}, {"due", nullableText(f.due)}, {"d", f.doc}, {"cm", nonNullText(f.comment)}, {"now", ctx.nowMs}, {"by", ctx.me().id}});
        if (!r)
            return internal(r.error());
        if (auto c = tx.commit(); !c)
            return internal(c.error());
        return Response::json(f.toJson(), 201).withHeader("ETag", "\"1\"");
    }

    StoredFollowUp f = **stored;
    // The navigator whose contact it is may still record the outcome of a call they made after a
    // lead handed the follow-up to someone else (they learn it from the 409's current version);
    // they may not take it back.
    const bool visible = canSeeFollowUp(ctx.me(), f);
    const bool contactOwner = f.ownerId == ctx.me().id && ctx.me().role == Role::Navigator;
    if (!visible && !contactOwner)
        return Response::error(ApiError::notFound(QStringLiteral("There is no follow-up with this id that you may change.")));
    // A create replayed after a lost response: same content, no If-Match.
    if (ifMatch.isEmpty() && f.revision == 1 && f.doc == doc && f.updatedBy == ctx.me().id)
        return Response::json(f.toJson()).withHeader("ETag", "\"1\"");
    if (ifMatch.isEmpty())
        return Response::error(ApiError{428, QStringLiteral("if-match-required"),
                                        QStringLiteral("Send If-Match with the revision you changed, e.g. If-Match: \"%1\".").arg(f.revision), {}, 0});
    bool ok = false;
    const int expected = QByteArray(ifMatch).replace("W/", "").replace('"', "").trimmed().toInt(&ok);
    if (!ok)
        return Response::error(ApiError::badRequest(QStringLiteral("bad-if-match"), QStringLiteral("If-Match must be a revision number in quotes.")));
    if (expected != f.revision)
        return Response::error(ApiError::conflict(QStringLiteral("revision-conflict"),
            QStringLiteral("Someone changed this follow-up (now revision %1). Merge your change into the current version and send it again.").arg(f.revision),
            {{QStringLiteral("current"), f.toJson()}}))
            .withHeader("ETag", '"' + QByteArray::number(f.revision) + '"');
    if (body.contains(QStringLiteral("assigned_to"))) {
        auto who = assignee(ctx.db, ctx.me(), body.value(QStringLiteral("assigned_to")));
        if (!who)
            return Response::error(who.error());
        if (!visible && *who != f.assignedTo)
            return Response::error(ApiError::forbidden(QStringLiteral("This follow-up was given to someone else; only a team lead reassigns it.")));
        if (*who != f.assignedTo && ctx.me().role != Role::TeamLead && !(f.assignedTo.isEmpty() && *who == ctx.me().id)
            && !(f.assignedTo == ctx.me().id && who->isEmpty()))
            return Response::error(ApiError::forbidden(QStringLiteral("Only a team lead reassigns a follow-up.")));
        f.assignedTo = *who;
    }
    if (body.contains(QStringLiteral("comment")))
        f.comment = comment;
    f.doc = doc;
    f.status = codeOf(followUp->status);
    f.due = followUp->due.isValid() ? followUp->due.toString(Qt::ISODate) : QString();
    f.revision += 1;
    f.updatedAt = ctx.nowMs;
    f.updatedBy = ctx.me().id;
    auto r = ServerDb::exec(ctx.db, QStringLiteral(
        "UPDATE followup SET assigned_to = :a, status = :s, due = :due, revision = :r, doc = :d, comment = :cm,"
        " updated_at = :now, updated_by = :by WHERE id = :id AND revision = :old"),
        {{"a", nullableText(f.assignedTo)}, {"s", f.status}, {"due", nullableText(f.due)}, {"r", f.revision},
         {"d", f.doc}, {"cm", nonNullText(f.comment)}, {"now", ctx.nowMs}, {"by", ctx.me().id}, {"id", f.id}, {"old", expected}});
    if (!r)
        return internal(r.error());
    if (r->numRowsAffected() != 1)
        return Response::error(ApiError::conflict(QStringLiteral("revision-conflict"), QStringLiteral("Someone changed this follow-up at the same moment. Read it again.")));
    if (auto c = tx.commit(); !c)
        return internal(c.error());
    return Response::json(f.toJson()).withHeader("ETag", '"' + QByteArray::number(f.revision) + '"');
}

Response getFollowUp(const Request &req, Context &ctx)
{
    auto id = uuidParam(req);
    if (!id)
        return Response::error(id.error());
    auto stored = loadFollowUp(ctx.db, *id);
    if (!stored)
        return internal(stored.error());
    if (!*stored || !canSeeFollowUp(ctx.me(), **stored))
        return Response::error(ApiError::notFound(QStringLiteral("There is no follow-up with this id that you may read.")));
    return Response::json((*stored)->toJson()).withHeader("ETag", '"' + QByteArray::number((*stored)->revision) + '"');
}

Response listFollowUps(const Request &req, Context &ctx)
{
    if (auto denied = Api::requireRole(ctx, {Role::Navigator, Role::TeamLead}))
        return *denied;
    const QString scope = req.queryValue(QStringLiteral("scope")).isEmpty() ? QStringLiteral("mine") : req.queryValue(QStringLiteral("scope"));
    QString where;
    QList<std::pair<QString, QVariant>> binds;
    if (scope == QLatin1String("mine")) {
        where = QStringLiteral("assigned_to = :me");
        binds.append({QStringLiteral("me"), ctx.me().id});
    } else if (scope == QLatin1String("queue")) {
        where = QStringLiteral("assigned_to IS NULL AND team_id = :team");
        binds.append({QStringLiteral("team"), ctx.me().teamId});
    } else if (scope == QLatin1String("team")) {
        if (ctx.me().role != Role::TeamLead)
            return Response::error(ApiError::forbidden(QStringLiteral("Only team leads see all of their team's follow-ups.")));
        where = QStringLiteral("team_id = :team");
        binds.append({QStringLiteral("team"), ctx.me().teamId});
    } else {
        return Response::error(ApiError::badRequest(QStringLiteral("bad-parameter"), QStringLiteral("scope must be mine, queue or team.")));
    }
    const QString status = req.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (!fromCode<FollowUpStatus>(status))
            return Response::error(ApiError::badRequest(QStringLiteral("bad-parameter"), QStringLiteral("status must be open, done, unreachable or cancelled.")));
        where += QStringLiteral(" AND status = :status");
        binds.append({QStringLiteral("status"), status});
    }
    auto cursor = changeCursor(req);
    if (!cursor)
        return Response::error(cursor.error());
    auto limit = Api::intParam(req, QStringLiteral("limit"), 200, 1000);
    if (!limit)
        return Response::error(limit.error());
    binds.append({QStringLiteral("since"), cursor->since});
    binds.append({QStringLiteral("since2"), cursor->since});
    binds.append({QStringLiteral("after"), cursor->after});
    binds.append({QStringLiteral("l"), *limit});
    auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT ") + followUpColumns + QStringLiteral(" WHERE ") + where + changedAfter, binds);
    if (!q)
        return internal(q.error());
    QJsonArray items;
    qint64 lastAt = 0;
    QString lastId;
    while (q->next()) {
        const StoredFollowUp f = readFollowUp(*q);
        items.append(f.toJson());
        lastAt = f.updatedAt;
        lastId = f.id;
    }
    return Response::json(changePage(items, *cursor, lastAt, lastId, *limit));
}

// ---- surveys and flags: write-once records, idempotent by id ---------------------------------

Response putSurvey(const Request &req, Context &ctx)
{
    QString id;
    QJsonObject body;
    if (auto refused = putPrelude(req, ctx, {Role::Navigator, Role::TeamLead}, &id, &body))
        return *refused;
    auto survey = documentAs(body, QStringLiteral("survey"), [](const QJsonObject &o) { return surveyFromJson(o); });
    if (!survey)
        return Response::error(survey.error());
    const QString contactId = body.value(QStringLiteral("contact_id")).toString().toLower();
    if (!contactId.isEmpty() && !Api::isUuid(contactId))
        return Response::error(Api::validation(QStringLiteral("contact_id"), QStringLiteral("contact_id must be a UUID or absent.")));
    const QString doc = canonical(toJson(*survey));
    auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT owner_id, doc FROM survey WHERE id = :id"), {{"id", id}});
    if (!q)
        return internal(q.error());
    const QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("contact_id"), contactId.isEmpty() ? QJsonValue() : QJsonValue(contactId)},
                          {QStringLiteral("survey"), parseDoc(doc)}};
    if (q->next()) {
        if (q->value(0).toString() != ctx.me().id)
            return Response::error(ApiError::forbidden(QStringLiteral("This survey belongs to another navigator.")));
        if (q->value(1).toString() == doc)
            return Response::json(out);
        return Response::error(ApiError::conflict(QStringLiteral("already-recorded"),
                                                  QStringLiteral("A different survey was already recorded under this id; surveys are not edited.")));
    }
    q->finish();
    auto r = ServerDb::exec(ctx.db, QStringLiteral(
        "INSERT INTO survey (id, contact_id, owner_id, team_id, doc, created_at) VALUES (:id, :c, :o, :t, :d, :now)"
        " ON CONFLICT (id) DO NOTHING"),
        {{"id", id}, {"c", nullableText(contactId)}, {"o", ctx.me().id}, {"t", nullableText(ctx.me().teamId)},
         {"d", doc}, {"now", ctx.nowMs}});
    if (!r)
        return internal(r.error());
    return Response::json(out, 201);
}

Response putFlag(const Request &req, Context &ctx)
{
    QString id;
    QJsonObject body;
    if (auto refused = putPrelude(req, ctx, {Role::Navigator, Role::TeamLead, Role::Administrator}, &id, &body))
        return *refused;
    const QString serviceId = body.value(QStringLiteral("service_id")).toString();
    const QString reason = body.value(QStringLiteral("reason")).toString();
    const QString note = body.value(QStringLiteral("note")).toString();
    if (serviceId.isEmpty() || serviceId.size() > 200)
        return Response::error(Api::validation(QStringLiteral("service_id"), QStringLiteral("service_id names the service (1 to 200 characters).")));
    if (reason.isEmpty() || reason.size() > 100)
        return Response::error(Api::validation(QStringLiteral("reason"), QStringLiteral("reason is required (up to 100 characters).")));
    if (note.size() > 2000)
        return Response::error(Api::validation(QStringLiteral("note"), QStringLiteral("note is longer than 2000 characters.")));
    const QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("service_id"), serviceId},
                          {QStringLiteral("reason"), reason}, {QStringLiteral("note"), note},
                          {QStringLiteral("status"), QStringLiteral("open")}};
    auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT reporter_id, service_id, reason, note FROM dq_flag WHERE id = :id"), {{"id", id}});
    if (!q)
        return internal(q.error());
    if (q->next()) {
        if (q->value(0).toString() == ctx.me().id && q->value(1).toString() == serviceId
            && q->value(2).toString() == reason && q->value(3).toString() == note)
            return Response::json(out);
        return Response::error(ApiError::conflict(QStringLiteral("already-recorded"), QStringLiteral("Another flag was already recorded under this id.")));
    }
    q->finish();
    auto r = ServerDb::exec(ctx.db, QStringLiteral(
        "INSERT INTO dq_flag (id, service_id, reason, note, reporter_id, team_id, status, created_at)"
        " VALUES (:id, :s, :r, :n, :u, :t, 'open', :now) ON CONFLICT (id) DO NOTHING"),
        {{"id", id}, {"s", serviceId}, {"r", reason}, {"n", nonNullText(note)}, {"u", ctx.me().id},
         {"t", nullableText(ctx.me().teamId)}, {"now", ctx.nowMs}});
    if (!r)
        return internal(r.error());
    return Response::json(out, 201);
}

Response listFlags(const Request &, Context &ctx)
{
    if (auto denied = Api::requireRole(ctx, {Role::TeamLead, Role::Administrator}))
        return *denied;
    const bool admin = ctx.me().role == Role::Administrator;
    auto q = ServerDb::exec(ctx.db, QStringLiteral(
        "SELECT id, service_id, reason, note, status, created_at FROM dq_flag WHERE status = 'open'%1"
        " ORDER BY created_at LIMIT 1000").arg(admin ? QString() : QStringLiteral(" AND team_id = :t")),
        admin ? QList<std::pair<QString, QVariant>>{} : QList<std::pair<QString, QVariant>>{{QStringLiteral("t"), ctx.me().teamId}});
    if (!q)
        return internal(q.error());
    QJsonArray items;
    while (q->next())
        items.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()}, {QStringLiteral("service_id"), q->value(1).toString()},
                                 {QStringLiteral("reason"), q->value(2).toString()}, {QStringLiteral("note"), q->value(3).toString()},
                                 {QStringLiteral("status"), q->value(4).toString()}, {QStringLiteral("created_at"), q->value(5).toLongLong()}});
    return Response::json(QJsonObject{{QStringLiteral("items"), items}});
}

// ---- agent status -------------------------------------------------------------------------

const QStringList agentStates = {QStringLiteral("available"), QStringLiteral("on-call"), QStringLiteral("wrap-up"),
                                 QStringLiteral("break"), QStringLiteral("offline")};
constexpr qint64 staleAfterMs = 2 * 60 * 1000;

ApiResult<QString> agentStateOf(const QJsonObject &body)
{
    const QString state = body.value(QStringLiteral("state")).toString();
    if (!agentStates.contains(state))
        return ApiFail(Api::validation(QStringLiteral("state"), QStringLiteral("state must be one of: %1.").arg(agentStates.join(QStringLiteral(", ")))));
    return state;
}

// A time in ms since the epoch in `field` (absent: `fallback`). The workstation's clock is taken
// as it is: a change it recorded is refused for a malformed time only (a refused item would be
// held on the workstation for good).
ApiResult<qint64> changeTime(const QJsonObject &body, const QString &field, qint64 fallback)
{
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < 0)
        return ApiFail(Api::validation(field, QStringLiteral("%1 is a time in milliseconds since 1970 (a whole number).").arg(field)));
    return v.toInteger();
}

// The current state, from a change that began at `since`: a change older than the one shown is
// history only (a replay or an outbox that caught up late); the heartbeat time is refreshed
// either way. The same state again keeps its "since", unless the workstation had fallen silent
// (shown offline): coming back begins a new stretch.
Result<void> applyCurrentState(Context &ctx, const QString &state, qint64 since)
{
    auto r = ServerDb::exec(ctx.db, QStringLiteral(
        "INSERT INTO agent_status (user_id, team_id, state, since, updated_at) VALUES (:u, :t, :s, :since, :now)"
        " ON CONFLICT (user_id) DO UPDATE SET team_id = excluded.team_id, updated_at = excluded.updated_at,"
        " since = CASE WHEN excluded.since < agent_status.since THEN agent_status.since"
        "              WHEN agent_status.state = excluded.state AND agent_status.updated_at >= :fresh"
        "              THEN agent_status.since ELSE excluded.since END,"
        " state = CASE WHEN excluded.since < agent_status.since THEN agent_status.state ELSE excluded.state END"),
        {{"u", ctx.me().id}, {"t", nullableText(ctx.me().teamId)}, {"s", state}, {"since", since},
         {"now", ctx.nowMs}, {"fresh", ctx.nowMs - staleAfterMs}});
    if (!r)
        return Unexpected(r.error());
    return {};
}

// The live state (the workstation's heartbeat): {state, since?}. Without `since` a new state
// begins now.
Response putAgentStatus(const Request &req, Context &ctx)
{
    if (auto denied = Api::requireRole(ctx, {Role::Navigator, Role::TeamLead}))
        return *denied;
    auto body = req.jsonObject(ctx.settings.limits);
    if (!body)
        return Response::error(body.error());
    auto state = agentStateOf(*body);
    if (!state)
        return Response::error(state.error());
    auto since = changeTime(*body, QStringLiteral("since"), ctx.nowMs);
    if (!since)
        return Response::error(since.error());
    // a state does not begin in the server's future
    if (auto r = applyCurrentState(ctx, *state, std::min(*since, ctx.nowMs)); !r)
        return internal(r.error());
    return Response::noContent();
}

// One state change from a workstation's outbox: {state, at}, keyed by its UUID. Kept in the
// history once (a replay answers the same), and shown as the current state unless a later one
// already is.
Response putAgentStatusChange(const Request &req, Context &ctx)
{
    QString id;
    QJsonObject body;
    if (auto refused = putPrelude(req, ctx, {Role::Navigator, Role::TeamLead}, &id, &body))
        return *refused;
    auto state = agentStateOf(body);
    if (!state)
        return Response::error(state.error());
    if (!body.contains(QStringLiteral("at")))
        return Response::error(Api::validation(QStringLiteral("at"), QStringLiteral("at (when the state began, ms since 1970) is required.")));
    auto at = changeTime(body, QStringLiteral("at"), 0);
    if (!at)
        return Response::error(at.error());
    const QString forUser = body.value(QStringLiteral("user_id")).toString();
    if (!forUser.isEmpty() && forUser != ctx.me().id)
        return Response::error(ApiError::forbidden(QStringLiteral("This state change was recorded for another user.")));
    const QJsonObject out{{QStringLiteral("id"), id}, {QStringLiteral("state"), *state}, {QStringLiteral("at"), *at}};
    auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT user_id, state, at FROM agent_status_change WHERE id = :id"), {{"id", id}});
    if (!q)
        return internal(q.error());
    if (q->next()) {
        if (q->value(0).toString() == ctx.me().id && q->value(1).toString() == *state && q->value(2).toLongLong() == *at)
            return Response::json(out);
        return Response::error(ApiError::conflict(QStringLiteral("already-recorded"), QStringLiteral("Another state change was already recorded under this id.")));
    }
    q->finish();
    auto r = ServerDb::exec(ctx.db, QStringLiteral(
        "INSERT INTO agent_status_change (id, user_id, team_id, state, at, received_at)"
        " VALUES (:id, :u, :t, :s, :at, :now) ON CONFLICT (id) DO NOTHING"),
        {{"id", id}, {"u", ctx.me().id}, {"t", nullableText(ctx.me().teamId)}, {"s", *state}, {"at", *at}, {"now", ctx.nowMs}});
    if (!r)
        return internal(r.error());
    if (auto applied = applyCurrentState(ctx, *state, std::min(*at, ctx.nowMs)); !applied)
        return internal(applied.error());
    return Response::json(out, 201);
}

// A team lead's view of one navigator's state changes (?user=ID&from=MS&to=MS, oldest first):
// what time-in-state reports are made of.
Response listAgentStatusChanges(const Request &req, Context &ctx)
{
    if (auto denied = Api::requireRole(ctx, {Role::TeamLead}))
        return *denied;
    const QString user = req.queryValue(QStringLiteral("user"));
    bool okFrom = true, okTo = true;
    const QString fromText = req.queryValue(QStringLiteral("from"));
    const QString toText = req.queryValue(QStringLiteral("to"));
    const qint64 from = fromText.isEmpty() ? 0 : fromText.toLongLong(&okFrom);
    const qint64 to = toText.isEmpty() ? std::numeric_limits<qint64>::max() : toText.toLongLong(&okTo);
    if (user.isEmpty() || !okFrom || !okTo)
        return Response::error(ApiError::badRequest(QStringLiteral("bad-query"), QStringLiteral("Give user=<id>, and optionally from= and to= in ms since 1970.")));
    auto q = ServerDb::exec(ctx.db, QStringLiteral(
        "SELECT c.id, c.state, c.at FROM agent_status_change c JOIN app_user u ON u.id = c.user_id"
        " WHERE c.user_id = :u AND u.team_id = :t AND c.at >= :from AND c.at <= :to ORDER BY c.at, c.received_at LIMIT 5000"),
        {{"u", user}, {"t", ctx.me().teamId}, {"from", from}, {"to", to}});
    if (!q)
        return internal(q.error());
    QJsonArray items;
    while (q->next())
        items.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()}, {QStringLiteral("state"), q->value(1).toString()},
                                 {QStringLiteral("at"), q->value(2).toLongLong()}});
    return Response::json(QJsonObject{{QStringLiteral("items"), items}});
}

Response listAgentStatus(const Request &, Context &ctx)
{
    if (auto denied = Api::requireRole(ctx, {Role::TeamLead}))
        return *denied;
    auto q = ServerDb::exec(ctx.db, QStringLiteral(
        "SELECT u.id, u.username, u.display_name, s.state, s.since, s.updated_at FROM app_user u"
        " LEFT JOIN agent_status s ON s.user_id = u.id WHERE u.team_id = :t AND u.disabled = 0 ORDER BY u.display_name"),
        {{"t", ctx.me().teamId}});
    if (!q)
        return internal(q.error());
    QJsonArray items;
    while (q->next()) {
        const qint64 updated = q->value(5).toLongLong();
        const bool stale = q->value(3).isNull() || ctx.nowMs - updated > staleAfterMs;
        items.append(QJsonObject{{QStringLiteral("user_id"), q->value(0).toString()},
                                 {QStringLiteral("username"), q->value(1).toString()},
                                 {QStringLiteral("display_name"), q->value(2).toString()},
                                 {QStringLiteral("state"), stale ? QStringLiteral("offline") : q->value(3).toString()},
                                 {QStringLiteral("reported_state"), q->value(3).isNull() ? QJsonValue() : QJsonValue(q->value(3).toString())},
                                 {QStringLiteral("since"), q->value(4).isNull() ? QJsonValue() : QJsonValue(q->value(4).toLongLong())},
                                 {QStringLiteral("last_heartbeat"), q->value(5).isNull() ? QJsonValue() : QJsonValue(updated)},
                                 {QStringLiteral("stale"), stale}});
    }
    return Response::json(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("server_time"), ctx.nowMs}});
}

} // namespace

void registerRecordRoutes(Router &router)
{
    router.add("PUT", QStringLiteral("/api/v1/contacts/{id}"), Auth::Required, putContact);
    router.add("GET", QStringLiteral("/api/v1/contacts/{id}"), Auth::Required, getContact);
    router.add("GET", QStringLiteral("/api/v1/contacts"), Auth::Required, listContacts);
    router.add("PUT", QStringLiteral("/api/v1/followups/{id}"), Auth::Required, putFollowUp);
    router.add("GET", QStringLiteral("/api/v1/followups/{id}"), Auth::Required, getFollowUp);
    router.add("GET", QStringLiteral("/api/v1/followups"), Auth::Required, listFollowUps);
    router.add("PUT", QStringLiteral("/api/v1/surveys/{id}"), Auth::Required, putSurvey);
    router.add("PUT", QStringLiteral("/api/v1/flags/{id}"), Auth::Required, putFlag);
    router.add("GET", QStringLiteral("/api/v1/flags"), Auth::Required, listFlags);
    router.add("PUT", QStringLiteral("/api/v1/agent-status"), Auth::Required, putAgentStatus);
    router.add("GET", QStringLiteral("/api/v1/agent-status"), Auth::Required, listAgentStatus);
    router.add("PUT", QStringLiteral("/api/v1/agent-status/changes/{id}"), Auth::Required, putAgentStatusChange);
    router.add("GET", QStringLiteral("/api/v1/agent-status/changes"), Auth::Required, listAgentStatusChanges);
}

} // namespace Nav::Server

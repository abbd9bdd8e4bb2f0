// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/contactstore.h"

#include "contacts/audittrail.h"
#include "contacts/contactrules.h"
#include "contacts/phonenumber.h"
#include "contacts/storesql.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace Nav::Contacts {
namespace {

const QString kContact = QStringLiteral("contact");
const QString kFollowUp = QStringLiteral("followup");
const QString kSurvey = QStringLiteral("survey");

// A contact row as stored: its document parsed, nothing put back into it.
struct StoredContact
{
    qint64 id = 0;
    QJsonObject doc;
    Core::Contact raw;
};

struct StoredFollowUp
{
    QJsonObject doc;
    Core::FollowUp followUp;
};

Unexpected refusal(const QString &title, const QList<FieldIssue> &issues)
{
    QStringList lines;
    QStringList fields;
    for (const FieldIssue &issue : issues) {
        lines << QStringLiteral("• %1").arg(issue.message);
        fields << issue.field;
    }
    return fail(ErrorCode::InvalidInput,
                QStringLiteral("%1\n%2").arg(title, lines.join(QLatin1Char('\n'))),
                QStringLiteral("refused, fields: %1").arg(fields.join(QLatin1Char(','))));
}

Result<qint64> nextId(QSqlDatabase &db, const QString &table)
{
    // The store has one connection and this runs inside a write transaction: nobody else can
    // take the id between this read and the insert. Knowing the id first lets the document
    // carry it from the first write.
    QSqlQuery q(db);
    auto done = StoreSql::exec(
        q, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table), {}, "next id");
    if (!done)
        return Unexpected(done.error());
    if (!q.next())
        return StoreSql::queryError(q, "next id");
    return q.value(0).toLongLong();
}

Result<Core::Contact> contactFromDoc(const QByteArray &bytes, qint64 id, QJsonObject *docOut)
{
    auto doc = StoreSql::parseDoc(bytes, "contact", id);
    if (!doc)
        return Unexpected(doc.error());
    auto contact = Core::contactFromJson(*doc);
    if (!contact) {
        return fail(ErrorCode::Database, ContactStore::tr("A stored contact could not be read."),
                    QStringLiteral("contact %1: %2").arg(id).arg(contact.error().detail));
    }
    if (docOut)
        *docOut = *doc;
    contact->id = id;
    return contact;
}

Result<std::optional<StoredContact>> loadContactRow(QSqlDatabase &db, const QString &where,
                                                    const QVariant &key)
{
    QSqlQuery q(db);
    auto done = StoreSql::exec(
        q, QStringLiteral("SELECT id, doc FROM contact WHERE %1 = ?").arg(where), {key},
        "contact read");
    if (!done)
        return Unexpected(done.error());
    if (!q.next())
        return std::optional<StoredContact>();
    StoredContact stored;
    stored.id = q.value(0).toLongLong();
    auto contact = contactFromDoc(q.value(1).toByteArray(), stored.id, &stored.doc);
    if (!contact)
        return Unexpected(contact.error());
    stored.raw = *contact;
    return std::optional<StoredContact>(std::move(stored));
}

Unexpected noSuchContact(qint64 id)
{
    return fail(ErrorCode::InvalidInput, ContactStore::tr("This contact is not in the store."),
                QStringLiteral("no contact %1").arg(id));
}

Unexpected noSuchFollowUp(qint64 id)
{
    return fail(ErrorCode::InvalidInput, ContactStore::tr("This follow-up is not in the store."),
                QStringLiteral("no follow-up %1").arg(id));
}

Result<StoredContact> requireContact(QSqlDatabase &db, qint64 id)
{
    auto row = loadContactRow(db, QStringLiteral("id"), qlonglong(id));
    if (!row)
        return Unexpected(row.error());
    if (!*row)
        return noSuchContact(id);
    return std::move(**row);
}

// The contact a save or close writes over: by id, else by uuid (a form restored from a draft
// after its contact was saved carries the uuid but may have lost the id).
Result<std::optional<StoredContact>> existingContact(QSqlDatabase &db, const Core::Contact &c)
{
    if (c.id != 0) {
        auto row = requireContact(db, c.id);
        if (!row)
            return Unexpected(row.error());
        return std::optional<StoredContact>(std::move(*row));
    }
    if (c.uuid.isEmpty())
        return std::optional<StoredContact>();
    return loadContactRow(db, QStringLiteral("uuid"), c.uuid);
}

Result<StoredFollowUp> followUpFromDoc(const QByteArray &bytes, qint64 id, qint64 contactId)
{
    auto doc = StoreSql::parseDoc(bytes, "followup", id);
    if (!doc)
        return Unexpected(doc.error());
    auto followUp = Core::followUpFromJson(*doc);
    if (!followUp) {
        return fail(ErrorCode::Database, ContactStore::tr("A stored follow-up could not be read."),
                    QStringLiteral("followup %1: %2").arg(id).arg(followUp.error().detail));
    }
    followUp->id = id;
    followUp->contactId = contactId;
    return StoredFollowUp{*doc, *followUp};
}

Result<std::optional<StoredFollowUp>> loadFollowUpRow(QSqlDatabase &db, const QString &where,
                                                      qint64 key)
{
    QSqlQuery q(db);
    auto done = StoreSql::exec(q,
                               QStringLiteral("SELECT id, contact_id, doc FROM followup "
                                              "WHERE %1 = ? ORDER BY id LIMIT 1")
                                   .arg(where),
                               {qlonglong(key)}, "followup read");
    if (!done)
        return Unexpected(done.error());
    if (!q.next())
        return std::optional<StoredFollowUp>();
    auto stored = followUpFromDoc(q.value(2).toByteArray(), q.value(0).toLongLong(),
                                  q.value(1).toLongLong());
    if (!stored)
        return Unexpected(stored.error());
    return std::optional<StoredFollowUp>(std::move(*stored));
}

Result<StoredFollowUp> requireFollowUp(QSqlDatabase &db, qint64 id)
{
    auto row = loadFollowUpRow(db, QStringLiteral("id"), id);
    if (!row)
        return Unexpected(row.error());
    if (!*row)
        return noSuchFollowUp(id);
    return std::move(**row);
}

Result<void> audit(QSqlDatabase &db, const StoreContext &context, const QString &kind,
                   const QString &recordId, const QString &action, const QStringList &fields)
{
    AuditEntry entry;
    entry.at = context.now;
    entry.actor = context.navigator;
    entry.recordKind = kind;
    entry.recordId = recordId;
    entry.action = action;
    entry.fields = fields;
    return AuditTrail::append(db, entry);
}

// The JSON codec keeps a time's offset and refuses a time without one when reading: a local
// time (QDateTime::currentDateTime()) is pinned to its current offset, same instant.
void pinOffset(QDateTime &t)
{
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t = t.toOffsetFromUtc(t.offsetFromUtc());
}

void pinOffsets(Core::FollowUp &f)
{
    pinOffset(f.consentAt);
    for (Core::FollowUpOutcome &attempt : f.attempts)
        pinOffset(attempt.at);
}

void pinOffsets(Core::Contact &c)
{
    pinOffset(c.start);
    pinOffset(c.end);
    pinOffset(c.closedAt);
    if (c.followUp)
        pinOffsets(*c.followUp);
    if (c.survey)
        pinOffset(c.survey->at);
}

// What every save and close does before the rules look at the contact.
void prepare(Core::Contact &contact, const StoreContext &context)
{
    pinOffsets(contact);
    if (contact.inquirer.anonymous)
        ContactRules::applyAnonymity(contact);
    // Lists and the repeat-caller hint are ordered by start: a contact always has one.
    if (!contact.start.isValid())
        contact.start = context.now;
}

Result<void> normalisePhone(Core::Contact &contact)
{
    if (contact.inquirer.phone.trimmed().isEmpty()) {
        contact.inquirer.phone.clear();
        return {};
    }
    auto e164 = PhoneNumber::normalise(contact.inquirer.phone);
    if (!e164) {
        return fail(ErrorCode::InvalidInput, e164.error().message,
                    QStringLiteral("phone refused: %1").arg(errorCodeName(e164.error().code)));
    }
    contact.inquirer.phone = *e164;
    return {};
}

Result<bool> hasFollowUpRow(QSqlDatabase &db, qint64 contactId)
{
    QSqlQuery q(db);
    auto done = StoreSql::exec(
        q, QStringLiteral("SELECT 1 FROM followup WHERE contact_id = ? LIMIT 1"),
        {qlonglong(contactId)}, "followup exists");
    if (!done)
        return Unexpected(done.error());
    return q.next();
}

// Inserts or updates the contact row and audits the fields that changed. `contact` receives
// its id, uuid and navigator. Writes nothing when nothing changed.
// The UUID a row is known by on the server; rows from before schema 4 get one the first
// time they are sent.
Result<QString> rowUuid(QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    if (auto r = StoreSql::exec(q, QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table),
                                {qlonglong(id)}, "uuid read");
        !r) {
        return Unexpected(r.error());
    }
    if (q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto r = StoreSql::exec(q, QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(table),
                                {uuid, qlonglong(id)}, "uuid write");
        !r) {
        return Unexpected(r.error());
    }
    return uuid;
}

Result<void> queueItem(QSqlDatabase &db, const QString &kind, const QString &key,
                       const QString &collection, const QJsonObject &body, const QDateTime &now)
{
    Storage::OutboxItem item;
    item.kind = kind;
    item.recordKey = key;
    item.method = "PUT";
    item.path = QStringLiteral("/api/v1/%1/").arg(collection) + key;
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return Storage::Outbox::put(db, item, now);
}

// A follow-up for the server: its contact's UUID, the follow-up, and for the team queue
// "assigned_to": null (the sync engine drops assigned_to when it updates an existing
// follow-up, so a lead's reassignment is never undone from here).
Result<void> queueFollowUp(QSqlDatabase &db, const Core::FollowUp &followUp, const QJsonObject &doc,
                           const QDateTime &now)
{
    auto key = rowUuid(db, kFollowUp, followUp.id);
    if (!key)
        return Unexpected(key.error());
    auto contactKey = rowUuid(db, kContact, followUp.contactId);
    if (!contactKey)
        return Unexpected(contactKey.error());
    QJsonObject body{{QStringLiteral("contact_id"), contactKey->toLower()},
                     {QStringLiteral("followup"), doc}};
    if (followUp.assignee == Core::FollowUpAssignee::TeamQueue)
        body.insert(QStringLiteral("assigned_to"), QJsonValue::Null);
    return queueItem(db, kFollowUp, key->toLower(), QStringLiteral("followups"), body, now);
}

// Puts the contact in the outbox: PUT /api/v1/contacts/<uuid> with an increasing revision,
// in the caller's transaction.
Result<void> queueForServer(QSqlDatabase &db, const Core::Contact &contact, const QJsonObject &doc,
                            const QDateTime &now)
{
    const QString key = contact.uuid.toLower();
    auto revision = Storage::Outbox::nextRevision(db, kContact, key);
    if (!revision)
        return Unexpected(revision.error());
    return queueItem(db, kContact, key, QStringLiteral("contacts"),
                     QJsonObject{{QStringLiteral("revision"), *revision}, {QStringLiteral("contact"), doc}}, now);
}

Result<void> writeContact(QSqlDatabase &db, Core::Contact &contact,
                          const std::optional<StoredContact> &old, const StoreContext &context,
                          const QString &action)
{
    if (old) {
        contact.id = old->id;
        contact.uuid = old->raw.uuid; // stable across sync: never rewritten
        if (contact.navigator.isEmpty())
            contact.navigator = old->raw.navigator;
        // Once agreed to, a follow-up changes through its own row only (outcomes, links).
        auto hasRow = hasFollowUpRow(db, old->id);
        if (!hasRow)
            return Unexpected(hasRow.error());
        if (*hasRow)
            contact.followUp = old->raw.followUp;
    } else {
        auto id = nextId(db, kContact);
        if (!id)
            return Unexpected(id.error());
        contact.id = *id;
        if (contact.uuid.isEmpty())
            contact.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (contact.navigator.isEmpty())
            contact.navigator = context.navigator;
    }
    const QJsonObject doc = Core::toJson(contact);
    const QStringList fields =
        AuditTrail::changedFields(old ? old->doc : Core::toJson(Core::Contact{}), doc);
    if (old && fields.isEmpty())
        return {};

    const QVariantList columns{
        StoreSql::nonNull(contact.navigator),
        Core::codeOf(contact.channel),
        Core::codeOf(contact.direction),
        StoreSql::time(contact.start),
        StoreSql::time(contact.end),
        Core::codeOf(contact.disposition),
        StoreSql::text(contact.inquirer.phone),
        StoreSql::text(contact.needs.isEmpty() ? QString() : contact.needs.constFirst().category),
        contact.crisis ? 1 : 0,
        StoreSql::time(contact.closedAt),
        StoreSql::rowId(contact.linkedContactId),
        StoreSql::time(context.now),
        StoreSql::compact(doc),
    };
    QSqlQuery q(db);
    Result<void> written;
    if (old) {
        written = StoreSql::exec(q,
                                 QStringLiteral("UPDATE contact SET navigator = ?, channel = ?, "
                                                "direction = ?, started_at = ?, ended_at = ?, "
                                                "disposition = ?, phone_e164 = ?, first_need = ?, "
                                                "crisis = ?, closed_at = ?, linked_contact_id = ?, "
                                                "updated_at = ?, doc = ? WHERE id = ?"),
                                 columns + QVariantList{qlonglong(contact.id)}, "contact update");
    } else {
        written = StoreSql::exec(
            q,
            QStringLiteral("INSERT INTO contact (navigator, channel, direction, started_at, "
                           "ended_at, disposition, phone_e164, first_need, crisis, closed_at, "
                           "linked_contact_id, updated_at, doc, id, uuid, created_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            columns
                + QVariantList{qlonglong(contact.id), contact.uuid, StoreSql::time(context.now)},
            "contact insert");
    }
    if (!written)
        return written;
    if (auto a = audit(db, context, kContact, contact.uuid, action, fields); !a)
        return a;
    // The central server gets every saved version (the latest one waiting replaces older ones).
    if (auto queued = queueForServer(db, contact, doc, context.now); !queued)
        return queued;
    qCInfo(lcNavContactsService) << "contact" << contact.id << action << fields.size()
                                 << "fields";
    return {};
}

Core::Channel channelOf(Core::FollowUpMethod method)
{
    switch (method) {
    case Core::FollowUpMethod::Phone: return Core::Channel::Call;
    case Core::FollowUpMethod::Text: return Core::Channel::Text;
    case Core::FollowUpMethod::Email: return Core::Channel::Email;
    }
    return Core::Channel::Call;
}

Result<void> insertFollowUp(QSqlDatabase &db, Core::FollowUp &followUp,
                            const StoreContext &context)
{
    auto id = nextId(db, kFollowUp);
    if (!id)
        return Unexpected(id.error());
    followUp.id = *id;
    const QJsonObject doc = Core::toJson(followUp);
    QSqlQuery q(db);
    auto written = StoreSql::exec(
        q,
        QStringLiteral("INSERT INTO followup (id, contact_id, status, due_date, assignee, "
                       "navigator, attempts, new_contact_id, created_at, updated_at, closed_at, "
                       "doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
        {qlonglong(followUp.id), qlonglong(followUp.contactId), Core::codeOf(followUp.status),
         StoreSql::date(followUp.due), Core::codeOf(followUp.assignee),
         StoreSql::nonNull(followUp.navigator), int(followUp.attempts.size()),
         StoreSql::rowId(followUp.newContactId), StoreSql::time(context.now),
         StoreSql::time(context.now), QVariant(QMetaType::fromType<QString>()),
         StoreSql::compact(doc)},
        "followup insert");
    if (!written)
        return written;
    if (auto a = audit(db, context, kFollowUp, QString::number(followUp.id), QStringLiteral("create"),
                       AuditTrail::changedFields(Core::toJson(Core::FollowUp{}), doc));
        !a) {
        return a;
    }
    return queueFollowUp(db, followUp, doc, context.now);
}

Result<void> updateFollowUp(QSqlDatabase &db, const StoredFollowUp &old,
                            const Core::FollowUp &followUp, const StoreContext &context,
                            const QString &action)
{
    const QJsonObject doc = Core::toJson(followUp);
    const QStringList fields = AuditTrail::changedFields(old.doc, doc);
    if (fields.isEmpty())
        return {};
    const bool open = followUp.status == Core::FollowUpStatus::Open;
    QSqlQuery q(db);
    auto written = StoreSql::exec(
        q,
        QStringLiteral("UPDATE followup SET status = ?, due_date = ?, assignee = ?, navigator = ?, "
                       "attempts = ?, new_contact_id = ?, updated_at = ?, "
                       "closed_at = CASE WHEN ? THEN NULL ELSE COALESCE(closed_at, ?) END, "
                       "doc = ? WHERE id = ?"),
        {Core::codeOf(followUp.status), StoreSql::date(followUp.due),
         Core::codeOf(followUp.assignee), StoreSql::nonNull(followUp.navigator),
         int(followUp.attempts.size()), StoreSql::rowId(followUp.newContactId),
         StoreSql::time(context.now), open ? 1 : 0, StoreSql::time(context.now),
         StoreSql::compact(doc), qlonglong(followUp.id)},
        "followup update");
    if (!written)
        return written;
    if (auto a = audit(db, context, kFollowUp, QString::number(followUp.id), action, fields); !a)
        return a;
    if (auto queued = queueFollowUp(db, followUp, doc, context.now); !queued)
        return queued;
    qCInfo(lcNavContactsService) << "follow-up" << followUp.id << action << fields.size()
                                 << "fields";
    return {};
}

// A survey for the server, with the UUID of the contact it belongs to (directly, or through
// its follow-up).
Result<void> queueSurvey(QSqlDatabase &db, qint64 surveyId, const QString &ownerColumn,
                         qint64 ownerId, const QJsonObject &doc, const QDateTime &now)
{
    auto key = rowUuid(db, kSurvey, surveyId);
    if (!key)
        return Unexpected(key.error());
    qint64 contactId = ownerId;
    if (ownerColumn == QLatin1String("followup_id")) {
        QSqlQuery q(db);
        if (auto r = StoreSql::exec(q, QStringLiteral("SELECT contact_id FROM followup WHERE id = ?"),
                                    {qlonglong(ownerId)}, "survey contact");
            !r) {
            return r;
        }
        contactId = q.next() ? q.value(0).toLongLong() : 0;
    }
    QJsonObject body{{QStringLiteral("survey"), doc}};
    if (contactId > 0) {
        auto contactKey = rowUuid(db, kContact, contactId);
        if (!contactKey)
            return Unexpected(contactKey.error());
        body.insert(QStringLiteral("contact_id"), contactKey->toLower());
    }
    return queueItem(db, kSurvey, key->toLower(), QStringLiteral("surveys"), body, now);
}

// One survey per contact and one per follow-up: inserted the first time, corrected after.
Result<void> writeSurvey(QSqlDatabase &db, const QString &ownerColumn, qint64 ownerId,
                         const Core::SurveyResponse &survey, const StoreContext &context)
{
    QSqlQuery find(db);
    auto found = StoreSql::exec(
        find, QStringLiteral("SELECT id, doc FROM survey WHERE %1 = ?").arg(ownerColumn),
        {qlonglong(ownerId)}, "survey read");
    if (!found)
        return found;
    const QJsonObject doc = Core::toJson(survey);
    const QVariantList columns{Core::codeOf(survey.channel),
                               survey.asked ? 1 : 0,
                               survey.consent ? 1 : 0,
                               Core::codeOf(survey.satisfaction),
                               Core::codeOf(survey.wouldContactAgain),
                               StoreSql::time(survey.at.isValid() ? survey.at : context.now),
                               StoreSql::time(context.now),
                               StoreSql::compact(doc)};
    QSqlQuery q(db);
    if (find.next()) {
        const qint64 id = find.value(0).toLongLong();
        auto oldDoc = StoreSql::parseDoc(find.value(1).toByteArray(), "survey", id);
        if (!oldDoc)
            return Unexpected(oldDoc.error());
        const QStringList fields = AuditTrail::changedFields(*oldDoc, doc);
        if (fields.isEmpty())
            return {};
        auto written = StoreSql::exec(q,
                                      QStringLiteral("UPDATE survey SET channel = ?, asked = ?, "
                                                     "consent = ?, satisfaction = ?, "
                                                     "would_contact_again = ?, at = ?, "
                                                     "updated_at = ?, doc = ? WHERE id = ?"),
                                      columns + QVariantList{qlonglong(id)}, "survey update");
        if (!written)
            return written;
        if (auto a = audit(db, context, kSurvey, QString::number(id), QStringLiteral("update"), fields); !a)
            return a;
        return queueSurvey(db, id, ownerColumn, ownerId, doc, context.now);
    }
    auto id = nextId(db, kSurvey);
    if (!id)
        return Unexpected(id.error());
    auto written = StoreSql::exec(q,
                                  QStringLiteral("INSERT INTO survey (channel, asked, consent, "
                                                 "satisfaction, would_contact_again, at, "
                                                 "updated_at, doc, id, %1) "
                                                 "VALUES (?,?,?,?,?,?,?,?,?,?)")
                                      .arg(ownerColumn),
                                  columns + QVariantList{qlonglong(*id), qlonglong(ownerId)},
                                  "survey insert");
    if (!written)
        return written;
    if (auto a = audit(db, context, kSurvey, QString::number(*id), QStringLiteral("create"),
                       AuditTrail::changedFields(Core::toJson(Core::SurveyResponse{}), doc));
        !a) {
        return a;
    }
    return queueSurvey(db, *id, ownerColumn, ownerId, doc, context.now);
}

// The contact as the UI sees it: its stored document with its follow-up row put back.
Result<Core::Contact> readContact(QSqlDatabase &db, qint64 id)
{
    auto stored = requireContact(db, id);
    if (!stored)
        return Unexpected(stored.error());
    Core::Contact contact = stored->raw;
    auto followUp = loadFollowUpRow(db, QStringLiteral("contact_id"), id);
    if (!followUp)
        return Unexpected(followUp.error());
    if (*followUp)
        contact.followUp = (*followUp)->followUp;
    return contact;
}

Result<QList<ContactSummary>> summaries(QSqlDatabase &db, const QStringList &conditions,
                                        const QVariantList &values, int limit)
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.uuid, c.started_at, c.channel, c.direction, c.disposition, c.phone_e164, "
        "c.first_need, c.crisis, EXISTS (SELECT 1 FROM followup f WHERE f.contact_id = c.id) "
        "FROM contact c");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY c.started_at DESC, c.id DESC LIMIT ?");
    QSqlQuery q(db);
    auto done = StoreSql::exec(q, sql, values + QVariantList{limit > 0 ? limit : -1},
                               "contact list");
    if (!done)
        return Unexpected(done.error());
    QList<ContactSummary> out;
    while (q.next()) {
        ContactSummary s;
        s.id = q.value(0).toLongLong();
        s.uuid = q.value(1).toString();
        s.start = StoreSql::parseTime(q.value(2));
        s.channel = Core::fromCode<Core::Channel>(q.value(3).toString()).value_or(s.channel);
        s.direction =
            Core::fromCode<Core::Direction>(q.value(4).toString()).value_or(s.direction);
        s.disposition =
            Core::fromCode<Core::Disposition>(q.value(5).toString()).value_or(s.disposition);
        s.phone = q.value(6).toString();
        s.firstNeed = q.value(7).toString();
        s.crisis = q.value(8).toInt() != 0;
        s.hasFollowUp = q.value(9).toInt() != 0;
        out << s;
    }
    return out;
}

QString digitsOf(const QString &s)
{
    QString out;
    for (const QChar c : s) {
        if (c.isDigit())
            out += QChar(u'0' + c.digitValue());
    }
    return out;
}

} // namespace

Result<Core::Contact> ContactStore::save(QSqlDatabase &db, Core::Contact contact,
                                         const StoreContext &context)
{
    prepare(contact, context);
    if (const auto issues = ContactRules::validateDraft(contact); !issues.isEmpty())
        return refusal(tr("The contact cannot be saved:"), issues);
    if (auto phone = normalisePhone(contact); !phone)
        return Unexpected(phone.error());

    Storage::Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.beginError());
    auto old = existingContact(db, contact);
    if (!old)
        return Unexpected(old.error());
    // Only close() records a disposition, after checking the rules of closing with it.
    contact.disposition = *old ? (*old)->raw.disposition : Core::Disposition::None;
    contact.closedAt = *old ? (*old)->raw.closedAt : QDateTime();
    if (contact.isClosed() && contact.survey) {
        if (const auto issues = ContactRules::validateSurvey(*contact.survey); !issues.isEmpty())
            return refusal(tr("The contact cannot be saved:"), issues);
    }
    const QString action = *old ? QStringLiteral("update") : QStringLiteral("create");
    if (auto written = writeContact(db, contact, *old, context, action); !written)
        return Unexpected(written.error());
    // A correction of a closed contact's survey goes to the survey table as well.
    if (contact.isClosed() && contact.survey) {
        if (auto s = writeSurvey(db, QStringLiteral("contact_id"), contact.id, *contact.survey,
                                 context);
            !s) {
            return Unexpected(s.error());
        }
    }
    if (auto committed = tx.commit(); !committed)
        return Unexpected(committed.error());
    return readContact(db, contact.id);
}

Result<ContactStore::Closed> ContactStore::close(QSqlDatabase &db, Core::Contact contact,
                                                 const StoreContext &context)
{
    contact.closedAt = context.now;
    prepare(contact, context);
    if (contact.followUp) {
        Core::FollowUp &f = *contact.followUp;
        // consentAt is left alone: without it the answer was never recorded, which the
        // rules refuse.
        if (f.assignee == Core::FollowUpAssignee::Me && f.navigator.isEmpty())
            f.navigator = context.navigator;
    }
    if (contact.survey) {
        contact.survey->channel = contact.channel;
        if (!contact.survey->at.isValid())
            contact.survey->at = context.now;
    }
    if (const auto issues = ContactRules::validateClose(contact, context.now); !issues.isEmpty())
        return refusal(tr("The contact cannot be closed:"), issues);
    if (auto phone = normalisePhone(contact); !phone)
        return Unexpected(phone.error());

    Storage::Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.beginError());
    auto old = existingContact(db, contact);
    if (!old)
        return Unexpected(old.error());
    // The proposal as made: a follow-up created by an earlier close is kept by writeContact.
    const std::optional<Core::FollowUp> proposal = contact.followUp;
    if (auto written = writeContact(db, contact, *old, context, QStringLiteral("close"));
        !written) {
        return Unexpected(written.error());
    }
    Closed closed;
    auto hasRow = hasFollowUpRow(db, contact.id);
    if (!hasRow)
        return Unexpected(hasRow.error());
    // Consent no is kept in the contact's document only ("proposed, declined").
    if (proposal && proposal->consent && !*hasRow) {
        Core::FollowUp followUp = *proposal;
        followUp.contactId = contact.id;
        followUp.status = Core::FollowUpStatus::Open;
        followUp.attempts.clear();
        if (auto inserted = insertFollowUp(db, followUp, context); !inserted)
            return Unexpected(inserted.error());
        closed.followUpCreated = true;
    }
    if (contact.survey) {
        if (auto s = writeSurvey(db, QStringLiteral("contact_id"), contact.id, *contact.survey,
                                 context);
            !s) {
            return Unexpected(s.error());
        }
    }
    if (auto committed = tx.commit(); !committed)
        return Unexpected(committed.error());
    auto read = readContact(db, contact.id);
    if (!read)
        return Unexpected(read.error());
    closed.contact = *read;
    return closed;
}

Result<Core::Contact> ContactStore::contact(QSqlDatabase &db, qint64 id)
{
    return readContact(db, id);
}

Result<QList<ContactSummary>> ContactStore::recent(QSqlDatabase &db, const QString &navigator,
                                                   int limit)
{
    return summaries(db, {QStringLiteral("c.navigator = ?")}, {StoreSql::nonNull(navigator)},
                     limit);
}

Result<QList<ContactSummary>> ContactStore::find(QSqlDatabase &db, const ContactQuery &query)
{
    QStringList conditions;
    QVariantList values;
    const QString phone = query.phone.trimmed();
    if (!phone.isEmpty()) {
        auto e164 = PhoneNumber::normalise(phone);
        if (e164) {
            conditions << QStringLiteral("c.phone_e164 = ?");
            values << *e164;
        } else {
            // Part of a number ("555-0199", "0199"): its digits anywhere in the stored number.
            const QString digits = digitsOf(phone);
            if (digits.size() < 4) {
                return fail(ErrorCode::InvalidInput,
                            tr("Type at least four digits of the phone number."),
                            QStringLiteral("phone query too short"));
            }
            conditions << QStringLiteral("c.phone_e164 LIKE ?");
            values << QStringLiteral("%%1%").arg(digits);
        }
    }
    // Dates are the navigator's local calendar days.
    if (query.from.isValid()) {
        conditions << QStringLiteral("c.started_at >= ?");
        values << StoreSql::time(QDateTime(query.from, QTime(0, 0), Qt::LocalTime));
    }
    if (query.to.isValid()) {
        conditions << QStringLiteral("c.started_at < ?");
        values << StoreSql::time(QDateTime(query.to.addDays(1), QTime(0, 0), Qt::LocalTime));
    }
    if (query.disposition) {
        conditions << QStringLiteral("c.disposition = ?");
        values << Core::codeOf(*query.disposition);
    }
    return summaries(db, conditions, values, query.limit);
}

Result<std::optional<RepeatCaller>> ContactStore::repeatCaller(QSqlDatabase &db,
                                                               const QString &phone,
                                                               qint64 excludeId,
                                                               const QDateTime &now)
{
    if (phone.trimmed().isEmpty())
        return std::optional<RepeatCaller>();
    // A number still being typed gives no hint rather than an error.
    auto e164 = PhoneNumber::normalise(phone.trimmed());
    if (!e164)
        return std::optional<RepeatCaller>();
    QSqlQuery q(db);
    auto done = StoreSql::exec(q,
                               QStringLiteral("SELECT count(*), MAX(started_at) FROM contact "
                                              "WHERE phone_e164 = ? AND id <> ? "
                                              "AND started_at >= ? AND started_at <= ?"),
                               {*e164, qlonglong(excludeId), StoreSql::time(now.addDays(-30)),
                                StoreSql::time(now)},
                               "repeat caller");
    if (!done)
        return Unexpected(done.error());
    if (!q.next() || q.value(0).toInt() == 0)
        return std::optional<RepeatCaller>();
    RepeatCaller repeat;
    repeat.previousContacts = q.value(0).toInt();
    repeat.lastContact = StoreSql::parseTime(q.value(1));
    return std::optional<RepeatCaller>(repeat);
}

Result<QList<FollowUpItem>> ContactStore::followUps(QSqlDatabase &db, int doneDays,
                                                    const StoreContext &context)
{
    QSqlQuery q(db);
    auto done = StoreSql::exec(
        q,
        QStringLiteral("SELECT f.id, f.contact_id, f.doc, c.uuid, c.phone_e164, c.first_need, "
                       "c.crisis FROM followup f JOIN contact c ON c.id = f.contact_id "
                       "WHERE (f.assignee = ? OR f.navigator = ?) "
                       "AND (f.status = ? OR f.closed_at >= ?) "
                       "ORDER BY f.due_date IS NULL, f.due_date, f.id"),
        {Core::codeOf(Core::FollowUpAssignee::TeamQueue), StoreSql::nonNull(context.navigator),
         Core::codeOf(Core::FollowUpStatus::Open),
         StoreSql::time(context.now.addDays(-qMax(0, doneDays)))},
        "followup list");
    if (!done)
        return Unexpected(done.error());
    QList<FollowUpItem> out;
    while (q.next()) {
        auto stored = followUpFromDoc(q.value(2).toByteArray(), q.value(0).toLongLong(),
                                      q.value(1).toLongLong());
        if (!stored)
            return Unexpected(stored.error());
        FollowUpItem item;
        item.followUp = stored->followUp;
        item.contactUuid = q.value(3).toString();
        item.phone = q.value(4).toString();
        item.firstNeed = q.value(5).toString();
        item.crisis = q.value(6).toInt() != 0;
        out << item;
    }
    return out;
}

Result<Core::FollowUp> ContactStore::recordOutcome(QSqlDatabase &db, qint64 followUpId,
                                                   Core::FollowUpOutcome outcome,
                                                   const StoreContext &context)
{
    if (const auto issues = ContactRules::validateOutcome(outcome); !issues.isEmpty())
        return refusal(tr("The outcome cannot be recorded:"), issues);
    if (!outcome.at.isValid())
        outcome.at = context.now;
    pinOffset(outcome.at);

    Storage::Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.beginError());
    auto stored = requireFollowUp(db, followUpId);
    if (!stored)
        return Unexpected(stored.error());
    Core::FollowUp followUp = stored->followUp;
    if (followUp.status != Core::FollowUpStatus::Open) {
        return fail(ErrorCode::InvalidInput, tr("This follow-up is already closed."),
                    QStringLiteral("follow-up %1 is %2")
                        .arg(followUpId)
                        .arg(Core::codeOf(followUp.status)));
    }
    followUp.attempts << outcome;
    if (outcome.reach == Core::FollowUpReach::Reached) {
        followUp.status = Core::FollowUpStatus::Done;
    } else {
        FollowUpItem counted;
        counted.followUp = followUp;
        if (counted.failedAttempts() >= qMax(1, context.maxFailedAttempts))
            followUp.status = Core::FollowUpStatus::Unreachable;
    }
    if (auto written = updateFollowUp(db, *stored, followUp, context, QStringLiteral("outcome"));
        !written) {
        return Unexpected(written.error());
    }
    if (auto committed = tx.commit(); !committed)
        return Unexpected(committed.error());
    return followUp;
}

Result<void> ContactStore::saveFollowUpSurvey(QSqlDatabase &db, qint64 followUpId,
                                              Core::SurveyResponse survey,
                                              const StoreContext &context)
{
    if (const auto issues = ContactRules::validateSurvey(survey); !issues.isEmpty())
        return refusal(tr("The survey cannot be saved:"), issues);
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.beginError());
    auto stored = requireFollowUp(db, followUpId);
    if (!stored)
        return Unexpected(stored.error());
    // Asked at follow-up time: on the follow-up's channel.
    survey.channel = channelOf(stored->followUp.method);
    if (!survey.at.isValid())
        survey.at = context.now;
    pinOffset(survey.at);
    if (auto s = writeSurvey(db, QStringLiteral("followup_id"), followUpId, survey, context); !s)
        return s;
    return tx.commit();
}

Result<bool> ContactStore::linkFollowUpContact(QSqlDatabase &db, qint64 followUpId,
                                               qint64 contactId, const StoreContext &context)
{
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.beginError());
    auto stored = requireFollowUp(db, followUpId);
    if (!stored)
        return Unexpected(stored.error());
    auto linked = requireContact(db, contactId);
    if (!linked)
        return Unexpected(linked.error());
    if (contactId == stored->followUp.contactId) {
        return fail(ErrorCode::InvalidInput,
                    tr("A follow-up cannot be linked to the contact it follows up."),
                    QStringLiteral("follow-up %1 linked to its own contact").arg(followUpId));
    }
    Core::FollowUp followUp = stored->followUp;
    followUp.newContactId = contactId;
    if (auto written = updateFollowUp(db, *stored, followUp, context, QStringLiteral("link"));
        !written) {
        return Unexpected(written.error());
    }
    bool contactChanged = false;
    if (linked->raw.linkedContactId == 0) {
        Core::Contact contact = linked->raw;
        contact.linkedContactId = stored->followUp.contactId;
        const std::optional<StoredContact> old(std::move(*linked));
        if (auto written = writeContact(db, contact, old, context, QStringLiteral("link"));
            !written) {
            return Unexpected(written.error());
        }
        contactChanged = true;
    }
    if (auto committed = tx.commit(); !committed)
        return Unexpected(committed.error());
    return contactChanged;
}

} // namespace Nav::Contacts

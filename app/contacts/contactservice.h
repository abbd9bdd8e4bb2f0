// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactrules.h"
#include "core/clock.h"
#include "core/contact.h"
#include "core/result.h"
#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <optional>

namespace Nav::Storage {
class Database;
}

namespace Nav::Contacts {

struct StoreContext;

// A form being typed, kept in the encrypted store so nothing is lost to a crash.
struct Draft
{
    QString id;          // chosen by the form (a UUID)
    QString kind;        // "contact", "followup-outcome", ...
    QByteArray payload;  // the form's own bytes, returned exactly as saved
    QDateTime updatedAt;
};

// One line of a contact list (recent contacts, search results).
struct ContactSummary
{
    qint64 id = 0;
    QString uuid;
    QDateTime start;
    Core::Channel channel = Core::Channel::Call;
    Core::Direction direction = Core::Direction::Inbound;
    Core::Disposition disposition = Core::Disposition::None;
    QString phone; // E.164, empty when anonymous or unknown
    QString firstNeed; // category code of the first need, if any
    bool crisis = false;
    bool hasFollowUp = false;
};

struct ContactQuery
{
    QString phone;                 // any way of typing it; compared in E.164
    QDate from;                    // inclusive, local dates of start
    QDate to;
    std::optional<Core::Disposition> disposition;
    int limit = 200;
};

// "This number called N times in the last 30 days, last on ..." — for the navigator only.
struct RepeatCaller
{
    int previousContacts = 0;
    QDateTime lastContact;
};

// An audit line: who did what to which record, and which fields changed. Never values.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;       // navigator id
    QString recordKind;  // "contact", "followup", "survey"
    QString recordId;    // uuid or row id
    QString action;      // "create", "update", "close", "outcome", ...
    QStringList fields;  // names of the fields that changed
};

// A follow-up with what the queue shows about its contact.
struct FollowUpItem
{
    Core::FollowUp followUp;
    QString contactUuid;
    QString phone;       // E.164 of the contact (for "call now"), empty if anonymous
    QString firstNeed;
    bool crisis = false;
    int failedAttempts() const;
};

// Contact records, drafts, follow-ups, surveys and the audit trail in the encrypted store.
// Every call is asynchronous (DB thread); attach continuations with a context object.
class ContactService final : public QObject
{
    Q_OBJECT
public:
    ContactService(Storage::Database &database, Core::Clock &clock, QObject *parent = nullptr);
    ~ContactService() override;

    // Who is signed in: recorded on new contacts and in the audit trail.
    void setNavigator(const QString &navigatorId);
    QString navigator() const;
    // Failed follow-up attempts after which a follow-up closes as unreachable (default 3).
    void setMaxFailedAttempts(int attempts);
    int maxFailedAttempts() const;

    // Drafts: saved continuously by the forms; offered back after a crash.
    QFuture<Result<void>> saveDraft(const Draft &draft);
    QFuture<Result<void>> discardDraft(const QString &draftId);
    QFuture<Result<QList<Draft>>> drafts();

    // Saves a contact (insert when id == 0, else update), without closing it. Runs
    // validateDraft; refuses with InvalidInput whose message lists the issues. The phone is
    // normalised to E.164. Writes an audit entry with the changed fields.
    QFuture<Result<Core::Contact>> save(Core::Contact contact);
    // Closes a contact with its disposition: validateClose must pass. Saves the follow-up
    // (if consent was given) and the survey with it, in one transaction.
    QFuture<Result<Core::Contact>> close(Core::Contact contact);
    // A caller who hung up while the call rang or was queued: logged as a closed contact
    // (channel call, disposition abandoned) so reports count abandoned calls. `phone` as the
    // phone system gave it (normalised to E.164 when it is a number).
    QFuture<Result<Core::Contact>> recordAbandonedCall(const QString &phone,
                                                       const QDateTime &ringingAt,
                                                       const QDateTime &endedAt);
    QFuture<Result<Core::Contact>> contact(qint64 id);
    QFuture<Result<QList<ContactSummary>>> recent(int limit = 50);
    QFuture<Result<QList<ContactSummary>>> find(const ContactQuery &query);
    // Other contacts from the same number in the 30 days before `at`, excluding `excludeId`.
    QFuture<Result<std::optional<RepeatCaller>>> repeatCaller(const QString &phone,
                                                              qint64 excludeId = 0);

    // Open follow-ups plus those closed in the last `doneDays` days.
    QFuture<Result<QList<FollowUpItem>>> followUps(int doneDays = 14);
    // Records one attempt. Reached closes it as done; after maxFailedAttempts() failures
    // (no answer / voicemail) it closes as unreachable.
    QFuture<Result<Core::FollowUp>> recordOutcome(qint64 followUpId,
                                                  Core::FollowUpOutcome outcome);
    // A survey asked at follow-up time (a survey at the end of a call is part of close()).
    QFuture<Result<void>> saveFollowUpSurvey(qint64 followUpId, Core::SurveyResponse survey);
    // Links a new contact (opened from the follow-up) to it.
    QFuture<Result<void>> linkFollowUpContact(qint64 followUpId, qint64 contactId);

    QFuture<Result<QList<AuditEntry>>> auditTrail(const QString &recordId = {});

Q_SIGNALS:
    void contactSaved(qint64 id);
    void followUpsChanged();

private:
    StoreContext storeContext() const;

    Storage::Database &m_database;
    Core::Clock &m_clock;
    QString m_navigator;
    int m_maxFailedAttempts = 3;
};

} // namespace Nav::Contacts

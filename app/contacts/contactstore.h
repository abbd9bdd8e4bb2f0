// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>

Q_DECLARE_LOGGING_CATEGORY(lcNavContactsService)

namespace Nav::Contacts {

// What a write needs to know about its caller: the time, who is signed in, the settings.
struct StoreContext
{
    QDateTime now;
    QString navigator;
    int maxFailedAttempts = 3;
};

// Contact records, follow-ups and surveys in the encrypted store (tables contact, followup,
// survey; schema version 3). Every function runs on the DB thread (inside Database::run), and
// every write is one transaction that also appends to the audit trail. ContactService is the
// asynchronous front; see it for the rules each call applies.
//
// Layout: the contact row has the columns lists and reports filter on, plus `doc`, the whole
// record as Core::toJson. The follow-up in that document is the proposal as made at wrap-up;
// once agreed to it lives in its own row (attempts, status), and reads put that row back into
// the contact they return.
class ContactStore
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Contacts::ContactService)
public:
    struct Closed
    {
        Core::Contact contact;
        bool followUpCreated = false;
    };

    static Result<Core::Contact> save(QSqlDatabase &db, Core::Contact contact,
                                      const StoreContext &context);
    static Result<Closed> close(QSqlDatabase &db, Core::Contact contact,
                                const StoreContext &context);
    static Result<Core::Contact> contact(QSqlDatabase &db, qint64 id);
    static Result<QList<ContactSummary>> recent(QSqlDatabase &db, const QString &navigator,
                                                int limit);
    static Result<QList<ContactSummary>> find(QSqlDatabase &db, const ContactQuery &query);
    static Result<std::optional<RepeatCaller>> repeatCaller(QSqlDatabase &db,
                                                            const QString &phone,
                                                            qint64 excludeId,
                                                            const QDateTime &now);

    static Result<QList<FollowUpItem>> followUps(QSqlDatabase &db, int doneDays,
                                                 const StoreContext &context);
    static Result<Core::FollowUp> recordOutcome(QSqlDatabase &db, qint64 followUpId,
                                                Core::FollowUpOutcome outcome,
                                                const StoreContext &context);
    static Result<void> saveFollowUpSurvey(QSqlDatabase &db, qint64 followUpId,
                                           Core::SurveyResponse survey,
                                           const StoreContext &context);
    // Returns whether the new contact's link back to the first one was set by this call.
    static Result<bool> linkFollowUpContact(QSqlDatabase &db, qint64 followUpId,
                                            qint64 contactId, const StoreContext &context);
};

} // namespace Nav::Contacts

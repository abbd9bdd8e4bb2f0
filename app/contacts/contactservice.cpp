// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/contactservice.h"

#include "contacts/phonenumber.h"
#include <QUuid>

#include "contacts/audittrail.h"
#include "contacts/contactstore.h"
#include "contacts/draftstore.h"
#include "storage/database.h"

#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcNavContactsService, "nav.contacts.service")

namespace Nav::Contacts {

int FollowUpItem::failedAttempts() const
{
    int failed = 0;
    for (const Core::FollowUpOutcome &attempt : followUp.attempts) {
        if (attempt.reach != Core::FollowUpReach::Reached)
            ++failed;
    }
    return failed;
}

ContactService::ContactService(Storage::Database &database, Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
}

ContactService::~ContactService() = default;

void ContactService::setNavigator(const QString &navigatorId)
{
    m_navigator = navigatorId;
}

QString ContactService::navigator() const
{
    return m_navigator;
}

void ContactService::setMaxFailedAttempts(int attempts)
{
    m_maxFailedAttempts = qMax(1, attempts);
}

int ContactService::maxFailedAttempts() const
{
    return m_maxFailedAttempts;
}

StoreContext ContactService::storeContext() const
{
    // Read here, on the caller's thread: the DB thread only ever sees this copy. A local time
    // is pinned to its offset: records keep the offset they were written with.
    QDateTime now = m_clock.now();
    if (now.timeSpec() == Qt::LocalTime)
        now = now.toOffsetFromUtc(now.offsetFromUtc());
    return StoreContext{now, m_navigator, m_maxFailedAttempts};
}

QFuture<Result<void>> ContactService::saveDraft(const Draft &draft)
{
    Draft stamped = draft;
    stamped.updatedAt = m_clock.now();
    return m_database.run<void>(
        [stamped](QSqlDatabase &db) { return DraftStore::save(db, stamped); });
}

QFuture<Result<void>> ContactService::discardDraft(const QString &draftId)
{
    return m_database.run<void>(
        [draftId](QSqlDatabase &db) { return DraftStore::discard(db, draftId); });
}

QFuture<Result<QList<Draft>>> ContactService::drafts()
{
    return m_database.run<QList<Draft>>([](QSqlDatabase &db) -> Result<QList<Draft>> {
        auto list = DraftStore::list(db);
        if (list)
            qCInfo(lcNavContactsService) << list->size() << "drafts in the store";
        return list;
    });
}

QFuture<Result<Core::Contact>> ContactService::save(Core::Contact contact)
{
    const StoreContext context = storeContext();
    auto future = m_database.run<Core::Contact>(
        [contact = std::move(contact), context](QSqlDatabase &db) {
            return ContactStore::save(db, contact, context);
        });
    // A QFuture runs one continuation only: hand callers the chained one, so theirs adds to
    // these signals instead of replacing them.
    return future.then(this, [this](Result<Core::Contact> saved) {
        if (saved)
            Q_EMIT contactSaved(saved->id);
        return saved;
    });
}

QFuture<Result<Core::Contact>> ContactService::close(Core::Contact contact)
{
    const StoreContext context = storeContext();
    // Set on the DB thread before the future finishes; read after it, on this thread.
    auto followUpCreated = std::make_shared<std::atomic_bool>(false);
    auto future = m_database.run<Core::Contact>(
        [contact = std::move(contact), context,
         followUpCreated](QSqlDatabase &db) -> Result<Core::Contact> {
            auto closed = ContactStore::close(db, contact, context);
            if (!closed)
                return Unexpected(closed.error());
            followUpCreated->store(closed->followUpCreated);
            return closed->contact;
        });
    return future.then(this, [this, followUpCreated](Result<Core::Contact> closed) {
        if (closed) {
            Q_EMIT contactSaved(closed->id);
            if (followUpCreated->load())
                Q_EMIT followUpsChanged();
        }
        return closed;
    });
}

QFuture<Result<Core::Contact>> ContactService::recordAbandonedCall(const QString &phone,
                                                                   const QDateTime &ringingAt,
                                                                   const QDateTime &endedAt)
{
    Core::Contact c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.channel = Core::Channel::Call;
    c.direction = Core::Direction::Inbound;
    c.start = ringingAt;
    c.end = endedAt.isValid() && endedAt >= ringingAt ? endedAt : ringingAt;
    c.navigator = navigator();
    if (const auto e164 = PhoneNumber::normalise(phone))
        c.inquirer.phone = *e164;
    c.disposition = Core::Disposition::Abandoned;
    c.closedAt = m_clock.now();
    return close(std::move(c));
}

QFuture<Result<Core::Contact>> ContactService::contact(qint64 id)
{
    return m_database.run<Core::Contact>(
        [id](QSqlDatabase &db) { return ContactStore::contact(db, id); });
}

QFuture<Result<QList<ContactSummary>>> ContactService::recent(int limit)
{
    const QString navigator = m_navigator;
    return m_database.run<QList<ContactSummary>>([navigator, limit](QSqlDatabase &db) {
        return ContactStore::recent(db, navigator, limit);
    });
}

QFuture<Result<QList<ContactSummary>>> ContactService::find(const ContactQuery &query)
{
    return m_database.run<QList<ContactSummary>>(
        [query](QSqlDatabase &db) { return ContactStore::find(db, query); });
}

QFuture<Result<std::optional<RepeatCaller>>> ContactService::repeatCaller(const QString &phone,
                                                                          qint64 excludeId)
{
    const QDateTime now = m_clock.now();
    return m_database.run<std::optional<RepeatCaller>>([phone, excludeId, now](QSqlDatabase &db) {
        return ContactStore::repeatCaller(db, phone, excludeId, now);
    });
}

QFuture<Result<QList<FollowUpItem>>> ContactService::followUps(int doneDays)
{
    const StoreContext context = storeContext();
    return m_database.run<QList<FollowUpItem>>([doneDays, context](QSqlDatabase &db) {
        return ContactStore::followUps(db, doneDays, context);
    });
}

QFuture<Result<Core::FollowUp>> ContactService::recordOutcome(qint64 followUpId,
                                                              Core::FollowUpOutcome outcome)
{
    const StoreContext context = storeContext();
    auto future = m_database.run<Core::FollowUp>(
        [followUpId, outcome = std::move(outcome), context](QSqlDatabase &db) {
            return ContactStore::recordOutcome(db, followUpId, outcome, context);
        });
    return future.then(this, [this](Result<Core::FollowUp> recorded) {
        if (recorded)
            Q_EMIT followUpsChanged();
        return recorded;
    });
}

QFuture<Result<void>> ContactService::saveFollowUpSurvey(qint64 followUpId,
                                                         Core::SurveyResponse survey)
{
    const StoreContext context = storeContext();
    return m_database.run<void>(
        [followUpId, survey = std::move(survey), context](QSqlDatabase &db) {
            return ContactStore::saveFollowUpSurvey(db, followUpId, survey, context);
        });
}

QFuture<Result<void>> ContactService::linkFollowUpContact(qint64 followUpId, qint64 contactId)
{
    const StoreContext context = storeContext();
    auto contactChanged = std::make_shared<std::atomic_bool>(false);
    auto future = m_database.run<void>(
        [followUpId, contactId, context, contactChanged](QSqlDatabase &db) -> Result<void> {
            auto linked = ContactStore::linkFollowUpContact(db, followUpId, contactId, context);
            if (!linked)
                return Unexpected(linked.error());
            contactChanged->store(*linked);
            return {};
        });
    return future.then(this, [this, contactId, contactChanged](const Result<void> &linked) -> Result<void> {
        if (!linked)
            return Unexpected(linked.error());
        Q_EMIT followUpsChanged();
        if (contactChanged->load())
            Q_EMIT contactSaved(contactId);
        return {};
    });
}

QFuture<Result<QList<AuditEntry>>> ContactService::auditTrail(const QString &recordId)
{
    return m_database.run<QList<AuditEntry>>(
        [recordId](QSqlDatabase &db) { return AuditTrail::read(db, recordId); });
}

} // namespace Nav::Contacts

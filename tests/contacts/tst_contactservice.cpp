// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/contactservice.h"
#include "fixedclock.h"
#include "logcapture.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/transaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Nav;
using namespace Nav::Contacts;
using Core::Disposition;

namespace {

// Stand-ins for personal data: they may live in contact documents (encrypted) but never in
// the audit trail or the logs. Every form of the phone number is checked.
const QString kMarkerPhoneTyped = QStringLiteral("(514) 555-0177");
const QString kMarkerPhoneE164 = QStringLiteral("+15145550177");
const QString kMarkerPhoneDigits = QStringLiteral("5550177");
const QString kMarkerNotes = QStringLiteral("MARKER-note: hébergement ce soir, 2 enfants");
const QString kMarkerPlace = QStringLiteral("MARKER-Gatineau");

QString json(const Core::Contact &c)
{
    return QString::fromUtf8(QJsonDocument(Core::toJson(c)).toJson(QJsonDocument::Compact));
}

} // namespace

class tst_ContactService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::FixedClock m_clock;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<ContactService> m_service;

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 30000);
        return f.result();
    }

    template<typename T>
    static QByteArray why(const Result<T> &r)
    {
        if (r)
            return {};
        return (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
    }

    // Every row of a query, each as "col=value|col=value".
    QStringList rows(const QString &sql)
    {
        return await(m_db->run<QStringList>([sql](QSqlDatabase &db) -> Result<QStringList> {
                         QSqlQuery q(db);
                         if (!q.exec(sql))
                             return fail(ErrorCode::Database, QStringLiteral("query failed"));
                         QStringList out;
                         while (q.next()) {
                             QStringList cols;
                             for (int i = 0; i < q.record().count(); ++i) {
                                 const QVariant v = q.value(i);
                                 cols << q.record().fieldName(i) + QLatin1Char('=')
                                             + (v.typeId() == QMetaType::QByteArray
                                                    ? QString::fromUtf8(v.toByteArray())
                                                    : v.toString());
                             }
                             out << cols.join(QLatin1Char('|'));
                         }
                         return out;
                     }))
            .value_or(QStringList{QStringLiteral("<query failed>")});
    }

    int count(const QString &table)
    {
        const QStringList r = rows(QStringLiteral("SELECT count(*) AS n FROM %1").arg(table));
        return r.size() == 1 ? r.first().section(QLatin1Char('='), 1).toInt() : -1;
    }

    // A contact that passes validateDraft, and validateClose once given Completed.
    Core::Contact fullContact() const
    {
        Core::Contact c;
        c.channel = Core::Channel::Call;
        c.direction = Core::Direction::Inbound;
        c.start = m_clock.now().addSecs(-20 * 60);
        c.end = m_clock.now().addSecs(-5 * 60);
        c.talkSeconds = 15 * 60;
        c.afterCallSeconds = 90;
        c.language = Core::ServiceLanguage::French;
        c.interpreterUsed = false;
        c.inquirer.callerType = Core::CallerType::Self;
        c.inquirer.gender = Core::Gender::Woman;
        c.inquirer.ageGroup = Core::AgeGroup::Adult;
        c.inquirer.place = kMarkerPlace;
        c.inquirer.heardOf = QStringLiteral("friend");
        c.inquirer.phone = kMarkerPhoneTyped;
        c.needs = {{QStringLiteral("housing"), QStringLiteral("BH-1800.8500"),
                    QStringLiteral("Cherche un refuge")},
                   {QStringLiteral("food"), QString(), QStringLiteral("Banque alimentaire")}};
        c.referrals = {{QStringLiteral("svc-phare"), QStringLiteral("Le Phare"),
                        QStringLiteral("+18195550100"), QString()},
                       {QString(), QString(), QString(), QStringLiteral("Info: 311")}};
        c.unmetNeeds = {{QStringLiteral("transport"), Core::UnmetReason::WaitingList,
                         QStringLiteral("Liste d'attente")}};
        c.crisis = false;
        c.notes = kMarkerNotes;
        return c;
    }

    Core::Contact minimalContact(const QString &phone, const QDateTime &start) const
    {
        Core::Contact c;
        c.start = start;
        c.end = start.addSecs(300);
        c.inquirer.phone = phone;
        c.needs = {{QStringLiteral("food"), QString(), QString()}};
        return c;
    }

    Result<Core::Contact> saveAt(const QString &phone, const QDateTime &start)
    {
        return await(m_service->save(minimalContact(phone, start)));
    }

    Result<void> saveDraft(const QString &id, const QString &kind, const QByteArray &payload)
    {
        return await(m_service->saveDraft({id, kind, payload, {}}));
    }

    Core::FollowUp followUpProposal(bool consent) const
    {
        Core::FollowUp f;
        f.consent = consent;
        f.consentAt = m_clock.now().addSecs(-60);
        f.method = Core::FollowUpMethod::Phone;
        f.due = m_clock.now().date().addDays(3);
        f.windowStart = QTime(9, 0);
        f.windowEnd = QTime(12, 0);
        f.reason = QStringLiteral("check shelter");
        f.assignee = Core::FollowUpAssignee::Me;
        return f;
    }

    Core::SurveyResponse survey() const
    {
        Core::SurveyResponse s;
        s.asked = true;
        s.consent = true;
        s.satisfaction = Core::Satisfaction::VerySatisfied;
        s.wouldContactAgain = Core::Answer::Yes;
        s.comment = QStringLiteral("Merci beaucoup");
        return s;
    }

    Core::Contact closed(Core::Contact c, Disposition d)
    {
        c.disposition = d;
        auto r = await(m_service->close(std::move(c)));
        if (!r)
            qWarning("close refused: %s", why(r).constData());
        return r.value_or(Core::Contact{});
    }

    qint64 followUpIdFor(qint64 contactId)
    {
        auto items = await(m_service->followUps(3650));
        if (!items)
            return 0;
        for (const FollowUpItem &i : *items) {
            if (i.followUp.contactId == contactId)
                return i.followUp.id;
        }
        return 0;
    }

    Core::FollowUpOutcome outcome(Core::FollowUpReach reach) const
    {
        Core::FollowUpOutcome o;
        o.reach = reach;
        if (reach == Core::FollowUpReach::Reached) {
            o.followed = Core::Recommendations::All;
            o.betterPrepared = Core::Answer::Yes;
            o.helpedWellBeing = Core::Answer::Yes;
            o.needsMet = Core::Answer::Yes;
        }
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_service.reset();
        m_db = std::make_unique<Storage::Database>();
        m_clock = Test::FixedClock();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(
            QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction()))
            + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : "")
                  .replace(QLatin1Char(' '), QLatin1Char('-')));
        QFile::remove(o.filePath);
        o.key = QByteArray::fromHex("8f1e5a0c3b7d92e4a6c1f0b8d3e7a95c"
                                    "2b4f6e8d0a1c3e5f7b9d2a4c6e8f0a1b");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, why(opened));
        QCOMPARE(opened->schemaVersion, Storage::workstationMigrations().constLast().version);
        m_service = std::make_unique<ContactService>(*m_db, m_clock);
        m_service->setNavigator(QStringLiteral("nav-7"));
    }

    void cleanup()
    {
        m_service.reset();
        m_db.reset();
    }

    void saveAndLoadRoundTripsAFullContact()
    {
        QSignalSpy saved(m_service.get(), &ContactService::contactSaved);
        const Core::Contact input = fullContact();
        auto r = await(m_service->save(input));
        QVERIFY2(r, why(r));
        QVERIFY(r->id > 0);
        QVERIFY(!QUuid::fromString(r->uuid).isNull());
        QCOMPARE(r->navigator, QStringLiteral("nav-7"));
        QCOMPARE(r->inquirer.phone, kMarkerPhoneE164);
        QCOMPARE(r->disposition, Disposition::None);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toLongLong(), r->id);

        Core::Contact expected = input;
        expected.id = r->id;
        expected.uuid = r->uuid;
        expected.navigator = QStringLiteral("nav-7");
        expected.inquirer.phone = kMarkerPhoneE164;
        auto loaded = await(m_service->contact(r->id));
        QVERIFY2(loaded, why(loaded));
        QCOMPARE(json(*loaded), json(expected));
        QCOMPARE(loaded->notes, kMarkerNotes);
        QCOMPARE(loaded->needs.size(), 2);
        QCOMPARE(loaded->referrals.at(0).name, QStringLiteral("Le Phare"));
        QCOMPARE(loaded->unmetNeeds.at(0).reason, Core::UnmetReason::WaitingList);

        // The indexed columns agree with the document.
        const QStringList row = rows(QStringLiteral(
            "SELECT navigator, channel, direction, started_at, disposition, phone_e164, "
            "first_need, crisis, closed_at FROM contact"));
        QCOMPARE(row.size(), 1);
        QCOMPARE(row.first(),
                 QStringLiteral("navigator=nav-7|channel=%1|direction=%2|started_at=%3|"
                                "disposition=%4|phone_e164=%5|first_need=housing|crisis=0|"
                                "closed_at=")
                     .arg(Core::codeOf(Core::Channel::Call),
                          Core::codeOf(Core::Direction::Inbound),
                          input.start.toUTC().toString(Qt::ISODateWithMs),
                          Core::codeOf(Disposition::None), kMarkerPhoneE164));

        // Not found is an error, not an empty contact.
        auto missing = await(m_service->contact(r->id + 100));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::InvalidInput);
    }

    void localTimesComeBackAsTheSameInstant()
    {
        // Forms fill times from QDateTime::currentDateTime(): local, no offset of their own.
        Core::Contact c = minimalContact(QStringLiteral("514 555 0100"),
                                         m_clock.now().addSecs(-600).toLocalTime());
        c.end = m_clock.now().addSecs(-60).toLocalTime();
        QCOMPARE(c.start.timeSpec(), Qt::LocalTime);
        auto saved = await(m_service->save(c));
        QVERIFY2(saved, why(saved));
        auto loaded = await(m_service->contact(saved->id));
        QVERIFY2(loaded, why(loaded));
        QCOMPARE(loaded->start, c.start);
        QCOMPARE(loaded->end, c.end);
        QCOMPARE(loaded->start.offsetFromUtc(), c.start.offsetFromUtc());
    }

    void anonymousContactKeepsNoIdentifyingFields()
    {
        Core::Contact c = fullContact();
        c.inquirer.anonymous = true;
        auto r = await(m_service->save(c));
        QVERIFY2(r, why(r));
        QVERIFY(r->inquirer.phone.isEmpty());
        QVERIFY(r->inquirer.place.isEmpty());
        QVERIFY(r->inquirer.heardOf.isEmpty());
        const QString everything = rows(QStringLiteral("SELECT * FROM contact")).join(u'\n');
        QVERIFY(!everything.contains(kMarkerPhoneDigits));
        QVERIFY(!everything.contains(kMarkerPlace));
        QCOMPARE(rows(QStringLiteral("SELECT phone_e164 IS NULL AS no_phone FROM contact")),
                 QStringList{QStringLiteral("no_phone=1")});
    }

    void invalidDraftIsRefusedWithTheIssuesAndWritesNothing()
    {
        Core::Contact c = fullContact();
        c.end = c.start.addSecs(-60); // end before start
        auto r = await(m_service->save(c));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(QLatin1Char('\n')), qPrintable(r.error().message));
        QVERIFY(r.error().detail.contains(QLatin1String("end")));
        QCOMPARE(count(QStringLiteral("contact")), 0);
        QCOMPARE(count(QStringLiteral("audit")), 0);

        Core::Contact badPhone = fullContact();
        badPhone.inquirer.phone = QStringLiteral("12");
        auto p = await(m_service->save(badPhone));
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::InvalidInput);
        QCOMPARE(count(QStringLiteral("contact")), 0);
    }

    void updateAuditsChangedFieldNamesNeverValues()
    {
        Test::LogCapture logs;
        auto created = await(m_service->save(fullContact()));
        QVERIFY2(created, why(created));

        Core::Contact changed = *created;
        changed.notes = kMarkerNotes + QStringLiteral(" — rappel");
        changed.inquirer.phone = QStringLiteral("819 555 0142");
        changed.crisis = true;
        m_clock.advance(60);
        auto updated = await(m_service->save(changed));
        QVERIFY2(updated, why(updated));
        QCOMPARE(updated->id, created->id);
        QCOMPARE(updated->uuid, created->uuid);
        QCOMPARE(updated->inquirer.phone, QStringLiteral("+18195550142"));

        // Saving the same thing again changes nothing and audits nothing.
        auto same = await(m_service->save(*updated));
        QVERIFY2(same, why(same));

        auto trail = await(m_service->auditTrail(created->uuid));
        QVERIFY2(trail, why(trail));
        QCOMPARE(trail->size(), 2);
        const AuditEntry &create = trail->at(0);
        const AuditEntry &update = trail->at(1);
        QCOMPARE(create.action, QStringLiteral("create"));
        QCOMPARE(create.recordKind, QStringLiteral("contact"));
        QCOMPARE(create.actor, QStringLiteral("nav-7"));
        QCOMPARE(create.at, m_clock.now().addSecs(-60));
        QCOMPARE(update.action, QStringLiteral("update"));
        QCOMPARE(update.recordId, created->uuid);
        QCOMPARE(update.at, m_clock.now());
        QCOMPARE(update.fields.size(), 3);
        QVERIFY2(update.fields.filter(QStringLiteral("notes")).size() == 1,
                 qPrintable(update.fields.join(u',')));
        QVERIFY2(update.fields.filter(QStringLiteral("phone"), Qt::CaseInsensitive).size() == 1,
                 qPrintable(update.fields.join(u',')));
        QVERIFY2(update.fields.filter(QStringLiteral("crisis")).size() == 1,
                 qPrintable(update.fields.join(u',')));
        QVERIFY(update.fields.filter(QStringLiteral("need")).isEmpty());

        // Nothing personal anywhere in the audit table or the logs.
        const QString audit = rows(QStringLiteral("SELECT * FROM audit")).join(u'\n');
        QVERIFY(audit.contains(QLatin1String("notes")));
        const QString logText = logs.text();
        QVERIFY(logText.contains(QLatin1String("nav.contacts.service")));
        for (const QString &text : {audit, logText}) {
            for (const QString &marker :
                 {kMarkerNotes, QStringLiteral("MARKER"), kMarkerPhoneDigits,
                  QStringLiteral("5550142"), QStringLiteral("Gatineau"),
                  QStringLiteral("refuge")}) {
                QVERIFY2(!text.contains(marker), qPrintable(marker));
            }
        }
    }

    void auditTrailRefusesUpdateAndDelete()
    {
        auto created = await(m_service->save(fullContact()));
        QVERIFY2(created, why(created));
        const QStringList before = rows(QStringLiteral("SELECT * FROM audit"));
        QCOMPARE(before.size(), 1);
        for (const QString &sql : {QStringLiteral("UPDATE audit SET action = 'forged'"),
                                   QStringLiteral("UPDATE audit SET fields = '[]' WHERE id = 1"),
                                   QStringLiteral("DELETE FROM audit"),
                                   QStringLiteral("DELETE FROM audit WHERE id = 1")}) {
            auto r = await(m_db->run<void>(
                [sql](QSqlDatabase &db) { return Storage::execSql(db, sql); }));
            QVERIFY2(!r, qPrintable(sql));
            QVERIFY2(r.error().detail.contains(QLatin1String("append-only")),
                     qPrintable(r.error().detail));
        }
        QCOMPARE(rows(QStringLiteral("SELECT * FROM audit")), before);
        // Appending still works.
        Core::Contact changed = *created;
        changed.notes = QStringLiteral("x");
        QVERIFY(await(m_service->save(changed)));
        QCOMPARE(count(QStringLiteral("audit")), 2);
    }

    void close_data()
    {
        QTest::addColumn<int>("disposition");
        QTest::addColumn<bool>("withNeeds");
        QTest::addColumn<bool>("crisis");
        QTest::addColumn<bool>("proposeFollowUp");
        QTest::addColumn<bool>("valid");

        const auto d = [](Disposition v) { return int(v); };
        const int completed = d(Disposition::Completed);
        // disposition, needs, crisis, follow-up proposed (declined), valid
        QTest::newRow("completed with needs") << completed << true << false << false << true;
        QTest::newRow("completed without needs or info")
            << completed << false << false << false << false;
        QTest::newRow("no disposition") << d(Disposition::None) << true << false << false << false;
        QTest::newRow("completed crisis, no proposal")
            << completed << true << true << false << false;
        QTest::newRow("completed crisis, declined proposal")
            << completed << true << true << true << true;
        for (Disposition x : {Disposition::Robocall, Disposition::Static, Disposition::Spam,
                              Disposition::Abandoned, Disposition::WrongNumber}) {
            QTest::addRow("%s with nothing", qPrintable(Core::codeOf(x)))
                << d(x) << false << false << false << true;
        }
    }

    void close()
    {
        QFETCH(int, disposition);
        QFETCH(bool, withNeeds);
        QFETCH(bool, crisis);
        QFETCH(bool, proposeFollowUp);
        QFETCH(bool, valid);

        Core::Contact c;
        c.start = m_clock.now().addSecs(-600);
        c.end = m_clock.now().addSecs(-30);
        c.inquirer.phone = QStringLiteral("613-555-0123");
        if (withNeeds)
            c.needs = {{QStringLiteral("housing"), QString(), QString()}};
        c.crisis = crisis;
        if (proposeFollowUp)
            c.followUp = followUpProposal(false);
        c.disposition = Disposition(disposition);

        QSignalSpy saved(m_service.get(), &ContactService::contactSaved);
        auto r = await(m_service->close(c));
        if (!valid) {
            QVERIFY(!r);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY(!r.error().message.isEmpty());
            QCOMPARE(count(QStringLiteral("contact")), 0);
            QCOMPARE(count(QStringLiteral("followup")), 0);
            QCOMPARE(count(QStringLiteral("audit")), 0);
            QTest::qWait(0);
            QCOMPARE(saved.count(), 0);
            return;
        }
        QVERIFY2(r, why(r));
        QCOMPARE(int(r->disposition), disposition);
        QVERIFY(r->isClosed());
        QCOMPARE(r->closedAt, m_clock.now());
        QTRY_COMPARE(saved.count(), 1);
        auto loaded = await(m_service->contact(r->id));
        QVERIFY2(loaded, why(loaded));
        QCOMPARE(int(loaded->disposition), disposition);
        QCOMPARE(loaded->closedAt, m_clock.now());
        QCOMPARE(rows(QStringLiteral("SELECT disposition, closed_at FROM contact")),
                 QStringList{QStringLiteral("disposition=%1|closed_at=%2")
                                 .arg(Core::codeOf(Disposition(disposition)),
                                      m_clock.now().toUTC().toString(Qt::ISODateWithMs))});
        auto trail = await(m_service->auditTrail(r->uuid));
        QVERIFY(trail);
        QCOMPARE(trail->size(), 1);
        QCOMPARE(trail->first().action, QStringLiteral("close"));
        QVERIFY(!trail->first().fields.filter(QStringLiteral("disposition"), Qt::CaseInsensitive)
                     .isEmpty());
        // A declined follow-up stays in the contact only: "proposed, declined".
        QCOMPARE(count(QStringLiteral("followup")), 0);
        QCOMPARE(loaded->followUp.has_value(), proposeFollowUp);
        if (proposeFollowUp)
            QVERIFY(!loaded->followUp->consent);
    }

    void closeOfASavedContactThenCorrection()
    {
        auto saved = await(m_service->save(fullContact()));
        QVERIFY2(saved, why(saved));
        // save() records no disposition: only close() does, after its rules.
        Core::Contact sneaky = *saved;
        sneaky.disposition = Disposition::Spam;
        auto notClosed = await(m_service->save(sneaky));
        QVERIFY2(notClosed, why(notClosed));
        QCOMPARE(notClosed->disposition, Disposition::None);

        // An invalid close of a saved contact leaves the stored one exactly as it was.
        const QStringList before = rows(QStringLiteral("SELECT * FROM contact"));
        Core::Contact bad = *saved;
        bad.needs.clear();
        bad.referrals.clear();
        bad.disposition = Disposition::Completed;
        QVERIFY(!await(m_service->close(bad)));
        QCOMPARE(rows(QStringLiteral("SELECT * FROM contact")), before);

        m_clock.advance(120);
        Core::Contact closing = *saved;
        closing.survey = survey();
        const Core::Contact c = closed(closing, Disposition::Completed);
        QCOMPARE(c.id, saved->id);
        QCOMPARE(c.disposition, Disposition::Completed);
        QVERIFY(c.survey);
        QCOMPARE(c.survey->channel, Core::Channel::Call);
        QCOMPARE(count(QStringLiteral("survey")), 1);

        // Corrections after closing are allowed and audited as updates; they keep it closed.
        m_clock.advance(3600);
        Core::Contact correction = c;
        correction.notes = QStringLiteral("corrigé");
        correction.survey->satisfaction = Core::Satisfaction::Satisfied;
        correction.disposition = Disposition::None;
        auto corrected = await(m_service->save(correction));
        QVERIFY2(corrected, why(corrected));
        QCOMPARE(corrected->disposition, Disposition::Completed);
        QCOMPARE(corrected->closedAt, c.closedAt);
        QCOMPARE(rows(QStringLiteral("SELECT satisfaction FROM survey")),
                 QStringList{QStringLiteral("satisfaction=%1")
                                 .arg(Core::codeOf(Core::Satisfaction::Satisfied))});
        auto trail = await(m_service->auditTrail());
        QVERIFY(trail);
        QStringList actions;
        for (const AuditEntry &e : *trail)
            actions << e.recordKind + QLatin1Char(':') + e.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("contact:create"),
                                       QStringLiteral("contact:close"),
                                       QStringLiteral("survey:create"),
                                       QStringLiteral("contact:update"),
                                       QStringLiteral("survey:update")}));
        QVERIFY(trail->at(3).fields.contains(QStringLiteral("notes")));
    }

    void followUpIsCreatedOnlyWithConsent()
    {
        QSignalSpy changed(m_service.get(), &ContactService::followUpsChanged);
        Core::Contact declined = fullContact();
        declined.followUp = followUpProposal(false);
        const Core::Contact a = closed(declined, Disposition::Completed);
        QVERIFY(a.id);
        QCOMPARE(count(QStringLiteral("followup")), 0);
        QTest::qWait(0);
        QCOMPARE(changed.count(), 0);

        // Proposed, but the answer was never recorded: refused, nothing written.
        Core::Contact unanswered = fullContact();
        unanswered.crisis = true;
        unanswered.followUp = followUpProposal(true);
        unanswered.followUp->consentAt = QDateTime();
        unanswered.disposition = Disposition::Completed;
        auto refused = await(m_service->close(unanswered));
        QVERIFY(!refused);
        QVERIFY2(refused.error().detail.contains(QLatin1String("followUpConsent")),
                 qPrintable(refused.error().detail));
        QCOMPARE(count(QStringLiteral("contact")), 1);
        QCOMPARE(count(QStringLiteral("followup")), 0);

        Core::Contact agreed = fullContact();
        agreed.inquirer.phone = QStringLiteral("+1 613 555 0188");
        agreed.crisis = true;
        agreed.followUp = followUpProposal(true);
        const Core::Contact b = closed(agreed, Disposition::Completed);
        QVERIFY(b.id);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(count(QStringLiteral("followup")), 1);
        QVERIFY(b.followUp);
        QVERIFY(b.followUp->id > 0);
        QCOMPARE(b.followUp->contactId, b.id);
        QCOMPARE(b.followUp->navigator, QStringLiteral("nav-7"));
        QCOMPARE(b.followUp->status, Core::FollowUpStatus::Open);

        auto items = await(m_service->followUps());
        QVERIFY2(items, why(items));
        QCOMPARE(items->size(), 1);
        const FollowUpItem &item = items->first();
        QCOMPARE(item.followUp.id, b.followUp->id);
        QCOMPARE(item.contactUuid, b.uuid);
        QCOMPARE(item.phone, QStringLiteral("+16135550188"));
        QCOMPARE(item.firstNeed, QStringLiteral("housing"));
        QVERIFY(item.crisis);
        QCOMPARE(item.followUp.due, m_clock.now().date().addDays(3));
        QCOMPARE(item.failedAttempts(), 0);

        auto recent = await(m_service->recent());
        QVERIFY2(recent, why(recent));
        QCOMPARE(recent->size(), 2);
        QCOMPARE(recent->at(0).hasFollowUp + recent->at(1).hasFollowUp, 1);

        // Another navigator's own follow-ups are not in this queue; the team queue is.
        m_service->setNavigator(QStringLiteral("nav-9"));
        QCOMPARE(await(m_service->followUps())->size(), 0);
        Core::Contact team = fullContact();
        team.followUp = followUpProposal(true);
        team.followUp->assignee = Core::FollowUpAssignee::TeamQueue;
        QVERIFY(closed(team, Disposition::Completed).id);
        QCOMPARE(await(m_service->followUps())->size(), 1);
        m_service->setNavigator(QStringLiteral("nav-7"));
        QCOMPARE(await(m_service->followUps())->size(), 2);
    }

    // Everything that reaches the store is queued for the central server in the same
    // transaction: the contact, its follow-up (team queue: assigned_to null) and its survey,
    // each by the UUID the server knows it by; a new outcome replaces the waiting follow-up.
    void closingQueuesRecordsForTheServer()
    {
        Core::Contact c = fullContact();
        c.followUp = followUpProposal(true);
        c.followUp->assignee = Core::FollowUpAssignee::TeamQueue;
        c.survey = survey();
        const Core::Contact contact = closed(c, Disposition::Completed);
        QVERIFY(contact.id > 0);
        const qint64 followUpId = followUpIdFor(contact.id);
        const QString contactKey = contact.uuid.toLower();
        const auto queued = [this](const QString &kind) {
            const QStringList r = rows(QStringLiteral("SELECT path, body FROM outbox WHERE kind = '%1'").arg(kind));
            return r.size() == 1 ? r.first() : QStringLiteral("%1 rows").arg(r.size());
        };
        const QString followUpUuid = rows(QStringLiteral("SELECT uuid FROM followup WHERE id = %1").arg(followUpId))
                                         .value(0).section(QLatin1Char('='), 1);
        QVERIFY(!followUpUuid.isEmpty());
        const QString f = queued(QStringLiteral("followup"));
        QVERIFY2(f.startsWith(QStringLiteral("path=/api/v1/followups/") + followUpUuid + QLatin1Char('|')), qPrintable(f));
        const QJsonObject fb = QJsonDocument::fromJson(f.section(QStringLiteral("|body="), 1).toUtf8()).object();
        QCOMPARE(fb.value(QStringLiteral("contact_id")).toString(), contactKey);
        QVERIFY(fb.contains(QStringLiteral("assigned_to")) && fb.value(QStringLiteral("assigned_to")).isNull());
        QCOMPARE(fb.value(QStringLiteral("followup")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        const QString sv = queued(QStringLiteral("survey"));
        QVERIFY2(sv.startsWith(QStringLiteral("path=/api/v1/surveys/")), qPrintable(sv));
        QCOMPARE(QJsonDocument::fromJson(sv.section(QStringLiteral("|body="), 1).toUtf8()).object()
                     .value(QStringLiteral("contact_id")).toString(), contactKey);
        QVERIFY2(queued(QStringLiteral("contact")).startsWith(QStringLiteral("path=/api/v1/contacts/") + contactKey), qPrintable(queued(QStringLiteral("contact"))));
        // The contact was queued before its follow-up (the server needs it first).
        QCOMPARE(rows(QStringLiteral("SELECT kind FROM outbox ORDER BY id")).value(0), QStringLiteral("kind=contact"));

        m_clock.advance(24 * 3600);
        auto r = await(m_service->recordOutcome(followUpId, outcome(Core::FollowUpReach::NoAnswer)));
        QVERIFY2(r, why(r));
        const QString after = queued(QStringLiteral("followup"));
        const QJsonObject ab = QJsonDocument::fromJson(after.section(QStringLiteral("|body="), 1).toUtf8()).object();
        QCOMPARE(ab.value(QStringLiteral("followup")).toObject().value(QStringLiteral("attempts")).toArray().size(), 1);
        QCOMPARE(rows(QStringLiteral("SELECT generation FROM outbox WHERE kind = 'followup'")).value(0), QStringLiteral("generation=2"));
    }

    void outcomesCountAttemptsUntilUnreachable()
    {
        m_service->setMaxFailedAttempts(3);
        QCOMPARE(m_service->maxFailedAttempts(), 3);
        Core::Contact c = fullContact();
        c.followUp = followUpProposal(true);
        const Core::Contact contact = closed(c, Disposition::Completed);
        const qint64 id = followUpIdFor(contact.id);
        QVERIFY(id > 0);

        QSignalSpy changed(m_service.get(), &ContactService::followUpsChanged);
        const QList<Core::FollowUpReach> reaches{Core::FollowUpReach::NoAnswer,
                                                 Core::FollowUpReach::Voicemail,
                                                 Core::FollowUpReach::NoAnswer};
        for (int i = 0; i < reaches.size(); ++i) {
            m_clock.advance(24 * 3600);
            auto r = await(m_service->recordOutcome(id, outcome(reaches[i])));
            QVERIFY2(r, why(r));
            QCOMPARE(r->attempts.size(), i + 1);
            QCOMPARE(r->attempts.last().at, m_clock.now());
            QCOMPARE(r->status, i + 1 < 3 ? Core::FollowUpStatus::Open
                                          : Core::FollowUpStatus::Unreachable);
        }
        QTRY_COMPARE(changed.count(), 3);
        auto again = await(m_service->recordOutcome(id, outcome(Core::FollowUpReach::Reached)));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);

        auto items = await(m_service->followUps(14));
        QVERIFY(items);
        QCOMPARE(items->size(), 1); // closed today: still listed as done
        QCOMPARE(items->first().followUp.status, Core::FollowUpStatus::Unreachable);
        QCOMPARE(items->first().failedAttempts(), 3);
        QCOMPARE(rows(QStringLiteral("SELECT status, attempts FROM followup")),
                 QStringList{QStringLiteral("status=%1|attempts=3")
                                 .arg(Core::codeOf(Core::FollowUpStatus::Unreachable))});
        m_clock.advance(15 * 24 * 3600);
        QCOMPARE(await(m_service->followUps(14))->size(), 0);

        auto trail = await(m_service->auditTrail(QString::number(id)));
        QVERIFY(trail);
        QStringList actions;
        for (const AuditEntry &e : *trail) {
            if (e.recordKind == QLatin1String("followup"))
                actions << e.action;
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("outcome"),
                                       QStringLiteral("outcome"), QStringLiteral("outcome")}));
        QVERIFY(!trail->last().fields.isEmpty());

        // The contact shows its follow-up as it is now.
        auto loaded = await(m_service->contact(contact.id));
        QVERIFY(loaded && loaded->followUp);
        QCOMPARE(loaded->followUp->status, Core::FollowUpStatus::Unreachable);
        QCOMPARE(loaded->followUp->attempts.size(), 3);
    }

    void reachedClosesAsDone()
    {
        m_service->setMaxFailedAttempts(2);
        Core::Contact c = fullContact();
        c.followUp = followUpProposal(true);
        const Core::Contact contact = closed(c, Disposition::Completed);
        const qint64 id = followUpIdFor(contact.id);
        QVERIFY(id > 0);
        auto first = await(m_service->recordOutcome(id, outcome(Core::FollowUpReach::Voicemail)));
        QVERIFY2(first, why(first));
        QCOMPARE(first->status, Core::FollowUpStatus::Open);
        auto reached = await(m_service->recordOutcome(id, outcome(Core::FollowUpReach::Reached)));
        QVERIFY2(reached, why(reached));
        QCOMPARE(reached->status, Core::FollowUpStatus::Done);
        QCOMPARE(reached->attempts.size(), 2);
        QCOMPARE(reached->attempts.last().betterPrepared, Core::Answer::Yes);

        auto missing =
            await(m_service->recordOutcome(id + 50, outcome(Core::FollowUpReach::NoAnswer)));
        QVERIFY(!missing);
    }

    void followUpSurveyAndLinkedContact()
    {
        Core::Contact c = fullContact();
        c.followUp = followUpProposal(true);
        c.followUp->method = Core::FollowUpMethod::Text;
        const Core::Contact first = closed(c, Disposition::Completed);
        const qint64 id = followUpIdFor(first.id);
        QVERIFY(id > 0);

        Core::SurveyResponse s = survey();
        s.channel = Core::Channel::Chat; // the follow-up's channel wins
        auto savedSurvey = await(m_service->saveFollowUpSurvey(id, s));
        QVERIFY2(savedSurvey, why(savedSurvey));
        QCOMPARE(rows(QStringLiteral("SELECT contact_id IS NULL AS no_contact, followup_id, "
                                     "channel FROM survey")),
                 QStringList{QStringLiteral("no_contact=1|followup_id=%1|channel=%2")
                                 .arg(id)
                                 .arg(Core::codeOf(Core::Channel::Text))});

        Core::Contact second = minimalContact(QStringLiteral("514 555 0133"), m_clock.now());
        second.direction = Core::Direction::FollowUp;
        auto opened = await(m_service->save(second));
        QVERIFY2(opened, why(opened));
        QSignalSpy changed(m_service.get(), &ContactService::followUpsChanged);
        QSignalSpy saved(m_service.get(), &ContactService::contactSaved);
        auto linked = await(m_service->linkFollowUpContact(id, opened->id));
        QVERIFY2(linked, why(linked));
        QTRY_COMPARE(changed.count(), 1);
        QTRY_COMPARE(saved.count(), 1);
        auto reloaded = await(m_service->contact(opened->id));
        QVERIFY(reloaded);
        QCOMPARE(reloaded->linkedContactId, first.id);
        auto firstReloaded = await(m_service->contact(first.id));
        QVERIFY(firstReloaded && firstReloaded->followUp);
        QCOMPARE(firstReloaded->followUp->newContactId, opened->id);
        QVERIFY(!await(m_service->linkFollowUpContact(id, first.id)));
        QVERIFY(!await(m_service->linkFollowUpContact(id, 9999)));
    }

    void findByPhoneDateAndDisposition()
    {
        const QDateTime now = m_clock.now();
        auto a = saveAt(QStringLiteral("514-555-0199"), now.addDays(-2));
        auto b = saveAt(QStringLiteral("(514) 555 0199"), now.addDays(-10));
        auto c = saveAt(QStringLiteral("613 555 0123"), now.addDays(-1));
        QVERIFY2(a && b && c, QByteArray(why(a) + why(b) + why(c)).constData());
        const Core::Contact spam =
            closed(minimalContact(QStringLiteral("416 555 0111"), now.addSecs(-3600)),
                   Disposition::Spam);
        QVERIFY(spam.id);

        const auto ids = [](const Result<QList<ContactSummary>> &r) {
            QList<qint64> out;
            if (r) {
                for (const ContactSummary &s : *r)
                    out << s.id;
            }
            return out;
        };
        ContactQuery byPhone;
        byPhone.phone = QStringLiteral("+1 514 555 0199");
        QCOMPARE(ids(await(m_service->find(byPhone))), (QList<qint64>{a->id, b->id}));
        byPhone.phone = QStringLiteral("1-514-555-0199");
        QCOMPARE(ids(await(m_service->find(byPhone))), (QList<qint64>{a->id, b->id}));
        byPhone.phone = QStringLiteral("555-0199"); // partial: digits anywhere in the number
        QCOMPARE(ids(await(m_service->find(byPhone))), (QList<qint64>{a->id, b->id}));
        byPhone.phone = QStringLiteral("0123");
        QCOMPARE(ids(await(m_service->find(byPhone))), (QList<qint64>{c->id}));
        byPhone.phone = QStringLiteral("51");
        QVERIFY(!await(m_service->find(byPhone)));

        ContactQuery byDate;
        byDate.from = now.toLocalTime().date().addDays(-2);
        byDate.to = now.toLocalTime().date().addDays(-1);
        QCOMPARE(ids(await(m_service->find(byDate))), (QList<qint64>{c->id, a->id}));
        byDate.from = byDate.to = b->start.toLocalTime().date();
        QCOMPARE(ids(await(m_service->find(byDate))), (QList<qint64>{b->id}));

        ContactQuery byDisposition;
        byDisposition.disposition = Disposition::Spam;
        auto spams = await(m_service->find(byDisposition));
        QCOMPARE(ids(spams), (QList<qint64>{spam.id}));
        QCOMPARE(spams->first().disposition, Disposition::Spam);
        QCOMPARE(spams->first().phone, QStringLiteral("+14165550111"));
        byDisposition.disposition = Disposition::None;
        QCOMPARE(ids(await(m_service->find(byDisposition))), (QList<qint64>{c->id, a->id, b->id}));

        ContactQuery all;
        all.limit = 2;
        QCOMPARE(ids(await(m_service->find(all))), (QList<qint64>{spam.id, c->id}));

        // recent(): this navigator's own, newest first.
        m_service->setNavigator(QStringLiteral("nav-other"));
        auto other = await(m_service->save(minimalContact(QString(), now)));
        QVERIFY(other);
        QCOMPARE(ids(await(m_service->recent())), (QList<qint64>{other->id}));
        m_service->setNavigator(QStringLiteral("nav-7"));
        QCOMPARE(ids(await(m_service->recent(3))), (QList<qint64>{spam.id, c->id, a->id}));
    }

    void repeatCallerLooksBackThirtyDays()
    {
        const QDateTime now = m_clock.now();
        auto old = saveAt(QStringLiteral("514 555 0166"), now.addDays(-31));
        QVERIFY2(old, why(old));
        const QString typed = QStringLiteral("(514) 555-0166");
        auto none = await(m_service->repeatCaller(typed));
        QVERIFY2(none, why(none));
        QVERIFY(!none->has_value()); // 31 days ago is too old

        auto recentOne = await(m_service->save(
            minimalContact(QStringLiteral("+15145550166"), now.addDays(-30).addSecs(60))));
        QVERIFY2(recentOne, why(recentOne));
        auto hint = await(m_service->repeatCaller(typed));
        QVERIFY(hint && hint->has_value());
        QCOMPARE((*hint)->previousContacts, 1);
        QCOMPARE((*hint)->lastContact, recentOne->start);

        auto current = await(m_service->save(minimalContact(typed, now.addSecs(-120))));
        QVERIFY(current);
        hint = await(m_service->repeatCaller(typed, current->id));
        QVERIFY(hint && hint->has_value());
        QCOMPARE((*hint)->previousContacts, 1); // the current contact is not a repeat of itself
        hint = await(m_service->repeatCaller(typed));
        QCOMPARE((*hint)->previousContacts, 2);
        QCOMPARE((*hint)->lastContact, current->start);
        hint = await(m_service->repeatCaller(typed, recentOne->id));
        QCOMPARE((*hint)->previousContacts, 1);

        auto otherNumber = await(m_service->repeatCaller(QStringLiteral("514 555 0167")));
        QVERIFY(otherNumber && !otherNumber->has_value());
        auto empty = await(m_service->repeatCaller(QString()));
        QVERIFY(empty && !empty->has_value());
    }

    void draftsKeepBytesExactly()
    {
        const QByteArray accents =
            QStringLiteral("Évaluation: logement d'urgence, 3 enfants… ça").toUtf8();
        const QByteArray binary("\xff\xfe\x00\x01 not utf-8 \xc3\x28 \x80", 20);
        QCOMPARE(binary.size(), 20);

        QVERIFY(saveDraft(QStringLiteral("d1"), QStringLiteral("contact"), accents));
        m_clock.advance(5);
        QVERIFY(saveDraft(QStringLiteral("d2"), QStringLiteral("followup-outcome"), binary));
        auto list = await(m_service->drafts());
        QVERIFY2(list, why(list));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, QStringLiteral("d2"));
        QCOMPARE(list->at(0).kind, QStringLiteral("followup-outcome"));
        QCOMPARE(list->at(0).payload, binary);
        QCOMPARE(list->at(0).updatedAt, m_clock.now());
        QCOMPARE(list->at(1).payload, accents);

        // Upsert: same id, new bytes, moves to the top; no duplicate.
        m_clock.advance(5);
        const QByteArray longer = accents + binary;
        QVERIFY(saveDraft(QStringLiteral("d1"), QStringLiteral("contact"), longer));
        list = await(m_service->drafts());
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).id, QStringLiteral("d1"));
        QCOMPARE(list->at(0).payload, longer);

        // Same timestamp: the last saved still comes first.
        QVERIFY(saveDraft(QStringLiteral("d2"), QStringLiteral("followup-outcome"), binary));
        QCOMPARE(await(m_service->drafts())->at(0).id, QStringLiteral("d2"));

        // An empty form is zero bytes, not nothing.
        QVERIFY(saveDraft(QStringLiteral("d3"), QStringLiteral("contact"), QByteArray()));
        list = await(m_service->drafts());
        QCOMPARE(list->size(), 3);
        QVERIFY(list->at(0).payload.isEmpty());

        QVERIFY(await(m_service->discardDraft(QStringLiteral("d2"))));
        QVERIFY(await(m_service->discardDraft(QStringLiteral("d3"))));
        list = await(m_service->drafts());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().id, QStringLiteral("d1"));
        QCOMPARE(list->first().payload, longer);
        QVERIFY(!saveDraft(QString(), QStringLiteral("contact"), accents));
        // Drafts are not records: they are not audited.
        QCOMPARE(count(QStringLiteral("audit")), 0);
    }

    void callsNeverRunOnTheCallersThread()
    {
        // A long job queued first: the service's calls return at once and finish after it.
        QAtomicInt release = 0;
        auto blocker = m_db->run<void>([&release](QSqlDatabase &) -> Result<void> {
            while (!release.loadAcquire())
                QThread::msleep(1);
            return {};
        });
        auto saved = m_service->save(fullContact());
        auto list = m_service->drafts();
        QVERIFY(!saved.isFinished());
        QVERIFY(!list.isFinished());
        release.storeRelease(1);
        QVERIFY(await(saved));
        QVERIFY(await(list));
        QVERIFY(await(blocker));
    }
};

QTEST_GUILESS_MAIN(tst_ContactService)
#include "tst_contactservice.moc"

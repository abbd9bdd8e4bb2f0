// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The follow-up area on a real encrypted store, with follow-ups created the way navigators
// create them (closing contacts with consent through ContactService): buckets and counts, the
// model under QAbstractItemModelTester, call now, an outcome recorded with the keyboard only and
// what the store then holds, the voicemail script and the reached-only fields, a follow-up
// closing as unreachable after three failed attempts, the survey, a new linked contact, and
// screenshots of the queue, the outcome form and the survey in English and French.
#include "contacts/contactservice.h"
#include "contacts/phonenumber.h"
#include "core/language.h"
#include "fixedclock.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "ui/contacts/followupoutcomedialog.h"
#include "ui/contacts/followuppane.h"
#include "ui/contacts/followupqueuemodel.h"
#include "ui/contacts/surveyform.h"

#include "await.h"
#include "screenshot.h"
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using Nav::Test::await;
using Nav::Test::screenshot;
using Bucket = Ui::FollowUpQueueModel::Bucket;

namespace {

// Stand-ins for personal data: the phone number may appear only in the outcome dialog.
const QString kPhoneTyped = QStringLiteral("(819) 555-0163");
const QString kPhoneE164 = QStringLiteral("+18195550163");
const QString kPhoneDigits = QStringLiteral("5550163");
const QString kCrisisPhone = QStringLiteral("613-555-0188");
const QString kCrisisDigits = QStringLiteral("5550188");

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r ? QByteArray()
             : (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
}

QDateTime localAt(int dayOffset, QTime time)
{
    return QDateTime(QDate(2026, 11, 23).addDays(dayOffset), time).toUTC();
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Keys go where the keyboard focus is, as they would for a person.
void key(int k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClick(w, Qt::Key(k), mods);
}

void type(const QString &text)
{
    QWidget *w = focused();
    QVERIFY2(w, "nothing has the keyboard focus");
    QTest::keyClicks(w, text);
}

// Tab until `target` has the focus (at most `limit` presses).
bool tabTo(QWidget *target, int limit = 20)
{
    for (int i = 0; i < limit && focused() != target; ++i)
        QTest::keyClick(focused(), Qt::Key_Tab);
    return focused() == target;
}

// Down in a combo until its item data is `code`.
bool pick(QComboBox *combo, const QString &code)
{
    if (focused() != combo)
        return false;
    for (int i = 0; i < 20 && combo->currentData().toString() != code; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return combo->currentData().toString() == code;
}

} // namespace

class tst_FollowUps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::FixedClock m_clock{localAt(0, QTime(10, 0))};
    Core::LanguageManager m_language;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Contacts::ContactService> m_contacts;
    std::unique_ptr<Ui::FollowUpPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    struct Ids
    {
        qint64 overdueCrisis = 0; // phone, crisis, due 2 days ago
        qint64 overdue = 0;       // phone, due yesterday
        qint64 todayPhone = 0;    // phone, due today 09:00–12:00
        qint64 todayEmail = 0;    // email, anonymous: no number
        qint64 upcoming = 0;      // team queue, in 3 days
        qint64 done = 0;          // reached at once
    } m_ids;
    QHash<qint64, qint64> m_contactOf; // follow-up id -> contact id

    qint64 addFollowUp(int dueOffset, Core::FollowUpMethod method, const QString &phone,
                       bool crisis = false, QTime start = {}, QTime end = {},
                       Core::FollowUpAssignee assignee = Core::FollowUpAssignee::Me)
    {
        const QDateTime now = m_clock.now();
        Core::Contact c;
        c.start = now.addSecs(-900);
        c.end = now.addSecs(-120);
        c.inquirer.phone = phone;
        c.inquirer.anonymous = phone.isEmpty();
        c.crisis = crisis;
        c.needs = {{QStringLiteral("housing"), QString(), QString()}};
        c.disposition = Core::Disposition::Completed;
        Core::FollowUp f;
        f.consent = true;
        f.consentAt = now.addSecs(-180);
        f.method = method;
        f.due = now.toLocalTime().date().addDays(dueOffset);
        f.windowStart = start;
        f.windowEnd = end;
        f.reason = QStringLiteral("check the shelter bed");
        f.assignee = assignee;
        c.followUp = f;
        auto closed = await(m_contacts->close(c));
        if (!closed) {
            qWarning("close refused: %s", why(closed).constData());
            return 0;
        }
        auto items = await(m_contacts->followUps(3650));
        if (!items)
            return 0;
        for (const auto &i : *items) {
            if (i.followUp.contactId == closed->id) {
                m_contactOf.insert(i.followUp.id, closed->id);
                return i.followUp.id;
            }
        }
        return 0;
    }

    std::optional<Contacts::FollowUpItem> stored(qint64 id)
    {
        auto items = await(m_contacts->followUps(3650));
        if (!items)
            return std::nullopt;
        for (const auto &i : *items) {
            if (i.followUp.id == id)
                return i;
        }
        return std::nullopt;
    }

    void buildPane(const QString &lang)
    {
        QVERIFY(m_language.setLanguage(lang));
        m_pane = std::make_unique<Ui::FollowUpPane>(*m_contacts, m_clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->setNavigatorName(QStringLiteral("Alex"));
        m_pane->resize(1100, 520);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        QSignalSpy refreshed(m_pane.get(), &Ui::FollowUpPane::refreshed);
        QVERIFY(!m_pane->recordOutcomeAction()->isEnabled());
        m_pane->setReady(true);
        QVERIFY(refreshed.wait());
        m_pane->view()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(m_pane->view()));
    }

    // Puts the cursor on a follow-up with the keyboard's help: its bucket, then its row.
    void select(qint64 id)
    {
        QVERIFY(m_pane->selectFollowUp(id));
        QCOMPARE(m_pane->currentItem()->followUp.id, id);
        // After a dialog closes, the X server hands activation back to the pane asynchronously;
        // a dialog opened before that arrives would lose it again.
        QTRY_VERIFY(m_pane->window()->isActiveWindow());
        m_pane->view()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(m_pane->view()));
    }

    Ui::FollowUpOutcomeDialog *openOutcome()
    {
        // The command is off while the previous outcome is still being saved (its button is
        // greyed out) and must come back on: a person would wait a moment, not for ever.
        auto *action = m_pane->findChild<QAction *>(QStringLiteral("recordOutcomeAction"));
        if (!action || !QTest::qWaitFor([&] { return action->isEnabled(); }))
            return nullptr;
        key(Qt::Key_Return, Qt::ControlModifier);
        auto *dialog = m_pane->outcomeDialog();
        if (!QTest::qWaitFor([&] { return dialog->isVisible() && dialog->isActiveWindow(); }))
            return nullptr;
        return dialog;
    }

    template<typename T>
    T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    QString allCellText()
    {
        QStringList out;
        auto *model = m_pane->model();
        const auto filter = model->filter();
        model->setFilter(std::nullopt);
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                out << model->index(r, c).data(Qt::DisplayRole).toString()
                    << model->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
        model->setFilter(filter);
        return out.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("followups.db"));
        o.key = QByteArray::fromHex(
            "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, why(opened));
        m_contacts = std::make_unique<Contacts::ContactService>(*m_db, m_clock);
        m_contacts->setNavigator(QStringLiteral("nav-alex"));
        QCOMPARE(m_contacts->maxFailedAttempts(), 3);

        // Follow-ups agreed on earlier days are overdue now.
        m_clock = Test::FixedClock(localAt(-4, QTime(15, 0)));
        m_ids.overdueCrisis = addFollowUp(2, Core::FollowUpMethod::Phone, kCrisisPhone, true);
        m_ids.overdue = addFollowUp(3, Core::FollowUpMethod::Phone, kPhoneTyped);
        m_clock = Test::FixedClock(localAt(0, QTime(10, 0)));
        m_ids.todayPhone = addFollowUp(0, Core::FollowUpMethod::Phone, kPhoneTyped, false,
                                       QTime(9, 0), QTime(12, 0));
        m_ids.todayEmail = addFollowUp(0, Core::FollowUpMethod::Email, QString());
        m_ids.upcoming = addFollowUp(3, Core::FollowUpMethod::Phone, kPhoneTyped, false, {}, {},
                                     Core::FollowUpAssignee::TeamQueue);
        m_ids.done = addFollowUp(0, Core::FollowUpMethod::Text, kPhoneTyped);
        for (qint64 id : {m_ids.overdueCrisis, m_ids.overdue, m_ids.todayPhone, m_ids.todayEmail,
                          m_ids.upcoming, m_ids.done}) {
            QVERIFY(id > 0);
        }
        Core::FollowUpOutcome reached;
        reached.reach = Core::FollowUpReach::Reached;
        reached.followed = Core::Recommendations::Some;
        reached.needsMet = Core::Answer::Yes;
        QVERIFY(await(m_contacts->recordOutcome(m_ids.done, reached)));
    }

    void cleanup()
    {
        m_tester.reset();
        m_pane.reset();
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        m_contacts.reset();
        m_db.reset();
    }

    // The queue in its four buckets, with counts on the tabs and no phone number anywhere.
    void bucketsAndCounts()
    {
        buildPane(QStringLiteral("en"));
        auto *model = m_pane->model();
        QCOMPARE(model->count(Bucket::Overdue), 2);
        QCOMPARE(model->count(Bucket::DueToday), 2);
        QCOMPARE(model->count(Bucket::Upcoming), 1);
        QCOMPARE(model->count(Bucket::Done), 1);
        auto *tabs = m_pane->findChild<QTabBar *>(QStringLiteral("followUpBucketTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Overdue (2)"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Due today (2)"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Upcoming (1)"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Done (1)"));

        // Overdue first, oldest first; the crisis one says so.
        QCOMPARE(m_pane->currentBucket(), Bucket::Overdue);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->item(0)->followUp.id, m_ids.overdueCrisis);
        QCOMPARE(model->index(0, Ui::FollowUpQueueModel::CrisisColumn).data().toString(),
                 QStringLiteral("Crisis"));
        QVERIFY(model->index(1, Ui::FollowUpQueueModel::CrisisColumn).data().toString().isEmpty());
        QCOMPARE(model->index(0, Ui::FollowUpQueueModel::BucketColumn).data().toString(),
                 QStringLiteral("Overdue"));
        QCOMPARE(model->index(0, 0).data(Ui::FollowUpQueueModel::FollowUpIdRole).toLongLong(),
                 m_ids.overdueCrisis);
        const auto raw = model->index(0, 0)
                             .data(Ui::FollowUpQueueModel::ItemRole)
                             .value<Contacts::FollowUpItem>();
        QCOMPARE(raw.followUp.id, m_ids.overdueCrisis);
        QVERIFY(raw.crisis);

        // Switching tabs with the keyboard filters the table.
        tabs->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(focused(), static_cast<QWidget *>(tabs));
        key(Qt::Key_Right);
        QCOMPARE(m_pane->currentBucket(), Bucket::DueToday);
        QCOMPARE(model->rowCount(), 2);
        // "Any time" comes before a window that starts later.
        QCOMPARE(model->item(0)->followUp.id, m_ids.todayEmail);
        QCOMPARE(model->item(1)->followUp.id, m_ids.todayPhone);
        QVERIFY(model->index(1, Ui::FollowUpQueueModel::DueColumn)
                    .data()
                    .toString()
                    .contains(QLocale().toString(QTime(9, 0), QLocale::ShortFormat)));
        key(Qt::Key_Right);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, Ui::FollowUpQueueModel::AssigneeColumn).data().toString(),
                 Core::labelOf(Core::FollowUpAssignee::TeamQueue));
        key(Qt::Key_Right);
        QCOMPARE(m_pane->currentBucket(), Bucket::Done);
        QCOMPARE(model->index(0, Ui::FollowUpQueueModel::BucketColumn).data().toString(),
                 Core::labelOf(Core::FollowUpStatus::Done));
        // Done follow-ups are not acted on again.
        QVERIFY(!m_pane->recordOutcomeAction()->isEnabled());
        QVERIFY(!m_pane->callNowAction()->isEnabled());
        QVERIFY(m_pane->surveyAction()->isEnabled());

        const QString cells = allCellText();
        QVERIFY(!cells.isEmpty());
        for (const QString &number : {kPhoneDigits, kCrisisDigits})
            QVERIFY2(!cells.contains(number), qPrintable(number));

        // Time passes: at midnight today's follow-ups become overdue, upcoming ones come nearer.
        m_clock = Test::FixedClock(localAt(1, QTime(0, 1)));
        QVERIFY(model->updateBuckets());
        QCOMPARE(model->count(Bucket::Overdue), 4);
        QCOMPARE(model->count(Bucket::DueToday), 0);
        QVERIFY(!model->updateBuckets());
        m_clock = Test::FixedClock(localAt(0, QTime(10, 0)));
        QVERIFY(model->updateBuckets());
        QCOMPARE(model->count(Bucket::Overdue), 2);
    }

    // "Call now" hands the number to the softphone; only for phone follow-ups with a number.
    void callNow()
    {
        buildPane(QStringLiteral("en"));
        QSignalSpy dial(m_pane.get(), &Ui::FollowUpPane::dialRequested);
        select(m_ids.todayPhone);
        QVERIFY(m_pane->callNowAction()->isEnabled());
        key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(dial.size(), 1);
        QCOMPARE(dial.first().first().toString(), kPhoneE164);

        select(m_ids.todayEmail);
        QVERIFY(!m_pane->callNowAction()->isEnabled());
        QVERIFY(!m_pane->findChild<QPushButton *>(QStringLiteral("callNowButton"))->isEnabled());
        key(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(dial.size(), 1);
        // Another way to reach the person still gets an outcome.
        QVERIFY(m_pane->recordOutcomeAction()->isEnabled());
    }

    // A whole outcome, keyboard only: the rules speak before OK, then the store holds it all.
    void recordOutcomeWithKeyboard()
    {
        buildPane(QStringLiteral("en"));
        QSignalSpy recorded(m_pane.get(), &Ui::FollowUpPane::outcomeRecorded);
        select(m_ids.todayPhone);
        auto *dialog = openOutcome();
        QVERIFY(dialog);
        QCOMPARE(dialog->followUpId(), m_ids.todayPhone);
        // The number shows here, formatted, ready to dial.
        auto *phone = child<QLabel>(dialog, "outcomePhoneLabel");
        QVERIFY(phone->isVisible());
        QVERIFY2(phone->text().contains(Contacts::PhoneNumber::format(kPhoneE164)),
                 qPrintable(phone->text()));
        QCOMPARE(child<QLabel>(dialog, "outcomeAttemptLabel")->text(),
                 QStringLiteral("Attempt 1 of 3"));
        auto *ok = child<QPushButton>(dialog, "outcomeOkButton");
        QVERIFY(!ok->isEnabled()); // how the call went comes first
        auto *reachedBox = child<QGroupBox>(dialog, "outcomeReachedBox");
        QVERIFY(!reachedBox->isEnabled());

        auto *reachedRadio = child<QRadioButton>(dialog, "outcomeReachedRadio");
        QCOMPARE(focused(), static_cast<QWidget *>(reachedRadio));
        key(Qt::Key_Space);
        QVERIFY(reachedRadio->isChecked());
        QVERIFY(reachedBox->isEnabled());
        QVERIFY(ok->isEnabled());

        auto *followed = child<QComboBox>(dialog, "outcomeFollowedCombo");
        QVERIFY(tabTo(followed));
        QVERIFY(pick(followed, Core::codeOf(Core::Recommendations::All)));

        // Ctrl+Enter too early: refused, and the message sits beside the needs.
        key(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->isVisible());
        auto *unmetIssue = child<QLabel>(dialog, "outcomeUnmetReasonIssue");
        QVERIFY(unmetIssue->isVisible());
        QVERIFY(!unmetIssue->text().isEmpty());
        QCOMPARE(recorded.size(), 0);
        auto *needsMet = child<QComboBox>(dialog, "outcomeNeedsMetCombo");
        QCOMPARE(focused(), static_cast<QWidget *>(needsMet));

        // Back up two fields with Shift+Tab and answer the rest.
        key(Qt::Key_Tab, Qt::ShiftModifier);
        key(Qt::Key_Tab, Qt::ShiftModifier);
        auto *prepared = child<QComboBox>(dialog, "outcomeBetterPreparedCombo");
        QCOMPARE(focused(), static_cast<QWidget *>(prepared));
        QVERIFY(pick(prepared, Core::codeOf(Core::Answer::Yes)));
        auto *wellBeing = child<QComboBox>(dialog, "outcomeWellBeingCombo");
        QVERIFY(tabTo(wellBeing));
        QVERIFY(pick(wellBeing, Core::codeOf(Core::Answer::NotApplicable)));
        QVERIFY(tabTo(needsMet));
        auto *unmetReason = child<QComboBox>(dialog, "outcomeUnmetReasonCombo");
        QVERIFY(!unmetReason->isEnabled());
        QVERIFY(pick(needsMet, Core::codeOf(Core::Answer::No)));
        QVERIFY(unmetReason->isEnabled());
        // Still missing: why not met. The message follows the form.
        QVERIFY(unmetIssue->isVisible());
        QVERIFY(tabTo(unmetReason));
        QVERIFY(pick(unmetReason, Core::codeOf(Core::UnmetReason::WaitingList)));
        QVERIFY(!unmetIssue->isVisible());
        auto *referrals = child<QPlainTextEdit>(dialog, "outcomeNewReferralsEdit");
        QVERIFY(tabTo(referrals));
        type(QStringLiteral("Banque alimentaire du quartier"));
        key(Qt::Key_Return);
        type(QStringLiteral("  "));
        key(Qt::Key_Return);
        type(QStringLiteral("Info: 311 for city services"));
        auto *note = child<QPlainTextEdit>(dialog, "outcomeNoteEdit");
        QVERIFY(tabTo(note));
        type(QStringLiteral("Waiting for a bed, doing better"));
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_COMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(0).toLongLong(), m_ids.todayPhone);
        QCOMPARE(recorded.first().at(1).value<Core::FollowUpStatus>(), Core::FollowUpStatus::Done);

        // What the store holds.
        const auto item = stored(m_ids.todayPhone);
        QVERIFY(item);
        QCOMPARE(item->followUp.status, Core::FollowUpStatus::Done);
        QCOMPARE(item->followUp.attempts.size(), 1);
        const Core::FollowUpOutcome &o = item->followUp.attempts.first();
        QCOMPARE(o.reach, Core::FollowUpReach::Reached);
        QCOMPARE(o.followed, Core::Recommendations::All);
        QCOMPARE(o.betterPrepared, Core::Answer::Yes);
        QCOMPARE(o.helpedWellBeing, Core::Answer::NotApplicable);
        QCOMPARE(o.needsMet, Core::Answer::No);
        QCOMPARE(o.unmetReason, std::optional(Core::UnmetReason::WaitingList));
        QCOMPARE(o.newReferrals.size(), 2);
        QCOMPARE(o.newReferrals.at(0).information,
                 QStringLiteral("Banque alimentaire du quartier"));
        QCOMPARE(o.newReferrals.at(1).information, QStringLiteral("Info: 311 for city services"));
        QVERIFY(o.newReferrals.at(1).isInformationOnly());
        QCOMPARE(o.note, QStringLiteral("Waiting for a bed, doing better"));
        QCOMPARE(o.at, m_clock.now());

        // Nothing is left to offer back.
        const auto drafts = await(m_contacts->drafts());
        QVERIFY(drafts);
        QVERIFY(std::none_of(drafts->cbegin(), drafts->cend(), [](const Contacts::Draft &d) {
            return d.kind == QLatin1String("followup-outcome");
        }));

        // The queue follows: one less due today, one more done.
        QTRY_COMPARE(m_pane->model()->count(Bucket::DueToday), 1);
        QCOMPARE(m_pane->model()->count(Bucket::Done), 2);
        QVERIFY(m_pane->message().contains(QStringLiteral("done")));
    }

    // Voicemail shows the safe script; reached-only fields are off unless reached; Escape
    // records nothing.
    void voicemailScriptAndReachedOnlyFields()
    {
        buildPane(QStringLiteral("en"));
        QSignalSpy recorded(m_pane.get(), &Ui::FollowUpPane::outcomeRecorded);
        select(m_ids.overdue);
        auto *dialog = openOutcome();
        QVERIFY(dialog);
        auto *script = child<QLabel>(dialog, "voicemailScriptLabel");
        auto *reachedBox = child<QGroupBox>(dialog, "outcomeReachedBox");
        QVERIFY(!script->isVisible());

        // A mnemonic clicks the button with a short animation.
        key(Qt::Key_V, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(dialog, "outcomeVoicemailRadio")->isChecked());
        QVERIFY(script->isVisible());
        QCOMPARE(script->text(), QStringLiteral("Hello, this is Alex calling from 211. Please "
                                                "call us back at 2-1-1. Thank you."));
        for (const QString &secret : {QStringLiteral("shelter"), kPhoneDigits,
                                      QStringLiteral("housing")}) {
            QVERIFY(!script->text().contains(secret, Qt::CaseInsensitive));
        }
        QVERIFY(!reachedBox->isEnabled());
        for (auto *w : reachedBox->findChildren<QWidget *>())
            QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));

        key(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(dialog, "outcomeReachedRadio")->isChecked());
        QVERIFY(!script->isVisible());
        QVERIFY(reachedBox->isEnabled());
        // Answers given while reached are not recorded once the choice goes back to no answer.
        auto *followed = child<QComboBox>(dialog, "outcomeFollowedCombo");
        QVERIFY(tabTo(followed));
        QVERIFY(pick(followed, Core::codeOf(Core::Recommendations::Some)));
        key(Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(dialog, "outcomeNoAnswerRadio")->isChecked());
        QVERIFY(!reachedBox->isEnabled());
        QCOMPARE(dialog->outcome().reach, Core::FollowUpReach::NoAnswer);
        QCOMPARE(dialog->outcome().followed, Core::Recommendations::Unknown);
        QVERIFY(dialog->validate().isEmpty());

        // Without a name the script still reveals nothing.
        m_pane->setNavigatorName(QString());
        QCOMPARE(dialog->voicemailScript(),
                 QStringLiteral("Hello, this is 211 calling. Please call us back at 2-1-1. "
                                "Thank you."));

        key(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(stored(m_ids.overdue)->followUp.attempts.size(), 0);
    }

    // An outcome typed but not recorded is kept in the encrypted store and offered back when
    // the same follow-up is opened again, in a new pane (after a crash or a closed window).
    void outcomeDraftSurvivesThePane()
    {
        const auto outcomeDrafts = [this] {
            QStringList ids;
            const auto drafts = await(m_contacts->drafts());
            for (const auto &d : drafts.value_or(QList<Contacts::Draft>{})) {
                if (d.kind == QLatin1String("followup-outcome"))
                    ids << d.id;
            }
            return ids;
        };
        QVERIFY(outcomeDrafts().isEmpty());
        buildPane(QStringLiteral("en"));
        m_pane->setDraftDelay(20);
        select(m_ids.overdue);
        auto *dialog = openOutcome();
        QVERIFY(dialog);
        key(Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(child<QRadioButton>(dialog, "outcomeReachedRadio")->isChecked());
        auto *followed = child<QComboBox>(dialog, "outcomeFollowedCombo");
        QVERIFY(tabTo(followed));
        QVERIFY(pick(followed, Core::codeOf(Core::Recommendations::Some)));
        QVERIFY(tabTo(child<QWidget>(dialog, "outcomeNoteEdit")));
        type(QStringLiteral("Called back, half way"));
        QTRY_COMPARE(outcomeDrafts().size(), 1);

        // The pane goes away with the dialog open; a new one offers the outcome back.
        m_tester.reset();
        m_pane.reset();
        buildPane(QStringLiteral("en"));
        select(m_ids.overdue);
        dialog = openOutcome();
        QVERIFY(dialog);
        QVERIFY(child<QRadioButton>(dialog, "outcomeReachedRadio")->isChecked());
        QCOMPARE(child<QComboBox>(dialog, "outcomeFollowedCombo")->currentData().toString(),
                 Core::codeOf(Core::Recommendations::Some));
        QCOMPARE(child<QPlainTextEdit>(dialog, "outcomeNoteEdit")->toPlainText(),
                 QStringLiteral("Called back, half way"));
        QVERIFY(!m_pane->message().isEmpty());

        // Cancel means "not this": the draft goes.
        key(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_VERIFY(outcomeDrafts().isEmpty());
        QCOMPARE(stored(m_ids.overdue)->followUp.attempts.size(), 0);
    }

    // Three failed attempts close the follow-up as unreachable; each attempt is counted.
    void unreachableAfterThreeAttempts()
    {
        buildPane(QStringLiteral("en"));
        QSignalSpy recorded(m_pane.get(), &Ui::FollowUpPane::outcomeRecorded);
        const int keys[] = {Qt::Key_N, Qt::Key_V, Qt::Key_N};
        for (int attempt = 1; attempt <= 3; ++attempt) {
            select(m_ids.overdueCrisis);
            auto *dialog = openOutcome();
            QVERIFY(dialog);
            QCOMPARE(child<QLabel>(dialog, "outcomeAttemptLabel")->text(),
                     QStringLiteral("Attempt %1 of 3").arg(attempt));
            QCOMPARE(child<QLabel>(dialog, "outcomeLastAttemptLabel")->isVisible(), attempt == 3);
            QVERIFY(child<QLabel>(dialog, "outcomeCrisisLabel")->isVisible());
            key(keys[attempt - 1], Qt::AltModifier);
            QTRY_VERIFY(child<QPushButton>(dialog, "outcomeOkButton")->isEnabled());
            key(Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(recorded.size(), attempt);
            QTRY_VERIFY(!dialog->isVisible());
            const auto status = recorded.last().at(1).value<Core::FollowUpStatus>();
            QCOMPARE(status, attempt < 3 ? Core::FollowUpStatus::Open
                                         : Core::FollowUpStatus::Unreachable);
            QTRY_COMPARE(stored(m_ids.overdueCrisis)->followUp.attempts.size(), attempt);
            if (attempt < 3) {
                QTRY_COMPARE(m_pane->model()->item(m_pane->model()->rowOf(m_ids.overdueCrisis))
                                 ->failedAttempts(),
                             attempt);
            }
        }
        const auto item = stored(m_ids.overdueCrisis);
        QCOMPARE(item->followUp.status, Core::FollowUpStatus::Unreachable);
        QCOMPARE(item->followUp.attempts.at(1).reach, Core::FollowUpReach::Voicemail);
        QVERIFY(m_pane->message().contains(QStringLiteral("unreachable")));
        QTRY_COMPARE(m_pane->model()->count(Bucket::Overdue), 1);
        QVERIFY(m_pane->selectFollowUp(m_ids.overdueCrisis));
        QCOMPARE(m_pane->currentBucket(), Bucket::Done);
        const QModelIndex state =
            m_pane->model()->index(m_pane->model()->rowOf(m_ids.overdueCrisis),
                                   Ui::FollowUpQueueModel::BucketColumn);
        QCOMPARE(state.data().toString(), Core::labelOf(Core::FollowUpStatus::Unreachable));
        QVERIFY(!m_pane->recordOutcomeAction()->isEnabled());
    }

    // The survey at follow-up time: refused while incomplete, then stored on the follow-up's
    // channel.
    void surveyAtFollowUp()
    {
        buildPane(QStringLiteral("en"));
        QSignalSpy saved(m_pane.get(), &Ui::FollowUpPane::surveySaved);
        select(m_ids.done);
        key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QDialog *dialog = m_pane->surveyDialog();
        QTRY_VERIFY(dialog->isVisible() && dialog->isActiveWindow());
        auto *form = m_pane->surveyForm();
        QCOMPARE(child<QLabel>(form, "surveyScriptLabel")->text(),
                 QStringLiteral("Before you go, may I ask you two quick questions about this "
                                "call?"));
        auto *asked = child<QCheckBox>(form, "surveyAskedCheck");
        QCOMPARE(focused(), static_cast<QWidget *>(asked));

        // Enter on an empty form: the rules say what is missing, beside the field.
        key(Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        auto *notAskedIssue = child<QLabel>(form, "surveyNotAskedIssue");
        QVERIFY(notAskedIssue->isVisible());
        QCOMPARE(saved.size(), 0);

        asked->setFocus(Qt::OtherFocusReason);
        key(Qt::Key_Space);
        QVERIFY(!notAskedIssue->isVisible()); // asked: the reason is no longer needed
        auto *consent = child<QCheckBox>(form, "surveyConsentCheck");
        QVERIFY(tabTo(consent));
        key(Qt::Key_Space);
        auto *satisfaction = child<QComboBox>(form, "surveySatisfactionCombo");
        QVERIFY(tabTo(satisfaction));
        QVERIFY(pick(satisfaction, Core::codeOf(Core::Satisfaction::Satisfied)));
        auto *again = child<QComboBox>(form, "surveyContactAgainCombo");
        QVERIFY(tabTo(again));
        QVERIFY(pick(again, Core::codeOf(Core::Answer::Yes)));
        QVERIFY(tabTo(child<QWidget>(form, "surveyCommentEdit")));
        type(QStringLiteral("Very kind people"));
        key(Qt::Key_Return);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(saved.first().first().toLongLong(), m_ids.done);

        const qint64 followUpId = m_ids.done;
        const auto readSurvey = [followUpId](QSqlDatabase &db) -> Result<QByteArray> {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT doc FROM survey WHERE followup_id = ?"));
            q.addBindValue(followUpId);
            if (!q.exec() || !q.next())
                return fail(ErrorCode::Database, QStringLiteral("no survey row"));
            return q.value(0).toByteArray();
        };
        auto doc = await(m_db->run<QByteArray>(readSurvey));
        QVERIFY2(doc, why(doc));
        auto survey = Core::surveyFromJson(QJsonDocument::fromJson(*doc).object());
        QVERIFY2(survey, why(survey));
        QVERIFY(survey->asked);
        QVERIFY(survey->consent);
        QCOMPARE(survey->satisfaction, Core::Satisfaction::Satisfied);
        QCOMPARE(survey->wouldContactAgain, Core::Answer::Yes);
        QCOMPARE(survey->comment, QStringLiteral("Very kind people"));
        QCOMPARE(survey->channel, Core::Channel::Text); // the follow-up was by text
        QCOMPARE(survey->at, m_clock.now());
    }

    // A new contact from a follow-up, then linked to it.
    void newContactFromFollowUp()
    {
        buildPane(QStringLiteral("en"));
        QSignalSpy requested(m_pane.get(), &Ui::FollowUpPane::newContactRequested);
        select(m_ids.upcoming);
        key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toLongLong(), m_ids.upcoming);
        QCOMPARE(requested.first().at(1).toLongLong(), m_contactOf.value(m_ids.upcoming));

        // What the contact area does with it: a follow-up contact, saved, then linked.
        Core::Contact c;
        c.direction = Core::Direction::FollowUp;
        c.start = m_clock.now();
        c.linkedContactId = requested.first().at(1).toLongLong();
        auto saved = await(m_contacts->save(c));
        QVERIFY2(saved, why(saved));
        QSignalSpy refreshed(m_pane.get(), &Ui::FollowUpPane::refreshed);
        m_pane->linkNewContact(m_ids.upcoming, saved->id);
        QVERIFY(refreshed.wait());
        QCOMPARE(stored(m_ids.upcoming)->followUp.newContactId, saved->id);
        QCOMPARE(m_pane->currentItem()->followUp.id, m_ids.upcoming);
        QVERIFY(!m_pane->newContactAction()->isEnabled());

        // A follow-up that does not exist: the message bar says so.
        m_pane->linkNewContact(999999, saved->id);
        QTRY_VERIFY(m_pane->message().startsWith(
            QStringLiteral("The new contact was not linked to the follow-up")));
    }

    // Screenshots of the queue, the outcome form and the survey, in both languages. French
    // words are the lead's to fill: only that each text follows the language is checked.
    void screenshots_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void screenshots()
    {
        QFETCH(QString, lang);
        buildPane(QStringLiteral("en"));
        // Switch at run time, as the View menu does.
        QVERIFY(m_language.setLanguage(lang));
        QApplication::processEvents();
        auto *tabs = m_pane->findChild<QTabBar *>(QStringLiteral("followUpBucketTabs"));
        const QString overdue = QCoreApplication::translate("Nav::Ui::FollowUpQueueModel",
                                                            "Overdue");
        QTRY_VERIFY2(tabs->tabText(0).startsWith(overdue), qPrintable(tabs->tabText(0)));
        QCOMPARE(m_pane->model()->headerData(0, Qt::Horizontal).toString(),
                 QCoreApplication::translate("Nav::Ui::FollowUpQueueModel", "Due"));
        m_pane->showBucket(Bucket::DueToday);
        screenshot(m_pane.get(), QStringLiteral("followups-queue-") + lang);

        select(m_ids.todayEmail);
        auto *dialog = openOutcome();
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QCoreApplication::translate(
                                            "Nav::Ui::FollowUpOutcomeDialog", "Follow-up outcome"));
        QCOMPARE(child<QPushButton>(dialog, "outcomeOkButton")->text(),
                 QCoreApplication::translate("Nav::Ui::FollowUpOutcomeDialog", "Record outcome"));
        key(Qt::Key_Space); // reached
        screenshot(dialog, QStringLiteral("followup-outcome-reached-") + lang);
        dialog->setNavigatorName(QStringLiteral("Alex"));
        child<QRadioButton>(dialog, "outcomeVoicemailRadio")->click();
        QVERIFY(child<QLabel>(dialog, "voicemailScriptLabel")->isVisible());
        screenshot(dialog, QStringLiteral("followup-outcome-voicemail-") + lang);
        dialog->reject();

        m_pane->surveyAction()->trigger();
        QTRY_VERIFY(m_pane->surveyDialog()->isVisible());
        auto *form = m_pane->surveyForm();
        child<QCheckBox>(form, "surveyAskedCheck")->setChecked(true);
        child<QCheckBox>(form, "surveyConsentCheck")->setChecked(true);
        QCOMPARE(child<QLabel>(form, "surveyScriptLabel")->text(),
                 QCoreApplication::translate("Nav::Ui::SurveyForm",
                                             "Before you go, may I ask you two quick questions "
                                             "about this call?"));
        QCOMPARE(child<QPushButton>(m_pane->surveyDialog(), "surveyOkButton")->text(),
                 QCoreApplication::translate("Nav::Ui::FollowUpPane", "Save survey"));
        screenshot(m_pane->surveyDialog(), QStringLiteral("followup-survey-") + lang);
        m_pane->surveyDialog()->reject();
    }
};

QTEST_MAIN(tst_FollowUps)
#include "tst_followups.moc"


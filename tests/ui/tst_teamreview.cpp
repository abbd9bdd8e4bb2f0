// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The team lead's review screen against the real navigator-server binary (SQLite mode) on
// loopback: a team with a lead and two navigators; navigator A records a contact and five
// follow-ups over HTTP (one overdue, one in the team queue, one done) and sends a heartbeat. The
// lead's pane lists them, the filters narrow them, a reassignment and a comment land on the
// server, a change made behind the pane's back turns the next reassignment into a plain
// "changed meanwhile" with the server's version shown, the contact opens read-only and the
// agents board shows navigator A on a call. Screenshots in English and French.

#include "await.h"
#include "fakesecretstore.h"
#include "logcapture.h"
#include "screenshot.h"
#include "server/serverprocess.h"

#include "core/clock.h"
#include "core/language.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "sync/syncstate.h"
#include "sync/serverclient.h"
#include "sync/teamreview.h"
#include "ui/sync/teamreviewpane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Nav;
using namespace Nav::Test;

namespace {

const QString kLead = QStringLiteral("lead.est");
const QString kNavA = QStringLiteral("nav.alice");
const QString kNavB = QStringLiteral("nav.bruno");
const QString kPassword = QStringLiteral("pw-Team-Review-654");
const QString kNotes = QStringLiteral("Needs help with rent arrears");
const QString kPhone = QStringLiteral("514 555 0199");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject followUpDoc(const QString &status, const QDate &due, const QString &reason)
{
    return {{QStringLiteral("status"), status},
            {QStringLiteral("method"), QStringLiteral("phone")},
            {QStringLiteral("consent"), true},
            {QStringLiteral("due"), due.toString(Qt::ISODate)},
            {QStringLiteral("reason"), reason}};
}

} // namespace

class tst_TeamReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbUrl;
    ServerProcess m_server;
    FakeSecretStore m_secrets;
    Core::SystemClock m_clock;
    Core::LanguageManager m_language;
    std::unique_ptr<LogCapture> m_log;
    std::unique_ptr<Sync::ServerClient> m_lead;
    std::unique_ptr<Sync::ServerClient> m_navA;
    std::unique_ptr<Sync::ServerClient> m_navB;
    std::unique_ptr<Sync::TeamReview> m_review;
    std::unique_ptr<QWidget> m_window;
    Ui::TeamReviewPane *m_pane = nullptr;
    QString m_contactId;
    QString m_overdue, m_upcoming, m_queued, m_done, m_raced;
    QString m_idA, m_idB;


    std::unique_ptr<Sync::ServerClient> signIn(const QString &user)
    {
        auto client = std::make_unique<Sync::ServerClient>(m_secrets, QStringLiteral("team/") + user);
        client->setTransferTimeout(10000);
        QSignalSpy done(client.get(), &Sync::ServerClient::signedIn);
        client->signIn(m_server.baseUrl(), user, kPassword);
        if (!done.wait(20000))
            return nullptr;
        return client;
    }

    // One request, waited for (the test's own plumbing; the pane never waits like this).
    Sync::ApiReply call(Sync::ServerClient &client, const QByteArray &method, const QString &path,
                        const QJsonObject &body = {}, const QByteArray &ifMatch = {})
    {
        Sync::ApiRequest r;
        r.method = method;
        r.path = path;
        if (!body.isEmpty())
            r.body = QJsonDocument(body);
        if (!ifMatch.isEmpty())
            r.headers.append({QByteArrayLiteral("If-Match"), '"' + ifMatch + '"'});
        std::optional<Sync::ApiReply> reply;
        QObject context;
        client.send(r, &context, [&reply](const Sync::ApiReply &a) { reply = a; });
        [[maybe_unused]] const bool ok = QTest::qWaitFor([&] { return reply.has_value(); }, 20000);
        return reply.value_or(Sync::ApiReply{});
    }

    QString createFollowUp(const QJsonObject &doc, const QJsonValue &assignedTo = QJsonValue::Undefined)
    {
        const QString id = newUuid();
        QJsonObject body{{QStringLiteral("contact_id"), m_contactId}, {QStringLiteral("followup"), doc}};
        if (!assignedTo.isUndefined())
            body.insert(QStringLiteral("assigned_to"), assignedTo);
        const auto r = call(*m_navA, "PUT", QStringLiteral("/api/v1/followups/") + id, body);
        if (r.status != 201) {
            qWarning("create follow-up: %d %s", r.status, r.body.constData());
            return {};
        }
        return id;
    }

    QJsonObject serverFollowUp(const QString &id)
    {
        return call(*m_lead, "GET", QStringLiteral("/api/v1/followups/") + id).object();
    }

    QString cell(const QString &id, int column)
    {
        const int row = int(m_pane->shownIds().indexOf(id));
        if (row < 0)
            return {};
        return m_pane->table()->item(row, column)->text();
    }

    void setNavigatorFilter(const QString &data)
    {
        const int index = m_pane->navigatorFilter()->findData(data);
        QVERIFY(index >= 0);
        m_pane->navigatorFilter()->setCurrentIndex(index);
    }

    void resetFilters()
    {
        m_pane->overdueOnlyBox()->setChecked(false);
        m_pane->navigatorFilter()->setCurrentIndex(0);
        m_pane->statusFilter()->setCurrentIndex(0);
    }

    // No window manager under Xvfb: activate by hand, as a desktop would after a dialog.
    void focusTable()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_pane->table()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), m_pane->table());
    }

    // Reassigns the selected follow-up through its shortcut and dialog.
    void reassignSelectedTo(const QString &userId)
    {
        focusTable();
        QTest::keyClick(m_pane->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_pane->reassignDialog()->isVisible());
        const int index = m_pane->reassignCombo()->findData(userId);
        QVERIFY(index >= 0);
        m_pane->reassignCombo()->setCurrentIndex(index);
        m_pane->reassignDialog()->findChild<QPushButton *>(QStringLiteral("reassignOkButton"))->click();
        QTRY_VERIFY(!m_pane->reassignDialog()->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log = std::make_unique<LogCapture>();
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        const auto named = [](const QString &displayName) {
            return QStringList{QStringLiteral("--display-name"), displayName};
        };
        QString error;
        QVERIFY2(ServerProcess::prepareDatabase(
                     m_dbUrl, 0, QStringLiteral("Est"),
                     {{kLead, QStringLiteral("team-lead"), named(QStringLiteral("Léa Lead"))},
                      {kNavA, QStringLiteral("navigator"), named(QStringLiteral("Alice Arsenault"))},
                      {kNavB, QStringLiteral("navigator"), named(QStringLiteral("Bruno Bélanger"))}},
                     kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(m_dbUrl, {}, &error), qPrintable(error));

        m_lead = signIn(kLead);
        m_navA = signIn(kNavA);
        m_navB = signIn(kNavB);
        QVERIFY(m_lead && m_navA && m_navB);
        QCOMPARE(m_lead->user().value(QStringLiteral("role")).toString(), QStringLiteral("team-lead"));
        m_idA = m_navA->user().value(QStringLiteral("id")).toString();
        m_idB = m_navB->user().value(QStringLiteral("id")).toString();

        // Navigator A's contact and follow-ups, over HTTP like a workstation's outbox.
        m_contactId = newUuid();
        const QJsonObject contact{
            {QStringLiteral("channel"), QStringLiteral("call")},
            {QStringLiteral("direction"), QStringLiteral("inbound")},
            {QStringLiteral("talkSeconds"), 300},
            {QStringLiteral("notes"), kNotes},
            {QStringLiteral("inquirer"), QJsonObject{{QStringLiteral("phone"), kPhone}}},
            {QStringLiteral("needs"), QJsonArray{QJsonObject{{QStringLiteral("category"), QStringLiteral("housing")},
                                                              {QStringLiteral("text"), kNotes}}}}};
        auto r = call(*m_navA, "PUT", QStringLiteral("/api/v1/contacts/") + m_contactId,
                      {{QStringLiteral("revision"), 1}, {QStringLiteral("contact"), contact}});
        QVERIFY2(r.status == 201, r.body.constData());
        const QDate today = QDate::currentDate();
        m_overdue = createFollowUp(followUpDoc(QStringLiteral("open"), today.addDays(-3), QStringLiteral("rent")));
        m_upcoming = createFollowUp(followUpDoc(QStringLiteral("open"), today.addDays(7), QStringLiteral("food")));
        m_queued = createFollowUp(followUpDoc(QStringLiteral("open"), today.addDays(2), QStringLiteral("queue")),
                                  QJsonValue(QJsonValue::Null));
        m_done = createFollowUp(followUpDoc(QStringLiteral("done"), today.addDays(-10), QStringLiteral("done")));
        m_raced = createFollowUp(followUpDoc(QStringLiteral("open"), today.addDays(5), QStringLiteral("race")));
        QVERIFY(!m_overdue.isEmpty() && !m_upcoming.isEmpty() && !m_queued.isEmpty() && !m_done.isEmpty()
                && !m_raced.isEmpty());
        r = call(*m_navA, "PUT", QStringLiteral("/api/v1/agent-status"),
                 {{QStringLiteral("state"), QStringLiteral("on-call")}});
        QVERIFY2(r.status == 204, r.body.constData());

        m_review = std::make_unique<Sync::TeamReview>(*m_lead, m_clock);
        m_review->setPageSize(2); // five follow-ups: three pages
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_pane = new Ui::TeamReviewPane(*m_review, m_window.get());
        layout->addWidget(m_pane);
        m_window->resize(1280, 560);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_review.reset();
        m_lead.reset();
        m_navA.reset();
        m_navB.reset();
        m_server.stop();
        m_log.reset();
    }

    void init()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }

    void filtersArePureFunctions()
    {
        const QDate today(2024, 5, 10);
        auto make = [](const char *id, const char *status, const QDate &due, const char *who) {
            Sync::TeamFollowUp f;
            f.id = QString::fromLatin1(id);
            f.status = QString::fromLatin1(status);
            f.due = due;
            f.assignedTo = QString::fromLatin1(who);
            return f;
        };
        const QList<Sync::TeamFollowUp> all{make("a", "open", today.addDays(-1), "u1"),
                                            make("b", "open", today, "u1"),
                                            make("c", "done", today.addDays(-5), "u2"),
                                            make("d", "open", QDate(), ""),
                                            make("e", "open", today.addDays(-2), "")};
        Sync::ReviewFilter f;
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).size(), 5);
        // Most urgent first, undated last.
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).first().id, QStringLiteral("c"));
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).last().id, QStringLiteral("d"));
        f.overdueOnly = true; // due today is not overdue; done never is
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).size(), 2);
        f.who = Sync::ReviewFilter::Who::Queue;
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).size(), 1);
        f.overdueOnly = false;
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).size(), 2);
        f.who = Sync::ReviewFilter::Who::Member;
        f.memberId = QStringLiteral("u2");
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).size(), 1);
        f.status = QStringLiteral("open");
        QCOMPARE(Sync::TeamReview::filtered(all, f, today).size(), 0);
    }

    void showsTheTeamsFollowUpsAcrossPages()
    {
        QAbstractItemModelTester tester(m_pane->table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(m_review.get(), &Sync::TeamReview::loaded);
        focusTable();
        QTest::keyClick(m_pane->table(), Qt::Key_F5);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(m_pane->rowCount(), 5);
        QVERIFY(m_pane->errorText().isEmpty());
        QVERIFY2(m_pane->summaryText().contains(QStringLiteral("5 follow-up")), qPrintable(m_pane->summaryText()));
        QVERIFY(m_pane->summaryText().contains(QStringLiteral("1 overdue")));
        // Overdue first, then by due date; the undated or done ones where their date puts them.
        QCOMPARE(m_pane->shownIds().at(0), m_done);
        QCOMPARE(m_pane->shownIds().at(1), m_overdue);
        QVERIFY(cell(m_overdue, 0).contains(QStringLiteral("overdue")));
        QCOMPARE(cell(m_upcoming, 2), QStringLiteral("Alice Arsenault"));
        QCOMPARE(cell(m_queued, 2), QStringLiteral("Team queue"));
        QCOMPARE(cell(m_done, 1), QStringLiteral("Done"));
        QCOMPARE(cell(m_overdue, 5), m_contactId.left(8));
        // The navigator filter offers everyone, the queue and the team's three members.
        QCOMPARE(m_pane->navigatorFilter()->count(), 5);
        QCOMPARE(m_pane->reassignCombo()->count(), 4);
    }

    void filtersNarrowTheList()
    {
        resetFilters();
        m_pane->overdueOnlyBox()->setChecked(true);
        QCOMPARE(m_pane->shownIds(), QStringList{m_overdue});
        m_pane->overdueOnlyBox()->setChecked(false);
        setNavigatorFilter(m_idA);
        QCOMPARE(m_pane->rowCount(), 4);
        QVERIFY(!m_pane->shownIds().contains(m_queued));
        setNavigatorFilter(m_idB);
        QCOMPARE(m_pane->rowCount(), 0);
        QVERIFY(!m_pane->reassignAction()->isEnabled()); // nothing selected, nothing to do
        setNavigatorFilter(QStringLiteral("*queue"));
        QCOMPARE(m_pane->shownIds(), QStringList{m_queued});
        m_pane->navigatorFilter()->setCurrentIndex(0);
        m_pane->statusFilter()->setCurrentIndex(m_pane->statusFilter()->findData(QStringLiteral("done")));
        QCOMPARE(m_pane->shownIds(), QStringList{m_done});
        resetFilters();
        QCOMPARE(m_pane->rowCount(), 5);
    }

    void reassignLandsOnTheServer()
    {
        resetFilters();
        QVERIFY(m_pane->selectFollowUp(m_upcoming));
        QSignalSpy changed(m_review.get(), &Sync::TeamReview::changed);
        reassignSelectedTo(m_idB);
        QVERIFY(changed.wait(20000));
        QVERIFY2(m_pane->errorText().isEmpty(), qPrintable(m_pane->errorText()));
        QCOMPARE(cell(m_upcoming, 2), QStringLiteral("Bruno Bélanger"));
        QCOMPARE(m_pane->currentFollowUpId(), m_upcoming);
        // The server says so, and navigator B now reads it as theirs.
        QCOMPARE(serverFollowUp(m_upcoming).value(QStringLiteral("assigned_to")).toString(), m_idB);
        const auto mine = call(*m_navB, "GET", QStringLiteral("/api/v1/followups?scope=mine"));
        QCOMPARE(mine.object().value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(mine.object().value(QStringLiteral("items")).toArray().first().toObject()
                     .value(QStringLiteral("id")).toString(), m_upcoming);
        // And back to the team queue.
        reassignSelectedTo(QString());
        QVERIFY(changed.wait(20000));
        QCOMPARE(cell(m_upcoming, 2), QStringLiteral("Team queue"));
        QVERIFY(serverFollowUp(m_upcoming).value(QStringLiteral("assigned_to")).isNull());
    }

    void commentLandsOnTheServer()
    {
        QVERIFY(m_pane->selectFollowUp(m_queued));
        focusTable();
        QTest::keyClick(m_pane->table(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_pane->commentDialog()->isVisible());
        const QString text = QStringLiteral("Please call before Friday.");
        QTest::keyClicks(m_pane->commentEdit(), text);
        QSignalSpy changed(m_review.get(), &Sync::TeamReview::changed);
        m_pane->commentDialog()->findChild<QPushButton *>(QStringLiteral("commentOkButton"))->click();
        QVERIFY(changed.wait(20000));
        QCOMPARE(cell(m_queued, 4), text);
        QCOMPARE(serverFollowUp(m_queued).value(QStringLiteral("comment")).toString(), text);
        // The assignee stayed as it was.
        QVERIFY(serverFollowUp(m_queued).value(QStringLiteral("assigned_to")).isNull());
        // Too long: said before anything is sent.
        QSignalSpy failed(m_review.get(), &Sync::TeamReview::failed);
        m_review->comment(m_queued, QString(Sync::TeamReview::kMaxComment + 1, QLatin1Char('x')));
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_pane->errorText().contains(QStringLiteral("too long")));
    }

    void concurrentChangeIsSaidPlainlyAndShown()
    {
        // Navigator A records an attempt behind the pane's back (revision 1 → 2).
        QJsonObject doc = followUpDoc(QStringLiteral("open"), QDate::currentDate().addDays(5), QStringLiteral("race"));
        doc.insert(QStringLiteral("attempts"),
                   QJsonArray{QJsonObject{{QStringLiteral("reach"), QStringLiteral("no-answer")},
                                          {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}});
        const auto r = call(*m_navA, "PUT", QStringLiteral("/api/v1/followups/") + m_raced,
                            {{QStringLiteral("followup"), doc}, {QStringLiteral("comment"), QStringLiteral("No answer at 10:00")}},
                            "1");
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(cell(m_raced, 3), QStringLiteral("0"));

        QVERIFY(m_pane->selectFollowUp(m_raced));
        QSignalSpy failed(m_review.get(), &Sync::TeamReview::failed);
        reassignSelectedTo(m_idB);
        QVERIFY(failed.wait(20000));
        QVERIFY2(m_pane->errorText().contains(QStringLiteral("changed this follow-up meanwhile")),
                 qPrintable(m_pane->errorText()));
        QVERIFY(m_pane->errorText().contains(QStringLiteral("not reassigned")));
        // The pane shows the server's version: A's attempt and comment, still A's.
        QCOMPARE(m_review->followUp(m_raced)->revision, 2);
        QCOMPARE(cell(m_raced, 3), QStringLiteral("1"));
        QCOMPARE(cell(m_raced, 4), QStringLiteral("No answer at 10:00"));
        QCOMPARE(cell(m_raced, 2), QStringLiteral("Alice Arsenault"));
        QCOMPARE(serverFollowUp(m_raced).value(QStringLiteral("assigned_to")).toString(), m_idA);
        QCOMPARE(m_pane->currentFollowUpId(), m_raced);

        screenshot(m_window.get(), QStringLiteral("teamreview-en"));
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        QVERIFY(!m_pane->errorText().isEmpty());
        QCOMPARE(m_pane->rowCount(), 5);
        screenshot(m_window.get(), QStringLiteral("teamreview-fr"));
        // As wide as it is beside the directory: every button and every column of the
        // agents' board shows whole.
        m_window->resize(760, 560);
        auto *board = m_pane->findChild<QTableWidget *>(QStringLiteral("agentBoard"));
        QTRY_COMPARE(board->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(board->verticalScrollBar()->maximum(), 0); // three agents: all in view
        for (auto *button : m_pane->findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        screenshot(m_window.get(), QStringLiteral("teamreview-narrow-fr"));
        m_window->resize(1280, 560);
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));

        // Again, on the current version: it goes through, and A's attempt is kept.
        QSignalSpy changed(m_review.get(), &Sync::TeamReview::changed);
        reassignSelectedTo(m_idB);
        QVERIFY(changed.wait(20000));
        QVERIFY(m_pane->errorText().isEmpty());
        const QJsonObject now = serverFollowUp(m_raced);
        QCOMPARE(now.value(QStringLiteral("assigned_to")).toString(), m_idB);
        QCOMPARE(now.value(QStringLiteral("revision")).toInt(), 3);
        QCOMPARE(now.value(QStringLiteral("followup")).toObject().value(QStringLiteral("attempts")).toArray().size(), 1);
        QCOMPARE(now.value(QStringLiteral("comment")).toString(), QStringLiteral("No answer at 10:00"));
    }

    void contactOpensReadOnly()
    {
        QVERIFY(m_pane->selectFollowUp(m_overdue));
        focusTable();
        QTest::keyClick(m_pane->table(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(m_pane->contactDialog()->isVisible(), 20000);
        QTreeWidget *view = m_pane->contactView();
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
        const auto notes = view->findItems(QStringLiteral("notes"), Qt::MatchExactly);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first()->text(1), kNotes);
        QCOMPARE(view->findItems(QStringLiteral("Recorded by"), Qt::MatchExactly).first()->text(1),
                 QStringLiteral("Alice Arsenault"));
        QVERIFY(!m_pane->contactDialog()->findChild<QLineEdit *>());
        screenshot(m_pane->contactDialog(), QStringLiteral("teamreview-contact-en"));
        m_pane->contactDialog()->reject();
        QTRY_VERIFY(!m_pane->contactDialog()->isVisible());
    }

    void agentsBoardShowsTheHeartbeat()
    {
        QTableWidget *board = m_pane->agentBoard();
        QCOMPARE(board->rowCount(), 3);
        int alice = -1, bruno = -1;
        for (int row = 0; row < board->rowCount(); ++row) {
            if (board->item(row, 0)->text() == QStringLiteral("Alice Arsenault"))
                alice = row;
            if (board->item(row, 0)->text() == QStringLiteral("Bruno Bélanger"))
                bruno = row;
        }
        QVERIFY(alice >= 0 && bruno >= 0);
        QCOMPARE(board->item(alice, 1)->text(), QStringLiteral("On a call"));
        QVERIFY(!board->item(alice, 2)->text().isEmpty());
        QCOMPARE(board->item(bruno, 1)->text(), QStringLiteral("Offline"));
        QVERIFY(m_review->hasAgentStates());
    }

    // The lead's review is kept in the encrypted store after each load: after a restart with
    // no server, it is shown as it was, said so, and can be read but not changed. Signing out
    // removes it.
    void theLastReviewIsReadableOffline()
    {
        Storage::Database db;
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("lead-profile.db"));
        o.key = QByteArray::fromHex("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(db.open(o));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        m_review->keepSnapshotsIn(&db);
        QSignalSpy kept(m_review.get(), &Sync::TeamReview::snapshotChanged);
        m_review->reload();
        QVERIFY(kept.wait(20000));
        const auto stored = [&db] {
            return await(db.run<QString>([](QSqlDatabase &c) {
                       return Sync::SyncState::value(c, QLatin1String(Sync::SyncState::kTeamSnapshot));
                   })).value_or(QString());
        };
        QTRY_VERIFY(!stored().isEmpty());
        QVERIFY(!m_review->asOf().isValid());
        QVERIFY(m_pane->asOfText().isEmpty());

        // A restart with the server gone: a client that cannot reach anything.
        Sync::TeamReview offline(*m_navB, m_clock);
        offline.keepSnapshotsIn(&db);
        QVERIFY(await(offline.restoreKept()));
        QCOMPARE(offline.followUps().size(), m_review->followUps().size());
        QCOMPARE(offline.members().size(), m_review->members().size());
        QCOMPARE(offline.agents().size(), m_review->agents().size());
        QVERIFY(offline.asOf().isValid());
        QVERIFY(qAbs(offline.asOf().secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(offline.followUp(m_raced)->revision, m_review->followUp(m_raced)->revision);

        auto *pane = new Ui::TeamReviewPane(offline);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(pane);
        window.resize(m_window->size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(pane->rowCount(), m_pane->rowCount());
        QVERIFY2(pane->asOfText().startsWith(QStringLiteral("Shown as it was at")), qPrintable(pane->asOfText()));
        pane->table()->setCurrentCell(0, 0);
        QVERIFY(!pane->findChild<QPushButton *>(QStringLiteral("reassignButton"))->isEnabled());
        QVERIFY(!pane->findChild<QPushButton *>(QStringLiteral("commentButton"))->isEnabled());
        screenshot(&window, QStringLiteral("teamreview-offline-en"));
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        QVERIFY2(pane->asOfText().startsWith(QStringLiteral("Affiché tel qu’il était à")), qPrintable(pane->asOfText()));
        screenshot(&window, QStringLiteral("teamreview-offline-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));

        // Signing out leaves no copy behind.
        offline.forgetKept();
        QTRY_VERIFY(stored().isEmpty());
        Sync::TeamReview after(*m_navB, m_clock);
        after.keepSnapshotsIn(&db);
        QVERIFY(!await(after.restoreKept()));
        m_review->keepSnapshotsIn(nullptr);
        await(db.close());
    }

    void nothingPersonalIsLogged()
    {
        const QString log = m_log->text();
        QVERIFY(log.contains(QStringLiteral("team review loaded")));
        for (const QString &secret : {kNotes, kPhone, QStringLiteral("Alice"), QStringLiteral("Bruno"),
                                      QStringLiteral("Please call"), QStringLiteral("No answer at")})
            QVERIFY2(!log.contains(secret), qPrintable(secret));
    }

    // A navigator's account gets a plain refusal, not an empty screen.
    void aNavigatorIsToldPlainly()
    {
        Sync::TeamReview review(*m_navB, m_clock);
        QSignalSpy failed(&review, &Sync::TeamReview::failed);
        review.reload();
        QVERIFY(failed.wait(20000));
        QVERIFY2(review.errorText().contains(QStringLiteral("team lead")), qPrintable(review.errorText()));
        QVERIFY(!review.hasLoaded());
    }
};

QTEST_MAIN(tst_TeamReview)
#include "tst_teamreview.moc"

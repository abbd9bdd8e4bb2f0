// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Signing in and the sync state as a navigator sees them, against the real navigator-server
// binary (SQLite mode) on loopback: the sign-in dialog (a wrong password said plainly, the
// password never kept), the first sync of the directory into an encrypted profile with the
// status bar saying "Online" and when, a contact recorded while the server is down ("Offline",
// one item waiting, the reason in words) that arrives once the server is back — once — and
// screenshots of each state in English and French.

#include "await.h"
#include "fakesecretstore.h"
#include "fixedclock.h"
#include "screenshot.h"
#include "server/serverprocess.h"

#include "contacts/contactservice.h"
#include "core/clock.h"
#include "core/language.h"
#include "core/preferences.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "sync/directorypull.h"
#include "sync/localcredential.h"
#include "sync/screenlock.h"
#include "sync/syncstate.h"
#include "sync/serverclient.h"
#include "sync/syncengine.h"
#include "ui/sync/agentstatebox.h"
#include "ui/sync/lockscreen.h"
#include "ui/sync/signindialog.h"
#include "ui/sync/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using namespace Nav::Test;

namespace {

const QString kNavigator = QStringLiteral("ui.sync.nav");
const QString kPassword = QStringLiteral("pw-ui-Sync-987");
constexpr int kServices = 120;

} // namespace

class tst_SyncUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dbUrl;
    ServerProcess m_server;
    FakeSecretStore m_secrets;
    Core::SystemClock m_clock;
    Core::LanguageManager m_language;
    std::unique_ptr<Core::Preferences> m_preferences;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Sync::ServerClient> m_client;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    std::unique_ptr<Contacts::ContactService> m_contacts;
    std::unique_ptr<QMainWindow> m_window;
    Ui::SyncStatusWidget *m_status = nullptr;
    Ui::AgentStateBox *m_agent = nullptr;
    Ui::SignInDialog *m_dialog = nullptr;
    QAction *m_syncNow = nullptr;
    FixedClock m_lockClock;
    std::unique_ptr<Sync::ScreenLock> m_lock;

    // The server's own count, read from its database file.
    int serverCount(const QString &sql)
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("ui-sync-server"));
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next()) {
            qWarning("server sql: %s", qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toInt();
    }

    int localServices()
    {
        return await(m_db->run<int>([](QSqlDatabase &c) -> Result<int> {
                         QSqlQuery q(c);
                         if (!q.exec(QStringLiteral("SELECT count(*) FROM dir_service")) || !q.next())
                             return fail(ErrorCode::Database, q.lastError().text());
                         return q.value(0).toInt();
                     }))
            .value_or(-1);
    }

    void typeInto(QLineEdit *field, const QString &text)
    {
        field->clear();
        QTest::keyClicks(field, text);
    }

    Core::Contact contact(const QString &need)
    {
        Core::Contact c;
        c.channel = Core::Channel::Call;
        c.direction = Core::Direction::Inbound;
        c.start = m_clock.now().addSecs(-600);
        c.end = m_clock.now().addSecs(-60);
        c.inquirer.phone = QStringLiteral("514 555 0142");
        c.needs = {{need, QString(), QString()}};
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QVERIFY(m_dir.isValid());
        m_dbUrl = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.db"));
        QString error;
        QVERIFY2(ServerProcess::prepareDatabase(m_dbUrl, kServices, QStringLiteral("Est"),
                                                {{kNavigator, QStringLiteral("navigator"), {}}}, kPassword, &error),
                 qPrintable(error));
        QVERIFY2(m_server.start(m_dbUrl, {}, &error), qPrintable(error));
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ui-sync-server"));
        server.setDatabaseName(m_dbUrl.mid(7));
        server.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QVERIFY2(server.open(), qPrintable(server.lastError().text()));

        m_preferences = std::make_unique<Core::Preferences>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_preferences->setServerUrl(m_server.baseUrl());
        m_preferences->setServerUser(kNavigator);

        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("navigator.db"));
        o.key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));

        m_client = std::make_unique<Sync::ServerClient>(m_secrets, QStringLiteral("ui/session"));
        m_client->setTransferTimeout(5000);
        m_engine = std::make_unique<Sync::SyncEngine>(*m_client, *m_db, m_clock);
        m_engine->setPushPoll(500);
        m_contacts = std::make_unique<Contacts::ContactService>(*m_db, m_clock);
        m_contacts->setNavigator(kNavigator);
        connect(m_contacts.get(), &Contacts::ContactService::contactSaved, m_engine.get(),
                [this] { m_engine->pushSoon(); });

        m_window = std::make_unique<QMainWindow>();
        m_window->setCentralWidget(new QLabel(QStringLiteral("Navigator"), m_window.get()));
        m_window->resize(1200, 420);
        m_agent = new Ui::AgentStateBox;
        m_window->statusBar()->addPermanentWidget(m_agent);
        connect(m_agent, &Ui::AgentStateBox::stateChosen, m_engine.get(),
                [this](Core::AgentState s) { m_engine->setAgentState(s); });
        m_status = new Ui::SyncStatusWidget;
        m_window->statusBar()->addPermanentWidget(m_status);
        m_syncNow = new QAction(QCoreApplication::translate("main", "S&ync now"), m_window.get());
        connect(m_syncNow, &QAction::triggered, m_engine.get(), [this] { m_engine->syncNow(); });
        m_status->setSyncAction(m_syncNow);
        connect(m_engine.get(), &Sync::SyncEngine::statusChanged, m_status,
                &Ui::SyncStatusWidget::setStatus);
        m_status->setStatus(m_engine->status());
        m_dialog = new Ui::SignInDialog(*m_client, *m_preferences, m_window.get());
        m_lock = std::make_unique<Sync::ScreenLock>(*m_db, m_lockClock);
        m_lock->setIterations(20000); // the real count takes ~0.5 s a check: same code, faster
        connect(m_dialog, &Ui::SignInDialog::passwordAccepted, m_lock.get(),
                [this](const QString &user, const QString &password) { m_lock->remember(user, password); });
        m_lock->load();
        QTRY_VERIFY(m_lock->isReady());
        QVERIFY(!m_lock->hasCredential());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        connect(&m_language, &Core::LanguageManager::languageChanged, m_engine.get(),
                [this] {
                    m_engine->retranslate();
                    // The workstation's own words for the action (app/main.cpp).
                    m_syncNow->setText(QCoreApplication::translate("main", "S&ync now"));
                });
        m_engine->start();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_lock.reset();
        m_engine.reset();
        m_contacts.reset();
        m_client.reset();
        m_db.reset();
        m_server.stop();
        QSqlDatabase::database(QStringLiteral("ui-sync-server"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("ui-sync-server"));
    }

    void init()
    {
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }

    void startsSignedOutAndSaysSo()
    {
        QCOMPARE(m_engine->status().connection, Sync::SyncEngine::Connection::SignedOut);
        QVERIFY(m_status->stateText().contains(QStringLiteral("Not signed in")));
        QVERIFY(m_status->detailText().contains(QStringLiteral("never synced")));
        // "Sync now" without a session explains what to do instead of doing nothing.
        m_syncNow->trigger();
        QTRY_VERIFY(m_status->errorText().contains(QStringLiteral("Sign in")));
    }

    void wrongPasswordIsSaidPlainlyAndNothingIsKept()
    {
        m_dialog->prepare();
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
        // No window manager under Xvfb: activate by hand, as a desktop would.
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog));
        QCOMPARE(m_dialog->serverField()->text(), m_server.baseUrl().toString());
        QCOMPARE(m_dialog->userField()->text(), kNavigator);
        QCOMPARE(QApplication::focusWidget(), m_dialog->passwordField());
        // An empty password is caught before anything is sent.
        QTest::keyClick(m_dialog->passwordField(), Qt::Key_Return);
        QCOMPARE(m_dialog->errorText(), Ui::SignInDialog::tr("Enter your password."));
        QVERIFY(!m_dialog->isBusy());

        typeInto(m_dialog->passwordField(), QStringLiteral("not-it"));
        QTest::keyClick(m_dialog->passwordField(), Qt::Key_Return);
        QTRY_VERIFY(!m_dialog->isBusy());
        QCOMPARE(m_dialog->errorText(), Sync::ServerClient::tr("The user name or the password is wrong."));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->passwordField()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), m_dialog->passwordField());
        QVERIFY(m_secrets.entries.isEmpty());
        screenshot(m_dialog, QStringLiteral("signin-error-en"));
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Se connecter au serveur"));
        // Everything in French, the error too; the buttons keep their own words.
        QCOMPARE(m_dialog->errorText(), Sync::ServerClient::tr("The user name or the password is wrong."));
        QVERIFY(m_dialog->errorText().startsWith(QStringLiteral("Le nom")));
        QCOMPARE(m_dialog->findChild<QPushButton *>(QStringLiteral("signInButton"))->text(),
                 QStringLiteral("Se &connecter"));
        screenshot(m_dialog, QStringLiteral("signin-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
    }

    void signInThenFirstSyncBringsTheDirectory()
    {
        QVERIFY(m_dialog->isVisible());
        typeInto(m_dialog->passwordField(), kPassword);
        QTest::keyClick(m_dialog->passwordField(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(m_client->isSignedIn());
        // The refresh token is in the keychain; the password nowhere.
        QTRY_VERIFY(!m_secrets.entries.value(QStringLiteral("ui/session")).isEmpty());
        for (const QByteArray &v : std::as_const(m_secrets.entries))
            QVERIFY(!v.contains(kPassword.toUtf8()));

        // Signing in starts a sync by itself: the whole directory arrives, the status says when.
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->status().lastSuccess.isValid(), 60000);
        // Every active service of the server (the demo directory retires a few: tombstones).
        const int active = serverCount(QStringLiteral("SELECT count(*) FROM dir_service WHERE status = 'active'"));
        QVERIFY2(active > kServices * 9 / 10, qPrintable(QString::number(active)));
        QCOMPARE(localServices(), active);
        const auto s = m_engine->status();
        QCOMPARE(s.connection, Sync::SyncEngine::Connection::Online);
        QVERIFY2(s.lastError.isEmpty(), qPrintable(s.lastError));
        QCOMPARE(s.pending, 0);
        QVERIFY(m_status->stateText().contains(QStringLiteral("Online")));
        QVERIFY(m_status->detailText().contains(QStringLiteral("last sync")));
        QVERIFY(m_status->errorText().isEmpty());
        screenshot(m_window.get(), QStringLiteral("sync-online-en"));
    }

    // The navigator's availability reaches the server at sign-in and when they change it.
    void agentStateReachesTheServer()
    {
        const QString stateOf = QStringLiteral("SELECT s.state = '%1' FROM agent_status s JOIN app_user u "
                                               "ON u.id = s.user_id WHERE u.username = '%2'");
        QTRY_COMPARE(serverCount(stateOf.arg(QStringLiteral("available"), kNavigator)), 1);
        QSignalSpy answered(m_engine.get(), &Sync::SyncEngine::agentStateAnswered);
        m_agent->setFocus();
        m_agent->setCurrentIndex(m_agent->findData(int(Core::AgentState::Break)));
        QCOMPARE(m_engine->agentState(), Core::AgentState::Break);
        QTRY_COMPARE(serverCount(stateOf.arg(QStringLiteral("break"), kNavigator)), 1);
        QTRY_VERIFY(!answered.isEmpty());
        QCOMPARE(answered.first().first().toBool(), true);
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        QCOMPARE(m_agent->currentText(), QStringLiteral("En pause"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QApplication::processEvents();
        QCOMPARE(m_agent->currentText(), QStringLiteral("On break"));
        m_agent->setCurrentIndex(m_agent->findData(int(Core::AgentState::Available)));
        QTRY_COMPARE(serverCount(stateOf.arg(QStringLiteral("available"), kNavigator)), 1);

        // What the workstation does at quit: "offline" is on the server when the call returns.
        QVERIFY(m_engine->sendOfflineAndWait(5000));
        QCOMPARE(serverCount(stateOf.arg(QStringLiteral("offline"), kNavigator)), 1);
        QVERIFY(!m_engine->isHeartbeating());
        m_engine->setAgentState(Core::AgentState::Break); // any new state: here again
        QTRY_COMPARE(serverCount(stateOf.arg(QStringLiteral("break"), kNavigator)), 1);
        QVERIFY(m_engine->isHeartbeating());
        m_engine->setAgentState(Core::AgentState::Available);
        QTRY_COMPARE(serverCount(stateOf.arg(QStringLiteral("available"), kNavigator)), 1);
    }

    // The sign-in left the password's slow hash (never the password) in the encrypted store:
    // the lock opens with that password, says plainly when it is wrong, and after five wrong
    // ones makes each next attempt wait, counting down.
    void lockOpensWithTheSignInPasswordOnly()
    {
        QTRY_VERIFY(m_lock->hasCredential());
        QCOMPARE(m_lock->username(), kNavigator);
        const QString stored = await(m_db->run<QString>([](QSqlDatabase &c) {
                                         return Sync::SyncState::value(c, QLatin1String(Sync::LocalCredential::kCredentialKey));
                                     })).value_or(QString());
        QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$20000$")));
        QVERIFY(!stored.contains(kPassword));

        auto *page = new Ui::LockScreen(*m_lock);
        QWidget *workspace = m_window->takeCentralWidget();
        m_window->setCentralWidget(page);
        m_lock->lock();
        page->prepare(false);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_lock->isLocked());
        QTRY_COMPARE(QApplication::focusWidget(), page->passwordField());
        screenshot(m_window.get(), QStringLiteral("locked-en"));
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        QVERIFY(page->unlockButton()->text().contains(QStringLiteral("verrouiller")));
        screenshot(m_window.get(), QStringLiteral("locked-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));

        QSignalSpy unlocked(m_lock.get(), &Sync::ScreenLock::unlocked);
        for (int attempt = 1; attempt <= 5; ++attempt) {
            QTest::keyClicks(page->passwordField(), QStringLiteral("wrong-%1").arg(attempt));
            QTest::keyClick(page->passwordField(), Qt::Key_Return);
            QTRY_VERIFY(!m_lock->isChecking());
            QTRY_VERIFY(!page->messageText().isEmpty());
            QVERIFY(page->passwordField()->text().isEmpty());
        }
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(m_lock->isLocked());
        QCOMPARE(m_lock->secondsToWait(), 30);
        QVERIFY2(page->messageText().contains(QStringLiteral("30 seconds")), qPrintable(page->messageText()));
        QVERIFY(!page->unlockButton()->isEnabled());
        QCOMPARE(page->unlockButton()->text(), QStringLiteral("Wait 30 s"));
        screenshot(m_window.get(), QStringLiteral("locked-wait-en"));
        // Even the right password waits for the end of the delay.
        m_lock->tryUnlock(kPassword);
        QTest::qWait(200);
        QCOMPARE(unlocked.count(), 0);
        m_lockClock.advance(31);
        QTRY_VERIFY(page->unlockButton()->isEnabled());
        QTest::keyClicks(page->passwordField(), kPassword);
        QTest::keyClick(page->passwordField(), Qt::Key_Return);
        QTRY_COMPARE(unlocked.count(), 1);
        QCOMPARE(unlocked.first().first().toString(), kPassword);
        QVERIFY(!m_lock->isLocked());
        QCOMPARE(m_lock->failures(), 0);

        delete m_window->takeCentralWidget();
        m_window->setCentralWidget(workspace);
    }

    void contactsRecordedOfflineArriveOnceWhenTheServerIsBack()
    {
        m_server.kill9(); // down as after a crash or a cut cable
        QVERIFY(!m_server.isRunning());
        // The language changes the moment the first failure is seen, before the push has
        // finished writing it down: the run's end must not bring the English words back.
        QStringList errorsAfterSwitch;
        bool switched = false;
        const QMetaObject::Connection watch = connect(
            m_engine.get(), &Sync::SyncEngine::statusChanged, this,
            [this, &switched, &errorsAfterSwitch](const Sync::SyncEngine::Status &s) {
                if (switched) {
                    errorsAfterSwitch.append(s.lastError);
                } else if (s.connection == Sync::SyncEngine::Connection::Offline) {
                    switched = true;
                    m_language.setLanguage(QStringLiteral("fr"));
                }
            });
        for (const QString &need : {QStringLiteral("food"), QStringLiteral("housing")}) {
            auto saved = await(m_contacts->save(contact(need)));
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->status().connection == Sync::SyncEngine::Connection::Offline, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->status().pending, 2, 10000);
        QTRY_COMPARE(m_engine->status().busy, false);
        QApplication::processEvents();
        disconnect(watch);
        QVERIFY(switched);
        for (const QString &error : std::as_const(errorsAfterSwitch))
            QVERIFY2(!error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
        QVERIFY2(m_status->errorText().contains(QStringLiteral("injoignable")), qPrintable(m_status->errorText()));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QApplication::processEvents();
        // The push failed: offline, both waiting, the reason in words.
        QVERIFY(m_status->stateText().contains(QStringLiteral("Offline")));
        QVERIFY2(m_status->errorText().contains(QStringLiteral("cannot be reached")), qPrintable(m_status->errorText()));
        QVERIFY(m_status->detailText().contains(QStringLiteral("2 items waiting to be sent")));
        screenshot(m_window.get(), QStringLiteral("sync-offline-en"));
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        QVERIFY2(m_status->stateText().contains(QStringLiteral("Hors ligne")), qPrintable(m_status->stateText()));
        QVERIFY2(m_status->errorText().contains(QStringLiteral("injoignable")), qPrintable(m_status->errorText()));
        QVERIFY(m_status->detailText().contains(QStringLiteral("2 éléments en attente d’envoi")));
        screenshot(m_window.get(), QStringLiteral("sync-offline-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM contact")), 0);

        // The server comes back; "Sync now" (F5 in the workstation) sends both, once.
        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        m_syncNow->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->status().pending, 0, 30000);
        QTRY_COMPARE(m_engine->status().connection, Sync::SyncEngine::Connection::Online);
        QTRY_VERIFY(m_engine->status().lastError.isEmpty());
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM contact")), 2);
        // Sending again changes nothing on the server.
        m_syncNow->trigger();
        QTest::qWait(1500);
        QCOMPARE(serverCount(QStringLiteral("SELECT count(*) FROM contact")), 2);
        QVERIFY(m_status->errorText().isEmpty());
        QVERIFY(m_language.setLanguage(QStringLiteral("fr")));
        QApplication::processEvents();
        screenshot(m_window.get(), QStringLiteral("sync-online-fr"));
        QVERIFY(m_language.setLanguage(QStringLiteral("en")));
        // The log has no personal data (the phone number typed in the record).
        QVERIFY(!m_server.log().contains("555 0142"));
        QVERIFY(!m_server.log().contains("5550142"));
    }
};

QTEST_MAIN(tst_SyncUi)
#include "tst_syncui.moc"

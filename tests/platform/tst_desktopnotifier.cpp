// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// DesktopNotifier against a notification server on a private session bus: a small stand-in for
// org.freedesktop.Notifications registered by the test on its own bus connection, so the call
// goes through the real dbus-daemon. Checks what arrives (application name, title, count, and
// nothing about the person, end to end from a follow-up in a real store), replacement of the
// previous notification, clicks, withdrawal, and the error when no server answers.
#include "contacts/contactservice.h"
#include "contacts/followupwatcher.h"
#include "fixedclock.h"
#include "platform/desktopnotifier.h"
#include "storage/database.h"
#include "storage/schema.h"

#include "await.h"
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using Nav::Test::await;
using Platform::DesktopNotifier;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// Stand-ins for personal data on the follow-up's contact.
const QString kMarkerPhone = QStringLiteral("(819) 555-0163");
const QString kMarkerDigits = QStringLiteral("5550163");
const QString kMarkerReason = QStringLiteral("MARKER-reason: rappeler Mme Tremblay");
const QString kMarkerNotes = QStringLiteral("MARKER-notes");
const QString kMarkerPlace = QStringLiteral("MARKER-Gatineau");
const QString kMarkerNavigator = QStringLiteral("MARKER-nav");

} // namespace

// The server side of the freedesktop.org notification spec, recording each call.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
        // Every text of the call, to look for personal data.
        QString allText() const
        {
            QStringList parts{appName, icon, summary, body};
            parts += actions;
            for (auto it = hints.cbegin(); it != hints.cend(); ++it)
                parts << it.key() << it.value().toString();
            return parts.join(QLatin1Char('|'));
        }
    };
    QList<Call> calls;
    QList<uint> closed;
    uint nextId = 41;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        calls.append({appName, replacesId, icon, summary, body, actions, hints, timeout});
        return replacesId != 0 ? replacesId : nextId++;
    }
    void CloseNotification(uint id) { closed.append(id); }
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("actions")}; }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

class tst_DesktopNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<QDBusConnection> m_serverBus;
    int m_connections = 0;

    // The server gets its own connection, as a real one would be another process.
    void startServer()
    {
        m_server = std::make_unique<FakeNotificationServer>();
        const QString name = QStringLiteral("fake-notifications-%1").arg(++m_connections);
        m_serverBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, name));
        QVERIFY(m_serverBus->isConnected());
        QVERIFY(m_serverBus->registerObject(kPath, m_server.get(),
                                            QDBusConnection::ExportAllSlots
                                                | QDBusConnection::ExportAllSignals));
        QVERIFY2(m_serverBus->registerService(kService),
                 qPrintable(m_serverBus->lastError().message()));
    }

    void stopServer()
    {
        if (!m_serverBus)
            return;
        m_serverBus->unregisterService(kService);
        m_serverBus->unregisterObject(kPath);
        const QString name = m_serverBus->name();
        m_serverBus.reset();
        QDBusConnection::disconnectFromBus(name);
        m_server.reset();
        // The bus tells everyone the name is gone; wait until our client side sees it too.
        QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "run inside a private session bus (tests/support/session.sh --keyring)");
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService));
    }

    void cleanup() { stopServer(); }

    // End to end as the workstation wires it: a follow-up falls due in the store, the watcher
    // says so, the notifier tells the desktop. What reaches the bus is a fixed title and a count.
    void notifiesAFollowUpDueWithoutPersonalData()
    {
        startServer();
        Test::FixedClock clock;
        Storage::Database db;
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("notify.db"));
        o.key = QByteArray(32, '\x5a');
        o.migrations = Storage::workstationMigrations();
        QVERIFY(await(db.open(o)));
        Contacts::ContactService contacts(db, clock);
        contacts.setNavigator(kMarkerNavigator);

        Core::Contact c;
        c.start = clock.now().addSecs(-600);
        c.end = clock.now().addSecs(-60);
        c.inquirer.phone = kMarkerPhone;
        c.inquirer.place = kMarkerPlace;
        c.notes = kMarkerNotes;
        c.crisis = true;
        c.needs = {{QStringLiteral("housing"), QString(), QString()}};
        c.disposition = Core::Disposition::Completed;
        Core::FollowUp f;
        f.consent = true;
        f.consentAt = clock.now().addSecs(-120);
        f.due = clock.now().toLocalTime().date();
        f.reason = kMarkerReason;
        c.followUp = f;
        auto closed = await(contacts.close(c));
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().detail));

        Contacts::FollowUpWatcher watcher(contacts, clock);
        DesktopNotifier notifier;
        QList<QFuture<Result<uint>>> sent;
        connect(&watcher, &Contacts::FollowUpWatcher::followUpDue, &notifier,
                [&] { sent << notifier.notifyFollowUpsDue(watcher.dueCount()); });
        watcher.start();
        QTRY_COMPARE(m_server->calls.size(), 1);
        QTRY_VERIFY(sent.size() == 1 && sent.first().isFinished());
        const Result<uint> id = sent.first().result();
        QVERIFY(id);
        QCOMPARE(*id, 41u);
        QCOMPARE(notifier.currentId(), 41u);

        const FakeNotificationServer::Call &call = m_server->calls.first();
        QCOMPARE(call.appName, QStringLiteral("Navigator"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.summary, QStringLiteral("Follow-up due"));
        QVERIFY2(call.body.contains(QLatin1Char('1')), qPrintable(call.body));
        QCOMPARE(call.body, DesktopNotifier::tr("%n follow-up(s) due now", nullptr, 1));
        QCOMPARE(call.actions, (QStringList{QStringLiteral("default"),
                                            DesktopNotifier::tr("Open follow-ups")}));
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).toInt(), 1);
        QCOMPARE(call.timeout, -1);
        const QString text = call.allText();
        for (const QString &marker : {kMarkerPhone, kMarkerDigits, kMarkerReason, kMarkerNotes,
                                      kMarkerPlace, kMarkerNavigator, closed->uuid,
                                      QStringLiteral("MARKER"), QStringLiteral("housing"),
                                      QStringLiteral("+1819")}) {
            QVERIFY2(!text.contains(marker, Qt::CaseInsensitive), qPrintable(marker));
        }
    }

    // A new count updates the notification on screen instead of stacking another.
    void replacesItsPreviousNotification()
    {
        startServer();
        DesktopNotifier notifier;
        auto first = await(notifier.notifyFollowUpsDue(2));
        QVERIFY(first);
        auto second = await(notifier.notifyFollowUpsDue(3));
        QVERIFY(second);
        QCOMPARE(m_server->calls.size(), 2);
        QCOMPARE(m_server->calls.at(1).replacesId, *first);
        QCOMPARE(*second, *first);
        QVERIFY(m_server->calls.at(0).body.contains(QLatin1Char('2')));
        QVERIFY(m_server->calls.at(1).body.contains(QLatin1Char('3')));

        // Once the server closed it, the next one is new.
        Q_EMIT m_server->NotificationClosed(*first, 2);
        QTRY_COMPARE(notifier.currentId(), 0u);
        auto third = await(notifier.notifyFollowUpsDue(1));
        QVERIFY(third);
        QCOMPARE(m_server->calls.at(2).replacesId, 0u);
        QVERIFY(*third != *first);
    }

    // Only a click on our own notification counts.
    void reportsAClickOnItsNotification()
    {
        startServer();
        DesktopNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        auto id = await(notifier.notifyFollowUpsDue(1));
        QVERIFY(id);
        // Someone else's notification, and another button of ours: not a click for us. A round
        // trip to the server afterwards makes sure both signals were delivered.
        Q_EMIT m_server->ActionInvoked(*id + 100, QStringLiteral("default"));
        Q_EMIT m_server->ActionInvoked(*id, QStringLiteral("snooze"));
        QVERIFY(await(notifier.notifyFollowUpsDue(1)));
        QCOMPARE(activated.size(), 0);
        Q_EMIT m_server->ActionInvoked(*id, QStringLiteral("default"));
        QVERIFY(activated.wait());
        QVERIFY(await(notifier.notifyFollowUpsDue(1)));
        QCOMPARE(activated.size(), 1);
    }

    void withdrawsItsNotification()
    {
        startServer();
        DesktopNotifier notifier;
        notifier.withdraw(); // nothing shown: nothing sent
        auto id = await(notifier.notifyFollowUpsDue(4));
        QVERIFY(id);
        notifier.withdraw();
        QCOMPARE(notifier.currentId(), 0u);
        QTRY_COMPARE(m_server->closed, QList<uint>{*id});
    }

    // No notification server on the bus: an error the caller can fall back on.
    void failsWithoutAServer_data()
    {
        QTest::addColumn<bool>("autoStart");
        QTest::newRow("no autostart") << false;
        QTest::newRow("autostart, nothing installed") << true;
    }

    void failsWithoutAServer()
    {
        QFETCH(bool, autoStart);
        DesktopNotifier notifier;
        notifier.setAutoStartServer(autoStart);
        notifier.setCallTimeout(2000);
        auto result = await(notifier.notifyFollowUpsDue(1));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Io);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY2(result.error().detail.contains(QLatin1String("org.freedesktop.DBus.Error")),
                 qPrintable(result.error().detail));
        QCOMPARE(notifier.currentId(), 0u);

        // A server that appears later is used.
        startServer();
        auto later = await(notifier.notifyFollowUpsDue(1));
        QVERIFY(later);
        QCOMPARE(m_server->calls.size(), 1);
    }

    // The future finishes even when the notifier is gone before the answer.
    void futureOutlivesTheNotifier()
    {
        startServer();
        auto notifier = std::make_unique<DesktopNotifier>();
        QFuture<Result<uint>> f = notifier->notifyFollowUpsDue(1);
        notifier.reset();
        QTRY_VERIFY(f.isFinished());
        QVERIFY(f.result());
    }
};

QTEST_GUILESS_MAIN(tst_DesktopNotifier)
#include "tst_desktopnotifier.moc"

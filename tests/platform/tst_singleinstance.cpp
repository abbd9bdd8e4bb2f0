// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// One Navigator per profile: a second start hands its screen-pop link to the first and ends.
#include "platform/singleinstance.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using Nav::Platform::SingleInstance;

class tst_SingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondStartHandsItsLinkToTheFirst()
    {
        QTemporaryDir profile;
        SingleInstance first(profile.path());
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::messageReceived);

        // the second start (another process in real life) finds the first one
        SingleInstance second(profile.path());
        QVERIFY(!second.listen());
        const QString link = QStringLiteral("navigator://contact?ani=6135550100&agent=jdoe");
        // send() blocks, as it does in a second process: run it off this thread
        auto sent = std::async(std::launch::async, [&] { return SingleInstance::send(profile.path(), link); });
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.first().first().toString(), link);
        QTRY_VERIFY(sent.wait_for(std::chrono::milliseconds(0)) == std::future_status::ready);
        QVERIFY(sent.get());
        // the socket's name does not show the profile's path
        QVERIFY(!SingleInstance::serverName(profile.path()).contains(profile.path()));
    }

    void anotherProfileIsAnotherInstance()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        SingleInstance first(a.path());
        QVERIFY(first.listen());
        SingleInstance other(b.path());
        QVERIFY(other.listen());
    }

    void nobodyListeningMeansSendFails()
    {
        QTemporaryDir profile;
        QVERIFY(!SingleInstance::send(profile.path(), SingleInstance::activateMessage(), 300));
    }

    void aCrashedInstanceLeavesNothingInTheWay()
    {
        QTemporaryDir profile;
        {
            SingleInstance gone(profile.path());
            QVERIFY(gone.listen());
        } // destroyed without a clean shutdown of clients
        SingleInstance next(profile.path());
        QVERIFY(next.listen());
    }
};

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"

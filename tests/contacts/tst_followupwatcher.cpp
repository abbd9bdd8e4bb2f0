// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// FollowUpWatcher over a real ContactService on a real encrypted store: which follow-ups count
// as due (date and preferred window), one followUpDue per follow-up, the count following the
// clock and the queue, and a re-check when the queue changes.
#include "contacts/contactservice.h"
#include "contacts/followupwatcher.h"
#include "fixedclock.h"
#include "storage/database.h"
#include "storage/schema.h"

#include "await.h"
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using Nav::Test::await;
using Contacts::FollowUpWatcher;

namespace {

template<typename T>
QByteArray why(const Result<T> &r)
{
    return r ? QByteArray()
             : (r.error().message + QStringLiteral(" / ") + r.error().detail).toUtf8();
}

// Monday 23 November 2026 at `time`, workstation local time, as the UTC instant a clock gives.
QDateTime localAt(int dayOffset, QTime time)
{
    return QDateTime(QDate(2026, 11, 23).addDays(dayOffset), time).toUTC();
}

QList<qint64> ids(const QSignalSpy &spy)
{
    QList<qint64> out;
    for (const auto &args : spy)
        out << args.first().toLongLong();
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class tst_FollowUpWatcher : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Test::FixedClock m_clock{localAt(0, QTime(10, 0))};
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Contacts::ContactService> m_service;

    // Closes a contact today (per the clock) with a follow-up due `dueOffset` days from the
    // clock's day, in the window [start, end) (invalid = any time). Returns the follow-up id.
    qint64 addFollowUp(int dueOffset, QTime start = {}, QTime end = {},
                       Core::FollowUpAssignee assignee = Core::FollowUpAssignee::Me)
    {
        const QDateTime now = m_clock.now();
        Core::Contact c;
        c.start = now.addSecs(-600);
        c.end = now.addSecs(-60);
        c.inquirer.phone = QStringLiteral("613 555 0142");
        c.needs = {{QStringLiteral("food"), QString(), QString()}};
        c.disposition = Core::Disposition::Completed;
        Core::FollowUp f;
        f.consent = true;
        f.consentAt = now.addSecs(-120);
        f.method = Core::FollowUpMethod::Phone;
        f.due = now.toLocalTime().date().addDays(dueOffset);
        f.windowStart = start;
        f.windowEnd = end;
        f.reason = QStringLiteral("check the food bank");
        f.assignee = assignee;
        c.followUp = f;
        auto closed = await(m_service->close(c));
        if (!closed || !closed->followUp) {
            qWarning("close refused: %s", why(closed).constData());
            return 0;
        }
        auto items = await(m_service->followUps(3650));
        if (!items)
            return 0;
        for (const auto &i : *items) {
            if (i.followUp.contactId == closed->id)
                return i.followUp.id;
        }
        return 0;
    }

    Core::FollowUpOutcome reached() const
    {
        Core::FollowUpOutcome o;
        o.reach = Core::FollowUpReach::Reached;
        o.followed = Core::Recommendations::All;
        o.betterPrepared = Core::Answer::Yes;
        o.helpedWellBeing = Core::Answer::Yes;
        o.needsMet = Core::Answer::Yes;
        o.at = m_clock.now();
        return o;
    }

private Q_SLOTS:
    void init()
    {
        m_service.reset();
        m_db = std::make_unique<Storage::Database>();
        m_clock = Test::FixedClock(localAt(0, QTime(10, 0)));
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                    + QStringLiteral(".db"));
        QFile::remove(o.filePath);
        o.key = QByteArray::fromHex(
            "3c1e5a0c3b7d92e4a6c1f0b8d3e7a95c2b4f6e8d0a1c3e5f7b9d2a4c6e8f0a77");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, why(opened));
        m_service = std::make_unique<Contacts::ContactService>(*m_db, m_clock);
        m_service->setNavigator(QStringLiteral("nav-3"));
    }

    void cleanup()
    {
        m_service.reset();
        m_db.reset();
    }

    void isDueNow_data()
    {
        QTest::addColumn<int>("dueOffset");
        QTest::addColumn<QTime>("windowStart");
        QTest::addColumn<QTime>("now");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("due");
        const int open = int(Core::FollowUpStatus::Open);
        QTest::newRow("yesterday, any time") << -1 << QTime() << QTime(0, 5) << open << true;
        QTest::newRow("yesterday, window not reached today")
            << -1 << QTime(15, 0) << QTime(9, 0) << open << true;
        QTest::newRow("today, any time") << 0 << QTime() << QTime(0, 5) << open << true;
        QTest::newRow("today, before the window") << 0 << QTime(14, 0) << QTime(13, 59) << open
                                                  << false;
        QTest::newRow("today, window starts now") << 0 << QTime(14, 0) << QTime(14, 0) << open
                                                  << true;
        QTest::newRow("today, after the window") << 0 << QTime(9, 0) << QTime(18, 0) << open
                                                 << true;
        QTest::newRow("tomorrow") << 1 << QTime() << QTime(23, 59) << open << false;
        QTest::newRow("overdue but done")
            << -3 << QTime() << QTime(10, 0) << int(Core::FollowUpStatus::Done) << false;
        QTest::newRow("overdue but unreachable")
            << -3 << QTime() << QTime(10, 0) << int(Core::FollowUpStatus::Unreachable) << false;
        QTest::newRow("overdue but cancelled")
            << -3 << QTime() << QTime(10, 0) << int(Core::FollowUpStatus::Cancelled) << false;
    }

    void isDueNow()
    {
        QFETCH(int, dueOffset);
        QFETCH(QTime, windowStart);
        QFETCH(QTime, now);
        QFETCH(int, status);
        QFETCH(bool, due);
        Core::FollowUp f;
        f.due = QDate(2026, 11, 23).addDays(dueOffset);
        f.windowStart = windowStart;
        f.windowEnd = windowStart.isValid() ? windowStart.addSecs(3600) : QTime();
        f.status = Core::FollowUpStatus(status);
        QCOMPARE(FollowUpWatcher::isDueNow(f, localAt(0, now)), due);
        // The clock's instant may come in any time zone: the local day decides.
        QCOMPARE(FollowUpWatcher::isDueNow(f, localAt(0, now).toOffsetFromUtc(5 * 3600)), due);
    }

    // Each follow-up is announced once, when it becomes due; the count follows the clock.
    void announcesEachFollowUpOnceWhenDue()
    {
        // An overdue follow-up: scheduled three days ago for the day after.
        m_clock = Test::FixedClock(localAt(-3, QTime(10, 0)));
        const qint64 overdue = addFollowUp(1);
        m_clock = Test::FixedClock(localAt(0, QTime(10, 0)));
        const qint64 morning = addFollowUp(0, QTime(9, 0), QTime(12, 0));
        const qint64 afternoon = addFollowUp(0, QTime(14, 0), QTime(16, 0));
        const qint64 teamToday = addFollowUp(0, {}, {}, Core::FollowUpAssignee::TeamQueue);
        const qint64 tomorrow = addFollowUp(1);
        const qint64 doneToday = addFollowUp(0);
        for (qint64 id : {overdue, morning, afternoon, teamToday, tomorrow, doneToday})
            QVERIFY(id > 0);
        QVERIFY(await(m_service->recordOutcome(doneToday, reached())));

        FollowUpWatcher watcher(*m_service, m_clock);
        watcher.setInterval(20);
        QCOMPARE(watcher.interval(), 20);
        QSignalSpy due(&watcher, &FollowUpWatcher::followUpDue);
        QSignalSpy count(&watcher, &FollowUpWatcher::dueCountChanged);
        QSignalSpy checked(&watcher, &FollowUpWatcher::checked);
        watcher.start();
        QVERIFY(watcher.isActive());
        QVERIFY(checked.wait());
        QList<qint64> expected{overdue, morning, teamToday};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids(due), expected);
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.first().first().toInt(), 3);
        QCOMPARE(watcher.dueCount(), 3);

        // More ticks: nothing new is announced and the count does not move.
        QTRY_VERIFY(checked.size() >= 4);
        QCOMPARE(due.size(), 3);
        QCOMPARE(count.size(), 1);

        // 14:00: the afternoon window opens.
        m_clock = Test::FixedClock(localAt(0, QTime(14, 0)));
        QTRY_COMPARE(due.size(), 4);
        QCOMPARE(due.last().first().toLongLong(), afternoon);
        QCOMPARE(count.last().first().toInt(), 4);

        // Next day: tomorrow's follow-up is due; the others are not announced again.
        m_clock = Test::FixedClock(localAt(1, QTime(8, 0)));
        QTRY_COMPARE(due.size(), 5);
        QCOMPARE(due.last().first().toLongLong(), tomorrow);
        QCOMPARE(count.last().first().toInt(), 5);
        const int before = int(checked.size());
        QTRY_VERIFY(checked.size() >= before + 3);
        QCOMPARE(due.size(), 5);

        watcher.stop();
        QVERIFY(!watcher.isActive());
    }

    // Recording an outcome changes the queue: the watcher checks at once, without its timer.
    void checksWhenTheQueueChanges()
    {
        const qint64 a = addFollowUp(0);
        const qint64 b = addFollowUp(0);
        QVERIFY(a > 0 && b > 0);
        FollowUpWatcher watcher(*m_service, m_clock);
        QCOMPARE(watcher.interval(), FollowUpWatcher::kDefaultIntervalMs);
        watcher.setInterval(60 * 60 * 1000);
        QSignalSpy count(&watcher, &FollowUpWatcher::dueCountChanged);
        watcher.start();
        QTRY_COMPARE(count.size(), 1);
        QCOMPARE(count.last().first().toInt(), 2);

        QVERIFY(await(m_service->recordOutcome(a, reached())));
        QTRY_COMPARE(count.size(), 2);
        QCOMPARE(count.last().first().toInt(), 1);

        // A new follow-up due now is announced at once too.
        QSignalSpy due(&watcher, &FollowUpWatcher::followUpDue);
        const qint64 c = addFollowUp(0);
        QTRY_COMPARE(due.size(), 1);
        QCOMPARE(due.first().first().toLongLong(), c);
        QCOMPARE(watcher.dueCount(), 2);
    }

    // A store that cannot be read is reported, and the next check tries again.
    void reportsAFailedRead()
    {
        FollowUpWatcher watcher(*m_service, m_clock);
        watcher.setInterval(20);
        QSignalSpy failed(&watcher, &FollowUpWatcher::checkFailed);
        QVERIFY(await(m_db->close()));
        watcher.start();
        QTRY_VERIFY(failed.size() >= 2);
        QCOMPARE(watcher.dueCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FollowUpWatcher)
#include "tst_followupwatcher.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
// Screen-pop links from a centre's own phone system: navigator://contact?ani=&agent=&callStart=
#include "contacts/screenpop.h"

#include <QTest>

using Nav::Contacts::parseScreenPop;

class tst_ScreenPop : public QObject
{
    Q_OBJECT
    const QDateTime m_now{QDate(2026, 11, 23), QTime(19, 10), Qt::UTC};

private Q_SLOTS:
    void readsTheICarolParameters_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<QDateTime>("start");
        const QDateTime t(QDate(2026, 11, 23), QTime(19, 5), Qt::UTC);
        QTest::newRow("iso with offset")
            << "navigator://contact?ani=5145550123&agent=jdoe&callStart=2026-11-23T14:05:00-05:00"
            << "+15145550123" << "jdoe" << t;
        QTest::newRow("iso utc, formatted number")
            << "navigator://contact?ani=%28514%29%20555-0123&agent=j.doe&callStart=2026-11-23T19:05:00Z"
            << "+15145550123" << "j.doe" << t;
        QTest::newRow("epoch seconds, e164")
            << QStringLiteral("navigator://contact?ani=%2B15145550123&callStart=%1").arg(t.toSecsSinceEpoch())
            << "+15145550123" << "" << t;
        QTest::newRow("parameter names in any case")
            << "NAVIGATOR://Contact?ANI=6135550100&Agent=x&CallStart=2026-11-23T19:05:00Z"
            << "+16135550100" << "x" << t;
        QTest::newRow("no start: now") << "navigator://contact?ani=6135550100"
                                       << "+16135550100" << "" << m_now;
        QTest::newRow("withheld number") << "navigator://contact?ani=anonymous&callStart=2026-11-23T19:05:00Z"
                                         << "" << "" << t;
        QTest::newRow("path form") << "navigator:contact?ani=6135550100" << "+16135550100" << ""
                                   << m_now;
    }

    void readsTheICarolParameters()
    {
        QFETCH(QString, url);
        QFETCH(QString, phone);
        QFETCH(QString, agent);
        QFETCH(QDateTime, start);
        const auto pop = parseScreenPop(url, m_now);
        QVERIFY2(pop, pop ? "" : qPrintable(pop.error().message));
        QCOMPARE(pop->phone, phone);
        QCOMPARE(pop->numberWithheld, phone.isEmpty());
        QCOMPARE(pop->agent, agent);
        QCOMPARE(pop->callStart.toUTC(), start);
        QVERIFY(pop->warning.isEmpty());
    }

    void localTimeWithoutOffset()
    {
        const QDateTime local = m_now.toLocalTime().addSecs(-60);
        const auto pop = parseScreenPop(
            QStringLiteral("navigator://contact?ani=6135550100&callStart=%1")
                .arg(local.toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"))),
            m_now);
        QVERIFY(pop);
        QCOMPARE(pop->callStart.toUTC(), m_now.addSecs(-60));
    }

    void refusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("other scheme") << "https://contact?ani=1" << "navigator://contact";
        QTest::newRow("other target") << "navigator://delete?ani=6135550100" << "only open a contact";
    }

    void refusesWhatItCannotUse()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        const auto pop = parseScreenPop(url, m_now);
        QVERIFY(!pop);
        QVERIFY2(pop.error().message.contains(says), qPrintable(pop.error().message));
    }

    void unreadableNumberOrTimeStillOpensTheContact()
    {
        auto pop = parseScreenPop(QStringLiteral("navigator://contact?ani=hello&callStart=2026-11-23T19:05:00Z"), m_now);
        QVERIFY(pop);
        QVERIFY(pop->phone.isEmpty());
        QVERIFY(!pop->numberWithheld);
        QVERIFY2(pop->warning.startsWith(u"ani:"), qPrintable(pop->warning));
        pop = parseScreenPop(QStringLiteral("navigator://contact?ani=6135550100&callStart=yesterday-ish"), m_now);
        QVERIFY(pop);
        QCOMPARE(pop->phone, QStringLiteral("+16135550100"));
        QCOMPARE(pop->callStart, m_now);
        QVERIFY2(pop->warning.startsWith(u"callStart:"), qPrintable(pop->warning));
    }

    void farOffClockStartsNowAndSaysSo()
    {
        const auto pop = parseScreenPop(
            QStringLiteral("navigator://contact?ani=6135550100&callStart=2020-01-01T00:00:00Z"), m_now);
        QVERIFY(pop);
        QCOMPARE(pop->callStart, m_now);
        QVERIFY(pop->warning.contains(u"clock"));
        QCOMPARE(pop->phone, QStringLiteral("+16135550100"));
    }
};

QTEST_GUILESS_MAIN(tst_ScreenPop)
#include "tst_screenpop.moc"

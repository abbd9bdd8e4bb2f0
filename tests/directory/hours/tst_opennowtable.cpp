// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/hours/openinghours.h"
#include "directory/hours/opennowtable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Nav::Directory;

Q_DECLARE_METATYPE(QList<Nav::Directory::Schedule>)

namespace {

const QTimeZone kToronto("America/Toronto");

Schedule weekly(QStringList days, QTime opens, QTime closes, const QString &zone = QString())
{
    Schedule s;
    s.freq = QStringLiteral("WEEKLY");
    s.byday = std::move(days);
    s.opensAt = opens;
    s.closesAt = closes;
    s.timeZone = zone;
    return s;
}

const QStringList kDays{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                        QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                        QStringLiteral("SU")};

// Hours as directories have them, drawn at random: mostly plain weekly openings (on some days,
// past midnight, 24 hours, to midnight, with seconds), in a few zones or none, and now and then
// what is not weekly: closures, seasons, validity dates, monthly and every-other-week rules.
QList<Schedule> randomHours(QRandomGenerator &rng)
{
    static const QStringList zones{QString(), QStringLiteral("America/Toronto"),
                                   QStringLiteral("America/Halifax"),
                                   QStringLiteral("America/St_Johns"),
                                   QStringLiteral("America/Vancouver"),
                                   QStringLiteral("Europe/Paris"), QStringLiteral("UTC"),
                                   QStringLiteral("Not/AZone")};
    const QString zone = zones.at(rng.bounded(int(zones.size())));
    const auto time = [&] {
        switch (rng.bounded(6)) {
        case 0: return QTime(0, 0);
        case 1: return QTime(rng.bounded(24), 0, 0);
        case 2: return QTime(rng.bounded(24), 30, rng.bounded(2) ? 0 : 59);
        default: return QTime(rng.bounded(24), rng.bounded(4) * 15);
        }
    };
    const auto days = [&] {
        QStringList out;
        for (const QString &d : kDays) {
            if (rng.bounded(2))
                out << d;
        }
        if (rng.bounded(8) == 0)
            out = QStringList{out.join(QLatin1Char(','))}; // "TU,TH" in one item
        return out;
    };
    QList<Schedule> out;
    const int rules = 1 + rng.bounded(3);
    for (int r = 0; r < rules; ++r) {
        Schedule s = weekly(days(), time(), time(), rng.bounded(10) == 0 ? QString() : zone);
        switch (rng.bounded(14)) {
        case 0:
            s.freq = QStringLiteral("DAILY");
            s.byday.clear();
            break;
        case 1: // a season
            s.validFrom = QDate(2026, 1 + rng.bounded(12), 1 + rng.bounded(28));
            s.validTo = s.validFrom.addDays(rng.bounded(120));
            break;
        case 2:
            s.dtstart = QDate(2026, 1 + rng.bounded(12), 1 + rng.bounded(28));
            s.interval = 2;
            break;
        case 3:
            s.freq = QStringLiteral("MONTHLY");
            s.byday = {rng.bounded(2) ? QStringLiteral("2TU") : QStringLiteral("-1FR")};
            break;
        case 4:
            s.until = QDate(2026, 1 + rng.bounded(12), 1 + rng.bounded(28));
            break;
        case 5: // a closure, all day or for some hours
            s.closed = true;
            s.validFrom = QDate(2026, 1 + rng.bounded(12), 1 + rng.bounded(28));
            s.validTo = s.validFrom.addDays(rng.bounded(10));
            if (rng.bounded(2)) {
                s.opensAt = QTime();
                s.closesAt = QTime();
            }
            break;
        case 6: // only words: ignored
            s.opensAt = QTime();
            s.description = {QStringLiteral("By appointment"), QStringLiteral("Sur rendez-vous")};
            break;
        default:
            break;
        }
        out << s;
    }
    return out;
}

// Instants to look at: first the 90 minutes either side of every DST change of 2026 in the
// zones above, minute by minute (*changeMinutes of them), then the days around the changes
// every 37 minutes or so, and random instants of the year.
QList<QDateTime> instants(QRandomGenerator &rng, qsizetype *changeMinutes)
{
    QList<QDateTime> out;
    const QDateTime changes[] = {
        QDateTime(QDate(2026, 3, 8), QTime(7, 0), QTimeZone::utc()),   // America, spring
        QDateTime(QDate(2026, 11, 1), QTime(6, 0), QTimeZone::utc()),  // America, fall
        QDateTime(QDate(2026, 3, 29), QTime(1, 0), QTimeZone::utc()),  // Europe, spring
        QDateTime(QDate(2026, 10, 25), QTime(1, 0), QTimeZone::utc()), // Europe, fall
        QDateTime(QDate(2026, 3, 8), QTime(5, 30), QTimeZone::utc()),  // St. John's, spring
        QDateTime(QDate(2026, 11, 1), QTime(4, 30), QTimeZone::utc()), // St. John's, fall
    };
    for (const QDateTime &c : changes) {
        for (int m = -90; m <= 90; m += 1)
            out << c.addSecs(m * 60);
    }
    *changeMinutes = out.size();
    for (const QDateTime &c : changes) {
        for (int m = -4 * 24 * 60; m <= 4 * 24 * 60; m += 37)
            out << c.addSecs(m * 60 + rng.bounded(60));
    }
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < 2000; ++i)
        out << start.addSecs(qint64(rng.bounded(365 * 24 * 3600)));
    return out;
}

} // namespace

class tst_OpenNowTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The table must answer exactly what OpeningHours answers, for any hours at any instant.
    void sameAnswersAsOpeningHours()
    {
        QRandomGenerator rng(211);
        OpenNowTable table(kToronto);
        QList<QList<Schedule>> lists;
        QList<int> ids;
        for (int i = 0; i < 300; ++i) {
            lists << randomHours(rng);
            // Half through the stored key, as search loads them.
            ids << (i % 2 ? table.add(lists.last()) : table.addKey(OpenNowTable::key(lists.last())));
            QVERIFY(ids.last() >= 0);
        }
        int weekly = 0;
        for (int id : std::as_const(ids))
            weekly += table.isWeekly(id) ? 1 : 0;
        // Both paths must be exercised for the comparison to mean anything.
        QVERIFY2(weekly > 75 && weekly < 225, qPrintable(QString::number(weekly)));

        qsizetype changeMinutes = 0;
        const QList<QDateTime> times = instants(rng, &changeMinutes);
        int compared = 0;
        int seen[3] = {};
        for (qsizetype n = 0; n < times.size(); ++n) {
            const QDateTime &t = times.at(n);
            OpenNowTable::At at = table.at(t);
            // Every list around the changes themselves, a tenth of them (in turn) elsewhere.
            const qsizetype step = n < changeMinutes ? 1 : 10;
            for (qsizetype i = n % step; i < lists.size(); i += step) {
                const OpenState expected = OpeningHours::statusAt(lists.at(i), t, kToronto).state;
                const OpenState got = at.state(ids.at(i));
                if (got != expected) {
                    // One arg() call: the key holds percent signs.
                    QFAIL(qPrintable(QStringLiteral("list %1 (%2) at %3: %4, expected %5")
                                         .arg(QString::number(i), OpenNowTable::key(lists.at(i)),
                                              t.toString(Qt::ISODateWithMs),
                                              QString::number(int(got)),
                                              QString::number(int(expected)))));
                }
                QCOMPARE(OpeningHours::stateAt(lists.at(i), t, kToronto), expected);
                ++seen[int(expected)];
                ++compared;
            }
        }
        QVERIFY(compared > 400'000);
        QVERIFY(seen[int(OpenState::Open)] > 50'000);
        QVERIFY(seen[int(OpenState::Closed)] > 50'000);
        QVERIFY(seen[int(OpenState::Unknown)] > 0);
    }

    void compilesPlainWeeklyHoursOnly_data()
    {
        QTest::addColumn<QList<Schedule>>("hours");
        QTest::addColumn<bool>("weekly");
        const QStringList weekdays = kDays.mid(0, 5);
        QTest::newRow("9 to 5") << QList<Schedule>{weekly(weekdays, QTime(9, 0), QTime(17, 0))} << true;
        QTest::newRow("past midnight on Sunday") << QList<Schedule>{weekly({QStringLiteral("SU")}, QTime(20, 0), QTime(2, 0))} << true;
        QTest::newRow("24/7") << QList<Schedule>{weekly(kDays, QTime(0, 0), QTime(0, 0))} << true;
        Schedule daily = weekly({}, QTime(8, 0), QTime(16, 0));
        daily.freq = QStringLiteral("DAILY");
        QTest::newRow("daily") << QList<Schedule>{daily} << true;
        QTest::newRow("two rules, one zone") << QList<Schedule>{weekly(weekdays, QTime(9, 0), QTime(12, 0), QStringLiteral("America/Halifax")), weekly(weekdays, QTime(13, 0), QTime(17, 0), QStringLiteral("America/Halifax"))} << true;
        QTest::newRow("nothing machine-readable") << QList<Schedule>{} << true;
        QTest::newRow("two zones") << QList<Schedule>{weekly(weekdays, QTime(9, 0), QTime(12, 0), QStringLiteral("America/Halifax")), weekly(weekdays, QTime(13, 0), QTime(17, 0), QStringLiteral("America/Toronto"))} << false;
        Schedule closure = weekly(kDays, QTime(), QTime());
        closure.closed = true;
        closure.validFrom = QDate(2026, 12, 24);
        closure.validTo = QDate(2027, 1, 2);
        QTest::newRow("holiday closure") << QList<Schedule>{weekly(weekdays, QTime(9, 0), QTime(17, 0)), closure} << false;
        Schedule season = weekly(weekdays, QTime(9, 0), QTime(17, 0));
        season.validFrom = QDate(2026, 3, 1);
        season.validTo = QDate(2026, 4, 30);
        QTest::newRow("season") << QList<Schedule>{season} << false;
        Schedule fortnight = weekly(weekdays, QTime(9, 0), QTime(17, 0));
        fortnight.dtstart = QDate(2026, 1, 5);
        fortnight.interval = 2;
        QTest::newRow("every other week") << QList<Schedule>{fortnight} << false;
        Schedule monthly = weekly({QStringLiteral("2TU")}, QTime(18, 30), QTime(20, 30));
        monthly.freq = QStringLiteral("MONTHLY");
        QTest::newRow("second Tuesday") << QList<Schedule>{monthly} << false;
    }

    void compilesPlainWeeklyHoursOnly()
    {
        QFETCH(QList<Schedule>, hours);
        QFETCH(bool, weekly);
        OpenNowTable table(kToronto);
        QCOMPARE(table.isWeekly(table.add(hours)), weekly);
    }

    void equalHoursShareOneEntry()
    {
        OpenNowTable table(kToronto);
        const QList<Schedule> a{weekly(kDays.mid(0, 5), QTime(9, 0), QTime(17, 0))};
        QList<Schedule> b = a;
        b.first().description = {QStringLiteral("Office hours"), QStringLiteral("Heures de bureau")};
        b << Schedule(); // only words: decides nothing
        QCOMPARE(OpenNowTable::key(a), OpenNowTable::key(b));
        const int id = table.add(a);
        QCOMPARE(table.add(b), id);
        QCOMPARE(table.addKey(OpenNowTable::key(a)), id);
        QCOMPARE(table.size(), 1);
        QVERIFY(table.add({weekly(kDays.mid(0, 5), QTime(9, 0), QTime(16, 0))}) != id);
    }

    void keyRoundTrip()
    {
        Schedule s = weekly({QStringLiteral("2TU"), QStringLiteral("th, fr")}, QTime(8, 30, 15),
                            QTime(0, 0), QStringLiteral("America/St_Johns"));
        s.freq = QStringLiteral("MONTHLY;|,%");
        s.interval = 3;
        s.dtstart = QDate(2026, 2, 3);
        s.until = QDate(2027, 1, 1);
        s.validFrom = QDate(2026, 1, 1);
        s.validTo = QDate(2026, 12, 31);
        s.bymonthday = {1, -1, 15};
        s.count = 7;
        Schedule c;
        c.closed = true;
        c.validFrom = QDate(2026, 7, 1);
        const auto back = OpenNowTable::fromKey(OpenNowTable::key({s, c}));
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        const Schedule &r = back->first();
        QCOMPARE(r.byday, s.byday);
        QCOMPARE(r.freq, s.freq);
        QCOMPARE(r.interval, 3);
        QCOMPARE(r.dtstart, s.dtstart);
        QCOMPARE(r.until, s.until);
        QCOMPARE(r.validFrom, s.validFrom);
        QCOMPARE(r.validTo, s.validTo);
        QCOMPARE(r.bymonthday, s.bymonthday);
        QCOMPARE(r.count, 7);
        QCOMPARE(r.opensAt, s.opensAt);
        QCOMPARE(r.closesAt, s.closesAt);
        QCOMPARE(r.timeZone, s.timeZone);
        QVERIFY(!r.closed);
        QVERIFY(back->at(1).closed);
        QVERIFY(!back->at(1).opensAt.isValid());
        QCOMPARE(back->at(1).validFrom, c.validFrom);
        // Not a key of this version, or damaged: nothing, and the table says so.
        QVERIFY(!OpenNowTable::fromKey(u"h0|1;;;;1;;;;;;;0;"));
        QVERIFY(!OpenNowTable::fromKey(u"h1|1;;;;1"));
        QVERIFY(!OpenNowTable::fromKey(u"h1|2;;;;1;;;;;;;0;"));
        QVERIFY(!OpenNowTable::fromKey(u"h1|0;99999999999;;;1;;;;;;;0;"));
        OpenNowTable table(kToronto);
        QCOMPARE(table.addKey(QStringLiteral("h1|garbage")), -1);
        QCOMPARE(table.at(QDateTime::currentDateTimeUtc()).state(-1), OpenState::Unknown);
    }

    void unknownWithoutOpenings()
    {
        OpenNowTable table(kToronto);
        Schedule closure;
        closure.closed = true;
        closure.validFrom = QDate(2026, 7, 1);
        Schedule words;
        words.description = {QStringLiteral("Call first"), QStringLiteral("Appelez d'abord")};
        const QDateTime t(QDate(2026, 7, 1), QTime(12, 0), kToronto);
        // An evaluation begun before entries were added still answers for them.
        OpenNowTable::At early = table.at(t);
        const int allDay = table.add({weekly(kDays, QTime(0, 0), QTime(0, 0))});
        QCOMPARE(early.state(allDay), OpenState::Open);
        for (const QList<Schedule> &hours : {QList<Schedule>{}, QList<Schedule>{words},
                                              QList<Schedule>{closure}}) {
            QCOMPARE(OpeningHours::statusAt(hours, t, kToronto).state, OpenState::Unknown);
            QCOMPARE(table.at(t).state(table.add(hours)), OpenState::Unknown);
        }
        QCOMPARE(table.at(QDateTime()).state(table.add({weekly(kDays, QTime(0, 0), QTime(0, 0))})),
                 OpenState::Unknown);
    }
};

QTEST_GUILESS_MAIN(tst_OpenNowTable)
#include "tst_opennowtable.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/demo/demodirectory.h"
#include "directory/demo/places.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Nav;
using namespace Nav::Directory;

namespace {

const QDate referenceDate(2025, 6, 2);
constexpr int sampleSize = 5000;

bool isShelter(const Service &s)
{
    return std::any_of(s.taxonomyTerms.cbegin(), s.taxonomyTerms.cend(), [](const TaxonomyTerm &t) {
        return t.code.startsWith(QLatin1String("BH-1800."))
               && t.code != QLatin1String("BH-1800.3500");
    });
}

bool oneLanguage(const LocalizedText &t)
{
    return t.en.isEmpty() != t.fr.isEmpty();
}

bool bothLanguages(const LocalizedText &t)
{
    return !t.en.isEmpty() && !t.fr.isEmpty();
}

// VmHWM: the peak resident memory of this process, in MiB.
double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QString percent(qsizetype part, qsizetype whole)
{
    return QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

} // namespace

class tst_DemoDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto places = PlacesCsv::readBundled();
        QVERIFY2(places.has_value(), qPrintable(places ? QString() : places.error().message));
        m_places = *places;
        for (const Place &p : std::as_const(m_places)) {
            if (p.isFsa())
                m_fsasOf[p.name].insert(p.fsa);
            else
                m_towns.insert(p.name, p);
        }
        m_batch = DemoDirectory::generate(sampleSize, m_places, 211, referenceDate);
    }

    void exactCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("zero") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("seven") << 7;
        QTest::newRow("sample") << sampleSize;
    }

    void exactCount()
    {
        QFETCH(int, count);
        const DirectoryBatch batch = count == sampleSize
            ? m_batch
            : DemoDirectory::generate(count, m_places, 211, referenceDate);
        QCOMPARE(batch.services.size(), count);
        QCOMPARE(batch.source, QStringLiteral("demo"));
        QSet<QString> ids;
        for (const Service &s : batch.services)
            ids.insert(s.id);
        QCOMPARE(ids.size(), count);
    }

    void deterministic()
    {
        const DirectoryBatch again = DemoDirectory::generate(sampleSize, m_places, 211,
                                                             referenceDate);
        QCOMPARE(again.services, m_batch.services);
        QCOMPARE(again.organizations, m_batch.organizations);
        QCOMPARE(again.locations, m_batch.locations);
        QCOMPARE(again.programs, m_batch.programs);
        QCOMPARE(again.taxonomyTerms, m_batch.taxonomyTerms);

        // The built-in places are the same files: same output.
        const DirectoryBatch bundled = DemoDirectory::generate(300, 211u, referenceDate);
        const DirectoryBatch given = DemoDirectory::generate(300, m_places, 211, referenceDate);
        QCOMPARE(bundled.services, given.services);
        QCOMPARE(bundled.locations, given.locations);

        const DirectoryBatch other = DemoDirectory::generate(sampleSize, m_places, 212,
                                                             referenceDate);
        QCOMPARE(other.services.size(), sampleSize);
        QVERIFY(other.services != m_batch.services);
        QVERIFY(other.organizations != m_batch.organizations);
    }

    void fromFiles()
    {
        const QString dir = qEnvironmentVariable("NAV_SOURCE_DIR")
                            + QStringLiteral("/resources/places/");
        const auto batch = DemoDirectory::generate(200, dir + QStringLiteral("places-on-qc.csv"),
                                                   211, referenceDate);
        QVERIFY2(batch.has_value(), qPrintable(batch ? QString() : batch.error().message));
        const DirectoryBatch given = DemoDirectory::generate(200, m_places, 211, referenceDate);
        QCOMPARE(batch->services, given.services);

        const auto missing = DemoDirectory::generate(10, QStringLiteral("/nonexistent/x.csv"));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, ErrorCode::Io);

        // Municipalities only: postal codes still come from the built-in FSAs.
        QList<Place> towns;
        for (const Place &p : std::as_const(m_places)) {
            if (!p.isFsa())
                towns << p;
        }
        const DirectoryBatch townsOnly = DemoDirectory::generate(200, towns, 211, referenceDate);
        QCOMPARE(townsOnly.services.size(), 200);
        for (const Location &l : townsOnly.locations)
            QVERIFY(!l.addresses.first().postalCode.isEmpty());
    }

    void referencesResolve()
    {
        for (const Service &s : std::as_const(m_batch.services)) {
            QVERIFY2(m_batch.organizations.contains(s.organizationId), qPrintable(s.id));
            if (!s.programId.isEmpty()) {
                QVERIFY2(m_batch.programs.contains(s.programId), qPrintable(s.id));
                QCOMPARE(m_batch.programs.value(s.programId).organizationId, s.organizationId);
            }
            for (const ServiceAtLocation &sal : s.locations) {
                QVERIFY2(m_batch.locations.contains(sal.locationId), qPrintable(s.id));
                QCOMPARE(m_batch.locations.value(sal.locationId).organizationId, s.organizationId);
            }
            QVERIFY2(!s.taxonomyTerms.isEmpty(), qPrintable(s.id));
            for (const TaxonomyTerm &t : s.taxonomyTerms) {
                QVERIFY2(m_batch.taxonomyTerms.contains(t.id), qPrintable(t.code));
                QVERIFY(bothLanguages(t.name));
                if (!t.parentId.isEmpty())
                    QVERIFY2(m_batch.taxonomyTerms.contains(t.parentId), qPrintable(t.code));
            }
        }
        for (const Location &l : std::as_const(m_batch.locations))
            QVERIFY2(m_batch.organizations.contains(l.organizationId), qPrintable(l.id));
        QVERIFY(m_batch.taxonomyTerms.size() >= 40);
    }

    void proportions()
    {
        const auto &services = m_batch.services;
        const QDate staleBefore = referenceDate.addMonths(-18);
        qsizetype stale = 0, inactive = 0, shelters = 0, confidential = 0, monolingual = 0;
        qsizetype bilingualNames = 0, free = 0, fees = 0, alerts = 0, withAge = 0;
        for (const Service &s : services) {
            QVERIFY(s.lastVerified.isValid() && s.lastVerified <= referenceDate);
            stale += s.lastVerified < staleBefore;
            inactive += s.status == QLatin1String("inactive");
            monolingual += oneLanguage(s.description);
            bilingualNames += bothLanguages(s.name);
            free += s.isFreeOfCharge();
            fees += std::any_of(s.costOptions.cbegin(), s.costOptions.cend(),
                                [](const CostOption &c) { return c.amount && *c.amount > 0; });
            alerts += !s.alerts.isEmpty();
            withAge += s.minimumAge.has_value() || s.maximumAge.has_value();
            if (isShelter(s)) {
                ++shelters;
                const bool hidden = std::any_of(s.locations.cbegin(), s.locations.cend(),
                                                [&](const ServiceAtLocation &sal) {
                    return m_batch.locations.value(sal.locationId).confidential;
                });
                confidential += hidden;
            }
        }
        const double n = double(services.size());
        qInfo() << "stale" << percent(stale, services.size()) << "inactive"
                << percent(inactive, services.size()) << "confidential shelters"
                << confidential << "of" << shelters << "one-language"
                << percent(monolingual, services.size()) << "bilingual names"
                << percent(bilingualNames, services.size()) << "free"
                << percent(free, services.size())
                << "with alerts" << percent(alerts, services.size());
        QVERIFY(stale / n > 0.08 && stale / n < 0.12);
        QVERIFY(inactive / n > 0.012 && inactive / n < 0.028);
        QVERIFY(shelters > 150);
        QVERIFY(double(confidential) / double(shelters) > 0.015);
        QVERIFY(double(confidential) / double(shelters) < 0.05);
        QVERIFY(monolingual / n > 0.04 && monolingual / n < 0.13);
        QVERIFY(bilingualNames / n > 0.85);
        QVERIFY(free / n > 0.7);
        QVERIFY(fees > 50);
        QVERIFY(alerts / n > 0.08 && alerts / n < 0.16);
        QVERIFY(withAge / n > 0.2);

        qsizetype orgNames = 0;
        for (const Organization &o : m_batch.organizations)
            orgNames += bothLanguages(o.name);
        QVERIFY(double(orgNames) / double(m_batch.organizations.size()) > 0.9);
    }

    void everyCategoryIsThere_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"BD-1800.2000", "BD-5000.8300", "BH-1800.8500", "BH-1800.1500-100",
                                 "RP-1500.1400-250", "RP-1500.1400-800", "RX-8450.8000", "NL-1000",
                                 "DT-8800.9300", "ND-6500.1500", "PH-3600.8000", "FT-3200",
                                 "LT-2800", "PS-9800.9900", "PH-6100.1800", "LN-1500",
                                 "BT-4500.6500-170", "LR-1700", "TC-5500.3200", "TC-5500.2400"}) {
            QTest::newRow(code) << QString::fromLatin1(code);
        }
    }

    void everyCategoryIsThere()
    {
        QFETCH(QString, code);
        const bool found = std::any_of(m_batch.services.cbegin(), m_batch.services.cend(),
                                       [&](const Service &s) {
            return std::any_of(s.taxonomyTerms.cbegin(), s.taxonomyTerms.cend(),
                               [&](const TaxonomyTerm &t) { return t.code == code; });
        });
        QVERIFY(found);
    }

    void agesFollowTheService()
    {
        for (const Service &s : std::as_const(m_batch.services)) {
            const QString code = s.taxonomyTerms.first().code;
            if (code == QLatin1String("RP-1400.8000-050")) { // youth counselling
                QCOMPARE(s.minimumAge, std::optional<int>(12));
                QCOMPARE(s.maximumAge, std::optional<int>(24));
            } else if (code == QLatin1String("PH-3300.3300")) { // home help for seniors
                QCOMPARE(s.minimumAge, std::optional<int>(65));
            } else if (code == QLatin1String("BH-1800.8500") && s.minimumAge) {
                QCOMPARE(*s.minimumAge, 18);
            }
            if (s.minimumAge && s.maximumAge)
                QVERIFY(*s.minimumAge <= *s.maximumAge);
        }
    }

    void locationsAreInTheirTown()
    {
        static const QRegularExpression postal(
            QStringLiteral("^([A-Z][0-9][A-Z]) [0-9][A-Z][0-9]$"));
        double farthest = 0;
        for (const Location &l : std::as_const(m_batch.locations)) {
            QVERIFY(l.hasCoordinates());
            QCOMPARE(l.addresses.size(), 1);
            const Address &a = l.addresses.first();
            QVERIFY2(m_towns.contains(a.city), qPrintable(a.city));
            const Place town = m_towns.value(a.city);
            QCOMPARE(a.province, town.province);
            QCOMPARE(a.country, QStringLiteral("CA"));
            if (town.province == QLatin1String("ON")) {
                QVERIFY(l.latitude > 41.6 && l.latitude < 57.0);
                QVERIFY(l.longitude > -95.2 && l.longitude < -74.3);
            } else {
                QVERIFY(l.latitude > 44.9 && l.latitude < 62.7);
                QVERIFY(l.longitude > -79.8 && l.longitude < -57.1);
            }
            const double d = town.distanceKmTo(l.latitude, l.longitude);
            farthest = std::max(farthest, d);
            QVERIFY2(d < 45, qPrintable(QStringLiteral("%1 is %2 km from %3")
                                            .arg(l.id).arg(d).arg(a.city)));
            const auto m = postal.match(a.postalCode);
            QVERIFY2(m.hasMatch(), qPrintable(a.postalCode));
            QVERIFY2(m_fsasOf.value(a.city).contains(m.captured(1)),
                     qPrintable(QStringLiteral("%1 in %2").arg(a.postalCode, a.city)));
            QVERIFY(!a.address1.isEmpty());
            QCOMPARE(a.confidential, l.confidential);
        }
        qInfo("%d locations; farthest from its town centre: %.1f km",
              int(m_batch.locations.size()), farthest);
    }

    void phonesMatchTheRegion()
    {
        static const QRegularExpression fictional(
            QStringLiteral("^\\+1([2-9][0-9]{2})55501[0-9]{2}$"));
        static const QStringList tollFree = {QStringLiteral("800"), QStringLiteral("833"),
                                             QStringLiteral("844"), QStringLiteral("855"),
                                             QStringLiteral("866"), QStringLiteral("877"),
                                             QStringLiteral("888")};
        for (const Location &l : std::as_const(m_batch.locations)) {
            const Place town = m_towns.value(l.addresses.first().city);
            for (const Phone &p : l.phones) {
                const auto m = fictional.match(p.number);
                QVERIFY2(m.hasMatch(), qPrintable(p.number));
                QVERIFY2(town.areaCodes.contains(m.captured(1)),
                         qPrintable(QStringLiteral("%1 in %2").arg(p.number, town.name)));
            }
        }
        for (const Service &s : std::as_const(m_batch.services)) {
            for (const Phone &p : s.phones) {
                const auto m = fictional.match(p.number);
                QVERIFY2(m.hasMatch(), qPrintable(p.number));
                QVERIFY(!p.confidential);
            }
        }
        // Montréal numbers use 514/438, Toronto 416/647/437, Thunder Bay 807.
        QSet<QString> montreal;
        for (const Location &l : std::as_const(m_batch.locations)) {
            if (l.addresses.first().city == QStringLiteral("Montréal"))
                montreal.insert(l.phones.first().number.mid(2, 3));
        }
        QVERIFY(montreal.contains(QStringLiteral("514")));
        QVERIFY(!montreal.contains(QStringLiteral("418")));
        Q_UNUSED(tollFree);
    }

    void confidentialShelters()
    {
        int count = 0;
        for (const Service &s : std::as_const(m_batch.services)) {
            bool hidden = false;
            for (const ServiceAtLocation &sal : s.locations)
                hidden = hidden || m_batch.locations.value(sal.locationId).confidential;
            if (!hidden)
                continue;
            ++count;
            QVERIFY(isShelter(s));
            QCOMPARE(s.locations.size(), 1);
            const Location l = m_batch.locations.value(s.locations.first().locationId);
            QVERIFY(l.addresses.first().confidential);
            for (const Phone &p : l.phones)
                QVERIFY(p.confidential);
            // …but a public line to call.
            QVERIFY(std::any_of(s.phones.cbegin(), s.phones.cend(),
                                [](const Phone &p) { return !p.confidential; }));
            // Only the town shows on a map.
            const Place town = m_towns.value(l.addresses.first().city);
            QCOMPARE(l.latitude, town.latitude);
            QCOMPARE(l.longitude, town.longitude);
        }
        QVERIFY(count > 0);
    }

    void languagesAndFallback()
    {
        QHash<QString, int> languages;
        for (const Service &s : std::as_const(m_batch.services)) {
            QVERIFY(!s.languages.isEmpty());
            for (const Language &l : s.languages) {
                QVERIFY2(!l.name.isEmpty(), qPrintable(l.code));
                languages[l.code]++;
            }
        }
        for (const char *code : {"en", "fr", "es", "ar", "zh", "pa", "cr", "oj", "iu"})
            QVERIFY2(languages.contains(QLatin1String(code)), code);
        QVERIFY(languages.value(QStringLiteral("en")) > sampleSize / 2);
        QVERIFY(languages.value(QStringLiteral("fr")) > sampleSize / 3);

        // A record written in one language shows the other one with the fallback flag.
        const auto it = std::find_if(m_batch.services.cbegin(), m_batch.services.cend(),
                                     [](const Service &s) { return s.description.fr.isEmpty(); });
        QVERIFY(it != m_batch.services.cend());
        bool fellBack = false;
        QCOMPARE(it->description.text(QStringLiteral("fr"), &fellBack), it->description.en);
        QVERIFY(fellBack);
        QVERIFY(std::any_of(m_batch.services.cbegin(), m_batch.services.cend(),
                            [](const Service &s) { return s.description.en.isEmpty(); }));
    }

    void schedulesAndAlerts()
    {
        int overnight = 0, allDay = 0, seasonal = 0, closed = 0, monthly = 0;
        int current = 0, expired = 0, upcoming = 0, capacities = 0;
        const auto look = [&](const QList<Schedule> &list) {
            for (const Schedule &s : list) {
                if (s.closed) {
                    ++closed;
                    QVERIFY(s.validFrom.isValid() && s.validTo.isValid());
                    continue;
                }
                QVERIFY(!s.byday.isEmpty());
                QVERIFY(s.opensAt.isValid() && s.closesAt.isValid());
                QVERIFY(!s.timeZone.isEmpty());
                if (s.opensAt == QTime(0, 0) && s.closesAt == QTime(0, 0))
                    ++allDay;
                else if (s.closesAt < s.opensAt)
                    ++overnight;
                if (s.validFrom.isValid()) {
                    ++seasonal;
                    QVERIFY(s.validFrom <= s.validTo);
                }
                monthly += s.freq == QLatin1String("MONTHLY");
            }
        };
        for (const Service &s : std::as_const(m_batch.services)) {
            look(s.schedules);
            for (const ServiceAtLocation &sal : s.locations)
                look(sal.schedules);
            for (const Alert &a : s.alerts) {
                QVERIFY(bothLanguages(a.text));
                if (a.expires < referenceDate)
                    ++expired;
                else if (a.appears > referenceDate)
                    ++upcoming;
                else
                    ++current;
            }
            for (const Capacity &c : s.capacities) {
                ++capacities;
                QVERIFY(c.maximum && c.available && *c.available <= *c.maximum);
                QVERIFY(c.updated.isValid() && c.updated.date() <= referenceDate);
                QCOMPARE(c.unitName, QStringLiteral("beds"));
            }
        }
        qInfo("schedules: %d overnight, %d 24/7, %d seasonal, %d closures, %d monthly; "
              "alerts: %d current, %d expired, %d upcoming; %d bed counts",
              overnight, allDay, seasonal, closed, monthly, current, expired, upcoming, capacities);
        QVERIFY(overnight > 20);
        QVERIFY(allDay > 50);
        QVERIFY(seasonal > 20);
        QVERIFY(closed > 50);
        QVERIFY(monthly > 0);
        QVERIFY(current > 0 && expired > 0 && upcoming > 0);
        QVERIFY(capacities > 100);
    }

    void namesLookReal()
    {
        // Spot checks of the French forms and the regional organizations.
        QSet<QString> names;
        for (const Organization &o : std::as_const(m_batch.organizations))
            names.insert(o.name.fr.isEmpty() ? o.name.en : o.name.fr);
        const auto any = [&](const QString &needle) {
            return std::any_of(names.cbegin(), names.cend(),
                               [&](const QString &n) { return n.contains(needle); });
        };
        QVERIFY(any(QStringLiteral("Banque alimentaire d")));
        QVERIFY(any(QStringLiteral("Centre d'hébergement ")));
        QVERIFY(any(QStringLiteral("CLSC ")));
        QVERIFY(!any(QStringLiteral("de Ottawa")));
        QVERIFY(!any(QStringLiteral("de Les ")));
        QVERIFY(!any(QStringLiteral("{")));
        for (const Service &s : std::as_const(m_batch.services)) {
            QVERIFY(!s.description.en.contains(QLatin1Char('{')));
            QVERIFY(!s.description.fr.contains(QLatin1Char('{')));
            QVERIFY(!s.eligibility.fr.contains(QLatin1Char('{')));
        }
    }

    void hundredThousandServices()
    {
        QElapsedTimer timer;
        timer.start();
        const DirectoryBatch big = DemoDirectory::generate(100000, m_places, 211, referenceDate);
        const qint64 ms = timer.elapsed();
        QCOMPARE(big.services.size(), 100000);
        qInfo("100,000 services, %d organizations, %d locations: generated in %lld ms; "
              "peak resident memory (VmHWM) %.0f MiB",
              int(big.organizations.size()), int(big.locations.size()), ms, peakMemoryMiB());
    }

private:
    QList<Place> m_places;
    QHash<QString, Place> m_towns;
    QHash<QString, QSet<QString>> m_fsasOf;
    DirectoryBatch m_batch;
};

QTEST_GUILESS_MAIN(tst_DemoDirectory)
#include "tst_demodirectory.moc"

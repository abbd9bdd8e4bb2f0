// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/demo/places.h"

#include <QBuffer>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Nav;
using namespace Nav::Directory;

namespace {

QString sourcePlaces(const QString &file)
{
    return qEnvironmentVariable("NAV_SOURCE_DIR") + QStringLiteral("/resources/places/") + file;
}

Result<QList<Place>> readText(const QByteArray &text)
{
    QByteArray bytes = text;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return PlacesCsv::read(&buffer, QStringLiteral("test.csv"));
}

// Loose boxes around each province: a point outside is certainly misplaced.
bool insideProvince(const Place &p)
{
    if (p.province == QLatin1String("ON"))
        return p.latitude > 41.6 && p.latitude < 57.0 && p.longitude > -95.2 && p.longitude < -74.3;
    if (p.province == QLatin1String("QC"))
        return p.latitude > 44.9 && p.latitude < 62.7 && p.longitude > -79.8 && p.longitude < -57.1;
    return false;
}

} // namespace

class tst_PlacesCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("NAV_SOURCE_DIR"), "run through ctest");
        auto towns = PlacesCsv::read(sourcePlaces(QStringLiteral("places-on-qc.csv")));
        QVERIFY2(towns.has_value(), qPrintable(towns ? QString() : towns.error().message));
        auto fsas = PlacesCsv::read(sourcePlaces(QStringLiteral("fsa-on-qc.csv")));
        QVERIFY2(fsas.has_value(), qPrintable(fsas ? QString() : fsas.error().message));
        m_towns = *towns;
        m_fsas = *fsas;
    }

    void bundledFilesMatchTheSourceFiles()
    {
        auto bundled = PlacesCsv::readBundled();
        QVERIFY2(bundled.has_value(), qPrintable(bundled ? QString() : bundled.error().message));
        QCOMPARE(*bundled, m_towns + m_fsas);
    }

    void municipalitiesCoverBothProvinces()
    {
        QVERIFY2(m_towns.size() >= 150, qPrintable(QString::number(m_towns.size())));
        int ontario = 0;
        int quebec = 0;
        QSet<QString> names;
        for (const Place &p : std::as_const(m_towns)) {
            QCOMPARE(p.kind, QStringLiteral("municipality"));
            QVERIFY(p.fsa.isEmpty());
            QVERIFY2(insideProvince(p), qPrintable(p.name));
            QVERIFY2(p.population > 0, qPrintable(p.name));
            QVERIFY2(!p.areaCodes.isEmpty(), qPrintable(p.name));
            QVERIFY2(!p.timeZone.isEmpty(), qPrintable(p.name));
            QVERIFY2(!names.contains(p.name), qPrintable(p.name));
            names.insert(p.name);
            (p.province == QLatin1String("ON") ? ontario : quebec)++;
        }
        QVERIFY(ontario >= 70);
        QVERIFY(quebec >= 70);
        qInfo("%d municipalities: %d in Ontario, %d in Québec", int(m_towns.size()), ontario,
              quebec);
    }

    void regionalCentresAreThere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("province");
        const char *const rows[][2] = {
            {"Montréal", "QC"}, {"Québec", "QC"}, {"Trois-Rivières", "QC"}, {"Lévis", "QC"},
            {"Saint-Jérôme", "QC"}, {"Rivière-du-Loup", "QC"}, {"Chibougamau", "QC"},
            {"Val-d'Or", "QC"}, {"Rouyn-Noranda", "QC"}, {"Sept-Îles", "QC"},
            {"Baie-Comeau", "QC"}, {"Gaspé", "QC"}, {"Kuujjuaq", "QC"},
            {"Les Îles-de-la-Madeleine", "QC"}, {"Toronto", "ON"}, {"Ottawa", "ON"},
            {"Greater Sudbury", "ON"}, {"Timmins", "ON"}, {"Kapuskasing", "ON"},
            {"Moosonee", "ON"}, {"Kenora", "ON"}, {"Thunder Bay", "ON"}, {"Sioux Lookout", "ON"},
        };
        for (const auto &row : rows) {
            QTest::newRow(row[0]) << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]);
        }
    }

    void regionalCentresAreThere()
    {
        QFETCH(QString, name);
        QFETCH(QString, province);
        const auto it = std::find_if(m_towns.cbegin(), m_towns.cend(),
                                     [&](const Place &p) { return p.name == name; });
        QVERIFY(it != m_towns.cend());
        QCOMPARE(it->province, province);
    }

    void fsasAreNearTheirMunicipality()
    {
        QVERIFY2(m_fsas.size() >= 300, qPrintable(QString::number(m_fsas.size())));
        QHash<QString, const Place *> towns;
        for (const Place &p : std::as_const(m_towns))
            towns.insert(p.province + QLatin1Char('|') + p.name, &p);
        QSet<QString> covered;
        QSet<QString> seen;
        double farthest = 0;
        QString farthestFsa;
        for (const Place &f : std::as_const(m_fsas)) {
            QCOMPARE(f.kind, QStringLiteral("fsa"));
            QCOMPARE(PlacesCsv::provinceOfPostalLetter(f.fsa.at(0)), f.province);
            QVERIFY2(insideProvince(f), qPrintable(f.fsa));
            const QString key = f.fsa + QLatin1Char('|') + f.name;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            const Place *town = towns.value(f.province + QLatin1Char('|') + f.name);
            QVERIFY2(town, qPrintable(QStringLiteral("%1 names an unknown municipality %2")
                                          .arg(f.fsa, f.name)));
            const double d = f.distanceKmTo(town->latitude, town->longitude);
            QVERIFY2(d < 60, qPrintable(QStringLiteral("%1 is %2 km from %3")
                                            .arg(f.fsa).arg(d).arg(f.name)));
            if (d > farthest) {
                farthest = d;
                farthestFsa = f.fsa;
            }
            covered.insert(f.name);
        }
        for (const Place &p : std::as_const(m_towns))
            QVERIFY2(covered.contains(p.name), qPrintable(p.name + QStringLiteral(" has no FSA")));
        qInfo("%d FSA rows; farthest from its municipality: %s at %.1f km", int(m_fsas.size()),
              qPrintable(farthestFsa), farthest);
    }

    void distance_data()
    {
        QTest::addColumn<double>("lat1");
        QTest::addColumn<double>("lon1");
        QTest::addColumn<double>("lat2");
        QTest::addColumn<double>("lon2");
        QTest::addColumn<double>("km");
        QTest::newRow("same point") << 45.5017 << -73.5673 << 45.5017 << -73.5673 << 0.0;
        QTest::newRow("Montréal–Québec") << 45.5017 << -73.5673 << 46.8139 << -71.2080 << 233.0;
        QTest::newRow("Toronto–Ottawa") << 43.6532 << -79.3832 << 45.4215 << -75.6972 << 352.1;
        QTest::newRow("Toronto–Thunder Bay") << 43.6532 << -79.3832 << 48.3809 << -89.2477
                                             << 924.4;
        QTest::newRow("Ottawa–Gatineau") << 45.4215 << -75.6972 << 45.4765 << -75.7013 << 6.1;
    }

    void distance()
    {
        QFETCH(double, lat1);
        QFETCH(double, lon1);
        QFETCH(double, lat2);
        QFETCH(double, lon2);
        QFETCH(double, km);
        QVERIFY(std::abs(Place::distanceKm(lat1, lon1, lat2, lon2) - km) < 0.2);
        QVERIFY(std::abs(Place::distanceKm(lat2, lon2, lat1, lon1) - km) < 0.2);
    }

    void badRows_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected"); // in the message

        const QByteArray towns = "name,province,latitude,longitude,population,area_codes\n"
                                 "Ottawa,ON,45.4215,-75.6972,1017449,613 343\n";
        QTest::newRow("outside Canada") << towns + "Paris,ON,48.8566,2.3522,1,613\n"
                                        << QStringLiteral("Line 3 of test.csv: the coordinates "
                                                          "48.8566, 2.3522 are outside Canada");
        QTest::newRow("swapped") << towns + "Toronto,ON,-79.3832,43.6532,1,416\n"
                                 << QStringLiteral("Line 3 of test.csv: the coordinates -79.3832");
        QTest::newRow("not a number") << towns + "Toronto,ON,north,-79.3,1,416\n"
                                      << QStringLiteral("Line 3 of test.csv: the coordinates "
                                                        "“north”");
        QTest::newRow("empty name") << towns + ",ON,43.6,-79.3,1,416\n"
                                    << QStringLiteral("Line 3 of test.csv: the municipality name");
        QTest::newRow("province") << towns + "Toronto,XX,43.6,-79.3,1,416\n"
                                  << QStringLiteral("Line 3 of test.csv: “XX” is not a Canadian "
                                                    "province");
        QTest::newRow("population") << towns + "Toronto,ON,43.6,-79.3,many,416\n"
                                    << QStringLiteral("Line 3 of test.csv: the population “many”");
        QTest::newRow("area code") << towns + "Toronto,ON,43.6,-79.3,1,41\n"
                                   << QStringLiteral("Line 3 of test.csv: “41” is not a telephone "
                                                     "area code");
        QTest::newRow("not UTF-8") << towns + "Montr\xe9" "al,QC,45.5,-73.5,1,514\n"
                                   << QStringLiteral("Line 3 of test.csv: the text is not valid "
                                                     "UTF-8");
        QTest::newRow("missing column") << QByteArray("name,latitude,longitude\nX,45,-75\n")
                                        << QStringLiteral("test.csv: the header has no "
                                                          "“province” column");
        QTest::newRow("no rows") << QByteArray("name,province,latitude,longitude\n")
                                 << QStringLiteral("test.csv has a header but no places");

        const QByteArray fsas = "fsa,place,latitude,longitude\nK1A,Ottawa,45.42,-75.70\n";
        QTest::newRow("bad FSA") << fsas + "K1,Ottawa,45.42,-75.70\n"
                                 << QStringLiteral("Line 3 of test.csv: “K1” is not a postal "
                                                   "code prefix");
        QTest::newRow("FSA letter D") << fsas + "K1D,Ottawa,45.42,-75.70\n"
                                      << QStringLiteral("Line 3 of test.csv: “K1D”");
        QTest::newRow("FSA province")
            << QByteArray("fsa,place,province,latitude,longitude\nH2X,Montréal,ON,45.5,-73.5\n")
            << QStringLiteral("Line 2 of test.csv: the postal code prefix H2X is in QC, not in ON");
        QTest::newRow("FSA far away") << fsas + "K2P,Ottawa,45.42,-7.57\n"
                                      << QStringLiteral("Line 3 of test.csv: the coordinates "
                                                        "45.42, -7.57 are outside Canada");
    }

    void badRows()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const auto read = readText(csv);
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, ErrorCode::InvalidInput);
        QVERIFY2(read.error().message.startsWith(expected), qPrintable(read.error().message));
    }

    void minimalFiles()
    {
        auto towns = readText("\xEF\xBB\xBFName,Province,Latitude,Longitude\r\n"
                              "\"Saint-Lin–Laurentides\",qc,45.85,-73.7667\r\n\r\n"
                              "Moosonee,ON,51.2794,-80.6440\r\n");
        QVERIFY2(towns.has_value(), qPrintable(towns ? QString() : towns.error().message));
        QCOMPARE(towns->size(), 2);
        QCOMPARE(towns->at(0).name, QStringLiteral("Saint-Lin–Laurentides"));
        QCOMPARE(towns->at(0).province, QStringLiteral("QC"));
        QCOMPARE(towns->at(0).population, 0);

        auto fsas = readText("fsa,place,latitude,longitude,district\n"
                             "p0l,Moosonee,51.2794,-80.6440,\n"
                             "H2X,Montréal,45.511,-73.569,Quartier latin\n");
        QVERIFY2(fsas.has_value(), qPrintable(fsas ? QString() : fsas.error().message));
        QCOMPARE(fsas->size(), 2);
        QCOMPARE(fsas->at(0).fsa, QStringLiteral("P0L"));
        QCOMPARE(fsas->at(0).province, QStringLiteral("ON")); // from the letter
        QVERIFY(fsas->at(0).isFsa());
        QCOMPARE(fsas->at(1).district, QStringLiteral("Quartier latin"));
    }

    void missingFile()
    {
        const auto read = PlacesCsv::read(QStringLiteral("/nonexistent/places.csv"));
        QVERIFY(!read.has_value());
        QCOMPARE(read.error().code, ErrorCode::Io);
        QVERIFY(read.error().message.contains(QStringLiteral("places.csv")));
    }

private:
    QList<Place> m_towns;
    QList<Place> m_fsas;
};

QTEST_GUILESS_MAIN(tst_PlacesCsv)
#include "tst_placescsv.moc"

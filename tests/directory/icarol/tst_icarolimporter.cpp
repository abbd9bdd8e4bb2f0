// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/icarol/icarolimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "importtesthelpers.h"

#include <algorithm>
#include <ctime>

using namespace Nav;
using namespace Nav::Directory;

class tst_IcarolImporter : public QObject, private Nav::Test::ImporterTestHelpers<tst_IcarolImporter, IcarolImporter>
{
    Q_OBJECT

public:
    static constexpr const char *kFixtureFolder = "icarol";

private:

    static QStringList locationIds(const Service &s)
    {
        QStringList out;
        for (const ServiceAtLocation &sal : s.locations)
            out << sal.locationId;
        return out;
    }

    static QStringList codes(const QList<Language> &languages)
    {
        QStringList out;
        for (const Language &l : languages)
            out << l.code;
        return out;
    }

    static QString dump(const QList<QuarantineEntry> &entries)
    {
        QStringList lines;
        for (const QuarantineEntry &e : entries)
            lines << QStringLiteral("%1 | %2 | %3 | %4")
                         .arg(e.recordId, e.recordType, e.field, e.reason);
        return lines.join(u'\n');
    }

    // A generated export with `agencies` agencies of `programsPerAgency` programs and two sites.
    static void writeLargeExport(const QString &path, int agencies, int programsPerAgency)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("ResourceAgencyNum,PublicName,TaxonomyLevelName,ParentAgencyNum,AgencyDescription,"
                "PhysicalAddress1,PhysicalCity,PhysicalStateProvince,PhysicalPostalCode,Latitude,"
                "Longitude,Phone1Number,Phone1Name,HoursOfOperation,Eligibility,"
                "FeeStructureSource,LanguagesOffered,TaxonomyCodes,TaxonomyTerms,Coverage,"
                "LastVerifiedOn\r\n");
        int num = 100000;
        for (int a = 0; a < agencies; ++a) {
            const int agency = num++;
            f.write(QStringLiteral("%1,Agency %1,Agency,,\"Community services, Ontario\",%2 Main "
                                   "Street,Ottawa,ON,K1A 0B1,45.4,-75.7,613-555-0100,Main,,,,,"
                                   ",,,2024-01-15\r\n")
                        .arg(agency)
                        .arg(a)
                        .toUtf8());
            QList<int> sites;
            for (int s = 0; s < 2; ++s) {
                sites << num;
                f.write(QStringLiteral("%1,Site %1,Site,%2,,%3 Side Road,Ottawa,ON,K1A 0B2,45.41,"
                                       "-75.71,613-555-0101,Reception,Mon-Fri 9-5,,,,,,,\r\n")
                            .arg(num++)
                            .arg(agency)
                            .arg(s)
                            .toUtf8());
            }
            for (int p = 0; p < programsPerAgency; ++p) {
                f.write(QStringLiteral("%1,Program %1,Program,%2,\"Help with food, housing and "
                                       "income; call first.\",,,,,,,613-555-0102,Intake,"
                                       "Tuesdays 1-4 pm,Residents of Ottawa,Free,\"English, "
                                       "French, Arabic\",BD-1800.2000 * BH-1800.8500,Food Pantries "
                                       "* Domestic Violence Shelters,Ottawa; Gatineau,"
                                       "03/28/2024\r\n")
                            .arg(num++)
                            .arg(agency)
                            .toUtf8());
            }
        }
    }

private Q_SLOTS:
    void goodExportCounts()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b.quarantine)));
        QCOMPARE(b.source, QStringLiteral("icarol"));
        QVERIFY(b.fullSnapshot);
        QCOMPARE(b.organizations.size(), 4);
        QCOMPARE(b.services.size(), 8);
        // 6 sites + the own offices of the three agencies with a physical address.
        QCOMPARE(b.locations.size(), 9);
        QCOMPARE(b.taxonomyTerms.size(), 9);
        QVERIFY(b.deletedServiceIds.isEmpty());
        QStringList order;
        for (const Service &s : b.services)
            order << s.id;
        QCOMPARE(order, list({"icarol:1100", "icarol:1200", "icarol:1300", "icarol:2100",
                                     "icarol:2200", "icarol:3100", "icarol:3200",
                                     "icarol:4100"}));
    }

    void organizationMapping()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        const Organization o = b.organizations.value(QStringLiteral("icarol:1000"));
        QCOMPARE(o.name.en, QStringLiteral("Rideau-Vanier Community Resource Centre"));
        QCOMPARE(o.name.fr, QStringLiteral("Centre de ressources communautaires Rideau-Vanier"));
        QVERIFY(o.description.fr.startsWith(QStringLiteral("Centre de quartier")));
        QCOMPARE(o.alternateName, QStringLiteral("Rideau-Vanier Community Resource Centre Inc."));
        QCOMPARE(o.website, QStringLiteral("https://rvcrc.example.org"));
        QCOMPARE(o.status, QStringLiteral("active"));
        QCOMPARE(o.lastVerified, QDate(2024, 5, 14));
        QCOMPARE(o.phones.size(), 2);
        QCOMPARE(o.phones.at(0).number, QStringLiteral("613-555-0142"));
        QCOMPARE(o.phones.at(0).description, text("Main", "Principal"));
        QCOMPARE(o.phones.at(0).type, QStringLiteral("voice"));
        QCOMPARE(o.phones.at(1).type, QStringLiteral("fax"));
        QCOMPARE(o.phones.at(1).description.fr, QStringLiteral("Télécopieur"));
        QCOMPARE(o.contacts.size(), 1);
        QCOMPARE(o.contacts.at(0).name, QStringLiteral("Claire Dubois"));
        QVERIFY(o.contacts.at(0).confidential);

        const Location office = b.locations.value(QStringLiteral("icarol:1000:agency"));
        QCOMPARE(office.organizationId, QStringLiteral("icarol:1000"));
        QCOMPARE(office.locationType, QStringLiteral("physical"));
        QCOMPARE(office.addresses.size(), 2);
        QCOMPARE(office.addresses.at(0).type, QStringLiteral("physical"));
        QCOMPARE(office.addresses.at(0).province, QStringLiteral("ON")); // written "Ontario"
        QCOMPARE(office.addresses.at(0).country, QStringLiteral("CA"));  // written "Canada"
        QCOMPARE(office.addresses.at(1).type, QStringLiteral("postal"));
        QCOMPARE(office.latitude, 45.4372);
        QCOMPARE(office.longitude, -75.6598);
        QCOMPARE(office.schedules.size(), 1);
        QCOMPARE(office.schedules.at(0).description.fr,
                 QStringLiteral("Du lundi au vendredi de 9 h à 17 h"));
        QCOMPARE(codes(office.languages), list({"en", "fr"}));

        // Only a mailing address: no office location.
        QVERIFY(!b.locations.contains(QStringLiteral("icarol:2000:agency")));
        const Organization shelter = b.organizations.value(QStringLiteral("icarol:2000"));
        QCOMPARE(shelter.name, text("Hélène-Tremblay House", "Maison Hélène-Tremblay"));
    }

    void serviceMapping()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        const Service *s = service(b, QStringLiteral("icarol:1100"));
        QVERIFY(s);
        QCOMPARE(s->organizationId, QStringLiteral("icarol:1000"));
        QCOMPARE(s->name, text("Emergency Food Cupboard",
                                         "Comptoir alimentaire d'urgence"));
        QCOMPARE(s->fees, text("Free", "Gratuit"));
        QCOMPARE(s->eligibility.en,
                 QStringLiteral("Low-income residents of Vanier and Lowertown."));
        QVERIFY(s->applicationProcess.fr.startsWith(QStringLiteral("Sans rendez-vous")));
        QCOMPARE(s->requiredDocuments.size(), 1);
        QCOMPARE(s->requiredDocuments.at(0).document,
                 text("Proof of address", "Preuve d'adresse"));
        QCOMPARE(s->lastVerified, QDate(2024, 3, 28)); // written 03/28/2024
        QCOMPARE(s->lastModified, QDateTime(QDate(2024, 3, 28), QTime(14, 5)));
        QCOMPARE(s->keywords, list({"food bank", "groceries", "hunger"}));
        QCOMPARE(s->serviceAreas.size(), 2);
        QCOMPARE(s->serviceAreas.at(0).name, QStringLiteral("Ottawa - Vanier"));
        QCOMPARE(s->serviceAreas.at(1).name, QStringLiteral("Ottawa - Lowertown"));
        QCOMPARE(s->schedules.size(), 1);
        QCOMPARE(s->schedules.at(0).description,
                 text("Tuesday and Thursday 1 pm to 4 pm",
                                "Mardi et jeudi de 13 h à 16 h"));
        QVERIFY(!s->schedules.at(0).opensAt.isValid()); // hours text is not parsed here
        QCOMPARE(s->phones.size(), 1);
        QCOMPARE(s->phones.at(0).description, text("Intake", "Accueil"));
        QCOMPARE(s->status, QStringLiteral("active"));

        const Service *shelter = service(b, QStringLiteral("icarol:2100"));
        QVERIFY(shelter);
        QCOMPARE(shelter->capacities.size(), 1);
        QCOMPARE(shelter->capacities.at(0).maximum, std::optional<double>(18));

        const Service *line = service(b, QStringLiteral("icarol:2200"));
        QVERIFY(line);
        QCOMPARE(line->phones.size(), 2);
        QCOMPARE(line->phones.at(0).description, text("Crisis line", "Ligne de crise"));
        QCOMPARE(line->phones.at(1).type, QStringLiteral("textphone"));
        QCOMPARE(line->phones.at(1).number, QStringLiteral("1-855-555-0198"));
    }

    void taxonomy()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        const Service *s = service(b, QStringLiteral("icarol:1100"));
        QVERIFY(s);
        QCOMPARE(s->taxonomyTerms.size(), 2);
        QCOMPARE(s->taxonomyTerms.at(0).code, QStringLiteral("BD-1800.2000"));
        QCOMPARE(s->taxonomyTerms.at(0).name,
                 text("Food Pantries", "Banques alimentaires"));
        QCOMPARE(s->taxonomyTerms.at(1).code, QStringLiteral("BD-5000.8300"));
        QCOMPARE(s->taxonomyTerms.at(1).taxonomy, QStringLiteral("AIRS"));
        const TaxonomyTerm shared = b.taxonomyTerms.value(QStringLiteral("BD-1800.2000"));
        QCOMPARE(shared.name, text("Food Pantries", "Banques alimentaires"));
        QVERIFY(b.taxonomyTerms.contains(QStringLiteral("RP-1500.1400-800")));
    }

    void links()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        // ConnectsToSiteNum on the program.
        QCOMPARE(locationIds(*service(b, QStringLiteral("icarol:1100"))),
                 list({"icarol:1010", "icarol:1020"}));
        // A ProgramAtSite record, with what applies only there.
        const Service *clinic = service(b, QStringLiteral("icarol:1200"));
        QCOMPARE(clinic->locations.size(), 1);
        const ServiceAtLocation &sal = clinic->locations.at(0);
        QCOMPARE(sal.id, QStringLiteral("icarol:1210"));
        QCOMPARE(sal.locationId, QStringLiteral("icarol:1010"));
        QCOMPARE(sal.description.en, QStringLiteral("Appointments in the community room."));
        QCOMPARE(sal.schedules.size(), 1);
        QCOMPARE(sal.phones.size(), 1);
        QCOMPARE(sal.phones.at(0).number, QStringLiteral("613-555-0160"));
        // No link anywhere: every site of its agency.
        QCOMPARE(locationIds(*service(b, QStringLiteral("icarol:1300"))),
                 list({"icarol:1010", "icarol:1020"}));
        QCOMPARE(locationIds(*service(b, QStringLiteral("icarol:3100"))),
                 list({"icarol:3010", "icarol:3020"}));
        // ConnectsToProgramNum on the site.
        QCOMPARE(locationIds(*service(b, QStringLiteral("icarol:2100"))),
                 list({"icarol:2010"}));
        QCOMPARE(locationIds(*service(b, QStringLiteral("icarol:2200"))),
                 list({"icarol:2020"}));
        // An agency without sites: its own office.
        QCOMPARE(locationIds(*service(b, QStringLiteral("icarol:4100"))),
                 list({"icarol:4000:agency"}));
        // Every referenced location is in the batch and belongs to the service's organization.
        for (const Service &s : b.services) {
            QVERIFY(b.organizations.contains(s.organizationId));
            for (const ServiceAtLocation &l : s.locations) {
                QVERIFY2(b.locations.contains(l.locationId), qPrintable(l.locationId));
                QCOMPARE(b.locations.value(l.locationId).organizationId, s.organizationId);
            }
        }
    }

    void confidential()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        const Location shelter = b.locations.value(QStringLiteral("icarol:2010"));
        QVERIFY(shelter.confidential);
        QCOMPARE(shelter.addresses.size(), 1);
        QVERIFY(shelter.addresses.at(0).confidential);
        QCOMPARE(shelter.phones.size(), 1);
        QVERIFY(shelter.phones.at(0).confidential);
        QCOMPARE(shelter.name.fr, QStringLiteral("Maison Hélène-Tremblay - Hébergement"));
        QVERIFY(shelter.hasCoordinates()); // kept for distance; the flag guards display

        const Location office = b.locations.value(QStringLiteral("icarol:2020"));
        QVERIFY(!office.confidential);
        QVERIFY(!office.addresses.at(0).confidential);
        QVERIFY(!office.phones.at(0).confidential);
        const Location main = b.locations.value(QStringLiteral("icarol:1010"));
        QVERIFY(!main.confidential);
    }

    void excluded()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        QCOMPARE(b.organizations.value(QStringLiteral("icarol:4000")).status,
                 QStringLiteral("inactive"));
        QCOMPARE(service(b, QStringLiteral("icarol:4100"))->status, QStringLiteral("inactive"));
        QCOMPARE(b.organizations.value(QStringLiteral("icarol:3000")).status,
                 QStringLiteral("active"));
    }

    void alerts()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        const Service *clinic = service(b, QStringLiteral("icarol:1200"));
        QCOMPARE(clinic->alerts.size(), 1);
        QCOMPARE(clinic->alerts.at(0).appears, QDate(2025, 2, 15));
        QCOMPARE(clinic->alerts.at(0).expires, QDate(2025, 4, 30));
        QVERIFY(clinic->alerts.at(0).text.en.startsWith(QStringLiteral("The tax clinic")));
        // The agency's temporary message reaches each of its services.
        for (const char *id : {"icarol:3100", "icarol:3200"}) {
            const Service *s = service(b, QLatin1String(id));
            QCOMPARE(s->alerts.size(), 1);
            QCOMPARE(s->alerts.at(0).expires, QDate(2025, 7, 31));
        }
        QVERIFY(service(b, QStringLiteral("icarol:1100"))->alerts.isEmpty());
    }

    void languages()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("good.csv")));
        // English and French rows name the same languages: no duplicates.
        QCOMPARE(codes(service(b, QStringLiteral("icarol:1100"))->languages),
                 list({"en", "fr", "ar"}));
        QCOMPARE(codes(service(b, QStringLiteral("icarol:1300"))->languages),
                 list({"en", "fr", "ar", "es", "prs", "ti"}));
        QCOMPARE(codes(service(b, QStringLiteral("icarol:3100"))->languages),
                 list({"en", "fr", "oj"}));
        QCOMPARE(service(b, QStringLiteral("icarol:3100"))->languages.at(2).name,
                 QStringLiteral("Ojibway"));
    }

    void frenchColumns()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("bilingual-columns.csv")));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b.quarantine)));
        const Organization o = b.organizations.value(QStringLiteral("icarol:7000"));
        QCOMPARE(o.name, text("Lac-Mégantic Family Centre",
                                        "Maison de la famille du Lac-Mégantic"));
        QCOMPARE(o.description.fr, QStringLiteral("Soutien aux familles de la région du Granit."));
        QCOMPARE(b.locations.value(QStringLiteral("icarol:7000:agency")).addresses.at(0).province,
                 QStringLiteral("QC"));
        const Service *s = service(b, QStringLiteral("icarol:7100"));
        QVERIFY(s);
        QCOMPARE(s->name.fr, QStringLiteral("Halte-garderie parents-enfants"));
        QCOMPARE(s->eligibility.fr, QStringLiteral("Parents d’enfants de moins de 5 ans."));
        QCOMPARE(s->taxonomyTerms.at(0).name,
                 text("Parent/Child Activity Groups", "Groupes parents-enfants"));
        QCOMPARE(locationIds(*s), list({"icarol:7000:agency"}));
    }

    void idempotent()
    {
        for (const char *name : {"good.csv", "problems.csv", "bilingual-columns.csv"}) {
            const DirectoryBatch a = readOk(fixture(QLatin1String(name)));
            const DirectoryBatch b = readOk(fixture(QLatin1String(name)));
            QCOMPARE(a.organizations, b.organizations);
            QCOMPARE(a.locations, b.locations);
            QCOMPARE(a.programs, b.programs);
            QCOMPARE(a.services, b.services);
            QCOMPARE(a.taxonomyTerms, b.taxonomyTerms);
            QCOMPARE(a.quarantine, b.quarantine);
            QCOMPARE(a.deletedServiceIds, b.deletedServiceIds);
        }
    }

    void problems_data()
    {
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("bad date kept record")
            << "5000" << "agency" << "LastVerifiedOn"
            << "LastVerifiedOn \"31/31/2024\" is not a date (expected YYYY-MM-DD or MM/DD/YYYY)";
        QTest::newRow("month 13") << "5100" << "program" << "TemporaryMessageAppears"
                                  << "\"2024-13-45\" is not a date";
        QTest::newRow("yesterday") << "5100" << "program" << "TemporaryMessageExpires"
                                   << "\"yesterday\" is not a date";
        QTest::newRow("unknown language") << "5100" << "program" << "LanguagesOffered"
                                          << "\"Klingon\" is not a language Navigator knows";
        QTest::newRow("taxonomy format") << "5100" << "program" << "TaxonomyCodes"
                                         << "\"XYZ\" is not a taxonomy code";
        QTest::newRow("unknown type") << "5500" << "record" << "TaxonomyLevelName"
                                      << "\"Department\" is not a record type";
        QTest::newRow("no id") << "line 8" << "program" << "ResourceAgencyNum"
                               << "has no ResourceAgencyNum";
        QTest::newRow("privacy flag") << "5010" << "site" << "PhysicalAddressIsPrivate"
                                      << "\"maybe\" is not yes or no; it was read as yes";
        QTest::newRow("latitude") << "5010" << "site" << "Latitude"
                                  << "\"north\" is not a latitude";
        QTest::newRow("duplicate") << "5100" << "program" << "ResourceAgencyNum"
                                   << "appears more than once in the same language (first on "
                                      "line 3)";
        QTest::newRow("status") << "5700" << "program" << "AgencyStatus"
                                << "\"Dormant\" is not a status";
        QTest::newRow("term names") << "5700" << "program" << "TaxonomyTerms"
                                    << "has 2 names for 1 codes";
        QTest::newRow("agency without name") << "6000" << "agency" << "PublicName"
                                             << "has no PublicName";
        QTest::newRow("missing parent") << "5200" << "program" << "ParentAgencyNum"
                                        << "parent agency 1234 is not in the file";
        QTest::newRow("no parent") << "5300" << "program" << "ParentAgencyNum"
                                   << "has no ParentAgencyNum";
        QTest::newRow("program without name") << "5400" << "program" << "PublicName"
                                              << "has no PublicName";
        QTest::newRow("parent is a site") << "5600" << "program" << "ParentAgencyNum"
                                          << "ParentAgencyNum 5010 is a site, not an agency";
        QTest::newRow("parent rejected") << "6100" << "program" << "ParentAgencyNum"
                                         << "parent agency 6000 was not imported";
        QTest::newRow("missing site") << "5700" << "program" << "ConnectsToSiteNum"
                                      << "names record 9999, which is not in the file";
    }

    void problems()
    {
        QFETCH(QString, recordId);
        QFETCH(QString, recordType);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        const DirectoryBatch b = readOk(fixture(QStringLiteral("problems.csv")));
        const bool found = std::any_of(b.quarantine.cbegin(), b.quarantine.cend(),
                                       [&](const QuarantineEntry &e) {
                                           return e.recordId == recordId
                                                  && e.recordType == recordType
                                                  && e.field == field
                                                  && e.reason.contains(phrase);
                                       });
        QVERIFY2(found, qPrintable(dump(b.quarantine)));
    }

    void problemOutcome()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("problems.csv")));
        QCOMPARE(b.quarantine.size(), 19);
        QCOMPARE(b.organizations.keys(), list({"icarol:5000"}));
        QCOMPARE(b.locations.keys(), list({"icarol:5010"}));
        QStringList ids;
        for (const Service &s : b.services)
            ids << s.id;
        QCOMPARE(ids, list({"icarol:5100", "icarol:5700"}));

        // Unusable fields were dropped, the records kept.
        QVERIFY(!b.organizations.value(QStringLiteral("icarol:5000")).lastVerified.isValid());
        const Service *rent = service(b, QStringLiteral("icarol:5100"));
        QCOMPARE(rent->name.en, QStringLiteral("Rent Bank")); // not the duplicate's
        QCOMPARE(rent->alerts.size(), 1);
        QVERIFY(!rent->alerts.at(0).appears.isValid());
        QVERIFY(!rent->alerts.at(0).expires.isValid());
        QCOMPARE(rent->taxonomyTerms.size(), 1);
        QCOMPARE(rent->taxonomyTerms.at(0).code, QStringLiteral("BH-3800.7000"));
        QCOMPARE(rent->languages.size(), 2);
        QCOMPARE(rent->languages.at(1).name, QStringLiteral("Klingon"));
        QVERIFY(rent->languages.at(1).code.isEmpty());
        QCOMPARE(locationIds(*rent), list({"icarol:5010"}));
        const Location office = b.locations.value(QStringLiteral("icarol:5010"));
        QVERIFY(office.confidential); // an unreadable privacy flag errs on the safe side
        QVERIFY(!office.hasCoordinates());
        const Service *mediation = service(b, QStringLiteral("icarol:5700"));
        QCOMPARE(mediation->status, QStringLiteral("active"));
        QCOMPARE(locationIds(*mediation), list({"icarol:5010"}));
        QVERIFY(mediation->taxonomyTerms.at(0).name.isEmpty());
    }

    void invalidUtf8()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // "Café" written in Latin-1 (0xE9) instead of UTF-8.
        f.write("ResourceAgencyNum,PublicName,TaxonomyLevelName,ParentAgencyNum\r\n"
                "8500,Caf\xE9 communautaire,Agency,\r\n"
                "8600,Good Neighbours,Agency,\r\n"
                "8510,Breakfast Club,Program,8500\r\n"
                "8610,Tool Library,Program,8600\r\n");
        f.close();
        const DirectoryBatch b = readOk(path);
        QCOMPARE(b.organizations.keys(), list({"icarol:8600"}));
        QCOMPARE(b.services.size(), 1);
        QCOMPARE(b.services.at(0).id, QStringLiteral("icarol:8610"));
        QCOMPARE(b.quarantine.size(), 2);
        QCOMPARE(b.quarantine.at(0).recordId, QStringLiteral("8500"));
        QCOMPARE(b.quarantine.at(0).recordType, QStringLiteral("agency"));
        QVERIFY(b.quarantine.at(0).field.isEmpty());
        QVERIFY(b.quarantine.at(0).reason.contains(
            QStringLiteral("text is not valid UTF-8: re-export the file as UTF-8")));
        QCOMPARE(b.quarantine.at(1).recordId, QStringLiteral("8510"));
        QVERIFY(b.quarantine.at(1).reason.contains(
            QStringLiteral("parent agency 8500 was not imported")));
    }

    void fileErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("empty") << fixture(QStringLiteral("empty.csv")) << "empty";
        QTest::newRow("no key columns")
            << fixture(QStringLiteral("no-key-columns.csv"))
            << "its header has no ResourceAgencyNum, PublicName, TaxonomyLevelName column";
        QTest::newRow("unterminated quote") << fixture(QStringLiteral("unterminated-quote.csv"))
                                            << "Line 3: a quoted field is never closed";
        QTest::newRow("missing") << fixture(QStringLiteral("no-such-file.csv"))
                                 << "cannot be opened";
        QTest::newRow("xml, not csv")
            << QDir(sourceDir()).filePath(QStringLiteral("tests/data/airs/valid-3.1.xml"))
            << "This is not an iCarol resource export";
    }

    void fileErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, phrase);
        const auto result = IcarolImporter::read(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().message));
    }

    void progressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("medium.csv"));
        writeLargeExport(path, 50, 10); // 650 rows
        QList<std::pair<qint64, qint64>> calls;
        const auto batch = IcarolImporter::read(path, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY(batch);
        QVERIFY(calls.size() >= 4); // start, rows 200/400/600, end
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first <= calls.at(i).second);
            if (i > 0)
                QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        }
        QCOMPARE(calls.last().first, calls.last().second);

        int seen = 0;
        const auto cancelled = IcarolImporter::read(path, [&](qint64, qint64) {
            return ++seen < 3;
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void largeExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        writeLargeExport(path, 2000, 10);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock(); // the machine may be shared: CPU time too
        int calls = 0;
        const auto batch = IcarolImporter::read(path, [&](qint64, qint64) {
            ++calls;
            return true;
        });
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        const double cpuMs = std::max(1.0, (std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        QVERIFY(batch);
        QCOMPARE(batch->services.size(), 20000);
        QCOMPARE(batch->organizations.size(), 2000);
        QCOMPARE(batch->locations.size(), 6000); // 2 sites + the office per agency
        QVERIFY2(batch->quarantine.isEmpty(), qPrintable(dump(batch->quarantine)));
        QVERIFY(calls >= 26000 / 200);
        const int rows = 2000 * 13;
        qInfo("iCarol import: %d rows (20000 programs), %.1f MB: %lld ms wall = %.0f records/s; "
              "%.0f ms CPU = %.0f records/s",
              rows, QFileInfo(path).size() / 1e6, ms, rows * 1000.0 / ms, cpuMs,
              rows * 1000.0 / cpuMs);
    }
};

QTEST_GUILESS_MAIN(tst_IcarolImporter)
#include "tst_icarolimporter.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/airs/airsimporter.h"

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

class tst_AirsImporter : public QObject, private Nav::Test::ImporterTestHelpers<tst_AirsImporter, AirsImporter>
{
    Q_OBJECT

public:
    static constexpr const char *kFixtureFolder = "airs";

private:
    static QStringList ids(const QList<Service> &services)
    {
        QStringList out;
        for (const Service &s : services)
            out << s.id;
        return out;
    }
    static QStringList sorted(QStringList l)
    {
        l.sort();
        return l;
    }
    static QString dump(const QList<QuarantineEntry> &entries)
    {
        QStringList lines;
        for (const QuarantineEntry &e : entries)
            lines << QStringLiteral("%1 | %2 | %3 | %4")
                         .arg(e.recordId, e.recordType, e.field, e.reason);
        return lines.join(u'\n');
    }

    static void writeLargeFile(const QString &path, int agencies, int sitesPerAgency,
                               int servicesPerSite)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Source xmlns=\"http://www.airs.org/"
                "schema/3_1/AIRS.xsd\" SourceEntity=\"generated\" SourceID=\"GEN\" "
                "OriginTimestamp=\"2025-01-01T00:00:00\" SoftwareVendor=\"test\" "
                "SoftwareVersion=\"1\" TaxonomyVersion=\"2025-01-01T00:00:00\" "
                "SchemaVersion=\"3.1\">\n");
        int key = 1;
        for (int a = 0; a < agencies; ++a) {
            f.write(QStringLiteral("<Agency><Key>%1</Key><Name>Agency %1</Name><AgencyDescription>"
                                   "Community services &amp; supports</AgencyDescription>"
                                   "<Phone TollFree=\"false\" Confidential=\"false\"><PhoneNumber>"
                                   "613-555-0100</PhoneNumber></Phone>\n")
                        .arg(key++)
                        .toUtf8());
            for (int s = 0; s < sitesPerAgency; ++s) {
                f.write(QStringLiteral("<Site><Key>%1</Key><Name>Site %1</Name><PhysicalAddress "
                                       "Confidential=\"false\"><Line1>%1 Main Street</Line1><City>"
                                       "Ottawa</City><State>ON</State><ZipCode>K1A 0B1</ZipCode>"
                                       "</PhysicalAddress><TimeOpen><Monday><From>09:00</From><To>"
                                       "17:00</To></Monday><Tuesday><From>09:00</From><To>17:00"
                                       "</To></Tuesday></TimeOpen>\n")
                            .arg(key++)
                            .toUtf8());
                for (int v = 0; v < servicesPerSite; ++v) {
                    f.write(QStringLiteral("<SiteService><Name>Service %1</Name><Key>%1</Key>"
                                           "<Description>Help with food and housing.</Description>"
                                           "<Taxonomy><Code>BD-1800.2000</Code><Code>BH-1800.8500"
                                           "</Code></Taxonomy><Languages><Name>English</Name><Name>"
                                           "French</Name></Languages><GeographicAreaServed><City>"
                                           "Ottawa</City></GeographicAreaServed><ResourceInfo "
                                           "DateLastVerified=\"2024-06-01\"/><GeneralEligibility>"
                                           "Residents of Ottawa</GeneralEligibility>"
                                           "</SiteService>\n")
                                .arg(key++)
                                .toUtf8());
                }
                f.write("</Site>\n");
            }
            f.write("</Agency>\n");
        }
        f.write("</Source>\n");
    }

private Q_SLOTS:
    void valid31Counts()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("valid-3.1.xml")));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b.quarantine)));
        QCOMPARE(b.source, QStringLiteral("airs"));
        QVERIFY(b.fullSnapshot);
        QCOMPARE(sorted(b.organizations.keys()),
                 list({"airs:AG100", "airs:AG150", "airs:AG200", "airs:AG300", "airs:AG400"}));
        QCOMPARE(sorted(b.locations.keys()),
                 list({"airs:SI110", "airs:SI160", "airs:SI190", "airs:SI210", "airs:SI220",
                       "airs:SI310", "airs:SI410"}));
        QCOMPARE(b.programs.keys(), list({"airs:SG7"}));
        QCOMPARE(ids(b.services), list({"airs:SS111", "airs:SS112", "airs:SS161", "airs:SS211",
                                        "airs:SS221", "airs:SS311", "airs:SS411"}));
        QCOMPARE(b.taxonomyTerms.size(), 8);
        QVERIFY(b.deletedServiceIds.isEmpty());
    }

    void organizations()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("valid-3.1.xml")));
        const Organization o = b.organizations.value(QStringLiteral("airs:AG100"));
        QCOMPARE(o.name, text("Cornwall Community Legal Clinic",
                              "Clinique juridique communautaire de Cornwall"));
        QVERIFY(o.description.fr.startsWith(QStringLiteral("Aide juridique gratuite")));
        QCOMPARE(o.alternateName, QStringLiteral("CCLC"));
        QCOMPARE(o.website, QStringLiteral("https://cclc.example.ca"));
        QCOMPARE(o.email, QStringLiteral("info@cclc.example.ca"));
        QCOMPARE(o.status, QStringLiteral("active"));
        QCOMPARE(o.lastVerified, QDate(2024, 10, 1));
        QCOMPARE(o.phones.size(), 1);
        QCOMPARE(o.phones.at(0).description, text("Main line", "Ligne principale"));
        QCOMPARE(o.contacts.size(), 1);
        QCOMPARE(o.contacts.at(0).name, QStringLiteral("Marc Lalonde"));
        QCOMPARE(o.contacts.at(0).email, QStringLiteral("mlalonde@cclc.example.ca"));
        QVERIFY(!o.contacts.at(0).confidential);

        // A nested agency is an organization of its own.
        QCOMPARE(b.organizations.value(QStringLiteral("airs:AG150")).name.en,
                 QStringLiteral("Glengarry Legal Outreach"));
        QCOMPARE(service(b, QStringLiteral("airs:SS161"))->organizationId,
                 QStringLiteral("airs:AG150"));
        // ExcludeFromDirectory: kept, inactive.
        QCOMPARE(b.organizations.value(QStringLiteral("airs:AG300")).status,
                 QStringLiteral("inactive"));
        // The agency's own location.
        const Location office = b.locations.value(QStringLiteral("airs:SI190"));
        QCOMPARE(office.organizationId, QStringLiteral("airs:AG100"));
        QCOMPARE(office.addresses.size(), 1);
        QCOMPARE(office.addresses.at(0).country, QStringLiteral("CA"));
    }

    void locations()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("valid-3.1.xml")));
        const Location l = b.locations.value(QStringLiteral("airs:SI110"));
        QCOMPARE(l.organizationId, QStringLiteral("airs:AG100"));
        QCOMPARE(l.name, text("Cornwall office", "Bureau de Cornwall"));
        QCOMPARE(l.description.fr, QStringLiteral("Rez-de-chaussée, à côté de la bibliothèque."));
        QCOMPARE(l.locationType, QStringLiteral("physical"));
        QVERIFY(!l.confidential);
        QCOMPARE(l.addresses.size(), 2);
        const Address &physical = l.addresses.at(0);
        QCOMPARE(physical.type, QStringLiteral("physical"));
        QCOMPARE(physical.address2, QStringLiteral("Suite 200"));
        QCOMPARE(physical.region, QStringLiteral("Stormont, Dundas and Glengarry"));
        QCOMPARE(physical.province, QStringLiteral("ON"));
        QCOMPARE(physical.country, QStringLiteral("CA"));
        QCOMPARE(l.addresses.at(1).type, QStringLiteral("postal"));
        QCOMPARE(l.phones.size(), 2);
        QCOMPARE(l.phones.at(0).description, text("Toll-free", "Sans frais"));
        QCOMPARE(l.phones.at(1).type, QStringLiteral("fax"));
        QCOMPARE(l.latitude, 45.0213);
        QCOMPARE(l.longitude, -74.7303);
        QCOMPARE(l.transportation, QStringLiteral("Cornwall Transit route 1"));
        QCOMPARE(l.accessibility.size(), 1);
        QCOMPARE(l.accessibility.at(0).description.en, QStringLiteral("Ramp at the side entrance"));
        QCOMPARE(l.languages.size(), 2);
        QCOMPARE(l.languages.at(1).code, QStringLiteral("fr"));

        // TimeOpen: days with the same hours become one weekly schedule.
        QCOMPARE(l.schedules.size(), 2);
        const Schedule &weekdays = l.schedules.at(0);
        QCOMPARE(weekdays.freq, QStringLiteral("WEEKLY"));
        QCOMPARE(weekdays.byday, list({"MO", "TU", "WE", "TH", "FR"}));
        QCOMPARE(weekdays.opensAt, QTime(9, 0));
        QCOMPARE(weekdays.closesAt, QTime(17, 0));
        QCOMPARE(weekdays.notes, QStringLiteral("Closed on statutory holidays"));
        QCOMPARE(l.schedules.at(1).byday, list({"SA"}));
        QCOMPARE(l.schedules.at(1).closesAt, QTime(13, 0));

        const Location depot = b.locations.value(QStringLiteral("airs:SI310"));
        QCOMPARE(depot.locationType, QStringLiteral("virtual"));
        QCOMPARE(depot.description.en, QStringLiteral("Pop-up depot announced each December"));
    }

    void services()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("valid-3.1.xml")));
        const Service *s = service(b, QStringLiteral("airs:SS111"));
        QVERIFY(s);
        QCOMPARE(s->organizationId, QStringLiteral("airs:AG100"));
        QCOMPARE(s->programId, QStringLiteral("airs:SG7"));
        QCOMPARE(s->name, text("Tenant Rights Advice", "Conseils sur les droits des locataires"));
        QVERIFY(s->description.fr.startsWith(QStringLiteral("Conseils et représentation")));
        QCOMPARE(s->fees, text("Free", "Gratuit"));
        QCOMPARE(s->eligibility, text("Low-income residents\nAdults", "Résidents à faible revenu"));
        QCOMPARE(s->minimumAge, std::optional<int>(18));
        QVERIFY(!s->maximumAge);
        QCOMPARE(s->applicationProcess.en, QStringLiteral("1 – Call for an appointment"));
        QCOMPARE(s->requiredDocuments.size(), 1);
        QCOMPARE(s->requiredDocuments.at(0).document.en, QStringLiteral("Lease – If you have one"));
        QCOMPARE(s->lastVerified, QDate(2024, 11, 5));
        QCOMPARE(s->lastModified.date(), QDate(2024, 11, 6));
        QCOMPARE(s->assurer, QStringLiteral("Resource team"));
        QCOMPARE(s->phones.size(), 1);
        QCOMPARE(s->phones.at(0).extension, QStringLiteral("22"));
        QCOMPARE(s->phones.at(0).description.en, QStringLiteral("Intake"));
        QCOMPARE(s->schedules.size(), 1);
        QCOMPARE(s->schedules.at(0).byday, list({"TU", "TH"}));
        QCOMPARE(s->schedules.at(0).opensAt, QTime(13, 0));
        QCOMPARE(s->taxonomyTerms.size(), 2);
        QCOMPARE(s->taxonomyTerms.at(1).code, QStringLiteral("FT-1800.8500-800"));
        QCOMPARE(s->taxonomyTerms.at(1).taxonomy, QStringLiteral("AIRS"));
        QCOMPARE(s->languages.size(), 2);
        QCOMPARE(s->languages.at(1).note, QStringLiteral("Interpreters on request"));
        QCOMPARE(s->serviceAreas.size(), 3);
        QCOMPARE(s->serviceAreas.at(0).name, QStringLiteral("Stormont, Dundas and Glengarry"));
        QCOMPARE(s->serviceAreas.at(1).name, QStringLiteral("Cornwall"));
        QCOMPARE(s->serviceAreas.at(2).description.en,
                 QStringLiteral("Residents of the United Counties"));
        QCOMPARE(s->locations.size(), 1);
        QCOMPARE(s->locations.at(0).locationId, QStringLiteral("airs:SI110"));

        // No Name: the service group's public name; verified date: the agency's.
        const Service *appeals = service(b, QStringLiteral("airs:SS112"));
        QCOMPARE(appeals->name.en, QStringLiteral("Tenant and Income Law"));
        QCOMPARE(appeals->lastVerified, QDate(2024, 10, 1));
        QCOMPARE(appeals->schedules.size(), 1);
        QCOMPARE(appeals->schedules.at(0).validFrom, QDate(2025, 3, 1));
        QCOMPARE(appeals->schedules.at(0).validTo, QDate(2025, 4, 30));

        // Seasonal dates that are words stay words; an inactive site makes its services inactive.
        const Service *toys = service(b, QStringLiteral("airs:SS311"));
        QCOMPARE(toys->status, QStringLiteral("inactive"));
        QCOMPARE(toys->schedules.at(0).description.en,
                 QStringLiteral("December only\nDecember 1 – December 20"));
        QVERIFY(!toys->schedules.at(0).validFrom.isValid());

        // A French-only agency (xml:lang on the element).
        const Service *clothes = service(b, QStringLiteral("airs:SS411"));
        QCOMPARE(clothes->name, text("", "Comptoir vestimentaire"));
        QCOMPARE(clothes->languages.at(0).code, QStringLiteral("fr"));
        QCOMPARE(b.organizations.value(QStringLiteral("airs:AG400")).description.fr,
                 QStringLiteral("Vêtements, meubles et dépannage alimentaire."));
    }

    void confidential()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("valid-3.1.xml")));
        // Address withheld (ReasonWithheld): not imported, the location is confidential.
        const Location shelter = b.locations.value(QStringLiteral("airs:SI210"));
        QVERIFY(shelter.confidential);
        QVERIFY(shelter.addresses.isEmpty());
        QCOMPARE(shelter.locationType, QStringLiteral("physical"));
        QCOMPARE(shelter.phones.size(), 2);
        QVERIFY(shelter.phones.at(0).confidential);
        QVERIFY(!shelter.phones.at(1).confidential);
        QCOMPARE(shelter.name, text("Shelter", "Hébergement"));
        // Address given but Confidential="true".
        const Location outreach = b.locations.value(QStringLiteral("airs:SI220"));
        QVERIFY(outreach.confidential);
        QCOMPARE(outreach.addresses.size(), 1);
        QVERIFY(outreach.addresses.at(0).confidential);
        QCOMPARE(outreach.addresses.at(0).province, QStringLiteral("ON"));
        QVERIFY(!outreach.phones.at(0).confidential);
        const Service *shelterService = service(b, QStringLiteral("airs:SS211"));
        QCOMPARE(shelterService->minimumAge, std::optional<int>(16));
        QVERIFY(!b.locations.value(QStringLiteral("airs:SI110")).confidential);
    }

    void version30()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("valid-3.0.xml")));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b.quarantine)));
        QVERIFY(b.fullSnapshot);
        QCOMPARE(sorted(b.organizations.keys()), list({"airs:AG1", "airs:AG2"}));
        QCOMPARE(sorted(b.locations.keys()), list({"airs:SI11", "airs:SI19", "airs:SI21"}));
        QCOMPARE(ids(b.services), list({"airs:SS111", "airs:SS112", "airs:SS211"}));
        // xml:lang="fr-CA" on the root: the whole file is French.
        const Organization o = b.organizations.value(QStringLiteral("airs:AG1"));
        QCOMPARE(o.name, text("", "Centre d'aide alimentaire de Longueuil-Est"));
        const Service *food = service(b, QStringLiteral("airs:SS111"));
        QCOMPARE(food->eligibility.fr,
                 QStringLiteral("Preuve de résidence\nRevenu sous le seuil de faible revenu"));
        QCOMPARE(food->fees.fr, QStringLiteral("Contribution volontaire de 2 $"));
        const Service *youth = service(b, QStringLiteral("airs:SS211"));
        QCOMPARE(youth->minimumAge, std::optional<int>(12));
        QCOMPARE(youth->maximumAge, std::optional<int>(17));
        const Location counter = b.locations.value(QStringLiteral("airs:SI11"));
        QCOMPARE(counter.latitude, 45.5312); // 3.0: a plain decimal
        QCOMPARE(counter.addresses.at(0).province, QStringLiteral("QC"));
        QCOMPARE(counter.languages.size(), 3);
        QCOMPARE(counter.languages.at(2).code, QStringLiteral("es"));
        QCOMPARE(counter.schedules.at(0).byday, list({"WE"}));
        QCOMPARE(counter.schedules.at(0).notes, QStringLiteral("Fermé en juillet"));
        const Location office = b.locations.value(QStringLiteral("airs:SI19"));
        QCOMPARE(office.locationType, QStringLiteral("postal"));
    }

    void deletes()
    {
        const DirectoryBatch b = readOk(fixture(QStringLiteral("deletes-3.1.xml")));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b.quarantine)));
        QVERIFY(!b.fullSnapshot); // a file with deletes is an incremental update
        QCOMPARE(b.deletedServiceIds, list({"airs:SS112", "airs:SS311"}));
        QCOMPARE(ids(b.services), list({"airs:SS113"}));
        QCOMPARE(b.organizations.value(QStringLiteral("airs:AG300")).status,
                 QStringLiteral("inactive"));
        QCOMPARE(b.organizations.value(QStringLiteral("airs:AG100")).status,
                 QStringLiteral("active"));
        QVERIFY(!b.locations.contains(QStringLiteral("airs:SI310")));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("agency date") << "600" << "agency" << "DateLastVerified"
                                     << "DateLastVerified \"yesterday\" is not a date";
        QTest::newRow("group without key") << "line 15" << "servicegroup" << "Key"
                                           << "has no Key";
        QTest::newRow("privacy flag") << "610" << "site" << "Confidential"
                                      << "\"maybe\" is not true or false; it was read as true";
        QTest::newRow("bad time") << "610" << "site" << "TimeOpen"
                                  << "Monday From \"25:00\" is not a time";
        QTest::newRow("coordinates") << "610" << "site" << "SpatialLocation"
                                     << "Latitude \"north\"";
        QTest::newRow("site name") << "610" << "site" << "Name"
                                   << "the agency's name is used instead";
        QTest::newRow("agency key") << "610" << "site" << "AgencyKey"
                                    << "AgencyKey 999 differs";
        QTest::newRow("taxonomy") << "611" << "siteservice" << "Taxonomy"
                                  << "\"XYZ\" is not a taxonomy code";
        QTest::newRow("language") << "611" << "siteservice" << "Languages"
                                  << "\"Klingon\" is not a language Navigator knows";
        QTest::newRow("month 13") << "611" << "siteservice" << "DateLastVerified"
                                  << "\"2024-13-45\" is not a date";
        QTest::newRow("yesterday") << "611" << "siteservice" << "DateOfLastAction"
                                   << "\"yesterday\" is not a date";
        QTest::newRow("age") << "611" << "siteservice" << "MinimumAge"
                             << "\"old\" is not an age";
        QTest::newRow("no name") << "613" << "siteservice" << "Name"
                                 << "has no Name and no service group";
        QTest::newRow("duplicate service") << "611" << "siteservice" << "Key"
                                           << "already used by the SiteService on line 32";
        QTest::newRow("service without key") << "line 58" << "siteservice" << "Key"
                                             << "has no Key";
        QTest::newRow("site without key") << "line 66" << "site" << "Key" << "has no Key";
        QTest::newRow("service of missing site") << "621" << "siteservice" << ""
                                                 << "Its site (line 66) was not imported";
        QTest::newRow("service outside site") << "631" << "siteservice" << ""
                                              << "is not inside a Site";
        QTest::newRow("agency without name") << "700" << "agency" << "Name"
                                             << "The agency has no Name";
        QTest::newRow("orphan group") << "9" << "servicegroup" << ""
                                      << "Its agency (700) was not imported";
        QTest::newRow("orphan site") << "710" << "site" << ""
                                     << "Its agency (700) was not imported";
        QTest::newRow("orphan service") << "711" << "siteservice" << ""
                                        << "Its agency (700) was not imported";
        QTest::newRow("status") << "800" << "agency" << "Status"
                                << "\"dormant\" is not a status";
        QTest::newRow("duplicate site") << "610" << "site" << "Key"
                                        << "already used by the site on line 18";
        QTest::newRow("service of duplicate site") << "811" << "siteservice" << ""
                                                   << "Its site (610) was not imported";
        QTest::newRow("agency without key") << "line 115" << "agency" << "Key" << "has no Key";
        QTest::newRow("missing group") << "612" << "siteservice" << "ServiceGroupKey"
                                       << "ServiceGroupKey 42 names a service group that is not "
                                          "in the file";
        QTest::newRow("rejected group") << "821" << "siteservice" << "ServiceGroupKey"
                                        << "ServiceGroupKey 9 names a service group that was not "
                                           "imported";
    }

    void problems()
    {
        QFETCH(QString, recordId);
        QFETCH(QString, recordType);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        const DirectoryBatch b = readOk(fixture(QStringLiteral("problems-3.1.xml")));
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
        const DirectoryBatch b = readOk(fixture(QStringLiteral("problems-3.1.xml")));
        QCOMPARE(b.quarantine.size(), 28); // one per row of problems_data()
        QCOMPARE(sorted(b.organizations.keys()), list({"airs:AG600", "airs:AG800"}));
        QCOMPARE(sorted(b.locations.keys()), list({"airs:SI610", "airs:SI820"}));
        QCOMPARE(b.programs.keys(), list({"airs:SG8"}));
        QCOMPARE(ids(b.services), list({"airs:SS611", "airs:SS612", "airs:SS821"}));
        // Unknown elements (<Mascot>, x:Rating) were skipped without a word.
        const Service *housing = service(b, QStringLiteral("airs:SS611"));
        QCOMPARE(housing->name.en, QStringLiteral("Housing")); // from its service group
        QCOMPARE(housing->programId, QStringLiteral("airs:SG8"));
        QCOMPARE(housing->taxonomyTerms.size(), 1);
        QCOMPARE(housing->languages.size(), 2);
        QVERIFY(housing->languages.at(1).code.isEmpty());
        QVERIFY(!housing->lastVerified.isValid());
        QVERIFY(!housing->minimumAge);
        QVERIFY(service(b, QStringLiteral("airs:SS612"))->programId.isEmpty());
        const Location site = b.locations.value(QStringLiteral("airs:SI610"));
        QCOMPARE(site.name.en, QStringLiteral("Prescott-Russell Housing Help"));
        QVERIFY(site.confidential);
        QVERIFY(site.addresses.at(0).confidential);
        QVERIFY(!site.hasCoordinates());
        QCOMPARE(site.schedules.size(), 1); // Monday dropped, Tuesday kept
        QCOMPARE(site.schedules.at(0).byday, list({"TU"}));
        QCOMPARE(b.organizations.value(QStringLiteral("airs:AG800")).status,
                 QStringLiteral("active"));
    }

    void idempotent()
    {
        for (const char *name : {"valid-3.1.xml", "valid-3.0.xml", "problems-3.1.xml",
                                 "deletes-3.1.xml"}) {
            const DirectoryBatch a = readOk(fixture(QLatin1String(name)));
            const DirectoryBatch b = readOk(fixture(QLatin1String(name)));
            QCOMPARE(a.organizations, b.organizations);
            QCOMPARE(a.locations, b.locations);
            QCOMPARE(a.programs, b.programs);
            QCOMPARE(a.services, b.services);
            QCOMPARE(a.taxonomyTerms, b.taxonomyTerms);
            QCOMPARE(a.quarantine, b.quarantine);
            QCOMPARE(a.deletedServiceIds, b.deletedServiceIds);
            QCOMPARE(a.fullSnapshot, b.fullSnapshot);
        }
    }

    void fileErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("not well-formed") << fixture(QStringLiteral("not-well-formed.xml"))
                                         << "not well-formed XML: Opening and ending tag "
                                            "mismatch. (line 5, column 38)";
        QTest::newRow("not airs") << fixture(QStringLiteral("not-airs.xml"))
                                  << "its root element is <html>, expected <Source>";
        QTest::newRow("missing") << fixture(QStringLiteral("no-such-file.xml"))
                                 << "cannot be opened";
        QTest::newRow("csv, not xml")
            << QDir(sourceDir()).filePath(QStringLiteral("tests/data/icarol/good.csv"))
            << "not well-formed XML";
        QTest::newRow("empty")
            << QDir(sourceDir()).filePath(QStringLiteral("tests/data/icarol/empty.csv"))
            << "The file is empty.";
    }

    void fileErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, phrase);
        const auto result = AirsImporter::read(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().message));
    }

    void invalidUtf8IsAFileError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("latin1.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Source>\n<Agency><Key>1</Key>"
                "<Name>Caf\xE9 communautaire</Name></Agency>\n</Source>\n");
        f.close();
        const auto result = AirsImporter::read(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        // Qt reports where its decoder stopped, not the exact byte: only the kind of error is
        // checked.
        QVERIFY2(result.error().message.contains(QStringLiteral("not well-formed XML")),
                 qPrintable(result.error().message));
    }

    void progressAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("medium.xml"));
        writeLargeFile(path, 20, 2, 10); // 460 records
        QList<std::pair<qint64, qint64>> calls;
        const auto batch = AirsImporter::read(path, [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        });
        QVERIFY(batch);
        QCOMPARE(batch->services.size(), 400);
        QVERIFY(calls.size() >= 4); // start, records 200 and 400, end
        for (qsizetype i = 0; i < calls.size(); ++i) {
            QVERIFY(calls.at(i).first <= calls.at(i).second);
            if (i > 0)
                QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        }
        QCOMPARE(calls.last().first, calls.last().second);

        int seen = 0;
        const auto cancelled = AirsImporter::read(path, [&](qint64, qint64) {
            return ++seen < 2;
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    void largeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.xml"));
        writeLargeFile(path, 1000, 2, 10);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock(); // the machine may be shared: CPU time too
        const auto batch = AirsImporter::read(path);
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        const double cpuMs = std::max(1.0, (std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
        QVERIFY(batch);
        QCOMPARE(batch->services.size(), 20000);
        QVERIFY2(batch->quarantine.isEmpty(), qPrintable(dump(batch->quarantine)));
        const int records = 1000 + 2000 + 20000;
        qInfo("AIRS import: %d records (20000 site-services), %.1f MB: %lld ms wall = %.0f "
              "records/s; %.0f ms CPU = %.0f records/s",
              records, QFileInfo(path).size() / 1e6, ms, records * 1000.0 / ms, cpuMs,
              records * 1000.0 / cpuMs);
    }
};

QTEST_GUILESS_MAIN(tst_AirsImporter)
#include "tst_airsimporter.moc"

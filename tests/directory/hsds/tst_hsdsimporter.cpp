// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/hsds/hsdsimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using namespace Nav::Directory;
using namespace Qt::StringLiterals;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("NAV_SOURCE_DIR");
}

QString examples(const QString &name = {})
{
    const QString dir = sourceDir() + u"/../shared/reference/hsds-3.0/examples"_s;
    return name.isEmpty() ? dir : dir + u'/' + name;
}

QString fixture(const QString &name)
{
    return sourceDir() + u"/tests/data/hsds/"_s + name;
}

const Service *findService(const DirectoryBatch &b, const QString &id)
{
    for (const Service &s : b.services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

template<typename T>
const T *findById(const QList<T> &list, const QString &id)
{
    for (const T &x : list) {
        if (x.id == id)
            return &x;
    }
    return nullptr;
}

// An entry for `recordId` (any when empty) on `field` whose reason contains `phrase`.
bool hasEntry(const DirectoryBatch &b, const QString &recordId, const QString &field,
              const QString &phrase)
{
    for (const QuarantineEntry &e : b.quarantine) {
        if ((recordId.isEmpty() || e.recordId == recordId) && e.field == field
            && e.reason.contains(phrase, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString dump(const DirectoryBatch &b)
{
    QStringList lines;
    for (const QuarantineEntry &e : b.quarantine)
        lines << u"[%1] %2 / %3: %4"_s.arg(e.recordType, e.recordId, e.field, e.reason);
    return lines.join(u'\n');
}

DirectoryBatch mustRead(const QString &path)
{
    const Result<DirectoryBatch> r = HsdsImporter::read(path);
    if (!r) {
        qWarning("%s: %s", qPrintable(path), qPrintable(r.error().message));
        return {};
    }
    return *r;
}

const QString counselling = u"ac148810-d857-441c-9679-408f346de14b"_s;
const QString civicCenter = u"3a19ff88-4620-4d17-9830-ac1d859eb5d5"_s;
const QString exampleOrg = u"d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"_s;
const QString exampleTerm = u"3f7b145d-84af-42d7-8fae-eaca714b02b2"_s;

} // namespace

class tst_HsdsImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!sourceDir().isEmpty(), "run through ctest (NAV_SOURCE_DIR)");
        QVERIFY2(QFileInfo::exists(::examples()), qPrintable(::examples()));
    }

    // --- every HSDS 3.0 example -----------------------------------------------------------------

    void examples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("services");
        QTest::addColumn<int>("organizations");
        QTest::addColumn<int>("locations");
        QTest::addColumn<int>("terms");
        QTest::addColumn<bool>("snapshot");
        // API information and taxonomies have nothing the directory keeps.
        QTest::newRow("base") << u"base.json"_s << false << 0 << 0 << 0 << 0 << false;
        QTest::newRow("taxonomy") << u"taxonomy.json"_s << false << 0 << 0 << 0 << 0 << false;
        QTest::newRow("taxonomy_list") << u"taxonomy_list.json"_s << false << 0 << 0 << 0 << 0
                                       << false;
        QTest::newRow("location") << u"location.json"_s << true << 0 << 0 << 1 << 0 << false;
        QTest::newRow("organization_full")
            << u"organization_full.json"_s << true << 1 << 1 << 1 << 1 << false;
        QTest::newRow("organization_list")
            << u"organization_list.json"_s << true << 0 << 1 << 0 << 0 << false;
        QTest::newRow("service_at_location_full")
            << u"service_at_location_full.json"_s << true << 1 << 1 << 1 << 1 << false;
        QTest::newRow("service_at_location_list")
            << u"service_at_location_list.json"_s << true << 1 << 1 << 1 << 0 << false;
        QTest::newRow("service_full") << u"service_full.json"_s << true << 1 << 1 << 1 << 1
                                      << false;
        // One page of ten: not a snapshot.
        QTest::newRow("service_list") << u"service_list.json"_s << true << 1 << 1 << 0 << 0
                                      << false;
        QTest::newRow("taxonomy_term") << u"taxonomy_term.json"_s << true << 0 << 0 << 0 << 1
                                       << false;
        QTest::newRow("taxonomy_term_list")
            << u"taxonomy_term_list.json"_s << true << 0 << 0 << 0 << 1 << false;
        QTest::newRow("tabular") << u"tabular.json"_s << true << 1 << 1 << 1 << 1 << true;
        QTest::newRow("csv package") << u"csv"_s << true << 1 << 1 << 1 << 1 << true;
        QTest::newRow("csv datapackage.json")
            << u"csv/datapackage.json"_s << true << 1 << 1 << 1 << 1 << true;
    }

    void examples()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QFETCH(int, services);
        QFETCH(int, organizations);
        QFETCH(int, locations);
        QFETCH(int, terms);
        QFETCH(bool, snapshot);
        const Result<DirectoryBatch> r = HsdsImporter::read(::examples(name));
        QCOMPARE(bool(r), ok);
        if (!ok) {
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
            QVERIFY(r.error().message.contains(u"no HSDS records"_s));
            return;
        }
        QCOMPARE(r->source, u"hsds"_s);
        QCOMPARE(r->services.size(), services);
        QCOMPARE(r->organizations.size(), organizations);
        QCOMPARE(r->locations.size(), locations);
        QCOMPARE(r->taxonomyTerms.size(), terms);
        QCOMPARE(r->fullSnapshot, snapshot);
    }

    void everyExampleIsCovered()
    {
        const QStringList files = QDir(::examples()).entryList({u"*.json"_s}, QDir::Files);
        QVERIFY(files.size() >= 13);
        for (const QString &f : files) {
            const Result<DirectoryBatch> r = HsdsImporter::read(::examples(f));
            // Either a batch or a clear error: never a crash or an empty success.
            if (r)
                QVERIFY2(!r->services.isEmpty() || !r->organizations.isEmpty()
                             || !r->locations.isEmpty() || !r->taxonomyTerms.isEmpty(),
                         qPrintable(f));
            else
                QVERIFY2(!r.error().message.isEmpty(), qPrintable(f));
        }
    }

    void serviceFull()
    {
        const DirectoryBatch b = mustRead(::examples(u"service_full.json"_s));
        QCOMPARE(b.services.size(), 1);
        const Service &s = b.services.first();
        QCOMPARE(s.id, counselling);
        QCOMPARE(s.name.en, u"Community Counselling"_s);
        QVERIFY(s.name.fr.isEmpty());
        QCOMPARE(s.alternateName.en, u"MyCity Counselling Services"_s);
        QCOMPARE(s.status, u"active"_s);
        QCOMPARE(s.url, u"http://example.com/counselling"_s);
        QCOMPARE(s.minimumAge, 12);
        QCOMPARE(s.maximumAge, 100);
        QCOMPARE(s.lastVerified, QDate(2005, 1, 1));
        QCOMPARE(s.lastModified, QDateTime(QDate(2023, 3, 15), QTime(10, 30, 45, 123), Qt::UTC));
        QVERIFY(s.fees.en.startsWith(u"Non-NHS patients"_s));
        QVERIFY(s.eligibility.en.startsWith(u"This service is intended"_s));
        QCOMPARE(s.alerts.size(), 1);
        QVERIFY(s.alerts.first().text.en.startsWith(u"Following COVID-19"_s));
        QCOMPARE(s.organizationId, exampleOrg);
        QCOMPARE(s.programId, u"e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42"_s);

        QCOMPARE(s.phones.size(), 1);
        QCOMPARE(s.phones.first().number, u"+44 1234 234567"_s); // stray quotes removed
        QCOMPARE(s.phones.first().extension, u"100"_s);
        QCOMPARE(s.phones.first().type, u"voice"_s);
        QCOMPARE(s.phones.first().languages, QStringList{u"ur"_s});

        QCOMPARE(s.schedules.size(), 1);
        const Schedule &h = s.schedules.first();
        QCOMPARE(h.byday, (QStringList{u"TH"_s, u"FR"_s}));
        QCOMPARE(h.opensAt, QTime(10, 0));
        QCOMPARE(h.closesAt, QTime(18, 0));
        QCOMPARE(h.freq, u"WEEKLY"_s);
        QCOMPARE(h.interval, 1);
        QCOMPARE(h.count, 3);
        QCOMPARE(h.bymonthday, (QList<int>{2, 3, 4}));
        QCOMPARE(h.validFrom, QDate(2005, 1, 1));
        QVERIFY(h.timeZone.isEmpty());
        QVERIFY(h.notes.startsWith(u"Some of our staff"_s));
        // "timezone": 3 is not a Canadian offset.
        QVERIFY2(hasEntry(b, u"48102e86-bb50-41c4-8f1e-e269368c41d1"_s, u"timezone"_s,
                          u"not one used in Canada"_s),
                 qPrintable(dump(b)));

        QCOMPARE(s.languages.size(), 1);
        QCOMPARE(s.languages.first().code, u"ur"_s);
        QCOMPARE(s.languages.first().name, u"Urdu"_s);
        QCOMPARE(s.serviceAreas.size(), 1);
        QCOMPARE(s.serviceAreas.first().extentType, u"geojson"_s);
        QCOMPARE(s.costOptions.size(), 1);
        QCOMPARE(s.costOptions.first().amount, 35.0);
        QCOMPARE(s.costOptions.first().currency, u"GBP"_s);
        QCOMPARE(s.costOptions.first().validTo, QDate(2022, 12, 31));
        QCOMPARE(s.requiredDocuments.size(), 1);
        QCOMPARE(s.contacts.size(), 1);
        QCOMPARE(s.contacts.first().name, u"Ann Persona"_s);
        QCOMPARE(s.contacts.first().phones.size(), 1);

        QCOMPARE(s.taxonomyTerms.size(), 1);
        QCOMPARE(s.taxonomyTerms.first().id, exampleTerm);
        QCOMPARE(s.taxonomyTerms.first().code, u"code"_s);
        QCOMPARE(s.taxonomyTerms.first().taxonomy, u"taxonomy"_s);
        QCOMPARE(s.taxonomyTerms.first().parentId, u"0bc248fa-dc27-4650-9ba4-8f1a24ef16a2"_s);
        QVERIFY(b.taxonomyTerms.contains(exampleTerm));

        QCOMPARE(s.locations.size(), 1);
        QCOMPARE(s.locations.first().id, u"e94c9f38-1e8f-4564-91d4-d53501ab1765"_s);
        QCOMPARE(s.locations.first().locationId, civicCenter);
        QCOMPARE(s.locations.first().phones.size(), 1);
        QCOMPARE(s.locations.first().schedules.size(), 1);
        QCOMPARE(s.locations.first().contacts.size(), 1);

        const Location &l = b.locations.value(civicCenter);
        QCOMPARE(l.name.en, u"MyCity Civic Center"_s);
        QCOMPARE(l.locationType, u"physical"_s);
        // The example's latitude 100 is impossible: the coordinates are dropped and reported.
        QVERIFY(!l.hasCoordinates());
        QVERIFY2(hasEntry(b, civicCenter, u"latitude"_s, u"outside -90 to 90"_s),
                 qPrintable(dump(b)));
        QCOMPARE(l.addresses.size(), 1);
        QCOMPARE(l.addresses.first().address1, u"1-30 Main Street"_s);
        QCOMPARE(l.addresses.first().city, u"MyCity"_s);
        QCOMPARE(l.addresses.first().postalCode, u"ABC 1234"_s);
        QCOMPARE(l.addresses.first().country, u"US"_s);
        QCOMPARE(l.addresses.first().type, u"postal"_s);
        QCOMPARE(l.accessibility.size(), 1);
        QVERIFY(l.accessibility.first().details.contains(u"T-coil"_s));
        QCOMPARE(l.phones.size(), 1);
        QCOMPARE(l.schedules.size(), 1);
        QCOMPARE(l.languages.size(), 1);

        const Organization &o = b.organizations.value(exampleOrg);
        QCOMPARE(o.name.en, u"Example Organization Inc."_s);
        QCOMPARE(o.alternateName, u"Example Org"_s);
        QCOMPARE(o.website, u"http://example.com"_s);
        QCOMPARE(o.phones.size(), 1);
        QCOMPARE(o.contacts.size(), 1);
        QCOMPARE(b.programs.size(), 1);
        QCOMPARE(b.programs.constBegin()->organizationId, exampleOrg);
        QCOMPARE(b.programs.constBegin()->name.en, u"Community Mental Health Support"_s);
        QVERIFY(!b.fullSnapshot);
    }

    void serviceAtLocationFull()
    {
        const DirectoryBatch b = mustRead(::examples(u"service_at_location_full.json"_s));
        QCOMPARE(b.services.size(), 1);
        const Service &s = b.services.first();
        QCOMPARE(s.id, counselling);
        QCOMPARE(s.locations.size(), 1);
        const ServiceAtLocation &sal = s.locations.first();
        QCOMPARE(sal.id, u"e94c9f38-1e8f-4564-91d4-d53501ab1765"_s);
        QCOMPARE(sal.description.en,
                 u"Counselling Services provided by trained professionals in the MyCity area."_s);
        QCOMPARE(sal.locationId, civicCenter);
        QCOMPARE(sal.contacts.first().title, u"Reception Manager"_s);
        QCOMPARE(sal.schedules.first().byday, (QStringList{u"TH"_s, u"FR"_s}));
        QCOMPARE(b.locations.value(civicCenter).addresses.size(), 1);
    }

    void serviceAtLocationList()
    {
        const DirectoryBatch b = mustRead(::examples(u"service_at_location_list.json"_s));
        QCOMPARE(b.services.size(), 1);
        QCOMPARE(b.services.first().locations.size(), 1);
        QCOMPARE(b.services.first().organizationId, exampleOrg);
        QCOMPARE(b.locations.value(civicCenter).name.en, u"MyCity Civic Center"_s);
        QVERIFY(!b.fullSnapshot); // total_items 10, one shown
    }

    void organizationFull()
    {
        const DirectoryBatch b = mustRead(::examples(u"organization_full.json"_s));
        QCOMPARE(b.services.size(), 1);
        QCOMPARE(b.services.first().organizationId, exampleOrg);
        QCOMPARE(b.services.first().name.en, u"Community Counselling"_s);
        const Organization &o = b.organizations.value(exampleOrg);
        QCOMPARE(o.description.en.left(16), u"Example Org is a"_s);
        QCOMPARE(o.email, u"email@example.com"_s);
        QCOMPARE(b.programs.size(), 1);
        QCOMPARE(b.locations.value(civicCenter).organizationId, exampleOrg);
    }

    void location()
    {
        const DirectoryBatch b = mustRead(::examples(u"location.json"_s));
        QCOMPARE(b.locations.size(), 1);
        const Location &l = b.locations.value(civicCenter);
        QVERIFY(l.transportation.contains(u"number 1 Bus"_s));
        QCOMPARE(l.schedules.size(), 1);
        QCOMPARE(l.schedules.first().opensAt, QTime(10, 0)); // "10:00" without seconds
        QCOMPARE(l.schedules.first().closesAt, QTime(18, 0));
        QVERIFY(!l.hasCoordinates());
        QVERIFY(b.services.isEmpty());
        QVERIFY(!b.fullSnapshot);
    }

    void taxonomyTerms()
    {
        for (const QString &f : {u"taxonomy_term.json"_s, u"taxonomy_term_list.json"_s}) {
            const DirectoryBatch b = mustRead(::examples(f));
            QCOMPARE(b.taxonomyTerms.size(), 1);
            const TaxonomyTerm &t = b.taxonomyTerms.value(exampleTerm);
            QCOMPARE(t.code, u"code"_s);
            QCOMPARE(t.name.en, u"name"_s); // "language": "eng"
            QCOMPARE(t.description.en, u"description"_s);
            QCOMPARE(t.taxonomy, u"taxonomy"_s);
            QCOMPARE(t.termUri, u"http://example.com"_s);
        }
    }

    void organizationList()
    {
        const DirectoryBatch b = mustRead(::examples(u"organization_list.json"_s));
        QCOMPARE(b.organizations.size(), 1);
        QCOMPARE(b.organizations.constBegin()->name.en, u"Example Organization Inc."_s);
        QVERIFY(!b.fullSnapshot); // no services: retires nothing
    }

    // tabular.json and the csv/ folder hold the same package.
    void tabular_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("tabular.json") << ::examples(u"tabular.json"_s);
        QTest::newRow("csv folder") << ::examples(u"csv"_s);
    }

    void tabular()
    {
        QFETCH(QString, path);
        const DirectoryBatch b = mustRead(path);
        QCOMPARE(b.services.size(), 1);
        QVERIFY(b.fullSnapshot);
        const Service &s = b.services.first();
        QCOMPARE(s.name.en, u"Community Counselling"_s);
        QCOMPARE(s.organizationId, exampleOrg);
        QCOMPARE(s.programId, u"e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42"_s);
        QCOMPARE(s.minimumAge, 12);
        QCOMPARE(s.lastVerified, QDate(2005, 1, 1));
        QVERIFY(s.fees.en.contains(u"£50 per hour"_s));

        // The phone row names the service, location, organization, contact and
        // service_at_location: it is attached to each, as the nested examples show it.
        QCOMPARE(s.phones.size(), 1);
        QCOMPARE(s.phones.first().number, u"+44 1234 234567"_s);
        QCOMPARE(s.phones.first().extension, u"100"_s);
        QCOMPARE(s.phones.first().languages, QStringList{u"ur"_s});
        QCOMPARE(b.organizations.value(exampleOrg).phones.size(), 1);
        QCOMPARE(b.locations.value(civicCenter).phones.size(), 1);

        QCOMPARE(s.schedules.size(), 1);
        QCOMPARE(s.schedules.first().byday, (QStringList{u"TH"_s, u"FR"_s}));
        QCOMPARE(s.schedules.first().opensAt, QTime(10, 0));
        QCOMPARE(s.schedules.first().closesAt, QTime(18, 0));

        QCOMPARE(s.locations.size(), 1);
        const ServiceAtLocation &sal = s.locations.first();
        QCOMPARE(sal.locationId, civicCenter);
        QCOMPARE(sal.phones.size(), 1);
        QCOMPARE(sal.schedules.size(), 1);

        const Location &l = b.locations.value(civicCenter);
        QCOMPARE(l.addresses.size(), 1);
        QCOMPARE(l.addresses.first().type, u"postal"_s);
        QCOMPARE(l.accessibility.size(), 1);
        QCOMPARE(l.languages.size(), 1);
        QVERIFY(!l.hasCoordinates());
        QVERIFY(hasEntry(b, civicCenter, u"latitude"_s, u"outside -90 to 90"_s));
        // locations.csv names an organization that is not in the package.
        QVERIFY(hasEntry(b, civicCenter, u"organization_id"_s, u"not in the file"_s));
        QVERIFY(l.organizationId.isEmpty());

        QCOMPARE(s.contacts.size(), 1);
        QCOMPARE(s.contacts.first().name, u"Ann Persona"_s);
        QCOMPARE(s.contacts.first().phones.size(), 1);
        QVERIFY(hasEntry(b, u"1e7efce3-639b-4880-940c-b95cd30cdb50"_s,
                         u"service_at_location_id"_s, u"not in the file"_s));

        QCOMPARE(s.costOptions.size(), 1);
        QCOMPARE(s.costOptions.first().amount, 35.0);
        QCOMPARE(s.requiredDocuments.size(), 1);
        QCOMPARE(s.serviceAreas.size(), 1);
        QCOMPARE(s.languages.size(), 1);

        // The term exists, but the example's attribute links to an id that is nowhere.
        QCOMPARE(b.taxonomyTerms.size(), 1);
        QCOMPARE(b.taxonomyTerms.value(exampleTerm).code, u"code"_s);
        QVERIFY(s.taxonomyTerms.isEmpty());
        QVERIFY2(hasEntry(b, u"ae58cc39-8b70-4ab1-8aea-786882e5ac8e"_s, u"link_id"_s,
                          u"not in the file"_s),
                 qPrintable(dump(b)));
    }

    // --- fixtures of our own ------------------------------------------------------------------

    void legacyPackage()
    {
        const DirectoryBatch b = mustRead(fixture(u"legacy"_s));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b)));
        QCOMPARE(b.services.size(), 2);
        QVERIFY(b.fullSnapshot);
        const Service *food = findService(b, u"svc-1"_s);
        const Service *tax = findService(b, u"svc-2"_s);
        QVERIFY(food && tax);
        QCOMPARE(food->name.en, u"Emergency Food Cupboard"_s);
        QCOMPARE(food->waitTime.en, u"None"_s);
        QCOMPARE(tax->status, u"inactive"_s);
        QCOMPARE(tax->fees.en, u"$0"_s);
        QCOMPARE(b.organizations.value(u"org-1"_s).website, u"http://ocs.example.org"_s);

        // services_at_location.csv
        QCOMPARE(food->locations.size(), 1);
        QCOMPARE(food->locations.first().locationId, u"loc-1"_s);
        QCOMPARE(food->locations.first().description.en, u"Food cupboard in the basement"_s);
        QCOMPARE(tax->locations.size(), 1);

        // physical_addresses.csv and postal_addresses.csv
        const Location &l = b.locations.value(u"loc-1"_s);
        QCOMPARE(l.latitude, 45.4112);
        QCOMPARE(l.longitude, -75.6981);
        QCOMPARE(l.transportation, u"Bus 7, stop at Bank St"_s);
        QCOMPARE(l.addresses.size(), 2);
        const Address *street = findById(l.addresses, u"pa-1"_s);
        const Address *mail = findById(l.addresses, u"ma-1"_s);
        QVERIFY(street && mail);
        QCOMPARE(street->type, u"physical"_s);
        QCOMPARE(street->address2, u"Suite 2"_s);
        QCOMPARE(street->province, u"ON"_s); // "Ontario"
        QCOMPARE(street->country, u"CA"_s);  // "Canada"
        QCOMPARE(mail->type, u"postal"_s);
        QCOMPARE(mail->attention, u"Intake"_s);

        // phones.csv with the 2.0 "language" list
        QCOMPARE(food->phones.size(), 1);
        QCOMPARE(food->phones.first().number, u"613-555-0101"_s);
        QCOMPARE(food->phones.first().languages, (QStringList{u"en"_s, u"fr"_s}));
        QCOMPARE(l.phones.size(), 1);
        QCOMPARE(l.phones.first().type, u"fax"_s);
        QCOMPARE(l.phones.first().extension, u"22"_s);

        // regular_schedules.csv (one weekday per row) and holiday_schedules.csv
        QCOMPARE(food->schedules.size(), 3);
        const Schedule *monday = findById(food->schedules, u"rs-1"_s);
        const Schedule *wednesday = findById(food->schedules, u"rs-2"_s);
        const Schedule *holiday = findById(food->schedules, u"hs-1"_s);
        QVERIFY(monday && wednesday && holiday);
        QCOMPARE(monday->byday, QStringList{u"MO"_s});
        QCOMPARE(monday->freq, u"WEEKLY"_s);
        QCOMPARE(monday->opensAt, QTime(9, 0));
        QCOMPARE(monday->closesAt, QTime(12, 0));
        QCOMPARE(wednesday->byday, QStringList{u"WE"_s}); // weekday 3
        QCOMPARE(wednesday->closesAt, QTime(16, 30));
        QVERIFY(holiday->closed);
        QCOMPARE(holiday->validFrom, QDate(2024, 12, 24));
        QCOMPARE(holiday->validTo, QDate(2024, 12, 26));
        const Schedule *friday = findById(l.schedules, u"rs-3"_s);
        const Schedule *newYearsEve = findById(l.schedules, u"hs-2"_s);
        QVERIFY(friday && newYearsEve);
        QCOMPARE(friday->byday, QStringList{u"FR"_s});
        QCOMPARE(friday->opensAt, QTime(8, 30));  // "8:30 AM"
        QCOMPARE(friday->closesAt, QTime(17, 0)); // "5:00 PM"
        QVERIFY(!newYearsEve->closed);
        QCOMPARE(newYearsEve->opensAt, QTime(10, 0));

        // taxonomy.csv (1.x terms) and services_taxonomy.csv
        QCOMPARE(food->taxonomyTerms.size(), 1);
        QCOMPARE(food->taxonomyTerms.first().name.en, u"Food Pantries"_s);
        QCOMPARE(food->taxonomyTerms.first().taxonomy, u"AIRS"_s);
        QCOMPARE(food->taxonomyTerms.first().parentId, u"tx-0"_s);
        QCOMPARE(tax->taxonomyTerms.first().id, u"tx-2"_s);

        // eligibility.csv, fees.csv, service_area.csv, languages.csv, accessibility...
        QCOMPARE(food->eligibility.en, u"Residents of Ottawa"_s);
        QCOMPARE(food->fees.en, u"No charge"_s);
        QCOMPARE(food->serviceAreas.size(), 1);
        QCOMPARE(food->serviceAreas.first().name, u"Ottawa"_s);
        QCOMPARE(food->languages.size(), 1);
        QCOMPARE(food->languages.first().code, u"fr"_s); // "French"
        QCOMPARE(l.languages.first().code, u"es"_s);
        QCOMPARE(l.accessibility.size(), 1);
        QCOMPARE(l.accessibility.first().description.en, u"Wheelchair accessible entrance"_s);
        QCOMPARE(food->contacts.size(), 1);
        QCOMPARE(food->contacts.first().email, u"coord@ocs.example.org"_s);
    }

    void datapackageResources()
    {
        const DirectoryBatch b = mustRead(fixture(u"datapackage/datapackage.json"_s));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b)));
        QCOMPARE(b.services.size(), 1);
        const Service &s = b.services.first();
        // The package says its text is French; name_en fills the English side.
        QCOMPARE(s.name.fr, u"Aide alimentaire"_s);
        QCOMPARE(s.name.en, u"Food help"_s);
        QCOMPARE(s.description.fr, u"Épicerie communautaire"_s);
        QVERIFY(s.description.en.isEmpty());
        QCOMPARE(b.organizations.value(u"org-fr"_s).name.fr, u"Centre d'entraide"_s);
        // The phones resource is marked English.
        QCOMPARE(s.phones.size(), 1);
        QCOMPARE(s.phones.first().description.en, u"Main line"_s);
        // The folder itself works too.
        QCOMPARE(mustRead(fixture(u"datapackage"_s)).services.size(), 1);
    }

    void bilingualAndConfidential()
    {
        const DirectoryBatch b = mustRead(fixture(u"bilingual.json"_s));
        QVERIFY2(b.quarantine.isEmpty(), qPrintable(dump(b)));
        QCOMPARE(b.services.size(), 2);
        QVERIFY(b.fullSnapshot);

        const Service *food = findService(b, u"svc-food"_s);
        QVERIFY(food);
        QCOMPARE(food->name, (LocalizedText{u"Food Bank"_s, u"Banque alimentaire"_s}));
        QCOMPARE(food->description.fr, u"Épicerie pour les familles dans le besoin."_s);
        QCOMPARE(b.organizations.value(u"org-1"_s).name.fr, u"Centre communautaire"_s);
        QCOMPARE(food->schedules.first().timeZone, u"America/Toronto"_s);
        QCOMPARE(food->schedules.first().byday, (QStringList{u"MO"_s, u"WE"_s, u"FR"_s}));
        QCOMPARE(food->schedules.first().description,
                 (LocalizedText{u"Weekdays"_s, u"En semaine"_s}));

        const Location &office = b.locations.value(u"loc-1"_s);
        QCOMPARE(office.name.fr, u"Bureau principal"_s);
        QCOMPARE(office.latitude, 45.4215);
        QCOMPARE(office.longitude, -75.6972);
        QVERIFY(!office.confidential);
        QCOMPARE(office.addresses.size(), 1);
        QVERIFY(office.addresses.first().confidential);
        QCOMPARE(office.addresses.first().province, u"ON"_s);
        QCOMPARE(office.addresses.first().country, u"CA"_s);
        QVERIFY(findById(office.phones, u"ph-1"_s)->confidential); // "yes"
        QVERIFY(!findById(office.phones, u"ph-2"_s)->confidential);

        // A record in French: its plain text is French, name_en gives the English name.
        const Service *shelter = findService(b, u"svc-shelter"_s);
        QVERIFY(shelter);
        QCOMPARE(shelter->name, (LocalizedText{u"Women's shelter"_s, u"Refuge pour femmes"_s}));
        QCOMPARE(shelter->description.fr, u"Hébergement d'urgence."_s);
        QVERIFY(shelter->description.en.isEmpty());
        QVERIFY(shelter->contacts.first().confidential);
        const Location &hidden = b.locations.value(u"loc-2"_s);
        QVERIFY(hidden.confidential);
        QCOMPARE(hidden.name.fr, u"Lieu confidentiel"_s); // inherits the service's language
        QVERIFY(hidden.addresses.first().confidential); // "x_confidential": "true"

        // HSDS 3.1 capacity nested in the service, with its unit.
        QCOMPARE(shelter->capacities.size(), 1);
        const Capacity &beds = shelter->capacities.first();
        QCOMPARE(beds.unitId, u"unit-beds"_s);
        QCOMPARE(beds.unitName, u"lits"_s);
        QCOMPARE(beds.available, 2.0);
        QCOMPARE(beds.maximum, 12.0);
        QCOMPARE(beds.updated, QDateTime(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC));
    }

    void modernTabular()
    {
        const DirectoryBatch b = mustRead(fixture(u"modern-tabular.json"_s));
        QVERIFY(b.fullSnapshot);
        QCOMPARE(b.services.size(), 1);
        const Service &s = b.services.first();
        // meta_table_descriptions says services and organizations are written in French.
        QCOMPARE(s.name, (LocalizedText{u"Emergency beds"_s, u"Lits d'urgence"_s}));
        QCOMPARE(b.organizations.value(u"org-m"_s).name,
                 (LocalizedText{u"Shelter House"_s, u"Maison d'hébergement"_s}));
        QCOMPARE(s.status, u"temporarily closed"_s);
        QCOMPARE(s.minimumAge, 18); // "18" as text

        // service_capacities.csv with units.csv
        QCOMPARE(s.capacities.size(), 2);
        const Capacity *beds = findById(s.capacities, u"cap-1"_s);
        QVERIFY(beds);
        QCOMPARE(beds->unitId, u"unit-beds"_s);
        QCOMPARE(beds->unitName, u"beds"_s);
        QCOMPARE(beds->available, 3.0);
        QCOMPARE(beds->maximum, 20.0);
        QCOMPARE(beds->description.fr, u"Lits pour femmes"_s);
        QCOMPARE(beds->updated, QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC));
        const Capacity *bad = findById(s.capacities, u"cap-2"_s);
        QVERIFY(!bad->available);
        QCOMPARE(bad->updated, QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC));
        QVERIFY(hasEntry(b, u"cap-2"_s, u"available"_s, u"negative"_s));

        // attributes.csv: the term linked to the service; the one on the organization has no
        // place in the model and is not an error.
        QCOMPARE(s.taxonomyTerms.size(), 1);
        const TaxonomyTerm &term = s.taxonomyTerms.first();
        QCOMPARE(term.code, u"BH-1800.8500"_s);
        QCOMPARE(term.taxonomy, u"211 LA"_s); // from taxonomies.csv
        QCOMPARE(term.name, (LocalizedText{u"Shelters"_s, u"Refuges"_s}));
        QCOMPARE(b.quarantine.size(), 1);
    }

    void fileLanguageAndBareRecords()
    {
        QTemporaryDir tmp;
        const QString french = tmp.filePath(u"fr.json"_s);
        QFile f(french);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"language": "fr", "services": [
                     {"id": "a", "name": "Halte-garderie", "status": "active"}]})");
        f.close();
        const DirectoryBatch fr = mustRead(french);
        QCOMPARE(fr.services.first().name.fr, u"Halte-garderie"_s);
        QVERIFY(fr.services.first().name.en.isEmpty());

        // An array of services too bare to recognise by their fields is still services.
        const QString bare = tmp.filePath(u"bare.json"_s);
        QFile g(bare);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(R"([{"id": "b1", "name": "Bare one"}, {"id": "b2", "name": "Bare two"}])");
        g.close();
        const DirectoryBatch b = mustRead(bare);
        QCOMPARE(b.services.size(), 2);
        QVERIFY(b.fullSnapshot);
        QCOMPARE(b.services.first().status, u"active"_s);
        QVERIFY(hasEntry(b, u"b1"_s, u"status"_s, u"imported as active"_s));
    }

    // --- malformed input ----------------------------------------------------------------------

    void malformedJson_data()
    {
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("missing name") << u"svc-noname"_s << u"name"_s << u"required"_s;
        QTest::newRow("missing id") << u"services item 2"_s << u"id"_s << u"no id"_s;
        QTest::newRow("duplicate id") << u"svc-dup"_s << u"id"_s << u"already used"_s;
        QTest::newRow("unknown status") << u"svc-status"_s << u"status"_s
                                        << u"not one of active, inactive"_s;
        QTest::newRow("negative age") << u"svc-ages"_s << u"minimum_age"_s << u"negative"_s;
        QTest::newRow("age not a number") << u"svc-ages"_s << u"maximum_age"_s
                                          << u"not a number"_s;
        QTest::newRow("age order") << u"svc-order"_s << u"minimum_age"_s
                                   << u"greater than the maximum"_s;
        QTest::newRow("bad date") << u"svc-dates"_s << u"assured_date"_s << u"ISO 8601 date"_s;
        QTest::newRow("bad date-time") << u"svc-dates"_s << u"last_modified"_s
                                       << u"date and time"_s;
        QTest::newRow("list expected") << u"svc-types"_s << u"phones"_s << u"wrong type"_s;
        QTest::newRow("text expected") << u"svc-types"_s << u"description"_s << u"wrong type"_s;
        QTest::newRow("bad e-mail") << u"svc-types"_s << u"email"_s << u"not an e-mail"_s;
        QTest::newRow("dangling organization") << u"svc-org"_s << u"organization_id"_s
                                               << u"not in the file"_s;
        QTest::newRow("bad opens_at") << u"sch-time"_s << u"opens_at"_s << u"HH:MM"_s;
        QTest::newRow("bad closes_at") << u"sch-time"_s << u"closes_at"_s << u"HH:MM"_s;
        QTest::newRow("bad day") << u"sch-day"_s << u"byday"_s << u"\"XX\" is not a day"_s;
        QTest::newRow("bad month day 0") << u"sch-day"_s << u"bymonthday"_s << u"\"0\""_s;
        QTest::newRow("bad month day 40") << u"sch-day"_s << u"bymonthday"_s << u"\"40\""_s;
        QTest::newRow("yearly") << u"sch-yearly"_s << u"freq"_s << u"cannot be used"_s;
        QTest::newRow("offset") << u"sch-offset"_s << u"timezone"_s << u"not one used in Canada"_s;
        QTest::newRow("zone") << u"sch-zone"_s << u"timezone"_s << u"known time zone"_s;
        QTest::newRow("impossible date") << u"sch-date"_s << u"valid_from"_s
                                         << u"ISO 8601 date"_s;
        QTest::newRow("dangling location") << u"sal-x"_s << u"location_id"_s
                                           << u"not in the file"_s;
        QTest::newRow("latitude not a number") << u"loc-north"_s << u"latitude"_s
                                               << u"not a number"_s;
        QTest::newRow("latitude range") << u"loc-range"_s << u"latitude"_s
                                        << u"outside -90 to 90"_s;
        QTest::newRow("location type") << u"loc-range"_s << u"location_type"_s
                                       << u"not one of the allowed values"_s;
        QTest::newRow("confidential garbage") << u"addr-maybe"_s << u"confidential"_s
                                              << u"confidential to be safe"_s;
        QTest::newRow("phone without number") << u"ph-nonumber"_s << u"number"_s
                                              << u"required"_s;
        QTest::newRow("unknown term") << u"attr-1"_s << u"taxonomy_term_id"_s
                                      << u"not in the file"_s;
        QTest::newRow("negative amount") << u"cost-neg"_s << u"amount"_s << u"negative"_s;
    }

    void malformedJson()
    {
        QFETCH(QString, recordId);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        const DirectoryBatch b = mustRead(fixture(u"malformed.json"_s));
        QVERIFY2(hasEntry(b, recordId, field, phrase), qPrintable(dump(b)));
    }

    void malformedJsonKeepsWhatItCan()
    {
        const DirectoryBatch b = mustRead(fixture(u"malformed.json"_s));
        QVERIFY(!findService(b, u"svc-noname"_s));
        QCOMPARE(findService(b, u"svc-dup"_s)->name.en, u"First copy"_s);
        QCOMPARE(findService(b, u"svc-status"_s)->status, u"inactive"_s);
        QVERIFY(!findService(b, u"svc-ages"_s)->minimumAge);
        QVERIFY(!findService(b, u"svc-ages"_s)->maximumAge);
        QVERIFY(!findService(b, u"svc-order"_s)->minimumAge);
        QVERIFY(!findService(b, u"svc-dates"_s)->lastVerified.isValid());
        QVERIFY(findService(b, u"svc-types"_s)->description.isEmpty());
        QVERIFY(findService(b, u"svc-types"_s)->email.isEmpty());
        QVERIFY(findService(b, u"svc-org"_s)->organizationId.isEmpty());
        // 12 service objects: two unusable, one duplicate.
        QCOMPARE(b.services.size(), 9);

        const Service &sched = *findService(b, u"svc-sched"_s);
        const Schedule *time = findById(sched.schedules, u"sch-time"_s);
        QVERIFY(!time->opensAt.isValid() && !time->closesAt.isValid());
        QCOMPARE(findById(sched.schedules, u"sch-day"_s)->byday, QStringList{u"MO"_s});
        QCOMPARE(findById(sched.schedules, u"sch-day"_s)->bymonthday, QList<int>{15});
        const Schedule *yearly = findById(sched.schedules, u"sch-yearly"_s);
        QVERIFY(yearly->byday.isEmpty() && !yearly->opensAt.isValid());
        QCOMPARE(yearly->description.en, u"Once a year"_s);
        QVERIFY(findById(sched.schedules, u"sch-east"_s)->timeZone.isEmpty());
        QCOMPARE(findById(sched.schedules, u"sch-nl"_s)->timeZone, u"America/St_Johns"_s);
        QVERIFY(!hasEntry(b, u"sch-east"_s, u"timezone"_s, QString()));
        const Schedule *date = findById(sched.schedules, u"sch-date"_s);
        QVERIFY(!date->validFrom.isValid());
        QCOMPARE(date->closesAt, QTime(0, 0)); // 24:00 = midnight

        const Service &loc = *findService(b, u"svc-loc"_s);
        QCOMPARE(loc.locations.size(), 3); // sal-x dropped
        QVERIFY(!b.locations.value(u"loc-north"_s).hasCoordinates());
        QVERIFY(b.locations.value(u"loc-range"_s).locationType.isEmpty());
        QVERIFY(b.locations.value(u"loc-conf"_s).addresses.first().confidential);
        QVERIFY(loc.contacts.first().confidential);
        QVERIFY(loc.phones.isEmpty());
        QVERIFY(loc.taxonomyTerms.isEmpty());
        QVERIFY(!loc.costOptions.first().amount);
    }

    void malformedCsv_data()
    {
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("duplicate id") << u"s-1"_s << u"id"_s << u"already used"_s;
        QTest::newRow("missing name") << u"s-2"_s << u"name"_s << u"required"_s;
        QTest::newRow("negative age") << u"s-3"_s << u"minimum_age"_s << u"negative"_s;
        QTest::newRow("latitude") << u"l-2"_s << u"latitude"_s << u"not a number"_s;
        QTest::newRow("encoding") << u"l-3"_s << QString() << u"UTF-8"_s;
        QTest::newRow("dangling location") << u"sal-2"_s << u"location_id"_s
                                           << u"not in the file"_s;
        QTest::newRow("dangling service") << u"sal-3"_s << u"service_id"_s
                                          << u"not in the file"_s;
        QTest::newRow("phone of missing service") << u"p-2"_s << u"service_id"_s
                                                  << u"not in the file"_s;
        QTest::newRow("phone with no parent left") << u"p-2"_s << u"service_id"_s
                                                   << u"not linked"_s;
        QTest::newRow("phone of nobody") << u"p-3"_s << QString() << u"not linked"_s;
        QTest::newRow("phone without number") << u"p-4"_s << u"number"_s << u"required"_s;
        QTest::newRow("impossible date") << u"sc-1"_s << u"valid_from"_s << u"ISO 8601"_s;
    }

    void malformedCsv()
    {
        QFETCH(QString, recordId);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        const DirectoryBatch b = mustRead(fixture(u"malformed-csv"_s));
        QVERIFY2(hasEntry(b, recordId, field, phrase), qPrintable(dump(b)));
    }

    void malformedCsvKeepsWhatItCan()
    {
        const DirectoryBatch b = mustRead(fixture(u"malformed-csv"_s));
        QCOMPARE(b.services.size(), 2); // s-1 and s-3
        const Service &good = *findService(b, u"s-1"_s);
        QCOMPARE(good.name.en, u"Good Service"_s);
        QCOMPARE(good.locations.size(), 1);
        QCOMPARE(good.phones.size(), 1);
        QCOMPARE(good.schedules.first().byday, (QStringList{u"MO"_s, u"TU"_s}));
        QVERIFY(!findService(b, u"s-3"_s)->minimumAge);
        QCOMPARE(b.locations.size(), 2); // l-3 skipped
        QVERIFY(!b.locations.value(u"l-2"_s).hasCoordinates());
    }

    void fileErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("missing") << fixture(u"nothing-here.json"_s) << u"does not exist"_s;
        QTest::newRow("empty") << fixture(u"empty.json"_s) << u"is empty"_s;
        QTest::newRow("not JSON") << fixture(u"broken.json"_s) << u"line 5, column 1"_s;
        QTest::newRow("no usable service") << fixture(u"all-bad.json"_s)
                                           << u"None of the services"_s;
        QTest::newRow("no usable service in CSV") << fixture(u"bad-services-csv"_s)
                                                  << u"None of the services"_s;
        QTest::newRow("broken CSV") << fixture(u"broken-csv"_s) << u"services.csv"_s;
        QTest::newRow("no services table") << fixture(u"no-services"_s)
                                           << u"holds no HSDS services"_s;
    }

    void fileErrors()
    {
        QFETCH(QString, path);
        QFETCH(QString, phrase);
        const Result<DirectoryBatch> r = HsdsImporter::read(path);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(r.error().message.contains(phrase), qPrintable(r.error().message));
    }

    void cancellation()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(u"services.json"_s);
        writeServiceList(file, 1000);
        int calls = 0;
        const Result<DirectoryBatch> r = HsdsImporter::read(file, [&calls](qint64, qint64) {
            ++calls;
            return false;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 1);

        // A small package has fewer than 200 rows: the final report still lets one cancel.
        const Result<DirectoryBatch> package =
            HsdsImporter::read(fixture(u"legacy"_s), [](qint64, qint64) { return false; });
        QVERIFY(!package);
        QCOMPARE(package.error().code, ErrorCode::Cancelled);
    }

    // Not a timed test: prints the figure, fails only on wrong results.
    void throughput()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(u"services.json"_s);
        const int count = 20000;
        writeServiceList(file, count);
        QList<QPair<qint64, qint64>> reports;
        QElapsedTimer timer;
        timer.start();
        const Result<DirectoryBatch> r = HsdsImporter::read(file, [&](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        });
        const qint64 ms = std::max<qint64>(timer.elapsed(), 1);
        QVERIFY(r);
        QCOMPARE(r->services.size(), count);
        QCOMPARE(r->locations.size(), count);
        QVERIFY2(r->quarantine.isEmpty(), qPrintable(dump(*r)));
        QVERIFY(r->fullSnapshot);
        const Service &last = r->services.last();
        QCOMPARE(last.name.fr, u"Service %1 (fr)"_s.arg(count - 1));
        QCOMPARE(last.schedules.first().byday, (QStringList{u"MO"_s, u"TU"_s, u"WE"_s}));
        // Progress about every 200 records, never backwards, ending at total.
        QVERIFY(reports.size() >= count / 200);
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        for (const auto &[done, total] : std::as_const(reports))
            QVERIFY(done <= total);
        QCOMPARE(reports.last().first, reports.last().second);
        qInfo("HSDS JSON: %d services in %lld ms = %.0f services/s (%.1f MB)", count, ms,
              count * 1000.0 / double(ms), QFileInfo(file).size() / 1e6);
    }

private:
    static void writeServiceList(const QString &path, int count)
    {
        QJsonArray contents;
        for (int i = 0; i < count; ++i) {
            const QString n = QString::number(i);
            const QString org = QString::number(i % 500);
            const auto str = [](const QString &s) { return QJsonValue(s); };
            QJsonObject address;
            address.insert(u"id"_s, str(u"addr-"_s + n));
            address.insert(u"address_1"_s, str(n + u" Main Street"_s));
            address.insert(u"city"_s, u"Toronto"_s);
            address.insert(u"state_province"_s, u"ON"_s);
            address.insert(u"postal_code"_s, u"M5V 2T6"_s);
            address.insert(u"country"_s, u"CA"_s);
            address.insert(u"address_type"_s, u"physical"_s);
            QJsonObject location;
            location.insert(u"id"_s, str(u"loc-"_s + n));
            location.insert(u"location_type"_s, u"physical"_s);
            location.insert(u"name"_s, str(u"Site "_s + n));
            location.insert(u"latitude"_s, 43.0 + (i % 1000) / 1000.0);
            location.insert(u"longitude"_s, -79.0 - (i % 1000) / 1000.0);
            location.insert(u"addresses"_s, QJsonArray{address});
            QJsonObject organization;
            organization.insert(u"id"_s, str(u"org-"_s + org));
            organization.insert(u"name"_s, str(u"Organization "_s + org));
            organization.insert(u"description"_s, u"Generated."_s);
            QJsonObject phone;
            phone.insert(u"id"_s, str(u"ph-"_s + n));
            phone.insert(u"number"_s, u"416-555-0100"_s);
            phone.insert(u"type"_s, u"voice"_s);
            QJsonObject schedule;
            schedule.insert(u"id"_s, str(u"sch-"_s + n));
            schedule.insert(u"freq"_s, u"WEEKLY"_s);
            schedule.insert(u"byday"_s, u"MO,TU,WE"_s);
            schedule.insert(u"opens_at"_s, u"09:00"_s);
            schedule.insert(u"closes_at"_s, u"17:00"_s);
            QJsonObject sal;
            sal.insert(u"id"_s, str(u"sal-"_s + n));
            sal.insert(u"location"_s, location);
            QJsonObject service;
            service.insert(u"id"_s, str(u"svc-"_s + n));
            service.insert(u"name"_s, str(u"Service "_s + n));
            service.insert(u"name_fr"_s, u"Service %1 (fr)"_s.arg(i));
            service.insert(u"description"_s,
                           u"A generated service used to measure the importer."_s);
            service.insert(u"status"_s, u"active"_s);
            service.insert(u"organization"_s, organization);
            service.insert(u"phones"_s, QJsonArray{phone});
            service.insert(u"schedules"_s, QJsonArray{schedule});
            service.insert(u"service_at_locations"_s, QJsonArray{sal});
            contents.append(service);
        }
        QJsonObject root;
        root.insert(u"total_items"_s, count);
        root.insert(u"contents"_s, contents);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    }
};

QTEST_GUILESS_MAIN(tst_HsdsImporter)
#include "tst_hsdsimporter.moc"

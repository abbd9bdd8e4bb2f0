// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/demo/demodirectory.h"
#include "directory/export/hsdswriter.h"
#include "directory/importers/hsds/hsdsimporter.h"
#include "directory/store/servicerecord.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Nav;
using namespace Nav::Directory;
using namespace Qt::StringLiterals;

namespace {

const QDate referenceDate(2025, 6, 2);
constexpr int demoCount = 1500;
constexpr int benchCount = 10000;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// --- hand-made records --------------------------------------------------------------------------

Phone phone(const QString &id, const QString &number, const QString &type,
            const LocalizedText &description = {}, bool confidential = false,
            const QString &extension = {}, const QStringList &languages = {})
{
    Phone p;
    p.id = id;
    p.number = number;
    p.type = type;
    p.description = description;
    p.confidential = confidential;
    p.extension = extension;
    p.languages = languages;
    return p;
}

Schedule weekly(const QStringList &days, QTime opens, QTime closes, const QString &zone)
{
    Schedule s;
    s.freq = u"WEEKLY"_s;
    s.byday = days;
    s.opensAt = opens;
    s.closesAt = closes;
    s.timeZone = zone;
    return s;
}

// Every field of the model, with schedules of each kind and everything that can be confidential.
ServiceRecord handMadeFull()
{
    ServiceRecord r;
    Organization &org = r.organization;
    org.id = u"hm-org-1"_s;
    org.name = {u"Harbour Community Services"_s, u"Services communautaires du Port"_s};
    org.alternateName = u"HCS"_s;
    org.description = {u"A community agency on the harbour."_s,
                       u"Un organisme communautaire au bord du port."_s};
    org.email = u"info@harbour.example"_s;
    org.website = u"https://harbour.example"_s;
    org.status = u"active"_s;
    org.lastVerified = QDate(2025, 3, 1);
    org.phones = {phone(u"hm-ph-org"_s, u"+16135550101"_s, u"voice"_s,
                        {u"Reception"_s, u"Accueil"_s}, false, {}, {u"en"_s, u"fr"_s})};
    Contact director;
    director.id = u"hm-ct-org"_s;
    director.name = u"Jane Roe"_s;
    director.title = u"Director"_s;
    director.department = u"Administration"_s;
    director.email = u"jane@harbour.example"_s;
    director.phones = {phone(u"hm-ph-dir"_s, u"+16135550102"_s, u"cell"_s, {}, true)};
    director.confidential = true;
    org.contacts = {director};

    r.program = Program{u"hm-prg-1"_s, org.id, {u"Food security"_s, u"Sécurité alimentaire"_s},
                        {u"Everything about food."_s, u"Tout sur l'alimentation."_s}};

    Service &s = r.service;
    s.id = u"hm-svc-1"_s;
    s.organizationId = org.id;
    s.programId = u"hm-prg-1"_s;
    s.name = {u"Community Food Bank"_s, u"Banque alimentaire communautaire"_s};
    s.alternateName = {u"Food Bank"_s, u"Banque"_s};
    s.description = {u"Emergency groceries."_s, u"Épicerie d'urgence."_s};
    s.eligibility = {u"Residents of the harbour."_s, u"Résidents du port."_s};
    s.fees = {u"None."_s, u"Aucuns frais."_s};
    s.applicationProcess = {u"Walk in."_s, u"Sans rendez-vous."_s};
    s.interpretationServices = {u"On request."_s, u"Sur demande."_s};
    s.waitTime = {u"None."_s, u"Aucune."_s};
    s.url = u"https://harbour.example/food"_s;
    s.email = u"food@harbour.example"_s;
    s.status = u"temporarily closed"_s;
    s.minimumAge = 0;
    s.maximumAge = 120;
    s.lastVerified = QDate(2025, 5, 20);
    s.lastModified = QDateTime(QDate(2025, 5, 21), QTime(14, 30), QTimeZone::utc());
    s.assurer = u"qa@harbour.example"_s;
    s.accreditations = {u"Food Banks Canada"_s, u"Imagine Canada"_s};
    s.licenses = {u"Permit 42"_s};
    s.keywords = {u"groceries"_s, u"épicerie"_s, u"food, hampers"_s};
    s.alerts = {Alert{{u"Closed for renovations."_s, u"Fermé pour rénovations."_s}, {}, {}}};
    s.phones = {phone(u"hm-ph-1"_s, u"+16135550110"_s, u"voice"_s, {u"Intake"_s, u"Accueil"_s},
                      false, u"204"_s, {u"en"_s, u"fr"_s, u"ar"_s}),
                phone(u"hm-ph-2"_s, u"+16135550111"_s, u"fax"_s),
                phone(u"hm-ph-3"_s, u"+18005550112"_s, u"textphone"_s, {u"TTY"_s, u"ATS"_s}),
                phone(u"hm-ph-4"_s, u"+16135550113"_s, u"voice"_s, {u"Direct line"_s, {}}, true),
                phone(QString(), u"+16135550114"_s, u"voice"_s, {}, false, u"0042"_s),
                phone(QString(), u"+16135550115"_s, u"text"_s, {{}, u"Texto"_s}, false,
                      u"ext 5"_s)};
    Contact intake;
    intake.id = u"hm-ct-1"_s;
    intake.name = u"Intake desk"_s;
    intake.email = u"intake@harbour.example"_s;
    intake.phones = {phone(u"hm-ph-5"_s, u"+16135550120"_s, u"voice"_s)};
    Contact manager;
    manager.id = u"hm-ct-2"_s;
    manager.name = u"Sam Doe"_s;
    manager.title = u"Manager"_s;
    manager.phones = {phone(u"hm-ph-6"_s, u"+16135550121"_s, u"cell"_s, {}, true)};
    manager.confidential = true;
    s.contacts = {intake, manager};

    const QString toronto = u"America/Toronto"_s;
    Schedule regular = weekly({u"MO"_s, u"WE"_s, u"FR"_s}, QTime(9, 0), QTime(17, 0), toronto);
    regular.id = u"hm-sch-1"_s;
    regular.description = {u"Regular hours."_s, u"Heures normales."_s};
    Schedule overnight = weekly({u"SA"_s, u"SU"_s}, QTime(19, 0), QTime(8, 0), toronto);
    Schedule allDay = weekly({u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s},
                             QTime(0, 0), QTime(0, 0), toronto);
    Schedule monthly = weekly({u"2TU"_s, u"-1FR"_s}, QTime(18, 30), QTime(20, 30), toronto);
    monthly.freq = u"MONTHLY"_s;
    monthly.dtstart = QDate(2025, 1, 1);
    monthly.until = QDate(2026, 12, 31);
    monthly.count = 12;
    Schedule monthDays;
    monthDays.id = u"hm-sch-5"_s;
    monthDays.freq = u"MONTHLY"_s;
    monthDays.bymonthday = {1, 15, -1};
    monthDays.opensAt = QTime(10, 0);
    monthDays.closesAt = QTime(12, 0, 30);
    monthDays.timeZone = u"America/St_Johns"_s;
    Schedule textOnly;
    textOnly.description = {u"By appointment only."_s, u"Sur rendez-vous seulement."_s};
    textOnly.notes = u"Call ahead."_s;
    Schedule holiday;
    holiday.id = u"hm-sch-7"_s;
    holiday.validFrom = QDate(2025, 7, 1);
    holiday.validTo = QDate(2025, 7, 1);
    holiday.closed = true;
    holiday.description = {u"Closed on Canada Day."_s, u"Fermé le jour de la fête du Canada."_s};
    Schedule seasonal = weekly({u"TU"_s, u"TH"_s}, QTime(13, 0), QTime(16, 0),
                               u"America/Winnipeg"_s);
    seasonal.validFrom = QDate(2025, 12, 1);
    seasonal.validTo = QDate(2026, 3, 31);
    seasonal.interval = 2;
    Schedule noFreq;
    noFreq.byday = {u"SA"_s};
    noFreq.opensAt = QTime(10, 0);
    noFreq.closesAt = QTime(12, 0);
    s.schedules = {regular, overnight, allDay, monthly, monthDays, textOnly, holiday, seasonal,
                   noFreq};

    s.serviceAreas = {ServiceArea{u"hm-sa-1"_s, u"Ottawa"_s,
                                  {u"City of Ottawa"_s, u"Ville d'Ottawa"_s}, u"geojson"_s,
                                  u"{\"type\":\"Point\",\"coordinates\":[-75.69,45.42]}"_s,
                                  u"https://harbour.example/area"_s},
                      ServiceArea{QString(), u"Ontario"_s, {}, u"text"_s, QString(), QString()}};
    s.languages = {Language{u"en"_s, u"English"_s, QString()},
                   Language{u"fr"_s, u"French"_s, u"Service en français"_s},
                   Language{u"cr"_s, u"Cree"_s, u"By appointment"_s}};
    s.costOptions = {CostOption{u"hm-co-1"_s, QDate(2025, 1, 1), QDate(2025, 12, 31),
                                {u"Free"_s, u"Gratuit"_s}, u"CAD"_s, 0.0, {}},
                     CostOption{QString(), {}, {}, {u"Delivery"_s, u"Livraison"_s}, u"CAD"_s, 7.5,
                                {u"per delivery"_s, u"par livraison"_s}},
                     CostOption{u"hm-co-3"_s, {}, {}, {u"Donation"_s, u"Don"_s}, QString(),
                                std::nullopt,
                                {u"Pay what you can"_s, u"Contribution volontaire"_s}}};
    s.requiredDocuments = {
        RequiredDocument{u"hm-rd-1"_s, {u"Proof of address"_s, u"Preuve d'adresse"_s}, {}},
        RequiredDocument{u"hm-rd-2"_s, {}, u"https://harbour.example/form.pdf"_s}};
    s.taxonomyTerms = {TaxonomyTerm{u"hm-t-1"_s, u"BD-1800.2000"_s,
                                    {u"Food Pantries"_s, u"Banques alimentaires"_s},
                                    {u"Programs that give food."_s,
                                     u"Programmes qui donnent de la nourriture."_s},
                                    u"hm-t-0"_s, u"211 LA"_s,
                                    u"https://211taxonomy.example/BD-1800.2000"_s},
                       TaxonomyTerm{u"hm-t-2"_s, QString(), {{}, u"Dépannage alimentaire"_s}, {},
                                    QString(), u"local"_s, QString()}};
    s.capacities = {Capacity{u"hm-cap-1"_s, u"beds"_s, u"beds"_s, 3.0, 20.0,
                             {u"Beds for families"_s, u"Lits pour familles"_s},
                             QDateTime(QDate(2025, 6, 1), QTime(8, 15, 30, 250), QTimeZone::utc())},
                    Capacity{QString(), QString(), u"hampers"_s, 40.0, std::nullopt, {},
                             QDateTime(QDate(2025, 6, 1), QTime(9, 0),
                                       QTimeZone("America/Toronto"))}};

    Location main;
    main.id = u"hm-loc-1"_s;
    main.organizationId = org.id;
    main.locationType = u"physical"_s;
    main.name = {u"Harbour main office"_s, u"Bureau principal du Port"_s};
    main.description = {u"Ground floor."_s, u"Rez-de-chaussée."_s};
    main.transportation = u"Bus 7 stops at the door."_s;
    main.latitude = 45.42153;
    main.longitude = -75.69719;
    Address street;
    street.id = u"hm-ad-1"_s;
    street.type = u"physical"_s;
    street.attention = u"Intake"_s;
    street.address1 = u"100 Harbour Street"_s;
    street.address2 = u"Suite 200, Door B"_s;
    street.city = u"Ottawa"_s;
    street.region = u"Eastern Ontario"_s;
    street.province = u"ON"_s;
    street.postalCode = u"K1P 1A1"_s;
    street.country = u"CA"_s;
    Address mail = street;
    mail.id = u"hm-ad-2"_s;
    mail.type = u"postal"_s;
    mail.address1 = u"PO Box 12"_s;
    mail.address2.clear();
    mail.attention.clear();
    main.addresses = {street, mail};
    main.phones = {phone(u"hm-ph-7"_s, u"+16135550130"_s, u"voice"_s)};
    main.schedules = {holiday, regular};
    main.accessibility = {Accessibility{u"hm-acc-1"_s, QString(), {u"Ramp"_s, u"Rampe"_s},
                                        u"At the side door."_s, u"https://harbour.example/a"_s},
                          Accessibility{QString(), u"FULLACCESSIBLE"_s,
                                        {u"Fully Accessible"_s, u"Entièrement accessible"_s},
                                        QString(), QString()}};
    main.languages = {Language{u"en"_s, u"English"_s, QString()},
                      Language{u"fr"_s, QString(), QString()}};

    Location shelter;
    shelter.id = u"hm-loc-2"_s;
    shelter.organizationId = org.id;
    shelter.locationType = u"physical"_s;
    shelter.name = {u"Safe house"_s, u"Maison d'hébergement"_s};
    shelter.latitude = 45.4215;
    shelter.longitude = -75.6972;
    shelter.confidential = true;
    Address hidden;
    hidden.id = u"hm-ad-3"_s;
    hidden.type = u"physical"_s;
    hidden.address1 = u"1 Hidden Lane"_s;
    hidden.city = u"Ottawa"_s;
    hidden.province = u"ON"_s;
    hidden.postalCode = u"K1A 0A1"_s;
    hidden.country = u"CA"_s;
    hidden.confidential = true;
    shelter.addresses = {hidden};
    shelter.phones = {phone(u"hm-ph-8"_s, u"+16135550140"_s, u"voice"_s, {}, true)};

    Location online;
    online.id = u"hm-loc-3"_s;
    online.organizationId = org.id;
    online.locationType = u"virtual"_s;
    online.name = {{}, u"Service en ligne"_s};
    Address web;
    web.type = u"virtual"_s;
    web.country = u"CA"_s;
    online.addresses = {web};
    r.locations = {main, shelter, online};

    ServiceAtLocation atMain;
    atMain.id = u"hm-sal-1"_s;
    atMain.locationId = main.id;
    atMain.description = {u"Pick-up at the side door."_s, u"Cueillette à la porte de côté."_s};
    atMain.phones = {phone(u"hm-ph-9"_s, u"+16135550150"_s, u"voice"_s),
                     phone(u"hm-ph-10"_s, u"+16135550151"_s, u"voice"_s, {}, true)};
    atMain.schedules = {regular};
    Contact onSite;
    onSite.id = u"hm-ct-3"_s;
    onSite.name = u"Site lead"_s;
    onSite.confidential = true;
    atMain.contacts = {onSite};
    ServiceAtLocation atShelter;
    atShelter.id = u"hm-sal-2"_s;
    atShelter.locationId = shelter.id;
    ServiceAtLocation atHome;
    atHome.locationId = online.id; // no id: the importer keeps it anyway
    s.locations = {atMain, atShelter, atHome};
    return r;
}

// A French-only service (written in French) with an English organization and location name.
ServiceRecord handMadeFrench()
{
    ServiceRecord r;
    r.organization.id = u"hm-org-2"_s;
    r.organization.name = {u"Family Centre"_s, u"Centre de la famille"_s};
    r.organization.description = {{}, u"Pour les familles."_s};
    r.program = Program{u"hm-prg-2"_s, u"hm-org-2"_s, {{}, u"Petite enfance"_s},
                        {u"Early years"_s, {}}};
    Service &s = r.service;
    s.id = u"hm-svc-2"_s;
    s.organizationId = u"hm-org-2"_s;
    s.programId = u"hm-prg-2"_s;
    s.name = {{}, u"Halte-garderie"_s};
    s.description = {u"Drop-in daycare."_s, u"Halte-garderie pour les parents."_s};
    s.eligibility = {{}, u"Parents d'enfants de 0 à 5 ans."_s};
    s.status = u"active"_s;
    s.accreditations = {u"Ministère de la Famille"_s};
    s.alerts = {Alert{{u"Closed on %1."_s, u"Fermé le %1."_s}, QDate(2025, 6, 1),
                      QDate(2025, 6, 30)},
                Alert{{{}, u"Nouvelle adresse dès juillet."_s}, {}, QDate(2025, 8, 1)}};
    s.phones = {phone(u"hm-ph-20"_s, u"+15145550160"_s, u"voice"_s,
                      {u"Main line"_s, u"Ligne principale"_s}, false, {}, {u"fr"_s})};
    Schedule morning = weekly({u"MO"_s, u"TU"_s}, QTime(8, 0), QTime(12, 0),
                              u"America/Toronto"_s);
    morning.description = {u"Mornings."_s, u"Le matin."_s};
    s.schedules = {morning};
    s.taxonomyTerms = {TaxonomyTerm{u"hm-t-3"_s, u"PH-1250"_s, {u"Day care"_s, u"Garderie"_s}, {},
                                    QString(), u"211 LA"_s, QString()}};
    Location office;
    office.id = u"hm-loc-4"_s;
    office.organizationId = u"hm-org-2"_s;
    office.locationType = u"physical"_s;
    office.name = {u"Main office"_s, {}};
    office.latitude = 45.5;
    office.longitude = -73.5667;
    Address a;
    a.id = u"hm-ad-4"_s;
    a.type = u"physical"_s;
    a.address1 = u"12, rue Principale"_s;
    a.city = u"Montréal"_s;
    a.province = u"QC"_s;
    a.postalCode = u"H2X 1Y4"_s;
    a.country = u"CA"_s;
    office.addresses = {a};
    office.accessibility = {Accessibility{u"hm-acc-2"_s, QString(), {{}, u"Ascenseur"_s},
                                          QString(), QString()}};
    r.locations = {office};
    ServiceAtLocation sal;
    sal.id = u"hm-sal-3"_s;
    sal.locationId = office.id;
    sal.description = {u"Ask at the desk."_s, u"Demandez à l'accueil."_s};
    s.locations = {sal};
    return r;
}

// English service, French-only organization without a description, empty status and address
// type.
ServiceRecord handMadeFrenchOrganization()
{
    ServiceRecord r;
    r.organization.id = u"hm-org-3"_s;
    r.organization.name = {{}, u"Centre d'entraide"_s};
    Service &s = r.service;
    s.id = u"hm-svc-3"_s;
    s.organizationId = u"hm-org-3"_s;
    s.name = {u"Tax clinic"_s, {}};
    s.status.clear();
    Location l;
    l.id = u"hm-loc-5"_s;
    l.organizationId = u"hm-org-3"_s;
    Address a;
    a.address1 = u"5 Main Street"_s;
    a.city = u"Cornwall"_s;
    a.province = u"ON"_s;
    a.country = u"CA"_s;
    l.addresses = {a};
    r.locations = {l};
    ServiceAtLocation sal;
    sal.id = u"hm-sal-4"_s;
    sal.locationId = l.id;
    s.locations = {sal};
    return r;
}

// The bare minimum: no organization, no location.
ServiceRecord handMadeBare()
{
    ServiceRecord r;
    r.service.id = u"hm-svc-4"_s;
    r.service.name = {u"Help line"_s, u"Ligne d'aide"_s};
    r.service.status = u"inactive"_s;
    return r;
}

// What HsdsImporter gives back for `r`: the fields listed in hsdswriter.h as not round-tripping.
ServiceRecord expectedAfterImport(ServiceRecord r)
{
    if (r.service.status.isEmpty())
        r.service.status = u"active"_s;
    for (Location &l : r.locations) {
        for (Address &a : l.addresses) {
            if (a.type.isEmpty())
                a.type = u"physical"_s;
        }
    }
    return r;
}

// --- comparison ---------------------------------------------------------------------------------

QString jsonDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.type() != b.type())
        return path + u": type differs"_s;
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        QStringList keys = x.keys() + y.keys();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            const QString d = jsonDifference(x.value(k), y.value(k), path + u'.' + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return path + u": %1 items instead of %2"_s.arg(y.size()).arg(x.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            const QString d = jsonDifference(x.at(i), y.at(i), path + u"[%1]"_s.arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a != b) {
        return path + u": \"%1\" became \"%2\""_s.arg(
                   QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)),
                   QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact)));
    }
    return {};
}

// Where two records differ, in words (empty when they are equal).
QString difference(const ServiceRecord &expected, const ServiceRecord &actual)
{
    if (expected == actual)
        return {};
    const QString json = jsonDifference(HsdsWriter::service(expected),
                                        HsdsWriter::service(actual), u"service"_s);
    if (!json.isEmpty())
        return json;
    // Equal JSON: a field the writer does not write, or a non-JSON difference.
    const Service &x = expected.service;
    const Service &y = actual.service;
    if (!(x.alerts == y.alerts))
        return u"service.alerts"_s;
    if (!(expected.organization == actual.organization))
        return u"organization"_s;
    if (!(expected.program == actual.program))
        return u"program"_s;
    if (!(expected.locations == actual.locations))
        return u"locations"_s;
    return u"service (a field with the same JSON)"_s;
}

// --- JSON walks ---------------------------------------------------------------------------------

bool hasArray(const QJsonValue &v)
{
    if (v.isArray())
        return true;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (hasArray(it.value()))
                return true;
        }
    }
    return false;
}

bool hasKey(const QJsonValue &v, const QString &key)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), [&](const QJsonValue &e) { return hasKey(e, key); });
    }
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (o.contains(key))
        return true;
    return std::any_of(o.begin(), o.end(), [&](const QJsonValue &e) { return hasKey(e, key); });
}

QJsonValue at(const QJsonObject &root, const QStringList &path)
{
    QJsonValue v = root;
    for (const QString &step : path) {
        bool isIndex = false;
        const int i = step.toInt(&isIndex);
        v = isIndex ? v.toArray().at(i) : v.toObject().value(step);
    }
    return v;
}

// Checks objects against the HSDS 3.0 schema files: required properties present, present
// properties of the declared type and, for enumerations, of an allowed value.
class SchemaCheck
{
public:
    bool load(const QString &dir, const QString &additions)
    {
        const auto read = [this](const QString &path, const QString &name) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            m_schemas.insert(name, QJsonDocument::fromJson(f.readAll()).object());
            return !m_schemas.value(name).isEmpty();
        };
        for (const char *name : {"service", "organization", "program", "location", "address",
                                 "phone", "schedule", "contact", "language", "accessibility",
                                 "service_area", "cost_option", "required_document",
                                 "attribute", "taxonomy_term", "service_at_location"}) {
            const QString n = QString::fromLatin1(name);
            if (!read(dir + u'/' + n + u".json"_s, n + u".json"_s))
                return false;
        }
        return read(additions + u"/service_capacity.json"_s, u"service_capacity.json"_s)
               && read(additions + u"/unit.json"_s, u"unit.json"_s);
    }

    void check(const QJsonObject &o, const QString &schemaName, const QString &path)
    {
        const QJsonObject schema = m_schemas.value(schemaName);
        ++m_counts[schemaName];
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (const QJsonValue &req : schema.value(u"required"_s).toArray()) {
            if (!o.contains(req.toString()))
                m_errors << u"%1: required %2 missing"_s.arg(path, req.toString());
        }
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            const QString where = path + u'.' + key;
            QJsonObject prop = props.value(key).toObject();
            // Extensions (see hsdswriter.h): capacities, the 3.1 service_capacity.
            if (prop.isEmpty() && schemaName == u"service.json"_s && key == u"capacities"_s) {
                const QJsonObject items{{u"$ref"_s, u"service_capacity.json"_s}};
                prop = QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, items}};
            }
            if (prop.isEmpty())
                continue;
            checkType(it.value(), prop, schemaName + u'.' + key, where);
            const QString ref = prop.value(u"$ref"_s).toString();
            const QString itemRef = prop.value(u"items"_s).toObject().value(u"$ref"_s).toString();
            if (!ref.isEmpty() && it.value().isObject()) {
                check(it.value().toObject(), ref, where);
            } else if (!itemRef.isEmpty() && it.value().isArray()) {
                const QJsonArray a = it.value().toArray();
                for (qsizetype i = 0; i < a.size(); ++i)
                    check(a.at(i).toObject(), itemRef, where + u"[%1]"_s.arg(i));
            }
        }
    }

    QStringList errors() const { return m_errors; }
    int count(const QString &schemaName) const { return m_counts.value(schemaName); }

private:
    void checkType(const QJsonValue &v, const QJsonObject &prop, const QString &property,
                   const QString &where)
    {
        // The documented deviations of hsdswriter.h.
        static const QHash<QString, QJsonValue::Type> allowed = {
            {u"schedule.json.timezone"_s, QJsonValue::String},
            {u"phone.json.extension"_s, QJsonValue::String},
            {u"service.json.accreditations"_s, QJsonValue::Array},
            {u"service.json.licenses"_s, QJsonValue::Array},
        };
        const QString type = prop.value(u"type"_s).toString();
        QJsonValue::Type expected = QJsonValue::Object;
        if (type == u"string"_s)
            expected = QJsonValue::String;
        else if (type == u"number"_s || type == u"integer"_s)
            expected = QJsonValue::Double;
        else if (type == u"array"_s)
            expected = QJsonValue::Array;
        else if (type == u"boolean"_s)
            expected = QJsonValue::Bool;
        const auto deviation = allowed.constFind(property);
        if (v.type() != expected
            && !(deviation != allowed.cend() && v.type() == deviation.value())) {
            m_errors << u"%1: not of type %2"_s.arg(where, type.isEmpty() ? u"object"_s : type);
        }
        const QJsonArray values = prop.value(u"enum"_s).toArray();
        // A location type the source did not give is written empty (hsdswriter.h).
        const bool unknownType = property == u"location.json.location_type"_s && v == u""_s;
        if (!values.isEmpty() && !values.contains(v) && !unknownType)
            m_errors << u"%1: \"%2\" is not an allowed value"_s.arg(where, v.toString());
    }

    QHash<QString, QJsonObject> m_schemas;
    QHash<QString, int> m_counts;
    QStringList m_errors;
};

} // namespace

class tst_HsdsWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = DemoDirectory::generate(demoCount, 211, referenceDate);
        QCOMPARE(m_demo.services.size(), demoCount);
        for (const Service &s : std::as_const(m_demo.services))
            m_records << makeRecord(s, m_demo);
        m_handMade = {handMadeFull(), handMadeFrench(), handMadeFrenchOrganization(),
                      handMadeBare()};
        m_records += m_handMade;

        // The demo has the cases this test is about.
        const auto count = [this](auto predicate) {
            return std::count_if(m_records.cbegin(), m_records.cend(), predicate);
        };
        QVERIFY(count([](const ServiceRecord &r) { return r.service.name.en.isEmpty(); }) > 5);
        QVERIFY(count([](const ServiceRecord &r) { return r.organization.name.en.isEmpty(); }) > 5);
        QVERIFY(count([](const ServiceRecord &r) { return !(redactConfidential(r) == r); }) > 1);
        QVERIFY(count([](const ServiceRecord &r) { return !r.service.capacities.isEmpty(); }) > 5);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("redacted");
        QTest::newRow("array") << u"array"_s << false;
        QTest::newRow("list response") << u"list"_s << false;
        QTest::newRow("list response, redacted") << u"list"_s << true;
    }

    // Written, read back with HsdsImporter, rebuilt with makeRecord: the same records.
    void roundTrip()
    {
        QFETCH(QString, form);
        QFETCH(bool, redacted);
        QList<ServiceRecord> originals;
        QJsonArray contents;
        for (const ServiceRecord &r : std::as_const(m_records)) {
            originals << (redacted ? redactConfidential(r) : r);
            contents.append(HsdsWriter::service(originals.last()));
        }
        QByteArray bytes;
        if (form == u"array"_s) {
            bytes = QJsonDocument(contents).toJson(QJsonDocument::Compact);
        } else {
            const QJsonObject page{{u"total_items"_s, contents.size()}, {u"total_pages"_s, 1},
                                   {u"page_number"_s, 1}, {u"size"_s, contents.size()},
                                   {u"first_page"_s, true}, {u"last_page"_s, true},
                                   {u"empty"_s, false}, {u"contents"_s, contents}};
            bytes = QJsonDocument(page).toJson(QJsonDocument::Compact);
        }
        if (redacted)
            QVERIFY(!bytes.contains("\"confidential\""));
        const QString path = m_dir.filePath(u"services-%1-%2.json"_s.arg(form).arg(redacted));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        QElapsedTimer timer;
        timer.start();
        const Result<DirectoryBatch> batch = HsdsImporter::read(path);
        const qint64 importMs = timer.elapsed();
        QVERIFY2(batch.has_value(), qPrintable(batch ? QString() : batch.error().message));
        QVERIFY(batch->fullSnapshot);
        QCOMPARE(batch->services.size(), originals.size());

        // The only notes: children the model keeps without an id.
        int noId = 0;
        for (const QuarantineEntry &e : batch->quarantine) {
            const QString entry = u"%1 %2 %3: %4"_s.arg(e.recordType, e.recordId, e.field,
                                                          e.reason);
            QVERIFY2(e.field == u"id"_s, qPrintable(entry));
            ++noId;
        }
        qInfo("%s: %lld records, %.1f MB, read back in %lld ms; %d children without id noted",
              qPrintable(form), qlonglong(originals.size()), double(bytes.size()) / 1e6, importMs,
              noId);

        QHash<QString, const Service *> byId;
        for (const Service &s : batch->services)
            byId.insert(s.id, &s);
        int failures = 0;
        for (const ServiceRecord &original : std::as_const(originals)) {
            const Service *s = byId.value(original.service.id);
            QVERIFY2(s, qPrintable(original.service.id));
            const QString d = difference(expectedAfterImport(original), makeRecord(*s, *batch));
            if (!d.isEmpty() && ++failures <= 10)
                qWarning("%s: %s", qPrintable(original.service.id), qPrintable(d));
        }
        QCOMPARE(failures, 0);
    }

    // The writer's output for the hand-made record, checked field by field where the round trip
    // cannot tell (JSON shape, extensions, the language convention).
    void shape()
    {
        const QJsonObject full = HsdsWriter::service(m_handMade.at(0));
        QCOMPARE(full.value(u"name"_s).toString(), u"Community Food Bank"_s);
        QCOMPARE(full.value(u"name_fr"_s).toString(), u"Banque alimentaire communautaire"_s);
        QVERIFY(!full.contains(u"language"_s));
        QVERIFY(!full.contains(u"name_en"_s));
        QCOMPARE(full.value(u"status"_s).toString(), u"temporarily closed"_s);
        QCOMPARE(full.value(u"assurer_email"_s).toString(), u"qa@harbour.example"_s);
        QCOMPARE(full.value(u"accreditations"_s).toArray().size(), 2);
        QCOMPARE(full.value(u"licenses"_s).toString(), u"Permit 42"_s);
        QCOMPARE(full.value(u"minimum_age"_s).toInt(-1), 0);
        QCOMPARE(full.value(u"last_modified"_s).toString(), u"2025-05-21T14:30:00Z"_s);
        QCOMPARE(full.value(u"assured_date"_s).toString(), u"2025-05-20"_s);
        QCOMPARE(at(full, {u"organization"_s, u"id"_s}).toString(), u"hm-org-1"_s);
        QCOMPARE(at(full, {u"program"_s, u"id"_s}).toString(), u"hm-prg-1"_s);
        QCOMPARE(at(full, {u"phones"_s, u"0"_s, u"extension"_s}).toDouble(), 204.0);
        QCOMPARE(at(full, {u"phones"_s, u"4"_s, u"extension"_s}).toString(), u"0042"_s);
        QCOMPARE(at(full, {u"phones"_s, u"4"_s, u"id"_s}), QJsonValue(u""_s));
        QCOMPARE(at(full, {u"phones"_s, u"0"_s, u"languages"_s, u"2"_s, u"code"_s}).toString(),
                 u"ar"_s);
        QCOMPARE(at(full, {u"schedules"_s, u"3"_s, u"byday"_s}).toString(), u"2TU,-1FR"_s);
        QCOMPARE(at(full, {u"schedules"_s, u"4"_s, u"bymonthday"_s}).toString(), u"1,15,-1"_s);
        QCOMPARE(at(full, {u"schedules"_s, u"4"_s, u"closes_at"_s}).toString(), u"12:00:30"_s);
        QCOMPARE(at(full, {u"schedules"_s, u"4"_s, u"timezone"_s}).toString(),
                 u"America/St_Johns"_s);
        QCOMPARE(at(full, {u"schedules"_s, u"6"_s, u"closed"_s}), QJsonValue(true));
        QCOMPARE(at(full, {u"attributes"_s, u"0"_s, u"taxonomy_term"_s, u"code"_s}).toString(),
                 u"BD-1800.2000"_s);
        QCOMPARE(at(full, {u"attributes"_s, u"0"_s, u"taxonomy_term_id"_s}).toString(),
                 u"hm-t-1"_s);
        QCOMPARE(at(full, {u"capacities"_s, u"0"_s, u"unit"_s, u"name"_s}).toString(), u"beds"_s);
        QCOMPARE(at(full, {u"capacities"_s, u"0"_s, u"updated"_s}).toString(),
                 u"2025-06-01T08:15:30.250Z"_s);
        QCOMPARE(at(full, {u"capacities"_s, u"1"_s, u"updated"_s}).toString(),
                 u"2025-06-01T13:00:00Z"_s);
        QCOMPARE(at(full, {u"service_at_locations"_s, u"0"_s, u"location"_s, u"latitude"_s})
                     .toDouble(),
                 45.42153);
        QCOMPARE(at(full, {u"service_at_locations"_s, u"0"_s, u"location"_s, u"accessibility"_s,
                           u"1"_s, u"code"_s})
                     .toString(),
                 u"FULLACCESSIBLE"_s);

        // Confidential objects say so; the others do not carry the flag.
        const QList<QStringList> confidential = {
            {u"phones"_s, u"3"_s},
            {u"contacts"_s, u"1"_s},
            {u"contacts"_s, u"1"_s, u"phones"_s, u"0"_s},
            {u"organization"_s, u"contacts"_s, u"0"_s},
            {u"organization"_s, u"contacts"_s, u"0"_s, u"phones"_s, u"0"_s},
            {u"service_at_locations"_s, u"0"_s, u"phones"_s, u"1"_s},
            {u"service_at_locations"_s, u"0"_s, u"contacts"_s, u"0"_s},
            {u"service_at_locations"_s, u"1"_s, u"location"_s},
            {u"service_at_locations"_s, u"1"_s, u"location"_s, u"addresses"_s, u"0"_s},
            {u"service_at_locations"_s, u"1"_s, u"location"_s, u"phones"_s, u"0"_s},
        };
        for (const QStringList &path : confidential) {
            QVERIFY2(at(full, path).toObject().value(u"confidential"_s) == QJsonValue(true),
                     qPrintable(path.join(u'.')));
        }
        QVERIFY(!at(full, {u"phones"_s, u"0"_s}).toObject().contains(u"confidential"_s));
        QVERIFY(!at(full, {u"service_at_locations"_s, u"0"_s, u"location"_s})
                     .toObject()
                     .contains(u"confidential"_s));
        // The writer does not redact.
        QCOMPARE(at(full, {u"service_at_locations"_s, u"1"_s, u"location"_s, u"addresses"_s,
                           u"0"_s, u"address_1"_s})
                     .toString(),
                 u"1 Hidden Lane"_s);
        QVERIFY(!hasKey(HsdsWriter::service(redactConfidential(m_handMade.at(0))),
                        u"confidential"_s));

        // French-only names: written in French, English in _en siblings, nested objects
        // switching back.
        const QJsonObject french = HsdsWriter::service(m_handMade.at(1));
        QCOMPARE(french.value(u"language"_s).toString(), u"fr"_s);
        QCOMPARE(french.value(u"name"_s).toString(), u"Halte-garderie"_s);
        QCOMPARE(french.value(u"name_fr"_s).toString(), u"Halte-garderie"_s);
        QVERIFY(!french.contains(u"name_en"_s));
        QCOMPARE(french.value(u"description"_s).toString(), u"Halte-garderie pour les parents."_s);
        QCOMPARE(french.value(u"description_en"_s).toString(), u"Drop-in daycare."_s);
        QCOMPARE(at(french, {u"organization"_s, u"language"_s}).toString(), u"en"_s);
        QCOMPARE(at(french, {u"organization"_s, u"name"_s}).toString(), u"Family Centre"_s);
        QCOMPARE(at(french, {u"organization"_s, u"description"_s}).toString(), QString());
        QVERIFY(!at(french, {u"program"_s}).toObject().contains(u"language"_s));
        QCOMPARE(at(french, {u"program"_s, u"description_en"_s}).toString(), u"Early years"_s);
        QCOMPARE(at(french, {u"program"_s, u"description"_s}).toString(), QString());
        QCOMPARE(at(french, {u"attributes"_s, u"0"_s, u"taxonomy_term"_s, u"language"_s})
                     .toString(),
                 u"en"_s);
        QCOMPARE(at(french, {u"phones"_s, u"0"_s, u"description"_s}).toString(),
                 u"Ligne principale"_s);
        QCOMPARE(at(french, {u"service_at_locations"_s, u"0"_s, u"location"_s, u"name_en"_s})
                     .toString(),
                 u"Main office"_s);
        QCOMPARE(french.value(u"alerts"_s).toArray().size(), 2);
        QCOMPARE(at(french, {u"alerts"_s, u"1"_s, u"expires"_s}).toString(), u"2025-08-01"_s);

        const QJsonObject frenchOrg = HsdsWriter::service(m_handMade.at(2));
        QVERIFY(!frenchOrg.contains(u"language"_s));
        QCOMPARE(frenchOrg.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(at(frenchOrg, {u"organization"_s, u"language"_s}).toString(), u"fr"_s);
        QCOMPARE(at(frenchOrg, {u"organization"_s, u"name"_s}).toString(), u"Centre d'entraide"_s);
        QCOMPARE(at(frenchOrg, {u"service_at_locations"_s, u"0"_s, u"location"_s, u"addresses"_s,
                                u"0"_s, u"address_type"_s})
                     .toString(),
                 u"physical"_s);

        const QJsonObject bare = HsdsWriter::service(m_handMade.at(3));
        QVERIFY(!bare.contains(u"organization"_s));
        QVERIFY(!hasArray(bare));

        // The standalone forms are the nested ones.
        QCOMPARE(HsdsWriter::organization(m_handMade.at(0).organization),
                 full.value(u"organization"_s).toObject());
        QCOMPARE(HsdsWriter::location(m_handMade.at(0).locations.at(1)),
                 at(full, {u"service_at_locations"_s, u"1"_s, u"location"_s}).toObject());
        QCOMPARE(HsdsWriter::organization(m_handMade.at(2).organization),
                 frenchOrg.value(u"organization"_s).toObject());
    }

    // Same record, same bytes: twice, from a copy that went through the store's encoding, from
    // a second generation of the same demo directory, and after a parse.
    void deterministic()
    {
        const DirectoryBatch again = DemoDirectory::generate(demoCount, 211, referenceDate);
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const ServiceRecord &r = m_records.at(i);
            const QByteArray bytes = compact(HsdsWriter::service(r));
            QCOMPARE(compact(HsdsWriter::service(r)), bytes);
            const Result<ServiceRecord> decoded = decodeRecord(encodeRecord(r));
            QVERIFY(decoded.has_value());
            QCOMPARE(compact(HsdsWriter::service(*decoded)), bytes);
            QCOMPARE(QJsonDocument::fromJson(bytes).toJson(QJsonDocument::Compact), bytes);
            if (i < again.services.size())
                QCOMPARE(compact(HsdsWriter::service(makeRecord(again.services.at(i), again))),
                         bytes);
            QCOMPARE(compact(HsdsWriter::serviceMinimal(r)),
                     compact(HsdsWriter::serviceMinimal(*decoded)));
        }
    }

    void minimal()
    {
        static const QSet<QString> allowed = {u"id"_s, u"name"_s, u"name_fr"_s, u"name_en"_s,
                                              u"alternate_name"_s, u"alternate_name_fr"_s,
                                              u"alternate_name_en"_s, u"description"_s,
                                              u"description_fr"_s, u"description_en"_s,
                                              u"url"_s, u"email"_s, u"status"_s, u"language"_s,
                                              u"organization_id"_s, u"organization"_s};
        static const QSet<QString> organizationKeys = {u"id"_s, u"name"_s, u"name_fr"_s,
                                                       u"name_en"_s, u"language"_s};
        QJsonArray contents;
        for (const ServiceRecord &r : std::as_const(m_records)) {
            const QJsonObject m = HsdsWriter::serviceMinimal(r);
            QVERIFY2(!hasArray(m), qPrintable(r.service.id));
            for (const QString &key : m.keys())
                QVERIFY2(allowed.contains(key), qPrintable(key));
            for (const char *key : {"id", "name", "status"})
                QVERIFY(m.contains(QLatin1StringView(key)));
            if (!r.organization.id.isEmpty()) {
                const QJsonObject org = m.value(u"organization"_s).toObject();
                QCOMPARE(org.value(u"id"_s).toString(), r.organization.id);
                for (const QString &key : org.keys())
                    QVERIFY2(organizationKeys.contains(key), qPrintable(key));
            }
            contents.append(m);
        }
        // Read back: the head of every service.
        const QString path = m_dir.filePath(u"minimal.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(contents).toJson(QJsonDocument::Compact));
        file.close();
        const Result<DirectoryBatch> batch = HsdsImporter::read(path);
        QVERIFY(batch.has_value());
        QCOMPARE(batch->services.size(), m_records.size());
        for (qsizetype i = 0; i < m_records.size(); ++i) {
            const ServiceRecord expected = expectedAfterImport(m_records.at(i));
            const Service &x = expected.service;
            const Service &y = batch->services.at(i);
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.name, x.name);
            QCOMPARE(y.alternateName, x.alternateName);
            QCOMPARE(y.description, x.description);
            QCOMPARE(y.url, x.url);
            QCOMPARE(y.email, x.email);
            QCOMPARE(y.status, x.status);
            QCOMPARE(y.organizationId, x.organizationId);
            QCOMPARE(batch->organizations.value(y.organizationId).name,
                     m_records.at(i).organization.name);
        }
    }

    // Every object written carries the properties the HSDS 3.0 schema requires, with the
    // declared types (but for the deviations documented in hsdswriter.h).
    void schemaRequired()
    {
        const QString base = qEnvironmentVariable("NAV_SOURCE_DIR")
                             + u"/../shared/reference/hsds-3.0"_s;
        SchemaCheck schema;
        if (!schema.load(base + u"/schema"_s, base + u"/schema-3.1-additions"_s))
            QSKIP("The HSDS 3.0 schema files are not beside the source tree.");
        for (qsizetype i = 0; i < m_records.size(); i += (i < 300 ? 1 : 7)) {
            schema.check(HsdsWriter::service(m_records.at(i)), u"service.json"_s,
                         m_records.at(i).service.id);
            schema.check(HsdsWriter::service(redactConfidential(m_records.at(i))),
                         u"service.json"_s, m_records.at(i).service.id + u" (redacted)"_s);
        }
        for (const ServiceRecord &r : std::as_const(m_handMade)) {
            schema.check(HsdsWriter::organization(r.organization), u"organization.json"_s,
                         r.organization.id);
            for (const Location &l : r.locations)
                schema.check(HsdsWriter::location(l), u"location.json"_s, l.id);
        }
        const QStringList errors = schema.errors();
        for (qsizetype i = 0; i < std::min<qsizetype>(errors.size(), 20); ++i)
            qWarning("%s", qPrintable(errors.at(i)));
        QCOMPARE(errors.size(), 0);
        for (const char *name : {"service", "organization", "program", "location", "address",
                                 "phone", "schedule", "contact", "language", "accessibility",
                                 "service_area", "cost_option", "required_document",
                                 "attribute", "taxonomy_term", "service_at_location",
                                 "service_capacity", "unit"}) {
            const QString file = QString::fromLatin1(name) + u".json"_s;
            QVERIFY2(schema.count(file) > 0, name);
        }
        qInfo("schema: %d services, %d locations, %d phones, %d schedules checked",
              schema.count(u"service.json"_s), schema.count(u"location.json"_s),
              schema.count(u"phone.json"_s), schema.count(u"schedule.json"_s));
    }

    // The server writes every service at import time: full, redacted and minimal documents.
    void writeTenThousand()
    {
        QElapsedTimer timer;
        timer.start();
        const DirectoryBatch batch = DemoDirectory::generate(benchCount, 211, referenceDate);
        QList<ServiceRecord> records;
        records.reserve(batch.services.size());
        for (const Service &s : batch.services)
            records << makeRecord(s, batch);
        const qint64 generateMs = timer.elapsed();

        timer.restart();
        qint64 bytes = 0;
        for (const ServiceRecord &r : std::as_const(records))
            bytes += compact(HsdsWriter::service(r)).size();
        const qint64 fullMs = timer.elapsed();

        timer.restart();
        qint64 serverBytes = 0;
        for (const ServiceRecord &r : std::as_const(records)) {
            const ServiceRecord open = redactConfidential(r);
            const QByteArray full = compact(HsdsWriter::service(r));
            const QByteArray pub = open == r ? full : compact(HsdsWriter::service(open));
            const QByteArray minimal = compact(HsdsWriter::serviceMinimal(open));
            serverBytes += full.size() + pub.size() + minimal.size();
        }
        const qint64 serverMs = timer.elapsed();

        QCOMPARE(records.size(), benchCount);
        qInfo("HsdsWriter: %d records (generated in %lld ms): service() + compact in %lld ms "
              "(%.1f us/record, %.1f MB, %.2f KB/record); full + redacted + minimal as the server "
              "does in %lld ms (%.1f MB)",
              benchCount, generateMs, fullMs, 1000.0 * double(fullMs) / benchCount,
              double(bytes) / 1e6, double(bytes) / 1024.0 / benchCount, serverMs,
              double(serverBytes) / 1e6);
    }

private:
    QTemporaryDir m_dir;
    DirectoryBatch m_demo;
    QList<ServiceRecord> m_records;
    QList<ServiceRecord> m_handMade;
};

QTEST_GUILESS_MAIN(tst_HsdsWriter)
#include "tst_hsdswriter.moc"

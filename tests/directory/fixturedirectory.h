// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// A small bilingual directory built in code, so store and search tests do not depend on any
// importer. Coordinates are real town centres; times are America/Toronto unless said.

#include "directory/model.h"

namespace Nav::Test {

using namespace Nav::Directory;

inline Schedule weekly(QStringList days, QTime opens, QTime closes)
{
    Schedule s;
    s.freq = QStringLiteral("WEEKLY");
    s.byday = std::move(days);
    s.opensAt = opens;
    s.closesAt = closes;
    s.timeZone = QStringLiteral("America/Toronto");
    return s;
}

inline TaxonomyTerm term(const QString &code, const QString &en, const QString &fr)
{
    TaxonomyTerm t;
    t.id = code;
    t.code = code;
    t.name = {en, fr};
    return t;
}

inline void addService(DirectoryBatch &b, const QString &id, LocalizedText name,
                       LocalizedText description, QList<TaxonomyTerm> terms, double lat, double lon,
                       QString city, QList<Schedule> hours, QStringList languages,
                       std::function<void(Service &, Location &)> tweak = {})
{
    Organization org;
    org.id = QStringLiteral("org-") + id;
    org.name = {name.en.isEmpty() ? QString() : QStringLiteral("%1 Inc.").arg(name.en),
                name.fr.isEmpty() ? QString() : QStringLiteral("%1 inc.").arg(name.fr)};
    Location loc;
    loc.id = QStringLiteral("loc-") + id;
    loc.organizationId = org.id;
    loc.latitude = lat;
    loc.longitude = lon;
    Address a;
    a.type = QStringLiteral("physical");
    a.address1 = QStringLiteral("100 rue Principale");
    a.city = city;
    a.province = QStringLiteral("QC");
    loc.addresses << a;
    Phone lp;
    lp.number = QStringLiteral("+15145550100");
    loc.phones << lp;
    Service s;
    s.id = id;
    s.organizationId = org.id;
    s.name = std::move(name);
    s.description = std::move(description);
    s.taxonomyTerms = std::move(terms);
    s.schedules = std::move(hours);
    for (const QString &code : languages)
        s.languages << Language{code, QString(), QString()};
    s.lastVerified = QDate(2026, 6, 1);
    ServiceAtLocation sal;
    sal.id = QStringLiteral("sal-") + id;
    sal.locationId = loc.id;
    s.locations << sal;
    if (tweak)
        tweak(s, loc);
    b.organizations.insert(org.id, org);
    b.locations.insert(loc.id, loc);
    b.services << s;
}

inline DirectoryBatch fixtureDirectory()
{
    DirectoryBatch b;
    b.source = QStringLiteral("fixture");
    const auto shelter = term(QStringLiteral("BH-1800.8500"), QStringLiteral("Homeless Shelter"),
                              QStringLiteral("Refuges pour personnes sans abri"));
    const auto food = term(QStringLiteral("BD-1800.2000"), QStringLiteral("Food Banks"),
                           QStringLiteral("Banques alimentaires"));
    const auto counselling = term(QStringLiteral("RP-1400.8000"), QStringLiteral("Counselling"),
                                  QStringLiteral("Counseling"));
    const auto tax = term(QStringLiteral("DT-8800"), QStringLiteral("Tax Preparation Assistance"),
                          QStringLiteral("Aide à la déclaration de revenus"));
    const auto housing = term(QStringLiteral("BH-8300"), QStringLiteral("Housing Search"),
                              QStringLiteral("Recherche de logement"));
    const QStringList everyDay{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                               QStringLiteral("TH"), QStringLiteral("FR"), QStringLiteral("SA"),
                               QStringLiteral("SU")};
    const QStringList weekdays{QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                               QStringLiteral("TH"), QStringLiteral("FR")};

    addService(b, QStringLiteral("phare"),
               {QStringLiteral("Le Phare Emergency Shelter"), QStringLiteral("Hébergement d'urgence Le Phare")},
               {QStringLiteral("Emergency beds for adults experiencing homelessness."),
                QStringLiteral("Lits d'urgence pour adultes en situation d'itinérance.")},
               {shelter}, 45.5017, -73.5673, QStringLiteral("Montréal"),
               {weekly(everyDay, QTime(0, 0), QTime(0, 0))}, {QStringLiteral("fr"), QStringLiteral("en")},
               [](Service &s, Location &) {
                   Capacity c;
                   c.unitName = QStringLiteral("beds");
                   c.available = 3;
                   c.maximum = 40;
                   s.capacities << c;
               });
    addService(b, QStringLiteral("bank-qc"),
               {QStringLiteral("Québec City Food Bank"), QStringLiteral("Banque alimentaire de Québec")},
               {QStringLiteral("Groceries for families in need."),
                QStringLiteral("Denrées pour les familles dans le besoin.")},
               {food}, 46.8139, -71.2080, QStringLiteral("Québec"),
               {weekly({QStringLiteral("TU"), QStringLiteral("TH")}, QTime(13, 0), QTime(16, 0))},
               {QStringLiteral("fr")}, [](Service &s, Location &) {
                   CostOption free;
                   free.amount = 0;
                   s.costOptions << free;
               });
    addService(b, QStringLiteral("bank-ottawa"), {QStringLiteral("Ottawa Food Bank"), QString()},
               {QStringLiteral("Emergency food hampers, delivered across Ottawa."), QString()}, {food},
               45.4215, -75.6972, QStringLiteral("Ottawa"),
               {weekly(weekdays, QTime(9, 0), QTime(17, 0))}, {QStringLiteral("en"), QStringLiteral("fr")});
    addService(b, QStringLiteral("secours"),
               {QStringLiteral("Maison Secours Women's Shelter"), QStringLiteral("Maison Secours, refuge pour femmes")},
               {QStringLiteral("Safe shelter for women and children leaving violence."),
                QStringLiteral("Hébergement sécuritaire pour femmes et enfants victimes de violence.")},
               {shelter}, 45.6066, -73.7124, QStringLiteral("Laval"),
               {weekly(everyDay, QTime(0, 0), QTime(0, 0))}, {QStringLiteral("fr"), QStringLiteral("en")},
               [](Service &s, Location &l) {
                   l.confidential = true;
                   l.addresses.first().confidential = true;
                   l.addresses.first().address1 = QStringLiteral("SECRET-ADDRESS 7 rue Cachée");
                   l.phones.first().confidential = true;
                   l.phones.first().number = QStringLiteral("+14505550777");
                   Phone intake;
                   intake.number = QStringLiteral("+18005550123");
                   s.phones << intake;
               });
    addService(b, QStringLiteral("youth"),
               {QStringLiteral("Youth Counselling Services"), QStringLiteral("Services de consultation pour les jeunes")},
               {QStringLiteral("Free counselling for young people."),
                QStringLiteral("Consultation gratuite pour les jeunes.")},
               {counselling}, 43.6532, -79.3832, QStringLiteral("Toronto"),
               {weekly(weekdays, QTime(10, 0), QTime(18, 0))}, {QStringLiteral("en"), QStringLiteral("es")},
               [](Service &s, Location &) {
                   s.minimumAge = 12;
                   s.maximumAge = 24;
               });
    addService(b, QStringLiteral("tax"),
               {QStringLiteral("Free Tax Clinic"), QStringLiteral("Clinique d'impôts bénévole")},
               {QStringLiteral("Volunteers complete simple tax returns."),
                QStringLiteral("Des bénévoles remplissent les déclarations de revenus simples.")},
               {tax}, 45.4765, -75.7013, QStringLiteral("Gatineau"),
               {[&] {
                   Schedule s = weekly(weekdays, QTime(9, 0), QTime(16, 0));
                   s.validFrom = QDate(2026, 3, 1);
                   s.validTo = QDate(2026, 4, 30);
                   return s;
               }()},
               {QStringLiteral("fr"), QStringLiteral("en")});
    addService(b, QStringLiteral("night"),
               {QStringLiteral("Friday Night Drop-in"), QStringLiteral("Halte-accueil du vendredi soir")},
               {QStringLiteral("A warm place on Friday nights."), QStringLiteral("Un endroit chaud le vendredi soir.")},
               {shelter}, 45.4235, -75.6950, QStringLiteral("Ottawa"),
               {weekly({QStringLiteral("FR")}, QTime(20, 0), QTime(2, 0))}, {QStringLiteral("en")});
    addService(b, QStringLiteral("housing"),
               {QStringLiteral("Social Housing Applications"), QStringLiteral("Demandes de logement social")},
               {QStringLiteral("Help with applications for social housing."),
                QStringLiteral("Aide pour les demandes de logement social.")},
               {housing}, 45.5088, -73.5540, QStringLiteral("Montréal"), {}, {QStringLiteral("fr")});
    addService(b, QStringLiteral("old-bank"), {QStringLiteral("Old Food Bank"), QStringLiteral("Ancienne banque alimentaire")},
               {QStringLiteral("Closed."), QStringLiteral("Fermée.")}, {food}, 45.50, -73.57,
               QStringLiteral("Montréal"), {}, {QStringLiteral("fr")},
               [](Service &s, Location &) { s.status = QStringLiteral("inactive"); });
    return b;
}

} // namespace Nav::Test

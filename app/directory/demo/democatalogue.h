// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// The fixed content the demonstration directory is made from: taxonomy terms in the style of
// the AIRS/211 LA taxonomy (our own selection and wording, not an extract of it), service and
// organization templates in English and French, street names, languages. Internal to
// DemoDirectory; plain data, built once.

#include "directory/model.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Nav::Directory::Demo {

enum class Hours : quint8 {
    Weekday,        // MO-FR 09:00-17:00
    WeekdayEarly,   // MO-FR 08:30-16:30
    LongThursday,   // MO-WE, FR 09:00-17:00; TH 09:00-20:00
    FoodBank,       // TU, TH 13:00-16:00 (+ SA 10:00-12:00 sometimes)
    Lunch,          // MO-FR 11:30-13:00 (+ weekends sometimes)
    Evening,        // one or two evenings 18:30-21:00
    MonthlyGroup,   // the 2nd (or last) weekday of the month, 18:30-20:30
    AfterSchool,    // MO-FR 15:00-21:00, SA 13:00-17:00
    AllDay,         // every day, 24 hours
    NightShelter,   // every day 19:00-08:00 (crosses midnight)
    LateEvening,    // every day 10:00-02:00 (crosses midnight)
    DropIn,         // every day 08:00-16:00
    Transit,        // every day 06:30-23:00
    SummerCamp,     // seasonal: late June to mid-August, MO-FR 08:00-17:00
    WinterNights,   // seasonal: December to March, every night 21:00-07:00
    TaxSeason,      // seasonal: March and April, MO-WE 10:00-15:00
    HolidayHampers, // seasonal: November to mid-December, MO-FR 09:00-16:00
};

enum class Cost : quint8 { Free, SlidingScale, PerMeal, PerTrip, Membership, PerDay, PerWeek };

enum ServiceFlag : quint16 {
    Shelter = 0x01,      // an overnight shelter (counted for the confidentiality share)
    Beds = 0x02,         // has a bed capacity
    CrisisLine = 0x04,   // toll-free 24/7 line
    Virtual = 0x08,      // delivered by phone/text only: no location
    TextLine = 0x10,     // also answers text messages
    Confidential = 0x20, // women's shelter: location, address and house phone confidential
};

enum class Region : quint8 { Any, Ontario, Quebec, Indigenous, FrancoOntarian };

struct ServiceTemplate
{
    QString key;
    QList<TaxonomyTerm> terms;
    LocalizedText name;
    LocalizedText description; // {town}, {a} (à Montréal), {de} (de Montréal) filled per place
    LocalizedText eligibility;
    LocalizedText application;
    std::optional<int> minimumAge;
    std::optional<int> maximumAge;
    Hours hours = Hours::Weekday;
    Cost cost = Cost::Free;
    QList<RequiredDocument> documents;
    QStringList keywords;
    quint16 flags = 0;
    LocalizedText programme; // the programme it belongs to, when the organization has one
};

struct OrganizationTemplate
{
    QString key;
    Region region = Region::Any;
    double weight = 1;
    int minimumPopulation = 0;
    LocalizedText name;        // {town}, {de}, {name} (a distinctive name from a pool)
    LocalizedText description; // {town}, {a}, {de}
    QStringList services;      // "key" always, "+key" half the time, "?key" a quarter
    QList<QPair<int, double>> choices; // the same: service template index, probability
    bool distinctive = false;  // named from the shelter pool ({name})
    bool womensShelter = false;
    bool shelter = false;      // runs overnight shelters
};

struct Catalogue
{
    QList<TaxonomyTerm> terms; // every term, parents first
    QList<ServiceTemplate> services;
    QList<OrganizationTemplate> organizations;
    QList<LocalizedText> shelterNames;      // Le Phare / The Lighthouse…
    QList<LocalizedText> womensShelterNames;
    QList<LocalizedText> alertTexts;        // current or past notices; %1 = a date
    QList<LocalizedText> closures;          // descriptions of "closed" schedule entries
    QStringList ontarioStreets;
    QStringList quebecStreets;
    QStringList torontoStreets;
    QStringList montrealStreets;
    QStringList ottawaStreets;
    QStringList quebecCityStreets;
    QStringList firstNames;
    QStringList lastNames;
    QList<Accessibility> accessibility;     // from the shared bilingual vocabulary
    QHash<QString, QString> languageNames;  // ISO code -> English name

    int serviceIndex(const QString &key) const;
    static const Catalogue &instance();
};

} // namespace Nav::Directory::Demo

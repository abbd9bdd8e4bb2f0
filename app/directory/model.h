// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// The resource directory, after Open Referral HSDS 3.0 (plus the 3.1 service_capacity/unit),
// with two things HSDS lacks and 211 needs: bilingual text (LocalizedText) and confidentiality
// flags on addresses, phones and whole locations. Importers produce a DirectoryBatch of these;
// the store keeps each service as one document plus index tables; the UI and the server read
// them back. Plain value types: no Qt object model, no I/O.

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <cmath>
#include <functional>
#include <optional>

namespace Nav::Directory {

// English and French versions of one text. Either may be empty.
struct LocalizedText
{
    QString en;
    QString fr;

    bool isEmpty() const { return en.isEmpty() && fr.isEmpty(); }
    // The text in `lang` ("en"/"fr"); when that one is empty, the other language, and
    // *fellBack (if given) says so, so the UI can mark it.
    QString text(const QString &lang, bool *fellBack = nullptr) const;
    // Sets the text of one language.
    void set(const QString &lang, const QString &value);
    static LocalizedText both(const QString &value) { return {value, value}; }
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

struct Phone
{
    QString id;
    QString number;      // as given; E.164 where it could be normalised
    QString extension;
    QString type;        // HSDS: text, voice, fax, cell, video, pager, textphone
    LocalizedText description;
    QStringList languages; // ISO 639 codes
    bool confidential = false;
    friend bool operator==(const Phone &, const Phone &) = default;
};

struct Address
{
    QString id;
    QString type;        // physical, postal, virtual
    QString attention;
    QString address1;
    QString address2;
    QString city;
    QString region;
    QString province;    // HSDS state_province: "ON", "QC"
    QString postalCode;
    QString country;     // ISO 3166-1 alpha-2
    bool confidential = false;
    friend bool operator==(const Address &, const Address &) = default;
};

// One HSDS schedule row: a weekly/monthly recurrence (RFC 5545 subset) with opening hours, or a
// free-text description only.
struct Schedule
{
    QString id;
    QDate validFrom;     // seasonal schedules: outside [validFrom, validTo] it does not apply
    QDate validTo;
    QDate dtstart;
    QDate until;
    int count = 0;
    QString freq;        // WEEKLY, MONTHLY (empty = weekly)
    int interval = 1;
    QStringList byday;   // MO TU WE TH FR SA SU (MONTHLY may prefix an ordinal: 1MO, -1FR)
    QList<int> bymonthday;
    QTime opensAt;       // invalid = no hours given
    QTime closesAt;      // earlier than opensAt = closes after midnight; 00:00 = midnight
    QString timeZone;    // IANA id ("America/Toronto"); empty = the directory default
    LocalizedText description;
    QString notes;
    bool closed = false; // an explicit "closed" entry (holiday, closure) for the days it covers
    friend bool operator==(const Schedule &, const Schedule &) = default;
};

struct Language
{
    QString code;        // ISO 639-1 or -3: en, fr, es, cr (Cree), iu (Inuktitut), asl…
    QString name;
    QString note;
    friend bool operator==(const Language &, const Language &) = default;
};

struct CostOption
{
    QString id;
    QDate validFrom;
    QDate validTo;
    LocalizedText option;
    QString currency;
    std::optional<double> amount; // 0 = free
    LocalizedText amountDescription;
    friend bool operator==(const CostOption &, const CostOption &) = default;
};

struct RequiredDocument
{
    QString id;
    LocalizedText document;
    QString uri;
    friend bool operator==(const RequiredDocument &, const RequiredDocument &) = default;
};

struct Accessibility
{
    QString id;
    QString code;        // from the bilingual accessibility vocabulary when known
    LocalizedText description;
    QString details;
    QString url;
    friend bool operator==(const Accessibility &, const Accessibility &) = default;
};

struct ServiceArea
{
    QString id;
    QString name;        // "Montréal", "Ottawa", "Ontario"
    LocalizedText description;
    QString extentType;  // geojson, topojson, kml, text
    QString extent;
    QString uri;
    friend bool operator==(const ServiceArea &, const ServiceArea &) = default;
};

struct TaxonomyTerm
{
    QString id;
    QString code;        // AIRS/211 LA code ("BD-1800.2000") or another scheme's code
    LocalizedText name;
    LocalizedText description;
    QString parentId;
    QString taxonomy;    // "AIRS", "211 LA", "open eligibility"…
    QString termUri;
    friend bool operator==(const TaxonomyTerm &, const TaxonomyTerm &) = default;
};

// HSDS 3.1 service_capacity with its unit: beds, slots, spaces…
struct Capacity
{
    QString id;
    QString unitId;
    QString unitName;    // "beds"
    std::optional<double> available;
    std::optional<double> maximum;
    LocalizedText description;
    QDateTime updated;
    friend bool operator==(const Capacity &, const Capacity &) = default;
};

// A temporary message (iCarol "temporary message", HSDS alert) shown while in its dates.
struct Alert
{
    LocalizedText text;
    QDate appears;       // invalid = already shown
    QDate expires;       // invalid = until removed
    friend bool operator==(const Alert &, const Alert &) = default;
};

struct Contact
{
    QString id;
    QString name;
    QString title;
    QString department;
    QString email;
    QList<Phone> phones;
    bool confidential = false;
    friend bool operator==(const Contact &, const Contact &) = default;
};

struct Organization
{
    QString id;
    LocalizedText name;
    QString alternateName;
    LocalizedText description;
    QString email;
    QString website;
    QString status;      // active / inactive
    QList<Phone> phones;
    QList<Contact> contacts;
    QDate lastVerified;
    friend bool operator==(const Organization &, const Organization &) = default;
};

struct Program
{
    QString id;
    QString organizationId;
    LocalizedText name;
    LocalizedText description;
    friend bool operator==(const Program &, const Program &) = default;
};

struct Location
{
    QString id;
    QString organizationId;
    QString locationType; // physical, postal, virtual
    LocalizedText name;
    LocalizedText description;
    QString transportation;
    double latitude = std::nan("");
    double longitude = std::nan("");
    bool confidential = false; // the whole location (e.g. a women's shelter)
    QList<Address> addresses;
    QList<Phone> phones;
    QList<Schedule> schedules;
    QList<Accessibility> accessibility;
    QList<Language> languages;

    bool hasCoordinates() const { return !std::isnan(latitude) && !std::isnan(longitude); }
    friend bool operator==(const Location &a, const Location &b);
};

// Where a service is delivered, with what applies only there.
struct ServiceAtLocation
{
    QString id;
    QString locationId;
    LocalizedText description;
    QList<Phone> phones;
    QList<Schedule> schedules;
    QList<Contact> contacts;
    friend bool operator==(const ServiceAtLocation &, const ServiceAtLocation &) = default;
};

struct Service
{
    QString id;
    QString organizationId;
    QString programId;
    LocalizedText name;
    LocalizedText alternateName;
    LocalizedText description;
    LocalizedText eligibility;
    LocalizedText fees;
    LocalizedText applicationProcess;
    LocalizedText interpretationServices;
    LocalizedText waitTime;
    QString url;
    QString email;
    QString status = QStringLiteral("active"); // active, inactive, defunct, temporarily closed
    std::optional<int> minimumAge;
    std::optional<int> maximumAge;
    QDate lastVerified;  // HSDS assured_date / iCarol LastVerifiedOn
    QString assurer;
    QStringList accreditations;
    QStringList licenses;
    QStringList keywords; // search-only terms (iCarol SearchHints, AIRS keywords)
    QList<Alert> alerts;
    QList<Phone> phones;
    QList<Contact> contacts;
    QList<Schedule> schedules;
    QList<ServiceArea> serviceAreas;
    QList<Language> languages;
    QList<CostOption> costOptions;
    QList<RequiredDocument> requiredDocuments;
    QList<TaxonomyTerm> taxonomyTerms;
    QList<Capacity> capacities;
    QList<ServiceAtLocation> locations;
    QDateTime lastModified;

    // Free when a cost option says 0 or the fee text is empty and a cost option says free.
    bool isFreeOfCharge() const;
    friend bool operator==(const Service &, const Service &) = default;
};

// A problem with one record of an imported file, in plain words.
struct QuarantineEntry
{
    QString recordId;    // the source's id for the record, or "line 12" when there is none
    QString recordType;  // service, organization, location, agency, site, program…
    QString field;       // the offending field or column; empty for a whole-record problem
    QString reason;      // plain words: what is wrong and, where useful, what was expected
    friend bool operator==(const QuarantineEntry &, const QuarantineEntry &) = default;
};

// Everything one source file yields. Services refer to organizations, programs and locations
// by id; the batch holds those it references.
struct DirectoryBatch
{
    QString source;      // "hsds", "icarol", "airs": retiring only touches the same source
    bool fullSnapshot = true; // services of this source missing from it are retired
    QHash<QString, Organization> organizations;
    QHash<QString, Program> programs;
    QHash<QString, Location> locations;
    QList<Service> services;
    QHash<QString, TaxonomyTerm> taxonomyTerms;
    QStringList deletedServiceIds; // explicit deletes (AIRS): retired, never removed
    QList<QuarantineEntry> quarantine;
};

// Progress of long work: return false to cancel. done <= total; total may grow.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace Nav::Directory

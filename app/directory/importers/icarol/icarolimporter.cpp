// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/icarol/icarolimporter.h"

#include "directory/importers/csvreader.h"
#include "directory/importers/importvocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <variant>

// iCarol resource export → DirectoryBatch
//
// Columns are those of shared/reference/icarol-export-columns.txt. Columns marked (+) are not
// in that list but appear in real Canadian iCarol exports; they are honoured when present. Any
// other column is ignored. Ids are "icarol:<ResourceAgencyNum>" for every record type (iCarol
// numbers are unique across types). Quarantine entries name the record by its ResourceAgencyNum
// ("line N" when it has none), its type (agency, program, site, program at site, or record when
// the type is unreadable) and the column.
//
// Row types (TaxonomyLevelName, case-insensitive):
//   Agency          → Organization, plus a Location "icarol:<num>:agency" when it has a physical
//                     address (its hours, accessibility and languages go there)
//   Program         → Service (organizationId = ParentAgencyNum, which must be an Agency row)
//   Site            → Location (organizationId = ParentAgencyNum, which must be an Agency row)
//   ProgramAtSite   → the ServiceAtLocation of ConnectsToProgramNum at ConnectsToSiteNum, with
//                     its own description, phones, hours and temporary message
// Where a program is offered: its ConnectsToSiteNum list, the Site rows whose
// ConnectsToProgramNum names it, and ProgramAtSite rows. A program named in none of them is
// offered at every site of its agency (or at the agency's own location if it has no site).
// Lists of numbers may be separated by ; , | * or spaces.
//
// Language (the export carries no language marker unless noted): text goes in `en`, except
//   - LanguageOfRecord (+) = fr / French / Français…: the row's text goes in `fr`. Two rows with
//     the same ResourceAgencyNum in different languages are merged into one record (iCarol
//     exports each language as its own record); the same number twice in one language is a
//     duplicate and the later row is quarantined.
//   - a column named "<Column>_FR" or "<Column> (French)": its text goes in `fr`.
//   No guessing from the text itself.
//
// Field                            | Goes to                                  | If unusable
// ---------------------------------+------------------------------------------+-----------------
// ResourceAgencyNum                | id                                       | record quarantined
// TaxonomyLevelName                | record type                              | record quarantined
// PublicName                       | name                                     | record quarantined
// ParentAgencyNum                  | organizationId (Program, Site)           | record quarantined
// row not valid UTF-8              | —                                        | record quarantined
// AlternateName (else OfficialName)| alternateName                            | —
// AgencyDescription                | description                              | —
// AgencyStatus                     | Service.status: active / inactive /      | note, read as active
//                                  | defunct / temporarily closed;            |
//                                  | Organization.status: active or inactive  |
// ExcludeFromDirectory = yes,      | status "inactive" (kept, not dropped); a | note, read as no
//   AvailableForDirectory = no     | site so marked is kept but no service is |
//                                  | linked to it                             |
// ExcludeFromWebsite = yes         | confidential: the record's addresses,    | note, read as yes
//                                  | phones, contacts and own location        |
// PhysicalAddressIsPrivate (+),    | Address.confidential (physical also      | note, read as yes
//   MailingAddressIsPrivate (+),   | makes the Location confidential)         |
//   OtherAddressIsPrivate (+)      |                                          |
// Physical*/Mailing*/Other*        | Address type physical / postal / other;  | —
//                                  | provinces and countries as codes         |
// Latitude, Longitude              | Location coordinates (0,0 = none)        | note, both dropped
// HoursOfOperation (else Hours)    | one Schedule, text in `description`      | —
// Phone1..5Number + Name,          | Phone, kept as written; type from        | empty: skipped
//   Description(+), Type(+),       | PhoneNType or the name (fax, TTY, cell,  | IsPrivate bad:
//   IsPrivate(+) → confidential    | text, else voice)                        | note, read as yes
// PhoneFax, PhoneTTY, PhoneTollFree| Phone with a bilingual label             | empty: skipped
//   PhoneNumberHotline, …AfterHours|                                          |
// MainContact*, SeniorWorker*      | Contact, always confidential (they are   | —
//                                  | the agency's contacts for 211 staff)     |
// EmailAddressMain, WebsiteAddress | email, website / url                     | —
// LastVerifiedOn                   | lastVerified                             | note, date dropped
// LastVerifiedByName               | Service.assurer                          | —
// UpdatedOn                        | Service.lastModified                     | note, date dropped
// TaxonomyCodes (joined by * or ;) | TaxonomyTerm (taxonomy "AIRS", id = code)| note, code dropped
// TaxonomyTerms                    | term names, in the same order            | note, names dropped
// Coverage, CoverageArea (; or *)  | ServiceArea names                        | —
// CoverageAreaText                 | a ServiceArea with a description only    | —
// LanguagesOffered (else           | Language with ISO 639 code               | unknown name:
//   LanguagesOfferedList (+))      |                                          | note, kept w/o code
// Eligibility, FeeStructureSource, | eligibility, fees, applicationProcess,   | —
//   ApplicationProcess,            | waitTime                                 |
//   NormalWaitTime (+)             |                                          |
// DocumentsRequired                | one RequiredDocument                     | —
// SearchHints (; , or new line)    | Service.keywords                         | —
// LicenseAccreditation             | Service.accreditations                   | —
// CapacityType + ServiceCapacity   | Capacity (a number → maximum, else text) | —
// TemporaryMessage + …Appears /    | Alert on the program; an agency's or a   | bad date: note,
//   …Expires                       | site's message goes to the services of   | that date dropped
//                                  | that agency / at that site               |
// DisabilitiesAccess               | Location accessibility description       | —
// PhysicalLocationDescription      | Location description (after the site's)  | —
// BusServiceAccess (else           | Location transportation                  | —
//   PublicAccessTransportation)    |                                          |
// LanguageOfRecord (+)             | the row's language (see above)           | note, read as en
// ConnectsToSiteNum,               | program ↔ site links (see above)         | note, link dropped
//   ConnectsToProgramNum           |                                          |
//
// Ignored: RecordOwner, ParentAgency (the name), County fields other than as region, IRS/FEIN/
// budget/legal fields, SourceOfFunds, internal notes, EnteredOn, MadeInactiveOn, the
// verification contact details, HighlightedResource, PreferredProvider, Categories,
// TaxonomyTerm, TaxonomyTermsNotDeactivated, ServiceNotAlwaysAvailability, AgencyClassification,
// AvailableForReferral/Research, ResourceInfo.
//
// The batch is a full snapshot (fullSnapshot = true): iCarol exports every record.

Q_LOGGING_CATEGORY(lcIcarol, "nav.directory.icarol")

namespace Nav::Directory {

namespace {

namespace V = ImportVocabulary;

enum Col : int {
    ResourceAgencyNum,
    PublicName,
    AlternateName,
    OfficialName,
    TaxonomyLevelName,
    ParentAgencyNum,
    MailingAttentionName,
    MailingAddress1,
    MailingAddress2,
    MailingCity,
    MailingCounty,
    MailingStateProvince,
    MailingPostalCode,
    MailingCountry,
    MailingAddressIsPrivate,
    PhysicalAttentionName,
    PhysicalAddress1,
    PhysicalAddress2,
    PhysicalCity,
    PhysicalCounty,
    PhysicalStateProvince,
    PhysicalPostalCode,
    PhysicalCountry,
    PhysicalAddressIsPrivate,
    OtherAttentionName,
    OtherAddress1,
    OtherAddress2,
    OtherCity,
    OtherCounty,
    OtherStateProvince,
    OtherPostalCode,
    OtherCountry,
    OtherAddressIsPrivate,
    Latitude,
    Longitude,
    HoursOfOperation,
    Hours,
    Phone1Number, Phone1Name, Phone1Description, Phone1IsPrivate, Phone1Type,
    Phone2Number, Phone2Name, Phone2Description, Phone2IsPrivate, Phone2Type,
    Phone3Number, Phone3Name, Phone3Description, Phone3IsPrivate, Phone3Type,
    Phone4Number, Phone4Name, Phone4Description, Phone4IsPrivate, Phone4Type,
    Phone5Number, Phone5Name, Phone5Description, Phone5IsPrivate, Phone5Type,
    PhoneFax,
    PhoneTTY,
    PhoneTollFree,
    PhoneNumberHotline,
    PhoneNumberBusinessLine,
    PhoneNumberOutOfArea,
    PhoneNumberAfterHours,
    EmailAddressMain,
    WebsiteAddress,
    AgencyStatus,
    AgencyDescription,
    SearchHints,
    CoverageArea,
    CoverageAreaText,
    Coverage,
    Eligibility,
    SeniorWorkerName,
    SeniorWorkerTitle,
    SeniorWorkerEmailAddress,
    SeniorWorkerPhoneNumber,
    MainContactName,
    MainContactTitle,
    MainContactEmailAddress,
    MainContactPhoneNumber,
    LicenseAccreditation,
    ExcludeFromWebsite,
    ExcludeFromDirectory,
    AvailableForDirectory,
    DisabilitiesAccess,
    PhysicalLocationDescription,
    BusServiceAccess,
    PublicAccessTransportation,
    FeeStructureSource,
    ApplicationProcess,
    DocumentsRequired,
    LanguagesOffered,
    LanguagesOfferedList,
    CapacityType,
    ServiceCapacity,
    TemporaryMessage,
    TemporaryMessageAppears,
    TemporaryMessageExpires,
    UpdatedOn,
    LastVerifiedOn,
    LastVerifiedByName,
    ConnectsToSiteNum,
    ConnectsToProgramNum,
    TaxonomyCodes,
    TaxonomyTerms,
    LanguageOfRecord,
    NormalWaitTime,
    ColumnCount
};

// Same order as Col.
constexpr const char *kColumnNames[] = {
    "ResourceAgencyNum", "PublicName", "AlternateName", "OfficialName", "TaxonomyLevelName",
    "ParentAgencyNum",
    "MailingAttentionName", "MailingAddress1", "MailingAddress2", "MailingCity", "MailingCounty",
    "MailingStateProvince", "MailingPostalCode", "MailingCountry", "MailingAddressIsPrivate",
    "PhysicalAttentionName", "PhysicalAddress1", "PhysicalAddress2", "PhysicalCity",
    "PhysicalCounty", "PhysicalStateProvince", "PhysicalPostalCode", "PhysicalCountry",
    "PhysicalAddressIsPrivate",
    "OtherAttentionName", "OtherAddress1", "OtherAddress2", "OtherCity", "OtherCounty",
    "OtherStateProvince", "OtherPostalCode", "OtherCountry", "OtherAddressIsPrivate",
    "Latitude", "Longitude", "HoursOfOperation", "Hours",
    "Phone1Number", "Phone1Name", "Phone1Description", "Phone1IsPrivate", "Phone1Type",
    "Phone2Number", "Phone2Name", "Phone2Description", "Phone2IsPrivate", "Phone2Type",
    "Phone3Number", "Phone3Name", "Phone3Description", "Phone3IsPrivate", "Phone3Type",
    "Phone4Number", "Phone4Name", "Phone4Description", "Phone4IsPrivate", "Phone4Type",
    "Phone5Number", "Phone5Name", "Phone5Description", "Phone5IsPrivate", "Phone5Type",
    "PhoneFax", "PhoneTTY", "PhoneTollFree", "PhoneNumberHotline", "PhoneNumberBusinessLine",
    "PhoneNumberOutOfArea", "PhoneNumberAfterHours",
    "EmailAddressMain", "WebsiteAddress", "AgencyStatus", "AgencyDescription", "SearchHints",
    "CoverageArea", "CoverageAreaText", "Coverage", "Eligibility",
    "SeniorWorkerName", "SeniorWorkerTitle", "SeniorWorkerEmailAddress",
    "SeniorWorkerPhoneNumber",
    "MainContactName", "MainContactTitle", "MainContactEmailAddress", "MainContactPhoneNumber",
    "LicenseAccreditation", "ExcludeFromWebsite", "ExcludeFromDirectory",
    "AvailableForDirectory", "DisabilitiesAccess", "PhysicalLocationDescription",
    "BusServiceAccess", "PublicAccessTransportation", "FeeStructureSource",
    "ApplicationProcess", "DocumentsRequired", "LanguagesOffered", "LanguagesOfferedList",
    "CapacityType", "ServiceCapacity", "TemporaryMessage", "TemporaryMessageAppears",
    "TemporaryMessageExpires", "UpdatedOn", "LastVerifiedOn", "LastVerifiedByName",
    "ConnectsToSiteNum", "ConnectsToProgramNum", "TaxonomyCodes", "TaxonomyTerms",
    "LanguageOfRecord", "NormalWaitTime",
};
static_assert(std::size(kColumnNames) == ColumnCount);

QString columnName(Col c)
{
    return QLatin1String(kColumnNames[c]);
}

constexpr int kPhoneSlots = 5;
constexpr int kPhoneStride = Phone2Number - Phone1Number;

enum class Kind { Agency, Program, Site, ProgramAtSite };

QString kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Agency:
        return QStringLiteral("agency");
    case Kind::Program:
        return QStringLiteral("program");
    case Kind::Site:
        return QStringLiteral("site");
    case Kind::ProgramAtSite:
        return QStringLiteral("program at site");
    }
    return {};
}

std::optional<Kind> parseKind(const QString &text)
{
    const QString key = V::foldForMatch(text).remove(u' ').remove(u'@').remove(u'-');
    if (key == QLatin1String("agency"))
        return Kind::Agency;
    if (key == QLatin1String("program"))
        return Kind::Program;
    if (key == QLatin1String("site"))
        return Kind::Site;
    if (key == QLatin1String("programatsite") || key == QLatin1String("programsite"))
        return Kind::ProgramAtSite;
    return std::nullopt;
}

QString idFor(const QString &num)
{
    return QStringLiteral("icarol:") + num;
}

// Lists of record numbers: "1010; 1020", "1010,1020", "1010 * 1020".
QStringList splitNumbers(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,|*\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList splitOn(const QString &text, const QRegularExpression &separators)
{
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

void mergeText(LocalizedText &into, const LocalizedText &from)
{
    if (into.en.isEmpty())
        into.en = from.en;
    if (into.fr.isEmpty())
        into.fr = from.fr;
}

void fill(QString &into, const QString &from)
{
    if (into.isEmpty())
        into = from;
}

// Items of `from` merged into the item of `into` with the same id, else appended.
template<typename T, typename MergeItem>
void mergeById(QList<T> &into, const QList<T> &from, MergeItem mergeItem)
{
    for (const T &item : from) {
        auto it = std::find_if(into.begin(), into.end(),
                               [&](const T &existing) { return existing.id == item.id; });
        if (it == into.end())
            into.append(item);
        else
            mergeItem(*it, item);
    }
}

void mergeLanguages(QList<Language> &into, const QList<Language> &from)
{
    for (const Language &language : from) {
        const bool present = std::any_of(into.cbegin(), into.cend(), [&](const Language &l) {
            return language.code.isEmpty()
                       ? V::foldForMatch(l.name) == V::foldForMatch(language.name)
                       : l.code == language.code;
        });
        if (!present)
            into.append(language);
    }
}

void mergePhones(QList<Phone> &into, const QList<Phone> &from)
{
    mergeById(into, from, [](Phone &a, const Phone &b) {
        mergeText(a.description, b.description);
        a.confidential = a.confidential || b.confidential;
    });
}

void mergeSchedules(QList<Schedule> &into, const QList<Schedule> &from)
{
    mergeById(into, from, [](Schedule &a, const Schedule &b) {
        mergeText(a.description, b.description);
    });
}

void mergeContacts(QList<Contact> &into, const QList<Contact> &from)
{
    mergeById(into, from, [](Contact &a, const Contact &b) {
        fill(a.name, b.name);
        fill(a.title, b.title);
        fill(a.email, b.email);
        mergePhones(a.phones, b.phones);
    });
}

void mergeAddresses(QList<Address> &into, const QList<Address> &from)
{
    mergeById(into, from, [](Address &a, const Address &b) {
        a.confidential = a.confidential || b.confidential;
    });
}

void mergeAlerts(QList<Alert> &into, const QList<Alert> &from)
{
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (i < into.size()) {
            mergeText(into[i].text, from.at(i).text);
            if (!into[i].appears.isValid())
                into[i].appears = from.at(i).appears;
            if (!into[i].expires.isValid())
                into[i].expires = from.at(i).expires;
        } else {
            into.append(from.at(i));
        }
    }
}

void mergeLocation(Location &a, const Location &b)
{
    mergeText(a.name, b.name);
    mergeText(a.description, b.description);
    fill(a.transportation, b.transportation);
    if (!a.hasCoordinates() && b.hasCoordinates()) {
        a.latitude = b.latitude;
        a.longitude = b.longitude;
    }
    a.confidential = a.confidential || b.confidential;
    if (a.locationType != u"physical" && b.locationType == u"physical")
        a.locationType = b.locationType;
    mergeAddresses(a.addresses, b.addresses);
    mergePhones(a.phones, b.phones);
    mergeSchedules(a.schedules, b.schedules);
    mergeById(a.accessibility, b.accessibility, [](Accessibility &x, const Accessibility &y) {
        mergeText(x.description, y.description);
    });
    mergeLanguages(a.languages, b.languages);
}

void mergeOrganization(Organization &a, const Organization &b)
{
    mergeText(a.name, b.name);
    mergeText(a.description, b.description);
    fill(a.alternateName, b.alternateName);
    fill(a.email, b.email);
    fill(a.website, b.website);
    mergePhones(a.phones, b.phones);
    mergeContacts(a.contacts, b.contacts);
    if (!a.lastVerified.isValid())
        a.lastVerified = b.lastVerified;
}

void mergeService(Service &a, const Service &b)
{
    for (auto member : {&Service::name, &Service::alternateName, &Service::description,
                        &Service::eligibility, &Service::fees, &Service::applicationProcess,
                        &Service::interpretationServices, &Service::waitTime}) {
        mergeText(a.*member, b.*member);
    }
    fill(a.url, b.url);
    fill(a.email, b.email);
    fill(a.assurer, b.assurer);
    if (!a.lastVerified.isValid())
        a.lastVerified = b.lastVerified;
    if (!a.lastModified.isValid())
        a.lastModified = b.lastModified;
    for (const QString &k : b.keywords) {
        if (!a.keywords.contains(k))
            a.keywords << k;
    }
    for (const QString &k : b.accreditations) {
        if (!a.accreditations.contains(k))
            a.accreditations << k;
    }
    mergeAlerts(a.alerts, b.alerts);
    mergePhones(a.phones, b.phones);
    mergeContacts(a.contacts, b.contacts);
    mergeSchedules(a.schedules, b.schedules);
    for (const ServiceArea &area : b.serviceAreas) {
        auto it = std::find_if(a.serviceAreas.begin(), a.serviceAreas.end(),
                               [&](const ServiceArea &x) {
                                   return area.name.isEmpty()
                                              ? x.id == area.id
                                              : V::foldForMatch(x.name)
                                                    == V::foldForMatch(area.name);
                               });
        if (it == a.serviceAreas.end())
            a.serviceAreas.append(area);
        else
            mergeText(it->description, area.description);
    }
    mergeLanguages(a.languages, b.languages);
    mergeById(a.requiredDocuments, b.requiredDocuments,
              [](RequiredDocument &x, const RequiredDocument &y) {
                  mergeText(x.document, y.document);
              });
    mergeById(a.taxonomyTerms, b.taxonomyTerms, [](TaxonomyTerm &x, const TaxonomyTerm &y) {
        mergeText(x.name, y.name);
    });
    mergeById(a.capacities, b.capacities, [](Capacity &x, const Capacity &y) {
        mergeText(x.description, y.description);
        fill(x.unitName, y.unitName);
    });
}

void mergeServiceAtLocation(ServiceAtLocation &a, const ServiceAtLocation &b)
{
    mergeText(a.description, b.description);
    mergePhones(a.phones, b.phones);
    mergeSchedules(a.schedules, b.schedules);
    mergeContacts(a.contacts, b.contacts);
}

struct AgencyData
{
    Organization org;
    std::optional<Location> location;
};

// One iCarol record (one or two rows: one per language).
struct Record
{
    Kind kind = Kind::Agency;
    QString num;
    qint64 line = 0;
    int languages = 0; // bit 0: English row seen, bit 1: French row seen
    QString parentNum;
    QStringList connectsToSite;
    QStringList connectsToProgram;
    bool excluded = false; // ExcludeFromDirectory / AvailableForDirectory = no
    QList<Alert> alerts;   // an agency's or site's temporary message, for its services
    std::variant<AgencyData, Service, Location, ServiceAtLocation> data;
};

class Importer
{
public:
    Importer(const QString &path, const ProgressCallback &progress)
        : m_path(path)
        , m_progress(progress)
    {
        m_batch.source = QStringLiteral("icarol");
        m_batch.fullSnapshot = true;
    }

    Result<DirectoryBatch> run();

private:
    // The row being read.
    struct Row
    {
        const CsvReader::Row *csv = nullptr;
        QString lang; // "en" / "fr"
        QString id;   // quarantine record id
        QString type; // quarantine record type
    };

    QString value(const Row &r, Col c) const
    {
        const int i = m_columns[c];
        return (i >= 0 && i < r.csv->fields.size()) ? r.csv->fields.at(i).trimmed() : QString();
    }
    LocalizedText text(const Row &r, Col c) const
    {
        LocalizedText t;
        t.set(r.lang, value(r, c));
        const int i = m_frenchColumns[c];
        if (i >= 0 && i < r.csv->fields.size()) {
            const QString fr = r.csv->fields.at(i).trimmed();
            if (!fr.isEmpty())
                t.fr = fr;
        }
        return t;
    }

    void note(const QString &id, const QString &type, const QString &field, const QString &reason)
    {
        m_batch.quarantine.append(QuarantineEntry{id, type, field, reason});
    }
    void note(const Row &r, Col field, const QString &reason)
    {
        note(r.id, r.type, columnName(field), reason);
    }

    Result<void> readHeader(CsvReader &csv);
    bool readRow(const CsvReader::Row &csvRow);
    Record buildRecord(const Row &r, Kind kind);

    bool flag(const Row &r, Col c, bool privacy);
    std::optional<QDate> date(const Row &r, Col c);
    QString status(const Row &r, bool excluded);
    QList<Address> addresses(const Row &r, bool hidden, bool *physicalPrivate);
    QList<Phone> phones(const Row &r, const QString &id, bool hidden);
    QList<Contact> contacts(const Row &r, const QString &id);
    QList<Schedule> schedules(const Row &r, const QString &id);
    QList<Language> languages(const Row &r);
    QList<Alert> alerts(const Row &r);
    QList<TaxonomyTerm> taxonomy(const Row &r);
    QList<ServiceArea> areas(const Row &r, const QString &id);
    void coordinates(const Row &r, Location &location);
    Location location(const Row &r, const QString &id, bool agencyOwn, bool hidden);
    Service service(const Row &r, bool hidden);

    void resolve();
    std::optional<QString> parentAgency(const Record &rec);
    bool reportCancelled(qint64 done, qint64 total)
    {
        return m_progress && !m_progress(done, total);
    }

    QString m_path;
    ProgressCallback m_progress;
    DirectoryBatch m_batch;
    std::array<int, ColumnCount> m_columns{};
    std::array<int, ColumnCount> m_frenchColumns{};
    bool m_hasLanguageOfRecord = false;
    QList<Record> m_records;
    QHash<QString, qsizetype> m_index; // num → m_records position
    QSet<QString> m_rejected;          // numbers of rows quarantined while reading
};

Result<void> Importer::readHeader(CsvReader &csv)
{
    auto header = csv.readHeader();
    if (!header)
        return Unexpected(header.error());
    QStringList missing;
    for (Col key : {ResourceAgencyNum, PublicName, TaxonomyLevelName}) {
        if (csv.column(columnName(key)) < 0)
            missing << columnName(key);
    }
    if (!missing.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "Nav::Directory::IcarolImporter",
                        "This is not an iCarol resource export: its header has no %1 column "
                        "(an export needs ResourceAgencyNum, PublicName and TaxonomyLevelName).")
                        .arg(missing.join(QStringLiteral(", "))),
                    QStringLiteral("icarol: header lacks %1").arg(missing.join(u',')));
    }
    for (int c = 0; c < ColumnCount; ++c) {
        const QString name = columnName(Col(c));
        m_columns[c] = csv.column(name);
        m_frenchColumns[c] = -1;
        const QStringList variants{name + QStringLiteral("_FR"), name + QStringLiteral(" (French)"),
                                   name + QStringLiteral("(French)")};
        for (const QString &variant : variants) {
            if (const int i = csv.column(variant); i >= 0) {
                m_frenchColumns[c] = i;
                break;
            }
        }
    }
    m_hasLanguageOfRecord = m_columns[LanguageOfRecord] >= 0;
    return {};
}

bool Importer::flag(const Row &r, Col c, bool privacy)
{
    const QString raw = value(r, c);
    if (const auto v = V::parseYesNo(raw))
        return *v;
    if (privacy) {
        note(r, c,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "%1 \"%2\" is not yes or no; it was read as yes, so the "
                                         "information is kept confidential.")
                 .arg(columnName(c), raw));
        return true;
    }
    note(r, c,
         QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                     "%1 \"%2\" is not yes or no; it was read as no.")
             .arg(columnName(c), raw));
    return false;
}

std::optional<QDate> Importer::date(const Row &r, Col c)
{
    const QString raw = value(r, c);
    if (raw.isEmpty())
        return std::nullopt;
    if (const auto d = V::parseDate(raw))
        return d;
    note(r, c,
         QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                     "%1 \"%2\" is not a date (expected YYYY-MM-DD or "
                                     "MM/DD/YYYY); the date was left out.")
             .arg(columnName(c), raw));
    return std::nullopt;
}

QString Importer::status(const Row &r, bool excluded)
{
    const QString raw = value(r, AgencyStatus);
    const QString key = V::foldForMatch(raw);
    QString status = QStringLiteral("active");
    if (key.isEmpty() || key == QLatin1String("active") || key == QLatin1String("actif")) {
        status = QStringLiteral("active");
    } else if (key == QLatin1String("inactive") || key == QLatin1String("inactif")) {
        status = QStringLiteral("inactive");
    } else if (key == QLatin1String("defunct") || key == QLatin1String("closed")
               || key == QLatin1String("ferme")) {
        status = QStringLiteral("defunct");
    } else if (key == QLatin1String("temporarily closed")
               || key == QLatin1String("ferme temporairement")) {
        status = QStringLiteral("temporarily closed");
    } else {
        note(r, AgencyStatus,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "AgencyStatus \"%1\" is not a status Navigator knows "
                                         "(expected Active, Inactive or Defunct); the record was "
                                         "imported as active.")
                 .arg(raw));
    }
    if (excluded && status != QLatin1String("defunct"))
        status = QStringLiteral("inactive");
    return status;
}

QList<Address> Importer::addresses(const Row &r, bool hidden, bool *physicalPrivate)
{
    struct Group
    {
        const char *type;
        const char *suffix;
        Col attention, line1, line2, city, county, province, postal, country, isPrivate;
    };
    static const Group groups[] = {
        {"physical", "physical", PhysicalAttentionName, PhysicalAddress1, PhysicalAddress2,
         PhysicalCity, PhysicalCounty, PhysicalStateProvince, PhysicalPostalCode,
         PhysicalCountry, PhysicalAddressIsPrivate},
        {"postal", "mailing", MailingAttentionName, MailingAddress1, MailingAddress2,
         MailingCity, MailingCounty, MailingStateProvince, MailingPostalCode, MailingCountry,
         MailingAddressIsPrivate},
        {"other", "other", OtherAttentionName, OtherAddress1, OtherAddress2, OtherCity,
         OtherCounty, OtherStateProvince, OtherPostalCode, OtherCountry, OtherAddressIsPrivate},
    };
    QList<Address> out;
    *physicalPrivate = false;
    for (const Group &g : groups) {
        Address a;
        a.address1 = value(r, g.line1);
        a.address2 = value(r, g.line2);
        a.city = value(r, g.city);
        a.postalCode = value(r, g.postal);
        if (a.address1.isEmpty() && a.address2.isEmpty() && a.city.isEmpty()
            && a.postalCode.isEmpty()) {
            continue;
        }
        a.id = idFor(value(r, ResourceAgencyNum)) + u':' + QLatin1String(g.suffix);
        a.type = QLatin1String(g.type);
        a.attention = value(r, g.attention);
        a.region = value(r, g.county);
        a.province = V::provinceCode(value(r, g.province));
        a.country = V::countryCode(value(r, g.country));
        const bool isPrivate = flag(r, g.isPrivate, true);
        a.confidential = hidden || isPrivate;
        if (g.line1 == PhysicalAddress1)
            *physicalPrivate = isPrivate;
        out << a;
    }
    return out;
}

QList<Phone> Importer::phones(const Row &r, const QString &id, bool hidden)
{
    QList<Phone> out;
    for (int slot = 0; slot < kPhoneSlots; ++slot) {
        const auto col = [slot](Col first) { return Col(first + slot * kPhoneStride); };
        const QString number = value(r, col(Phone1Number));
        if (number.isEmpty())
            continue;
        Phone p;
        p.id = id + QStringLiteral(":phone%1").arg(slot + 1);
        p.number = number;
        const QString name = value(r, col(Phone1Name));
        const QString description = value(r, col(Phone1Description));
        QString label = name;
        if (!description.isEmpty() && description != name)
            label = name.isEmpty() ? description : name + QStringLiteral(" – ") + description;
        p.description.set(r.lang, label);
        mergeText(p.description, text(r, col(Phone1Name)));
        p.type = V::phoneType(value(r, col(Phone1Type)) + u' ' + name);
        p.confidential = hidden || flag(r, col(Phone1IsPrivate), true);
        out << p;
    }
    // Bilingual labels: these are data (shown as the phone's description in either language),
    // not interface text.
    struct Special
    {
        Col column;
        const char *suffix;
        const char *type;
        const char16_t *en;
        const char16_t *fr;
    };
    static const Special specials[] = {
        {PhoneFax, "fax", "fax", u"Fax", u"Télécopieur"},
        {PhoneTTY, "tty", "textphone", u"TTY", u"ATS"},
        {PhoneTollFree, "tollfree", "voice", u"Toll-free", u"Sans frais"},
        {PhoneNumberHotline, "hotline", "voice", u"Hotline", u"Ligne d'écoute"},
        {PhoneNumberBusinessLine, "business", "voice", u"Business line", u"Ligne administrative"},
        {PhoneNumberOutOfArea, "outofarea", "voice", u"Out of area", u"Hors région"},
        {PhoneNumberAfterHours, "afterhours", "voice", u"After hours", u"Après les heures"},
    };
    for (const Special &s : specials) {
        const QString number = value(r, s.column);
        if (number.isEmpty())
            continue;
        Phone p;
        p.id = id + u':' + QLatin1String(s.suffix);
        p.number = number;
        p.type = QLatin1String(s.type);
        p.description = {QString::fromUtf16(s.en), QString::fromUtf16(s.fr)};
        p.confidential = hidden;
        out << p;
    }
    return out;
}

QList<Contact> Importer::contacts(const Row &r, const QString &id)
{
    struct Group
    {
        const char *suffix;
        Col name, title, email, phone;
    };
    static const Group groups[] = {
        {"main", MainContactName, MainContactTitle, MainContactEmailAddress,
         MainContactPhoneNumber},
        {"senior", SeniorWorkerName, SeniorWorkerTitle, SeniorWorkerEmailAddress,
         SeniorWorkerPhoneNumber},
    };
    QList<Contact> out;
    for (const Group &g : groups) {
        Contact c;
        c.name = value(r, g.name);
        c.title = value(r, g.title);
        c.email = value(r, g.email);
        const QString number = value(r, g.phone);
        if (c.name.isEmpty() && c.email.isEmpty() && number.isEmpty())
            continue;
        c.id = id + u':' + QLatin1String(g.suffix);
        if (!number.isEmpty()) {
            Phone p;
            p.id = c.id + QStringLiteral(":phone");
            p.number = number;
            p.type = QStringLiteral("voice");
            p.confidential = true;
            c.phones << p;
        }
        c.confidential = true;
        out << c;
    }
    return out;
}

QList<Schedule> Importer::schedules(const Row &r, const QString &id)
{
    LocalizedText hours = text(r, HoursOfOperation);
    if (hours.isEmpty())
        hours = text(r, Hours);
    if (hours.isEmpty())
        return {};
    Schedule s;
    s.id = id + QStringLiteral(":hours");
    s.description = hours;
    return {s};
}

QList<Language> Importer::languages(const Row &r)
{
    Col column = LanguagesOffered;
    QString raw = value(r, LanguagesOffered);
    if (raw.isEmpty()) {
        column = LanguagesOfferedList;
        raw = value(r, LanguagesOfferedList);
    }
    QList<Language> out;
    for (const QString &name : V::splitLanguageList(raw)) {
        const V::LanguageLookup found = V::lookupLanguage(name);
        if (!found.known) {
            note(r, column,
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "%1 \"%2\" is not a language Navigator knows; it was "
                                             "kept without a language code.")
                     .arg(columnName(column), name));
        }
        const Language language{found.code, name, QString()};
        mergeLanguages(out, {language});
    }
    return out;
}

QList<Alert> Importer::alerts(const Row &r)
{
    Alert a;
    a.text = text(r, TemporaryMessage);
    if (a.text.isEmpty())
        return {};
    a.appears = date(r, TemporaryMessageAppears).value_or(QDate());
    a.expires = date(r, TemporaryMessageExpires).value_or(QDate());
    return {a};
}

QList<TaxonomyTerm> Importer::taxonomy(const Row &r)
{
    static const QRegularExpression separators(QStringLiteral("\\s*[*;]\\s*"));
    const QStringList codes = splitOn(value(r, TaxonomyCodes), separators);
    const QStringList names = splitOn(value(r, TaxonomyTerms), separators);
    const QStringList frenchNames = m_frenchColumns[TaxonomyTerms] >= 0
                                        ? splitOn(text(r, TaxonomyTerms).fr, separators)
                                        : QStringList();
    const bool namesMatch = names.size() == codes.size();
    if (!names.isEmpty() && !namesMatch) {
        note(r, TaxonomyTerms,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "TaxonomyTerms has %1 names for %2 codes, so the names "
                                         "cannot be matched to the codes; the terms were kept "
                                         "without names.")
                 .arg(names.size())
                 .arg(codes.size()));
    }
    QList<TaxonomyTerm> out;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        if (!V::isTaxonomyCode(codes.at(i))) {
            note(r, TaxonomyCodes,
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "TaxonomyCodes \"%1\" is not a taxonomy code "
                                             "(expected a code such as BD-1800.2000); the code "
                                             "was left out.")
                     .arg(codes.at(i)));
            continue;
        }
        TaxonomyTerm t;
        t.code = V::normalizedTaxonomyCode(codes.at(i));
        t.id = t.code;
        t.taxonomy = QStringLiteral("AIRS");
        if (namesMatch)
            t.name.set(r.lang, names.at(i));
        if (frenchNames.size() == codes.size())
            t.name.fr = frenchNames.at(i);
        if (std::none_of(out.cbegin(), out.cend(),
                         [&](const TaxonomyTerm &x) { return x.id == t.id; })) {
            out << t;
        }
    }
    return out;
}

QList<ServiceArea> Importer::areas(const Row &r, const QString &id)
{
    static const QRegularExpression separators(QStringLiteral("\\s*(?:[;\\n\\r]|\\s\\*\\s)\\s*"));
    QList<ServiceArea> out;
    QSet<QString> seen;
    for (Col c : {Coverage, CoverageArea}) {
        for (const QString &name : splitOn(value(r, c), separators)) {
            const QString key = V::foldForMatch(name);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            ServiceArea a;
            a.id = id + QStringLiteral(":area%1").arg(out.size() + 1);
            a.name = name;
            out << a;
        }
    }
    const LocalizedText described = text(r, CoverageAreaText);
    if (!described.isEmpty()) {
        ServiceArea a;
        a.id = id + QStringLiteral(":areatext");
        a.description = described;
        out << a;
    }
    return out;
}

void Importer::coordinates(const Row &r, Location &location)
{
    const QString lat = value(r, Latitude);
    const QString lon = value(r, Longitude);
    if (lat.isEmpty() && lon.isEmpty())
        return;
    bool latOk = false;
    bool lonOk = false;
    const double y = lat.toDouble(&latOk);
    const double x = lon.toDouble(&lonOk);
    if (!latOk || y < -90 || y > 90) {
        note(r, Latitude,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "Latitude \"%1\" is not a latitude (expected a number "
                                         "from -90 to 90); the coordinates were left out.")
                 .arg(lat));
        return;
    }
    if (!lonOk || x < -180 || x > 180) {
        note(r, Longitude,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "Longitude \"%1\" is not a longitude (expected a number "
                                         "from -180 to 180); the coordinates were left out.")
                 .arg(lon));
        return;
    }
    if (y == 0 && x == 0)
        return; // iCarol writes 0,0 for "not geocoded"
    location.latitude = y;
    location.longitude = x;
}

Location Importer::location(const Row &r, const QString &id, bool agencyOwn, bool hidden)
{
    Location loc;
    loc.id = id;
    loc.name = text(r, PublicName);
    if (!agencyOwn)
        loc.description = text(r, AgencyDescription);
    const LocalizedText where = text(r, PhysicalLocationDescription);
    const auto append = [](QString &into, const QString &extra) {
        if (!extra.isEmpty())
            into = into.isEmpty() ? extra : into + QStringLiteral("\n\n") + extra;
    };
    append(loc.description.en, where.en);
    append(loc.description.fr, where.fr);
    loc.transportation = value(r, BusServiceAccess);
    if (loc.transportation.isEmpty()) {
        const QString access = value(r, PublicAccessTransportation);
        if (!V::parseYesNo(access))
            loc.transportation = access;
    }
    bool physicalPrivate = false;
    loc.addresses = addresses(r, hidden, &physicalPrivate);
    const bool hasPhysical = std::any_of(loc.addresses.cbegin(), loc.addresses.cend(),
                                         [](const Address &a) { return a.type == u"physical"; });
    const bool hasPostal = std::any_of(loc.addresses.cbegin(), loc.addresses.cend(),
                                       [](const Address &a) { return a.type == u"postal"; });
    loc.locationType = hasPhysical ? QStringLiteral("physical")
                       : hasPostal ? QStringLiteral("postal")
                                   : QStringLiteral("virtual");
    loc.confidential = hidden || physicalPrivate;
    coordinates(r, loc);
    loc.schedules = schedules(r, id);
    const LocalizedText access = text(r, DisabilitiesAccess);
    if (!access.isEmpty()) {
        Accessibility a;
        a.id = id + QStringLiteral(":access");
        a.description = access;
        loc.accessibility << a;
    }
    loc.languages = languages(r);
    if (!agencyOwn)
        loc.phones = phones(r, id, hidden);
    return loc;
}

Service Importer::service(const Row &r, bool hidden)
{
    const QString num = value(r, ResourceAgencyNum);
    Service s;
    s.id = idFor(num);
    s.name = text(r, PublicName);
    s.alternateName = text(r, AlternateName);
    s.description = text(r, AgencyDescription);
    s.eligibility = text(r, Eligibility);
    s.fees = text(r, FeeStructureSource);
    s.applicationProcess = text(r, ApplicationProcess);
    s.waitTime = text(r, NormalWaitTime);
    s.url = value(r, WebsiteAddress);
    s.email = value(r, EmailAddressMain);
    s.lastVerified = date(r, LastVerifiedOn).value_or(QDate());
    s.assurer = value(r, LastVerifiedByName);
    const QString updated = value(r, UpdatedOn);
    if (!updated.isEmpty()) {
        if (const auto when = V::parseDateTime(updated)) {
            s.lastModified = *when;
        } else {
            note(r, UpdatedOn,
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "%1 \"%2\" is not a date (expected YYYY-MM-DD or "
                                             "MM/DD/YYYY); the date was left out.")
                     .arg(columnName(UpdatedOn), updated));
        }
    }
    static const QRegularExpression hintSeparators(QStringLiteral("\\s*[;,\\n\\r]\\s*"));
    s.keywords = splitOn(value(r, SearchHints), hintSeparators);
    const QString accreditation = value(r, LicenseAccreditation);
    if (!accreditation.isEmpty())
        s.accreditations << accreditation;
    s.alerts = alerts(r);
    s.phones = phones(r, s.id, hidden);
    s.contacts = contacts(r, s.id);
    s.schedules = schedules(r, s.id);
    s.serviceAreas = areas(r, s.id);
    s.languages = languages(r);
    const LocalizedText documents = text(r, DocumentsRequired);
    if (!documents.isEmpty()) {
        RequiredDocument d;
        d.id = s.id + QStringLiteral(":documents");
        d.document = documents;
        s.requiredDocuments << d;
    }
    s.taxonomyTerms = taxonomy(r);
    const QString capacity = value(r, ServiceCapacity);
    if (!capacity.isEmpty()) {
        Capacity c;
        c.id = s.id + QStringLiteral(":capacity");
        c.unitName = value(r, CapacityType);
        bool numeric = false;
        const double amount = capacity.toDouble(&numeric);
        if (numeric)
            c.maximum = amount;
        else
            c.description = text(r, ServiceCapacity);
        s.capacities << c;
    }
    return s;
}

Record Importer::buildRecord(const Row &r, Kind kind)
{
    Record rec;
    rec.kind = kind;
    rec.num = value(r, ResourceAgencyNum);
    rec.line = r.csv->line;
    rec.parentNum = value(r, ParentAgencyNum);
    rec.connectsToSite = splitNumbers(value(r, ConnectsToSiteNum));
    rec.connectsToProgram = splitNumbers(value(r, ConnectsToProgramNum));
    const bool excludedFromDirectory = flag(r, ExcludeFromDirectory, false);
    const QString available = value(r, AvailableForDirectory);
    const bool unavailable = !available.isEmpty() && !flag(r, AvailableForDirectory, false);
    rec.excluded = excludedFromDirectory || unavailable;
    const bool hidden = flag(r, ExcludeFromWebsite, true);
    const QString id = idFor(rec.num);
    switch (kind) {
    case Kind::Agency: {
        AgencyData a;
        Organization &o = a.org;
        o.id = id;
        o.name = text(r, PublicName);
        o.alternateName = value(r, AlternateName);
        if (o.alternateName.isEmpty() && value(r, OfficialName) != value(r, PublicName))
            o.alternateName = value(r, OfficialName);
        o.description = text(r, AgencyDescription);
        o.email = value(r, EmailAddressMain);
        o.website = value(r, WebsiteAddress);
        o.status = status(r, rec.excluded);
        if (o.status != u"active")
            o.status = QStringLiteral("inactive"); // organizations are active or inactive
        o.phones = phones(r, id, hidden);
        o.contacts = contacts(r, id);
        o.lastVerified = date(r, LastVerifiedOn).value_or(QDate());
        if (!value(r, PhysicalAddress1).isEmpty() || !value(r, PhysicalCity).isEmpty()) {
            a.location = location(r, id + QStringLiteral(":agency"), true, hidden);
            a.location->organizationId = id;
        }
        rec.alerts = alerts(r);
        rec.data = std::move(a);
        break;
    }
    case Kind::Program: {
        Service s = service(r, hidden);
        s.status = status(r, rec.excluded);
        rec.data = std::move(s);
        break;
    }
    case Kind::Site:
        rec.data = location(r, id, false, hidden);
        rec.alerts = alerts(r);
        break;
    case Kind::ProgramAtSite: {
        ServiceAtLocation sal;
        sal.id = id;
        sal.description = text(r, AgencyDescription);
        sal.phones = phones(r, id, hidden);
        sal.schedules = schedules(r, id);
        sal.contacts = contacts(r, id);
        rec.alerts = alerts(r);
        rec.data = std::move(sal);
        break;
    }
    }
    return rec;
}

// Reads one row into m_records; false only when it was quarantined outright.
bool Importer::readRow(const CsvReader::Row &csvRow)
{
    if (std::all_of(csvRow.fields.cbegin(), csvRow.fields.cend(),
                    [](const QString &f) { return f.trimmed().isEmpty(); })) {
        return true; // a row of empty cells (spreadsheet leftovers)
    }
    Row r;
    r.csv = &csvRow;
    r.lang = QStringLiteral("en");
    const QString num = value(r, ResourceAgencyNum);
    const QString lineId = QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                                       "line %1")
                               .arg(csvRow.line);
    const auto kind = parseKind(value(r, TaxonomyLevelName));
    r.id = (num.isEmpty() || num.contains(QChar::ReplacementCharacter)) ? lineId : num;
    r.type = kind ? kindCode(*kind) : QStringLiteral("record");

    if (csvRow.badEncoding) {
        if (r.id == num)
            m_rejected.insert(num);
        note(r.id, r.type, QString(),
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "The record was not imported: its text is not valid "
                                         "UTF-8: re-export the file as UTF-8."));
        return false;
    }
    if (num.isEmpty()) {
        note(r, ResourceAgencyNum,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "The record has no ResourceAgencyNum, so it cannot be "
                                         "linked to other records or updated later."));
        return false;
    }
    if (!kind) {
        m_rejected.insert(num);
        note(r, TaxonomyLevelName,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "TaxonomyLevelName \"%1\" is not a record type Navigator "
                                         "knows (expected Agency, Program, Site or "
                                         "ProgramAtSite).")
                 .arg(value(r, TaxonomyLevelName)));
        return false;
    }
    if (m_hasLanguageOfRecord) {
        const QString marker = value(r, LanguageOfRecord);
        const QString tag = V::languageTag(marker);
        if (!tag.isEmpty()) {
            r.lang = tag;
        } else if (!marker.isEmpty()) {
            note(r, LanguageOfRecord,
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "LanguageOfRecord \"%1\" is neither English nor "
                                             "French; the text was read as English.")
                     .arg(marker));
        }
    }
    const int languageBit = r.lang == u"fr" ? 2 : 1;

    const auto existing = m_index.constFind(num);
    if (existing != m_index.cend()) {
        Record &first = m_records[*existing];
        if (first.languages & languageBit) {
            note(r, ResourceAgencyNum,
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "ResourceAgencyNum %1 appears more than once in the "
                                             "same language (first on line %2); this copy was "
                                             "ignored.")
                     .arg(num)
                     .arg(first.line));
            return false;
        }
        if (first.kind != *kind) {
            note(r, TaxonomyLevelName,
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "This row is a %1 but the other-language row with "
                                             "the same ResourceAgencyNum (line %2) is a %3; this "
                                             "row was ignored.")
                     .arg(kindCode(*kind))
                     .arg(first.line)
                     .arg(kindCode(first.kind)));
            return false;
        }
        Record other = buildRecord(r, *kind);
        first.languages |= languageBit;
        first.excluded = first.excluded || other.excluded;
        fill(first.parentNum, other.parentNum);
        for (const QString &n : std::as_const(other.connectsToSite)) {
            if (!first.connectsToSite.contains(n))
                first.connectsToSite << n;
        }
        for (const QString &n : std::as_const(other.connectsToProgram)) {
            if (!first.connectsToProgram.contains(n))
                first.connectsToProgram << n;
        }
        mergeAlerts(first.alerts, other.alerts);
        switch (first.kind) {
        case Kind::Agency: {
            auto &a = std::get<AgencyData>(first.data);
            auto &b = std::get<AgencyData>(other.data);
            mergeOrganization(a.org, b.org);
            if (a.location && b.location)
                mergeLocation(*a.location, *b.location);
            else if (b.location)
                a.location = b.location;
            break;
        }
        case Kind::Program:
            mergeService(std::get<Service>(first.data), std::get<Service>(other.data));
            break;
        case Kind::Site:
            mergeLocation(std::get<Location>(first.data), std::get<Location>(other.data));
            break;
        case Kind::ProgramAtSite:
            mergeServiceAtLocation(std::get<ServiceAtLocation>(first.data),
                                   std::get<ServiceAtLocation>(other.data));
            break;
        }
        return true;
    }
    Record rec = buildRecord(r, *kind);
    rec.languages = languageBit;
    m_index.insert(num, m_records.size());
    m_records.append(std::move(rec));
    return true;
}

// The organization id of a Program, Site or ProgramAtSite, or std::nullopt (quarantined).
std::optional<QString> Importer::parentAgency(const Record &rec)
{
    const QString type = kindCode(rec.kind);
    const QString field = columnName(ParentAgencyNum);
    if (rec.parentNum.isEmpty()) {
        note(rec.num, type, field,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "The record has no ParentAgencyNum, so it cannot be "
                                         "attached to an agency."));
        return std::nullopt;
    }
    const auto it = m_index.constFind(rec.parentNum);
    if (it == m_index.cend() && m_rejected.contains(rec.parentNum)) {
        note(rec.num, type, field,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "The parent agency %1 was not imported (see its own "
                                         "entry), so this record cannot be attached to it.")
                 .arg(rec.parentNum));
        return std::nullopt;
    }
    if (it == m_index.cend()) {
        note(rec.num, type, field,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "The parent agency %1 is not in the file.")
                 .arg(rec.parentNum));
        return std::nullopt;
    }
    const Record &parent = m_records.at(*it);
    if (parent.kind != Kind::Agency) {
        note(rec.num, type, field,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "ParentAgencyNum %1 is a %2, not an agency.")
                 .arg(rec.parentNum, kindCode(parent.kind)));
        return std::nullopt;
    }
    if (!m_batch.organizations.contains(idFor(rec.parentNum))) {
        note(rec.num, type, field,
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "The parent agency %1 was not imported (see its own "
                                         "entry), so this record cannot be attached to it.")
                 .arg(rec.parentNum));
        return std::nullopt;
    }
    return idFor(rec.parentNum);
}

void Importer::resolve()
{
    const auto hasName = [](const LocalizedText &name) { return !name.isEmpty(); };
    const auto noName = [this](const Record &rec) {
        note(rec.num, kindCode(rec.kind), columnName(PublicName),
             QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                         "The record has no PublicName."));
    };

    // Agencies first: everything else hangs from them. Records are moved into the batch; only
    // their links are read afterwards.
    for (Record &rec : m_records) {
        if (rec.kind != Kind::Agency)
            continue;
        auto &a = std::get<AgencyData>(rec.data);
        if (!hasName(a.org.name)) {
            noName(rec);
            continue;
        }
        if (a.location)
            m_batch.locations.insert(a.location->id, std::move(*a.location));
        m_batch.organizations.insert(a.org.id, std::move(a.org));
    }

    QHash<QString, QStringList> agencySites; // agency num → linkable site nums, file order
    QSet<QString> linkableSites;
    for (Record &rec : m_records) {
        if (rec.kind != Kind::Site)
            continue;
        Location &loc = std::get<Location>(rec.data);
        if (!hasName(loc.name)) {
            noName(rec);
            continue;
        }
        const auto org = parentAgency(rec);
        if (!org)
            continue;
        loc.organizationId = *org;
        m_batch.locations.insert(loc.id, std::move(loc));
        if (!rec.excluded) {
            agencySites[rec.parentNum] << rec.num;
            linkableSites.insert(rec.num);
        }
    }

    QList<Service> services;
    QHash<QString, qsizetype> serviceIndex; // program num → services position
    for (Record &rec : m_records) {
        if (rec.kind != Kind::Program)
            continue;
        Service &s = std::get<Service>(rec.data);
        if (!hasName(s.name)) {
            noName(rec);
            continue;
        }
        const auto org = parentAgency(rec);
        if (!org)
            continue;
        s.organizationId = *org;
        serviceIndex.insert(rec.num, services.size());
        services << std::move(s);
    }

    // Program ↔ site links, in a stable order: the program's own list, then sites, then
    // ProgramAtSite rows.
    QHash<QString, QList<ServiceAtLocation>> links; // program num → its locations
    QSet<QString> linkSpecified;                    // programs that say where they are
    const auto addLink = [&](const QString &program, const QString &site,
                             const ServiceAtLocation *details) {
        if (!linkableSites.contains(site))
            return; // excluded from the directory: kept, but not shown with the service
        QList<ServiceAtLocation> &list = links[program];
        auto it = std::find_if(list.begin(), list.end(), [&](const ServiceAtLocation &sal) {
            return sal.locationId == idFor(site);
        });
        if (it == list.end()) {
            ServiceAtLocation sal;
            sal.id = idFor(program) + u'@' + site;
            sal.locationId = idFor(site);
            list << sal;
            it = list.end() - 1;
        }
        if (details) {
            it->id = details->id;
            mergeServiceAtLocation(*it, *details);
        }
    };
    const auto checkTarget = [&](const Record &from, Col field, const QString &target,
                                 Kind wanted) -> bool {
        const auto it = m_index.constFind(target);
        const QString type = kindCode(from.kind);
        if (it == m_index.cend() && m_rejected.contains(target)) {
            note(from.num, type, columnName(field),
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "%1 names record %2, which was not imported (see its "
                                             "own entry); that link was left out.")
                     .arg(columnName(field), target));
            return false;
        }
        if (it == m_index.cend()) {
            note(from.num, type, columnName(field),
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "%1 names record %2, which is not in the file; that "
                                             "link was left out.")
                     .arg(columnName(field), target));
            return false;
        }
        const Record &other = m_records.at(*it);
        if (other.kind != wanted) {
            note(from.num, type, columnName(field),
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "%1 names record %2, which is a %3, not a %4; that "
                                             "link was left out.")
                     .arg(columnName(field), target, kindCode(other.kind), kindCode(wanted)));
            return false;
        }
        const bool imported = wanted == Kind::Site ? m_batch.locations.contains(idFor(target))
                                                   : serviceIndex.contains(target);
        if (!imported) {
            note(from.num, type, columnName(field),
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "%1 names record %2, which was not imported (see its "
                                             "own entry); that link was left out.")
                     .arg(columnName(field), target));
            return false;
        }
        return true;
    };
    for (const Record &rec : std::as_const(m_records)) {
        if (rec.kind != Kind::Program || !serviceIndex.contains(rec.num))
            continue;
        for (const QString &site : rec.connectsToSite) {
            linkSpecified.insert(rec.num);
            if (checkTarget(rec, ConnectsToSiteNum, site, Kind::Site))
                addLink(rec.num, site, nullptr);
        }
    }
    for (const Record &rec : std::as_const(m_records)) {
        if (rec.kind != Kind::Site || !m_batch.locations.contains(idFor(rec.num)))
            continue;
        for (const QString &program : rec.connectsToProgram) {
            if (!checkTarget(rec, ConnectsToProgramNum, program, Kind::Program))
                continue;
            linkSpecified.insert(program);
            addLink(program, rec.num, nullptr);
        }
    }
    QHash<QString, QList<Alert>> siteAlerts;
    for (const Record &rec : std::as_const(m_records)) {
        if (rec.kind == Kind::Site && !rec.alerts.isEmpty())
            siteAlerts.insert(idFor(rec.num), rec.alerts);
        if (rec.kind != Kind::ProgramAtSite)
            continue;
        const QString type = kindCode(rec.kind);
        const QString program = rec.connectsToProgram.value(0);
        const QString site = rec.connectsToSite.value(0);
        if (program.isEmpty() || site.isEmpty()) {
            note(rec.num, type,
                 columnName(program.isEmpty() ? ConnectsToProgramNum : ConnectsToSiteNum),
                 QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                             "A ProgramAtSite record needs both "
                                             "ConnectsToProgramNum and ConnectsToSiteNum."));
            continue;
        }
        if (!checkTarget(rec, ConnectsToProgramNum, program, Kind::Program)
            || !checkTarget(rec, ConnectsToSiteNum, site, Kind::Site)) {
            continue;
        }
        linkSpecified.insert(program);
        addLink(program, site, &std::get<ServiceAtLocation>(rec.data));
        Service &s = services[serviceIndex.value(program)];
        for (const Alert &alert : rec.alerts) {
            if (!s.alerts.contains(alert))
                s.alerts << alert;
        }
    }

    QHash<QString, QList<Alert>> agencyAlerts;
    for (const Record &rec : std::as_const(m_records)) {
        if (rec.kind == Kind::Agency && !rec.alerts.isEmpty())
            agencyAlerts.insert(idFor(rec.num), rec.alerts);
    }
    for (const Record &rec : std::as_const(m_records)) {
        if (rec.kind != Kind::Program || !serviceIndex.contains(rec.num))
            continue;
        Service &s = services[serviceIndex.value(rec.num)];
        if (!linkSpecified.contains(rec.num)) {
            // Nothing says where: at every site of its agency, else at the agency's own office.
            for (const QString &site : agencySites.value(rec.parentNum))
                addLink(rec.num, site, nullptr);
            const QString office = idFor(rec.parentNum) + QStringLiteral(":agency");
            if (!links.contains(rec.num) && m_batch.locations.contains(office)) {
                ServiceAtLocation sal;
                sal.id = s.id + QStringLiteral("@agency");
                sal.locationId = office;
                links[rec.num] << sal;
            }
        }
        s.locations = links.value(rec.num);
        QList<Alert> inherited = agencyAlerts.value(s.organizationId);
        for (const ServiceAtLocation &sal : std::as_const(s.locations))
            inherited += siteAlerts.value(sal.locationId);
        for (const Alert &alert : std::as_const(inherited)) {
            if (!s.alerts.contains(alert))
                s.alerts << alert;
        }
        for (const TaxonomyTerm &term : std::as_const(s.taxonomyTerms)) {
            auto it = m_batch.taxonomyTerms.find(term.id);
            if (it == m_batch.taxonomyTerms.end())
                m_batch.taxonomyTerms.insert(term.id, term);
            else
                mergeText(it->name, term.name);
        }
    }
    m_batch.services = std::move(services);
}

Result<DirectoryBatch> Importer::run()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                                "The file %1 cannot be opened: %2.")
                        .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                    QStringLiteral("icarol: open failed"));
    }
    const qint64 size = file.size();
    const auto cancelled = [] {
        return fail(ErrorCode::Cancelled,
                    QCoreApplication::translate("Nav::Directory::IcarolImporter",
                                                "The import was cancelled."));
    };
    if (reportCancelled(0, size))
        return cancelled();

    CsvReader csv(&file);
    if (auto header = readHeader(csv); !header)
        return Unexpected(header.error());

    qint64 rows = 0;
    for (;;) {
        auto next = csv.next();
        if (!next)
            return Unexpected(next.error());
        if (!*next)
            break;
        readRow(**next);
        if (++rows % 200 == 0 && reportCancelled(csv.bytesRead(), size))
            return cancelled();
    }
    resolve();
    if (reportCancelled(size, size))
        return cancelled();
    qCInfo(lcIcarol) << "read" << rows << "rows:" << m_batch.organizations.size()
                     << "organizations," << m_batch.services.size() << "services,"
                     << m_batch.locations.size() << "locations," << m_batch.quarantine.size()
                     << "quarantine entries";
    return std::move(m_batch);
}

} // namespace

Result<DirectoryBatch> IcarolImporter::read(const QString &path, const ProgressCallback &progress)
{
    Importer importer(path, progress);
    return importer.run();
}

} // namespace Nav::Directory

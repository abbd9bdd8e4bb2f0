// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/airs/airsimporter.h"

#include "directory/importers/importvocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

// AIRS XML 3.1 / 3.0 → DirectoryBatch
//
// Schemas: shared/reference/airs-xsd/airs_3_1.xsd (namespace
// http://www.airs.org/schema/3_1/AIRS.xsd) and airs_3_0.xsd (no namespace). Elements are matched
// by local name in the root element's namespace, so both versions read the same way; elements of
// other namespaces (the schema's xs:any extension points) and unknown elements are skipped.
// Ids: "airs:AG<Key>" agency, "airs:SI<Key>" site, "airs:SS<Key>" site-service, "airs:SG<Key>"
// service group. Quarantine entries name the record by its Key ("line N" when it has none) and
// its type: agency, site, siteservice, servicegroup.
//
// Element / attribute                | Goes to                                 | If unusable
// -----------------------------------+-----------------------------------------+-----------------
// Agency                             | Organization                            |
//   Key                              | id                                      | missing or used
//                                    |                                         | twice: agency and
//                                    |                                         | all it holds
//                                    |                                         | quarantined
//   Name                             | name                                    | same
//   AgencyDescription, AKA (first    | description, alternateName              | —
//     not Confidential), URL, Email  | website, email (the first of each)      |
//   Phone, Contact                   | phones, contacts                        | —
//   AgencyLocation                   | a Location (Key, else "<agency>:location")| —
//   ResourceInfo@DateLastVerified    | lastVerified (also of its services that | note, dropped
//                                    | have none)                              |
//   @Status, @ExcludeFromDirectory,  | status: active / inactive (kept, not    | note, read as
//     ResourceInfo@AvailableFor…     | dropped); its services keep their own  | active / no
//   @ExcludeFromWebsite              | its phones and contacts confidential    | note, read as yes
//   Agency (nested)                  | an organization of its own (the model   |
//                                    | has no parent organization)             |
// ServiceGroup Key, ProgramName      | Program "airs:SG<Key>" (else Name)      | no Key: note,
//                                    |                                         | skipped; no name:
//                                    |                                         | quarantined
// Site                               | Location, organizationId = its agency   |
//   Key                              | id                                      | missing or used
//                                    |                                         | twice: site and
//                                    |                                         | its services
//                                    |                                         | quarantined
//   Name                             | name                                    | missing: note,
//                                    |                                         | the agency's name
//   AgencyKey (3.1)                  | checked against the enclosing agency    | note if different
//   SiteDescription, PhysicalLocation| description                             | —
//     Description, NoPhysicalAddress |                                         |
//   Physical/Mailing/OtherAddress    | Address physical / postal / other;      | —
//                                    | provinces and countries as codes        |
//   Address@Confidential,            | Address.confidential; on the physical   | bad value: note,
//     ReasonWithheld                 | address it also makes the Location      | read as yes
//                                    | confidential (a withheld address is not |
//                                    | imported at all)                        |
//   Phone@Confidential, ReasonWithheld| Phone.confidential; a withheld number  | bad value: note,
//                                    | is not imported                         | read as yes
//   SpatialLocation Latitude/Longitude| coordinates                            | note, dropped
//   TimeOpen                         | weekly Schedules, days with the same    | bad time: note,
//                                    | hours grouped; Notes → notes (or the    | those hours
//                                    | description when there are no hours)    | dropped
//   Languages Name / Notes           | languages (ISO 639 codes)               | unknown name:
//                                    |                                         | note, no code
//   DisabilitiesAccess,              | accessibility, transportation           | —
//     BusServiceAccess               |                                         |
//   Contact                          | contacts of each service there          | —
//   @Status, @ExcludeFromDirectory   | the services at the site become         | note
//                                    | inactive / defunct                      |
//   @ExcludeFromWebsite              | Location, addresses, phones confidential| note, read as yes
// SiteService                        | Service at its site (one                |
//                                    | ServiceAtLocation)                      |
//   Key                              | id                                      | missing or used
//                                    |                                         | twice: quarantined
//   Name                             | name (else its service group's name)    | neither:
//                                    |                                         | quarantined
//   (outside any Site)               | —                                       | quarantined
//   @ServiceGroupKey                 | programId                               | not in the file:
//                                    |                                         | note, no program
//   Description, FeeStructure        | description, fees                       | —
//     (+ PaymentMethodAccepted)      |                                         |
//   GeneralEligibility, Age/Gender/  | eligibility, one line each              | —
//     Family/Income/Residency/Other/ |                                         |
//     AidRequirements                |                                         |
//   AgeRequirements@Minimum/MaximumAge| minimumAge, maximumAge                 | note, dropped
//   ApplicationProcess Step +        | applicationProcess, one line each       | —
//     Description                    |                                         |
//   DocumentsRequired                | requiredDocuments                       | —
//   Taxonomy Code                    | TaxonomyTerm (taxonomy "AIRS", id=code) | note, code dropped
//   GeographicAreaServed             | ServiceArea per City/County/State/…;    | —
//                                    | Description as an area of its own       |
//   TimeOpen, Languages, Phone       | as for sites                            | as for sites
//   Seasonal                         | Schedule with validFrom/validTo when the| — (free text by
//                                    | dates are dates, else in the description| schema)
//   ResourceInfo DateLastVerified,   | lastVerified, lastModified, assurer;    | note, dropped
//     DateOfLastAction,              | its contacts (confidential: they are    |
//     ResourceSpecialist, Contact    | the people who maintain the record)     |
//   @Status, ResourceInfo@Available… | status                                  | note
// @delete="1" (3.1) on Agency, Site, | the record and everything inside it is  |
//   SiteService                      | retired: services → deletedServiceIds;  |
//                                    | an agency → organization with status    |
//                                    | inactive; a site's Location is not in   |
//                                    | the batch (the model has no location    |
//                                    | delete)                                 |
//
// Snapshot: AIRS files are full exports unless they carry deletes. A file with any delete="1"
// is read as a partial (incremental) update: fullSnapshot = false, so services missing from it
// are not retired. Otherwise fullSnapshot = true.
//
// Language: the schema has no language marker and no French fields. Text goes in `en`, except
// under an xml:lang attribute saying French (on the root, for a French-only export, or on any
// element, inherited as XML does): that text goes in `fr`. A repeated element with another
// xml:lang (<Name>Food Bank</Name><Name xml:lang="fr">Banque alimentaire</Name>) fills the other
// language; the schema does not allow that repetition, but it costs nothing to read it.
//
// Ignored: SocialMedia, LicenseAccreditation, IRSStatus, site URL and Email, CrossStreet, AKA of
// sites, Agency attributes other than Status/Exclude…, ServiceNotAlwaysAvailable, the
// deleteOccurredDate/deleteEffective stamps, Source attributes (logged: schema version).

Q_LOGGING_CATEGORY(lcAirs, "nav.directory.airs")

namespace Nav::Directory {

namespace {

namespace V = ImportVocabulary;

const QString kXmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

QString translated(const char *text)
{
    return QCoreApplication::translate("Nav::Directory::AirsImporter", text);
}

// Field problems found while a record is read, reported once the record is accepted.
struct Notes
{
    QList<std::pair<QString, QString>> items; // field, reason
    void add(const QString &field, const QString &reason) { items.append({field, reason}); }
};

struct ResourceInfo
{
    QDate verified;
    QDateTime lastAction;
    bool unavailable = false; // AvailableForDirectory = false
    QList<Contact> contacts;
    QString specialist;
};

struct ServiceData
{
    Service service;
    QString key;
    qint64 line = 0;
    bool deleted = false;
    QString groupKey;
    QXmlStreamAttributes attributes;
    bool unavailable = false;
    Notes notes;
};

struct SiteData
{
    Location location;
    QString key;
    QString agencyKey;
    qint64 line = 0;
    bool deleted = false;
    bool agencyLocation = false;
    QXmlStreamAttributes attributes;
    QList<Contact> contacts;
    QList<ServiceData> services;
    Notes notes;
};

struct GroupData
{
    Program program;
    QString key;
    qint64 line = 0;
};

struct AgencyData
{
    Organization org;
    QString key;
    qint64 line = 0;
    bool deleted = false;
    QXmlStreamAttributes attributes;
    ResourceInfo info;
    bool decided = false;
    bool accepted = false;
    QList<GroupData> groups;
    QList<SiteData> sites;
    QList<ServiceData> stray; // SiteService elements outside any Site
    Notes notes;
};

template<typename T>
void numberIds(QList<T> &items, const QString &prefix)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        items[i].id = prefix + QString::number(i + 1);
}

void appendLine(LocalizedText &into, const LocalizedText &line)
{
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const QString add = lang == u"en" ? line.en : line.fr;
        if (add.isEmpty())
            continue;
        QString &side = lang == u"en" ? into.en : into.fr;
        side = side.isEmpty() ? add : side + u'\n' + add;
    }
}

// "a – b" for two parts of one line, in each language.
LocalizedText joined(const LocalizedText &a, const LocalizedText &b)
{
    const auto join = [](const QString &x, const QString &y) -> QString {
        if (x.isEmpty())
            return y;
        if (y.isEmpty())
            return x;
        return x + QStringLiteral(" – ") + y;
    };
    return {join(a.en, b.en), join(a.fr, b.fr)};
}

class Parser
{
public:
    Parser(QIODevice *device, qint64 size, const ProgressCallback &progress)
        : m_xml(device)
        , m_device(device)
        , m_size(size)
        , m_progress(progress)
    {
        m_batch.source = QStringLiteral("airs");
    }

    Result<DirectoryBatch> run();

private:
    bool isAirs() const { return m_xml.namespaceUri() == m_ns; }
    QString langOf(const QString &inherited) const;
    QString readPlain()
    {
        return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    void readInto(LocalizedText &text, const QString &inherited, bool append);
    QString lineId(qint64 line) const
    {
        return QCoreApplication::translate("Nav::Directory::AirsImporter", "line %1").arg(line);
    }
    void note(const QString &id, const QString &type, const QString &field, const QString &reason)
    {
        m_batch.quarantine.append(QuarantineEntry{id, type, field, reason});
    }
    void flushNotes(const Notes &notes, const QString &id, const QString &type)
    {
        for (const auto &[field, reason] : notes.items)
            note(id, type, field, reason);
    }
    void countRecord();
    bool isDelete(const QXmlStreamAttributes &attributes);
    bool boolAttribute(const QXmlStreamAttributes &attributes, const QString &name, bool privacy,
                       Notes &notes);
    QString statusAttribute(const QXmlStreamAttributes &attributes, Notes &notes);
    std::optional<QDate> dateAttribute(const QXmlStreamAttributes &attributes,
                                       const QString &name, Notes &notes);

    void parseSource();
    void parseAgency(const QString &inheritedLang, bool parentDeleted);
    void parseGroup(AgencyData &agency, const QString &lang);
    SiteData parseSite(const QString &inheritedLang, bool parentDeleted);
    ServiceData parseSiteService(const QString &inheritedLang, bool parentDeleted);
    std::optional<Address> parseAddress(const QString &type, Notes &notes, bool *confidential);
    std::optional<Phone> parsePhone(const QString &lang, Notes &notes);
    Contact parseContact(const QString &lang, Notes &notes);
    QString parseAddressChild(); // Email/URL: the Address child
    std::optional<QString> parseAka();
    QList<Schedule> parseTimeOpen(const QString &lang, Notes &notes);
    QList<Language> parseLanguages(Notes &notes, const QString &field);
    QList<ServiceArea> parseArea(const QString &lang);
    ResourceInfo parseResourceInfo(const QString &lang, Notes &notes);
    Schedule parseSeasonal(const QString &lang);
    void parseCoordinates(Location &location, Notes &notes);

    void flushAgency(AgencyData &agency);
    void commitSite(AgencyData &agency, SiteData &site);
    void commitService(const AgencyData &agency, const SiteData &site, const QString &locationId,
                       const QString &siteStatus, ServiceData &data);
    void cascade(const SiteData &site, const QString &reason);
    void retire(const SiteData &site);
    void finish();

    QXmlStreamReader m_xml;
    QIODevice *m_device;
    qint64 m_size;
    ProgressCallback m_progress;
    DirectoryBatch m_batch;
    QString m_ns;
    QString m_schemaVersion;
    qint64 m_records = 0;
    bool m_cancelled = false;
    bool m_hasDeletes = false;
    QHash<QString, qint64> m_agencyKeys;  // key → line
    QHash<QString, qint64> m_siteKeys;
    QHash<QString, qint64> m_serviceKeys;
    QHash<QString, QString> m_groups;     // group key → program id
    QSet<QString> m_rejectedGroups;
    struct GroupRef
    {
        qsizetype service;
        QString groupKey;
    };
    QList<GroupRef> m_groupRefs;
};

QString Parser::langOf(const QString &inherited) const
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QString value = attributes.value(kXmlNamespace, QStringLiteral("lang")).toString();
    if (value.isEmpty())
        return inherited;
    return V::languageTag(value) == u"fr" ? QStringLiteral("fr") : QStringLiteral("en");
}

void Parser::readInto(LocalizedText &text, const QString &inherited, bool append)
{
    const QString lang = langOf(inherited);
    const QString value = readPlain();
    if (value.isEmpty())
        return;
    QString &side = lang == u"fr" ? text.fr : text.en;
    if (side.isEmpty())
        side = value;
    else if (append)
        side += u'\n' + value;
}

void Parser::countRecord()
{
    if (++m_records % 200 != 0 || !m_progress)
        return;
    if (!m_progress(std::min(m_device->pos(), m_size), m_size)) {
        m_cancelled = true;
        m_xml.raiseError(QStringLiteral("cancelled"));
    }
}

bool Parser::isDelete(const QXmlStreamAttributes &attributes)
{
    const QString raw = attributes.value(QStringLiteral("delete")).toString();
    const bool deleted = V::parseYesNo(raw).value_or(false);
    if (deleted)
        m_hasDeletes = true;
    return deleted;
}

bool Parser::boolAttribute(const QXmlStreamAttributes &attributes, const QString &name,
                           bool privacy, Notes &notes)
{
    const QString raw = attributes.value(name).toString().trimmed();
    if (const auto value = V::parseYesNo(raw))
        return *value;
    if (privacy) {
        notes.add(name, QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                    "%1=\"%2\" is not true or false; it was read "
                                                    "as true, so the information is kept "
                                                    "confidential.")
                            .arg(name, raw));
        return true;
    }
    notes.add(name, QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                "%1=\"%2\" is not true or false; it was read as "
                                                "false.")
                        .arg(name, raw));
    return false;
}

QString Parser::statusAttribute(const QXmlStreamAttributes &attributes, Notes &notes)
{
    const QString raw = attributes.value(QStringLiteral("Status")).toString().trimmed();
    const QString key = raw.toLower();
    if (key.isEmpty() || key == u"active")
        return QStringLiteral("active");
    if (key == u"inactive" || key == u"defunct")
        return key;
    notes.add(QStringLiteral("Status"),
              QCoreApplication::translate("Nav::Directory::AirsImporter",
                                          "Status=\"%1\" is not a status Navigator knows "
                                          "(expected active, inactive or defunct); the record "
                                          "was imported as active.")
                  .arg(raw));
    return QStringLiteral("active");
}

// xs:date, with the optional time zone the type allows ("2024-03-15", "2024-03-15Z",
// "2024-03-15-05:00").
std::optional<QDate> Parser::dateAttribute(const QXmlStreamAttributes &attributes,
                                           const QString &name, Notes &notes)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:Z|[+-]\\d{2}:\\d{2})?$"));
    const QString raw = attributes.value(name).toString().trimmed();
    if (raw.isEmpty())
        return std::nullopt;
    if (const auto m = re.match(raw); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return date;
    }
    notes.add(name, QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                "%1 \"%2\" is not a date (expected YYYY-MM-DD); "
                                                "the date was left out.")
                        .arg(name, raw));
    return std::nullopt;
}

std::optional<QString> Parser::parseAka()
{
    QString name;
    bool confidential = false;
    while (m_xml.readNextStartElement()) {
        if (isAirs() && m_xml.name() == u"Name")
            name = readPlain();
        else if (isAirs() && m_xml.name() == u"Confidential")
            confidential = V::parseYesNo(readPlain()).value_or(true);
        else
            m_xml.skipCurrentElement();
    }
    if (name.isEmpty() || confidential)
        return std::nullopt;
    return name;
}

QString Parser::parseAddressChild()
{
    QString address;
    while (m_xml.readNextStartElement()) {
        if (isAirs() && m_xml.name() == u"Address" && address.isEmpty())
            address = readPlain();
        else
            m_xml.skipCurrentElement();
    }
    return address;
}

std::optional<Address> Parser::parseAddress(const QString &type, Notes &notes, bool *confidential)
{
    Address a;
    a.type = type;
    const QXmlStreamAttributes attributes = m_xml.attributes();
    a.confidential = boolAttribute(attributes, QStringLiteral("Confidential"), true, notes);
    bool withheld = false;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"PreAddressLine")
            a.attention = readPlain();
        else if (n == u"Line1")
            a.address1 = readPlain();
        else if (n == u"Line2")
            a.address2 = readPlain();
        else if (n == u"City")
            a.city = readPlain();
        else if (n == u"County")
            a.region = readPlain();
        else if (n == u"State")
            a.province = V::provinceCode(readPlain());
        else if (n == u"ZipCode")
            a.postalCode = readPlain();
        else if (n == u"Country")
            a.country = V::countryCode(readPlain());
        else if (n == u"ReasonWithheld") {
            withheld = true;
            m_xml.skipCurrentElement();
        } else
            m_xml.skipCurrentElement();
    }
    *confidential = a.confidential || withheld;
    if (withheld)
        return std::nullopt; // "so confidential that it won't be shared at all"
    if (a.address1.isEmpty() && a.address2.isEmpty() && a.city.isEmpty() && a.postalCode.isEmpty())
        return std::nullopt;
    return a;
}

std::optional<Phone> Parser::parsePhone(const QString &inheritedLang, Notes &notes)
{
    const QString lang = langOf(inheritedLang);
    const QXmlStreamAttributes attributes = m_xml.attributes();
    Phone p;
    p.confidential = boolAttribute(attributes, QStringLiteral("Confidential"), true, notes);
    const bool tollFree = boolAttribute(attributes, QStringLiteral("TollFree"), false, notes);
    QString type;
    LocalizedText function;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"PhoneNumber")
            p.number = readPlain();
        else if (n == u"Extension")
            p.extension = readPlain();
        else if (n == u"Description")
            readInto(p.description, lang, false);
        else if (n == u"Type")
            type = readPlain();
        else if (n == u"Function")
            readInto(function, lang, false);
        else
            m_xml.skipCurrentElement(); // ReasonWithheld: nothing to show
    }
    if (p.number.isEmpty())
        return std::nullopt;
    p.type = V::phoneType(type + u' ' + function.en + u' ' + function.fr);
    if (p.description.isEmpty())
        p.description = function;
    if (p.description.isEmpty() && tollFree)
        p.description = {QStringLiteral("Toll-free"), QStringLiteral("Sans frais")};
    return p;
}

Contact Parser::parseContact(const QString &inheritedLang, Notes &notes)
{
    const QString lang = langOf(inheritedLang);
    Contact c;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"Title")
            c.title = readPlain();
        else if (n == u"Name")
            c.name = readPlain();
        else if (n == u"Email") {
            const QString email = parseAddressChild();
            if (c.email.isEmpty())
                c.email = email;
        } else if (n == u"Phone") {
            if (auto phone = parsePhone(lang, notes))
                c.phones << *phone;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return c;
}

QList<Schedule> Parser::parseTimeOpen(const QString &inheritedLang, Notes &notes)
{
    static const std::pair<const char16_t *, const char16_t *> days[] = {
        {u"Monday", u"MO"},   {u"Tuesday", u"TU"}, {u"Wednesday", u"WE"}, {u"Thursday", u"TH"},
        {u"Friday", u"FR"},   {u"Saturday", u"SA"}, {u"Sunday", u"SU"},
    };
    const QString lang = langOf(inheritedLang);
    struct Hours
    {
        QTime opens;
        QTime closes;
        QList<int> days; // index in `days`
    };
    QList<Hours> groups;
    LocalizedText notesText;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QString element = m_xml.name().toString();
        if (element == u"Notes") {
            readInto(notesText, lang, true);
            continue;
        }
        int day = -1;
        for (int i = 0; i < 7; ++i) {
            if (element == QStringView(days[i].first))
                day = i;
        }
        if (day < 0) {
            m_xml.skipCurrentElement();
            continue;
        }
        std::optional<QTime> from;
        bool fromBad = false;
        while (m_xml.readNextStartElement()) {
            const QString part = m_xml.name().toString();
            if (!isAirs() || (part != u"From" && part != u"To")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString raw = readPlain();
            const auto time = V::parseTime(raw);
            if (!time) {
                notes.add(QStringLiteral("TimeOpen"),
                          QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                      "%1 %2 \"%3\" is not a time (expected "
                                                      "HH:MM or HH:MM:SS); those hours were left "
                                                      "out.")
                              .arg(element, part, raw));
                if (part == u"From")
                    fromBad = true;
                from.reset();
                continue;
            }
            if (part == u"From") {
                from = time;
                fromBad = false;
                continue;
            }
            if (!from || fromBad)
                continue;
            auto it = std::find_if(groups.begin(), groups.end(), [&](const Hours &h) {
                return h.opens == *from && h.closes == *time;
            });
            if (it == groups.end())
                groups.append(Hours{*from, *time, {day}});
            else if (!it->days.contains(day))
                it->days.append(day);
            from.reset();
        }
    }
    QList<Schedule> out;
    for (Hours &h : groups) {
        std::sort(h.days.begin(), h.days.end());
        Schedule s;
        s.freq = QStringLiteral("WEEKLY");
        for (int d : std::as_const(h.days))
            s.byday << QString::fromUtf16(days[d].second);
        s.opensAt = h.opens;
        s.closesAt = h.closes;
        s.notes = notesText.text(lang);
        out << s;
    }
    if (out.isEmpty() && !notesText.isEmpty()) {
        Schedule s;
        s.description = notesText;
        out << s;
    }
    return out;
}

QList<Language> Parser::parseLanguages(Notes &notes, const QString &field)
{
    QList<Language> out;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"Name") {
            const QString name = readPlain();
            if (name.isEmpty())
                continue;
            const V::LanguageLookup found = V::lookupLanguage(name);
            if (!found.known) {
                notes.add(field, QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                             "Language \"%1\" is not a language "
                                                             "Navigator knows; it was kept "
                                                             "without a language code.")
                                     .arg(name));
            }
            out << Language{found.code, name, QString()};
        } else if (n == u"Notes" && !out.isEmpty()) {
            out.last().note = readPlain();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return out;
}

QList<ServiceArea> Parser::parseArea(const QString &inheritedLang)
{
    const QString lang = langOf(inheritedLang);
    QList<ServiceArea> out;
    LocalizedText description;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"Description") {
            readInto(description, lang, true);
        } else if (n == u"ZipCode" || n == u"CensusTrack" || n == u"City" || n == u"County"
                   || n == u"State" || n == u"Country") {
            const QString name = readPlain();
            if (!name.isEmpty())
                out << ServiceArea{QString(), name, {}, {}, {}, {}};
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!description.isEmpty())
        out << ServiceArea{QString(), QString(), description, {}, {}, {}};
    return out;
}

ResourceInfo Parser::parseResourceInfo(const QString &inheritedLang, Notes &notes)
{
    const QString lang = langOf(inheritedLang);
    const QXmlStreamAttributes attributes = m_xml.attributes();
    ResourceInfo info;
    info.verified = dateAttribute(attributes, QStringLiteral("DateLastVerified"), notes)
                        .value_or(QDate());
    if (const auto last = dateAttribute(attributes, QStringLiteral("DateOfLastAction"), notes))
        info.lastAction = QDateTime(*last, QTime(0, 0));
    if (attributes.hasAttribute(QStringLiteral("AvailableForDirectory"))) {
        info.unavailable = !boolAttribute(attributes, QStringLiteral("AvailableForDirectory"),
                                          false, notes);
    }
    while (m_xml.readNextStartElement()) {
        if (isAirs() && m_xml.name() == u"Contact") {
            Contact c = parseContact(lang, notes);
            c.confidential = true;
            for (Phone &p : c.phones)
                p.confidential = true;
            info.contacts << c;
        } else if (isAirs() && m_xml.name() == u"ResourceSpecialist") {
            info.specialist = readPlain();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return info;
}

Schedule Parser::parseSeasonal(const QString &inheritedLang)
{
    const QString lang = langOf(inheritedLang);
    Schedule s;
    QString start;
    QString end;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"Description")
            readInto(s.description, lang, true);
        else if (n == u"StartDate")
            start = readPlain();
        else if (n == u"EndDate")
            end = readPlain();
        else
            m_xml.skipCurrentElement();
    }
    // Free text by schema ("June 1"): dates when they are dates, else kept as words.
    const auto from = V::parseDate(start);
    const auto to = V::parseDate(end);
    if ((start.isEmpty() || from) && (end.isEmpty() || to)) {
        s.validFrom = from.value_or(QDate());
        s.validTo = to.value_or(QDate());
    } else {
        LocalizedText period;
        period.set(lang, start + QStringLiteral(" – ") + end);
        appendLine(s.description, period);
    }
    return s;
}

void Parser::parseCoordinates(Location &location, Notes &notes)
{
    QString lat;
    QString lon;
    while (m_xml.readNextStartElement()) {
        if (isAirs() && m_xml.name() == u"Latitude")
            lat = readPlain();
        else if (isAirs() && m_xml.name() == u"Longitude")
            lon = readPlain();
        else
            m_xml.skipCurrentElement();
    }
    bool latOk = false;
    bool lonOk = false;
    const double y = lat.toDouble(&latOk);
    const double x = lon.toDouble(&lonOk);
    if (!latOk || !lonOk || y < -90 || y > 90 || x < -180 || x > 180) {
        notes.add(QStringLiteral("SpatialLocation"),
                  QCoreApplication::translate("Nav::Directory::AirsImporter",
                                              "Latitude \"%1\" and longitude \"%2\" are not "
                                              "coordinates (expected numbers from -90 to 90 and "
                                              "-180 to 180); the coordinates were left out.")
                      .arg(lat, lon));
        return;
    }
    location.latitude = y;
    location.longitude = x;
}

ServiceData Parser::parseSiteService(const QString &inheritedLang, bool parentDeleted)
{
    countRecord();
    ServiceData d;
    d.line = m_xml.lineNumber();
    d.attributes = m_xml.attributes();
    d.deleted = isDelete(d.attributes) || parentDeleted;
    d.groupKey = d.attributes.value(QStringLiteral("ServiceGroupKey")).toString().trimmed();
    const QString lang = langOf(inheritedLang);
    Service &s = d.service;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QString n = m_xml.name().toString();
        if (n == u"Name") {
            readInto(s.name, lang, false);
        } else if (n == u"Key") {
            d.key = readPlain();
        } else if (n == u"Description") {
            readInto(s.description, lang, true);
        } else if (n == u"Phone") {
            if (auto phone = parsePhone(lang, d.notes))
                s.phones << *phone;
        } else if (n == u"TimeOpen") {
            s.schedules += parseTimeOpen(lang, d.notes);
        } else if (n == u"Seasonal") {
            s.schedules << parseSeasonal(lang);
        } else if (n == u"Taxonomy") {
            while (m_xml.readNextStartElement()) {
                if (!isAirs() || m_xml.name() != u"Code") {
                    m_xml.skipCurrentElement();
                    continue;
                }
                static const QRegularExpression linked(QStringLiteral("\\s*[*;]\\s*"));
                for (const QString &code : readPlain().split(linked, Qt::SkipEmptyParts)) {
                    if (!V::isTaxonomyCode(code)) {
                        d.notes.add(QStringLiteral("Taxonomy"),
                                    QCoreApplication::translate(
                                        "Nav::Directory::AirsImporter",
                                        "Taxonomy code \"%1\" is not a taxonomy code (expected "
                                        "a code such as BD-1800.2000); the code was left out.")
                                        .arg(code));
                        continue;
                    }
                    TaxonomyTerm t;
                    t.code = V::normalizedTaxonomyCode(code);
                    t.id = t.code;
                    t.taxonomy = QStringLiteral("AIRS");
                    if (std::none_of(s.taxonomyTerms.cbegin(), s.taxonomyTerms.cend(),
                                     [&](const TaxonomyTerm &x) { return x.id == t.id; })) {
                        s.taxonomyTerms << t;
                    }
                }
            }
        } else if (n == u"Languages") {
            s.languages += parseLanguages(d.notes, QStringLiteral("Languages"));
        } else if (n == u"GeographicAreaServed") {
            s.serviceAreas += parseArea(lang);
        } else if (n == u"ResourceInfo") {
            const ResourceInfo info = parseResourceInfo(lang, d.notes);
            s.lastVerified = info.verified;
            s.lastModified = info.lastAction;
            s.assurer = info.specialist;
            s.contacts += info.contacts;
            d.unavailable = info.unavailable;
        } else if (n == u"DocumentsRequired") {
            const QString elementLang = langOf(lang);
            LocalizedText document;
            LocalizedText description;
            while (m_xml.readNextStartElement()) {
                if (isAirs() && m_xml.name() == u"DocumentsRequired")
                    readInto(document, elementLang, true);
                else if (isAirs() && m_xml.name() == u"Description")
                    readInto(description, elementLang, true);
                else
                    m_xml.skipCurrentElement();
            }
            const LocalizedText text = joined(document, description);
            if (!text.isEmpty())
                s.requiredDocuments << RequiredDocument{QString(), text, QString()};
        } else if (n == u"ApplicationProcess") {
            const QString elementLang = langOf(lang);
            LocalizedText step;
            LocalizedText description;
            while (m_xml.readNextStartElement()) {
                if (isAirs() && m_xml.name() == u"Step")
                    readInto(step, elementLang, true);
                else if (isAirs() && m_xml.name() == u"Description")
                    readInto(description, elementLang, true);
                else
                    m_xml.skipCurrentElement();
            }
            appendLine(s.applicationProcess, joined(step, description));
        } else if (n == u"FeeStructure" || n == u"PaymentMethodAccepted") {
            LocalizedText line;
            readInto(line, lang, true);
            appendLine(s.fees, line);
        } else if (n == u"AgeRequirements") {
            const QXmlStreamAttributes attributes = m_xml.attributes();
            for (const QString &bound : {QStringLiteral("MinimumAge"),
                                         QStringLiteral("MaximumAge")}) {
                const QString raw = attributes.value(bound).toString().trimmed();
                if (raw.isEmpty())
                    continue;
                bool ok = false;
                const int age = raw.toInt(&ok);
                if (!ok || age < 0 || age > 150) {
                    d.notes.add(bound, QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                                   "%1=\"%2\" is not an age in "
                                                                   "years; it was left out.")
                                           .arg(bound, raw));
                    continue;
                }
                if (bound == u"MinimumAge")
                    s.minimumAge = s.minimumAge ? std::min(*s.minimumAge, age) : age;
                else
                    s.maximumAge = s.maximumAge ? std::max(*s.maximumAge, age) : age;
            }
            LocalizedText line;
            readInto(line, lang, true);
            appendLine(s.eligibility, line);
        } else if (n == u"GeneralEligibility" || n == u"GenderRequirements"
                   || n == u"FamilyRequirements" || n == u"IncomeRequirements"
                   || n == u"ResidencyRequirements" || n == u"OtherRequirements"
                   || n == u"AidRequirements") {
            LocalizedText line;
            readInto(line, lang, true);
            appendLine(s.eligibility, line);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return d;
}

SiteData Parser::parseSite(const QString &inheritedLang, bool parentDeleted)
{
    countRecord();
    SiteData site;
    site.line = m_xml.lineNumber();
    site.attributes = m_xml.attributes();
    site.deleted = isDelete(site.attributes) || parentDeleted;
    const QString lang = langOf(inheritedLang);
    Location &loc = site.location;
    bool physicalConfidential = false;
    bool noPhysicalAddress = false;
    LocalizedText whereDescription;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"Key") {
            site.key = readPlain();
        } else if (n == u"AgencyKey") {
            site.agencyKey = readPlain();
        } else if (n == u"Name") {
            readInto(loc.name, lang, false);
        } else if (n == u"SiteDescription") {
            readInto(loc.description, lang, true);
        } else if (n == u"PhysicalAddress" || n == u"MailingAddress" || n == u"OtherAddress") {
            const QString type = n == u"PhysicalAddress"  ? QStringLiteral("physical")
                                 : n == u"MailingAddress" ? QStringLiteral("postal")
                                                          : QStringLiteral("other");
            bool confidential = false;
            if (auto address = parseAddress(type, site.notes, &confidential))
                loc.addresses << *address;
            if (type == u"physical")
                physicalConfidential = physicalConfidential || confidential;
        } else if (n == u"NoPhysicalAddress") {
            noPhysicalAddress = true;
            while (m_xml.readNextStartElement()) {
                if (isAirs() && m_xml.name() == u"Description")
                    readInto(whereDescription, lang, true);
                else
                    m_xml.skipCurrentElement();
            }
        } else if (n == u"Phone") {
            if (auto phone = parsePhone(lang, site.notes))
                loc.phones << *phone;
        } else if (n == u"Contact") {
            site.contacts << parseContact(lang, site.notes);
        } else if (n == u"TimeOpen") {
            loc.schedules += parseTimeOpen(lang, site.notes);
        } else if (n == u"Languages") {
            loc.languages += parseLanguages(site.notes, QStringLiteral("Languages"));
        } else if (n == u"DisabilitiesAccess") {
            Accessibility a;
            readInto(a.description, lang, true);
            if (!a.description.isEmpty())
                loc.accessibility << a;
        } else if (n == u"PhysicalLocationDescription") {
            readInto(whereDescription, lang, true);
        } else if (n == u"BusServiceAccess") {
            loc.transportation = readPlain();
        } else if (n == u"SiteService") {
            site.services << parseSiteService(lang, site.deleted);
        } else if (n == u"SpatialLocation") {
            parseCoordinates(loc, site.notes);
        } else {
            m_xml.skipCurrentElement(); // AKA, URL, Email, CrossStreet, unknown elements
        }
    }
    appendLine(loc.description, whereDescription);
    const bool hasPhysical = std::any_of(loc.addresses.cbegin(), loc.addresses.cend(),
                                         [](const Address &a) { return a.type == u"physical"; });
    const bool hasPostal = std::any_of(loc.addresses.cbegin(), loc.addresses.cend(),
                                       [](const Address &a) { return a.type == u"postal"; });
    loc.locationType = (hasPhysical || physicalConfidential) ? QStringLiteral("physical")
                       : noPhysicalAddress                   ? QStringLiteral("virtual")
                       : hasPostal                           ? QStringLiteral("postal")
                                                             : QStringLiteral("virtual");
    loc.confidential = physicalConfidential;
    return site;
}

void Parser::parseGroup(AgencyData &agency, const QString &inheritedLang)
{
    const QString lang = langOf(inheritedLang);
    GroupData g;
    g.line = m_xml.lineNumber();
    LocalizedText name;
    LocalizedText programName;
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"Key")
            g.key = readPlain();
        else if (n == u"Name")
            readInto(name, lang, false);
        else if (n == u"ProgramName")
            readInto(programName, lang, false);
        else
            m_xml.skipCurrentElement();
    }
    g.program.name = programName.isEmpty() ? name : programName;
    agency.groups << g;
}

void Parser::parseAgency(const QString &inheritedLang, bool parentDeleted)
{
    countRecord();
    AgencyData a;
    a.line = m_xml.lineNumber();
    a.attributes = m_xml.attributes();
    a.deleted = isDelete(a.attributes) || parentDeleted;
    const QString lang = langOf(inheritedLang);
    while (m_xml.readNextStartElement()) {
        if (!isAirs()) {
            m_xml.skipCurrentElement();
            continue;
        }
        const QStringView n = m_xml.name();
        if (n == u"Key") {
            a.key = readPlain();
        } else if (n == u"Name") {
            readInto(a.org.name, lang, false);
        } else if (n == u"AgencyDescription") {
            readInto(a.org.description, lang, true);
        } else if (n == u"AKA") {
            const auto aka = parseAka();
            if (aka && a.org.alternateName.isEmpty())
                a.org.alternateName = *aka;
        } else if (n == u"AgencyLocation") {
            SiteData site = parseSite(lang, a.deleted);
            site.agencyLocation = true;
            a.sites << site;
        } else if (n == u"Phone") {
            if (auto phone = parsePhone(lang, a.notes))
                a.org.phones << *phone;
        } else if (n == u"URL") {
            const QString url = parseAddressChild();
            if (a.org.website.isEmpty())
                a.org.website = url;
        } else if (n == u"Email") {
            const QString email = parseAddressChild();
            if (a.org.email.isEmpty())
                a.org.email = email;
        } else if (n == u"Contact") {
            a.org.contacts << parseContact(lang, a.notes);
        } else if (n == u"ServiceGroup") {
            parseGroup(a, lang);
        } else if (n == u"Site") {
            a.sites << parseSite(lang, a.deleted);
        } else if (n == u"SiteService") {
            a.stray << parseSiteService(lang, a.deleted);
        } else if (n == u"ResourceInfo") {
            a.info = parseResourceInfo(lang, a.notes);
        } else if (n == u"Agency") {
            flushAgency(a); // the parent is complete: its children come last
            parseAgency(lang, a.deleted);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (!m_xml.hasError())
        flushAgency(a);
}

void Parser::retire(const SiteData &site)
{
    for (const ServiceData &d : site.services) {
        if (!d.key.isEmpty())
            m_batch.deletedServiceIds << QStringLiteral("airs:SS") + d.key;
    }
}

void Parser::cascade(const SiteData &site, const QString &reason)
{
    for (const ServiceData &d : site.services) {
        note(d.key.isEmpty() ? lineId(d.line) : d.key, QStringLiteral("siteservice"), QString(),
             reason);
    }
}

void Parser::flushAgency(AgencyData &a)
{
    const QString type = QStringLiteral("agency");
    const QString recordId = a.key.isEmpty() ? lineId(a.line) : a.key;
    if (!a.decided) {
        a.decided = true;
        const QString id = QStringLiteral("airs:AG") + a.key;
        QString rejection;
        QString rejectedField = QStringLiteral("Key");
        if (a.deleted) {
            if (!a.key.isEmpty()) {
                a.org.id = id;
                a.org.status = QStringLiteral("inactive");
                m_batch.organizations.insert(id, a.org);
            }
        } else if (a.key.isEmpty()) {
            rejection = translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                                     "The agency has no Key, so it cannot be "
                                                     "matched with later imports."));
        } else if (m_agencyKeys.contains(a.key)) {
            rejection = QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                    "Key %1 is already used by the agency on "
                                                    "line %2; this agency was not imported.")
                            .arg(a.key)
                            .arg(m_agencyKeys.value(a.key));
        } else if (a.org.name.isEmpty()) {
            rejectedField = QStringLiteral("Name");
            rejection = translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                                     "The agency has no Name."));
        }
        if (!a.deleted && rejection.isEmpty()) {
            m_agencyKeys.insert(a.key, a.line);
            Organization &o = a.org;
            o.id = id;
            const QString status = statusAttribute(a.attributes, a.notes);
            const bool excluded = a.attributes.hasAttribute(QStringLiteral("ExcludeFromDirectory"))
                                  && boolAttribute(a.attributes,
                                                   QStringLiteral("ExcludeFromDirectory"), false,
                                                   a.notes);
            const bool hidden = a.attributes.hasAttribute(QStringLiteral("ExcludeFromWebsite"))
                                && boolAttribute(a.attributes, QStringLiteral("ExcludeFromWebsite"),
                                                 true, a.notes);
            o.status = (status == u"active" && !excluded && !a.info.unavailable)
                           ? QStringLiteral("active")
                           : QStringLiteral("inactive");
            o.lastVerified = a.info.verified;
            o.contacts += a.info.contacts;
            numberIds(o.phones, id + QStringLiteral(":phone"));
            numberIds(o.contacts, id + QStringLiteral(":contact"));
            for (Contact &c : o.contacts) {
                numberIds(c.phones, c.id + QStringLiteral(":phone"));
                if (hidden) {
                    c.confidential = true;
                    for (Phone &p : c.phones)
                        p.confidential = true;
                }
            }
            if (hidden) {
                for (Phone &p : o.phones)
                    p.confidential = true;
            }
            m_batch.organizations.insert(id, o);
            a.accepted = true;
            flushNotes(a.notes, recordId, type);
        } else if (!a.deleted) {
            note(recordId, type, rejectedField, rejection);
        }
    }

    const QString orphan = QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                       "Its agency (%1) was not imported (see "
                                                       "the agency's entry).")
                               .arg(recordId);
    for (const GroupData &g : std::as_const(a.groups)) {
        const QString groupType = QStringLiteral("servicegroup");
        const QString groupId = g.key.isEmpty() ? lineId(g.line) : g.key;
        if (a.deleted)
            continue;
        if (!a.accepted) {
            note(groupId, groupType, QString(), orphan);
            if (!g.key.isEmpty())
                m_rejectedGroups.insert(g.key);
            continue;
        }
        if (g.key.isEmpty()) {
            note(groupId, groupType, QStringLiteral("Key"),
                 translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                              "The service group has no Key, so no service can "
                                              "refer to it; it was left out.")));
            continue;
        }
        if (m_groups.contains(g.key) || m_rejectedGroups.contains(g.key)) {
            note(groupId, groupType, QStringLiteral("Key"),
                 translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                              "This service group Key is used twice in the "
                                              "file; the second group was left out.")));
            continue;
        }
        if (g.program.name.isEmpty()) {
            note(groupId, groupType, QStringLiteral("Name"),
                 translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                              "The service group has no Name or ProgramName.")));
            m_rejectedGroups.insert(g.key);
            continue;
        }
        Program p = g.program;
        p.id = QStringLiteral("airs:SG") + g.key;
        p.organizationId = a.org.id;
        m_batch.programs.insert(p.id, p);
        m_groups.insert(g.key, p.id);
    }
    a.groups.clear();

    for (SiteData &site : a.sites) {
        if (a.deleted || site.deleted) {
            retire(site);
            continue;
        }
        const QString siteId = site.key.isEmpty() ? lineId(site.line) : site.key;
        if (!a.accepted) {
            if (!site.agencyLocation)
                note(siteId, QStringLiteral("site"), QString(), orphan);
            cascade(site, orphan);
            continue;
        }
        commitSite(a, site);
    }
    a.sites.clear();

    for (const ServiceData &d : std::as_const(a.stray)) {
        if (d.deleted) {
            if (!d.key.isEmpty())
                m_batch.deletedServiceIds << QStringLiteral("airs:SS") + d.key;
            continue;
        }
        note(d.key.isEmpty() ? lineId(d.line) : d.key, QStringLiteral("siteservice"), QString(),
             translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                          "The SiteService is not inside a Site, so Navigator "
                                          "cannot tell where it is offered; it was not "
                                          "imported.")));
    }
    a.stray.clear();
}

void Parser::commitSite(AgencyData &a, SiteData &site)
{
    const QString type = QStringLiteral("site");
    const QString recordId = site.key.isEmpty() ? lineId(site.line) : site.key;
    QString id;
    if (site.agencyLocation && site.key.isEmpty()) {
        id = a.org.id + QStringLiteral(":location");
    } else if (site.key.isEmpty()) {
        note(recordId, type, QStringLiteral("Key"),
             translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                          "The site has no Key, so it cannot be matched with "
                                          "later imports.")));
        cascade(site, QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                  "Its site (%1) was not imported (see the "
                                                  "site's entry).")
                          .arg(recordId));
        return;
    } else if (m_siteKeys.contains(site.key)) {
        note(recordId, type, QStringLiteral("Key"),
             QCoreApplication::translate("Nav::Directory::AirsImporter",
                                         "Key %1 is already used by the site on line %2; this "
                                         "site was not imported.")
                 .arg(site.key)
                 .arg(m_siteKeys.value(site.key)));
        cascade(site, QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                  "Its site (%1) was not imported (see the "
                                                  "site's entry).")
                          .arg(recordId));
        return;
    } else {
        id = QStringLiteral("airs:SI") + site.key;
        m_siteKeys.insert(site.key, site.line);
    }

    Location &loc = site.location;
    loc.id = id;
    loc.organizationId = a.org.id;
    if (loc.name.isEmpty()) {
        loc.name = a.org.name;
        if (!site.agencyLocation) {
            site.notes.add(QStringLiteral("Name"),
                           translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                                        "The site has no Name; the agency's "
                                                        "name is used instead.")));
        }
    }
    if (!site.agencyKey.isEmpty() && site.agencyKey != a.key) {
        site.notes.add(QStringLiteral("AgencyKey"),
                       QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                   "AgencyKey %1 differs from the key of the "
                                                   "agency the site is in (%2); the enclosing "
                                                   "agency was used.")
                           .arg(site.agencyKey, a.key));
    }
    const QString status = statusAttribute(site.attributes, site.notes);
    const bool excluded = site.attributes.hasAttribute(QStringLiteral("ExcludeFromDirectory"))
                          && boolAttribute(site.attributes, QStringLiteral("ExcludeFromDirectory"),
                                           false, site.notes);
    const bool hidden = site.attributes.hasAttribute(QStringLiteral("ExcludeFromWebsite"))
                        && boolAttribute(site.attributes, QStringLiteral("ExcludeFromWebsite"),
                                         true, site.notes);
    if (hidden) {
        loc.confidential = true;
        for (Address &address : loc.addresses)
            address.confidential = true;
        for (Phone &p : loc.phones)
            p.confidential = true;
    }
    for (Address &address : loc.addresses)
        address.id = id + u':' + address.type;
    numberIds(loc.phones, id + QStringLiteral(":phone"));
    numberIds(loc.schedules, id + QStringLiteral(":schedule"));
    numberIds(loc.accessibility, id + QStringLiteral(":access"));
    m_batch.locations.insert(id, loc);
    flushNotes(site.notes, recordId, type);

    numberIds(site.contacts, id + QStringLiteral(":contact"));
    for (Contact &c : site.contacts) {
        numberIds(c.phones, c.id + QStringLiteral(":phone"));
        c.confidential = c.confidential || hidden;
    }
    const QString siteStatus = status == u"defunct"                ? QStringLiteral("defunct")
                               : (status == u"inactive" || excluded) ? QStringLiteral("inactive")
                                                                    : QString();
    for (ServiceData &d : site.services)
        commitService(a, site, id, siteStatus, d);
}

void Parser::commitService(const AgencyData &a, const SiteData &site, const QString &locationId,
                           const QString &siteStatus, ServiceData &d)
{
    const QString type = QStringLiteral("siteservice");
    const QString recordId = d.key.isEmpty() ? lineId(d.line) : d.key;
    if (d.deleted) {
        if (!d.key.isEmpty())
            m_batch.deletedServiceIds << QStringLiteral("airs:SS") + d.key;
        return;
    }
    if (d.key.isEmpty()) {
        note(recordId, type, QStringLiteral("Key"),
             translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                          "The SiteService has no Key, so it cannot be matched "
                                          "with later imports.")));
        return;
    }
    if (m_serviceKeys.contains(d.key)) {
        note(recordId, type, QStringLiteral("Key"),
             QCoreApplication::translate("Nav::Directory::AirsImporter",
                                         "Key %1 is already used by the SiteService on line %2; "
                                         "this one was not imported.")
                 .arg(d.key)
                 .arg(m_serviceKeys.value(d.key)));
        return;
    }
    if (d.service.name.isEmpty() && d.groupKey.isEmpty()) {
        note(recordId, type, QStringLiteral("Name"),
             translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                          "The SiteService has no Name and no service group to "
                                          "take one from.")));
        return;
    }
    m_serviceKeys.insert(d.key, d.line);
    Service &s = d.service;
    s.id = QStringLiteral("airs:SS") + d.key;
    s.organizationId = a.org.id;
    const QString own = statusAttribute(d.attributes, d.notes);
    QString status = own;
    if (status == u"active" && (d.unavailable || !siteStatus.isEmpty()))
        status = siteStatus.isEmpty() ? QStringLiteral("inactive") : siteStatus;
    s.status = status;
    if (!s.lastVerified.isValid())
        s.lastVerified = a.info.verified;
    numberIds(s.phones, s.id + QStringLiteral(":phone"));
    numberIds(s.schedules, s.id + QStringLiteral(":schedule"));
    numberIds(s.serviceAreas, s.id + QStringLiteral(":area"));
    numberIds(s.requiredDocuments, s.id + QStringLiteral(":document"));
    numberIds(s.contacts, s.id + QStringLiteral(":contact"));
    for (Contact &c : s.contacts)
        numberIds(c.phones, c.id + QStringLiteral(":phone"));
    ServiceAtLocation sal;
    sal.id = s.id + u'@' + locationId.mid(QStringLiteral("airs:").size());
    sal.locationId = locationId;
    sal.contacts = site.contacts;
    s.locations << sal;
    flushNotes(d.notes, recordId, type);
    if (!d.groupKey.isEmpty())
        m_groupRefs.append(GroupRef{m_batch.services.size(), d.groupKey});
    m_batch.services << s;
}

// Service groups may come after the services that use them (in another agency): linked last.
void Parser::finish()
{
    QList<qsizetype> nameless;
    for (const GroupRef &ref : std::as_const(m_groupRefs)) {
        Service &s = m_batch.services[ref.service];
        const QString key = s.id.mid(QStringLiteral("airs:SS").size());
        const auto it = m_groups.constFind(ref.groupKey);
        if (it != m_groups.cend()) {
            s.programId = *it;
            if (s.name.isEmpty())
                s.name = m_batch.programs.value(*it).name;
        } else {
            note(key, QStringLiteral("siteservice"), QStringLiteral("ServiceGroupKey"),
                 m_rejectedGroups.contains(ref.groupKey)
                     ? QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                   "ServiceGroupKey %1 names a service group "
                                                   "that was not imported; the service was "
                                                   "imported without a program.")
                           .arg(ref.groupKey)
                     : QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                   "ServiceGroupKey %1 names a service group "
                                                   "that is not in the file; the service was "
                                                   "imported without a program.")
                           .arg(ref.groupKey));
        }
        if (s.name.isEmpty()) {
            note(key, QStringLiteral("siteservice"), QStringLiteral("Name"),
                 translated(QT_TRANSLATE_NOOP("Nav::Directory::AirsImporter",
                                              "The SiteService has no Name and no service group "
                                              "to take one from.")));
            nameless << ref.service;
        }
    }
    std::sort(nameless.begin(), nameless.end());
    for (auto it = nameless.crbegin(); it != nameless.crend(); ++it)
        m_batch.services.removeAt(*it);
    for (const Service &s : std::as_const(m_batch.services)) {
        for (const TaxonomyTerm &term : s.taxonomyTerms) {
            if (!m_batch.taxonomyTerms.contains(term.id))
                m_batch.taxonomyTerms.insert(term.id, term);
        }
    }
    m_batch.fullSnapshot = !m_hasDeletes;
}

void Parser::parseSource()
{
    if (!m_xml.readNextStartElement())
        return;
    if (m_xml.name() != u"Source") {
        m_xml.raiseError(QStringLiteral("not-airs:") + m_xml.name().toString());
        return;
    }
    m_ns = m_xml.namespaceUri().toString();
    m_schemaVersion = m_xml.attributes().value(QStringLiteral("SchemaVersion")).toString();
    const QString lang = langOf(QStringLiteral("en"));
    while (m_xml.readNextStartElement()) {
        if (isAirs() && m_xml.name() == u"Agency")
            parseAgency(lang, false);
        else
            m_xml.skipCurrentElement();
    }
}

Result<DirectoryBatch> Parser::run()
{
    const auto cancelled = [] {
        return fail(ErrorCode::Cancelled,
                    QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                "The import was cancelled."));
    };
    if (m_progress && !m_progress(0, m_size))
        return cancelled();
    if (m_size == 0) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                "The file is empty."));
    }
    m_xml.setNamespaceProcessing(true);
    parseSource();
    if (m_cancelled)
        return cancelled();
    if (m_xml.hasError()) {
        const QString error = m_xml.errorString();
        if (error.startsWith(QLatin1String("not-airs:"))) {
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                    "This is not an AIRS XML file: its root "
                                                    "element is <%1>, expected <Source>.")
                            .arg(error.mid(9)),
                        QStringLiteral("airs: root element is not Source"));
        }
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                "The file is not well-formed XML: %1 (line %2, "
                                                "column %3). Nothing was imported.")
                        .arg(error)
                        .arg(m_xml.lineNumber())
                        .arg(m_xml.columnNumber()),
                    QStringLiteral("airs: xml error at %1:%2")
                        .arg(m_xml.lineNumber())
                        .arg(m_xml.columnNumber()));
    }
    finish();
    if (m_progress && !m_progress(m_size, m_size))
        return cancelled();
    qCInfo(lcAirs) << "read schema" << (m_schemaVersion.isEmpty() ? QStringLiteral("?")
                                                                   : m_schemaVersion)
                   << "namespace" << (m_ns.isEmpty() ? QStringLiteral("none") : m_ns) << ":"
                   << m_batch.organizations.size() << "organizations,"
                   << m_batch.locations.size() << "locations," << m_batch.services.size()
                   << "services," << m_batch.deletedServiceIds.size() << "deletes,"
                   << m_batch.quarantine.size() << "quarantine entries";
    return std::move(m_batch);
}

} // namespace

Result<DirectoryBatch> AirsImporter::read(const QString &path, const ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::AirsImporter",
                                                "The file %1 cannot be opened: %2.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                    QStringLiteral("airs: open failed"));
    }
    Parser parser(&file, file.size(), progress);
    return parser.run();
}

} // namespace Nav::Directory

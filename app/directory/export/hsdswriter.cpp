// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/export/hsdswriter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Nav::Directory::HsdsWriter {

namespace {

// The language the plain text fields of an object are written in (see the header).
enum class Lang { En, Fr };

using Key = QLatin1StringView;

// French-only names are written in French; anything else in English.
Lang nameLanguage(const LocalizedText &name)
{
    return name.en.isEmpty() && !name.fr.isEmpty() ? Lang::Fr : Lang::En;
}

// Says which language the object is written in when it differs from what it inherits.
void putLanguage(QJsonObject &o, Lang lang, Lang inherited)
{
    if (lang != inherited)
        o.insert(Key("language"), lang == Lang::Fr ? u"fr"_s : u"en"_s);
}

void putString(QJsonObject &o, Key key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

void putRequired(QJsonObject &o, Key key, const QString &value)
{
    o.insert(key, value);
}

// key = text in `lang`, key_fr = French, key_en = English when the plain field is French.
void putText(QJsonObject &o, Key key, const LocalizedText &t, Lang lang, bool required = false)
{
    const QString &primary = lang == Lang::Fr ? t.fr : t.en;
    if (required || !primary.isEmpty())
        o.insert(key, primary);
    if (!t.fr.isEmpty())
        o.insert(QString(key + "_fr"_L1), t.fr);
    if (lang == Lang::Fr && !t.en.isEmpty())
        o.insert(QString(key + "_en"_L1), t.en);
}

void putDate(QJsonObject &o, Key key, QDate d)
{
    if (d.isValid())
        o.insert(key, d.toString(Qt::ISODate));
}

void putDateTime(QJsonObject &o, Key key, const QDateTime &dt)
{
    if (!dt.isValid())
        return;
    const QDateTime utc = dt.toUTC();
    o.insert(key, utc.time().msec() ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate));
}

void putTime(QJsonObject &o, Key key, QTime t)
{
    if (t.isValid())
        o.insert(key, t.toString(u"HH:mm:ss"_s));
}

void putFlag(QJsonObject &o, Key key, bool value)
{
    if (value)
        o.insert(key, true);
}

template<typename T, typename Write>
void putList(QJsonObject &o, Key key, const QList<T> &items, Write write)
{
    if (items.isEmpty())
        return;
    QJsonArray a;
    for (const T &item : items)
        a.append(write(item));
    o.insert(key, a);
}

// One value as a string, several as an array (the importer reads both).
void putStrings(QJsonObject &o, Key key, const QStringList &values)
{
    if (values.size() == 1)
        o.insert(key, values.first());
    else if (values.size() > 1)
        o.insert(key, QJsonArray::fromStringList(values));
}

// --- entities -----------------------------------------------------------------------------------

QJsonObject language(const Language &l)
{
    QJsonObject o;
    putRequired(o, Key("id"), QString());
    putString(o, Key("code"), l.code);
    putString(o, Key("name"), l.name);
    putString(o, Key("note"), l.note);
    return o;
}

QJsonObject phone(const Phone &p, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), p.id);
    putRequired(o, Key("number"), p.number);
    if (!p.extension.isEmpty()) {
        // HSDS types the extension as a number; keep anything else (leading zeros, text) as is.
        static const QRegularExpression digits(u"^[1-9][0-9]{0,14}$"_s);
        if (digits.match(p.extension).hasMatch())
            o.insert(Key("extension"), double(p.extension.toLongLong()));
        else
            o.insert(Key("extension"), p.extension);
    }
    putString(o, Key("type"), p.type);
    putText(o, Key("description"), p.description, lang);
    if (!p.languages.isEmpty()) {
        QJsonArray a;
        for (const QString &code : p.languages)
            a.append(language(Language{code, QString(), QString()}));
        o.insert(Key("languages"), a);
    }
    putFlag(o, Key("confidential"), p.confidential);
    return o;
}

QJsonArray phones(const QList<Phone> &list, Lang lang)
{
    QJsonArray a;
    for (const Phone &p : list)
        a.append(phone(p, lang));
    return a;
}

void putPhones(QJsonObject &o, const QList<Phone> &list, Lang lang)
{
    if (!list.isEmpty())
        o.insert(Key("phones"), phones(list, lang));
}

QJsonObject schedule(const Schedule &s, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), s.id);
    putDate(o, Key("valid_from"), s.validFrom);
    putDate(o, Key("valid_to"), s.validTo);
    putDate(o, Key("dtstart"), s.dtstart);
    putDate(o, Key("until"), s.until);
    if (s.count > 0)
        o.insert(Key("count"), s.count);
    putString(o, Key("freq"), s.freq);
    if (!s.freq.isEmpty() || s.interval != 1)
        o.insert(Key("interval"), s.interval);
    if (!s.byday.isEmpty())
        o.insert(Key("byday"), s.byday.join(u','));
    if (!s.bymonthday.isEmpty()) {
        QStringList days;
        days.reserve(s.bymonthday.size());
        for (int d : s.bymonthday)
            days << QString::number(d);
        o.insert(Key("bymonthday"), days.join(u','));
    }
    putTime(o, Key("opens_at"), s.opensAt);
    putTime(o, Key("closes_at"), s.closesAt);
    putString(o, Key("timezone"), s.timeZone);
    putText(o, Key("description"), s.description, lang);
    putString(o, Key("notes"), s.notes);
    putFlag(o, Key("closed"), s.closed);
    return o;
}

void putSchedules(QJsonObject &o, const QList<Schedule> &list, Lang lang)
{
    putList(o, Key("schedules"), list, [lang](const Schedule &s) { return schedule(s, lang); });
}

QJsonObject contact(const Contact &c, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), c.id);
    putString(o, Key("name"), c.name);
    putString(o, Key("title"), c.title);
    putString(o, Key("department"), c.department);
    putString(o, Key("email"), c.email);
    putPhones(o, c.phones, lang);
    putFlag(o, Key("confidential"), c.confidential);
    return o;
}

void putContacts(QJsonObject &o, const QList<Contact> &list, Lang lang)
{
    putList(o, Key("contacts"), list, [lang](const Contact &c) { return contact(c, lang); });
}

QJsonObject address(const Address &a)
{
    QJsonObject o;
    putRequired(o, Key("id"), a.id);
    putRequired(o, Key("address_type"), a.type.isEmpty() ? u"physical"_s : a.type);
    putString(o, Key("attention"), a.attention);
    putRequired(o, Key("address_1"), a.address1);
    putString(o, Key("address_2"), a.address2);
    putRequired(o, Key("city"), a.city);
    putString(o, Key("region"), a.region);
    putRequired(o, Key("state_province"), a.province);
    putRequired(o, Key("postal_code"), a.postalCode);
    putRequired(o, Key("country"), a.country);
    putFlag(o, Key("confidential"), a.confidential);
    return o;
}

QJsonObject accessibility(const Accessibility &a, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), a.id);
    putString(o, Key("code"), a.code);
    putText(o, Key("description"), a.description, lang);
    putString(o, Key("details"), a.details);
    putString(o, Key("url"), a.url);
    return o;
}

QJsonObject writeLocation(const Location &l, Lang inherited)
{
    const Lang lang = inherited; // no required name: it follows its parent
    QJsonObject o;
    putRequired(o, Key("id"), l.id);
    putRequired(o, Key("location_type"), l.locationType);
    putString(o, Key("organization_id"), l.organizationId);
    putText(o, Key("name"), l.name, lang);
    putText(o, Key("description"), l.description, lang);
    putString(o, Key("transportation"), l.transportation);
    if (l.hasCoordinates()) {
        o.insert(Key("latitude"), l.latitude);
        o.insert(Key("longitude"), l.longitude);
    }
    putList(o, Key("addresses"), l.addresses, address);
    putPhones(o, l.phones, lang);
    putSchedules(o, l.schedules, lang);
    putList(o, Key("accessibility"), l.accessibility,
            [lang](const Accessibility &a) { return accessibility(a, lang); });
    putList(o, Key("languages"), l.languages, language);
    putFlag(o, Key("confidential"), l.confidential);
    return o;
}

QJsonObject writeOrganization(const Organization &org, Lang inherited)
{
    const Lang lang = nameLanguage(org.name);
    QJsonObject o;
    putLanguage(o, lang, inherited);
    putRequired(o, Key("id"), org.id);
    putText(o, Key("name"), org.name, lang, true);
    putString(o, Key("alternate_name"), org.alternateName);
    putText(o, Key("description"), org.description, lang, true);
    putString(o, Key("email"), org.email);
    putString(o, Key("website"), org.website);
    putString(o, Key("status"), org.status);
    putDate(o, Key("last_verified"), org.lastVerified);
    putPhones(o, org.phones, lang);
    putContacts(o, org.contacts, lang);
    return o;
}

QJsonObject program(const Program &p, Lang inherited)
{
    const Lang lang = nameLanguage(p.name);
    QJsonObject o;
    putLanguage(o, lang, inherited);
    putRequired(o, Key("id"), p.id);
    putString(o, Key("organization_id"), p.organizationId);
    putText(o, Key("name"), p.name, lang, true);
    putText(o, Key("description"), p.description, lang, true);
    return o;
}

QJsonObject taxonomyTerm(const TaxonomyTerm &t, Lang inherited)
{
    const Lang lang = nameLanguage(t.name);
    QJsonObject o;
    putLanguage(o, lang, inherited);
    putRequired(o, Key("id"), t.id);
    putString(o, Key("code"), t.code);
    putText(o, Key("name"), t.name, lang, true);
    putText(o, Key("description"), t.description, lang, true);
    putString(o, Key("parent_id"), t.parentId);
    putString(o, Key("taxonomy"), t.taxonomy);
    putString(o, Key("term_uri"), t.termUri);
    return o;
}

QJsonObject attribute(const QString &serviceId, const TaxonomyTerm &t, Lang lang)
{
    QJsonObject o;
    // The model links terms to services directly: the attribute is the writer's, and so is its id.
    putRequired(o, Key("id"), serviceId + u'/' + t.id);
    putString(o, Key("link_id"), serviceId);
    o.insert(Key("link_entity"), u"service"_s);
    putString(o, Key("taxonomy_term_id"), t.id);
    o.insert(Key("taxonomy_term"), taxonomyTerm(t, lang));
    return o;
}

QJsonObject serviceArea(const ServiceArea &a, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), a.id);
    putString(o, Key("name"), a.name);
    putText(o, Key("description"), a.description, lang);
    putString(o, Key("extent_type"), a.extentType);
    putString(o, Key("extent"), a.extent);
    putString(o, Key("uri"), a.uri);
    return o;
}

QJsonObject costOption(const CostOption &c, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), c.id);
    putDate(o, Key("valid_from"), c.validFrom);
    putDate(o, Key("valid_to"), c.validTo);
    putText(o, Key("option"), c.option, lang);
    putString(o, Key("currency"), c.currency);
    if (c.amount)
        o.insert(Key("amount"), *c.amount);
    putText(o, Key("amount_description"), c.amountDescription, lang);
    return o;
}

QJsonObject requiredDocument(const RequiredDocument &d, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), d.id);
    putText(o, Key("document"), d.document, lang);
    putString(o, Key("uri"), d.uri);
    return o;
}

QJsonObject capacity(const Capacity &c, Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), c.id);
    putString(o, Key("unit_id"), c.unitId);
    if (!c.unitId.isEmpty() || !c.unitName.isEmpty()) {
        QJsonObject unit;
        unit.insert(Key("id"), c.unitId);
        unit.insert(Key("name"), c.unitName);
        o.insert(Key("unit"), unit);
    }
    if (c.available)
        o.insert(Key("available"), *c.available);
    if (c.maximum)
        o.insert(Key("maximum"), *c.maximum);
    putText(o, Key("description"), c.description, lang);
    putDateTime(o, Key("updated"), c.updated);
    return o;
}

QJsonObject serviceAtLocation(const ServiceRecord &record, const ServiceAtLocation &sal,
                              Lang lang)
{
    QJsonObject o;
    putRequired(o, Key("id"), sal.id);
    putString(o, Key("location_id"), sal.locationId);
    putText(o, Key("description"), sal.description, lang);
    putPhones(o, sal.phones, lang);
    putSchedules(o, sal.schedules, lang);
    putContacts(o, sal.contacts, lang);
    if (const Location *l = record.location(sal.locationId))
        o.insert(Key("location"), writeLocation(*l, lang));
    return o;
}

void putAlerts(QJsonObject &o, const QList<Alert> &alerts, Lang lang)
{
    if (alerts.isEmpty())
        return;
    QStringList en;
    QStringList fr;
    QJsonArray list;
    for (const Alert &a : alerts) {
        if (!a.text.en.isEmpty())
            en << a.text.en;
        if (!a.text.fr.isEmpty())
            fr << a.text.fr;
        QJsonObject item;
        putText(item, Key("text"), a.text, lang);
        putDate(item, Key("appears"), a.appears);
        putDate(item, Key("expires"), a.expires);
        list.append(item);
    }
    putText(o, Key("alert"), {en.join(u"\n\n"_s), fr.join(u"\n\n"_s)}, lang);
    o.insert(Key("alerts"), list);
}

// The fields the full and the minimal forms share.
QJsonObject serviceHead(const ServiceRecord &record, Lang lang)
{
    const Service &s = record.service;
    QJsonObject o;
    putLanguage(o, lang, Lang::En);
    putRequired(o, Key("id"), s.id);
    putText(o, Key("name"), s.name, lang, true);
    putText(o, Key("alternate_name"), s.alternateName, lang);
    putText(o, Key("description"), s.description, lang);
    putString(o, Key("url"), s.url);
    putString(o, Key("email"), s.email);
    putRequired(o, Key("status"), s.status.isEmpty() ? u"active"_s : s.status);
    putString(o, Key("organization_id"), s.organizationId);
    return o;
}

} // namespace

QJsonObject service(const ServiceRecord &record)
{
    const Service &s = record.service;
    const Lang lang = nameLanguage(s.name);
    QJsonObject o = serviceHead(record, lang);
    putString(o, Key("program_id"), s.programId);
    putText(o, Key("eligibility_description"), s.eligibility, lang);
    putText(o, Key("fees_description"), s.fees, lang);
    putText(o, Key("application_process"), s.applicationProcess, lang);
    putText(o, Key("interpretation_services"), s.interpretationServices, lang);
    putText(o, Key("wait_time"), s.waitTime, lang);
    if (s.minimumAge)
        o.insert(Key("minimum_age"), *s.minimumAge);
    if (s.maximumAge)
        o.insert(Key("maximum_age"), *s.maximumAge);
    putDate(o, Key("assured_date"), s.lastVerified);
    if (!s.assurer.isEmpty()) {
        static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
        o.insert(email.match(s.assurer).hasMatch() ? Key("assurer_email") : Key("assurer"),
                 s.assurer);
    }
    putStrings(o, Key("accreditations"), s.accreditations);
    putStrings(o, Key("licenses"), s.licenses);
    if (!s.keywords.isEmpty())
        o.insert(Key("keywords"), QJsonArray::fromStringList(s.keywords));
    putAlerts(o, s.alerts, lang);
    putDateTime(o, Key("last_modified"), s.lastModified);

    if (!record.organization.id.isEmpty())
        o.insert(Key("organization"), writeOrganization(record.organization, lang));
    if (record.program && !record.program->id.isEmpty())
        o.insert(Key("program"), program(*record.program, lang));

    putPhones(o, s.phones, lang);
    putSchedules(o, s.schedules, lang);
    putList(o, Key("service_areas"), s.serviceAreas,
            [lang](const ServiceArea &a) { return serviceArea(a, lang); });
    putList(o, Key("languages"), s.languages, language);
    putList(o, Key("cost_options"), s.costOptions,
            [lang](const CostOption &c) { return costOption(c, lang); });
    putList(o, Key("required_documents"), s.requiredDocuments,
            [lang](const RequiredDocument &d) { return requiredDocument(d, lang); });
    putContacts(o, s.contacts, lang);
    putList(o, Key("attributes"), s.taxonomyTerms,
            [&s, lang](const TaxonomyTerm &t) { return attribute(s.id, t, lang); });
    putList(o, Key("capacities"), s.capacities,
            [lang](const Capacity &c) { return capacity(c, lang); });
    putList(o, Key("service_at_locations"), s.locations,
            [&record, lang](const ServiceAtLocation &sal) {
                return serviceAtLocation(record, sal, lang);
            });
    return o;
}

QJsonObject serviceMinimal(const ServiceRecord &record)
{
    const Lang lang = nameLanguage(record.service.name);
    QJsonObject o = serviceHead(record, lang);
    if (!record.organization.id.isEmpty()) {
        const Organization &org = record.organization;
        const Lang orgLang = nameLanguage(org.name);
        QJsonObject brief;
        putLanguage(brief, orgLang, lang);
        putRequired(brief, Key("id"), org.id);
        putText(brief, Key("name"), org.name, orgLang, true);
        o.insert(Key("organization"), brief);
    }
    return o;
}

QJsonObject organization(const Organization &org)
{
    return writeOrganization(org, Lang::En);
}

QJsonObject location(const Location &l)
{
    return writeLocation(l, Lang::En);
}

} // namespace Nav::Directory::HsdsWriter

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/hsds/hsdsrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Nav::Directory::Hsds {

// --- reasons ------------------------------------------------------------------------------------
// Plain words for the quarantine list: what is wrong and what happened to the value or record.
// The record id and the field are in their own columns of the entry.

namespace Reason {

QString missingRequiredSkipped(const QString &field)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The required field %1 is empty, so the record was skipped.")
        .arg(field);
}

QString missingRequiredKept(const QString &field)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The required field %1 is empty; the record was imported "
                                       "without it.")
        .arg(field);
}

QString missingId()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The record has no id, which is required, so it was "
                                       "skipped.");
}

QString duplicateId(const QString &id)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The id %1 is already used by an earlier record of the same "
                                       "kind; this copy was skipped.")
        .arg(id);
}

QString danglingSkipped(const QString &kind, const QString &id)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "It refers to %1 %2, which is not in the file, so the "
                                       "record was skipped.")
        .arg(kind, id);
}

QString danglingDropped(const QString &kind, const QString &id)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "It refers to %1 %2, which is not in the file; the "
                                       "reference was dropped.")
        .arg(kind, id);
}

QString noParent()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "It is not linked to any record of the file that can hold "
                                       "it, so it was skipped.");
}

QString unknownLink(const QString &id)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "It links to %1, which is not in the file, so it was "
                                       "skipped.")
        .arg(id);
}

QString badEncoding()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The row is not valid UTF-8 text, so it was skipped. Save "
                                       "the file as UTF-8 and import it again.");
}

QString notAnObject()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "An item of this list is not an object with fields; it was "
                                       "skipped.");
}

} // namespace Reason

namespace {

QString wrongType(const QString &expected)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The value has the wrong type: %1 was expected; it was "
                                       "dropped.")
        .arg(expected);
}

QString expectText()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter", "text");
}

QString expectList()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter", "a list of objects");
}

QString expectObject()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter", "an object");
}

QString notNumber(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not a number; the value was dropped.")
        .arg(value);
}

QString notWholeNumber(const QString &value, int min, int max)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not a whole number from %2 to %3; the value was "
                                       "dropped.")
        .arg(value)
        .arg(min)
        .arg(max);
}

QString badDate(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not an ISO 8601 date (YYYY-MM-DD); the value was "
                                       "dropped.")
        .arg(value);
}

QString badDateTime(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not an ISO 8601 date and time (such as "
                                       "2024-05-01T14:30:00Z); the value was dropped.")
        .arg(value);
}

QString badTime(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not a time of day in the form HH:MM or HH:MM:SS; "
                                       "the value was dropped.")
        .arg(value);
}

QString badBoolean(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not true or false; the value was dropped.")
        .arg(value);
}

QString badConfidential(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not true or false; the record was marked "
                                       "confidential to be safe.")
        .arg(value);
}

QString badEmail(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not an e-mail address; the value was dropped.")
        .arg(value);
}

QString badEnum(const QString &value, const QString &allowed)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not one of the allowed values (%2); the value "
                                       "was dropped.")
        .arg(value, allowed);
}

QString badStatus(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Status \"%1\" is not one of active, inactive, defunct or "
                                       "temporarily closed; the service was imported as inactive "
                                       "until the source is corrected.")
        .arg(value);
}

QString missingStatus()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The required field status is empty; the service was "
                                       "imported as active.");
}

QString latitudeRange(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Latitude %1 is outside -90 to 90; the coordinates were "
                                       "dropped.")
        .arg(value);
}

QString longitudeRange(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Longitude %1 is outside -180 to 180; the coordinates were "
                                       "dropped.")
        .arg(value);
}

QString coordinateNotNumber(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not a number in decimal degrees; the coordinates "
                                       "were dropped.")
        .arg(value);
}

QString halfCoordinates()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Only one of latitude and longitude is given; the "
                                       "coordinates were dropped.");
}

QString negativeAge(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Age %1 is negative; the value was dropped.")
        .arg(value);
}

QString implausibleAge(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Age %1 is not a whole number of years from 0 to 150; the "
                                       "value was dropped.")
        .arg(value);
}

QString ageOrder(int min, int max)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The minimum age (%1) is greater than the maximum age (%2); "
                                       "both were dropped.")
        .arg(min)
        .arg(max);
}

QString negativeValue(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "%1 is negative; the value was dropped.")
        .arg(value);
}

QString badDay(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not a day of the week (MO, TU, WE, TH, FR, SA, "
                                       "SU, optionally after a number such as 2MO or -1FR); it was "
                                       "dropped.")
        .arg(value);
}

QString badMonthDay(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is not a day of the month (1 to 31, or -31 to -1 "
                                       "counted from the end); it was dropped.")
        .arg(value);
}

QString unsupportedFrequency(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Frequency \"%1\" cannot be used (WEEKLY or MONTHLY was "
                                       "expected); the days and hours were dropped, the "
                                       "description was kept.")
        .arg(value);
}

QString offsetOutsideCanada(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "Time zone offset %1 hours is not one used in Canada; the "
                                       "hours are read in the directory's time zone.")
        .arg(value);
}

QString badTimeZone(const QString &value)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "\"%1\" is neither a UTC offset nor a known time zone (such "
                                       "as America/Toronto); the directory's time zone is used.")
        .arg(value);
}

QString missingIdKept()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                       "The record has no id, which is required; it was imported "
                                       "anyway.");
}

// --- small value helpers ------------------------------------------------------------------------

QString display(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return u"[…]"_s;
    case QJsonValue::Object:
        return u"{…}"_s;
    default:
        return {};
    }
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString().trimmed();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

std::optional<bool> parseBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble()) {
        if (v.toDouble() == 0)
            return false;
        if (v.toDouble() == 1)
            return true;
        return std::nullopt;
    }
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString().trimmed().toLower();
    static const QStringList yes = {u"true"_s, u"yes"_s, u"y"_s, u"1"_s, u"t"_s, u"oui"_s,
                                    u"o"_s, u"vrai"_s};
    static const QStringList no = {u"false"_s, u"no"_s, u"n"_s, u"0"_s, u"f"_s, u"non"_s,
                                   u"faux"_s};
    if (yes.contains(s))
        return true;
    if (no.contains(s))
        return false;
    return std::nullopt;
}

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

QString stripQuotes(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && (s.front() == u'"' || s.front() == u'\''))
        s.remove(0, 1);
    while (!s.isEmpty() && (s.back() == u'"' || s.back() == u'\''))
        s.chop(1);
    return s.trimmed();
}

QString foldAccents(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (QChar c : std::as_const(d)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QString normalizeProvince(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() == 2)
        return v.toUpper() == u"PQ"_s ? u"QC"_s : (v.toUpper() == u"NF"_s ? u"NL"_s : v.toUpper());
    static const QHash<QString, QString> names = {
        {u"alberta"_s, u"AB"_s},
        {u"british columbia"_s, u"BC"_s},
        {u"colombie-britannique"_s, u"BC"_s},
        {u"manitoba"_s, u"MB"_s},
        {u"new brunswick"_s, u"NB"_s},
        {u"nouveau-brunswick"_s, u"NB"_s},
        {u"newfoundland and labrador"_s, u"NL"_s},
        {u"newfoundland"_s, u"NL"_s},
        {u"terre-neuve-et-labrador"_s, u"NL"_s},
        {u"nova scotia"_s, u"NS"_s},
        {u"nouvelle-ecosse"_s, u"NS"_s},
        {u"northwest territories"_s, u"NT"_s},
        {u"territoires du nord-ouest"_s, u"NT"_s},
        {u"nunavut"_s, u"NU"_s},
        {u"ontario"_s, u"ON"_s},
        {u"prince edward island"_s, u"PE"_s},
        {u"ile-du-prince-edouard"_s, u"PE"_s},
        {u"quebec"_s, u"QC"_s},
        {u"saskatchewan"_s, u"SK"_s},
        {u"yukon"_s, u"YT"_s},
    };
    const QString key = foldAccents(v).toLower().simplified();
    return names.value(key, v);
}

QString normalizeCountry(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() == 2)
        return v.toUpper();
    static const QHash<QString, QString> names = {
        {u"canada"_s, u"CA"_s},
        {u"can"_s, u"CA"_s},
        {u"usa"_s, u"US"_s},
        {u"united states"_s, u"US"_s},
        {u"united states of america"_s, u"US"_s},
        {u"etats-unis"_s, u"US"_s},
    };
    return names.value(foldAccents(v).toLower().simplified(), v);
}

QStringList stringList(Context &ctx, const Record &r, const QString &key, bool split)
{
    const QJsonValue v = r.data.value(key);
    QStringList out;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a) {
            const QString s = scalarText(e);
            if (!s.isEmpty())
                out << s;
        }
        return out;
    }
    const QString s = text(ctx, r, key);
    if (s.isEmpty())
        return out;
    if (!split)
        return {s};
    static const QRegularExpression sep(u"[,;]"_s);
    const QStringList parts = s.split(sep);
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

template<typename T>
void appendUniqueById(QList<T> &list, const T &item)
{
    if (!item.id.isEmpty()) {
        for (const T &existing : std::as_const(list)) {
            if (existing.id == item.id)
                return;
        }
    }
    list.append(item);
}

void fill(QString &target, const QString &value)
{
    if (target.isEmpty())
        target = value;
}

void fill(LocalizedText &target, const LocalizedText &value)
{
    fill(target.en, value.en);
    fill(target.fr, value.fr);
}

template<typename T>
void fill(QList<T> &target, const QList<T> &value)
{
    if (target.isEmpty())
        target = value;
}

// Child records nested under `key`, parsed by `parse`, appended to `out`.
template<typename T, typename Parse>
void nestedChildren(Context &ctx, const Record &r, const QString &key, const QString &type,
                    QList<T> &out, Parse parse)
{
    const QList<QJsonObject> list = nestedList(ctx, r, key);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Record child = childRecord(r, list.at(i), type, key, int(i));
        if (std::optional<T> item = parse(ctx, child))
            appendUniqueById(out, *item);
    }
}

} // namespace

// --- context ------------------------------------------------------------------------------------

Context::Context(DirectoryBatch &b, const ProgressCallback &progress)
    : batch(b)
    , m_progress(progress)
{
}

void Context::report(const Record &r, const QString &field, const QString &reason)
{
    report(r.type, r.label, field, reason);
}

void Context::report(const QString &type, const QString &id, const QString &field,
                     const QString &reason)
{
    const QString key = type + QChar(0x1f) + id + QChar(0x1f) + field + QChar(0x1f) + reason;
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    batch.quarantine.append(QuarantineEntry{id, type, field, reason});
}

bool Context::step(qint64 done)
{
    m_done = done >= 0 ? done : m_done + 1;
    if (!m_progress || m_cancelled)
        return !m_cancelled;
    if (++m_sinceReport < 200)
        return true;
    m_sinceReport = 0;
    const qint64 total = std::max(m_total, m_done);
    if (!m_progress(m_done, total))
        m_cancelled = true;
    return !m_cancelled;
}

bool Context::finish()
{
    if (m_progress && !m_cancelled) {
        const qint64 total = std::max<qint64>({m_total, m_done, 1});
        if (!m_progress(total, total))
            m_cancelled = true;
    }
    return !m_cancelled;
}

void Context::addOrganization(const Organization &o)
{
    auto it = batch.organizations.find(o.id);
    if (it == batch.organizations.end()) {
        batch.organizations.insert(o.id, o);
        return;
    }
    fill(it->name, o.name);
    fill(it->alternateName, o.alternateName);
    fill(it->description, o.description);
    fill(it->email, o.email);
    fill(it->website, o.website);
    fill(it->status, o.status);
    fill(it->phones, o.phones);
    fill(it->contacts, o.contacts);
    if (!it->lastVerified.isValid())
        it->lastVerified = o.lastVerified;
}

void Context::addProgram(const Program &p)
{
    auto it = batch.programs.find(p.id);
    if (it == batch.programs.end()) {
        batch.programs.insert(p.id, p);
        return;
    }
    fill(it->organizationId, p.organizationId);
    fill(it->name, p.name);
    fill(it->description, p.description);
}

void Context::addLocation(const Location &l)
{
    auto it = batch.locations.find(l.id);
    if (it == batch.locations.end()) {
        batch.locations.insert(l.id, l);
        return;
    }
    fill(it->organizationId, l.organizationId);
    fill(it->locationType, l.locationType);
    fill(it->name, l.name);
    fill(it->description, l.description);
    fill(it->transportation, l.transportation);
    if (!it->hasCoordinates() && l.hasCoordinates()) {
        it->latitude = l.latitude;
        it->longitude = l.longitude;
    }
    it->confidential = it->confidential || l.confidential;
    fill(it->addresses, l.addresses);
    fill(it->phones, l.phones);
    fill(it->schedules, l.schedules);
    fill(it->accessibility, l.accessibility);
    fill(it->languages, l.languages);
}

void Context::addTaxonomyTerm(const TaxonomyTerm &t)
{
    auto it = batch.taxonomyTerms.find(t.id);
    if (it == batch.taxonomyTerms.end()) {
        batch.taxonomyTerms.insert(t.id, t);
        return;
    }
    fill(it->code, t.code);
    fill(it->name, t.name);
    fill(it->description, t.description);
    fill(it->parentId, t.parentId);
    fill(it->taxonomy, t.taxonomy);
    fill(it->termUri, t.termUri);
}

// --- records ------------------------------------------------------------------------------------

QString textLanguage(const QString &value)
{
    QString v = foldAccents(value.trimmed().toLower());
    v.replace(u'_', u'-');
    const QString base = v.section(u'-', 0, 0).trimmed();
    if (base == u"fr"_s || base == u"fra"_s || base == u"fre"_s || base == u"french"_s
        || base == u"francais"_s) {
        return u"fr"_s;
    }
    if (base == u"en"_s || base == u"eng"_s || base == u"english"_s || base == u"anglais"_s)
        return u"en"_s;
    return {};
}

QString recordLanguage(const QJsonObject &data, const QString &type, const QString &inherited)
{
    // For phones and language records, "language" is a spoken language, not the text's.
    if (type == u"phone"_s || type == u"language"_s)
        return inherited;
    const QJsonValue v = data.value(QLatin1String("language"));
    if (v.isString()) {
        const QString lang = textLanguage(v.toString());
        if (!lang.isEmpty())
            return lang;
    }
    return inherited;
}

Record childRecord(const Record &parent, const QJsonObject &data, const QString &type,
                   const QString &arrayKey, int index)
{
    Record r;
    r.data = data;
    r.type = type;
    r.label = scalarText(data.value(QLatin1String("id")));
    if (r.label.isEmpty()) {
        r.label = index >= 0 ? u"%1/%2[%3]"_s.arg(parent.label, arrayKey).arg(index)
                             : u"%1/%2"_s.arg(parent.label, arrayKey);
    }
    r.lang = recordLanguage(data, type, parent.lang);
    r.tagged = hasLanguageTags(data);
    return r;
}

bool hasLanguageTags(const QStringList &keys)
{
    for (const QString &k : keys) {
        if (k.endsWith(u"_fr"_s) || k.endsWith(u"_en"_s))
            return true;
    }
    return false;
}

bool hasLanguageTags(const QJsonObject &data)
{
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        const QString k = it.key();
        if (k.endsWith(u"_fr"_s) || k.endsWith(u"_en"_s))
            return true;
    }
    return false;
}

QString text(Context &ctx, const Record &r, const QString &key)
{
    const QJsonValue v = r.data.value(key);
    if (v.isObject() || v.isArray()) {
        ctx.report(r, key, wrongType(expectText()));
        return {};
    }
    return scalarText(v);
}

LocalizedText localized(Context &ctx, const Record &r, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QLatin1StringView key(k);
        LocalizedText t;
        const QJsonValue v = r.data.value(key);
        if (v.isObject() || v.isArray())
            ctx.report(r, key, wrongType(expectText()));
        else if (const QString base = scalarText(v); !base.isEmpty())
            t.set(r.lang, base);
        if (r.tagged) {
            const QString en = text(ctx, r, key + u"_en"_s);
            if (!en.isEmpty())
                t.en = en;
            const QString fr = text(ctx, r, key + u"_fr"_s);
            if (!fr.isEmpty())
                t.fr = fr;
        }
        if (!t.isEmpty())
            return t;
    }
    return {};
}

QString plain(Context &ctx, const Record &r, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QLatin1StringView key(k);
        const QJsonValue v = r.data.value(key);
        if (v.isObject() || v.isArray())
            ctx.report(r, key, wrongType(expectText()));
        else if (const QString s = scalarText(v); !s.isEmpty())
            return s;
        if (!r.tagged)
            continue;
        for (const QString &candidate : {QString(key + u"_en"_s), QString(key + u"_fr"_s)}) {
            const QString s = text(ctx, r, candidate);
            if (!s.isEmpty())
                return s;
        }
    }
    return {};
}

std::optional<double> number(Context &ctx, const Record &r, const QString &key)
{
    const QJsonValue v = r.data.value(key);
    if (isAbsent(v))
        return std::nullopt;
    if (v.isDouble() && std::isfinite(v.toDouble()))
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    ctx.report(r, key, notNumber(display(v)));
    return std::nullopt;
}

std::optional<int> integer(Context &ctx, const Record &r, const QString &key, int min, int max)
{
    const QJsonValue v = r.data.value(key);
    if (isAbsent(v))
        return std::nullopt;
    bool ok = v.isDouble();
    double d = v.toDouble();
    if (v.isString())
        d = v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d) || d != std::floor(d) || d < min || d > max) {
        ctx.report(r, key, notWholeNumber(display(v), min, max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QDate date(Context &ctx, const Record &r, const QString &key)
{
    const QString s = text(ctx, r, key);
    if (s.isEmpty())
        return {};
    QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() && s.size() > 10 && (s.at(10) == u'T' || s.at(10) == u' ')) {
        QString iso = s;
        iso[10] = u'T';
        d = QDateTime::fromString(iso, Qt::ISODateWithMs).date();
    }
    if (!d.isValid())
        ctx.report(r, key, badDate(s));
    return d;
}

QDateTime dateTime(Context &ctx, const Record &r, const QString &key)
{
    const QString s = text(ctx, r, key);
    if (s.isEmpty())
        return {};
    QString iso = s;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay(QTimeZone::utc());
    }
    if (!dt.isValid())
        ctx.report(r, key, badDateTime(s));
    return dt;
}

namespace {

// HH:MM[:SS[.fff]], an optional UTC suffix (Z, +hh:mm) that is ignored, an optional am/pm.
QTime parseTime(const QString &s, bool *ok)
{
    static const QRegularExpression re(
        u"^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*"
        "(?:z|[+-]\\d{2}(?::?\\d{2})?)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    *ok = false;
    const QRegularExpressionMatch m = re.match(s.trimmed());
    if (!m.hasMatch())
        return {};
    int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int sec = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString meridiem = m.captured(4).toLower();
    if (!meridiem.isEmpty()) {
        if (h < 1 || h > 12)
            return {};
        const bool pm = meridiem.startsWith(u'p');
        h = (h % 12) + (pm ? 12 : 0);
    }
    if (min > 59 || sec > 59)
        return {};
    if (h == 24 && min == 0 && sec == 0) {
        *ok = true;
        return QTime(0, 0); // midnight at the end of the day
    }
    if (h > 23)
        return {};
    *ok = true;
    return QTime(h, min, sec);
}

} // namespace

QTime time(Context &ctx, const Record &r, const QString &key)
{
    const QString s = text(ctx, r, key);
    if (s.isEmpty())
        return {};
    bool ok = false;
    const QTime t = parseTime(s, &ok);
    if (!ok)
        ctx.report(r, key, badTime(s));
    return t;
}

std::optional<bool> boolean(Context &ctx, const Record &r, const QString &key)
{
    const QJsonValue v = r.data.value(key);
    if (isAbsent(v))
        return std::nullopt;
    const std::optional<bool> b = parseBool(v);
    if (!b)
        ctx.report(r, key, badBoolean(display(v)));
    return b;
}

bool confidential(Context &ctx, const Record &r)
{
    bool result = false;
    for (const QString &key : {u"confidential"_s, u"x_confidential"_s}) {
        const QJsonValue v = r.data.value(key);
        if (isAbsent(v))
            continue;
        const std::optional<bool> b = parseBool(v);
        if (!b)
            ctx.report(r, key, badConfidential(display(v)));
        result = result || b.value_or(true);
    }
    return result;
}

QString email(Context &ctx, const Record &r, const QString &key)
{
    const QString s = text(ctx, r, key);
    if (s.isEmpty())
        return {};
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!re.match(s).hasMatch()) {
        ctx.report(r, key, badEmail(s));
        return {};
    }
    return s;
}

QString recordId(Context &ctx, const Record &r, bool required)
{
    const QString id = text(ctx, r, u"id"_s);
    if (id.isEmpty() && (required || ctx.reportChildrenKeptWithoutId))
        ctx.report(r, u"id"_s, required ? Reason::missingId() : missingIdKept());
    return id;
}

QList<QJsonObject> nestedList(Context &ctx, const Record &r, const QString &key)
{
    const QJsonValue v = r.data.value(key);
    QList<QJsonObject> out;
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        out.reserve(a.size());
        for (const QJsonValue &e : a) {
            if (e.isObject())
                out.append(e.toObject());
            else if (!e.isNull())
                ctx.report(r, key, Reason::notAnObject());
        }
    } else if (v.isObject()) {
        out.append(v.toObject());
    } else if (!isAbsent(v)) {
        ctx.report(r, key, wrongType(expectList()));
    }
    return out;
}

std::optional<QJsonObject> nestedObject(Context &ctx, const Record &r, const QString &key)
{
    const QJsonValue v = r.data.value(key);
    if (v.isObject())
        return v.toObject();
    if (!isAbsent(v))
        ctx.report(r, key, wrongType(expectObject()));
    return std::nullopt;
}

// --- value parsers ------------------------------------------------------------------------------

QString normalizeWeekday(const QString &value)
{
    static const QHash<QString, QString> days = [] {
        QHash<QString, QString> h;
        const auto add = [&h](const QString &code, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(QLatin1String(n), code);
        };
        // Numbers are ISO weekdays (1 = Monday … 7 = Sunday); 0 is taken as Sunday.
        add(u"MO"_s, {"1", "mo", "mon", "monday", "lu", "lun", "lundi"});
        add(u"TU"_s, {"2", "tu", "tue", "tues", "tuesday", "ma", "mar", "mardi"});
        add(u"WE"_s, {"3", "we", "wed", "wednesday", "me", "mer", "mercredi"});
        add(u"TH"_s, {"4", "th", "thu", "thur", "thurs", "thursday", "je", "jeu", "jeudi"});
        add(u"FR"_s, {"5", "fr", "fri", "friday", "ve", "ven", "vendredi"});
        add(u"SA"_s, {"6", "sa", "sat", "saturday", "sam", "samedi"});
        add(u"SU"_s, {"7", "0", "su", "sun", "sunday", "di", "dim", "dimanche"});
        return h;
    }();
    QString v = value.trimmed().toLower();
    if (v.endsWith(u'.'))
        v.chop(1);
    return days.value(v);
}

QString languageCode(const QString &nameOrCode)
{
    const QString v = foldAccents(nameOrCode.trimmed().toLower()).simplified();
    if (v.isEmpty())
        return {};
    static const QRegularExpression code(u"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$"_s);
    static const QHash<QString, QString> names = {
        {u"english"_s, u"en"_s},     {u"anglais"_s, u"en"_s},    {u"french"_s, u"fr"_s},
        {u"francais"_s, u"fr"_s},    {u"spanish"_s, u"es"_s},    {u"espagnol"_s, u"es"_s},
        {u"espanol"_s, u"es"_s},     {u"arabic"_s, u"ar"_s},     {u"arabe"_s, u"ar"_s},
        {u"chinese"_s, u"zh"_s},     {u"chinois"_s, u"zh"_s},    {u"mandarin"_s, u"zh"_s},
        {u"cantonese"_s, u"yue"_s},  {u"cantonais"_s, u"yue"_s}, {u"punjabi"_s, u"pa"_s},
        {u"panjabi"_s, u"pa"_s},     {u"pendjabi"_s, u"pa"_s},   {u"tagalog"_s, u"tl"_s},
        {u"filipino"_s, u"tl"_s},    {u"italian"_s, u"it"_s},    {u"italien"_s, u"it"_s},
        {u"german"_s, u"de"_s},      {u"allemand"_s, u"de"_s},   {u"portuguese"_s, u"pt"_s},
        {u"portugais"_s, u"pt"_s},   {u"urdu"_s, u"ur"_s},       {u"ourdou"_s, u"ur"_s},
        {u"hindi"_s, u"hi"_s},       {u"russian"_s, u"ru"_s},    {u"russe"_s, u"ru"_s},
        {u"polish"_s, u"pl"_s},      {u"polonais"_s, u"pl"_s},   {u"vietnamese"_s, u"vi"_s},
        {u"vietnamien"_s, u"vi"_s},  {u"korean"_s, u"ko"_s},     {u"coreen"_s, u"ko"_s},
        {u"persian"_s, u"fa"_s},     {u"farsi"_s, u"fa"_s},      {u"persan"_s, u"fa"_s},
        {u"tamil"_s, u"ta"_s},       {u"tamoul"_s, u"ta"_s},     {u"somali"_s, u"so"_s},
        {u"cree"_s, u"cr"_s},        {u"cri"_s, u"cr"_s},        {u"inuktitut"_s, u"iu"_s},
        {u"ojibwe"_s, u"oj"_s},      {u"ojibway"_s, u"oj"_s},    {u"ojibwa"_s, u"oj"_s},
        {u"ukrainian"_s, u"uk"_s},   {u"ukrainien"_s, u"uk"_s},  {u"greek"_s, u"el"_s},
        {u"grec"_s, u"el"_s},        {u"japanese"_s, u"ja"_s},   {u"japonais"_s, u"ja"_s},
        {u"bengali"_s, u"bn"_s},     {u"gujarati"_s, u"gu"_s},   {u"turkish"_s, u"tr"_s},
        {u"turc"_s, u"tr"_s},        {u"dari"_s, u"prs"_s},      {u"pashto"_s, u"ps"_s},
        {u"tigrinya"_s, u"ti"_s},    {u"amharic"_s, u"am"_s},    {u"amharique"_s, u"am"_s},
        {u"swahili"_s, u"sw"_s},     {u"romanian"_s, u"ro"_s},   {u"roumain"_s, u"ro"_s},
        {u"hungarian"_s, u"hu"_s},   {u"hongrois"_s, u"hu"_s},   {u"serbian"_s, u"sr"_s},
        {u"croatian"_s, u"hr"_s},    {u"haitian creole"_s, u"ht"_s},
        {u"creole haitien"_s, u"ht"_s},
        {u"american sign language"_s, u"asl"_s},
        {u"american sign language (asl)"_s, u"asl"_s},
        {u"langue des signes americaine"_s, u"asl"_s},
        {u"langue des signes quebecoise"_s, u"fcs"_s},
    };
    const auto it = names.constFind(v);
    if (it != names.constEnd())
        return *it;
    const QRegularExpressionMatch m = code.match(v);
    return m.hasMatch() ? m.captured(1) : QString();
}

// --- entities -----------------------------------------------------------------------------------

QList<Language> parseLanguageList(const QString &value)
{
    QList<Language> out;
    static const QRegularExpression sep(u"[,;/]"_s);
    const QStringList parts = value.split(sep, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString item = p.trimmed();
        if (item.isEmpty())
            continue;
        Language l;
        l.code = languageCode(item);
        if (l.code != item.toLower())
            l.name = item;
        out.append(l);
    }
    return out;
}

std::optional<Language> parseLanguage(Context &ctx, const Record &r)
{
    Language l;
    l.code = text(ctx, r, u"code"_s).toLower();
    l.name = text(ctx, r, u"name"_s);
    l.note = plain(ctx, r, {"note"});
    if (l.code.isEmpty() && !l.name.isEmpty())
        l.code = languageCode(l.name);
    if (l.code.isEmpty() && l.name.isEmpty()) {
        // 1.x/2.x: one language in a "language" column.
        const QList<Language> old = parseLanguageList(text(ctx, r, u"language"_s));
        if (old.isEmpty()) {
            ctx.report(r, u"code"_s, Reason::missingRequiredSkipped(u"code"_s));
            return std::nullopt;
        }
        l.code = old.first().code;
        l.name = old.first().name;
    }
    return l;
}

std::optional<Phone> parsePhone(Context &ctx, const Record &r)
{
    Phone p;
    p.id = recordId(ctx, r, false);
    p.number = stripQuotes(text(ctx, r, u"number"_s));
    if (p.number.isEmpty()) {
        ctx.report(r, u"number"_s, Reason::missingRequiredSkipped(u"number"_s));
        return std::nullopt;
    }
    p.extension = stripQuotes(text(ctx, r, u"extension"_s));
    p.type = text(ctx, r, u"type"_s).toLower();
    p.description = localized(ctx, r, {"description"});
    p.confidential = confidential(ctx, r);
    const auto addLanguage = [&p](const QString &code) {
        if (!code.isEmpty() && !p.languages.contains(code))
            p.languages << code;
    };
    const QList<QJsonObject> langs = nestedList(ctx, r, u"languages"_s);
    for (qsizetype i = 0; i < langs.size(); ++i) {
        const Record child = childRecord(r, langs.at(i), u"language"_s, u"languages"_s, int(i));
        if (const std::optional<Language> l = parseLanguage(ctx, child))
            addLanguage(l->code.isEmpty() ? l->name : l->code);
    }
    for (const Language &l : parseLanguageList(text(ctx, r, u"language"_s)))
        addLanguage(l.code.isEmpty() ? l.name : l.code);
    return p;
}

std::optional<Address> parseAddress(Context &ctx, const Record &r, const QString &defaultType)
{
    Address a;
    a.id = recordId(ctx, r, false);
    a.attention = plain(ctx, r, {"attention"});
    a.address1 = plain(ctx, r, {"address_1", "address1"});
    QStringList more;
    for (const char *key : {"address_2", "address_3", "address_4", "address2"}) {
        const QString s = plain(ctx, r, {key});
        if (!s.isEmpty() && !more.contains(s))
            more << s;
    }
    a.address2 = more.join(u", "_s);
    a.city = plain(ctx, r, {"city"});
    a.region = plain(ctx, r, {"region"});
    a.province = normalizeProvince(text(ctx, r, u"state_province"_s));
    a.postalCode = text(ctx, r, u"postal_code"_s);
    a.country = normalizeCountry(text(ctx, r, u"country"_s));
    a.confidential = confidential(ctx, r);

    QString type = text(ctx, r, u"address_type"_s).toLower();
    if (type == u"mailing"_s)
        type = u"postal"_s;
    else if (type == u"street"_s)
        type = u"physical"_s;
    if (type.isEmpty()) {
        type = defaultType;
    } else if (type != u"physical"_s && type != u"postal"_s && type != u"virtual"_s) {
        ctx.report(r, u"address_type"_s,
                   badEnum(text(ctx, r, u"address_type"_s), u"physical, postal, virtual"_s));
        type.clear();
    }
    a.type = type;
    if (a.address1.isEmpty() && a.city.isEmpty() && a.postalCode.isEmpty()
        && a.type != u"virtual"_s) {
        ctx.report(r, u"address_1"_s, Reason::missingRequiredSkipped(u"address_1"_s));
        return std::nullopt;
    }
    return a;
}

namespace {

void parseTimeZone(Context &ctx, const Record &r, Schedule &s)
{
    const QJsonValue v = r.data.value(QLatin1String("timezone"));
    if (isAbsent(v))
        return;
    std::optional<double> offset;
    if (v.isDouble()) {
        offset = v.toDouble();
    } else if (v.isString()) {
        const QString str = v.toString().trimmed();
        static const QRegularExpression re(u"^(?:utc|gmt)?\\s*([+-]?\\d{1,2}(?:\\.\\d+)?)"
                                           "(?::?(\\d{2}))?$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = re.match(str);
        if (m.hasMatch()) {
            const double sign = m.captured(1).startsWith(u'-') ? -1 : 1;
            offset = m.captured(1).toDouble() + sign * m.captured(2).toInt() / 60.0;
        } else if (QTimeZone::isTimeZoneIdAvailable(str.toUtf8())) {
            s.timeZone = str;
            return;
        } else {
            ctx.report(r, u"timezone"_s, badTimeZone(str));
            return;
        }
    } else {
        ctx.report(r, u"timezone"_s, badTimeZone(display(v)));
        return;
    }
    // An offset does not name a zone (daylight saving time); only Newfoundland's half hours are
    // unambiguous. Other Canadian offsets mean "the directory's zone".
    const double o = *offset;
    if (o == -3.5 || o == -2.5)
        s.timeZone = u"America/St_Johns"_s;
    else if (o < -8 || o > -3)
        ctx.report(r, u"timezone"_s, offsetOutsideCanada(display(v)));
}

} // namespace

std::optional<Schedule> parseSchedule(Context &ctx, const Record &r)
{
    Schedule s;
    s.id = recordId(ctx, r, false);
    s.validFrom = date(ctx, r, u"valid_from"_s);
    s.validTo = date(ctx, r, u"valid_to"_s);
    // holiday_schedules (1.x): the dates the entry covers.
    if (!s.validFrom.isValid())
        s.validFrom = date(ctx, r, u"start_date"_s);
    if (!s.validTo.isValid())
        s.validTo = date(ctx, r, u"end_date"_s);
    s.dtstart = date(ctx, r, u"dtstart"_s);
    s.until = date(ctx, r, u"until"_s);
    s.count = integer(ctx, r, u"count"_s, 0, 100000).value_or(0);
    s.opensAt = time(ctx, r, u"opens_at"_s);
    s.closesAt = time(ctx, r, u"closes_at"_s);
    s.description = localized(ctx, r, {"description"});
    s.notes = plain(ctx, r, {"notes"});
    s.closed = boolean(ctx, r, u"closed"_s).value_or(false);
    parseTimeZone(ctx, r, s);

    const QJsonValue interval = r.data.value(QLatin1String("interval"));
    if (!isAbsent(interval)) {
        if (const std::optional<int> i = integer(ctx, r, u"interval"_s, 1, 1000))
            s.interval = *i;
    }

    static const QRegularExpression dayRe(u"^([+-]?\\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$"_s);
    static const QRegularExpression sep(u"[,;\\s]+"_s);
    const QStringList days = text(ctx, r, u"byday"_s).split(sep, Qt::SkipEmptyParts);
    for (const QString &d : days) {
        const QString token = d.trimmed().toUpper();
        const QRegularExpressionMatch m = dayRe.match(token);
        QString code;
        if (m.hasMatch()) {
            const int ordinal = m.captured(1).toInt();
            if (ordinal >= -5 && ordinal <= 5)
                code = ordinal == 0 ? m.captured(2) : token;
        } else {
            code = normalizeWeekday(d);
        }
        if (code.isEmpty())
            ctx.report(r, u"byday"_s, badDay(d));
        else if (!s.byday.contains(code))
            s.byday << code;
    }
    // regular_schedules (1.x): one weekday per row.
    const QString weekday = text(ctx, r, u"weekday"_s);
    if (!weekday.isEmpty()) {
        const QString code = normalizeWeekday(weekday);
        if (code.isEmpty())
            ctx.report(r, u"weekday"_s, badDay(weekday));
        else if (!s.byday.contains(code))
            s.byday << code;
    }

    const QStringList monthDays = text(ctx, r, u"bymonthday"_s).split(sep, Qt::SkipEmptyParts);
    for (const QString &d : monthDays) {
        bool ok = false;
        const int n = d.toInt(&ok);
        if (!ok || n == 0 || n < -31 || n > 31)
            ctx.report(r, u"bymonthday"_s, badMonthDay(d));
        else if (!s.bymonthday.contains(n))
            s.bymonthday << n;
    }

    const QString freq = text(ctx, r, u"freq"_s).toUpper();
    if (freq.isEmpty()) {
        if (!weekday.isEmpty())
            s.freq = u"WEEKLY"_s;
    } else if (freq == u"WEEKLY"_s || freq == u"MONTHLY"_s) {
        s.freq = freq;
    } else if (freq == u"DAILY"_s) {
        s.freq = u"WEEKLY"_s;
        if (s.byday.isEmpty())
            s.byday = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s, u"FR"_s, u"SA"_s, u"SU"_s};
    } else {
        ctx.report(r, u"freq"_s, unsupportedFrequency(text(ctx, r, u"freq"_s)));
        s.byday.clear();
        s.bymonthday.clear();
        s.opensAt = QTime();
        s.closesAt = QTime();
        s.count = 0;
        s.interval = 1;
    }
    return s;
}

std::optional<Contact> parseContact(Context &ctx, const Record &r)
{
    Contact c;
    c.id = recordId(ctx, r, false);
    c.name = plain(ctx, r, {"name"});
    c.title = plain(ctx, r, {"title"});
    c.department = plain(ctx, r, {"department"});
    c.email = email(ctx, r, u"email"_s);
    c.confidential = confidential(ctx, r);
    nestedChildren(ctx, r, u"phones"_s, u"phone"_s, c.phones, parsePhone);
    return c;
}

std::optional<CostOption> parseCostOption(Context &ctx, const Record &r)
{
    CostOption c;
    c.id = recordId(ctx, r, false);
    c.validFrom = date(ctx, r, u"valid_from"_s);
    c.validTo = date(ctx, r, u"valid_to"_s);
    c.option = localized(ctx, r, {"option"});
    c.currency = text(ctx, r, u"currency"_s).toUpper();
    c.amountDescription = localized(ctx, r, {"amount_description"});
    if (const std::optional<double> amount = number(ctx, r, u"amount"_s)) {
        if (*amount < 0)
            ctx.report(r, u"amount"_s, negativeValue(text(ctx, r, u"amount"_s)));
        else
            c.amount = amount;
    }
    return c;
}

std::optional<RequiredDocument> parseRequiredDocument(Context &ctx, const Record &r)
{
    RequiredDocument d;
    d.id = recordId(ctx, r, false);
    d.document = localized(ctx, r, {"document"});
    d.uri = plain(ctx, r, {"uri", "url"});
    if (d.document.isEmpty() && d.uri.isEmpty()) {
        ctx.report(r, u"document"_s, Reason::missingRequiredSkipped(u"document"_s));
        return std::nullopt;
    }
    return d;
}

std::optional<Accessibility> parseAccessibility(Context &ctx, const Record &r)
{
    Accessibility a;
    a.id = recordId(ctx, r, false);
    a.code = text(ctx, r, u"code"_s); // extension (HsdsWriter): the vocabulary code, as written
    a.description = localized(ctx, r, {"description", "accessibility"});
    a.details = plain(ctx, r, {"details"});
    a.url = plain(ctx, r, {"url"});
    return a;
}

std::optional<ServiceArea> parseServiceArea(Context &ctx, const Record &r)
{
    ServiceArea a;
    a.id = recordId(ctx, r, false);
    a.name = plain(ctx, r, {"name", "service_area"});
    a.description = localized(ctx, r, {"description"});
    a.extentType = text(ctx, r, u"extent_type"_s).toLower();
    a.extent = text(ctx, r, u"extent"_s);
    a.uri = plain(ctx, r, {"uri"});
    return a;
}

std::optional<TaxonomyTerm> parseTaxonomyTerm(Context &ctx, const Record &r)
{
    TaxonomyTerm t;
    t.id = recordId(ctx, r, true);
    if (t.id.isEmpty())
        return std::nullopt;
    t.name = localized(ctx, r, {"name", "term"});
    if (t.name.isEmpty()) {
        ctx.report(r, u"name"_s, Reason::missingRequiredSkipped(u"name"_s));
        return std::nullopt;
    }
    t.code = text(ctx, r, u"code"_s);
    t.description = localized(ctx, r, {"description"});
    t.parentId = text(ctx, r, u"parent_id"_s);
    t.termUri = plain(ctx, r, {"term_uri", "uri"});
    t.taxonomy = text(ctx, r, u"taxonomy"_s);
    if (t.taxonomy.isEmpty()) {
        if (const std::optional<QJsonObject> detail = nestedObject(ctx, r, u"taxonomy_detail"_s))
            t.taxonomy = scalarText(detail->value(QLatin1String("name")));
    }
    if (t.taxonomy.isEmpty())
        t.taxonomy = ctx.taxonomyNames.value(text(ctx, r, u"taxonomy_id"_s));
    if (t.taxonomy.isEmpty())
        t.taxonomy = text(ctx, r, u"vocabulary"_s); // 1.x taxonomy.csv
    return t;
}

std::optional<Capacity> parseCapacity(Context &ctx, const Record &r)
{
    Capacity c;
    c.id = recordId(ctx, r, false);
    c.unitId = text(ctx, r, u"unit_id"_s);
    if (const std::optional<QJsonObject> unit = nestedObject(ctx, r, u"unit"_s)) {
        const Record u = childRecord(r, *unit, u"unit"_s, u"unit"_s, -1);
        if (c.unitId.isEmpty())
            c.unitId = text(ctx, u, u"id"_s);
        c.unitName = plain(ctx, u, {"name"});
        if (c.unitName.isEmpty())
            ctx.report(u, u"name"_s, Reason::missingRequiredKept(u"name"_s));
    }
    if (c.unitName.isEmpty() && !c.unitId.isEmpty())
        c.unitName = ctx.unitNames.value(c.unitId);
    if (c.unitId.isEmpty() && c.unitName.isEmpty())
        ctx.report(r, u"unit"_s, Reason::missingRequiredKept(u"unit"_s));
    for (const QString &key : {u"available"_s, u"maximum"_s}) {
        if (const std::optional<double> n = number(ctx, r, key)) {
            if (*n < 0)
                ctx.report(r, key, negativeValue(text(ctx, r, key)));
            else
                (key == u"available"_s ? c.available : c.maximum) = n;
        }
    }
    if (!c.available && isAbsent(r.data.value(QLatin1String("available"))))
        ctx.report(r, u"available"_s, Reason::missingRequiredKept(u"available"_s));
    c.description = localized(ctx, r, {"description"});
    c.updated = dateTime(ctx, r, u"updated"_s);
    return c;
}

std::optional<Organization> parseOrganization(Context &ctx, const Record &r)
{
    Organization o;
    o.id = recordId(ctx, r, true);
    if (o.id.isEmpty())
        return std::nullopt;
    o.name = localized(ctx, r, {"name"});
    if (o.name.isEmpty()) {
        ctx.report(r, u"name"_s, Reason::missingRequiredSkipped(u"name"_s));
        return std::nullopt;
    }
    o.alternateName = plain(ctx, r, {"alternate_name"});
    o.description = localized(ctx, r, {"description"});
    o.email = email(ctx, r, u"email"_s);
    o.website = plain(ctx, r, {"website", "url"});
    o.status = text(ctx, r, u"status"_s).toLower();
    o.lastVerified = date(ctx, r, u"last_verified"_s);
    nestedChildren(ctx, r, u"phones"_s, u"phone"_s, o.phones, parsePhone);
    nestedChildren(ctx, r, u"contacts"_s, u"contact"_s, o.contacts, parseContact);

    const QList<QJsonObject> programs = nestedList(ctx, r, u"programs"_s);
    for (qsizetype i = 0; i < programs.size(); ++i) {
        const Record child = childRecord(r, programs.at(i), u"program"_s, u"programs"_s, int(i));
        if (std::optional<Program> p = parseProgram(ctx, child)) {
            fill(p->organizationId, o.id);
            ctx.addProgram(*p);
        }
    }
    const QList<QJsonObject> locations = nestedList(ctx, r, u"locations"_s);
    for (qsizetype i = 0; i < locations.size(); ++i) {
        const Record child = childRecord(r, locations.at(i), u"location"_s, u"locations"_s, int(i));
        if (std::optional<Location> l = parseLocation(ctx, child)) {
            fill(l->organizationId, o.id);
            ctx.addLocation(*l);
        }
    }
    return o;
}

std::optional<Program> parseProgram(Context &ctx, const Record &r)
{
    Program p;
    p.id = recordId(ctx, r, true);
    if (p.id.isEmpty())
        return std::nullopt;
    p.name = localized(ctx, r, {"name"});
    if (p.name.isEmpty()) {
        ctx.report(r, u"name"_s, Reason::missingRequiredSkipped(u"name"_s));
        return std::nullopt;
    }
    p.organizationId = text(ctx, r, u"organization_id"_s);
    p.description = localized(ctx, r, {"description"});
    return p;
}

std::optional<Location> parseLocation(Context &ctx, const Record &r)
{
    Location l;
    l.id = recordId(ctx, r, true);
    if (l.id.isEmpty())
        return std::nullopt;
    l.organizationId = text(ctx, r, u"organization_id"_s);
    const QString type = text(ctx, r, u"location_type"_s).toLower();
    if (type == u"physical"_s || type == u"postal"_s || type == u"virtual"_s)
        l.locationType = type;
    else if (!type.isEmpty())
        ctx.report(r, u"location_type"_s,
                   badEnum(text(ctx, r, u"location_type"_s), u"physical, postal, virtual"_s));
    l.name = localized(ctx, r, {"name"});
    l.description = localized(ctx, r, {"description"});
    l.transportation = plain(ctx, r, {"transportation"});
    l.confidential = confidential(ctx, r);

    const QJsonValue lat = r.data.value(QLatin1String("latitude"));
    const QJsonValue lon = r.data.value(QLatin1String("longitude"));
    if (!isAbsent(lat) || !isAbsent(lon)) {
        const auto coordinate = [&](const QJsonValue &v, const QString &key, double limit,
                                    bool latitude) -> std::optional<double> {
            double d = v.toDouble();
            bool ok = v.isDouble();
            if (v.isString())
                d = v.toString().trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(d)) {
                ctx.report(r, key, coordinateNotNumber(display(v)));
                return std::nullopt;
            }
            if (std::abs(d) > limit) {
                ctx.report(r, key,
                           latitude ? latitudeRange(display(v)) : longitudeRange(display(v)));
                return std::nullopt;
            }
            return d;
        };
        if (isAbsent(lat) || isAbsent(lon)) {
            ctx.report(r, isAbsent(lat) ? u"latitude"_s : u"longitude"_s, halfCoordinates());
        } else {
            const std::optional<double> la = coordinate(lat, u"latitude"_s, 90, true);
            const std::optional<double> lo = coordinate(lon, u"longitude"_s, 180, false);
            if (la && lo) {
                l.latitude = *la;
                l.longitude = *lo;
            }
        }
    }

    const auto physical = [](Context &c, const Record &rec) {
        return parseAddress(c, rec, u"physical"_s);
    };
    const auto postal = [](Context &c, const Record &rec) {
        return parseAddress(c, rec, u"postal"_s);
    };
    nestedChildren(ctx, r, u"addresses"_s, u"address"_s, l.addresses, physical);
    nestedChildren(ctx, r, u"physical_addresses"_s, u"address"_s, l.addresses, physical);
    nestedChildren(ctx, r, u"postal_addresses"_s, u"address"_s, l.addresses, postal);
    nestedChildren(ctx, r, u"phones"_s, u"phone"_s, l.phones, parsePhone);
    nestedChildren(ctx, r, u"schedules"_s, u"schedule"_s, l.schedules, parseSchedule);
    nestedChildren(ctx, r, u"accessibility"_s, u"accessibility"_s, l.accessibility,
                   parseAccessibility);
    nestedChildren(ctx, r, u"accessibility_for_disabilities"_s, u"accessibility"_s,
                   l.accessibility, parseAccessibility);
    const QList<QJsonObject> langs = nestedList(ctx, r, u"languages"_s);
    for (qsizetype i = 0; i < langs.size(); ++i) {
        const Record child = childRecord(r, langs.at(i), u"language"_s, u"languages"_s, int(i));
        if (const std::optional<Language> lang = parseLanguage(ctx, child))
            l.languages.append(*lang);
    }
    return l;
}

std::optional<ServiceAtLocation> parseServiceAtLocation(Context &ctx, const Record &r)
{
    ServiceAtLocation s;
    s.id = recordId(ctx, r, false);
    s.description = localized(ctx, r, {"description"});
    s.locationId = text(ctx, r, u"location_id"_s);
    if (const std::optional<QJsonObject> loc = nestedObject(ctx, r, u"location"_s)) {
        const Record child = childRecord(r, *loc, u"location"_s, u"location"_s, -1);
        if (const std::optional<Location> l = parseLocation(ctx, child)) {
            ctx.addLocation(*l);
            if (s.locationId.isEmpty())
                s.locationId = l->id;
        } else if (s.locationId.isEmpty()) {
            return std::nullopt; // the location's own entry says why
        }
    }
    if (s.locationId.isEmpty()) {
        ctx.report(r, u"location_id"_s, Reason::missingRequiredSkipped(u"location_id"_s));
        return std::nullopt;
    }
    nestedChildren(ctx, r, u"phones"_s, u"phone"_s, s.phones, parsePhone);
    nestedChildren(ctx, r, u"schedules"_s, u"schedule"_s, s.schedules, parseSchedule);
    nestedChildren(ctx, r, u"contacts"_s, u"contact"_s, s.contacts, parseContact);
    return s;
}

namespace {

void parseAttributes(Context &ctx, const Record &r, Service &s)
{
    const QList<QJsonObject> attrs = nestedList(ctx, r, u"attributes"_s);
    for (qsizetype i = 0; i < attrs.size(); ++i) {
        const Record a = childRecord(r, attrs.at(i), u"attribute"_s, u"attributes"_s, int(i));
        if (const std::optional<QJsonObject> term = nestedObject(ctx, a, u"taxonomy_term"_s)) {
            const Record t = childRecord(a, *term, u"taxonomy_term"_s, u"taxonomy_term"_s, -1);
            if (const std::optional<TaxonomyTerm> parsed = parseTaxonomyTerm(ctx, t)) {
                ctx.addTaxonomyTerm(*parsed);
                appendUniqueById(s.taxonomyTerms, *parsed);
            }
            continue;
        }
        const QString termId = text(ctx, a, u"taxonomy_term_id"_s);
        if (termId.isEmpty()) {
            ctx.report(a, u"taxonomy_term_id"_s,
                       Reason::missingRequiredSkipped(u"taxonomy_term_id"_s));
            continue;
        }
        ctx.pendingTerms.append({s.id, termId, a.label});
    }
    // Some publishers list the terms directly.
    const QList<QJsonObject> terms = nestedList(ctx, r, u"taxonomy_terms"_s);
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Record t = childRecord(r, terms.at(i), u"taxonomy_term"_s, u"taxonomy_terms"_s,
                                     int(i));
        if (const std::optional<TaxonomyTerm> parsed = parseTaxonomyTerm(ctx, t)) {
            ctx.addTaxonomyTerm(*parsed);
            appendUniqueById(s.taxonomyTerms, *parsed);
        }
    }
}

void parseAges(Context &ctx, const Record &r, Service &s)
{
    const auto age = [&](const QString &key) -> std::optional<int> {
        const std::optional<double> n = number(ctx, r, key);
        if (!n)
            return std::nullopt;
        if (*n < 0) {
            ctx.report(r, key, negativeAge(text(ctx, r, key)));
            return std::nullopt;
        }
        if (*n > 150 || *n != std::floor(*n)) {
            ctx.report(r, key, implausibleAge(text(ctx, r, key)));
            return std::nullopt;
        }
        return static_cast<int>(*n);
    };
    s.minimumAge = age(u"minimum_age"_s);
    s.maximumAge = age(u"maximum_age"_s);
    if (s.minimumAge && s.maximumAge && *s.minimumAge > *s.maximumAge) {
        ctx.report(r, u"minimum_age"_s, ageOrder(*s.minimumAge, *s.maximumAge));
        s.minimumAge.reset();
        s.maximumAge.reset();
    }
}

} // namespace

std::optional<Service> parseService(Context &ctx, const Record &r, bool tabular)
{
    ++ctx.servicesSeen;
    Service s;
    s.id = recordId(ctx, r, true);
    if (s.id.isEmpty())
        return std::nullopt;
    s.name = localized(ctx, r, {"name"});
    if (s.name.isEmpty()) {
        ctx.report(r, u"name"_s, Reason::missingRequiredSkipped(u"name"_s));
        return std::nullopt;
    }
    s.alternateName = localized(ctx, r, {"alternate_name"});
    s.description = localized(ctx, r, {"description"});
    s.eligibility = localized(ctx, r, {"eligibility_description", "eligibility"});
    s.fees = localized(ctx, r, {"fees_description", "fees"});
    s.applicationProcess = localized(ctx, r, {"application_process"});
    s.interpretationServices = localized(ctx, r, {"interpretation_services"});
    s.waitTime = localized(ctx, r, {"wait_time", "wait"});
    s.url = plain(ctx, r, {"url", "website"});
    s.email = email(ctx, r, u"email"_s);
    s.lastVerified = date(ctx, r, u"assured_date"_s);
    s.assurer = text(ctx, r, u"assurer_email"_s);
    if (s.assurer.isEmpty())
        s.assurer = text(ctx, r, u"assurer"_s);
    s.accreditations = stringList(ctx, r, u"accreditations"_s, false);
    s.licenses = stringList(ctx, r, u"licenses"_s, false);
    s.keywords = stringList(ctx, r, u"keywords"_s, true)
                 + stringList(ctx, r, u"keywords_fr"_s, true);
    s.lastModified = dateTime(ctx, r, u"last_modified"_s);
    // The `alerts` extension (HsdsWriter) keeps each alert with its dates; HSDS's single
    // undated `alert` text is read only without it.
    const QList<QJsonObject> alerts = nestedList(ctx, r, u"alerts"_s);
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const Record child = childRecord(r, alerts.at(i), u"alert"_s, u"alerts"_s, int(i));
        Alert a{localized(ctx, child, {"text"}), date(ctx, child, u"appears"_s),
                date(ctx, child, u"expires"_s)};
        if (!a.text.isEmpty())
            s.alerts.append(a);
    }
    if (alerts.isEmpty()) {
        const LocalizedText alert = localized(ctx, r, {"alert"});
        if (!alert.isEmpty())
            s.alerts.append(Alert{alert, {}, {}});
    }
    parseAges(ctx, r, s);

    const QString rawStatus = text(ctx, r, u"status"_s);
    QString status = rawStatus.toLower();
    status.replace(u'_', u' ').replace(u'-', u' ');
    status = status.simplified();
    if (status.isEmpty()) {
        ctx.report(r, u"status"_s, missingStatus());
        s.status = u"active"_s;
    } else if (status == u"active"_s || status == u"inactive"_s || status == u"defunct"_s
               || status == u"temporarily closed"_s) {
        s.status = status;
    } else {
        ctx.report(r, u"status"_s, badStatus(rawStatus));
        s.status = u"inactive"_s;
    }

    s.organizationId = text(ctx, r, u"organization_id"_s);
    s.programId = text(ctx, r, u"program_id"_s);
    if (const std::optional<QJsonObject> org = nestedObject(ctx, r, u"organization"_s)) {
        const Record child = childRecord(r, *org, u"organization"_s, u"organization"_s, -1);
        if (const std::optional<Organization> o = parseOrganization(ctx, child)) {
            ctx.addOrganization(*o);
            fill(s.organizationId, o->id);
        }
    }
    if (tabular && s.organizationId.isEmpty())
        ctx.report(r, u"organization_id"_s, Reason::missingRequiredKept(u"organization_id"_s));
    if (const std::optional<QJsonObject> prog = nestedObject(ctx, r, u"program"_s)) {
        const Record child = childRecord(r, *prog, u"program"_s, u"program"_s, -1);
        if (std::optional<Program> p = parseProgram(ctx, child)) {
            fill(p->organizationId, s.organizationId);
            ctx.addProgram(*p);
            fill(s.programId, p->id);
        }
    }

    nestedChildren(ctx, r, u"phones"_s, u"phone"_s, s.phones, parsePhone);
    nestedChildren(ctx, r, u"schedules"_s, u"schedule"_s, s.schedules, parseSchedule);
    nestedChildren(ctx, r, u"service_areas"_s, u"service_area"_s, s.serviceAreas,
                   parseServiceArea);
    nestedChildren(ctx, r, u"cost_options"_s, u"cost_option"_s, s.costOptions, parseCostOption);
    nestedChildren(ctx, r, u"required_documents"_s, u"required_document"_s, s.requiredDocuments,
                   parseRequiredDocument);
    nestedChildren(ctx, r, u"contacts"_s, u"contact"_s, s.contacts, parseContact);
    for (const QString &key : {u"capacities"_s, u"service_capacities"_s, u"service_capacity"_s})
        nestedChildren(ctx, r, key, u"service_capacity"_s, s.capacities, parseCapacity);
    nestedChildren(ctx, r, u"service_at_locations"_s, u"service_at_location"_s, s.locations,
                   parseServiceAtLocation);
    const QList<QJsonObject> langs = nestedList(ctx, r, u"languages"_s);
    for (qsizetype i = 0; i < langs.size(); ++i) {
        const Record child = childRecord(r, langs.at(i), u"language"_s, u"languages"_s, int(i));
        if (const std::optional<Language> l = parseLanguage(ctx, child))
            s.languages.append(*l);
    }
    parseAttributes(ctx, r, s);
    return s;
}

void resolveReferences(Context &ctx)
{
    DirectoryBatch &b = ctx.batch;
    QHash<QString, qsizetype> serviceIndex;
    for (qsizetype i = 0; i < b.services.size(); ++i)
        serviceIndex.insert(b.services.at(i).id, i);

    for (const Context::PendingTerm &p : std::as_const(ctx.pendingTerms)) {
        const auto term = b.taxonomyTerms.constFind(p.termId);
        if (term == b.taxonomyTerms.constEnd()) {
            ctx.report(u"attribute"_s, p.label, u"taxonomy_term_id"_s,
                       Reason::danglingSkipped(u"taxonomy_term"_s, p.termId));
            continue;
        }
        const qsizetype i = serviceIndex.value(p.serviceId, -1);
        if (i >= 0)
            appendUniqueById(b.services[i].taxonomyTerms, *term);
    }
    ctx.pendingTerms.clear();

    for (Program &p : b.programs) {
        if (!p.organizationId.isEmpty() && !b.organizations.contains(p.organizationId)) {
            ctx.report(u"program"_s, p.id, u"organization_id"_s,
                       Reason::danglingDropped(u"organization"_s, p.organizationId));
            p.organizationId.clear();
        }
    }
    for (Location &l : b.locations) {
        if (!l.organizationId.isEmpty() && !b.organizations.contains(l.organizationId)) {
            ctx.report(u"location"_s, l.id, u"organization_id"_s,
                       Reason::danglingDropped(u"organization"_s, l.organizationId));
            l.organizationId.clear();
        }
    }
    for (Service &s : b.services) {
        if (!s.organizationId.isEmpty() && !b.organizations.contains(s.organizationId)) {
            ctx.report(u"service"_s, s.id, u"organization_id"_s,
                       Reason::danglingDropped(u"organization"_s, s.organizationId));
            s.organizationId.clear();
        }
        if (!s.programId.isEmpty() && !b.programs.contains(s.programId)) {
            ctx.report(u"service"_s, s.id, u"program_id"_s,
                       Reason::danglingDropped(u"program"_s, s.programId));
            s.programId.clear();
        }
        for (qsizetype i = s.locations.size() - 1; i >= 0; --i) {
            const ServiceAtLocation &sal = s.locations.at(i);
            if (!b.locations.contains(sal.locationId)) {
                ctx.report(u"service_at_location"_s, sal.id.isEmpty() ? s.id : sal.id,
                           u"location_id"_s,
                           Reason::danglingSkipped(u"location"_s, sal.locationId));
                s.locations.removeAt(i);
            }
        }
    }
}

} // namespace Nav::Directory::Hsds

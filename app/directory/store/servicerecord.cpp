// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/store/servicerecord.h"

#include <QCryptographicHash>

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace Nav::Directory {
namespace {

constexpr quint32 kMagic = 0x4e415653; // "NAVS"
// 1: the fields' stream as it is; 2: the same stream compressed (zlib). Both are read.
constexpr quint16 kVersion = 2;

// Optional values travel as a presence flag plus the value.
template<typename T>
QDataStream &operator<<(QDataStream &s, const std::optional<T> &v)
{
    s << bool(v.has_value());
    if (v)
        s << *v;
    return s;
}
template<typename T>
QDataStream &operator>>(QDataStream &s, std::optional<T> &v)
{
    bool has = false;
    s >> has;
    if (has) {
        T value{};
        s >> value;
        v = value;
    } else {
        v.reset();
    }
    return s;
}

} // namespace

// Element operators live in this namespace so that QList's streaming finds them by ADL.
static QDataStream &operator<<(QDataStream &s, const LocalizedText &t) { return s << t.en << t.fr; }
static QDataStream &operator>>(QDataStream &s, LocalizedText &t) { return s >> t.en >> t.fr; }

static QDataStream &operator<<(QDataStream &s, const Phone &p)
{
    return s << p.id << p.number << p.extension << p.type << p.description << p.languages
             << p.confidential;
}
static QDataStream &operator>>(QDataStream &s, Phone &p)
{
    return s >> p.id >> p.number >> p.extension >> p.type >> p.description >> p.languages
           >> p.confidential;
}

static QDataStream &operator<<(QDataStream &s, const Address &a)
{
    return s << a.id << a.type << a.attention << a.address1 << a.address2 << a.city << a.region
             << a.province << a.postalCode << a.country << a.confidential;
}
static QDataStream &operator>>(QDataStream &s, Address &a)
{
    return s >> a.id >> a.type >> a.attention >> a.address1 >> a.address2 >> a.city >> a.region
           >> a.province >> a.postalCode >> a.country >> a.confidential;
}

static QDataStream &operator<<(QDataStream &s, const Schedule &x)
{
    return s << x.id << x.validFrom << x.validTo << x.dtstart << x.until << qint32(x.count)
             << x.freq << qint32(x.interval) << x.byday << x.bymonthday << x.opensAt
             << x.closesAt << x.timeZone << x.description << x.notes << x.closed;
}
static QDataStream &operator>>(QDataStream &s, Schedule &x)
{
    qint32 count = 0, interval = 1;
    s >> x.id >> x.validFrom >> x.validTo >> x.dtstart >> x.until >> count >> x.freq >> interval
        >> x.byday >> x.bymonthday >> x.opensAt >> x.closesAt >> x.timeZone >> x.description
        >> x.notes >> x.closed;
    x.count = count;
    x.interval = interval;
    return s;
}

static QDataStream &operator<<(QDataStream &s, const Language &l) { return s << l.code << l.name << l.note; }
static QDataStream &operator>>(QDataStream &s, Language &l) { return s >> l.code >> l.name >> l.note; }

static QDataStream &operator<<(QDataStream &s, const CostOption &c)
{
    return s << c.id << c.validFrom << c.validTo << c.option << c.currency << c.amount
             << c.amountDescription;
}
static QDataStream &operator>>(QDataStream &s, CostOption &c)
{
    return s >> c.id >> c.validFrom >> c.validTo >> c.option >> c.currency >> c.amount
           >> c.amountDescription;
}

static QDataStream &operator<<(QDataStream &s, const RequiredDocument &d) { return s << d.id << d.document << d.uri; }
static QDataStream &operator>>(QDataStream &s, RequiredDocument &d) { return s >> d.id >> d.document >> d.uri; }

static QDataStream &operator<<(QDataStream &s, const Accessibility &a)
{
    return s << a.id << a.code << a.description << a.details << a.url;
}
static QDataStream &operator>>(QDataStream &s, Accessibility &a)
{
    return s >> a.id >> a.code >> a.description >> a.details >> a.url;
}

static QDataStream &operator<<(QDataStream &s, const ServiceArea &a)
{
    return s << a.id << a.name << a.description << a.extentType << a.extent << a.uri;
}
static QDataStream &operator>>(QDataStream &s, ServiceArea &a)
{
    return s >> a.id >> a.name >> a.description >> a.extentType >> a.extent >> a.uri;
}

static QDataStream &operator<<(QDataStream &s, const TaxonomyTerm &t)
{
    return s << t.id << t.code << t.name << t.description << t.parentId << t.taxonomy << t.termUri;
}
static QDataStream &operator>>(QDataStream &s, TaxonomyTerm &t)
{
    return s >> t.id >> t.code >> t.name >> t.description >> t.parentId >> t.taxonomy >> t.termUri;
}

static QDataStream &operator<<(QDataStream &s, const Capacity &c)
{
    return s << c.id << c.unitId << c.unitName << c.available << c.maximum << c.description
             << c.updated;
}
static QDataStream &operator>>(QDataStream &s, Capacity &c)
{
    return s >> c.id >> c.unitId >> c.unitName >> c.available >> c.maximum >> c.description
           >> c.updated;
}

static QDataStream &operator<<(QDataStream &s, const Alert &a) { return s << a.text << a.appears << a.expires; }
static QDataStream &operator>>(QDataStream &s, Alert &a) { return s >> a.text >> a.appears >> a.expires; }

static QDataStream &operator<<(QDataStream &s, const Contact &c)
{
    return s << c.id << c.name << c.title << c.department << c.email << c.phones << c.confidential;
}
static QDataStream &operator>>(QDataStream &s, Contact &c)
{
    return s >> c.id >> c.name >> c.title >> c.department >> c.email >> c.phones >> c.confidential;
}

static QDataStream &operator<<(QDataStream &s, const Organization &o)
{
    return s << o.id << o.name << o.alternateName << o.description << o.email << o.website
             << o.status << o.phones << o.contacts << o.lastVerified;
}
static QDataStream &operator>>(QDataStream &s, Organization &o)
{
    return s >> o.id >> o.name >> o.alternateName >> o.description >> o.email >> o.website
           >> o.status >> o.phones >> o.contacts >> o.lastVerified;
}

static QDataStream &operator<<(QDataStream &s, const Program &p)
{
    return s << p.id << p.organizationId << p.name << p.description;
}
static QDataStream &operator>>(QDataStream &s, Program &p)
{
    return s >> p.id >> p.organizationId >> p.name >> p.description;
}

static QDataStream &operator<<(QDataStream &s, const Location &l)
{
    return s << l.id << l.organizationId << l.locationType << l.name << l.description
             << l.transportation << l.latitude << l.longitude << l.confidential << l.addresses
             << l.phones << l.schedules << l.accessibility << l.languages;
}
static QDataStream &operator>>(QDataStream &s, Location &l)
{
    return s >> l.id >> l.organizationId >> l.locationType >> l.name >> l.description
           >> l.transportation >> l.latitude >> l.longitude >> l.confidential >> l.addresses
           >> l.phones >> l.schedules >> l.accessibility >> l.languages;
}

static QDataStream &operator<<(QDataStream &s, const ServiceAtLocation &x)
{
    return s << x.id << x.locationId << x.description << x.phones << x.schedules << x.contacts;
}
static QDataStream &operator>>(QDataStream &s, ServiceAtLocation &x)
{
    return s >> x.id >> x.locationId >> x.description >> x.phones >> x.schedules >> x.contacts;
}

static QDataStream &operator<<(QDataStream &s, const Service &v)
{
    s << v.id << v.organizationId << v.programId << v.name << v.alternateName << v.description
      << v.eligibility << v.fees << v.applicationProcess << v.interpretationServices << v.waitTime
      << v.url << v.email << v.status << v.minimumAge << v.maximumAge << v.lastVerified
      << v.assurer << v.accreditations << v.licenses << v.keywords << v.alerts << v.phones
      << v.contacts << v.schedules << v.serviceAreas << v.languages << v.costOptions
      << v.requiredDocuments << v.taxonomyTerms << v.capacities << v.locations << v.lastModified;
    return s;
}
static QDataStream &operator>>(QDataStream &s, Service &v)
{
    s >> v.id >> v.organizationId >> v.programId >> v.name >> v.alternateName >> v.description
        >> v.eligibility >> v.fees >> v.applicationProcess >> v.interpretationServices
        >> v.waitTime >> v.url >> v.email >> v.status >> v.minimumAge >> v.maximumAge
        >> v.lastVerified >> v.assurer >> v.accreditations >> v.licenses >> v.keywords
        >> v.alerts >> v.phones >> v.contacts >> v.schedules >> v.serviceAreas >> v.languages
        >> v.costOptions >> v.requiredDocuments >> v.taxonomyTerms >> v.capacities
        >> v.locations >> v.lastModified;
    return s;
}


QList<Schedule> effectiveSchedules(const ServiceRecord &record)
{
    if (!record.service.schedules.isEmpty())
        return record.service.schedules;
    QList<Schedule> out;
    for (const ServiceAtLocation &sal : record.service.locations)
        out += sal.schedules;
    if (!out.isEmpty())
        return out;
    for (const Location &l : record.locations)
        out += l.schedules;
    return out;
}

QByteArray encodeSchedules(const QList<Schedule> &schedules)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << schedules;
    return bytes;
}

QList<Schedule> decodeSchedules(const QByteArray &bytes)
{
    QList<Schedule> schedules;
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    s >> schedules;
    return s.status() == QDataStream::Ok ? schedules : QList<Schedule>();
}

const Location *ServiceRecord::location(const QString &id) const
{
    for (const Location &l : locations) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

namespace {
// The record's fields as a stream (what version 1 stored after its header).
QByteArray fieldStream(const ServiceRecord &r)
{
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << r.service << r.organization << r.program << r.locations;
    return bytes;
}

Result<ServiceRecord> damaged(const QString &detail)
{
    return fail(ErrorCode::Database,
                QCoreApplication::translate("Nav::Directory::ServiceRecord",
                                            "A directory record is damaged. Re-import the "
                                            "directory."),
                detail);
}
} // namespace

QByteArray encodeRecord(const ServiceRecord &r, QByteArray *contentHash)
{
    const QByteArray fields = fieldStream(r);
    if (contentHash)
        *contentHash = QCryptographicHash::hash(fields, QCryptographicHash::Sha1);
    // QDataStream writes text as UTF-16: zlib's fastest level takes it to about a fifth, which
    // is that much less to encrypt, write and read back (a sync writes 100,000 of them)
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << kMagic << kVersion;
    const QByteArray packed = qCompress(fields, 1);
    bytes.append(packed);
    return bytes;
}

Result<ServiceRecord> decodeRecord(const QByteArray &bytes)
{
    QDataStream head(bytes);
    head.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    head >> magic >> version;
    if (magic != kMagic || (version != 1 && version != kVersion)) {
        return fail(ErrorCode::Database,
                    QCoreApplication::translate("Nav::Directory::ServiceRecord",
                                                "A directory record is damaged or was written by "
                                                "another version. Re-import the directory."),
                    QStringLiteral("magic %1 version %2").arg(magic, 0, 16).arg(version));
    }
    constexpr qsizetype kHeader = 6;
    // version 1: the fields follow as they are; version 2: zlib-compressed (qCompress)
    const QByteArray fields = version == 1 ? bytes.mid(kHeader)
                                           : qUncompress(bytes.mid(kHeader));
    if (version != 1 && fields.isEmpty())
        return damaged(QStringLiteral("does not uncompress"));
    QDataStream s(fields);
    s.setVersion(QDataStream::Qt_6_4);
    ServiceRecord r;
    s >> r.service >> r.organization >> r.program >> r.locations;
    if (s.status() != QDataStream::Ok)
        return damaged(QStringLiteral("stream status %1").arg(int(s.status())));
    return r;
}

ServiceRecord makeRecord(const Service &service, const DirectoryBatch &batch)
{
    ServiceRecord r;
    r.service = service;
    r.organization = batch.organizations.value(service.organizationId);
    if (!service.programId.isEmpty() && batch.programs.contains(service.programId))
        r.program = batch.programs.value(service.programId);
    for (const ServiceAtLocation &sal : service.locations) {
        if (batch.locations.contains(sal.locationId) && !r.location(sal.locationId))
            r.locations << batch.locations.value(sal.locationId);
    }
    return r;
}

ServiceRecord redactConfidential(const ServiceRecord &record)
{
    ServiceRecord r = record;
    const auto keepPublic = [](auto &list) {
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [](const auto &x) { return x.confidential; }),
                   list.end());
    };
    keepPublic(r.service.phones);
    keepPublic(r.service.contacts);
    for (Contact &c : r.service.contacts)
        keepPublic(c.phones);
    keepPublic(r.organization.phones);
    keepPublic(r.organization.contacts);
    QStringList hidden;
    for (const Location &l : std::as_const(r.locations)) {
        if (l.confidential)
            hidden << l.id;
    }
    keepPublic(r.locations);
    for (Location &l : r.locations) {
        keepPublic(l.addresses);
        keepPublic(l.phones);
    }
    r.service.locations.erase(std::remove_if(r.service.locations.begin(), r.service.locations.end(),
                                             [&](const ServiceAtLocation &sal) {
                                                 return hidden.contains(sal.locationId);
                                             }),
                              r.service.locations.end());
    for (ServiceAtLocation &sal : r.service.locations) {
        keepPublic(sal.phones);
        keepPublic(sal.contacts);
    }
    return r;
}

} // namespace Nav::Directory

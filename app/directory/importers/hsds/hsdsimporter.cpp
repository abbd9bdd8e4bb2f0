// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/hsds/hsdsimporter.h"

#include "directory/importers/hsds/hsdsrecord.h"
#include "directory/importers/hsds/hsdstabular.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHsds, "nav.directory.hsds")

namespace Nav::Directory {

using namespace Hsds;

namespace {

QString cancelledMessage()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter", "The import was cancelled.");
}

enum class Kind { Unknown, Ignored, Service, ServiceAtLocation, Organization, Location,
                  TaxonomyTerm, Program };

// What a JSON object is, from the fields only that kind has.
Kind classify(const QJsonObject &o)
{
    if (o.value(QLatin1String("service")).isObject())
        return Kind::ServiceAtLocation;
    const auto score = [&o](std::initializer_list<const char *> keys) {
        int n = 0;
        for (const char *k : keys)
            n += o.contains(QLatin1String(k)) ? 1 : 0;
        return n;
    };
    const int service = score({"status", "service_at_locations", "eligibility_description",
                               "fees_description", "application_process",
                               "interpretation_services", "program_id", "assured_date",
                               "assurer_email", "service_areas", "cost_options",
                               "required_documents", "minimum_age", "maximum_age", "wait_time",
                               "accreditations", "licenses", "alert", "fees", "keywords",
                               "program", "organization"});
    const int organization = score({"website", "tax_status", "tax_id", "year_incorporated",
                                    "legal_status", "logo", "parent_organization_id",
                                    "organization_identifiers", "programs", "locations",
                                    "services"});
    const int location = score({"location_type", "latitude", "longitude", "transportation",
                                "addresses", "accessibility", "external_identifier",
                                "external_identifier_type", "physical_addresses"});
    const int term = score({"code", "term_uri", "taxonomy", "taxonomy_detail", "taxonomy_id",
                            "parent_id", "term"});
    const int best = std::max({service, organization, location, term});
    if (best == 0) {
        // A service_at_location without nested objects, a taxonomy, API information, or a
        // record too bare to tell (the caller decides).
        if (o.contains(QLatin1String("service_id")) && o.contains(QLatin1String("location_id")))
            return Kind::ServiceAtLocation;
        if (o.contains(QLatin1String("version")) || o.contains(QLatin1String("openapi_url")))
            return Kind::Ignored;
        return Kind::Unknown;
    }
    if (service == best)
        return Kind::Service;
    if (organization == best)
        return Kind::Organization;
    if (location == best)
        return Kind::Location;
    return Kind::TaxonomyTerm;
}

class JsonReader
{
public:
    explicit JsonReader(Context &ctx)
        : m_ctx(ctx)
    {
    }

    // Reads the document. False when cancelled.
    bool readDocument(const QJsonDocument &doc);
    bool isSnapshot() const { return m_snapshot; }

private:
    // `hint`: what the items are when their fields do not say (the array's name).
    bool readItems(const QJsonArray &items, const QString &arrayKey, Kind hint);
    void readObject(const QJsonObject &o, const QString &label, Kind hint);
    Record topRecord(const QJsonObject &o, const QString &type, const QString &label) const;
    void addService(const Service &s, bool mergeLocations);
    void readServiceAtLocation(const Record &r);
    void resolvePendingLocations();

    Context &m_ctx;
    QHash<QString, qsizetype> m_serviceIndex;
    // service_at_location records naming their service by id only: (service id, record).
    QList<QPair<QString, ServiceAtLocation>> m_pendingLocations;
    QList<QString> m_pendingLabels;
    bool m_snapshot = true;
    qint64 m_done = 0;
};

Record JsonReader::topRecord(const QJsonObject &o, const QString &type, const QString &label) const
{
    Record r;
    r.data = o;
    r.type = type;
    const QJsonValue id = o.value(QLatin1String("id"));
    r.label = id.isString() ? id.toString().trimmed()
                            : (id.isDouble() ? QString::number(id.toDouble(), 'g', 15) : QString());
    if (r.label.isEmpty())
        r.label = label;
    r.lang = recordLanguage(o, type, m_ctx.fileLanguage);
    r.tagged = hasLanguageTags(o);
    return r;
}

void JsonReader::addService(const Service &s, bool mergeLocations)
{
    const qsizetype i = m_serviceIndex.value(s.id, -1);
    if (i < 0) {
        m_serviceIndex.insert(s.id, m_ctx.batch.services.size());
        m_ctx.batch.services.append(s);
        return;
    }
    if (!mergeLocations) {
        m_ctx.report(u"service"_s, s.id, u"id"_s, Reason::duplicateId(s.id));
        return;
    }
    // The same service seen again through another of its locations.
    Service &existing = m_ctx.batch.services[i];
    for (const ServiceAtLocation &sal : s.locations) {
        const bool known = std::any_of(existing.locations.cbegin(), existing.locations.cend(),
                                       [&sal](const ServiceAtLocation &e) {
                                           return !sal.id.isEmpty() && e.id == sal.id;
                                       });
        if (!known)
            existing.locations.append(sal);
    }
}

void JsonReader::readServiceAtLocation(const Record &r)
{
    const std::optional<ServiceAtLocation> sal = parseServiceAtLocation(m_ctx, r);
    if (const std::optional<QJsonObject> nested = nestedObject(m_ctx, r, u"service"_s)) {
        const Record sr = childRecord(r, *nested, u"service"_s, u"service"_s, -1);
        std::optional<Service> s = parseService(m_ctx, sr, false);
        if (!s)
            return;
        if (sal)
            s->locations.append(*sal);
        addService(*s, true);
        return;
    }
    if (!sal)
        return;
    const QString serviceId = text(m_ctx, r, u"service_id"_s);
    if (serviceId.isEmpty()) {
        m_ctx.report(r, u"service_id"_s, Reason::missingRequiredSkipped(u"service_id"_s));
        return;
    }
    m_pendingLocations.append({serviceId, *sal});
    m_pendingLabels.append(r.label);
}

void JsonReader::resolvePendingLocations()
{
    for (qsizetype i = 0; i < m_pendingLocations.size(); ++i) {
        const auto &[serviceId, sal] = m_pendingLocations.at(i);
        const qsizetype index = m_serviceIndex.value(serviceId, -1);
        if (index < 0) {
            m_ctx.report(u"service_at_location"_s, m_pendingLabels.at(i), u"service_id"_s,
                         Reason::danglingSkipped(u"service"_s, serviceId));
            continue;
        }
        m_ctx.batch.services[index].locations.append(sal);
    }
}

void JsonReader::readObject(const QJsonObject &o, const QString &label, Kind hint)
{
    Kind kind = hint == Kind::Unknown ? classify(o) : hint;
    // A bare record with a name: the files this reads are about services.
    if (kind == Kind::Unknown && o.contains(QLatin1String("id"))
        && o.contains(QLatin1String("name"))) {
        kind = Kind::Service;
    }
    switch (kind) {
    case Kind::Service: {
        if (const std::optional<Service> s = parseService(m_ctx, topRecord(o, u"service"_s, label),
                                                          false)) {
            addService(*s, false);
        }
        break;
    }
    case Kind::ServiceAtLocation:
        readServiceAtLocation(topRecord(o, u"service_at_location"_s, label));
        break;
    case Kind::Organization: {
        const Record r = topRecord(o, u"organization"_s, label);
        const std::optional<Organization> org = parseOrganization(m_ctx, r);
        if (org)
            m_ctx.addOrganization(*org);
        // organization_full: its services.
        const QList<QJsonObject> services = nestedList(m_ctx, r, u"services"_s);
        for (qsizetype i = 0; i < services.size(); ++i) {
            const Record sr = childRecord(r, services.at(i), u"service"_s, u"services"_s, int(i));
            std::optional<Service> s = parseService(m_ctx, sr, false);
            if (!s)
                continue;
            if (s->organizationId.isEmpty() && org)
                s->organizationId = org->id;
            addService(*s, false);
        }
        break;
    }
    case Kind::Location:
        if (const std::optional<Location> l = parseLocation(m_ctx,
                                                            topRecord(o, u"location"_s, label)))
            m_ctx.addLocation(*l);
        break;
    case Kind::TaxonomyTerm:
        if (const std::optional<TaxonomyTerm> t =
                parseTaxonomyTerm(m_ctx, topRecord(o, u"taxonomy_term"_s, label)))
            m_ctx.addTaxonomyTerm(*t);
        break;
    case Kind::Program:
        if (const std::optional<Program> p = parseProgram(m_ctx, topRecord(o, u"program"_s, label)))
            m_ctx.addProgram(*p);
        break;
    case Kind::Unknown:
    case Kind::Ignored:
        // A taxonomy (no place in the model), API information (base.json) or something else.
        break;
    }
}

bool JsonReader::readItems(const QJsonArray &items, const QString &arrayKey, Kind hint)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString label =
            arrayKey.isEmpty()
                ? QCoreApplication::translate("Nav::Directory::HsdsImporter", "item %1").arg(i + 1)
                : QCoreApplication::translate("Nav::Directory::HsdsImporter", "%1 item %2")
                      .arg(arrayKey)
                      .arg(i + 1);
        if (items.at(i).isObject())
            readObject(items.at(i).toObject(), label, hint);
        else
            m_ctx.report(QString(), label, QString(), Reason::notAnObject());
        if (!m_ctx.step(++m_done))
            return false;
    }
    return true;
}

bool JsonReader::readDocument(const QJsonDocument &doc)
{
    if (doc.isArray()) {
        m_ctx.setTotal(doc.array().size());
        if (!readItems(doc.array(), QString(), Kind::Unknown))
            return false;
    } else {
        const QJsonObject root = doc.object();
        const QString lang = textLanguage(root.value(QLatin1String("language")).toString());
        static const struct
        {
            const char *key;
            Kind kind;
        } containerKeys[] = {{"taxonomy_terms", Kind::TaxonomyTerm},
                             {"organizations", Kind::Organization},
                             {"programs", Kind::Program},
                             {"locations", Kind::Location},
                             {"services", Kind::Service},
                             {"service_at_locations", Kind::ServiceAtLocation}};
        const bool hasId = root.contains(QLatin1String("id"));
        bool container = false;
        for (const auto &c : containerKeys)
            container = container || (!hasId && root.value(QLatin1String(c.key)).isArray());
        if (root.value(QLatin1String("contents")).isArray()) {
            // A list response: one page of it is not the whole directory.
            if (!lang.isEmpty())
                m_ctx.fileLanguage = lang;
            const QJsonArray contents = root.value(QLatin1String("contents")).toArray();
            const double totalItems = root.value(QLatin1String("total_items")).toDouble(-1);
            const double totalPages = root.value(QLatin1String("total_pages")).toDouble(-1);
            const QJsonValue lastPage = root.value(QLatin1String("last_page"));
            if (totalItems > contents.size() || totalPages > 1
                || (lastPage.isBool() && !lastPage.toBool())) {
                m_snapshot = false;
            }
            m_ctx.setTotal(contents.size());
            if (!readItems(contents, u"contents"_s, Kind::Unknown))
                return false;
        } else if (container) {
            if (!lang.isEmpty())
                m_ctx.fileLanguage = lang;
            qint64 total = 0;
            for (const auto &c : containerKeys)
                total += root.value(QLatin1String(c.key)).toArray().size();
            m_ctx.setTotal(total);
            for (const auto &c : containerKeys) {
                if (!readItems(root.value(QLatin1String(c.key)).toArray(), QLatin1String(c.key),
                               c.kind)) {
                    return false;
                }
            }
        } else {
            // One record: importing it must not retire the others.
            m_snapshot = false;
            m_ctx.setTotal(1);
            readObject(root,
                       QCoreApplication::translate("Nav::Directory::HsdsImporter", "the record"),
                       Kind::Unknown);
            if (!m_ctx.step(1))
                return false;
        }
    }
    resolvePendingLocations();
    return true;
}

Result<DirectoryBatch> finishBatch(Context &ctx, DirectoryBatch &batch, const QString &fileName,
                                   bool needServices)
{
    resolveReferences(ctx);
    if (!ctx.finish())
        return fail(ErrorCode::Cancelled, cancelledMessage());
    const bool empty = batch.services.isEmpty() && batch.organizations.isEmpty()
                       && batch.locations.isEmpty() && batch.taxonomyTerms.isEmpty()
                       && batch.programs.isEmpty();
    if (batch.services.isEmpty()
        && (ctx.servicesSeen > 0 || (empty && !batch.quarantine.isEmpty()))) {
        const QuarantineEntry &first = batch.quarantine.isEmpty() ? QuarantineEntry{}
                                                                  : batch.quarantine.first();
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "None of the services in %1 could be imported. "
                                                "The first problem, on %2 %3: %4")
                        .arg(fileName, first.recordType, first.recordId, first.reason),
                    u"%1 quarantine entries"_s.arg(batch.quarantine.size()));
    }
    if (batch.services.isEmpty() && needServices) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "%1 holds no HSDS services.")
                        .arg(fileName));
    }
    if (empty) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "%1 holds no HSDS records Navigator can use: no "
                                                "services, organizations, locations or taxonomy "
                                                "terms.")
                        .arg(fileName));
    }
    if (batch.services.isEmpty())
        batch.fullSnapshot = false;
    qCInfo(lcHsds) << "HSDS import:" << batch.services.size() << "services,"
                   << batch.organizations.size() << "organizations," << batch.locations.size()
                   << "locations," << batch.taxonomyTerms.size() << "terms,"
                   << batch.quarantine.size() << "quarantine entries, snapshot"
                   << batch.fullSnapshot;
    return std::move(batch);
}

Result<DirectoryBatch> readPackage(const QString &folder, const QString &datapackage,
                                   const ProgressCallback &progress)
{
    DirectoryBatch batch;
    batch.source = u"hsds"_s;
    batch.fullSnapshot = true;
    Context ctx(batch, progress);
    const std::unique_ptr<TableSource> source = csvFolderSource(folder, datapackage);
    if (const Result<void> ok = readTabular(ctx, *source); !ok)
        return Unexpected(ok.error());
    return finishBatch(ctx, batch, source->displayName(), true);
}

Result<DirectoryBatch> readJsonFile(const QString &path, const ProgressCallback &progress)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "The file %1 could not be read: %2.")
                        .arg(name, file.errorString()));
    }
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "The file %1 is empty.")
                        .arg(name));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character it stopped at.
        const qsizetype at = std::max<qsizetype>(0, error.offset - 1);
        const QByteArray before = data.left(at);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = at - before.lastIndexOf('\n');
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "The file %1 is not valid JSON: %2 at line %3, "
                                                "column %4.")
                        .arg(name, error.errorString())
                        .arg(line)
                        .arg(column),
                    u"offset %1"_s.arg(error.offset));
    }

    // A data package under another name.
    if (doc.isObject() && doc.object().value(QLatin1String("resources")).isArray())
        return readPackage(QFileInfo(path).absolutePath(), path, progress);

    DirectoryBatch batch;
    batch.source = u"hsds"_s;
    batch.fullSnapshot = true;
    Context ctx(batch, progress);

    if (doc.isObject() && isJsonTables(doc.object())) {
        const std::unique_ptr<TableSource> source = jsonTablesSource(doc.object(), name);
        if (const Result<void> ok = readTabular(ctx, *source); !ok)
            return Unexpected(ok.error());
        return finishBatch(ctx, batch, name, true);
    }
    if (!doc.isObject() && !doc.isArray()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "%1 holds no HSDS records Navigator can use: no "
                                                "services, organizations, locations or taxonomy "
                                                "terms.")
                        .arg(name));
    }
    JsonReader reader(ctx);
    if (!reader.readDocument(doc))
        return fail(ErrorCode::Cancelled, cancelledMessage());
    batch.fullSnapshot = reader.isSnapshot();
    return finishBatch(ctx, batch, name, false);
}

} // namespace

Result<DirectoryBatch> HsdsImporter::read(const QString &path, const ProgressCallback &progress)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "%1 does not exist.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (info.isDir())
        return readPackage(info.absoluteFilePath(), QString(), progress);
    if (info.fileName().compare(u"datapackage.json"_s, Qt::CaseInsensitive) == 0)
        return readPackage(info.absolutePath(), info.absoluteFilePath(), progress);
    if (info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0)
        return readPackage(info.absolutePath(), QString(), progress);
    return readJsonFile(info.absoluteFilePath(), progress);
}

} // namespace Nav::Directory

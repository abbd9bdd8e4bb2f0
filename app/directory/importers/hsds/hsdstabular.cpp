// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/hsds/hsdstabular.h"

#include "directory/importers/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHsdsTabular, "nav.directory.hsds")

namespace Nav::Directory::Hsds {

namespace {

QString rowLabel(const QString &file, qint64 line)
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter", "%1, line %2")
        .arg(file)
        .arg(line);
}

QString cancelledMessage()
{
    return QCoreApplication::translate("Nav::Directory::HsdsImporter", "The import was cancelled.");
}

QString idOf(const QJsonObject &o)
{
    const QJsonValue v = o.value(QLatin1String("id"));
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

// --- CSV folder ---------------------------------------------------------------------------------

class CsvFolderSource final : public TableSource
{
public:
    CsvFolderSource(const QString &folder, const QString &datapackage)
        : m_folder(folder)
    {
        const QDir dir(folder);
        const QStringList files = dir.entryList({u"*.csv"_s}, QDir::Files | QDir::Readable);
        for (const QString &f : files) {
            const QFileInfo info(dir.absoluteFilePath(f));
            m_files.insert(info.completeBaseName().toLower(), info.absoluteFilePath());
            m_total += info.size();
        }
        QString package = datapackage;
        if (package.isEmpty() && dir.exists(u"datapackage.json"_s))
            package = dir.absoluteFilePath(u"datapackage.json"_s);
        if (!package.isEmpty())
            readDataPackage(dir, package);
    }

    QStringList find(const QStringList &names) const override
    {
        QStringList out;
        for (const QString &n : names) {
            const QString key = n.toLower();
            for (const QHash<QString, QString> *map : {&m_byName, &m_byBase, &m_files}) {
                const QString path = map->value(key);
                if (!path.isEmpty() && !out.contains(path)) {
                    out << path;
                    break;
                }
            }
        }
        return out;
    }

    Result<void> read(Context &ctx, const QString &handle, const QString &type,
                      const std::function<void(const Record &)> &visit) override
    {
        QFile file(handle);
        const QString name = QFileInfo(handle).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                    "The file %1 could not be read: %2.")
                            .arg(name, file.errorString()));
        }
        CsvReader reader(&file);
        const Result<QStringList> header = reader.readHeader();
        if (!header) {
            // An empty file is an empty table.
            qCInfo(lcHsdsTabular) << "skipping a CSV file without a header row";
            m_doneBefore += file.size();
            return {};
        }
        QStringList keys;
        for (const QString &h : *header)
            keys << h.trimmed().toLower();
        const QString lang = tableLanguage(ctx, handle);
        const bool tagged = hasLanguageTags(keys);
        for (;;) {
            Result<std::optional<CsvReader::Row>> next = reader.next();
            if (!next) {
                return fail(ErrorCode::InvalidInput,
                            QCoreApplication::translate("Nav::Directory::HsdsImporter", "%1: %2")
                                .arg(name, next.error().message));
            }
            if (!*next)
                break;
            const CsvReader::Row &row = **next;
            QJsonObject data;
            bool any = false;
            for (qsizetype i = 0; i < keys.size(); ++i) {
                const QString value = i < row.fields.size() ? row.fields.at(i).trimmed()
                                                            : QString();
                any = any || !value.isEmpty();
                if (!keys.at(i).isEmpty())
                    data.insert(keys.at(i), value);
            }
            if (any) {
                Record rec;
                rec.type = type;
                rec.data = data;
                rec.tagged = tagged;
                rec.label = idOf(data);
                if (rec.label.isEmpty())
                    rec.label = rowLabel(name, row.line);
                if (row.badEncoding) {
                    ctx.report(rec, QString(), Reason::badEncoding());
                } else {
                    rec.lang = recordLanguage(data, type, lang);
                    visit(rec);
                }
            }
            if (!ctx.step(m_doneBefore + reader.bytesRead()))
                return fail(ErrorCode::Cancelled, cancelledMessage());
        }
        m_doneBefore += file.size();
        return {};
    }

    qint64 progressTotal() const override { return m_total; }
    QString displayName() const override { return QDir::toNativeSeparators(m_folder); }

protected:
    QString tableName(const QString &handle) const override
    {
        return QFileInfo(handle).completeBaseName().toLower();
    }

private:
    void readDataPackage(const QDir &dir, const QString &package)
    {
        QFile file(package);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject()) {
            // Not fatal: the tables are then found by their file names.
            qCInfo(lcHsdsTabular) << "datapackage.json is not a JSON object; finding tables by "
                                     "file name";
            return;
        }
        const QJsonObject root = doc.object();
        m_packageLanguage = languageOf(root);
        const QJsonArray resources = root.value(QLatin1String("resources")).toArray();
        for (const QJsonValue &v : resources) {
            const QJsonObject res = v.toObject();
            QJsonValue pathValue = res.value(QLatin1String("path"));
            if (pathValue.isArray())
                pathValue = pathValue.toArray().first();
            const QString relative = pathValue.toString();
            if (relative.isEmpty() || relative.contains(u"://"_s))
                continue;
            const QFileInfo info(dir.absoluteFilePath(relative));
            if (!info.isFile())
                continue;
            const QString path = info.absoluteFilePath();
            if (!m_files.values().contains(path))
                m_total += info.size();
            const QString name = res.value(QLatin1String("name")).toString().toLower();
            if (!name.isEmpty())
                m_byName.insert(name, path);
            m_byBase.insert(info.completeBaseName().toLower(), path);
            const QString lang = languageOf(res);
            if (!lang.isEmpty())
                setTableLanguage(info.completeBaseName(), lang);
        }
    }

    static QString languageOf(const QJsonObject &o)
    {
        QJsonValue v = o.value(QLatin1String("language"));
        if (!v.isString()) {
            const QJsonArray langs = o.value(QLatin1String("languages")).toArray();
            if (!langs.isEmpty())
                v = langs.first();
        }
        return v.isString() ? textLanguage(v.toString()) : QString();
    }

    QString m_folder;
    QHash<QString, QString> m_files;  // lower-case base name -> path
    QHash<QString, QString> m_byName; // datapackage resource name -> path
    QHash<QString, QString> m_byBase; // datapackage resource file base name -> path
    qint64 m_total = 0;
    qint64 m_doneBefore = 0;
};

// --- tables written as JSON ---------------------------------------------------------------------

class JsonTablesSource final : public TableSource
{
public:
    JsonTablesSource(const QJsonObject &tables, const QString &fileName)
        : m_fileName(fileName)
    {
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
            QString name = it.key().trimmed().toLower();
            if (name.endsWith(u".csv"_s))
                name.chop(4);
            if (it.value().isArray()) {
                m_tables.insert(name, it.value().toArray());
                m_total += it.value().toArray().size();
            }
        }
        if (tables.value(QLatin1String("language")).isString())
            m_packageLanguage = textLanguage(tables.value(QLatin1String("language")).toString());
    }

    QStringList find(const QStringList &names) const override
    {
        QStringList out;
        for (const QString &n : names) {
            const QString key = n.toLower();
            if (m_tables.contains(key) && !out.contains(key))
                out << key;
        }
        return out;
    }

    Result<void> read(Context &ctx, const QString &handle, const QString &type,
                      const std::function<void(const Record &)> &visit) override
    {
        const QJsonArray rows = m_tables.value(handle);
        const QString lang = tableLanguage(ctx, handle);
        const QString table = handle + u".csv"_s;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            Record rec;
            rec.type = type;
            if (!rows.at(i).isObject()) {
                ctx.report(type, rowLabel(table, i + 1), QString(), Reason::notAnObject());
            } else {
                rec.data = rows.at(i).toObject();
                rec.label = idOf(rec.data);
                if (rec.label.isEmpty())
                    rec.label = rowLabel(table, i + 1);
                rec.lang = recordLanguage(rec.data, type, lang);
                rec.tagged = hasLanguageTags(rec.data);
                visit(rec);
            }
            if (!ctx.step(++m_done))
                return fail(ErrorCode::Cancelled, cancelledMessage());
        }
        return {};
    }

    qint64 progressTotal() const override { return m_total; }
    QString displayName() const override { return m_fileName; }

protected:
    QString tableName(const QString &handle) const override { return handle; }

private:
    QString m_fileName;
    QHash<QString, QJsonArray> m_tables;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

// --- assembly -----------------------------------------------------------------------------------

template<typename T>
void appendUnique(QList<T> &list, const T &item)
{
    if (!item.id.isEmpty()) {
        for (const T &existing : std::as_const(list)) {
            if (existing.id == item.id)
                return;
        }
    }
    list.append(item);
}

void appendText(LocalizedText &target, const LocalizedText &add)
{
    const auto join = [](QString &a, const QString &b) {
        if (b.isEmpty() || a.contains(b))
            return;
        a = a.isEmpty() ? b : a + u'\n' + b;
    };
    join(target.en, add.en);
    join(target.fr, add.fr);
}

// One possible parent of a child row: the column naming it, the kind of record, whether an id
// exists, and what to do with the child.
struct Parent
{
    const char *field;
    const char *kind;
    std::function<bool(const QString &)> exists;
    std::function<void(const QString &)> attach;
};

class Assembler
{
public:
    Assembler(Context &ctx, TableSource &src)
        : m_ctx(ctx)
        , m_src(src)
    {
    }

    Result<void> run();

private:
    // Reads the rows of the tables found among `names` as records of `type`; a row whose id
    // repeats one read before for the same type is reported and skipped.
    Result<void> load(const QStringList &names, const QString &type,
                      const std::function<void(const Record &)> &visit);
    // Attaches a child to each parent it names that exists. True if it went somewhere;
    // otherwise reported as not linked (skipped).
    bool attach(const Record &r, const QList<Parent> &parents);
    // A child row that must name one service: its index, or -1 (reported).
    qsizetype requiredService(const Record &r);
    Location *requiredLocation(const Record &r);

    bool hasService(const QString &id) const { return m_serviceIndex.contains(id); }
    Service &service(const QString &id) { return m_services[m_serviceIndex.value(id)]; }

    Context &m_ctx;
    TableSource &m_src;
    QHash<QString, QSet<QString>> m_seen; // kind -> ids already read
    QSet<QString> m_allIds;               // every id of every table, for attribute links
    QList<Service> m_services;
    QHash<QString, qsizetype> m_serviceIndex;
    QHash<QString, ServiceAtLocation> m_sals; // id (or row label) -> record
    QList<QPair<QString, QString>> m_salOrder; // (service id, key in m_sals)
    QHash<QString, Contact> m_contacts;
};

Result<void> Assembler::load(const QStringList &names, const QString &type,
                             const std::function<void(const Record &)> &visit)
{
    QSet<QString> &seen = m_seen[type];
    const QStringList handles = m_src.find(names);
    for (const QString &h : handles) {
        const Result<void> ok = m_src.read(m_ctx, h, type, [&](const Record &r) {
            const QString id = r.data.value(QLatin1String("id")).isUndefined()
                                   ? QString()
                                   : text(m_ctx, r, u"id"_s);
            if (!id.isEmpty()) {
                if (seen.contains(id)) {
                    m_ctx.report(r, u"id"_s, Reason::duplicateId(id));
                    return;
                }
                seen.insert(id);
                m_allIds.insert(id);
            }
            visit(r);
        });
        if (!ok)
            return ok;
    }
    return {};
}

bool Assembler::attach(const Record &r, const QList<Parent> &parents)
{
    int attached = 0;
    QString firstField;
    for (const Parent &p : parents) {
        const QString id = text(m_ctx, r, QLatin1String(p.field));
        if (id.isEmpty())
            continue;
        if (firstField.isEmpty())
            firstField = QLatin1String(p.field);
        if (!p.exists(id)) {
            m_ctx.report(r, QLatin1String(p.field),
                         Reason::danglingDropped(QLatin1String(p.kind), id));
            continue;
        }
        if (p.attach)
            p.attach(id);
        ++attached;
    }
    if (attached == 0)
        m_ctx.report(r, firstField, Reason::noParent());
    return attached > 0;
}

qsizetype Assembler::requiredService(const Record &r)
{
    const QString id = text(m_ctx, r, u"service_id"_s);
    if (id.isEmpty()) {
        m_ctx.report(r, u"service_id"_s, Reason::missingRequiredSkipped(u"service_id"_s));
        return -1;
    }
    if (!hasService(id)) {
        m_ctx.report(r, u"service_id"_s, Reason::danglingSkipped(u"service"_s, id));
        return -1;
    }
    return m_serviceIndex.value(id);
}

Location *Assembler::requiredLocation(const Record &r)
{
    const QString id = text(m_ctx, r, u"location_id"_s);
    if (id.isEmpty()) {
        m_ctx.report(r, u"location_id"_s, Reason::missingRequiredSkipped(u"location_id"_s));
        return nullptr;
    }
    auto it = m_ctx.batch.locations.find(id);
    if (it == m_ctx.batch.locations.end()) {
        m_ctx.report(r, u"location_id"_s, Reason::danglingSkipped(u"location"_s, id));
        return nullptr;
    }
    return &*it;
}

Result<void> Assembler::run()
{
    DirectoryBatch &batch = m_ctx.batch;
    const QStringList serviceTables = {u"services"_s, u"service"_s};
    if (m_src.find(serviceTables).isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::HsdsImporter",
                                                "%1 holds no HSDS services: services.csv is "
                                                "missing.")
                        .arg(m_src.displayName()));
    }
    m_ctx.setTotal(m_src.progressTotal());

#define NAV_TRY(expr)                                                                             \
    do {                                                                                          \
        if (Result<void> r_ = (expr); !r_)                                                        \
            return r_;                                                                            \
    } while (false)

    // Language of whole tables, from meta_table_descriptions.
    NAV_TRY(load({u"meta_table_descriptions"_s, u"meta_table_description"_s},
                 u"meta_table_description"_s, [&](const Record &r) {
                     QString name = text(m_ctx, r, u"name"_s).toLower();
                     if (name.endsWith(u".csv"_s))
                         name.chop(4);
                     const QString lang = textLanguage(text(m_ctx, r, u"language"_s));
                     if (!name.isEmpty() && !lang.isEmpty())
                         m_src.setTableLanguage(name, lang);
                 }));

    // Taxonomies and their terms. 1.x called the terms table taxonomy.csv.
    const QStringList termTables = {u"taxonomy_terms"_s, u"taxonomy_term"_s};
    const bool modernTerms = !m_src.find(termTables).isEmpty();
    const QStringList schemeTables = modernTerms ? QStringList{u"taxonomies"_s, u"taxonomy"_s}
                                                 : QStringList{u"taxonomies"_s};
    NAV_TRY(load(schemeTables, u"taxonomy"_s, [&](const Record &r) {
        const QString id = text(m_ctx, r, u"id"_s);
        const QString name = plain(m_ctx, r, {"name"});
        if (!id.isEmpty() && !name.isEmpty())
            m_ctx.taxonomyNames.insert(id, name);
    }));
    NAV_TRY(load(modernTerms ? termTables : QStringList{u"taxonomy"_s}, u"taxonomy_term"_s,
                 [&](const Record &r) {
                     if (const std::optional<TaxonomyTerm> t = parseTaxonomyTerm(m_ctx, r))
                         m_ctx.addTaxonomyTerm(*t);
                 }));
    NAV_TRY(load({u"units"_s, u"unit"_s}, u"unit"_s, [&](const Record &r) {
        const QString id = text(m_ctx, r, u"id"_s);
        const QString name = plain(m_ctx, r, {"name"});
        if (name.isEmpty())
            m_ctx.report(r, u"name"_s, Reason::missingRequiredKept(u"name"_s));
        if (!id.isEmpty())
            m_ctx.unitNames.insert(id, name);
    }));

    // The records children hang on.
    NAV_TRY(load({u"organizations"_s, u"organization"_s}, u"organization"_s, [&](const Record &r) {
        if (const std::optional<Organization> o = parseOrganization(m_ctx, r))
            m_ctx.addOrganization(*o);
    }));
    NAV_TRY(load({u"programs"_s, u"program"_s}, u"program"_s, [&](const Record &r) {
        if (const std::optional<Program> p = parseProgram(m_ctx, r)) {
            if (p->organizationId.isEmpty())
                m_ctx.report(r, u"organization_id"_s,
                             Reason::missingRequiredKept(u"organization_id"_s));
            m_ctx.addProgram(*p);
        }
    }));
    NAV_TRY(load({u"locations"_s, u"location"_s}, u"location"_s, [&](const Record &r) {
        if (const std::optional<Location> l = parseLocation(m_ctx, r))
            m_ctx.addLocation(*l);
    }));
    NAV_TRY(load(serviceTables, u"service"_s, [&](const Record &r) {
        if (const std::optional<Service> s = parseService(m_ctx, r, true)) {
            m_serviceIndex.insert(s->id, m_services.size());
            m_services.append(*s);
        }
    }));
    NAV_TRY(load({u"service_at_location"_s, u"service_at_locations"_s,
                  u"services_at_location"_s, u"services_at_locations"_s},
                 u"service_at_location"_s, [&](const Record &r) {
                     const qsizetype si = requiredService(r);
                     if (si < 0 || !requiredLocation(r))
                         return;
                     if (const std::optional<ServiceAtLocation> sal =
                             parseServiceAtLocation(m_ctx, r)) {
                         const QString key = sal->id.isEmpty() ? r.label : sal->id;
                         m_sals.insert(key, *sal);
                         m_salOrder.append({m_services.at(si).id, key});
                     }
                 }));

    const auto serviceParent = [this](std::function<void(Service &)> f) {
        return Parent{"service_id", "service",
                      [this](const QString &id) { return hasService(id); },
                      [this, f](const QString &id) { f(service(id)); }};
    };
    const auto locationParent = [this](std::function<void(Location &)> f) {
        return Parent{"location_id", "location",
                      [this](const QString &id) { return m_ctx.batch.locations.contains(id); },
                      [this, f](const QString &id) { f(m_ctx.batch.locations[id]); }};
    };
    const auto salParent = [this](std::function<void(ServiceAtLocation &)> f) {
        return Parent{"service_at_location_id", "service_at_location",
                      [this](const QString &id) { return m_sals.contains(id); },
                      [this, f](const QString &id) { f(m_sals[id]); }};
    };
    const auto organizationParent = [this](std::function<void(Organization &)> f) {
        return Parent{"organization_id", "organization",
                      [this](const QString &id) { return m_ctx.batch.organizations.contains(id); },
                      [this, f](const QString &id) { f(m_ctx.batch.organizations[id]); }};
    };

    // Languages: of services, locations and phones. Phones are read next; links to them are
    // checked once they are.
    QHash<QString, QStringList> phoneLanguages;
    QList<QPair<Record, QString>> phoneLinks;
    NAV_TRY(load({u"languages"_s, u"language"_s}, u"language"_s, [&](const Record &r) {
        QList<Language> langs;
        if (text(m_ctx, r, u"code"_s).isEmpty() && text(m_ctx, r, u"name"_s).isEmpty())
            langs = parseLanguageList(text(m_ctx, r, u"language"_s));
        else if (const std::optional<Language> l = parseLanguage(m_ctx, r))
            langs << *l;
        if (langs.isEmpty()) {
            m_ctx.report(r, u"code"_s, Reason::missingRequiredSkipped(u"code"_s));
            return;
        }
        attach(r, {serviceParent([&](Service &s) { s.languages += langs; }),
                   locationParent([&](Location &l) { l.languages += langs; }),
                   Parent{"phone_id", "phone", [](const QString &) { return true; },
                          [&](const QString &id) {
                              phoneLinks.append({r, id});
                              for (const Language &l : std::as_const(langs))
                                  phoneLanguages[id] << (l.code.isEmpty() ? l.name : l.code);
                          }}});
    }));

    // Contacts are read before phones so phones can name them; they are attached after.
    QList<QPair<Record, Contact>> contacts;
    NAV_TRY(load({u"contacts"_s, u"contact"_s}, u"contact"_s, [&](const Record &r) {
        if (const std::optional<Contact> c = parseContact(m_ctx, r)) {
            contacts.append({r, *c});
            if (!c->id.isEmpty())
                m_contacts.insert(c->id, *c);
        }
    }));
    QSet<QString> phoneIds;
    NAV_TRY(load({u"phones"_s, u"phone"_s}, u"phone"_s, [&](const Record &r) {
        std::optional<Phone> parsed = parsePhone(m_ctx, r);
        if (!parsed)
            return;
        Phone p = *parsed;
        phoneIds.insert(p.id);
        for (const QString &code : phoneLanguages.value(p.id)) {
            if (!p.languages.contains(code))
                p.languages << code;
        }
        attach(r, {locationParent([&](Location &l) { appendUnique(l.phones, p); }),
                   serviceParent([&](Service &s) { appendUnique(s.phones, p); }),
                   organizationParent([&](Organization &o) { appendUnique(o.phones, p); }),
                   Parent{"contact_id", "contact",
                          [&](const QString &id) { return m_contacts.contains(id); },
                          [&](const QString &id) { appendUnique(m_contacts[id].phones, p); }},
                   salParent([&](ServiceAtLocation &s) { appendUnique(s.phones, p); })});
    }));
    for (const auto &[r, id] : std::as_const(phoneLinks)) {
        if (!phoneIds.contains(id))
            m_ctx.report(r, u"phone_id"_s, Reason::danglingDropped(u"phone"_s, id));
    }
    for (const auto &[r, parsed] : std::as_const(contacts)) {
        const Contact c = parsed.id.isEmpty() ? parsed : m_contacts.value(parsed.id);
        // The model keeps no contacts on locations: such a link is accepted and not used.
        attach(r, {organizationParent([&](Organization &o) { appendUnique(o.contacts, c); }),
                   serviceParent([&](Service &s) { appendUnique(s.contacts, c); }),
                   salParent([&](ServiceAtLocation &s) { appendUnique(s.contacts, c); }),
                   locationParent([](Location &) {})});
    }

    // Addresses: 3.0 addresses.csv with address_type, or the 1.x/2.x physical/postal tables.
    const auto loadAddresses = [&](const QStringList &names, const QString &type,
                                   const QString &defaultType) {
        return load(names, type, [&](const Record &r) {
            Location *l = requiredLocation(r);
            if (!l)
                return;
            if (const std::optional<Address> a = parseAddress(m_ctx, r, defaultType))
                appendUnique(l->addresses, *a);
        });
    };
    NAV_TRY(loadAddresses({u"addresses"_s, u"address"_s}, u"address"_s, u"physical"_s));
    NAV_TRY(loadAddresses({u"physical_addresses"_s, u"physical_address"_s},
                          u"physical_address"_s, u"physical"_s));
    NAV_TRY(loadAddresses({u"postal_addresses"_s, u"postal_address"_s}, u"postal_address"_s,
                          u"postal"_s));

    // Schedules: 3.0/2.0 schedules.csv; 1.x regular (one weekday per row) and holiday tables.
    const auto scheduleVisitor = [&](bool holiday) {
        return [&, holiday](const Record &row) {
            Record r = row;
            const QJsonValue closed = r.data.value(QLatin1String("closed"));
            if (holiday && (closed.isUndefined() || closed.toString().trimmed().isEmpty()))
                r.data.insert(u"closed"_s, true);
            const std::optional<Schedule> s = parseSchedule(m_ctx, r);
            if (!s)
                return;
            attach(r, {serviceParent([&](Service &x) { appendUnique(x.schedules, *s); }),
                       locationParent([&](Location &x) { appendUnique(x.schedules, *s); }),
                       salParent([&](ServiceAtLocation &x) { appendUnique(x.schedules, *s); })});
        };
    };
    NAV_TRY(load({u"schedules"_s, u"schedule"_s}, u"schedule"_s, scheduleVisitor(false)));
    NAV_TRY(load({u"regular_schedules"_s, u"regular_schedule"_s}, u"regular_schedule"_s,
                 scheduleVisitor(false)));
    NAV_TRY(load({u"holiday_schedules"_s, u"holiday_schedule"_s}, u"holiday_schedule"_s,
                 scheduleVisitor(true)));

    NAV_TRY(load({u"accessibility"_s, u"accessibilities"_s, u"accessibility_for_disabilities"_s},
                 u"accessibility"_s, [&](const Record &r) {
                     Location *l = requiredLocation(r);
                     if (!l)
                         return;
                     if (const std::optional<Accessibility> a = parseAccessibility(m_ctx, r))
                         appendUnique(l->accessibility, *a);
                 }));

    // Children of services only.
    const auto serviceChild = [&](const QStringList &names, const QString &type,
                                  const std::function<void(const Record &, Service &)> &f) {
        return load(names, type, [&](const Record &r) {
            const qsizetype i = requiredService(r);
            if (i >= 0)
                f(r, m_services[i]);
        });
    };
    NAV_TRY(serviceChild({u"service_areas"_s, u"service_area"_s}, u"service_area"_s,
                         [&](const Record &r, Service &s) {
                             if (const auto a = parseServiceArea(m_ctx, r))
                                 appendUnique(s.serviceAreas, *a);
                         }));
    NAV_TRY(serviceChild({u"cost_options"_s, u"cost_option"_s}, u"cost_option"_s,
                         [&](const Record &r, Service &s) {
                             if (const auto c = parseCostOption(m_ctx, r))
                                 appendUnique(s.costOptions, *c);
                         }));
    NAV_TRY(serviceChild({u"required_documents"_s, u"required_document"_s},
                         u"required_document"_s, [&](const Record &r, Service &s) {
                             if (const auto d = parseRequiredDocument(m_ctx, r))
                                 appendUnique(s.requiredDocuments, *d);
                         }));
    NAV_TRY(serviceChild({u"service_capacities"_s, u"service_capacity"_s}, u"service_capacity"_s,
                         [&](const Record &r, Service &s) {
                             if (const auto c = parseCapacity(m_ctx, r))
                                 appendUnique(s.capacities, *c);
                         }));
    // 1.x/2.x eligibility and fee rows add to the service's text.
    NAV_TRY(serviceChild({u"eligibility"_s, u"eligibilities"_s}, u"eligibility"_s,
                         [&](const Record &r, Service &s) {
                             appendText(s.eligibility,
                                        localized(m_ctx, r, {"eligibility", "description"}));
                             const std::optional<int> min =
                                 integer(m_ctx, r, u"minimum_age"_s, 0, 150);
                             const std::optional<int> max =
                                 integer(m_ctx, r, u"maximum_age"_s, 0, 150);
                             if (min && !s.minimumAge)
                                 s.minimumAge = min;
                             if (max && !s.maximumAge)
                                 s.maximumAge = max;
                         }));
    NAV_TRY(serviceChild({u"fees"_s, u"fee"_s}, u"fee"_s, [&](const Record &r, Service &s) {
        appendText(s.fees, localized(m_ctx, r, {"fee", "fees", "description"}));
    }));

    // Taxonomy terms of services: 3.0 attributes (link_id), 2.0 service_attributes, 1.x
    // services_taxonomy (taxonomy_id).
    const auto addTerm = [&](const Record &r, const QString &serviceId, const QString &termField,
                             const QString &termId) {
        if (termId.isEmpty()) {
            m_ctx.report(r, termField, Reason::missingRequiredSkipped(termField));
            return;
        }
        const auto term = batch.taxonomyTerms.constFind(termId);
        if (term == batch.taxonomyTerms.constEnd()) {
            m_ctx.report(r, termField, Reason::danglingSkipped(u"taxonomy_term"_s, termId));
            return;
        }
        appendUnique(service(serviceId).taxonomyTerms, *term);
    };
    NAV_TRY(load({u"attributes"_s, u"attribute"_s, u"other_attributes"_s, u"other_attribute"_s},
                 u"attribute"_s, [&](const Record &r) {
                     const QString link = text(m_ctx, r, u"link_id"_s);
                     if (link.isEmpty()) {
                         m_ctx.report(r, u"link_id"_s,
                                      Reason::missingRequiredSkipped(u"link_id"_s));
                         return;
                     }
                     if (!hasService(link)) {
                         // Terms on other records have no place in the model.
                         if (!m_allIds.contains(link))
                             m_ctx.report(r, u"link_id"_s, Reason::unknownLink(link));
                         return;
                     }
                     addTerm(r, link, u"taxonomy_term_id"_s,
                             text(m_ctx, r, u"taxonomy_term_id"_s));
                 }));
    NAV_TRY(serviceChild({u"service_attributes"_s, u"service_attribute"_s,
                          u"services_taxonomy"_s, u"service_taxonomy"_s},
                         u"service_attribute"_s, [&](const Record &r, Service &s) {
                             const bool old = r.data.contains(QLatin1String("taxonomy_id"))
                                              && !r.data.contains(
                                                  QLatin1String("taxonomy_term_id"));
                             const QString field = old ? u"taxonomy_id"_s
                                                       : u"taxonomy_term_id"_s;
                             addTerm(r, s.id, field, text(m_ctx, r, field));
                         }));
#undef NAV_TRY

    // service_at_location records into their services, services into the batch.
    for (const auto &[serviceId, key] : std::as_const(m_salOrder))
        service(serviceId).locations.append(m_sals.value(key));
    batch.services += m_services;
    qCDebug(lcHsdsTabular) << "tabular HSDS read:" << m_services.size() << "services,"
                          << batch.locations.size() << "locations," << batch.quarantine.size()
                          << "quarantine entries";
    return {};
}

} // namespace

QString TableSource::tableLanguage(const Context &ctx, const QString &handle) const
{
    const QString table = m_tableLanguages.value(tableName(handle));
    if (!table.isEmpty())
        return table;
    return m_packageLanguage.isEmpty() ? ctx.fileLanguage : m_packageLanguage;
}

void TableSource::setTableLanguage(const QString &tableName, const QString &lang)
{
    m_tableLanguages.insert(tableName.toLower(), lang);
}

std::unique_ptr<TableSource> csvFolderSource(const QString &folder, const QString &datapackage)
{
    return std::make_unique<CsvFolderSource>(folder, datapackage);
}

std::unique_ptr<TableSource> jsonTablesSource(const QJsonObject &tables, const QString &fileName)
{
    return std::make_unique<JsonTablesSource>(tables, fileName);
}

bool isJsonTables(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().endsWith(u".csv"_s, Qt::CaseInsensitive) && it.value().isArray())
            return true;
    }
    return false;
}

Result<void> readTabular(Context &ctx, TableSource &source)
{
    Assembler assembler(ctx, source);
    return assembler.run();
}

} // namespace Nav::Directory::Hsds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/store/directorystore.h"

#include "directory/hours/opennowtable.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcNavDirectoryStore, "nav.directory.store")

namespace Nav::Directory {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Nav::Directory::DirectoryStore", text);
}

Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error::make(ErrorCode::Database,
                       tr("The directory could not be saved; nothing was changed."),
                       QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

// A prepared statement reused for every row of an import.
struct Statement
{
    QSqlQuery q;
    Statement(QSqlDatabase &db, const QString &sql)
        : q(db)
    {
        q.setForwardOnly(true);
        q.prepare(sql);
    }
    bool run(std::initializer_list<QVariant> values)
    {
        int i = 0;
        for (const QVariant &v : values)
            q.bindValue(i++, v);
        return q.exec();
    }
};

// A flag for the server: PUT /api/v1/flags/<uuid> with {service_id, reason, note}; only ids in
// the path. The report dialog's reason codes go as they are: the server takes any short code.
Storage::OutboxItem flagOutboxItem(const QString &id, const QString &serviceId,
                                   const QString &reason, const QString &note)
{
    Storage::OutboxItem item;
    item.kind = QStringLiteral("flag");
    item.recordKey = id.toLower();
    item.method = "PUT";
    item.path = QStringLiteral("/api/v1/flags/") + item.recordKey;
    const QJsonObject body{{QStringLiteral("service_id"), serviceId},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("note"), note.isNull() ? QStringLiteral("") : note}};
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return item;
}

class CacheSizeForImport
{
public:
    static constexpr int kImportCacheKib = 256 * 1024;
    explicit CacheSizeForImport(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toLongLong();
        // Negative sizes are KiB, positive ones pages: compare as KiB at 1 KiB a page or more.
        if (m_previous && std::abs(*m_previous) < kImportCacheKib)
            q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKib));
        else
            m_previous.reset();
    }
    ~CacheSizeForImport()
    {
        if (m_previous) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_previous));
        }
    }
    CacheSizeForImport(const CacheSizeForImport &) = delete;
    CacheSizeForImport &operator=(const CacheSizeForImport &) = delete;

private:
    QSqlDatabase &m_db;
    std::optional<qint64> m_previous;
};

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

// What the full-text index holds for one language: the text in that language, or the other
// one when missing, so a service is findable whichever language the navigator types in.
struct FtsText
{
    QString name, organization, taxonomy, keywords, description;
};

FtsText ftsText(const ServiceRecord &r, const QString &lang)
{
    FtsText t;
    const Service &s = r.service;
    t.name = s.name.text(lang);
    const QString alt = s.alternateName.text(lang);
    if (!alt.isEmpty())
        t.name += QLatin1Char(' ') + alt;
    t.organization = r.organization.name.text(lang);
    QStringList tax;
    for (const TaxonomyTerm &term : s.taxonomyTerms)
        tax << term.name.text(lang);
    t.taxonomy = tax.join(QLatin1String(" ; "));
    QStringList kw = s.keywords;
    for (const ServiceArea &a : s.serviceAreas)
        kw << a.name;
    for (const Location &l : r.locations) {
        if (l.confidential)
            continue;
        for (const Address &a : l.addresses) {
            if (!a.confidential && !a.city.isEmpty() && !kw.contains(a.city))
                kw << a.city;
        }
    }
    t.keywords = kw.join(QLatin1String(" ; "));
    t.description = s.description.text(lang) + QLatin1Char('\n') + s.eligibility.text(lang);
    return t;
}

// One service made ready to write: everything apply() needs that does not touch the database.
struct PreparedService
{
    ServiceRecord record;
    QByteArray doc;
    QByteArray hash;
    QList<Schedule> schedules;
    QVariant hours;
    FtsText fts[2]; // en, fr
};

PreparedService prepareService(const Service &service, const DirectoryBatch &batch)
{
    PreparedService p;
    p.record = makeRecord(service, batch);
    p.doc = encodeRecord(p.record, &p.hash);
    p.schedules = effectiveSchedules(p.record);
    p.hours = p.schedules.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                    : QVariant(encodeSchedules(p.schedules));
    p.fts[0] = ftsText(p.record, QStringLiteral("en"));
    p.fts[1] = ftsText(p.record, QStringLiteral("fr"));
    return p;
}

// Prepares the services of a large batch on a pool thread, in order, while the DB thread
// writes the ones already prepared: take(i) waits for service i, or prepares it itself when the
// helper has not reached it (so it never waits for a pool that is busy elsewhere).
class PrepareAhead
{
public:
    static constexpr qsizetype kWorthIt = 200; // below this, preparing in place is as quick

    explicit PrepareAhead(const DirectoryBatch &batch)
        : m_state(std::make_shared<State>(batch))
    {
        QThreadPool::globalInstance()->start([state = m_state] {
            state->started = true;
            for (;;) {
                qsizetype i = state->next.load();
                if (i >= state->size || state->stop.load())
                    break;
                if (!state->next.compare_exchange_strong(i, i + 1))
                    continue;
                state->put(i, prepareService(state->batch.services.at(i), state->batch));
            }
            std::lock_guard lock(state->mutex);
            state->helperDone = true;
            state->changed.notify_all();
        });
    }
    ~PrepareAhead()
    {
        // The helper reads the batch: it must be gone before the batch can be.
        m_state->stop = true;
        std::unique_lock lock(m_state->mutex);
        m_state->changed.wait(lock, [this] { return m_state->helperDone; });
    }
    PrepareAhead(const PrepareAhead &) = delete;
    PrepareAhead &operator=(const PrepareAhead &) = delete;

    // Service i, taken in order 0, 1, 2…
    PreparedService take(qsizetype i)
    {
        State &st = *m_state;
        qsizetype expected = i;
        // Once the helper runs it only goes forward: wait for it. Before, do the work here.
        if (!st.started.load() && st.next.compare_exchange_strong(expected, i + 1))
            return prepareService(st.batch.services.at(i), st.batch);
        std::unique_lock lock(st.mutex);
        st.changed.wait(lock, [&st, i] { return st.ready[size_t(i)] != 0; });
        st.ready[size_t(i)] = 0;
        return std::move(*st.items[size_t(i)]);
    }

private:
    struct State
    {
        explicit State(const DirectoryBatch &b)
            : batch(b)
            , size(b.services.size())
            , items(size_t(b.services.size()))
            , ready(size_t(b.services.size()), 0)
        {
        }
        void put(qsizetype i, PreparedService p)
        {
            std::lock_guard lock(mutex);
            items[size_t(i)] = std::move(p);
            ready[size_t(i)] = 1;
            changed.notify_all();
        }
        const DirectoryBatch &batch;
        const qsizetype size;
        std::atomic<qsizetype> next{0};
        std::atomic<bool> stop{false};
        std::atomic<bool> started{false};
        std::mutex mutex;
        std::condition_variable changed;
        std::vector<std::optional<PreparedService>> items;
        std::vector<char> ready;
        bool helperDone = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace

struct PreparedBatch
{
    const DirectoryBatch *batch = nullptr; // what it was prepared from (checked by apply)
    qsizetype count = 0;
    QList<PreparedService> services;       // in the order of batch->services
};

std::shared_ptr<const PreparedBatch> DirectoryStore::prepare(const DirectoryBatch &batch)
{
    auto prepared = std::make_shared<PreparedBatch>();
    prepared->batch = &batch;
    prepared->count = batch.services.size();
    prepared->services.reserve(batch.services.size());
    for (const Service &service : batch.services)
        prepared->services.append(prepareService(service, batch));
    return prepared;
}

Result<ImportCounts> DirectoryStore::apply(QSqlDatabase &db, const DirectoryBatch &batch,
                                          const QDateTime &now, const ProgressCallback &progress,
                                          const std::function<Result<void>(QSqlDatabase &)>
                                              &alsoInTransaction,
                                          const PreparedBatch *prepared)
{
    if (prepared && (prepared->batch != &batch || prepared->count != batch.services.size()))
        prepared = nullptr; // not this batch's: compute here
    // An import writes hundreds of megabytes in one transaction: with the connection's usual
    // cache, SQLite spills dirty pages to the WAL and reads (and decrypts) them back while the
    // full-text index merges. A bigger cache for the import only; restored afterwards.
    const CacheSizeForImport cache(db);
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.beginError());

    struct Existing
    {
        qint64 rowid = 0;
        QByteArray hash;
        QString status;
        QString source;
        bool retired = false;
    };
    QHash<QString, Existing> existing;
    {
        const QString columns = QStringLiteral("SELECT id, rowid, content_hash, status, source, "
                                               "retired_at FROM dir_service");
        const auto keep = [&existing](QSqlQuery &q) {
            while (q.next()) {
                existing.insert(q.value(0).toString(),
                                {q.value(1).toLongLong(), q.value(2).toByteArray(),
                                 q.value(3).toString(), q.value(4).toString(),
                                 !q.value(5).isNull()});
            }
        };
        if (batch.fullSnapshot) {
            // A snapshot retires what it does not list: it needs every service.
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(columns))
                return Unexpected(sqlError(q, "load existing"));
            keep(q);
        } else {
            // A page of changes (sync) touches only the services it names: look those up, not
            // the whole directory (which made a first sync of N pages cost N full scans).
            QStringList ids;
            ids.reserve(batch.services.size() + batch.deletedServiceIds.size());
            for (const Service &s : batch.services)
                ids << s.id;
            ids << batch.deletedServiceIds;
            constexpr qsizetype chunk = 400; // under SQLite's 999 bound variables
            for (qsizetype from = 0; from < ids.size(); from += chunk) {
                const qsizetype n = qMin(chunk, ids.size() - from);
                QStringList marks(n, QStringLiteral("?"));
                QSqlQuery q(db);
                q.setForwardOnly(true);
                if (!q.prepare(columns + QStringLiteral(" WHERE id IN (") + marks.join(QLatin1Char(','))
                               + QLatin1Char(')')))
                    return Unexpected(sqlError(q, "load existing"));
                for (qsizetype i = 0; i < n; ++i)
                    q.addBindValue(ids.at(from + i));
                if (!q.exec())
                    return Unexpected(sqlError(q, "load existing"));
                keep(q);
            }
        }
    }

    const QString stamp = now.toUTC().toString(Qt::ISODate);
    Statement insService(db, QStringLiteral(
        "INSERT INTO dir_service (id, source, organization_id, status, min_age, max_age, free, "
        "last_verified, content_hash, doc, hours, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    Statement updService(db, QStringLiteral(
        "UPDATE dir_service SET source=?, organization_id=?, status=?, min_age=?, max_age=?, "
        "free=?, last_verified=?, content_hash=?, doc=?, hours=?, imported_at=?, retired_at=NULL "
        "WHERE rowid=?"));
    Statement delGeo(db, QStringLiteral(
        "DELETE FROM dir_geo WHERE id IN (SELECT rowid FROM dir_site WHERE service_rowid=?)"));
    Statement delSites(db, QStringLiteral("DELETE FROM dir_site WHERE service_rowid=?"));
    Statement delCodes(db, QStringLiteral("DELETE FROM dir_service_code WHERE service_rowid=?"));
    Statement delFtsEn(db, QStringLiteral("DELETE FROM dir_fts_en WHERE docid=?"));
    Statement delFtsFr(db, QStringLiteral("DELETE FROM dir_fts_fr WHERE docid=?"));
    Statement insCode(db, QStringLiteral(
        "INSERT INTO dir_service_code (service_rowid, kind, code) VALUES (?,?,?)"));
    Statement insSite(db, QStringLiteral(
        "INSERT INTO dir_site (service_rowid, location_id, latitude, longitude, confidential) "
        "VALUES (?,?,?,?,?)"));
    Statement insGeo(db, QStringLiteral(
        "INSERT INTO dir_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (?,?,?,?,?)"));
    Statement insFtsEn(db, QStringLiteral(
        "INSERT INTO dir_fts_en (docid, name, organization, taxonomy, keywords, description) "
        "VALUES (?,?,?,?,?,?)"));
    Statement insFtsFr(db, QStringLiteral(
        "INSERT INTO dir_fts_fr (docid, name, organization, taxonomy, keywords, description) "
        "VALUES (?,?,?,?,?,?)"));
    Statement upsTaxonomy(db, QStringLiteral(
        "INSERT OR REPLACE INTO dir_taxonomy (code, name_en, name_fr) VALUES (?,?,?)"));

    ImportCounts counts;
    counts.quarantined = int(batch.quarantine.size());
    QSet<QString> seen;
    const qint64 total = batch.services.size();
    qint64 done = 0;
    QSet<QString> taxonomyWritten;

    std::optional<PrepareAhead> ahead;
    if (!prepared && batch.services.size() >= PrepareAhead::kWorthIt)
        ahead.emplace(batch);

    for (const Service &service : batch.services) {
        if (progress && (done % 250) == 0 && !progress(done, total)) {
            return fail(ErrorCode::Cancelled,
                        tr("The import was cancelled; the directory was left as it was."));
        }
        seen.insert(service.id);
        std::optional<PreparedService> here;
        if (ahead)
            here = ahead->take(done);
        else if (!prepared)
            here = prepareService(service, batch);
        const PreparedService &p = prepared ? prepared->services.at(done) : *here;
        ++done;
        const ServiceRecord &record = p.record;
        const QByteArray &doc = p.doc;
        const QByteArray &hash = p.hash;
        const QList<Schedule> &schedules = p.schedules;
        const QVariant &hours = p.hours;
        const QVariant lastVerified = service.lastVerified.isValid()
                                          ? QVariant(service.lastVerified.toString(Qt::ISODate))
                                          : QVariant(QMetaType(QMetaType::QString));
        qint64 rowid = 0;
        auto found = existing.constFind(service.id);
        if (found != existing.cend()) {
            if (found->hash == hash && !found->retired) {
                ++counts.unchanged;
                continue;
            }
            rowid = found->rowid;
            if (!updService.run({batch.source, service.organizationId, service.status,
                                 optionalInt(service.minimumAge), optionalInt(service.maximumAge),
                                 service.isFreeOfCharge(), lastVerified, hash, doc, hours, stamp, rowid}))
                return Unexpected(sqlError(updService.q, "update service"));
            if (!delGeo.run({rowid}) || !delSites.run({rowid}) || !delCodes.run({rowid})
                || !delFtsEn.run({rowid}) || !delFtsFr.run({rowid}))
                return Unexpected(sqlError(delGeo.q, "clear service index"));
            ++counts.updated;
        } else {
            if (!insService.run({service.id, batch.source, service.organizationId, service.status,
                                 optionalInt(service.minimumAge), optionalInt(service.maximumAge),
                                 service.isFreeOfCharge(), lastVerified, hash, doc, hours, stamp}))
                return Unexpected(sqlError(insService.q, "insert service"));
            rowid = insService.q.lastInsertId().toLongLong();
            ++counts.added;
        }

        // Filter codes.
        QSet<QString> codes;
        const auto addCode = [&](const QString &kind, const QString &code) -> bool {
            const QString c = code.trimmed().toLower();
            if (c.isEmpty() || codes.contains(kind + c))
                return true;
            codes.insert(kind + c);
            return insCode.run({rowid, kind, c});
        };
        bool ok = true;
        for (const Language &l : service.languages)
            ok = ok && addCode(QStringLiteral("lang"), l.code);
        for (const Location &loc : record.locations) {
            for (const Language &l : loc.languages)
                ok = ok && addCode(QStringLiteral("lang"), l.code);
            for (const Accessibility &a : loc.accessibility)
                ok = ok && addCode(QStringLiteral("access"), a.code);
        }
        // The rules of its opening hours, for "open now" without decoding records. Written
        // as they are (not lower-cased like the codes above): zone ids are case-sensitive.
        ok = ok && insCode.run({rowid, QStringLiteral("hours"), OpenNowTable::key(schedules)});
        for (const TaxonomyTerm &t : service.taxonomyTerms) {
            ok = ok && addCode(QStringLiteral("tax"), t.code);
            if (!t.code.isEmpty() && !t.name.isEmpty() && !taxonomyWritten.contains(t.code)) {
                taxonomyWritten.insert(t.code);
                ok = ok && upsTaxonomy.run({t.code.toLower(), t.name.en, t.name.fr});
            }
        }
        if (!ok)
            return Unexpected(sqlError(insCode.q, "insert codes"));

        // Sites with coordinates.
        for (const Location &loc : record.locations) {
            if (!loc.hasCoordinates())
                continue;
            bool hidden = loc.confidential;
            for (const Address &a : loc.addresses)
                hidden = hidden || a.confidential;
            if (!insSite.run({rowid, loc.id, loc.latitude, loc.longitude, hidden}))
                return Unexpected(sqlError(insSite.q, "insert site"));
            const qint64 site = insSite.q.lastInsertId().toLongLong();
            if (!insGeo.run({site, loc.latitude, loc.latitude, loc.longitude, loc.longitude}))
                return Unexpected(sqlError(insGeo.q, "insert geo"));
        }

        // Full text, once per language.
        for (int lang = 0; lang < 2; ++lang) {
            const FtsText &t = p.fts[lang];
            Statement &ins = lang == 0 ? insFtsEn : insFtsFr;
            if (!ins.run({rowid, t.name, t.organization, t.taxonomy, t.keywords, t.description}))
                return Unexpected(sqlError(ins.q, "insert full text"));
        }
    }

    // Retire what a full snapshot no longer has, and what the batch deletes. Never delete.
    Statement retire(db, QStringLiteral(
        "UPDATE dir_service SET status='inactive', retired_at=? WHERE rowid=?"));
    const QSet<QString> deleted(batch.deletedServiceIds.cbegin(), batch.deletedServiceIds.cend());
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        const bool gone = batch.fullSnapshot && it->source == batch.source
                          && !seen.contains(it.key());
        if ((gone || deleted.contains(it.key())) && !it->retired) {
            if (!retire.run({stamp, it->rowid}))
                return Unexpected(sqlError(retire.q, "retire"));
            ++counts.retired;
        }
    }

    Statement log(db, QStringLiteral(
        "INSERT INTO dir_import (source, finished_at, added, updated, unchanged, retired, "
        "quarantined) VALUES (?,?,?,?,?,?,?)"));
    if (!log.run({batch.source, stamp, counts.added, counts.updated, counts.unchanged,
                  counts.retired, counts.quarantined}))
        return Unexpected(sqlError(log.q, "import log"));
    if (progress && !progress(total, total)) {
        return fail(ErrorCode::Cancelled,
                    tr("The import was cancelled; the directory was left as it was."));
    }
    if (alsoInTransaction) {
        if (Result<void> also = alsoInTransaction(db); !also)
            return Unexpected(also.error());
    }
    auto committed = tx.commit();
    if (!committed)
        return Unexpected(committed.error());
    qCInfo(lcNavDirectoryStore) << "import" << batch.source << "added" << counts.added << "updated"
                                << counts.updated << "unchanged" << counts.unchanged << "retired"
                                << counts.retired << "quarantined" << counts.quarantined;
    return counts;
}

Result<ServiceRecord> DirectoryStore::record(QSqlDatabase &db, qint64 rowid)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT doc FROM dir_service WHERE rowid = ?"));
    q.addBindValue(rowid);
    if (!q.exec())
        return Unexpected(sqlError(q, "read record"));
    if (!q.next())
        return fail(ErrorCode::InvalidInput, tr("This service is no longer in the directory."));
    return decodeRecord(q.value(0).toByteArray());
}

Result<QList<ServiceRecord>> DirectoryStore::records(QSqlDatabase &db, const QList<qint64> &rowids)
{
    QList<ServiceRecord> out;
    if (rowids.isEmpty())
        return out;
    // Integers only, so the list can be written into the statement: one statement for a page
    // of results instead of one per row.
    QStringList list;
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < rowids.size(); ++i) {
        list << QString::number(rowids.at(i));
        position.insert(rowids.at(i), i);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, doc FROM dir_service WHERE rowid IN (%1)")
                    .arg(list.join(QLatin1Char(',')))))
        return Unexpected(sqlError(q, "read records"));
    QList<std::optional<ServiceRecord>> found(rowids.size());
    while (q.next()) {
        auto record = decodeRecord(q.value(1).toByteArray());
        if (!record)
            return Unexpected(record.error());
        found[position.value(q.value(0).toLongLong())] = std::move(*record);
    }
    out.reserve(rowids.size());
    for (qsizetype i = 0; i < rowids.size(); ++i) {
        // A rowid asked twice has one place in `position`: every copy comes from there.
        const qsizetype from = position.value(rowids.at(i));
        if (!found.at(from))
            return fail(ErrorCode::InvalidInput, tr("This service is no longer in the directory."));
        out << *found.at(from);
    }
    return out;
}

Result<ServiceRecord> DirectoryStore::record(QSqlDatabase &db, const QString &serviceId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM dir_service WHERE id = ?"));
    q.addBindValue(serviceId);
    if (!q.exec())
        return Unexpected(sqlError(q, "find record"));
    if (!q.next())
        return fail(ErrorCode::InvalidInput, tr("This service is no longer in the directory."));
    return record(db, q.value(0).toLongLong());
}

Result<qint64> DirectoryStore::serviceCount(QSqlDatabase &db, bool activeOnly)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(activeOnly ? QStringLiteral("SELECT count(*) FROM dir_service WHERE status='active'")
                           : QStringLiteral("SELECT count(*) FROM dir_service"))
        || !q.next())
        return Unexpected(sqlError(q, "count"));
    return q.value(0).toLongLong();
}

QString DirectoryStore::noteTooLongWords(int length)
{
    return tr("The note is too long: %1 characters at most, and it has %2. Shorten it; "
              "nothing else was lost.")
        .arg(kMaxFlagNote)
        .arg(length);
}

Result<QString> DirectoryStore::addFlag(QSqlDatabase &db, const QString &serviceId,
                                        const QString &reason, const QString &note,
                                        const QDateTime &now)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Choose what is wrong with this record."));
    if (note.size() > kMaxFlagNote)
        return fail(ErrorCode::InvalidInput, noteTooLongWords(int(note.size())));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The flag and its outbox item are one write: the server gets every flag kept here, once
    // (the item is keyed by the flag's UUID and the server takes a replay as the same flag).
    Storage::Transaction tx(db);
    if (!tx.isActive())
        return Unexpected(tx.beginError());
    auto done = Storage::execSql(db,
                                 QStringLiteral("INSERT INTO dir_flag (id, service_id, reason, "
                                                "note, created_at) VALUES (?,?,?,?,?)"),
                                 {id, serviceId, reason, note, now.toUTC().toString(Qt::ISODate)});
    if (!done)
        return Unexpected(done.error());
    if (auto queued = Storage::Outbox::put(db, flagOutboxItem(id, serviceId, reason, note), now);
        !queued)
        return Unexpected(queued.error());
    if (auto committed = tx.commit(); !committed)
        return Unexpected(committed.error());
    return id;
}

Result<int> DirectoryStore::flagCount(QSqlDatabase &db, const QString &serviceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM dir_flag WHERE service_id = ?"));
    q.addBindValue(serviceId);
    if (!q.exec() || !q.next())
        return Unexpected(sqlError(q, "count flags"));
    return q.value(0).toInt();
}

} // namespace Nav::Directory

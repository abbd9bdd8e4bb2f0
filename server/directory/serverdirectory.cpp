// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/serverdirectory.h"

#include "directory/demo/demodirectory.h"
#include "directory/export/hsdswriter.h"
#include "directory/importers/airs/airsimporter.h"
#include "directory/importers/hsds/hsdsimporter.h"
#include "directory/importers/icarol/icarolimporter.h"
#include "directory/store/servicerecord.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Nav::Server {

using namespace Nav::Directory;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

struct Existing
{
    QString hash;
    QString status;
    QString source;
};

} // namespace

Result<ImportCounts> ServerDirectory::importFile(QSqlDatabase &db, const QString &format,
                                                 const QString &path, qint64 nowMs,
                                                 const ProgressCallback &progress)
{
    Result<DirectoryBatch> batch = fail(ErrorCode::InvalidInput,
        QStringLiteral("Unknown import format \"%1\": use hsds, icarol or airs.").arg(format));
    if (format == QLatin1String("hsds"))
        batch = HsdsImporter::read(path, progress);
    else if (format == QLatin1String("icarol"))
        batch = IcarolImporter::read(path, progress);
    else if (format == QLatin1String("airs"))
        batch = AirsImporter::read(path, progress);
    else if (format == QLatin1String("demo")) {
        // The generated demo directory; `path` is the number of services.
        bool ok = false;
        const int count = path.toInt(&ok);
        if (!ok || count < 1 || count > 1'000'000)
            return fail(ErrorCode::InvalidInput, QStringLiteral("The demo directory needs a number of services from 1 to 1000000."));
        batch = DemoDirectory::generate(count);
    }
    if (!batch)
        return Unexpected(batch.error());
    return apply(db, *batch, nowMs, progress);
}

Result<ImportCounts> ServerDirectory::apply(QSqlDatabase &db, const DirectoryBatch &batch,
                                            qint64 nowMs, const ProgressCallback &progress)
{
    ImportCounts counts;
    counts.quarantined = int(batch.quarantine.size());

    ServerTransaction tx(db);
    if (auto r = tx.begin(); !r)
        return Unexpected(r.error());

    QHash<QString, Existing> existing;
    {
        auto q = ServerDb::exec(db, QStringLiteral("SELECT id, hash, status, source FROM dir_service"));
        if (!q)
            return Unexpected(q.error());
        while (q->next())
            existing.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
    }
    // Reserve sequence numbers under the row lock of dir_state (serialises imports).
    auto seqQ = ServerDb::exec(db, QStringLiteral("SELECT last_seq FROM dir_state WHERE id = 1"));
    if (!seqQ || !seqQ->next())
        return seqQ ? fail(ErrorCode::Database, QStringLiteral("dir_state is empty")) : Unexpected(seqQ.error());
    qint64 seq = seqQ->value(0).toLongLong();
    seqQ->finish();

    QSet<QString> seen;
    const qint64 total = batch.services.size();
    qint64 done = 0;
    for (const Service &service : batch.services) {
        ++done;
        if (progress && done % 500 == 0 && !progress(done, total))
            return fail(ErrorCode::Cancelled, QStringLiteral("Import cancelled; the directory is unchanged."));
        seen.insert(service.id);
        const ServiceRecord record = makeRecord(service, batch);
        const ServiceRecord open = redactConfidential(record);
        const QByteArray full = compact(HsdsWriter::service(record));
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(full, QCryptographicHash::Sha256).toHex());
        const QString status = record.service.status.isEmpty() ? QStringLiteral("active") : record.service.status;
        const auto it = existing.constFind(service.id);
        if (it != existing.constEnd() && it->hash == hash && it->status == status) {
            ++counts.unchanged;
            continue;
        }
        const bool isNew = it == existing.constEnd();
        ++seq;
        const QByteArray pub = open == record ? full : compact(HsdsWriter::service(open));
        auto r = ServerDb::exec(db, QStringLiteral(
            "INSERT INTO dir_service (id, seq, source, status, hash, name, confidential, doc_full,"
            " doc_public, doc_minimal, modified_at)"
            " VALUES (:id, :seq, :src, :st, :h, :n, :c, :full, :pub, :min, :now)"
            " ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, source = excluded.source,"
            " status = excluded.status, hash = excluded.hash, name = excluded.name,"
            " confidential = excluded.confidential, doc_full = excluded.doc_full,"
            " doc_public = excluded.doc_public, doc_minimal = excluded.doc_minimal,"
            " modified_at = excluded.modified_at"),
            {{"id", service.id}, {"seq", seq}, {"src", batch.source}, {"st", status}, {"h", hash},
             {"n", nonNull(record.service.name.text(QStringLiteral("en")))},
             {"c", open == record ? 0 : 1}, {"full", QString::fromUtf8(full)},
             {"pub", QString::fromUtf8(pub)},
             {"min", QString::fromUtf8(compact(HsdsWriter::serviceMinimal(open)))}, {"now", nowMs}});
        if (!r)
            return Unexpected(r.error());
        if (auto d = ServerDb::exec(db, QStringLiteral("DELETE FROM dir_location WHERE service_id = :id"), {{"id", service.id}}); !d)
            return Unexpected(d.error());
        for (const Location &loc : record.locations) {
            const Location *shown = open.location(loc.id);
            QString postcode;
            for (const Address &a : loc.addresses)
                if (!a.postalCode.isEmpty() && !a.confidential && !loc.confidential)
                    postcode = a.postalCode.toUpper().remove(QLatin1Char(' '));
            auto l = ServerDb::exec(db, QStringLiteral(
                "INSERT INTO dir_location (service_id, location_id, postcode, latitude, longitude,"
                " confidential, doc_full, doc_public) VALUES (:s, :l, :p, :lat, :lon, :c, :full, :pub)"
                " ON CONFLICT (service_id, location_id) DO NOTHING"),
                {{"s", service.id}, {"l", loc.id},
                 {"p", postcode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(postcode)},
                 {"lat", loc.hasCoordinates() ? QVariant(loc.latitude) : QVariant(QMetaType::fromType<double>())},
                 {"lon", loc.hasCoordinates() ? QVariant(loc.longitude) : QVariant(QMetaType::fromType<double>())},
                 {"c", loc.confidential ? 1 : 0},
                 {"full", QString::fromUtf8(compact(HsdsWriter::location(loc)))},
                 {"pub", shown ? QString::fromUtf8(compact(HsdsWriter::location(*shown))) : QStringLiteral("")}});
            if (!l)
                return Unexpected(l.error());
        }
        isNew ? ++counts.added : ++counts.updated;
    }

    // Retire (status inactive, never delete): explicit deletes, and for a full snapshot the
    // services of the same source that it no longer has.
    QStringList retire;
    for (const QString &id : batch.deletedServiceIds)
        if (existing.contains(id) && existing.value(id).status != QLatin1String("inactive") && !seen.contains(id))
            retire.append(id);
    if (batch.fullSnapshot) {
        for (auto it = existing.cbegin(); it != existing.cend(); ++it)
            if (it->source == batch.source && !seen.contains(it.key())
                && it->status != QLatin1String("inactive") && !retire.contains(it.key()))
                retire.append(it.key());
    }
    for (const QString &id : std::as_const(retire)) {
        ++seq;
        if (auto r = ServerDb::exec(db, QStringLiteral(
                "UPDATE dir_service SET status = 'inactive', seq = :seq, modified_at = :now WHERE id = :id"),
                {{"seq", seq}, {"now", nowMs}, {"id", id}}); !r)
            return Unexpected(r.error());
        ++counts.retired;
    }
    if (auto r = ServerDb::exec(db, QStringLiteral("UPDATE dir_state SET last_seq = :s WHERE id = 1"), {{"s", seq}}); !r)
        return Unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return Unexpected(r.error());
    if (progress)
        progress(total, total);
    return counts;
}

Result<qint64> ServerDirectory::lastSeq(QSqlDatabase &db)
{
    auto q = ServerDb::exec(db, QStringLiteral("SELECT last_seq FROM dir_state WHERE id = 1"));
    if (!q)
        return Unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<ServerDirectory::FeedPage> ServerDirectory::changes(QSqlDatabase &db, qint64 cursor, int limit, bool cleared)
{
    auto last = lastSeq(db);
    if (!last)
        return Unexpected(last.error());
    auto q = ServerDb::exec(db, QStringLiteral("SELECT seq, id, status, %1 FROM dir_service WHERE seq > :c ORDER BY seq LIMIT :l")
                                    .arg(cleared ? QStringLiteral("doc_full") : QStringLiteral("doc_public")),
                            {{"c", cursor}, {"l", limit + 1}});
    if (!q)
        return Unexpected(q.error());
    FeedPage page;
    QByteArray &out = page.json;
    out.reserve(limit * 2048);
    out += "{\"items\":[";
    qint64 next = cursor;
    bool more = false;
    while (q->next()) {
        if (page.count == limit) {
            more = true;
            break;
        }
        const qint64 seq = q->value(0).toLongLong();
        const QString status = q->value(2).toString();
        if (page.count)
            out += ',';
        out += "{\"seq\":" + QByteArray::number(seq) + ",\"id\":"
            + QJsonDocument(QJsonArray{q->value(1).toString()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        if (status == QLatin1String("inactive"))
            out += ",\"op\":\"retire\"}";
        else
            out += ",\"op\":\"upsert\",\"service\":" + q->value(3).toString().toUtf8() + '}';
        next = seq;
        ++page.count;
    }
    out += "],\"next_cursor\":" + QByteArray::number(next) + ",\"has_more\":" + (more ? "true" : "false")
        + ",\"last_seq\":" + QByteArray::number(*last) + '}';
    page.nextCursor = next;
    page.hasMore = more;
    return page;
}

} // namespace Nav::Server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The HSDS 3.0 read API under /hsds/, for other Open Referral tools. It follows the paths,
// parameters and paged response of the HSDS 3.0 OpenAPI document. The documents are the ones
// the import precomputed (dir_service.doc_full / doc_public / doc_minimal, dir_location.doc_*),
// so a page is mostly a copy of stored text:
// - anonymous callers and users without clearance get the redacted documents, and confidential
//   locations never appear as service_at_location entries for them;
// - a signed-in cleared user gets the full documents.
// Only active services are listed unless `status` asks otherwise; retired services (status
// inactive, the changes feed's tombstones) are 404 by id.
//
// Filters SQL cannot do in the shared dialect (accent-insensitive name search, the exact match
// of a taxonomy term id inside the document, the great-circle distance) run here on a narrow
// candidate list (ids, names, coordinates), and only the page that is answered is read in full.
#include "api/api.h"

#include "directory/demo/places.h"
#include "directory/text/textfold.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace Nav::Server {

namespace {

using BindList = QList<std::pair<QString, QVariant>>;

constexpr qint64 defaultPerPage = 50;
constexpr qint64 maxPerPage = 500;
constexpr qint64 maxPage = 1'000'000;
constexpr double maxProximityKm = 1000;
constexpr int fetchChunk = 200; // ids bound in one IN (…) when reading a page

ApiError badParameter(const QString &name, const QString &message)
{
    return ApiError::badRequest(QStringLiteral("bad-parameter"), message,
                                {{QStringLiteral("parameter"), name}});
}

Response internal(const Error &e)
{
    return Response::error(ApiError::internal(e));
}

bool isCleared(const Context &ctx)
{
    return ctx.user && ctx.user->cleared && !ctx.user->disabled;
}

QString docColumn(const Context &ctx, const QString &table)
{
    return table + (isCleared(ctx) ? QStringLiteral(".doc_full") : QStringLiteral(".doc_public"));
}

// A JSON string literal, quotes included.
QByteArray jsonString(const QString &s)
{
    return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// The value of `"key":"…"` in the compact JSON text of a minimal service document, read without
// parsing the document. A quote inside a string value is always escaped, so the needle cannot
// match inside one; it could match a member of the nested organization, which QJsonObject writes
// after the service's own name fields (keys in alphabetical order). So the service's members
// before "organization" (names) are looked up in the text before it, and the ones after it
// (organization_id) anywhere: the organization has no member of that name.
std::optional<QString> memberString(const QByteArray &doc, const QByteArray &key)
{
    const bool beforeOrganization = qstrcmp(key, "organization") < 0;
    qsizetype end = beforeOrganization ? doc.indexOf(",\"organization\":{") : -1;
    if (end < 0)
        end = doc.size();
    const QByteArray needle = '"' + key + "\":\"";
    const qsizetype at = doc.indexOf(needle);
    if (at < 0 || at >= end)
        return std::nullopt;
    const qsizetype start = at + needle.size() - 1; // the opening quote
    qsizetype i = start + 1;
    while (i < doc.size()) {
        if (doc.at(i) == '\\')
            i += 2;
        else if (doc.at(i) == '"')
            break;
        else
            ++i;
    }
    if (i >= doc.size())
        return std::nullopt;
    const QJsonDocument d = QJsonDocument::fromJson('[' + doc.mid(start, i - start + 1) + ']');
    return d.array().at(0).toString();
}

// LIKE pattern for "text contains `needle`", with ! as the escape character.
QString likeContains(const QString &needle)
{
    QString escaped = needle;
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"))
        .replace(QLatin1Char('%'), QLatin1String("!%"))
        .replace(QLatin1Char('_'), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// ---- parameters ---------------------------------------------------------------------------

struct Paging
{
    qint64 page = 1;
    qint64 perPage = defaultPerPage;
    qint64 offset() const { return (page - 1) * perPage; }
};

ApiResult<qint64> boundedInt(const Request &req, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!req.query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 v = req.queryValue(name).trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return ApiFail(badParameter(name, QStringLiteral("The parameter %1 must be a whole number from %2 to %3.")
                                              .arg(name).arg(min).arg(max)));
    return v;
}

ApiResult<Paging> pagingParams(const Request &req)
{
    Paging p;
    auto page = boundedInt(req, QStringLiteral("page"), 1, 1, maxPage);
    if (!page)
        return ApiFail(page.error());
    auto perPage = boundedInt(req, QStringLiteral("per_page"), defaultPerPage, 1, maxPerPage);
    if (!perPage)
        return ApiFail(perPage.error());
    p.page = *page;
    p.perPage = *perPage;
    return p;
}

ApiResult<bool> boolParam(const Request &req, const QString &name)
{
    if (!req.query.hasQueryItem(name))
        return false;
    const QString v = req.queryValue(name).trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1") || v.isEmpty())
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    return ApiFail(badParameter(name, QStringLiteral("The parameter %1 must be true or false.").arg(name)));
}

// ISO 8601: a date ("2024-05-01", midnight UTC) or a date-time with or without seconds,
// fraction and offset (none means UTC). A "+" that a form encoder turned into a space is
// taken back.
ApiResult<std::optional<qint64>> modifiedAfterParam(const Request &req)
{
    const QString name = QStringLiteral("modified_after");
    if (!req.query.hasQueryItem(name))
        return std::optional<qint64>();
    QString text = req.queryValue(name).trimmed();
    static const QRegularExpression spacedOffset(QStringLiteral("(T[0-9:.]+) ([0-9]{2}:?[0-9]{2})$"));
    text.replace(spacedOffset, QStringLiteral("\\1+\\2"));
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?$"));
    QDateTime when;
    if (shape.match(text).hasMatch()) {
        if (text.size() == 10) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (d.isValid())
                when = QDateTime(d, QTime(0, 0), QTimeZone::utc());
        } else {
            when = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (when.isValid() && when.timeSpec() == Qt::LocalTime)
                when = QDateTime(when.date(), when.time(), QTimeZone::utc());
        }
    }
    if (!when.isValid())
        return ApiFail(badParameter(name, QStringLiteral("modified_after must be an ISO 8601 date or date-time, e.g. 2024-05-01T00:00:00Z.")));
    return std::optional<qint64>(when.toMSecsSinceEpoch());
}

// HSDS service statuses; "all" lifts the filter. Default: active.
ApiResult<QString> statusParam(const Request &req)
{
    const QString name = QStringLiteral("status");
    if (!req.query.hasQueryItem(name))
        return QStringLiteral("active");
    const QString v = req.queryValue(name).trimmed().toLower();
    static const QStringList known = {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("defunct"),
                                      QStringLiteral("temporarily closed"), QStringLiteral("all")};
    if (!known.contains(v))
        return ApiFail(badParameter(name, QStringLiteral("status must be one of: active, inactive, defunct, temporarily closed, all.")));
    return v;
}

ApiResult<QString> searchParam(const Request &req)
{
    const QString v = req.queryValue(QStringLiteral("search")).simplified();
    if (v.size() > 200)
        return ApiFail(badParameter(QStringLiteral("search"), QStringLiteral("search is longer than 200 characters.")));
    return Directory::Text::fold(v);
}

ApiResult<QString> idParam(const Request &req, const QString &name)
{
    const QString v = req.queryValue(name).trimmed();
    if (v.size() > 200)
        return ApiFail(badParameter(name, QStringLiteral("%1 is longer than 200 characters.").arg(name)));
    return v;
}

// As stored in dir_location.postcode: upper case, no spaces.
ApiResult<QString> postcodeParam(const Request &req)
{
    const QString name = QStringLiteral("postcode");
    QString v = req.queryValue(name).toUpper().remove(QLatin1Char(' '));
    static const QRegularExpression shape(QStringLiteral("^[A-Z0-9-]{0,12}$"));
    if (!shape.match(v).hasMatch())
        return ApiFail(badParameter(name, QStringLiteral("postcode must be letters, digits and hyphens (12 at most), e.g. H2X or H2X1Y4.")));
    return v;
}

struct Proximity
{
    double latitude = 0;
    double longitude = 0;
    double km = 0;
};

ApiResult<std::optional<Proximity>> proximityParam(const Request &req)
{
    const QString name = QStringLiteral("proximity");
    if (!req.query.hasQueryItem(name))
        return std::optional<Proximity>();
    const QStringList parts = req.queryValue(name).split(QLatin1Char(','));
    Proximity p;
    bool ok = parts.size() == 3;
    if (ok)
        p.latitude = parts.at(0).trimmed().toDouble(&ok);
    if (ok)
        p.longitude = parts.at(1).trimmed().toDouble(&ok);
    if (ok)
        p.km = parts.at(2).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(p.latitude) || !std::isfinite(p.longitude) || !std::isfinite(p.km)
        || std::abs(p.latitude) > 90 || std::abs(p.longitude) > 180 || p.km <= 0 || p.km > maxProximityKm)
        return ApiFail(badParameter(name, QStringLiteral("proximity must be \"latitude,longitude,km\" (WGS 84 degrees, a radius above 0 and up to %1 km), e.g. 45.50,-73.57,5.")
                                              .arg(maxProximityKm)));
    return std::optional<Proximity>(p);
}

// ---- SQL building -------------------------------------------------------------------------

struct Where
{
    QStringList clauses;
    BindList binds;

    void add(const QString &clause, const QList<std::pair<QString, QVariant>> &values = {})
    {
        clauses.append(clause);
        binds.append(values);
    }
    QString sql() const
    {
        return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }
};

// The filters both lists share. `s` is dir_service.
struct ServiceFilter
{
    QString status = QStringLiteral("active");
    std::optional<qint64> modifiedAfter;
    QString search;   // folded
    QString termId;   // taxonomy_term_id

    bool needsScan() const { return !search.isEmpty() || !termId.isEmpty(); }

    void addSql(Where &w) const
    {
        if (status != QLatin1String("all"))
            w.add(QStringLiteral("s.status = :status"), {{QStringLiteral("status"), status}});
        if (modifiedAfter)
            w.add(QStringLiteral("s.modified_at >= :after"), {{QStringLiteral("after"), *modifiedAfter}});
        // A cheap, case-blind (SQLite) pre-filter; matches() makes it exact.
        if (!termId.isEmpty())
            w.add(QStringLiteral("s.doc_public LIKE :term ESCAPE '!'"),
                  {{QStringLiteral("term"), likeContains(QString::fromUtf8(termNeedle()))}});
    }
    QByteArray termNeedle() const { return "\"taxonomy_term_id\":" + jsonString(termId); }

    // name: dir_service.name; minimal: doc_minimal (for the French name); doc: doc_public.
    bool matches(const QString &name, const QByteArray &minimal, const QByteArray &doc) const
    {
        if (!termId.isEmpty() && !doc.contains(termNeedle()))
            return false;
        if (search.isEmpty())
            return true;
        if (Directory::Text::fold(name).contains(search))
            return true;
        for (const char *key : {"name", "name_fr", "name_en"})
            if (auto n = memberString(minimal, key); n && Directory::Text::fold(*n).contains(search))
                return true;
        return false;
    }
    // The extra columns matches() needs, for a scan.
    QString scanColumns() const
    {
        return QStringLiteral(", %1, %2")
            .arg(search.isEmpty() ? QStringLiteral("''") : QStringLiteral("s.doc_minimal"),
                 termId.isEmpty() ? QStringLiteral("''") : QStringLiteral("s.doc_public"));
    }
};

ApiResult<ServiceFilter> serviceFilter(const Request &req, bool withStatus)
{
    ServiceFilter f;
    if (withStatus) {
        auto status = statusParam(req);
        if (!status)
            return ApiFail(status.error());
        f.status = *status;
    }
    auto after = modifiedAfterParam(req);
    if (!after)
        return ApiFail(after.error());
    f.modifiedAfter = *after;
    auto search = searchParam(req);
    if (!search)
        return ApiFail(search.error());
    f.search = *search;
    auto term = idParam(req, QStringLiteral("taxonomy_term_id"));
    if (!term)
        return ApiFail(term.error());
    f.termId = *term;
    return f;
}

BindList withPage(BindList binds, const Paging &p)
{
    binds.append({QStringLiteral("limit"), p.perPage});
    binds.append({QStringLiteral("offset"), p.offset()});
    return binds;
}

// ---- responses ----------------------------------------------------------------------------

// The HSDS 3.0 page: total_items, total_pages, page_number, size, first_page, last_page,
// empty, contents (already-serialised JSON objects).
Response pageResponse(const Paging &p, qint64 total, const QList<QByteArray> &contents)
{
    const qint64 pages = (total + p.perPage - 1) / p.perPage;
    QByteArray out;
    qsizetype bytes = 200;
    for (const QByteArray &c : contents)
        bytes += c.size() + 1;
    out.reserve(bytes);
    out += "{\"total_items\":" + QByteArray::number(total)
        + ",\"total_pages\":" + QByteArray::number(pages)
        + ",\"page_number\":" + QByteArray::number(p.page)
        + ",\"size\":" + QByteArray::number(contents.size())
        + ",\"first_page\":" + (p.page == 1 ? "true" : "false")
        + ",\"last_page\":" + (p.page >= pages ? "true" : "false")
        + ",\"empty\":" + (contents.isEmpty() ? "true" : "false")
        + ",\"contents\":[";
    for (qsizetype i = 0; i < contents.size(); ++i) {
        if (i)
            out += ',';
        out += contents.at(i);
    }
    out += "]}";
    return Response::raw(out);
}

template<typename T>
QList<T> slice(const QList<T> &all, const Paging &p)
{
    if (p.offset() >= all.size())
        return {};
    return all.mid(p.offset(), p.perPage);
}

// Reads `columns` of the dir_service rows with these ids, keyed by id (column 0 must be s.id).
Result<QHash<QString, QList<QByteArray>>> servicesById(QSqlDatabase &db, const QString &columns, const QStringList &ids)
{
    QHash<QString, QList<QByteArray>> out;
    for (qsizetype from = 0; from < ids.size(); from += fetchChunk) {
        const QStringList chunk = ids.mid(from, fetchChunk);
        QStringList marks;
        BindList binds;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            marks << QStringLiteral(":i%1").arg(i);
            binds.append({QStringLiteral("i%1").arg(i), chunk.at(i)});
        }
        auto q = ServerDb::exec(db, QStringLiteral("SELECT %1 FROM dir_service s WHERE s.id IN (%2)")
                                        .arg(columns, marks.join(QLatin1Char(','))), binds);
        if (!q)
            return Unexpected(q.error());
        const int n = q->record().count();
        while (q->next()) {
            QList<QByteArray> row;
            for (int c = 1; c < n; ++c)
                row.append(q->value(c).toString().toUtf8());
            out.insert(q->value(0).toString(), row);
        }
    }
    return out;
}

// ---- GET /hsds/ ---------------------------------------------------------------------------

Response apiInfo(const Request &, Context &)
{
    return Response::json(QJsonObject{
        {QStringLiteral("version"), QStringLiteral("3.0")},
        {QStringLiteral("profile"), QStringLiteral("https://docs.openreferral.org/en/v3.0/")},
        {QStringLiteral("openapi_url"), QStringLiteral("https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json")},
        {QStringLiteral("description"), QStringLiteral(
             "Navigator directory, HSDS 3.0. Bilingual text: English in the plain fields, French in *_fr "
             "(objects whose name is French only say \"language\": \"fr\"). Sign in (Authorization: Bearer) "
             "as a cleared user to see confidential locations, addresses, phones and contacts.")},
    });
}

// ---- GET /hsds/services -------------------------------------------------------------------

Response listServices(const Request &req, Context &ctx)
{
    auto paging = pagingParams(req);
    if (!paging)
        return Response::error(paging.error());
    auto filter = serviceFilter(req, true);
    if (!filter)
        return Response::error(filter.error());
    auto minimal = boolParam(req, QStringLiteral("minimal"));
    if (!minimal)
        return Response::error(minimal.error());
    const QString doc = *minimal ? QStringLiteral("s.doc_minimal") : docColumn(ctx, QStringLiteral("s"));
    Where where;
    filter->addSql(where);

    qint64 total = 0;
    QList<QByteArray> contents;
    if (!filter->needsScan()) {
        auto count = ServerDb::exec(ctx.db, QStringLiteral("SELECT COUNT(*) FROM dir_service s") + where.sql(), where.binds);
        if (!count)
            return internal(count.error());
        total = count->next() ? count->value(0).toLongLong() : 0;
        count->finish();
        if (paging->offset() < total) {
            auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT %1 FROM dir_service s%2 ORDER BY s.id LIMIT :limit OFFSET :offset")
                                                .arg(doc, where.sql()), withPage(where.binds, *paging));
            if (!q)
                return internal(q.error());
            while (q->next())
                contents.append(q->value(0).toString().toUtf8());
        }
        return pageResponse(*paging, total, contents);
    }

    auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT s.id, s.name%1 FROM dir_service s%2 ORDER BY s.id")
                                        .arg(filter->scanColumns(), where.sql()), where.binds);
    if (!q)
        return internal(q.error());
    QStringList ids;
    while (q->next())
        if (filter->matches(q->value(1).toString(), q->value(2).toString().toUtf8(), q->value(3).toString().toUtf8()))
            ids.append(q->value(0).toString());
    q->finish();
    const QStringList page = slice(ids, *paging);
    auto rows = servicesById(ctx.db, QStringLiteral("s.id, ") + doc, page);
    if (!rows)
        return internal(rows.error());
    for (const QString &id : page)
        if (const auto it = rows->constFind(id); it != rows->constEnd())
            contents.append(it->at(0));
    return pageResponse(*paging, ids.size(), contents);
}

// ---- GET /hsds/services/{id} --------------------------------------------------------------

Response getService(const Request &req, Context &ctx)
{
    const QString id = req.params.value(QStringLiteral("id"));
    auto minimal = boolParam(req, QStringLiteral("minimal"));
    if (!minimal)
        return Response::error(minimal.error());
    auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT s.status, %1 FROM dir_service s WHERE s.id = :id")
                                        .arg(*minimal ? QStringLiteral("s.doc_minimal") : docColumn(ctx, QStringLiteral("s"))),
                            {{"id", id}});
    if (!q)
        return internal(q.error());
    if (!q->next() || q->value(0).toString() == QLatin1String("inactive"))
        return Response::error(ApiError::notFound(QStringLiteral("There is no active service with this id.")));
    return Response::raw(q->value(1).toString().toUtf8());
}

// ---- GET /hsds/service_at_locations -------------------------------------------------------

struct SalKey
{
    QString serviceId;
    QString locationId;
    double distance = 0;
};

// What a service_at_location entry takes from its service document: the entries themselves
// (id, description, phones… of the entry), by location id, and the service with its one-to-one
// fields only (HSDS service_list: no arrays, organization and program without theirs).
struct ServiceParts
{
    QHash<QString, QJsonObject> sals;
    QByteArray brief;
};

QJsonObject withoutArrays(QJsonObject o)
{
    for (const QString &key : o.keys()) {
        const QJsonValue v = o.value(key);
        if (v.isArray())
            o.remove(key);
        else if (v.isObject())
            o.insert(key, withoutArrays(v.toObject()));
    }
    return o;
}

ServiceParts partsOf(const QByteArray &serviceDoc)
{
    ServiceParts parts;
    const QJsonObject service = QJsonDocument::fromJson(serviceDoc).object();
    for (const QJsonValue &v : service.value(QStringLiteral("service_at_locations")).toArray()) {
        const QJsonObject o = v.toObject();
        parts.sals.insert(o.value(QStringLiteral("location_id")).toString(), o);
    }
    parts.brief = QJsonDocument(withoutArrays(service)).toJson(QJsonDocument::Compact);
    return parts;
}

// {id, service_id, location_id, description?, phones?, schedules?, contacts?, location, service}
QByteArray salJson(const QString &serviceId, const QString &locationId, const QJsonObject &sal,
                   const QByteArray &locationDoc, const QByteArray &serviceBrief)
{
    QJsonObject head = sal;
    head.remove(QStringLiteral("location"));
    QString id = head.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) // the source gave none: a stable one of ours, as for attributes
        id = serviceId + QLatin1Char('/') + locationId;
    head.insert(QStringLiteral("id"), id);
    head.insert(QStringLiteral("service_id"), serviceId);
    head.insert(QStringLiteral("location_id"), locationId);
    QByteArray out = QJsonDocument(head).toJson(QJsonDocument::Compact);
    out.chop(1);
    out += ",\"location\":" + locationDoc + ",\"service\":" + serviceBrief + '}';
    return out;
}

Response listServiceAtLocations(const Request &req, Context &ctx)
{
    auto paging = pagingParams(req);
    if (!paging)
        return Response::error(paging.error());
    auto filter = serviceFilter(req, false);
    if (!filter)
        return Response::error(filter.error());
    auto postcode = postcodeParam(req);
    if (!postcode)
        return Response::error(postcode.error());
    auto proximity = proximityParam(req);
    if (!proximity)
        return Response::error(proximity.error());

    Where where;
    filter->addSql(where);
    if (!isCleared(ctx))
        where.add(QStringLiteral("l.confidential = 0"));
    if (!postcode->isEmpty())
        where.add(QStringLiteral("l.postcode LIKE :pc"), {{QStringLiteral("pc"), QString(*postcode + QLatin1Char('%'))}});
    if (*proximity) {
        const Proximity &p = **proximity;
        const double dLat = p.km / 111.19; // km per degree of latitude on the mean sphere
        where.add(QStringLiteral("l.latitude BETWEEN :lat0 AND :lat1"),
                  {{QStringLiteral("lat0"), p.latitude - dLat}, {QStringLiteral("lat1"), p.latitude + dLat}});
        const double cosLat = std::cos((std::abs(p.latitude) + dLat) * M_PI / 180.0);
        if (std::abs(p.latitude) + dLat < 89 && cosLat > 0) {
            const double dLon = dLat / cosLat;
            if (p.longitude - dLon > -180 && p.longitude + dLon < 180)
                where.add(QStringLiteral("l.longitude BETWEEN :lon0 AND :lon1"),
                          {{QStringLiteral("lon0"), p.longitude - dLon}, {QStringLiteral("lon1"), p.longitude + dLon}});
        }
        where.add(QStringLiteral("l.longitude IS NOT NULL"));
    }
    const QString joined = QStringLiteral(" FROM dir_location l JOIN dir_service s ON s.id = l.service_id");

    qint64 total = 0;
    QList<SalKey> page;
    if (!filter->needsScan() && !*proximity) {
        auto count = ServerDb::exec(ctx.db, QStringLiteral("SELECT COUNT(*)") + joined + where.sql(), where.binds);
        if (!count)
            return internal(count.error());
        total = count->next() ? count->value(0).toLongLong() : 0;
        count->finish();
        if (paging->offset() < total) {
            auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT l.service_id, l.location_id") + joined + where.sql()
                                                + QStringLiteral(" ORDER BY l.service_id, l.location_id LIMIT :limit OFFSET :offset"),
                                    withPage(where.binds, *paging));
            if (!q)
                return internal(q.error());
            while (q->next())
                page.append({q->value(0).toString(), q->value(1).toString(), 0});
        }
    } else {
        auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT l.service_id, l.location_id, s.name%1, l.latitude, l.longitude")
                                                .arg(filter->scanColumns())
                                            + joined + where.sql() + QStringLiteral(" ORDER BY l.service_id, l.location_id"),
                                where.binds);
        if (!q)
            return internal(q.error());
        QList<SalKey> all;
        while (q->next()) {
            if (!filter->matches(q->value(2).toString(), q->value(3).toString().toUtf8(), q->value(4).toString().toUtf8()))
                continue;
            SalKey k{q->value(0).toString(), q->value(1).toString(), 0};
            if (*proximity) {
                k.distance = Directory::Place::distanceKm((*proximity)->latitude, (*proximity)->longitude,
                                                          q->value(5).toDouble(), q->value(6).toDouble());
                if (k.distance > (*proximity)->km)
                    continue;
            }
            all.append(k);
        }
        q->finish();
        if (*proximity) // nearest first; ties in id order (the scan's order, kept by a stable sort)
            std::stable_sort(all.begin(), all.end(), [](const SalKey &a, const SalKey &b) { return a.distance < b.distance; });
        total = all.size();
        page = slice(all, *paging);
    }

    // The page in full: the location documents, then each service's minimal document and its
    // service_at_location entries (id, description, phones… of the entry itself).
    QHash<QString, QByteArray> locationDocs;
    QStringList serviceIds;
    const QString locDoc = docColumn(ctx, QStringLiteral("l"));
    for (qsizetype from = 0; from < page.size(); from += fetchChunk / 2) {
        QStringList ors;
        BindList binds;
        for (qsizetype i = from; i < qMin(page.size(), from + fetchChunk / 2); ++i) {
            ors << QStringLiteral("(l.service_id = :s%1 AND l.location_id = :l%1)").arg(i);
            binds.append({QStringLiteral("s%1").arg(i), page.at(i).serviceId});
            binds.append({QStringLiteral("l%1").arg(i), page.at(i).locationId});
            if (!serviceIds.contains(page.at(i).serviceId))
                serviceIds.append(page.at(i).serviceId);
        }
        auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT l.service_id, l.location_id, %1 FROM dir_location l WHERE %2")
                                            .arg(locDoc, ors.join(QStringLiteral(" OR "))), binds);
        if (!q)
            return internal(q.error());
        while (q->next())
            locationDocs.insert(q->value(0).toString() + QChar(0) + q->value(1).toString(), q->value(2).toString().toUtf8());
    }
    auto services = servicesById(ctx.db, QStringLiteral("s.id, ") + docColumn(ctx, QStringLiteral("s")), serviceIds);
    if (!services)
        return internal(services.error());
    QHash<QString, ServiceParts> parts;
    QList<QByteArray> contents;
    for (const SalKey &k : std::as_const(page)) {
        const QByteArray location = locationDocs.value(k.serviceId + QChar(0) + k.locationId);
        const auto service = services->constFind(k.serviceId);
        if (location.isEmpty() || service == services->constEnd())
            continue; // changed between the two reads
        auto it = parts.find(k.serviceId);
        if (it == parts.end())
            it = parts.insert(k.serviceId, partsOf(service->at(0)));
        contents.append(salJson(k.serviceId, k.locationId, it->sals.value(k.locationId), location, it->brief));
    }
    return pageResponse(*paging, total, contents);
}

// ---- organizations ------------------------------------------------------------------------

// The organization of a service document, standing alone: it says its language when it
// inherited French from the service.
QJsonObject organizationOf(const QByteArray &serviceDoc)
{
    const QJsonObject service = QJsonDocument::fromJson(serviceDoc).object();
    QJsonObject org = service.value(QStringLiteral("organization")).toObject();
    if (!org.isEmpty() && !org.contains(QStringLiteral("language"))
        && service.value(QStringLiteral("language")).toString() == QLatin1String("fr"))
        org.insert(QStringLiteral("language"), QStringLiteral("fr"));
    return org;
}

// HSDS organization_list: the one-to-one fields only.
QJsonObject organizationBrief(QJsonObject org)
{
    for (const QString &key : org.keys())
        if (org.value(key).isArray() || org.value(key).isObject())
            org.remove(key);
    return org;
}

Response listOrganizations(const Request &req, Context &ctx)
{
    auto paging = pagingParams(req);
    if (!paging)
        return Response::error(paging.error());
    auto search = searchParam(req);
    if (!search)
        return Response::error(search.error());
    // Organizations are not stored apart: the active services name them. One service per
    // organization (the first by id) lends its copy of the organization.
    auto q = ServerDb::exec(ctx.db, QStringLiteral("SELECT s.id, s.doc_minimal FROM dir_service s WHERE s.status = 'active' ORDER BY s.id"));
    if (!q)
        return internal(q.error());
    QMap<QString, QString> serviceOf;
    while (q->next()) {
        const QByteArray minimal = q->value(1).toString().toUtf8();
        const auto org = memberString(minimal, "organization_id");
        if (!org || org->isEmpty() || serviceOf.contains(*org))
            continue;
        if (!search->isEmpty()) {
            const QJsonObject brief = QJsonDocument::fromJson(minimal).object().value(QStringLiteral("organization")).toObject();
            const QString name = brief.value(QStringLiteral("name")).toString() + QLatin1Char('\n')
                + brief.value(QStringLiteral("name_fr")).toString() + QLatin1Char('\n') + brief.value(QStringLiteral("name_en")).toString();
            if (!Directory::Text::fold(name).contains(*search))
                continue;
        }
        serviceOf.insert(*org, q->value(0).toString());
    }
    q->finish();
    const QStringList orgs = slice(serviceOf.keys(), *paging);
    QStringList ids;
    for (const QString &o : orgs)
        ids.append(serviceOf.value(o));
    auto rows = servicesById(ctx.db, QStringLiteral("s.id, ") + docColumn(ctx, QStringLiteral("s")), ids);
    if (!rows)
        return internal(rows.error());
    QList<QByteArray> contents;
    for (const QString &id : std::as_const(ids))
        if (const auto it = rows->constFind(id); it != rows->constEnd())
            contents.append(QJsonDocument(organizationBrief(organizationOf(it->at(0)))).toJson(QJsonDocument::Compact));
    return pageResponse(*paging, serviceOf.size(), contents);
}

Response getOrganization(const Request &req, Context &ctx)
{
    const QString id = req.params.value(QStringLiteral("id"));
    const QByteArray needle = "\"organization_id\":" + jsonString(id);
    auto q = ServerDb::exec(ctx.db, QStringLiteral(
        "SELECT s.doc_minimal, %1 FROM dir_service s WHERE s.status = 'active' AND s.doc_minimal LIKE :o ESCAPE '!' ORDER BY s.id")
                                        .arg(docColumn(ctx, QStringLiteral("s"))),
                            {{QStringLiteral("o"), likeContains(QString::fromUtf8(needle))}});
    if (!q)
        return internal(q.error());
    QJsonObject org;
    QJsonArray services;
    while (q->next()) {
        const QByteArray minimal = q->value(0).toString().toUtf8();
        if (memberString(minimal, "organization_id") != id)
            continue;
        if (org.isEmpty())
            org = organizationOf(q->value(1).toString().toUtf8());
        QJsonObject service = QJsonDocument::fromJson(minimal).object();
        service.remove(QStringLiteral("organization"));
        services.append(service);
    }
    if (org.isEmpty())
        return Response::error(ApiError::notFound(QStringLiteral("There is no organization with this id among the active services.")));
    org.insert(QStringLiteral("services"), services);
    return Response::json(org);
}

} // namespace

void registerHsdsRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/hsds"), Auth::Optional, apiInfo);
    router.add("GET", QStringLiteral("/hsds/services"), Auth::Optional, listServices);
    router.add("GET", QStringLiteral("/hsds/services/{id}"), Auth::Optional, getService);
    router.add("GET", QStringLiteral("/hsds/service_at_locations"), Auth::Optional, listServiceAtLocations);
    router.add("GET", QStringLiteral("/hsds/organizations"), Auth::Optional, listOrganizations);
    router.add("GET", QStringLiteral("/hsds/organizations/{id}"), Auth::Optional, getOrganization);
}

} // namespace Nav::Server

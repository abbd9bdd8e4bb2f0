// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/directorypull.h"

#include "directory/importers/hsds/hsdsrecord.h"
#include "storage/database.h"
#include "sync/apitransport.h"
#include "sync/syncstate.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPromise>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcNavSyncPull, "nav.sync.pull")

namespace Nav::Sync {

using namespace Nav::Directory;

namespace {

// Pages fetched, parsed or queued on the DB thread ahead of the one being applied.
constexpr int kMaxQueuedApplies = 2;

QString badPageMessage()
{
    return DirectoryPull::tr("The server sent a directory page Navigator does not understand. "
                             "The directory was left as it was; Navigator will try again.");
}

} // namespace

DirectoryPull::DirectoryPull(ApiTransport &api, Storage::Database &db, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_db(db)
{
    qRegisterMetaType<Nav::Sync::DirectoryPull::Progress>();
    qRegisterMetaType<Nav::Sync::DirectoryPull::Summary>();
}

DirectoryPull::~DirectoryPull() = default;

void DirectoryPull::setPageSize(int items)
{
    m_pageSize = std::clamp(items, 1, 1000);
}

void DirectoryPull::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

DirectoryBatch DirectoryPull::batchFromItems(const QJsonArray &items, int *upserts,
                                             int *tombstones)
{
    DirectoryBatch batch;
    batch.source = source();
    batch.fullSnapshot = false;
    Hsds::Context ctx(batch, {});
    ctx.reportChildrenKeptWithoutId = false; // see below: 7 entries a service, all dropped
    int up = 0;
    int down = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString op = item.value(QLatin1String("op")).toString();
        const QString id = item.value(QLatin1String("id")).toString();
        if (op == QLatin1String("retire") && !id.isEmpty()) {
            batch.deletedServiceIds.append(id);
            ++down;
            continue;
        }
        const QJsonObject service = item.value(QLatin1String("service")).toObject();
        if (op != QLatin1String("upsert") || service.isEmpty()) {
            ctx.report(QStringLiteral("change"), id.isEmpty() ? QString::number(i + 1) : id,
                       QStringLiteral("op"), Hsds::Reason::notAnObject());
            continue;
        }
        Hsds::Record r;
        r.data = service;
        r.type = QStringLiteral("service");
        r.label = id;
        r.lang = Hsds::recordLanguage(service, r.type, QStringLiteral("en"));
        r.tagged = Hsds::hasLanguageTags(service);
        if (std::optional<Service> s = Hsds::parseService(ctx, r, false)) {
            batch.services.append(std::move(*s));
            ++up;
        }
    }
    Hsds::resolveReferences(ctx);
    // The writer gives children the model keeps without an id (phones, schedules, languages)
    // an empty one, as HSDS requires: not a problem with the record, so no quarantine entry.
    batch.quarantine.removeIf([](const QuarantineEntry &e) {
        return e.field == QLatin1String("id") && e.recordType != QLatin1String("service");
    });
    if (upserts)
        *upserts = up;
    if (tombstones)
        *tombstones = down;
    return batch;
}

Result<DirectoryPull::Page> DirectoryPull::parsePage(const QByteArray &body, qint64 cursorSent)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidInput, badPageMessage(),
                    QStringLiteral("changes page: %1 at %2").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject o = doc.object();
    const QJsonValue items = o.value(QLatin1String("items"));
    const QJsonValue next = o.value(QLatin1String("next_cursor"));
    if (!items.isArray() || !next.isDouble()) {
        return fail(ErrorCode::InvalidInput, badPageMessage(),
                    QStringLiteral("changes page without items or next_cursor"));
    }
    Page page;
    page.nextCursor = next.toInteger();
    page.hasMore = o.value(QLatin1String("has_more")).toBool();
    page.lastSeq = o.value(QLatin1String("last_seq")).toInteger(page.nextCursor);
    const QJsonArray list = items.toArray();
    page.items = int(list.size());
    if (page.nextCursor < cursorSent || (page.items > 0 && page.nextCursor == cursorSent)
        || (page.hasMore && page.items == 0)) {
        return fail(ErrorCode::InvalidInput, badPageMessage(),
                    QStringLiteral("changes page does not move forward: %1 -> %2")
                        .arg(cursorSent)
                        .arg(page.nextCursor));
    }
    page.batch = batchFromItems(list, &page.upserts, &page.tombstones);
    return page;
}

void DirectoryPull::start()
{
    if (isRunning())
        return;
    ++m_run;
    m_progress = {};
    m_summary = {};
    m_error.reset();
    m_stopping = false;
    m_moreToFetch = false;
    m_cursorPending = false;
    m_fetched.reset();
    m_fetching = false;
    m_parsing = false;
    m_applying = 0;
    m_clock.start();
    setState(State::Pulling);
    const quint64 run = m_run;
    const QString serverKey = m_serverKey;
    m_db.run<qint64>([serverKey](QSqlDatabase &db) -> Result<qint64> {
            if (!serverKey.isEmpty()) {
                const Result<QString> stored =
                    SyncState::value(db, QLatin1String(SyncState::kDirectoryServer));
                if (!stored)
                    return Unexpected(stored.error());
                if (*stored != serverKey) {
                    // Another server's cursor means nothing here: start from the beginning.
                    if (!stored->isEmpty())
                        qCInfo(lcNavSyncPull) << "server changed: the directory pull starts over";
                    if (auto r = SyncState::setValue(db, QLatin1String(SyncState::kDirectoryCursor),
                                                     QStringLiteral("0"));
                        !r)
                        return Unexpected(r.error());
                    if (auto r = SyncState::setValue(db, QLatin1String(SyncState::kDirectoryServer),
                                                     serverKey);
                        !r)
                        return Unexpected(r.error());
                }
            }
            return SyncState::directoryCursor(db);
        })
        .then(this, [this, run](const Result<qint64> &cursor) {
            if (run != m_run)
                return;
            if (!cursor) {
                stop(cursor.error());
                return;
            }
            m_fetchCursor = *cursor;
            m_summary.startCursor = *cursor;
            m_summary.cursor = *cursor;
            m_progress.cursor = *cursor;
            m_moreToFetch = true;
            qCInfo(lcNavSyncPull) << "directory pull from cursor" << *cursor;
            pump();
        });
}

void DirectoryPull::cancel()
{
    if (!isRunning() || m_stopping)
        return;
    m_summary.cancelled = true;
    m_stopping = true;
    // The page on its way or being parsed is dropped; the pages queued on the DB thread finish.
    ++m_step;
    m_fetching = false;
    m_parsing = false;
    m_fetched.reset();
    setState(State::Cancelling);
    pump();
}

void DirectoryPull::stop(const Error &error)
{
    if (!m_error)
        m_error = error;
    m_stopping = true;
    pump();
}

// Three stages overlap: the server prepares page N+1 while page N is parsed (and made ready to
// write) on a pool thread and page N-1 is written on the DB thread. Pages are written in order.
void DirectoryPull::pump()
{
    if (m_stopping) {
        m_fetched.reset();
        if (!m_fetching && !m_parsing && m_applying == 0)
            finishRun();
        return;
    }
    if (!m_parsing && m_fetched && m_applying < kMaxQueuedApplies) {
        Fetched next = std::move(*m_fetched);
        m_fetched.reset();
        parse(std::move(next));
    }
    if (m_moreToFetch && !m_fetching && !m_cursorPending && !m_fetched)
        fetch();
    const bool idle = !m_fetching && !m_parsing && m_applying == 0 && !m_fetched;
    if (idle && !m_moreToFetch && m_state == State::Pulling)
        finishRun();
}

void DirectoryPull::fetch()
{
    m_fetching = true;
    const quint64 run = m_run;
    const quint64 step = m_step;
    const qint64 from = m_fetchCursor;
    ApiRequest req;
    req.path = QStringLiteral("/api/v1/directory/changes?cursor=%1&limit=%2").arg(from).arg(m_pageSize);
    req.parseJson = false;
    m_api.send(req, this, [this, run, step, from](const ApiReply &reply) {
        if (run != m_run || step != m_step)
            return;
        m_fetching = false;
        if (!reply.isSuccess()) {
            qCInfo(lcNavSyncPull) << "page fetch failed:" << reply.status << reply.errorCode;
            stop(reply.toError());
            return;
        }
        Fetched fetched;
        fetched.body = reply.body;
        fetched.from = from;
        bool ok = false;
        const qint64 announced = reply.header("Nav-Next-Cursor").toLongLong(&ok);
        const QByteArray more = reply.header("Nav-Has-More");
        if (ok && announced >= from && (more == "true" || more == "false")) {
            fetched.announced = announced;
            fetched.announcedMore = more == "true" && announced > from;
            m_fetchCursor = announced;
            m_moreToFetch = fetched.announcedMore;
        } else {
            m_cursorPending = true; // an older server: the next cursor is in the body
        }
        m_fetched = std::move(fetched);
        pump();
    });
}

void DirectoryPull::parse(Fetched fetched)
{
    m_parsing = true;
    const qint64 from = fetched.from;
    const std::optional<qint64> announced = fetched.announced;
    const bool announcedMore = fetched.announcedMore;
    QByteArray body = std::move(fetched.body);
    const quint64 run = m_run;
    const quint64 step = m_step;
    auto promise = std::make_shared<QPromise<Result<std::shared_ptr<Page>>>>();
    QFuture<Result<std::shared_ptr<Page>>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = std::move(body), from] {
        Result<Page> page = parsePage(body, from);
        if (page) {
            auto ready = std::make_shared<Page>(std::move(*page));
            ready->prepared = DirectoryStore::prepare(ready->batch); // at its final address
            promise->addResult(ready);
        }
        else
            promise->addResult(Unexpected(page.error()));
        promise->finish();
    });
    future.then(this, [this, run, step, from, announced,
                       announcedMore](const Result<std::shared_ptr<Page>> &page) {
        if (run != m_run || step != m_step)
            return;
        m_parsing = false;
        if (!page) {
            qCWarning(lcNavSyncPull) << "bad page:" << page.error().detail;
            stop(page.error());
            return;
        }
        const std::shared_ptr<Page> &p = *page;
        if (announced && (*announced != p->nextCursor || announcedMore != (p->hasMore && p->items > 0))) {
            stop(Error{ErrorCode::InvalidInput, badPageMessage(),
                       QStringLiteral("changes page headers announced cursor %1, body says %2")
                           .arg(*announced)
                           .arg(p->nextCursor)});
            return;
        }
        if (m_progress.total < 0 || p->lastSeq - m_summary.startCursor > m_progress.total)
            m_progress.total = std::max<qint64>(0, p->lastSeq - m_summary.startCursor);
        if (p->items > 0)
            apply(p, from);
        if (!announced) {
            m_cursorPending = false;
            if (p->items > 0)
                m_fetchCursor = p->nextCursor;
            m_moreToFetch = p->hasMore && p->items > 0;
        }
        pump();
    });
}

void DirectoryPull::apply(std::shared_ptr<Page> page, qint64 from)
{
    ++m_applying;
    const quint64 run = m_run;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 next = page->nextCursor;
    const bool last = !page->hasMore;
    m_db.run<Directory::ImportCounts>([page, from, next, now, last](QSqlDatabase &db)
                                          -> Result<Directory::ImportCounts> {
            // A page applies only on top of the one it follows: if an earlier page failed, or
            // someone else moved the cursor, this one must not skip it.
            const auto expected = [from](QSqlDatabase &c) -> Result<void> {
                const Result<qint64> stored = SyncState::directoryCursor(c);
                if (!stored)
                    return Unexpected(stored.error());
                if (*stored != from) {
                    return fail(ErrorCode::Database,
                                DirectoryPull::tr("The directory changed while it was being "
                                                  "updated. Navigator will try again."),
                                QStringLiteral("cursor is %1, page follows %2").arg(*stored).arg(from));
                }
                return {};
            };
            if (auto ok = expected(db); !ok)
                return Unexpected(ok.error());
            return DirectoryStore::apply(
                db, page->batch, now, {},
                [&expected, next, now, last](QSqlDatabase &c) -> Result<void> {
                    if (auto ok = expected(c); !ok)
                        return ok;
                    if (last) {
                        if (auto r = SyncState::setValue(
                                c, QLatin1String(SyncState::kDirectoryPulledAt),
                                now.toString(Qt::ISODateWithMs));
                            !r)
                            return r;
                    }
                    return SyncState::setValue(c, QLatin1String(SyncState::kDirectoryCursor),
                                               QString::number(next));
                },
                page->prepared.get());
        })
        .then(this, [this, run, page](const Result<Directory::ImportCounts> &counts) {
            if (run != m_run)
                return;
            --m_applying;
            if (!counts) {
                qCWarning(lcNavSyncPull) << "page not applied:" << counts.error().detail;
                stop(counts.error());
                return;
            }
            ++m_summary.pages;
            m_summary.upserts += page->upserts;
            m_summary.tombstones += page->tombstones;
            m_summary.counts.added += counts->added;
            m_summary.counts.updated += counts->updated;
            m_summary.counts.unchanged += counts->unchanged;
            m_summary.counts.retired += counts->retired;
            m_summary.counts.quarantined += counts->quarantined;
            m_summary.cursor = page->nextCursor;
            ++m_progress.pages;
            m_progress.changes += page->items;
            m_progress.cursor = page->nextCursor;
            if (m_progress.total < m_progress.changes)
                m_progress.total = m_progress.changes;
            Q_EMIT progressChanged(m_progress);
            pump();
        });
}

void DirectoryPull::finishRun()
{
    m_summary.elapsedMs = m_clock.elapsed();
    if (m_error) {
        const Error error = *m_error;
        qCInfo(lcNavSyncPull) << "directory pull failed after" << m_summary.pages << "pages:"
                              << errorCodeName(error.code) << error.detail;
        m_lastError = error.message;
        setState(State::Failed);
        Q_EMIT lastErrorChanged(m_lastError);
        Q_EMIT failed(m_lastError);
        return;
    }
    if (!m_summary.cancelled) {
        // Caught up: the bar is full whatever the estimate said.
        m_progress.total = m_progress.changes;
        Q_EMIT progressChanged(m_progress);
    }
    qCInfo(lcNavSyncPull) << "directory pull" << (m_summary.cancelled ? "cancelled" : "done")
                          << "pages" << m_summary.pages << "upserts" << m_summary.upserts
                          << "tombstones" << m_summary.tombstones << "cursor" << m_summary.cursor
                          << "in" << m_summary.elapsedMs << "ms";
    if (!m_lastError.isEmpty() && !m_summary.cancelled) {
        m_lastError.clear();
        Q_EMIT lastErrorChanged(m_lastError);
    }
    setState(State::Idle);
    Q_EMIT finished(m_summary);
}

} // namespace Nav::Sync

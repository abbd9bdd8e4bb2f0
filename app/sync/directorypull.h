// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/model.h"
#include "directory/store/directorystore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QObject>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcNavSyncPull)

namespace Nav::Storage {
class Database;
}

namespace Nav::Sync {

class ApiTransport;

// Pulls the server's directory changes feed into the local directory, from the cursor kept in
// sync_state (0 on the first sync) until the server says there is no more.
//
// Each page becomes a DirectoryBatch (source "server", not a snapshot; tombstones become
// deletedServiceIds, i.e. the services turn inactive) and is applied by DirectoryStore::apply on
// the DB thread in ONE transaction together with the page's next_cursor, after checking that
// the stored cursor is still the one the page was asked from. So an interruption (network cut,
// cancel, the process killed) resumes exactly after the last page applied: nothing is lost
// and nothing is applied twice.
//
// Never blocks the GUI thread: pages are parsed on the global thread pool and applied on the DB
// thread; the next page is fetched while the previous one is being applied.
class DirectoryPull final : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Pulling, Cancelling, Failed };
    Q_ENUM(State)

    struct Progress
    {
        int pages = 0;        // applied in this run
        qint64 changes = 0;   // feed items applied in this run (upserts + tombstones)
        qint64 total = -1;    // estimate of the items this run will apply (-1: not known yet);
                              // an upper bound: the feed lists a service once
        qint64 cursor = 0;    // the stored cursor
    };

    struct Summary
    {
        int pages = 0;
        qint64 upserts = 0;
        qint64 tombstones = 0;
        Directory::ImportCounts counts; // summed over the pages
        qint64 startCursor = 0;
        qint64 cursor = 0;
        bool cancelled = false;
        qint64 elapsedMs = 0;
    };

    // One page of the feed, converted.
    struct Page
    {
        Directory::DirectoryBatch batch;
        qint64 nextCursor = 0;
        qint64 lastSeq = 0;
        bool hasMore = false;
        int items = 0;
        int upserts = 0;
        int tombstones = 0;
        // The batch made ready to write (DirectoryStore::prepare), off the DB thread.
        std::shared_ptr<const Directory::PreparedBatch> prepared;
    };

    DirectoryPull(ApiTransport &api, Storage::Database &db, QObject *parent = nullptr);
    ~DirectoryPull() override;

    // Items asked per page (1-1000, default 500).
    void setPageSize(int items);
    int pageSize() const { return m_pageSize; }
    // Identifies the server (its base URL): when it differs from the one the stored cursor
    // belongs to, the pull starts again from 0. Empty: not checked.
    void setServerKey(const QString &key) { m_serverKey = key; }

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Pulling || m_state == State::Cancelling; }
    // The last failure in plain words (empty after a successful pull).
    QString lastError() const { return m_lastError; }
    Progress progress() const { return m_progress; }

    // Starts a pull; does nothing while one runs.
    void start();
    // Stops after the page being applied (kept: it is consistent); finished() with cancelled.
    void cancel();

    static QString source() { return QStringLiteral("server"); }
    // The conversion of one page body (ChangesPage JSON); `cursorSent` is the cursor it was
    // asked with. Thread-safe: runs on the thread pool.
    static Result<Page> parsePage(const QByteArray &body, qint64 cursorSent);
    // The feed items of a page as a batch: upserts parsed as HSDS 3.0 services, retires as
    // deletedServiceIds.
    static Directory::DirectoryBatch batchFromItems(const QJsonArray &items, int *upserts = nullptr,
                                                    int *tombstones = nullptr);

Q_SIGNALS:
    void stateChanged(Nav::Sync::DirectoryPull::State state);
    void progressChanged(const Nav::Sync::DirectoryPull::Progress &progress);
    void finished(const Nav::Sync::DirectoryPull::Summary &summary);
    void failed(const QString &message);
    void lastErrorChanged(const QString &message);

private:
    void setState(State state);
    void pump();
    void fetch();
    // A page fetched and not parsed yet. `announced`: the cursor after it, from the server's
    // Nav-Next-Cursor header (the next fetch did not wait for the parse); checked at parse.
    struct Fetched
    {
        QByteArray body;
        qint64 from = 0;
        std::optional<qint64> announced;
        bool announcedMore = false;
    };
    void parse(Fetched fetched);
    void apply(std::shared_ptr<Page> page, qint64 from);
    void stop(const Error &error);
    void finishRun();

    ApiTransport &m_api;
    Storage::Database &m_db;
    int m_pageSize = 500;
    QString m_serverKey;
    State m_state = State::Idle;
    QString m_lastError;
    Progress m_progress;
    Summary m_summary;
    QElapsedTimer m_clock;

    quint64 m_run = 0;     // bumped at every start: late callbacks of an older run are dropped
    quint64 m_step = 0;    // bumped at cancel: the fetch or parse in flight is abandoned
    qint64 m_fetchCursor = 0;
    bool m_moreToFetch = false;
    bool m_cursorPending = false; // the next cursor comes with the parse (no header)
    std::optional<Fetched> m_fetched; // at most one page waits for the parser
    bool m_fetching = false;
    bool m_parsing = false;
    int m_applying = 0;
    bool m_stopping = false;
    std::optional<Error> m_error;
};

} // namespace Nav::Sync

Q_DECLARE_METATYPE(Nav::Sync::DirectoryPull::Progress)
Q_DECLARE_METATYPE(Nav::Sync::DirectoryPull::Summary)

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// DirectoryPull's pipeline against a scripted feed, into a real encrypted store: the server
// announces the next cursor in headers (Nav-Next-Cursor, Nav-Has-More) so the next page is
// asked for before this one is parsed; an older server without the headers is still followed
// page by page from the body; a header that disagrees with its body stops the run before that
// page is written; the pages are written in order whatever the timing.

#include "await.h"

#include "directory/demo/demodirectory.h"
#include "directory/export/hsdswriter.h"
#include "directory/store/directorystore.h"
#include "directory/store/servicerecord.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "sync/apitransport.h"
#include "sync/directorypull.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Nav;
using namespace Nav::Directory;
using namespace Nav::Sync;
using namespace Nav::Test;

namespace {

// A feed of N changes served in pages of `limit`, as the server does, with or without the
// cursor headers; `lieAt` makes the page starting at that cursor announce a wrong cursor.
// Answers come from the event loop, a little later, like a network.
class ScriptedFeed final : public ApiTransport
{
public:
    QList<QJsonObject> items;
    bool headers = true;
    qint64 lieAt = -1;
    qint64 garbageAt = -1; // the page starting there has a body that is not JSON
    QList<qint64> asked; // cursors in the order they were asked for
    int answerDelayMs = 5;

    void send(const ApiRequest &request, QObject *context, Callback done) override
    {
        const QUrlQuery query(QUrl(request.path).query());
        const qint64 cursor = query.queryItemValue(QStringLiteral("cursor")).toLongLong();
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        asked.append(cursor);
        QJsonArray page;
        qint64 next = cursor;
        for (const QJsonObject &item : std::as_const(items)) {
            const qint64 seq = item.value(QStringLiteral("seq")).toInteger();
            if (seq <= cursor)
                continue;
            if (page.size() == limit)
                break;
            page.append(item);
            next = seq;
        }
        const qint64 last = items.isEmpty() ? 0 : items.last().value(QStringLiteral("seq")).toInteger();
        const bool more = next < last;
        ApiReply reply;
        reply.status = 200;
        reply.body = QJsonDocument(QJsonObject{{QStringLiteral("items"), page},
                                               {QStringLiteral("next_cursor"), next},
                                               {QStringLiteral("has_more"), more},
                                               {QStringLiteral("last_seq"), last}})
                         .toJson(QJsonDocument::Compact);
        if (cursor == garbageAt)
            reply.body = QByteArrayLiteral("<html>proxy error</html>");
        if (headers) {
            const qint64 announced = cursor == lieAt ? next + 7 : next;
            reply.headers.insert("nav-next-cursor", QByteArray::number(announced));
            reply.headers.insert("nav-has-more", more ? "true" : "false");
        }
        QTimer::singleShot(answerDelayMs, context, [reply, done = std::move(done)] { done(reply); });
    }
};

} // namespace

class tst_DirectoryPull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<QJsonObject> m_items;
    int m_services = 0;
    int m_profiles = 0;

    std::unique_ptr<Storage::Database> openProfile()
    {
        auto db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("profile-%1.db").arg(++m_profiles));
        o.key = QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
        o.migrations = Storage::workstationMigrations();
        auto opened = await(db->open(o));
        if (!opened)
            qWarning("open: %s", qPrintable(opened.error().detail));
        return opened ? std::move(db) : nullptr;
    }

    qint64 storedCursor(Storage::Database &db)
    {
        return await(db.run<qint64>([](QSqlDatabase &c) { return SyncState::directoryCursor(c); }))
            .value_or(-1);
    }
    qint64 storedServices(Storage::Database &db)
    {
        return await(db.run<qint64>([](QSqlDatabase &c) { return DirectoryStore::serviceCount(c, false); }))
            .value_or(-1);
    }

    // Runs one pull to its end: (summary, error).
    std::pair<std::optional<DirectoryPull::Summary>, QString> pullAll(DirectoryPull &pull)
    {
        QSignalSpy finished(&pull, &DirectoryPull::finished);
        QSignalSpy failed(&pull, &DirectoryPull::failed);
        pull.start();
        [[maybe_unused]] const bool ended =
            QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 60000);
        if (!failed.isEmpty())
            return {std::nullopt, failed.first().first().toString()};
        if (finished.isEmpty())
            return {std::nullopt, QStringLiteral("the pull did not end")};
        return {finished.first().first().value<DirectoryPull::Summary>(), {}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const DirectoryBatch demo = DemoDirectory::generate(120, 7, QDate(2026, 3, 2));
        qint64 seq = 0;
        for (const Service &s : demo.services) {
            const ServiceRecord r = makeRecord(s, demo);
            if (r.service.status == QLatin1String("inactive")) {
                m_items.append({{QStringLiteral("seq"), ++seq}, {QStringLiteral("id"), s.id},
                                {QStringLiteral("op"), QStringLiteral("retire")}});
                continue;
            }
            ++m_services;
            m_items.append({{QStringLiteral("seq"), ++seq}, {QStringLiteral("id"), s.id},
                            {QStringLiteral("op"), QStringLiteral("upsert")},
                            {QStringLiteral("service"), HsdsWriter::service(r)}});
        }
        QVERIFY(m_services > 100);
    }

    void announcedCursorsLetTheNextPageComeEarly_data()
    {
        QTest::addColumn<bool>("headers");
        QTest::newRow("server with cursor headers") << true;
        QTest::newRow("older server, cursor in the body only") << false;
    }
    void announcedCursorsLetTheNextPageComeEarly()
    {
        QFETCH(bool, headers);
        auto db = openProfile();
        QVERIFY(db);
        ScriptedFeed feed;
        feed.items = m_items;
        feed.headers = headers;
        DirectoryPull pull(feed, *db);
        pull.setPageSize(10);
        const auto [summary, error] = pullAll(pull);
        QVERIFY2(summary, qPrintable(error));
        const int pages = int((m_items.size() + 9) / 10);
        QCOMPARE(summary->pages, pages);
        QCOMPARE(summary->upserts, m_services);
        QCOMPARE(summary->cursor, m_items.last().value(QStringLiteral("seq")).toInteger());
        QCOMPARE(storedCursor(*db), summary->cursor);
        QCOMPARE(storedServices(*db), qint64(m_services));
        // Each cursor asked once, in order.
        QCOMPARE(feed.asked.size(), pages);
        for (int i = 0; i < pages; ++i)
            QCOMPARE(feed.asked.at(i), qint64(i) * 10);

        // The next page is asked for before this one is parsed only when the cursor was
        // announced: a first page whose body cannot be parsed shows it.
        ScriptedFeed broken;
        broken.items = m_items;
        broken.headers = headers;
        broken.garbageAt = 0;
        auto db2 = openProfile();
        QVERIFY(db2);
        DirectoryPull pull2(broken, *db2);
        pull2.setPageSize(10);
        const auto [none, brokenError] = pullAll(pull2);
        QVERIFY(!none);
        QVERIFY2(brokenError.contains(QStringLiteral("does not understand")), qPrintable(brokenError));
        QCOMPARE(broken.asked, headers ? QList<qint64>({0, 10}) : QList<qint64>({0}));
        QCOMPARE(storedCursor(*db2), 0);
        QCOMPARE(storedServices(*db2), 0);
    }

    void aHeaderThatDisagreesWithItsBodyStopsBeforeThatPage()
    {
        auto db = openProfile();
        QVERIFY(db);
        ScriptedFeed feed;
        feed.items = m_items;
        feed.lieAt = 20; // the third page of 10
        DirectoryPull pull(feed, *db);
        pull.setPageSize(10);
        const auto [summary, error] = pullAll(pull);
        QVERIFY(!summary);
        QVERIFY2(error.contains(QStringLiteral("does not understand")), qPrintable(error));
        // The two pages before it are written, nothing of it or after it.
        QCOMPARE(storedCursor(*db), 20);
        // The next run (the server fixed) resumes there and completes.
        feed.lieAt = -1;
        const auto [again, error2] = pullAll(pull);
        QVERIFY2(again, qPrintable(error2));
        QCOMPARE(again->startCursor, 20);
        QCOMPARE(storedCursor(*db), m_items.last().value(QStringLiteral("seq")).toInteger());
        QCOMPARE(storedServices(*db), qint64(m_services));
    }
};

QTEST_GUILESS_MAIN(tst_DirectoryPull)
#include "tst_directorypull.moc"

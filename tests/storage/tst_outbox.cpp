// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/contactstore.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/schema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using Storage::Outbox;
using Storage::OutboxItem;

class tst_Outbox : public QObject
{
    Q_OBJECT

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 10000);
        return f.result();
    }

    template<typename T>
    T onDb(std::function<Result<T>(QSqlDatabase &)> job)
    {
        auto r = await(m_db->run<T>(std::move(job)));
        if (!r)
            qWarning("%s / %s", qPrintable(r.error().message), qPrintable(r.error().detail));
        return r.value_or(T{});
    }

    static OutboxItem item(const QString &key, const QByteArray &body)
    {
        OutboxItem i;
        i.kind = QStringLiteral("contact");
        i.recordKey = key;
        i.method = "PUT";
        i.path = QStringLiteral("/api/v1/contacts/") + key;
        i.body = body;
        return i;
    }

    bool put(const OutboxItem &i, const QDateTime &now)
    {
        return onDb<bool>([&](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Outbox::put(db, i, now); !r)
                return Unexpected(r.error());
            return true;
        });
    }

    QList<OutboxItem> due(const QDateTime &now)
    {
        return onDb<QList<OutboxItem>>([&](QSqlDatabase &db) { return Outbox::due(db, now, 100); });
    }

    QDateTime m_now = QDateTime(QDate(2026, 12, 5), QTime(14, 0), Qt::UTC);
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("outbox-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        o.key = QByteArray(32, '\x07');
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().detail));
    }

    void cleanup() { m_db.reset(); }

    // One item per record: a newer version replaces the waiting one.
    void newerVersionReplacesWaitingOne()
    {
        QVERIFY(put(item(QStringLiteral("a"), "v1"), m_now));
        QVERIFY(put(item(QStringLiteral("b"), "b1"), m_now));
        QVERIFY(put(item(QStringLiteral("a"), "v2"), m_now.addSecs(1)));
        const auto items = due(m_now.addSecs(1));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).recordKey, QStringLiteral("a")); // keeps its place in line
        QCOMPARE(items.at(0).body, QByteArray("v2"));
        QCOMPARE(items.at(0).generation, 2);
        QCOMPARE(items.at(0).createdAt, m_now);
    }

    // The item sent was replaced while on its way: the newer one stays to be sent.
    void sentGenerationOnly()
    {
        QVERIFY(put(item(QStringLiteral("a"), "v1"), m_now));
        const OutboxItem sending = due(m_now).value(0);
        QVERIFY(put(item(QStringLiteral("a"), "v2"), m_now));
        QCOMPARE(onDb<bool>([&](QSqlDatabase &db) { return Outbox::markSent(db, sending.id, sending.generation); }), false);
        const auto left = due(m_now);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.at(0).body, QByteArray("v2"));
        QCOMPARE(onDb<bool>([&](QSqlDatabase &db) { return Outbox::markSent(db, left.at(0).id, left.at(0).generation); }), true);
        QVERIFY(due(m_now.addDays(1)).isEmpty());
    }

    void failedItemWaitsItsTurn()
    {
        QVERIFY(put(item(QStringLiteral("a"), "v1"), m_now));
        const OutboxItem i = due(m_now).value(0);
        QVERIFY(onDb<bool>([&](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Outbox::markFailed(db, i.id, i.generation, 503, QStringLiteral("The server is busy."), m_now.addSecs(30)); !r)
                return Unexpected(r.error());
            return true;
        }));
        QVERIFY(due(m_now.addSecs(29)).isEmpty());
        const auto again = due(m_now.addSecs(30));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.at(0).attempts, 1);
        QCOMPARE(again.at(0).lastStatus, 503);
        const auto s = onDb<Storage::OutboxSummary>([](QSqlDatabase &db) { return Outbox::summary(db); });
        QCOMPARE(s.pending, 1);
        QCOMPARE(s.lastError, QStringLiteral("The server is busy."));
        QCOMPARE(s.oldest, m_now);
    }

    void heldItemIsKeptNotRetried()
    {
        QVERIFY(put(item(QStringLiteral("a"), "v1"), m_now));
        const OutboxItem i = due(m_now).value(0);
        QVERIFY(onDb<bool>([&](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Outbox::hold(db, i.id, i.generation, 422, QStringLiteral("refused")); !r)
                return Unexpected(r.error());
            return true;
        }));
        QVERIFY(due(m_now.addDays(1)).isEmpty());
        auto s = onDb<Storage::OutboxSummary>([](QSqlDatabase &db) { return Outbox::summary(db); });
        QCOMPARE(s.pending, 0);
        QCOMPARE(s.held, 1);
        QCOMPARE(onDb<int>([&](QSqlDatabase &db) { return Outbox::retryAll(db, m_now); }), 1);
        QCOMPARE(due(m_now).size(), 1);
        // A new version of a held record is sent again too.
        QVERIFY(onDb<bool>([&](QSqlDatabase &db) -> Result<bool> {
            if (auto r = Outbox::hold(db, i.id, i.generation, 422, QStringLiteral("refused")); !r)
                return Unexpected(r.error());
            return true;
        }));
        QVERIFY(put(item(QStringLiteral("a"), "fixed"), m_now));
        QCOMPARE(due(m_now).value(0).body, QByteArray("fixed"));
    }

    void incompleteItemRefused()
    {
        OutboxItem i = item(QStringLiteral("a"), "x");
        i.path.clear();
        auto r = await(m_db->run<bool>([&](QSqlDatabase &db) -> Result<bool> {
            if (auto p = Outbox::put(db, i, m_now); !p)
                return Unexpected(p.error());
            return true;
        }));
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
    }

    void backoffGrowsWithJitterAndCap()
    {
        using namespace std::chrono;
        QCOMPARE(Outbox::backoff(1, 1.0), milliseconds(2000));
        QCOMPARE(Outbox::backoff(1, 0.0), milliseconds(1000));
        QCOMPARE(Outbox::backoff(3, 1.0), milliseconds(8000));
        QCOMPARE(Outbox::backoff(40, 1.0), milliseconds(minutes(5)));
        QCOMPARE(Outbox::backoff(40, 0.0), milliseconds(minutes(5)) / 2);
        milliseconds previous(0);
        for (int n = 1; n < 12; ++n) {
            const auto b = Outbox::backoff(n, 1.0);
            QVERIFY(b >= previous);
            previous = b;
        }
    }

    // Saving a contact queues it for the server in the same transaction, with increasing
    // revisions; saving it unchanged queues nothing new.
    void contactSaveQueuesIt()
    {
        Contacts::StoreContext ctx{m_now, QStringLiteral("nav.one"), 3};
        Core::Contact c;
        c.start = m_now.addSecs(-300);
        c.end = m_now;
        c.needs = {{QStringLiteral("food"), QString(), QString()}};
        auto saved = await(m_db->run<Core::Contact>([&](QSqlDatabase &db) { return Contacts::ContactStore::save(db, c, ctx); }));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message + saved.error().detail));
        auto items = due(m_now);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).path, QStringLiteral("/api/v1/contacts/") + saved->uuid.toLower());
        QJsonObject body = QJsonDocument::fromJson(items.at(0).body).object();
        QCOMPARE(body.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("contact")).toObject().value(QStringLiteral("uuid")).toString(), saved->uuid);
        QVERIFY(onDb<bool>([&](QSqlDatabase &db) { return Outbox::markSent(db, items.at(0).id, items.at(0).generation); }));

        // Unchanged: nothing queued.
        auto same = await(m_db->run<Core::Contact>([&](QSqlDatabase &db) { return Contacts::ContactStore::save(db, *saved, ctx); }));
        QVERIFY(same);
        QVERIFY(due(m_now).isEmpty());

        Core::Contact changed = *saved;
        changed.notes = QStringLiteral("Rappeler après 17 h");
        auto again = await(m_db->run<Core::Contact>([&](QSqlDatabase &db) { return Contacts::ContactStore::save(db, changed, ctx); }));
        QVERIFY(again);
        items = due(m_now);
        QCOMPARE(items.size(), 1);
        body = QJsonDocument::fromJson(items.at(0).body).object();
        QCOMPARE(body.value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("contact")).toObject().value(QStringLiteral("notes")).toString(), changed.notes);
        // The path carries the id only, never personal data.
        QVERIFY(!items.at(0).path.contains(QStringLiteral("Rappeler")));
    }
};

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/demo/demodirectory.h"
#include "directory/store/directorystore.h"
#include "fixturedirectory.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/schema.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QCryptographicHash>
#include <QDataStream>
#include <QTest>
#include <QUuid>

using namespace Nav;
using namespace Nav::Directory;

class tst_DirectoryStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    const QDateTime m_now{QDate(2026, 11, 23), QTime(15, 0), Qt::UTC};

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 30000);
        return f.result();
    }

    Result<ImportCounts> apply(const DirectoryBatch &batch, ProgressCallback progress = {})
    {
        const QDateTime now = m_now;
        return await(m_db->run<ImportCounts>([&batch, now, progress](QSqlDatabase &db) {
            return DirectoryStore::apply(db, batch, now, progress);
        }));
    }

    QString statusOf(const QString &id)
    {
        return await(m_db->run<QString>([id](QSqlDatabase &db) -> Result<QString> {
                         QSqlQuery q(db);
                         q.prepare(QStringLiteral("SELECT status FROM dir_service WHERE id = ?"));
                         q.addBindValue(id);
                         if (!q.exec() || !q.next())
                             return QString();
                         return q.value(0).toString();
                     }))
            .value_or(QString());
    }

    static QList<Storage::OutboxItem> outbox(Storage::Database &db)
    {
        return await(db.run<QList<Storage::OutboxItem>>(
                         [](QSqlDatabase &c) { return Storage::Outbox::items(c); }))
            .value_or(QList<Storage::OutboxItem>{});
    }

    Result<QString> addFlag(const QString &serviceId, const QString &reason, const QString &note)
    {
        const QDateTime now = m_now;
        return await(m_db->run<QString>([=](QSqlDatabase &db) {
            return DirectoryStore::addFlag(db, serviceId, reason, note, now);
        }));
    }

    bool exec(Storage::Database &db, const QString &sql, const QVariantList &values = {})
    {
        return bool(await(db.run<bool>([sql, values](QSqlDatabase &c) -> Result<bool> {
            if (auto r = Storage::execSql(c, sql, values); !r)
                return Unexpected(r.error());
            return true;
        })));
    }

    int flagCount(const QString &serviceId)
    {
        return await(m_db->run<int>([serviceId](QSqlDatabase &db) {
                   return DirectoryStore::flagCount(db, serviceId);
               }))
            .value_or(-1);
    }

    static QJsonObject bodyOf(const Storage::OutboxItem &item)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(item.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("outbox body is not a JSON object: %s", qPrintable(error.errorString()));
        return doc.object();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        o.key = QByteArray(32, '\x21');
        o.migrations = Storage::workstationMigrations();
        auto opened = await(m_db->open(o));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
    }

    void firstImportAddsEverything()
    {
        const DirectoryBatch batch = Test::fixtureDirectory();
        auto counts = apply(batch);
        QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().detail));
        QCOMPARE(counts->added, int(batch.services.size()));
        QCOMPARE(counts->updated + counts->unchanged + counts->retired, 0);
        auto record = await(m_db->run<ServiceRecord>([](QSqlDatabase &db) {
            return DirectoryStore::record(db, QStringLiteral("phare"));
        }));
        QVERIFY(record);
        QCOMPARE(record->service.name.fr, QStringLiteral("Hébergement d'urgence Le Phare"));
        QCOMPARE(record->locations.size(), 1);
        QCOMPARE(record->locations.first().addresses.first().city, QStringLiteral("Montréal"));
        QCOMPARE(record->service.capacities.first().available, std::optional<double>(3));
    }

    void reimportIsIdempotent()
    {
        const DirectoryBatch batch = Test::fixtureDirectory();
        QVERIFY(apply(batch));
        auto again = apply(batch);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->retired, 0);
        QCOMPARE(again->unchanged, int(batch.services.size()));
    }

    void laterFileUpdatesAddsAndRetires()
    {
        DirectoryBatch batch = Test::fixtureDirectory();
        QVERIFY(apply(batch));
        DirectoryBatch next = Test::fixtureDirectory();
        next.services[0].name.en = QStringLiteral("Le Phare Shelter (renamed)");
        next.services.removeIf([](const Service &s) { return s.id == QLatin1String("tax"); });
        Test::addService(next, QStringLiteral("new"), {QStringLiteral("New Clinic"), QString()},
                         {}, {}, 45.0, -75.0, QStringLiteral("Ottawa"), {}, {});
        auto counts = apply(next);
        QVERIFY(counts);
        QCOMPARE(counts->added, 1);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(counts->retired, 1);
        QCOMPARE(counts->unchanged, int(batch.services.size()) - 2);
        QCOMPARE(statusOf(QStringLiteral("tax")), QStringLiteral("inactive")); // retired, kept
        // Coming back un-retires it.
        auto back = apply(batch);
        QVERIFY(back);
        QCOMPARE(statusOf(QStringLiteral("tax")), QStringLiteral("active"));
    }

    void otherSourcesAreNotRetired()
    {
        QVERIFY(apply(Test::fixtureDirectory()));
        DirectoryBatch other;
        other.source = QStringLiteral("icarol");
        Test::addService(other, QStringLiteral("icarol:1"), {QStringLiteral("Other"), QString()}, {},
                         {}, 45.0, -75.0, QStringLiteral("Ottawa"), {}, {});
        auto counts = apply(other);
        QVERIFY(counts);
        QCOMPARE(counts->retired, 0);
        QCOMPARE(statusOf(QStringLiteral("phare")), QStringLiteral("active"));
    }

    void explicitDeletesRetire()
    {
        QVERIFY(apply(Test::fixtureDirectory()));
        DirectoryBatch deletes;
        deletes.source = QStringLiteral("fixture");
        deletes.fullSnapshot = false;
        deletes.deletedServiceIds = {QStringLiteral("youth")};
        auto counts = apply(deletes);
        QVERIFY(counts);
        QCOMPARE(counts->retired, 1);
        QCOMPARE(statusOf(QStringLiteral("youth")), QStringLiteral("inactive"));
        QCOMPARE(statusOf(QStringLiteral("phare")), QStringLiteral("active"));
    }

    void cancelledImportLeavesThePreviousDirectory()
    {
        QVERIFY(apply(Test::fixtureDirectory()));
        DirectoryBatch next = Test::fixtureDirectory();
        for (Service &s : next.services)
            s.name.en += QStringLiteral(" v2");
        next.services.removeIf([](const Service &s) { return s.id == QLatin1String("tax"); });
        int calls = 0;
        auto counts = apply(next, [&calls](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!counts);
        QCOMPARE(counts.error().code, ErrorCode::Cancelled);
        auto record = await(m_db->run<ServiceRecord>([](QSqlDatabase &db) {
            return DirectoryStore::record(db, QStringLiteral("phare"));
        }));
        QVERIFY(record);
        QCOMPARE(record->service.name.en, QStringLiteral("Le Phare Emergency Shelter"));
        QCOMPARE(statusOf(QStringLiteral("tax")), QStringLiteral("active"));
    }

    // A large import prepares its records on a pool thread while the DB thread writes: the
    // records land in the right rows (a second import finds every one unchanged, a record read
    // back is the one given), and a cancel in the middle waits for the helper and keeps the
    // previous directory.
    void largeImportsPrepareAheadInOrder()
    {
        const DirectoryBatch demo = DemoDirectory::generate(700, 9, QDate(2026, 3, 2));
        auto first = apply(demo);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
        QCOMPARE(first->added, int(demo.services.size()));
        auto again = apply(demo);
        QVERIFY(again);
        QCOMPARE(again->unchanged, int(demo.services.size()));
        QCOMPARE(again->updated, 0);
        for (const qsizetype i : {qsizetype(0), qsizetype(349), demo.services.size() - 1}) {
            const Service &given = demo.services.at(i);
            auto stored = await(m_db->run<ServiceRecord>([id = given.id](QSqlDatabase &db) {
                return DirectoryStore::record(db, id);
            }));
            QVERIFY(stored);
            QCOMPARE(stored->service.name, given.name);
            QCOMPARE(stored->service.description, given.description);
        }

        // The same batch renamed, cancelled after 250 services: nothing of it is kept.
        DirectoryBatch renamed = demo;
        for (Service &s : renamed.services)
            s.name.en += QStringLiteral(" v2");
        int calls = 0;
        auto cancelled = apply(renamed, [&calls](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        auto kept = await(m_db->run<ServiceRecord>([id = demo.services.first().id](QSqlDatabase &db) {
            return DirectoryStore::record(db, id);
        }));
        QVERIFY(kept);
        QCOMPARE(kept->service.name.en, demo.services.first().name.en);
    }

    void flagsAreStored()
    {
        QVERIFY(apply(Test::fixtureDirectory()));
        auto id = addFlag(QStringLiteral("phare"), QStringLiteral("phone"),
                          QStringLiteral("The number rings out."));
        QVERIFY(id);
        auto empty = addFlag(QStringLiteral("phare"), QString(), QString());
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
        // Longer than the server takes: refused here rather than held there.
        auto tooLong = addFlag(QStringLiteral("phare"), QStringLiteral("other"),
                               QString(DirectoryStore::kMaxFlagNote + 1, QLatin1Char('n')));
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, ErrorCode::InvalidInput);
        QVERIFY(addFlag(QStringLiteral("phare"), QStringLiteral("other"),
                        QString(DirectoryStore::kMaxFlagNote, QLatin1Char('n'))));
        QCOMPARE(flagCount(QStringLiteral("phare")), 2);
    }

    // A flag goes to the server through the outbox, queued in the flag's own transaction:
    // one item, PUT /api/v1/flags/<uuid>, the body the server wants; nothing personal in the path.
    void flagIsQueuedForTheServer()
    {
        QVERIFY(apply(Test::fixtureDirectory()));
        const QString note = QStringLiteral("Ferm\u00e9 le lundi; \"voir\" l'affiche\nau fond.");
        auto id = addFlag(QStringLiteral("phare"), QStringLiteral("hours"), note);
        QVERIFY(id);
        QVERIFY(!QUuid::fromString(*id).isNull());
        auto withoutNote = addFlag(QStringLiteral("phare"), QStringLiteral("closed"), QString());
        QVERIFY(withoutNote);
        QVERIFY(!addFlag(QStringLiteral("phare"), QStringLiteral("  "), note)); // refused

        const QList<Storage::OutboxItem> items = outbox(*m_db);
        QCOMPARE(items.size(), 2);
        const Storage::OutboxItem &item = items.first();
        QCOMPARE(item.kind, QStringLiteral("flag"));
        QCOMPARE(item.recordKey, *id);
        QCOMPARE(item.method, QByteArray("PUT"));
        QCOMPARE(item.path, QStringLiteral("/api/v1/flags/") + *id);
        QVERIFY(item.ifMatch.isEmpty());
        QCOMPARE(item.nextAttemptAt, m_now);
        const QJsonObject body = bodyOf(item);
        QCOMPARE(body.size(), 3);
        QCOMPARE(body.value(QStringLiteral("service_id")).toString(), QStringLiteral("phare"));
        QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("hours"));
        QCOMPARE(body.value(QStringLiteral("note")).toString(), note);

        const QJsonObject second = bodyOf(items.at(1));
        QCOMPARE(items.at(1).recordKey, *withoutNote);
        QCOMPARE(second.value(QStringLiteral("reason")).toString(), QStringLiteral("closed"));
        QVERIFY(second.value(QStringLiteral("note")).isString());
        QCOMPARE(second.value(QStringLiteral("note")).toString(), QString());
    }

    // Either both the flag and its outbox item are written, or neither.
    void failedFlagQueuesNothing()
    {
        QVERIFY(apply(Test::fixtureDirectory()));
        QVERIFY(exec(*m_db, QStringLiteral("CREATE TEMP TRIGGER no_flag BEFORE INSERT ON dir_flag"
                                           " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        auto refused = addFlag(QStringLiteral("phare"), QStringLiteral("phone"), QString());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Database);
        QVERIFY(outbox(*m_db).isEmpty());
        QCOMPARE(flagCount(QStringLiteral("phare")), 0);
        QVERIFY(exec(*m_db, QStringLiteral("DROP TRIGGER temp.no_flag")));

        // The queue fails: the flag is not kept either (it would never reach the server).
        QVERIFY(exec(*m_db, QStringLiteral("CREATE TEMP TRIGGER no_outbox BEFORE INSERT ON outbox"
                                           " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        refused = addFlag(QStringLiteral("phare"), QStringLiteral("phone"), QString());
        QVERIFY(!refused);
        QVERIFY(outbox(*m_db).isEmpty());
        QCOMPARE(flagCount(QStringLiteral("phare")), 0);
        QVERIFY(exec(*m_db, QStringLiteral("DROP TRIGGER temp.no_outbox")));

        QVERIFY(addFlag(QStringLiteral("phare"), QStringLiteral("phone"), QString()));
        QCOMPARE(outbox(*m_db).size(), 1);
        QCOMPARE(flagCount(QStringLiteral("phare")), 1);
    }

    // Flags reported before migration 6 are queued by it, once, with the same item as addFlag
    // writes (the JSON is built in SQL: quotes, backslashes, control characters escaped).
    void migrationQueuesEarlierFlags()
    {
        m_db.reset();
        const QString file = m_dir.filePath(QStringLiteral("migration6.db"));
        QList<Storage::Migration> upTo5 = Storage::workstationMigrations();
        while (!upTo5.isEmpty() && upTo5.constLast().version > 5)
            upTo5.removeLast();
        QCOMPARE(upTo5.constLast().version, 5);
        const QString tricky = QStringLiteral("Say \"closed\" \\ back\\slash\n\ttab\r\x01"
                                              "\x1f caf\u00e9 \u2014 \U0001F600 end");
        const QString older = QStringLiteral("8f2c4a7e-1b3d-4e5f-9a0b-1c2d3e4f5a6b");
        const QString plain = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        const QString synced = QStringLiteral("11111111-2222-4333-8444-555555555555");
        {
            Storage::Database db;
            Storage::Database::Options o;
            o.filePath = file;
            o.key = QByteArray(32, '\x21');
            o.migrations = upTo5;
            auto opened = await(db.open(o));
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
            const QString insert = QStringLiteral("INSERT INTO dir_flag (id, service_id, reason,"
                                                  " note, created_at, synced_at)"
                                                  " VALUES (?,?,?,?,?,?)");
            const QVariant noTime(QMetaType::fromType<QString>());
            QVERIFY(exec(db, insert, {older, QStringLiteral("svc-\"1\""), QStringLiteral("other"),
                                      tricky, QStringLiteral("2026-01-02T03:04:05Z"), noTime}));
            QVERIFY(exec(db, insert, {plain, QStringLiteral("svc-2"), QStringLiteral("phone"),
                                      QVariant(QMetaType::fromType<QString>()),
                                      QStringLiteral("2026-01-03T00:00:00Z"), noTime}));
            QVERIFY(exec(db, insert, {synced, QStringLiteral("svc-3"), QStringLiteral("fees"),
                                      QStringLiteral("done"), QStringLiteral("2026-01-01T00:00:00Z"),
                                      QStringLiteral("2026-01-01T01:00:00Z")}));
            QVERIFY(await(db.close()));
        }
        Storage::Database db;
        Storage::Database::Options o;
        o.filePath = file;
        o.key = QByteArray(32, '\x21');
        o.migrations = Storage::workstationMigrations();
        auto opened = await(db.open(o));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        QCOMPARE(opened->schemaVersion, Storage::workstationMigrations().constLast().version);

        const QList<Storage::OutboxItem> items = outbox(db);
        QCOMPARE(items.size(), 2); // the synced one is not sent again
        const Storage::OutboxItem &first = items.first();
        QCOMPARE(first.kind, QStringLiteral("flag"));
        QCOMPARE(first.recordKey, older);
        QCOMPARE(first.method, QByteArray("PUT"));
        QCOMPARE(first.path, QStringLiteral("/api/v1/flags/") + older);
        QCOMPARE(first.createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(first.nextAttemptAt.isValid());
        QVERIFY(first.nextAttemptAt <= QDateTime::currentDateTimeUtc().addSecs(1));
        QCOMPARE(first.generation, 1);
        QVERIFY(!first.held);
        const QJsonObject body = bodyOf(first);
        QCOMPARE(body.size(), 3);
        QCOMPARE(body.value(QStringLiteral("service_id")).toString(), QStringLiteral("svc-\"1\""));
        QCOMPARE(body.value(QStringLiteral("reason")).toString(), QStringLiteral("other"));
        QCOMPARE(body.value(QStringLiteral("note")).toString(), tricky);
        const QJsonObject second = bodyOf(items.at(1));
        QCOMPARE(items.at(1).recordKey, plain);
        QCOMPARE(second.value(QStringLiteral("service_id")).toString(), QStringLiteral("svc-2"));
        QCOMPARE(second.value(QStringLiteral("note")).toString(), QString());
        // Due now: the push picks them up.
        auto due = await(db.run<QList<Storage::OutboxItem>>([](QSqlDatabase &c) {
            return Storage::Outbox::due(c, QDateTime::currentDateTimeUtc().addSecs(1), 10);
        }));
        QVERIFY(due);
        QCOMPARE(due->size(), 2);
    }

    void confidentialPartsAreRedacted()
    {
        const DirectoryBatch batch = Test::fixtureDirectory();
        const Service &secours = *std::find_if(batch.services.cbegin(), batch.services.cend(),
                                               [](const Service &s) { return s.id == QLatin1String("secours"); });
        const ServiceRecord full = makeRecord(secours, batch);
        const ServiceRecord open = redactConfidential(full);
        QCOMPARE(full.locations.size(), 1);
        QVERIFY(open.locations.isEmpty());
        QVERIFY(open.service.locations.isEmpty());
        QCOMPARE(open.service.phones.size(), 1); // the public intake line stays
        // QDataStream writes strings as big-endian UTF-16.
        const auto utf16be = [](const QString &text) {
            QByteArray out;
            for (QChar c : text)
                out.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            return out;
        };
        // stored compressed after a 6-byte header (magic, version)
        const auto fields = [](const QByteArray &doc) { return qUncompress(doc.mid(6)); };
        QVERIFY(fields(encodeRecord(full)).contains(utf16be(QStringLiteral("SECRET-ADDRESS"))));
        QVERIFY(!encodeRecord(full).contains(utf16be(QStringLiteral("SECRET-ADDRESS"))));
        const QByteArray bytes = fields(encodeRecord(open));
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(utf16be(QStringLiteral("SECRET-ADDRESS"))));
        QVERIFY(!bytes.contains(utf16be(QStringLiteral("+14505550777"))));
        auto decoded = decodeRecord(encodeRecord(full));
        QVERIFY(decoded);
        QVERIFY(*decoded == full);

        // the content hash is of the fields, whatever the compression made of them
        QByteArray hash;
        const QByteArray doc = encodeRecord(full, &hash);
        QCOMPARE(hash, QCryptographicHash::hash(fields(doc), QCryptographicHash::Sha1));
        QVERIFY(doc.size() * 2 < fields(doc).size());
        // a profile written before compression (version 1) still reads
        // (the same header with version 1, then the fields as they are)
        QByteArray v1 = doc.left(6);
        v1[5] = 1;
        v1.append(fields(doc));
        auto old = decodeRecord(v1);
        QVERIFY(old);
        QVERIFY(*old == full);
        // a damaged one says so
        QVERIFY(!decodeRecord(doc.left(doc.size() / 2)));
        QVERIFY(!decodeRecord(QByteArray("NAVS")));
    }
};

QTEST_GUILESS_MAIN(tst_DirectoryStore)
#include "tst_directorystore.moc"

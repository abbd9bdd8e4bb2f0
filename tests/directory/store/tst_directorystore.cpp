// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/store/directorystore.h"
#include "fixturedirectory.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    void flagsAreStored()
    {
        QVERIFY(apply(Test::fixtureDirectory()));
        const QDateTime now = m_now;
        auto id = await(m_db->run<QString>([now](QSqlDatabase &db) {
            return DirectoryStore::addFlag(db, QStringLiteral("phare"), QStringLiteral("phone"),
                                           QStringLiteral("The number rings out."), now);
        }));
        QVERIFY(id);
        auto empty = await(m_db->run<QString>([now](QSqlDatabase &db) {
            return DirectoryStore::addFlag(db, QStringLiteral("phare"), QString(), QString(), now);
        }));
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, ErrorCode::InvalidInput);
        auto count = await(m_db->run<int>([](QSqlDatabase &db) {
            return DirectoryStore::flagCount(db, QStringLiteral("phare"));
        }));
        QCOMPARE(count.value_or(-1), 1);
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
        QVERIFY(encodeRecord(full).contains(utf16be(QStringLiteral("SECRET-ADDRESS"))));
        const QByteArray bytes = encodeRecord(open);
        QVERIFY(!bytes.contains(utf16be(QStringLiteral("SECRET-ADDRESS"))));
        QVERIFY(!bytes.contains(utf16be(QStringLiteral("+14505550777"))));
        auto decoded = decodeRecord(encodeRecord(full));
        QVERIFY(decoded);
        QVERIFY(*decoded == full);
    }
};

QTEST_GUILESS_MAIN(tst_DirectoryStore)
#include "tst_directorystore.moc"

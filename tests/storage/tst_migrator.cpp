// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/database.h"
#include "storage/migration.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using Nav::Storage::Migration;

class tst_Migrator : public QObject
{
    Q_OBJECT

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 10000);
        return f.result();
    }

    static Storage::Database::Options options(const QString &path, QList<Migration> migrations)
    {
        Storage::Database::Options o;
        o.filePath = path;
        o.key = QByteArray(32, '\x01');
        o.migrations = std::move(migrations);
        return o;
    }

    static QStringList tables(Storage::Database &db)
    {
        return await(db.run<QStringList>([](QSqlDatabase &c) -> Result<QStringList> {
                         return c.tables();
                     }))
            .value_or(QStringList());
    }

    static const QList<Migration> &base()
    {
        static const QList<Migration> m{
            {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x)")}},
            {2, QStringLiteral("two"), {QStringLiteral("CREATE TABLE b (x)"),
                                        QStringLiteral("INSERT INTO b VALUES (1)")}},
        };
        return m;
    }

private Q_SLOTS:
    void appliesInOrderAndOnlyOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        {
            Storage::Database db;
            auto info = await(db.open(options(path, base())));
            QVERIFY(info);
            QCOMPARE(info->schemaVersion, 2);
        }
        Storage::Database db;
        auto more = base();
        more.append({3, QStringLiteral("three"), {QStringLiteral("CREATE TABLE c (x)")}});
        auto info = await(db.open(options(path, more)));
        QVERIFY(info);
        QCOMPARE(info->schemaVersion, 3);
        const QStringList t = tables(db);
        QVERIFY(t.contains(QStringLiteral("a")) && t.contains(QStringLiteral("c")));
        auto rows = await(db.run<int>([](QSqlDatabase &c) -> Result<int> {
            QSqlQuery q(c);
            q.exec(QStringLiteral("SELECT count(*) FROM b"));
            q.next();
            return q.value(0).toInt();
        }));
        QCOMPARE(rows.value_or(-1), 1); // step two did not run twice
    }

    void failedStepRollsBackWholly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        auto broken = base();
        broken.append({3, QStringLiteral("broken"),
                       {QStringLiteral("CREATE TABLE c (x)"), QStringLiteral("THIS IS NOT SQL")}});
        {
            Storage::Database db;
            auto info = await(db.open(options(path, broken)));
            QVERIFY(!info);
            QCOMPARE(info.error().code, ErrorCode::MigrationFailed);
            QVERIFY(info.error().message.contains(QStringLiteral("version 3")));
            QVERIFY(info.error().message.contains(QStringLiteral("(version 2)")));
        }
        Storage::Database db;
        auto info = await(db.open(options(path, base())));
        QVERIFY(info);
        QCOMPARE(info->schemaVersion, 2);
        QVERIFY(!tables(db).contains(QStringLiteral("c"))); // half a step never lands
    }

    void outOfOrderStepsAreRefused()
    {
        QTemporaryDir dir;
        Storage::Database db;
        QList<Migration> bad{{2, QStringLiteral("two"), {QStringLiteral("CREATE TABLE b (x)")}},
                             {1, QStringLiteral("one"), {QStringLiteral("CREATE TABLE a (x)")}}};
        auto info = await(db.open(options(dir.filePath(QStringLiteral("m.db")), bad)));
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::MigrationFailed);
        QVERIFY(tables(db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Nav;

class tst_Database : public QObject
{
    Q_OBJECT

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 10000);
        return f.result();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    static Result<int> count(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM t")) || !q.next())
            return fail(ErrorCode::Database, QStringLiteral("count failed"));
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        o.key = QByteArray(32, '\x07');
        o.migrations = {{1, QStringLiteral("t"), {QStringLiteral("CREATE TABLE t (n INTEGER)")}}};
        QVERIFY(await(m_db->open(o)));
    }

    void workRunsOffTheCallingThreadInOrder()
    {
        QThread *caller = QThread::currentThread();
        QList<QFuture<Result<int>>> futures;
        for (int i = 0; i < 50; ++i) {
            futures << m_db->run<int>([i, caller](QSqlDatabase &db) -> Result<int> {
                if (QThread::currentThread() == caller)
                    return fail(ErrorCode::Unknown, QStringLiteral("ran on the caller's thread"));
                auto ins = Storage::execSql(db, QStringLiteral("INSERT INTO t VALUES (?)"), {i});
                if (!ins)
                    return Unexpected(ins.error());
                return count(db);
            });
        }
        for (int i = 0; i < futures.size(); ++i) {
            const auto r = await(futures[i]);
            QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
            QCOMPARE(*r, i + 1); // the i-th job saw exactly i+1 rows: strictly in order
        }
    }

    void continuationComesBackToTheContextThread()
    {
        bool onMainThread = false;
        QObject context;
        auto f = m_db->run<int>([](QSqlDatabase &db) { return count(db); })
                     .then(&context, [&](const Result<int> &) {
                         onMainThread = QThread::currentThread() == context.thread();
                     });
        QTRY_VERIFY(f.isFinished());
        QVERIFY(onMainThread);
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto r = await(m_db->run<int>([](QSqlDatabase &db) -> Result<int> {
            {
                Storage::Transaction tx(db);
                if (!tx.isActive())
                    return Unexpected(tx.beginError());
                (void)Storage::execSql(db, QStringLiteral("INSERT INTO t VALUES (1)"));
            } // no commit: rolled back
            {
                Storage::Transaction tx(db);
                (void)Storage::execSql(db, QStringLiteral("INSERT INTO t VALUES (2)"));
                auto c = tx.commit();
                if (!c)
                    return Unexpected(c.error());
            }
            return count(db);
        }));
        QVERIFY(r);
        QCOMPARE(*r, 1);
    }

    void badStatementSaysWhichStatement()
    {
        auto r = await(m_db->run<void>([](QSqlDatabase &db) {
            return Storage::execSql(db, QStringLiteral("INSERT INTO missing_table VALUES (1)"));
        }));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Database);
        QVERIFY(r.error().detail.contains(QStringLiteral("missing_table")));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"

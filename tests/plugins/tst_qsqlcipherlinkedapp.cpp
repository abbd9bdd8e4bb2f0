// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// An executable that links libsqlcipher itself (for example to register an FTS tokenizer on the
// driver's handle) shares the driver's SQLCipher instance: direct sqlite3_* calls on handle()
// work, and the file stays encrypted.
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

class tst_QSqlCipherLinkedApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void directCallsOnHandle();

private:
    QTemporaryDir m_dir;
};

void tst_QSqlCipherLinkedApp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qInfo("linked SQLite %s", sqlite3_libversion());
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
}

void tst_QSqlCipherLinkedApp::directCallsOnHandle()
{
    const QString path = m_dir.filePath(u"linked.db"_s);
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"linked"_s);
        db.setDatabaseName(path);
        db.setPassword(QString::fromLatin1(key.toHex()));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));

        const QVariant handle = db.driver()->handle();
        QCOMPARE(QByteArray(handle.typeName()), "sqlite3*"_ba);
        sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
        QVERIFY(connection);
        int enabled = -1;
        QCOMPARE(sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 1, &enabled),
                 SQLITE_OK);
        QCOMPARE(enabled, 1);
        QCOMPARE(sqlite3_exec(connection, "CREATE TABLE direct (v TEXT); "
                                          "INSERT INTO direct VALUES ('LINKED-MARKER')",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);

        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT v FROM direct"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"LINKED-MARKER"_s);
        QVERIFY(q.exec(u"SELECT fts3_tokenizer('unicode61')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toByteArray().size(), qsizetype(sizeof(void *)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"linked"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("LINKED-MARKER"));
}

QTEST_GUILESS_MAIN(tst_QSqlCipherLinkedApp)
#include "tst_qsqlcipherlinkedapp.moc"

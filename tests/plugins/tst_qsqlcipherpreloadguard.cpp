// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The case deep binding cannot fix: another component loaded libsqlcipher without isolation while
// a plain libsqlite3 was already global, so libsqlcipher's internal calls may be bound to plain
// SQLite. The driver must refuse to open rather than use that library.
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

using namespace Qt::StringLiterals;

class tst_QSqlCipherPreloadGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesUnisolatedLibrary();

private:
    QTemporaryDir m_dir;
};

void tst_QSqlCipherPreloadGuard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_GLOBAL), dlerror());
    // Loading is harmless; calling into this instance would not be.
    QVERIFY2(dlopen("libsqlcipher.so.0", RTLD_NOW | RTLD_LOCAL), dlerror());
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
}

void tst_QSqlCipherPreloadGuard::refusesUnisolatedLibrary()
{
    const QString path = m_dir.filePath(u"guard.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"guard"_s);
        db.setDatabaseName(path);
        db.setPassword(QString(64, u'a'));
        QVERIFY(!db.open());
        QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
        QCOMPARE(db.lastError().nativeErrorCode(), u"not-sqlcipher"_s);
        QVERIFY2(db.lastError().databaseText().contains(u"global symbol scope"_s),
                 qPrintable(db.lastError().text()));
    }
    QSqlDatabase::removeDatabase(u"guard"_s);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(tst_QSqlCipherPreloadGuard)
#include "tst_qsqlcipherpreloadguard.moc"

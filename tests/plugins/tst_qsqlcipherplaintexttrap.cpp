// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// The silent plaintext trap: libsqlcipher and the system libsqlite3 export the same sqlite3_*
// names. With plain SQLite loaded RTLD_GLOBAL before the driver, a driver that simply linked
// libsqlcipher would get plain SQLite: PRAGMA key ignored, client data written in clear.
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <dlfcn.h>

using namespace Qt::StringLiterals;

namespace {

QString randomKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_QSqlCipherPlaintextTrap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fileOnDiskIsNeverPlaintext();
    void keyedDatabaseStillWorks();
    void qsqliteAlongside();

private:
    QTemporaryDir m_dir;
    void *m_plainSqlite = nullptr;
};

void tst_QSqlCipherPlaintextTrap::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Arm the trap before any SQL plugin is loaded.
    m_plainSqlite = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_GLOBAL);
    QVERIFY2(m_plainSqlite, dlerror());
    using VersionFunction = const char *(*)();
    void *address = dlsym(RTLD_DEFAULT, "sqlite3_libversion");
    QVERIFY(address);
    VersionFunction version = nullptr;
    std::memcpy(&version, &address, sizeof(address));
    qInfo("plain SQLite in the global scope: %s", version());
    QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s));
}

void tst_QSqlCipherPlaintextTrap::cleanup()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names)
        QSqlDatabase::removeDatabase(name);
}

void tst_QSqlCipherPlaintextTrap::fileOnDiskIsNeverPlaintext()
{
    const QString path = m_dir.filePath(u"trap.db"_s);
    const QByteArray marker = "TRAP-MARKER-Gagnon-H2X-1Y4";
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"trap"_s);
        db.setDatabaseName(path);
        db.setPassword(randomKey());
        opened = db.open();
        if (!opened) {
            QCOMPARE(db.lastError().nativeErrorCode(), u"not-sqlcipher"_s);
        } else {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE t (v TEXT)"_s));
            QVERIFY(q.prepare(u"INSERT INTO t VALUES (?)"_s));
            q.addBindValue(QString::fromLatin1(marker));
            QVERIFY(q.exec());
            db.close();
        }
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(marker));
    if (opened)
        QVERIFY(bytes.size() > 0);
    qInfo("open() %s", opened ? "succeeded and the file is encrypted" : "refused: not-sqlcipher");
}

void tst_QSqlCipherPlaintextTrap::keyedDatabaseStillWorks()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("AddressSanitizer forbids RTLD_DEEPBIND: the driver refuses to open (not-sqlcipher)");
#endif
    // The driver resolves SQLite from a deep-bound libsqlcipher, so the trap does not stop it.
    const QString path = m_dir.filePath(u"works.db"_s);
    const QString key = randomKey();
    for (int round = 0; round < 2; ++round) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"works"_s);
        db.setDatabaseName(path);
        db.setPassword(key);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA cipher_version"_s));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
        if (round == 0) {
            QVERIFY(q.exec(u"CREATE TABLE t (v TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO t VALUES ('kept')"_s));
        } else {
            QVERIFY(q.exec(u"SELECT v FROM t"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"kept"_s);
            // sqlcipher_export runs SQL inside SQLCipher: its internal calls must stay there too.
            const QString copy = m_dir.filePath(u"copy.db"_s);
            QVERIFY(q.exec(u"ATTACH DATABASE '%1' AS copy KEY \"x'%2'\""_s.arg(copy, randomKey())));
            QVERIFY(q.exec(u"SELECT sqlcipher_export('copy')"_s));
            QVERIFY(q.exec(u"DETACH DATABASE copy"_s));
            QVERIFY(!fileBytes(copy).startsWith("SQLite format 3"));
        }
        db.close();
        QSqlDatabase::removeDatabase(u"works"_s);
    }
    QVERIFY(!fileBytes(path).startsWith("SQLite format 3"));
}

void tst_QSqlCipherPlaintextTrap::qsqliteAlongside()
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        QSKIP("Qt's QSQLITE driver is not installed");
    const QString plainPath = m_dir.filePath(u"qsqlite.db"_s);
    const QString cipherPath = m_dir.filePath(u"alongside.db"_s);
    {
        QSqlDatabase plain = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plain"_s);
        plain.setDatabaseName(plainPath);
        QVERIFY(plain.open());
        QSqlDatabase cipher = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"cipher"_s);
        cipher.setDatabaseName(cipherPath);
        cipher.setPassword(randomKey());
        const bool opened = cipher.open();
        if (!opened)
            QCOMPARE(cipher.lastError().nativeErrorCode(), u"not-sqlcipher"_s);
        for (QSqlDatabase *db : {&plain, &cipher}) {
            if (!db->isOpen())
                continue;
            QSqlQuery q(*db);
            QVERIFY(q.exec(u"CREATE TABLE t (v TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO t VALUES ('ALONGSIDE-MARKER')"_s));
        }
        plain.close();
        cipher.close();
    }
    QVERIFY(fileBytes(plainPath).startsWith("SQLite format 3"));
    const QByteArray cipherBytes = fileBytes(cipherPath);
    QVERIFY(!cipherBytes.startsWith("SQLite format 3"));
    QVERIFY(!cipherBytes.contains("ALONGSIDE-MARKER"));
}

QTEST_GUILESS_MAIN(tst_QSqlCipherPlaintextTrap)
#include "tst_qsqlcipherplaintexttrap.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlResult>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>

#include "packedrows.h"

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString kDriver = u"QSQLCIPHER"_s;
const QByteArray kPlainHeader = "SQLite format 3"_ba;

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

QString describe(const QSqlError &error)
{
    return u"%1 | %2 | code %3 | type %4"_s.arg(error.driverText(), error.databaseText(),
                                                  error.nativeErrorCode())
        .arg(int(error.type()));
}

} // namespace

class tst_QSqlCipherDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void driverIsAvailable();
    void featureFlags_data();
    void featureFlags();

    void keyedFileIsEncrypted();
    void reopenWithSameKey();
    void wrongKeyIsRejected();
    void invalidOpen_data();
    void invalidOpen();
    void plaintextOption();
    void encryptedFileWithPlaintextOption();
    void readOnlyOption();
    void busyTimeoutAndFinish();

    void positionalPlaceholders();
    void namedPlaceholders();
    void roundTrip_data();
    void roundTrip();
    void forwardOnlyIteration();
    void forwardOnlyLast();
    void scrollableNavigation();
    void queryModelOverManyRows();
    void tableModelEdits();
    void batchExec();

    void transactions();
    void transactionErrors();
    void lastInsertIdAndRowsAffected();
    void statementErrors_data();
    void statementErrors();
    void trailingSeparatorsAccepted_data();
    void trailingSeparatorsAccepted();
    void parameterCountMismatch();

    void tablesRecordAndPrimaryIndex();
    void queryRecordTypes();
    void escapeIdentifier();
    void handles();
    void packRows();
    void packedRowsCutShort();
    void closeWithActiveQuery();
    void queryOutlivesDatabase();

private:
    QString path(const QString &fileName) const { return m_dir.filePath(fileName); }
    QSqlDatabase addDatabase(const QString &filePath, const QString &key,
                             const QString &options = {});
    QSqlDatabase openDatabase(const QString &filePath, const QString &key,
                              const QString &options = {});
    void fillSequence(QSqlDatabase &db, int rows);

    QTemporaryDir m_dir;
    QString m_sharedKey = randomKey(); // for data-driven tests whose rows share one file
    int m_connectionCount = 0;
};

QSqlDatabase tst_QSqlCipherDriver::addDatabase(const QString &filePath, const QString &key,
                                               const QString &options)
{
    const QString name = u"%1-%2"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
                             .arg(++m_connectionCount);
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, name);
    db.setDatabaseName(filePath);
    db.setPassword(key);
    db.setConnectOptions(options);
    return db;
}

QSqlDatabase tst_QSqlCipherDriver::openDatabase(const QString &filePath, const QString &key,
                                                const QString &options)
{
    QSqlDatabase db = addDatabase(filePath, key, options);
    if (!db.open())
        qWarning("open failed: %s", qPrintable(describe(db.lastError())));
    return db;
}

void tst_QSqlCipherDriver::fillSequence(QSqlDatabase &db, int rows)
{
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE seq (n INTEGER PRIMARY KEY, label TEXT)"_s));
    QVERIFY(db.transaction());
    QVERIFY(q.prepare(u"INSERT INTO seq (n, label) VALUES (?, ?)"_s));
    for (int i = 0; i < rows; ++i) {
        q.bindValue(0, i);
        q.bindValue(1, u"row %1"_s.arg(i));
        QVERIFY2(q.exec(), qPrintable(describe(q.lastError())));
    }
    QVERIFY(db.commit());
}

void tst_QSqlCipherDriver::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(kDriver),
             qPrintable(u"drivers: %1; QT_PLUGIN_PATH=%2"_s.arg(
                 QSqlDatabase::drivers().join(u", "_s),
                 qEnvironmentVariable("QT_PLUGIN_PATH"))));
}

void tst_QSqlCipherDriver::cleanup()
{
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

void tst_QSqlCipherDriver::driverIsAvailable()
{
    QVERIFY(QSqlDatabase::drivers().contains(kDriver));
    QSqlDatabase db = addDatabase(path(u"unused.db"_s), randomKey());
    QVERIFY(db.isValid());
    QVERIFY(db.driver());
    QCOMPARE(db.driverName(), kDriver);
}

void tst_QSqlCipherDriver::featureFlags_data()
{
    QTest::addColumn<int>("feature");
    QTest::addColumn<bool>("expected");
    QTest::newRow("Transactions") << int(QSqlDriver::Transactions) << true;
    QTest::newRow("QuerySize") << int(QSqlDriver::QuerySize) << false;
    QTest::newRow("BLOB") << int(QSqlDriver::BLOB) << true;
    QTest::newRow("Unicode") << int(QSqlDriver::Unicode) << true;
    QTest::newRow("PreparedQueries") << int(QSqlDriver::PreparedQueries) << true;
    QTest::newRow("NamedPlaceholders") << int(QSqlDriver::NamedPlaceholders) << false;
    QTest::newRow("PositionalPlaceholders") << int(QSqlDriver::PositionalPlaceholders) << true;
    QTest::newRow("LastInsertId") << int(QSqlDriver::LastInsertId) << true;
    QTest::newRow("SimpleLocking") << int(QSqlDriver::SimpleLocking) << true;
    QTest::newRow("LowPrecisionNumbers") << int(QSqlDriver::LowPrecisionNumbers) << false;
    QTest::newRow("EventNotifications") << int(QSqlDriver::EventNotifications) << false;
    QTest::newRow("CancelQuery") << int(QSqlDriver::CancelQuery) << false;
    QTest::newRow("FinishQuery") << int(QSqlDriver::FinishQuery) << true;
    QTest::newRow("MultipleResultSets") << int(QSqlDriver::MultipleResultSets) << false;
}

void tst_QSqlCipherDriver::featureFlags()
{
    QFETCH(int, feature);
    QFETCH(bool, expected);
    QSqlDatabase db = addDatabase(path(u"unused.db"_s), randomKey());
    QCOMPARE(db.driver()->hasFeature(QSqlDriver::DriverFeature(feature)), expected);
}

void tst_QSqlCipherDriver::keyedFileIsEncrypted()
{
    const QString file = path(u"encrypted.db"_s);
    const QString marker = u"NAV-MARKER-Tremblay-514-555-0199"_s;
    const QByteArray blobMarker = "NAV-BLOB-MARKER-\x01\x02-END"_ba;
    {
        QSqlDatabase db = openDatabase(file, randomKey());
        QVERIFY2(db.isOpen(), qPrintable(describe(db.lastError())));
        QSqlQuery q(db);
        QVERIFY(q.exec(
            u"CREATE TABLE secret_notes (id INTEGER PRIMARY KEY, note TEXT, data BLOB)"_s));
        QVERIFY(q.prepare(u"INSERT INTO secret_notes (note, data) VALUES (?, ?)"_s));
        for (int i = 0; i < 50; ++i) {
            q.addBindValue(marker);
            q.addBindValue(blobMarker);
            QVERIFY2(q.exec(), qPrintable(describe(q.lastError())));
        }
        db.close();
    }
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.size() >= 1024);
    QVERIFY(!bytes.startsWith(kPlainHeader));
    QVERIFY(!bytes.contains(marker.toUtf8()));
    QVERIFY(!bytes.contains(blobMarker));
    QVERIFY(!bytes.contains("secret_notes"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
    QVERIFY(!QFile::exists(file + u"-journal"_s));
}

void tst_QSqlCipherDriver::reopenWithSameKey()
{
    const QString file = path(u"reopen.db"_s);
    const QString key = randomKey();
    {
        QSqlDatabase db = openDatabase(file, key);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (v TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO t VALUES ('kept across sessions')"_s));
        db.close();
    }
    {
        // The same key in upper case is the same raw key.
        QSqlDatabase db = openDatabase(file, key.toUpper());
        QVERIFY2(db.isOpen(), qPrintable(describe(db.lastError())));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT v FROM t"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"kept across sessions"_s);
        QVERIFY(q.exec(u"PRAGMA cipher_version"_s));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
    }
}

void tst_QSqlCipherDriver::wrongKeyIsRejected()
{
    const QString file = path(u"wrongkey.db"_s);
    const QString key = randomKey();
    {
        QSqlDatabase db = openDatabase(file, key);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (v)"_s));
        db.close();
    }
    const QByteArray before = fileBytes(file);

    QSqlDatabase db = addDatabase(file, randomKey());
    QVERIFY(!db.open());
    QVERIFY(!db.isOpen());
    QVERIFY(db.isOpenError());
    const QSqlError error = db.lastError();
    QCOMPARE(error.type(), QSqlError::ConnectionError);
    QCOMPARE(error.nativeErrorCode(), u"wrong-key"_s);
    QVERIFY2(error.databaseText().contains(u"file is encrypted or is not a database"_s),
             qPrintable(describe(error)));
    QVERIFY2(error.databaseText().contains(u"key"_s), qPrintable(describe(error)));
    QVERIFY(!error.driverText().isEmpty());
    QCOMPARE(fileBytes(file), before);

    // The failed attempt released the file: the right key opens it through the same object.
    db.setPassword(key);
    QVERIFY2(db.open(), qPrintable(describe(db.lastError())));
    QVERIFY(db.tables().contains(u"t"_s));
}

void tst_QSqlCipherDriver::invalidOpen_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("expectedCode");

    const QString key = randomKey();
    QTest::newRow("empty key") << QString() << QString() << u"key-required"_s;
    QTest::newRow("63 hex characters") << key.left(63) << QString() << u"bad-key-format"_s;
    QTest::newRow("65 hex characters") << key + u"a"_s << QString() << u"bad-key-format"_s;
    QTest::newRow("not hex") << QString(64, u'g') << QString() << u"bad-key-format"_s;
    QTest::newRow("passphrase") << u"correct horse battery staple"_s << QString()
                                << u"bad-key-format"_s;
    QTest::newRow("x'' literal") << u"x'%1'"_s.arg(key) << QString() << u"bad-key-format"_s;
    QTest::newRow("spaces around key") << u" %1 "_s.arg(key) << QString() << u"bad-key-format"_s;
    QTest::newRow("busy timeout not a number")
        << key << u"QSQLCIPHER_BUSY_TIMEOUT=soon"_s << u"bad-option"_s;
    QTest::newRow("negative busy timeout") << key << u"QSQLCIPHER_BUSY_TIMEOUT=-1"_s
                                           << u"bad-option"_s;
    QTest::newRow("misspelt option") << key << u"QSQLCIPHER_BUSY_TIMOUT=10"_s << u"bad-option"_s;
    QTest::newRow("QSQLITE option") << key << u"QSQLITE_OPEN_READONLY"_s << u"bad-option"_s;
    QTest::newRow("plaintext with a key") << key << u"QSQLCIPHER_PLAINTEXT=1"_s
                                          << u"bad-option"_s;
    QTest::newRow("plaintext without value") << QString() << u"QSQLCIPHER_PLAINTEXT"_s
                                             << u"bad-option"_s;
    QTest::newRow("plaintext=0 and no key") << QString() << u"QSQLCIPHER_PLAINTEXT=0"_s
                                            << u"key-required"_s;
}

void tst_QSqlCipherDriver::invalidOpen()
{
    QFETCH(QString, password);
    QFETCH(QString, options);
    QFETCH(QString, expectedCode);

    const QString file = path(u"invalid-%1.db"_s.arg(m_connectionCount));
    QSqlDatabase db = addDatabase(file, password, options);
    QVERIFY(!db.open());
    QVERIFY(!db.isOpen());
    const QSqlError error = db.lastError();
    QCOMPARE(error.type(), QSqlError::ConnectionError);
    QCOMPARE(error.nativeErrorCode(), expectedCode);
    QVERIFY(!error.driverText().isEmpty());
    QVERIFY(!error.databaseText().isEmpty());
    if (password.size() > 8)
        QVERIFY2(!error.text().contains(password.trimmed()), "the key leaked into the message");
    QVERIFY(!QFile::exists(file)); // refused before anything touched the disk
}

void tst_QSqlCipherDriver::plaintextOption()
{
    const QString file = path(u"plain.db"_s);
    const QString marker = u"PLAIN-MARKER-visible"_s;
    {
        QSqlDatabase db = openDatabase(file, QString(), u"QSQLCIPHER_PLAINTEXT=1"_s);
        QVERIFY2(db.isOpen(), qPrintable(describe(db.lastError())));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (v TEXT)"_s));
        QVERIFY(q.prepare(u"INSERT INTO t VALUES (?)"_s));
        q.addBindValue(marker);
        QVERIFY(q.exec());
        db.close();
    }
    const QByteArray bytes = fileBytes(file);
    QVERIFY(bytes.startsWith(kPlainHeader));
    QVERIFY(bytes.contains(marker.toUtf8()));

    {
        QSqlDatabase db = openDatabase(file, QString(), u" QSQLCIPHER_PLAINTEXT = 1 ;"_s);
        QVERIFY2(db.isOpen(), qPrintable(describe(db.lastError())));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT v FROM t"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), marker);
    }
    {
        QSqlDatabase db = addDatabase(file, randomKey());
        QVERIFY(!db.open());
        QCOMPARE(db.lastError().nativeErrorCode(), u"wrong-key"_s);
    }
}

void tst_QSqlCipherDriver::encryptedFileWithPlaintextOption()
{
    const QString file = path(u"encrypted-not-plain.db"_s);
    {
        QSqlDatabase db = openDatabase(file, randomKey());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (v)"_s));
    }
    QSqlDatabase db = addDatabase(file, QString(), u"QSQLCIPHER_PLAINTEXT=1"_s);
    QVERIFY(!db.open());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(db.lastError().nativeErrorCode(), QString::number(26)); // SQLITE_NOTADB
    QVERIFY(db.lastError().databaseText().contains(u"not a database"_s));
}

void tst_QSqlCipherDriver::readOnlyOption()
{
    const QString file = path(u"readonly.db"_s);
    const QString key = randomKey();
    {
        QSqlDatabase db = openDatabase(file, key);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE t (v INTEGER)"_s));
        QVERIFY(q.exec(u"INSERT INTO t VALUES (7)"_s));
    }
    {
        QSqlDatabase db = openDatabase(file, key, u"QSQLCIPHER_OPEN_READONLY"_s);
        QVERIFY2(db.isOpen(), qPrintable(describe(db.lastError())));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT v FROM t"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 7);
        QVERIFY(!q.exec(u"INSERT INTO t VALUES (8)"_s));
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QCOMPARE(q.lastError().nativeErrorCode(), QString::number(8)); // SQLITE_READONLY
        QVERIFY(q.lastError().databaseText().contains(u"readonly"_s));
    }
    const QString missing = path(u"readonly-missing.db"_s);
    QSqlDatabase db = addDatabase(missing, key, u"QSQLCIPHER_OPEN_READONLY=1"_s);
    QVERIFY(!db.open());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QCOMPARE(db.lastError().nativeErrorCode(), QString::number(14)); // SQLITE_CANTOPEN
    QVERIFY(!QFile::exists(missing));
}

void tst_QSqlCipherDriver::busyTimeoutAndFinish()
{
    const QString file = path(u"busy.db"_s);
    const QString key = randomKey();
    // The database is created before the second connection opens it: a connection keyed on a
    // missing or empty file cannot read what another connection creates later (see the report).
    QSqlDatabase writer = openDatabase(file, key, u"QSQLCIPHER_BUSY_TIMEOUT=0"_s);
    QVERIFY(writer.isOpen());
    QSqlQuery write(writer);
    QVERIFY(write.exec(u"CREATE TABLE t (v INTEGER)"_s));
    QVERIFY(write.exec(u"INSERT INTO t VALUES (1), (2), (3)"_s));
    QSqlDatabase reader = openDatabase(file, key);
    QVERIFY(reader.isOpen());

    QSqlQuery pragma(reader);
    QVERIFY(pragma.exec(u"PRAGMA busy_timeout"_s));
    QVERIFY(pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 5000);
    QVERIFY(write.exec(u"PRAGMA busy_timeout"_s));
    QVERIFY(write.next());
    QCOMPARE(write.value(0).toInt(), 0);

    // A SELECT left half-read keeps its read lock...
    QSqlQuery read(reader);
    read.setForwardOnly(true);
    QVERIFY2(read.exec(u"SELECT v FROM t"_s), qPrintable(describe(read.lastError())));
    QVERIFY(read.next());
    QVERIFY(!write.exec(u"INSERT INTO t VALUES (4)"_s));
    QCOMPARE(write.lastError().type(), QSqlError::StatementError);
    QCOMPARE(write.lastError().nativeErrorCode(), QString::number(5)); // SQLITE_BUSY
    QVERIFY(write.lastError().databaseText().contains(u"locked"_s));

    // ...until finish() resets the statement.
    read.finish();
    QVERIFY(!read.isActive());
    QVERIFY2(write.exec(u"INSERT INTO t VALUES (4)"_s), qPrintable(describe(write.lastError())));

    // The finished query can run again.
    QVERIFY(read.exec());
    int count = 0;
    while (read.next())
        ++count;
    QCOMPARE(count, 4);
}

void tst_QSqlCipherDriver::positionalPlaceholders()
{
    QSqlDatabase db = openDatabase(path(u"positional.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE p (a INTEGER, b TEXT)"_s));
    QVERIFY(q.prepare(u"INSERT INTO p (a, b) VALUES (?, ?)"_s));
    q.addBindValue(1);
    q.addBindValue(u"one"_s);
    QVERIFY2(q.exec(), qPrintable(describe(q.lastError())));
    // The prepared statement is reused with new values.
    q.bindValue(0, 2);
    q.bindValue(1, u"two"_s);
    QVERIFY(q.exec());

    QVERIFY(q.prepare(u"SELECT b FROM p WHERE a = ? OR b = ? ORDER BY a"_s));
    q.addBindValue(2);
    q.addBindValue(u"one"_s);
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"one"_s);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"two"_s);
    QVERIFY(!q.next());
}

void tst_QSqlCipherDriver::namedPlaceholders()
{
    QSqlDatabase db = openDatabase(path(u"named.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE p (a INTEGER, b TEXT)"_s));
    QVERIFY(q.prepare(u"INSERT INTO p (b, a) VALUES (:label, :number)"_s));
    q.bindValue(u":number"_s, 3);
    q.bindValue(u":label"_s, u"three"_s);
    QVERIFY2(q.exec(), qPrintable(describe(q.lastError())));

    // A name used twice, and a colon inside a string literal that is not a placeholder.
    QVERIFY(q.prepare(u"SELECT :v, :v * 2, ':literal', b FROM p WHERE a = :v - 18 OR b = :w"_s));
    q.bindValue(u":v"_s, 21);
    q.bindValue(u":w"_s, u"three"_s);
    QVERIFY2(q.exec(), qPrintable(describe(q.lastError())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 21);
    QCOMPARE(q.value(1).toLongLong(), 42);
    QCOMPARE(q.value(2).toString(), u":literal"_s);
    QCOMPARE(q.value(3).toString(), u"three"_s);
    QVERIFY(!q.next());
}

void tst_QSqlCipherDriver::roundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected"); // invalid: SQL NULL
    QTest::addColumn<QString>("storageClass");

    const QByteArray blob("\0a\0b\xff\0\x01", 7);
    QTest::newRow("invalid variant") << QVariant() << QVariant() << u"null"_s;
    QTest::newRow("typed null int") << QVariant(QMetaType::fromType<int>()) << QVariant()
                                    << u"null"_s;
    QTest::newRow("null string") << QVariant(QString()) << QVariant() << u"null"_s;
    QTest::newRow("null byte array") << QVariant(QByteArray()) << QVariant() << u"null"_s;
    QTest::newRow("null date") << QVariant(QDate()) << QVariant() << u"null"_s;
    QTest::newRow("int") << QVariant(42) << QVariant(qlonglong(42)) << u"integer"_s;
    QTest::newRow("negative int") << QVariant(-7) << QVariant(qlonglong(-7)) << u"integer"_s;
    QTest::newRow("int64 max") << QVariant(std::numeric_limits<qlonglong>::max())
                               << QVariant(std::numeric_limits<qlonglong>::max()) << u"integer"_s;
    QTest::newRow("int64 min") << QVariant(std::numeric_limits<qlonglong>::min())
                               << QVariant(std::numeric_limits<qlonglong>::min()) << u"integer"_s;
    QTest::newRow("uint max") << QVariant(std::numeric_limits<uint>::max())
                              << QVariant(qlonglong(std::numeric_limits<uint>::max()))
                              << u"integer"_s;
    QTest::newRow("bool true") << QVariant(true) << QVariant(qlonglong(1)) << u"integer"_s;
    QTest::newRow("bool false") << QVariant(false) << QVariant(qlonglong(0)) << u"integer"_s;
    QTest::newRow("double") << QVariant(3.141592653589793) << QVariant(3.141592653589793)
                            << u"real"_s;
    QTest::newRow("tiny double") << QVariant(-1.5e-300) << QVariant(-1.5e-300) << u"real"_s;
    QTest::newRow("float") << QVariant(0.5f) << QVariant(0.5) << u"real"_s;
    QTest::newRow("ascii text") << QVariant(u"hello"_s) << QVariant(u"hello"_s) << u"text"_s;
    QTest::newRow("empty text") << QVariant(QString::fromUtf8("", 0))
                                << QVariant(QString::fromUtf8("", 0)) << u"text"_s;
    const QString accents = u"Éléonore à l'hôpital, ça dépend — œuvre ÇÀÏ"_s;
    QTest::newRow("accents") << QVariant(accents) << QVariant(accents) << u"text"_s;
    const QString emoji = u"Appel 📞 reçu 🙂👍🏽 👨‍👩‍👧"_s;
    QTest::newRow("emoji") << QVariant(emoji) << QVariant(emoji) << u"text"_s;
    const QString scripts = u"東京 · مرحبا · Ελληνικά"_s;
    QTest::newRow("other scripts") << QVariant(scripts) << QVariant(scripts) << u"text"_s;
    QTest::newRow("text with NUL") << QVariant(u"a\0b"_s) << QVariant(u"a\0b"_s) << u"text"_s;
    QTest::newRow("blob with NULs") << QVariant(blob) << QVariant(blob) << u"blob"_s;
    QTest::newRow("empty blob") << QVariant(QByteArray("", 0)) << QVariant(QByteArray("", 0))
                                << u"blob"_s;
    QTest::newRow("datetime utc")
        << QVariant(QDateTime(QDate(2024, 2, 29), QTime(13, 45, 30, 123), Qt::UTC))
        << QVariant(u"2024-02-29T13:45:30.123Z"_s) << u"text"_s;
    QTest::newRow("datetime offset")
        << QVariant(QDateTime(QDate(2024, 2, 29), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600))
        << QVariant(u"2024-02-29T08:00:00.000-05:00"_s) << u"text"_s;
    QTest::newRow("date") << QVariant(QDate(2024, 2, 29)) << QVariant(u"2024-02-29"_s)
                          << u"text"_s;
    QTest::newRow("time") << QVariant(QTime(13, 45, 30, 5)) << QVariant(u"13:45:30.005"_s)
                          << u"text"_s;
}

void tst_QSqlCipherDriver::roundTrip()
{
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);
    QFETCH(QString, storageClass);

    QSqlDatabase db = openDatabase(path(u"roundtrip.db"_s), m_sharedKey);
    QVERIFY(db.isOpen());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE IF NOT EXISTS rt (v)"_s)); // no affinity: stored as bound
    QVERIFY(q.exec(u"DELETE FROM rt"_s));
    QVERIFY(q.prepare(u"INSERT INTO rt (v) VALUES (?)"_s));
    q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(describe(q.lastError())));

    for (const bool forwardOnly : {false, true}) {
        QSqlQuery select(db);
        select.setForwardOnly(forwardOnly);
        QVERIFY(select.exec(u"SELECT v, typeof(v) FROM rt"_s));
        QVERIFY(select.next());
        QCOMPARE(select.value(1).toString(), storageClass);
        const QVariant actual = select.value(0);
        if (!expected.isValid()) {
            QVERIFY(select.isNull(0));
            QVERIFY(actual.isNull());
        } else {
            QVERIFY(!select.isNull(0));
            QCOMPARE(actual.typeId(), expected.typeId());
            QCOMPARE(actual, expected);
        }
    }
}

void tst_QSqlCipherDriver::forwardOnlyIteration()
{
    QSqlDatabase db = openDatabase(path(u"forward.db"_s), randomKey());
    fillSequence(db, 100);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT n, label FROM seq ORDER BY n"_s));
    QVERIFY(q.isSelect());
    QCOMPARE(q.size(), -1);
    QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
    int expected = 0;
    while (q.next()) {
        QCOMPARE(q.at(), expected);
        QCOMPARE(q.value(0).toLongLong(), expected);
        QCOMPARE(q.value(u"label"_s).toString(), u"row %1"_s.arg(expected));
        ++expected;
    }
    QCOMPARE(expected, 100);
    QCOMPARE(q.at(), int(QSql::AfterLastRow));
    QVERIFY(!q.lastError().isValid());

    // No going back in a forward-only query.
    QVERIFY(q.exec(u"SELECT n FROM seq ORDER BY n"_s));
    QVERIFY(q.next());
    QVERIFY(q.next());
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"cannot seek backwards in a forward only query"_s));
    QVERIFY(!q.seek(0));

    // An empty result.
    QVERIFY(q.exec(u"SELECT n FROM seq WHERE n < 0"_s));
    QVERIFY(q.isSelect());
    QVERIFY(!q.next());
    QVERIFY(!q.lastError().isValid());
}

void tst_QSqlCipherDriver::forwardOnlyLast()
{
    QSqlDatabase db = openDatabase(path(u"forwardlast.db"_s), randomKey());
    fillSequence(db, 20);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QVERIFY(q.exec(u"SELECT n FROM seq ORDER BY n"_s));
    QVERIFY(q.next());
    QVERIFY(q.next());
    QVERIFY(q.last());
    QCOMPARE(q.at(), 19);
    QCOMPARE(q.value(0).toLongLong(), 19);
    QVERIFY(!q.next());

    QVERIFY(q.exec(u"SELECT n FROM seq ORDER BY n"_s));
    QVERIFY(q.last());
    QCOMPARE(q.at(), 19);
    QCOMPARE(q.value(0).toLongLong(), 19);

    QVERIFY(q.exec(u"SELECT n FROM seq WHERE n < 0"_s));
    QVERIFY(!q.last());
}

void tst_QSqlCipherDriver::scrollableNavigation()
{
    QSqlDatabase db = openDatabase(path(u"scroll.db"_s), randomKey());
    fillSequence(db, 300);
    QSqlQuery q(db);
    QVERIFY(!q.isForwardOnly());
    QVERIFY(q.exec(u"SELECT n, label FROM seq ORDER BY n"_s));
    QVERIFY(q.seek(150));
    QCOMPARE(q.value(0).toLongLong(), 150);
    QVERIFY(q.previous());
    QCOMPARE(q.at(), 149);
    QCOMPARE(q.value(1).toString(), u"row 149"_s);
    QVERIFY(q.seek(10, true));
    QCOMPARE(q.value(0).toLongLong(), 159);
    QVERIFY(q.last());
    QCOMPARE(q.at(), 299);
    QCOMPARE(q.value(0).toLongLong(), 299);
    QVERIFY(q.first());
    QCOMPARE(q.at(), 0);
    QCOMPARE(q.value(0).toLongLong(), 0);
    QVERIFY(!q.previous());
    QCOMPARE(q.at(), int(QSql::BeforeFirstRow));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 0);
    QVERIFY(q.seek(299));
    QVERIFY(!q.next());
    QCOMPARE(q.at(), int(QSql::AfterLastRow));
    QVERIFY(q.previous());
    QCOMPARE(q.at(), 299);
    QVERIFY(!q.seek(1000));
    QCOMPARE(q.at(), int(QSql::AfterLastRow));
    QVERIFY(q.seek(42));
    QCOMPARE(q.value(u"n"_s).toLongLong(), 42);
    QCOMPARE(q.size(), -1);
    QVERIFY(!q.lastError().isValid());

    // Rows not yet stepped to are fetched on demand by seek().
    QVERIFY(q.exec(u"SELECT n FROM seq ORDER BY n DESC"_s));
    QVERIFY(q.seek(250));
    QCOMPARE(q.value(0).toLongLong(), 49);
    QVERIFY(q.seek(3));
    QCOMPARE(q.value(0).toLongLong(), 296);
}

void tst_QSqlCipherDriver::queryModelOverManyRows()
{
    QSqlDatabase db = openDatabase(path(u"model.db"_s), randomKey());
    fillSequence(db, 700);
    QSqlQueryModel model;
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"SELECT n, label FROM seq WHERE n >= ? ORDER BY n"_s));
    q.addBindValue(100);
    QVERIFY(q.exec());
    model.setQuery(std::move(q));
    QVERIFY2(!model.lastError().isValid(), qPrintable(describe(model.lastError())));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < 600); // fetched lazily
    // Attached after setQuery(): Qt 6.4's QSqlQueryModel::setQuery() inserts rows inside its
    // own model reset, which the tester rejects with any driver (QSQLITE too).
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"label"_s);
    while (model.canFetchMore())
        model.fetchMore();
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.data(model.index(0, 0)).toLongLong(), 100);
    QCOMPARE(model.data(model.index(599, 0)).toLongLong(), 699);
    QCOMPARE(model.data(model.index(300, 1)).toString(), u"row 400"_s);
    QCOMPARE(model.record(5).value(u"n"_s).toLongLong(), 105);
}

void tst_QSqlCipherDriver::tableModelEdits()
{
    QSqlDatabase db = openDatabase(path(u"tablemodel.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s));
    QVERIFY(q.exec(u"INSERT INTO person (name) VALUES ('Amélie'), ('Bob')"_s));

    QSqlTableModel model(nullptr, db);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(u"person"_s);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setSort(0, Qt::AscendingOrder);
    QVERIFY2(model.select(), qPrintable(describe(model.lastError())));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.primaryKey().count(), 1);

    QVERIFY(model.setData(model.index(1, 1), u"Béatrice"_s));
    QSqlRecord added = model.record();
    added.setValue(u"name"_s, u"Zoë 🙂"_s);
    added.setGenerated(u"id"_s, false);
    QVERIFY(model.insertRecord(-1, added));
    QVERIFY2(model.submitAll(), qPrintable(describe(model.lastError())));

    QVERIFY(q.exec(u"SELECT name FROM person ORDER BY id"_s));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    QCOMPARE(names, (QStringList{u"Amélie"_s, u"Béatrice"_s, u"Zoë 🙂"_s}));

    QVERIFY(model.removeRow(0));
    QVERIFY(model.submitAll());
    QVERIFY(q.exec(u"SELECT count(*) FROM person"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 2);
}

void tst_QSqlCipherDriver::batchExec()
{
    QSqlDatabase db = openDatabase(path(u"batch.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE b (n INTEGER, s TEXT)"_s));
    QVERIFY(q.prepare(u"INSERT INTO b (n, s) VALUES (?, ?)"_s));
    q.addBindValue(QVariantList{1, 2, 3});
    q.addBindValue(QVariantList{u"a"_s, QVariant(), u"c"_s});
    QVERIFY2(q.execBatch(), qPrintable(describe(q.lastError())));
    QVERIFY(q.exec(u"SELECT count(*), count(s) FROM b"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 3);
    QCOMPARE(q.value(1).toLongLong(), 2);
}

void tst_QSqlCipherDriver::transactions()
{
    QSqlDatabase db = openDatabase(path(u"tx.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE tx (v INTEGER)"_s));
    const auto count = [&] {
        QSqlQuery c(db);
        return c.exec(u"SELECT count(*) FROM tx"_s) && c.next() ? c.value(0).toInt() : -1;
    };

    QVERIFY(db.transaction());
    QVERIFY(q.exec(u"INSERT INTO tx VALUES (1)"_s));
    QCOMPARE(count(), 1);
    QVERIFY(db.rollback());
    QCOMPARE(count(), 0);

    QVERIFY(db.transaction());
    QVERIFY(q.exec(u"INSERT INTO tx VALUES (2)"_s));
    QVERIFY(q.exec(u"INSERT INTO tx VALUES (3)"_s));
    QVERIFY(db.commit());
    QCOMPARE(count(), 2);

    // Commit while a read is still open on the same connection.
    QSqlQuery open(db);
    QVERIFY(open.exec(u"SELECT v FROM tx"_s));
    QVERIFY(open.next());
    QVERIFY(db.transaction());
    QVERIFY(q.exec(u"INSERT INTO tx VALUES (4)"_s));
    QVERIFY2(db.commit(), qPrintable(describe(db.lastError())));
    QCOMPARE(count(), 3);
}

void tst_QSqlCipherDriver::transactionErrors()
{
    QSqlDatabase db = openDatabase(path(u"txerr.db"_s), randomKey());
    QVERIFY(!db.commit());
    QCOMPARE(db.lastError().type(), QSqlError::TransactionError);
    QVERIFY(db.lastError().databaseText().contains(u"no transaction is active"_s));
    QCOMPARE(db.lastError().nativeErrorCode(), QString::number(1));
    QVERIFY(!db.lastError().driverText().isEmpty());
    QVERIFY(!db.rollback());
    QCOMPARE(db.lastError().type(), QSqlError::TransactionError);

    QVERIFY(db.transaction());
    QVERIFY(!db.transaction());
    QCOMPARE(db.lastError().type(), QSqlError::TransactionError);
    QVERIFY(db.lastError().databaseText().contains(u"within a transaction"_s));
    QVERIFY(db.rollback());

    db.close();
    QVERIFY(!db.driver()->beginTransaction());
    QCOMPARE(db.driver()->lastError().type(), QSqlError::TransactionError);
}

void tst_QSqlCipherDriver::lastInsertIdAndRowsAffected()
{
    QSqlDatabase db = openDatabase(path(u"ids.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE li (id INTEGER PRIMARY KEY, v TEXT UNIQUE)"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(!q.lastInsertId().isValid());

    QVERIFY(q.exec(u"INSERT INTO li (v) VALUES ('a')"_s));
    QCOMPARE(q.numRowsAffected(), 1);
    QCOMPARE(q.lastInsertId(), QVariant(qlonglong(1)));

    QVERIFY(q.prepare(u"INSERT INTO li (id, v) VALUES (?, ?)"_s));
    q.addBindValue(10);
    q.addBindValue(u"b"_s);
    QVERIFY(q.exec());
    QCOMPARE(q.lastInsertId(), QVariant(qlonglong(10)));

    QVERIFY(q.exec(u"INSERT INTO li (v) SELECT v || '2' FROM li"_s));
    QCOMPARE(q.numRowsAffected(), 2);
    QCOMPARE(q.lastInsertId(), QVariant(qlonglong(12)));

    QVERIFY(q.exec(u"UPDATE li SET v = v || '!' WHERE id >= 10"_s));
    QCOMPARE(q.numRowsAffected(), 3);
    QVERIFY(!q.lastInsertId().isValid());

    QVERIFY(q.exec(u"UPDATE li SET v = 'x' WHERE id < 0"_s));
    QCOMPARE(q.numRowsAffected(), 0);

    QVERIFY(q.exec(u"DELETE FROM li WHERE id = 12"_s));
    QCOMPARE(q.numRowsAffected(), 1);
    QVERIFY(!q.lastInsertId().isValid());

    // The same rowid again: last_insert_rowid() does not change, it is still an insert.
    QVERIFY(q.exec(u"INSERT INTO li (v) VALUES ('again')"_s));
    QCOMPARE(q.lastInsertId(), QVariant(qlonglong(12)));

    QVERIFY(q.exec(u"INSERT OR IGNORE INTO li (v) VALUES ('again')"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(!q.lastInsertId().isValid());

    QVERIFY(q.exec(u"SELECT id FROM li"_s));
    QCOMPARE(q.numRowsAffected(), -1);
    QVERIFY(!q.lastInsertId().isValid());

    QVERIFY(q.exec(u"DROP TABLE li"_s));
    QCOMPARE(q.numRowsAffected(), 0);
}

void tst_QSqlCipherDriver::statementErrors_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("syntax error") << u"SELEC 1"_s << u"1"_s << u"syntax error"_s;
    QTest::newRow("missing table") << u"SELECT * FROM nowhere"_s << u"1"_s << u"no such table"_s;
    QTest::newRow("missing column") << u"SELECT nope FROM u"_s << u"1"_s << u"no such column"_s;
    QTest::newRow("unique constraint") << u"INSERT INTO u (v) VALUES (1)"_s << u"19"_s
                                       << u"UNIQUE constraint failed"_s;
    QTest::newRow("not null constraint") << u"INSERT INTO u (v) VALUES (NULL)"_s << u"19"_s
                                         << u"NOT NULL constraint failed"_s;
    QTest::newRow("two statements") << u"SELECT 1; SELECT 2"_s << u"multiple-statements"_s
                                    << u"one SQL statement"_s;
    QTest::newRow("trailing garbage") << u"SELECT 1; garbage"_s << u"multiple-statements"_s
                                      << u"one SQL statement"_s;
    QTest::newRow("only a separator") << u" ; "_s << u"empty-query"_s << u"no SQL statement"_s;
    QTest::newRow("only a comment") << u"-- nothing"_s << u"empty-query"_s
                                    << u"no SQL statement"_s;
}

void tst_QSqlCipherDriver::statementErrors()
{
    QFETCH(QString, sql);
    QFETCH(QString, expectedCode);
    QFETCH(QString, expectedText);

    QSqlDatabase db = openDatabase(path(u"errors.db"_s), m_sharedKey);
    QSqlQuery setup(db);
    QVERIFY(setup.exec(u"CREATE TABLE IF NOT EXISTS u (v INTEGER NOT NULL UNIQUE)"_s));
    QVERIFY(setup.exec(u"INSERT OR IGNORE INTO u (v) VALUES (1)"_s));

    const auto check = [&](const QSqlError &error) {
        QCOMPARE(error.type(), QSqlError::StatementError);
        QCOMPARE(error.nativeErrorCode(), expectedCode);
        QVERIFY2(error.databaseText().contains(expectedText), qPrintable(describe(error)));
        QVERIFY(!error.driverText().isEmpty());
    };

    QSqlQuery direct(db);
    QVERIFY(!direct.exec(sql));
    check(direct.lastError());
    QVERIFY(!direct.isActive());

    // Through prepare(): the error shows at prepare() or exec(), whichever meets it.
    QSqlQuery prepared(db);
    if (prepared.prepare(sql))
        QVERIFY(!prepared.exec());
    check(prepared.lastError());

    // The connection is still usable.
    QVERIFY(direct.exec(u"SELECT count(*) FROM u"_s));
    QVERIFY(direct.next());
    QCOMPARE(direct.value(0).toLongLong(), 1);
}

void tst_QSqlCipherDriver::trailingSeparatorsAccepted_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("semicolon") << u"SELECT 7;"_s;
    QTest::newRow("semicolon and spaces") << u"  SELECT 7 ;  \n\t"_s;
    QTest::newRow("several semicolons") << u"SELECT 7;;;"_s;
    QTest::newRow("trailing comment") << u"SELECT 7; -- the answer"_s;
    QTest::newRow("block comment") << u"SELECT 7 /* why */ ; /* done */"_s;
}

void tst_QSqlCipherDriver::trailingSeparatorsAccepted()
{
    QFETCH(QString, sql);
    QSqlDatabase db = openDatabase(path(u"trailing.db"_s), m_sharedKey);
    QSqlQuery q(db);
    QVERIFY2(q.exec(sql), qPrintable(describe(q.lastError())));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 7);
}

void tst_QSqlCipherDriver::parameterCountMismatch()
{
    QSqlDatabase db = openDatabase(path(u"params.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.prepare(u"SELECT ?, ?"_s));
    q.addBindValue(1);
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    QCOMPARE(q.lastError().nativeErrorCode(), u"parameter-count"_s);
    QVERIFY(q.lastError().databaseText().contains(u"2 placeholders"_s));

    QVERIFY(!q.exec(u"SELECT ?"_s)); // exec(QString) binds nothing
    QCOMPARE(q.lastError().nativeErrorCode(), u"parameter-count"_s);

    QVERIFY(q.prepare(u"SELECT ?"_s));
    q.addBindValue(QVariant::fromValue(qulonglong(std::numeric_limits<qulonglong>::max())));
    QVERIFY(!q.exec());
    QCOMPARE(q.lastError().nativeErrorCode(), u"value-out-of-range"_s);
}

void tst_QSqlCipherDriver::tablesRecordAndPrimaryIndex()
{
    QSqlDatabase db = openDatabase(path(u"schema.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(uR"(CREATE TABLE person (id INTEGER PRIMARY KEY,
                   name TEXT NOT NULL DEFAULT 'anon', born DATE, score REAL, photo BLOB,
                   active BOOLEAN, updated DATETIME, amount NUMERIC(10, 2)))"_s));
    QVERIFY(q.exec(
        u"CREATE TABLE link (a INTEGER, b TEXT, note VARCHAR(20), PRIMARY KEY (b, a))"_s));
    QVERIFY(q.exec(u"CREATE TABLE \"odd \"\"name\"\"\" (x)"_s));
    QVERIFY(q.exec(u"CREATE TABLE counter (id INTEGER PRIMARY KEY AUTOINCREMENT, v)"_s));
    QVERIFY(q.exec(u"CREATE VIEW adults AS SELECT id, name FROM person"_s));
    QVERIFY(q.exec(u"CREATE INDEX person_name ON person (name)"_s));

    QCOMPARE(db.tables(QSql::Tables),
             (QStringList{u"counter"_s, u"link"_s, u"odd \"name\""_s, u"person"_s}));
    QCOMPARE(db.tables(QSql::Views), QStringList{u"adults"_s});
    const QStringList system = db.tables(QSql::SystemTables);
    QVERIFY(system.contains(u"sqlite_master"_s));
    QVERIFY(system.contains(u"sqlite_sequence"_s));
    QCOMPARE(db.tables(QSql::AllTables).size(), 5 + system.size());

    const QSqlRecord person = db.record(u"person"_s);
    QCOMPARE(person.count(), 8);
    QCOMPARE(person.fieldName(0), u"id"_s);
    QCOMPARE(person.field(u"id"_s).metaType().id(), int(QMetaType::LongLong));
    QVERIFY(person.field(u"id"_s).isAutoValue());
    QCOMPARE(person.field(u"id"_s).tableName(), u"person"_s);
    QCOMPARE(person.field(u"name"_s).metaType().id(), int(QMetaType::QString));
    QCOMPARE(person.field(u"name"_s).requiredStatus(), QSqlField::Required);
    QCOMPARE(person.field(u"name"_s).defaultValue().toString(), u"anon"_s);
    QVERIFY(!person.field(u"name"_s).isAutoValue());
    QCOMPARE(person.field(u"born"_s).metaType().id(), int(QMetaType::QDate));
    QCOMPARE(person.field(u"born"_s).requiredStatus(), QSqlField::Optional);
    QCOMPARE(person.field(u"score"_s).metaType().id(), int(QMetaType::Double));
    QCOMPARE(person.field(u"photo"_s).metaType().id(), int(QMetaType::QByteArray));
    QCOMPARE(person.field(u"active"_s).metaType().id(), int(QMetaType::Bool));
    QCOMPARE(person.field(u"updated"_s).metaType().id(), int(QMetaType::QDateTime));
    QCOMPARE(person.field(u"amount"_s).metaType().id(), int(QMetaType::Double));

    const QSqlRecord link = db.record(u"link"_s);
    QCOMPARE(link.count(), 3);
    QCOMPARE(link.field(u"note"_s).metaType().id(), int(QMetaType::QString));
    QVERIFY(!link.field(u"a"_s).isAutoValue()); // part of a composite key: not the rowid

    const QSqlRecord odd = db.record(u"odd \"name\""_s);
    QCOMPARE(odd.count(), 1);
    QCOMPARE(odd.fieldName(0), u"x"_s);
    QCOMPARE(db.record(u"\"odd \"\"name\"\"\""_s).count(), 1);
    QVERIFY(db.record(u"nowhere"_s).isEmpty());
    QCOMPARE(db.record(u"adults"_s).count(), 2);

    const QSqlIndex linkKey = db.primaryIndex(u"link"_s);
    QCOMPARE(linkKey.count(), 2);
    QCOMPARE(linkKey.fieldName(0), u"b"_s);
    QCOMPARE(linkKey.fieldName(1), u"a"_s);
    QCOMPARE(linkKey.cursorName(), u"link"_s);
    const QSqlIndex personKey = db.primaryIndex(u"person"_s);
    QCOMPARE(personKey.count(), 1);
    QCOMPARE(personKey.fieldName(0), u"id"_s);
    QVERIFY(db.primaryIndex(u"odd \"name\""_s).isEmpty());
    QVERIFY(db.primaryIndex(u"nowhere"_s).isEmpty());
}

void tst_QSqlCipherDriver::queryRecordTypes()
{
    QSqlDatabase db = openDatabase(path(u"qrecord.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT, born DATE, "
                   "photo BLOB, score INTEGER)"_s));
    QVERIFY(q.exec(u"INSERT INTO person (name, born, score) VALUES ('Ana', '2001-05-06', NULL)"_s));

    for (const bool forwardOnly : {false, true}) {
        QSqlQuery select(db);
        select.setForwardOnly(forwardOnly);
        QVERIFY(select.exec(u"SELECT id, name AS who, born, photo, score, 1 + 1 AS expr, "
                            "'x' || name AS label FROM person"_s));
        QSqlRecord record = select.record();
        QCOMPARE(record.count(), 7);
        QCOMPARE(record.fieldName(1), u"who"_s);
        QCOMPARE(record.field(0).metaType().id(), int(QMetaType::LongLong));
        QCOMPARE(record.field(1).metaType().id(), int(QMetaType::QString));
        QCOMPARE(record.field(2).metaType().id(), int(QMetaType::QDate));
        QCOMPARE(record.field(3).metaType().id(), int(QMetaType::QByteArray));
        QCOMPARE(record.field(1).tableName(), u"person"_s);
        QVERIFY(record.field(5).tableName().isEmpty());

        QVERIFY(select.next());
        record = select.record();
        QCOMPARE(record.field(5).metaType().id(), int(QMetaType::LongLong)); // from the value
        QCOMPARE(record.field(6).metaType().id(), int(QMetaType::QString));
        QCOMPARE(record.value(u"who"_s).toString(), u"Ana"_s);
        QCOMPARE(record.value(u"expr"_s).toLongLong(), 2);
        // NULL in a declared INTEGER column comes back as a null of that type.
        QVERIFY(select.isNull(4));
        QVERIFY(select.value(4).isNull());
        QCOMPARE(select.value(4).typeId(), int(QMetaType::LongLong));
        QVERIFY(select.isNull(u"photo"_s));
        QCOMPARE(select.value(u"born"_s).toDate(), QDate(2001, 5, 6));
    }

    // Qt's default policy (LowPrecisionDouble) leaves integers alone.
    QCOMPARE(q.numericalPrecisionPolicy(), QSql::LowPrecisionDouble);
    QVERIFY(q.exec(u"SELECT 5, 2.75, 5000000000"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0), QVariant(qlonglong(5)));
    QCOMPARE(q.value(1), QVariant(2.75));
    q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt32);
    QVERIFY(q.exec(u"SELECT 5, 2.75, 5000000000"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0), QVariant(5));
    QCOMPARE(q.value(1), QVariant(2));
    QCOMPARE(q.value(2), QVariant(qlonglong(5000000000))); // does not fit: left exact
    q.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    QVERIFY(q.exec(u"SELECT -2.75"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0), QVariant(qlonglong(-2)));
}

void tst_QSqlCipherDriver::escapeIdentifier()
{
    QSqlDatabase db = addDatabase(path(u"unused.db"_s), randomKey());
    const QSqlDriver *driver = db.driver();
    QCOMPARE(driver->escapeIdentifier(u"plain"_s, QSqlDriver::TableName), u"\"plain\""_s);
    QCOMPARE(driver->escapeIdentifier(u"a\"b"_s, QSqlDriver::FieldName), u"\"a\"\"b\""_s);
    QCOMPARE(driver->escapeIdentifier(u"\"done\""_s, QSqlDriver::TableName), u"\"done\""_s);
    QVERIFY(driver->isIdentifierEscaped(u"\"x\""_s, QSqlDriver::TableName));
    QCOMPARE(driver->stripDelimiters(u"\"x\""_s, QSqlDriver::TableName), u"x"_s);

    QSqlField blob(u"b"_s, QMetaType::fromType<QByteArray>());
    blob.setValue(QByteArray("\x00\xff", 2));
    QCOMPARE(driver->formatValue(blob), u"X'00ff'"_s);
    QSqlField flag(u"f"_s, QMetaType::fromType<bool>());
    flag.setValue(true);
    QCOMPARE(driver->formatValue(flag), u"1"_s);
    QSqlField text(u"t"_s, QMetaType::fromType<QString>());
    text.setValue(u"it's"_s);
    QCOMPARE(driver->formatValue(text), u"'it''s'"_s);
}

void tst_QSqlCipherDriver::handles()
{
    QSqlDatabase db = openDatabase(path(u"handles.db"_s), randomKey());
    const QVariant connection = db.driver()->handle();
    QCOMPARE(QByteArray(connection.typeName()), "sqlite3*"_ba);
    QVERIFY(*static_cast<void *const *>(connection.constData()) != nullptr);

    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT 1"_s));
    const QVariant statement = q.result()->handle();
    QCOMPARE(QByteArray(statement.typeName()), "sqlite3_stmt*"_ba);
    QVERIFY(*static_cast<void *const *>(statement.constData()) != nullptr);

    db.close();
    QVERIFY(*static_cast<void *const *>(db.driver()->handle().constData()) == nullptr);
}

void tst_QSqlCipherDriver::packRows()
{
    QSqlDatabase db = openDatabase(path(u"pack.db"_s), randomKey());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE t (k INTEGER, v BLOB)"_s));
    QVERIFY(q.exec(u"INSERT INTO t VALUES (1, x'0102'), (NULL, x'FF'), (-7, NULL), "
                   "(9223372036854775807, 'abc'), (3, x'')"_s));
    const auto packed = [&](const QString &sql) {
        QSqlQuery p(db);
        if (!p.exec(sql) || !p.next()) {
            qWarning("%s", qPrintable(describe(p.lastError())));
            return QByteArray("failed");
        }
        return p.value(0).toByteArray();
    };
    // Every row in order, NULL key as 0, NULL blob as no bytes, text as its bytes.
    Nav::SqlCipher::PackedRows rows(packed(u"SELECT nav_pack(k, v) FROM (SELECT * FROM t ORDER BY rowid)"_s));
    QList<std::pair<qint64, QByteArray>> got;
    std::int64_t key = 0;
    QByteArrayView bytes;
    bool truncated = false;
    while (rows.next(&key, &bytes, &truncated))
        got.append({key, bytes.toByteArray()});
    QVERIFY(!truncated);
    const QList<std::pair<qint64, QByteArray>> want{{1, "\x01\x02"_ba}, {0, "\xff"_ba}, {-7, {}},
                                                    {std::numeric_limits<qint64>::max(), "abc"_ba},
                                                    {3, {}}};
    QCOMPARE(got, want);

    // No row: an empty blob, not NULL.
    const QByteArray none = packed(u"SELECT nav_pack(k, v) FROM t WHERE k = 42"_s);
    QVERIFY(!none.isNull());
    QVERIFY(none.isEmpty());

    // With matchinfo() over an FTS4 table (the directory's use): in a subquery, which SQLite
    // must not flatten (LIMIT -1); the same rows and bytes as one row each.
    QVERIFY(q.exec(u"CREATE VIRTUAL TABLE f USING fts4(a, b, tokenize=navstem english)"_s));
    QVERIFY(q.exec(u"INSERT INTO f (docid, a, b) VALUES (10, 'food bank', 'meals'), "
                   "(11, 'shelter', 'food'), (12, 'legal aid', 'counsel')"_s));
    const QString inner = u"SELECT docid, matchinfo(f, 'pcy') AS m FROM f WHERE f MATCH 'food' ORDER BY docid"_s;
    QList<std::pair<qint64, QByteArray>> oneEach;
    QVERIFY(q.exec(inner));
    while (q.next())
        oneEach.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    QCOMPARE(oneEach.size(), 2);
    Nav::SqlCipher::PackedRows fts(packed(u"SELECT nav_pack(docid, m) FROM (%1 LIMIT -1)"_s.arg(inner)));
    got.clear();
    while (fts.next(&key, &bytes))
        got.append({key, bytes.toByteArray()});
    QCOMPARE(got, oneEach);
    // Wrong use is an SQL error, not a crash.
    QVERIFY(!q.exec(u"SELECT nav_pack(k) FROM t"_s));
}

void tst_QSqlCipherDriver::packedRowsCutShort()
{
    QByteArray data;
    const std::int64_t key = 5;
    const std::uint32_t length = 4;
    data.append(reinterpret_cast<const char *>(&key), sizeof key);
    data.append(reinterpret_cast<const char *>(&length), sizeof length);
    data.append("ab", 2); // two of the four bytes announced
    Nav::SqlCipher::PackedRows rows(data);
    std::int64_t k = 0;
    QByteArrayView bytes;
    bool truncated = false;
    QVERIFY(!rows.next(&k, &bytes, &truncated));
    QVERIFY(truncated);
    QVERIFY(!rows.next(&k, &bytes, &truncated)); // and stays at the end
    Nav::SqlCipher::PackedRows header(data.left(6)); // not even a whole header
    truncated = false;
    QVERIFY(!header.next(&k, &bytes, &truncated));
    QVERIFY(truncated);
}

void tst_QSqlCipherDriver::closeWithActiveQuery()
{
    const QString file = path(u"close.db"_s);
    QSqlDatabase db = openDatabase(file, randomKey());
    fillSequence(db, 10);
    QSqlQuery scrolling(db);
    QVERIFY(scrolling.exec(u"SELECT n FROM seq"_s));
    QVERIFY(scrolling.next());
    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    QVERIFY(forward.exec(u"SELECT n FROM seq"_s));
    QVERIFY(forward.next());
    QSqlQuery prepared(db);
    QVERIFY(prepared.prepare(u"SELECT n FROM seq WHERE n = ?"_s));

    db.close();
    QVERIFY(!db.isOpen());
    QVERIFY(!scrolling.isActive());
    QVERIFY(!forward.isActive());
    QVERIFY(!scrolling.next());
    QVERIFY(!forward.next());

    // A statement prepared before close() cannot run after it, with a clear error.
    QVERIFY(db.open());
    prepared.addBindValue(3);
    QVERIFY(!prepared.exec());
    QCOMPARE(prepared.lastError().type(), QSqlError::StatementError);
    QCOMPARE(prepared.lastError().nativeErrorCode(), u"not-prepared"_s);

    // The old query objects work again once re-executed.
    QVERIFY(scrolling.exec(u"SELECT count(*) FROM seq"_s));
    QVERIFY(scrolling.next());
    QCOMPARE(scrolling.value(0).toLongLong(), 10);
}

void tst_QSqlCipherDriver::queryOutlivesDatabase()
{
    std::optional<QSqlQuery> query;
    QString name;
    {
        QSqlDatabase db = openDatabase(path(u"outlive.db"_s), randomKey());
        name = db.connectionName();
        query.emplace(db);
        QVERIFY(query->exec(u"SELECT 1 UNION ALL SELECT 2"_s));
        QVERIFY(query->next());
    }
    QSqlDatabase::removeDatabase(name); // last reference: deletes the driver, not the query
    QVERIFY(!query->next());
    query.reset(); // must not touch the deleted driver
}

QTEST_GUILESS_MAIN(tst_QSqlCipherDriver)
#include "tst_qsqlcipherdriver.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/database.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcNavStorageDatabase, "nav.storage.database")

namespace Nav::Storage {
namespace {

QString scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0).toString();
    return {};
}

Error openError(const QSqlError &e, const QString &fileName)
{
    const QString native = e.nativeErrorCode();
    const QString detail = QStringLiteral("%1 [%2] (%3)").arg(e.text(), native, fileName);
    if (native == QLatin1String("wrong-key")) {
        return Error::make(ErrorCode::StoreWrongKey,
                           Database::tr("The key in the keychain does not open this data file. "
                                        "The file may belong to another installation, or the "
                                        "keychain entry was replaced."),
                           detail);
    }
    if (native == QLatin1String("not-sqlcipher")) {
        return Error::make(ErrorCode::StoreNotEncrypted,
                           Database::tr("Encryption is not available: the database library "
                                        "loaded is not SQLCipher. Navigator refuses to store "
                                        "data unencrypted. Reinstall Navigator."),
                           detail);
    }
    return Error::make(ErrorCode::Database,
                       Database::tr("The data file could not be opened: %1").arg(e.text()),
                       detail);
}

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_connectionName(QStringLiteral("nav-db-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
    , m_db(std::make_shared<QSqlDatabase>())
{
    m_thread.setObjectName(QStringLiteral("nav-db"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Database::~Database()
{
    post([name = m_connectionName](QSqlDatabase &db) {
        if (db.isOpen())
            db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    });
    m_thread.quit();
    m_thread.wait();
}

QString Database::driverName()
{
    return QStringLiteral("QSQLCIPHER");
}

void Database::post(std::function<void(QSqlDatabase &)> task)
{
    QMetaObject::invokeMethod(
        m_worker, [db = m_db, task = std::move(task)] { task(*db); }, Qt::QueuedConnection);
}

QFuture<Result<DatabaseInfo>> Database::open(const Options &options)
{
    const QString name = m_connectionName;
    return run<DatabaseInfo>([options, name](QSqlDatabase &db) -> Result<DatabaseInfo> {
        const QString fileName = QFileInfo(options.filePath).fileName();
        if (!QSqlDatabase::isDriverAvailable(driverName())) {
            return fail(ErrorCode::StoreDriverMissing,
                        tr("The encrypted database driver (QSQLCIPHER) is missing from this "
                           "installation. Reinstall Navigator."),
                        QStringLiteral("drivers available: %1")
                            .arg(QSqlDatabase::drivers().join(QLatin1Char(','))));
        }
        if (db.isOpen())
            db.close();
        db = QSqlDatabase::addDatabase(driverName(), name);
        db.setDatabaseName(options.filePath);
        if (options.plaintext) {
            db.setConnectOptions(QStringLiteral("QSQLCIPHER_PLAINTEXT=1"));
        } else {
            db.setPassword(QString::fromLatin1(options.key.toHex()));
        }
        if (!db.open()) {
            const Error e = openError(db.lastError(), fileName);
            qCWarning(lcNavStorageDatabase) << "open failed:" << errorCodeName(e.code) << e.detail;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Unexpected(e);
        }
        // Committed transactions survive a killed process; WAL keeps readers off writers.
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        // Every page read from disk is decrypted and checked: keep the working set in memory.
        pragma.exec(QStringLiteral("PRAGMA cache_size = -32768"));

        DatabaseInfo info;
        info.cipherVersion = scalar(db, QStringLiteral("PRAGMA cipher_version"));
        info.sqliteVersion = scalar(db, QStringLiteral("SELECT sqlite_version()"));
        auto migrated = Migrator::migrate(db, options.migrations);
        if (!migrated) {
            db.close();
            return Unexpected(migrated.error());
        }
        info.schemaVersion = *migrated;
        qCInfo(lcNavStorageDatabase).noquote()
            << "opened" << fileName << "cipher" << info.cipherVersion << "schema"
            << info.schemaVersion;
        return info;
    });
}

QFuture<Result<void>> Database::close()
{
    return run<void>([](QSqlDatabase &db) -> Result<void> {
        if (db.isOpen())
            db.close();
        return {};
    });
}

} // namespace Nav::Storage

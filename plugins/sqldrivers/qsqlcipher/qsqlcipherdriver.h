// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;
struct sqlite3_stmt;

// handle() answers QVariant::fromValue(sqlite3 *) / (sqlite3_stmt *); users test typeName().
Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace Nav::SqlCipher {

struct SqlCipherApi;
class QSqlCipherResult;

// Qt SQL driver "QSQLCIPHER" for SQLCipher 3 databases keyed with a raw 256-bit key.
//
// QSqlDatabase::setPassword() takes the key as 64 hexadecimal characters. Connect options
// (semicolon-separated): QSQLCIPHER_BUSY_TIMEOUT=<ms> (default 5000), QSQLCIPHER_OPEN_READONLY,
// QSQLCIPHER_PLAINTEXT=1 (empty password, unencrypted file: benchmarks only).
// Open failures are ConnectionErrors whose nativeErrorCode() is one of "bad-option",
// "key-required", "bad-key-format", "library-missing", "not-sqlcipher", "wrong-key",
// "fts-unavailable", or the SQLite result code in decimal.
// Every connection has the FTS tokenizer `navstem` (stemtokenizer.h):
// CREATE VIRTUAL TABLE t USING fts4(body, tokenize=navstem french).
class QSqlCipherDriver : public QSqlDriver
{
    Q_OBJECT

public:
    explicit QSqlCipherDriver(QObject *parent = nullptr);
    ~QSqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &databaseName, const QString &user, const QString &password,
              const QString &host, int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField &field, bool trimStrings) const override;
    QVariant handle() const override;

    // For QSqlCipherResult.
    sqlite3 *connection() const { return m_db; }
    const SqlCipherApi *api() const { return m_api; }
    void registerResult(QSqlCipherResult *result) const;
    void unregisterResult(QSqlCipherResult *result) const;

private:
    struct ColumnInfo
    {
        QString name;
        QByteArray declaredType;
        bool isNotNull = false;
        QString defaultValue;
        int primaryKeyPosition = 0; // 1-based position in the primary key, 0 if not part of it
    };

    bool failOpen(const QString &driverText, const QString &databaseText, const QString &code);
    bool runTransactionStatement(const char *sql, const QString &driverText);
    QStringList firstColumn(const char *sql) const;
    QList<ColumnInfo> tableColumns(const QString &tableName) const;
    QSqlField fieldFor(const ColumnInfo &column, const QString &tableName) const;

    sqlite3 *m_db = nullptr;
    const SqlCipherApi *m_api = nullptr;
    // Results are created by a const factory; the list lets close() finalize their statements.
    mutable QList<QSqlCipherResult *> m_results;
};

// Qt type for a declared SQLite column type (affinity rules plus BOOL/DATE/TIME/DATETIME names);
// QMetaType::UnknownType when the declared type is empty.
int metaTypeIdForDeclaredType(QByteArrayView declaredType);

} // namespace Nav::SqlCipher

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "qsqlcipherdriver.h"

#include "qsqlcipherresult.h"
#include "sqlcipherapi.h"
#include "packaggregate.h"
#include "stemtokenizer.h"

#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace Nav::SqlCipher {
namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;
constexpr qsizetype kKeyHexLength = 64;
// SQLCipher 3 encrypts 1 KiB pages unless told otherwise; plain SQLite 3.15 uses 4 KiB. With
// 1 KiB pages every record of a few KiB spans several overflow pages, each with its own IV and
// HMAC, and B-trees are deeper: a bulk import took twice as long as on a plaintext copy. New
// encrypted files use 4 KiB pages (same cipher, same key, same HMAC per page); files written
// before keep their 1 KiB pages and are still opened (see open()).
constexpr char kPageSizePragma[] = "PRAGMA cipher_page_size = 4096";

struct ConnectOptions
{
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    bool isReadOnly = false;
    bool isPlaintext = false;
};

// Parses "NAME[=value];NAME[=value]". Unknown names are errors: a misspelt option must not be
// silently ignored when one of them decides whether the file is encrypted.
bool parseConnectOptions(const QString &text, ConnectOptions *options, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString name = (equals < 0 ? part : part.left(equals)).trimmed();
        const bool hasValue = equals >= 0;
        const QString value = hasValue ? part.mid(equals + 1).trimmed() : QString();

        if (name == QLatin1String("QSQLCIPHER_BUSY_TIMEOUT")) {
            bool isNumber = false;
            const int ms = value.toInt(&isNumber);
            if (!isNumber || ms < 0) {
                *error = QSqlCipherDriver::tr(
                    "QSQLCIPHER_BUSY_TIMEOUT needs a number of milliseconds (0 or more)");
                return false;
            }
            options->busyTimeoutMs = ms;
        } else if (name == QLatin1String("QSQLCIPHER_OPEN_READONLY")) {
            if (hasValue && value != QLatin1String("1") && value != QLatin1String("0")) {
                *error = QSqlCipherDriver::tr("QSQLCIPHER_OPEN_READONLY takes no value, 1 or 0");
                return false;
            }
            options->isReadOnly = !hasValue || value == QLatin1String("1");
        } else if (name == QLatin1String("QSQLCIPHER_PLAINTEXT")) {
            // An explicit "=1" only: turning encryption off must never happen by accident.
            if (value != QLatin1String("1") && value != QLatin1String("0")) {
                *error = QSqlCipherDriver::tr("QSQLCIPHER_PLAINTEXT must be written =1 or =0");
                return false;
            }
            options->isPlaintext = value == QLatin1String("1");
        } else {
            *error = QSqlCipherDriver::tr("Unknown connect option %1").arg(name);
            return false;
        }
    }
    return true;
}

bool isHexKey(const QString &key)
{
    return key.size() == kKeyHexLength && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
               const char16_t u = c.unicode();
               return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')
                      || (u >= u'A' && u <= u'F');
           });
}

struct SingleValue
{
    int rc = SQLITE_OK; // SQLITE_ROW when a row came back
    QByteArray value;
    QString message;
};

// First column of the first row of `sql`, with the error captured before finalize().
SingleValue querySingleValue(const SqlCipherApi &api, sqlite3 *db, const char *sql)
{
    SingleValue result;
    sqlite3_stmt *statement = nullptr;
    result.rc = api.prepare_v2(db, sql, -1, &statement, nullptr);
    if (result.rc == SQLITE_OK && statement) {
        result.rc = api.step(statement);
        if (result.rc == SQLITE_ROW) {
            const unsigned char *text = api.column_text(statement, 0);
            if (text)
                result.value = QByteArray(reinterpret_cast<const char *>(text),
                                          api.column_bytes(statement, 0));
        }
    }
    if (result.rc != SQLITE_ROW && result.rc != SQLITE_DONE)
        result.message = QString::fromUtf8(api.errmsg(db));
    api.finalize(statement);
    return result;
}

QString unescapedIdentifier(const QString &identifier)
{
    if (identifier.size() >= 2 && identifier.startsWith(QLatin1Char('"'))
        && identifier.endsWith(QLatin1Char('"'))) {
        QString inner = identifier.mid(1, identifier.size() - 2);
        return inner.replace(QLatin1String("\"\""), QLatin1String("\""));
    }
    return identifier;
}

// PRAGMA table_info gives the default as SQL text; unquote plain string literals.
QString defaultValueFromSql(const QString &sql)
{
    if (sql.size() >= 2 && sql.startsWith(QLatin1Char('\'')) && sql.endsWith(QLatin1Char('\''))) {
        QString inner = sql.mid(1, sql.size() - 2);
        return inner.replace(QLatin1String("''"), QLatin1String("'"));
    }
    return sql;
}

} // namespace

int metaTypeIdForDeclaredType(QByteArrayView declaredType)
{
    QByteArray type = declaredType.toByteArray().trimmed().toUpper();
    if (type.isEmpty())
        return QMetaType::UnknownType;
    const qsizetype parenthesis = type.indexOf('(');
    const QByteArray baseName = (parenthesis < 0 ? type : type.left(parenthesis)).trimmed();
    if (baseName == "BOOL" || baseName == "BOOLEAN")
        return QMetaType::Bool;
    if (baseName == "DATETIME" || baseName == "TIMESTAMP")
        return QMetaType::QDateTime;
    if (baseName == "DATE")
        return QMetaType::QDate;
    if (baseName == "TIME")
        return QMetaType::QTime;
    // SQLite's column affinity rules, in SQLite's order.
    if (type.contains("INT"))
        return QMetaType::LongLong;
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::QString;
    if (type.contains("BLOB"))
        return QMetaType::QByteArray;
    return QMetaType::Double; // REAL, FLOA, DOUB and NUMERIC affinity
}

QSqlCipherDriver::QSqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{}

QSqlCipherDriver::~QSqlCipherDriver()
{
    close();
    for (QSqlCipherResult *result : std::as_const(m_results))
        result->detachDriver();
}

bool QSqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
        return true;
    case QuerySize:
    case NamedPlaceholders: // QSqlResult rewrites :name to ? and orders boundValues() for us
    case BatchOperations:
    case LowPrecisionNumbers:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool QSqlCipherDriver::open(const QString &databaseName, const QString &user,
                            const QString &password, const QString &host, int port,
                            const QString &connectOptions)
{
    Q_UNUSED(user)
    Q_UNUSED(host)
    Q_UNUSED(port)
    if (isOpen())
        close();

    ConnectOptions options;
    QString optionError;
    if (!parseConnectOptions(connectOptions, &options, &optionError))
        return failOpen(tr("Invalid connect options"), optionError, QStringLiteral("bad-option"));
    if (password.isEmpty()) {
        if (!options.isPlaintext) {
            return failOpen(tr("An encryption key is required"),
                            tr("Set the raw 256-bit key as the connection password (64 "
                               "hexadecimal characters); only QSQLCIPHER_PLAINTEXT=1 allows an "
                               "unencrypted database"),
                            QStringLiteral("key-required"));
        }
    } else if (options.isPlaintext) {
        return failOpen(tr("Invalid connect options"),
                        tr("QSQLCIPHER_PLAINTEXT=1 cannot be combined with an encryption key"),
                        QStringLiteral("bad-option"));
    } else if (!isHexKey(password)) {
        return failOpen(tr("Invalid encryption key format"),
                        tr("The key must be exactly 64 hexadecimal characters (a raw 256-bit "
                           "key), not a passphrase"),
                        QStringLiteral("bad-key-format"));
    }

    const SqlCipherLibrary &library = sqlCipherLibrary();
    if (!library.isLoaded)
        return failOpen(tr("Cannot use SQLCipher"), library.errorText, library.errorCode);
    m_api = &library.api;

    const int flags = SQLITE_OPEN_NOMUTEX
                      | (options.isReadOnly ? SQLITE_OPEN_READONLY
                                            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray path = databaseName.toUtf8();
    const bool isKeyed = !options.isPlaintext;
    // First 4 KiB pages; an existing file that cannot be read so is retried once with the 1 KiB
    // pages of the files written before (a wrong key fails both ways).
    for (const bool isLegacyPageSize : {false, true}) {
        const int openRc = m_api->open_v2(path.constData(), &m_db, flags, nullptr);
        if (openRc != SQLITE_OK) {
            const QString message = m_db ? QString::fromUtf8(m_api->errmsg(m_db))
                                         : QString::fromUtf8(m_api->errstr(openRc));
            return failOpen(tr("Unable to open the database"), message, QString::number(openRc));
        }
        m_api->busy_timeout(m_db, options.busyTimeoutMs);

        if (isKeyed) {
            QByteArray pragma;
            pragma.reserve(kKeyHexLength + 24);
            pragma.append("PRAGMA key = \"x'");
            for (const QChar c : password)
                pragma.append(static_cast<char>(c.unicode())); // ASCII hex, checked above
            pragma.append("'\"");
            const int keyRc = m_api->exec(m_db, pragma.constData(), nullptr, nullptr, nullptr);
            pragma.fill('\0'); // do not leave the key behind in freed heap memory
            if (keyRc != SQLITE_OK) {
                return failOpen(tr("Unable to set the encryption key"),
                                QString::fromUtf8(m_api->errmsg(m_db)), QString::number(keyRc));
            }
            if (!isLegacyPageSize
                && m_api->exec(m_db, kPageSizePragma, nullptr, nullptr, nullptr) != SQLITE_OK) {
                return failOpen(tr("Unable to set the encryption page size"),
                                QString::fromUtf8(m_api->errmsg(m_db)), QStringLiteral("page-size"));
            }
        }

        // Plain SQLite answers PRAGMA cipher_version with nothing and ignores PRAGMA key: catching
        // that here is what stops the store from writing client data in clear.
        const SingleValue cipher = querySingleValue(*m_api, m_db, "PRAGMA cipher_version");
        if (cipher.rc != SQLITE_ROW || cipher.value.isEmpty()) {
            return failOpen(tr("The database library is not SQLCipher"),
                            tr("PRAGMA cipher_version returned nothing: plain SQLite is answering "
                               "instead of SQLCipher, and data would be written unencrypted"),
                            QStringLiteral("not-sqlcipher"));
        }

        // The key is only checked when a page is read.
        const SingleValue check = querySingleValue(*m_api, m_db, "SELECT count(*) FROM sqlite_master");
        if (check.rc == SQLITE_NOTADB && isKeyed && !isLegacyPageSize) {
            m_api->close_v2(m_db);
            m_db = nullptr;
            continue;
        }
        if (check.rc != SQLITE_ROW) {
            if (check.rc == SQLITE_NOTADB && isKeyed) {
                return failOpen(tr("Wrong encryption key"),
                                tr("%1: the encryption key is probably wrong, or the file is not a "
                                   "SQLCipher database")
                                    .arg(check.message),
                                QStringLiteral("wrong-key"));
            }
            return failOpen(tr("Unable to read the database"), check.message,
                            QString::number(check.rc));
        }
        break;
    }

    // Before anything else runs: migrations create FTS tables with it, and an existing table
    // that uses it cannot be read without it.
    QString tokenizerError;
    if (!registerStemTokenizer(*m_api, m_db, &tokenizerError)) {
        return failOpen(tr("Full-text search is not available"), tokenizerError,
                        QStringLiteral("fts-unavailable"));
    }
    QString packError;
    if (!registerPackAggregate(*m_api, m_db, &packError)) {
        return failOpen(tr("Full-text search is not available"), packError,
                        QStringLiteral("fts-unavailable"));
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

bool QSqlCipherDriver::failOpen(const QString &driverText, const QString &databaseText,
                                const QString &code)
{
    qCWarning(lcNavQSqlCipher).noquote() << "open failed:" << code << driverText;
    if (m_db) {
        m_api->close_v2(m_db);
        m_db = nullptr;
    }
    setLastError(QSqlError(driverText, databaseText, QSqlError::ConnectionError, code));
    setOpenError(true);
    return false;
}

void QSqlCipherDriver::close()
{
    for (QSqlCipherResult *result : std::as_const(m_results))
        result->finalizeStatement();
    if (m_db) {
        // Every statement we prepared is finalized above; _v2 also copes with anything else.
        m_api->close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

QSqlResult *QSqlCipherDriver::createResult() const
{
    return new QSqlCipherResult(this);
}

void QSqlCipherDriver::registerResult(QSqlCipherResult *result) const
{
    m_results.append(result);
}

void QSqlCipherDriver::unregisterResult(QSqlCipherResult *result) const
{
    m_results.removeOne(result);
}

bool QSqlCipherDriver::beginTransaction()
{
    return runTransactionStatement("BEGIN", tr("Unable to begin the transaction"));
}

bool QSqlCipherDriver::commitTransaction()
{
    return runTransactionStatement("COMMIT", tr("Unable to commit the transaction"));
}

bool QSqlCipherDriver::rollbackTransaction()
{
    return runTransactionStatement("ROLLBACK", tr("Unable to roll back the transaction"));
}

bool QSqlCipherDriver::runTransactionStatement(const char *sql, const QString &driverText)
{
    if (!isOpen() || isOpenError() || !m_db) {
        setLastError(QSqlError(driverText, tr("The database is not open"),
                               QSqlError::TransactionError));
        return false;
    }
    const int rc = m_api->exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(driverText, QString::fromUtf8(m_api->errmsg(m_db)),
                               QSqlError::TransactionError, QString::number(rc)));
        return false;
    }
    return true;
}

QStringList QSqlCipherDriver::firstColumn(const char *sql) const
{
    QStringList values;
    if (!m_db)
        return values;
    sqlite3_stmt *statement = nullptr;
    if (m_api->prepare_v2(m_db, sql, -1, &statement, nullptr) == SQLITE_OK && statement) {
        while (m_api->step(statement) == SQLITE_ROW) {
            const unsigned char *text = m_api->column_text(statement, 0);
            values.append(QString::fromUtf8(reinterpret_cast<const char *>(text),
                                            m_api->column_bytes(statement, 0)));
        }
    }
    m_api->finalize(statement);
    return values;
}

QStringList QSqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen() || !m_db)
        return names;
    if (type & QSql::Tables) {
        names += firstColumn(R"(SELECT name FROM sqlite_master WHERE type = 'table'
                                AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name)");
    }
    if (type & QSql::Views)
        names += firstColumn("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name");
    if (type & QSql::SystemTables) {
        names.append(QStringLiteral("sqlite_master"));
        names += firstColumn(R"(SELECT name FROM sqlite_master WHERE type = 'table'
                                AND name LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name)");
    }
    return names;
}

QList<QSqlCipherDriver::ColumnInfo> QSqlCipherDriver::tableColumns(const QString &tableName) const
{
    QList<ColumnInfo> columns;
    if (!isOpen() || !m_db || tableName.isEmpty())
        return columns;
    const QByteArray sql = (QStringLiteral("PRAGMA table_info(")
                            + escapeIdentifier(tableName, TableName) + QLatin1Char(')'))
                               .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (m_api->prepare_v2(m_db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK
        && statement) {
        const auto text = [&](int column) {
            const unsigned char *value = m_api->column_text(statement, column);
            return value ? QByteArray(reinterpret_cast<const char *>(value),
                                      m_api->column_bytes(statement, column))
                         : QByteArray();
        };
        // Columns of table_info: cid, name, type, notnull, dflt_value, pk.
        while (m_api->step(statement) == SQLITE_ROW) {
            ColumnInfo column;
            column.name = QString::fromUtf8(text(1));
            column.declaredType = text(2);
            column.isNotNull = m_api->column_int64(statement, 3) != 0;
            if (m_api->column_type(statement, 4) != SQLITE_NULL)
                column.defaultValue = defaultValueFromSql(QString::fromUtf8(text(4)));
            column.primaryKeyPosition = static_cast<int>(m_api->column_int64(statement, 5));
            columns.append(column);
        }
    }
    m_api->finalize(statement);
    return columns;
}

QSqlField QSqlCipherDriver::fieldFor(const ColumnInfo &column, const QString &tableName) const
{
    QSqlField field(column.name, QMetaType(metaTypeIdForDeclaredType(column.declaredType)),
                    unescapedIdentifier(tableName));
    field.setRequiredStatus(column.isNotNull ? QSqlField::Required : QSqlField::Optional);
    if (!column.defaultValue.isNull())
        field.setDefaultValue(column.defaultValue);
    return field;
}

QSqlRecord QSqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord record;
    const QList<ColumnInfo> columns = tableColumns(tableName);
    const auto keyColumns = std::count_if(columns.cbegin(), columns.cend(),
                                          [](const ColumnInfo &c) {
                                              return c.primaryKeyPosition > 0;
                                          });
    for (const ColumnInfo &column : columns) {
        QSqlField field = fieldFor(column, tableName);
        // A lone "INTEGER PRIMARY KEY" is the rowid: SQLite fills it in.
        if (keyColumns == 1 && column.primaryKeyPosition == 1
            && column.declaredType.trimmed().compare("INTEGER", Qt::CaseInsensitive) == 0) {
            field.setAutoValue(true);
        }
        record.append(field);
    }
    return record;
}

QSqlIndex QSqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QList<ColumnInfo> columns = tableColumns(tableName);
    columns.removeIf([](const ColumnInfo &c) { return c.primaryKeyPosition <= 0; });
    std::sort(columns.begin(), columns.end(), [](const ColumnInfo &a, const ColumnInfo &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    QSqlIndex index(unescapedIdentifier(tableName));
    for (const ColumnInfo &column : std::as_const(columns))
        index.append(fieldFor(column, tableName));
    return index;
}

QString QSqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString QSqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (!field.isNull()) {
        const QVariant value = field.value();
        if (value.typeId() == QMetaType::QByteArray) {
            return QLatin1String("X'") + QString::fromLatin1(value.toByteArray().toHex())
                   + QLatin1Char('\'');
        }
        if (value.typeId() == QMetaType::Bool)
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    }
    return QSqlDriver::formatValue(field, trimStrings);
}

QVariant QSqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace Nav::SqlCipher

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "qsqlcipherresult.h"

#include "qsqlcipherdriver.h"
#include "sqlcipherapi.h"
#include "stemtokenizer.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <cmath>
#include <limits>

namespace Nav::SqlCipher {
namespace {

constexpr qsizetype kMaxSqliteLength = std::numeric_limits<int>::max();

// Qt SQL convention: null strings, byte arrays and dates bind as SQL NULL.
bool isNullValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return static_cast<const QTime *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime *>(value.constData())->isNull();
    default:
        return false;
    }
}

bool startsWithInsert(const QString &query)
{
    const QStringView text = QStringView(query).trimmed();
    return text.startsWith(QLatin1String("INSERT"), Qt::CaseInsensitive)
           || text.startsWith(QLatin1String("REPLACE"), Qt::CaseInsensitive);
}

int metaTypeIdForStorageClass(int storageClass)
{
    switch (storageClass) {
    case SQLITE_INTEGER:
        return QMetaType::LongLong;
    case SQLITE_FLOAT:
        return QMetaType::Double;
    case SQLITE_TEXT:
        return QMetaType::QString;
    case SQLITE_BLOB:
        return QMetaType::QByteArray;
    default:
        return QMetaType::UnknownType;
    }
}

} // namespace

QSqlCipherResult::QSqlCipherResult(const QSqlCipherDriver *driver)
    : QSqlResult(driver)
    , m_driver(driver)
{
    m_driver->registerResult(this);
}

QSqlCipherResult::~QSqlCipherResult()
{
    finalizeStatement();
    if (m_driver)
        m_driver->unregisterResult(this);
}

QVariant QSqlCipherResult::handle() const
{
    return QVariant::fromValue(m_statement);
}

void QSqlCipherResult::finalizeStatement()
{
    if (m_statement && m_driver && m_driver->api())
        m_driver->api()->finalize(m_statement);
    m_statement = nullptr;
    m_columnCount = 0;
    clearRows();
    if (isActive())
        setActive(false);
}

void QSqlCipherResult::detachDriver()
{
    finalizeStatement();
    m_driver = nullptr;
}

void QSqlCipherResult::clearRows()
{
    m_rows.clear();
    m_lastRow.clear();
    m_isOnLastRowCopy = false;
    m_hasPendingRow = false;
    m_isExhausted = true;
    m_hasStepError = false;
}

void QSqlCipherResult::setStatementError(const QString &driverText, int rc)
{
    QString databaseText;
    if (m_driver && m_driver->api()) {
        const SqlCipherApi &api = *m_driver->api();
        sqlite3 *db = m_driver->connection();
        // Binding errors do not always update the connection's message.
        databaseText = db && api.errcode(db) == rc ? QString::fromUtf8(api.errmsg(db))
                                                   : QString::fromUtf8(api.errstr(rc));
    }
    // SQLite reports any tokenizer argument error as a bare "unknown tokenizer".
    if (databaseText == QLatin1String("unknown tokenizer")) {
        if (const QString detail = takeStemTokenizerError(); !detail.isEmpty())
            databaseText = detail;
    }
    setStatementError(driverText, databaseText, QString::number(rc));
}

void QSqlCipherResult::setStatementError(const QString &driverText, const QString &databaseText,
                                         const QString &code)
{
    setLastError(QSqlError(driverText, databaseText, QSqlError::StatementError, code));
}

bool QSqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool QSqlCipherResult::prepare(const QString &query)
{
    finalizeStatement();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    if (!m_driver || !m_driver->connection()) {
        setStatementError(tr("Unable to prepare the statement"), tr("The database is not open"),
                          QStringLiteral("not-open"));
        return false;
    }
    const SqlCipherApi &api = *m_driver->api();
    sqlite3 *db = m_driver->connection();

    const QByteArray sql = query.toUtf8();
    if (sql.size() >= kMaxSqliteLength) {
        setStatementError(tr("Unable to prepare the statement"), tr("The query is too long"),
                          QString::number(SQLITE_TOOBIG));
        return false;
    }
    const char *tail = nullptr;
    const int rc = api.prepare_v2(db, sql.constData(), static_cast<int>(sql.size()), &m_statement,
                                  &tail);
    if (rc != SQLITE_OK) {
        setStatementError(tr("Unable to prepare the statement"), rc);
        api.finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    if (!m_statement) {
        setStatementError(tr("Unable to prepare the statement"),
                          tr("The query contains no SQL statement"), QStringLiteral("empty-query"));
        return false;
    }

    // One statement per query: whitespace, comments and semicolons may follow, nothing else.
    const char *end = sql.constData() + sql.size();
    while (tail && tail < end) {
        sqlite3_stmt *extra = nullptr;
        const char *next = nullptr;
        const int extraRc = api.prepare_v2(db, tail, static_cast<int>(end - tail), &extra, &next);
        const bool hasExtraStatement = extra != nullptr;
        api.finalize(extra);
        if (extraRc != SQLITE_OK || hasExtraStatement) {
            api.finalize(m_statement);
            m_statement = nullptr;
            setStatementError(tr("Unable to prepare the statement"),
                              tr("Only one SQL statement per query is supported; text follows "
                                 "the first statement"),
                              QStringLiteral("multiple-statements"));
            return false;
        }
        if (!next || next <= tail)
            break;
        tail = next;
    }

    m_columnCount = api.column_count(m_statement);
    m_isInsert = startsWithInsert(query);
    return true;
}

bool QSqlCipherResult::bindParameter(int position, const QVariant &value)
{
    const SqlCipherApi &api = *m_driver->api();
    const auto bindText = [&](const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        if (utf8.size() >= kMaxSqliteLength)
            return static_cast<int>(SQLITE_TOOBIG);
        return api.bind_text(m_statement, position, utf8.constData(),
                             static_cast<int>(utf8.size()), transientDestructor());
    };

    int rc = SQLITE_OK;
    if (isNullValue(value)) {
        rc = api.bind_null(m_statement, position);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
            rc = api.bind_int64(m_statement, position, value.toBool() ? 1 : 0);
            break;
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
            rc = api.bind_int64(m_statement, position, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong number = value.toULongLong();
            if (number > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                setStatementError(tr("Unable to bind a value"),
                                  tr("Parameter %1 does not fit in a 64-bit signed integer")
                                      .arg(position),
                                  QStringLiteral("value-out-of-range"));
                return false;
            }
            rc = api.bind_int64(m_statement, position, static_cast<qint64>(number));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = api.bind_double(m_statement, position, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = bytes.size() >= kMaxSqliteLength
                     ? static_cast<int>(SQLITE_TOOBIG)
                     : api.bind_blob(m_statement, position, bytes.constData(),
                                     static_cast<int>(bytes.size()), transientDestructor());
            break;
        }
        case QMetaType::QDateTime:
            rc = bindText(value.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QDate:
            rc = bindText(value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QTime:
            rc = bindText(value.toTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QString:
            rc = bindText(value.toString());
            break;
        default:
            if (!value.canConvert<QString>()) {
                setStatementError(tr("Unable to bind a value"),
                                  tr("Parameter %1 has a type SQLite cannot store (%2)")
                                      .arg(position)
                                      .arg(QString::fromLatin1(value.typeName())),
                                  QStringLiteral("unsupported-type"));
                return false;
            }
            rc = bindText(value.toString());
            break;
        }
    }
    if (rc != SQLITE_OK) {
        setStatementError(tr("Unable to bind parameter %1").arg(position), rc);
        return false;
    }
    return true;
}

bool QSqlCipherResult::exec()
{
    clearRows();
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
    setAt(QSql::BeforeFirstRow);
    if (!m_statement || !m_driver || !m_driver->connection()) {
        setStatementError(tr("Unable to execute the statement"),
                          tr("The statement is not prepared, or its database was closed"),
                          QStringLiteral("not-prepared"));
        return false;
    }
    const SqlCipherApi &api = *m_driver->api();
    sqlite3 *db = m_driver->connection();

    api.reset(m_statement);
    api.clear_bindings(m_statement);
    const QList<QVariant> &values = boundValues();
    const int placeholderCount = api.bind_parameter_count(m_statement);
    if (values.size() != placeholderCount) {
        setStatementError(tr("Parameter count mismatch"),
                          tr("The statement has %1 placeholders but %2 values were bound")
                              .arg(placeholderCount)
                              .arg(values.size()),
                          QStringLiteral("parameter-count"));
        return false;
    }
    for (int i = 0; i < placeholderCount; ++i) {
        if (!bindParameter(i + 1, values.at(i)))
            return false;
    }

    const int totalChangesBefore = api.total_changes(db);
    const sqlite3_int64 rowIdBefore = api.last_insert_rowid(db);
    const int rc = api.step(m_statement);
    if (rc == SQLITE_ROW) {
        m_hasPendingRow = true;
        m_isExhausted = false;
        setSelect(true);
        setActive(true);
        return true;
    }
    if (rc != SQLITE_DONE) {
        setStatementError(tr("Unable to execute the statement"), rc);
        api.reset(m_statement);
        return false;
    }

    setSelect(m_columnCount > 0);
    if (m_columnCount == 0) {
        // sqlite3_changes() keeps the count of the last DML statement, so DDL would report a
        // stale number: only trust it when this statement changed something.
        const bool hasChanged = api.total_changes(db) != totalChangesBefore;
        m_rowsAffected = hasChanged ? api.changes(db) : 0;
        const sqlite3_int64 rowId = api.last_insert_rowid(db);
        if (hasChanged && (rowId != rowIdBefore || m_isInsert))
            m_lastInsertId = QVariant(static_cast<qlonglong>(rowId));
    }
    api.reset(m_statement);
    setActive(true);
    return true;
}

bool QSqlCipherResult::stepRow()
{
    if (m_hasPendingRow) {
        m_hasPendingRow = false;
        return true;
    }
    if (m_isExhausted || !m_statement)
        return false;
    const SqlCipherApi &api = *m_driver->api();
    const int rc = api.step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_isExhausted = true;
    if (rc != SQLITE_DONE) {
        m_hasStepError = true;
        setStatementError(tr("Unable to fetch the row"), rc);
    }
    api.reset(m_statement); // ends the statement's read transaction
    return false;
}

QVariant QSqlCipherResult::columnValue(int column) const
{
    const SqlCipherApi &api = *m_driver->api();
    switch (api.column_type(m_statement, column)) {
    case SQLITE_INTEGER: {
        // The precision policy is about numbers SQLite holds as REAL; integers stay exact
        // unless 32-bit values were asked for.
        const qint64 number = api.column_int64(m_statement, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32
            && number >= std::numeric_limits<int>::min()
            && number <= std::numeric_limits<int>::max()) {
            return QVariant(static_cast<int>(number));
        }
        return QVariant(static_cast<qlonglong>(number));
    }
    case SQLITE_FLOAT: {
        const double number = api.column_double(m_statement, column);
        const double whole = std::trunc(number); // "the fractional part is silently discarded"
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            if (whole >= std::numeric_limits<int>::min()
                && whole <= std::numeric_limits<int>::max()) {
                return QVariant(static_cast<int>(whole));
            }
            break;
        case QSql::LowPrecisionInt64:
            // 2^63 is exactly representable; the largest qint64 is not.
            if (whole >= -0x1p63 && whole < 0x1p63)
                return QVariant(static_cast<qlonglong>(whole));
            break;
        default:
            break;
        }
        return QVariant(number);
    }
    case SQLITE_TEXT: {
        // column_text() before column_bytes(), as SQLite documents.
        const auto *text = reinterpret_cast<const char *>(api.column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, api.column_bytes(m_statement, column)));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(api.column_blob(m_statement, column));
        const int bytes = api.column_bytes(m_statement, column);
        // A zero-length blob comes back as a null pointer; keep it distinct from SQL NULL.
        return QVariant(bytes > 0 ? QByteArray(blob, bytes) : QByteArray("", 0));
    }
    default: {
        const int type = metaTypeIdForDeclaredType(api.column_decltype(m_statement, column));
        return type == QMetaType::UnknownType ? QVariant() : QVariant(QMetaType(type));
    }
    }
}

QVariantList QSqlCipherResult::readRow() const
{
    QVariantList row;
    row.reserve(m_columnCount);
    for (int column = 0; column < m_columnCount; ++column)
        row.append(columnValue(column));
    return row;
}

bool QSqlCipherResult::isPositionedOnStatementRow() const
{
    return m_statement && at() >= 0 && !m_isExhausted && !m_isOnLastRowCopy;
}

QVariant QSqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_columnCount || at() < 0)
        return QVariant();
    if (!isForwardOnly())
        return at() < m_rows.size() ? m_rows.at(at()).value(column) : QVariant();
    if (m_isOnLastRowCopy)
        return m_lastRow.value(column);
    return isPositionedOnStatementRow() ? columnValue(column) : QVariant();
}

bool QSqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_columnCount || at() < 0)
        return true;
    if (!isForwardOnly())
        return at() >= m_rows.size() || m_rows.at(at()).value(column).isNull();
    if (m_isOnLastRowCopy)
        return m_lastRow.value(column).isNull();
    return !isPositionedOnStatementRow()
           || m_driver->api()->column_type(m_statement, column) == SQLITE_NULL;
}

bool QSqlCipherResult::fetch(int index)
{
    if (index < 0 || !m_statement || !isSelect())
        return false;
    if (isForwardOnly()) {
        const int current = at();
        if (m_isOnLastRowCopy)
            return index == current;
        if (current == QSql::AfterLastRow)
            return false;
        if (index <= current)
            return index == current; // no going back; the current row is still readable
        for (int position = current; position < index; ++position) {
            if (!stepRow())
                return false;
        }
        setAt(index);
        return true;
    }
    while (m_rows.size() <= index) {
        if (!stepRow())
            return false;
        m_rows.append(readRow());
    }
    setAt(index);
    return true;
}

bool QSqlCipherResult::fetchFirst()
{
    if (isForwardOnly() && at() != QSql::BeforeFirstRow)
        return at() == 0;
    return fetch(0);
}

bool QSqlCipherResult::fetchLast()
{
    if (!m_statement || !isSelect())
        return false;
    if (isForwardOnly()) {
        if (m_isOnLastRowCopy)
            return true;
        int position = at();
        if (position == QSql::AfterLastRow)
            return false;
        // Only the newest row is kept: the statement cannot show it once stepped past it.
        if (position >= 0)
            m_lastRow = readRow();
        while (stepRow()) {
            ++position;
            m_lastRow = readRow();
        }
        if (m_hasStepError || position < 0) {
            m_lastRow.clear();
            return false;
        }
        m_isOnLastRowCopy = true;
        setAt(position);
        return true;
    }
    while (stepRow())
        m_rows.append(readRow());
    if (m_hasStepError || m_rows.isEmpty())
        return false;
    setAt(static_cast<int>(m_rows.size() - 1));
    return true;
}

int QSqlCipherResult::size()
{
    return -1; // SQLite cannot tell before stepping through the rows
}

int QSqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant QSqlCipherResult::lastInsertId() const
{
    return m_lastInsertId;
}

QSqlRecord QSqlCipherResult::record() const
{
    QSqlRecord record;
    if (!m_statement || !m_driver || !m_driver->api())
        return record;
    const SqlCipherApi &api = *m_driver->api();
    for (int column = 0; column < m_columnCount; ++column) {
        int type = metaTypeIdForDeclaredType(api.column_decltype(m_statement, column));
        if (type == QMetaType::UnknownType && at() >= 0) {
            // An expression has no declared type: describe the value in the current row.
            if (!isForwardOnly() && at() < m_rows.size())
                type = m_rows.at(at()).value(column).typeId();
            else if (m_isOnLastRowCopy)
                type = m_lastRow.value(column).typeId();
            else if (isPositionedOnStatementRow())
                type = metaTypeIdForStorageClass(api.column_type(m_statement, column));
        }
        QString tableName;
        if (api.column_table_name) {
            if (const char *table = api.column_table_name(m_statement, column))
                tableName = QString::fromUtf8(table);
        }
        record.append(QSqlField(QString::fromUtf8(api.column_name(m_statement, column)),
                                QMetaType(type), tableName));
    }
    return record;
}

void QSqlCipherResult::detachFromResultSet()
{
    if (m_statement && m_driver && m_driver->api())
        m_driver->api()->reset(m_statement);
    clearRows();
}

} // namespace Nav::SqlCipher

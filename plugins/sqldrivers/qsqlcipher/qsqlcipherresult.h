// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace Nav::SqlCipher {

class QSqlCipherDriver;

// One prepared statement. Forward-only results read values straight from the statement; other
// results keep every fetched row so that QSqlQuery::seek()/previous()/last() and
// QSqlQueryModel work.
class QSqlCipherResult : public QSqlResult
{
    Q_DECLARE_TR_FUNCTIONS(QSqlCipherResult)

public:
    explicit QSqlCipherResult(const QSqlCipherDriver *driver);
    ~QSqlCipherResult() override;

    QVariant handle() const override;

    // Called by the driver: on close() (the statement dies with the connection) and from its
    // destructor (this result may outlive it).
    void finalizeStatement();
    void detachDriver();

protected:
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    void clearRows();
    bool bindParameter(int position, const QVariant &value);
    bool stepRow();
    QVariant columnValue(int column) const;
    QVariantList readRow() const;
    bool isPositionedOnStatementRow() const;
    void setStatementError(const QString &driverText, int rc);
    void setStatementError(const QString &driverText, const QString &databaseText,
                           const QString &code);

    const QSqlCipherDriver *m_driver = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_columnCount = 0;
    bool m_isInsert = false;        // statement text starts with INSERT or REPLACE
    bool m_hasPendingRow = false;   // exec() stepped onto the first row; fetch has not used it
    bool m_isExhausted = true;      // no more rows to step to
    QList<QVariantList> m_rows;     // scrollable results only
    QVariantList m_lastRow;         // forward-only fetchLast() went past the statement's row
    bool m_isOnLastRowCopy = false;
    bool m_hasStepError = false;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace Nav::SqlCipher

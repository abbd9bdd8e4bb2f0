// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Nav::Storage {

// Begins a transaction on construction; rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // The error from BEGIN, if it failed.
    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }

    [[nodiscard]] Result<void> commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    Error m_beginError;
};

// Runs one statement with optional positional values; the error says which statement failed.
Result<void> execSql(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

} // namespace Nav::Storage

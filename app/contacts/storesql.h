// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

// Small helpers shared by the contact store's files (DB thread only). Not a public API.
namespace Nav::Contacts::StoreSql {

// UTC ISO 8601 with milliseconds ("2026-11-23T14:30:00.000Z"): sorts as text. Null if invalid.
QVariant time(const QDateTime &t);
// Back from time(); local time so the UI shows it as is. Invalid for NULL or junk.
QDateTime parseTime(const QVariant &v);
QVariant date(const QDate &d);
// NULL for an empty string: "no phone" is NULL, never "".
QVariant text(const QString &s);
// A string never bound as NULL (NOT NULL columns).
QString nonNull(const QString &s);
// NULL for 0 (no row).
QVariant rowId(qint64 id);

QByteArray compact(const QJsonObject &json);
// The stored document; a Database error (never showing its bytes) when it is not a JSON object.
Result<QJsonObject> parseDoc(const QByteArray &doc, const char *table, qint64 id);

// A failed statement: a generic translated message, the driver's text in the detail.
Unexpected queryError(const QSqlQuery &q, const char *what);
// prepare + bind + exec in one; on failure the error names `what`.
Result<void> exec(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what);

} // namespace Nav::Contacts::StoreSql

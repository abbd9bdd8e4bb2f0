// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/storesql.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>

namespace Nav::Contacts::StoreSql {

QVariant time(const QDateTime &t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime() : QDateTime();
}

QVariant date(const QDate &d)
{
    if (!d.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return d.toString(Qt::ISODate);
}

QVariant text(const QString &s)
{
    if (s.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return s;
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant rowId(qint64 id)
{
    if (id == 0)
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(id));
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<QJsonObject> parseDoc(const QByteArray &doc, const char *table, qint64 id)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(doc, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject()) {
        return fail(ErrorCode::Database,
                    Storage::Database::tr("A stored record could not be read."),
                    QStringLiteral("%1 %2: document is not a JSON object (%3 at %4)")
                        .arg(QLatin1String(table))
                        .arg(id)
                        .arg(error.errorString())
                        .arg(error.offset));
    }
    return parsed.object();
}

Unexpected queryError(const QSqlQuery &q, const char *what)
{
    return fail(ErrorCode::Database, Storage::Database::tr("A database statement failed."),
                QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

Result<void> exec(QSqlQuery &q, const QString &sql, const QVariantList &values, const char *what)
{
    if (!q.prepare(sql))
        return queryError(q, what);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, what);
    return {};
}

} // namespace Nav::Contacts::StoreSql

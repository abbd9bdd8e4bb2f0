// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/audittrail.h"

#include "contacts/storesql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Nav::Contacts {
namespace {

void collect(const QJsonObject &before, const QJsonObject &after, const QString &prefix,
             QStringList &out)
{
    QStringList keys = before.keys();
    for (const QString &key : after.keys()) {
        if (!before.contains(key))
            keys << key;
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue a = before.value(key);
        const QJsonValue b = after.value(key);
        if (a == b)
            continue;
        if (a.isObject() && b.isObject())
            collect(a.toObject(), b.toObject(), prefix + key + QLatin1Char('.'), out);
        else
            out << prefix + key;
    }
}

} // namespace

QStringList AuditTrail::changedFields(const QJsonObject &before, const QJsonObject &after)
{
    QStringList out;
    collect(before, after, QString(), out);
    return out;
}

Result<void> AuditTrail::append(QSqlDatabase &db, const AuditEntry &entry)
{
    const QByteArray fields =
        QJsonDocument(QJsonArray::fromStringList(entry.fields)).toJson(QJsonDocument::Compact);
    QSqlQuery q(db);
    return StoreSql::exec(
        q,
        QStringLiteral("INSERT INTO audit (at, actor, record_kind, record_id, action, fields) "
                       "VALUES (?,?,?,?,?,?)"),
        {StoreSql::time(entry.at), StoreSql::nonNull(entry.actor), entry.recordKind,
         entry.recordId, entry.action, QString::fromUtf8(fields)},
        "audit append");
}

Result<QList<AuditEntry>> AuditTrail::read(QSqlDatabase &db, const QString &recordId)
{
    QSqlQuery q(db);
    const QString key = StoreSql::nonNull(recordId);
    auto done = StoreSql::exec(q,
                               QStringLiteral("SELECT id, at, actor, record_kind, record_id, "
                                              "action, fields FROM audit "
                                              "WHERE (? = '' OR record_id = ?) ORDER BY id"),
                               {key, key}, "audit read");
    if (!done)
        return Unexpected(done.error());
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = StoreSql::parseTime(q.value(1));
        e.actor = q.value(2).toString();
        e.recordKind = q.value(3).toString();
        e.recordId = q.value(4).toString();
        e.action = q.value(5).toString();
        const QJsonArray fields = QJsonDocument::fromJson(q.value(6).toByteArray()).array();
        for (const QJsonValue &f : fields)
            e.fields << f.toString();
        out << e;
    }
    return out;
}

} // namespace Nav::Contacts

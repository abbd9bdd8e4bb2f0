// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/phonesettings.h"

#include <QRegularExpression>

namespace Nav::Telephony {

PhoneSettings PhoneSettings::fromMap(const QVariantMap &v)
{
    PhoneSettings s;
    s.account.registrar = v.value(QStringLiteral("registrar")).toString().trimmed();
    s.account.user = v.value(QStringLiteral("user")).toString().trimmed();
    s.account.authUser = v.value(QStringLiteral("authUser")).toString().trimmed();
    s.account.displayName = v.value(QStringLiteral("displayName")).toString().trimmed();
    s.account.transport = transportFromCode(v.value(QStringLiteral("transport")).toString());
    s.account.srtp = srtpModeFromCode(v.value(QStringLiteral("srtp"), QStringLiteral("off")).toString());
    s.account.stunServer = v.value(QStringLiteral("stun")).toString().trimmed();
    s.account.trustedAuthorities = v.value(QStringLiteral("trustedAuthorities")).toString().trimmed();
    bool ok = false;
    const int expiry = v.value(QStringLiteral("registerExpiry")).toInt(&ok);
    if (ok && expiry > 0)
        s.account.registerExpiry = expiry;
    const int keepAlive = v.value(QStringLiteral("keepAlive")).toInt(&ok);
    if (ok && keepAlive > 0)
        s.account.keepAliveInterval = keepAlive;
    s.account.echoCancellation = v.value(QStringLiteral("echoCancellation"), true).toBool();
    s.account.noiseSuppression = v.value(QStringLiteral("noiseSuppression"), true).toBool();
    s.account.preferOpus = v.value(QStringLiteral("preferOpus"), false).toBool();
    s.inputDevice = v.value(QStringLiteral("inputDevice")).toByteArray();
    s.outputDevice = v.value(QStringLiteral("outputDevice")).toByteArray();
    s.ringingDevice = v.value(QStringLiteral("ringingDevice")).toByteArray();
    s.forwardTo = v.value(QStringLiteral("forwardTo")).toString().trimmed();
    s.interpreterLine = v.value(QStringLiteral("interpreterLine")).toString().trimmed();
    s.interpreterCodes = v.value(QStringLiteral("interpreterCodes")).toString().trimmed();
    return s;
}

QVariantMap PhoneSettings::toMap() const
{
    return {
        {QStringLiteral("registrar"), account.registrar},
        {QStringLiteral("user"), account.user},
        {QStringLiteral("authUser"), account.authUser},
        {QStringLiteral("displayName"), account.displayName},
        {QStringLiteral("transport"), transportCode(account.transport)},
        {QStringLiteral("srtp"), srtpModeCode(account.srtp)},
        {QStringLiteral("stun"), account.stunServer},
        {QStringLiteral("trustedAuthorities"), account.trustedAuthorities},
        {QStringLiteral("registerExpiry"), account.registerExpiry},
        {QStringLiteral("keepAlive"), account.keepAliveInterval},
        {QStringLiteral("echoCancellation"), account.echoCancellation},
        {QStringLiteral("noiseSuppression"), account.noiseSuppression},
        {QStringLiteral("preferOpus"), account.preferOpus},
        {QStringLiteral("inputDevice"), inputDevice},
        {QStringLiteral("outputDevice"), outputDevice},
        {QStringLiteral("ringingDevice"), ringingDevice},
        {QStringLiteral("forwardTo"), forwardTo},
        {QStringLiteral("interpreterLine"), interpreterLine},
        {QStringLiteral("interpreterCodes"), interpreterCodes},
    };
}

QList<QPair<QString, QString>> PhoneSettings::interpreterLanguages(int *rejected) const
{
    QList<QPair<QString, QString>> list;
    static const QRegularExpression digits(QStringLiteral("^[0-9*#]*$"));
    const QStringList entries = interpreterCodes.split(QRegularExpression(QStringLiteral("[,;\\n]")),
                                                       Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString language = entry.section(u'=', 0, 0).trimmed();
        const QString code = entry.section(u'=', 1).trimmed();
        if (!language.isEmpty() && digits.match(code).hasMatch())
            list.append({language, code});
        else if (rejected)
            ++*rejected;
    }
    return list;
}

} // namespace Nav::Telephony

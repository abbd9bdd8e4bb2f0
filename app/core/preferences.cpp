// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/preferences.h"

#include <QRegularExpression>

namespace Nav::Core {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kDisplayName = QStringLiteral("ui/displayName");
const QString kDisplayNameAccount = QStringLiteral("ui/displayNameAccount");
const QString kTextScale = QStringLiteral("ui/textScale");
const QString kIdleLock = QStringLiteral("security/idleLockMinutes");
const QString kServerUrl = QStringLiteral("server/url");
const QString kServerUser = QStringLiteral("server/user");
const QString kServerPin = QStringLiteral("server/certificateSha256");
} // namespace

Preferences::Preferences(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{
}

QString Preferences::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    return (code == QLatin1String("en") || code == QLatin1String("fr")) ? code : QString();
}

void Preferences::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
    Q_EMIT changed();
}

QString Preferences::displayName() const
{
    return m_settings.value(kDisplayName).toString();
}

void Preferences::setDisplayName(const QString &name)
{
    setDisplayName(name, serverUser());
}

void Preferences::setDisplayName(const QString &name, const QString &account)
{
    m_settings.setValue(kDisplayName, name.trimmed());
    m_settings.setValue(kDisplayNameAccount, account.trimmed());
    Q_EMIT changed();
}

QString Preferences::displayNameAccount() const
{
    return m_settings.value(kDisplayNameAccount).toString();
}

bool Preferences::adoptAccountName(const QString &account, const QString &accountName)
{
    const QString name = accountName.trimmed();
    if (name.isEmpty() || account.trimmed().isEmpty())
        return false;
    if (!displayName().isEmpty() && displayNameAccount() == account.trimmed())
        return false; // chosen for (or already taken from) this account
    setDisplayName(name, account);
    return true;
}

int Preferences::textScale() const
{
    const int v = m_settings.value(kTextScale, 100).toInt();
    return textScales().contains(v) ? v : 100;
}

void Preferences::setTextScale(int percent)
{
    m_settings.setValue(kTextScale, textScales().contains(percent) ? percent : 100);
    Q_EMIT changed();
}

int Preferences::idleLockMinutes() const
{
    bool ok = false;
    const int v = m_settings.value(kIdleLock, 5).toInt(&ok);
    return ok ? qBound(1, v, 60) : 5;
}

void Preferences::setIdleLockMinutes(int minutes)
{
    m_settings.setValue(kIdleLock, qBound(1, minutes, 60));
    Q_EMIT changed();
}

QUrl Preferences::serverUrl() const
{
    return QUrl(m_settings.value(kServerUrl).toString());
}

void Preferences::setServerUrl(const QUrl &url)
{
    m_settings.setValue(kServerUrl, url.toString());
    Q_EMIT changed();
}

QString Preferences::serverUser() const
{
    return m_settings.value(kServerUser).toString();
}

void Preferences::setServerUser(const QString &user)
{
    m_settings.setValue(kServerUser, user.trimmed());
    Q_EMIT changed();
}

QString Preferences::serverCertificatePin() const
{
    return m_settings.value(kServerPin).toString();
}

void Preferences::setServerCertificatePin(const QString &hexSha256)
{
    m_settings.setValue(kServerPin, hexSha256);
    Q_EMIT changed();
}

Result<QUrl> Preferences::parseServerUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Core::Preferences",
                                                "Enter a full address such as "
                                                "https://navigator.example.org"));
    }
    const QString scheme = url.scheme().toLower();
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || host == QLatin1String("::1")
                          || host.startsWith(QLatin1String("127."));
    if (scheme == QLatin1String("https") || (scheme == QLatin1String("http") && loopback))
        return url;
    if (scheme == QLatin1String("http")) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Core::Preferences",
                                                "Use https:// — plain http:// is only allowed "
                                                "for a server on this computer."));
    }
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("Nav::Core::Preferences",
                                            "The address must start with https://"));
}

Result<QString> Preferences::parseCertificatePin(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    if (hex.isEmpty())
        return QString();
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    if (!re.match(hex).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Core::Preferences",
                                                "A certificate fingerprint is 64 hexadecimal "
                                                "characters (SHA-256), colons allowed."));
    }
    return hex;
}

QVariantMap Preferences::section(const QString &group) const
{
    QVariantMap values;
    m_settings.beginGroup(group);
    const QStringList keys = m_settings.childKeys();
    for (const QString &key : keys)
        values.insert(key, m_settings.value(key));
    m_settings.endGroup();
    return values;
}

void Preferences::setSection(const QString &group, const QVariantMap &values)
{
    m_settings.beginGroup(group);
    m_settings.remove(QString());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        m_settings.setValue(it.key(), it.value());
    m_settings.endGroup();
    Q_EMIT changed();
}

void Preferences::sync()
{
    m_settings.sync();
}

} // namespace Nav::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QObject>
#include <QSettings>
#include <QUrl>

namespace Nav::Core {

// The workstation's non-secret settings, in <profile>/settings.ini. Secrets (passwords,
// tokens, keys) never go here: they go to the SecretStore.
class Preferences final : public QObject
{
    Q_OBJECT
public:
    explicit Preferences(const QString &iniPath, QObject *parent = nullptr);

    // "" = follow the system locale, else "en" or "fr".
    QString language() const;
    void setLanguage(const QString &code);

    // How the navigator is named on screen and in records they create (staff name, not client).
    QString displayName() const;
    // The navigator's own choice: it is kept for the account last used to sign in (serverUser).
    void setDisplayName(const QString &name);
    // A name tied to `account` ("" = to none, e.g. the demo's placeholder).
    void setDisplayName(const QString &name, const QString &account);
    // The account the display name was chosen for or taken from ("" = none).
    QString displayNameAccount() const;
    // At sign-in: the account's own name (`accountName`, from the server) replaces a display
    // name that is empty or belongs to no account or to another one. Returns whether it did.
    bool adoptAccountName(const QString &account, const QString &accountName);

    // Text size in percent of the platform default: 100, 115, 130 or 150.
    int textScale() const;
    void setTextScale(int percent);

    // Minutes without keyboard or mouse before the screen locks (1-60, default 5).
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    QString serverUser() const;
    void setServerUser(const QString &user);
    // SHA-256 of the server certificate, hex, for self-signed deployments; empty = system CAs.
    QString serverCertificatePin() const;
    void setServerCertificatePin(const QString &hexSha256);

    // Validation used by the settings dialog and by command-line overrides.
    static Result<QUrl> parseServerUrl(const QString &text);
    static Result<QString> parseCertificatePin(const QString &text);
    static QList<int> textScales() { return {100, 115, 130, 150}; }

    // A group of settings owned by one component (e.g. "phone"), as key → value; a component
    // keeps its own typed view of it (Telephony::PhoneSettings).
    QVariantMap section(const QString &group) const;
    // Replaces the whole group.
    void setSection(const QString &group, const QVariantMap &values);

    void sync();

Q_SIGNALS:
    void changed();

private:
    mutable QSettings m_settings;
};

} // namespace Nav::Core

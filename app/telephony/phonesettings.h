// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "telephony/sipaccount.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace Nav::Telephony {

// The softphone's settings as the navigator chooses them (Phone ▸ Phone settings), kept in the
// "phone" section of the profile's settings. The password is not here: it lives in the
// keychain under passwordSecretName().
struct PhoneSettings
{
    SipAccount account;          // password left empty
    QByteArray inputDevice;      // QAudioDevice::id(); empty: the system default
    QByteArray outputDevice;
    QByteArray ringingDevice;    // empty: the output device
    QString forwardTo;           // where calls go while not available; empty: busy (486)
    QString interpreterLine;     // the tele-interpreter service's number; empty: none
    // Language → the digits the interpreter line's menu wants for it ("es=1, ar=2"); a
    // language without digits is chosen by voice.
    QString interpreterCodes;
    // interpreterCodes read: (language, digits) in the order written; entries that are not
    // language=digits are skipped, and counted in `rejected` when given.
    QList<QPair<QString, QString>> interpreterLanguages(int *rejected = nullptr) const;

    // A registrar and a user are set: the phone should start.
    bool isConfigured() const { return !account.registrar.isEmpty() && !account.user.isEmpty(); }

    static PhoneSettings fromMap(const QVariantMap &values);
    QVariantMap toMap() const;
    static QString sectionName() { return QStringLiteral("phone"); }
    // The keychain entry of the SIP password for a profile whose key is `profileSecretName`.
    static QString passwordSecretName(const QString &profileSecretName)
    {
        return profileSecretName + QStringLiteral(".sip-password");
    }
};

} // namespace Nav::Telephony

Q_DECLARE_METATYPE(Nav::Telephony::PhoneSettings)

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Nav {

// What went wrong, in a form the UI can act on. Codes are stable; the UI picks its own wording
// from the code when it needs more than the message.
enum class ErrorCode {
    Unknown,
    InvalidInput,
    Io,
    // keychain
    KeychainUnavailable, // no D-Bus session or no Secret Service answering
    KeychainLocked,      // the keyring exists but is locked
    KeychainDenied,      // the user or the keyring refused access
    SecretNotFound,      // no entry under that name
    // encrypted store
    StoreKeyMissing,     // a data file exists but its key is not in the keychain
    StoreWrongKey,       // the key does not open the data file
    StoreNotEncrypted,   // the driver is not SQLCipher: refuse rather than write in clear
    StoreFileMissing,    // the profile had a data file and it is gone
    StoreDriverMissing,  // the QSQLCIPHER plugin could not be loaded
    StoreLocked,         // another Navigator process uses this profile
    Database,            // any other SQL failure
    MigrationFailed,
    Cancelled,
};

// An expected failure: a code, a user message (already translated, shown as is) and a log-only
// detail (technical, never shown, never contains personal data).
struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString message;
    QString detail;

    static Error make(ErrorCode code, const QString &message, const QString &detail = {})
    {
        return Error{code, message, detail};
    }
};

// Stable identifier of an error code for logs and JSON ("store-wrong-key").
QString errorCodeName(ErrorCode code);

} // namespace Nav

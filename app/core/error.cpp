// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/error.h"

namespace Nav {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unknown: return QStringLiteral("unknown");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("keychain-unavailable");
    case ErrorCode::KeychainLocked: return QStringLiteral("keychain-locked");
    case ErrorCode::KeychainDenied: return QStringLiteral("keychain-denied");
    case ErrorCode::SecretNotFound: return QStringLiteral("secret-not-found");
    case ErrorCode::StoreKeyMissing: return QStringLiteral("store-key-missing");
    case ErrorCode::StoreWrongKey: return QStringLiteral("store-wrong-key");
    case ErrorCode::StoreNotEncrypted: return QStringLiteral("store-not-encrypted");
    case ErrorCode::StoreFileMissing: return QStringLiteral("store-file-missing");
    case ErrorCode::StoreDriverMissing: return QStringLiteral("store-driver-missing");
    case ErrorCode::StoreLocked: return QStringLiteral("store-locked");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::MigrationFailed: return QStringLiteral("migration-failed");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace Nav

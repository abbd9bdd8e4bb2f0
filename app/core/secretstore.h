// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace Nav::Core {

// Where secrets live: the OS keychain in the product, an in-memory fake in unit tests.
// Never a settings file. Every call is asynchronous; futures finish on the caller's thread's
// event loop turn (use QFuture::then with a context object).
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // Failure codes: SecretNotFound, KeychainLocked, KeychainDenied, KeychainUnavailable.
    virtual QFuture<Result<QByteArray>> readSecret(const QString &name) = 0;
    virtual QFuture<Result<void>> writeSecret(const QString &name, const QByteArray &secret) = 0;
    // Removing an absent entry succeeds.
    virtual QFuture<Result<void>> removeSecret(const QString &name) = 0;

    // A human name for the backend ("GNOME Keyring (Secret Service)"), for status and About.
    virtual QString backendName() const = 0;
};

// Secret names are namespaced so profiles and purposes never collide.
QString profileSecretName(const QString &profileId, const QString &purpose);

} // namespace Nav::Core

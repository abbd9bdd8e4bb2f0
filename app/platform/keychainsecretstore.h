// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/secretstore.h"

#include <QObject>
#include <QString>

namespace Nav::Platform {

// SecretStore on the OS keychain through QtKeychain: the Secret Service (GNOME Keyring, KWallet,
// KeePassXC) on Linux, Keychain on macOS, Credential Manager on Windows. Entries live under the
// service name given here (e.g. "Navigator") and are stored as binary data. There is never a
// plain-text fallback.
//
// Live on the GUI thread: the Linux backend is driven by the GLib main loop that Qt's event
// dispatcher runs there. Jobs are serialised by QtKeychain and usually take 10-100 ms; one that
// waits for the user (an unlock prompt) can take as long as the user does. A future always
// finishes, even when this object is destroyed first.
//
// Failure codes: SecretNotFound, KeychainLocked (also when QtKeychain reports a missing entry
// but the default collection is locked), KeychainDenied, KeychainUnavailable.
class KeychainSecretStore final : public QObject, public Core::SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QFuture<Result<QByteArray>> readSecret(const QString &name) override;
    QFuture<Result<void>> writeSecret(const QString &name, const QByteArray &secret) override;
    QFuture<Result<void>> removeSecret(const QString &name) override;

    // "GNOME Keyring (Secret Service)", "KWallet", "macOS Keychain"… Starts as a generic name on
    // Linux and is refined once the Secret Service answers (backendNameChanged).
    QString backendName() const override;

    QString service() const { return m_service; }

Q_SIGNALS:
    void backendNameChanged();

private:
    void probeBackendName();

    QString m_service;
    QString m_backendName;
};

} // namespace Nav::Platform

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QFuture>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcNavPlatformKeychain)

namespace Nav::Platform {

// What the Secret Service (org.freedesktop.secrets on the session bus) reports about the default
// collection, the one QtKeychain's libsecret backend writes to.
enum class CollectionLockState {
    Unlocked,
    Locked,
    Unknown, // no session bus, no service running, no default collection, or no answer in time
};

// Questions the keychain wrapper asks the Secret Service directly, because QtKeychain cannot tell
// a locked keyring from a missing entry. Every question is asynchronous (a D-Bus call with a
// short timeout), never starts the service, and its future finishes on the calling thread's
// event loop. Call from a thread with an event loop (in practice the GUI thread).
namespace SecretServiceStatus {

inline constexpr int kDefaultTimeoutMs = 2000;

QFuture<CollectionLockState> defaultCollectionLockState(int timeoutMs = kDefaultTimeoutMs);

// The program that owns org.freedesktop.secrets, as a product name ("GNOME Keyring", "KWallet",
// "KeePassXC", or the process name), empty when no one serves it or it cannot be told (not Linux).
QFuture<QString> serviceProviderName(int timeoutMs = kDefaultTimeoutMs);

} // namespace SecretServiceStatus

} // namespace Nav::Platform

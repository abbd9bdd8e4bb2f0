// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/clock.h"
#include "core/secretstore.h"
#include "storage/database.h"
#include "storage/profile.h"

#include <QObject>

namespace Nav::Storage {

// Opens a profile's encrypted data file with the key kept in the OS keychain.
// First run: a random 256-bit key is generated, written to the keychain, and the file created.
// Later runs: the key is read and checked against the file. Every failure (keychain locked or
// absent, key missing, wrong key, file gone) stops in state Failed with an Error saying what to
// do; the file is never re-created or overwritten behind the user's back. Starting over is only
// possible through setAsideAndStartFresh(), which the UI calls after explicit confirmation.
class EncryptedStore final : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open, Failed };
    Q_ENUM(State)

    EncryptedStore(Profile &profile, Core::SecretStore &secrets, Core::Clock &clock,
                   QList<Migration> migrations, QObject *parent = nullptr);
    ~EncryptedStore() override;

    State state() const { return m_state; }
    const Error &lastError() const { return m_lastError; }
    const DatabaseInfo &info() const { return m_info; }
    Profile &profile() { return m_profile; }
    Database &database() { return m_database; }
    QString keychainBackend() const { return m_secrets.backendName(); }

    // Whether setAsideAndStartFresh() makes sense for this failure.
    static bool canStartFresh(ErrorCode code);

    void open();
    // Keeps the old key under a set-aside keychain entry, renames the unreadable file, and opens
    // a fresh, empty data file with a new key. Emits setAside() and then opened()/openFailed().
    void setAsideAndStartFresh();

    QFuture<Result<void>> writeMeta(const QString &key, const QString &value);
    QFuture<Result<QString>> readMeta(const QString &key);

Q_SIGNALS:
    void stateChanged(Nav::Storage::EncryptedStore::State state);
    void opened();
    void openFailed(const Nav::Error &error);
    void dataFileSetAside(const QString &newFileName);

private:
    void openWithKey(const QByteArray &key);
    void createFirstKey();
    void failWith(const Error &error);
    void setState(State state);

    Profile &m_profile;
    Core::SecretStore &m_secrets;
    Core::Clock &m_clock;
    QList<Migration> m_migrations;
    Database m_database;
    State m_state = State::Closed;
    Error m_lastError;
    DatabaseInfo m_info;
};

} // namespace Nav::Storage

Q_DECLARE_METATYPE(Nav::Error)

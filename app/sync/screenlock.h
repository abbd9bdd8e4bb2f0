// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

namespace Nav::Core {
class Clock;
}
namespace Nav::Storage {
class Database;
}

namespace Nav::Sync {

// The lock of the workstation's screen (idle lock, and the offline start): unlocked with the
// password of the last navigator who signed in here, checked against the slow hash kept in the
// encrypted store (LocalCredential), off the GUI thread. Five wrong passwords in a row, then
// each further attempt waits longer (30 s, 1 min, 2 min… 15 min); the count survives neither a
// success nor a restart (the store is encrypted; a restart costs more than the wait).
class ScreenLock final : public QObject
{
    Q_OBJECT
public:
    ScreenLock(Storage::Database &db, const Core::Clock &clock, QObject *parent = nullptr);

    // Reads the kept credential: ready() when known.
    void load();
    bool isReady() const { return m_ready; }
    bool hasCredential() const { return !m_credential.isEmpty(); }
    QString username() const { return m_username; }

    // After a successful sign-in to the server: keep the password's slow hash (computed off the
    // GUI thread; the password is not kept).
    void remember(const QString &username, const QString &password);

    bool isLocked() const { return m_locked; }
    void lock();
    // Checks the password: unlocked() or refused(). Ignored while a check runs or the wait
    // after too many wrong passwords is not over (refused() says how long).
    void tryUnlock(const QString &password);
    bool isChecking() const { return m_checking; }
    int failures() const { return m_failures; }
    // Seconds before the next attempt is allowed (0: now).
    int secondsToWait() const;

    // For tests: fewer iterations for the hashes this object writes.
    void setIterations(int iterations) { m_iterations = iterations; }

Q_SIGNALS:
    void ready();
    void lockedChanged(bool locked);
    void checkingChanged(bool checking);
    // The password was right. It is handed over once (e.g. to sign in to the server when the
    // workstation started offline) and not kept.
    void unlocked(const QString &password);
    void refused(const QString &message);
    void remembered();

private:
    void finishCheck(bool ok, const QString &password);

    Storage::Database &m_db;
    const Core::Clock &m_clock;
    bool m_ready = false;
    QString m_username;
    QByteArray m_credential;
    bool m_locked = false;
    bool m_checking = false;
    int m_failures = 0;
    QDateTime m_notBefore;
    int m_iterations = 0; // 0: LocalCredential::kIterations
};

} // namespace Nav::Sync

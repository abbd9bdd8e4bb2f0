// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/screenlock.h"

#include "core/clock.h"
#include "storage/database.h"
#include "sync/localcredential.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcNavSyncLock, "nav.sync.lock")

namespace Nav::Sync {

ScreenLock::ScreenLock(Storage::Database &db, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

void ScreenLock::load()
{
    m_db.run<LocalCredential::Stored>([](QSqlDatabase &db) { return LocalCredential::load(db); })
        .then(this, [this](const Result<LocalCredential::Stored> &stored) {
            if (stored) {
                m_username = stored->username;
                m_credential = stored->credential;
            } else {
                qCWarning(lcNavSyncLock) << "the kept credential could not be read";
            }
            m_ready = true;
            Q_EMIT ready();
        });
}

void ScreenLock::remember(const QString &username, const QString &password)
{
    const int iterations = m_iterations > 0 ? m_iterations : LocalCredential::kIterations;
    QPointer<ScreenLock> self(this);
    QThreadPool::globalInstance()->start([self, username, password, iterations] {
        const QByteArray stored = LocalCredential::hash(password, iterations);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, username, stored] {
            if (!self)
                return;
            self->m_db.run<bool>([username, stored](QSqlDatabase &db) -> Result<bool> {
                    if (auto r = LocalCredential::save(db, username, stored); !r)
                        return Unexpected(r.error());
                    return true;
                })
                .then(self, [self, username, stored](const Result<bool> &saved) {
                    if (!saved) {
                        qCWarning(lcNavSyncLock) << "the credential could not be kept";
                        return;
                    }
                    self->m_username = username;
                    self->m_credential = stored;
                    Q_EMIT self->remembered();
                });
        }, Qt::QueuedConnection);
    });
}

void ScreenLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    qCInfo(lcNavSyncLock) << "screen locked";
    Q_EMIT lockedChanged(true);
}

int ScreenLock::secondsToWait() const
{
    if (!m_notBefore.isValid())
        return 0;
    const qint64 ms = m_clock.now().msecsTo(m_notBefore);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void ScreenLock::tryUnlock(const QString &password)
{
    if (m_checking)
        return;
    if (const int wait = secondsToWait(); wait > 0) {
        Q_EMIT refused(tr("Too many wrong passwords. Try again in %n second(s).", nullptr, wait));
        return;
    }
    if (m_credential.isEmpty()) {
        Q_EMIT refused(tr("Nobody has signed in to the server on this workstation yet, so there "
                          "is no password to check. Sign in to the server first."));
        return;
    }
    m_checking = true;
    Q_EMIT checkingChanged(true);
    const QByteArray stored = m_credential;
    QPointer<ScreenLock> self(this);
    QThreadPool::globalInstance()->start([self, stored, password] {
        const bool ok = LocalCredential::verify(password, stored);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, ok, password] {
            if (self)
                self->finishCheck(ok, password);
        }, Qt::QueuedConnection);
    });
}

void ScreenLock::finishCheck(bool ok, const QString &password)
{
    m_checking = false;
    Q_EMIT checkingChanged(false);
    if (ok) {
        m_failures = 0;
        m_notBefore = {};
        const bool wasLocked = m_locked;
        m_locked = false;
        qCInfo(lcNavSyncLock) << "screen unlocked";
        if (wasLocked)
            Q_EMIT lockedChanged(false);
        Q_EMIT unlocked(password);
        return;
    }
    ++m_failures;
    qCInfo(lcNavSyncLock) << "wrong password, attempt" << m_failures;
    const int wait = LocalCredential::delayAfter(m_failures);
    if (wait > 0) {
        m_notBefore = m_clock.now().addSecs(wait);
        Q_EMIT refused(tr("Wrong password. After %1 wrong attempts, wait %n second(s) before "
                          "the next one.", nullptr, wait)
                           .arg(m_failures));
        return;
    }
    Q_EMIT refused(tr("Wrong password. Type the password you use to sign in to the server."));
}

} // namespace Nav::Sync

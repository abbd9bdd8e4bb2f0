// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/localcredential.h"

#include "sync/syncstate.h"

#include <QList>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Nav::Sync::LocalCredential {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray derive(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kHashBytes);
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

QByteArray hash(const QString &password, int iterations, QByteArray salt)
{
    if (salt.isEmpty()) {
        salt.resize(kSaltBytes);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
    }
    return QByteArrayLiteral("pbkdf2-sha256$") + QByteArray::number(iterations) + '$'
           + salt.toBase64() + '$' + derive(password, salt, iterations).toBase64();
}

bool verify(const QString &password, const QByteArray &stored)
{
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray expected = QByteArray::fromBase64(parts[3]);
    if (salt.isEmpty() || expected.size() != kHashBytes)
        return false;
    return constantTimeEqual(derive(password, salt, iterations), expected);
}

Result<void> save(QSqlDatabase &db, const QString &username, const QByteArray &stored)
{
    if (auto r = SyncState::setValue(db, QLatin1String(kUserKey), username); !r)
        return r;
    return SyncState::setValue(db, QLatin1String(kCredentialKey), QString::fromLatin1(stored));
}

Result<Stored> load(QSqlDatabase &db)
{
    auto user = SyncState::value(db, QLatin1String(kUserKey));
    if (!user)
        return Unexpected(user.error());
    auto credential = SyncState::value(db, QLatin1String(kCredentialKey));
    if (!credential)
        return Unexpected(credential.error());
    return Stored{*user, credential->toLatin1()};
}

int delayAfter(int failures)
{
    if (failures < 5)
        return 0;
    const int doublings = qMin(failures - 5, 5); // 30, 60, 120, 240, 480, 900 (capped)
    return qMin(30 << doublings, 900);
}

} // namespace Nav::Sync::LocalCredential

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/passwordhash.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <argon2.h>

namespace Nav::Server {

PasswordHash::Cost PasswordHash::defaultCost()
{
    return {};
}

QString PasswordHash::hash(const QString &password, Cost cost)
{
    const QByteArray pwd = password.toUtf8();
    quint32 salt[4];
    QRandomGenerator::system()->fillRange(salt);
    constexpr size_t hashLen = 32;
    const size_t encLen = argon2_encodedlen(cost.passes, cost.memoryKiB, cost.lanes, sizeof salt,
                                            hashLen, Argon2_id);
    QByteArray encoded(qsizetype(encLen), '\0');
    const int rc = argon2id_hash_encoded(cost.passes, cost.memoryKiB, cost.lanes, pwd.constData(),
                                         size_t(pwd.size()), salt, sizeof salt, hashLen,
                                         encoded.data(), encLen);
    if (rc != ARGON2_OK)
        qFatal("argon2id failed: %s", argon2_error_message(rc)); // out of memory: nothing sane to do
    return QString::fromLatin1(encoded.constData());
}

bool PasswordHash::verify(const QString &password, const QString &encoded)
{
    if (!encoded.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray pwd = password.toUtf8();
    const QByteArray enc = encoded.toLatin1();
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

bool PasswordHash::needsRehash(const QString &encoded, Cost cost)
{
    static const QRegularExpression re(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$"));
    const auto m = re.match(encoded);
    if (!m.hasMatch())
        return true;
    return m.captured(1).toUInt() < cost.memoryKiB || m.captured(2).toUInt() < cost.passes;
}

void PasswordHash::dummyVerify(const QString &password)
{
    static const QString sample = hash(QStringLiteral("not a real password, only for timing"));
    verify(password, sample);
}

QString PasswordHash::weakness(const QString &password)
{
    if (password.size() < minimumLength)
        return QStringLiteral("The password must have at least %1 characters.").arg(minimumLength);
    if (password.size() > 1024)
        return QStringLiteral("The password is longer than 1024 characters.");
    if (password.trimmed().isEmpty())
        return QStringLiteral("The password cannot be only spaces.");
    return {};
}

} // namespace Nav::Server

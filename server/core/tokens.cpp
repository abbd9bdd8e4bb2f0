// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/tokens.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace Nav::Server {

namespace {
constexpr auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

QString Tokens::issueAccess(const QByteArray &key, const AccessClaims &claims)
{
    const QJsonObject payload{{QStringLiteral("sub"), claims.userId},
                              {QStringLiteral("ver"), claims.tokenVersion},
                              {QStringLiteral("iat"), claims.issuedAt},
                              {QStringLiteral("exp"), claims.expiresAt}};
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(b64);
    const QByteArray signedPart = "nav1." + body;
    return QString::fromLatin1(signedPart + '.' + mac(key, signedPart).toBase64(b64));
}

std::optional<AccessClaims> Tokens::verifyAccess(const QByteArray &key, const QString &token,
                                                 qint64 nowSeconds)
{
    if (token.size() > 2048)
        return std::nullopt;
    const QByteArray t = token.toLatin1();
    const qsizetype dot = t.lastIndexOf('.');
    if (!t.startsWith("nav1.") || dot <= 5)
        return std::nullopt;
    const QByteArray signedPart = t.left(dot);
    const auto sig = QByteArray::fromBase64Encoding(t.mid(dot + 1), b64);
    if (!sig || !equalConstantTime(*sig, mac(key, signedPart)))
        return std::nullopt;
    const auto body = QByteArray::fromBase64Encoding(signedPart.mid(5), b64);
    if (!body)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(*body).object();
    AccessClaims c;
    c.userId = o.value(QStringLiteral("sub")).toString();
    c.tokenVersion = o.value(QStringLiteral("ver")).toInt();
    c.issuedAt = qint64(o.value(QStringLiteral("iat")).toDouble());
    c.expiresAt = qint64(o.value(QStringLiteral("exp")).toDouble());
    if (c.userId.isEmpty() || c.expiresAt <= nowSeconds)
        return std::nullopt;
    return c;
}

QString Tokens::newRefreshToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64(b64));
}

QString Tokens::refreshHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace Nav::Server

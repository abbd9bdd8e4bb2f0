// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/secretstore.h"

#include <QHash>
#include <QPromise>

#include <optional>

namespace Nav::Test {

// In-memory SecretStore. failNext* make the next calls fail with a given code, like a locked or
// absent keychain would.
class FakeSecretStore final : public Core::SecretStore
{
public:
    QHash<QString, QByteArray> entries;
    std::optional<ErrorCode> readFailure;  // every read fails with this while set
    std::optional<ErrorCode> writeFailure; // every write fails with this while set
    int reads = 0;
    int writes = 0;

    QFuture<Result<QByteArray>> readSecret(const QString &name) override
    {
        ++reads;
        if (readFailure)
            return done<QByteArray>(fail(*readFailure, QStringLiteral("fake read failure")));
        if (!entries.contains(name))
            return done<QByteArray>(fail(ErrorCode::SecretNotFound, QStringLiteral("not found")));
        return done<QByteArray>(entries.value(name));
    }
    QFuture<Result<void>> writeSecret(const QString &name, const QByteArray &secret) override
    {
        ++writes;
        if (writeFailure)
            return done<void>(fail(*writeFailure, QStringLiteral("fake write failure")));
        entries.insert(name, secret);
        return done<void>({});
    }
    QFuture<Result<void>> removeSecret(const QString &name) override
    {
        if (writeFailure)
            return done<void>(fail(*writeFailure, QStringLiteral("fake write failure")));
        entries.remove(name);
        return done<void>({});
    }
    QString backendName() const override { return QStringLiteral("fake keychain"); }

private:
    template<typename T>
    static QFuture<Result<T>> done(Result<T> value)
    {
        QPromise<Result<T>> p;
        p.start();
        p.addResult(std::move(value));
        p.finish();
        return p.future();
    }
};

} // namespace Nav::Test

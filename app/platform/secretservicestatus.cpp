// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "platform/secretservicestatus.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QFile>
#include <QPromise>

#include <memory>

namespace Nav::Platform::SecretServiceStatus {
namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kDefaultAlias = QStringLiteral("/org/freedesktop/secrets/aliases/default");
const QString kCollectionInterface = QStringLiteral("org.freedesktop.Secret.Collection");

template<typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

// Sends msg without blocking and hands the reply to onReply on this thread's event loop.
template<typename T, typename OnReply>
QFuture<T> callAsync(QDBusMessage msg, int timeoutMs, OnReply onReply)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return readyFuture<T>(onReply(QDBusMessage::createError(bus.lastError())));

    // A status question must not launch a keyring daemon as a side effect.
    msg.setAutoStartService(false);
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(msg, timeoutMs));
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
                     [promise, onReply](QDBusPendingCallWatcher *w) {
                         promise->addResult(onReply(w->reply()));
                         promise->finish();
                         w->deleteLater();
                     });
    return promise->future();
}

QString productName(const QString &processName)
{
    // /proc/<pid>/comm is cut at 15 characters.
    if (processName.startsWith(QLatin1String("gnome-keyring")))
        return QStringLiteral("GNOME Keyring");
    if (processName.startsWith(QLatin1String("kwalletd"))
        || processName == QLatin1String("ksecretd")) {
        return QStringLiteral("KWallet");
    }
    if (processName.compare(QLatin1String("keepassxc"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("KeePassXC");
    return processName;
}

} // namespace

QFuture<CollectionLockState> defaultCollectionLockState(int timeoutMs)
{
    QDBusMessage msg = QDBusMessage::createMethodCall(
        kService, kDefaultAlias, QStringLiteral("org.freedesktop.DBus.Properties"),
        QStringLiteral("Get"));
    msg << kCollectionInterface << QStringLiteral("Locked");
    return callAsync<CollectionLockState>(msg, timeoutMs, [](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
            qCDebug(lcNavPlatformKeychain).noquote()
                << "lock state of the default collection unknown:" << reply.errorName()
                << reply.errorMessage();
            return CollectionLockState::Unknown;
        }
        const QVariant value = reply.arguments().constFirst().value<QDBusVariant>().variant();
        if (value.typeId() != QMetaType::Bool)
            return CollectionLockState::Unknown;
        return value.toBool() ? CollectionLockState::Locked : CollectionLockState::Unlocked;
    });
}

QFuture<QString> serviceProviderName(int timeoutMs)
{
    QDBusMessage msg = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionUnixProcessID"));
    msg << kService;
    return callAsync<QString>(msg, timeoutMs, [](const QDBusMessage &reply) {
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return QString();
        const uint pid = reply.arguments().constFirst().toUInt();
        QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
        if (pid == 0 || !comm.open(QIODevice::ReadOnly))
            return QString();
        return productName(QString::fromLocal8Bit(comm.readAll().trimmed()));
    });
}

} // namespace Nav::Platform::SecretServiceStatus

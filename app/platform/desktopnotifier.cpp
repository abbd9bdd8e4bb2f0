// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "platform/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QPointer>
#include <QPromise>
#include <QVariantMap>

#include <memory>

Q_LOGGING_CATEGORY(lcNavPlatformNotifier, "nav.platform.notifier")

namespace Nav::Platform {
namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
// The spec's urgency hint is a byte: 0 low, 1 normal, 2 critical.
constexpr uchar kUrgencyNormal = 1;

QFuture<Result<uint>> failedFuture(const QString &detail)
{
    QPromise<Result<uint>> promise;
    promise.start();
    promise.addResult(fail(ErrorCode::Io,
                           DesktopNotifier::tr("Desktop notifications are not available."),
                           detail));
    promise.finish();
    return promise.future();
}

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifier::~DesktopNotifier() = default;

QFuture<Result<uint>> DesktopNotifier::notifyFollowUpsDue(int count)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return failedFuture(QStringLiteral("no session bus: ") + bus.lastError().message());

    if (!m_listening) {
        // Clicks come back as signals; a failure here only loses the click, not the message.
        m_listening = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"),
                                  this, SLOT(onActionInvoked(uint, QString)))
            && bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                           SLOT(onNotificationClosed(uint, uint)));
    }

    QDBusMessage msg = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                      QStringLiteral("Notify"));
    msg.setAutoStartService(m_autoStart);
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(kUrgencyNormal));
    // Only the application's name, a fixed title and a count: see the class comment.
    msg << QStringLiteral("Navigator")                   // app_name
        << m_currentId                                    // replaces_id
        << QString()                                      // app_icon
        << tr("Follow-up due")                            // summary
        << tr("%n follow-up(s) due now", nullptr, count)  // body
        << QStringList{kDefaultAction, tr("Open follow-ups")}
        << hints
        << -1; // expire_timeout: the server's default

    auto promise = std::make_shared<QPromise<Result<uint>>>();
    promise->start();
    QFuture<Result<uint>> future = promise->future();
    // Unparented: it must outlive this notifier so the future always finishes.
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(msg, m_timeoutMs));
    QPointer<DesktopNotifier> self(this);
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher,
            [promise, self](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    qCDebug(lcNavPlatformNotifier).noquote()
                        << "no notification shown:" << reply.error().name()
                        << reply.error().message();
                    promise->addResult(fail(ErrorCode::Io,
                                            tr("Desktop notifications are not available."),
                                            reply.error().name() + QStringLiteral(": ")
                                                + reply.error().message()));
                } else {
                    if (self)
                        self->m_currentId = reply.value();
                    promise->addResult(reply.value());
                }
                promise->finish();
                w->deleteLater();
            });
    return future;
}

void DesktopNotifier::withdraw()
{
    if (m_currentId == 0)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage msg = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                      QStringLiteral("CloseNotification"));
    msg.setAutoStartService(false);
    msg << m_currentId;
    m_currentId = 0;
    // Nothing to wait for: if the server is gone, so is the notification.
    bus.asyncCall(msg, m_timeoutMs);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    // Every application on the bus receives every click: keep ours only.
    if (id != 0 && id == m_currentId && actionKey == kDefaultAction)
        Q_EMIT activated();
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    if (id != 0 && id == m_currentId)
        m_currentId = 0;
}

} // namespace Nav::Platform

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "platform/keychainsecretstore.h"

#include "platform/secretservicestatus.h"

#include <qt6keychain/keychain.h>

#include <QElapsedTimer>
#include <QPromise>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcNavPlatformKeychain, "nav.platform.keychain")

namespace Nav::Platform {
namespace {

// Finishes its future exactly once. Dropped unfinished (a job that never reported back), it
// finishes it with Cancelled so nobody waits forever.
template<typename T>
class Completion
{
public:
    Completion() { m_promise.start(); }
    Completion(const Completion &) = delete;
    Completion &operator=(const Completion &) = delete;
    ~Completion()
    {
        if (!m_finished) {
            finish(fail(ErrorCode::Cancelled,
                        KeychainSecretStore::tr("The keyring request was abandoned.")));
        }
    }

    QFuture<Result<T>> future() { return m_promise.future(); }

    void finish(Result<T> result)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_promise.addResult(std::move(result));
        m_promise.finish();
    }

private:
    QPromise<Result<T>> m_promise;
    bool m_finished = false;
};

// What a job was doing, for log lines and error details (names only, never secret values).
struct JobContext
{
    QString operation; // "read", "write", "remove"
    QString name;
    QString service;
    QElapsedTimer timer;

    QString describe(const QKeychain::Job *job) const
    {
        return QStringLiteral("%1 of '%2' (service '%3'): QtKeychain error %4: %5")
            .arg(operation, name, service, QString::number(int(job->error())), job->errorString());
    }
};

QString lockedMessage()
{
    return KeychainSecretStore::tr("The keyring is locked. Unlock it (log in to your desktop "
                                   "session or open your keyring) and try again.");
}

Error lockedError(const QString &detail)
{
    return Error::make(ErrorCode::KeychainLocked, lockedMessage(),
                       detail + QStringLiteral(" [default collection is locked]"));
}

// QtKeychain reports a missing bus or Secret Service as OtherError; only its text tells.
bool meansNoKeyringService(const QString &errorString)
{
    static const char *const markers[] = {
        "Cannot autolaunch D-Bus",         // no session bus and no X11 to autolaunch one
        "Could not connect",               // bus address points nowhere
        "org.freedesktop.secrets",         // no one serves the Secret Service name
        "/org/freedesktop/secrets",        // service up but no default collection ("login")
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NoServer",
    };
    for (const char *marker : markers) {
        if (errorString.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

Error mapJobError(const QKeychain::Job *job, const QString &detail)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error::make(ErrorCode::SecretNotFound,
                           KeychainSecretStore::tr("No secret with this name is stored in the "
                                                   "keyring."),
                           detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return Error::make(ErrorCode::KeychainDenied,
                           KeychainSecretStore::tr("The keyring refused access. Allow Navigator "
                                                   "to use the keyring and try again."),
                           detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::OtherError:
        if (!meansNoKeyringService(job->errorString())) {
            return Error::make(ErrorCode::KeychainUnavailable,
                               KeychainSecretStore::tr("The keyring reported an unexpected error. "
                                                       "Try again; if it keeps failing, log out "
                                                       "and back in to restart it."),
                               detail);
        }
        break;
    case QKeychain::NoError:
        return Error::make(ErrorCode::Unknown, QString(), detail); // not reached
    }
    return Error::make(ErrorCode::KeychainUnavailable,
                       KeychainSecretStore::tr("No keyring is available. Navigator keeps its "
                                               "encryption key in the system keyring: open a "
                                               "desktop session with GNOME Keyring, KWallet or "
                                               "another Secret Service and try again."),
                       detail);
}

void logFailure(const JobContext &context, const Error &error)
{
    if (error.code == ErrorCode::SecretNotFound) {
        qCDebug(lcNavPlatformKeychain).noquote()
            << context.operation << context.name << "->" << errorCodeName(error.code) << "in"
            << context.timer.elapsed() << "ms";
        return;
    }
    qCWarning(lcNavPlatformKeychain).noquote()
        << context.operation << context.name << "->" << errorCodeName(error.code) << "in"
        << context.timer.elapsed() << "ms:" << error.detail;
}

void logSuccess(const JobContext &context)
{
    qCDebug(lcNavPlatformKeychain).noquote()
        << context.operation << context.name << "-> ok in" << context.timer.elapsed() << "ms";
}

// QtKeychain runs one job at a time; an autoDelete job deletes itself after finished(), so the
// lambda (context: the job) is the only place that sees it.
template<typename Job, typename OnFinished>
void startJob(Job *job, const QString &name, OnFinished onFinished)
{
    job->setAutoDelete(true);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [job, onFinished](QKeychain::Job *) { onFinished(job); });
    job->start();
}

JobContext makeContext(const char *operation, const QString &name, const QString &service)
{
    JobContext context{QString::fromLatin1(operation), name, service, {}};
    context.timer.start();
    return context;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
#if defined(Q_OS_MACOS) || defined(Q_OS_IOS)
    m_backendName = QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    m_backendName = QStringLiteral("Windows Credential Manager");
#elif defined(Q_OS_ANDROID)
    m_backendName = QStringLiteral("Android Keystore");
#else
    m_backendName = QStringLiteral("Secret Service");
    probeBackendName();
#endif
}

KeychainSecretStore::~KeychainSecretStore() = default;

QFuture<Result<QByteArray>> KeychainSecretStore::readSecret(const QString &name)
{
    auto completion = std::make_shared<Completion<QByteArray>>();
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    startJob(job, name, [completion, context = makeContext("read", name, m_service)](
                            QKeychain::ReadPasswordJob *done) {
        if (done->error() == QKeychain::NoError) {
            logSuccess(context);
            completion->finish(done->binaryData());
            return;
        }
        const QString detail = context.describe(done);
        const Error error = mapJobError(done, detail);
        if (error.code != ErrorCode::SecretNotFound) {
            logFailure(context, error);
            completion->finish(Unexpected(error));
            return;
        }
        // A locked GNOME Keyring answers "not found" to a read: ask the Secret Service.
        SecretServiceStatus::defaultCollectionLockState().then(
            [completion, context, error](CollectionLockState state) {
                const Error result = state == CollectionLockState::Locked
                                         ? lockedError(error.detail)
                                         : error;
                logFailure(context, result);
                completion->finish(Unexpected(result));
            });
    });
    return completion->future();
}

QFuture<Result<void>> KeychainSecretStore::writeSecret(const QString &name,
                                                       const QByteArray &secret)
{
    auto completion = std::make_shared<Completion<void>>();
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    startJob(job, name, [completion, context = makeContext("write", name, m_service)](
                            QKeychain::WritePasswordJob *done) {
        if (done->error() == QKeychain::NoError) {
            logSuccess(context);
            completion->finish({});
            return;
        }
        const Error error = mapJobError(done, context.describe(done));
        if (done->error() != QKeychain::AccessDenied) {
            logFailure(context, error);
            completion->finish(Unexpected(error));
            return;
        }
        // A locked collection refuses new items: say "locked", which the user can act on.
        SecretServiceStatus::defaultCollectionLockState().then(
            [completion, context, error](CollectionLockState state) {
                const Error result = state == CollectionLockState::Locked
                                         ? lockedError(error.detail)
                                         : error;
                logFailure(context, result);
                completion->finish(Unexpected(result));
            });
    });
    return completion->future();
}

QFuture<Result<void>> KeychainSecretStore::removeSecret(const QString &name)
{
    auto completion = std::make_shared<Completion<void>>();
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    startJob(job, name, [completion, context = makeContext("remove", name, m_service)](
                            QKeychain::DeletePasswordJob *done) {
        const QKeychain::Error code = done->error();
        if (code != QKeychain::NoError && code != QKeychain::EntryNotFound) {
            const Error error = mapJobError(done, context.describe(done));
            logFailure(context, error);
            completion->finish(Unexpected(error));
            return;
        }
        // Removing an absent entry succeeds, but a locked GNOME Keyring also answers "done"
        // without removing anything: only an unlocked (or unknown) collection means success.
        const QString detail = context.describe(done);
        SecretServiceStatus::defaultCollectionLockState().then(
            [completion, context, detail](CollectionLockState state) {
                if (state == CollectionLockState::Locked) {
                    const Error error = lockedError(detail);
                    logFailure(context, error);
                    completion->finish(Unexpected(error));
                    return;
                }
                logSuccess(context);
                completion->finish({});
            });
    });
    return completion->future();
}

QString KeychainSecretStore::backendName() const
{
    return m_backendName;
}

void KeychainSecretStore::probeBackendName()
{
    SecretServiceStatus::serviceProviderName().then(this, [this](const QString &provider) {
        if (provider.isEmpty())
            return;
        m_backendName = QStringLiteral("%1 (Secret Service)").arg(provider);
        Q_EMIT backendNameChanged();
    });
}

} // namespace Nav::Platform

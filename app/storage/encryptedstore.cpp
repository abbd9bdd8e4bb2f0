// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/encryptedstore.h"

#include "storage/transaction.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcNavStorageStore, "nav.storage.store")

namespace Nav::Storage {
namespace {
constexpr qsizetype kKeyBytes = 32;

QByteArray randomKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(key.data()),
                                         reinterpret_cast<quint32 *>(key.data() + key.size()));
    return key;
}
} // namespace

EncryptedStore::EncryptedStore(Profile &profile, Core::SecretStore &secrets, Core::Clock &clock,
                               QList<Migration> migrations, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
    , m_clock(clock)
    , m_migrations(std::move(migrations))
{
    qRegisterMetaType<Nav::Error>();
}

EncryptedStore::~EncryptedStore() = default;

bool EncryptedStore::canStartFresh(ErrorCode code)
{
    return code == ErrorCode::StoreKeyMissing || code == ErrorCode::StoreWrongKey
           || code == ErrorCode::StoreFileMissing;
}

void EncryptedStore::open()
{
    if (m_state == State::Opening || m_state == State::Open)
        return;
    setState(State::Opening);
    m_secrets.readSecret(m_profile.keySecretName())
        .then(this, [this](const Result<QByteArray> &key) {
            if (key) {
                if (key->size() != kKeyBytes) {
                    failWith(Error::make(ErrorCode::StoreWrongKey,
                                         tr("The keychain entry for this profile is damaged "
                                            "(it is not a 256-bit key)."),
                                         QStringLiteral("key size %1").arg(key->size())));
                    return;
                }
                if (!m_profile.dataFileExists() && m_profile.hasCreatedDataFile()) {
                    failWith(Error::make(ErrorCode::StoreFileMissing,
                                         tr("The data file of this profile is missing. It may "
                                            "have been moved or deleted. Put it back and retry, "
                                            "or start a fresh profile.")));
                    return;
                }
                openWithKey(*key);
                return;
            }
            if (key.error().code != ErrorCode::SecretNotFound) {
                failWith(key.error());
                return;
            }
            if (m_profile.dataFileExists()) {
                failWith(Error::make(
                    ErrorCode::StoreKeyMissing,
                    tr("The key that unlocks this profile's data is not in your keychain. If "
                       "your keychain is locked, unlock it and retry. If the keychain was "
                       "reset, the data cannot be read without the old key."),
                    key.error().detail));
                return;
            }
            if (m_profile.hasCreatedDataFile()) {
                failWith(Error::make(ErrorCode::StoreFileMissing,
                                     tr("The data file of this profile and its key are both "
                                        "missing. Put the file back and retry, or start a fresh "
                                        "profile.")));
                return;
            }
            createFirstKey();
        });
}

void EncryptedStore::createFirstKey()
{
    const QByteArray key = randomKey();
    qCInfo(lcNavStorageStore) << "first run: creating a data key in" << m_secrets.backendName();
    m_secrets.writeSecret(m_profile.keySecretName(), key)
        .then(this, [this, key](const Result<void> &written) {
            if (!written) {
                failWith(written.error());
                return;
            }
            openWithKey(key);
        });
}

void EncryptedStore::openWithKey(const QByteArray &key)
{
    Database::Options options;
    options.filePath = m_profile.dataFilePath();
    options.key = key;
    options.migrations = m_migrations;
    m_database.open(options).then(this, [this](const Result<DatabaseInfo> &info) {
        if (!info) {
            failWith(info.error());
            return;
        }
        // Recorded after every successful open where it is missing (also when a previous run
        // died between creating the file and recording it), so a vanished file is noticed.
        if (!m_profile.hasCreatedDataFile()) {
            auto marked = m_profile.markDataFileCreated(true);
            if (!marked) {
                failWith(marked.error());
                return;
            }
        }
        m_info = *info;
        qCInfo(lcNavStorageStore) << "store open, data version" << m_info.schemaVersion;
        setState(State::Open);
        Q_EMIT opened();
    });
}

void EncryptedStore::setAsideAndStartFresh()
{
    if (m_state != State::Failed || !canStartFresh(m_lastError.code))
        return;
    setState(State::Opening);
    const QString name = m_profile.keySecretName();
    const QString stamp = m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    m_secrets.readSecret(name).then(this, [this, name, stamp](const Result<QByteArray> &oldKey) {
        auto renameAndOpen = [this] {
            m_database.close().then(this, [this](const Result<void> &) {
                auto renamed = m_profile.setAsideDataFile(m_clock.now());
                if (!renamed) {
                    failWith(renamed.error());
                    return;
                }
                qCInfo(lcNavStorageStore) << "unreadable data file set aside";
                Q_EMIT dataFileSetAside(*renamed);
                setState(State::Closed);
                open();
            });
        };
        if (!oldKey && oldKey.error().code != ErrorCode::SecretNotFound) {
            failWith(oldKey.error());
            return;
        }
        if (!oldKey) {
            renameAndOpen();
            return;
        }
        // Keep the old key: it may still open the set-aside file on another day.
        m_secrets.writeSecret(name + QStringLiteral("-set-aside-") + stamp, *oldKey)
            .then(this, [this, name, renameAndOpen](const Result<void> &kept) {
                if (!kept) {
                    failWith(kept.error());
                    return;
                }
                m_secrets.removeSecret(name).then(
                    this, [this, renameAndOpen](const Result<void> &removed) {
                        if (!removed) {
                            failWith(removed.error());
                            return;
                        }
                        renameAndOpen();
                    });
            });
    });
}

QFuture<Result<void>> EncryptedStore::writeMeta(const QString &key, const QString &value)
{
    const QString now = m_clock.now().toString(Qt::ISODate);
    return m_database.run<void>([key, value, now](QSqlDatabase &db) {
        return execSql(db,
                       // SQLite 3.15 (SQLCipher 3.4) has no UPSERT.
                       QStringLiteral("INSERT OR REPLACE INTO meta (key, value, updated_at) "
                                      "VALUES (?, ?, ?)"),
                       {key, value, now});
    });
}

QFuture<Result<QString>> EncryptedStore::readMeta(const QString &key)
{
    return m_database.run<QString>([key](QSqlDatabase &db) -> Result<QString> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(key);
        if (!q.exec())
            return fail(ErrorCode::Database, tr("The data file could not be read."));
        return q.next() ? q.value(0).toString() : QString();
    });
}

void EncryptedStore::failWith(const Error &error)
{
    m_lastError = error;
    qCWarning(lcNavStorageStore).noquote()
        << "store failed:" << errorCodeName(error.code) << error.detail;
    setState(State::Failed);
    Q_EMIT openFailed(error);
}

void EncryptedStore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Nav::Storage

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "storage/migration.h"

#include <QFuture>
#include <QLoggingCategory>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcNavStorageDatabase)

namespace Nav::Storage {

// Facts about an open store, for the status bar and About.
struct DatabaseInfo
{
    QString cipherVersion; // empty for a plaintext (benchmark) database
    QString sqliteVersion;
    int schemaVersion = 0;
};

// One SQLCipher connection owned by a dedicated thread. Every call is asynchronous: work is
// queued to the DB thread in order and the returned future finishes there; attach continuations
// with QFuture::then(context, ...) to come back to your own thread.
class Database final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString filePath;
        QByteArray key;          // 32 raw bytes; empty only with plaintext
        bool plaintext = false;  // benchmarks only: an unencrypted file through the same driver
        QList<Migration> migrations;
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override; // closes the connection and joins the thread

    // Opens (creating the file if needed), checks the key, applies pending migrations.
    QFuture<Result<DatabaseInfo>> open(const Options &options);
    QFuture<Result<void>> close();

    // Runs job(db) on the DB thread. The job must not keep the QSqlDatabase beyond its call.
    template<typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> job)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, job = std::move(job)](QSqlDatabase &db) {
            promise->addResult(job(db));
            promise->finish();
        });
        return future;
    }

    static QString driverName(); // "QSQLCIPHER"

private:
    void post(std::function<void(QSqlDatabase &)> task);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    QString m_connectionName;
    std::shared_ptr<QSqlDatabase> m_db; // touched only on m_thread
};

} // namespace Nav::Storage

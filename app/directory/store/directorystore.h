// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/model.h"
#include "directory/store/servicerecord.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Nav::Directory {

struct ImportCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int retired = 0;
    int quarantined = 0;
    friend bool operator==(const ImportCounts &, const ImportCounts &) = default;
};

struct PreparedBatch;

// The resource directory inside the encrypted store. Every function runs on the DB thread
// (inside Database::run) and takes the connection.
class DirectoryStore
{
public:
    // Applies one import in a single transaction: adds new services, updates changed ones,
    // leaves identical ones alone (a re-import is idempotent), and retires (status inactive,
    // never deleted) the services of the same source that a full snapshot no longer has, and
    // those the batch deletes. A failure or cancellation (progress returns false) leaves the
    // previous directory exactly as it was. `alsoInTransaction`, when given, runs inside the
    // same transaction just before the commit (e.g. the sync cursor of the page being applied);
    // its failure rolls everything back.
    static Result<ImportCounts> apply(QSqlDatabase &db, const DirectoryBatch &batch,
                                      const QDateTime &now, const ProgressCallback &progress = {},
                                      const std::function<Result<void>(QSqlDatabase &)>
                                          &alsoInTransaction = {},
                                      const PreparedBatch *prepared = nullptr);

    // What apply() computes for each service before it writes (the stored record, its hash,
    // its hours, its full text), computed ahead on any thread: the sync parses and prepares
    // the next page while the DB thread writes this one. Pure; give it to apply() with the
    // same batch.
    static std::shared_ptr<const PreparedBatch> prepare(const DirectoryBatch &batch);

    static Result<ServiceRecord> record(QSqlDatabase &db, qint64 rowid);
    static Result<ServiceRecord> record(QSqlDatabase &db, const QString &serviceId);
    // The records of several services in one statement, in the order of `rowids`; fails when
    // one of them is no longer in the directory.
    static Result<QList<ServiceRecord>> records(QSqlDatabase &db, const QList<qint64> &rowids);
    static Result<qint64> serviceCount(QSqlDatabase &db, bool activeOnly = true);

    // The longest flag note the server takes (characters).
    static constexpr int kMaxFlagNote = 2000;
    static QString noteTooLongWords(int length);
    // Stores a data-quality flag ("report a problem with this record") and, in the same
    // transaction, queues it for the server (outbox kind "flag"); returns its id, a UUID.
    // A note over kMaxFlagNote is refused here (the server would hold it).
    static Result<QString> addFlag(QSqlDatabase &db, const QString &serviceId,
                                   const QString &reason, const QString &note,
                                   const QDateTime &now);
    static Result<int> flagCount(QSqlDatabase &db, const QString &serviceId);
};

} // namespace Nav::Directory

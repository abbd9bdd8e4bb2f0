// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "core/serverdb.h"
#include "directory/model.h"
#include "directory/store/directorystore.h"

namespace Nav::Server {

// The master resource directory. Imports reuse the workstation's importers; each service is
// kept as three precomputed HSDS 3.0 JSON documents (full for cleared readers, redacted for
// everyone else, minimal) so serving the feed is a copy, not a conversion. Every change takes
// the next number of one sequence; the changes feed is "everything after cursor N".
class ServerDirectory
{
public:
    // format: hsds, icarol or airs (path: the file), or demo (path: how many services). One transaction: a failure leaves the directory as it was.
    static Result<Directory::ImportCounts> importFile(QSqlDatabase &db, const QString &format,
                                                      const QString &path, qint64 nowMs,
                                                      const Directory::ProgressCallback &progress = {});
    static Result<Directory::ImportCounts> apply(QSqlDatabase &db, const Directory::DirectoryBatch &batch,
                                                 qint64 nowMs,
                                                 const Directory::ProgressCallback &progress = {});

    struct FeedPage
    {
        QByteArray json; // {"items":[…],"next_cursor":N,"has_more":b,"last_seq":M}
        int count = 0;
        qint64 nextCursor = 0;
        bool hasMore = false;
    };
    // Changes after `cursor`, oldest first, at most `limit`; full documents when `cleared`.
    static Result<FeedPage> changes(QSqlDatabase &db, qint64 cursor, int limit, bool cleared);
    static Result<qint64> lastSeq(QSqlDatabase &db);
};

} // namespace Nav::Server

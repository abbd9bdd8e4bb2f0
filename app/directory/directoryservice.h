// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "directory/search/directorysearch.h"
#include "directory/store/directorystore.h"
#include "storage/database.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace Nav::Directory {

enum class ImportFormat { Hsds, Icarol, Airs };

struct ImportOutcome
{
    ImportCounts counts;
    QString reportPath;    // the quarantine report, empty when nothing was quarantined
    qint64 parseMs = 0;
    qint64 applyMs = 0;
    qsizetype servicesInFile = 0;
};

// The directory as the workstation and navigator-cli use it: imports (parsed off the GUI and DB
// threads, applied on the DB thread in one transaction), search, records, flags. Results arrive
// as futures; attach continuations with a context object.
class DirectoryService final : public QObject
{
    Q_OBJECT
public:
    DirectoryService(Storage::Database &database, Core::Clock &clock, QObject *parent = nullptr);
    ~DirectoryService() override;

    static std::optional<ImportFormat> formatFromName(const QString &name);
    static QString formatName(ImportFormat format);

    // Replaces the built-in synonym list with the file's (directory-synonyms.txt in a profile).
    // A file that does not parse is refused with the line at fault; the list in use stays.
    QFuture<Result<void>> useSynonymsFile(const QString &path);

    // Loads the search index; call once the store is open.
    QFuture<Result<void>> refresh();

    // Imports a file. `progress` is called from worker threads with (done, total) and may
    // return false to cancel; `reportPath` receives the quarantine report (CSV) if any record
    // was quarantined.
    QFuture<Result<ImportOutcome>> import(ImportFormat format, const QString &path,
                                          const QString &reportPath,
                                          ProgressCallback progress = {});
    // Imports an already built batch (demo data, tests).
    QFuture<Result<ImportOutcome>> importBatch(DirectoryBatch batch, const QString &reportPath = {},
                                               ProgressCallback progress = {});

    // Replaces the places used for "near" (municipalities and postal-code prefixes).
    QFuture<Result<int>> loadPlaces(const QString &municipalitiesCsv, const QString &fsaCsv);
    // The places built into Navigator (Ontario and Québec).
    static QString bundledMunicipalities();
    static QString bundledPostalPrefixes();

    // Loads the bundled places and imports a generated demonstration directory of
    // `serviceCount` fictitious services (deterministic for a seed).
    QFuture<Result<ImportOutcome>> seedDemo(int serviceCount, quint32 seed = 211);

    QFuture<Result<SearchResult>> search(const SearchQuery &query);
    QFuture<Result<std::optional<PlaceMatch>>> resolvePlace(const QString &text);
    QFuture<Result<QStringList>> placeNames();
    QFuture<Result<ServiceRecord>> record(qint64 rowid);
    QFuture<Result<QString>> reportProblem(const QString &serviceId, const QString &reason,
                                           const QString &note);
    QFuture<Result<qint64>> serviceCount();

    static Result<void> writeQuarantineReport(const QString &path,
                                              const QList<QuarantineEntry> &entries);

Q_SIGNALS:
    // After every successful import (the UI refreshes its results).
    void directoryChanged();

private:
    using Producer = std::function<Result<DirectoryBatch>(const ProgressCallback &)>;
    // Runs `produce` on a worker thread, then applies its batch on the DB thread.
    QFuture<Result<ImportOutcome>> importProduced(Producer produce, const QString &reportPath,
                                                  ProgressCallback progress);

    Storage::Database &m_database;
    Core::Clock &m_clock;
    std::shared_ptr<DirectorySearch> m_search; // used on the DB thread only
};

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/directoryservice.h"

#include "directory/demo/demodirectory.h"
#include "directory/demo/places.h"
#include "directory/importers/airs/airsimporter.h"
#include "directory/importers/hsds/hsdsimporter.h"
#include "directory/importers/icarol/icarolimporter.h"
#include "directory/text/textfold.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPromise>
#include <QSaveFile>
#include <QThread>

Q_LOGGING_CATEGORY(lcNavDirectoryService, "nav.directory.service")

namespace Nav::Directory {
namespace {

constexpr qint64 kSteps = 1000; // one progress scale for parse (first half) and apply (second)

Result<DirectoryBatch> parseFile(ImportFormat format, const QString &path,
                                 const ProgressCallback &progress)
{
    switch (format) {
    case ImportFormat::Hsds: return HsdsImporter::read(path, progress);
    case ImportFormat::Icarol: return IcarolImporter::read(path, progress);
    case ImportFormat::Airs: return AirsImporter::read(path, progress);
    }
    return fail(ErrorCode::InvalidInput, QStringLiteral("unknown format"));
}

ProgressCallback half(const ProgressCallback &progress, bool second)
{
    if (!progress)
        return {};
    return [progress, second](qint64 done, qint64 total) {
        const qint64 part = total > 0 ? done * (kSteps / 2) / total : 0;
        return progress((second ? kSteps / 2 : 0) + part, kSteps);
    };
}

QString csvField(const QString &s)
{
    QString v = s;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace

DirectoryService::DirectoryService(Storage::Database &database, Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_search(std::make_shared<DirectorySearch>())
{
}

DirectoryService::~DirectoryService() = default;

std::optional<ImportFormat> DirectoryService::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("hsds"))
        return ImportFormat::Hsds;
    if (n == QLatin1String("icarol"))
        return ImportFormat::Icarol;
    if (n == QLatin1String("airs"))
        return ImportFormat::Airs;
    return std::nullopt;
}

QString DirectoryService::formatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Hsds: return QStringLiteral("hsds");
    case ImportFormat::Icarol: return QStringLiteral("icarol");
    case ImportFormat::Airs: return QStringLiteral("airs");
    }
    return {};
}

QFuture<Result<void>> DirectoryService::refresh()
{
    auto search = m_search;
    return m_database.run<void>([search](QSqlDatabase &db) { return search->refresh(db); });
}

QFuture<Result<void>> DirectoryService::useSynonymsFile(const QString &path)
{
    auto search = m_search;
    return m_database.run<void>([search, path](QSqlDatabase &) -> Result<void> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io,
                        QCoreApplication::translate("Nav::Directory::DirectoryService",
                                                    "The synonyms file %1 cannot be read: %2")
                            .arg(QDir::toNativeSeparators(path), f.errorString()));
        }
        auto parsed = Synonyms::parse(QString::fromUtf8(f.readAll()));
        if (!parsed)
            return Unexpected(parsed.error());
        search->setSynonyms(std::move(*parsed));
        return {};
    });
}

Result<void> DirectoryService::writeQuarantineReport(const QString &path,
                                                     const QList<QuarantineEntry> &entries)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Nav::Directory::DirectoryService",
                                                "The quarantine report %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    f.write("\xEF\xBB\xBF"); // so spreadsheet programs read the accents right
    f.write("record_id,record_type,field,reason\r\n");
    for (const QuarantineEntry &e : entries) {
        f.write(QStringList{csvField(e.recordId), csvField(e.recordType), csvField(e.field),
                            csvField(e.reason)}
                    .join(QLatin1Char(','))
                    .toUtf8()
                + "\r\n");
    }
    if (!f.commit()) {
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Nav::Directory::DirectoryService",
                                                "The quarantine report %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), f.errorString()));
    }
    return {};
}

QFuture<Result<ImportOutcome>> DirectoryService::import(ImportFormat format, const QString &path,
                                                        const QString &reportPath,
                                                        ProgressCallback progress)
{
    return importProduced(
        [format, path](const ProgressCallback &p) { return parseFile(format, path, p); },
        reportPath, std::move(progress));
}

QString DirectoryService::bundledMunicipalities()
{
    return PlacesCsv::bundledMunicipalitiesPath();
}

QString DirectoryService::bundledPostalPrefixes()
{
    return PlacesCsv::bundledFsaPath();
}

QFuture<Result<ImportOutcome>> DirectoryService::seedDemo(int serviceCount, quint32 seed)
{
    auto promise = std::make_shared<QPromise<Result<ImportOutcome>>>();
    promise->start();
    loadPlaces(bundledMunicipalities(), bundledPostalPrefixes())
        .then(this, [this, promise, serviceCount, seed](const Result<int> &places) {
            if (!places) {
                promise->addResult(Unexpected(places.error()));
                promise->finish();
                return;
            }
            importProduced(
                [serviceCount, seed](const ProgressCallback &) -> Result<DirectoryBatch> {
                    auto towns = PlacesCsv::readBundled();
                    if (!towns)
                        return Unexpected(towns.error());
                    return DemoDirectory::generate(serviceCount, *towns, seed);
                },
                QString(), {})
                .then(this, [promise](const Result<ImportOutcome> &outcome) {
                    promise->addResult(outcome);
                    promise->finish();
                });
        });
    return promise->future();
}

QFuture<Result<ImportOutcome>> DirectoryService::importProduced(Producer produce,
                                                                const QString &reportPath,
                                                                ProgressCallback progress)
{
    auto promise = std::make_shared<QPromise<Result<ImportOutcome>>>();
    promise->start();
    QFuture<Result<ImportOutcome>> future = promise->future();
    // Parsing or generating is CPU work: keep it off the GUI thread and off the DB thread.
    QThread *worker = QThread::create([this, promise, produce, reportPath, progress] {
        QElapsedTimer timer;
        timer.start();
        auto batch = produce(half(progress, false));
        const qint64 parseMs = timer.elapsed();
        if (!batch) {
            promise->addResult(Unexpected(batch.error()));
            promise->finish();
            return;
        }
        qCInfo(lcNavDirectoryService) << "read" << batch->services.size() << "services in"
                                      << parseMs << "ms";
        QMetaObject::invokeMethod(this, [this, promise, batch = std::move(*batch), reportPath,
                                         progress, parseMs]() mutable {
            importBatch(std::move(batch), reportPath, progress)
                .then(this, [promise, parseMs](const Result<ImportOutcome> &outcome) {
                    if (outcome) {
                        ImportOutcome o = *outcome;
                        o.parseMs = parseMs;
                        promise->addResult(o);
                    } else {
                        promise->addResult(outcome);
                    }
                    promise->finish();
                });
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    return future;
}

QFuture<Result<ImportOutcome>> DirectoryService::importBatch(DirectoryBatch batch,
                                                             const QString &reportPath,
                                                             ProgressCallback progress)
{
    const QDateTime now = m_clock.now();
    auto search = m_search;
    auto shared = std::make_shared<DirectoryBatch>(std::move(batch));
    auto future = m_database.run<ImportOutcome>(
        [shared, now, reportPath, progress, search](QSqlDatabase &db) -> Result<ImportOutcome> {
            QElapsedTimer timer;
            timer.start();
            ImportOutcome outcome;
            outcome.servicesInFile = shared->services.size();
            // The report first: if it cannot be written, nothing has changed yet.
            if (!shared->quarantine.isEmpty() && !reportPath.isEmpty()) {
                auto written = writeQuarantineReport(reportPath, shared->quarantine);
                if (!written)
                    return Unexpected(written.error());
                outcome.reportPath = reportPath;
            }
            auto counts = DirectoryStore::apply(db, *shared, now, half(progress, true));
            if (!counts)
                return Unexpected(counts.error());
            outcome.counts = *counts;
            outcome.applyMs = timer.elapsed();
            if (auto refreshed = search->refresh(db); !refreshed)
                return Unexpected(refreshed.error());
            return outcome;
        });
    future.then(this, [this](const Result<ImportOutcome> &outcome) {
        if (outcome)
            Q_EMIT directoryChanged();
    });
    return future;
}

QFuture<Result<int>> DirectoryService::loadPlaces(const QString &municipalitiesCsv,
                                                  const QString &fsaCsv)
{
    auto search = m_search;
    return m_database.run<int>([municipalitiesCsv, fsaCsv, search](QSqlDatabase &db) -> Result<int> {
        QList<Place> places;
        for (const QString &path : {municipalitiesCsv, fsaCsv}) {
            if (path.isEmpty())
                continue;
            auto read = PlacesCsv::read(path);
            if (!read)
                return Unexpected(read.error());
            places += *read;
        }
        Storage::Transaction tx(db);
        if (!tx.isActive())
            return Unexpected(tx.beginError());
        if (auto cleared = Storage::execSql(db, QStringLiteral("DELETE FROM dir_place")); !cleared)
            return Unexpected(cleared.error());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO dir_place (name, folded, province, kind, latitude, "
                                 "longitude) VALUES (?,?,?,?,?,?)"));
        for (const Place &p : std::as_const(places)) {
            const bool fsa = p.kind == QLatin1String("fsa");
            const QString key = fsa ? p.fsa.toLower()
                                    : Text::words(Text::fold(p.name)).join(QLatin1Char(' '));
            q.addBindValue(fsa ? QStringLiteral("%1 (%2)").arg(p.fsa.toUpper(), p.name) : p.name);
            q.addBindValue(key);
            q.addBindValue(p.province);
            q.addBindValue(p.kind);
            q.addBindValue(p.latitude);
            q.addBindValue(p.longitude);
            if (!q.exec()) {
                return fail(ErrorCode::Database,
                            QCoreApplication::translate("Nav::Directory::DirectoryService",
                                                        "The places could not be saved."));
            }
        }
        if (auto c = tx.commit(); !c)
            return Unexpected(c.error());
        if (auto r = search->refresh(db); !r)
            return Unexpected(r.error());
        return int(places.size());
    });
}

QFuture<Result<SearchResult>> DirectoryService::search(const SearchQuery &query)
{
    auto search = m_search;
    return m_database.run<SearchResult>(
        [search, query](QSqlDatabase &db) { return search->search(db, query); });
}

QFuture<Result<std::optional<PlaceMatch>>> DirectoryService::resolvePlace(const QString &text)
{
    auto search = m_search;
    return m_database.run<std::optional<PlaceMatch>>(
        [search, text](QSqlDatabase &) -> Result<std::optional<PlaceMatch>> {
            return search->resolvePlace(text);
        });
}

QFuture<Result<QStringList>> DirectoryService::placeNames()
{
    auto search = m_search;
    return m_database.run<QStringList>(
        [search](QSqlDatabase &) -> Result<QStringList> { return search->placeNames(); });
}

QFuture<Result<ServiceRecord>> DirectoryService::record(qint64 rowid)
{
    return m_database.run<ServiceRecord>(
        [rowid](QSqlDatabase &db) { return DirectoryStore::record(db, rowid); });
}

QFuture<Result<QString>> DirectoryService::reportProblem(const QString &serviceId,
                                                         const QString &reason, const QString &note)
{
    const QDateTime now = m_clock.now();
    return m_database.run<QString>([=](QSqlDatabase &db) {
        return DirectoryStore::addFlag(db, serviceId, reason, note, now);
    });
}

QFuture<Result<qint64>> DirectoryService::serviceCount()
{
    return m_database.run<qint64>(
        [](QSqlDatabase &db) { return DirectoryStore::serviceCount(db, true); });
}

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
//
// Directory benchmark (issue: p95 ≤ 20 ms encrypted, encrypted/plain ≤ 1.3, import ≥ 4,000
// services/s). Generates the demo directory, imports it into an encrypted and a plaintext
// database with the same schema and code, reopens both cold, and runs a fixed mixed query set
// (French, English, typos, filters) on each. Prints figures; never fails on speed.

#include "directory/demo/demodirectory.h"
#include "directory/demo/places.h"
#include "directory/directoryservice.h"
#include "directory/search/directorysearch.h"
#include "directory/store/directorystore.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace Nav;
using namespace Nav::Directory;

namespace {

template<typename T>
T await(QFuture<T> f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return f.result();
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Query
{
    const char *label;
    SearchQuery q;
};

QList<Query> querySet()
{
    const GeoPoint montreal{45.5017, -73.5673}, ottawa{45.4215, -75.6972}, toronto{43.6532, -79.3832};
    const QDateTime at(QDate(2026, 11, 23), QTime(14, 0), QTimeZone("America/Toronto"));
    QList<Query> set;
    const auto add = [&](const char *label, const QString &text, const QString &lang,
                         std::function<void(SearchQuery &)> tweak = {}) {
        SearchQuery q;
        q.text = text;
        q.language = lang;
        q.at = at;
        q.limit = 25;
        if (tweak)
            tweak(q);
        set << Query{label, q};
    };
    const QString en = QStringLiteral("en"), fr = QStringLiteral("fr");
    add("fr word", QStringLiteral("hébergement "), fr);
    add("fr accents off", QStringLiteral("hebergement urgence "), fr);
    add("fr phrase", QStringLiteral("banque alimentaire "), fr);
    add("fr stem", QStringLiteral("demandes de logement "), fr);
    add("fr prefix", QStringLiteral("alim"), fr);
    add("fr typing", QStringLiteral("santé ment"), fr);
    add("fr typo", QStringLiteral("hébergemnt "), fr);
    add("fr near", QStringLiteral("aide alimentaire "), fr, [&](SearchQuery &q) { q.near = montreal; });
    add("fr open now", QStringLiteral("refuge "), fr, [](SearchQuery &q) { q.openNow = true; });
    add("fr seniors", QStringLiteral("aînés soins à domicile "), fr);
    add("en word", QStringLiteral("shelter "), en);
    add("en phrase", QStringLiteral("food bank "), en);
    add("en stem", QStringLiteral("counselling services "), en);
    add("en prefix", QStringLiteral("emplo"), en);
    add("en typing", QStringLiteral("mental heal"), en);
    add("en typo 1", QStringLiteral("shleter "), en);
    add("en typo 2", QStringLiteral("cousnelling "), en);
    add("en near radius", QStringLiteral("food "), en, [&](SearchQuery &q) { q.near = ottawa; q.radiusKm = 25; });
    add("en near sort", QStringLiteral("legal aid "), en, [&](SearchQuery &q) { q.near = toronto; q.sort = SortOrder::Distance; });
    add("en open+free", QStringLiteral("meals "), en, [](SearchQuery &q) { q.openNow = true; q.freeOnly = true; });
    add("en youth age", QStringLiteral("youth "), en, [](SearchQuery &q) { q.age = 16; });
    add("en language", QStringLiteral("newcomer settlement "), en, [](SearchQuery &q) { q.languages = {QStringLiteral("ar")}; });
    add("en category", QString(), en, [](SearchQuery &q) { q.taxonomyCodes = {QStringLiteral("BD")}; });
    add("category near", QString(), en, [&](SearchQuery &q) { q.taxonomyCodes = {QStringLiteral("BH")}; q.near = montreal; q.radiusKm = 10; });
    add("cross-lang", QStringLiteral("food bank montréal "), fr);
    add("cross-lang 2", QStringLiteral("banque alimentaire ottawa "), en);
    add("tax", QStringLiteral("tax clinic "), en);
    add("impôts", QStringLiteral("clinique d'impôts "), fr);
    add("crisis", QStringLiteral("crisis line "), en, [](SearchQuery &q) { q.openNow = true; });
    add("broad", QStringLiteral("aide "), fr);
    return set;
}

struct Figures
{
    double importPerSecond = 0;
    qint64 importMs = 0;
    qint64 coldOpenMs = 0;
    qint64 indexLoadMs = 0;
    QList<double> latenciesMs;
    qint64 fileBytes = 0;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p / 100.0 * double(v.size())));
    return v.at(i);
}

Figures runOne(const QString &path, bool plaintext, const DirectoryBatch &batch, int rounds)
{
    Figures f;
    Storage::Database::Options o;
    o.filePath = path;
    o.plaintext = plaintext;
    o.key = plaintext ? QByteArray() : QByteArray(32, '\x3c');
    o.migrations = Storage::workstationMigrations();
    {
        Storage::Database db;
        auto opened = await(db.open(o));
        if (!opened) {
            print(QStringLiteral("open failed: %1 %2").arg(opened.error().message, opened.error().detail));
            return f;
        }
        QElapsedTimer t;
        t.start();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto counts = await(db.run<ImportCounts>([&batch, now](QSqlDatabase &c) {
            return DirectoryStore::apply(c, batch, now);
        }));
        f.importMs = t.elapsed();
        if (!counts) {
            print(QStringLiteral("import failed: %1").arg(counts.error().detail));
            return f;
        }
        f.importPerSecond = batch.services.size() * 1000.0 / std::max<qint64>(1, f.importMs);
        await(db.close());
    }
    f.fileBytes = QFile(path).size();

    // Cold: a new connection, key check, migrations (none pending), index load.
    Storage::Database db;
    QElapsedTimer t;
    t.start();
    if (!await(db.open(o)))
        return f;
    f.coldOpenMs = t.elapsed();
    auto search = std::make_shared<DirectorySearch>();
    t.restart();
    await(db.run<void>([search](QSqlDatabase &c) { return search->refresh(c); }));
    f.indexLoadMs = t.elapsed();

    const QList<Query> set = querySet();
    for (int round = 0; round < rounds + 1; ++round) {
        for (const Query &query : set) {
            SearchQuery q = query.q;
            QElapsedTimer one;
            one.start();
            auto r = await(db.run<SearchResult>([search, q](QSqlDatabase &c) { return search->search(c, q); }));
            const double ms = double(one.nsecsElapsed()) / 1e6;
            if (round > 0) // the first round warms the page cache
                f.latenciesMs << ms;
            if (round == 1 && !plaintext && r)
                print(QStringLiteral("  %1: %2 results, %3 ms").arg(QLatin1String(query.label), -16).arg(r->total).arg(ms, 0, 'f', 2));
        }
    }
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("services"), QStringLiteral("directory size"), QStringLiteral("n"), QStringLiteral("100000")},
                       {QStringLiteral("rounds"), QStringLiteral("query rounds"), QStringLiteral("n"), QStringLiteral("5")}});
    parser.process(app);
    const int services = parser.value(QStringLiteral("services")).toInt();
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    auto places = PlacesCsv::read(DirectoryService::bundledMunicipalities());
    if (!places) {
        print(places.error().message);
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const DirectoryBatch batch = DemoDirectory::generate(services, *places, 211);
    print(QStringLiteral("generated %1 services in %2 ms").arg(batch.services.size()).arg(t.elapsed()));

    QTemporaryDir dir;
    print(QStringLiteral("encrypted (SQLCipher):"));
    const Figures enc = runOne(dir.filePath(QStringLiteral("enc.db")), false, batch, rounds);
    print(QStringLiteral("plaintext (same schema and code):"));
    const Figures plain = runOne(dir.filePath(QStringLiteral("plain.db")), true, batch, rounds);

    const auto line = [](const char *what, const Figures &f) {
        print(QStringLiteral("%1 import %2 ms (%3 services/s), file %4 MB, cold open %5 ms + index %6 ms, "
                             "search p50 %7 ms p95 %8 ms p99 %9 ms over %10 queries")
                  .arg(QLatin1String(what))
                  .arg(f.importMs)
                  .arg(f.importPerSecond, 0, 'f', 0)
                  .arg(double(f.fileBytes) / 1e6, 0, 'f', 1)
                  .arg(f.coldOpenMs)
                  .arg(f.indexLoadMs)
                  .arg(percentile(f.latenciesMs, 50), 0, 'f', 2)
                  .arg(percentile(f.latenciesMs, 95), 0, 'f', 2)
                  .arg(percentile(f.latenciesMs, 99), 0, 'f', 2)
                  .arg(f.latenciesMs.size()));
    };
    line("encrypted:", enc);
    line("plaintext:", plain);
    const double ratio = percentile(plain.latenciesMs, 95) > 0
                             ? percentile(enc.latenciesMs, 95) / percentile(plain.latenciesMs, 95)
                             : 0;
    print(QStringLiteral("encrypted/plain p95 ratio: %1").arg(ratio, 0, 'f', 2));
    return enc.latenciesMs.isEmpty() || plain.latenciesMs.isEmpty() ? 1 : 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/search/directorysearch.h"
#include "directory/store/directorystore.h"
#include "fixturedirectory.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using namespace Nav::Directory;

Q_DECLARE_METATYPE(Nav::Directory::SearchQuery)

namespace {
// Times in Toronto's zone (the fixture's schedules are in America/Toronto).
QDateTime toronto(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone("America/Toronto"));
}

SearchQuery text(const QString &t, const QString &lang = QStringLiteral("en"))
{
    SearchQuery q;
    q.text = t;
    q.language = lang;
    q.at = toronto(2026, 11, 23, 14, 0); // a Monday afternoon
    return q;
}
} // namespace

class tst_DirectorySearch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::shared_ptr<DirectorySearch> m_search;
    std::unique_ptr<Storage::Database> m_legacyDb;
    std::shared_ptr<DirectorySearch> m_legacy;

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 30000);
        return f.result();
    }

    SearchResult run(const SearchQuery &q)
    {
        auto search = m_search;
        auto r = await(m_db->run<SearchResult>([search, q](QSqlDatabase &db) { return search->search(db, q); }));
        if (!r)
            qWarning() << r.error().message << r.error().detail;
        return r.value_or(SearchResult());
    }

    static QStringList ids(const SearchResult &r)
    {
        QStringList out;
        for (const SearchHit &h : r.hits)
            out << h.record.service.id;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("search.db"));
        o.key = QByteArray(32, '\x5a');
        o.migrations = Storage::workstationMigrations();
        QVERIFY(await(m_db->open(o)));
        const DirectoryBatch batch = Test::fixtureDirectory();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(await(m_db->run<ImportCounts>([&batch, now](QSqlDatabase &db) {
            return DirectoryStore::apply(db, batch, now);
        })));
        m_search = std::make_shared<DirectorySearch>();
        auto search = m_search;
        QVERIFY(await(m_db->run<void>([search](QSqlDatabase &db) { return search->refresh(db); })));
        QCOMPARE(m_search->serviceCount(), qsizetype(batch.services.size()));
    }

    // Each row: a query, the service that must come first, and services that must not appear.
    void ranking_data()
    {
        QTest::addColumn<SearchQuery>("query");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QStringList>("absent");
        // Accents, both ways.
        QTest::newRow("hebergement finds Hébergement") << text(QStringLiteral("hebergement urgence "), QStringLiteral("fr")) << QStringLiteral("phare") << QStringList();
        QTest::newRow("QUÉBEC upper case") << text(QStringLiteral("BANQUE ALIMENTAIRE QUÉBEC ")) << QStringLiteral("bank-qc") << QStringList();
        // Stemming, French and English.
        QTest::newRow("fr plural") << text(QStringLiteral("hébergements "), QStringLiteral("fr")) << QString() << QStringList{QStringLiteral("tax")};
        QTest::newRow("fr verb form") << text(QStringLiteral("demande logement "), QStringLiteral("fr")) << QStringLiteral("housing") << QStringList();
        QTest::newRow("en plural") << text(QStringLiteral("shelters ")) << QString() << QStringList{QStringLiteral("tax")};
        QTest::newRow("en -ing") << text(QStringLiteral("counselling youth ")) << QStringLiteral("youth") << QStringList();
        // Typing: the last word is a prefix.
        QTest::newRow("prefix") << text(QStringLiteral("clinique d'imp"), QStringLiteral("fr")) << QStringLiteral("tax") << QStringList();
        QTest::newRow("prefix en") << text(QStringLiteral("food ba")) << QString() << QStringList{QStringLiteral("youth")};
        // Typos.
        QTest::newRow("one typo") << text(QStringLiteral("shleter ")) << QString() << QStringList{QStringLiteral("tax")};
        QTest::newRow("typo past the stem") << text(QStringLiteral("hebergemnt "), QStringLiteral("fr")) << QString() << QStringList{QStringLiteral("tax")};
        QTest::newRow("two typos") << text(QStringLiteral("counseling yuoth ")) << QStringLiteral("youth") << QStringList();
        // Synonyms across languages.
        QTest::newRow("food bank finds banque alimentaire") << text(QStringLiteral("food bank quebec ")) << QStringLiteral("bank-qc") << QStringList();
        QTest::newRow("banque alimentaire finds Ottawa Food Bank") << text(QStringLiteral("banque alimentaire ottawa "), QStringLiteral("fr")) << QStringLiteral("bank-ottawa") << QStringList();
        QTest::newRow("tax clinic finds impots") << text(QStringLiteral("tax clinic gatineau ")) << QStringLiteral("tax") << QStringList();
        // Name matches outrank description matches.
        QTest::newRow("name first") << text(QStringLiteral("food bank ")) << QString() << QStringList{QStringLiteral("old-bank")};
    }

    void ranking()
    {
        QFETCH(SearchQuery, query);
        QFETCH(QString, first);
        QFETCH(QStringList, absent);
        const SearchResult r = run(query);
        const QStringList found = ids(r);
        QVERIFY2(!found.isEmpty(), qPrintable(query.text));
        if (!first.isEmpty())
            QVERIFY2(found.first() == first, qPrintable(found.join(QLatin1Char(','))));
        for (const QString &a : absent)
            QVERIFY2(!found.contains(a), qPrintable(found.join(QLatin1Char(','))));
    }

    void typoIsReported()
    {
        const SearchResult r = run(text(QStringLiteral("shleter ")));
        QVERIFY(!r.corrections.isEmpty());
        QVERIFY(r.corrections.first().startsWith(QStringLiteral("shleter → ")));
    }

    void openNow_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QStringList>("open");
        QTest::addColumn<QStringList>("closed");
        // Monday 9:00 sharp: weekday services open; the Tuesday/Thursday food bank is closed.
        QTest::newRow("monday 9:00") << toronto(2026, 11, 23, 9, 0) << QStringList{QStringLiteral("bank-ottawa"), QStringLiteral("phare")} << QStringList{QStringLiteral("bank-qc"), QStringLiteral("night")};
        QTest::newRow("monday 8:59:59") << toronto(2026, 11, 23, 8, 59, 59) << QStringList{QStringLiteral("phare")} << QStringList{QStringLiteral("bank-ottawa")};
        QTest::newRow("at closing 17:00") << toronto(2026, 11, 23, 17, 0) << QStringList() << QStringList{QStringLiteral("bank-ottawa")};
        QTest::newRow("tuesday 13:30") << toronto(2026, 11, 24, 13, 30) << QStringList{QStringLiteral("bank-qc")} << QStringList();
        // Midnight crossing: open Friday 20:00 to Saturday 02:00.
        QTest::newRow("saturday 01:00") << toronto(2026, 11, 28, 1, 0) << QStringList{QStringLiteral("night")} << QStringList{QStringLiteral("bank-ottawa")};
        QTest::newRow("saturday 02:00") << toronto(2026, 11, 28, 2, 0) << QStringList() << QStringList{QStringLiteral("night")};
        // Closed days: Sunday.
        QTest::newRow("sunday noon") << toronto(2026, 11, 29, 12, 0) << QStringList{QStringLiteral("phare")} << QStringList{QStringLiteral("youth"), QStringLiteral("bank-ottawa")};
        // Seasonal: the tax clinic runs March 1 to April 30 only.
        QTest::newRow("tax season") << toronto(2026, 4, 15, 10, 0) << QStringList{QStringLiteral("tax")} << QStringList();
        QTest::newRow("off season") << toronto(2026, 11, 23, 10, 0) << QStringList() << QStringList{QStringLiteral("tax")};
        QTest::newRow("last season day") << toronto(2026, 4, 30, 15, 59) << QStringList{QStringLiteral("tax")} << QStringList();
    }

    void openNow()
    {
        QFETCH(QDateTime, at);
        QFETCH(QStringList, open);
        QFETCH(QStringList, closed);
        SearchQuery q;
        q.openNow = true;
        q.at = at;
        q.limit = 100;
        const QStringList found = ids(run(q));
        for (const QString &id : open)
            QVERIFY2(found.contains(id), qPrintable(id + QStringLiteral(" missing: ") + found.join(QLatin1Char(','))));
        for (const QString &id : closed)
            QVERIFY2(!found.contains(id), qPrintable(id + QStringLiteral(" present: ") + found.join(QLatin1Char(','))));
    }

    // A directory imported before the store kept each service's hours rules with its codes:
    // open-now reads the hours from the records on first use and answers the same.
    void openNowWithoutStoredRules_data() { openNow_data(); }

    void openNowWithoutStoredRules()
    {
        QFETCH(QDateTime, at);
        if (!m_legacy) {
            m_legacyDb = std::make_unique<Storage::Database>();
            Storage::Database::Options o;
            o.filePath = m_dir.filePath(QStringLiteral("legacy.db"));
            o.key = QByteArray(32, '\x5b');
            o.migrations = Storage::workstationMigrations();
            QVERIFY(await(m_legacyDb->open(o)));
            const DirectoryBatch batch = Test::fixtureDirectory();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QVERIFY(await(m_legacyDb->run<ImportCounts>([&batch, now](QSqlDatabase &db) -> Result<ImportCounts> {
                auto counts = DirectoryStore::apply(db, batch, now);
                if (counts)
                    QSqlQuery(db).exec(QStringLiteral("DELETE FROM dir_service_code WHERE kind = 'hours'"));
                return counts;
            })));
            auto legacy = std::make_shared<DirectorySearch>();
            QVERIFY(await(m_legacyDb->run<void>([legacy](QSqlDatabase &db) { return legacy->refresh(db); })));
            m_legacy = legacy;
        }
        SearchQuery q;
        q.openNow = true;
        q.at = at;
        q.limit = 100;
        auto legacy = m_legacy;
        auto r = await(m_legacyDb->run<SearchResult>([legacy, q](QSqlDatabase &db) { return legacy->search(db, q); }));
        QVERIFY(r);
        const SearchResult expected = run(q);
        QVERIFY(!expected.hits.isEmpty());
        QCOMPARE(ids(*r), ids(expected));
        for (qsizetype i = 0; i < r->hits.size(); ++i)
            QCOMPARE(r->hits.at(i).open, OpenState::Open);
    }

    void distanceOrdering()
    {
        SearchQuery q;
        q.text = QStringLiteral("food bank ");
        q.near = GeoPoint{45.42, -75.69}; // Ottawa
        q.sort = SortOrder::Distance;
        const SearchResult r = run(q);
        QVERIFY(r.hits.size() >= 2);
        QCOMPARE(r.hits.first().record.service.id, QStringLiteral("bank-ottawa"));
        for (int i = 1; i < r.hits.size(); ++i)
            QVERIFY(r.hits.at(i - 1).distanceKm.value_or(1e9) <= r.hits.at(i).distanceKm.value_or(1e9));
        // From Québec City the order flips.
        q.near = GeoPoint{46.81, -71.21};
        QCOMPARE(run(q).hits.first().record.service.id, QStringLiteral("bank-qc"));
    }

    void radiusLimits()
    {
        SearchQuery q;
        q.near = GeoPoint{45.5017, -73.5673}; // Montréal
        q.radiusKm = 25;
        q.limit = 100;
        const QStringList found = ids(run(q));
        QVERIFY(found.contains(QStringLiteral("phare")));
        QVERIFY(found.contains(QStringLiteral("housing")));
        QVERIFY(!found.contains(QStringLiteral("bank-ottawa")));
        QVERIFY(!found.contains(QStringLiteral("bank-qc")));
    }

    void filters()
    {
        SearchQuery q;
        q.limit = 100;
        q.age = 30;
        QVERIFY(!ids(run(q)).contains(QStringLiteral("youth")));
        q.age = 16;
        QVERIFY(ids(run(q)).contains(QStringLiteral("youth")));
        q = SearchQuery();
        q.limit = 100;
        q.languages = {QStringLiteral("es")};
        QCOMPARE(ids(run(q)), QStringList{QStringLiteral("youth")});
        q = SearchQuery();
        q.limit = 100;
        q.taxonomyCodes = {QStringLiteral("BD")}; // a top-level code covers its sub-codes
        QStringList food = ids(run(q));
        food.sort();
        QCOMPARE(food, (QStringList{QStringLiteral("bank-ottawa"), QStringLiteral("bank-qc")}));
        q = SearchQuery();
        q.limit = 100;
        q.freeOnly = true;
        QCOMPARE(ids(run(q)), QStringList{QStringLiteral("bank-qc")});
        q = SearchQuery();
        q.limit = 100;
        q.includeInactive = true;
        QVERIFY(ids(run(q)).contains(QStringLiteral("old-bank")));
    }

    void facetsCount()
    {
        SearchQuery q;
        q.limit = 100;
        const SearchResult r = run(q);
        const auto food = std::find_if(r.categories.cbegin(), r.categories.cend(),
                                       [](const FacetCount &f) { return f.code == QLatin1String("bd-1800.2000"); });
        QVERIFY(food != r.categories.cend());
        QCOMPARE(food->count, 2);
        QCOMPARE(food->nameFr, QStringLiteral("Banques alimentaires"));
        QVERIFY(r.freeCount >= 1);
    }

    void confidentialHiddenForUnclearedRole()
    {
        SearchQuery q = text(QStringLiteral("maison secours "));
        const SearchResult uncleared = run(q);
        QCOMPARE(ids(uncleared).value(0), QStringLiteral("secours"));
        const ServiceRecord &r = uncleared.hits.first().record;
        QVERIFY(r.locations.isEmpty());
        QCOMPARE(r.service.phones.size(), 1);
        QCOMPARE(r.service.phones.first().number, QStringLiteral("+18005550123"));
        // Distance is blurred, not exact, for an uncleared role.
        q.near = GeoPoint{45.6066, -73.7124};
        const double blurred = run(q).hits.first().distanceKm.value_or(-1);
        QVERIFY(blurred > 0.5);
        q.confidentialCleared = true;
        const SearchResult cleared = run(q);
        QCOMPARE(cleared.hits.first().record.locations.size(), 1);
        QCOMPARE(cleared.hits.first().record.locations.first().addresses.first().address1,
                 QStringLiteral("SECRET-ADDRESS 7 rue Cachée"));
        QVERIFY(cleared.hits.first().distanceKm.value_or(-1) < 0.01);
    }

    void emptyQueryListsEverythingActive()
    {
        SearchQuery q;
        q.limit = 100;
        const SearchResult r = run(q);
        QCOMPARE(r.total, int(Test::fixtureDirectory().services.size()) - 1); // minus the inactive one
    }
};

QTEST_GUILESS_MAIN(tst_DirectorySearch)
#include "tst_directorysearch.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/search/directorysearch.h"
#include "directory/store/directorystore.h"
#include "fixturedirectory.h"
#include "storage/database.h"
#include "storage/schema.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav;
using namespace Nav::Directory;

// Synonyms of several words are searched as separate AND queries, not as phrases: services are
// still found through them, what was typed ranks above what a synonym found, and no phrase or
// stop word reaches the index.
class tst_SearchSynonyms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::shared_ptr<DirectorySearch> m_search;

    template<typename T>
    static T await(QFuture<T> f)
    {
        [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 30000);
        return f.result();
    }

    QStringList find(const QString &text, const QString &language)
    {
        SearchQuery q;
        q.text = text;
        q.language = language;
        q.limit = 100;
        auto search = m_search;
        auto r = await(m_db->run<SearchResult>([search, q](QSqlDatabase &db) { return search->search(db, q); }));
        if (!r)
            qWarning() << r.error().message << r.error().detail;
        QStringList ids;
        for (const SearchHit &h : r.value_or(SearchResult()).hits)
            ids << h.record.service.id;
        return ids;
    }

    static DirectoryBatch directory()
    {
        using Test::addService;
        DirectoryBatch b;
        b.source = QStringLiteral("synonyms");
        const QList<Schedule> none;
        const QStringList fr{QStringLiteral("fr")}, en{QStringLiteral("en")};
        const auto add = [&](const QString &id, const QString &nameEn, const QString &nameFr,
                             const QStringList &languages) {
            addService(b, id, {nameEn, nameFr}, {QString(), QString()}, {}, 45.5, -73.6,
                       QStringLiteral("Montréal"), none, languages);
        };
        add(QStringLiteral("shelter"), QStringLiteral("Downtown Emergency Shelter"), QString(), en);
        add(QStringLiteral("refuge"), QString(), QStringLiteral("Refuge Saint-Jean"), fr);
        add(QStringLiteral("maison"), QString(), QStringLiteral("Maison d'hébergement Marie"), fr);
        add(QStringLiteral("banque"), QString(), QStringLiteral("Banque alimentaire du Plateau"), fr);
        add(QStringLiteral("foodbank"), QStringLiteral("Westboro Food Bank"), QString(), en);
        add(QStringLiteral("comptoir"), QString(), QStringLiteral("Comptoir alimentaire Sud"), fr);
        add(QStringLiteral("coop"), QStringLiteral("Food Co-op"), QString(), en);
        add(QStringLiteral("bankteller"), QStringLiteral("Bank Teller Training"), QString(), en);
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Storage::Database>();
        Storage::Database::Options o;
        o.filePath = m_dir.filePath(QStringLiteral("synonyms.db"));
        o.key = QByteArray(32, '\x2b');
        o.migrations = Storage::workstationMigrations();
        QVERIFY(await(m_db->open(o)));
        const DirectoryBatch batch = directory();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(await(m_db->run<ImportCounts>([&batch, now](QSqlDatabase &db) {
            return DirectoryStore::apply(db, batch, now);
        })));
        m_search = std::make_shared<DirectorySearch>();
        auto search = m_search;
        QVERIFY(await(m_db->run<void>([search](QSqlDatabase &db) { return search->refresh(db); })));
    }

    void plansHaveNoPhrasesNorStopWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("food bank") << QStringLiteral("food bank ");
        QTest::newRow("hébergement") << QStringLiteral("hébergement ");
        QTest::newRow("clinique d'impôts") << QStringLiteral("clinique d'impôts ");
        QTest::newRow("maison d'hébergement, typing") << QStringLiteral("maison d'hébergement");
        QTest::newRow("two synonym groups") << QStringLiteral("food bank mental health soup kitchen ");
    }

    void plansHaveNoPhrasesNorStopWords()
    {
        QFETCH(QString, text);
        static const QRegularExpression stopWord(QStringLiteral("(^| )(d|de|l|la|a|of|the)( |$)"));
        for (const bool english : {true, false}) {
            const QList<DirectorySearch::MatchPlan> plans = m_search->matchPlans(text, english);
            QVERIFY(!plans.isEmpty());
            QVERIFY(plans.size() <= DirectorySearch::maxPlans());
            for (const DirectorySearch::MatchPlan &p : plans) {
                QVERIFY2(!p.expression.contains(QLatin1Char('"')), qPrintable(p.expression));
                QVERIFY2(!stopWord.match(p.expression).hasMatch(), qPrintable(p.expression));
                // Units cover the expression's terms (matchinfo's phrases), each term at least
                // once, no unit naming a term twice or one that is not there.
                const QStringList terms = QString(p.expression)
                                              .remove(QStringLiteral(" OR"))
                                              .split(QLatin1Char(' '), Qt::SkipEmptyParts);
                QSet<int> covered;
                for (const DirectorySearch::MatchPlan::Unit &u : p.units) {
                    QVERIFY(!u.phrases.isEmpty());
                    QSet<int> own;
                    for (int phrase : u.phrases) {
                        QVERIFY2(phrase >= 0 && phrase < terms.size(), qPrintable(p.expression));
                        QVERIFY2(!own.contains(phrase), qPrintable(p.expression));
                        own.insert(phrase);
                        covered.insert(phrase);
                    }
                }
                QCOMPARE(covered.size(), terms.size());
            }
        }
    }

    void multiWordSynonymsShareTheirCommonWords()
    {
        const QList<DirectorySearch::MatchPlan> plans = m_search->matchPlans(QStringLiteral("food bank "), true);
        QStringList expressions;
        for (const DirectorySearch::MatchPlan &p : plans)
            expressions << p.expression;
        // What was typed comes first and weighs fully; "food pantry" differs from it in one
        // word and shares "food": one query, two units.
        QCOMPARE(expressions.value(0), QStringLiteral("food bank OR pantry"));
        const DirectorySearch::MatchPlan &typed = plans.first();
        QCOMPARE(typed.units.size(), 2);
        QCOMPARE(typed.units.at(0).phrases, (QVarLengthArray<int, 4>{0, 1}));
        QCOMPARE(typed.units.at(0).weight, 1.0);
        QCOMPARE(typed.units.at(1).phrases, (QVarLengthArray<int, 4>{0, 2}));
        QCOMPARE(typed.units.at(1).weight, DirectorySearch::synonymWeight());
        // The three French phrases end alike: one query where "alimentaire" is read once.
        QCOMPARE(expressions.value(1), QStringLiteral("banque OR comptoir OR depannage alimentaire"));
        QCOMPARE(plans.size(), 2);
        for (const DirectorySearch::MatchPlan::Unit &u : plans.at(1).units) {
            QCOMPARE(u.weight, DirectorySearch::synonymWeight());
            QCOMPARE(u.phrases.size(), 2);
            QCOMPARE(u.phrases.at(1), 3);
        }
        // A multi-word synonym holding one of the group's single words adds nothing: "tax
        // clinic" finds nothing "tax" does not.
        const QList<DirectorySearch::MatchPlan> tax = m_search->matchPlans(QStringLiteral("impôts "), true);
        for (const DirectorySearch::MatchPlan &p : tax)
            QVERIFY2(p.expression != QLatin1String("tax clinic"), qPrintable(p.expression));
    }

    void typedWordsRankAboveSynonyms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("order");  // these, in this order, first
        QTest::addColumn<QStringList>("present"); // found too (through synonyms)
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("refuge") << QStringLiteral("refuge ") << QStringLiteral("fr") << QStringList{QStringLiteral("refuge")} << QStringList{QStringLiteral("shelter"), QStringLiteral("maison")} << QStringList{QStringLiteral("banque")};
        QTest::newRow("shelter") << QStringLiteral("shelter ") << QStringLiteral("en") << QStringList{QStringLiteral("shelter")} << QStringList{QStringLiteral("refuge"), QStringLiteral("maison")} << QStringList{QStringLiteral("foodbank")};
        QTest::newRow("maison d'hébergement") << QStringLiteral("maison d'hébergement ") << QStringLiteral("fr") << QStringList{QStringLiteral("maison")} << QStringList{QStringLiteral("refuge"), QStringLiteral("shelter")} << QStringList();
        // Found only through a multi-word synonym, run as its own AND query.
        QTest::newRow("banque alimentaire") << QStringLiteral("banque alimentaire ") << QStringLiteral("fr") << QStringList{QStringLiteral("banque")} << QStringList{QStringLiteral("foodbank"), QStringLiteral("comptoir")} << QStringList{QStringLiteral("coop"), QStringLiteral("bankteller")};
        QTest::newRow("food bank") << QStringLiteral("food bank ") << QStringLiteral("en") << QStringList{QStringLiteral("foodbank")} << QStringList{QStringLiteral("banque"), QStringLiteral("comptoir")} << QStringList{QStringLiteral("coop"), QStringLiteral("bankteller"), QStringLiteral("shelter")};
    }

    void typedWordsRankAboveSynonyms()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, order);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const QStringList found = find(text, language);
        const QString all = found.join(QLatin1Char(','));
        QCOMPARE(found.mid(0, order.size()), order);
        for (const QString &id : present)
            QVERIFY2(found.contains(id), qPrintable(id + QStringLiteral(" missing: ") + all));
        for (const QString &id : absent)
            QVERIFY2(!found.contains(id), qPrintable(id + QStringLiteral(" present: ") + all));
    }
};

QTEST_GUILESS_MAIN(tst_SearchSynonyms)
#include "tst_searchsynonyms.moc"

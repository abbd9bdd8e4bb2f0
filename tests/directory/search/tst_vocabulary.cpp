// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/search/synonyms.h"
#include "directory/search/vocabulary.h"

#include <QTest>

using namespace Nav::Directory;

class tst_Vocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("same") << QStringLiteral("shelter") << QStringLiteral("shelter") << 0;
        QTest::newRow("swap") << QStringLiteral("shelter") << QStringLiteral("sheltre") << 1;
        QTest::newRow("swap2") << QStringLiteral("shleter") << QStringLiteral("shelter") << 1;
        QTest::newRow("delete") << QStringLiteral("shelter") << QStringLiteral("shelte") << 1;
        QTest::newRow("insert") << QStringLiteral("heberg") << QStringLiteral("hebergg") << 1;
        QTest::newRow("substitute") << QStringLiteral("logement") << QStringLiteral("logemant") << 1;
        QTest::newRow("two") << QStringLiteral("alimentaire") << QStringLiteral("alimantair") << 2;
        QTest::newRow("far") << QStringLiteral("food") << QStringLiteral("shelter") << 3; // capped at max+1
    }
    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(Vocabulary::distance(a, b, 2), expected);
    }

    void nearFindsClosestThenMostFrequent()
    {
        Vocabulary v;
        v.add(QStringLiteral("shelter"), 50);
        v.add(QStringLiteral("shelters"), 2);
        v.add(QStringLiteral("helter"), 1);
        v.add(QStringLiteral("food"), 90);
        const auto one = v.near(QStringLiteral("sheltr"), 1, 5);
        QCOMPARE(one.size(), 1); // shelters and helter are two edits away
        QCOMPARE(one.first().term, QStringLiteral("shelter"));
        const auto two = v.near(QStringLiteral("sheltr"), 2, 5);
        QCOMPARE(two.size(), 3);
        QCOMPARE(two.at(1).term, QStringLiteral("shelters")); // same distance: the more frequent first
        QVERIFY(v.near(QStringLiteral("shelter"), 1, 5).size() == 2); // itself is not "near"
    }

    void synonymsParseAndMatchLongestPhrase()
    {
        auto s = Synonyms::parse(QStringLiteral("# comment\nfood bank | banque alimentaire\n"
                                                "food | nourriture\n"));
        QVERIFY(s);
        QCOMPARE(s->groupCount(), 2);
        qsizetype len = 0;
        const QStringList words{QStringLiteral("food"), QStringLiteral("bank"), QStringLiteral("ottawa")};
        auto alt = s->alternatives(words, 0, &len);
        QCOMPARE(len, 2);
        QCOMPARE(alt, (QList<QStringList>{{QStringLiteral("banque"), QStringLiteral("alimentaire")}}));
        alt = s->alternatives({QStringLiteral("food")}, 0, &len);
        QCOMPARE(len, 1);
        QCOMPARE(alt.first(), QStringList{QStringLiteral("nourriture")});
        // Accents fold away.
        auto folded = Synonyms::parse(QStringLiteral("Hébergement | SHELTER"));
        QVERIFY(folded);
        alt = folded->alternatives({QStringLiteral("hebergement")}, 0, &len);
        QCOMPARE(alt.first(), QStringList{QStringLiteral("shelter")});
    }

    void synonymPhrasesDropStopWords()
    {
        // Queries drop articles and prepositions: phrases must too, or "maison d'hébergement"
        // typed (the words "maison hebergement") would never meet its group.
        auto s = Synonyms::parse(QStringLiteral("maison d'hébergement | shelter of the night\n"
                                                "de | of\n"));
        QVERIFY(s);
        qsizetype len = 0;
        auto alt = s->alternatives({QStringLiteral("maison"), QStringLiteral("hebergement")}, 0, &len);
        QCOMPARE(len, 2);
        QCOMPARE(alt, (QList<QStringList>{{QStringLiteral("shelter"), QStringLiteral("night")}}));
        // A phrase of stop words only is kept as written.
        alt = s->alternatives({QStringLiteral("de")}, 0, &len);
        QCOMPARE(len, 1);
        QCOMPARE(alt, QList<QStringList>{{QStringLiteral("of")}});
        // Still one phrase once folded: an error, as before.
        QVERIFY(!Synonyms::parse(QStringLiteral("Refuge | refuge\n")));
    }

    void synonymErrorsSayTheLine()
    {
        auto bad = Synonyms::parse(QStringLiteral("food | nourriture\nlonely\n"));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("line 2")));
    }

    void builtInListLoads()
    {
        QVERIFY(Synonyms::builtIn().groupCount() >= 30);
    }
};

QTEST_GUILESS_MAIN(tst_Vocabulary)
#include "tst_vocabulary.moc"

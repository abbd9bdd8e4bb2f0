// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/vocabularies.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Nav::Contacts;

namespace {

VocabularyEntry entry(const char *code, const char *english, const char *french)
{
    return VocabularyEntry{QString::fromUtf8(code), QString::fromUtf8(english),
                           QString::fromUtf8(french)};
}

QStringList codes(const QList<VocabularyEntry> &entries)
{
    QStringList out;
    for (const auto &e : entries)
        out.append(e.code);
    return out;
}

const VocabularyEntry *find(const QList<VocabularyEntry> &entries, const char *code)
{
    for (const auto &e : entries) {
        if (e.code == QLatin1String(code))
            return &e;
    }
    return nullptr;
}

} // namespace

class tst_Vocabularies : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &bytes)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("list%1.csv").arg(++n));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

private Q_SLOTS:
    void bundledListsLoad_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("minimum");
        QTest::newRow("need categories") << bundledNeedCategoriesPath() << 20;
        QTest::newRow("languages") << bundledLanguagesPath() << 200;
        QTest::newRow("heard of") << bundledHeardOfPath() << 10;
    }

    void bundledListsLoad()
    {
        QFETCH(QString, path);
        QFETCH(int, minimum);
        QVERIFY(path.startsWith(QLatin1String(":/contacts/")));
        const auto list = loadVocabulary(path);
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().detail));
        QVERIFY2(list->size() >= minimum, qPrintable(QString::number(list->size())));
        QSet<QString> seen;
        for (const VocabularyEntry &e : *list) {
            QVERIFY2(!e.english.isEmpty() && !e.french.isEmpty(), qPrintable(e.code));
            QVERIFY2(!seen.contains(e.code), qPrintable(e.code));
            seen.insert(e.code);
            QCOMPARE(e.label(QStringLiteral("fr")), e.french);
            QCOMPARE(e.label(QStringLiteral("en")), e.english);
        }
        QVERIFY(seen.contains(QStringLiteral("other")) || seen.contains(QStringLiteral("ARABIC")));
    }

    void bundledContent()
    {
        const auto needs = loadVocabulary(bundledNeedCategoriesPath());
        QVERIFY(needs.has_value());
        const VocabularyEntry *housing = find(*needs, "housing");
        QVERIFY(housing);
        QCOMPARE(housing->french, QStringLiteral("Logement et hébergement"));
        // A label with commas is quoted in the file and read whole.
        const VocabularyEntry *utilities = find(*needs, "utilities");
        QVERIFY(utilities);
        QCOMPARE(utilities->french,
                 QStringLiteral("Services publics (électricité, chauffage, eau)"));
        for (const char *code : {"food", "income", "health", "mental-health", "substance-use",
                                 "legal", "employment", "education", "transportation", "seniors",
                                 "disability", "newcomers", "family-children", "abuse", "crisis",
                                 "government", "clothing-household", "other"}) {
            QVERIFY2(find(*needs, code), code);
        }

        const auto languages = loadVocabulary(bundledLanguagesPath());
        QVERIFY(languages.has_value());
        QCOMPARE(find(*languages, "ARABIC")->french, QStringLiteral("arabe"));
        QCOMPARE(find(*languages, "SIGNEDFRENCHQUEBEC")->english,
                 QStringLiteral("Quebec Sign Language (LSQ)"));
        QVERIFY(!find(*languages, "FRENCHDESIGNATED")); // not a language
        QVERIFY(!find(*languages, "INTERPRETATION"));

        const auto heard = loadVocabulary(bundledHeardOfPath());
        QVERIFY(heard.has_value());
        QVERIFY(find(*heard, "211-website"));
        QVERIFY(find(*heard, "friend-family"));
    }

    void labelFallsBack()
    {
        const VocabularyEntry both = entry("a", "Food", "Alimentation");
        QCOMPARE(both.label(QStringLiteral("fr")), QStringLiteral("Alimentation"));
        QCOMPARE(both.label(QStringLiteral("en")), QStringLiteral("Food"));
        QCOMPARE(both.label(QStringLiteral("de")), QStringLiteral("Food"));
        QCOMPARE(entry("a", "Food", "").label(QStringLiteral("fr")), QStringLiteral("Food"));
        QCOMPARE(entry("a", "", "Alimentation").label(QStringLiteral("en")),
                 QStringLiteral("Alimentation"));
    }

    void acceptedShapes()
    {
        // BOM, CRLF, comments, blank lines, extra columns, quotes doubled inside quotes,
        // a header named like the reference set's.
        const QByteArray csv = "\xEF\xBB\xBF# a comment\r\n\r\n"
                               "Code,Name (en-CA),Name (fr-CA),note\r\n"
                               "A1,\"Say \"\"hi\"\"\",\"Dire « allo »\",ignored\r\n"
                               "   \r\n"
                               "b_2, Spaces around , Espaces \r\n";
        const auto list = loadVocabulary(write(csv));
        QVERIFY2(list.has_value(), qPrintable(list ? QString() : list.error().detail));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).code, QStringLiteral("A1"));
        QCOMPARE(list->at(0).english, QStringLiteral("Say \"hi\""));
        QCOMPARE(list->at(0).french, QStringLiteral("Dire « allo »"));
        QCOMPARE(list->at(1).english, QStringLiteral("Spaces around"));
        QCOMPARE(list->at(1).french, QStringLiteral("Espaces"));
    }

    void badFilesRefused_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        const QByteArray header = "code,english,french\n";
        QTest::newRow("no header") << QByteArray("housing,Housing,Logement\n") << 1;
        QTest::newRow("header after comments wrong")
            << QByteArray("# list\n\nkey,english,french\nhousing,Housing,Logement\n") << 3;
        QTest::newRow("header with two columns") << QByteArray("code,english\n") << 1;
        QTest::newRow("two columns") << header + "housing,Housing\n" << 2;
        QTest::newRow("empty English") << header + "food,Food,Alimentation\nhousing,,Logement\n"
                                       << 3;
        QTest::newRow("empty French") << header + "housing,Housing,  \n" << 2;
        QTest::newRow("empty code") << header + ",Housing,Logement\n" << 2;
        QTest::newRow("code with space") << header + "hous ing,Housing,Logement\n" << 2;
        QTest::newRow("code with accent") << header + "logé,Housing,Logement\n" << 2;
        QTest::newRow("duplicate code")
            << header + "housing,Housing,Logement\n# x\nhousing,Shelter,Hébergement\n" << 4;
        QTest::newRow("quote not closed") << header + "utilities,\"Utilities, water,Eau\n" << 2;
        QTest::newRow("quote in the middle") << header + "a,Fo\"o,Bar\n" << 2;
        QTest::newRow("text after closing quote") << header + "a,\"Foo\"x,Bar\n" << 2;
        QTest::newRow("not UTF-8")
            << header + "a,A,A\nb,B,B\nc,C,\xE9lectricit\xE9\n" << 4; // Latin-1 bytes
    }

    void badFilesRefused()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        const QString path = write(csv);
        const auto list = loadVocabulary(path);
        QVERIFY2(!list.has_value(), "accepted a bad file");
        QCOMPARE(list.error().code, Nav::ErrorCode::InvalidInput);
        QVERIFY2(list.error().message.startsWith(QStringLiteral("Line %1 ").arg(line)),
                 qPrintable(list.error().message));
        QVERIFY2(list.error().detail.contains(QStringLiteral(":%1:").arg(line)),
                 qPrintable(list.error().detail));
    }

    void emptyAndMissingFiles()
    {
        const auto headerOnly = loadVocabulary(write("# nothing yet\ncode,english,french\n"));
        QVERIFY(!headerOnly.has_value());
        QCOMPARE(headerOnly.error().code, Nav::ErrorCode::InvalidInput);
        QVERIFY(!headerOnly.error().message.isEmpty());

        const auto empty = loadVocabulary(write(QByteArray()));
        QVERIFY(!empty.has_value());

        const auto missing = loadVocabulary(m_dir.filePath(QStringLiteral("absent.csv")));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, Nav::ErrorCode::Io);
        QVERIFY(missing.error().message.contains(QStringLiteral("absent.csv")));
    }

    void sortByLabel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        // Codes in the expected order. A plain code-point sort would put É/é after z.
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("food"), QStringLiteral("water"),
                                           QStringLiteral("education"),
                                           QStringLiteral("electricity"),
                                           QStringLiteral("employment"), QStringLiteral("family"),
                                           QStringLiteral("youth"), QStringLiteral("zoo")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("youth"), QStringLiteral("education"),
                                           QStringLiteral("electricity"),
                                           QStringLiteral("employment"), QStringLiteral("family"),
                                           QStringLiteral("food"), QStringLiteral("water"),
                                           QStringLiteral("zoo")};
    }

    void sortByLabel()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QList<VocabularyEntry> list{
            entry("zoo", "Zoo", "zoo"),
            entry("employment", "Employment", "emploi"),
            entry("electricity", "Electricity", "électricité"),
            entry("family", "Family", "Famille"),
            entry("water", "Water", "eau"),
            entry("youth", "Adolescents", "Jeunes"),
            entry("education", "Education", "Éducation"),
            entry("food", "Food", "alimentation"),
        };
        Nav::Contacts::sortByLabel(list, language);
        QCOMPARE(codes(list), expected);
    }

    void bundledFrenchSortKeepsAccentsWithTheirLetter()
    {
        auto needs = loadVocabulary(bundledNeedCategoriesPath());
        QVERIFY(needs.has_value());
        Nav::Contacts::sortByLabel(*needs, QStringLiteral("fr"));
        const QStringList order = codes(*needs);
        // « Éducation et formation » comes before « Emploi » and after « Crise... ».
        const auto at = [&](const char *code) { return order.indexOf(QLatin1String(code)); };
        QVERIFY(at("education") < at("employment"));
        QVERIFY(at("crisis") < at("education"));
        QCOMPARE(order.last(), QStringLiteral("abuse")); // « Violence conjugale... »
    }
};

QTEST_GUILESS_MAIN(tst_Vocabularies)
#include "tst_vocabularies.moc"

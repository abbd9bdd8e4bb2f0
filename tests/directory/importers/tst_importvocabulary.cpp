// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/importvocabulary.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Nav::Directory;
namespace V = Nav::Directory::ImportVocabulary;

class tst_ImportVocabulary : public QObject
{
    Q_OBJECT

    static QString sourceDir()
    {
        const QString env = qEnvironmentVariable("NAV_SOURCE_DIR");
        return env.isEmpty() ? QStringLiteral(NAV_SOURCE_DIR_FALLBACK) : env;
    }

    // Minimal CSV split for the vocabulary file (quoted fields, no line breaks inside).
    static QStringList splitCsvLine(const QString &line)
    {
        QStringList out;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else if (c == u'"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                out << field;
                field.clear();
            } else {
                field += c;
            }
        }
        out << field;
        return out;
    }

private Q_SLOTS:
    // Every entry of the shared bilingual language vocabulary is known, and its English name,
    // French name and code all give the same ISO code.
    void vocabularyIsCovered()
    {
        QFile f(QDir(sourceDir()).filePath(
            QStringLiteral("../shared/reference/vocabularies-en-fr/language.csv")));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("shared/reference/vocabularies-en-fr/language.csv is not available");
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
        int rows = 0;
        int withCode = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = splitCsvLine(lines.at(i).trimmed());
            QCOMPARE(cells.size(), 3);
            ++rows;
            const V::LanguageLookup byCode = V::lookupLanguage(cells.at(0));
            QVERIFY2(byCode.known, qPrintable(cells.at(0)));
            for (const QString &name : {cells.at(1), cells.at(2)}) {
                const V::LanguageLookup byName = V::lookupLanguage(name);
                QVERIFY2(byName.known, qPrintable(name));
                QVERIFY2(byName.code == byCode.code,
                         qPrintable(QStringLiteral("%1: %2 vs %3")
                                        .arg(name, byName.code, byCode.code)));
            }
            if (!byCode.code.isEmpty())
                ++withCode;
        }
        QCOMPARE(rows, 214);
        qInfo("%d of %d vocabulary entries have an ISO 639 code", withCode, rows);
        QVERIFY(withCode >= 180);
    }

    void languages_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        QTest::addColumn<QString>("code");
        QTest::newRow("english") << "English" << true << "en";
        QTest::newRow("francais no accent") << "Francais" << true << "fr";
        QTest::newRow("french name") << "espagnol" << true << "es";
        QTest::newRow("case and spaces") << "  SPANISH  " << true << "es";
        QTest::newRow("parenthesised") << "Chinese (Cantonese)" << true << "yue";
        QTest::newRow("inside parentheses") << "Cantonese" << true << "yue";
        QTest::newRow("french inside") << "cantonais" << true << "yue";
        QTest::newRow("chinese stays zh") << "Chinese" << true << "zh";
        QTest::newRow("mandarin") << "Mandarin" << true << "cmn";
        QTest::newRow("lsq") << "LSQ" << true << "fcs";
        QTest::newRow("asl code") << "ASL" << true << "ase";
        QTest::newRow("ojibwe alias") << "Ojibwe" << true << "oj";
        QTest::newRow("curly apostrophe") << "Mi’kmaq" << true << "mic";
        QTest::newRow("inuktitut") << "Inuktitut" << true << "iu";
        QTest::newRow("cree fr") << "cri" << true << "cr";
        QTest::newRow("designated") << "French - Designated Agency under the French Language "
                                       "Services Act"
                                    << true << "fr";
        QTest::newRow("braille: known, no code") << "Braille" << true << "";
        QTest::newRow("unknown") << "Klingon" << false << "";
        QTest::newRow("empty") << "" << false << "";
    }

    void languages()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QFETCH(QString, code);
        const V::LanguageLookup found = V::lookupLanguage(name);
        QCOMPARE(found.known, known);
        QCOMPARE(found.code, code);
    }

    void languageLists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("commas") << "English, French, Arabic"
                                << QStringList{QStringLiteral("English"), QStringLiteral("French"),
                                               QStringLiteral("Arabic")};
        QTest::newRow("mixed") << "anglais; français / arabe"
                               << QStringList{QStringLiteral("anglais"),
                                              QStringLiteral("français"),
                                              QStringLiteral("arabe")};
        QTest::newRow("and") << "English and French"
                             << QStringList{QStringLiteral("English"), QStringLiteral("French")};
        QTest::newRow("et") << "anglais et français"
                            << QStringList{QStringLiteral("anglais"), QStringLiteral("français")};
        QTest::newRow("star") << "English * Cree"
                              << QStringList{QStringLiteral("English"), QStringLiteral("Cree")};
        QTest::newRow("hand over hand") << "Hand over Hand Sign Language"
                                        << QStringList{QStringLiteral(
                                               "Hand over Hand Sign Language")};
        QTest::newRow("empty") << "" << QStringList{};
    }

    void languageLists()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        QCOMPARE(V::splitLanguageList(text), parts);
    }

    void languageTags_data()
    {
        QTest::addColumn<QString>("marker");
        QTest::addColumn<QString>("tag");
        QTest::newRow("fr-CA") << "fr-CA" << "fr";
        QTest::newRow("French") << "French" << "fr";
        QTest::newRow("Français") << "Français" << "fr";
        QTest::newRow("fra") << "fra" << "fr";
        QTest::newRow("en_CA") << "en_CA" << "en";
        QTest::newRow("eng") << "eng" << "en";
        QTest::newRow("German") << "de" << "";
        QTest::newRow("empty") << "" << "";
    }

    void languageTags()
    {
        QFETCH(QString, marker);
        QFETCH(QString, tag);
        QCOMPARE(V::languageTag(marker), tag);
    }

    void taxonomyCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("level 1") << "B" << true;
        QTest::newRow("level 2") << "BD" << true;
        QTest::newRow("level 3") << "BD-1800" << true;
        QTest::newRow("level 4") << "BD-1800.2000" << true;
        QTest::newRow("level 5 lower case") << "bd-1800.2000-620" << true;
        QTest::newRow("level 6") << "BD-1800.2000-620.15" << true;
        QTest::newRow("spaces") << " YF-3000 " << true;
        QTest::newRow("three letters") << "XYZ" << false;
        QTest::newRow("no dash") << "BD1800" << false;
        QTest::newRow("short level 3") << "BD-180" << false;
        QTest::newRow("short level 4") << "BD-1800.20" << false;
        QTest::newRow("short level 5") << "BD-1800.2000-62" << false;
        QTest::newRow("empty") << "" << false;
    }

    void taxonomyCodes()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(V::isTaxonomyCode(code), valid);
    }

    void places_data()
    {
        QTest::addColumn<QString>("province");
        QTest::addColumn<QString>("code");
        QTest::newRow("Ontario") << "Ontario" << "ON";
        QTest::newRow("code") << "on" << "ON";
        QTest::newRow("Québec") << "Québec" << "QC";
        QTest::newRow("Quebec") << "quebec" << "QC";
        QTest::newRow("PQ") << "PQ" << "QC";
        QTest::newRow("PEI fr") << "Île-du-Prince-Édouard" << "PE";
        QTest::newRow("BC fr") << "Colombie-Britannique" << "BC";
        QTest::newRow("elsewhere") << "Bavaria" << "Bavaria";
        QTest::newRow("empty") << "" << "";
    }

    void places()
    {
        QFETCH(QString, province);
        QFETCH(QString, code);
        QCOMPARE(V::provinceCode(province), code);
    }

    void countries()
    {
        QCOMPARE(V::countryCode(QStringLiteral("Canada")), QStringLiteral("CA"));
        QCOMPARE(V::countryCode(QStringLiteral("CAN")), QStringLiteral("CA"));
        QCOMPARE(V::countryCode(QStringLiteral("États-Unis")), QStringLiteral("US"));
        QCOMPARE(V::countryCode(QStringLiteral("usa")), QStringLiteral("US"));
        QCOMPARE(V::countryCode(QStringLiteral("fr")), QStringLiteral("FR"));
        QCOMPARE(V::countryCode(QStringLiteral("Mexico")), QStringLiteral("Mexico"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << "2024-03-15" << QDate(2024, 3, 15);
        QTest::newRow("iso single digits") << "2024-3-5" << QDate(2024, 3, 5);
        QTest::newRow("iso with time") << "2024-03-15 14:02:00" << QDate(2024, 3, 15);
        QTest::newRow("iso T Z") << "2024-03-15T14:02:00Z" << QDate(2024, 3, 15);
        QTest::newRow("american") << "3/15/2024" << QDate(2024, 3, 15);
        QTest::newRow("american padded") << "03/05/2024" << QDate(2024, 3, 5);
        QTest::newRow("american pm") << "3/15/2024 2:05:00 PM" << QDate(2024, 3, 15);
        QTest::newRow("month 13") << "2024-13-45" << QDate();
        QTest::newRow("day first") << "31/31/2024" << QDate();
        QTest::newRow("february 30") << "2024-02-30" << QDate();
        QTest::newRow("word") << "yesterday" << QDate();
        QTest::newRow("trailing junk") << "2024-03-15 banana" << QDate();
        QTest::newRow("13 pm") << "3/15/2024 13:00 PM" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(V::parseDate(text).value_or(QDate()), date);
    }

    void dateTimes()
    {
        QCOMPARE(V::parseDateTime(QStringLiteral("3/15/2024 2:05:00 PM"))->time(), QTime(14, 5));
        QCOMPARE(V::parseDateTime(QStringLiteral("3/15/2024 12:30 AM"))->time(), QTime(0, 30));
        QCOMPARE(V::parseDateTime(QStringLiteral("2024-03-15"))->time(), QTime(0, 0));
        const QDateTime utc = *V::parseDateTime(QStringLiteral("2024-03-15T14:02:00Z"));
        QCOMPARE(utc.toUTC().time(), QTime(14, 2));
        const QDateTime east = *V::parseDateTime(QStringLiteral("2024-03-15T14:02:00-05:00"));
        QCOMPARE(east.toUTC().time(), QTime(19, 2));
    }

    void times()
    {
        QCOMPARE(V::parseTime(QStringLiteral("09:00:00")), std::optional<QTime>(QTime(9, 0)));
        QCOMPARE(V::parseTime(QStringLiteral("9:30")), std::optional<QTime>(QTime(9, 30)));
        QCOMPARE(V::parseTime(QStringLiteral("17:30:00.000-05:00")),
                 std::optional<QTime>(QTime(17, 30)));
        QCOMPARE(V::parseTime(QStringLiteral("5:30 PM")), std::optional<QTime>(QTime(17, 30)));
        QCOMPARE(V::parseTime(QStringLiteral("24:00:00")), std::optional<QTime>(QTime(0, 0)));
        QVERIFY(!V::parseTime(QStringLiteral("25:00")));
        QVERIFY(!V::parseTime(QStringLiteral("noon")));
    }

    void phoneTypes_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("type");
        QTest::newRow("fax") << "Fax" << "fax";
        QTest::newRow("télécopieur") << "Télécopieur" << "fax";
        QTest::newRow("tty") << "TTY/TDD" << "textphone";
        QTest::newRow("ats") << "ATS" << "textphone";
        QTest::newRow("cell") << "Cell" << "cell";
        QTest::newRow("sms") << "Text (SMS)" << "text";
        QTest::newRow("whatsapp is voice") << "Whatsapp chats" << "voice";
        QTest::newRow("main") << "Main" << "voice";
    }

    void phoneTypes()
    {
        QFETCH(QString, label);
        QFETCH(QString, type);
        QCOMPARE(V::phoneType(label), type);
    }

    void yesNo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value"); // -1: not yes/no
        QTest::newRow("Yes") << "Yes" << 1;
        QTest::newRow("TRUE") << "TRUE" << 1;
        QTest::newRow("1") << "1" << 1;
        QTest::newRow("Oui") << "Oui" << 1;
        QTest::newRow("No") << "No" << 0;
        QTest::newRow("false") << "false" << 0;
        QTest::newRow("non") << "non" << 0;
        QTest::newRow("empty") << "" << 0;
        QTest::newRow("maybe") << "maybe" << -1;
    }

    void yesNo()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        const auto parsed = V::parseYesNo(text);
        QCOMPARE(parsed ? int(*parsed) : -1, value);
    }
};

QTEST_GUILESS_MAIN(tst_ImportVocabulary)
#include "tst_importvocabulary.moc"

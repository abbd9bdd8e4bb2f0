// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/text/stemmer.h"
#include "directory/text/textfold.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Nav::Directory::Text::Language;
namespace Text = Nav::Directory::Text;

Q_DECLARE_METATYPE(Nav::Directory::Text::Language)

namespace {

// About 200 words as they come in 211 records: both languages, accents, capitals, ligatures,
// apostrophes, hyphens, digits.
const QStringList kMixedWords = {
    u"Hébergement"_s, u"hébergements"_s, u"héberger"_s, u"hébergé"_s, u"hébergée"_s,
    u"HÉBERGEMENT"_s, u"demande"_s, u"demandes"_s, u"demandent"_s, u"demander"_s,
    u"Demandez"_s, u"logement"_s, u"logements"_s, u"loger"_s, u"alimentaire"_s,
    u"alimentation"_s, u"aliments"_s, u"aide"_s, u"aider"_s, u"aidant"_s, u"aidants"_s,
    u"aident"_s, u"jeune"_s, u"jeunes"_s, u"jeunesse"_s, u"famille"_s, u"familles"_s,
    u"familial"_s, u"familiale"_s, u"familiaux"_s, u"foyer"_s, u"foyers"_s, u"refuge"_s,
    u"réfugiés"_s, u"réfugiée"_s, u"urgence"_s, u"d'urgence"_s, u"l’aide"_s,
    u"aujourd'hui"_s, u"Québec"_s, u"Montréal"_s, u"Trois-Rivières"_s, u"Gatineau"_s,
    u"aînés"_s, u"âgées"_s, u"santé"_s, u"mentale"_s, u"dépendances"_s, u"toxicomanie"_s,
    u"itinérance"_s, u"itinérants"_s, u"sans-abri"_s, u"halte-chaleur"_s, u"Banque"_s,
    u"banques"_s, u"épicerie"_s, u"repas"_s, u"popote"_s, u"roulante"_s, u"vêtements"_s,
    u"meubles"_s, u"impôts"_s, u"revenu"_s, u"emploi"_s, u"emplois"_s, u"employeur"_s,
    u"formation"_s, u"bénévoles"_s, u"bénévolat"_s, u"garderie"_s, u"enfants"_s,
    u"enfance"_s, u"école"_s, u"scolaire"_s, u"étudiants"_s, u"parents"_s, u"parent"_s,
    u"maison"_s, u"maisons"_s, u"violence"_s, u"conjugale"_s, u"femmes"_s, u"victimes"_s,
    u"agression"_s, u"sexuelle"_s, u"juridique"_s, u"avocats"_s, u"droits"_s,
    u"immigration"_s, u"immigrants"_s, u"nouveaux"_s, u"arrivants"_s, u"établissement"_s,
    u"francisation"_s, u"communautaire"_s, u"communautés"_s, u"centre"_s, u"centres"_s,
    u"soutien"_s, u"soutenir"_s, u"accueil"_s, u"accueillent"_s, u"écoute"_s,
    u"prévention"_s, u"suicide"_s, u"crise"_s, u"ligne"_s, u"gratuit"_s, u"gratuite"_s,
    u"Œuvre"_s, u"œuvres"_s, u"cœur"_s, u"sœurs"_s, u"Cæsar"_s, u"Straße"_s, u"Ørsted"_s,
    u"Łódź"_s, u"ﬁnancière"_s, u"Ça"_s, u"façade"_s, u"naïve"_s, u"Noël"_s, u"maïs"_s,
    u"jeux"_s, u"lieux"_s, u"heureux"_s, u"heureuse"_s, u"deux"_s, u"mois"_s, u"fois"_s,
    u"housing"_s, u"house"_s, u"houses"_s, u"Shelter"_s, u"shelters"_s, u"sheltered"_s,
    u"counselling"_s, u"counseling"_s, u"counsel"_s, u"counsellor"_s, u"services"_s,
    u"service"_s, u"food"_s, u"meals"_s, u"families"_s, u"family"_s, u"children"_s,
    u"youth"_s, u"seniors"_s, u"elderly"_s, u"employment"_s, u"employed"_s, u"legal"_s,
    u"mental"_s, u"health"_s, u"disabilities"_s, u"disabled"_s, u"addiction"_s,
    u"addictions"_s, u"renting"_s, u"rental"_s, u"income"_s, u"taxes"_s, u"newcomers"_s,
    u"refugees"_s, u"settlement"_s, u"volunteers"_s, u"drop-in"_s, u"walk-in"_s,
    u"wheelchair"_s, u"accessible"_s, u"Ontario"_s, u"Toronto"_s, u"can't"_s,
    u"women's"_s, u"Children’s"_s, u"24/7"_s, u"211"_s, u"1-800-555-0199"_s, u"H3Z"_s,
    u"2Y7"_s, u"K1A0B1"_s, u"3e"_s, u"1er"_s, u"2024"_s, u"12,50$"_s, u"x²"_s,
    u"café"_s, u"résumé"_s, u"naïveté"_s, u"Zoë"_s, u"São"_s, u"Paulo"_s, u"Đoàn"_s,
    u"Nguyễn"_s, u"İstanbul"_s, u"Ǆemal"_s, u"Ελλάδα"_s, u"Привет"_s, u"你好"_s,
    u"a"_s, u"à"_s, u"A"_s, u"y"_s, u"ou"_s, u"où"_s,
};

} // namespace

class tst_TextFold : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void fold_data();
    void fold();
    void words_data();
    void words();
    void stem_data();
    void stem();
    void inflectionsMeet_data();
    void inflectionsMeet();
    void wordsStayApart_data();
    void wordsStayApart();
    void stopWords_data();
    void stopWords();

    void foldAndWordsMatchUnicode61();
    void stemMatchesTokenizer_data();
    void stemMatchesTokenizer();
    void stemMatchesIndexTerms_data();
    void stemMatchesIndexTerms();

private:
    QStringList tokenize(const QString &table, const QString &input);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void tst_TextFold::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QSQLCIPHER"_s),
             "QSQLCIPHER not found on QT_PLUGIN_PATH");
    m_db = QSqlDatabase::addDatabase(u"QSQLCIPHER"_s, u"textfold"_s);
    m_db.setDatabaseName(m_dir.filePath(u"textfold.db"_s));
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    m_db.setPassword(QString::fromLatin1(key.toHex()));
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));

    QSqlQuery query(m_db);
    // fts3tokenize shows exactly what a tokenizer makes of a text.
    QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE tok_plain USING fts3tokenize(unicode61, "
                        "\"remove_diacritics=1\")"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE tok_en USING fts3tokenize(navstem, english)"_s));
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE tok_fr USING fts3tokenize(navstem, french)"_s));
}

void tst_TextFold::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"textfold"_s);
}

QStringList tst_TextFold::tokenize(const QString &table, const QString &input)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT token FROM %1 WHERE input = ? ORDER BY position"_s.arg(table));
    query.addBindValue(input);
    if (!query.exec()) {
        qWarning().noquote() << query.lastError().text();
        return {u"<error>"_s};
    }
    QStringList tokens;
    while (query.next())
        tokens.append(query.value(0).toString());
    return tokens;
}

void tst_TextFold::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("ascii") << u"Food Bank 211"_s << u"food bank 211"_s;
    QTest::newRow("acute") << u"Hébergement"_s << u"hebergement"_s;
    QTest::newRow("capital acute") << u"HÉBERGEMENT"_s << u"hebergement"_s;
    QTest::newRow("french accents") << u"À Â Ç È É Ê Ë Î Ï Ô Ù Û Ü Ÿ"_s
                                    << u"a a c e e e e i i o u u u y"_s;
    QTest::newRow("punctuation kept") << u"L'Aide — « Santé » !"_s << u"l'aide — « sante » !"_s;
    QTest::newRow("typographic apostrophe") << u"L’Œuvre"_s << u"l’œuvre"_s;
    QTest::newRow("oe stays") << u"Œuvre cœur"_s << u"œuvre cœur"_s;
    QTest::newRow("ae stays") << u"Æsir"_s << u"æsir"_s;
    QTest::newRow("sharp s stays") << u"Straße"_s << u"straße"_s;
    QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"straße"_s;
    QTest::newRow("stroke letters stay") << u"Ørsted Łódź Đoàn"_s << u"ørsted łodz đoan"_s;
    QTest::newRow("dotted capital i") << u"İstanbul"_s << u"istanbul"_s;
    QTest::newRow("long s") << u"ſ"_s << u"s"_s;
    QTest::newRow("micro sign") << u"µ"_s << u"μ"_s;
    QTest::newRow("two accents stay") << u"Ǖ ấ"_s << u"ǖ ấ"_s;
    QTest::newRow("vietnamese one accent") << u"Ơ ư"_s << u"o u"_s;
    QTest::newRow("combining accent") << u"e\u0301cole"_s << u"ecole"_s;
    QTest::newRow("other combining mark kept") << u"a\u0305b"_s << u"a\u0305b"_s;
    QTest::newRow("dz digraph") << u"ǅemal"_s << u"ǆemal"_s;
    QTest::newRow("ligature stays") << u"ﬁn"_s << u"ﬁn"_s;
    QTest::newRow("fullwidth") << u"Ａｂｃ"_s << u"ａｂｃ"_s;
    QTest::newRow("greek keeps tonos") << u"Ελλάδα"_s << u"ελλάδα"_s;
    QTest::newRow("final sigma") << u"ΟΔΟΣ ς"_s << u"οδοσ σ"_s;
    QTest::newRow("cyrillic") << u"Привет Й"_s << u"привет й"_s;
    QTest::newRow("outside the BMP") << u"\U0001D400 \U00010400"_s << u"\U0001D400 \U00010428"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_TextFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(Text::fold(text), folded);
}

void tst_TextFold::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("spaces") << u"  banque  alimentaire "_s
                            << QStringList{u"banque"_s, u"alimentaire"_s};
    QTest::newRow("apostrophe") << u"l'aide"_s << QStringList{u"l"_s, u"aide"_s};
    QTest::newRow("typographic apostrophe") << u"L’Aide"_s << QStringList{u"L"_s, u"Aide"_s};
    QTest::newRow("not folded") << u"Hébergement d'urgence (24/7)"_s
                                << QStringList{u"Hébergement"_s, u"d"_s, u"urgence"_s, u"24"_s,
                                               u"7"_s};
    QTest::newRow("hyphen underscore") << u"drop-in foo_bar"_s
                                       << QStringList{u"drop"_s, u"in"_s, u"foo"_s, u"bar"_s};
    QTest::newRow("decimal") << u"3.14 12,50$"_s
                             << QStringList{u"3"_s, u"14"_s, u"12"_s, u"50"_s};
    QTest::newRow("postal code") << u"H3Z 2Y7"_s << QStringList{u"H3Z"_s, u"2Y7"_s};
    QTest::newRow("phone") << u"1-800-555-0199"_s
                           << QStringList{u"1"_s, u"800"_s, u"555"_s, u"0199"_s};
    QTest::newRow("superscript and fraction") << u"x² ½"_s << QStringList{u"x²"_s, u"½"_s};
    QTest::newRow("symbols separate") << u"a+b=c & d@e.ca #1 €5"_s
                                      << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s,
                                                     u"ca"_s, u"1"_s, u"5"_s};
    QTest::newRow("guillemets dash") << u"«Santé»—Québec"_s
                                     << QStringList{u"Santé"_s, u"Québec"_s};
    QTest::newRow("combining accent inside") << u"e\u0301cole"_s
                                             << QStringList{u"e\u0301cole"_s};
    QTest::newRow("combining accent first") << u"\u0301abc"_s << QStringList{u"abc"_s};
    QTest::newRow("other combining mark") << u"a\u0305b"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("cjk") << u"你好 世界"_s << QStringList{u"你好"_s, u"世界"_s};
    QTest::newRow("outside the BMP") << u"a\U0001D400b c"_s
                                     << QStringList{u"a\U0001D400b"_s, u"c"_s};
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("punctuation only") << u" -- '' ?!"_s << QStringList();
}

void tst_TextFold::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(Text::words(text), words);
}

void tst_TextFold::stem_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("stem");

    const auto fr = [](const QString &word, const QString &stem) {
        QTest::addRow("fr %s", qPrintable(word)) << Language::French << word << stem;
    };
    const auto en = [](const QString &word, const QString &stem) {
        QTest::addRow("en %s", qPrintable(word)) << Language::English << word << stem;
    };

    fr(u"hebergement"_s, u"heberg"_s);
    fr(u"hebergements"_s, u"heberg"_s);
    fr(u"heberger"_s, u"heberg"_s);
    fr(u"heberge"_s, u"heberg"_s);
    fr(u"hebergee"_s, u"heberg"_s);
    fr(u"hebergent"_s, u"heberg"_s);
    fr(u"demande"_s, u"demand"_s);
    fr(u"demandent"_s, u"demand"_s);
    fr(u"logement"_s, u"log"_s);
    fr(u"loger"_s, u"log"_s);
    fr(u"alimentaire"_s, u"alim"_s);
    fr(u"alimentation"_s, u"alim"_s);
    fr(u"aide"_s, u"aid"_s);
    fr(u"aidant"_s, u"aid"_s);
    fr(u"jeunes"_s, u"jeun"_s);
    fr(u"famille"_s, u"famil"_s);
    fr(u"familial"_s, u"famil"_s);
    fr(u"foyers"_s, u"foi"_s);
    fr(u"emplois"_s, u"emploi"_s);
    fr(u"communautaire"_s, u"communaut"_s);
    fr(u"jeux"_s, u"jeu"_s);
    fr(u"heureux"_s, u"heureux"_s);
    fr(u"parents"_s, u"parent"_s);
    fr(u"enfants"_s, u"enfant"_s);
    fr(u"œuvres"_s, u"oeuvr"_s);
    fr(u"cœur"_s, u"coeur"_s);
    fr(u"ﬁnanciere"_s, u"financi"_s);
    fr(u"211"_s, u"211"_s);
    fr(u"h3z"_s, u"h3z"_s);
    fr(u"a"_s, u"a"_s);
    fr(u"ελλάδα"_s, u"ελλάδα"_s);
    fr(QString(), QString());

    en(u"housing"_s, u"hous"_s);
    en(u"houses"_s, u"hous"_s);
    en(u"shelters"_s, u"shelter"_s);
    en(u"sheltered"_s, u"shelter"_s);
    en(u"counselling"_s, u"counsel"_s);
    en(u"counseling"_s, u"counsel"_s);
    en(u"families"_s, u"famili"_s);
    en(u"employment"_s, u"employ"_s);
    en(u"familles"_s, u"famill"_s); // no French rules in English
    en(u"alimentaire"_s, u"alimentair"_s);
    en(u"straße"_s, u"strass"_s);
    en(u"2024"_s, u"2024"_s);
}

void tst_TextFold::stem()
{
    QFETCH(Language, language);
    QFETCH(QString, word);
    QFETCH(QString, stem);
    QCOMPARE(Text::stem(word, language), stem);
}

void tst_TextFold::inflectionsMeet_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("forms");

    const auto fr = [](const char *name, const QString &forms) {
        QTest::newRow(name) << Language::French << forms.split(u' ');
    };
    const auto en = [](const char *name, const QString &forms) {
        QTest::newRow(name) << Language::English << forms.split(u' ');
    };
    fr("héberger", u"hébergement hébergements héberger hébergé hébergée hébergées hébergent "
                   "hébergeant HÉBERGEMENT"_s);
    fr("demander", u"demande demandes demandent demander demandez demandée demandant"_s);
    fr("loger", u"logement logements loger"_s);
    fr("alimentaire", u"alimentaire alimentaires alimentation aliments"_s);
    fr("aider", u"aide aides aider aidant aidants aidez"_s);
    fr("jeune", u"jeune jeunes"_s);
    fr("famille", u"famille familles familial familiale familiaux"_s);
    fr("foyer", u"foyer foyers"_s);
    fr("premier", u"premier premiers première premières"_s);
    fr("réfugié", u"réfugié réfugiés réfugiée réfugiées"_s);
    fr("accueil", u"accueil accueillir accueillent accueillant"_s);
    fr("offre", u"offre offres offrent"_s);
    fr("emploi", u"emploi emplois"_s);
    fr("abri", u"abri abris"_s);
    fr("communauté", u"communauté communautés communautaire communautaires"_s);
    fr("lieu", u"lieu lieux"_s);
    fr("œuvre", u"œuvre œuvres oeuvre Œuvres"_s);
    en("house", u"housing house houses housed"_s);
    en("shelter", u"shelter shelters sheltered sheltering"_s);
    en("counsel", u"counselling counseling counsel"_s);
    en("family", u"family families"_s);
    en("employ", u"employment employ employer employed"_s);
    en("disability", u"disability disabilities disabled"_s);
}

void tst_TextFold::inflectionsMeet()
{
    QFETCH(Language, language);
    QFETCH(QStringList, forms);
    const QString first = Text::stem(Text::fold(forms.constFirst()), language);
    for (const QString &form : std::as_const(forms)) {
        QVERIFY2(Text::stem(Text::fold(form), language) == first,
                 qPrintable(u"%1 → %2, %3 → %4"_s.arg(forms.constFirst(), first, form,
                                                     Text::stem(Text::fold(form), language))));
    }
}

void tst_TextFold::wordsStayApart_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");

    // The French suffix rules keep at least 4 letters, so short words keep their endings.
    QTest::newRow("parent/par") << Language::French << u"parents"_s << u"par"_s;
    QTest::newRow("enfant/enf") << Language::French << u"enfant"_s << u"enfance"_s;
    QTest::newRow("client/cli") << Language::French << u"clients"_s << u"clic"_s;
    QTest::newRow("maison/mais") << Language::French << u"maisons"_s << u"mais"_s;
    QTest::newRow("mois/moi") << Language::French << u"mois"_s << u"moi"_s;
    QTest::newRow("argent/arg") << Language::French << u"argent"_s << u"arg"_s;
    QTest::newRow("heureux/heure") << Language::French << u"heureux"_s << u"heure"_s;
    QTest::newRow("social/soc") << Language::French << u"sociale"_s << u"soc"_s;
    QTest::newRow("en legal/leg") << Language::English << u"legal"_s << u"leg"_s;
}

void tst_TextFold::wordsStayApart()
{
    QFETCH(Language, language);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(Text::stem(Text::fold(first), language) != Text::stem(Text::fold(second), language));
}

void tst_TextFold::stopWords_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("isStopWord");

    for (const char *word : {"the", "of", "and", "for", "a", "an", "in", "to", "with", "or"})
        QTest::addRow("en %s", word) << Language::English << QString::fromLatin1(word) << true;
    for (const char *word : {"housing", "food", "help", "le", "de", "not", "no"})
        QTest::addRow("en %s", word) << Language::English << QString::fromLatin1(word) << false;
    for (const char *word : {"le", "la", "les", "l", "de", "des", "du", "d", "et", "pour", "un",
                             "une", "en", "au", "aux", "a", "avec", "sur", "ou"}) {
        QTest::addRow("fr %s", word) << Language::French << QString::fromLatin1(word) << true;
    }
    for (const char *word : {"aide", "logement", "the", "of", "sans", "non", "pas"})
        QTest::addRow("fr %s", word) << Language::French << QString::fromLatin1(word) << false;
    // Stop words are compared folded: "à" and "où" fold to "a" and "ou"; unfolded they are not.
    QTest::newRow("fr folded à") << Language::French << Text::fold(u"À"_s) << true;
    QTest::newRow("fr folded où") << Language::French << Text::fold(u"où"_s) << true;
    QTest::newRow("fr unfolded Le") << Language::French << u"Le"_s << false;
}

void tst_TextFold::stopWords()
{
    QFETCH(Language, language);
    QFETCH(QString, word);
    QFETCH(bool, isStopWord);
    QCOMPARE(Text::isStopWord(word, language), isStopWord);
}

void tst_TextFold::foldAndWordsMatchUnicode61()
{
    // Every code point of the blocks that matter, between two letters: unicode61 either keeps it
    // in the word (folded) or splits the word there. words(fold(x)) must agree exactly.
    const QList<std::pair<char32_t, char32_t>> blocks{
        {0x20, 0x24F},    // ASCII, Latin-1, Latin Extended-A and -B
        {0x250, 0x36F},   // IPA, modifier letters, combining marks
        {0x370, 0x3FF},   // Greek
        {0x400, 0x4FF},   // Cyrillic
        {0x1E00, 0x1EFF}, // Latin Extended Additional (Vietnamese)
        {0x2000, 0x2064}, // general punctuation
        {0x20A0, 0x20B9}, // currency signs (up to Unicode 6.1)
        {0x2100, 0x218F}, // letterlike symbols, number forms
        {0x2460, 0x24FF}, // enclosed alphanumerics
        {0x3000, 0x303F}, // CJK punctuation
        {0xFB00, 0xFB06}, // Latin ligatures
        {0xFF01, 0xFF65}, // fullwidth forms
    };
    QStringList differences;
    int checked = 0;
    m_db.transaction();
    for (const auto &[first, last] : blocks) {
        for (char32_t c = first; c <= last; ++c) {
            const QChar::Category category = QChar::category(c);
            // SQLite 3.15.2 knows Unicode 6.1: characters assigned later (and unassigned ones)
            // are letters to it.
            if (category == QChar::Other_NotAssigned
                || QChar::unicodeVersion(c) > QChar::Unicode_6_1) {
                continue;
            }
            const QString input = u"x"_s + QStringView(QChar::fromUcs4(c)) + u"y"_s;
            QStringList expected = Text::words(Text::fold(input));
            const QStringList actual = tokenize(u"tok_plain"_s, input);
            ++checked;
            if (expected != actual) {
                differences.append(u"U+%1: unicode61 %2, words(fold()) %3"_s.arg(
                    QString::number(uint(c), 16).toUpper(), actual.join(u'|'),
                    expected.join(u'|')));
            }
        }
    }
    m_db.commit();
    qInfo("%d code points compared with unicode61", checked);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(u'\n')));

    // And whole texts.
    for (const QString &text : kMixedWords) {
        QStringList folded;
        for (const QString &word : Text::words(text))
            folded.append(Text::fold(word));
        QCOMPARE(folded, tokenize(u"tok_plain"_s, text));
    }
}

void tst_TextFold::stemMatchesTokenizer_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("english") << Language::English;
    QTest::newRow("french") << Language::French;
}

void tst_TextFold::stemMatchesTokenizer()
{
    QFETCH(Language, language);
    const QString table = language == Language::French ? u"tok_fr"_s : u"tok_en"_s;
    int checked = 0;
    for (const QString &text : kMixedWords) {
        QStringList expected;
        for (const QString &word : Text::words(text))
            expected.append(Text::stem(Text::fold(word), language));
        QCOMPARE(tokenize(table, text), expected);
        checked += int(expected.size());
    }
    // Again, now that the stemmer's cache holds these words: same results.
    for (const QString &text : kMixedWords) {
        QStringList expected;
        for (const QString &word : Text::words(text))
            expected.append(Text::stem(Text::fold(word), language));
        QCOMPARE(tokenize(table, text), expected);
    }
    qInfo("%d tokens of %d texts agree with the tokenizer", checked, int(kMixedWords.size()));
}

void tst_TextFold::stemMatchesIndexTerms_data()
{
    stemMatchesTokenizer_data();
}

void tst_TextFold::stemMatchesIndexTerms()
{
    QFETCH(Language, language);
    const QString languageName = language == Language::French ? u"french"_s : u"english"_s;

    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE doc USING fts4(body, tokenize=navstem %1)"_s.arg(
        languageName)));
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE doc_terms USING fts4aux(doc)"_s));
    QSet<QString> expected;
    m_db.transaction();
    QVERIFY(query.prepare(u"INSERT INTO doc(body) VALUES (?)"_s));
    for (const QString &text : kMixedWords) {
        query.addBindValue(text);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        for (const QString &word : Text::words(text))
            expected.insert(Text::stem(Text::fold(word), language));
    }
    m_db.commit();

    QSet<QString> indexed;
    QVERIFY(query.exec(u"SELECT term FROM doc_terms WHERE col = '*'"_s));
    while (query.next())
        indexed.insert(query.value(0).toString());
    QVERIFY(query.exec(u"DROP TABLE doc_terms"_s));
    QVERIFY(query.exec(u"DROP TABLE doc"_s));

    QStringList missing = (expected - indexed).values();
    QStringList extra = (indexed - expected).values();
    missing.sort();
    extra.sort();
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(u"not indexed: %1; indexed but not expected: %2"_s.arg(
                 missing.join(u' '), extra.join(u' '))));
    qInfo("%d distinct terms", int(indexed.size()));
}

QTEST_GUILESS_MAIN(tst_TextFold)
#include "tst_textfold.moc"

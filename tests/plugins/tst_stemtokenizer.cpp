// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

const QString kDriver = u"QSQLCIPHER"_s;

QString randomKey()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

QString describe(const QSqlError &error)
{
    return u"%1 | %2 | code %3"_s.arg(error.driverText(), error.databaseText(),
                                      error.nativeErrorCode());
}

struct Document
{
    int id;
    QString text;
};

const QList<Document> kFrenchDocuments{
    {1, u"Hébergement d'urgence pour les familles"_s},
    {2, u"hebergement temporaire"_s},
    {3, u"Les jeunes demandent de l'aide alimentaire"_s},
    {4, u"Banque alimentaire et alimentation saine"_s},
    {5, u"Logements sociaux pour aînés"_s},
    {6, u"Demande d’aide financière"_s},
    {7, u"Soutien familial et proche aidant"_s},
    {8, u"REFUGE POUR FEMMES — HÉBERGEMENTS SÉCURITAIRES"_s},
    {9, u"Œuvre de bienfaisance : le cœur sur la main"_s},
    {10, u"Composez le 211 ou le 1-800-555-0199, code postal H3Z 2Y7"_s},
};

const QList<Document> kEnglishDocuments{
    {1, u"Emergency shelters for families"_s},
    {2, u"Affordable housing and houses for rent"_s},
    {3, u"Sheltered workshop"_s},
    {4, u"Counselling services for youth"_s},
    {5, u"Counseling and legal counsel"_s},
    {6, u"Food bank, meals and groceries"_s},
    {7, u"Café for seniors — free Wi-Fi, call 211"_s},
};

// A vocabulary shaped like real descriptions: the real words first, then 20,000 made-up words
// of French- or English-looking syllables (so that a stemmer cache cannot hold everything).
QStringList makeVocabulary(bool french)
{
    QStringList words = french ? u"hébergement d'urgence logement familles enfants jeunes "
                                 "banque alimentaire repas aide juridique impôts clinique santé "
                                 "mentale dépendances soutien aînés transport emploi formation "
                                 "nouveaux arrivants réfugiés établissement cours de langue "
                                 "bénévoles centre communautaire services programme sans "
                                 "rendez-vous gratuit référence requise évaluation ligne de "
                                 "crise accessible fauteuil roulant Québec Montréal Gatineau "
                                 "2024 œuvre le la les des et pour un une en au avec sur"_s
                                   .split(u' ')
                             : u"emergency shelter housing families children youth food bank "
                               "meals counselling legal aid income tax clinic mental health "
                               "addiction support seniors transportation employment training "
                               "newcomers refugees settlement language classes volunteer "
                               "community centre services program drop-in free referral "
                               "required appointment assessment crisis line 24/7 wheelchair "
                               "accessible Ontario Toronto Ottawa 2024 the of and for a an in "
                               "to with"_s.split(u' ');
    static const QStringList onsets{u"b"_s, u"c"_s, u"d"_s, u"f"_s, u"g"_s, u"l"_s, u"m"_s,
                                    u"n"_s, u"p"_s, u"r"_s, u"s"_s, u"t"_s, u"v"_s, u"ch"_s,
                                    u"tr"_s, u"pl"_s};
    static const QStringList vowels{u"a"_s, u"e"_s, u"i"_s, u"o"_s, u"u"_s, u"é"_s, u"ou"_s,
                                    u"ai"_s};
    const QStringList endings = french ? QStringList{u""_s, u"s"_s, u"e"_s, u"es"_s, u"er"_s,
                                                     u"ent"_s, u"ation"_s, u"ement"_s, u"eur"_s}
                                       : QStringList{u""_s, u"s"_s, u"ing"_s, u"ed"_s, u"er"_s,
                                                     u"ers"_s, u"ation"_s, u"ment"_s, u"ly"_s};
    QRandomGenerator random(french ? 33 : 44);
    while (words.size() < 20000) {
        QString word;
        const int syllables = 2 + random.bounded(3);
        for (int i = 0; i < syllables; ++i) {
            word += onsets.at(random.bounded(onsets.size()))
                    + vowels.at(random.bounded(vowels.size()));
        }
        words.append(word + endings.at(random.bounded(endings.size())));
    }
    return words;
}

// A deterministic pseudo-text of `words` words, drawn with a Zipf-like law (rank r with
// probability about 1/r), as words are in real text.
QString sampleDocument(QRandomGenerator &random, int words, bool french)
{
    static const QStringList englishWords = makeVocabulary(false);
    static const QStringList frenchWords = makeVocabulary(true);
    const QStringList &vocabulary = french ? frenchWords : englishWords;
    const double logSize = std::log(double(vocabulary.size()) + 1.0);
    QString text;
    for (int i = 0; i < words; ++i) {
        if (i)
            text += (i % 17 == 0) ? u". "_s : u" "_s;
        const auto rank = qsizetype(std::exp(random.generateDouble() * logSize)) - 1;
        text += vocabulary.at(std::clamp<qsizetype>(rank, 0, vocabulary.size() - 1));
    }
    return text;
}

} // namespace

class tst_StemTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void match_data();
    void match();
    void indexTerms_data();
    void indexTerms();
    void badArguments_data();
    void badArguments();
    void languageNameIsCaseInsensitive();
    void registeredOnEveryConnection();
    void tokenizerRegistrationIsLockedAfterOpen();
    void snippetAndOffsets();
    void connectionsOnSeveralThreads();
    void indexingSpeed();

private:
    QSqlDatabase open(const QString &connectionName, const QString &fileName);
    QList<int> matches(const QString &table, const QString &query);

    QTemporaryDir m_dir;
    QString m_key;
    QSqlDatabase m_db;
};

QSqlDatabase tst_StemTokenizer::open(const QString &connectionName, const QString &fileName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(kDriver, connectionName);
    db.setDatabaseName(m_dir.filePath(fileName));
    db.setPassword(m_key);
    if (!db.open())
        qWarning().noquote() << "open failed:" << describe(db.lastError());
    return db;
}

void tst_StemTokenizer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(kDriver), "QSQLCIPHER not found on QT_PLUGIN_PATH");
    m_key = randomKey();
    m_db = open(u"main"_s, u"search.db"_s);
    QVERIFY(m_db.isOpen());

    QSqlQuery query(m_db);
    QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE fr USING fts4(body, tokenize=navstem french)"_s),
             qPrintable(describe(query.lastError())));
    QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE en USING fts4(body, tokenize=navstem english)"_s),
             qPrintable(describe(query.lastError())));
    const auto fill = [&](const QString &table, const QList<Document> &documents) {
        QSqlQuery insert(m_db);
        QVERIFY(insert.prepare(u"INSERT INTO %1(docid, body) VALUES (?, ?)"_s.arg(table)));
        for (const Document &document : documents) {
            insert.addBindValue(document.id);
            insert.addBindValue(document.text);
            QVERIFY2(insert.exec(), qPrintable(describe(insert.lastError())));
        }
    };
    fill(u"fr"_s, kFrenchDocuments);
    fill(u"en"_s, kEnglishDocuments);
}

void tst_StemTokenizer::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
}

QList<int> tst_StemTokenizer::matches(const QString &table, const QString &query)
{
    QList<int> ids;
    QSqlQuery select(m_db);
    if (!select.prepare(u"SELECT docid FROM %1 WHERE %1 MATCH ? ORDER BY docid"_s.arg(table))) {
        qWarning().noquote() << describe(select.lastError());
        return {-1};
    }
    select.addBindValue(query);
    if (!select.exec()) {
        qWarning().noquote() << describe(select.lastError());
        return {-1};
    }
    while (select.next())
        ids.append(select.value(0).toInt());
    return ids;
}

void tst_StemTokenizer::match_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");

    const auto fr = [](const char *name, const QString &query, const QList<int> &expected) {
        QTest::newRow(name) << u"fr"_s << query << expected;
    };
    const auto en = [](const char *name, const QString &query, const QList<int> &expected) {
        QTest::newRow(name) << u"en"_s << query << expected;
    };

    // Accents and case, both ways.
    const QList<int> lodging{1, 2, 8};
    fr("fr plain finds accented", u"hebergement"_s, lodging);
    fr("fr accented", u"Hébergement"_s, lodging);
    fr("fr upper accented", u"HÉBERGEMENT"_s, lodging);
    fr("fr upper plain", u"HEBERGEMENT"_s, lodging);
    fr("fr accents on query only", u"sécuritaires"_s, {8});
    fr("fr accent in document only", u"aines"_s, {5});
    // Stemming and the French normalisation.
    fr("fr plural", u"hébergements"_s, lodging);
    fr("fr infinitive", u"héberger"_s, lodging);
    fr("fr participle", u"hébergée"_s, lodging);
    fr("fr demandent finds demande", u"demandent"_s, {3, 6});
    fr("fr demande finds demandent", u"demande"_s, {3, 6});
    fr("fr demander", u"demander"_s, {3, 6});
    fr("fr logement", u"logement"_s, {5});
    fr("fr loger", u"loger"_s, {5});
    fr("fr alimentaire", u"alimentaire"_s, {3, 4});
    fr("fr alimentation", u"alimentation"_s, {3, 4});
    fr("fr aide", u"aide"_s, {3, 6, 7});
    fr("fr aider", u"aider"_s, {3, 6, 7});
    fr("fr jeune", u"jeune"_s, {3});
    fr("fr famille", u"famille"_s, {1, 7});
    fr("fr familial", u"familiale"_s, {1, 7});
    fr("fr femme", u"femme"_s, {8});
    fr("fr oe finds œ", u"oeuvre"_s, {9});
    fr("fr œ finds œ", u"Œuvres"_s, {9});
    fr("fr coeur", u"coeur"_s, {9});
    fr("fr apostrophe", u"urgence"_s, {1});
    fr("fr typographic apostrophe", u"d’aide"_s, {6}); // "d" is a word of its own
    // Prefixes, phrases, operators.
    fr("fr prefix heberg*", u"heberg*"_s, lodging);
    fr("fr prefix héberg*", u"HÉBERG*"_s, lodging);
    fr("fr prefix alim*", u"alim*"_s, {3, 4});
    fr("fr prefix fam*", u"fam*"_s, {1, 7});
    // Known limit: the prefix is stemmed like a word; past the stem ("heberg") it finds nothing.
    fr("fr prefix past the stem", u"hebergem*"_s, {});
    fr("fr phrase", u"\"aide alimentaire\""_s, {3});
    fr("fr phrase inflected", u"\"aides alimentaires\""_s, {3});
    fr("fr phrase order", u"\"alimentaire aide\""_s, {});
    fr("fr phrase across apostrophe", u"\"l'aide alimentaire\""_s, {3});
    fr("fr phrase banque", u"\"banque alimentaire\""_s, {4});
    fr("fr and", u"aide alimentaire"_s, {3});
    fr("fr or", u"logement OR refuge"_s, {5, 8});
    fr("fr near", u"aide NEAR/2 alimentaire"_s, {3});
    fr("fr not", u"aide -alimentaire"_s, {6, 7}); // standard query syntax: no NOT/AND
    // Numbers pass through.
    fr("fr number", u"211"_s, {10});
    fr("fr phone part", u"0199"_s, {10});
    fr("fr postal code", u"h3z"_s, {10});
    fr("fr postal code upper", u"\"H3Z 2Y7\""_s, {10});
    fr("fr absent", u"chocolat"_s, {});

    en("en housing finds houses", u"housing"_s, {2});
    en("en house", u"house"_s, {2});
    en("en houses", u"HOUSES"_s, {2});
    en("en shelters finds shelter", u"shelter"_s, {1, 3});
    en("en shelters", u"shelters"_s, {1, 3});
    en("en sheltered", u"sheltering"_s, {1, 3});
    en("en counselling", u"counselling"_s, {4, 5});
    en("en counseling", u"counseling"_s, {4, 5});
    en("en counsel", u"counsel"_s, {4, 5});
    en("en family", u"family"_s, {1});
    en("en meal", u"meal"_s, {6});
    en("en senior", u"senior"_s, {7});
    en("en accent", u"cafe"_s, {7});
    en("en accent on query", u"Café"_s, {7});
    en("en hyphen", u"wi"_s, {7});
    en("en prefix", u"shel*"_s, {1, 3});
    en("en prefix of stem", u"famil*"_s, {1});
    en("en phrase", u"\"food bank\""_s, {6});
    en("en phrase order", u"\"bank food\""_s, {});
    en("en phrase stemmed", u"\"emergency shelter\""_s, {1});
    en("en number", u"211"_s, {7});
    en("en or", u"housing OR food"_s, {2, 6});
}

void tst_StemTokenizer::match()
{
    QFETCH(QString, table);
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    QCOMPARE(matches(table, query), expected);
}

void tst_StemTokenizer::indexTerms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");

    QTest::newRow("fr") << u"french"_s << u"Hébergements d'urgence: 24 lits, HÉBERGER"_s
                        << QStringList{u"24"_s, u"d"_s, u"heberg"_s, u"lit"_s, u"urgenc"_s};
    QTest::newRow("fr ligatures") << u"french"_s << u"Œuvre ÆQUO ﬁnancière"_s
                                  << QStringList{u"aequo"_s, u"financi"_s, u"oeuvr"_s};
    QTest::newRow("en") << u"english"_s << u"Sheltered housing, 3 houses"_s
                        << QStringList{u"3"_s, u"hous"_s, u"shelter"_s};
    QTest::newRow("en other scripts") << u"english"_s << u"Привет мир 你好"_s
                                      << QStringList{u"мир"_s, u"привет"_s, u"你好"_s};
}

void tst_StemTokenizer::indexTerms()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, terms);

    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE terms_doc USING fts4(body, tokenize=navstem %1)"_s
                           .arg(language)));
    QVERIFY(query.exec(u"CREATE VIRTUAL TABLE terms_aux USING fts4aux(terms_doc)"_s));
    QVERIFY(query.prepare(u"INSERT INTO terms_doc(body) VALUES (?)"_s));
    query.addBindValue(text);
    QVERIFY2(query.exec(), qPrintable(describe(query.lastError())));
    QStringList indexed;
    QVERIFY(query.exec(u"SELECT term FROM terms_aux WHERE col = '*' ORDER BY term"_s));
    while (query.next())
        indexed.append(query.value(0).toString());
    QVERIFY(query.exec(u"DROP TABLE terms_aux"_s));
    QVERIFY(query.exec(u"DROP TABLE terms_doc"_s));
    QCOMPARE(indexed, terms);
}

void tst_StemTokenizer::badArguments_data()
{
    QTest::addColumn<QString>("arguments");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("unknown language") << u"german"_s << u"\"german\""_s;
    QTest::newRow("quoted unknown") << u"\"klingon\""_s << u"\"klingon\""_s;
    QTest::newRow("no argument") << QString() << u"exactly one argument"_s;
    QTest::newRow("two arguments") << u"french english"_s << u"exactly one argument"_s;
    QTest::newRow("unicode61 option") << u"french remove_diacritics=0"_s
                                      << u"exactly one argument"_s;
}

void tst_StemTokenizer::badArguments()
{
    QFETCH(QString, arguments);
    QFETCH(QString, expectedText);

    QSqlQuery query(m_db);
    const QString sql = u"CREATE VIRTUAL TABLE bad USING fts4(body, tokenize=navstem %1)"_s.arg(
        arguments);
    QVERIFY(!query.exec(sql));
    const QString message = query.lastError().databaseText();
    qInfo().noquote() << "error:" << message;
    QVERIFY2(message.contains(expectedText), qPrintable(message));
    QVERIFY2(message.contains(u"english"_s) && message.contains(u"french"_s), qPrintable(message));
    QVERIFY(!m_db.tables().contains(u"bad"_s));

    // The connection is still fine, and a later unrelated tokenizer error is not mislabelled.
    QCOMPARE(matches(u"fr"_s, u"logement"_s), QList<int>{5});
    QVERIFY(!query.exec(u"CREATE VIRTUAL TABLE bad USING fts4(body, tokenize=unicode61 "
                        "\"remove_diacritics=7\")"_s));
    QVERIFY2(!query.lastError().databaseText().contains(u"navstem"_s),
             qPrintable(query.lastError().databaseText()));
}

void tst_StemTokenizer::languageNameIsCaseInsensitive()
{
    QSqlQuery query(m_db);
    QVERIFY2(query.exec(u"CREATE VIRTUAL TABLE upper_fr USING fts4(body, tokenize=navstem "
                        "\"French\")"_s),
             qPrintable(describe(query.lastError())));
    QVERIFY(query.exec(u"INSERT INTO upper_fr(body) VALUES ('Les familles')"_s));
    QVERIFY(query.exec(u"SELECT count(*) FROM upper_fr WHERE upper_fr MATCH 'famille'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(u"DROP TABLE upper_fr"_s));
}

void tst_StemTokenizer::registeredOnEveryConnection()
{
    {
        QSqlDatabase first = open(u"reopen-1"_s, u"reopen.db"_s);
        QVERIFY(first.isOpen());
        QSqlQuery query(first);
        QVERIFY(query.exec(u"CREATE VIRTUAL TABLE t USING fts4(body, tokenize=navstem french)"_s));
        QVERIFY(query.exec(u"INSERT INTO t(body) VALUES ('Hébergements pour familles')"_s));
        // A second connection to the same file, open at the same time, reads the table too.
        QSqlDatabase second = open(u"reopen-2"_s, u"reopen.db"_s);
        QVERIFY(second.isOpen());
        QSqlQuery other(second);
        QVERIFY2(other.exec(u"SELECT count(*) FROM t WHERE t MATCH 'hebergement'"_s),
                 qPrintable(describe(other.lastError())));
        QVERIFY(other.next());
        QCOMPARE(other.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"reopen-2"_s);
    QSqlDatabase::database(u"reopen-1"_s, false).close();
    QSqlDatabase::removeDatabase(u"reopen-1"_s);

    {
        // A fresh connection after the first closed: the existing table needs the tokenizer at
        // once, before anything else runs.
        QSqlDatabase again = open(u"reopen-3"_s, u"reopen.db"_s);
        QVERIFY(again.isOpen());
        QSqlQuery query(again);
        QVERIFY(query.exec(u"INSERT INTO t(body) VALUES ('Famille hébergée')"_s));
        QVERIFY(query.exec(u"SELECT count(*) FROM t WHERE t MATCH 'héberger famille'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(u"reopen-3"_s);
}

void tst_StemTokenizer::tokenizerRegistrationIsLockedAfterOpen()
{
    // The two-argument fts3_tokenizer() can install any native pointer as a tokenizer: it is
    // only enabled while the driver registers navstem.
    QSqlQuery query(m_db);
    QVERIFY(!query.exec(u"SELECT fts3_tokenizer('evil', x'0100000000000000')"_s));
    QVERIFY(!query.lastError().databaseText().isEmpty());
    // navstem itself is still usable.
    QCOMPARE(matches(u"fr"_s, u"familles"_s), (QList<int>{1, 7}));
}

void tst_StemTokenizer::snippetAndOffsets()
{
    // offsets() and snippet() tokenize documents again while the query's own cursor exists.
    QSqlQuery query(m_db);
    QVERIFY(query.exec(u"SELECT offsets(fr), snippet(fr, '[', ']', '…') FROM fr "
                       "WHERE fr MATCH 'hébergements' ORDER BY docid"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"0 0 0 12"_s); // byte offsets: "Hébergement" is 12
    QCOMPARE(query.value(1).toString(), u"[Hébergement] d'urgence pour les familles"_s);
    QVERIFY(query.next());
    QVERIFY(query.next());
    QCOMPARE(query.value(1).toString(),
             u"REFUGE POUR FEMMES — [HÉBERGEMENTS] SÉCURITAIRES"_s);
}

void tst_StemTokenizer::connectionsOnSeveralThreads()
{
    constexpr int kThreads = 4;
    constexpr int kDocuments = 300;
    std::atomic<int> failures{0};
    std::atomic<int> found{0};
    QList<std::thread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.append(new std::thread([&, t] {
            const QString name = u"thread-%1"_s.arg(t);
            const auto run = [&] {
                QSqlDatabase db = open(name, u"thread-%1.db"_s.arg(t));
                QSqlQuery query(db);
                if (!db.isOpen()
                    || !query.exec(u"CREATE VIRTUAL TABLE t USING fts4(body, tokenize=navstem "
                                   "%1)"_s.arg(t % 2 ? u"english"_s : u"french"_s))
                    || !db.transaction() || !query.prepare(u"INSERT INTO t(body) VALUES (?)"_s)) {
                    return false;
                }
                QRandomGenerator random(quint32(t + 1));
                for (int i = 0; i < kDocuments; ++i) {
                    query.addBindValue(QString(sampleDocument(random, 60, t % 2 == 0)
                                               + u" marker%1"_s.arg(i)));
                    if (!query.exec())
                        return false;
                }
                if (!db.commit()
                    || !query.exec(u"SELECT count(*) FROM t WHERE t MATCH 'marker7'"_s)
                    || !query.next()) {
                    return false;
                }
                found += query.value(0).toInt();
                return true;
            };
            if (!run())
                ++failures;
            QSqlDatabase::removeDatabase(name);
        }));
    }
    for (std::thread *thread : std::as_const(threads)) {
        thread->join();
        delete thread;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(found.load(), kThreads);
}

void tst_StemTokenizer::indexingSpeed()
{
    constexpr int kDocuments = 10000;
    constexpr int kWords = 150;
    QRandomGenerator random(2110);
    QList<QString> french;
    QList<QString> english;
    for (int i = 0; i < kDocuments; ++i) {
        french.append(sampleDocument(random, kWords, true));
        english.append(sampleDocument(random, kWords, false));
    }

    struct Timing
    {
        double wallSeconds = -1;
        double cpuSeconds = -1;
    };
    // Each run in a database of its own, in one transaction. Wall time, and processor time,
    // which says more on a busy machine (SQLite, SQLCipher and the tokenizer run on this thread).
    QString error;
    const auto index = [&](const QString &name, const QString &tokenizer,
                           const QList<QString> &documents) {
        Timing timing;
        {
            QSqlDatabase db = open(name, name + u".db"_s);
            QSqlQuery query(db);
            const QString create = u"CREATE VIRTUAL TABLE t USING fts4(body, tokenize=%1)"_s;
            if (!query.exec(create.arg(tokenizer))
                || !query.prepare(u"INSERT INTO t(body) VALUES (?)"_s)) {
                error = describe(query.lastError());
                return timing;
            }
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            db.transaction();
            for (const QString &document : documents) {
                query.addBindValue(document);
                if (!query.exec()) {
                    error = describe(query.lastError());
                    return timing;
                }
            }
            db.commit();
            timing.cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            timing.wallSeconds = double(timer.nsecsElapsed()) / 1e9;
            if (!query.exec(u"SELECT count(*) FROM t WHERE t MATCH 'hebergement OR housing'"_s)
                || !query.next() || query.value(0).toInt() == 0) {
                error = u"nothing found after indexing with %1"_s.arg(tokenizer);
                timing = {};
            }
        }
        QSqlDatabase::removeDatabase(name);
        return timing;
    };
    const Timing plain = index(u"speed-plain"_s, u"unicode61 \"remove_diacritics=1\""_s, french);
    const Timing stemFrench = index(u"speed-fr"_s, u"navstem french"_s, french);
    const Timing stemEnglish = index(u"speed-en"_s, u"navstem english"_s, english);
    QVERIFY2(plain.cpuSeconds > 0 && stemFrench.cpuSeconds > 0 && stemEnglish.cpuSeconds > 0,
             qPrintable(error));

    const double tokens = double(kDocuments) * kWords;
    const auto report = [&](const char *name, const Timing &timing) {
        qInfo("%-16s %d documents of %d words: %.0f ms (%.0f ms CPU): %.0f tokens/s, "
              "%.0f documents/s of CPU time",
              name, kDocuments, kWords, timing.wallSeconds * 1e3, timing.cpuSeconds * 1e3,
              tokens / timing.cpuSeconds, kDocuments / timing.cpuSeconds);
    };
    report("unicode61 alone", plain);
    report("navstem french", stemFrench);
    report("navstem english", stemEnglish);
    qInfo("navstem french costs %.0f%% more CPU time than unicode61 alone on the same documents",
          100.0 * (stemFrench.cpuSeconds - plain.cpuSeconds) / plain.cpuSeconds);
}

QTEST_GUILESS_MAIN(tst_StemTokenizer)
#include "tst_stemtokenizer.moc"

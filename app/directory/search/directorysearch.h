// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/hours/openinghours.h"
#include "directory/search/synonyms.h"
#include "directory/search/vocabulary.h"
#include "directory/store/servicerecord.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVarLengthArray>

namespace Nav::Directory {

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
};

// A municipality or postal-code prefix resolved for "near".
struct PlaceMatch
{
    QString name;
    QString province;
    GeoPoint point;
};

enum class SortOrder { Relevance, Distance, Name };

struct SearchQuery
{
    QString text;                 // as typed; the last word is completed as a prefix unless
                                  // the text ends with a space
    QString language = QStringLiteral("en"); // the reader's language (display, small boost)
    QStringList taxonomyCodes;    // any of; a code matches itself and its sub-codes
    std::optional<int> age;       // the person's age: services whose limits exclude it drop
    QStringList languages;        // language of service, any of (ISO 639: en, fr, es…)
    QStringList accessibility;    // all of
    bool openNow = false;
    QDateTime at;                 // when "now" is; invalid = the current time
    bool freeOnly = false;
    std::optional<GeoPoint> near;
    double radiusKm = 0;          // with near: only services within it; 0 = any distance
    bool includeInactive = false; // retired and inactive services are hidden by default
    bool confidentialCleared = false; // the role may see confidential addresses and phones
    SortOrder sort = SortOrder::Relevance;
    int limit = 50;
};

struct SearchHit
{
    qint64 rowid = 0;
    double score = 0;
    std::optional<double> distanceKm; // to the nearest public (or, if cleared, any) site
    OpenState open = OpenState::Unknown;
    ServiceRecord record;             // confidential parts removed unless cleared
};

struct FacetCount
{
    QString code;
    QString nameEn;
    QString nameFr;
    int count = 0;
};

struct SearchResult
{
    QList<SearchHit> hits;
    int total = 0;                     // services matching text and filters
    QList<FacetCount> categories;      // taxonomy codes among the matches, most frequent first
    QList<FacetCount> languages;       // languages of service among the matches
    int freeCount = 0;
    QStringList corrections;           // "shleter → shelter" (typos that were tolerated)
    QStringList synonyms;              // other-language phrases that were searched too
    qint64 elapsedUs = 0;
};

// Search over the directory in the encrypted store: FTS4 in English and French (Snowball stems,
// accents folded), prefix matching on the word being typed, BM25 ranking from matchinfo with
// name and category matches weighted up, typo tolerance against the index vocabulary,
// cross-language synonyms, and filters evaluated on an in-memory table of every service's
// filter attributes. Lives on the DB thread; call refresh() after opening and after imports.
class DirectorySearch
{
public:
    explicit DirectorySearch(Synonyms synonyms = Synonyms::builtIn(),
                             QTimeZone defaultZone = QTimeZone("America/Toronto"));

    Result<void> refresh(QSqlDatabase &db);
    void setSynonyms(Synonyms synonyms) { m_synonyms = std::move(synonyms); }
    Result<SearchResult> search(QSqlDatabase &db, const SearchQuery &query);

    // "Montréal", "montreal", "H2X", "h2x 1y4" → coordinates, from the places table.
    std::optional<PlaceMatch> resolvePlace(const QString &text) const;
    QStringList placeNames() const;
    qsizetype serviceCount() const { return m_entries.size(); }

    // What a query becomes for one index (exposed for tests and diagnostics).
    // `documentFrequencies` receives, for each phrase of the expression in order, an estimate of
    // how many services contain it (from the vocabulary), for BM25's idf.
    QString matchExpression(const QString &text, bool english, QStringList *corrections = nullptr,
                            QStringList *synonyms = nullptr,
                            QList<double> *documentFrequencies = nullptr) const;

private:
    struct Site
    {
        double latitude;
        double longitude;
        bool confidential;
    };
    struct Entry
    {
        qint64 rowid = 0;
        bool active = true;
        bool free = false;
        qint16 minAge = -1;
        qint16 maxAge = -1;
        QVarLengthArray<int, 4> languages;   // interned codes
        QVarLengthArray<int, 4> taxonomy;
        QVarLengthArray<int, 2> access;
        QVarLengthArray<Site, 1> sites;
    };

    int intern(const QString &code);
    std::optional<double> distanceTo(const Entry &e, const GeoPoint &p, bool cleared) const;
    OpenState openState(QSqlDatabase &db, qint64 rowid, const QDateTime &at);
    Result<void> scoreIndex(QSqlDatabase &db, bool english, const QString &match,
                            const QList<double> &documentFrequencies,
                            QHash<qint64, double> &scores, double boost) const;

    Synonyms m_synonyms;
    QTimeZone m_defaultZone;
    QList<Entry> m_entries;
    QHash<qint64, int> m_indexOfRowid;
    QHash<QString, int> m_codes;
    QStringList m_codeNames;
    QHash<QString, QPair<QString, QString>> m_taxonomyNames; // code -> en, fr
    Vocabulary m_vocabEn;
    Vocabulary m_vocabFr;
    QList<QPair<QString, PlaceMatch>> m_places; // folded name or FSA -> place
    QHash<qint64, QList<Schedule>> m_hours;     // decoded lazily
};

} // namespace Nav::Directory

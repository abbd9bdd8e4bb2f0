// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/hours/openinghours.h"
#include "directory/hours/opennowtable.h"
#include "directory/search/synonyms.h"
#include "directory/search/vocabulary.h"
#include "directory/store/servicerecord.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>
#include <QVarLengthArray>

#include <vector>

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

    // One FTS4 query a search text becomes for one index. A text is a sequence of word groups
    // (AND); a group is the word as typed and what stands for it (OR): its completions while
    // typing, corrections of a typo, synonyms. Synonyms of several words are not sent as phrase
    // queries: a phrase, or a stop word in one, makes FTS4 read whole position lists or re-read
    // and re-stem the documents ("deferred tokens"), which cost hundreds of milliseconds on the
    // full directory. Each multi-word alternative gets its own plan instead, where its words are
    // plain AND terms; the search runs every plan and keeps each service's best score.
    struct MatchPlan
    {
        // The expression's phrases (matchinfo order) that score as one: a word, or the words
        // of one multi-word alternative, which counts as often as the rarest of them occurs in
        // a column. Alternatives that differ in one word share the others: "banque OR comptoir
        // alimentaire" holds "banque alimentaire" = {0, 2} and "comptoir alimentaire" = {1, 2}.
        struct Unit
        {
            QVarLengthArray<int, 4> phrases;
            double documents = 1; // services containing it (rarest word), for BM25's idf
            double weight = 1;    // below 1 for synonyms: what was typed ranks first
        };
        QString expression;
        QList<Unit> units;
    };
    // What a query becomes for one index (exposed for tests and diagnostics), at most
    // maxPlans() plans, the one with what was typed first.
    QList<MatchPlan> matchPlans(const QString &text, bool english,
                                QStringList *corrections = nullptr,
                                QStringList *synonyms = nullptr) const;
    static constexpr int maxPlans() { return 8; }
    // The weight of a synonym's score relative to the words typed.
    static constexpr double synonymWeight() { return 0.6; }

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
        int hours = kHoursUnread;            // entry in m_openNow
    };
    // A service whose hours have no entry in m_openNow yet: imported before the store kept their
    // rules with its codes. They are read from the service's row on first use.
    static constexpr int kHoursUnread = -1;

    int intern(const QString &code);
    std::optional<double> distanceTo(const Entry &e, const GeoPoint &p, bool cleared) const;
    Result<void> readHours(QSqlDatabase &db, const QList<int> &indexes);
    // Best score per entry index (-1 = not matched) and the indexes matched, in no order.
    struct Scores
    {
        std::vector<float> best;
        std::vector<int> matched;
    };
    Result<void> scoreIndex(QSqlDatabase &db, bool english, const MatchPlan &plan, Scores &scores,
                            double boost) const;
    int indexOf(qint64 rowid) const
    {
        if (rowid >= 0 && rowid < qint64(m_indexByRowid.size()))
            return m_indexByRowid[std::size_t(rowid)];
        return m_indexByRowid.empty() ? m_indexOfRowid.value(rowid, -1) : -1;
    }

    Synonyms m_synonyms;
    QTimeZone m_defaultZone;
    QList<Entry> m_entries;
    QHash<qint64, int> m_indexOfRowid;
    // The same as a plain array when rowids are dense (they are, but after many deletions):
    // looked up once per full-text match.
    std::vector<int> m_indexByRowid;
    QHash<QString, int> m_codes;
    QStringList m_codeNames;
    QHash<QString, QPair<QString, QString>> m_taxonomyNames; // code -> en, fr
    Vocabulary m_vocabEn;
    Vocabulary m_vocabFr;
    QList<QPair<QString, PlaceMatch>> m_places; // folded name or FSA -> place
    OpenNowTable m_openNow;
};

} // namespace Nav::Directory

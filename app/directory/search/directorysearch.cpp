// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/search/directorysearch.h"

#include "directory/demo/places.h"
#include "directory/store/directorystore.h"
#include "directory/text/stemmer.h"
#include "directory/text/textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcNavDirectorySearch, "nav.directory.search")

namespace Nav::Directory {
namespace {

// Column weights for BM25: a hit in the name or the category counts most.
constexpr double kWeights[] = {8.0, 3.0, 5.0, 2.0, 1.0}; // name, organization, taxonomy, keywords, description
constexpr double kK1 = 1.2; // BM25 term-frequency saturation (no length normalisation: see scoreIndex)
// Coordinates of confidential sites are blurred to this grid for roles without clearance.
constexpr double kBlurDegrees = 0.1;

Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error::make(ErrorCode::Database,
                       QCoreApplication::translate("Nav::Directory::DirectorySearch",
                                                   "The directory could not be searched."),
                       QStringLiteral("%1: %2").arg(QLatin1String(what), q.lastError().text()));
}

QString phrase(const QStringList &words)
{
    return words.size() == 1 ? words.first()
                             : QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

bool isNumber(const QString &w)
{
    return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

DirectorySearch::DirectorySearch(Synonyms synonyms, QTimeZone defaultZone)
    : m_synonyms(std::move(synonyms))
    , m_defaultZone(std::move(defaultZone))
{
}

int DirectorySearch::intern(const QString &code)
{
    auto it = m_codes.constFind(code);
    if (it != m_codes.cend())
        return *it;
    const int id = int(m_codeNames.size());
    m_codes.insert(code, id);
    m_codeNames << code;
    return id;
}

Result<void> DirectorySearch::refresh(QSqlDatabase &db)
{
    QElapsedTimer timer;
    timer.start();
    m_entries.clear();
    m_indexOfRowid.clear();
    m_hours.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT rowid, status, min_age, max_age, free FROM dir_service")))
        return Unexpected(sqlError(q, "load services"));
    while (q.next()) {
        Entry e;
        e.rowid = q.value(0).toLongLong();
        e.active = q.value(1).toString() == QLatin1String("active");
        e.minAge = q.value(2).isNull() ? -1 : qint16(q.value(2).toInt());
        e.maxAge = q.value(3).isNull() ? -1 : qint16(q.value(3).toInt());
        e.free = q.value(4).toBool();
        m_indexOfRowid.insert(e.rowid, int(m_entries.size()));
        m_entries << e;
    }
    if (!q.exec(QStringLiteral("SELECT service_rowid, kind, code FROM dir_service_code")))
        return Unexpected(sqlError(q, "load codes"));
    while (q.next()) {
        const int i = m_indexOfRowid.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        const QString kind = q.value(1).toString();
        const int code = intern(q.value(2).toString());
        Entry &e = m_entries[i];
        if (kind == QLatin1String("lang"))
            e.languages.append(code);
        else if (kind == QLatin1String("tax"))
            e.taxonomy.append(code);
        else if (kind == QLatin1String("access"))
            e.access.append(code);
    }
    if (!q.exec(QStringLiteral("SELECT service_rowid, latitude, longitude, confidential FROM dir_site")))
        return Unexpected(sqlError(q, "load sites"));
    while (q.next()) {
        const int i = m_indexOfRowid.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            m_entries[i].sites.append({q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toBool()});
    }
    m_taxonomyNames.clear();
    if (!q.exec(QStringLiteral("SELECT code, name_en, name_fr FROM dir_taxonomy")))
        return Unexpected(sqlError(q, "load taxonomy"));
    while (q.next())
        m_taxonomyNames.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    for (auto [vocab, table] : {std::pair{&m_vocabEn, "dir_fts_en_terms"},
                                std::pair{&m_vocabFr, "dir_fts_fr_terms"}}) {
        vocab->clear();
        if (!q.exec(QStringLiteral("SELECT term, documents FROM %1 WHERE col = '*'")
                        .arg(QLatin1String(table))))
            return Unexpected(sqlError(q, "load vocabulary"));
        while (q.next())
            vocab->add(q.value(0).toString(), q.value(1).toInt());
    }
    m_places.clear();
    if (!q.exec(QStringLiteral("SELECT name, folded, province, kind, latitude, longitude FROM dir_place")))
        return Unexpected(sqlError(q, "load places"));
    while (q.next()) {
        PlaceMatch p{q.value(0).toString(), q.value(2).toString(),
                     {q.value(4).toDouble(), q.value(5).toDouble()}};
        m_places.append({q.value(1).toString(), p});
    }
    qCInfo(lcNavDirectorySearch) << "index loaded:" << m_entries.size() << "services,"
                                 << m_vocabEn.size() << "+" << m_vocabFr.size() << "terms,"
                                 << m_places.size() << "places in" << timer.elapsed() << "ms";
    return {};
}

std::optional<PlaceMatch> DirectorySearch::resolvePlace(const QString &text) const
{
    const QString folded = Text::words(Text::fold(text)).join(QLatin1Char(' '));
    if (folded.isEmpty())
        return std::nullopt;
    for (const auto &[key, place] : m_places) {
        if (key == folded)
            return place;
    }
    // A postal code or its first three characters (forward sortation area).
    static const QRegularExpression fsa(QStringLiteral("^([a-z][0-9][a-z])"));
    const auto m = fsa.match(QString(folded).remove(QLatin1Char(' ')));
    if (m.hasMatch()) {
        for (const auto &[key, place] : m_places) {
            if (key == m.captured(1))
                return place;
        }
    }
    return std::nullopt;
}

QStringList DirectorySearch::placeNames() const
{
    QStringList names;
    for (const auto &[key, place] : m_places) {
        if (!place.name.isEmpty() && place.name.size() > 3)
            names << place.name;
    }
    names.removeDuplicates();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString DirectorySearch::matchExpression(const QString &text, bool english,
                                         QStringList *corrections, QStringList *synonyms,
                                         QList<double> *documentFrequencies) const
{
    const Text::Language lang = english ? Text::Language::English : Text::Language::French;
    const Vocabulary &vocab = english ? m_vocabEn : m_vocabFr;
    // Services containing a phrase: at most those containing its rarest word. A prefix or an
    // unknown word counts as common, so it weighs little.
    const double common = std::max<double>(1.0, double(m_entries.size()) / 4.0);
    const auto frequency = [&](const QString &phrase) {
        double df = -1;
        for (const QString &w : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            QString word = w;
            word.remove(QLatin1Char('"'));
            const bool prefix = word.endsWith(QLatin1Char('*'));
            const int docs = prefix ? 0 : vocab.documents(Text::stem(word, lang));
            const double d = docs > 0 ? docs : common;
            df = df < 0 ? d : std::min(df, d);
        }
        return df < 0 ? common : df;
    };
    const auto group = [&](const QStringList &parts) {
        if (documentFrequencies) {
            for (const QString &p : parts)
                documentFrequencies->append(frequency(p));
        }
        return parts.join(QLatin1String(" OR "));
    };
    const QStringList all = Text::words(Text::fold(text));
    QStringList words;
    for (const QString &w : all) {
        if (!Text::isStopWord(w, Text::Language::English) && !Text::isStopWord(w, Text::Language::French))
            words << w;
    }
    if (words.isEmpty())
        words = all;
    const bool typing = !text.isEmpty() && !text.back().isSpace();
    const bool lastIsPrefix = typing && !words.isEmpty() && !all.isEmpty()
                              && words.constLast() == all.constLast();

    QStringList groups;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype length = 0;
        const QList<Synonyms::Phrase> alternatives = m_synonyms.alternatives(words, i, &length);
        if (length > 0) {
            QStringList parts{phrase(words.mid(i, length))};
            for (const Synonyms::Phrase &p : alternatives) {
                parts << phrase(p);
                if (synonyms && !synonyms->contains(p.join(QLatin1Char(' '))))
                    *synonyms << p.join(QLatin1Char(' '));
            }
            groups << group(parts);
            i += length;
            continue;
        }
        const QString &w = words.at(i);
        const bool prefix = lastIsPrefix && i == words.size() - 1;
        QStringList parts{w};
        if (prefix) {
            if (w.size() >= 2)
                parts << w + QLatin1Char('*');
            // A word still being typed may already contain a whole stem: "hebergem" → "heberg".
            for (qsizetype k = 4; k < w.size(); ++k) {
                if (vocab.contains(w.left(k)) && !parts.contains(w.left(k)))
                    parts << w.left(k);
            }
        } else if (w.size() >= 4 && !isNumber(w) && !vocab.contains(Text::stem(w, lang))) {
            const int maxEdits = w.size() >= 8 ? 2 : 1;
            // A typo after the stem ("hebergemnt"): the longest known stem the word starts with.
            for (qsizetype k = w.size() - 1; k >= 5; --k) {
                if (vocab.contains(w.left(k))) {
                    parts << w.left(k);
                    if (corrections)
                        corrections->append(QStringLiteral("%1 → %2").arg(w, w.left(k)));
                    break;
                }
            }
            for (const Vocabulary::Match &m : vocab.near(Text::stem(w, lang), maxEdits, 3)) {
                parts << m.term;
                if (corrections) {
                    const QString note = QStringLiteral("%1 → %2").arg(w, m.term);
                    if (!corrections->contains(note))
                        *corrections << note;
                }
            }
        }
        groups << group(parts);
        ++i;
    }
    return groups.join(QLatin1Char(' '));
}

Result<void> DirectorySearch::scoreIndex(QSqlDatabase &db, bool english, const QString &match,
                                         const QList<double> &documentFrequencies,
                                         QHash<qint64, double> &scores, double boost) const
{
    if (match.isEmpty())
        return {};
    const QString table = english ? QStringLiteral("dir_fts_en") : QStringLiteral("dir_fts_fr");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // 'pcy': hits of each phrase in each column of this row only. 'x' would count every
    // phrase over all rows (a full positional scan per phrase) and 'l' would read the docsize
    // table per match; idf comes from the vocabulary instead.
    q.prepare(QStringLiteral("SELECT docid, matchinfo(%1, 'pcy') FROM %1 WHERE %1 MATCH ?").arg(table));
    q.addBindValue(match);
    if (!q.exec())
        return Unexpected(sqlError(q, "full-text match"));
    const double n = std::max<double>(1.0, double(m_entries.size()));
    QList<double> idf;
    for (double df : documentFrequencies)
        idf << std::log(1.0 + (n - df + 0.5) / (df + 0.5));
    while (q.next()) {
        const QByteArray blob = q.value(1).toByteArray();
        const auto *v = reinterpret_cast<const quint32 *>(blob.constData());
        const qsizetype count = blob.size() / qsizetype(sizeof(quint32));
        if (count < 2)
            continue;
        const quint32 p = v[0], c = v[1];
        if (count < qsizetype(2 + p * c))
            continue;
        const quint32 *y = v + 2;
        double score = 0;
        for (quint32 i = 0; i < p; ++i) {
            const double w = i < quint32(idf.size()) ? idf.at(i) : 1.0;
            for (quint32 j = 0; j < c && j < 5; ++j) {
                const double tf = y[i * c + j];
                if (tf > 0)
                    score += kWeights[j] * w * (tf * (kK1 + 1)) / (tf + kK1);
            }
        }
        score *= boost;
        double &best = scores[q.value(0).toLongLong()];
        best = std::max(best, score);
    }
    return {};
}

std::optional<double> DirectorySearch::distanceTo(const Entry &e, const GeoPoint &p,
                                                  bool cleared) const
{
    std::optional<double> best;
    for (const Site &s : e.sites) {
        double lat = s.latitude, lon = s.longitude;
        if (s.confidential && !cleared) {
            lat = std::round(lat / kBlurDegrees) * kBlurDegrees;
            lon = std::round(lon / kBlurDegrees) * kBlurDegrees;
        }
        const double d = Place::distanceKm(p.latitude, p.longitude, lat, lon);
        if (!best || d < *best)
            best = d;
    }
    return best;
}

OpenState DirectorySearch::openState(QSqlDatabase &db, qint64 rowid, const QDateTime &at)
{
    // Hours are read and decoded on first use only: loading them all with the index doubled
    // the cold-start time for little gain.
    auto it = m_hours.find(rowid);
    if (it == m_hours.end()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT hours FROM dir_service WHERE rowid = ?"));
        q.addBindValue(rowid);
        QList<Schedule> schedules;
        if (q.exec() && q.next() && !q.value(0).isNull())
            schedules = decodeSchedules(q.value(0).toByteArray());
        it = m_hours.insert(rowid, schedules);
    }
    if (it->isEmpty())
        return OpenState::Unknown;
    return OpeningHours::statusAt(*it, at, m_defaultZone).state;
}

Result<SearchResult> DirectorySearch::search(QSqlDatabase &db, const SearchQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    const QDateTime at = query.at.isValid() ? query.at : QDateTime::currentDateTimeUtc();
    const bool french = query.language == QLatin1String("fr");

    // 1. Text.
    QHash<qint64, double> scores;
    const bool hasText = !Text::words(Text::fold(query.text)).isEmpty();
    if (hasText) {
        QList<double> dfEn, dfFr;
        const QString en = matchExpression(query.text, true, &result.corrections, &result.synonyms, &dfEn);
        const QString fr = matchExpression(query.text, false, &result.corrections, &result.synonyms, &dfFr);
        if (auto r = scoreIndex(db, true, en, dfEn, scores, french ? 1.0 : 1.1); !r)
            return Unexpected(r.error());
        if (auto r = scoreIndex(db, false, fr, dfFr, scores, french ? 1.1 : 1.0); !r)
            return Unexpected(r.error());
    }

    // 2. Filters, on the in-memory attributes.
    QSet<int> wantedTaxonomy, wantedLanguages, wantedAccess;
    for (qsizetype id = 0; id < m_codeNames.size(); ++id) {
        const QString &code = m_codeNames.at(id);
        for (const QString &t : query.taxonomyCodes) {
            const QString prefix = t.trimmed().toLower();
            if (!prefix.isEmpty()
                && (code == prefix || code.startsWith(prefix + QLatin1Char('.'))
                    || code.startsWith(prefix + QLatin1Char('-')) || (prefix.size() <= 2 && code.startsWith(prefix))))
                wantedTaxonomy.insert(int(id));
        }
        if (query.languages.contains(code, Qt::CaseInsensitive))
            wantedLanguages.insert(int(id));
        if (query.accessibility.contains(code, Qt::CaseInsensitive))
            wantedAccess.insert(int(id));
    }
    std::optional<QSet<qint64>> inRadius;
    if (query.near && query.radiusKm > 0) {
        // R*Tree bounding box first, exact distance below.
        const double dLat = query.radiusKm / 111.0;
        const double dLon = query.radiusKm / (111.0 * std::max(0.1, std::cos(query.near->latitude * M_PI / 180.0)));
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT DISTINCT s.service_rowid FROM dir_geo g JOIN dir_site s "
                                 "ON s.rowid = g.id WHERE g.min_lat >= ? AND g.max_lat <= ? "
                                 "AND g.min_lon >= ? AND g.max_lon <= ?"));
        q.addBindValue(query.near->latitude - dLat - kBlurDegrees);
        q.addBindValue(query.near->latitude + dLat + kBlurDegrees);
        q.addBindValue(query.near->longitude - dLon - kBlurDegrees);
        q.addBindValue(query.near->longitude + dLon + kBlurDegrees);
        if (!q.exec())
            return Unexpected(sqlError(q, "geo box"));
        inRadius = QSet<qint64>();
        while (q.next())
            inRadius->insert(q.value(0).toLongLong());
    }

    struct Candidate
    {
        int index;
        double score;
        std::optional<double> distance;
    };
    QList<Candidate> candidates;
    const auto consider = [&](int index, double score) {
        const Entry &e = m_entries.at(index);
        if (!query.includeInactive && !e.active)
            return;
        if (query.freeOnly && !e.free)
            return;
        if (query.age && ((e.minAge >= 0 && *query.age < e.minAge) || (e.maxAge >= 0 && *query.age > e.maxAge)))
            return;
        const auto anyOf = [](const auto &have, const QSet<int> &wanted) {
            return std::any_of(have.cbegin(), have.cend(), [&](int c) { return wanted.contains(c); });
        };
        if (!query.taxonomyCodes.isEmpty() && !anyOf(e.taxonomy, wantedTaxonomy))
            return;
        if (!query.languages.isEmpty() && !anyOf(e.languages, wantedLanguages))
            return;
        if (!query.accessibility.isEmpty()
            && (wantedAccess.size() < query.accessibility.size()
                || !std::all_of(wantedAccess.cbegin(), wantedAccess.cend(), [&](int c) {
                       return std::find(e.access.cbegin(), e.access.cend(), c) != e.access.cend();
                   })))
            return;
        std::optional<double> distance;
        if (query.near) {
            if (inRadius && !inRadius->contains(e.rowid))
                return;
            distance = distanceTo(e, *query.near, query.confidentialCleared);
            if (query.radiusKm > 0 && (!distance || *distance > query.radiusKm))
                return;
        }
        candidates << Candidate{index, score, distance};
    };
    if (hasText) {
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            const int i = m_indexOfRowid.value(it.key(), -1);
            if (i >= 0)
                consider(i, it.value());
        }
    } else {
        for (int i = 0; i < m_entries.size(); ++i)
            consider(i, 0);
    }
    if (query.openNow) {
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate &c) {
                                            return openState(db, m_entries.at(c.index).rowid, at)
                                                   != OpenState::Open;
                                        }),
                         candidates.end());
    }
    result.total = int(candidates.size());

    // 3. Facets over what matched.
    QHash<int, int> taxonomyCounts, languageCounts;
    for (const Candidate &c : std::as_const(candidates)) {
        const Entry &e = m_entries.at(c.index);
        for (int code : e.taxonomy)
            ++taxonomyCounts[code];
        for (int code : e.languages)
            ++languageCounts[code];
        result.freeCount += e.free ? 1 : 0;
    }
    const auto facetList = [&](const QHash<int, int> &counts, bool taxonomy, int max) {
        QList<FacetCount> list;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            FacetCount f;
            f.code = m_codeNames.at(it.key());
            f.count = it.value();
            if (taxonomy) {
                const auto names = m_taxonomyNames.value(f.code);
                f.nameEn = names.first;
                f.nameFr = names.second;
            }
            list << f;
        }
        std::sort(list.begin(), list.end(), [](const FacetCount &a, const FacetCount &b) {
            return a.count != b.count ? a.count > b.count : a.code < b.code;
        });
        if (list.size() > max)
            list.resize(max);
        return list;
    };
    result.categories = facetList(taxonomyCounts, true, 20);
    result.languages = facetList(languageCounts, false, 20);

    // 4. Order and take the page.
    const bool byDistance = query.near && (query.sort == SortOrder::Distance || !hasText);
    const auto rank = [&](const Candidate &c) {
        if (!query.near || !c.distance)
            return c.score;
        return c.score / (1.0 + *c.distance / 25.0); // nearer services rise, gently
    };
    const auto before = [&](const Candidate &a, const Candidate &b) {
        if (byDistance) {
            const double da = a.distance.value_or(1e9), db2 = b.distance.value_or(1e9);
            if (da != db2)
                return da < db2;
        } else {
            const double ra = rank(a), rb = rank(b);
            if (ra != rb)
                return ra > rb;
        }
        return m_entries.at(a.index).rowid < m_entries.at(b.index).rowid;
    };
    const qsizetype take = std::min<qsizetype>(candidates.size(), std::max(0, query.limit));
    std::partial_sort(candidates.begin(), candidates.begin() + take, candidates.end(), before);
    for (qsizetype i = 0; i < take; ++i) {
        const Candidate &c = candidates.at(i);
        const qint64 rowid = m_entries.at(c.index).rowid;
        auto record = DirectoryStore::record(db, rowid);
        if (!record)
            return Unexpected(record.error());
        SearchHit hit;
        hit.rowid = rowid;
        hit.score = rank(c);
        hit.distanceKm = c.distance;
        hit.open = openState(db, rowid, at);
        hit.record = query.confidentialCleared ? *record : redactConfidential(*record);
        result.hits << hit;
    }
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    return result;
}

} // namespace Nav::Directory

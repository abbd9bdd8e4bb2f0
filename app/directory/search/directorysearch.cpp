// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/search/directorysearch.h"

#include "directory/demo/places.h"
#include "directory/store/directorystore.h"
#include "directory/text/stemmer.h"
#include "directory/text/textfold.h"
#include "packedrows.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>

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

bool isNumber(const QString &w)
{
    return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

DirectorySearch::DirectorySearch(Synonyms synonyms, QTimeZone defaultZone)
    : m_synonyms(std::move(synonyms))
    , m_defaultZone(std::move(defaultZone))
    , m_openNow(m_defaultZone)
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
    m_openNow.clear();
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
    m_indexByRowid.clear();
    qint64 maxRowid = 0;
    for (const Entry &e : std::as_const(m_entries))
        maxRowid = std::max(maxRowid, e.rowid);
    if (maxRowid < 4 * qint64(m_entries.size()) + 1024) {
        m_indexByRowid.assign(std::size_t(maxRowid + 1), -1);
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).rowid >= 0)
                m_indexByRowid[std::size_t(m_entries.at(i).rowid)] = int(i);
        }
    }
    if (!q.exec(QStringLiteral("SELECT service_rowid, kind, code FROM dir_service_code")))
        return Unexpected(sqlError(q, "load codes"));
    while (q.next()) {
        const int i = indexOf(q.value(0).toLongLong());
        if (i < 0)
            continue;
        const QString kind = q.value(1).toString();
        Entry &e = m_entries[i];
        if (kind == QLatin1String("hours")) {
            e.hours = m_openNow.addKey(q.value(2).toString()); // unreadable: read on first use
            continue;
        }
        const int code = intern(q.value(2).toString());
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
        const int i = indexOf(q.value(0).toLongLong());
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
    const auto unread = std::count_if(m_entries.cbegin(), m_entries.cend(),
                                      [](const Entry &e) { return e.hours == kHoursUnread; });
    qCInfo(lcNavDirectorySearch) << "index loaded:" << m_entries.size() << "services,"
                                 << m_openNow.size() << "distinct opening hours (" << unread
                                 << "services to read on first use ),"
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

QList<DirectorySearch::MatchPlan> DirectorySearch::matchPlans(const QString &text, bool english,
                                                              QStringList *corrections,
                                                              QStringList *synonyms) const
{
    const Text::Language lang = english ? Text::Language::English : Text::Language::French;
    const Vocabulary &vocab = english ? m_vocabEn : m_vocabFr;
    // Services containing a word, from the vocabulary. A prefix or an unknown word counts as
    // common, so it weighs little.
    const double common = std::max<double>(1.0, double(m_entries.size()) / 4.0);
    const auto frequency = [&](const QString &term) {
        if (term.endsWith(QLatin1Char('*')))
            return common;
        const int docs = vocab.documents(Text::stem(term, lang));
        return docs > 0 ? double(docs) : common;
    };

    struct Alternative
    {
        QStringList terms; // one word, a prefix ("ban*"), or the words of a synonym phrase
        double weight = 1;
    };
    QList<QList<Alternative>> groups;

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

    for (qsizetype i = 0; i < words.size();) {
        qsizetype length = 0;
        const QList<Synonyms::Phrase> alternatives = m_synonyms.alternatives(words, i, &length);
        if (length > 0) {
            QList<Alternative> group{{words.mid(i, length), 1.0}};
            for (const Synonyms::Phrase &p : alternatives) {
                group << Alternative{p, synonymWeight()};
                if (synonyms && !synonyms->contains(p.join(QLatin1Char(' '))))
                    *synonyms << p.join(QLatin1Char(' '));
            }
            groups << group;
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
        QList<Alternative> group;
        for (const QString &part : std::as_const(parts))
            group << Alternative{{part}, 1.0};
        groups << group;
        ++i;
    }
    if (groups.isEmpty())
        return {};

    // The ways each group can be sent: all its one-word alternatives together (an OR of single
    // terms costs FTS4 no positions), or multi-word alternatives as AND terms, those that differ
    // in one word only sharing the others ("banque OR comptoir OR depannage alimentaire": FTS4's
    // OR binds tighter than AND, and the shared word's list is read once, not once per
    // alternative). A multi-word synonym that holds one of the single words finds nothing they
    // do not: left out. What was typed always keeps its own way, so that it scores as typed.
    struct Way
    {
        QList<int> alternatives;
        int differing = -1; // the word position where multi-word alternatives differ
    };
    QList<QList<Way>> choices; // group -> choice
    for (const QList<Alternative> &group : std::as_const(groups)) {
        Way singles;
        QStringList singleTerms;
        for (int a = 0; a < group.size(); ++a) {
            if (group.at(a).terms.size() == 1) {
                singles.alternatives << a;
                singleTerms << group.at(a).terms.first();
            }
        }
        QList<Way> ways;
        if (!singles.alternatives.isEmpty())
            ways << singles;
        // Where two word lists of the same length differ in exactly one position, else -1.
        const auto differingPosition = [](const QStringList &x, const QStringList &y) {
            if (x.size() != y.size())
                return -1;
            int at = -1;
            for (qsizetype j = 0; j < x.size(); ++j) {
                if (x.at(j) == y.at(j))
                    continue;
                if (at >= 0)
                    return -1;
                at = int(j);
            }
            return at;
        };
        for (int a = 0; a < group.size(); ++a) {
            const QStringList &terms = group.at(a).terms;
            if (terms.size() < 2
                || (a != 0 && std::any_of(terms.cbegin(), terms.cend(),
                                          [&](const QString &t) { return singleTerms.contains(t); })))
                continue;
            bool joined = false;
            for (Way &way : ways) {
                const QStringList &first = group.at(way.alternatives.first()).terms;
                if (first.size() < 2)
                    continue;
                const int at = differingPosition(first, terms);
                if (at < 0 || (way.differing >= 0 && at != way.differing))
                    continue;
                way.differing = at;
                way.alternatives << a;
                joined = true;
                break;
            }
            if (!joined)
                ways << Way{{a}, -1};
        }
        // What was typed (alternative 0) is in the first way.
        std::stable_partition(ways.begin(), ways.end(),
                              [](const Way &way) { return way.alternatives.contains(0); });
        choices << ways;
    }

    // Combinations, fewest departures from what was typed first, at most maxPlans().
    QList<QList<int>> combinations{QList<int>(groups.size(), 0)};
    for (int departures = 1; departures <= int(groups.size()) && combinations.size() < maxPlans();
         ++departures) {
        QList<int> pick(groups.size(), 0);
        const auto walk = [&](const auto &self, qsizetype g, int left) -> void {
            if (combinations.size() >= maxPlans())
                return;
            if (g == groups.size()) {
                if (left == 0)
                    combinations << pick;
                return;
            }
            pick[g] = 0;
            self(self, g + 1, left);
            if (left == 0)
                return;
            for (int c = 1; c < choices.at(g).size(); ++c) {
                pick[g] = c;
                self(self, g + 1, left - 1);
            }
            pick[g] = 0;
        };
        walk(walk, 0, departures);
    }

    QList<MatchPlan> plans;
    for (const QList<int> &combination : std::as_const(combinations)) {
        MatchPlan plan;
        QStringList parts;
        int phrase = 0;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const Way &way = choices.at(g).at(combination.at(g));
            const QList<Alternative> &group = groups.at(g);
            const auto unitFor = [&](const Alternative &alternative) {
                MatchPlan::Unit unit;
                unit.weight = alternative.weight;
                unit.documents = common;
                for (const QString &t : alternative.terms)
                    unit.documents = std::min(unit.documents, frequency(t));
                return unit;
            };
            const QStringList &first = group.at(way.alternatives.first()).terms;
            if (first.size() == 1) { // one-word alternatives, OR'ed
                QStringList terms;
                for (int a : way.alternatives) {
                    MatchPlan::Unit unit = unitFor(group.at(a));
                    unit.phrases << phrase++;
                    plan.units << unit;
                    terms << group.at(a).terms.first();
                }
                parts << terms.join(QLatin1String(" OR "));
                continue;
            }
            // Multi-word alternatives: the shared words once each, the differing position as
            // an OR of each alternative's word there.
            QList<int> shared(first.size(), -1);
            QList<int> variant; // per alternative of the way: its phrase at the differing position
            QStringList tokens;
            for (qsizetype j = 0; j < first.size(); ++j) {
                if (j != way.differing) {
                    shared[j] = phrase++;
                    tokens << first.at(j);
                    continue;
                }
                QStringList options;
                for (int a : way.alternatives) {
                    variant << phrase++;
                    options << group.at(a).terms.at(j);
                }
                tokens << options.join(QLatin1String(" OR "));
            }
            for (qsizetype k = 0; k < way.alternatives.size(); ++k) {
                MatchPlan::Unit unit = unitFor(group.at(way.alternatives.at(k)));
                for (qsizetype j = 0; j < first.size(); ++j)
                    unit.phrases << (j == way.differing ? variant.at(k) : shared.at(j));
                plan.units << unit;
            }
            parts << tokens.join(QLatin1Char(' '));
        }
        plan.expression = parts.join(QLatin1Char(' '));
        plans << plan;
    }
    return plans;
}

Result<void> DirectorySearch::scoreIndex(QSqlDatabase &db, bool english, const MatchPlan &plan,
                                         Scores &scores, double boost) const
{
    if (plan.expression.isEmpty())
        return {};
    const QString table = english ? QStringLiteral("dir_fts_en") : QStringLiteral("dir_fts_fr");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // 'pcy': hits of each phrase in each column of this row only. 'x' would count every
    // phrase over all rows (a full positional scan per phrase) and 'l' would read the docsize
    // table per match; idf comes from the vocabulary instead.
    // All matches in one packed row (the driver's nav_pack): a result row each cost more than
    // FTS4 spent finding them.
    // matchinfo() only works in a plain SELECT over the table, hence the subquery; its LIMIT
    // keeps SQLite from flattening it into the aggregate.
    q.prepare(QStringLiteral("SELECT nav_pack(docid, info) FROM (SELECT docid, matchinfo(%1, 'pcy') "
                             "AS info FROM %1 WHERE %1 MATCH ? LIMIT -1)")
                  .arg(table));
    q.addBindValue(plan.expression);
    if (!q.exec() || !q.next())
        return Unexpected(sqlError(q, "full-text match"));
    SqlCipher::PackedRows rows(q.value(0).toByteArray());
    q.finish();
    const double n = std::max<double>(1.0, double(m_entries.size()));
    QVarLengthArray<double, 16> idf;
    for (const MatchPlan::Unit &u : plan.units)
        idf.append(u.weight * std::log(1.0 + (n - u.documents + 0.5) / (u.documents + 0.5)));
    constexpr quint32 kColumns = std::size(kWeights);
    const auto saturate = [](double tf) { return (tf * (kK1 + 1)) / (tf + kK1); };
    std::int64_t docid = 0;
    QByteArrayView blob;
    QVarLengthArray<quint32, 64> v;
    bool truncated = false;
    while (rows.next(&docid, &blob, &truncated)) {
        const qsizetype count = blob.size() / qsizetype(sizeof(quint32));
        if (count < 2)
            continue;
        v.resize(count);
        std::memcpy(v.data(), blob.data(), std::size_t(count) * sizeof(quint32));
        const quint32 p = v[0], c = v[1];
        if (count < qsizetype(2 + p * c))
            continue;
        const quint32 *y = v.data() + 2;
        double score = 0;
        for (qsizetype u = 0; u < plan.units.size(); ++u) {
            const MatchPlan::Unit &unit = plan.units.at(u);
            if (std::any_of(unit.phrases.cbegin(), unit.phrases.cend(),
                            [p](int phrase) { return quint32(phrase) >= p; }))
                continue;
            // A unit of several words counts in a column as often as its rarest word does
            // there; words matched in different columns still count, at the lowest weight.
            double unitScore = 0;
            quint32 fewestTotal = std::numeric_limits<quint32>::max();
            for (quint32 j = 0; j < c && j < kColumns; ++j) {
                quint32 tf = std::numeric_limits<quint32>::max();
                for (int k : unit.phrases)
                    tf = std::min(tf, y[quint32(k) * c + j]);
                if (tf > 0)
                    unitScore += kWeights[j] * saturate(tf);
            }
            if (unitScore == 0 && unit.phrases.size() > 1) {
                for (int k : unit.phrases) {
                    quint32 total = 0;
                    for (quint32 j = 0; j < c; ++j)
                        total += y[quint32(k) * c + j];
                    fewestTotal = std::min(fewestTotal, total);
                }
                if (fewestTotal > 0)
                    unitScore = kWeights[kColumns - 1] * saturate(fewestTotal);
            }
            score += idf[u] * unitScore;
        }
        const int index = indexOf(docid);
        if (index < 0)
            continue;
        float &best = scores.best[std::size_t(index)];
        if (best < 0)
            scores.matched.push_back(index);
        best = std::max(best, float(score * boost));
    }
    if (truncated) {
        return Unexpected(Error::make(ErrorCode::Database,
                                      QCoreApplication::translate("Nav::Directory::DirectorySearch",
                                                                  "The directory could not be searched."),
                                      QStringLiteral("full-text match: packed rows cut short")));
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

Result<void> DirectorySearch::readHours(QSqlDatabase &db, const QList<int> &indexes)
{
    // Only for services imported before the store kept their hours with their codes: the hours
    // column comes after the record document, so each row read decrypts the whole record.
    QList<int> unread;
    for (int i : indexes) {
        if (m_entries.at(i).hours == kHoursUnread)
            unread << i;
    }
    constexpr qsizetype kBatch = 500;
    for (qsizetype from = 0; from < unread.size(); from += kBatch) {
        QStringList rowids;
        for (qsizetype k = from; k < std::min(unread.size(), from + kBatch); ++k)
            rowids << QString::number(m_entries.at(unread.at(k)).rowid);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT rowid, hours FROM dir_service WHERE rowid IN (%1)")
                        .arg(rowids.join(QLatin1Char(',')))))
            return Unexpected(sqlError(q, "read hours"));
        while (q.next()) {
            const QList<Schedule> schedules = q.value(1).isNull()
                                                  ? QList<Schedule>()
                                                  : decodeSchedules(q.value(1).toByteArray());
            const int i = indexOf(q.value(0).toLongLong());
            if (i >= 0)
                m_entries[i].hours = m_openNow.add(schedules);
        }
    }
    return {};
}

Result<SearchResult> DirectorySearch::search(QSqlDatabase &db, const SearchQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    SearchResult result;
    const QDateTime at = query.at.isValid() ? query.at : QDateTime::currentDateTimeUtc();
    const bool french = query.language == QLatin1String("fr");

    // 1. Text.
    Scores scores;
    const bool hasText = !Text::words(Text::fold(query.text)).isEmpty();
    if (hasText) {
        scores.best.assign(std::size_t(m_entries.size()), -1.0f);
        for (const bool english : {true, false}) {
            const QList<MatchPlan> plans = matchPlans(query.text, english, &result.corrections,
                                                      &result.synonyms);
            const double boost = english == french ? 1.0 : 1.1; // the reader's language
            for (const MatchPlan &plan : plans) {
                if (auto r = scoreIndex(db, english, plan, scores, boost); !r)
                    return Unexpected(r.error());
            }
        }
    }

    const qint64 textUs = timer.nsecsElapsed() / 1000;
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
    // With a radius: a bounding box first (a site inside it, blurred or not), exact distance
    // below. The box is checked on the sites already in memory: asking the R*Tree (dir_geo) for
    // it and joining its sites back to services cost 8 to 25 ms around a large city, more than
    // the whole rest of the search, for the same answer.
    struct Box
    {
        double minLat, maxLat, minLon, maxLon;
    };
    std::optional<Box> box;
    if (query.near && query.radiusKm > 0) {
        const double dLat = query.radiusKm / 111.0;
        const double dLon = query.radiusKm / (111.0 * std::max(0.1, std::cos(query.near->latitude * M_PI / 180.0)));
        box = Box{query.near->latitude - dLat - kBlurDegrees, query.near->latitude + dLat + kBlurDegrees,
                  query.near->longitude - dLon - kBlurDegrees, query.near->longitude + dLon + kBlurDegrees};
    }
    const auto inBox = [&box](const Entry &e) {
        return std::any_of(e.sites.cbegin(), e.sites.cend(), [&box](const Site &s) {
            return s.latitude >= box->minLat && s.latitude <= box->maxLat
                   && s.longitude >= box->minLon && s.longitude <= box->maxLon;
        });
    };

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
            if (box && !inBox(e))
                return;
            distance = distanceTo(e, *query.near, query.confidentialCleared);
            if (query.radiusKm > 0 && (!distance || *distance > query.radiusKm))
                return;
        }
        candidates << Candidate{index, score, distance};
    };
    if (hasText) {
        for (int i : scores.matched)
            consider(i, scores.best[std::size_t(i)]);
    } else {
        for (int i = 0; i < m_entries.size(); ++i)
            consider(i, 0);
    }
    OpenNowTable::At openAt = m_openNow.at(at);
    if (query.openNow) {
        QList<int> indexes;
        indexes.reserve(candidates.size());
        for (const Candidate &c : std::as_const(candidates))
            indexes << c.index;
        if (auto r = readHours(db, indexes); !r)
            return Unexpected(r.error());
        candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                        [&](const Candidate &c) {
                                            return openAt.state(m_entries.at(c.index).hours)
                                                   != OpenState::Open;
                                        }),
                         candidates.end());
    }
    result.total = int(candidates.size());

    const qint64 filterUs = timer.nsecsElapsed() / 1000;
    // 3. Facets over what matched.
    std::vector<int> taxonomyCounts(std::size_t(m_codeNames.size()), 0);
    std::vector<int> languageCounts(std::size_t(m_codeNames.size()), 0);
    for (const Candidate &c : std::as_const(candidates)) {
        const Entry &e = m_entries.at(c.index);
        for (int code : e.taxonomy)
            ++taxonomyCounts[std::size_t(code)];
        for (int code : e.languages)
            ++languageCounts[std::size_t(code)];
        result.freeCount += e.free ? 1 : 0;
    }
    const auto facetList = [&](const std::vector<int> &counts, bool taxonomy, int max) {
        QList<FacetCount> list;
        for (std::size_t code = 0; code < counts.size(); ++code) {
            if (counts[code] == 0)
                continue;
            FacetCount f;
            f.code = m_codeNames.at(qsizetype(code));
            f.count = counts[code];
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

    const qint64 facetUs = timer.nsecsElapsed() / 1000;
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
    QList<int> shown;
    QList<qint64> shownRowids;
    for (qsizetype i = 0; i < take; ++i) {
        shown << candidates.at(i).index;
        shownRowids << m_entries.at(candidates.at(i).index).rowid;
    }
    if (auto r = readHours(db, shown); !r)
        return Unexpected(r.error());
    auto records = DirectoryStore::records(db, shownRowids);
    if (!records)
        return Unexpected(records.error());
    for (qsizetype i = 0; i < take; ++i) {
        const Candidate &c = candidates.at(i);
        SearchHit hit;
        hit.rowid = shownRowids.at(i);
        hit.score = rank(c);
        hit.distanceKm = c.distance;
        hit.open = openAt.state(m_entries.at(c.index).hours);
        const ServiceRecord &record = records->at(i);
        hit.record = query.confidentialCleared ? record : redactConfidential(record);
        result.hits << hit;
    }
    result.elapsedUs = timer.nsecsElapsed() / 1000;
    qCDebug(lcNavDirectorySearch).nospace()
        << "search: " << scores.matched.size() << " text matches in " << textUs << " us, "
        << result.total << " after filters at " << filterUs << " us, facets at " << facetUs
        << " us, " << result.hits.size() << " hits at " << result.elapsedUs << " us";
    return result;
}

} // namespace Nav::Directory

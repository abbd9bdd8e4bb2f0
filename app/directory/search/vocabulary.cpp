// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/search/vocabulary.h"

#include <QVarLengthArray>

#include <algorithm>

namespace Nav::Directory {

void Vocabulary::clear()
{
    m_documents.clear();
    m_byLength.clear();
}

void Vocabulary::add(const QString &term, int documents)
{
    if (term.isEmpty())
        return;
    if (!m_documents.contains(term))
        m_byLength[int(term.size())] << term;
    m_documents[term] += documents;
}

int Vocabulary::distance(QStringView a, QStringView b, int max)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > max)
        return max + 1;
    // Three rows of the dynamic programme are enough for adjacent swaps.
    QVarLengthArray<int, 64> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

QList<Vocabulary::Match> Vocabulary::near(const QString &word, int maxEdits, int limit) const
{
    QList<Match> found;
    const int len = int(word.size());
    for (int l = len - maxEdits; l <= len + maxEdits; ++l) {
        const auto bucket = m_byLength.constFind(l);
        if (bucket == m_byLength.cend())
            continue;
        for (const QString &term : *bucket) {
            const int d = distance(word, term, maxEdits);
            if (d <= maxEdits && d > 0)
                found << Match{term, d, m_documents.value(term)};
        }
    }
    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) {
        return a.edits != b.edits ? a.edits < b.edits : a.documents > b.documents;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace Nav::Directory

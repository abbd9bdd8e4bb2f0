// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace Nav::Directory {

// The terms of one full-text index (stems) with their document counts, for typo tolerance
// and for completing a word that is still being typed.
class Vocabulary
{
public:
    void clear();
    void add(const QString &term, int documents);
    bool contains(const QString &term) const { return m_documents.contains(term); }
    int documents(const QString &term) const { return m_documents.value(term); }
    qsizetype size() const { return m_documents.size(); }

    // Terms within `maxEdits` (Damerau-Levenshtein: insert, delete, substitute, swap) of
    // `word`, closest first and then most frequent, at most `limit`.
    struct Match
    {
        QString term;
        int edits;
        int documents;
    };
    QList<Match> near(const QString &word, int maxEdits, int limit) const;

    // Restricted Damerau-Levenshtein distance, giving up (returning max+1) beyond `max`.
    static int distance(QStringView a, QStringView b, int max);

private:
    QHash<QString, int> m_documents;
    QHash<int, QList<QString>> m_byLength;
};

} // namespace Nav::Directory

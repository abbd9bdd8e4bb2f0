// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Nav::Directory {

// Groups of equivalent phrases across English and French ("food bank" ↔ "banque alimentaire"),
// from the curated, editable list resources/directory/synonyms.txt. Phrases are kept folded
// (lower case, no accents) as lists of words, without the stop words queries drop
// (Text::isStopWord in either language): "maison d'hébergement" is kept as "maison hebergement".
class Synonyms
{
public:
    using Phrase = QStringList;

    // One group per line, phrases separated by '|', '#' starts a comment line. A line with one
    // phrase only is an error (it says nothing), reported with its line number.
    static Result<Synonyms> parse(const QString &text);
    // The list built into Navigator.
    static Synonyms builtIn();

    // Phrases equivalent to the words at `words[start…]`: the longest phrase of any group that
    // matches there. *length receives how many words matched (0 = none).
    QList<Phrase> alternatives(const QStringList &words, qsizetype start, qsizetype *length) const;
    qsizetype groupCount() const { return m_groups.size(); }

private:
    QList<QList<Phrase>> m_groups;
    QHash<QString, QList<int>> m_byFirstWord; // first word of a phrase -> groups
};

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/search/synonyms.h"

#include "directory/text/stemmer.h"
#include "directory/text/textfold.h"

#include <QCoreApplication>
#include <QFile>

namespace Nav::Directory {

Result<Synonyms> Synonyms::parse(const QString &text)
{
    Synonyms s;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QList<Phrase> group;
        QList<Phrase> written;
        for (const QString &part : line.split(QLatin1Char('|'))) {
            const Phrase words = Text::words(Text::fold(part));
            if (words.isEmpty())
                continue;
            if (!written.contains(words))
                written << words;
            // Queries drop articles and prepositions, so phrases drop them too: "maison
            // d'hébergement" must meet the query words "maison hebergement", and a stop word
            // sent to the index ("d", "de") reads one of its longest doclists for nothing.
            Phrase phrase;
            for (const QString &w : words) {
                if (!Text::isStopWord(w, Text::Language::English)
                    && !Text::isStopWord(w, Text::Language::French))
                    phrase << w;
            }
            if (phrase.isEmpty())
                phrase = words;
            if (!group.contains(phrase))
                group << phrase;
        }
        if (written.size() < 2) {
            return fail(ErrorCode::InvalidInput,
                        QCoreApplication::translate("Nav::Directory::Synonyms",
                                                    "Synonyms, line %1: a group needs at least "
                                                    "two phrases separated by |.")
                            .arg(n + 1));
        }
        const int index = int(s.m_groups.size());
        s.m_groups << group;
        for (const Phrase &p : std::as_const(group)) {
            QList<int> &groups = s.m_byFirstWord[p.first()];
            if (!groups.contains(index))
                groups << index;
        }
    }
    return s;
}

Synonyms Synonyms::builtIn()
{
    QFile f(QStringLiteral(":/directory/synonyms.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto parsed = parse(QString::fromUtf8(f.readAll()));
    return parsed ? *parsed : Synonyms();
}

QList<Synonyms::Phrase> Synonyms::alternatives(const QStringList &words, qsizetype start,
                                               qsizetype *length) const
{
    *length = 0;
    if (start >= words.size())
        return {};
    int bestGroup = -1;
    qsizetype best = 0;
    for (int g : m_byFirstWord.value(words.at(start))) {
        for (const Phrase &p : m_groups.at(g)) {
            if (p.size() > best && start + p.size() <= words.size()
                && std::equal(p.cbegin(), p.cend(), words.cbegin() + start)) {
                best = p.size();
                bestGroup = g;
            }
        }
    }
    if (bestGroup < 0)
        return {};
    *length = best;
    QList<Phrase> out;
    const Phrase matched = words.mid(start, best);
    for (const Phrase &p : m_groups.at(bestGroup)) {
        if (p != matched)
            out << p;
    }
    return out;
}

} // namespace Nav::Directory

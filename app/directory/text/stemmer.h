// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QString>

namespace Nav::Directory::Text {

// The language of a full-text index: `tokenize=navstem english` or `tokenize=navstem french`.
enum class Language { English, French };

// The term the `navstem` tokenizer of that language indexes for a word already folded with
// fold() (one word from words(), folded): exactly the same code as the tokenizer
// (plugins/sqldrivers/qsqlcipher/wordstemmer.h), so stem(fold(w)) is what the index holds for w.
// Snowball stemming, plus for French a normalisation so that common inflections meet:
// "hebergement", "hebergements", "heberger", "hebergee" → "heberg"; "demandent" → "demand";
// "alimentaire", "alimentation" → "alim"; "famille", "familial" → "famil". English is plain
// Snowball: "housing", "houses" → "hous". Words with digits, of one letter, or in other scripts
// are returned unchanged; œ, æ, ß, ø, đ, ł, ı and the ﬁ-style ligatures are spelt out first
// ("œuvre" → "oeuvr"). Thread-safe (one stemmer per thread and language).
QString stem(const QString &foldedWord, Language language);

// Articles, prepositions and conjunctions a query can do without, for a folded word:
// English: a, an, and, at, by, for, from, in, of, on, or, the, to, with;
// French: a, au, aux, avec, d, dans, de, des, du, en, et, l, la, le, les, ou, par, pour, sur,
// un, une. The index keeps them (phrase queries need them); only queries drop them.
bool isStopWord(const QString &foldedWord, Language language);

} // namespace Nav::Directory::Text

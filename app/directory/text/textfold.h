// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QString>
#include <QStringList>

// The application's copy of what SQLite's unicode61 tokenizer (remove_diacritics=1, the first
// half of the `navstem` FTS tokenizer) does to text, so that words the application builds
// queries from, highlights or compares are the words the full-text index holds.
// tests/directory/text checks both against the real tokenizer, code point by code point.
namespace Nav::Directory::Text {

// Lower-cases (simple Unicode case folding) and removes accents, as unicode61 does:
//  - a letter of the Latin-1 Supplement, Latin Extended-A/B or Latin Extended Additional blocks
//    made of an ASCII letter plus one accent loses the accent ("É" → "e", "Ç" → "c", "İ" → "i");
//    letters with two accents ("ǖ", "ấ") and accented letters of other scripts keep them;
//  - letters without a decomposition stay: "œ", "æ", "ß", "ø", "ł" (navstem's stemming step
//    spells them "oe", "ae", "ss", "o", "l"; see stem());
//  - the combining accents U+0300–U+0331 that unicode61 treats as part of a word are removed
//    ("e" + U+0301 → "e").
// Characters that are not part of words (punctuation, spaces, symbols) are kept as they are, so
// fold() never changes where words() splits.
QString fold(const QString &text);

// The words of `text` as unicode61 splits it, not folded: letters and digits (Unicode categories
// L*, N* and private use) make words, any other character separates them, and the combining
// accents fold() removes continue a word. Apostrophes (' and ’), hyphens and underscores separate:
// "l'aide" → "l", "aide"; "24/7" → "24", "7".
// Checked against SQLite 3.15.2 for every code point Unicode 6.1 assigns: all agree but 23
// (Mongolian, New Tai Lue and Vedic signs whose category changed since). Characters assigned
// later differ: SQLite treats code points unknown to it as letters.
QStringList words(const QString &text);

} // namespace Nav::Directory::Text

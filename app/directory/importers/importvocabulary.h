// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Small, predictable readers for the values 211 exports carry as free text: language names in
// English or French, AIRS/211 LA taxonomy codes, provinces, countries, dates and yes/no flags.
// Shared by the iCarol and AIRS importers (and open to the other importers). Pure functions over
// built-in tables: no I/O, safe from any thread.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Nav::Directory::ImportVocabulary {

struct LanguageLookup
{
    bool known = false; // the name is in Navigator's table (a language or a communication mode)
    QString code;       // ISO 639-1, else ISO 639-3; empty for communication modes (Braille…)
};

// Looks up a language by its English or French name ("Spanish", "espagnol", "Chinese
// (Cantonese)", "cantonais"), a common alternative ("Persian", "Ojibwe", "LSQ") or the code of
// the bilingual 211 language vocabulary ("SPANISH"). Case, accents and extra spaces are ignored.
LanguageLookup lookupLanguage(const QString &name);

// Splits a free-text list of languages: "English, French; Arabic", "anglais / français".
QStringList splitLanguageList(const QString &text);

// "en" or "fr" for a language marker ("fr", "fr-CA", "French", "Français", "FRE", "eng"…);
// empty when it is neither.
QString languageTag(const QString &marker);

// An AIRS / 211 LA taxonomy code: "B", "BD", "BD-1800", "BD-1800.2000", "BD-1800.2000-620",
// "BD-1800.2000-620.15" (case-insensitive; returned upper-case by normalizedTaxonomyCode).
bool isTaxonomyCode(const QString &code);
QString normalizedTaxonomyCode(const QString &code);

// Two-letter code of a Canadian province or territory given by name (English or French) or
// code; anything else is returned trimmed and unchanged.
QString provinceCode(const QString &value);

// ISO 3166-1 alpha-2 for Canada and the United States by name (English or French) or code; any
// other two-letter value upper-cased; anything else unchanged.
QString countryCode(const QString &value);

// Dates as exports write them: YYYY-MM-DD or M/D/YYYY (North American order), optionally
// followed by a time ("2024-03-15 14:02:00", "3/15/2024 2:02:00 PM", "2024-03-15T14:02:00Z").
std::optional<QDate> parseDate(const QString &text);
// The same with the time kept (local time; midnight when there is none).
std::optional<QDateTime> parseDateTime(const QString &text);

// A time of day: "9:00", "09:00:00", "17:30:00.000-05:00", "5:30 PM" (any offset is ignored:
// opening hours are wall-clock times).
std::optional<QTime> parseTime(const QString &text);

// HSDS phone type (fax, textphone, cell, text, voice) from a free-text phone type or label in
// English or French: "Fax", "Télécopieur", "TTY", "ATS", "Cell", "SMS"…
QString phoneType(const QString &label);

// yes/no, true/false, y/n, 1/0, oui/non, vrai/faux. std::nullopt when it is none of them;
// an empty value is "no".
std::optional<bool> parseYesNo(const QString &text);

// Lower case, no accents, single spaces: the key used to compare names.
QString foldForMatch(const QString &text);

} // namespace Nav::Directory::ImportVocabulary

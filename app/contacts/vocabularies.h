// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include <QList>
#include <QString>

namespace Nav::Contacts {

// A bilingual list entry: a stable code and its English and French labels.
struct VocabularyEntry
{
    QString code;
    QString english;
    QString french;
    QString label(const QString &language) const; // "fr" -> french (falls back to english)
};

// Loads a UTF-8 CSV of code,english,french (header row required; extra columns ignored;
// blank lines and lines starting with # skipped). Errors name the file line at fault.
Result<QList<VocabularyEntry>> loadVocabulary(const QString &path);

// Need categories: resources/contacts/need-categories.csv built in
// (":/contacts/need-categories.csv"), replaced by <profile>/need-categories.csv when an
// administrator provides one (that choice is the caller's: this returns the bundled path).
QString bundledNeedCategoriesPath();
// Tele-interpreter languages, from the CC0 vocabularies-en-fr/language.csv
// (":/contacts/languages.csv").
QString bundledLanguagesPath();
// How people heard of 211 (":/contacts/heard-of.csv").
QString bundledHeardOfPath();

// Sorts by label in the given language, accent-insensitively (é sorts with e).
void sortByLabel(QList<VocabularyEntry> &entries, const QString &language);

} // namespace Nav::Contacts

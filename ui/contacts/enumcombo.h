// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/vocabularies.h"
#include "core/contact.h"
#include <QComboBox>

namespace Nav::Ui {

// Combo boxes of the contact screens hold stable codes as item data and translated labels as
// text, so a language switch relabels them without losing the choice.
template<typename E>
void fillEnumCombo(QComboBox *combo)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    for (E v : Core::allValues<E>())
        combo->addItem(Core::labelOf(v), Core::codeOf(v));
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

template<typename E>
E enumOf(const QComboBox *combo, E fallback)
{
    return Core::fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

template<typename E>
void selectEnum(QComboBox *combo, E value)
{
    const int at = combo->findData(Core::codeOf(value));
    if (at >= 0)
        combo->setCurrentIndex(at);
}

// Fills a combo with a bilingual vocabulary, labels in `language`, sorted accent-insensitively,
// after an optional first item with empty data (e.g. "— choose —").
void fillVocabularyCombo(QComboBox *combo, QList<Contacts::VocabularyEntry> entries,
                         const QString &language, const QString &emptyLabel = {});
// The label of `code` in `entries`, or the code itself when the list does not know it.
QString vocabularyLabel(const QList<Contacts::VocabularyEntry> &entries, const QString &code,
                        const QString &language);
// "fr" or "en": the language the UI is shown in now.
QString uiLanguage();

} // namespace Nav::Ui

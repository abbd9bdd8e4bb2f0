// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/enumcombo.h"

#include <QLocale>

namespace Nav::Ui {

void fillVocabularyCombo(QComboBox *combo, QList<Contacts::VocabularyEntry> entries,
                         const QString &language, const QString &emptyLabel)
{
    const QString current = combo->currentData().toString();
    Contacts::sortByLabel(entries, language);
    const QSignalBlocker block(combo);
    combo->clear();
    if (!emptyLabel.isEmpty())
        combo->addItem(emptyLabel, QString());
    for (const auto &e : std::as_const(entries))
        combo->addItem(e.label(language), e.code);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

QString vocabularyLabel(const QList<Contacts::VocabularyEntry> &entries, const QString &code,
                        const QString &language)
{
    for (const auto &e : entries) {
        if (e.code == code)
            return e.label(language);
    }
    return code;
}

QString uiLanguage()
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

} // namespace Nav::Ui

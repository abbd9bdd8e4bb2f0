// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/contact.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace Nav::Ui {

// Fills a combo with a chosen subset of an enum: first `blank` under `blankLabel` (the answer
// not given yet), then `values` under their translated labels. Item data are stable codes, so
// enumOf()/selectEnum() (enumcombo.h) read and set it, and a refill after a language change
// keeps the choice.
template<typename E>
void fillChoiceCombo(QComboBox *combo, E blank, const QString &blankLabel, const QList<E> &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(blankLabel, Core::codeOf(blank));
    for (E v : values)
        combo->addItem(Core::labelOf(v), Core::codeOf(v));
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/fieldissuelabels.h"

#include <QLabel>

namespace Nav::Ui {

QLabel *FieldIssueLabels::add(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Issue"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setVisible(false);
    m_labels.insert(field, label);
    return label;
}

QStringList FieldIssueLabels::show(const QList<Contacts::FieldIssue> &issues,
                                   const QString &fallbackField)
{
    QHash<QString, QStringList> byField;
    QStringList unplaced;
    const bool hasFallback = m_labels.contains(fallbackField);
    for (const auto &i : issues) {
        if (m_labels.contains(i.field))
            byField[i.field].append(i.message);
        else if (hasFallback)
            byField[fallbackField].append(i.message);
        else
            unplaced.append(i.message);
    }
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
    return unplaced;
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/shortcutsdialog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Nav::Ui {

ShortcutsDialog::ShortcutsDialog(QList<QAction *> actions, QWidget *parent)
    : QDialog(parent)
    , m_actions(std::move(actions))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_close = new QPushButton(this);
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    resize(640, 560);
    retranslateUi();
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    fill();
    QDialog::showEvent(event);
}

void ShortcutsDialog::fill()
{
    m_table->setRowCount(0);
    for (QAction *a : std::as_const(m_actions)) {
        if (a->shortcut().isEmpty() || !a->isVisible())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0,
                         new QTableWidgetItem(a->shortcut().toString(QKeySequence::NativeText)));
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        text.remove(QStringLiteral("…"));
        m_table->setItem(row, 1, new QTableWidgetItem(text));
    }
    // Keys that belong to forms and lists rather than to one action.
    const QList<std::pair<QString, QString>> formKeys = {
        {tr("Alt+underlined letter"), tr("Go to that field, or press that button")},
        {tr("Tab / Shift+Tab"), tr("Next / previous field")},
        {tr("Enter in a need, information or unmet-need line"), tr("Add what was typed to its list")},
        {tr("Delete on a list"), tr("Remove the selected line")},
        {tr("Alt+1 … Alt+6 on the wrap-up"), tr("Choose how the contact ended")},
        {tr("Esc on the wrap-up"), tr("Back to the contact form")},
        {tr("↓ / Enter / Esc in the directory"), tr("Results / a service's detail / back")},
    };
    for (const auto &[keys, what] : formKeys) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(keys));
        m_table->setItem(row, 1, new QTableWidgetItem(what));
    }
    m_table->resizeColumnToContents(0);
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_close->setText(tr("Close"));
    if (isVisible())
        fill();
}

} // namespace Nav::Ui

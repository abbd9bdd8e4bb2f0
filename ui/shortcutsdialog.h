// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QDialog>

class QAction;
class QTableWidget;
class QPushButton;

namespace Nav::Ui {

// Help ▸ Keyboard shortcuts (F1): every action of the window that has a shortcut, as it is
// now, so the list can never disagree with the keys.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(QList<QAction *> actions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fill();

    QList<QAction *> m_actions;
    QTableWidget *m_table = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Nav::Ui

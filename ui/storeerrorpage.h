// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/error.h"

#include <QWidget>

class QLabel;
class QMessageBox;
class QPushButton;

namespace Nav::Ui {

// Shown instead of the workspace when the encrypted store cannot be opened: what happened, what
// to do, and the only actions that are safe. Starting fresh always asks first.
class StoreErrorPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StoreErrorPage(QWidget *parent = nullptr);

    void showError(const Error &error, bool canStartFresh);
    const Error &error() const { return m_error; }

Q_SIGNALS:
    void retryRequested();
    void startFreshConfirmed();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void askToStartFresh();

    Error m_error;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_code = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_startFresh = nullptr;
    QPushButton *m_quit = nullptr;
    QMessageBox *m_confirm = nullptr;
    QPushButton *m_confirmYes = nullptr;
};

} // namespace Nav::Ui

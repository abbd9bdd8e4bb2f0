// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace Nav::Core {
class Preferences;
}

namespace Nav::Ui {

// File ▸ Settings. Values are validated before anything is saved; an invalid field keeps the
// dialog open with the message under the field and focus on it.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Core::Preferences &preferences, QWidget *parent = nullptr);

    // Validates and saves; returns false (and shows why) if something is invalid.
    bool apply();

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    void showFieldError(QLabel *label, QWidget *field, const QString &message);

    Core::Preferences &m_preferences;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_scaleLabel = nullptr;
    QComboBox *m_textScale = nullptr;
    QLabel *m_lockLabel = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLabel *m_urlError = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_serverUser = nullptr;
    QLabel *m_pinLabel = nullptr;
    QLineEdit *m_pin = nullptr;
    QLabel *m_pinError = nullptr;
    QLabel *m_secretsNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Nav::Ui

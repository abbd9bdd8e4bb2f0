// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "telephony/phonesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Nav::Ui {

// Phone ▸ Phone settings: the SIP account (phone system address, extension, authentication
// user, password, display name, transport and, for TLS, a centre's own certificate authority),
// the audio devices (microphone, speaker or
// headset, ringing) and where calls go while the navigator is not available. Checked before
// anything is saved; the password goes to the keychain, never to the settings file.
class PhoneSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit PhoneSettingsDialog(QWidget *parent = nullptr);

    // Fills the form; `hasPassword`: a password is already in the keychain (left unchanged
    // when the field stays empty).
    void setSettings(const Telephony::PhoneSettings &settings, bool hasPassword);
    Telephony::PhoneSettings settings() const;
    // The password typed, empty when unchanged.
    QString newPassword() const;
    void accept() override;

Q_SIGNALS:
    // OK with valid values: save them (and the password when not empty) and restart the phone.
    void settingsAccepted(const Nav::Telephony::PhoneSettings &settings, const QString &newPassword);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillDevices();

    bool m_hasPassword = false;
    Telephony::PhoneSettings m_loaded;
    QLabel *m_registrarLabel = nullptr;
    QLineEdit *m_registrar = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_authUserLabel = nullptr;
    QLineEdit *m_authUser = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_transportLabel = nullptr;
    QComboBox *m_transport = nullptr;
    QLabel *m_authoritiesLabel = nullptr;
    QLineEdit *m_authorities = nullptr;
    QPushButton *m_browseAuthorities = nullptr;
    QLabel *m_stunLabel = nullptr;
    QLineEdit *m_stun = nullptr;
    QLabel *m_srtpLabel = nullptr;
    QComboBox *m_srtp = nullptr;
    QLabel *m_forwardLabel = nullptr;
    QLineEdit *m_forward = nullptr;
    QLabel *m_interpreterLabel = nullptr;
    QLineEdit *m_interpreter = nullptr;
    QLabel *m_codesLabel = nullptr;
    QLineEdit *m_codes = nullptr;
    QLabel *m_inputLabel = nullptr;
    QComboBox *m_input = nullptr;
    QLabel *m_outputLabel = nullptr;
    QComboBox *m_output = nullptr;
    QLabel *m_ringingLabel = nullptr;
    QComboBox *m_ringing = nullptr;
    QCheckBox *m_echo = nullptr;
    QCheckBox *m_noise = nullptr;
    QCheckBox *m_opus = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Nav::Ui

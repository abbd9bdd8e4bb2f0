// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/settingsdialog.h"

#include "core/language.h"
#include "core/preferences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Nav::Ui {
namespace {
QLabel *errorLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}
} // namespace

SettingsDialog::SettingsDialog(Core::Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    auto *general = new QWidget(m_tabs);
    auto *gf = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    for (const QString &code : Core::LanguageManager::supportedLanguages())
        m_language->addItem(Core::LanguageManager::nativeName(code), code);
    m_languageLabel = new QLabel(general);
    m_languageLabel->setBuddy(m_language);
    gf->addRow(m_languageLabel, m_language);
    m_displayName = new QLineEdit(general);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setMaxLength(80);
    m_nameLabel = new QLabel(general);
    m_nameLabel->setBuddy(m_displayName);
    gf->addRow(m_nameLabel, m_displayName);
    m_textScale = new QComboBox(general);
    m_textScale->setObjectName(QStringLiteral("textScaleCombo"));
    for (int percent : Core::Preferences::textScales())
        m_textScale->addItem(QStringLiteral("%1 %").arg(percent), percent);
    m_scaleLabel = new QLabel(general);
    m_scaleLabel->setBuddy(m_textScale);
    gf->addRow(m_scaleLabel, m_textScale);
    m_lockMinutes = new QSpinBox(general);
    m_lockMinutes->setObjectName(QStringLiteral("idleLockSpin"));
    m_lockMinutes->setRange(1, 60);
    m_lockLabel = new QLabel(general);
    m_lockLabel->setBuddy(m_lockMinutes);
    gf->addRow(m_lockLabel, m_lockMinutes);
    m_tabs->addTab(general, QString());

    auto *server = new QWidget(m_tabs);
    auto *sf = new QFormLayout(server);
    m_serverUrl = new QLineEdit(server);
    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://navigator.example.org"));
    m_urlLabel = new QLabel(server);
    m_urlLabel->setBuddy(m_serverUrl);
    m_urlError = errorLabel(server, "serverUrlError");
    sf->addRow(m_urlLabel, m_serverUrl);
    sf->addRow(QString(), m_urlError);
    m_serverUser = new QLineEdit(server);
    m_serverUser->setObjectName(QStringLiteral("serverUserEdit"));
    m_userLabel = new QLabel(server);
    m_userLabel->setBuddy(m_serverUser);
    sf->addRow(m_userLabel, m_serverUser);
    m_pin = new QLineEdit(server);
    m_pin->setObjectName(QStringLiteral("certificatePinEdit"));
    m_pinLabel = new QLabel(server);
    m_pinLabel->setBuddy(m_pin);
    m_pinError = errorLabel(server, "certificatePinError");
    sf->addRow(m_pinLabel, m_pin);
    sf->addRow(QString(), m_pinError);
    m_secretsNote = new QLabel(server);
    m_secretsNote->setWordWrap(true);
    sf->addRow(m_secretsNote);
    m_tabs->addTab(server, QString());

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    m_buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settingsApplyButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    resize(560, 360);
    load();
    retranslateUi();
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_preferences.language())));
    m_displayName->setText(m_preferences.displayName());
    m_textScale->setCurrentIndex(qMax(0, m_textScale->findData(m_preferences.textScale())));
    m_lockMinutes->setValue(m_preferences.idleLockMinutes());
    m_serverUrl->setText(m_preferences.serverUrl().toString());
    m_serverUser->setText(m_preferences.serverUser());
    m_pin->setText(m_preferences.serverCertificatePin());
}

void SettingsDialog::showFieldError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_tabs->setCurrentWidget(field->parentWidget());
        field->setFocus();
    }
}

bool SettingsDialog::apply()
{
    const auto url = Core::Preferences::parseServerUrl(m_serverUrl->text());
    const auto pin = Core::Preferences::parseCertificatePin(m_pin->text());
    showFieldError(m_pinError, m_pin, pin ? QString() : pin.error().message);
    showFieldError(m_urlError, m_serverUrl, url ? QString() : url.error().message);
    if (!url || !pin)
        return false;
    m_preferences.setDisplayName(m_displayName->text());
    m_preferences.setTextScale(m_textScale->currentData().toInt());
    m_preferences.setIdleLockMinutes(m_lockMinutes->value());
    m_preferences.setServerUrl(*url);
    m_preferences.setServerUser(m_serverUser->text());
    m_preferences.setServerCertificatePin(*pin);
    // Last: it may switch the UI language, which retranslates this dialog too.
    m_preferences.setLanguage(m_language->currentData().toString());
    m_preferences.sync();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("&General"));
    m_tabs->setTabText(1, tr("Ser&ver"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("Same as the system"));
    m_nameLabel->setText(tr("Your &name:"));
    m_displayName->setPlaceholderText(tr("As colleagues know you"));
    m_scaleLabel->setText(tr("&Text size:"));
    m_lockLabel->setText(tr("Lock the screen &after:"));
    m_lockMinutes->setSuffix(tr(" min without activity"));
    m_urlLabel->setText(tr("Server &address:"));
    m_userLabel->setText(tr("&User name:"));
    m_pinLabel->setText(tr("Certificate &fingerprint:"));
    m_pin->setPlaceholderText(tr("Only for a self-signed server (SHA-256)"));
    m_secretsNote->setText(tr("Passwords and keys are never saved in settings: Navigator keeps "
                              "them in the system keychain."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Apply)->setText(tr("Apply"));
}

} // namespace Nav::Ui

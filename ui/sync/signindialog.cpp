// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/sync/signindialog.h"

#include "core/preferences.h"
#include "sync/serverclient.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace Nav::Ui {

SignInDialog::SignInDialog(Sync::ServerClient &client, Core::Preferences &preferences,
                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("signInServer"));
    m_server->setPlaceholderText(QStringLiteral("https://navigator.example.org"));
    m_serverLabel = new QLabel(this);
    m_serverLabel->setBuddy(m_server);
    form->addRow(m_serverLabel, m_server);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->hide();
    layout->addWidget(m_progress);

    // Own buttons, not standard ones: a standard button box puts back "OK"/"Cancel" in the new
    // language after this dialog has set its own words.
    m_buttons = new QDialogButtonBox(this);
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_offline = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_offline->setObjectName(QStringLiteral("workOfflineButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(m_buttons);

    connect(&m_client, &Sync::ServerClient::signedIn, this, [this] {
        if (m_busy)
            signedIn();
    });
    connect(&m_client, &Sync::ServerClient::signInFailed, this,
            [this](const Sync::ApiReply &reply) {
                if (m_busy)
                    failed(reply);
            });
    setMinimumWidth(460);
    retranslateUi();
}

void SignInDialog::prepare()
{
    m_server->setText(m_preferences.serverUrl().toString());
    m_user->setText(m_preferences.serverUser());
    m_password->clear();
    m_error->hide();
    setBusy(false);
    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::accept()
{
    if (m_busy)
        return;
    const auto url = Core::Preferences::parseServerUrl(m_server->text());
    if (!url) {
        const QString text = m_server->text();
        showError([text] {
            const auto again = Core::Preferences::parseServerUrl(text);
            return again ? QString() : again.error().message;
        }, m_server);
        return;
    }
    if (url->isEmpty()) {
        showError([] { return tr("Enter the server address your administrator gave you."); }, m_server);
        return;
    }
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        showError([] { return tr("Enter your user name."); }, m_user);
        return;
    }
    if (m_password->text().isEmpty()) {
        showError([] { return tr("Enter your password."); }, m_password);
        return;
    }
    m_preferences.setServerUrl(*url);
    m_preferences.setServerUser(user);
    const auto pin = Core::Preferences::parseCertificatePin(m_preferences.serverCertificatePin());
    m_client.setPinnedCertificate(pin ? pin->toLatin1() : QByteArray());
    m_error->hide();
    setBusy(true);
    const QString password = m_password->text();
    m_password->clear();
    m_pendingUser = user;
    m_pendingPassword = password;
    m_client.signIn(*url, user, password);
}

void SignInDialog::signedIn()
{
    setBusy(false);
    const QString user = std::exchange(m_pendingUser, {});
    const QString password = std::exchange(m_pendingPassword, {});
    Q_EMIT passwordAccepted(user, password);
    QDialog::accept();
}

void SignInDialog::failed(const Sync::ApiReply &reply)
{
    setBusy(false);
    m_pendingUser.clear();
    m_pendingPassword.clear();
    const bool credentials = reply.status == 401 || reply.status == 403 || reply.status == 429;
    // The words again in the current language, when they are the usual ones for that answer.
    const bool usual = Sync::ServerClient::describe(reply) == reply.message;
    const QString message = reply.message;
    showError([reply, usual, message] {
        if (message.isEmpty())
            return tr("The sign-in did not succeed.");
        return usual ? Sync::ServerClient::describe(reply) : message;
    }, credentials ? static_cast<QWidget *>(m_password) : m_server);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_signIn->setEnabled(!busy);
}

void SignInDialog::showError(std::function<QString()> words, QWidget *focus)
{
    m_errorWords = std::move(words);
    m_error->setText(m_errorWords());
    m_error->show();
    if (focus)
        focus->setFocus();
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to the server"));
    m_intro->setText(tr("Sign in to send your contact records and follow-ups to the server and "
                        "to receive directory updates. Without signing in you can keep working: "
                        "everything is kept on this computer until you do."));
    m_serverLabel->setText(tr("&Server address:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("&Sign in"));
    m_offline->setText(tr("Work &offline"));
    if (m_errorWords && !m_error->isHidden())
        m_error->setText(m_errorWords());
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Nav::Core {
class Preferences;
}
namespace Nav::Sync {
class ServerClient;
struct ApiReply;
} // namespace Nav::Sync

namespace Nav::Ui {

// File ▸ Sign in to the server: the server address (kept in the profile's settings), the user
// name and the password. The password is never kept by this dialog; it goes to the server
// and is cleared at once. A failure says why in words under the fields and keeps everything
// typed except the password; the dialog stays open until the sign-in succeeds or the navigator
// chooses to work offline (Esc).
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(Sync::ServerClient &client, Core::Preferences &preferences,
                 QWidget *parent = nullptr);

    // Fills the fields from the settings; focus on the first empty one.
    void prepare();
    void accept() override;

    // For tests.
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QString errorText() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The server accepted this password: handed over once (the workstation keeps its slow hash
    // for the screen lock and the offline start), never kept by the dialog.
    void passwordAccepted(const QString &username, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setBusy(bool busy);
    void showError(std::function<QString()> words, QWidget *focus);
    void signedIn();
    void failed(const Sync::ApiReply &reply);

    Sync::ServerClient &m_client;
    Core::Preferences &m_preferences;
    QLabel *m_intro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_offline = nullptr;
    std::function<QString()> m_errorWords; // the error again, in the current language
    bool m_busy = false;
    QString m_pendingUser;
    QString m_pendingPassword; // only while the server checks it
};

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace Nav::Storage {
class EncryptedStore;
}

namespace Nav::Ui {

// Help ▸ About: versions of the application, Qt, SQLCipher/SQLite and the keychain backend.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(Storage::EncryptedStore &store, QWidget *parent = nullptr);

    QString versionText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Storage::EncryptedStore &m_store;
    QLabel *m_text = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Nav::Ui

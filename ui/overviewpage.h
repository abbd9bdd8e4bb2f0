// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QWidget>

class QLabel;

namespace Nav::Storage {
class EncryptedStore;
}
namespace Nav::Core {
class Preferences;
}

namespace Nav::Ui {

// The workstation's overview: who is signed in on this profile, and the state of the encrypted
// store. Read-only facts; refreshed when the store or the preferences change.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(Storage::EncryptedStore &store, Core::Preferences &preferences,
                 QWidget *parent = nullptr);

    void refresh();
    void setDemo(bool demo);

protected:
    void changeEvent(QEvent *event) override;

private:
    Storage::EncryptedStore &m_store;
    Core::Preferences &m_preferences;
    bool m_demo = false;
    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
};

} // namespace Nav::Ui

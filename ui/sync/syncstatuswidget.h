// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "sync/syncengine.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace Nav::Ui {

// The sync state in the status bar: online or offline (in words and colour), the last
// successful sync, the items waiting, the last error in plain words (whole in the tooltip),
// a progress bar while the directory is being received, and the "Sync now" button (F5).
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const Sync::SyncEngine::Status &status);
    // The action behind the button (shared with the File menu).
    void setSyncAction(QAction *action);

    // For tests.
    QString stateText() const;
    QString detailText() const;
    QString errorText() const;
    bool progressVisible() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Sync::SyncEngine::Status m_status;
    QLabel *m_state = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace Nav::Ui

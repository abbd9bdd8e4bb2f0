// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/agentstate.h"

#include <QComboBox>

namespace Nav::Ui {

// The navigator's availability in the status bar (Available, On a call, Wrap-up, On break,
// Offline), in the current language; stateChosen() when the navigator picks one.
class AgentStateBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit AgentStateBox(QWidget *parent = nullptr);

    Core::AgentState state() const;
    void setState(Core::AgentState state); // no stateChosen()

Q_SIGNALS:
    void stateChosen(Nav::Core::AgentState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    bool m_setting = false;
};

} // namespace Nav::Ui

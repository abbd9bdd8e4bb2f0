// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/sync/agentstatebox.h"

#include <QEvent>

namespace Nav::Ui {

AgentStateBox::AgentStateBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("agentStateBox"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (Core::AgentState s : Core::allAgentStates())
        addItem(QString(), int(s));
    retranslateUi();
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_setting && index >= 0)
            Q_EMIT stateChosen(Core::AgentState(itemData(index).toInt()));
    });
}

Core::AgentState AgentStateBox::state() const
{
    return Core::AgentState(currentData().toInt());
}

void AgentStateBox::setState(Core::AgentState state)
{
    m_setting = true;
    setCurrentIndex(findData(int(state)));
    m_setting = false;
}

void AgentStateBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QComboBox::changeEvent(event);
}

void AgentStateBox::retranslateUi()
{
    for (int i = 0; i < count(); ++i)
        setItemText(i, Core::agentStateLabel(Core::AgentState(itemData(i).toInt())));
    setToolTip(tr("Your availability, as your team lead sees it"));
    setAccessibleName(tr("Your availability"));
}

} // namespace Nav::Ui

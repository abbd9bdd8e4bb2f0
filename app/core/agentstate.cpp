// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/agentstate.h"

#include <QCoreApplication>

namespace Nav::Core {

QList<AgentState> allAgentStates()
{
    return {AgentState::Available, AgentState::OnCall, AgentState::WrapUp, AgentState::Break,
            AgentState::Offline};
}

QString agentStateCode(AgentState state)
{
    switch (state) {
    case AgentState::Available:
        return QStringLiteral("available");
    case AgentState::OnCall:
        return QStringLiteral("on-call");
    case AgentState::WrapUp:
        return QStringLiteral("wrap-up");
    case AgentState::Break:
        return QStringLiteral("break");
    case AgentState::Offline:
        return QStringLiteral("offline");
    }
    return QStringLiteral("offline");
}

std::optional<AgentState> agentStateFromCode(const QString &code)
{
    for (AgentState s : allAgentStates()) {
        if (agentStateCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString agentStateLabel(AgentState state)
{
    switch (state) {
    case AgentState::Available:
        return QCoreApplication::translate("Nav::Core::AgentState", "Available");
    case AgentState::OnCall:
        return QCoreApplication::translate("Nav::Core::AgentState", "On a call");
    case AgentState::WrapUp:
        return QCoreApplication::translate("Nav::Core::AgentState", "Wrap-up");
    case AgentState::Break:
        return QCoreApplication::translate("Nav::Core::AgentState", "On break");
    case AgentState::Offline:
        return QCoreApplication::translate("Nav::Core::AgentState", "Offline");
    }
    return {};
}

} // namespace Nav::Core

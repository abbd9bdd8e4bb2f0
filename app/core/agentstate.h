// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Nav::Core {

// A navigator's availability, as the team lead's board and the phone see it. The codes are the
// server's (API v1 AgentState).
enum class AgentState { Available, OnCall, WrapUp, Break, Offline };

QList<AgentState> allAgentStates();
QString agentStateCode(AgentState state);
std::optional<AgentState> agentStateFromCode(const QString &code);
// In the current language.
QString agentStateLabel(AgentState state);

} // namespace Nav::Core

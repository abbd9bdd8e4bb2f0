// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/agentstate.h"
#include "telephony/callinfo.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Nav::Contacts {
class ContactService;
}
namespace Nav::Telephony {
class SipPhone;
}

namespace Nav::Ui {

class ContactPane;
class FollowUpPane;
class SoftphonePane;

// What the phone does to the navigator's work: an answered inbound call opens a new contact
// (channel call, start time, caller's number); its hang-up moves the contact to wrap-up with
// the end time; a caller who gives up while it rings is logged as an abandoned call; a
// follow-up call opens the follow-up outcome form when it ends. The agent state follows
// (on call, wrap-up, available once the contact is closed) and decides whether calls come in.
class CallWorkflow final : public QObject
{
    Q_OBJECT
public:
    CallWorkflow(Telephony::SipPhone &phone, SoftphonePane &pane, ContactPane &contacts,
                 Contacts::ContactService &service, QObject *parent = nullptr);

    void setFollowUpPane(FollowUpPane *pane);
    // Turns the ring on and off (the audio endpoint's ringing device).
    void setRinger(std::function<void(bool)> ring);
    // Where calls go while not available (empty: busy).
    void setForwardTo(const QString &forwardTo);
    Core::AgentState agentState() const { return m_state; }

public Q_SLOTS:
    // The navigator's (or the workflow's own) agent state: only Available takes calls.
    void setAgentState(Nav::Core::AgentState state);
    // "Call now" on a follow-up: dials and remembers which follow-up the call is for.
    void callFollowUp(const QString &e164);

Q_SIGNALS:
    // The workflow moves the agent state (on call, wrap-up, available).
    void agentStateWanted(Nav::Core::AgentState state);
    void statusMessage(const QString &text);
    // An abandoned call was logged (for tests and the status bar).
    void abandonedCallLogged(qint64 contactId);
    // Asks the window to show the follow-ups area.
    void followUpsFocusRequested();

private:
    void onChanged(const Telephony::CallInfo &call);
    void onEnded(const Telephony::CallInfo &call);
    void updateRinging();
    void want(Core::AgentState state);

    Telephony::SipPhone &m_phone;
    SoftphonePane &m_pane;
    ContactPane &m_contacts;
    Contacts::ContactService &m_service;
    QPointer<FollowUpPane> m_followUps;
    std::function<void(bool)> m_ring;
    QString m_forwardTo;
    Core::AgentState m_state = Core::AgentState::Available;
    QSet<int> m_ringing;      // incoming calls ringing now
    QSet<int> m_answered;     // incoming calls that opened a contact
    int m_contactCallId = 0;  // the call of the contact that is open
    int m_followUpCallId = 0; // an outgoing call made for a follow-up
    qint64 m_followUpId = 0;
    bool m_wrapUpFromCall = false; // wrap-up was entered because a call ended
};

} // namespace Nav::Ui

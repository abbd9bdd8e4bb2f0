// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/telephony/callworkflow.h"

#include "contacts/contactservice.h"
#include "telephony/sipphone.h"
#include "ui/contacts/contactpane.h"
#include "ui/contacts/followuppane.h"
#include "ui/telephony/softphonepane.h"

namespace Nav::Ui {

using Telephony::CallDirection;
using Telephony::CallInfo;
using Telephony::CallState;

CallWorkflow::CallWorkflow(Telephony::SipPhone &phone, SoftphonePane &pane, ContactPane &contacts,
                           Contacts::ContactService &service, QObject *parent)
    : QObject(parent)
    , m_phone(phone)
    , m_pane(pane)
    , m_contacts(contacts)
    , m_service(service)
{
    connect(&m_phone, &Telephony::SipPhone::callAdded, this, &CallWorkflow::onChanged);
    connect(&m_phone, &Telephony::SipPhone::callChanged, this, &CallWorkflow::onChanged);
    connect(&m_phone, &Telephony::SipPhone::callEnded, this, &CallWorkflow::onEnded);
    connect(&m_contacts, &ContactPane::contactClosed, this, [this](qint64) {
        m_contactCallId = 0;
        // the contact of a call is closed: wrap-up is over
        if (m_state == Core::AgentState::WrapUp && m_wrapUpFromCall) {
            m_wrapUpFromCall = false;
            want(Core::AgentState::Available);
        }
    });
    connect(&m_pane, &SoftphonePane::interpreterJoined, &m_contacts, &ContactPane::interpreterJoined);
    m_phone.setAcceptingCalls(true);
}

void CallWorkflow::setFollowUpPane(FollowUpPane *pane)
{
    m_followUps = pane;
    if (!pane)
        return;
    connect(pane, &FollowUpPane::dialRequested, this, &CallWorkflow::callFollowUp);
    connect(pane, &FollowUpPane::outcomeRecorded, this, [this](qint64 id, Core::FollowUpStatus) {
        if (id == m_followUpId && m_state == Core::AgentState::WrapUp && m_wrapUpFromCall) {
            m_followUpId = 0;
            m_wrapUpFromCall = false;
            want(Core::AgentState::Available);
        }
    });
}

void CallWorkflow::setRinger(std::function<void(bool)> ring)
{
    m_ring = std::move(ring);
}

void CallWorkflow::setForwardTo(const QString &forwardTo)
{
    m_forwardTo = forwardTo;
    setAgentState(m_state);
}

void CallWorkflow::setAgentState(Core::AgentState state)
{
    m_state = state;
    if (state != Core::AgentState::WrapUp)
        m_wrapUpFromCall = false;
    m_phone.setAcceptingCalls(state == Core::AgentState::Available, m_forwardTo);
}

void CallWorkflow::want(Core::AgentState state)
{
    if (state == m_state)
        return;
    setAgentState(state);
    Q_EMIT agentStateWanted(state);
}

void CallWorkflow::callFollowUp(const QString &e164)
{
    qint64 followUpId = 0;
    if (m_followUps) {
        if (const auto *item = m_followUps->currentItem())
            followUpId = item->followUp.id;
    }
    const int id = m_pane.dial(e164);
    if (id) {
        m_followUpCallId = id;
        m_followUpId = followUpId;
    }
}

void CallWorkflow::updateRinging()
{
    if (m_ring)
        m_ring(!m_ringing.isEmpty());
}

void CallWorkflow::onChanged(const CallInfo &call)
{
    if (call.direction == CallDirection::Incoming && call.state == CallState::Ringing)
        m_ringing.insert(call.id);
    else
        m_ringing.remove(call.id);
    updateRinging();

    if (call.state != CallState::Connected)
        return;
    if (call.direction == CallDirection::Incoming && !m_answered.contains(call.id)
        && call.replacesCallId && m_answered.remove(call.replacesCallId)) {
        // a colleague handed us their caller in place of our call with them: the contact
        // opened for that call goes on with the caller
        m_answered.insert(call.id);
        if (m_contactCallId == call.replacesCallId) {
            m_contactCallId = call.id;
            m_contacts.callHandedOver(call.remoteNumber);
        }
        want(Core::AgentState::OnCall);
        return;
    }
    if (call.direction == CallDirection::Incoming && !m_answered.contains(call.id)) {
        m_answered.insert(call.id);
        m_contactCallId = call.id;
        m_contacts.newCallContact(call.remoteNumber, call.answered);
        want(Core::AgentState::OnCall);
    } else if (call.direction == CallDirection::Outgoing
               && (m_state == Core::AgentState::Available || m_state == Core::AgentState::WrapUp)) {
        want(Core::AgentState::OnCall);
    }
}

void CallWorkflow::onEnded(const CallInfo &call)
{
    m_ringing.remove(call.id);
    updateRinging();
    const bool wasOnCall = m_state == Core::AgentState::OnCall;
    const bool otherCalls = !m_phone.calls().isEmpty();

    if (call.direction == CallDirection::Incoming && call.endReason == Telephony::EndReason::Abandoned) {
        m_service.recordAbandonedCall(call.remoteNumber, call.created, call.ended)
            .then(this, [this](const Result<Core::Contact> &logged) {
                if (!logged) {
                    Q_EMIT statusMessage(tr("An abandoned call could not be logged: %1")
                                             .arg(logged.error().message));
                    return;
                }
                Q_EMIT statusMessage(tr("The caller hung up before an answer; the abandoned call "
                                        "is logged for the reports."));
                Q_EMIT abandonedCallLogged(logged->id);
            });
        return;
    }
    if (m_answered.remove(call.id) && call.id == m_contactCallId) {
        m_contacts.callEnded(call.ended);
        if (!otherCalls) {
            want(Core::AgentState::WrapUp);
            m_wrapUpFromCall = true;
        }
        return;
    }
    if (call.id == m_followUpCallId) {
        m_followUpCallId = 0;
        // reached or not, the attempt is recorded on the outcome form
        if (m_followUps) {
            if (m_followUpId)
                m_followUps->selectFollowUp(m_followUpId);
            Q_EMIT followUpsFocusRequested();
            m_followUps->recordOutcome();
        }
        if (wasOnCall && !otherCalls) {
            want(Core::AgentState::WrapUp);
            m_wrapUpFromCall = true;
        }
        return;
    }
    if (wasOnCall && !otherCalls)
        want(Core::AgentState::Available);
}

} // namespace Nav::Ui

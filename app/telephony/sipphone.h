// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "telephony/callinfo.h"
#include "telephony/sipaccount.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

struct mqueue;

namespace Nav::Telephony {

class AudioEndpoint;
class SipAgent;

// The softphone's SIP user agent, seen from Qt. This is the one boundary between libre and Qt:
// libre runs on its own thread (re_main) and owns every libre object; calls from Qt are posted
// to it through an mqueue, and everything it reports comes back as queued calls on this object.
// All public functions are for the thread this object lives in and never block, except
// shutdown(), which waits at most the time it is given.
class SipPhone : public QObject
{
    Q_OBJECT
public:
    // `audio` is not owned and must outlive the phone.
    explicit SipPhone(AudioEndpoint *audio, QObject *parent = nullptr);
    ~SipPhone() override;

    // Starts (or restarts with new settings) the user agent: it registers and keeps the
    // registration alive by itself. An invalid account gives its error and changes nothing.
    [[nodiscard]] Result<void> start(const SipAccount &account);
    // Hangs up, un-registers and stops the SIP thread, waiting at most `maxWaitMs` for the
    // registrar's answer (it may be gone). Idempotent.
    void shutdown(int maxWaitMs = 2000);
    bool isRunning() const { return m_thread.joinable(); }

    RegistrationStatus registration() const { return m_registration; }
    QList<CallInfo> calls() const;
    CallInfo call(int id) const { return m_calls.value(id); }

    // Calls a number (digits, "+" and the dial-pad symbols) or a SIP URI. Returns the call id,
    // or 0 when the phone is not running or the target is empty.
    int dial(const QString &target);
    void answer(int callId);
    // 486 Busy Here (busy = true) or 603 Decline.
    void decline(int callId, bool busy = false);
    void hangup(int callId);
    void setHold(int callId, bool hold);
    void setMuted(int callId, bool muted);
    // 0-9, *, #, A-D: RFC 4733 when the other side offered it, SIP INFO otherwise.
    void sendDtmf(int callId, QChar digit);
    // Blind transfer (REFER) of a connected call to a number or SIP URI. The call ends with
    // EndReason::Transferred once the other party is with the target; when the transfer fails
    // it stays connected and CallInfo::transferFailedCode says why.
    void transfer(int callId, const QString &target);
    // Attended transfer: hands the other party of callId (usually the caller, on hold) to the
    // party of consultId (the call made to consult them), REFER with Replaces. Both calls end
    // with EndReason::Transferred once it succeeds; when it fails, callId keeps
    // transferFailedCode and both calls stay as they were.
    void transferToCall(int callId, int consultId);
    // Joins every connected or held call into one conversation mixed here (each party hears
    // the navigator and the others), or splits it again (one call keeps the headset, the
    // others go on hold).
    void setConference(bool on);
    // When not accepting (agent state not available), an incoming call gets 486 Busy Here,
    // or a 302 to `forwardTo` when it is set.
    void setAcceptingCalls(bool accepting, const QString &forwardTo = {});
    // Echo cancellation and noise suppression on what the microphone sends, during calls too
    // (start() takes them from the account).
    void setVoiceProcessing(bool echoCancellation, bool noiseSuppression);

    // For tests: the SIP port the agent listens on (0 until registered once).
    quint16 localSipPort() const { return m_localPort.load(); }

Q_SIGNALS:
    void registrationChanged(const Nav::Telephony::RegistrationStatus &status);
    void callAdded(const Nav::Telephony::CallInfo &call);
    void callChanged(const Nav::Telephony::CallInfo &call);
    void callEnded(const Nav::Telephony::CallInfo &call);
    void dtmfReceived(int callId, QChar digit);
    void statsUpdated(const Nav::Telephony::MediaStats &stats);
    // The SIP thread has ended (after shutdown, or when it could not start).
    void stopped();

private:
    friend class SipAgent;
    // Runs `fn` on the SIP thread. False when the thread is not running.
    bool post(std::function<void(SipAgent &)> fn);
    // Reports from the SIP thread (always queued onto this object's thread).
    void reportRegistration(const RegistrationStatus &status);
    void reportCall(const CallInfo &info);
    void reportDtmf(int callId, QChar digit);
    void reportStats(const MediaStats &stats);
    void reportLocalPort(quint16 port) { m_localPort.store(port); }
    void threadMain(SipAccount account);

    AudioEndpoint *m_audio;
    std::thread m_thread;
    std::mutex m_mqMutex; // guards m_mq between this thread and the SIP thread only
    struct mqueue *m_mq = nullptr;
    std::atomic<int> m_nextCallId{1};
    std::atomic<quint16> m_localPort{0};
    // Read by the SIP thread when an INVITE comes: takes effect at once, not after the queue
    // (an INVITE already waiting would otherwise still ring).
    std::atomic<bool> m_accepting{true};
    std::atomic<bool> m_ready{false};
    RegistrationStatus m_registration;
    QHash<int, CallInfo> m_calls;
};

} // namespace Nav::Telephony

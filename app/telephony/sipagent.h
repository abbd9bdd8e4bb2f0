// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// The libre side of the softphone. Everything here runs on the SIP thread only; SipPhone is the
// one way in and out. Not a public header of nav_telephony.

#include "telephony/callinfo.h"
#include "telephony/sipaccount.h"

#include <QByteArray>

#include <cstdint>
#include <map>
#include <memory>

struct sip;
struct sip_msg;
struct sipsess_sock;
struct sipevent_sock;
struct sip_dialog;
struct sip_auth;
struct sip_request;
struct sip_lsnr;
struct mbuf;
struct sa;

namespace Nav::Telephony {

class AudioEndpoint;
class SipPhone;
struct AgentCall;
class VoiceProcessor;
struct AgentPrivate;

class SipAgent
{
public:
    SipAgent(SipPhone *phone, AudioEndpoint *audio, const SipAccount &account);
    ~SipAgent();
    SipAgent(const SipAgent &) = delete;
    SipAgent &operator=(const SipAgent &) = delete;

    // Opens the transports and starts registering. Returns an errno value.
    int open();
    // Hangs up every call, un-registers and stops the loop (re_cancel) once done or after
    // `maxWaitMs`.
    void close(int maxWaitMs);
    // After re_main returned: frees what libre still holds.
    void release();

    void dial(int callId, const QByteArray &target);
    void answer(int callId);
    void reject(int callId, int code);
    void hangup(int callId);
    void setHold(int callId, bool hold);
    void setMuted(int callId, bool muted);
    void sendDtmf(int callId, char digit);
    // Blind transfer: REFER the other party to `target`; our leg ends once the transfer
    // succeeded (a NOTIFY with a 2xx), and stays when it failed.
    void transfer(int callId, const QByteArray &target);
    // Attended transfer: REFER the other party of callId to the party of consultId (a call we
    // made to consult them), with Replaces; both calls end once the transfer succeeds.
    void transferToCall(int callId, int consultId);
    // Three-way (or more) conference by local mixing: every connected call joins (held ones are
    // resumed); each party hears the navigator and the others. Off: the calls stay, one keeps
    // the headset and the others go on hold.
    void setConference(bool on);
    void onConferenceTick();
    // Where calls go while the navigator does not take them (SipPhone says whether they do).
    void setForwardTo(const QByteArray &forwardTo);

    // libre callbacks (public so the C trampolines can reach them)
    void onRegisterResponse(int err, const sip_msg *msg);
    int onRegisterSend(::mbuf *mb, const ::sa *src, int transport);
    void onProbeResponse(int err, const sip_msg *msg);
    bool onRequest(const sip_msg *msg);
    void onIncomingInvite(const sip_msg *msg);
    // The established call a Replaces header names (call-id, our tag as to-tag, theirs as
    // from-tag), or nullptr.
    AgentCall *replacedBy(const sip_msg *msg) const;
    void onSipExit();
    void onRegisterTimer();
    void onProbeTimer();
    void onCloseTimer();
    void onReapTimer();
    // A frame of captured audio waits: the call that has the microphone sends it now.
    void onCaptureReady();
    // STUN (RFC 5389) for a call's RTP (rtcp false) or RTCP socket: its public address, or err
    // when the server did not answer. The call's SDP waits for the RTP one (a bounded time).
    void onStunMapped(AgentCall *call, int err, const ::sa *mapped, bool rtcp);
    void onStunWaitOver(AgentCall *call);
    int authenticate(char **user, char **password, const char *realm);

    // Used by calls.
    SipPhone *phone() const { return m_phone; }
    AudioEndpoint *audio() const { return m_audio; }
    // Echo cancellation and noise suppression on what the microphone sends.
    void setVoiceProcessing(bool echoCancellation, bool noiseSuppression);
    const SipAccount &account() const { return m_account; }
    ::sip *sipStack() const { return m_sip; }
    void callChanged(AgentCall *call);
    // A transfer's outcome: 0 when the other party is now with the target (our leg ends).
    void finishTransfer(AgentCall *call, int failedCode);
    // Ends a call from our side (CANCEL before an answer, BYE after) for `reason`.
    void endHere(AgentCall *call, EndReason reason);
    // Sends the REFER of a transfer on call's dialog; false (and the call says 500) when it
    // could not be sent.
    bool sendRefer(AgentCall *call, const QByteArray &referTo, const QString &shownTarget);
    void endConference(AgentCall *keep);
    void scheduleReap();
    bool isClosing() const { return m_closing; }
    // The one call that may use the navigator's microphone and speaker now.
    bool ownsAudio(const AgentCall *call) const;

private:
    void setRegistration(RegistrationState state, int sipCode, const QString &detail,
                         uint64_t retryInMs = 0, int certificateError = 0);
    void sendRegister();
    void scheduleRegisterRetry(RegistrationState state, int sipCode, const QString &detail,
                               int certificateError = 0);
    void sendProbe();
    void finishClose(bool force);
    AgentCall *findCall(int callId) const;
    // STUN for a new call's media sockets; false when no STUN server is configured (nothing
    // to wait for).
    bool startStun(AgentCall *call);
    void sendInvite(AgentCall *call);
    // An outgoing call that never left (phone stopped, media or INVITE failed): ended for `why`.
    void failToStart(AgentCall *call, EndReason reason, const char *why);
    QByteArray targetUri(const QByteArray &target) const;

    SipPhone *m_phone;
    std::unique_ptr<VoiceProcessor> m_voice; // in front of the device endpoint
    AudioEndpoint *m_audio;
    SipAccount m_account;
    QByteArray m_aor;
    QByteArray m_registrarUri;
    QByteArray m_routeUri;
    QByteArray m_cuser;
    ::sip *m_sip = nullptr;
    sip_lsnr *m_lsnr = nullptr;
    sipsess_sock *m_sessSock = nullptr;
    sipevent_sock *m_eventSock = nullptr;
    sip_dialog *m_regDialog = nullptr;
    sip_auth *m_regAuth = nullptr;
    sip_request *m_regRequest = nullptr;
    sip_request *m_probeRequest = nullptr;
    std::unique_ptr<AgentPrivate> m_p;
    std::map<int, std::unique_ptr<AgentCall>> m_calls;
    RegistrationState m_regState = RegistrationState::Stopped;
    bool m_regInFlight = false;
    bool m_regAgain = false;       // register again as soon as the one in flight ends
    bool m_unregistering = false;
    bool m_everRegistered = false;
    bool m_probePending = false;
    bool m_registrarLost = false;  // a probe failed: register again when it answers
    int m_failCount = 0;
    int m_authFailures = 0;
    bool m_authResetTried = false;
    bool m_closing = false;
    bool m_sipExited = false;
    bool m_sipClosing = false;
    QByteArray m_forwardTo;
    int m_captureFd = -1; // the audio endpoint's captureReadyFd(), listened to by this loop
};

} // namespace Nav::Telephony

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Nav::Telephony {

enum class RegistrationState {
    Stopped,       // no account, or the phone was stopped
    Registering,   // a REGISTER is on its way
    Registered,
    Unreachable,   // the registrar does not answer; retried by itself
    Rejected,      // wrong user name or password: waits for new settings
    Failed,        // the registrar refused for another reason; retried with backoff
    Unregistering, // quitting
};

struct RegistrationStatus
{
    RegistrationState state = RegistrationState::Stopped;
    int sipCode = 0;          // the registrar's answer, 0 when there was none
    QDateTime nextAttempt;    // when the phone tries again (Unreachable, Failed)
    QDateTime since;          // when this state began
    QString detail;           // technical, for the log (no personal data)
    // SIP over TLS: why the registrar's certificate was refused (OpenSSL X509_V_ERR_*), 0 when
    // it was not (state Failed then means the connection was refused for its certificate)
    int certificateError = 0;
};

// The state in words for the navigator, in the current language.
QString registrationText(const RegistrationStatus &status);

enum class CallDirection { Incoming, Outgoing };

enum class CallState {
    Dialing,       // outgoing, no answer from the other side yet
    RemoteRinging, // outgoing, the other side rings
    Ringing,       // incoming, waiting for the navigator
    Connected,
    Held,          // the navigator put it on hold
    Ended,
};

enum class EndReason {
    HungUpHere,     // the navigator hung up
    HungUpThere,    // the other party hung up
    Declined,       // the navigator declined an incoming call
    Abandoned,      // the caller gave up while it rang
    Busy,           // 486/600
    NotFound,       // 404/604
    Rejected,       // another 4xx-6xx
    Unreachable,    // no answer from the network (timeout, refused)
    Transferred,    // the call left through a transfer
    Failed,         // media or protocol failure on our side
};

struct CallInfo
{
    int id = 0;
    CallDirection direction = CallDirection::Outgoing;
    CallState state = CallState::Dialing;
    QString remoteUri;       // sip:…
    QString remoteNumber;    // the user part (a phone number for PSTN calls)
    QString remoteName;      // display name, may be empty
    QDateTime created;       // ringing or dialing began
    QDateTime answered;      // invalid until connected
    QDateTime ended;
    EndReason endReason = EndReason::HungUpHere;
    int sipCode = 0;         // final SIP code of a failed call
    bool muted = false;
    bool remoteHold = false; // the other side put us on hold
    QString codec;           // "PCMU/8000"
    bool inConference = false;   // mixed with the other calls of the conference
    bool transferring = false;   // a blind transfer was asked and is not settled yet
    QString transferTarget;
    int transferFailedCode = 0;  // the last transfer failed with this SIP code
    bool encrypted = false;      // the media is SRTP (keys exchanged in the SDP)
    // Where this side asked the other to send its media, as put in our SDP ("ip:port"), and
    // whether the STUN server gave it (the public side of a NAT) or it is the local address
    // (no STUN server configured, or it did not answer in time).
    QString mediaAddress;
    bool mediaAddressFromStun = false;
    // An INVITE with Replaces took the place of this call of ours (RFC 3891): a colleague
    // handed us their caller after consulting us. The new call is answered at once.
    int replacesCallId = 0;

    bool isActive() const { return state != CallState::Ended; }
};

QString callStateText(CallState state);
QString endReasonText(EndReason reason, int sipCode);

struct MediaStats
{
    int callId = 0;
    quint32 packetsSent = 0;
    quint32 packetsReceived = 0;
    double lossPercent = 0;   // of what the other side sent
    double jitterMs = 0;      // inter-arrival jitter (RFC 3550)
    double mos = 0;           // E-model estimate, 1..4.5; 0 when nothing was received
    int bufferMs = 0;         // the jitter buffer's playout delay now
    double bufferWaitMs = 0;  // how long received audio waited in it (running mean)
    double concealedPercent = 0; // frames made up for lost or late packets
};

} // namespace Nav::Telephony

Q_DECLARE_METATYPE(Nav::Telephony::RegistrationStatus)
Q_DECLARE_METATYPE(Nav::Telephony::CallInfo)
Q_DECLARE_METATYPE(Nav::Telephony::MediaStats)

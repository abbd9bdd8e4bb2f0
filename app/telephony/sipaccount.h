// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QString>
#include <QtGlobal>

#include <utility>

namespace Nav::Telephony {

enum class SipTransport { Udp, Tcp, Tls };
enum class SrtpMode { Off, Optional, Required };

// One SIP account as the navigator's settings hold it. The password is not kept in settings:
// it comes from the keychain when the phone starts.
struct SipAccount
{
    QString registrar;      // host or IP literal, optionally ":port"
    QString user;           // the account's user part (the extension)
    QString authUser;       // digest user name; the user when empty
    QString password;
    QString displayName;
    SipTransport transport = SipTransport::Udp;
    SrtpMode srtp = SrtpMode::Off;
    QString stunServer;     // host[:port], empty for none
    // SIP over TLS: a PEM file of authorities trusted beside the system's (a centre's own CA);
    // empty for the system's only
    QString trustedAuthorities;
    int registerExpiry = 300;    // seconds asked of the registrar
    int keepAliveInterval = 30;  // seconds between OPTIONS probes of the registrar
    // speexdsp on what the microphone sends (VoiceProcessor); both on unless turned off
    bool echoCancellation = true;
    bool noiseSuppression = true;
    // Opus offered first (less bandwidth, in-band FEC: for a weak connection); else after G.711
    bool preferOpus = false;

    // The registrar's host without the port, and the port (5060/5061 when not given).
    QString registrarHost() const;
    quint16 registrarPort() const;
    // The STUN server's host and port (3478 when not given).
    std::pair<QString, quint16> stunHostPort() const;
    QString effectiveAuthUser() const { return authUser.isEmpty() ? user : authUser; }
    // sip:user@host[:port]: the address of record.
    QString addressOfRecord() const;
    // sip:host:port;transport=x: where REGISTER and every initial request go.
    QString registrarUri() const;

    // Checks what can be checked before the network: every message is for the navigator
    // and names the field.
    [[nodiscard]] Result<void> validate() const;
};

QString transportCode(SipTransport transport);          // "udp", "tcp", "tls"
SipTransport transportFromCode(const QString &code);    // UDP for anything unknown
QString srtpModeCode(SrtpMode mode);                    // "off", "optional", "required"
SrtpMode srtpModeFromCode(const QString &code);

} // namespace Nav::Telephony

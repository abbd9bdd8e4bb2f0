// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>
#include <QString>

struct tls;

namespace Nav::Telephony {

// What a TLS client context remembers between handshakes: the host its peer's certificate must
// name, and why the last certificate was refused (an OpenSSL X509_V_ERR_* code, 0 for none).
// It lives as long as the context (libre's transport may keep that after the agent is gone).
struct TlsClientState
{
    QByteArray serverName; // the registrar as configured: host name or IP literal
    int verifyError = 0;
};

// A libre TLS context for SIP over TLS as a client. The registrar's certificate must chain to
// an authority of the system store or of `caFile` (PEM, may be empty), and must name the
// registrar: its host name (also sent as SNI) or its IP address. Nothing can turn this off.
// The phone's own listener presents a self-signed certificate made here.
// Returns 0 or an errno (EINVAL: the CA file cannot be read); *out is a libre object
// (mem_deref it).
int makeClientTls(tls **out, const QString &caFile, const QByteArray &serverName);
// The state of a context makeClientTls() made (nullptr for any other).
TlsClientState *clientTlsState(tls *t);

// Why a certificate was refused, in words for the navigator (Words context), from the
// X509_V_ERR_* code TlsClientState::verifyError holds.
QString certificateProblemText(int verifyError);

} // namespace Nav::Telephony

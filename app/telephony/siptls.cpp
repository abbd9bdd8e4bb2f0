// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/siptls.h"

#include <QCoreApplication>
#include <QFile>

// libre declares tls_openssl_context() only for OpenSSL builds (Debian's is one)
#define USE_OPENSSL 1
#include <re.h>

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

namespace Nav::Telephony {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Telephony::Phone)
};

// The SSL_CTX slot that holds its TlsClientState; the state is deleted with the context.
int stateIndex()
{
    static const int index = SSL_CTX_get_ex_new_index(
        0, nullptr, nullptr, nullptr, [](void *, void *ptr, CRYPTO_EX_DATA *, int, long, void *) {
            delete static_cast<TlsClientState *>(ptr);
        });
    return index;
}

TlsClientState *stateOf(const SSL_CTX *ctx)
{
    return ctx ? static_cast<TlsClientState *>(SSL_CTX_get_ex_data(ctx, stateIndex())) : nullptr;
}

TlsClientState *stateOf(SSL *ssl)
{
    return stateOf(ssl ? SSL_get_SSL_CTX(ssl) : nullptr);
}

// OpenSSL's own verdict stands; this only remembers why it said no.
int onVerify(int ok, X509_STORE_CTX *store)
{
    if (!ok) {
        auto *ssl = static_cast<SSL *>(
            X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        if (TlsClientState *state = stateOf(ssl))
            state->verifyError = X509_STORE_CTX_get_error(store);
    }
    return ok;
}

// libre makes the connection's SSL itself and has no hook for SNI: name the server when the
// handshake starts (before the ClientHello is written). Not for IP literals (RFC 6066).
void onInfo(const SSL *ssl, int where, int)
{
    if (!(where & SSL_CB_HANDSHAKE_START))
        return;
    auto *s = const_cast<SSL *>(ssl);
    TlsClientState *state = stateOf(s);
    if (!state || state->serverName.isEmpty())
        return;
    sa literal;
    if (sa_set_str(&literal, state->serverName.constData(), 0) == 0)
        return;
    if (!SSL_get_servername(s, TLSEXT_NAMETYPE_host_name))
        SSL_set_tlsext_host_name(s, state->serverName.constData());
}

} // namespace

TlsClientState *clientTlsState(tls *t)
{
    return stateOf(t ? static_cast<const SSL_CTX *>(tls_openssl_context(t)) : nullptr);
}

int makeClientTls(tls **out, const QString &caFile, const QByteArray &serverName)
{
    tls *t = nullptr;
    int err = tls_alloc(&t, TLS_METHOD_SSLV23, nullptr, nullptr);
    if (err)
        return err;
    auto *ctx = static_cast<SSL_CTX *>(tls_openssl_context(t));
    if (!ctx) {
        mem_deref(t);
        return ENOSYS;
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    // A registrar that reaches the phone by connecting to its TLS listener (rather than over
    // the connection the phone registered on) needs a certificate from it: a self-signed one,
    // made now, as other softphones do (the registrar does not check it).
    if (tls_set_selfsigned_rsa(t, "navigator", 2048) != 0) {
        mem_deref(t);
        return ENOMEM;
    }
    // the system's authorities (ca-certificates), and the centre's own when it has one
    SSL_CTX_set_default_verify_paths(ctx);
    if (!caFile.isEmpty()) {
        const QByteArray path = QFile::encodeName(caFile);
        if (SSL_CTX_load_verify_locations(ctx, path.constData(), nullptr) != 1) {
            mem_deref(t);
            return EINVAL;
        }
    }
    auto *state = new TlsClientState;
    state->serverName = serverName;
    SSL_CTX_set_ex_data(ctx, stateIndex(), state);
    X509_VERIFY_PARAM *param = SSL_CTX_get0_param(ctx);
    const QByteArray &host = state->serverName;
    sa literal;
    if (sa_set_str(&literal, host.constData(), 0) == 0) {
        X509_VERIFY_PARAM_set1_ip_asc(param, host.constData());
    } else {
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        X509_VERIFY_PARAM_set1_host(param, host.constData(), 0);
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, onVerify);
    SSL_CTX_set_info_callback(ctx, onInfo);
    *out = t;
    return 0;
}

QString certificateProblemText(int verifyError)
{
    switch (verifyError) {
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return Words::tr("its certificate comes from an authority this computer does not trust; "
                         "if your centre has its own, choose its file under \"Trusted "
                         "authorities\" in Settings");
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        return Words::tr("its certificate is for another name than the phone system address in "
                         "Settings");
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return Words::tr("its certificate has expired");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Words::tr("its certificate is not valid yet (check this computer's date)");
    case X509_V_ERR_CERT_REVOKED:
        return Words::tr("its certificate was revoked");
    default:
        return Words::tr("its certificate was refused (OpenSSL error %1)").arg(verifyError);
    }
}

} // namespace Nav::Telephony

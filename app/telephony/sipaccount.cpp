// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/sipaccount.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Nav::Telephony {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Telephony::SipAccount)
};

// "host", "host:port", "[v6]:port"
std::pair<QString, int> splitHostPort(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0)
            return {t, -1};
        const QString host = t.mid(1, close - 1);
        if (close + 1 < t.size() && t.at(close + 1) == u':') {
            bool ok = false;
            const int port = t.mid(close + 2).toInt(&ok);
            return {host, ok ? port : -2};
        }
        return {host, -1};
    }
    const qsizetype colon = t.lastIndexOf(u':');
    if (colon > 0 && t.indexOf(u':') == colon) {
        bool ok = false;
        const int port = t.mid(colon + 1).toInt(&ok);
        return {t.left(colon), ok ? port : -2};
    }
    return {t, -1};
}

} // namespace

QString SipAccount::registrarHost() const
{
    return splitHostPort(registrar).first;
}

quint16 SipAccount::registrarPort() const
{
    const int port = splitHostPort(registrar).second;
    if (port > 0 && port < 65536)
        return quint16(port);
    return transport == SipTransport::Tls ? 5061 : 5060;
}

std::pair<QString, quint16> SipAccount::stunHostPort() const
{
    const auto [host, port] = splitHostPort(stunServer);
    return {host, port > 0 && port < 65536 ? quint16(port) : quint16(3478)};
}

QString SipAccount::addressOfRecord() const
{
    return QStringLiteral("sip:%1@%2").arg(user, registrarHost());
}

QString SipAccount::registrarUri() const
{
    QString host = registrarHost();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    // sip:...;transport=tls rather than sips: (libre 1.1 routes only sip: URIs); the hop to
    // the registrar is TLS either way
    return QStringLiteral("sip:%1:%2;transport=%3")
        .arg(host)
        .arg(registrarPort())
        .arg(transportCode(transport));
}

Result<void> SipAccount::validate() const
{
    const auto [host, port] = splitHostPort(registrar);
    if (host.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Words::tr("Registrar: enter the address of your phone system (for example "
                              "pbx.example.org or 192.0.2.10:5060)."));
    static const QRegularExpression hostRe(QStringLiteral("^[A-Za-z0-9.\\-:]+$"));
    if (!hostRe.match(host).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    Words::tr("Registrar: \"%1\" is not a host name or an IP address.").arg(host));
    if (port == -2 || port == 0 || port > 65535)
        return fail(ErrorCode::InvalidInput,
                    Words::tr("Registrar: the port must be a number from 1 to 65535."));
    static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9._~+\\-!$&'()*,;=]+$"));
    if (user.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Words::tr("User: enter your extension or SIP user name."));
    if (!userRe.match(user).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    Words::tr("User: \"%1\" has characters a SIP address cannot carry (spaces, "
                              "@, :, accents).").arg(user));
    if (!authUser.isEmpty() && !userRe.match(authUser).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    Words::tr("Authentication user: it has characters a SIP address cannot "
                              "carry (spaces, @, :, accents)."));
    if (transport == SipTransport::Tls && !trustedAuthorities.isEmpty()) {
        QFile file(trustedAuthorities);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::InvalidInput,
                        Words::tr("Trusted authorities: \"%1\" cannot be read. Choose the PEM "
                                  "file of your centre's certificate authority, or leave it empty.")
                            .arg(trustedAuthorities));
        if (!file.read(4096).contains("-----BEGIN CERTIFICATE-----"))
            return fail(ErrorCode::InvalidInput,
                        Words::tr("Trusted authorities: \"%1\" is not a PEM certificate file "
                                  "(it should contain \"BEGIN CERTIFICATE\").")
                            .arg(trustedAuthorities));
    }
    if (!stunServer.trimmed().isEmpty()) {
        const auto [stunHost, stunPort] = splitHostPort(stunServer);
        if (stunHost.isEmpty() || !hostRe.match(stunHost).hasMatch())
            return fail(ErrorCode::InvalidInput,
                        Words::tr("STUN server: \"%1\" is not a host name or an IP address "
                                  "(for example stun.example.org or 192.0.2.20:3478).")
                            .arg(stunServer));
        if (stunPort == -2 || stunPort == 0 || stunPort > 65535)
            return fail(ErrorCode::InvalidInput,
                        Words::tr("STUN server: the port must be a number from 1 to 65535."));
    }
    if (registerExpiry < 10)
        return fail(ErrorCode::InvalidInput,
                    Words::tr("Registration interval: use at least 10 seconds."));
    if (keepAliveInterval < 1)
        return fail(ErrorCode::InvalidInput,
                    Words::tr("Keep-alive interval: use at least 1 second."));
    return {};
}

QString transportCode(SipTransport transport)
{
    switch (transport) {
    case SipTransport::Udp: return QStringLiteral("udp");
    case SipTransport::Tcp: return QStringLiteral("tcp");
    case SipTransport::Tls: return QStringLiteral("tls");
    }
    return QStringLiteral("udp");
}

SipTransport transportFromCode(const QString &code)
{
    if (code == u"tcp")
        return SipTransport::Tcp;
    if (code == u"tls")
        return SipTransport::Tls;
    return SipTransport::Udp;
}

QString srtpModeCode(SrtpMode mode)
{
    switch (mode) {
    case SrtpMode::Off: return QStringLiteral("off");
    case SrtpMode::Optional: return QStringLiteral("optional");
    case SrtpMode::Required: return QStringLiteral("required");
    }
    return QStringLiteral("off");
}

SrtpMode srtpModeFromCode(const QString &code)
{
    if (code == u"optional")
        return SrtpMode::Optional;
    if (code == u"required")
        return SrtpMode::Required;
    return SrtpMode::Off;
}

} // namespace Nav::Telephony

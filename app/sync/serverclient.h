// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "sync/apitransport.h"

#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

Q_DECLARE_LOGGING_CATEGORY(lcNavSyncClient)

namespace Nav::Core {
class SecretStore;
}

namespace Nav::Sync {

// The workstation's session with the central server, on the GUI thread, fully asynchronous.
//
// Tokens: the access token (15 min) lives only in memory; the refresh token is kept in memory
// and in the SecretStore (the OS keychain) under `secretName`, rewritten at every rotation so
// resume() works after a restart. A refresh token works once on the server: the client never
// has two refreshes in flight, and requests that need a token meanwhile wait for it.
//
// send(): adds the access token, and on 401 refreshes once and sends again. A refused refresh
// (invalid-refresh-token) ends the session: sessionExpired(), then every waiting request fails
// with Failure::NotSignedIn. A refresh that fails for a transient reason (network down) keeps
// the session: the waiting requests fail with that reason and the next send() tries again.
//
// Transfer timeout: a request fails with Failure::Timeout when no byte moved for
// transferTimeout() ms (default 30 s).
//
// Certificate pinning (self-signed deployments): with a pin set, an HTTPS server is accepted
// when the SHA-256 of its certificate (DER) equals the pin, whatever the CA checks say, and
// refused otherwise, even with a certificate a CA vouches for.
class ServerClient final : public QObject, public ApiTransport
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn };
    Q_ENUM(State)

    ServerClient(Core::SecretStore &secrets, const QString &secretName, QObject *parent = nullptr);
    ~ServerClient() override;

    void setTransferTimeout(int ms);
    int transferTimeout() const { return m_timeoutMs; }
    // 32 raw bytes or 64 hex digits (colons allowed); empty removes the pin.
    void setPinnedCertificate(const QByteArray &sha256);
    QByteArray pinnedCertificate() const { return m_pin; }
    static QByteArray fingerprint(const QSslCertificate &certificate); // SHA-256 of the DER

    State state() const { return m_state; }
    bool isSignedIn() const { return m_state == State::SignedIn; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The signed-in account as the server described it (id, username, display_name, role…).
    QJsonObject user() const { return m_user; }

    // Signs in with a password: signedIn() or signInFailed().
    void signIn(const QUrl &baseUrl, const QString &username, const QString &password);
    // Resumes the session kept in the SecretStore (a refresh): signedIn() or signInFailed()
    // (with Failure::NotSignedIn when there is none).
    void resume(const QUrl &baseUrl);
    // Ends the session on the server (best effort) and here, and forgets the refresh token.
    void signOut();

    void send(const ApiRequest &request, QObject *context, Callback done) override;

    // The plain words for a reply's failure, in the current language (again after a language
    // switch): what ApiReply::message holds for answers that came over the network.
    static QString describe(const ApiReply &reply);

Q_SIGNALS:
    void stateChanged(Nav::Sync::ServerClient::State state);
    void signedIn(const QJsonObject &user);
    void signInFailed(const Nav::Sync::ApiReply &reply);
    void signedOut();
    // The server refused the refresh token (expired, revoked, password changed): sign in again.
    void sessionExpired(const QString &message);

private:
    struct Pending
    {
        ApiRequest request;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        bool retried = false;
    };
    using Finished = std::function<void(const ApiReply &)>;

    void setState(State state);
    QUrl urlFor(const QString &path) const;
    void transmit(const ApiRequest &request, const QString &accessToken, Finished finished);
    ApiReply makeReply(QNetworkReply *reply, bool timedOut, bool pinRefused, bool parseJson) const;
    void dispatch(Pending pending);
    void deliver(const Pending &pending, const ApiReply &reply);
    void startRefresh();
    void finishRefresh(const ApiReply &reply);
    bool adoptSession(const ApiReply &reply);
    void storeRefreshToken();
    void clearSession();
    void deliverLater(Pending pending, ApiReply reply);

    Core::SecretStore &m_secrets;
    QString m_secretName;
    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    State m_state = State::SignedOut;
    QJsonObject m_user;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_refreshing = false;
    bool m_refreshForSignIn = false;
    quint64 m_generation = 0; // bumped at sign-in/out: late answers of an old session are dropped
    QList<Pending> m_waiting; // requests waiting for a refresh
    int m_timeoutMs = 30000;
    QByteArray m_pin;
};

} // namespace Nav::Sync

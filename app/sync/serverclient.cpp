// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/serverclient.h"

#include "core/secretstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcNavSyncClient, "nav.sync.client")

namespace Nav::Sync {

namespace {

bool isTransportError(QNetworkReply::NetworkError e)
{
    // 1-99: connection, 101-199: proxy. 2xx-4xx codes are HTTP answers, 3xx protocol trouble.
    const int n = int(e);
    return (n > 0 && n < 200) || (n >= 300 && n < 400);
}

QByteArray normalizedPin(const QByteArray &pin)
{
    if (pin.size() == 32)
        return pin;
    QByteArray hex = pin.trimmed();
    hex.replace(':', QByteArray());
    const QByteArray raw = QByteArray::fromHex(hex);
    return raw.size() == 32 ? raw : QByteArray();
}

} // namespace

ServerClient::ServerClient(Core::SecretStore &secrets, const QString &secretName, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_secretName(secretName)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<Nav::Sync::ApiReply>();
    // Kept-alive connections are fine; cookies and caches are not wanted.
    m_nam->setCookieJar(nullptr);
}

ServerClient::~ServerClient() = default;

void ServerClient::setTransferTimeout(int ms)
{
    m_timeoutMs = std::max(100, ms);
}

void ServerClient::setPinnedCertificate(const QByteArray &sha256)
{
    const QByteArray pin = sha256.isEmpty() ? QByteArray() : normalizedPin(sha256);
    if (!sha256.isEmpty() && pin.isEmpty())
        qCWarning(lcNavSyncClient) << "certificate pin ignored: not a SHA-256 fingerprint";
    if (pin == m_pin)
        return;
    m_pin = pin;
    // A kept-alive connection was accepted under the old pin: the next request shakes hands anew.
    m_nam->clearConnectionCache();
}

QByteArray ServerClient::fingerprint(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

void ServerClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QUrl ServerClient::urlFor(const QString &path) const
{
    QUrl url = m_baseUrl;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (q < 0 ? path : path.left(q)));
    url.setQuery(q < 0 ? QString() : path.mid(q + 1));
    url.setFragment(QString());
    return url;
}

void ServerClient::transmit(const ApiRequest &request, const QString &accessToken,
                            Finished finished)
{
    QNetworkRequest req(urlFor(request.path));
    req.setRawHeader("Accept", "application/json");
    if (!accessToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + accessToken.toLatin1());
    QByteArray body;
    if (!request.body.isNull()) {
        body = request.body.toJson(QJsonDocument::Compact);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);

    QNetworkReply *reply = request.body.isNull() && request.method != "POST"
                                   && request.method != "PUT" && request.method != "PATCH"
                               ? m_nam->sendCustomRequest(req, request.method)
                               : m_nam->sendCustomRequest(req, request.method, body);
    auto timedOut = std::make_shared<bool>(false);
    auto pinRefused = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    const auto restart = [timer] { timer->start(); };
    connect(reply, &QNetworkReply::downloadProgress, timer, restart);
    connect(reply, &QNetworkReply::uploadProgress, timer, restart);
    timer->start();
#ifndef QT_NO_SSL
    if (!m_pin.isEmpty()) {
        const QByteArray pin = m_pin;
        connect(reply, &QNetworkReply::sslErrors, reply,
                [reply, pin, pinRefused](const QList<QSslError> &) {
                    if (fingerprint(reply->sslConfiguration().peerCertificate()) == pin)
                        reply->ignoreSslErrors();
                    else
                        *pinRefused = true; // not the pinned certificate: say so, not "untrusted"
                });
        connect(reply, &QNetworkReply::encrypted, reply, [reply, pin, pinRefused] {
            if (fingerprint(reply->sslConfiguration().peerCertificate()) != pin) {
                *pinRefused = true;
                reply->abort();
            }
        });
    }
#endif
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const bool parseJson = request.parseJson;
    const QByteArray method = request.method;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timedOut, pinRefused, clock, parseJson, method,
             finished = std::move(finished)] {
                ApiReply r = makeReply(reply, *timedOut, *pinRefused, parseJson);
                // The path only: queries carry cursors, never personal data, but keep logs short.
                qCDebug(lcNavSyncClient).nospace()
                    << method.constData() << ' ' << reply->url().path() << " -> " << r.status
                    << ' ' << r.errorCode << " in " << clock->elapsed() << " ms";
                reply->deleteLater();
                finished(r);
            });
}

ApiReply ServerClient::makeReply(QNetworkReply *reply, bool timedOut, bool pinRefused,
                                 bool parseJson) const
{
    ApiReply r;
    const QString host = m_baseUrl.host();
    r.host = host;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (timedOut) {
        r.status = 0;
        r.failure = ApiReply::Failure::Timeout;
        r.message = describe(r);
        return r;
    }
    if (pinRefused || error == QNetworkReply::SslHandshakeFailedError) {
        r.status = 0;
        r.failure = ApiReply::Failure::Tls;
        r.pinMismatch = pinRefused;
        r.errorMessage = reply->errorString();
        r.message = describe(r);
        return r;
    }
    if (r.status == 0 || isTransportError(error)) {
        r.status = 0;
        r.failure = error == QNetworkReply::OperationCanceledError ? ApiReply::Failure::Cancelled
                                                                   : ApiReply::Failure::Network;
        r.errorMessage = reply->errorString();
        r.message = describe(r);
        return r;
    }

    r.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    bool ok = false;
    const int retry = r.header("retry-after").trimmed().toInt(&ok);
    if (ok)
        r.retryAfterSeconds = retry;

    bool garbage = false;
    if ((parseJson || r.status >= 400) && !r.body.trimmed().isEmpty()) {
        QJsonParseError parse;
        r.json = QJsonDocument::fromJson(r.body, &parse);
        garbage = parse.error != QJsonParseError::NoError || r.json.isNull();
        if (garbage)
            r.json = QJsonDocument();
    }
    const QJsonObject err = r.json.object().value(QLatin1String("error")).toObject();
    r.errorCode = err.value(QLatin1String("code")).toString();
    r.errorMessage = err.value(QLatin1String("message")).toString();

    if (r.status >= 500)
        r.failure = ApiReply::Failure::ServerError;
    else if (r.status >= 400)
        r.failure = ApiReply::Failure::Refused;
    else if (r.status < 200 || r.status >= 300 || garbage)
        r.failure = ApiReply::Failure::BadResponse;
    r.message = describe(r);
    return r;
}

QString ServerClient::describe(const ApiReply &r)
{
    const QString &host = r.host;
    switch (r.failure) {
    case ApiReply::Failure::None:
        return {};
    case ApiReply::Failure::NotSignedIn:
        return tr("You are not signed in to the server.");
    case ApiReply::Failure::Timeout:
        return tr("The server at %1 did not answer in time. Navigator will try again; "
                  "your work is kept on this computer.")
            .arg(host);
    case ApiReply::Failure::Tls:
        return r.pinMismatch
                   ? tr("The server at %1 did not present the certificate this workstation "
                        "was set up to trust. Nothing was sent. Ask your administrator.")
                         .arg(host)
                   : tr("The connection to %1 is not secure: its certificate is not "
                        "trusted. Nothing was sent. Ask your administrator.")
                         .arg(host);
    case ApiReply::Failure::Cancelled:
        return tr("The request to the server was cancelled.");
    case ApiReply::Failure::Network:
        return tr("The server at %1 cannot be reached. Check the network connection; "
                  "your work is kept on this computer and will be sent later.")
            .arg(host);
    case ApiReply::Failure::ServerError:
        return r.status == 503 ? tr("The server is temporarily unavailable. Navigator will "
                                    "try again; your work is kept on this computer.")
                               : tr("The server had a problem (error %1). Navigator will try "
                                    "again; your work is kept on this computer.")
                                     .arg(r.status);
    case ApiReply::Failure::Refused: {
        const QString &code = r.errorCode;
        if (code == QLatin1String("bad-credentials"))
            return tr("The user name or the password is wrong.");
        if (code == QLatin1String("account-disabled"))
            return tr("This account is disabled. Ask your administrator.");
        if (code == QLatin1String("locked") || r.status == 429)
            return r.retryAfterSeconds > 0
                       ? tr("Too many wrong passwords. Try again in %n second(s).", nullptr,
                            r.retryAfterSeconds)
                       : tr("Too many wrong passwords. Try again in a moment.");
        if (r.status == 401)
            return tr("Your session has ended. Sign in again.");
        if (r.status == 403)
            return tr("Your account is not allowed to do this.");
        if (r.status == 404 && code.isEmpty())
            return tr("The server at %1 does not know this request. Check the server "
                      "address.")
                .arg(host);
        return tr("The server refused the request (error %1).").arg(r.status);
    }
    case ApiReply::Failure::BadResponse:
        return tr("The server at %1 sent an answer Navigator does not understand. Check "
                  "the server address; Navigator will try again.")
            .arg(host);
    }
    return {};
}

void ServerClient::deliver(const Pending &pending, const ApiReply &reply)
{
    if (pending.hasContext && !pending.context)
        return;
    if (pending.done)
        pending.done(reply);
}

void ServerClient::deliverLater(Pending pending, ApiReply reply)
{
    QTimer::singleShot(0, this, [this, pending = std::move(pending), reply = std::move(reply)] {
        deliver(pending, reply);
    });
}

namespace {

ApiReply notSignedInReply()
{
    ApiReply r;
    r.failure = ApiReply::Failure::NotSignedIn;
    r.message = ServerClient::describe(r);
    return r;
}

} // namespace

void ServerClient::send(const ApiRequest &request, QObject *context, Callback done)
{
    Pending p;
    p.request = request;
    p.context = context;
    p.hasContext = context != nullptr;
    p.done = std::move(done);
    if (!m_baseUrl.isValid()) {
        deliverLater(std::move(p), notSignedInReply());
        return;
    }
    dispatch(std::move(p));
}

void ServerClient::dispatch(Pending p)
{
    if (p.request.authenticated) {
        if (m_refreshToken.isEmpty() && m_accessToken.isEmpty()) {
            deliverLater(std::move(p), notSignedInReply());
            return;
        }
        if (m_refreshing || m_accessToken.isEmpty()) {
            m_waiting.append(std::move(p));
            startRefresh();
            return;
        }
    }
    const quint64 generation = m_generation;
    const QString token = p.request.authenticated ? m_accessToken : QString();
    const ApiRequest request = p.request;
    transmit(request, token, [this, p = std::move(p), generation, token](const ApiReply &r) mutable {
        if (generation != m_generation && p.request.authenticated) {
            deliver(p, notSignedInReply()); // signed out (or in as someone else) meanwhile
            return;
        }
        if (p.request.authenticated && r.status == 401 && !p.retried) {
            p.retried = true;
            if (m_accessToken == token)
                m_accessToken.clear(); // expired or revoked: everyone waits for a new one
            m_waiting.append(std::move(p));
            startRefresh();
            return;
        }
        deliver(p, r);
    });
}

void ServerClient::startRefresh()
{
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        for (const Pending &p : waiting)
            deliverLater(p, notSignedInReply());
        return;
    }
    m_refreshing = true;
    const quint64 generation = m_generation;
    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/auth/refresh");
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}});
    req.authenticated = false;
    transmit(req, QString(), [this, generation](const ApiReply &r) {
        if (generation != m_generation)
            return;
        finishRefresh(r);
    });
}

bool ServerClient::adoptSession(const ApiReply &reply)
{
    const QJsonObject o = reply.object();
    const QString access = o.value(QLatin1String("access_token")).toString();
    const QString refresh = o.value(QLatin1String("refresh_token")).toString();
    if (access.isEmpty() || refresh.isEmpty())
        return false;
    m_accessToken = access;
    m_refreshToken = refresh;
    const QJsonObject user = o.value(QLatin1String("user")).toObject();
    if (!user.isEmpty())
        m_user = user;
    return true;
}

void ServerClient::storeRefreshToken()
{
    m_secrets.writeSecret(m_secretName, m_refreshToken.toUtf8())
        .then(this, [](const Result<void> &written) {
            if (!written) {
                qCWarning(lcNavSyncClient) << "the refresh token could not be kept in the keychain:"
                                           << errorCodeName(written.error().code);
            }
        });
}

void ServerClient::finishRefresh(const ApiReply &reply)
{
    m_refreshing = false;
    const bool forSignIn = std::exchange(m_refreshForSignIn, false);
    if (reply.isSuccess() && adoptSession(reply)) {
        storeRefreshToken();
        qCInfo(lcNavSyncClient) << "session refreshed";
        if (forSignIn || m_state != State::SignedIn) {
            setState(State::SignedIn);
            Q_EMIT signedIn(m_user);
        }
        const QList<Pending> waiting = std::exchange(m_waiting, {});
        for (const Pending &p : waiting)
            dispatch(p);
        return;
    }
    ApiReply failure = reply;
    if (reply.isSuccess()) {
        failure.failure = ApiReply::Failure::BadResponse;
        failure.message = tr("The server at %1 sent an answer Navigator does not understand. "
                             "Check the server address; Navigator will try again.")
                              .arg(m_baseUrl.host());
    }
    const bool refused = failure.failure == ApiReply::Failure::Refused && !failure.isTransient();
    QList<Pending> waiting = std::exchange(m_waiting, {});
    if (refused) {
        qCInfo(lcNavSyncClient) << "refresh refused:" << failure.status << failure.errorCode;
        failure.failure = ApiReply::Failure::NotSignedIn;
        failure.message = tr("Your session has ended. Sign in again.");
        clearSession();
        m_secrets.removeSecret(m_secretName).then(this, [](const Result<void> &) {});
        if (forSignIn)
            Q_EMIT signInFailed(failure);
        else
            Q_EMIT sessionExpired(failure.message);
    } else {
        // Offline or a server in trouble: the session stays; the next request tries again.
        qCInfo(lcNavSyncClient) << "refresh failed for now:" << failure.status << failure.errorCode;
        if (forSignIn) {
            setState(State::SignedOut);
            Q_EMIT signInFailed(failure);
        }
    }
    for (const Pending &p : waiting)
        deliver(p, failure);
}

void ServerClient::clearSession()
{
    ++m_generation;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_user = {};
    m_refreshing = false;
    m_refreshForSignIn = false;
    const QList<Pending> waiting = std::exchange(m_waiting, {});
    for (const Pending &p : waiting)
        deliverLater(p, notSignedInReply());
    setState(State::SignedOut);
}

void ServerClient::signIn(const QUrl &baseUrl, const QString &username, const QString &password)
{
    clearSession();
    m_baseUrl = baseUrl;
    const quint64 generation = m_generation;
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http"))) {
        ApiReply r;
        r.failure = ApiReply::Failure::NotSignedIn;
        r.message = tr("The server address is not valid. It looks like "
                       "https://navigator.example.org.");
        QTimer::singleShot(0, this, [this, r, generation] {
            if (generation == m_generation)
                Q_EMIT signInFailed(r);
        });
        return;
    }
    setState(State::SigningIn);
    ApiRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/api/v1/auth/login");
    req.body = QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                         {QStringLiteral("password"), password}});
    req.authenticated = false;
    transmit(req, QString(), [this, generation](const ApiReply &r) {
        if (generation != m_generation)
            return;
        if (r.isSuccess() && adoptSession(r)) {
            storeRefreshToken();
            qCInfo(lcNavSyncClient) << "signed in";
            setState(State::SignedIn);
            Q_EMIT signedIn(m_user);
            return;
        }
        ApiReply failure = r;
        if (r.isSuccess()) {
            failure.failure = ApiReply::Failure::BadResponse;
            failure.message = tr("The server at %1 sent an answer Navigator does not understand. "
                                 "Check the server address.")
                                  .arg(m_baseUrl.host());
        }
        qCInfo(lcNavSyncClient) << "sign-in failed:" << failure.status << failure.errorCode;
        setState(State::SignedOut);
        Q_EMIT signInFailed(failure);
    });
}

void ServerClient::resume(const QUrl &baseUrl)
{
    clearSession();
    m_baseUrl = baseUrl;
    setState(State::SigningIn);
    const quint64 generation = m_generation;
    m_secrets.readSecret(m_secretName).then(this, [this, generation](const Result<QByteArray> &r) {
        if (generation != m_generation)
            return;
        if (!r || r->isEmpty()) {
            ApiReply failure;
            failure.failure = ApiReply::Failure::NotSignedIn;
            failure.message = !r && r.error().code != ErrorCode::SecretNotFound
                                  ? r.error().message
                                  : tr("You are not signed in to the server.");
            setState(State::SignedOut);
            Q_EMIT signInFailed(failure);
            return;
        }
        m_refreshToken = QString::fromUtf8(*r);
        m_refreshForSignIn = true;
        startRefresh();
    });
}

void ServerClient::signOut()
{
    if (!m_refreshToken.isEmpty() && !m_accessToken.isEmpty() && m_baseUrl.isValid()) {
        ApiRequest req;
        req.method = "POST";
        req.path = QStringLiteral("/api/v1/auth/logout");
        req.body = QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}});
        transmit(req, m_accessToken, [](const ApiReply &r) {
            qCInfo(lcNavSyncClient) << "signed out on the server:" << r.status << r.errorCode;
        });
    }
    clearSession();
    m_secrets.removeSecret(m_secretName).then(this, [](const Result<void> &removed) {
        if (!removed)
            qCWarning(lcNavSyncClient) << "the refresh token could not be removed from the keychain:"
                                       << errorCodeName(removed.error().code);
    });
    Q_EMIT signedOut();
}

} // namespace Nav::Sync

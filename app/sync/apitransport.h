// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

namespace Nav::Sync {

// One call to the server's API.
struct ApiRequest
{
    QByteArray method = "GET";
    // Path and query, relative to the server's base URL: "/api/v1/directory/changes?cursor=0".
    QString path;
    QJsonDocument body; // sent as application/json unless null
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (If-Match, Idempotency-Key…)
    bool authenticated = true; // sends the access token; refreshes it once on 401
    // False: the reply's body is left unparsed in ApiReply::body (big pages parsed off the GUI
    // thread by the caller). Error bodies (4xx, 5xx) are parsed either way.
    bool parseJson = true;
};

// What came back. `status` 0 means no HTTP answer at all (network, timeout, TLS).
struct ApiReply
{
    enum class Failure {
        None,
        NotSignedIn, // no session to authenticate with
        Network,     // refused, unreachable, connection cut
        Timeout,     // no data for the transfer timeout
        Tls,         // certificate not trusted, pin mismatch, handshake failure
        ServerError, // 5xx
        BadResponse, // a success whose body is not the JSON expected
        Refused,     // 4xx: the server's error code and message say why
        Cancelled,
    };

    int status = 0;
    Failure failure = Failure::None;
    QJsonDocument json;  // parsed body (null when empty, unparsed or not JSON)
    QByteArray body;     // raw body (decompressed)
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString errorCode;   // the server's error.code ("bad-credentials"…), when it sent one
    QString errorMessage; // the server's error.message (English, for logs and details)
    QString message;     // plain words for the user (translated); empty on success
    int retryAfterSeconds = -1; // from Retry-After on 429/503
    QString host;        // the server's host name, for the words
    bool pinMismatch = false; // Tls: the certificate was not the pinned one

    bool isSuccess() const { return failure == Failure::None && status >= 200 && status < 300; }
    // Worth trying again later (network, timeout, 5xx, 408, 429), as opposed to refused.
    bool isTransient() const;
    QJsonObject object() const { return json.object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    // As a Nav::Error: code Io for transient failures, InvalidInput for refusals; the detail
    // names the status and the server's code (no personal data).
    Error toError() const;
};

// "Send a request to the server, authenticated, and call me back": what the sync parts (the
// directory pull, the outbox) need from the client. ServerClient implements it over HTTP;
// unit tests implement it with canned replies.
class ApiTransport
{
public:
    using Callback = std::function<void(const ApiReply &)>;
    virtual ~ApiTransport() = default;

    // Sends `request` and calls `done` exactly once on the caller's (GUI) thread, never from
    // inside send(). When `context` is destroyed before the reply, `done` is not called.
    virtual void send(const ApiRequest &request, QObject *context, Callback done) = 0;
};

} // namespace Nav::Sync

Q_DECLARE_METATYPE(Nav::Sync::ApiReply)

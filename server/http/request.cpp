// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "http/request.h"

#include <QJsonArray>
#include <QJsonParseError>

namespace Nav::Server {

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QString Request::queryValue(const QString &key) const
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

int jsonNestingDepth(const QByteArray &json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            deepest = qMax(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

namespace {
ApiResult<void> check(const QJsonValue &v, const Limits &limits, const QString &path)
{
    auto tooBig = [&](const QString &what) {
        return ApiFail(ApiError::badRequest(QStringLiteral("field-too-long"), what,
                                            {{QStringLiteral("field"), path.isEmpty() ? QStringLiteral("$") : path}}));
    };
    if (v.isString() && v.toString().size() > limits.maxStringLength)
        return tooBig(QStringLiteral("The text of %1 is longer than %2 characters.")
                          .arg(path.isEmpty() ? QStringLiteral("the body") : path).arg(limits.maxStringLength));
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() > limits.maxArrayLength)
            return tooBig(QStringLiteral("The list %1 has more than %2 entries.").arg(path).arg(limits.maxArrayLength));
        for (qsizetype i = 0; i < a.size(); ++i)
            if (auto r = check(a.at(i), limits, QStringLiteral("%1[%2]").arg(path).arg(i)); !r)
                return r;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().size() > 100)
                return tooBig(QStringLiteral("A field name in %1 is longer than 100 characters.").arg(path.isEmpty() ? QStringLiteral("the body") : path));
            if (auto r = check(it.value(), limits, path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key()); !r)
                return r;
        }
    }
    return {};
}
} // namespace

ApiResult<void> checkJsonLimits(const QJsonValue &value, const Limits &limits)
{
    return check(value, limits, QString());
}

ApiResult<QJsonObject> Request::jsonObject(const Limits &limits) const
{
    const QByteArray type = header("Content-Type").toLower();
    if (!type.startsWith("application/json"))
        return ApiFail(ApiError{415, QStringLiteral("unsupported-media-type"),
                                QStringLiteral("Send the body as JSON with Content-Type: application/json."), {}, 0});
    if (body.isEmpty())
        return ApiFail(ApiError::badRequest(QStringLiteral("empty-body"), QStringLiteral("The request has no body; a JSON object is expected.")));
    if (jsonNestingDepth(body) > limits.maxJsonDepth)
        return ApiFail(ApiError::badRequest(QStringLiteral("json-too-deep"),
                                            QStringLiteral("The JSON is nested deeper than %1 levels.").arg(limits.maxJsonDepth)));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return ApiFail(ApiError::badRequest(QStringLiteral("malformed-json"),
                                            QStringLiteral("The body is not valid JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset),
                                            {{QStringLiteral("offset"), err.offset}}));
    if (!doc.isObject())
        return ApiFail(ApiError::badRequest(QStringLiteral("wrong-type"), QStringLiteral("The body must be a JSON object.")));
    if (auto r = checkJsonLimits(doc.object(), limits); !r)
        return ApiFail(r.error());
    return doc.object();
}

Response Response::json(const QJsonObject &object, int status)
{
    return raw(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

Response Response::json(const QJsonArray &array, int status)
{
    return raw(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

Response Response::raw(const QByteArray &json, int status)
{
    Response r;
    r.status = status;
    r.body = json;
    return r;
}

Response Response::error(const ApiError &error)
{
    QJsonObject e{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    for (auto it = error.details.begin(); it != error.details.end(); ++it)
        if (it.key() != QLatin1String("log"))
            e.insert(it.key(), it.value());
    Response r = json(QJsonObject{{QStringLiteral("error"), e}}, error.status);
    if (error.retryAfterSeconds > 0)
        r.withHeader("Retry-After", QByteArray::number(error.retryAfterSeconds));
    return r;
}

Response Response::noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response &Response::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Entity";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace Nav::Server

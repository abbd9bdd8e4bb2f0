// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Nav::Server {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct Limits
{
    qint64 maxBodyBytes = 1 << 20;     // 1 MiB: a contact is a few KiB
    int maxHeaderBytes = 16 * 1024;
    int maxJsonDepth = 16;
    int maxStringLength = 20000;       // characters in any one JSON string
    int maxArrayLength = 2000;
    int headerTimeoutMs = 10'000;      // whole request head
    int bodyTimeoutMs = 30'000;        // whole body once the head is in
    int idleTimeoutMs = 60'000;        // keep-alive connection with nothing to do
};

struct Request
{
    QByteArray method;     // "GET", "PUT"…
    QString path;          // decoded path, no query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QHostAddress remote;
    QHash<QString, QString> params; // path parameters filled by the router

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    QString queryValue(const QString &key) const;    // decoded

    // The body as a JSON object: content type, syntax (with the offset of the error), depth,
    // string and array sizes are checked, and the error says what and where.
    ApiResult<QJsonObject> jsonObject(const Limits &limits) const;
};

struct Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    HeaderList headers;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response raw(const QByteArray &json, int status = 200); // already-serialised JSON
    static Response error(const ApiError &error);
    static Response noContent();
    Response &withHeader(const QByteArray &name, const QByteArray &value);
};

// Checks a parsed JSON value against the limits; returns the path of the first problem.
ApiResult<void> checkJsonLimits(const QJsonValue &value, const Limits &limits);
// Nesting depth of a JSON text, counted without parsing (so a deep bomb is refused cheaply).
int jsonNestingDepth(const QByteArray &json);

QByteArray reasonPhrase(int status);

} // namespace Nav::Server

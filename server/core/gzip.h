// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QByteArray>

namespace Nav::Server {

// RFC 1952 gzip (what Content-Encoding: gzip means; qCompress writes zlib with its own prefix).
QByteArray gzipCompress(const QByteArray &data, int level = 6);
// Empty and false on corrupt input.
bool gzipDecompress(const QByteArray &data, QByteArray *out, qsizetype maxSize = 256 << 20);

} // namespace Nav::Server

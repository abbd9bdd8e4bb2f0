// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/gzip.h"

#include <zlib.h>

namespace Nav::Server {

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream s{};
    if (deflateInit2(&s, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size())) + 32), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = deflate(&s, Z_FINISH);
    const auto written = qsizetype(s.total_out);
    deflateEnd(&s);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

bool gzipDecompress(const QByteArray &data, QByteArray *out, qsizetype maxSize)
{
    out->clear();
    z_stream s{};
    if (inflateInit2(&s, 15 + 16) != Z_OK)
        return false;
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    s.avail_in = uInt(data.size());
    char buf[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        s.next_out = reinterpret_cast<Bytef *>(buf);
        s.avail_out = sizeof buf;
        rc = inflate(&s, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&s);
            out->clear();
            return false;
        }
        out->append(buf, qsizetype(sizeof buf - s.avail_out));
        if (out->size() > maxSize || (rc == Z_OK && s.avail_in == 0 && s.avail_out != 0)) {
            inflateEnd(&s);
            out->clear();
            return false;
        }
    }
    inflateEnd(&s);
    return true;
}

} // namespace Nav::Server

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QStringList>

#include <memory>

namespace Nav::Directory {

// RFC 4180 CSV as real exports write it: quoted fields with embedded commas, quotes ("") and
// line breaks, CRLF or LF, an optional UTF-8 byte-order mark, a header row. Reads row by row
// (large files never sit in memory twice). Text must be UTF-8: a row with bytes that are not
// is still returned, decoded with replacement characters, and flagged, so the importer can
// quarantine that record and say why.
class CsvReader
{
public:
    struct Row
    {
        QStringList fields;
        qint64 line = 0;        // 1-based line where the row starts
        bool badEncoding = false;
    };

    explicit CsvReader(QIODevice *device, QChar separator = QLatin1Char(','));
    ~CsvReader();

    // Reads the header row. Names are trimmed; lookups by name ignore case.
    Result<QStringList> readHeader();
    const QStringList &header() const { return m_header; }
    int column(const QString &name) const; // -1 if absent

    // The next row, or std::nullopt at the end. A row with an unterminated quote is an error.
    Result<std::optional<Row>> next();

    // Field `name` of `row`, trimmed; empty when the column is absent or the row is short.
    QString value(const Row &row, const QString &name) const;

    qint64 bytesRead() const;

private:
    Result<std::optional<QByteArray>> readRecordBytes(qint64 *startLine);

    QIODevice *m_device;
    char m_separator;
    QStringList m_header;
    QHash<QString, int> m_columns; // lower-case name -> index
    qint64 m_line = 0;
    bool m_first = true;
};

} // namespace Nav::Directory

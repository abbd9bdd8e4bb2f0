// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Nav::Directory {

CsvReader::CsvReader(QIODevice *device, QChar separator)
    : m_device(device)
    , m_separator(separator.toLatin1())
{
}

CsvReader::~CsvReader() = default;

qint64 CsvReader::bytesRead() const
{
    return m_device->pos();
}

// One logical record: physical lines joined while a quoted field is open.
Result<std::optional<QByteArray>> CsvReader::readRecordBytes(qint64 *startLine)
{
    QByteArray record;
    bool inQuotes = false;
    bool atFieldStart = true;
    bool any = false;
    *startLine = m_line + 1;
    while (!m_device->atEnd()) {
        QByteArray line = m_device->readLine();
        ++m_line;
        any = true;
        if (m_first) {
            m_first = false;
            if (line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
        }
        // A quote opens a quoted field only at the start of a field; inside one, "" is a quote
        // character and a lone " closes it. Elsewhere (Screen 5" TV) it is an ordinary character.
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < line.size() && line.at(i + 1) == '"')
                        ++i;
                    else
                        inQuotes = false;
                }
            } else if (c == '"' && atFieldStart) {
                inQuotes = true;
            }
            atFieldStart = !inQuotes && (c == m_separator || c == '\n');
        }
        record += line;
        if (!inQuotes)
            break;
    }
    if (!any)
        return std::optional<QByteArray>();
    if (inQuotes) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::CsvReader",
                                                "Line %1: a quoted field is never closed (a \" is "
                                                "missing). The rest of the file cannot be read.")
                        .arg(*startLine));
    }
    while (record.endsWith('\n') || record.endsWith('\r'))
        record.chop(1);
    return std::optional<QByteArray>(record);
}

Result<QStringList> CsvReader::readHeader()
{
    auto row = next();
    if (!row)
        return Unexpected(row.error());
    if (!*row || (*row)->fields.join(QString()).trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Nav::Directory::CsvReader",
                                                "The file is empty or has no header row."));
    }
    m_header.clear();
    m_columns.clear();
    for (int i = 0; i < (*row)->fields.size(); ++i) {
        const QString name = (*row)->fields.at(i).trimmed();
        m_header << name;
        if (!m_columns.contains(name.toLower()))
            m_columns.insert(name.toLower(), i);
    }
    return m_header;
}

int CsvReader::column(const QString &name) const
{
    return m_columns.value(name.toLower(), -1);
}

QString CsvReader::value(const Row &row, const QString &name) const
{
    const int i = column(name);
    return (i >= 0 && i < row.fields.size()) ? row.fields.at(i).trimmed() : QString();
}

Result<std::optional<CsvReader::Row>> CsvReader::next()
{
    for (;;) {
        qint64 start = 0;
        auto bytes = readRecordBytes(&start);
        if (!bytes)
            return Unexpected(bytes.error());
        if (!*bytes)
            return std::optional<Row>();
        const QByteArray &raw = **bytes;
        if (raw.isEmpty() && !m_header.isEmpty())
            continue; // blank lines between records

        Row row;
        row.line = start;
        QStringDecoder utf8(QStringDecoder::Utf8);
        QByteArray field;
        bool quoted = false;
        bool fieldHadQuote = false;
        const auto flush = [&] {
            row.fields << utf8.decode(field);
            if (utf8.hasError())
                row.badEncoding = true;
            field.clear();
        };
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const char c = raw.at(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < raw.size() && raw.at(i + 1) == '"') {
                        field += '"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == '"' && field.isEmpty() && !fieldHadQuote) {
                quoted = true;
                fieldHadQuote = true;
            } else if (c == m_separator) {
                fieldHadQuote = false;
                flush();
            } else if (c != '\r') {
                field += c;
            }
        }
        flush();
        return std::optional<Row>(row);
    }
}

} // namespace Nav::Directory

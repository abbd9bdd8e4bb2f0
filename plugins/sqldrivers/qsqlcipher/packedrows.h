// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Reads what nav_pack(integer, blob) returned (packaggregate.h): header only, no SQLite, so
// the application can include it.

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <cstring>

namespace Nav::SqlCipher {

class PackedRows
{
public:
    explicit PackedRows(const QByteArray &packed) : m_data(packed) {}

    // The next row; false at the end or when the rest is cut short (then *truncated is set).
    bool next(std::int64_t *key, QByteArrayView *bytes, bool *truncated = nullptr)
    {
        constexpr qsizetype kHeader = qsizetype(sizeof(std::int64_t) + sizeof(std::uint32_t));
        const qsizetype left = m_data.size() - m_at;
        if (left == 0)
            return false;
        std::uint32_t length = 0;
        if (left >= kHeader)
            std::memcpy(&length, m_data.constData() + m_at + sizeof(std::int64_t), sizeof length);
        if (left < kHeader || qsizetype(length) > left - kHeader) {
            if (truncated)
                *truncated = true;
            m_at = m_data.size();
            return false;
        }
        std::memcpy(key, m_data.constData() + m_at, sizeof(std::int64_t));
        *bytes = QByteArrayView(m_data.constData() + m_at + kHeader, qsizetype(length));
        m_at += kHeader + qsizetype(length);
        return true;
    }

private:
    QByteArray m_data;
    qsizetype m_at = 0;
};

} // namespace Nav::SqlCipher

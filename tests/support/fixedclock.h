// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/clock.h"

namespace Nav::Test {

class FixedClock final : public Core::Clock
{
public:
    explicit FixedClock(QDateTime t = QDateTime(QDate(2026, 11, 23), QTime(14, 30), Qt::UTC))
        : m_now(std::move(t))
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace Nav::Test

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace Nav::Test {

// Share of the power of `count` 8 kHz samples that lies at `hz` (Goertzel filter), 0..1.
// A clean sine at that frequency gives about 1; silence or another tone about 0.
inline double tonePower(const int16_t *samples, std::size_t count, double hz)
{
    if (count < 160)
        return 0;
    const double k = 2.0 * std::cos(2.0 * M_PI * hz / 8000.0);
    double s1 = 0, s2 = 0, total = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const double x = samples[i];
        const double s0 = x + k * s1 - s2;
        s2 = s1;
        s1 = s0;
        total += x * x;
    }
    if (total <= 0)
        return 0;
    const double power = s1 * s1 + s2 * s2 - k * s1 * s2;
    // a pure sine of N samples: Goertzel power N²A²/4, total power NA²/2
    return std::min(1.0, power / (total * double(count) / 2.0));
}

} // namespace Nav::Test

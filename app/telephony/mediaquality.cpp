// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "telephony/mediaquality.h"

#include <algorithm>

namespace Nav::Telephony {

double estimateMos(double lossPercent, double jitterMs, double oneWayDelayMs)
{
    const double loss = std::clamp(lossPercent, 0.0, 100.0);
    // mouth-to-ear delay: network, two packet times of framing, the jitter buffer
    const double delay = std::max(0.0, oneWayDelayMs) + 40.0 + 2.0 * std::max(0.0, jitterMs);
    double id = 0.024 * delay;
    if (delay > 177.3)
        id += 0.11 * (delay - 177.3);
    const double ie = 95.0 * loss / (loss + 25.1);
    const double r = std::clamp(93.2 - id - ie, 0.0, 100.0);
    const double mos = 1.0 + 0.035 * r + r * (r - 60.0) * (100.0 - r) * 7e-6;
    return std::clamp(mos, 1.0, 4.5);
}

} // namespace Nav::Telephony

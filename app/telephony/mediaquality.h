// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

namespace Nav::Telephony {

// A mean opinion score (1 to 4.5) for G.711 from the ITU-T G.107 E-model, simplified as
// voice engineers commonly do: delay impairment from the one-way delay plus a jitter buffer
// of twice the jitter, and the packet-loss impairment of G.711 with packet loss concealment
// (Ie = 0, Bpl = 25.1). Not a listening test; a figure that moves the right way.
double estimateMos(double lossPercent, double jitterMs, double oneWayDelayMs);

} // namespace Nav::Telephony

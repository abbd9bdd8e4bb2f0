// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace Nav::Test {

// Runs the event loop until `done()` holds or `timeoutMs` passed (negative: no limit), sleeping
// while there is nothing to do. For benchmarks: QCoreApplication::processEvents(flags, ms)
// drops WaitForMoreEvents and spins a whole core, which on a 2-core machine is half of what
// the code being measured could use. `done` is checked every `pollMs` ms. True when done.
inline bool runEventsUntil(const std::function<bool()> &done, int timeoutMs = -1, int pollMs = 5)
{
    if (done())
        return true;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || (timeoutMs >= 0 && clock.elapsed() >= timeoutMs))
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

// Runs the event loop for `ms` milliseconds.
inline void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace Nav::Test

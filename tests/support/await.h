// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QFuture>
#include <QTest>

namespace Nav::Test {

// The result of an asynchronous call, processing events while it runs (at most 30 s). A
// future that never finishes fails the test at result() rather than hanging it.
template<typename T>
T await(QFuture<T> f)
{
    [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return f.isFinished(); }, 30000);
    return f.result();
}

} // namespace Nav::Test

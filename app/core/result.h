// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/error.h"

#include <expected>

namespace Nav {

// Expected failures travel as values: Result<T> holds either a T or an Error.
template<typename T>
using Result = std::expected<T, Error>;

using Unexpected = std::unexpected<Error>;

inline Unexpected fail(ErrorCode code, const QString &message, const QString &detail = {})
{
    return Unexpected(Error{code, message, detail});
}

} // namespace Nav

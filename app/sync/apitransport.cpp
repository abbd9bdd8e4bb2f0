// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "sync/apitransport.h"

namespace Nav::Sync {

bool ApiReply::isTransient() const
{
    switch (failure) {
    case Failure::Network:
    case Failure::Timeout:
    case Failure::ServerError:
    case Failure::BadResponse:
        return true;
    case Failure::Refused:
        return status == 408 || status == 429;
    case Failure::None:
    case Failure::NotSignedIn:
    case Failure::Tls:
    case Failure::Cancelled:
        return false;
    }
    return false;
}

Error ApiReply::toError() const
{
    ErrorCode code = ErrorCode::InvalidInput;
    if (failure == Failure::Cancelled)
        code = ErrorCode::Cancelled;
    else if (isTransient())
        code = ErrorCode::Io;
    const QString detail = QStringLiteral("HTTP %1%2%3")
                               .arg(status)
                               .arg(errorCode.isEmpty() ? QString() : QStringLiteral(" ") + errorCode)
                               .arg(errorMessage.isEmpty() ? QString()
                                                           : QStringLiteral(": ") + errorMessage);
    return Error::make(code, message, detail);
}

} // namespace Nav::Sync

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/secretstore.h"

namespace Nav::Core {

QString profileSecretName(const QString &profileId, const QString &purpose)
{
    return QStringLiteral("profile/%1/%2").arg(profileId, purpose);
}

} // namespace Nav::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/appinfo.h"

#include <QtGlobal>

namespace Nav::Core {

QString AppInfo::applicationName()
{
    return QStringLiteral("Navigator");
}

QString AppInfo::version()
{
    return QStringLiteral(NAV_VERSION);
}

QString AppInfo::qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AppInfo::qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

} // namespace Nav::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/appinfo.h"

#include <QCoreApplication>
#include <QDir>
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

void AppInfo::addBundledPluginPaths()
{
    const QDir exe(QCoreApplication::applicationDirPath());
    for (const QString &rel : {QStringLiteral("../plugins"), QStringLiteral("../lib/navigator/plugins")}) {
        if (exe.exists(rel + QStringLiteral("/sqldrivers")))
            QCoreApplication::addLibraryPath(QDir::cleanPath(exe.filePath(rel)));
    }
}

} // namespace Nav::Core

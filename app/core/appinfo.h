// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QString>

namespace Nav::Core {

// Build and runtime facts shown in About and printed by --version.
struct AppInfo
{
    static QString applicationName();   // "Navigator"
    static QString version();           // "0.1.0"
    static QString qtRuntimeVersion();  // qVersion()
    static QString qtBuildVersion();    // QT_VERSION_STR

    // Adds the folder holding our SQL driver plugin: plugins/ beside bin/ (build tree) or
    // lib/navigator/plugins (installed). Call after the QCoreApplication exists.
    static void addBundledPluginPaths();
};

} // namespace Nav::Core

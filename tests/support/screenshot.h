// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

namespace Nav::Test {

// Screenshots a person can look at: <build>/test-artifacts/screenshots/<name>.png
inline void screenshot(QWidget *w, const QString &name)
{
    const QString dir = QDir(QString::fromLocal8Bit(qgetenv("NAV_ARTIFACT_DIR")))
                            .filePath(QStringLiteral("screenshots"));
    QVERIFY(QDir().mkpath(dir));
    QApplication::processEvents();
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(w->grab().save(file), qPrintable(file));
}

} // namespace Nav::Test

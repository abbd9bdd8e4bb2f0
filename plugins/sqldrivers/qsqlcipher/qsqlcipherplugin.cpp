// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "qsqlcipherplugin.h"

#include "qsqlcipherdriver.h"

namespace Nav::SqlCipher {

QSqlCipherPlugin::QSqlCipherPlugin(QObject *parent)
    : QSqlDriverPlugin(parent)
{}

QSqlDriver *QSqlCipherPlugin::create(const QString &key)
{
    if (key == QLatin1String("QSQLCIPHER"))
        return new QSqlCipherDriver;
    return nullptr;
}

} // namespace Nav::SqlCipher

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QSqlDriverPlugin>

namespace Nav::SqlCipher {

class QSqlCipherPlugin : public QSqlDriverPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QSqlDriverFactoryInterface_iid FILE "qsqlcipher.json")

public:
    explicit QSqlCipherPlugin(QObject *parent = nullptr);

    QSqlDriver *create(const QString &key) override;
};

} // namespace Nav::SqlCipher

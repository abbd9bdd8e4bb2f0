// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// The tabular form of HSDS: one table per entity, children pointing to their parents by id.
// Read from a folder of CSV files (named by datapackage.json, or found by their file names,
// 3.0 names and the older 1.x/2.x ones) or from the same tables written as one JSON object
// ({"services.csv": [...], ...}).

#include "core/result.h"
#include "directory/importers/hsds/hsdsrecord.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Nav::Directory::Hsds {

class TableSource
{
public:
    virtual ~TableSource() = default;

    // The tables present among `names` (base names without ".csv", tried in order), each
    // once, as handles for read().
    virtual QStringList find(const QStringList &names) const = 0;
    // Reads every row of table `handle` as a record of `type`; `visit` is called per row.
    // Counts progress; fails on an unreadable or broken file and on cancellation.
    virtual Result<void> read(Context &ctx, const QString &handle, const QString &type,
                              const std::function<void(const Record &)> &visit) = 0;
    // Progress total, in the unit read() counts in.
    virtual qint64 progressTotal() const = 0;
    // Where the tables come from, for messages.
    virtual QString displayName() const = 0;

    // The language of untagged text in the table (see HsdsImporter).
    QString tableLanguage(const Context &ctx, const QString &handle) const;
    void setTableLanguage(const QString &tableName, const QString &lang);

protected:
    virtual QString tableName(const QString &handle) const = 0;
    QString m_packageLanguage;
    QHash<QString, QString> m_tableLanguages; // lower-case table name -> "en"/"fr"
};

// A folder of CSV files; `datapackage` (may be empty) names the resources.
std::unique_ptr<TableSource> csvFolderSource(const QString &folder, const QString &datapackage);
// The tabular form written as JSON.
std::unique_ptr<TableSource> jsonTablesSource(const QJsonObject &tables, const QString &fileName);
// True when `object` looks like the tabular form written as JSON.
bool isJsonTables(const QJsonObject &object);

// Reads all tables into ctx.batch (services, and what they reference). Fails with
// InvalidInput when there is no services table, and on read errors or cancellation.
Result<void> readTabular(Context &ctx, TableSource &source);

} // namespace Nav::Directory::Hsds

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/entrylistmodel.h"

namespace Nav::Ui {

EntryListModel::EntryListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void EntryListModel::setEntries(const QList<Entry> &entries)
{
    if (entries == m_entries)
        return;
    // Lists are a handful of rows: a reset is simpler than diffing and keeps views correct.
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.detail.isEmpty() ? e.title : QString(e.title + QStringLiteral(" — ") + e.detail);
    case Qt::ToolTipRole:
    case DetailRole:
        return e.detail;
    case Qt::AccessibleTextRole:
        return QString(e.title + QStringLiteral(". ") + e.detail);
    default:
        return {};
    }
}

} // namespace Nav::Ui

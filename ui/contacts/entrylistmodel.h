// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace Nav::Ui {

// The rows of one list of a contact form (needs, referrals, unmet needs): a title and a detail
// line per entry. The form keeps the entries themselves; this model only shows them, so it is
// rebuilt with setEntries() whenever they change.
class EntryListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Entry
    {
        QString title;
        QString detail;
        bool operator==(const Entry &) const = default;
    };
    enum Role { DetailRole = Qt::UserRole + 1 };

    explicit EntryListModel(QObject *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace Nav::Ui

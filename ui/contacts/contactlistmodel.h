// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Nav::Ui {

// Contact summaries (recent contacts, search results) as a table. Display text is built on
// demand in the current locale and language, so retranslate() is enough after a switch.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        ChannelColumn,
        DirectionColumn,
        DispositionColumn,
        NeedColumn,
        PhoneColumn,
        MarkersColumn,
        ColumnCount
    };
    enum Role {
        ContactIdRole = Qt::UserRole + 1, // qint64
        UuidRole,
        // What the column sorts by: the start as a date-time, E.164 for the phone, a number
        // for the markers (crisis weighs most), the shown label for the rest.
        SortRole,
        CrisisRole,      // bool
        FollowUpRole,    // bool
    };

    explicit ContactListModel(QObject *parent = nullptr);

    void setContacts(const QList<Contacts::ContactSummary> &contacts);
    const QList<Contacts::ContactSummary> &contacts() const { return m_contacts; }
    // Labels for first-need category codes (code -> label); codes without one show as typed.
    void setNeedLabels(const QHash<QString, QString> &labels);
    // Relabels every cell and header after a language or locale change.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "Open" for a contact not closed yet, else the disposition's label.
    static QString dispositionText(Core::Disposition disposition);

private:
    QString displayText(const Contacts::ContactSummary &c, int column) const;
    QString markersText(const Contacts::ContactSummary &c) const;

    QList<Contacts::ContactSummary> m_contacts;
    QHash<QString, QString> m_needLabels;
};

} // namespace Nav::Ui

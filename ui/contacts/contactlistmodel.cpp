// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/contactlistmodel.h"

#include "contacts/phonenumber.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Nav::Ui {

using Contacts::ContactSummary;

ContactListModel::ContactListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContactListModel::setContacts(const QList<ContactSummary> &contacts)
{
    // Lists are at most a few hundred rows and replaced as a whole by each search.
    beginResetModel();
    m_contacts = contacts;
    endResetModel();
}

void ContactListModel::setNeedLabels(const QHash<QString, QString> &labels)
{
    m_needLabels = labels;
    if (!m_contacts.isEmpty())
        Q_EMIT dataChanged(index(0, NeedColumn), index(rowCount() - 1, NeedColumn));
}

void ContactListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_contacts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ContactListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactListModel::dispositionText(Core::Disposition disposition)
{
    return disposition == Core::Disposition::None ? tr("Open") : Core::labelOf(disposition);
}

QString ContactListModel::markersText(const ContactSummary &c) const
{
    QStringList markers;
    if (c.crisis)
        markers << tr("Crisis");
    if (c.hasFollowUp)
        markers << tr("Follow-up");
    return markers.join(QStringLiteral(" · "));
}

QString ContactListModel::displayText(const ContactSummary &c, int column) const
{
    switch (column) {
    case StartColumn:
        return QLocale().toString(c.start.toLocalTime(), QLocale::ShortFormat);
    case ChannelColumn:
        return Core::labelOf(c.channel);
    case DirectionColumn:
        return Core::labelOf(c.direction);
    case DispositionColumn:
        return dispositionText(c.disposition);
    case NeedColumn:
        return m_needLabels.value(c.firstNeed, c.firstNeed);
    case PhoneColumn:
        return c.phone.isEmpty() ? QString() : Contacts::PhoneNumber::format(c.phone);
    case MarkersColumn:
        return markersText(c);
    default:
        return {};
    }
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactSummary &c = m_contacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MarkersColumn) {
            QStringList tips;
            if (c.crisis)
                tips << tr("Crisis contact");
            if (c.hasFollowUp)
                tips << tr("A follow-up was planned");
            return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
        }
        if (index.column() == NeedColumn && !c.firstNeed.isEmpty())
            return tr("First need: %1").arg(displayText(c, NeedColumn));
        return {};
    case Qt::AccessibleTextRole:
        return displayText(c, index.column());
    case Qt::ForegroundRole:
        if (index.column() == MarkersColumn && c.crisis)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case ContactIdRole:
        return c.id;
    case UuidRole:
        return c.uuid;
    case CrisisRole:
        return c.crisis;
    case FollowUpRole:
        return c.hasFollowUp;
    case SortRole:
        switch (index.column()) {
        case StartColumn:
            return c.start;
        case PhoneColumn:
            return c.phone;
        case MarkersColumn:
            return (c.crisis ? 2 : 0) + (c.hasFollowUp ? 1 : 0);
        default:
            // Labels sort as the navigator reads them.
            return displayText(c, index.column());
        }
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartColumn:
        return tr("Started");
    case ChannelColumn:
        return tr("Channel");
    case DirectionColumn:
        return tr("Direction");
    case DispositionColumn:
        return tr("Disposition");
    case NeedColumn:
        return tr("First need");
    case PhoneColumn:
        return tr("Phone");
    case MarkersColumn:
        return tr("Markers");
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ContactIdRole, "contactId");
    names.insert(UuidRole, "uuid");
    names.insert(SortRole, "sortKey");
    names.insert(CrisisRole, "crisis");
    names.insert(FollowUpRole, "hasFollowUp");
    return names;
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/followupqueuemodel.h"

#include "core/clock.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Nav::Ui {

namespace {

QString timeText(const QTime &t)
{
    return QLocale().toString(t, QLocale::ShortFormat);
}

} // namespace

FollowUpQueueModel::FollowUpQueueModel(Core::Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
}

FollowUpQueueModel::Bucket FollowUpQueueModel::bucketOf(const Core::FollowUp &followUp,
                                                        const QDateTime &now)
{
    if (followUp.status != Core::FollowUpStatus::Open)
        return Bucket::Done;
    const QDate today = now.toLocalTime().date();
    // An open follow-up without a date needs someone to look at it today.
    if (!followUp.due.isValid() || followUp.due == today)
        return Bucket::DueToday;
    return followUp.due < today ? Bucket::Overdue : Bucket::Upcoming;
}

QString FollowUpQueueModel::bucketLabel(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Overdue: return tr("Overdue");
    case Bucket::DueToday: return tr("Due today");
    case Bucket::Upcoming: return tr("Upcoming");
    case Bucket::Done: return tr("Done");
    }
    return {};
}

QString FollowUpQueueModel::dueText(const Core::FollowUp &followUp)
{
    const QString date = followUp.due.isValid()
        ? QLocale().toString(followUp.due, QStringLiteral("ddd d MMM yyyy"))
        : tr("no date");
    const bool hasStart = followUp.windowStart.isValid();
    const bool hasEnd = followUp.windowEnd.isValid();
    if (hasStart && hasEnd) {
        //: date, then the person's preferred time window (from – to)
        return tr("%1, %2–%3").arg(date, timeText(followUp.windowStart),
                                  timeText(followUp.windowEnd));
    }
    if (hasStart)
        return tr("%1, from %2").arg(date, timeText(followUp.windowStart));
    if (hasEnd)
        return tr("%1, before %2").arg(date, timeText(followUp.windowEnd));
    return tr("%1, any time").arg(date);
}

void FollowUpQueueModel::setItems(QList<Contacts::FollowUpItem> items)
{
    const QDateTime now = m_clock.now();
    QList<std::pair<Bucket, Contacts::FollowUpItem>> sorted;
    sorted.reserve(items.size());
    for (auto &item : items) {
        const Bucket b = bucketOf(item.followUp, now);
        sorted.append({b, std::move(item)});
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        const Core::FollowUp &x = a.second.followUp;
        const Core::FollowUp &y = b.second.followUp;
        // Done: the most recent first. Open: the oldest first, earliest window first.
        if (a.first == Bucket::Done) {
            if (x.due != y.due)
                return x.due > y.due;
            return x.id > y.id;
        }
        if (x.due != y.due)
            return x.due < y.due;
        const QTime xs = x.windowStart.isValid() ? x.windowStart : QTime(0, 0);
        const QTime ys = y.windowStart.isValid() ? y.windowStart : QTime(0, 0);
        if (xs != ys)
            return xs < ys;
        return x.id < y.id;
    });

    beginResetModel();
    m_items.clear();
    m_buckets.clear();
    m_items.reserve(sorted.size());
    m_buckets.reserve(sorted.size());
    for (auto &[bucket, item] : sorted) {
        m_buckets.append(bucket);
        m_items.append(std::move(item));
    }
    rebuild();
    endResetModel();
    Q_EMIT countsChanged();
}

void FollowUpQueueModel::rebuild()
{
    m_counts.fill(0);
    m_rows.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        const Bucket b = m_buckets.at(i);
        ++m_counts.at(std::size_t(b));
        if (!m_filter || *m_filter == b)
            m_rows.append(i);
    }
}

void FollowUpQueueModel::setFilter(std::optional<Bucket> bucket)
{
    if (bucket == m_filter)
        return;
    beginResetModel();
    m_filter = bucket;
    rebuild();
    endResetModel();
}

const Contacts::FollowUpItem *FollowUpQueueModel::item(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_items.at(m_rows.at(row));
}

int FollowUpQueueModel::rowOf(qint64 followUpId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_items.at(m_rows.at(row)).followUp.id == followUpId)
            return row;
    }
    return -1;
}

bool FollowUpQueueModel::updateBuckets()
{
    const QDateTime now = m_clock.now();
    for (int i = 0; i < m_items.size(); ++i) {
        if (bucketOf(m_items.at(i).followUp, now) != m_buckets.at(i)) {
            setItems(m_items);
            return true;
        }
    }
    return false;
}

void FollowUpQueueModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int FollowUpQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FollowUpQueueModel::displayText(const Contacts::FollowUpItem &item, Bucket bucket,
                                        int column) const
{
    const Core::FollowUp &f = item.followUp;
    switch (column) {
    case DueColumn: return dueText(f);
    case BucketColumn:
        // Done rows say how they ended: done, unreachable or cancelled.
        return bucket == Bucket::Done ? Core::labelOf(f.status) : bucketLabel(bucket);
    case MethodColumn: return Core::labelOf(f.method);
    case ReasonColumn: return f.reason;
    case AttemptsColumn: return QLocale().toString(item.failedAttempts());
    case AssigneeColumn: return Core::labelOf(f.assignee);
    case CrisisColumn: return item.crisis ? tr("Crisis") : QString();
    default: return {};
    }
}

QVariant FollowUpQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int at = m_rows.at(index.row());
    const Contacts::FollowUpItem &item = m_items.at(at);
    const Bucket bucket = m_buckets.at(at);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, bucket, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CrisisColumn && item.crisis)
            return tr("The first contact was a crisis contact.");
        if (index.column() == AttemptsColumn)
            return tr("%n failed attempt(s) so far", nullptr, item.failedAttempts());
        return displayText(item, bucket, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == BucketColumn && bucket == Bucket::Overdue)
            || (index.column() == CrisisColumn && item.crisis)) {
            return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        if (bucket == Bucket::Done)
            return QBrush(QColor(0x5f, 0x63, 0x68));
        return {};
    case Qt::FontRole:
        if (index.column() == CrisisColumn && item.crisis) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ItemRole: return QVariant::fromValue(item);
    case FollowUpIdRole: return item.followUp.id;
    case ContactIdRole: return item.followUp.contactId;
    case BucketRole: return int(bucket);
    case StatusRole: return int(item.followUp.status);
    case CrisisRole: return item.crisis;
    case SortRole:
        switch (index.column()) {
        case DueColumn:
            return QDateTime(item.followUp.due, item.followUp.windowStart.isValid()
                                                    ? item.followUp.windowStart
                                                    : QTime(0, 0));
        case BucketColumn: return int(bucket);
        case AttemptsColumn: return item.failedAttempts();
        case CrisisColumn: return item.crisis;
        default: return displayText(item, bucket, index.column());
        }
    default:
        return {};
    }
}

QVariant FollowUpQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn: return tr("Due");
    case BucketColumn: return tr("State");
    case MethodColumn: return tr("Method");
    case ReasonColumn: return tr("Reason");
    case AttemptsColumn: return tr("Failed attempts");
    case AssigneeColumn: return tr("Assigned to");
    case CrisisColumn: return tr("Crisis");
    default: return {};
    }
}

QHash<int, QByteArray> FollowUpQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemRole, "item");
    names.insert(FollowUpIdRole, "followUpId");
    names.insert(ContactIdRole, "contactId");
    names.insert(BucketRole, "bucket");
    names.insert(StatusRole, "status");
    names.insert(CrisisRole, "crisis");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace Nav::Ui

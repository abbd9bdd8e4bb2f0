// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <optional>

namespace Nav::Core {
class Clock;
}

namespace Nav::Ui {

// The follow-up queue as a table, one follow-up per row, each in a bucket computed from the
// clock: overdue, due today, upcoming, or done (done, unreachable and cancelled). A filter shows
// one bucket; counts are kept for every bucket whatever the filter. Rows are ordered by bucket,
// then by due date and time window.
//
// The list shows no phone number: the person's number appears only in the outcome dialog, when
// the navigator is about to call.
class FollowUpQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Bucket { Overdue, DueToday, Upcoming, Done };
    Q_ENUM(Bucket)
    static constexpr int kBucketCount = 4;

    enum Column {
        DueColumn,       // date and preferred window
        BucketColumn,
        MethodColumn,
        ReasonColumn,
        AttemptsColumn,  // failed attempts so far
        AssigneeColumn,
        CrisisColumn,
        ColumnCount
    };
    enum Role {
        ItemRole = Qt::UserRole + 1, // Contacts::FollowUpItem
        FollowUpIdRole,              // qint64
        ContactIdRole,               // qint64
        BucketRole,                  // int (Bucket)
        StatusRole,                  // int (Core::FollowUpStatus)
        CrisisRole,                  // bool
        SortRole,                    // what the column sorts by (a date-time for Due)
    };

    explicit FollowUpQueueModel(Core::Clock &clock, QObject *parent = nullptr);

    void setItems(QList<Contacts::FollowUpItem> items);
    const QList<Contacts::FollowUpItem> &items() const { return m_items; }

    // Shows one bucket, or every follow-up with nullopt.
    void setFilter(std::optional<Bucket> bucket);
    std::optional<Bucket> filter() const { return m_filter; }

    // Follow-ups in a bucket, whatever the filter.
    int count(Bucket bucket) const { return m_counts.at(std::size_t(bucket)); }

    // The follow-up shown on `row`, nullptr when out of range.
    const Contacts::FollowUpItem *item(int row) const;
    // Row of a follow-up under the current filter, -1 when not shown.
    int rowOf(qint64 followUpId) const;

    // Puts every follow-up in its bucket again from the clock (time passes: call it every few
    // minutes). Resets the model only when a bucket changed. Returns whether one did.
    bool updateBuckets();
    // Relabels every cell and header after a language or locale change.
    void retranslate();

    static Bucket bucketOf(const Core::FollowUp &followUp, const QDateTime &now);
    static QString bucketLabel(Bucket bucket);
    // "Mon 23 Nov 2026, 09:00–12:00" or "..., any time", in the current locale.
    static QString dueText(const Core::FollowUp &followUp);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countsChanged();

private:
    void rebuild();
    QString displayText(const Contacts::FollowUpItem &item, Bucket bucket, int column) const;

    Core::Clock &m_clock;
    QList<Contacts::FollowUpItem> m_items; // ordered for display
    QList<Bucket> m_buckets;               // parallel to m_items
    QList<int> m_rows;                     // indexes into m_items shown under the filter
    std::optional<Bucket> m_filter;
    std::array<int, kBucketCount> m_counts{};
};

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QStyledItemDelegate>

namespace Nav::Ui {

// One search result in three lines: name (and a marker when shown in the other language);
// organization · distance · open now · languages; verification age, alerts and capacity.
class ServiceResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The texts of the second and third lines (also used by tests and accessibility).
    static QString detailLine(const QModelIndex &index);
    static QString statusLine(const QModelIndex &index);
};

} // namespace Nav::Ui

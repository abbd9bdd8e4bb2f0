// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/directory/serviceresultdelegate.h"

#include "directory/hours/openinghours.h"
#include "ui/directory/serviceresultsmodel.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

namespace Nav::Ui {

using Model = ServiceResultsModel;

QString ServiceResultDelegate::detailLine(const QModelIndex &index)
{
    QStringList parts;
    const QString org = index.data(Model::OrganizationRole).toString();
    if (!org.isEmpty())
        parts << org;
    const QVariant distance = index.data(Model::DistanceRole);
    if (distance.isValid())
        parts << tr("%1 km").arg(QLocale().toString(distance.toDouble(), 'f', 1));
    switch (Directory::OpenState(index.data(Model::OpenStateRole).toInt())) {
    case Directory::OpenState::Open: parts << tr("Open now"); break;
    case Directory::OpenState::Closed: parts << tr("Closed now"); break;
    case Directory::OpenState::Unknown: break;
    }
    const QStringList langs = index.data(Model::LanguagesRole).toStringList();
    if (!langs.isEmpty())
        parts << langs.join(QLatin1Char(' ')).toUpper();
    return parts.join(QStringLiteral("  ·  "));
}

QString ServiceResultDelegate::statusLine(const QModelIndex &index)
{
    QStringList parts;
    const QDate verified = index.data(Model::LastVerifiedRole).toDate();
    if (!verified.isValid()) {
        parts << tr("⚠ Never verified");
    } else {
        const int months = int(verified.daysTo(QDate::currentDate()) / 30);
        if (index.data(Model::StaleRole).toBool())
            parts << tr("⚠ Verified %n month(s) ago", nullptr, months);
        else
            parts << tr("Verified %n month(s) ago", nullptr, months);
    }
    for (const QString &a : index.data(Model::AlertsRole).toStringList())
        parts << tr("⚑ %1").arg(a);
    const QString capacity = index.data(Model::CapacityRole).toString();
    if (!capacity.isEmpty())
        parts << capacity;
    return parts.join(QStringLiteral("  ·  "));
}

QSize ServiceResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {200, fm.lineSpacing() * 3 + 14};
}

void ServiceResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active
                                                                           : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = option.rect.adjusted(8, 6, -8, -6);
    const QFontMetrics fm(option.font);
    const int line = fm.lineSpacing();

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    QString name = index.data(Model::NameRole).toString();
    if (index.data(Model::NameFellBackRole).toBool())
        name += QLatin1Char(' ') + tr("(other language)");
    painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, r.width()));

    painter->setFont(option.font);
    painter->drawText(QRect(r.left(), r.top() + line, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(detailLine(index), Qt::ElideRight, r.width()));

    const bool warn = index.data(Model::StaleRole).toBool()
                      || !index.data(Model::AlertsRole).toStringList().isEmpty();
    painter->setPen(selected ? text : (warn ? QColor(0xa6, 0x4b, 0x00) : option.palette.color(group, QPalette::PlaceholderText)));
    painter->drawText(QRect(r.left(), r.top() + 2 * line, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(statusLine(index), Qt::ElideRight, r.width()));
    painter->restore();
}

} // namespace Nav::Ui

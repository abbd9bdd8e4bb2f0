// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/directory/serviceresultsmodel.h"

#include <QLocale>

namespace Nav::Ui {

using namespace Nav::Directory;

ServiceResultsModel::ServiceResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ServiceResultsModel::setResults(QList<SearchHit> hits, const QDate &today)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_today = today;
    endResetModel();
}

void ServiceResultsModel::setLanguage(const QString &lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1));
}

const SearchHit *ServiceResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int ServiceResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

bool ServiceResultsModel::isStale(const QDate &lastVerified, const QDate &today)
{
    return !lastVerified.isValid() || lastVerified.addYears(1) < today;
}

QStringList ServiceResultsModel::currentAlerts(const Service &service, const QString &lang,
                                               const QDate &today)
{
    QStringList out;
    for (const Alert &a : service.alerts) {
        if ((a.appears.isValid() && today < a.appears) || (a.expires.isValid() && today > a.expires))
            continue;
        const QString text = a.text.text(lang);
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

QString ServiceResultsModel::capacityText(const Service &service, const QString &lang)
{
    QStringList parts;
    for (const Capacity &c : service.capacities) {
        if (!c.available)
            continue;
        // Common units in the reader's language; other units as the data names them.
        const QString u = c.unitName.trimmed().toLower();
        const QString unit = u.isEmpty() || u == QLatin1String("places") || u == QLatin1String("spaces")
                                 ? tr("places")
                             : u == QLatin1String("beds") || u == QLatin1String("bed") ? tr("beds")
                             : u == QLatin1String("slots") ? tr("slots")
                                                           : c.unitName;
        QString text = c.maximum ? tr("%1 of %2 %3 available")
                                       .arg(*c.available)
                                       .arg(*c.maximum)
                                       .arg(unit)
                                 : tr("%1 %2 available").arg(*c.available).arg(unit);
        if (c.updated.isValid()) {
            text += QLatin1Char(' ')
                    + tr("(updated %1)")
                          .arg(QLocale(lang == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                       QLocale::Canada)
                                   .toString(c.updated.toLocalTime(), QLocale::ShortFormat));
        }
        parts << text;
    }
    return parts.join(QLatin1String("; "));
}

QVariant ServiceResultsModel::data(const QModelIndex &index, int role) const
{
    const SearchHit *h = hit(index.row());
    if (!h || index.column() != 0)
        return {};
    const Service &s = h->record.service;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return s.name.text(m_lang);
    case NameFellBackRole: {
        bool fellBack = false;
        s.name.text(m_lang, &fellBack);
        return fellBack;
    }
    case Qt::ToolTipRole:
    case OrganizationRole:
        return h->record.organization.name.text(m_lang);
    case DistanceRole:
        return h->distanceKm ? QVariant(*h->distanceKm) : QVariant();
    case OpenStateRole:
        return int(h->open);
    case LanguagesRole: {
        QStringList codes;
        for (const Language &l : s.languages)
            codes << l.code;
        return codes;
    }
    case LastVerifiedRole:
        return s.lastVerified;
    case StaleRole:
        return isStale(s.lastVerified, m_today);
    case AlertsRole:
        return currentAlerts(s, m_lang, m_today);
    case CapacityRole:
        return capacityText(s, m_lang);
    case RowIdRole:
        return h->rowid;
    case ServiceIdRole:
        return s.id;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2").arg(s.name.text(m_lang), h->record.organization.name.text(m_lang));
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(OrganizationRole, "organization");
    names.insert(DistanceRole, "distance");
    names.insert(OpenStateRole, "openState");
    names.insert(StaleRole, "stale");
    return names;
}

} // namespace Nav::Ui

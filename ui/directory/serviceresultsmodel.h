// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "directory/search/directorysearch.h"

#include <QAbstractListModel>
#include <QDate>

namespace Nav::Ui {

// Search results for the list view. Each row is one service; roles carry what the row shows.
class ServiceResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        NameFellBackRole,   // bool: the name is shown in the other language
        OrganizationRole,
        DistanceRole,       // double km, or invalid
        OpenStateRole,      // int (Directory::OpenState)
        LanguagesRole,      // QStringList of codes
        LastVerifiedRole,   // QDate
        StaleRole,          // bool: not verified for over a year
        AlertsRole,         // QStringList of current alerts
        CapacityRole,       // QString: "3 of 20 beds available"
        RowIdRole,          // qint64
        ServiceIdRole,
    };

    explicit ServiceResultsModel(QObject *parent = nullptr);

    void setResults(QList<Directory::SearchHit> hits, const QDate &today);
    void setLanguage(const QString &lang);
    const Directory::SearchHit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shared with the detail view.
    static QStringList currentAlerts(const Directory::Service &service, const QString &lang,
                                     const QDate &today);
    static QString capacityText(const Directory::Service &service, const QString &lang);
    static bool isStale(const QDate &lastVerified, const QDate &today);

private:
    QList<Directory::SearchHit> m_hits;
    QString m_lang = QStringLiteral("en");
    QDate m_today;
};

} // namespace Nav::Ui

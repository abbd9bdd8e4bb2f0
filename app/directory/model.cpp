// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/model.h"

namespace Nav::Directory {

QString LocalizedText::text(const QString &lang, bool *fellBack) const
{
    const bool french = lang == QLatin1String("fr");
    const QString &wanted = french ? fr : en;
    const QString &other = french ? en : fr;
    if (fellBack)
        *fellBack = wanted.isEmpty() && !other.isEmpty();
    return wanted.isEmpty() ? other : wanted;
}

void LocalizedText::set(const QString &lang, const QString &value)
{
    (lang == QLatin1String("fr") ? fr : en) = value;
}

bool operator==(const Location &a, const Location &b)
{
    const auto sameCoordinate = [](double x, double y) {
        return (std::isnan(x) && std::isnan(y)) || x == y;
    };
    return a.id == b.id && a.organizationId == b.organizationId
           && a.locationType == b.locationType && a.name == b.name
           && a.description == b.description && a.transportation == b.transportation
           && sameCoordinate(a.latitude, b.latitude) && sameCoordinate(a.longitude, b.longitude)
           && a.confidential == b.confidential && a.addresses == b.addresses
           && a.phones == b.phones && a.schedules == b.schedules
           && a.accessibility == b.accessibility && a.languages == b.languages;
}

bool Service::isFreeOfCharge() const
{
    for (const CostOption &c : costOptions) {
        if (c.amount && *c.amount > 0)
            return false;
    }
    for (const CostOption &c : costOptions) {
        if (c.amount && *c.amount == 0)
            return true;
    }
    return false;
}

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/referral.h"

namespace Nav::Directory {

namespace {

QString firstVoiceLine(const QList<Phone> &phones)
{
    const Phone *any = nullptr;
    for (const Phone &p : phones) {
        if (p.confidential || p.number.isEmpty())
            continue;
        if (p.type.isEmpty() || p.type == QLatin1String("voice"))
            return p.extension.isEmpty() ? p.number : p.number + QStringLiteral(" x") + p.extension;
        if (!any && p.type != QLatin1String("fax"))
            any = &p;
    }
    return any ? any->number : QString();
}

} // namespace

Core::Referral referralSnapshot(const ServiceRecord &record, const QString &lang)
{
    const ServiceRecord pub = redactConfidential(record);
    Core::Referral r;
    r.serviceId = pub.service.id;
    r.name = pub.service.name.text(lang);
    const QString org = pub.organization.name.text(lang);
    if (!org.isEmpty() && !r.name.contains(org))
        r.name = r.name.isEmpty() ? org : QStringLiteral("%1 (%2)").arg(r.name, org);
    r.phone = firstVoiceLine(pub.service.phones);
    if (r.phone.isEmpty())
        r.phone = firstVoiceLine(pub.organization.phones);
    for (const Location &l : pub.locations) {
        if (!r.phone.isEmpty())
            break;
        r.phone = firstVoiceLine(l.phones);
    }
    return r;
}

} // namespace Nav::Directory

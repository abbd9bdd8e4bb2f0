// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/screenpop.h"

#include "contacts/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Nav::Contacts {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Nav::Contacts::ScreenPop", text);
}

QDateTime parseTime(const QString &text)
{
    static const QRegularExpression epoch(QStringLiteral("^[0-9]{9,11}$"));
    if (epoch.match(text).hasMatch())
        return QDateTime::fromSecsSinceEpoch(text.toLongLong(), Qt::UTC);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    for (const char *format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "MM/dd/yyyy HH:mm:ss",
                               "M/d/yyyy H:mm:ss", "MM/dd/yyyy hh:mm:ss AP", "M/d/yyyy h:mm:ss AP"}) {
        if (t.isValid())
            break;
        t = QDateTime::fromString(text, QLatin1String(format));
    }
    return t;
}
} // namespace

Result<ScreenPop> parseScreenPop(const QString &text, const QDateTime &now)
{
    const QUrl url(text.trimmed(), QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().compare(u"navigator", Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::InvalidInput,
                    tr("This is not a Navigator link: it must start with navigator://contact?"));
    // navigator://contact?… (host form) and navigator:contact?… (path form)
    const QString target = url.host().isEmpty() ? url.path() : url.host();
    if (target.compare(u"contact", Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::InvalidInput,
                    tr("Navigator links can only open a contact (navigator://contact?ani=…)."));
    // parameter names as the phone systems spell them, whatever their case
    QHash<QString, QString> params;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        params.insert(key.toLower(), value.trimmed());

    ScreenPop pop;
    pop.agent = params.value(QStringLiteral("agent"));
    const QString ani = params.value(QStringLiteral("ani"));
    static const QRegularExpression withheld(
        QStringLiteral("^(|anonymous|unknown|private|restricted|unavailable|0+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (withheld.match(ani).hasMatch()) {
        pop.numberWithheld = true;
    } else {
        const auto e164 = PhoneNumber::normalise(ani);
        if (e164)
            pop.phone = *e164;
        else // the call is happening: open the contact all the same, without the number
            pop.warning = tr("ani: \"%1\" is not a phone number; type the caller's number in "
                             "the form.").arg(ani);
    }
    const QString start = params.contains(QStringLiteral("callstart"))
                              ? params.value(QStringLiteral("callstart"))
                              : params.value(QStringLiteral("calltime"));
    if (start.isEmpty()) {
        pop.callStart = now;
    } else {
        pop.callStart = parseTime(start);
        if (!pop.callStart.isValid()) {
            pop.warning = tr("callStart: \"%1\" is not a date and time (ISO 8601 expected, "
                             "e.g. 2026-11-23T14:05:00-05:00), so the contact starts now.")
                              .arg(start);
            pop.callStart = now;
        } else if (pop.callStart > now.addSecs(300) || pop.callStart < now.addDays(-1)) {
            // a phone system whose clock is far off: open the contact now rather than lose it
            pop.warning = tr("callStart: %1 is not within the last day, so the contact starts "
                             "now; check the phone system's clock.").arg(start);
            pop.callStart = now;
        }
    }
    return pop;
}

} // namespace Nav::Contacts

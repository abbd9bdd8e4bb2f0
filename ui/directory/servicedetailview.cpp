// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/directory/servicedetailview.h"

#include "contacts/phonenumber.h"
#include "directory/hours/openinghours.h"
#include "ui/directory/serviceresultsmodel.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QUrl>

namespace Nav::Ui {

using namespace Nav::Directory;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Text in the reader's language; when only the other language exists it is shown in italics
// with a marker, so the navigator knows to translate on the fly.
QString localized(const LocalizedText &t, const QString &lang)
{
    bool fellBack = false;
    const QString text = t.text(lang, &fellBack);
    if (text.isEmpty())
        return {};
    QString body = esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (fellBack) {
        body = QStringLiteral("<i>%1</i> <span style='color:#666'>[%2]</span>")
                   .arg(body, lang == QLatin1String("fr") ? QStringLiteral("EN") : QStringLiteral("FR"));
    }
    return body;
}

QString lines(const QStringList &list)
{
    QStringList escaped;
    for (const QString &l : list)
        escaped << esc(l);
    return escaped.join(QStringLiteral("<br>"));
}

QString section(const QString &title, const QString &body)
{
    if (body.isEmpty())
        return {};
    return QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><div>%2</div>").arg(esc(title), body);
}

QString phoneLink(const Phone &p, const QString &lang)
{
    // Written as a navigator reads it aloud ("(514) 555-0100"); the link keeps the number as stored.
    QString label = esc(Contacts::PhoneNumber::format(p.number));
    if (!p.extension.isEmpty())
        label += QLatin1Char(' ') + ServiceDetailView::tr("ext. %1").arg(esc(p.extension));
    QString line = QStringLiteral("<a href='tel:%1'>%2</a>").arg(esc(p.number), label);
    const QString desc = localized(p.description, lang);
    if (!desc.isEmpty())
        line += QStringLiteral(" — ") + desc;
    if (p.confidential)
        line += QStringLiteral(" <b>[%1]</b>").arg(ServiceDetailView::tr("confidential"));
    return line;
}

QString addressText(const Address &a)
{
    QStringList lines;
    if (!a.attention.isEmpty())
        lines << esc(a.attention);
    if (!a.address1.isEmpty())
        lines << esc(a.address1);
    if (!a.address2.isEmpty())
        lines << esc(a.address2);
    lines << esc(QStringLiteral("%1 %2  %3").arg(a.city, a.province, a.postalCode).simplified());
    QString html = lines.join(QStringLiteral("<br>"));
    if (a.confidential)
        html += QStringLiteral("<br><b>[%1]</b>").arg(ServiceDetailView::tr("confidential address: never give it out"));
    return html;
}

} // namespace

ServiceDetailView::ServiceDetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("serviceDetailView"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("tel"))
            Q_EMIT dialRequested(url.path());
        else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
                 || url.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
}

void ServiceDetailView::setRecord(const ServiceRecord &record, const QString &lang, const QDate &today)
{
    m_record = record;
    m_lang = lang;
    m_today = today;
    m_has = true;
    render();
}

void ServiceDetailView::clearRecord()
{
    m_has = false;
    clear();
}

void ServiceDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_has) {
        m_lang = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
        render();
    }
    QTextBrowser::changeEvent(event);
}

void ServiceDetailView::render()
{
    setHtml(html(m_record, m_lang, m_today));
}

QString ServiceDetailView::languageName(const QString &code, const QString &fallback)
{
    const QLocale::Language language = QLocale::codeToLanguage(code);
    if (language == QLocale::AnyLanguage || language == QLocale::C)
        return !fallback.isEmpty() ? fallback : code.toUpper();
    // The language filter names every language of the results at each keystroke: the scan of
    // Qt's locales below is done once per language (GUI thread only).
    static QHash<QLocale::Language, QString> known;
    auto found = known.constFind(language);
    if (found == known.cend()) {
        // The default locale's name can carry its country; another locale of the same language
        // whose name is contained in it is the plain one ("English" in "American English").
        // QLocale falls back to the default locale for a language it has no data for.
        const QLocale locale(language);
        QString name = locale.language() == language ? locale.nativeLanguageName() : QString();
        for (const QLocale &other : QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory)) {
            if (other.language() != language)
                continue;
            const QString candidate = other.nativeLanguageName();
            if (!candidate.isEmpty() && (name.isEmpty() || (candidate.size() < name.size() && name.contains(candidate))))
                name = candidate;
        }
        found = known.insert(language, name);
    }
    if (!found->isEmpty())
        return *found;
    return !fallback.isEmpty() ? fallback : QLocale::languageToString(language);
}

QString ServiceDetailView::html(const ServiceRecord &r, const QString &lang, const QDate &today)
{
    const Service &s = r.service;
    const QLocale locale(lang == QLatin1String("fr") ? QLocale::French : QLocale::English, QLocale::Canada);
    QString h = QStringLiteral("<h2 style='margin-bottom:0'>%1</h2>").arg(localized(s.name, lang));
    const QString org = localized(r.organization.name, lang);
    if (!org.isEmpty())
        h += QStringLiteral("<div style='color:#444'>%1</div>").arg(org);
    if (s.status != QLatin1String("active"))
        h += QStringLiteral("<p style='color:#b00020'><b>%1</b></p>").arg(esc(tr("This service is no longer active (%1).").arg(s.status)));

    for (const QString &a : ServiceResultsModel::currentAlerts(s, lang, today))
        h += QStringLiteral("<p style='background:#fff3cd; padding:4px'>⚑ %1</p>").arg(esc(a));
    if (ServiceResultsModel::isStale(s.lastVerified, today)) {
        h += QStringLiteral("<p style='color:#a64b00'>⚠ %1</p>")
                 .arg(esc(s.lastVerified.isValid()
                              ? tr("Not verified since %1: confirm the details with the service.")
                                    .arg(locale.toString(s.lastVerified, QLocale::LongFormat))
                              : tr("Never verified: confirm the details with the service.")));
    }
    h += section(tr("Description"), localized(s.description, lang));
    const QString capacity = ServiceResultsModel::capacityText(s, lang);
    h += section(tr("Capacity"), esc(capacity));

    QString who = localized(s.eligibility, lang);
    if (s.minimumAge || s.maximumAge) {
        QString ages;
        if (s.minimumAge && s.maximumAge)
            ages = tr("Ages %1 to %2").arg(*s.minimumAge).arg(*s.maximumAge);
        else if (s.minimumAge)
            ages = tr("Ages %1 and over").arg(*s.minimumAge);
        else
            ages = tr("Up to age %1").arg(*s.maximumAge);
        who = who.isEmpty() ? esc(ages) : esc(ages) + QStringLiteral("<br>") + who;
    }
    h += section(tr("Eligibility"), who);

    QStringList fees;
    if (!s.fees.isEmpty())
        fees << localized(s.fees, lang);
    const auto freeWord = [](QString t) {
        t = t.trimmed().toLower();
        if (t.endsWith(QLatin1Char('.')))
            t.chop(1);
        return t.isEmpty() || t == QLatin1String("free") || t == QLatin1String("gratuit")
               || t == QLatin1String("gratuite");
    };
    for (const CostOption &c : s.costOptions) {
        QString line = localized(c.option, lang);
        // "Free" at no cost says it once (not "Free: free").
        const bool saysFree = !c.option.isEmpty() && freeWord(c.option.en) && freeWord(c.option.fr);
        if (c.amount && !(*c.amount == 0 && saysFree))
            line += (line.isEmpty() ? QString() : QStringLiteral(": "))
                    + (*c.amount == 0 ? esc(tr("free")) : esc(locale.toCurrencyString(*c.amount, QStringLiteral("$"))));
        if (!line.isEmpty())
            fees << line;
    }
    h += section(tr("Fees"), fees.join(QStringLiteral("<br>")));
    h += section(tr("How to apply"), localized(s.applicationProcess, lang));
    QStringList docs;
    for (const RequiredDocument &d : s.requiredDocuments)
        docs << localized(d.document, lang);
    h += section(tr("Documents to bring"), docs.join(QStringLiteral("<br>")));

    QStringList langs;
    for (const Language &l : s.languages) {
        // Each language in its own name, as on the filter.
        langs << esc(languageName(l.code, l.name));
    }
    h += section(tr("Languages of service"), langs.join(QStringLiteral(", ")));
    h += section(tr("Interpretation"), localized(s.interpretationServices, lang));

    h += section(tr("Hours"), lines(OpeningHours::describe(s.schedules, locale)));

    QStringList phones;
    for (const Phone &p : s.phones)
        phones << phoneLink(p, lang);
    h += section(tr("Phone"), phones.join(QStringLiteral("<br>")));

    for (const ServiceAtLocation &sal : s.locations) {
        const Location *loc = r.location(sal.locationId);
        if (!loc)
            continue;
        QString body;
        for (const Address &a : loc->addresses)
            body += QStringLiteral("<p>%1</p>").arg(addressText(a));
        QStringList lp;
        for (const Phone &p : sal.phones + loc->phones)
            lp << phoneLink(p, lang);
        if (!lp.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(lp.join(QStringLiteral("<br>")));
        const QList<Schedule> hours = !sal.schedules.isEmpty() ? sal.schedules : loc->schedules;
        if (!hours.isEmpty() && s.schedules.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(lines(OpeningHours::describe(hours, locale)));
        QStringList access;
        for (const Accessibility &a : loc->accessibility) {
            const QString d = localized(a.description, lang);
            access << (d.isEmpty() ? esc(a.code) : d);
        }
        if (!access.isEmpty())
            body += QStringLiteral("<p>♿ %1</p>").arg(access.join(QStringLiteral("; ")));
        if (!loc->transportation.isEmpty())
            body += QStringLiteral("<p>%1</p>").arg(esc(loc->transportation));
        QString title = loc->name.text(lang);
        if (loc->confidential)
            title += QLatin1Char(' ') + tr("[confidential location]");
        h += section(title.isEmpty() ? tr("Location") : title, body);
    }

    QStringList areas;
    for (const ServiceArea &a : s.serviceAreas)
        areas << esc(a.name.isEmpty() ? a.description.text(lang) : a.name);
    h += section(tr("Area served"), areas.join(QStringLiteral(", ")));

    QStringList contact;
    if (!s.url.isEmpty())
        contact << QStringLiteral("<a href='%1'>%1</a>").arg(esc(s.url));
    if (!s.email.isEmpty())
        contact << QStringLiteral("<a href='mailto:%1'>%1</a>").arg(esc(s.email));
    h += section(tr("Web and email"), contact.join(QStringLiteral("<br>")));

    QStringList terms;
    for (const TaxonomyTerm &t : s.taxonomyTerms)
        terms << esc(QStringLiteral("%1 (%2)").arg(t.name.text(lang), t.code));
    h += section(tr("Categories"), terms.join(QStringLiteral("<br>")));
    if (s.lastVerified.isValid())
        h += QStringLiteral("<p style='color:#666'>%1</p>")
                 .arg(esc(tr("Last verified: %1").arg(locale.toString(s.lastVerified, QLocale::LongFormat))));
    return h;
}

} // namespace Nav::Ui

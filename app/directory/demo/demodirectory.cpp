// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/demo/demodirectory.h"

#include "directory/demo/democatalogue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <iterator>

Q_LOGGING_CATEGORY(lcNavDirectoryDemo, "nav.directory.demo")

namespace Nav::Directory {

namespace {

using namespace Demo;

// Proportions the demonstration data is built to show.
constexpr double staleShare = 0.10;        // verified more than 18 months ago
constexpr double inactiveShare = 0.02;
constexpr double confidentialShelterShare = 0.03;
constexpr double oneLanguageShare = 0.08;  // English-only or French-only service text
constexpr double oneLanguageNameShare = 0.05;
constexpr double alertShare = 0.12;

struct RegionRow
{
    const char *town;
    const char *languages;
};

// Languages other than English and French heard in a town's services.
const RegionRow extraLanguageRows[] = {
    {"Toronto", "zh yue es pt tl ta fa ur pa so ar ru ko vi it am ti"},
    {"Mississauga", "pa ur hi ar tl pl pt zh"},
    {"Brampton", "pa ur hi gu tl pt"},
    {"Markham", "zh yue ta fa"},
    {"Richmond Hill", "zh yue fa ru ko"},
    {"Vaughan", "it ru fa es"},
    {"Ottawa", "ar so zh es am fa"},
    {"Hamilton", "ar es pt pl it"},
    {"London", "ar es pt pl"},
    {"Windsor", "ar es it"},
    {"Kitchener", "ar es pt pl"},
    {"Waterloo", "zh ar"},
    {"Cambridge", "pt pl"},
    {"Guelph", "es ar"},
    {"Oshawa", "es"},
    {"Ajax", "ta tl"},
    {"Pickering", "ta"},
    {"Milton", "ur ar"},
    {"Oakville", "zh ar"},
    {"Burlington", "ar pl"},
    {"St. Catharines", "es"},
    {"Leamington", "es pt"},
    {"Kingston", "ar zh"},
    {"Montréal", "es ar ht zh vi it pt el ro fa"},
    {"Laval", "ar el it es ht"},
    {"Longueuil", "es ar ht"},
    {"Brossard", "zh ar"},
    {"Gatineau", "ar es"},
    {"Québec", "es ar"},
    {"Sherbrooke", "es ar"},
    {"Côte-Saint-Luc", "ru"},
    {"Dollard-des-Ormeaux", "ar tl"},
    {"Saint-Jérôme", "es"},
    {"Drummondville", "es"},
    {"Trois-Rivières", "es"},
};

// Towns with First Nations or Inuit communities in or around them, and their languages.
const RegionRow indigenousRows[] = {
    {"Moosonee", "cr"}, {"Moose Factory", "cr"}, {"Attawapiskat", "cr"},
    {"Sioux Lookout", "oj cr"}, {"Kenora", "oj"}, {"Red Lake", "oj"}, {"Dryden", "oj"},
    {"Fort Frances", "oj"}, {"Thunder Bay", "oj cr"}, {"Nipigon", "oj"}, {"Greenstone", "oj"},
    {"Marathon", "oj"}, {"Atikokan", "oj"}, {"Timmins", "cr oj"}, {"Kapuskasing", "cr"},
    {"Hearst", "cr"}, {"Cochrane", "cr"}, {"Greater Sudbury", "oj"}, {"North Bay", "oj"},
    {"Sault Ste. Marie", "oj"}, {"Elliot Lake", "oj"}, {"Espanola", "oj"},
    {"Blind River", "oj"}, {"Wawa", "oj"}, {"Parry Sound", "oj"}, {"Midland", "oj"},
    {"Orillia", "oj"}, {"Toronto", "oj cr moh"}, {"Ottawa", "iu oj cr"}, {"London", "oj"},
    {"Hamilton", "moh"}, {"Brantford", "moh"}, {"Sarnia", "oj"},
    {"Val-d'Or", "cr alq"}, {"Amos", "alq"}, {"Rouyn-Noranda", "alq"}, {"La Sarre", "alq"},
    {"Ville-Marie", "alq"}, {"Maniwaki", "alq"}, {"La Tuque", "atj"}, {"Joliette", "atj"},
    {"Chibougamau", "cr"}, {"Mistissini", "cr"}, {"Chisasibi", "cr"}, {"Matagami", "cr"},
    {"Lebel-sur-Quévillon", "cr"}, {"Sept-Îles", "moe"}, {"Port-Cartier", "moe"},
    {"Havre-Saint-Pierre", "moe"}, {"Baie-Comeau", "moe"}, {"Kuujjuaq", "iu"},
    {"Puvirnituq", "iu"}, {"Salluit", "iu"}, {"Kuujjuarapik", "iu cr"}, {"Gaspé", "mic"},
    {"Carleton-sur-Mer", "mic"}, {"Chandler", "mic"}, {"Montréal", "moh iu cr"},
};

struct ShareRow
{
    const char *town;
    double share;
};

// Ontario towns with a francophone community: the share of organizations working mainly in
// French there.
const ShareRow francoOntarianRows[] = {
    {"Hawkesbury", 0.7}, {"Hearst", 0.7}, {"Kapuskasing", 0.5}, {"Clarence-Rockland", 0.5},
    {"Russell", 0.4}, {"West Nipissing", 0.5}, {"Timmins", 0.3}, {"Greater Sudbury", 0.25},
    {"Ottawa", 0.2}, {"Cornwall", 0.2}, {"North Bay", 0.15}, {"Temiskaming Shores", 0.25},
    {"Iroquois Falls", 0.3}, {"Cochrane", 0.3}, {"Kirkland Lake", 0.1}, {"Elliot Lake", 0.1},
    {"Penetanguishene", 0.2}, {"Welland", 0.1}, {"Windsor", 0.05}, {"Toronto", 0.03},
    {"Hamilton", 0.03}, {"London", 0.03}, {"Sault Ste. Marie", 0.05}, {"Kingston", 0.03},
    {"Pembroke", 0.05}, {"Greenstone", 0.1},
};

// Québec towns where many organizations work mainly in English.
const ShareRow anglophoneQuebecRows[] = {
    {"Westmount", 0.6}, {"Côte-Saint-Luc", 0.6}, {"Beaconsfield", 0.6}, {"Kirkland", 0.55},
    {"Pointe-Claire", 0.55}, {"Dollard-des-Ormeaux", 0.5}, {"Dorval", 0.4},
    {"Mont-Royal", 0.3}, {"Montréal", 0.12}, {"Kuujjuaq", 0.3}, {"Chisasibi", 0.4},
    {"Mistissini", 0.4}, {"Gaspé", 0.1}, {"Lachute", 0.1}, {"Cowansville", 0.1},
};

QStringList rowLanguages(const RegionRow *rows, std::size_t count, const QString &town)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (town == QString::fromUtf8(rows[i].town))
            return QString::fromUtf8(rows[i].languages).split(QLatin1Char(' '));
    }
    return {};
}

double rowShare(const ShareRow *rows, std::size_t count, const QString &town)
{
    for (std::size_t i = 0; i < count; ++i) {
        if (town == QString::fromUtf8(rows[i].town))
            return rows[i].share;
    }
    return -1;
}

bool startsWithVowel(const QString &s)
{
    if (s.isEmpty())
        return false;
    const QChar c = s.at(0).toLower();
    const QString base = QString(c).normalized(QString::NormalizationForm_D).left(1);
    return QStringLiteral("aeiouy").contains(base);
}

// "de Rimouski", "d'Ottawa", "des Îles-de-la-Madeleine", "du Bic"
QString frenchOf(const QString &name)
{
    if (name.startsWith(QLatin1String("Les ")))
        return QStringLiteral("des ") + name.mid(4);
    if (name.startsWith(QLatin1String("Le ")))
        return QStringLiteral("du ") + name.mid(3);
    if (startsWithVowel(name))
        return QStringLiteral("d'") + name;
    return QStringLiteral("de ") + name;
}

// "à Rimouski", "aux Îles-de-la-Madeleine", "au Bic"
QString frenchAt(const QString &name)
{
    if (name.startsWith(QLatin1String("Les ")))
        return QStringLiteral("aux ") + name.mid(4);
    if (name.startsWith(QLatin1String("Le ")))
        return QStringLiteral("au ") + name.mid(3);
    return QStringLiteral("à ") + name;
}

QString slugOf(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(folded.size());
    bool dash = false;
    for (QChar c : folded) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            slug += c.toLower();
            dash = false;
        } else if (!dash && !slug.isEmpty()) {
            slug += QLatin1Char('-');
            dash = true;
        }
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(48);
}

struct Town
{
    const Place *place = nullptr;
    int index = 0;
    bool quebec = false;
    int population = 0;
    double weight = 1;
    QList<const Place *> fsas;
    QList<int> districtFsas; // indexes into fsas that have a usable district name
    QStringList areaCodes;
    QString timeZone;
    int timeZoneKey = 0;
    QStringList extraLanguages;
    QStringList indigenousLanguages;
    double indigenousFactor = 0;
    double francoShare = -1;   // Ontario: share of French-first organizations; -1 = none
    double englishShare = 0.02; // Québec: share of English-first organizations
    const QStringList *streets = nullptr;
    QList<double> templateCumulative; // over Catalogue::organizations
};

// A fictional phone number and a small key for sharing the lists that hold it.
struct Number
{
    QString text;
    quint32 key = 0;
};

struct OrgContext
{
    const Town *town = nullptr;
    QString orgId;
    QString local;     // the town or district the organization is named after
    int localKey = 0;  // 0 = the town, else 1 + index of the district FSA
    QString primary;   // "en" or "fr": the language its records are written in first
    QString website;
    QString email;
    Number mainPhone;
    QList<QString> locationIds;
    QHash<QString, QString> programmes; // English programme name -> id
};

class Generator
{
public:
    Generator(const QList<Place> &places, quint32 seed, QDate today)
        : m_catalogue(Catalogue::instance())
        , m_rng(seed)
        , m_today(today.isValid() ? today : QDate::currentDate())
    {
        buildTowns(places);
        for (const TaxonomyTerm &t : m_catalogue.terms)
            m_batch.taxonomyTerms.insert(t.id, t);
        m_staleDebt = m_rng.generateDouble();
        m_inactiveDebt = m_rng.generateDouble();
        m_batch.source = DemoDirectory::source();
        m_batch.fullSnapshot = true;
    }

    DirectoryBatch run(int serviceCount)
    {
        if (m_towns.isEmpty() || serviceCount <= 0)
            return std::move(m_batch);
        m_batch.services.reserve(serviceCount);
        m_batch.organizations.reserve(serviceCount / 2 + 16);
        m_batch.locations.reserve(serviceCount * 3 / 5 + 16);
        while (m_batch.services.size() < serviceCount) {
            const Town &town = m_towns.at(pickTown());
            const int orgTemplate = pickTemplate(town);
            makeOrganization(town, orgTemplate, serviceCount - int(m_batch.services.size()));
        }
        return std::move(m_batch);
    }

private:
    // ---- randomness --------------------------------------------------------------------
    double uniform() { return m_rng.generateDouble(); }
    bool chance(double p) { return uniform() < p; }
    int between(int low, int high) { return low + int(m_rng.bounded(quint32(high - low + 1))); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }
    // A share met closely over the whole run: a debt that grows by about `share` a draw.
    bool quota(double &debt, double share)
    {
        debt += share * (0.5 + uniform());
        if (debt >= 1.0) {
            debt -= 1.0;
            return true;
        }
        return false;
    }

    // ---- places -------------------------------------------------------------------------
    void buildTowns(const QList<Place> &places)
    {
        QHash<QString, int> byName;
        for (const Place &p : places) {
            if (p.isFsa())
                continue;
            Town t;
            t.place = &p;
            t.index = int(m_towns.size());
            t.quebec = p.province == QLatin1String("QC");
            t.population = p.population > 0 ? p.population : 5000;
            t.weight = std::pow(double(std::max(t.population, 800)), 0.8);
            t.areaCodes = p.areaCodes.isEmpty()
                ? QStringList{t.quebec ? QStringLiteral("819") : QStringLiteral("705")}
                : p.areaCodes;
            t.timeZone = p.timeZone.isEmpty() ? QStringLiteral("America/Toronto") : p.timeZone;
            if (!m_timeZoneKeys.contains(t.timeZone))
                m_timeZoneKeys.insert(t.timeZone, int(m_timeZoneKeys.size()));
            t.timeZoneKey = m_timeZoneKeys.value(t.timeZone);
            t.extraLanguages = rowLanguages(extraLanguageRows, std::size(extraLanguageRows),
                                            p.name);
            t.indigenousLanguages = rowLanguages(indigenousRows, std::size(indigenousRows), p.name);
            if (!t.indigenousLanguages.isEmpty())
                t.indigenousFactor = t.population < 60000 ? 1.0 : 0.12;
            if (!t.quebec)
                t.francoShare = rowShare(francoOntarianRows, std::size(francoOntarianRows), p.name);
            else
                t.englishShare = std::max(0.02, rowShare(anglophoneQuebecRows,
                                                         std::size(anglophoneQuebecRows), p.name));
            if (p.name == QLatin1String("Toronto"))
                t.streets = &m_catalogue.torontoStreets;
            else if (p.name == QStringLiteral("Montréal"))
                t.streets = &m_catalogue.montrealStreets;
            else if (p.name == QLatin1String("Ottawa"))
                t.streets = &m_catalogue.ottawaStreets;
            else if (p.name == QStringLiteral("Québec"))
                t.streets = &m_catalogue.quebecCityStreets;
            else
                t.streets = t.quebec ? &m_catalogue.quebecStreets : &m_catalogue.ontarioStreets;
            byName.insert(p.province + QLatin1Char('|') + p.name, t.index);
            m_towns << t;
        }

        bool anyFsa = false;
        for (const Place &p : places) {
            if (!p.isFsa())
                continue;
            anyFsa = true;
            const int town = byName.value(p.province + QLatin1Char('|') + p.name, -1);
            if (town >= 0)
                m_towns[town].fsas << &p;
        }
        if (!anyFsa) {
            // The caller gave municipalities only: borrow the built-in postal prefixes.
            auto bundled = PlacesCsv::read(PlacesCsv::bundledFsaPath());
            if (bundled) {
                m_ownedFsas = std::move(*bundled);
                for (const Place &p : std::as_const(m_ownedFsas)) {
                    const int town = byName.value(p.province + QLatin1Char('|') + p.name, -1);
                    if (town >= 0)
                        m_towns[town].fsas << &p;
                }
            } else {
                qCWarning(lcNavDirectoryDemo) << "built-in postal prefixes unavailable:"
                                              << bundled.error().detail;
            }
        }

        static const QStringList generic = {QStringLiteral("Downtown"),
                                            QStringLiteral("Centre-ville"),
                                            QStringLiteral("Centre")};
        double total = 0;
        for (Town &t : m_towns) {
            for (int i = 0; i < t.fsas.size(); ++i) {
                const QString &d = t.fsas.at(i)->district;
                if (!d.isEmpty() && !generic.contains(d) && !d.contains(QLatin1Char('/')))
                    t.districtFsas << i;
            }
            buildTemplateWeights(t);
            total += t.weight;
            m_townCumulative << total;
        }
    }

    void buildTemplateWeights(Town &t)
    {
        double total = 0;
        for (const OrganizationTemplate &o : m_catalogue.organizations) {
            double w = o.weight;
            switch (o.region) {
            case Region::Any:
                break;
            case Region::Ontario:
                w *= t.quebec ? 0 : 1;
                break;
            case Region::Quebec:
                w *= t.quebec ? 1 : 0;
                break;
            case Region::Indigenous:
                w *= t.indigenousFactor;
                break;
            case Region::FrancoOntarian:
                w *= t.francoShare < 0 ? 0 : (t.francoShare >= 0.2 ? 1.0 : 0.3);
                break;
            }
            if (t.population < o.minimumPopulation)
                w = 0;
            if (o.key.startsWith(QLatin1String("newcomer")) && t.population > 200000)
                w *= 2;
            total += w;
            t.templateCumulative << total;
        }
    }

    int pickTown()
    {
        const double x = uniform() * m_townCumulative.last();
        const auto it = std::upper_bound(m_townCumulative.cbegin(), m_townCumulative.cend(), x);
        return std::min(int(it - m_townCumulative.cbegin()), int(m_towns.size()) - 1);
    }

    int pickTemplate(const Town &t)
    {
        const double x = uniform() * t.templateCumulative.last();
        const auto it = std::upper_bound(t.templateCumulative.cbegin(),
                                         t.templateCumulative.cend(), x);
        return std::min(int(it - t.templateCumulative.cbegin()),
                        int(m_catalogue.organizations.size()) - 1);
    }

    // ---- text -----------------------------------------------------------------------------
    static QString fill(QString text, const QString &local, bool french)
    {
        if (french) {
            text.replace(QLatin1String("{de}"), frenchOf(local));
            text.replace(QLatin1String("{a}"), frenchAt(local));
        } else {
            text.replace(QLatin1String("{de}"), QStringLiteral("of ") + local);
            text.replace(QLatin1String("{a}"), QStringLiteral("in ") + local);
        }
        text.replace(QLatin1String("{town}"), local);
        return text;
    }

    // The filled text of a template for a town or district, shared between every record that
    // uses it (implicit sharing keeps 100,000 services small).
    LocalizedText cached(quint32 textId, const LocalizedText &tpl, const OrgContext &org)
    {
        if (!tpl.en.contains(QLatin1Char('{')) && !tpl.fr.contains(QLatin1Char('{')))
            return tpl;
        const quint64 key = (quint64(textId) << 40) | (quint64(org.town->index) << 20)
                            | quint64(org.localKey);
        auto it = m_textCache.constFind(key);
        if (it != m_textCache.cend())
            return *it;
        LocalizedText filled{fill(tpl.en, org.local, false), fill(tpl.fr, org.local, true)};
        m_textCache.insert(key, filled);
        return filled;
    }

    static LocalizedText only(const LocalizedText &text, const QString &lang)
    {
        return lang == QLatin1String("fr") ? LocalizedText{QString(), text.fr}
                                           : LocalizedText{text.en, QString()};
    }

    QString dateText(QDate date, bool french) const
    {
        static const QLocale en(QLocale::English, QLocale::Canada);
        static const QLocale fr(QLocale::French, QLocale::Canada);
        return french ? fr.toString(date, QStringLiteral("d MMMM yyyy"))
                      : en.toString(date, QStringLiteral("MMMM d, yyyy"));
    }

    // ---- identifiers and contact details -----------------------------------------------
    static QString id(const char *prefix, qint64 n)
    {
        return QStringLiteral("demo-%1-%2").arg(QLatin1String(prefix)).arg(n, 6, 10,
                                                                          QLatin1Char('0'));
    }

    // Numbers in the 555-0100…555-0199 range, which the North American Numbering Plan keeps
    // for fiction: no demo number can ring a real person.
    Number number(const QString &area)
    {
        const quint32 key = area.toUInt() * 1000 + quint32(between(100, 199));
        auto it = m_numbers.constFind(key);
        if (it == m_numbers.cend()) {
            it = m_numbers.insert(key, QStringLiteral("+1") + area + QStringLiteral("5550")
                                           + QString::number(key % 1000));
        }
        return Number{*it, key};
    }

    Number localNumber(const Town &t)
    {
        return number(chance(0.7) ? t.areaCodes.first() : pick(t.areaCodes));
    }

    Number tollFreeNumber()
    {
        static const QStringList prefixes = {QStringLiteral("800"), QStringLiteral("833"),
                                             QStringLiteral("844"), QStringLiteral("855"),
                                             QStringLiteral("866"), QStringLiteral("877"),
                                             QStringLiteral("888")};
        return number(pick(prefixes));
    }

    // A list of one phone, shared by every record with the same number, type and flags.
    QList<Phone> onePhone(const Number &n, int kind, bool confidential = false)
    {
        static const LocalizedText mainLine{QStringLiteral("Main line"),
                                            QStringLiteral("Ligne principale")};
        const quint64 key = (quint64(n.key) << 8) | quint64(kind << 1) | quint64(confidential);
        auto it = m_phoneLists.constFind(key);
        if (it == m_phoneLists.cend()) {
            Phone p = phone(n.text, kind == 2 ? QStringLiteral("fax") : QStringLiteral("voice"),
                            kind == 1 ? mainLine : LocalizedText());
            p.confidential = confidential;
            it = m_phoneLists.insert(key, QList<Phone>{p});
        }
        return *it;
    }

    Phone phone(const QString &number, const QString &type, const LocalizedText &description = {})
    {
        Phone p;
        p.number = number;
        p.type = type;
        p.description = description;
        return p;
    }

    QString postalCode(const Place *fsa)
    {
        static const QString letters = QStringLiteral("ABCEGHJKLMNPRSTVWXYZ");
        QString code = fsa->fsa;
        code += QLatin1Char(' ');
        code += QChar(u'0' + between(0, 9));
        code += letters.at(between(0, int(letters.size()) - 1));
        code += QChar(u'0' + between(0, 9));
        return code;
    }

    // ---- organizations ------------------------------------------------------------------
    void makeOrganization(const Town &town, int templateIndex, int remaining)
    {
        const OrganizationTemplate *tpl = &m_catalogue.organizations.at(templateIndex);
        if (tpl->shelter
            && m_confidentialShelters
                   < std::floor(confidentialShelterShare * (m_shelterServices + 1) + 0.5)) {
            for (int i = 0; i < m_catalogue.organizations.size(); ++i) {
                if (m_catalogue.organizations.at(i).womensShelter) {
                    templateIndex = i;
                    tpl = &m_catalogue.organizations.at(i);
                }
            }
        }

        OrgContext org;
        org.town = &town;
        org.orgId = id("org", ++m_orgCount);
        org.local = town.place->name;
        int fsaIndex = -1;
        if (!town.districtFsas.isEmpty() && !tpl->womensShelter && chance(0.55)) {
            fsaIndex = pick(town.districtFsas);
            org.local = town.fsas.at(fsaIndex)->district;
            org.localKey = 1 + fsaIndex;
        } else if (!town.fsas.isEmpty()) {
            fsaIndex = between(0, int(town.fsas.size()) - 1);
        }

        const bool francophoneTemplate = tpl->region == Region::FrancoOntarian;
        if (town.quebec)
            org.primary = chance(town.englishShare) ? QStringLiteral("en") : QStringLiteral("fr");
        else if (francophoneTemplate || (town.francoShare > 0 && chance(town.francoShare)))
            org.primary = QStringLiteral("fr");
        else
            org.primary = QStringLiteral("en");

        Organization o;
        o.id = org.orgId;
        LocalizedText distinctive;
        if (tpl->distinctive)
            distinctive = pick(tpl->womensShelter ? m_catalogue.womensShelterNames
                                                  : m_catalogue.shelterNames);
        o.name = uniqueName(*tpl, org, distinctive);
        if (chance(oneLanguageNameShare))
            o.name = only(o.name, org.primary);
        o.description = cached(100000 + quint32(templateIndex), tpl->description, org);
        const QString slug = slugOf(o.name.en.isEmpty() ? o.name.fr : o.name.en);
        org.website = QStringLiteral("https://%1.example").arg(slug);
        org.email = QStringLiteral("info@%1.example").arg(slug);
        o.website = org.website;
        o.email = org.email;
        o.status = QStringLiteral("active");
        org.mainPhone = localNumber(town);
        o.phones = onePhone(org.mainPhone, 1);
        if (chance(0.2)) {
            Contact c;
            c.name = pick(m_catalogue.firstNames) + QLatin1Char(' ') + pick(m_catalogue.lastNames);
            c.title = org.primary == QLatin1String("fr") ? QStringLiteral("Direction générale")
                                                        : QStringLiteral("Executive Director");
            c.email = QStringLiteral("direction@%1.example").arg(slug);
            Phone p = phone(org.mainPhone.text, QStringLiteral("voice"));
            p.extension = QString::number(between(201, 299));
            c.phones << p;
            o.contacts << c;
        }
        o.lastVerified = m_today.addDays(-between(0, 400));

        // Sites: the main one, sometimes a second in another part of a larger town.
        org.locationIds << makeLocation(org, o, fsaIndex, tpl->womensShelter, true);
        if (!tpl->womensShelter && town.fsas.size() > 1 && chance(0.22)) {
            int other = between(0, int(town.fsas.size()) - 1);
            if (other == fsaIndex)
                other = (other + 1) % int(town.fsas.size());
            org.locationIds << makeLocation(org, o, other, false, false);
        }
        m_batch.organizations.insert(o.id, o);

        // Services: mandatory ones, then optional ones by chance.
        QVarLengthArray<int, 8> chosen;
        for (const auto &[service, probability] : tpl->choices) {
            if (probability >= 1 || chance(probability))
                chosen.append(service);
        }
        if (chosen.isEmpty())
            chosen.append(tpl->choices.first().first);
        for (int i = 0; i < chosen.size() && i < remaining; ++i)
            makeService(org, chosen.at(i));
    }

    // "Rimouski Food Bank"; a second one in the same place gets " – East End", and so on.
    LocalizedText uniqueName(const OrganizationTemplate &tpl, const OrgContext &org,
                             const LocalizedText &distinctive)
    {
        LocalizedText base{fill(tpl.name.en, org.local, false), fill(tpl.name.fr, org.local, true)};
        base.en.replace(QLatin1String("{name}"), distinctive.en);
        base.fr.replace(QLatin1String("{name}"), distinctive.fr);
        int n = m_orgNames[base.en]++;
        if (n > 0 && tpl.distinctive) {
            // "Le Phare" in another town: "Le Phare Shelter – Rimouski".
            base.en += QStringLiteral(" – ") + org.local;
            base.fr += QStringLiteral(" – ") + org.local;
            n = m_orgNames[base.en]++;
        }
        if (n == 0)
            return base;
        static const QList<LocalizedText> suffixes = {
            {QStringLiteral(" – East End"), QStringLiteral(" – secteur Est")},
            {QStringLiteral(" – West End"), QStringLiteral(" – secteur Ouest")},
            {QStringLiteral(" – North"), QStringLiteral(" – secteur Nord")},
            {QStringLiteral(" – South"), QStringLiteral(" – secteur Sud")},
        };
        if (n <= suffixes.size()) {
            base.en += suffixes.at(n - 1).en;
            base.fr += suffixes.at(n - 1).fr;
        } else {
            const QString site = QString::number(n - suffixes.size() + 1);
            base.en += QStringLiteral(" – Site ") + site;
            base.fr += QStringLiteral(" – point de service ") + site;
        }
        return base;
    }

    QString makeLocation(const OrgContext &org, const Organization &o, int fsaIndex,
                         bool confidential, bool main)
    {
        const Town &town = *org.town;
        Location l;
        l.id = id("loc", ++m_locationCount);
        l.organizationId = org.orgId;
        l.locationType = QStringLiteral("physical");
        if (main) {
            l.name = o.name;
        } else {
            const Place *fsa = town.fsas.at(fsaIndex);
            const QString where = fsa->district.isEmpty() ? fsa->fsa : fsa->district;
            l.name = LocalizedText{QStringLiteral("%1 site").arg(where),
                                   QStringLiteral("Point de service %1").arg(where)};
        }

        const Place *fsa = fsaIndex >= 0 ? town.fsas.at(fsaIndex) : nullptr;
        if (confidential) {
            // Only the town is shown on a map for a confidential shelter.
            l.latitude = town.place->latitude;
            l.longitude = town.place->longitude;
            l.confidential = true;
        } else {
            const bool urbanFsa = fsa && town.fsas.size() > 1 && fsa->fsa.at(1) != QLatin1Char('0');
            const double centreLat = urbanFsa ? fsa->latitude : town.place->latitude;
            const double centreLon = urbanFsa ? fsa->longitude : town.place->longitude;
            const double spread = urbanFsa ? 0.011 : 0.022; // degrees of latitude: ~1.2 / 2.4 km
            l.latitude = std::round((centreLat + (uniform() * 2 - 1) * spread) * 1e5) / 1e5;
            const double lonSpread = spread / std::cos(centreLat * M_PI / 180.0);
            l.longitude = std::round((centreLon + (uniform() * 2 - 1) * lonSpread) * 1e5) / 1e5;
        }

        Address a;
        a.type = QStringLiteral("physical");
        const int number = chance(town.population < 20000 ? 0.95 : 0.6) ? between(10, 999)
                                                                          : between(1000, 9999);
        const QString &street = pick(*town.streets);
        a.address1 = town.quebec ? QStringLiteral("%1, %2").arg(number).arg(street)
                                 : QStringLiteral("%1 %2").arg(number).arg(street);
        if (chance(0.3)) {
            const int unit = between(1, 4) * 100 + between(0, 20);
            a.address2 = town.quebec ? QStringLiteral("bureau %1").arg(unit)
                                     : QStringLiteral("Suite %1").arg(unit);
        }
        a.city = town.place->name;
        a.province = town.place->province;
        a.postalCode = fsa ? postalCode(fsa) : QString();
        a.country = QStringLiteral("CA");
        a.confidential = confidential;
        l.addresses << a;

        l.phones = onePhone(main ? org.mainPhone : localNumber(town), 0, confidential);
        if (!confidential && chance(0.25))
            l.phones += onePhone(localNumber(town), 2);

        if (!confidential) {
            l.schedules = schedules(chance(0.7) ? Hours::Weekday : Hours::WeekdayEarly, town);
            const double roll = uniform();
            const int first = roll < 0.5 ? 0 : (roll < 0.78 ? 1 : (roll < 0.88 ? 2 : 7));
            int extra = -1;
            if (first == 0 && chance(0.5))
                extra = between(3, 5);
            if (first == 1 && chance(0.4))
                extra = 6;
            QList<Accessibility> &shared = m_accessibility[first * 16 + extra + 1];
            if (shared.isEmpty()) {
                shared << m_catalogue.accessibility.at(first);
                if (extra >= 0)
                    shared << m_catalogue.accessibility.at(extra);
            }
            l.accessibility = shared;
            if (chance(0.6))
                l.transportation = transportation(town);
        }
        l.languages = languages(org, false);
        m_batch.locations.insert(l.id, l);
        return l.id;
    }

    QString transportation(const Town &town)
    {
        const QString &name = town.place->name;
        if (name == QStringLiteral("Montréal") || name == QLatin1String("Laval")
            || name == QLatin1String("Longueuil")) {
            return chance(0.5) ? QStringLiteral("Station de métro à moins de 10 minutes à pied.")
                               : QStringLiteral("Arrêt d'autobus à proximité.");
        }
        if (name == QLatin1String("Toronto"))
            return chance(0.5) ? QStringLiteral("Subway station within a 10-minute walk.")
                               : QStringLiteral("TTC bus stop at the door.");
        if (town.population < 15000)
            return town.quebec ? QStringLiteral("Stationnement gratuit sur place.")
                               : QStringLiteral("Free parking on site.");
        return town.quebec ? QStringLiteral("Arrêt d'autobus devant l'édifice.")
                           : QStringLiteral("Bus stop in front of the building.");
    }

    QList<Language> languages(const OrgContext &org, bool service)
    {
        const Town &town = *org.town;
        // The primary language first; the province's majority language nearly always; the
        // other official language depending on the town.
        QStringList codes{org.primary};
        const QString majority = town.quebec ? QStringLiteral("fr") : QStringLiteral("en");
        const QString minority = town.quebec ? QStringLiteral("en") : QStringLiteral("fr");
        if (org.primary != majority && chance(0.9))
            codes << majority;
        double minorityChance = 0.15;
        if (town.quebec)
            minorityChance = town.population > 100000 || town.englishShare > 0.1 ? 0.7 : 0.3;
        else if (town.francoShare >= 0.2)
            minorityChance = 0.85;
        else if (town.francoShare > 0)
            minorityChance = 0.35;
        if (org.primary != minority && chance(minorityChance))
            codes << minority;
        if (service) {
            if (!town.extraLanguages.isEmpty()) {
                const double roll = uniform();
                const int extra = roll < 0.55 ? 0 : (roll < 0.85 ? 1 : 2);
                for (int i = 0; i < extra; ++i)
                    codes << pick(town.extraLanguages);
            }
            for (const QString &code : town.indigenousLanguages) {
                if (chance(town.indigenousFactor >= 1 ? 0.45 : 0.1))
                    codes << code;
            }
            if (chance(0.03))
                codes << (town.quebec ? QStringLiteral("fcs") : QStringLiteral("ase"));
        }
        codes.removeDuplicates();
        QList<Language> &out = m_languageLists[codes.join(QLatin1Char(' '))];
        if (out.isEmpty()) {
            for (const QString &code : std::as_const(codes))
                out << Language{code, m_catalogue.languageNames.value(code), QString()};
        }
        return out;
    }

    // ---- schedules --------------------------------------------------------------------
    Schedule weekly(const QStringList &days, QTime opens, QTime closes, const Town &town)
    {
        Schedule s;
        s.freq = QStringLiteral("WEEKLY");
        s.byday = days;
        s.opensAt = opens;
        s.closesAt = closes;
        s.timeZone = town.timeZone;
        return s;
    }

    // The opening hours of a kind, with the few random variations drawn here; lists are shared
    // between every record with the same hours in the same time zone.
    QList<Schedule> schedules(Hours hours, const Town &town)
    {
        int variant = 0;
        switch (hours) {
        case Hours::FoodBank: variant = chance(0.4); break;
        case Hours::Lunch: variant = chance(0.3); break;
        case Hours::Evening: variant = chance(0.5); break;
        case Hours::MonthlyGroup: variant = chance(0.6); break;
        case Hours::AfterSchool: variant = chance(0.5); break;
        default: break;
        }
        const bool allDay = hours == Hours::AllDay || hours == Hours::NightShelter
                            || hours == Hours::WinterNights;
        if (!allDay && chance(0.15))
            variant |= 2;
        else if (!allDay && town.quebec && chance(0.05))
            variant |= 4;
        const quint64 key = (quint64(hours) << 40) | (quint64(variant) << 32)
                            | quint64(town.timeZoneKey);
        auto it = m_scheduleLists.constFind(key);
        if (it == m_scheduleLists.cend())
            it = m_scheduleLists.insert(key, buildSchedules(hours, variant, town));
        return *it;
    }

    QList<Schedule> buildSchedules(Hours hours, int variant, const Town &town)
    {
        const bool option = variant & 1;
        static const QStringList weekdays = {QStringLiteral("MO"), QStringLiteral("TU"),
                                             QStringLiteral("WE"), QStringLiteral("TH"),
                                             QStringLiteral("FR")};
        static const QStringList everyDay = weekdays + QStringList{QStringLiteral("SA"),
                                                                  QStringLiteral("SU")};
        const auto t = [](int h, int m = 0) { return QTime(h, m); };
        QList<Schedule> out;
        const int year = m_today.year();
        switch (hours) {
        case Hours::Weekday:
            out << weekly(weekdays, t(9), t(17), town);
            break;
        case Hours::WeekdayEarly:
            out << weekly(weekdays, t(8, 30), t(16, 30), town);
            break;
        case Hours::LongThursday:
            out << weekly({QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE"),
                           QStringLiteral("FR")}, t(9), t(17), town);
            out << weekly({QStringLiteral("TH")}, t(9), t(20), town);
            break;
        case Hours::FoodBank:
            out << weekly({QStringLiteral("TU"), QStringLiteral("TH")}, t(13), t(16), town);
            if (option)
                out << weekly({QStringLiteral("SA")}, t(10), t(12), town);
            break;
        case Hours::Lunch:
            out << weekly(weekdays, t(11, 30), t(13), town);
            if (option)
                out << weekly({QStringLiteral("SA"), QStringLiteral("SU")}, t(12), t(13), town);
            break;
        case Hours::Evening:
            out << weekly(option ? QStringList{QStringLiteral("MO"), QStringLiteral("WE")}
                                      : QStringList{QStringLiteral("TU")},
                          t(18, 30), t(21), town);
            break;
        case Hours::MonthlyGroup: {
            Schedule s = weekly({option ? QStringLiteral("2TU") : QStringLiteral("-1WE")},
                                t(18, 30), t(20, 30), town);
            s.freq = QStringLiteral("MONTHLY");
            out << s;
            break;
        }
        case Hours::AfterSchool:
            out << weekly(weekdays, t(15), t(21), town);
            if (option)
                out << weekly({QStringLiteral("SA")}, t(13), t(17), town);
            break;
        case Hours::AllDay: {
            Schedule s = weekly(everyDay, t(0), t(0), town);
            s.description = LocalizedText{
                QStringLiteral("Open 24 hours a day, 7 days a week."),
                QStringLiteral("Ouvert 24 heures sur 24, 7 jours sur 7.")};
            out << s;
            break;
        }
        case Hours::NightShelter: {
            Schedule s = weekly(everyDay, t(19), t(8), town);
            s.description = LocalizedText{QStringLiteral("Overnight: doors open at 7 p.m.; "
                                                         "guests leave by 8 a.m."),
                                          QStringLiteral("De nuit : ouverture des portes à 19 h; "
                                                         "départ avant 8 h.")};
            out << s;
            break;
        }
        case Hours::LateEvening:
            out << weekly(everyDay, t(10), t(2), town);
            break;
        case Hours::DropIn:
            out << weekly(everyDay, t(8), t(16), town);
            break;
        case Hours::Transit:
            out << weekly(everyDay, t(6, 30), t(23), town);
            break;
        case Hours::SummerCamp: {
            const int y = m_today > QDate(year, 8, 20) ? year + 1 : year;
            Schedule s = weekly(weekdays, t(8), t(17), town);
            s.validFrom = QDate(y, 6, 25);
            s.validTo = QDate(y, 8, 15);
            s.dtstart = s.validFrom;
            s.description = LocalizedText{QStringLiteral("Summer only."),
                                          QStringLiteral("L'été seulement.")};
            out << s;
            break;
        }
        case Hours::WinterNights: {
            const int y = m_today.month() <= 3 ? year - 1 : year;
            Schedule s = weekly(everyDay, t(21), t(7), town);
            s.validFrom = QDate(y, 12, 1);
            s.validTo = QDate(y + 1, 3, 31);
            s.dtstart = s.validFrom;
            s.description = LocalizedText{QStringLiteral("December 1 to March 31, overnight."),
                                          QStringLiteral("Du 1er décembre au 31 mars, la nuit.")};
            out << s;
            break;
        }
        case Hours::TaxSeason: {
            const int y = m_today > QDate(year, 4, 30) ? year + 1 : year;
            Schedule s = weekly({QStringLiteral("MO"), QStringLiteral("TU"), QStringLiteral("WE")},
                                t(10), t(15), town);
            s.validFrom = QDate(y, 3, 1);
            s.validTo = QDate(y, 4, 30);
            s.dtstart = s.validFrom;
            out << s;
            break;
        }
        case Hours::HolidayHampers: {
            const int y = m_today > QDate(year, 12, 15) ? year + 1 : year;
            Schedule s = weekly(weekdays, t(9), t(16), town);
            s.validFrom = QDate(y, 11, 1);
            s.validTo = QDate(y, 12, 15);
            s.dtstart = s.validFrom;
            out << s;
            break;
        }
        }
        if (variant & 2) {
            // A holiday closure: the season's last days of December and the first of January.
            const int y = m_today.month() == 1 && m_today.day() <= 2 ? year - 1 : year;
            Schedule closed = weekly(everyDay, QTime(), QTime(), town);
            closed.closed = true;
            closed.validFrom = QDate(y, 12, 24);
            closed.validTo = QDate(y + 1, 1, 2);
            closed.description = m_catalogue.closures.at(0);
            out << closed;
        } else if (variant & 4) {
            Schedule closed = weekly(everyDay, QTime(), QTime(), town);
            closed.closed = true;
            const int y = m_today > QDate(year, 6, 24) ? year + 1 : year;
            closed.validFrom = QDate(y, 6, 24);
            closed.validTo = QDate(y, 6, 24);
            closed.description = m_catalogue.closures.at(1);
            out << closed;
        }
        return out;
    }

    // ---- costs ------------------------------------------------------------------------
    void costs(Cost cost, Service &s)
    {
        CostOption c;
        c.currency = QStringLiteral("CAD");
        const auto money = [](double amount, bool french) {
            return french ? QStringLiteral("%1 $").arg(QLocale(QLocale::French, QLocale::Canada)
                                                           .toString(amount, 'f', 2))
                          : QStringLiteral("$%1").arg(amount, 0, 'f', 2);
        };
        double amount = 0;
        LocalizedText per;
        switch (cost) {
        case Cost::Free:
            if (m_freeOptions.isEmpty()) {
                c.option = LocalizedText{QStringLiteral("Free"), QStringLiteral("Gratuit")};
                c.amount = 0.0;
                m_freeOptions << c;
            }
            s.fees = LocalizedText{QStringLiteral("None."), QStringLiteral("Aucuns frais.")};
            s.costOptions = m_freeOptions;
            return;
        case Cost::SlidingScale:
            amount = 5.0 * between(3, 12);
            c.option = LocalizedText{QStringLiteral("Sliding scale"),
                                     QStringLiteral("Tarif selon le revenu")};
            per = LocalizedText{QStringLiteral("per session at most; free for people on social "
                                               "assistance"),
                                QStringLiteral("par séance au maximum; gratuit pour les "
                                               "prestataires d'aide sociale")};
            break;
        case Cost::PerMeal:
            amount = 0.5 * between(10, 18);
            c.option = LocalizedText{QStringLiteral("Per meal"), QStringLiteral("Par repas")};
            per = LocalizedText{QStringLiteral("per meal"), QStringLiteral("par repas")};
            break;
        case Cost::PerTrip:
            amount = 0.25 * between(13, 24);
            c.option = LocalizedText{QStringLiteral("Per trip"), QStringLiteral("Par trajet")};
            per = LocalizedText{QStringLiteral("per one-way trip"),
                                QStringLiteral("par trajet simple")};
            break;
        case Cost::Membership:
            amount = 5.0 * between(2, 6);
            c.option = LocalizedText{QStringLiteral("Annual membership"),
                                     QStringLiteral("Carte de membre annuelle")};
            per = LocalizedText{QStringLiteral("a year"), QStringLiteral("par année")};
            break;
        case Cost::PerDay:
            amount = 5.0 * between(3, 7);
            c.option = LocalizedText{QStringLiteral("Daily fee"),
                                     QStringLiteral("Frais quotidiens")};
            per = LocalizedText{QStringLiteral("a day, lunch included"),
                                QStringLiteral("par jour, dîner compris")};
            break;
        case Cost::PerWeek:
            amount = 10.0 * between(6, 15);
            c.option = LocalizedText{QStringLiteral("Weekly fee"),
                                     QStringLiteral("Frais hebdomadaires")};
            per = LocalizedText{QStringLiteral("a week; subsidized places available"),
                                QStringLiteral("par semaine; places subventionnées offertes")};
            break;
        }
        c.amount = amount;
        c.amountDescription = per;
        const quint64 key = (quint64(cost) << 32) | quint64(std::llround(amount * 100));
        auto it = m_feeCache.constFind(key);
        if (it == m_feeCache.cend()) {
            Fee fee;
            fee.text = LocalizedText{QStringLiteral("%1 %2.").arg(money(amount, false), per.en),
                                     QStringLiteral("%1 %2.").arg(money(amount, true), per.fr)};
            fee.options << c;
            it = m_feeCache.insert(key, fee);
        }
        s.fees = it->text;
        s.costOptions = it->options;
    }

    // ---- services ---------------------------------------------------------------------
    void makeService(OrgContext &org, int templateIndex)
    {
        const ServiceTemplate &tpl = m_catalogue.services.at(templateIndex);
        const Town &town = *org.town;
        const quint32 textBase = quint32(templateIndex) * 8;

        Service s;
        s.id = id("svc", m_batch.services.size() + 1);
        s.organizationId = org.orgId;
        s.name = tpl.name;
        s.description = cached(textBase, tpl.description, org);
        s.eligibility = cached(textBase + 1, tpl.eligibility, org);
        s.applicationProcess = tpl.application;
        s.minimumAge = tpl.minimumAge;
        s.maximumAge = tpl.maximumAge;
        s.keywords = tpl.keywords;
        s.taxonomyTerms = tpl.terms;
        s.requiredDocuments = tpl.documents;
        s.languages = languages(org, true);
        s.assurer = QStringLiteral("Navigator demo data");
        if (chance(0.3))
            s.url = org.website + QLatin1Char('/') + slugOf(tpl.name.en);
        if (chance(0.3))
            s.email = org.email;
        if (s.languages.size() > 2 && chance(0.5)) {
            s.interpretationServices = LocalizedText{
                QStringLiteral("Interpretation in other languages on request."),
                QStringLiteral("Interprétation dans d'autres langues sur demande.")};
        }
        if (tpl.flags & Beds) {
            s.waitTime = LocalizedText{QStringLiteral("Beds are given first come, first served."),
                                       QStringLiteral("Les lits sont attribués selon l'ordre "
                                                      "d'arrivée.")};
        } else if (tpl.key.contains(QLatin1String("counselling")) && chance(0.6)) {
            s.waitTime = LocalizedText{QStringLiteral("Two to four weeks for a first appointment."),
                                       QStringLiteral("De deux à quatre semaines pour un premier "
                                                      "rendez-vous.")};
        }
        if (chance(0.95))
            costs(tpl.cost, s);

        if (!tpl.programme.isEmpty() && chance(0.4))
            s.programId = programme(org, tpl.programme);

        // Phones: the intake line; crisis lines are toll-free and some take texts.
        const bool crisis = tpl.flags & CrisisLine;
        const bool confidential = tpl.flags & Confidential;
        if (crisis || confidential) {
            Phone line = phone(tollFreeNumber().text, QStringLiteral("voice"),
                               LocalizedText{QStringLiteral("24-hour line"),
                                             QStringLiteral("Ligne 24 heures sur 24")});
            line.languages = QStringList{QStringLiteral("en"), QStringLiteral("fr")};
            s.phones << line;
            if (!confidential)
                s.phones << phone(localNumber(town).text, QStringLiteral("voice"),
                                  LocalizedText{QStringLiteral("Local line"),
                                                QStringLiteral("Ligne locale")});
            if (tpl.flags & TextLine)
                s.phones << phone(localNumber(town).text, QStringLiteral("text"));
            if (chance(0.3))
                s.phones << phone(tollFreeNumber().text, QStringLiteral("textphone"),
                                  LocalizedText{QStringLiteral("TTY"), QStringLiteral("ATS")});
        } else if (chance(0.6)) {
            s.phones = onePhone(chance(0.5) ? org.mainPhone : localNumber(town), 0);
        }

        // Where: crisis lines have no site; women's shelters only their confidential house.
        QList<Schedule> hours = schedules(tpl.hours, town);
        if (tpl.flags & Virtual) {
            s.schedules = hours;
            s.serviceAreas = serviceAreas(town, chance(0.4));
        } else {
            QList<QString> sites{org.locationIds.first()};
            if (org.locationIds.size() > 1) {
                const double roll = uniform();
                if (roll < 0.35)
                    sites << org.locationIds.at(1);
                else if (roll < 0.55)
                    sites = {org.locationIds.at(1)};
            }
            const bool perSite = sites.size() > 1 || chance(0.3);
            if (!perSite)
                s.schedules = hours;
            for (int i = 0; i < sites.size(); ++i) {
                ServiceAtLocation sal;
                sal.id = id("sal", ++m_salCount);
                sal.locationId = sites.at(i);
                if (perSite)
                    sal.schedules = i == 0 ? hours : schedules(Hours::Weekday, town);
                s.locations << sal;
            }
            if (chance(0.5))
                s.serviceAreas = serviceAreas(town, false);
        }

        if (tpl.flags & Beds)
            capacities(tpl, s);
        if (tpl.flags & Shelter) {
            ++m_shelterServices;
            if (confidential)
                ++m_confidentialShelters;
        }

        // The awkward cases: one language only, alerts, stale and inactive records.
        if (chance(oneLanguageShare)) {
            for (LocalizedText *text : {&s.name, &s.description, &s.eligibility,
                                        &s.applicationProcess, &s.fees, &s.waitTime}) {
                *text = only(*text, org.primary);
            }
        }
        if (chance(alertShare))
            s.alerts << alert();
        if (quota(m_staleDebt, staleShare))
            s.lastVerified = m_today.addDays(-between(560, 1200));
        else
            s.lastVerified = m_today.addDays(-between(0, 520));
        if (quota(m_inactiveDebt, inactiveShare))
            s.status = QStringLiteral("inactive");
        else if (chance(0.005))
            s.status = QStringLiteral("temporarily closed");
        s.lastModified = QDateTime(s.lastVerified.addDays(between(0, 20)),
                                   QTime(between(8, 17), between(0, 59)), Qt::UTC);
        if (s.lastModified.date() > m_today)
            s.lastModified.setDate(m_today);
        m_batch.services.append(std::move(s));
    }

    QList<ServiceArea> serviceAreas(const Town &town, bool provincial)
    {
        QList<ServiceArea> &areas = m_serviceAreas[town.index * 2 + int(provincial)];
        if (areas.isEmpty()) {
            ServiceArea area;
            area.name = provincial ? (town.quebec ? QStringLiteral("Québec")
                                                  : QStringLiteral("Ontario"))
                                   : town.place->name;
            area.extentType = QStringLiteral("text");
            areas << area;
        }
        return areas;
    }

    QString programme(OrgContext &org, const LocalizedText &name)
    {
        auto it = org.programmes.constFind(name.en);
        if (it != org.programmes.cend())
            return *it;
        Program p;
        p.id = id("prg", ++m_programCount);
        p.organizationId = org.orgId;
        p.name = name;
        m_batch.programs.insert(p.id, p);
        org.programmes.insert(name.en, p.id);
        return p.id;
    }

    void capacities(const ServiceTemplate &tpl, Service &s)
    {
        const QDateTime updated = QDateTime(m_today, QTime(8, 0), Qt::UTC)
                                      .addSecs(-qint64(between(0, 72 * 60)) * 60);
        const auto beds = [&](int low, int high, const LocalizedText &what) {
            Capacity c;
            c.unitId = QStringLiteral("beds");
            c.unitName = QStringLiteral("beds");
            const int maximum = between(low, high);
            c.maximum = double(maximum);
            c.available = chance(0.35) ? 0.0 : double(between(0, std::max(1, maximum / 4)));
            c.description = what;
            c.updated = updated;
            s.capacities << c;
        };
        if (tpl.key == QLatin1String("homelessshelter")) {
            beds(15, 120, {QStringLiteral("Beds for men"), QStringLiteral("Lits pour hommes")});
            if (chance(0.5))
                beds(6, 40, {QStringLiteral("Beds for women"), QStringLiteral("Lits pour femmes")});
        } else if (tpl.key == QLatin1String("familyshelter")) {
            beds(6, 30, {QStringLiteral("Family rooms"), QStringLiteral("Chambres familiales")});
        } else if (tpl.key == QLatin1String("youthshelter")) {
            beds(8, 30, {QStringLiteral("Youth beds"), QStringLiteral("Lits pour les jeunes")});
        } else if (tpl.key == QLatin1String("womensshelter")) {
            beds(8, 25, {QStringLiteral("Beds for women and children"),
                         QStringLiteral("Lits pour femmes et enfants")});
        } else if (tpl.key == QLatin1String("warmingcentre")) {
            beds(10, 60, {QStringLiteral("Mats"), QStringLiteral("Matelas")});
        } else {
            beds(8, 24, {QStringLiteral("Residential beds"), QStringLiteral("Lits en résidence")});
        }
    }

    Alert alert()
    {
        const LocalizedText &text = pick(m_catalogue.alertTexts);
        Alert a;
        const double roll = uniform();
        if (roll < 0.5) { // current
            a.appears = m_today.addDays(-between(1, 30));
            a.expires = m_today.addDays(between(5, 60));
        } else if (roll < 0.8) { // expired: should no longer be shown
            a.expires = m_today.addDays(-between(1, 60));
            a.appears = a.expires.addDays(-between(14, 60));
        } else { // announced for later
            a.appears = m_today.addDays(between(3, 20));
            a.expires = a.appears.addDays(between(7, 45));
        }
        // "…until %1" and "…after %1" name the end of the notice; the others its first day.
        const bool untilEnd = text.en.contains(QLatin1String("until"))
                              || text.en.contains(QLatin1String("after"));
        const QDate shown = untilEnd ? a.expires : a.appears;
        a.text = LocalizedText{text.en.arg(dateText(shown, false)),
                               text.fr.arg(dateText(shown, true))};
        return a;
    }

    const Catalogue &m_catalogue;
    QRandomGenerator m_rng;
    QDate m_today;
    DirectoryBatch m_batch;
    QList<Town> m_towns;
    QList<double> m_townCumulative;
    QList<Place> m_ownedFsas;
    QHash<quint64, LocalizedText> m_textCache;
    struct Fee
    {
        LocalizedText text;
        QList<CostOption> options;
    };
    QHash<quint64, Fee> m_feeCache;
    QList<CostOption> m_freeOptions;
    QHash<QString, int> m_orgNames; // base name -> how many organizations use it
    QHash<QString, int> m_timeZoneKeys;
    QHash<quint32, QString> m_numbers;
    QHash<quint64, QList<Phone>> m_phoneLists;
    QHash<quint64, QList<Schedule>> m_scheduleLists;
    QHash<QString, QList<Language>> m_languageLists;
    QHash<int, QList<ServiceArea>> m_serviceAreas;
    QHash<int, QList<Accessibility>> m_accessibility;
    qint64 m_orgCount = 0;
    qint64 m_locationCount = 0;
    qint64 m_salCount = 0;
    qint64 m_programCount = 0;
    qint64 m_shelterServices = 0;
    qint64 m_confidentialShelters = 0;
    double m_staleDebt = 0;
    double m_inactiveDebt = 0;
};

} // namespace

DirectoryBatch DemoDirectory::generate(int serviceCount, quint32 seed, QDate today)
{
    auto places = PlacesCsv::readBundled();
    if (!places) {
        qCWarning(lcNavDirectoryDemo) << "built-in places unavailable:" << places.error().detail;
        DirectoryBatch empty;
        empty.source = source();
        return empty;
    }
    return generate(serviceCount, *places, seed, today);
}

DirectoryBatch DemoDirectory::generate(int serviceCount, const QList<Place> &places, quint32 seed,
                                       QDate today)
{
    QElapsedTimer timer;
    timer.start();
    DirectoryBatch batch = Generator(places, seed, today).run(serviceCount);
    qCInfo(lcNavDirectoryDemo) << "generated" << batch.services.size() << "services,"
                               << batch.organizations.size() << "organizations,"
                               << batch.locations.size() << "locations in" << timer.elapsed()
                               << "ms";
    return batch;
}

Result<DirectoryBatch> DemoDirectory::generate(int serviceCount, const QString &placesCsvPath,
                                               quint32 seed, QDate today)
{
    auto places = PlacesCsv::read(placesCsvPath);
    if (!places)
        return Unexpected(places.error());
    const QString fsaPath
        = QFileInfo(placesCsvPath).dir().filePath(QStringLiteral("fsa-on-qc.csv"));
    if (QFileInfo::exists(fsaPath)) {
        auto fsas = PlacesCsv::read(fsaPath);
        if (!fsas)
            return Unexpected(fsas.error());
        *places += *fsas;
    }
    return generate(serviceCount, *places, seed, today);
}

} // namespace Nav::Directory

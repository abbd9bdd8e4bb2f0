// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/importers/importvocabulary.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace Nav::Directory::ImportVocabulary {

namespace {

struct LanguageRow
{
    const char16_t *iso;   // empty: a communication mode, not a language
    const char16_t *vocab; // code in the bilingual 211 language vocabulary
    const char16_t *en;
    const char16_t *fr;
};

// The bilingual 211 language vocabulary (shared/reference/vocabularies-en-fr/language.csv, CC0)
// with the ISO 639 code of each entry: 639-1 where it exists, else 639-3 (cmn Mandarin, yue
// Cantonese, ase ASL, fcs LSQ, fsl LSF, crg Michif…). Entries that are communication modes
// (Braille, large print, interpretation) or dialect groups without one code (French Creole,
// Iroquois) have no code but are still known. tst_importvocabulary checks this table against the
// CSV.
const LanguageRow kLanguages[] = {
    {u"en", u"ENGLISH", u"English", u"anglais"},
    {u"fr", u"FRENCH", u"French", u"français"},
    {u"fr", u"FRENCHDESIGNATED",
     u"French - Designated Agency under the French Language Services Act",
     u"français - désigné en vertu de la Loi sur les services en français"},
    {u"abe", u"ABENAKI", u"Abenaki", u"abénaqui"},
    {u"ada", u"ADANGME", u"Adangme", u"adangme"},
    {u"ase", u"ADAPTIVEASL",
     u"Adaptive American Sign Language",
     u"langue des signes américaine adaptative"},
    {u"ady", u"ADYGHE", u"Adyghe", u"adygué"},
    {u"aa", u"AFAR", u"Afar", u"afar"},
    {u"af", u"AFRIKAANS", u"Afrikaans", u"afrikaans"},
    {u"ak", u"AKAN", u"Akan", u"akan"},
    {u"sq", u"ALBANIAN", u"Albanian", u"albanais"},
    {u"alq", u"ALGONQUIN", u"Algonquin", u"algonquin"},
    {u"am", u"AMHARIC", u"Amharic", u"amharique"},
    {u"ar", u"ARABIC", u"Arabic", u"arabe"},
    {u"hy", u"ARMENIAN", u"Armenian", u"arménien"},
    {u"ase", u"ASL", u"American Sign Language (ASL)", u"langue des signes américaine (ALS)"},
    {u"as", u"ASSAMESE", u"Assamese", u"assamais"},
    {u"aii", u"ASSYRIAN", u"Assyrian", u"assyrien"},
    {u"az", u"AZERBAIJANI", u"Azerbaijani", u"azerbaïdjanais"},
    {u"bal", u"BALOCHI", u"Balochi", u"baloutche"},
    {u"bm", u"BAMBARA", u"Bambara", u"bambara"},
    {u"", u"BANA", u"Bana", u"bana"},
    {u"bfa", u"BARI", u"Bari", u"bari"},
    {u"be", u"BELORUSSIAN", u"Belorussian", u"biélorusse"},
    {u"bem", u"BEMBA", u"Bemba", u"bemba"},
    {u"bn", u"BENGALI", u"Bengali", u"bengali"},
    {u"bho", u"BHOJPURI", u"Bhojpuri", u"bhojpouri"},
    {u"byn", u"BILEN", u"Bilen", u"bilen"},
    {u"", u"BLISS", u"Bliss Symbols", u"symboles Bliss"},
    {u"bs", u"BOSNIAN", u"Bosnian", u"bosnien"},
    {u"", u"BRAILLE", u"Braille", u"braille"},
    {u"", u"BRAVA", u"Swahili (Brava)", u"swahili (Brava)"},
    {u"bg", u"BULGARIAN", u"Bulgarian", u"bulgare"},
    {u"my", u"BURMESE", u"Burmese", u"birman"},
    {u"yue", u"CANTONESE", u"Chinese (Cantonese)", u"chinois (cantonais)"},
    {u"ca", u"CATALAN", u"Catalan", u"catalan"},
    {u"ceb", u"CEBUANO", u"Cebuano", u"cebuano"},
    {u"nan", u"CHAOZHOU", u"Chinese (Chaozhou)", u"chinois (teochew)"},
    {u"zh", u"CHINESE", u"Chinese", u"chinois"},
    {u"ctg", u"CHITTAGONIAN", u"Chittagonian", u"chittagonien"},
    {u"cr", u"CREE", u"Cree", u"cri"},
    {u"hr", u"CROATIAN", u"Croatian", u"croate"},
    {u"cs", u"CZECH", u"Czech", u"tchèque"},
    {u"da", u"DANISH", u"Danish", u"danois"},
    {u"prs", u"DARI", u"Dari", u"dari"},
    {u"din", u"DINKA", u"Dinka", u"dinka"},
    {u"nl", u"DUTCH", u"Dutch", u"néerlandais"},
    {u"dyu", u"DYULA", u"Dyula", u"dyula"},
    {u"bin", u"EDO", u"Edo", u"edo"},
    {u"efi", u"EFIK", u"Efik", u"efik"},
    {u"eo", u"ESPERANTO", u"Esperanto", u"espéranto"},
    {u"et", u"ESTONIAN", u"Estonian", u"estonien"},
    {u"ee", u"EWE", u"Ewe", u"éwé"},
    {u"", u"FACILITATED", u"Facilitated Communication", u"communication facilitée"},
    {u"fat", u"FANTI", u"Fanti", u"fante"},
    {u"fa", u"FARSI", u"Farsi", u"farsi"},
    {u"fj", u"FIJIAN", u"Fijian", u"fidjien"},
    {u"fil", u"FILIPINO", u"Filipino", u"filipino"},
    {u"", u"FINGERSPELL", u"Finger Spelling", u"dactylologie"},
    {u"fi", u"FINNISH", u"Finnish", u"finnois"},
    {u"", u"FRENCHCREOLE", u"French Creole", u"créole français"},
    {u"fur", u"FRIULIAN", u"Friulian", u"frioulan"},
    {u"", u"FUJIAN", u"Chinese (Fujian)", u"chinois (fujien)"},
    {u"ff", u"FULA", u"Fula", u"peul"},
    {u"gaa", u"GA", u"Ga", u"ga"},
    {u"gd", u"GAELIC", u"Gaelic", u"gaélique"},
    {u"lg", u"GANDA", u"Ganda", u"ganda"},
    {u"ka", u"GEORGIAN", u"Georgian", u"géorgien"},
    {u"de", u"GERMAN", u"German", u"allemand"},
    {u"bbj", u"GHOMALA", u"Ghomala", u"ghomálá'"},
    {u"el", u"GREEK", u"Greek", u"grec"},
    {u"gu", u"GUJARATI", u"Gujarati", u"gujarati"},
    {u"gyn", u"GUYANESECREOLE", u"Guyanese Creole English", u"créole anglais guyanais"},
    {u"ht", u"HAITIANCREOLE", u"Haitian Creole", u"créole haïtien"},
    {u"hak", u"HAKKA", u"Chinese (Hakka)", u"chinois (hakka)"},
    {u"", u"HANDOVERHAND", u"Hand over Hand Sign Language", u"langue des signes main-sur-main"},
    {u"har", u"HARARI", u"Harari", u"harari"},
    {u"ha", u"HAUSA", u"Hausa", u"haoussa"},
    {u"he", u"HEBREW", u"Hebrew", u"hébreu"},
    {u"hz", u"HERERO", u"Herero", u"herero"},
    {u"hil", u"HILIGAYNON", u"Hiligaynon", u"hiligaynon"},
    {u"hi", u"HINDI", u"Hindi", u"hindi"},
    {u"hno", u"HINDKO", u"Hindko", u"hindko"},
    {u"hu", u"HUNGARIAN", u"Hungarian", u"hongrois"},
    {u"ig", u"IBO", u"Ibo", u"ibo"},
    {u"ilo", u"ILOCANO", u"Ilocano", u"ilocano"},
    {u"id", u"INDONESIAN", u"Indonesian", u"indonésien"},
    {u"ikt", u"INUINNAQTUN", u"Inuinnaqtun", u"inuinnaqtun"},
    {u"iu", u"INUKTITUT", u"Inuktitut", u"inuktitut"},
    {u"ga", u"IRISH", u"Irish", u"irlandais"},
    {u"", u"IROQUOIS", u"Iroquois", u"iroquois"},
    {u"iso", u"ISOKO", u"Isoko", u"isoko"},
    {u"it", u"ITALIAN", u"Italian", u"italien"},
    {u"ja", u"JAPANESE", u"Japanese", u"japonais"},
    {u"jv", u"JAVANESE", u"Javanese", u"javanais"},
    {u"pga", u"JUDAARABIC", u"Juba Arabic", u"arabe de Juba"},
    {u"", u"KACHI", u"Kachi", u"kachi"},
    {u"kn", u"KANNADA", u"Kannada", u"kannada"},
    {u"ks", u"KASHMIRI", u"Kashmiri", u"kachméré"},
    {u"kk", u"KAZAKH", u"Kazakh", u"kazakh"},
    {u"km", u"KHMER", u"Khmer", u"khmer"},
    {u"ktu", u"KIKONGOKITUBA", u"Kikongo-Kituba", u"kituba"},
    {u"ki", u"KIKUYU", u"Kikuyu", u"kikuyu"},
    {u"rw", u"KINYARWANDA", u"Kinyarwanda", u"kinyarwanda"},
    {u"sgc", u"KIPSIGIS", u"Kipsigis", u"kipsikis"},
    {u"kok", u"KONKANI", u"Konkani", u"konkani"},
    {u"ko", u"KOREAN", u"Korean", u"coréen"},
    {u"kri", u"KRIO", u"Krio", u"krio"},
    {u"ku", u"KURDISH", u"Kurdish", u"kurde"},
    {u"lo", u"LAO", u"Lao", u"lao"},
    {u"", u"LARGEPRINT", u"Large Print Notes", u"gros caractères"},
    {u"lv", u"LATVIAN", u"Latvian", u"letton"},
    {u"leh", u"LENJE", u"Lenje", u"lenje"},
    {u"", u"LIMBA", u"Limba", u"limba"},
    {u"ln", u"LINGALA", u"Lingala", u"lingala"},
    {u"lt", u"LITHUANIAN", u"Lithuanian", u"lituanien"},
    {u"nds", u"LOWGERMAN", u"Low German", u"bas-allemand"},
    {u"lua", u"LUBAKASAI", u"Luba-Kasai", u"tshiluba"},
    {u"lu", u"LUBASHABA", u"Luba-Shaba", u"luba-katanga"},
    {u"luo", u"LUO", u"Luo", u"luo"},
    {u"mk", u"MACEDONIAN", u"Macedonian", u"macédonien"},
    {u"ms", u"MALAY", u"Malay", u"malais"},
    {u"ml", u"MALAYALAM", u"Malayalam", u"malayalam"},
    {u"mt", u"MALTESE", u"Maltese", u"maltais"},
    {u"cmn", u"MANDARIN", u"Mandarin", u"mandarin"},
    {u"man", u"MANDINGO", u"Mandingo", u"meninka"},
    {u"mr", u"MARATHI", u"Marathi", u"marathi"},
    {u"ymm", u"MAYMAY", u"Somali (May May)", u"somali (may may)"},
    {u"men", u"MENDE", u"Mende", u"mendé"},
    {u"crg", u"MICHIF", u"Michif (Métis)", u"michif (Métis)"},
    {u"mic", u"MICMAC", u"Micmac", u"micmac"},
    {u"cdo", u"MINDONG", u"Chinese (Min Dong)", u"chinois (mindong)"},
    {u"moh", u"MOHAWK", u"Mohawk", u"mohawk"},
    {u"mn", u"MONGOLIAN", u"Mongolian", u"mongol"},
    {u"naq", u"NAMA", u"Nama", u"nama"},
    {u"niq", u"NANDI", u"Nandi", u"nandi"},
    {u"nd", u"NDEBELE", u"Ndebele", u"ndébélé"},
    {u"ne", u"NEPALI", u"Nepali", u"népalais"},
    {u"no", u"NORWEGIAN", u"Norwegian", u"norvégien"},
    {u"nus", u"NUER", u"Nuer", u"nuer"},
    {u"otw", u"ODAWA", u"Odawa", u"outaouais"},
    {u"oj", u"OJIBWAY", u"Ojibway", u"ojibwé"},
    {u"ojs", u"OJICREE", u"Oji-Cree", u"oji-cri"},
    {u"one", u"ONEIDA", u"Oneida", u"oneida"},
    {u"or", u"ORIYA", u"Oriya", u"oriya"},
    {u"om", u"OROMO", u"Oromo", u"oromo"},
    {u"ps", u"PASHTO", u"Pashto", u"pachtou"},
    {u"", u"PICTUREBOARD", u"Picture Boards", u"pictogrammes"},
    {u"pl", u"POLISH", u"Polish", u"polonais"},
    {u"pt", u"PORTUGUESE", u"Portuguese", u"portugais"},
    {u"pa", u"PUNJABI", u"Punjabi", u"pendjabi"},
    {u"qu", u"QUECHUA", u"Quechua", u"quechua"},
    {u"quc", u"QUICHE", u"Quiché", u"kiché"},
    {u"rom", u"ROMANI", u"Romani", u"tzigane"},
    {u"ro", u"ROMANIAN", u"Romanian", u"roumain"},
    {u"rm", u"ROMANSCH", u"Romansch", u"romanche"},
    {u"rn", u"RUNDI", u"Rundi", u"kiroundi"},
    {u"ru", u"RUSSIAN", u"Russian", u"russe"},
    {u"ssy", u"SAHO", u"Saho", u"saho"},
    {u"skr", u"SERAIKI", u"Seraiki", u"seraiki"},
    {u"sr", u"SERBIAN", u"Serbian", u"serbe"},
    {u"hbs", u"SERBOCROATION", u"Serbo-Croation", u"serbo-croate"},
    {u"ksw", u"SGAWKAREN", u"Sgaw Karen", u"sgaw karen"},
    {u"shk", u"SHILLUK", u"Shilluk", u"shilluk"},
    {u"sn", u"SHONA", u"Shona", u"shona"},
    {u"", u"SIGNEDENGLISH", u"Signed English", u"anglais signé"},
    {u"fsl", u"SIGNEDFRENCH", u"French Sign Language (LSF)", u"langue des signes française (LSF)"},
    {u"fcs", u"SIGNEDFRENCHQUEBEC",
     u"Quebec Sign Language (LSQ)",
     u"langue des signes québécoise (LSQ)"},
    {u"sd", u"SINDHI", u"Sindhi", u"sindhi"},
    {u"si", u"SINHALA", u"Sinhala", u"singhalais"},
    {u"sk", u"SLOVAK", u"Slovak", u"slovaque"},
    {u"sl", u"SLOVENIAN", u"Slovenian", u"slovène"},
    {u"so", u"SOMALI", u"Somali", u"somali"},
    {u"st", u"SOTHO", u"Sotho", u"sotho"},
    {u"es", u"SPANISH", u"Spanish", u"espagnol"},
    {u"", u"SPANISHCREOLE", u"Spanish Creole", u"créole espagnol"},
    {u"sus", u"SUSU", u"Susu", u"soso"},
    {u"sw", u"SWAHILI", u"Swahili", u"swahili"},
    {u"sv", u"SWEDISH", u"Swedish", u"suédois"},
    {u"", u"TACTILESIGNAGE", u"Tactile Signage", u"signalisation tactile"},
    {u"tl", u"TAGALOG", u"Tagalog", u"tagalog"},
    {u"", u"TAISHAN", u"Chinese (Taishan)", u"chinois (taishanais)"},
    {u"nan", u"TAIWANESE", u"Chinese (Taiwanese)", u"chinois (taïwanais)"},
    {u"ta", u"TAMIL", u"Tamil", u"tamoul"},
    {u"te", u"TELUGU", u"Telugu", u"télougou"},
    {u"tem", u"TEMNE", u"Temne", u"temne"},
    {u"th", u"THAI", u"Thai", u"thaï"},
    {u"bo", u"TIBETAN", u"Tibetan", u"tibétain"},
    {u"tig", u"TIGRE", u"Tigre", u"tigré"},
    {u"ti", u"TIGRINYA", u"Tigrinya", u"tigrigna"},
    {u"tpi", u"TOKPISIN", u"Tok Pisin", u"tok pisin"},
    {u"", u"TOUCHHAND", u"Touch-Hand Language", u"langue des signes tactiles"},
    {u"tn", u"TSWANA", u"Tswana", u"bechouana"},
    {u"tcy", u"TULU", u"Tulu", u"tulu"},
    {u"tr", u"TURKISH", u"Turkish", u"turc"},
    {u"tk", u"TURKMEN", u"Turkmen", u"türkmène"},
    {u"tw", u"TWI", u"Twi", u"twi"},
    {u"", u"TWOHAND", u"Two-Hand Manual", u"alphabet bimanuel"},
    {u"uk", u"UKRAINIAN", u"Ukrainian", u"ukrainien"},
    {u"ur", u"URDU", u"Urdu", u"urdu"},
    {u"urh", u"URHOBO", u"Urhobo", u"urhobo"},
    {u"ug", u"UYGHUR", u"Uyghur", u"ouïghour"},
    {u"uz", u"UZBEK", u"Uzbek", u"ouzbek"},
    {u"vi", u"VIETNAMESE", u"Vietnamese", u"vietnamien"},
    {u"cy", u"WELSH", u"Welsh", u"gallois"},
    {u"", u"WESTINDIAN", u"West Indian dialects", u"dialectes antillais"},
    {u"wo", u"WOLOF", u"Wolof", u"wolof"},
    {u"wuu", u"WU", u"Chinese (Wu)", u"chinois (wu)"},
    {u"xh", u"XHOSA", u"Xhosa", u"xhosa"},
    {u"ybb", u"YEMBA", u"Yemba", u"yemba"},
    {u"yi", u"YIDDISH", u"Yiddish", u"yiddish"},
    {u"yo", u"YORUBA", u"Yoruba", u"yoruba"},
    {u"zu", u"ZULU", u"Zulu", u"zoulou"},
    {u"", u"INTERPRETATION", u"Interpretive Services", u"services d'interprétation"},
};

// Other names people write for the same languages.
struct Alias
{
    const char16_t *name;
    const char16_t *iso;
};
const Alias kAliases[] = {
    {u"Persian", u"fa"},
    {u"persan", u"fa"},
    {u"Ojibwe", u"oj"},
    {u"Ojibwa", u"oj"},
    {u"Anishinaabemowin", u"oj"},
    {u"Mi'kmaq", u"mic"},
    {u"Mi'kmaw", u"mic"},
    {u"Innu", u"moe"},
    {u"Innu-aimun", u"moe"},
    {u"Atikamekw", u"atj"},
    {u"Naskapi", u"nsk"},
    {u"Panjabi", u"pa"},
    {u"Mandarin Chinese", u"cmn"},
    {u"Chinese (Mandarin)", u"cmn"},
    {u"chinois (mandarin)", u"cmn"},
    {u"American Sign Language", u"ase"},
    {u"Serbo-Croatian", u"hbs"},
    {u"Belarusian", u"be"},
    {u"Bangla", u"bn"},
    {u"Haitian", u"ht"},
    {u"Kreyol", u"ht"},
};

QString parenthesisStripped(const QString &name, QString *inside)
{
    const qsizetype open = name.indexOf(u'(');
    const qsizetype close = name.lastIndexOf(u')');
    if (open <= 0 || close < open)
        return {};
    *inside = name.mid(open + 1, close - open - 1).trimmed();
    return name.left(open).trimmed();
}

const QHash<QString, LanguageLookup> &languageIndex()
{
    static const QHash<QString, LanguageLookup> index = [] {
        QHash<QString, LanguageLookup> h;
        const auto add = [&h](const QString &name, const QString &iso) {
            const QString key = foldForMatch(name);
            if (!key.isEmpty() && !h.contains(key))
                h.insert(key, LanguageLookup{true, iso});
        };
        // Full names and vocabulary codes first, so a derived short form never overrides them.
        for (const LanguageRow &row : kLanguages) {
            const QString iso = QString::fromUtf16(row.iso);
            add(QString::fromUtf16(row.vocab), iso);
            add(QString::fromUtf16(row.en), iso);
            add(QString::fromUtf16(row.fr), iso);
        }
        for (const Alias &alias : kAliases)
            add(QString::fromUtf16(alias.name), QString::fromUtf16(alias.iso));
        // "Chinese (Cantonese)" is also "Cantonese"; "Quebec Sign Language (LSQ)" also "LSQ".
        for (const LanguageRow &row : kLanguages) {
            for (const char16_t *name : {row.en, row.fr}) {
                QString inside;
                const QString outside = parenthesisStripped(QString::fromUtf16(name), &inside);
                const QString iso = QString::fromUtf16(row.iso);
                add(inside, iso);
                add(outside, iso);
            }
        }
        return h;
    }();
    return index;
}

struct Province
{
    const char16_t *code;
    const char16_t *en;
    const char16_t *fr;
};
const Province kProvinces[] = {
    {u"AB", u"Alberta", u"Alberta"},
    {u"BC", u"British Columbia", u"Colombie-Britannique"},
    {u"MB", u"Manitoba", u"Manitoba"},
    {u"NB", u"New Brunswick", u"Nouveau-Brunswick"},
    {u"NL", u"Newfoundland and Labrador", u"Terre-Neuve-et-Labrador"},
    {u"NS", u"Nova Scotia", u"Nouvelle-Écosse"},
    {u"NT", u"Northwest Territories", u"Territoires du Nord-Ouest"},
    {u"NU", u"Nunavut", u"Nunavut"},
    {u"ON", u"Ontario", u"Ontario"},
    {u"PE", u"Prince Edward Island", u"Île-du-Prince-Édouard"},
    {u"QC", u"Quebec", u"Québec"},
    {u"SK", u"Saskatchewan", u"Saskatchewan"},
    {u"YT", u"Yukon", u"Yukon"},
};

// Letters only, folded: "Île-du-Prince-Édouard" and "ile du prince edouard" meet.
QString lettersKey(const QString &text)
{
    QString key;
    const QString folded = foldForMatch(text);
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetter())
            key += c;
    }
    return key;
}

std::optional<QTime> parseTimeOfDay(const QString &text, std::optional<int> *offsetSeconds)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?\\s*"
                       "(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    const int second = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    const QString meridiem = m.captured(4).toLower();
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        if (meridiem == QLatin1String("am") && hour == 12)
            hour = 0;
        else if (meridiem == QLatin1String("pm") && hour != 12)
            hour += 12;
    }
    const QString zone = m.captured(5);
    if (zone == QLatin1String("Z")) {
        *offsetSeconds = 0;
    } else if (!zone.isEmpty()) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        *offsetSeconds = zone.startsWith(u'-') ? -seconds : seconds;
    }
    if (hour == 24 && minute == 0 && second == 0 && meridiem.isEmpty())
        return QTime(0, 0); // xs:time allows 24:00:00, the end of the day: midnight
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace

QString foldForMatch(const QString &text)
{
    // Most values are plain ASCII: no decomposition needed.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLower().simplified();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += (c == QChar(0x2019) || c == QChar(0x2018)) ? QChar(u'\'') : c;
    }
    return out.toCaseFolded().simplified();
}

LanguageLookup lookupLanguage(const QString &name)
{
    return languageIndex().value(foldForMatch(name));
}

QStringList splitLanguageList(const QString &text)
{
    static const QRegularExpression separators(
        QStringLiteral("\\s*(?:[,;/|*\\n\\r]+|\\s(?:and|et|&)\\s)\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

QString languageTag(const QString &marker)
{
    const QString folded = foldForMatch(marker);
    const QString primary = folded.section(QRegularExpression(QStringLiteral("[-_ ]")), 0, 0);
    static const QStringList english{QStringLiteral("en"), QStringLiteral("eng"),
                                     QStringLiteral("english"), QStringLiteral("anglais")};
    static const QStringList french{QStringLiteral("fr"), QStringLiteral("fre"),
                                    QStringLiteral("fra"), QStringLiteral("french"),
                                    QStringLiteral("francais")};
    if (english.contains(folded) || english.contains(primary))
        return QStringLiteral("en");
    if (french.contains(folded) || french.contains(primary))
        return QStringLiteral("fr");
    return {};
}

bool isTaxonomyCode(const QString &code)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Z]{1,2}(?:-\\d{4}(?:\\.\\d{4}(?:-\\d{3}(?:\\.\\d{2,3})?)?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(code.trimmed()).hasMatch();
}

QString normalizedTaxonomyCode(const QString &code)
{
    return code.trimmed().toUpper();
}

QString provinceCode(const QString &value)
{
    static const QHash<QString, QString> index = [] {
        QHash<QString, QString> h;
        for (const Province &p : kProvinces) {
            const QString code = QString::fromUtf16(p.code);
            h.insert(code.toLower(), code);
            h.insert(lettersKey(QString::fromUtf16(p.en)), code);
            h.insert(lettersKey(QString::fromUtf16(p.fr)), code);
        }
        h.insert(QStringLiteral("pq"), QStringLiteral("QC"));
        h.insert(QStringLiteral("que"), QStringLiteral("QC"));
        h.insert(QStringLiteral("newfoundland"), QStringLiteral("NL"));
        h.insert(QStringLiteral("yukonterritory"), QStringLiteral("YT"));
        return h;
    }();
    const QString trimmed = value.trimmed();
    return index.value(lettersKey(trimmed), trimmed);
}

QString countryCode(const QString &value)
{
    const QString trimmed = value.trimmed();
    const QString key = lettersKey(trimmed);
    if (key == QLatin1String("canada") || key == QLatin1String("can"))
        return QStringLiteral("CA");
    if (key == QLatin1String("unitedstates") || key == QLatin1String("unitedstatesofamerica")
        || key == QLatin1String("usa") || key == QLatin1String("etatsunis")) {
        return QStringLiteral("US");
    }
    if (trimmed.size() == 2 && key.size() == 2)
        return trimmed.toUpper();
    return trimmed;
}

namespace {

struct ParsedMoment
{
    QDate date;
    std::optional<QTime> time;
    std::optional<int> offsetSeconds;
};

std::optional<ParsedMoment> parseMoment(const QString &text)
{
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\s*(.*))?$"));
    static const QRegularExpression american(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(.*))?$"));
    const QString trimmed = text.trimmed();
    ParsedMoment out;
    QString rest;
    if (const auto m = iso.match(trimmed); m.hasMatch()) {
        out.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        rest = m.captured(4).trimmed();
    } else if (const auto a = american.match(trimmed); a.hasMatch()) {
        out.date = QDate(a.captured(3).toInt(), a.captured(1).toInt(), a.captured(2).toInt());
        rest = a.captured(4).trimmed();
    } else {
        return std::nullopt;
    }
    if (!out.date.isValid())
        return std::nullopt;
    if (!rest.isEmpty()) {
        out.time = parseTimeOfDay(rest, &out.offsetSeconds);
        if (!out.time)
            return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<QDateTime> parseDateTime(const QString &text)
{
    const auto m = parseMoment(text);
    if (!m)
        return std::nullopt;
    const QTime time = m->time.value_or(QTime(0, 0));
    if (m->offsetSeconds)
        return QDateTime(m->date, time, QTimeZone(*m->offsetSeconds));
    return QDateTime(m->date, time);
}

std::optional<QDate> parseDate(const QString &text)
{
    const auto m = parseMoment(text);
    if (!m)
        return std::nullopt;
    return m->date;
}

std::optional<QTime> parseTime(const QString &text)
{
    std::optional<int> ignoredOffset;
    return parseTimeOfDay(text.trimmed(), &ignoredOffset);
}

QString phoneType(const QString &label)
{
    static const QRegularExpression fax(QStringLiteral("\\b(fax|telecopieur)\\b"));
    static const QRegularExpression tty(QStringLiteral("\\b(tty|tdd|ats|teletype)\\b"));
    static const QRegularExpression cell(QStringLiteral("\\b(cell|cellulaire|mobile)\\b"));
    static const QRegularExpression sms(QStringLiteral("\\b(text|sms|texto)\\b"));
    const QString key = foldForMatch(label);
    if (fax.match(key).hasMatch())
        return QStringLiteral("fax");
    if (tty.match(key).hasMatch())
        return QStringLiteral("textphone");
    if (cell.match(key).hasMatch())
        return QStringLiteral("cell");
    if (sms.match(key).hasMatch())
        return QStringLiteral("text");
    return QStringLiteral("voice");
}

std::optional<bool> parseYesNo(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QString v = foldForMatch(text);
    if (v.isEmpty())
        return false;
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                 QStringLiteral("t"), QStringLiteral("1"), QStringLiteral("oui"),
                                 QStringLiteral("o"), QStringLiteral("vrai")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                QStringLiteral("f"), QStringLiteral("0"), QStringLiteral("non"),
                                QStringLiteral("faux")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

} // namespace Nav::Directory::ImportVocabulary

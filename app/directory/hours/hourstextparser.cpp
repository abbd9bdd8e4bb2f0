// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/hours/hourstextparser.h"

#include <QHash>
#include <QRegularExpression>

#include <bit>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Nav::Directory {

namespace {

constexpr quint8 AllDays = 0x7f;
constexpr quint8 WeekdayMask = 0x1f;
constexpr quint8 WeekendMask = 0x60;

enum class Kind {
    Day,         // days: a day or a set of days (weekdays, weekend, daily)
    Time,
    RangeSep,    // -, to, au, à, through…
    ListSep,     // , and et & /
    Clause,      // ; | new line
    Between,     // between / entre (a following "and" joins a range)
    Closed,
    Hours24,     // 24 hours, 24 h sur 24
    Always,      // 24/7
    Holiday,
    Appointment,
    Except,
    Poison,      // a word a weekly schedule cannot express
    Filler,
};

enum class Marker { None, Am, Pm };

struct Token
{
    Kind kind = Kind::Filler;
    quint8 days = 0;
    int hour = 0;
    int minute = 0;
    Marker marker = Marker::None;
    bool clock24 = false;  // written as 24-hour time: "17:00", "08:30", "9 h", "0900"
    bool noon = false;
    bool midnight = false;
    bool listWord = false; // ListSep spelled as "and"/"et" (joins a range after "between")
};

enum class Lang { Neutral, English, French };

struct WordInfo
{
    Kind kind;
    quint8 days = 0;
    Lang lang = Lang::Neutral;
};

const QHash<QString, WordInfo> &wordTable()
{
    static const QHash<QString, WordInfo> table = [] {
        QHash<QString, WordInfo> t;
        const auto add = [&t](std::initializer_list<const char *> words, WordInfo info) {
            for (const char *w : words)
                t.insert(QString::fromLatin1(w), info);
        };
        const auto day = [](int d, Lang lang) {
            return WordInfo{Kind::Day, quint8(1u << (d - 1)), lang};
        };
        add({"monday", "mondays", "mon", "mo", "m"}, day(1, Lang::English));
        add({"tuesday", "tuesdays", "tues", "tue", "tu", "t"}, day(2, Lang::English));
        add({"wednesday", "wednesdays", "wed", "weds", "w"}, day(3, Lang::English));
        add({"thursday", "thursdays", "thurs", "thur", "thu", "th", "r"}, day(4, Lang::English));
        add({"friday", "fridays", "fri", "fr", "f"}, day(5, Lang::English));
        add({"saturday", "saturdays", "sat", "sa"}, day(6, Lang::English));
        add({"sunday", "sundays", "sun", "su"}, day(7, Lang::English));
        add({"lundi", "lundis", "lun"}, day(1, Lang::French));
        add({"mardi", "mardis", "mar"}, day(2, Lang::French));
        add({"mercredi", "mercredis", "mer"}, day(3, Lang::French));
        add({"jeudi", "jeudis", "jeu"}, day(4, Lang::French));
        add({"vendredi", "vendredis", "ven"}, day(5, Lang::French));
        add({"samedi", "samedis", "sam"}, day(6, Lang::French));
        add({"dimanche", "dimanches", "dim"}, day(7, Lang::French));
        // Phrases rewritten to these by normalized().
        add({"xdaily"}, {Kind::Day, AllDays});
        add({"xweekdays"}, {Kind::Day, WeekdayMask});
        add({"xweekend"}, {Kind::Day, WeekendMask});
        add({"xallday"}, {Kind::Hours24});
        add({"xalways"}, {Kind::Always});
        add({"xholiday"}, {Kind::Holiday});
        add({"xappointment"}, {Kind::Appointment});
        add({"xpoison"}, {Kind::Poison});
        add({"xfrom"}, {Kind::Filler});

        add({"to", "till", "til", "until", "through", "thru"}, {Kind::RangeSep, 0, Lang::English});
        add({"au", "a"}, {Kind::RangeSep, 0, Lang::French});
        add({"and", "or"}, {Kind::ListSep, 0, Lang::English});
        add({"et", "ou"}, {Kind::ListSep, 0, Lang::French});
        add({"between"}, {Kind::Between, 0, Lang::English});
        add({"entre"}, {Kind::Between, 0, Lang::French});
        add({"closed", "closes"}, {Kind::Closed, 0, Lang::English});
        add({"ferme", "fermee", "fermes", "fermees", "fermeture"}, {Kind::Closed, 0, Lang::French});
        add({"except", "excluding", "excl"}, {Kind::Except, 0, Lang::English});
        add({"sauf", "excepte"}, {Kind::Except, 0, Lang::French});

        // Words that mean the hours are not a plain weekly pattern.
        add({"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "jan", "feb", "apr", "jun", "jul",
             "aug", "sep", "sept", "oct", "nov", "dec", "summer", "winter", "spring", "fall",
             "autumn", "season", "seasonal", "seasonally", "first", "second", "third", "fourth",
             "last", "month", "months", "monthly", "biweekly", "alternate", "alternating",
             "varies", "vary", "variable", "irregular", "call", "tbd", "tba",
             "temporarily", "school", "during", "week", "weeks"},
            {Kind::Poison, 0, Lang::English});
        add({"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
             "septembre", "octobre", "novembre", "decembre", "janv", "fevr", "avr", "juil",
             "ete", "hiver", "printemps", "automne", "saison", "saisonnier", "saisonniere",
             "premier", "premiere", "deuxieme", "troisieme", "quatrieme", "dernier", "derniere",
             "mois", "mensuel", "mensuelle", "varie", "varient", "irregulier", "irreguliers",
             "appeler", "appelez", "telephoner", "temporairement", "scolaire", "pendant",
             "durant", "semaines"},
            {Kind::Poison, 0, Lang::French});
        return t;
    }();
    return table;
}

// Lowercase, accents off, one kind of dash and apostrophe, and multi-word phrases rewritten as
// single marker words the lexer knows.
QString normalized(const QString &text)
{
    QString s = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
            out.append(u'-');
            break;
        case 0x2018: case 0x2019: case 0x02bc:
            out.append(u'\'');
            break;
        case 0x00a0: case 0x202f: case 0x2009: case 0x2007: case u'\t': case u'\r':
            out.append(u' ');
            break;
        default:
            out.append(c);
        }
    }

    struct Rewrite
    {
        const char *pattern;
        const char *replacement;
    };
    static const Rewrite rewrites[] = {
        {R"(24\s*/\s*7(?:\s*/\s*365)?)", " xalways "},
        {R"(24\s*h(?:eures?|rs?|ours?)?\s*(?:/|sur)\s*24(?:\s*h(?:eures?)?)?)", " xallday "},
        {R"(\b24\s*/\s*24\b)", " xallday "},
        {R"(\b(?:a)?round\s+the\s+clock\b)", " xallday "},
        {R"(\b24\s*(?:hours?|hrs?|heures?)(?:\s*(?:a|per|par)\s*(?:day|jour))?)", " xallday "},
        {R"(\b(?:7|seven|sept)\s*(?:days?|jours?|j)\s*(?:a|per|par|/|sur)\s*)"
         R"((?:week|semaine|7|sept)\b)",
         " xdaily "},
        {R"(\b7\s*/\s*7\b)", " xdaily "},
        {R"(\b(?:every\s*day|daily|chaque\s+jour|tous\s+les\s+jours|quotidiennement)\b)",
         " xdaily "},
        {R"(\b(?:(?:7|seven)\s+days|7\s+jours)\b)", " xdaily "},
        {R"(\b(?:fins?\s+de\s+semaine|week[\s-]?ends?)\b)", " xweekend "},
        {R"(\b(?:jours?\s+de\s+(?:la\s+)?semaine|en\s+semaine|jours?\s+ouvrables?)\b)",
         " xweekdays "},
        {R"(\b(?:week\s?days?|business\s+days)\b)", " xweekdays "},
        {R"(\bjusqu\s*'\s*(?:a|au|aux)\b)", " to "},
        {R"(\ba\s+partir\s+de\b|\bstarting\s+(?:at|from)\b)", " xfrom "},
        {R"(\b(?:avant|apres)\s*-?\s*midi\b)", " xpoison "},
        {R"(\b(?:(?:statutory|stat|public|civic|bank|legal)\s+)?holidays?\b)", " xholiday "},
        {R"(\bjours?\s+feries?\b|\bferies?\b|\bconges?\b)", " xholiday "},
        {R"(\b(?:by|on)\s+appointment(?:\s+only)?\b|\bappointments?\b)", " xappointment "},
        {R"(\b(?:sur\s+)?rendez\s*-?\s*vous\b|\b(?:sur\s+)?rdv\b)", " xappointment "},
        {R"(\bevery\s+(?:other|2nd|second)\b|\bbi-weekly\b)", " xpoison "},
        {R"(\btous\s+les\s+deux\b|\baux\s+deux\b|\bune?\s+\w+\s+sur\s+deux\b)", " xpoison "},
    };
    // One set per thread: the patterns compile lazily on first use, so sharing one object
    // between threads is not something to rely on.
    thread_local const QList<QRegularExpression> compiled = [] {
        QList<QRegularExpression> list;
        for (const Rewrite &r : rewrites)
            list.append(QRegularExpression(QString::fromLatin1(r.pattern)));
        return list;
    }();
    for (qsizetype i = 0; i < compiled.size(); ++i)
        out.replace(compiled[i], QString::fromLatin1(rewrites[i].replacement));
    return out;
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_s(text)
    {
    }

    QList<Token> run();
    int frenchHints() const { return m_french; }
    int englishHints() const { return m_english; }

private:
    QChar ch(qsizetype i) const { return i < m_s.size() ? m_s.at(i) : QChar(); }
    bool isLetter(qsizetype i) const { return i < m_s.size() && m_s.at(i).isLetter(); }
    bool isDigit(qsizetype i) const { return i < m_s.size() && m_s.at(i).isDigit(); }
    void skipSpaces(qsizetype &i) const
    {
        while (i < m_s.size() && m_s.at(i).isSpace())
            ++i;
    }
    QString wordAt(qsizetype i) const
    {
        qsizetype j = i;
        while (isLetter(j))
            ++j;
        return m_s.mid(i, j - i);
    }
    void number(qsizetype &i, QList<Token> &out);
    void word(qsizetype &i, QList<Token> &out);

    const QString m_s;
    int m_french = 0;
    int m_english = 0;
};

QList<Token> Lexer::run()
{
    QList<Token> out;
    qsizetype i = 0;
    while (i < m_s.size()) {
        const QChar c = m_s.at(i);
        if (c.isSpace() && c != u'\n') {
            ++i;
        } else if (c.isDigit()) {
            number(i, out);
        } else if (c.isLetter()) {
            word(i, out);
        } else {
            switch (c.unicode()) {
            case u';': case u'\n': case u'|': case 0x2022:
                out.append({Kind::Clause});
                break;
            case u',': case u'/': case u'&': case u'+':
                out.append({Kind::ListSep});
                break;
            case u'-': case u'~':
                out.append({Kind::RangeSep});
                break;
            default:
                break; // . : ( ) and the like separate nothing
            }
            ++i;
        }
    }
    return out;
}

void Lexer::number(qsizetype &i, QList<Token> &out)
{
    qsizetype j = i;
    while (isDigit(j))
        ++j;
    const QStringView digits = QStringView(m_s).mid(i, j - i);
    Token t{Kind::Time};
    bool ok = false;
    const int value = digits.toInt(&ok);
    if (digits.size() >= 3 && digits.size() <= 4 && ch(j) != u':' && ch(j) != u'.') {
        t.hour = value / 100;
        t.minute = value % 100;
        t.clock24 = digits.size() == 4 || t.hour > 12;
    } else if (digits.size() <= 2) {
        t.hour = value;
        t.clock24 = digits.size() == 2 && digits.front() == u'0';
        qsizetype k = j;
        if ((ch(k) == u':' || ch(k) == u'.') && isDigit(k + 1) && isDigit(k + 2)
            && !isDigit(k + 3)) {
            t.minute = QStringView(m_s).mid(k + 1, 2).toInt();
            j = k + 3;
        } else {
            skipSpaces(k);
            if (ch(k) == u'h' && !isLetter(k + 1)) {
                // French "9 h", "8h30", "17 h 30"
                ++k;
                qsizetype m = k;
                skipSpaces(m);
                if (isDigit(m) && isDigit(m + 1) && !isDigit(m + 2)) {
                    t.minute = QStringView(m_s).mid(m, 2).toInt();
                    k = m + 2;
                }
                t.clock24 = true;
                j = k;
                ++m_french;
            }
        }
    } else {
        t.kind = Kind::Filler; // a long number: not a time of day
    }

    if (t.kind == Kind::Time) {
        thread_local const QRegularExpression spacedMarker(
            QStringLiteral(R"(\s*([ap])\.?\s?m\b\.?)"));
        thread_local const QRegularExpression attachedMarker(QStringLiteral(R"(([ap])\b\.?)"));
        constexpr auto anchored = QRegularExpression::AnchorAtOffsetMatchOption;
        QRegularExpressionMatch m =
            spacedMarker.match(m_s, j, QRegularExpression::NormalMatch, anchored);
        if (!m.hasMatch() && !t.clock24)
            m = attachedMarker.match(m_s, j, QRegularExpression::NormalMatch, anchored);
        if (m.hasMatch()) {
            t.marker = m.captured(1) == u"a" ? Marker::Am : Marker::Pm;
            j = m.capturedEnd(0);
            ++m_english;
        }
        if (t.marker == Marker::None && t.hour == 12 && t.minute == 0) {
            qsizetype k = j;
            skipSpaces(k);
            const QString w = wordAt(k);
            if (w == u"noon" || w == u"midi") {
                t.noon = true;
                j = k + w.size();
            } else if (w == u"midnight" || w == u"minuit") {
                t.midnight = true;
                j = k + w.size();
            }
        }
        if (t.hour > 24 || t.minute > 59 || (t.hour == 24 && t.minute != 0))
            t.kind = Kind::Poison; // not a time: a count, an address, a year
    }
    // "2nd", "1er", "3e": ordinals, as in "2nd Tuesday"
    if (isLetter(j)) {
        const QString suffix = wordAt(j);
        static const QStringList ordinalSuffixes = {u"st"_s, u"nd"_s, u"rd"_s, u"th"_s,
                                                    u"er"_s, u"re"_s, u"e"_s, u"eme"_s,
                                                    u"ieme"_s, u"ere"_s};
        if (ordinalSuffixes.contains(suffix)) {
            t.kind = Kind::Poison;
            j += suffix.size();
        }
    }
    out.append(t);
    i = j;
}

void Lexer::word(qsizetype &i, QList<Token> &out)
{
    qsizetype j = i;
    while (isLetter(j) || (ch(j) == u'\'' && isLetter(j + 1)))
        ++j;
    const QString w = m_s.mid(i, j - i);
    i = j;
    const auto &table = wordTable();
    const auto found = table.constFind(w);
    if (found == table.constEnd()) {
        if (w == u"noon" || w == u"midi" || w == u"midnight" || w == u"minuit") {
            Token t{Kind::Time};
            t.noon = w == u"noon" || w == u"midi";
            t.midnight = !t.noon;
            t.hour = t.noon ? 12 : 0;
            out.append(t);
            if (w == u"noon" || w == u"midnight")
                ++m_english;
            else
                ++m_french;
        }
        static const QStringList frenchWords = {u"de"_s, u"du"_s, u"le"_s, u"les"_s,
                                                u"heures"_s, u"ouvert"_s};
        static const QStringList englishWords = {u"from"_s, u"the"_s, u"on"_s, u"open"_s,
                                                 u"hours"_s, u"by"_s};
        if (frenchWords.contains(w))
            ++m_french;
        else if (englishWords.contains(w))
            ++m_english;
        return; // anything else is filler: "open", "hours", "from", "de", "le"…
    }
    const WordInfo &info = *found;
    if (info.lang == Lang::French)
        ++m_french;
    else if (info.lang == Lang::English)
        ++m_english;
    Token t{info.kind};
    t.days = info.days;
    t.listWord = info.kind == Kind::ListSep;
    out.append(t);
}

int toMinutes(int hour, Marker marker)
{
    if (marker == Marker::Am)
        return (hour == 12 ? 0 : hour) * 60;
    if (marker == Marker::Pm)
        return (hour == 12 ? 12 : hour + 12) * 60;
    return hour * 60;
}

Marker other(Marker m)
{
    return m == Marker::Am ? Marker::Pm : Marker::Am;
}

// Opening and closing minutes of a range as written; closing 0 = midnight. Fills in what
// people leave out: "9-5" is 9 a.m. to 5 p.m., "10-2pm" starts in the morning, "1-3" is in the
// afternoon, "8:30-16:30" is a 24-hour clock.
std::optional<std::pair<int, int>> resolveRange(const Token &a, const Token &b)
{
    const auto markerOk = [](const Token &t) {
        return t.marker == Marker::None || (t.hour >= 1 && t.hour <= 12);
    };
    if (!markerOk(a) || !markerOk(b) || a.hour == 24)
        return std::nullopt;
    const bool clock24 = a.clock24 || b.clock24;

    int start = 0;
    if (a.noon || a.midnight) {
        start = a.noon ? 720 : 0;
    } else if (a.marker != Marker::None) {
        start = toMinutes(a.hour, a.marker);
    } else if (clock24 || a.hour == 0 || a.hour > 12) {
        start = a.hour * 60;
    } else if (b.marker != Marker::None && !b.noon && !b.midnight) {
        const int end = toMinutes(b.hour, b.marker) + b.minute;
        start = toMinutes(a.hour, b.marker);
        if (start + a.minute >= end)
            start = toMinutes(a.hour, other(b.marker));
    } else {
        start = (a.hour >= 1 && a.hour <= 6 ? a.hour + 12 : a.hour) * 60; // business hours
    }
    start += a.noon || a.midnight ? 0 : a.minute;

    int end = 0;
    if (b.noon || b.midnight) {
        end = b.noon ? 720 : 0;
    } else if (b.marker != Marker::None) {
        end = toMinutes(b.hour, b.marker) + b.minute;
    } else if (clock24 || b.hour == 0 || b.hour > 12) {
        end = (b.hour % 24) * 60 + b.minute;
    } else {
        // The first reading after the opening: 5 → 17:00 after 9:00, 12 → noon or midnight.
        const int candidates[] = {b.hour * 60, (b.hour + 12) * 60};
        end = -1;
        for (int c : candidates) {
            if (c + b.minute > start) {
                end = (c + b.minute) % 1440;
                break;
            }
        }
        if (end < 0) {
            if (a.marker == Marker::None)
                return std::nullopt; // "9-9", "7-6": nothing sensible
            end = toMinutes(b.hour, Marker::Am) + b.minute; // "8pm-2": after midnight
        }
    }
    if (start == 0 && end == 0 && b.hour == 24)
        return std::pair{0, 0}; // "00:00-24:00": all day
    if (start == end || start >= 1440)
        return std::nullopt;
    return std::pair{start, end};
}

struct Segment
{
    quint8 days = 0;
    bool hasDays = false;
    bool daysFirst = false;
    QList<std::pair<int, int>> ranges;
    bool allDay = false;
    bool closed = false;
    bool holiday = false;

    bool hasTimes() const { return !ranges.isEmpty() || allDay; }
    bool isEmpty() const { return !hasDays && !hasTimes() && !closed && !holiday; }
    bool isComplete() const { return hasDays && (hasTimes() || closed); }
};

class Parser
{
public:
    explicit Parser(const QList<Token> &tokens)
        : m_t(tokens)
    {
    }

    void run();
    bool refused() const { return m_refused; }
    // Times of day it is closed on every day ("closed 12-1 for lunch").
    QList<std::pair<int, int>> breaks() const { return m_breaks; }
    // Opening ranges with their days, in the order first met; closing 0 = midnight.
    QList<std::pair<std::pair<int, int>, quint8>> openings() const;

private:
    bool is(qsizetype i, Kind k) const { return i < m_t.size() && m_t[i].kind == k; }
    quint8 dayExpression(qsizetype &i);
    QList<std::pair<int, int>> timeRanges(qsizetype &i, bool *single24);
    void addDays(quint8 days);
    void addTimes(const QList<std::pair<int, int>> &ranges, bool allDay);
    void addClosed();
    void flush();

    const QList<Token> &m_t;
    Segment m_cur;
    bool m_refused = false;
    quint8 m_closedDays = 0;
    QList<std::pair<std::pair<int, int>, quint8>> m_open;
    QList<std::pair<int, int>> m_breaks;
};

quint8 Parser::dayExpression(qsizetype &i)
{
    quint8 mask = 0;
    while (is(i, Kind::Day)) {
        const Token &first = m_t[i];
        ++i;
        if (is(i, Kind::RangeSep) && is(i + 1, Kind::Day) && std::popcount(first.days) == 1
            && std::popcount(m_t[i + 1].days) == 1) {
            int from = std::countr_zero(first.days);
            const int to = std::countr_zero(m_t[i + 1].days);
            for (int d = from;; d = (d + 1) % 7) { // "Fri-Mon" wraps over the weekend
                mask |= quint8(1u << d);
                if (d == to)
                    break;
            }
            i += 2;
        } else {
            mask |= first.days;
        }
        if (is(i, Kind::ListSep) && is(i + 1, Kind::Day))
            ++i;
        else
            break;
    }
    return mask;
}

QList<std::pair<int, int>> Parser::timeRanges(qsizetype &i, bool *single24)
{
    QList<std::pair<int, int>> ranges;
    *single24 = false;
    while (true) {
        const bool between = is(i, Kind::Between);
        if (between)
            ++i;
        if (!is(i, Kind::Time)) {
            m_refused = true;
            return ranges;
        }
        const Token &a = m_t[i++];
        const bool joined =
            is(i, Kind::RangeSep) || (between && is(i, Kind::ListSep) && m_t[i].listWord);
        if (!joined || !is(i + 1, Kind::Time)) {
            if (a.hour == 24 && a.clock24 && ranges.isEmpty()) // "24h" alone: all day
                *single24 = true;
            else
                m_refused = true; // "from 9 a.m.": a time without its other end
            return ranges;
        }
        const Token &b = m_t[i + 1];
        i += 2;
        if (const auto r = resolveRange(a, b))
            ranges.append(*r);
        else
            m_refused = true;
        if (is(i, Kind::ListSep) && (is(i + 1, Kind::Time) || is(i + 1, Kind::Between)))
            ++i;
        else
            return ranges;
    }
}

void Parser::addDays(quint8 days)
{
    if (m_cur.hasDays && !m_cur.hasTimes() && !m_cur.closed) {
        m_cur.days |= days;
        return;
    }
    if (m_cur.hasDays) // a complete segment: the next one begins
        flush();
    m_cur.daysFirst = !m_cur.hasTimes() && !m_cur.closed;
    m_cur.days = days;
    m_cur.hasDays = true;
}

void Parser::addTimes(const QList<std::pair<int, int>> &ranges, bool allDay)
{
    // "closed 12-1 for lunch" keeps its times; "closed Sunday, 9-5 weekdays" starts anew.
    const bool closedBreak = m_cur.closed && !m_cur.hasDays && !m_cur.hasTimes();
    if ((m_cur.hasDays && m_cur.hasTimes() && !m_cur.daysFirst) || (m_cur.closed && !closedBreak))
        flush();
    m_cur.ranges.append(ranges);
    m_cur.allDay = m_cur.allDay || allDay;
}

void Parser::addClosed()
{
    if (m_cur.hasTimes())
        flush();
    m_cur.closed = true;
}

void Parser::flush()
{
    const Segment s = std::exchange(m_cur, Segment{});
    if (s.isEmpty() || s.holiday)
        return;
    if (s.closed) {
        if (s.hasDays && !s.hasTimes())
            m_closedDays |= s.days;
        else if (!s.hasDays && !s.allDay)
            m_breaks.append(s.ranges); // "closed 12-1 for lunch": every day
        return; // "closed until further notice": left to the text
    }
    if (!s.hasTimes())
        return; // "Saturday by appointment": no hours to give
    if (!s.hasDays && !s.allDay) {
        m_refused = true; // "9-5" alone: which days?
        return;
    }
    const quint8 days = s.hasDays ? s.days : AllDays;
    QList<std::pair<int, int>> ranges = s.ranges;
    if (s.allDay)
        ranges.append({0, 0});
    for (const auto &r : ranges) {
        auto it = std::find_if(m_open.begin(), m_open.end(), [&](const auto &o) {
            return o.first == r;
        });
        if (it == m_open.end())
            m_open.append({r, days});
        else
            it->second |= days;
    }
}

void Parser::run()
{
    bool exceptPending = false; // "except" seen, waiting for what it takes away
    quint8 exceptedDays = 0;    // days just taken away: hours right after are theirs
    for (qsizetype i = 0; i < m_t.size() && !m_refused;) {
        const Token &t = m_t[i];
        switch (t.kind) {
        case Kind::Day: {
            const quint8 days = dayExpression(i);
            if (exceptPending) {
                exceptPending = false;
                if (!m_cur.hasDays) {
                    m_refused = true; // "except Sunday" with no days to take it from
                    continue;
                }
                m_cur.days &= quint8(~days);
                exceptedDays = days; // "Mon-Fri 9-5 except Wednesday 1-5"
            } else {
                exceptedDays = 0;
                addDays(days);
            }
            continue;
        }
        case Kind::Time:
        case Kind::Between: {
            bool allDay = false;
            const QList<std::pair<int, int>> ranges = timeRanges(i, &allDay);
            if (exceptPending) {
                m_refused = true; // "except 12-1": a break we cannot place
                continue;
            }
            if (exceptedDays) {
                flush();
                m_cur.days = exceptedDays;
                m_cur.hasDays = true;
                m_cur.daysFirst = true;
                exceptedDays = 0;
            }
            addTimes(ranges, allDay);
            continue;
        }
        case Kind::RangeSep:
        case Kind::ListSep:
        case Kind::Appointment:
        case Kind::Filler:
            ++i;
            continue;
        default:
            break;
        }
        exceptedDays = 0;
        switch (t.kind) {
        case Kind::Hours24:
            addTimes({}, true);
            break;
        case Kind::Always:
            flush();
            m_cur.days = AllDays;
            m_cur.hasDays = true;
            m_cur.allDay = true;
            flush();
            break;
        case Kind::Closed:
            addClosed();
            break;
        case Kind::Holiday:
            if (exceptPending) { // "except holidays": nothing to take from the weekly hours
                exceptPending = false;
                break;
            }
            if (m_cur.isComplete() && !m_cur.closed)
                flush();
            m_cur.holiday = true;
            break;
        case Kind::Except:
            exceptPending = true;
            break;
        case Kind::Poison:
            m_refused = true;
            break;
        case Kind::Clause:
            if (exceptPending)
                m_refused = true;
            flush();
            break;
        default:
            break;
        }
        ++i;
    }
    if (exceptPending)
        m_refused = true;
    flush();
    // "Office: Mon-Fri 9-5. Crisis line: 24/7" describes two things; the union would say the
    // office never closes.
    const bool alwaysOpen = std::any_of(m_open.begin(), m_open.end(), [](const auto &o) {
        return o.first == std::pair{0, 0} && o.second == AllDays;
    });
    if (alwaysOpen && (m_open.size() > 1 || !m_breaks.isEmpty()))
        m_refused = true;
}

QList<std::pair<std::pair<int, int>, quint8>> Parser::openings() const
{
    QList<std::pair<std::pair<int, int>, quint8>> out;
    for (auto o : m_open) {
        o.second &= quint8(~m_closedDays);
        if (o.second)
            out.append(o);
    }
    return out;
}

} // namespace

QList<Schedule> HoursTextParser::parse(const QString &text, bool *understood)
{
    if (understood)
        *understood = false;
    const QString original = text.trimmed();
    if (original.isEmpty())
        return {};

    Lexer lexer(normalized(original));
    const QList<Token> tokens = lexer.run();
    Parser parser(tokens);
    parser.run();

    Schedule base;
    base.description.set(lexer.frenchHints() > lexer.englishHints() ? u"fr"_s : u"en"_s,
                         original);
    const auto openings = parser.openings();
    if (parser.refused() || openings.isEmpty())
        return {base};

    static const QString codes[] = {u"MO"_s, u"TU"_s, u"WE"_s, u"TH"_s,
                                    u"FR"_s, u"SA"_s, u"SU"_s};
    const auto entry = [&](std::pair<int, int> range, quint8 days, bool closed) {
        Schedule s = base;
        s.freq = u"WEEKLY"_s;
        for (int d = 0; d < 7; ++d) {
            if ((days >> d) & 1)
                s.byday.append(codes[d]);
        }
        s.opensAt = QTime(range.first / 60, range.first % 60);
        s.closesAt = QTime(range.second / 60, range.second % 60);
        s.closed = closed;
        return s;
    };
    QList<Schedule> out;
    for (const auto &[range, days] : openings)
        out.append(entry(range, days, false));
    quint8 openDays = 0;
    for (const auto &o : openings)
        openDays |= o.second;
    for (const auto &range : parser.breaks())
        out.append(entry(range, openDays, true));
    if (understood)
        *understood = true;
    return out;
}

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/contact.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace Nav::Core {
namespace {

constexpr char kTextContext[] = "Nav::Core::ContactText";

// One enum value: its stable code and its English label. The label carries the enum's name
// as disambiguation so translators can agree words in gender ("Inconnu" / "Inconnue").
struct Label
{
    const char *source;
    const char *disambiguation;
};

template<typename E>
struct Entry
{
    E value;
    const char *code;
    Label label;
};

template<typename E>
struct Table;

template<>
struct Table<Channel>
{
    static constexpr std::array entries{
        Entry<Channel>{Channel::Call, "call",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Call", "channel")},
        Entry<Channel>{Channel::Chat, "chat",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Chat", "channel")},
        Entry<Channel>{Channel::Text, "text",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Text message", "channel")},
        Entry<Channel>{Channel::Email, "email",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Email", "channel")},
        Entry<Channel>{Channel::InPerson, "in-person",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "In person", "channel")},
        Entry<Channel>{Channel::WebForm, "web-form",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Web form", "channel")},
    };
};

template<>
struct Table<Direction>
{
    static constexpr std::array entries{
        Entry<Direction>{Direction::Inbound, "inbound",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Inbound", "direction")},
        Entry<Direction>{Direction::Outbound, "outbound",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Outbound", "direction")},
        Entry<Direction>{Direction::FollowUp, "follow-up",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Follow-up", "direction")},
    };
};

template<>
struct Table<ServiceLanguage>
{
    static constexpr std::array entries{
        Entry<ServiceLanguage>{ServiceLanguage::English, "english",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "English", "service language")},
        Entry<ServiceLanguage>{ServiceLanguage::French, "french",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "French", "service language")},
        Entry<ServiceLanguage>{ServiceLanguage::Other, "other",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Other", "service language")},
    };
};

template<>
struct Table<CallerType>
{
    static constexpr std::array entries{
        Entry<CallerType>{CallerType::Unknown, "unknown",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Unknown", "caller type")},
        Entry<CallerType>{CallerType::Self, "self",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Self", "caller type")},
        Entry<CallerType>{CallerType::FamilyFriend, "family-friend",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Family or friend", "caller type")},
        Entry<CallerType>{CallerType::Professional, "professional",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Professional or agency", "caller type")},
    };
};

template<>
struct Table<Gender>
{
    static constexpr std::array entries{
        Entry<Gender>{Gender::Unknown, "unknown",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Unknown", "gender")},
        Entry<Gender>{Gender::Woman, "woman",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Woman", "gender")},
        Entry<Gender>{Gender::Man, "man",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Man", "gender")},
        Entry<Gender>{Gender::AnotherGender, "another-gender",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Another gender", "gender")},
    };
};

template<>
struct Table<AgeGroup>
{
    static constexpr std::array entries{
        Entry<AgeGroup>{AgeGroup::Unknown, "unknown",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Unknown", "age group")},
        Entry<AgeGroup>{AgeGroup::Youth, "youth",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Youth (under 18)", "age group")},
        Entry<AgeGroup>{AgeGroup::Adult, "adult",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Adult", "age group")},
        Entry<AgeGroup>{AgeGroup::Senior, "senior",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Senior (65+)", "age group")},
    };
};

template<>
struct Table<Disposition>
{
    static constexpr std::array entries{
        Entry<Disposition>{Disposition::None, "none",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Open", "disposition")},
        Entry<Disposition>{Disposition::Completed, "completed",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Completed", "disposition")},
        Entry<Disposition>{Disposition::Robocall, "robocall",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Robocall / auto-dialer", "disposition")},
        Entry<Disposition>{Disposition::Static, "static",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Static / silence", "disposition")},
        Entry<Disposition>{Disposition::Spam, "spam",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Spam / prank", "disposition")},
        Entry<Disposition>{Disposition::Abandoned, "abandoned",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText",
                               "Abandoned (disconnected before being served)", "disposition")},
        Entry<Disposition>{Disposition::WrongNumber, "wrong-number",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Wrong number", "disposition")},
    };
};

template<>
struct Table<UnmetReason>
{
    static constexpr std::array entries{
        Entry<UnmetReason>{UnmetReason::NoService, "no-service",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "No service exists", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::NotEligible, "not-eligible",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Not eligible", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::WaitingList, "waiting-list",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Waiting list", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::Cost, "cost",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Cost", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::Language, "language",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Language", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::Transport, "transport",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Transportation", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::NoCapacity, "no-capacity",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Full / no capacity", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::Declined, "declined",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Declined by the person", "unmet reason")},
        Entry<UnmetReason>{UnmetReason::Other, "other",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Other", "unmet reason")},
    };
};

template<>
struct Table<FollowUpMethod>
{
    static constexpr std::array entries{
        Entry<FollowUpMethod>{FollowUpMethod::Phone, "phone",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Phone call", "follow-up method")},
        Entry<FollowUpMethod>{FollowUpMethod::Text, "text",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Text message", "follow-up method")},
        Entry<FollowUpMethod>{FollowUpMethod::Email, "email",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Email", "follow-up method")},
    };
};

template<>
struct Table<FollowUpAssignee>
{
    static constexpr std::array entries{
        Entry<FollowUpAssignee>{FollowUpAssignee::Me, "me",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Me", "follow-up assignee")},
        Entry<FollowUpAssignee>{FollowUpAssignee::TeamQueue, "team-queue",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Team queue", "follow-up assignee")},
    };
};

template<>
struct Table<FollowUpStatus>
{
    static constexpr std::array entries{
        Entry<FollowUpStatus>{FollowUpStatus::Open, "open",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Open", "follow-up status")},
        Entry<FollowUpStatus>{FollowUpStatus::Done, "done",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Done", "follow-up status")},
        Entry<FollowUpStatus>{FollowUpStatus::Unreachable, "unreachable",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Unreachable", "follow-up status")},
        Entry<FollowUpStatus>{FollowUpStatus::Cancelled, "cancelled",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Cancelled", "follow-up status")},
    };
};

template<>
struct Table<FollowUpReach>
{
    static constexpr std::array entries{
        Entry<FollowUpReach>{FollowUpReach::Reached, "reached",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Reached", "follow-up reach")},
        Entry<FollowUpReach>{FollowUpReach::NoAnswer, "no-answer",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "No answer", "follow-up reach")},
        Entry<FollowUpReach>{FollowUpReach::Voicemail, "voicemail",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Voicemail left", "follow-up reach")},
    };
};

template<>
struct Table<Recommendations>
{
    static constexpr std::array entries{
        Entry<Recommendations>{Recommendations::Unknown, "unknown",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Unknown", "recommendations followed")},
        Entry<Recommendations>{Recommendations::All, "all",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "All", "recommendations followed")},
        Entry<Recommendations>{Recommendations::Some, "some",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Some", "recommendations followed")},
        Entry<Recommendations>{Recommendations::None, "none",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "None", "recommendations followed")},
    };
};

template<>
struct Table<Answer>
{
    static constexpr std::array entries{
        Entry<Answer>{Answer::Unknown, "unknown",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Unknown", "answer")},
        Entry<Answer>{Answer::Yes, "yes",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Yes", "answer")},
        Entry<Answer>{Answer::No, "no",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "No", "answer")},
        Entry<Answer>{Answer::NotApplicable, "not-applicable",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Not applicable", "answer")},
    };
};

template<>
struct Table<Satisfaction>
{
    static constexpr std::array entries{
        Entry<Satisfaction>{Satisfaction::Unknown, "unknown",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Unknown", "satisfaction")},
        Entry<Satisfaction>{Satisfaction::VerySatisfied, "very-satisfied",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Very satisfied", "satisfaction")},
        Entry<Satisfaction>{Satisfaction::Satisfied, "satisfied",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Satisfied", "satisfaction")},
        Entry<Satisfaction>{Satisfaction::NotSatisfied, "not-satisfied",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Not satisfied", "satisfaction")},
    };
};

template<>
struct Table<SurveyNotAskedReason>
{
    static constexpr std::array entries{
        Entry<SurveyNotAskedReason>{SurveyNotAskedReason::None, "none",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "No reason given", "survey not asked")},
        Entry<SurveyNotAskedReason>{SurveyNotAskedReason::Crisis, "crisis",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Crisis", "survey not asked")},
        Entry<SurveyNotAskedReason>{SurveyNotAskedReason::PersonHadToGo, "person-had-to-go",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Person had to go", "survey not asked")},
        Entry<SurveyNotAskedReason>{SurveyNotAskedReason::NotAppropriate, "not-appropriate",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Not appropriate", "survey not asked")},
        Entry<SurveyNotAskedReason>{SurveyNotAskedReason::LanguageBarrier, "language-barrier",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Language barrier", "survey not asked")},
        Entry<SurveyNotAskedReason>{SurveyNotAskedReason::Other, "other",
            QT_TRANSLATE_NOOP3("Nav::Core::ContactText", "Other", "survey not asked")},
    };
};


template<typename E>
const Entry<E> *entryOf(E v)
{
    for (const auto &e : Table<E>::entries) {
        if (e.value == v)
            return &e;
    }
    return nullptr; // only for a value cast from an integer outside the enum
}

template<typename E>
QString codeFor(E v)
{
    const Entry<E> *e = entryOf(v);
    return e ? QString::fromLatin1(e->code) : QString();
}

template<typename E>
QString labelFor(E v)
{
    const Entry<E> *e = entryOf(v);
    return e ? QCoreApplication::translate(kTextContext, e->label.source, e->label.disambiguation)
             : QString();
}

} // namespace

// Defined here, instantiated below for every enum (the header declares them extern).
template<typename E>
std::optional<E> fromCode(const QString &code)
{
    for (const auto &e : Table<E>::entries) {
        if (code == QLatin1String(e.code))
            return e.value;
    }
    return std::nullopt;
}

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    values.reserve(qsizetype(Table<E>::entries.size()));
    for (const auto &e : Table<E>::entries)
        values.append(e.value);
    return values;
}

namespace {

// ---- JSON -------------------------------------------------------------------------------

// ISO 8601 with milliseconds and the UTC offset ("2024-03-05T14:07:09.123-05:00" or "...Z"):
// the instant and the offset both survive the trip.
// Qt writes no offset for local time, so local values are pinned to their offset first.
QString dateTimeText(const QDateTime &dt)
{
    if (dt.timeSpec() == Qt::LocalTime)
        return dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODateWithMs);
    return dt.toString(Qt::ISODateWithMs);
}

QString timeText(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

const char *typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return "null";
    case QJsonValue::Bool: return "bool";
    case QJsonValue::Double: return "number";
    case QJsonValue::String: return "string";
    case QJsonValue::Array: return "array";
    case QJsonValue::Object: return "object";
    case QJsonValue::Undefined: return "undefined";
    }
    return "unknown";
}

// Reads a JSON object into a struct while keeping the path of the field being read, so the
// first problem can be reported as "followUp.attempts[1].reach". Missing keys keep the
// struct's default (older drafts, newer writers that omit defaults); present keys must have
// the right type and a known code. Unknown keys are ignored so newer versions can add fields.
// Details never hold values: only the path and the JSON type, since values may be personal.
class Reader
{
public:
    explicit Reader(const char *what)
        : m_what(what)
    {
    }

    bool ok() const { return !m_error.has_value(); }
    Error error() const { return *m_error; }

    void string(const QJsonObject &o, const char *key, QString &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return wrongType(key, v, "a string");
        out = v.toString();
    }

    void boolean(const QJsonObject &o, const char *key, bool &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return wrongType(key, v, "a boolean");
        out = v.toBool();
    }

    template<typename Int>
    void integer(const QJsonObject &o, const char *key, Int &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            return wrongType(key, v, "an integer");
        // JSON numbers are doubles: integers are exact up to 2^53, which bounds what we accept.
        constexpr double kExact = 9007199254740992.0;
        const double d = v.toDouble();
        const double lo = std::max<double>(double(std::numeric_limits<Int>::min()), -kExact);
        const double hi = std::min<double>(double(std::numeric_limits<Int>::max()), kExact);
        if (std::trunc(d) != d || d < lo || d > hi)
            return refuse(key, QStringLiteral("number out of range or not an integer"));
        out = static_cast<Int>(d);
    }

    void dateTime(const QJsonObject &o, const char *key, QDateTime &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return wrongType(key, v, "an ISO 8601 date-time string");
        const QString text = v.toString();
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Without an offset the instant would depend on the reader's time zone.
        if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
            return refuse(key, QStringLiteral("not an ISO 8601 date-time with offset"));
        out = dt;
    }

    void date(const QJsonObject &o, const char *key, QDate &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return wrongType(key, v, "an ISO 8601 date string");
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid())
            return refuse(key, QStringLiteral("not an ISO 8601 date"));
        out = d;
    }

    void time(const QJsonObject &o, const char *key, QTime &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString())
            return wrongType(key, v, "an HH:mm string");
        const QString text = v.toString();
        const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (text.size() != 5 || !t.isValid())
            return refuse(key, QStringLiteral("not an HH:mm time"));
        out = t;
    }

    template<typename E>
    void code(const QJsonObject &o, const char *key, E &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return wrongType(key, v, "a code string");
        const std::optional<E> e = fromCode<E>(v.toString());
        if (!e)
            return refuse(key, QStringLiteral("unknown code"));
        out = *e;
    }

    template<typename E>
    void optionalCode(const QJsonObject &o, const char *key, std::optional<E> &out)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined() || v.isNull())
            return;
        E e{};
        code(o, key, e);
        if (ok())
            out = e;
    }

    // Reads an optional nested object with `read(reader, object, out)`.
    template<typename T, typename F>
    void optionalObject(const QJsonObject &o, const char *key, std::optional<T> &out, F read)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isObject())
            return wrongType(key, v, "an object");
        T item;
        m_path.push_back(QString::fromLatin1(key));
        read(*this, v.toObject(), item);
        m_path.pop_back();
        if (ok())
            out = std::move(item);
    }

    template<typename T, typename F>
    void object(const QJsonObject &o, const char *key, T &out, F read)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined())
            return;
        if (!v.isObject())
            return wrongType(key, v, "an object");
        m_path.push_back(QString::fromLatin1(key));
        read(*this, v.toObject(), out);
        m_path.pop_back();
    }

    template<typename T, typename F>
    void list(const QJsonObject &o, const char *key, QList<T> &out, F read)
    {
        const QJsonValue v = value(o, key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return wrongType(key, v, "an array");
        const QJsonArray array = v.toArray();
        QList<T> items;
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            const QString element = QStringLiteral("%1[%2]").arg(QString::fromLatin1(key)).arg(i);
            if (!array.at(i).isObject()) {
                m_path.push_back(element);
                fail(QStringLiteral("expected an object, got %1")
                         .arg(QString::fromLatin1(typeName(array.at(i)))));
                m_path.pop_back();
                return;
            }
            T item;
            m_path.push_back(element);
            read(*this, array.at(i).toObject(), item);
            m_path.pop_back();
            items.append(std::move(item));
        }
        if (ok())
            out = std::move(items);
    }

private:
    QJsonValue value(const QJsonObject &o, const char *key) const
    {
        // Once something failed, stop reading: the first problem is the one reported.
        if (!ok())
            return QJsonValue(QJsonValue::Undefined);
        return o.value(QLatin1String(key));
    }

    void wrongType(const char *key, const QJsonValue &v, const char *expected)
    {
        refuse(key, QStringLiteral("expected %1, got %2")
                        .arg(QString::fromLatin1(expected), QString::fromLatin1(typeName(v))));
    }

    void refuse(const char *key, const QString &why)
    {
        m_path.push_back(QString::fromLatin1(key));
        fail(why);
        m_path.pop_back();
    }

    void fail(const QString &why)
    {
        const QString field = m_path.join(QLatin1Char('.'));
        m_error = Error::make(
            ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Nav::Core::ContactText",
                "The saved record cannot be read: the field “%1” is not valid.")
                .arg(field),
            QStringLiteral("%1: field '%2': %3").arg(QString::fromLatin1(m_what), field, why));
    }

    const char *m_what;
    QStringList m_path;
    std::optional<Error> m_error;
};

// ---- writers ----------------------------------------------------------------------------

void putDateTime(QJsonObject &o, const char *key, const QDateTime &dt)
{
    if (dt.isValid())
        o.insert(QLatin1String(key), dateTimeText(dt));
}

QJsonObject referralJson(const Referral &r)
{
    return QJsonObject{
        {QLatin1String("serviceId"), r.serviceId},
        {QLatin1String("name"), r.name},
        {QLatin1String("phone"), r.phone},
        {QLatin1String("information"), r.information},
    };
}

QJsonArray referralsJson(const QList<Referral> &referrals)
{
    QJsonArray a;
    for (const Referral &r : referrals)
        a.append(referralJson(r));
    return a;
}

QJsonObject outcomeJson(const FollowUpOutcome &x)
{
    QJsonObject o{
        {QLatin1String("reach"), codeOf(x.reach)},
        {QLatin1String("followed"), codeOf(x.followed)},
        {QLatin1String("betterPrepared"), codeOf(x.betterPrepared)},
        {QLatin1String("helpedWellBeing"), codeOf(x.helpedWellBeing)},
        {QLatin1String("needsMet"), codeOf(x.needsMet)},
        {QLatin1String("newReferrals"), referralsJson(x.newReferrals)},
        {QLatin1String("note"), x.note},
    };
    putDateTime(o, "at", x.at);
    if (x.unmetReason)
        o.insert(QLatin1String("unmetReason"), codeOf(*x.unmetReason));
    return o;
}

// ---- readers ----------------------------------------------------------------------------

void readReferral(Reader &r, const QJsonObject &o, Referral &x)
{
    r.string(o, "serviceId", x.serviceId);
    r.string(o, "name", x.name);
    r.string(o, "phone", x.phone);
    r.string(o, "information", x.information);
}

void readOutcome(Reader &r, const QJsonObject &o, FollowUpOutcome &x)
{
    r.dateTime(o, "at", x.at);
    r.code(o, "reach", x.reach);
    r.code(o, "followed", x.followed);
    r.code(o, "betterPrepared", x.betterPrepared);
    r.code(o, "helpedWellBeing", x.helpedWellBeing);
    r.code(o, "needsMet", x.needsMet);
    r.optionalCode(o, "unmetReason", x.unmetReason);
    r.list(o, "newReferrals", x.newReferrals, readReferral);
    r.string(o, "note", x.note);
}

void readFollowUp(Reader &r, const QJsonObject &o, FollowUp &x)
{
    r.integer(o, "id", x.id);
    r.integer(o, "contactId", x.contactId);
    r.boolean(o, "consent", x.consent);
    r.dateTime(o, "consentAt", x.consentAt);
    r.code(o, "method", x.method);
    r.date(o, "due", x.due);
    r.time(o, "windowStart", x.windowStart);
    r.time(o, "windowEnd", x.windowEnd);
    r.string(o, "reason", x.reason);
    r.code(o, "assignee", x.assignee);
    r.string(o, "navigator", x.navigator);
    r.code(o, "status", x.status);
    r.list(o, "attempts", x.attempts, readOutcome);
    r.integer(o, "newContactId", x.newContactId);
}

void readSurvey(Reader &r, const QJsonObject &o, SurveyResponse &x)
{
    r.boolean(o, "asked", x.asked);
    r.code(o, "notAskedReason", x.notAskedReason);
    r.string(o, "notAskedNote", x.notAskedNote);
    r.boolean(o, "consent", x.consent);
    r.code(o, "satisfaction", x.satisfaction);
    r.code(o, "wouldContactAgain", x.wouldContactAgain);
    r.string(o, "comment", x.comment);
    r.code(o, "channel", x.channel);
    r.dateTime(o, "at", x.at);
}

void readInquirer(Reader &r, const QJsonObject &o, Inquirer &x)
{
    r.code(o, "callerType", x.callerType);
    r.code(o, "gender", x.gender);
    r.code(o, "ageGroup", x.ageGroup);
    r.string(o, "place", x.place);
    r.string(o, "heardOf", x.heardOf);
    r.string(o, "phone", x.phone);
    r.boolean(o, "anonymous", x.anonymous);
}

void readNeed(Reader &r, const QJsonObject &o, Need &x)
{
    r.string(o, "category", x.category);
    r.string(o, "taxonomyCode", x.taxonomyCode);
    r.string(o, "text", x.text);
}

void readUnmetNeed(Reader &r, const QJsonObject &o, UnmetNeed &x)
{
    r.string(o, "category", x.category);
    r.code(o, "reason", x.reason);
    r.string(o, "text", x.text);
}

void readContact(Reader &r, const QJsonObject &o, Contact &x)
{
    r.integer(o, "id", x.id);
    r.string(o, "uuid", x.uuid);
    r.code(o, "channel", x.channel);
    r.code(o, "direction", x.direction);
    r.dateTime(o, "start", x.start);
    r.dateTime(o, "end", x.end);
    r.integer(o, "talkSeconds", x.talkSeconds);
    r.integer(o, "afterCallSeconds", x.afterCallSeconds);
    r.string(o, "navigator", x.navigator);
    r.code(o, "language", x.language);
    r.boolean(o, "interpreterUsed", x.interpreterUsed);
    r.string(o, "interpreterLanguage", x.interpreterLanguage);
    r.object(o, "inquirer", x.inquirer, readInquirer);
    r.list(o, "needs", x.needs, readNeed);
    r.list(o, "referrals", x.referrals, readReferral);
    r.list(o, "unmetNeeds", x.unmetNeeds, readUnmetNeed);
    r.boolean(o, "crisis", x.crisis);
    r.string(o, "notes", x.notes);
    r.code(o, "disposition", x.disposition);
    r.dateTime(o, "closedAt", x.closedAt);
    r.integer(o, "linkedContactId", x.linkedContactId);
    r.optionalObject(o, "followUp", x.followUp, readFollowUp);
    r.optionalObject(o, "survey", x.survey, readSurvey);
}

} // namespace

// ---- codes and labels -------------------------------------------------------------------

#define NAV_ENUM_FUNCTIONS(E)                                                                     \
    QString codeOf(E v) { return codeFor(v); }                                                    \
    QString labelOf(E v) { return labelFor(v); }                                                  \
    template std::optional<E> fromCode<E>(const QString &code);                                   \
    template QList<E> allValues<E>();

NAV_ENUM_FUNCTIONS(Channel)
NAV_ENUM_FUNCTIONS(Direction)
NAV_ENUM_FUNCTIONS(ServiceLanguage)
NAV_ENUM_FUNCTIONS(CallerType)
NAV_ENUM_FUNCTIONS(Gender)
NAV_ENUM_FUNCTIONS(AgeGroup)
NAV_ENUM_FUNCTIONS(Disposition)
NAV_ENUM_FUNCTIONS(UnmetReason)
NAV_ENUM_FUNCTIONS(FollowUpMethod)
NAV_ENUM_FUNCTIONS(FollowUpAssignee)
NAV_ENUM_FUNCTIONS(FollowUpStatus)
NAV_ENUM_FUNCTIONS(FollowUpReach)
NAV_ENUM_FUNCTIONS(Recommendations)
NAV_ENUM_FUNCTIONS(Answer)
NAV_ENUM_FUNCTIONS(Satisfaction)
NAV_ENUM_FUNCTIONS(SurveyNotAskedReason)

#undef NAV_ENUM_FUNCTIONS

// ---- JSON -------------------------------------------------------------------------------

QJsonObject toJson(const FollowUp &f)
{
    QJsonArray attempts;
    for (const FollowUpOutcome &x : f.attempts)
        attempts.append(outcomeJson(x));
    QJsonObject o{
        {QLatin1String("id"), f.id},
        {QLatin1String("contactId"), f.contactId},
        {QLatin1String("consent"), f.consent},
        {QLatin1String("method"), codeOf(f.method)},
        {QLatin1String("reason"), f.reason},
        {QLatin1String("assignee"), codeOf(f.assignee)},
        {QLatin1String("navigator"), f.navigator},
        {QLatin1String("status"), codeOf(f.status)},
        {QLatin1String("attempts"), attempts},
        {QLatin1String("newContactId"), f.newContactId},
    };
    putDateTime(o, "consentAt", f.consentAt);
    if (f.due.isValid())
        o.insert(QLatin1String("due"), f.due.toString(Qt::ISODate));
    if (f.windowStart.isValid())
        o.insert(QLatin1String("windowStart"), timeText(f.windowStart));
    if (f.windowEnd.isValid())
        o.insert(QLatin1String("windowEnd"), timeText(f.windowEnd));
    return o;
}

QJsonObject toJson(const SurveyResponse &s)
{
    QJsonObject o{
        {QLatin1String("asked"), s.asked},
        {QLatin1String("notAskedReason"), codeOf(s.notAskedReason)},
        {QLatin1String("notAskedNote"), s.notAskedNote},
        {QLatin1String("consent"), s.consent},
        {QLatin1String("satisfaction"), codeOf(s.satisfaction)},
        {QLatin1String("wouldContactAgain"), codeOf(s.wouldContactAgain)},
        {QLatin1String("comment"), s.comment},
        {QLatin1String("channel"), codeOf(s.channel)},
    };
    putDateTime(o, "at", s.at);
    return o;
}

QJsonObject toJson(const Contact &c)
{
    const Inquirer &q = c.inquirer;
    const QJsonObject inquirer{
        {QLatin1String("callerType"), codeOf(q.callerType)},
        {QLatin1String("gender"), codeOf(q.gender)},
        {QLatin1String("ageGroup"), codeOf(q.ageGroup)},
        {QLatin1String("place"), q.place},
        {QLatin1String("heardOf"), q.heardOf},
        {QLatin1String("phone"), q.phone},
        {QLatin1String("anonymous"), q.anonymous},
    };
    QJsonArray needs;
    for (const Need &n : c.needs) {
        needs.append(QJsonObject{{QLatin1String("category"), n.category},
                                 {QLatin1String("taxonomyCode"), n.taxonomyCode},
                                 {QLatin1String("text"), n.text}});
    }
    QJsonArray unmet;
    for (const UnmetNeed &u : c.unmetNeeds) {
        unmet.append(QJsonObject{{QLatin1String("category"), u.category},
                                 {QLatin1String("reason"), codeOf(u.reason)},
                                 {QLatin1String("text"), u.text}});
    }
    QJsonObject o{
        {QLatin1String("id"), c.id},
        {QLatin1String("uuid"), c.uuid},
        {QLatin1String("channel"), codeOf(c.channel)},
        {QLatin1String("direction"), codeOf(c.direction)},
        {QLatin1String("talkSeconds"), c.talkSeconds},
        {QLatin1String("afterCallSeconds"), c.afterCallSeconds},
        {QLatin1String("navigator"), c.navigator},
        {QLatin1String("language"), codeOf(c.language)},
        {QLatin1String("interpreterUsed"), c.interpreterUsed},
        {QLatin1String("interpreterLanguage"), c.interpreterLanguage},
        {QLatin1String("inquirer"), inquirer},
        {QLatin1String("needs"), needs},
        {QLatin1String("referrals"), referralsJson(c.referrals)},
        {QLatin1String("unmetNeeds"), unmet},
        {QLatin1String("crisis"), c.crisis},
        {QLatin1String("notes"), c.notes},
        {QLatin1String("disposition"), codeOf(c.disposition)},
        {QLatin1String("linkedContactId"), c.linkedContactId},
    };
    putDateTime(o, "start", c.start);
    putDateTime(o, "end", c.end);
    putDateTime(o, "closedAt", c.closedAt);
    if (c.followUp)
        o.insert(QLatin1String("followUp"), toJson(*c.followUp));
    if (c.survey)
        o.insert(QLatin1String("survey"), toJson(*c.survey));
    return o;
}

Result<Contact> contactFromJson(const QJsonObject &json)
{
    Reader r("contactFromJson");
    Contact c;
    readContact(r, json, c);
    if (!r.ok())
        return Unexpected(r.error());
    return c;
}

Result<FollowUp> followUpFromJson(const QJsonObject &json)
{
    Reader r("followUpFromJson");
    FollowUp f;
    readFollowUp(r, json, f);
    if (!r.ok())
        return Unexpected(r.error());
    return f;
}

Result<SurveyResponse> surveyFromJson(const QJsonObject &json)
{
    Reader r("surveyFromJson");
    SurveyResponse s;
    readSurvey(r, json, s);
    if (!r.ok())
        return Unexpected(r.error());
    return s;
}

} // namespace Nav::Core

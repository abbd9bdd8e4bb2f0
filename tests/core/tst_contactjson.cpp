// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/contact.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Nav::Core;

namespace {

// QDateTime::operator== compares instants only: also require the same offset, so a value that
// comes back in another zone is caught.
void compareDateTime(const QDateTime &actual, const QDateTime &expected)
{
    QCOMPARE(actual.isValid(), expected.isValid());
    if (!expected.isValid())
        return;
    QCOMPARE(actual, expected);
    QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(actual.offsetFromUtc(), expected.offsetFromUtc());
}

void compareReferrals(const QList<Referral> &actual, const QList<Referral> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].serviceId, expected[i].serviceId);
        QCOMPARE(actual[i].name, expected[i].name);
        QCOMPARE(actual[i].phone, expected[i].phone);
        QCOMPARE(actual[i].information, expected[i].information);
    }
}

void compareFollowUp(const FollowUp &a, const FollowUp &e)
{
    QCOMPARE(a.id, e.id);
    QCOMPARE(a.contactId, e.contactId);
    QCOMPARE(a.consent, e.consent);
    compareDateTime(a.consentAt, e.consentAt);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.method, e.method);
    QCOMPARE(a.due, e.due);
    QCOMPARE(a.windowStart, e.windowStart);
    QCOMPARE(a.windowEnd, e.windowEnd);
    QCOMPARE(a.reason, e.reason);
    QCOMPARE(a.assignee, e.assignee);
    QCOMPARE(a.navigator, e.navigator);
    QCOMPARE(a.status, e.status);
    QCOMPARE(a.newContactId, e.newContactId);
    QCOMPARE(a.attempts.size(), e.attempts.size());
    for (qsizetype i = 0; i < e.attempts.size(); ++i) {
        const FollowUpOutcome &x = a.attempts[i];
        const FollowUpOutcome &y = e.attempts[i];
        compareDateTime(x.at, y.at);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(x.reach, y.reach);
        QCOMPARE(x.followed, y.followed);
        QCOMPARE(x.betterPrepared, y.betterPrepared);
        QCOMPARE(x.helpedWellBeing, y.helpedWellBeing);
        QCOMPARE(x.needsMet, y.needsMet);
        QCOMPARE(x.unmetReason, y.unmetReason);
        QCOMPARE(x.note, y.note);
        compareReferrals(x.newReferrals, y.newReferrals);
        if (QTest::currentTestFailed())
            return;
    }
}

void compareSurvey(const SurveyResponse &a, const SurveyResponse &e)
{
    QCOMPARE(a.asked, e.asked);
    QCOMPARE(a.notAskedReason, e.notAskedReason);
    QCOMPARE(a.notAskedNote, e.notAskedNote);
    QCOMPARE(a.consent, e.consent);
    QCOMPARE(a.satisfaction, e.satisfaction);
    QCOMPARE(a.wouldContactAgain, e.wouldContactAgain);
    QCOMPARE(a.comment, e.comment);
    QCOMPARE(a.channel, e.channel);
    compareDateTime(a.at, e.at);
}

void compareContact(const Contact &a, const Contact &e)
{
    QCOMPARE(a.id, e.id);
    QCOMPARE(a.uuid, e.uuid);
    QCOMPARE(a.channel, e.channel);
    QCOMPARE(a.direction, e.direction);
    compareDateTime(a.start, e.start);
    if (QTest::currentTestFailed())
        return;
    compareDateTime(a.end, e.end);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.talkSeconds, e.talkSeconds);
    QCOMPARE(a.afterCallSeconds, e.afterCallSeconds);
    QCOMPARE(a.navigator, e.navigator);
    QCOMPARE(a.language, e.language);
    QCOMPARE(a.interpreterUsed, e.interpreterUsed);
    QCOMPARE(a.interpreterLanguage, e.interpreterLanguage);
    QCOMPARE(a.inquirer.callerType, e.inquirer.callerType);
    QCOMPARE(a.inquirer.gender, e.inquirer.gender);
    QCOMPARE(a.inquirer.ageGroup, e.inquirer.ageGroup);
    QCOMPARE(a.inquirer.place, e.inquirer.place);
    QCOMPARE(a.inquirer.heardOf, e.inquirer.heardOf);
    QCOMPARE(a.inquirer.phone, e.inquirer.phone);
    QCOMPARE(a.inquirer.anonymous, e.inquirer.anonymous);
    QCOMPARE(a.needs.size(), e.needs.size());
    for (qsizetype i = 0; i < e.needs.size(); ++i) {
        QCOMPARE(a.needs[i].category, e.needs[i].category);
        QCOMPARE(a.needs[i].taxonomyCode, e.needs[i].taxonomyCode);
        QCOMPARE(a.needs[i].text, e.needs[i].text);
    }
    compareReferrals(a.referrals, e.referrals);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.unmetNeeds.size(), e.unmetNeeds.size());
    for (qsizetype i = 0; i < e.unmetNeeds.size(); ++i) {
        QCOMPARE(a.unmetNeeds[i].category, e.unmetNeeds[i].category);
        QCOMPARE(a.unmetNeeds[i].reason, e.unmetNeeds[i].reason);
        QCOMPARE(a.unmetNeeds[i].text, e.unmetNeeds[i].text);
    }
    QCOMPARE(a.crisis, e.crisis);
    QCOMPARE(a.notes, e.notes);
    QCOMPARE(a.disposition, e.disposition);
    compareDateTime(a.closedAt, e.closedAt);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.linkedContactId, e.linkedContactId);
    QCOMPARE(a.followUp.has_value(), e.followUp.has_value());
    if (e.followUp) {
        compareFollowUp(*a.followUp, *e.followUp);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(a.survey.has_value(), e.survey.has_value());
    if (e.survey)
        compareSurvey(*a.survey, *e.survey);
}

// Every field set away from its default, with text that JSON must escape and keep.
Contact fullContact()
{
    const QTimeZone eastern(-5 * 3600);
    Contact c;
    c.id = 9007199254740000LL; // near the largest integer a JSON number holds exactly
    c.uuid = QStringLiteral("3f0c5a1e-8b2d-4c7a-9e61-2d5f0b7c9a11");
    c.channel = Channel::InPerson;
    c.direction = Direction::FollowUp;
    c.start = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), eastern);
    c.end = QDateTime(QDate(2024, 3, 5), QTime(19, 31, 2, 7), Qt::UTC);
    c.talkSeconds = 1432;
    c.afterCallSeconds = 95;
    c.navigator = QStringLiteral("mtremblay");
    c.language = ServiceLanguage::Other;
    c.interpreterUsed = true;
    c.interpreterLanguage = QStringLiteral("ARABIC");
    c.inquirer.callerType = CallerType::Professional;
    c.inquirer.gender = Gender::AnotherGender;
    c.inquirer.ageGroup = AgeGroup::Senior;
    c.inquirer.place = QStringLiteral("Trois-Rivières");
    c.inquirer.heardOf = QStringLiteral("agency-referral");
    c.inquirer.phone = QStringLiteral("+15145550199");
    c.inquirer.anonymous = true;
    c.needs = {
        Need{QStringLiteral("housing"), QStringLiteral("BH-1800.8500"),
             QStringLiteral("Évincée le 1er juillet, \"urgent\"\nligne 2\ttab")},
        Need{QStringLiteral("food"), QString(), QStringLiteral("banque alimentaire")},
    };
    c.referrals = {
        Referral{QStringLiteral("svc-42"), QStringLiteral("Moisson Montréal"),
                 QStringLiteral("+15143455555"), QString()},
        Referral{QString(), QString(), QString(),
                 QStringLiteral("Heures du comptoir: 9 h à 12 h")},
    };
    c.unmetNeeds = {UnmetNeed{QStringLiteral("legal"), UnmetReason::WaitingList,
                              QStringLiteral("clinique complète 🙁")}};
    c.crisis = true;
    c.notes = QStringLiteral("Notes with \\ backslash and “quotes”");
    c.disposition = Disposition::WrongNumber;
    c.closedAt = QDateTime(QDate(2024, 3, 5), QTime(14, 40, 0, 999), QTimeZone(2 * 3600 + 1800));
    c.linkedContactId = 17;

    FollowUp f;
    f.id = 5;
    f.contactId = 9007199254740000LL;
    f.consent = true;
    f.consentAt = QDateTime(QDate(2024, 3, 5), QTime(14, 30, 1, 500), eastern);
    f.method = FollowUpMethod::Text;
    f.due = QDate(2024, 3, 12);
    f.windowStart = QTime(9, 30);
    f.windowEnd = QTime(11, 45);
    f.reason = QStringLiteral("Confirmer l'inscription");
    f.assignee = FollowUpAssignee::TeamQueue;
    f.navigator = QStringLiteral("jdoe");
    f.status = FollowUpStatus::Unreachable;
    FollowUpOutcome first;
    first.at = QDateTime(QDate(2024, 3, 12), QTime(9, 45, 0, 1), eastern);
    first.reach = FollowUpReach::Voicemail;
    first.note = QStringLiteral("safe message left");
    FollowUpOutcome second;
    second.at = QDateTime(QDate(2024, 3, 13), QTime(10, 0), Qt::UTC);
    second.reach = FollowUpReach::Reached;
    second.followed = Recommendations::Some;
    second.betterPrepared = Answer::Yes;
    second.helpedWellBeing = Answer::NotApplicable;
    second.needsMet = Answer::No;
    second.unmetReason = UnmetReason::Transport;
    second.newReferrals = {Referral{QStringLiteral("svc-7"), QStringLiteral("Transport adapté"),
                                    QStringLiteral("+18195551234"), QString()}};
    second.note = QStringLiteral("ok");
    f.attempts = {first, second};
    f.newContactId = 99;
    c.followUp = f;

    SurveyResponse s;
    s.asked = true;
    s.notAskedReason = SurveyNotAskedReason::LanguageBarrier;
    s.notAskedNote = QStringLiteral("n/a");
    s.consent = true;
    s.satisfaction = Satisfaction::VerySatisfied;
    s.wouldContactAgain = Answer::Yes;
    s.comment = QStringLiteral("Merci beaucoup!");
    s.channel = Channel::Chat;
    s.at = QDateTime(QDate(2024, 3, 5), QTime(14, 39, 59, 250), eastern);
    c.survey = s;
    return c;
}

// Goes through the serialised text, as drafts, sync and the server do.
QJsonObject viaText(const QJsonObject &o)
{
    return QJsonDocument::fromJson(QJsonDocument(o).toJson(QJsonDocument::Compact)).object();
}

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

template<typename E>
void codeRow(const char *name, E value, const char *code)
{
    const std::optional<E> back = fromCode<E>(QString::fromLatin1(code));
    QTest::newRow(name) << codeOf(value) << QString::fromLatin1(code)
                        << (back.has_value() && *back == value) << labelOf(value);
}

template<typename E>
void checkEnum(const char *name, qsizetype expectedCount)
{
    const QList<E> values = allValues<E>();
    QVERIFY2(values.size() == expectedCount, name);
    static const QRegularExpression kebab(QStringLiteral("^[a-z]+(-[a-z]+)*$"));
    QSet<QString> seen;
    for (E v : values) {
        const QString code = codeOf(v);
        QVERIFY2(kebab.match(code).hasMatch(), qPrintable(code));
        QVERIFY2(!seen.contains(code), qPrintable(code));
        seen.insert(code);
        QCOMPARE(fromCode<E>(code), std::optional<E>(v));
        QVERIFY2(!labelOf(v).isEmpty(), qPrintable(code));
    }
    QCOMPARE(fromCode<E>(QStringLiteral("no-such-code")), std::nullopt);
    QCOMPARE(fromCode<E>(QString()), std::nullopt);
}

} // namespace

class tst_ContactJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullContactRoundTrips()
    {
        const Contact original = fullContact();
        const QJsonObject json = toJson(original);
        const auto back = contactFromJson(viaText(json));
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().detail));
        compareContact(*back, original);
        if (QTest::currentTestFailed())
            return;
        // And the second trip writes the very same JSON.
        QCOMPARE(toJson(*back), json);
    }

    void wireFormat()
    {
        const QJsonObject json = toJson(fullContact());
        QCOMPARE(json.value(QLatin1String("channel")).toString(), QStringLiteral("in-person"));
        QCOMPARE(json.value(QLatin1String("disposition")).toString(),
                 QStringLiteral("wrong-number"));
        QCOMPARE(json.value(QLatin1String("start")).toString(),
                 QStringLiteral("2024-03-05T14:07:09.123-05:00"));
        QCOMPARE(json.value(QLatin1String("end")).toString(),
                 QStringLiteral("2024-03-05T19:31:02.007Z"));
        const QJsonObject f = json.value(QLatin1String("followUp")).toObject();
        QCOMPARE(f.value(QLatin1String("due")).toString(), QStringLiteral("2024-03-12"));
        QCOMPARE(f.value(QLatin1String("windowStart")).toString(), QStringLiteral("09:30"));
        QCOMPARE(f.value(QLatin1String("windowEnd")).toString(), QStringLiteral("11:45"));
        QVERIFY(f.value(QLatin1String("attempts")).isArray());
        QVERIFY(json.value(QLatin1String("needs")).isArray());
        // Attempt 1 has no unmet reason: absent, not null.
        const QJsonObject a0 = f.value(QLatin1String("attempts")).toArray().at(0).toObject();
        QVERIFY(!a0.contains(QLatin1String("unmetReason")));
    }

    void optionalPartsAbsent()
    {
        Contact c; // a fresh draft: nothing optional set
        const QJsonObject json = toJson(c);
        QVERIFY(!json.contains(QLatin1String("followUp")));
        QVERIFY(!json.contains(QLatin1String("survey")));
        QVERIFY(!json.contains(QLatin1String("start")));
        QVERIFY(!json.contains(QLatin1String("end")));
        QVERIFY(!json.contains(QLatin1String("closedAt")));
        const auto back = contactFromJson(viaText(json));
        QVERIFY(back.has_value());
        compareContact(*back, c);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!back->followUp.has_value());
        QVERIFY(!back->survey.has_value());

        FollowUp f; // no window, no due date
        const QJsonObject fj = toJson(f);
        QVERIFY(!fj.contains(QLatin1String("windowStart")));
        QVERIFY(!fj.contains(QLatin1String("due")));
        const auto fb = followUpFromJson(fj);
        QVERIFY(fb.has_value());
        QVERIFY(!fb->windowStart.isValid());
        QVERIFY(!fb->due.isValid());
    }

    // The workstation stamps contacts in local time: the text carries its offset, so any
    // reader in any zone gets the same instant back.
    void localTimeKeepsInstantAndOffset()
    {
        Contact c;
        c.start = QDateTime(QDate(2024, 7, 1), QTime(8, 15, 30, 42), Qt::LocalTime);
        const QString text = toJson(c).value(QLatin1String("start")).toString();
        static const QRegularExpression withOffset(
            QStringLiteral(R"(^2024-07-01T08:15:30\.042(Z|[+-]\d\d:\d\d)$)"));
        QVERIFY2(withOffset.match(text).hasMatch(), qPrintable(text));
        const auto back = contactFromJson(viaText(toJson(c)));
        QVERIFY(back.has_value());
        compareDateTime(back->start, c.start);
    }

    void followUpAndSurveyAlone()
    {
        const Contact c = fullContact();
        const auto f = followUpFromJson(viaText(toJson(*c.followUp)));
        QVERIFY(f.has_value());
        compareFollowUp(*f, *c.followUp);
        if (QTest::currentTestFailed())
            return;
        const auto s = surveyFromJson(viaText(toJson(*c.survey)));
        QVERIFY(s.has_value());
        compareSurvey(*s, *c.survey);
    }

    void missingKeysTakeDefaultsUnknownKeysIgnored()
    {
        const auto c = contactFromJson(parse(R"({"channel":"chat","futureField":{"x":1}})"));
        QVERIFY(c.has_value());
        QCOMPARE(c->channel, Channel::Chat);
        QCOMPARE(c->disposition, Disposition::None);
        QCOMPARE(c->inquirer.gender, Gender::Unknown);
        QVERIFY(c->needs.isEmpty());
    }

    // The codes are written to the store, to the server and to reports: this table must never
    // change. Add rows for new values; never edit one.
    void codesAreStable_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("parsesBack");
        QTest::addColumn<QString>("label");
        codeRow("Channel::Call", Channel::Call, "call");
        codeRow("Channel::Chat", Channel::Chat, "chat");
        codeRow("Channel::Text", Channel::Text, "text");
        codeRow("Channel::Email", Channel::Email, "email");
        codeRow("Channel::InPerson", Channel::InPerson, "in-person");
        codeRow("Channel::WebForm", Channel::WebForm, "web-form");
        codeRow("Direction::Inbound", Direction::Inbound, "inbound");
        codeRow("Direction::Outbound", Direction::Outbound, "outbound");
        codeRow("Direction::FollowUp", Direction::FollowUp, "follow-up");
        codeRow("ServiceLanguage::English", ServiceLanguage::English, "english");
        codeRow("ServiceLanguage::French", ServiceLanguage::French, "french");
        codeRow("ServiceLanguage::Other", ServiceLanguage::Other, "other");
        codeRow("CallerType::Unknown", CallerType::Unknown, "unknown");
        codeRow("CallerType::Self", CallerType::Self, "self");
        codeRow("CallerType::FamilyFriend", CallerType::FamilyFriend, "family-friend");
        codeRow("CallerType::Professional", CallerType::Professional, "professional");
        codeRow("Gender::Unknown", Gender::Unknown, "unknown");
        codeRow("Gender::Woman", Gender::Woman, "woman");
        codeRow("Gender::Man", Gender::Man, "man");
        codeRow("Gender::AnotherGender", Gender::AnotherGender, "another-gender");
        codeRow("AgeGroup::Unknown", AgeGroup::Unknown, "unknown");
        codeRow("AgeGroup::Youth", AgeGroup::Youth, "youth");
        codeRow("AgeGroup::Adult", AgeGroup::Adult, "adult");
        codeRow("AgeGroup::Senior", AgeGroup::Senior, "senior");
        codeRow("Disposition::None", Disposition::None, "none");
        codeRow("Disposition::Completed", Disposition::Completed, "completed");
        codeRow("Disposition::Robocall", Disposition::Robocall, "robocall");
        codeRow("Disposition::Static", Disposition::Static, "static");
        codeRow("Disposition::Spam", Disposition::Spam, "spam");
        codeRow("Disposition::Abandoned", Disposition::Abandoned, "abandoned");
        codeRow("Disposition::WrongNumber", Disposition::WrongNumber, "wrong-number");
        codeRow("UnmetReason::NoService", UnmetReason::NoService, "no-service");
        codeRow("UnmetReason::NotEligible", UnmetReason::NotEligible, "not-eligible");
        codeRow("UnmetReason::WaitingList", UnmetReason::WaitingList, "waiting-list");
        codeRow("UnmetReason::Cost", UnmetReason::Cost, "cost");
        codeRow("UnmetReason::Language", UnmetReason::Language, "language");
        codeRow("UnmetReason::Transport", UnmetReason::Transport, "transport");
        codeRow("UnmetReason::NoCapacity", UnmetReason::NoCapacity, "no-capacity");
        codeRow("UnmetReason::Declined", UnmetReason::Declined, "declined");
        codeRow("UnmetReason::Other", UnmetReason::Other, "other");
        codeRow("FollowUpMethod::Phone", FollowUpMethod::Phone, "phone");
        codeRow("FollowUpMethod::Text", FollowUpMethod::Text, "text");
        codeRow("FollowUpMethod::Email", FollowUpMethod::Email, "email");
        codeRow("FollowUpAssignee::Me", FollowUpAssignee::Me, "me");
        codeRow("FollowUpAssignee::TeamQueue", FollowUpAssignee::TeamQueue, "team-queue");
        codeRow("FollowUpStatus::Open", FollowUpStatus::Open, "open");
        codeRow("FollowUpStatus::Done", FollowUpStatus::Done, "done");
        codeRow("FollowUpStatus::Unreachable", FollowUpStatus::Unreachable, "unreachable");
        codeRow("FollowUpStatus::Cancelled", FollowUpStatus::Cancelled, "cancelled");
        codeRow("FollowUpReach::Reached", FollowUpReach::Reached, "reached");
        codeRow("FollowUpReach::NoAnswer", FollowUpReach::NoAnswer, "no-answer");
        codeRow("FollowUpReach::Voicemail", FollowUpReach::Voicemail, "voicemail");
        codeRow("Recommendations::Unknown", Recommendations::Unknown, "unknown");
        codeRow("Recommendations::All", Recommendations::All, "all");
        codeRow("Recommendations::Some", Recommendations::Some, "some");
        codeRow("Recommendations::None", Recommendations::None, "none");
        codeRow("Answer::Unknown", Answer::Unknown, "unknown");
        codeRow("Answer::Yes", Answer::Yes, "yes");
        codeRow("Answer::No", Answer::No, "no");
        codeRow("Answer::NotApplicable", Answer::NotApplicable, "not-applicable");
        codeRow("Satisfaction::Unknown", Satisfaction::Unknown, "unknown");
        codeRow("Satisfaction::VerySatisfied", Satisfaction::VerySatisfied, "very-satisfied");
        codeRow("Satisfaction::Satisfied", Satisfaction::Satisfied, "satisfied");
        codeRow("Satisfaction::NotSatisfied", Satisfaction::NotSatisfied, "not-satisfied");
        codeRow("SurveyNotAskedReason::None", SurveyNotAskedReason::None, "none");
        codeRow("SurveyNotAskedReason::Crisis", SurveyNotAskedReason::Crisis, "crisis");
        codeRow("SurveyNotAskedReason::PersonHadToGo", SurveyNotAskedReason::PersonHadToGo,
                "person-had-to-go");
        codeRow("SurveyNotAskedReason::NotAppropriate", SurveyNotAskedReason::NotAppropriate,
                "not-appropriate");
        codeRow("SurveyNotAskedReason::LanguageBarrier", SurveyNotAskedReason::LanguageBarrier,
                "language-barrier");
        codeRow("SurveyNotAskedReason::Other", SurveyNotAskedReason::Other, "other");
    }

    void codesAreStable()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QFETCH(bool, parsesBack);
        QFETCH(QString, label);
        QCOMPARE(actual, expected);
        QVERIFY(parsesBack);
        QVERIFY(!label.isEmpty());
    }

    // Every value is in the table above (counts), and codes are unique kebab-case per enum.
    void everyValueHasACode()
    {
        checkEnum<Channel>("Channel", 6);
        checkEnum<Direction>("Direction", 3);
        checkEnum<ServiceLanguage>("ServiceLanguage", 3);
        checkEnum<CallerType>("CallerType", 4);
        checkEnum<Gender>("Gender", 4);
        checkEnum<AgeGroup>("AgeGroup", 4);
        checkEnum<Disposition>("Disposition", 7);
        checkEnum<UnmetReason>("UnmetReason", 9);
        checkEnum<FollowUpMethod>("FollowUpMethod", 3);
        checkEnum<FollowUpAssignee>("FollowUpAssignee", 2);
        checkEnum<FollowUpStatus>("FollowUpStatus", 4);
        checkEnum<FollowUpReach>("FollowUpReach", 3);
        checkEnum<Recommendations>("Recommendations", 4);
        checkEnum<Answer>("Answer", 4);
        checkEnum<Satisfaction>("Satisfaction", 4);
        checkEnum<SurveyNotAskedReason>("SurveyNotAskedReason", 6);
        // Declaration order, for combo boxes.
        QCOMPARE(allValues<Disposition>().first(), Disposition::None);
        QCOMPARE(allValues<Disposition>().last(), Disposition::WrongNumber);
    }

    void badInputRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("secret"); // a value that must not appear in the detail
        const QString c = QStringLiteral("contact");
        auto row = [](const char *name, const QString &kind, const char *json, const char *field,
                      const char *secret = "") {
            QTest::newRow(name) << kind << QByteArray(json) << QString::fromUtf8(field)
                                << QString::fromUtf8(secret);
        };
        row("unknown channel", c, R"({"channel":"telegram"})", "channel", "telegram");
        row("channel as number", c, R"({"channel":3})", "channel");
        row("unknown disposition", c, R"({"disposition":"hung-up"})", "disposition", "hung-up");
        row("disposition in camel case", c, R"({"disposition":"wrongNumber"})", "disposition");
        row("language code as label", c, R"({"language":"English"})", "language");
        row("start not a date", c, R"({"start":"yesterday"})", "start", "yesterday");
        row("start without offset", c, R"({"start":"2024-03-05T10:00:00"})", "start");
        row("start as number", c, R"({"start":1709650800})", "start");
        row("end impossible date", c, R"({"end":"2024-02-30T10:00:00Z"})", "end");
        row("id as string", c, R"({"id":"12"})", "id");
        row("id fractional", c, R"({"id":1.5})", "id");
        row("id beyond 2^53", c, R"({"id":1e300})", "id");
        row("talkSeconds beyond int", c, R"({"talkSeconds":3000000000})", "talkSeconds");
        row("crisis as string", c, R"({"crisis":"yes"})", "crisis");
        row("interpreterUsed null", c, R"({"interpreterUsed":null})", "interpreterUsed");
        row("notes as array", c, R"({"notes":["a"]})", "notes");
        row("inquirer not an object", c, R"({"inquirer":"anonymous"})", "inquirer");
        row("inquirer gender unknown", c, R"({"inquirer":{"gender":"f"}})", "inquirer.gender");
        row("inquirer phone as number", c, R"({"inquirer":{"phone":5145550199}})",
            "inquirer.phone", "5145550199");
        row("inquirer anonymous holds a phone", c, R"({"inquirer":{"anonymous":"+15145550199"}})",
            "inquirer.anonymous", "5550199");
        row("needs not an array", c, R"({"needs":{"category":"food"}})", "needs");
        row("needs element not an object", c, R"({"needs":[{"category":"food"},"housing"]})",
            "needs[1]", "housing");
        row("need category as number", c, R"({"needs":[{"category":4}]})", "needs[0].category");
        row("referral name as bool", c, R"({"referrals":[{},{"name":true}]})",
            "referrals[1].name");
        row("unmet reason unknown", c, R"({"unmetNeeds":[{"category":"legal","reason":"bored"}]})",
            "unmetNeeds[0].reason", "bored");
        row("followUp as array", c, R"({"followUp":[]})", "followUp");
        row("followUp due impossible", c, R"({"followUp":{"due":"2024-13-01"}})", "followUp.due");
        row("followUp window hour 25", c, R"({"followUp":{"windowStart":"25:00"}})",
            "followUp.windowStart");
        row("followUp window with seconds", c, R"({"followUp":{"windowEnd":"10:00:00"}})",
            "followUp.windowEnd");
        row("followUp window one digit", c, R"({"followUp":{"windowEnd":"9:30"}})",
            "followUp.windowEnd");
        row("attempt reach unknown", c, R"({"followUp":{"attempts":[{"reach":"maybe"}]}})",
            "followUp.attempts[0].reach", "maybe");
        row("attempt unmet reason number", c,
            R"({"followUp":{"attempts":[{"reach":"reached"},{"unmetReason":3}]}})",
            "followUp.attempts[1].unmetReason");
        row("attempt new referral phone", c,
            R"({"followUp":{"attempts":[{"newReferrals":[{"phone":18005550000}]}]}})",
            "followUp.attempts[0].newReferrals[0].phone", "18005550000");
        row("survey satisfaction unknown", c, R"({"survey":{"satisfaction":"meh"}})",
            "survey.satisfaction", "meh");
        row("survey channel unknown", c, R"({"survey":{"channel":"fax"}})", "survey.channel");
        const QString f = QStringLiteral("followUp");
        row("followUp alone: method", f, R"({"method":"pigeon"})", "method", "pigeon");
        row("followUp alone: consentAt", f, R"({"consentAt":"now"})", "consentAt");
        row("followUp alone: status", f, R"({"status":"Open"})", "status");
        const QString s = QStringLiteral("survey");
        row("survey alone: asked string", s, R"({"asked":"true"})", "asked");
        row("survey alone: notAskedReason", s, R"({"notAskedReason":"busy"})", "notAskedReason");
    }

    void badInputRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QFETCH(QString, secret);
        const QJsonObject object = parse(json.constData());
        std::optional<Nav::Error> error;
        if (kind == QLatin1String("contact")) {
            const auto r = contactFromJson(object);
            if (!r)
                error = r.error();
        } else if (kind == QLatin1String("followUp")) {
            const auto r = followUpFromJson(object);
            if (!r)
                error = r.error();
        } else {
            const auto r = surveyFromJson(object);
            if (!r)
                error = r.error();
        }
        QVERIFY2(error.has_value(), "accepted bad input");
        QCOMPARE(error->code, Nav::ErrorCode::InvalidInput);
        QVERIFY2(error->message.contains(QStringLiteral("“%1”").arg(field)),
                 qPrintable(error->message));
        QVERIFY2(error->detail.contains(QStringLiteral("'%1'").arg(field)),
                 qPrintable(error->detail));
        if (!secret.isEmpty()) {
            QVERIFY2(!error->detail.contains(secret), qPrintable(error->detail));
            QVERIFY2(!error->message.contains(secret), qPrintable(error->message));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ContactJson)
#include "tst_contactjson.moc"

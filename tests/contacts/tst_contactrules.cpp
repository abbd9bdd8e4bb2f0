// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/contactrules.h"

#include "core/language.h"

#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

using namespace Nav::Core;
using Nav::Contacts::ContactRules;
using Nav::Contacts::FieldIssue;
namespace Field = Nav::Contacts::Field;

Q_DECLARE_METATYPE(Nav::Core::Contact)
Q_DECLARE_METATYPE(Nav::Core::FollowUp)
Q_DECLARE_METATYPE(Nav::Core::SurveyResponse)
Q_DECLARE_METATYPE(Nav::Core::FollowUpOutcome)

namespace {

// Tuesday 5 March 2024, 14:00 in Montréal.
const QDateTime kNow(QDate(2024, 3, 5), QTime(14, 0), QTimeZone(-5 * 3600));

// Expected issues as "field|words of the English message".
using Expected = QStringList;

Contact minimalCompleted()
{
    Contact c;
    c.start = kNow.addSecs(-600);
    c.end = kNow.addSecs(-60);
    c.disposition = Disposition::Completed;
    c.needs = {Need{QStringLiteral("food"), QString(), QString()}};
    return c;
}

Contact exclusion(Disposition d)
{
    Contact c;
    c.start = kNow.addSecs(-30);
    c.end = kNow.addSecs(-20);
    c.disposition = d;
    return c;
}

FollowUp goodFollowUp()
{
    FollowUp f;
    f.consent = true;
    f.consentAt = kNow.addSecs(-120);
    f.method = FollowUpMethod::Phone;
    f.due = kNow.date().addDays(2);
    f.reason = QStringLiteral("Check the housing application went through");
    return f;
}

FollowUp declined()
{
    FollowUp f;
    f.consent = false;
    f.consentAt = kNow.addSecs(-120);
    return f;
}

SurveyResponse goodSurvey()
{
    SurveyResponse s;
    s.asked = true;
    s.consent = true;
    s.satisfaction = Satisfaction::Satisfied;
    return s;
}

FollowUpOutcome reached()
{
    FollowUpOutcome o;
    o.at = kNow;
    o.reach = FollowUpReach::Reached;
    o.followed = Recommendations::All;
    o.betterPrepared = Answer::Yes;
    o.helpedWellBeing = Answer::Yes;
    o.needsMet = Answer::Yes;
    return o;
}

// Every row runs in English and in French.
template<typename T>
void rows(const char *name, const T &value, const Expected &expected)
{
    for (const char *language : {"en", "fr"}) {
        QTest::addRow("%s: %s", language, name)
            << QString::fromLatin1(language) << QVariant::fromValue(value) << expected;
    }
}

template<typename F>
Contact with(F change)
{
    Contact c = minimalCompleted();
    change(c);
    return c;
}

} // namespace

class tst_ContactRules : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LanguageManager> m_language;

    void addColumns()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<Expected>("expected");
    }

    void check(const QString &language, const QList<FieldIssue> &issues, const Expected &expected)
    {
        QStringList fields;
        for (const FieldIssue &i : issues)
            fields.append(i.field + QLatin1String(": ") + i.message);
        QVERIFY2(issues.size() == expected.size(), qPrintable(fields.join(QLatin1String(" / "))));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QString field = expected[i].section(QLatin1Char('|'), 0, 0);
            const QString words = expected[i].section(QLatin1Char('|'), 1);
            QCOMPARE(issues[i].field, field);
            QVERIFY2(!issues[i].message.trimmed().isEmpty(), qPrintable(field));
            // The French catalogue does not have these messages yet: in French only the field
            // and a non-empty message are checked. In English the wording must be the one meant.
            if (language == QLatin1String("en")) {
                QVERIFY2(issues[i].message.contains(words, Qt::CaseInsensitive),
                         qPrintable(issues[i].message));
            }
        }
    }

    void switchTo(const QString &language)
    {
        QVERIFY(m_language->setLanguage(language));
        QCOMPARE(m_language->language(), language);
    }

private Q_SLOTS:
    void initTestCase() { m_language = std::make_unique<LanguageManager>(); }
    void cleanupTestCase() { m_language.reset(); }

    void closeRules_data()
    {
        addColumns();
        rows("minimal completed", minimalCompleted(), {});
        rows("robocall, nothing else", exclusion(Disposition::Robocall), {});
        rows("static, nothing else", exclusion(Disposition::Static), {});
        rows("spam, nothing else", exclusion(Disposition::Spam), {});
        rows("abandoned, nothing else", exclusion(Disposition::Abandoned), {});
        rows("wrong number, nothing else", exclusion(Disposition::WrongNumber), {});
        {
            // Started typing, then the line went dead: kept, not checked.
            Contact c = exclusion(Disposition::Abandoned);
            c.needs = {Need{}};
            c.referrals = {Referral{QStringLiteral("svc-1"), QString(), QString(), QString()}};
            c.unmetNeeds = {UnmetNeed{}};
            c.interpreterUsed = true;
            rows("exclusion keeps half-typed needs", c, {});
        }
        {
            Contact c = exclusion(Disposition::Abandoned);
            c.crisis = true;
            rows("exclusion with crisis flag", c, {});
        }
        {
            Contact c = exclusion(Disposition::Abandoned);
            c.end = QDateTime();
            rows("exclusion still needs an end", c, {QStringLiteral("end|end time is missing")});
        }
        {
            Contact c = exclusion(Disposition::WrongNumber);
            c.followUp = goodFollowUp();
            c.followUp->due = kNow.date().addDays(-1);
            c.inquirer.phone = QStringLiteral("514 555 0199");
            rows("exclusion's follow-up still checked", c,
                 {QStringLiteral("followUpDue|in the past")});
        }

        rows("no disposition", with([](Contact &c) { c.disposition = Disposition::None; }),
             {QStringLiteral("disposition|how the contact ended")});
        rows("completed without need or referral", with([](Contact &c) { c.needs.clear(); }),
             {QStringLiteral("needs|at least one need")});
        rows("completed with a referral only", with([](Contact &c) {
                 c.needs.clear();
                 c.referrals = {Referral{QStringLiteral("svc-9"), QStringLiteral("Moisson"),
                                         QString(), QString()}};
             }),
             {});
        rows("completed with information given only", with([](Contact &c) {
                 c.needs.clear();
                 c.referrals = {Referral{QString(), QString(), QString(),
                                         QStringLiteral("Hours of the food bank")}};
             }),
             {});
        rows("information given empty", with([](Contact &c) {
                 c.needs.clear();
                 c.referrals = {Referral{QString(), QString(), QString(), QStringLiteral("  ")}};
             }),
             {QStringLiteral("referrals|Information given 1 is empty")});
        rows("referral without name", with([](Contact &c) {
                 c.referrals = {Referral{QStringLiteral("svc-1"), QStringLiteral("A"), {}, {}},
                                Referral{QStringLiteral("svc-2"), QString(), {}, {}}};
             }),
             {QStringLiteral("referrals|Referral 2 has no service name")});
        rows("need without category", with([](Contact &c) {
                 c.needs.append(Need{QString(), QStringLiteral("BH-1800"), QStringLiteral("x")});
             }),
             {QStringLiteral("needs|Need 2 has no category")});
        rows("unmet need without category", with([](Contact &c) {
                 c.unmetNeeds = {UnmetNeed{QString(), UnmetReason::Cost, QString()}};
             }),
             {QStringLiteral("unmetNeeds|Unmet need 1 has no category")});
        rows("unmet need with category", with([](Contact &c) {
                 c.unmetNeeds = {UnmetNeed{QStringLiteral("legal"), UnmetReason::WaitingList,
                                           QString()}};
             }),
             {});
        rows("interpreter without language", with([](Contact &c) { c.interpreterUsed = true; }),
             {QStringLiteral("interpreterLanguage|interpreter's language")});
        rows("interpreter with language", with([](Contact &c) {
                 c.interpreterUsed = true;
                 c.interpreterLanguage = QStringLiteral("ARABIC");
             }),
             {});
        rows("end before start", with([](Contact &c) { c.end = c.start.addSecs(-1); }),
             {QStringLiteral("end|before the start")});
        rows("end missing at close", with([](Contact &c) { c.end = QDateTime(); }),
             {QStringLiteral("end|end time is missing")});
        rows("start missing at close", with([](Contact &c) { c.start = QDateTime(); }),
             {QStringLiteral("start|start time is missing")});
        const auto phone = [](const char *typed) {
            return with([typed](Contact &c) { c.inquirer.phone = QString::fromUtf8(typed); });
        };
        rows("phone valid", phone("(613) 555-0123"),
             {});
        rows("phone too short", phone("514 555"),
             {QStringLiteral("phone|too short")});
        rows("phone with extension", with([](Contact &c) {
                 c.inquirer.phone = QStringLiteral("514 555 0199 poste 22");
             }),
             {QStringLiteral("phone|extension")});
        rows("phone garbage", phone("call me"),
             {QStringLiteral("phone|not a phone number")});
        rows("anonymous with phone", with([](Contact &c) {
                 c.inquirer.anonymous = true;
                 c.inquirer.phone = QStringLiteral("garbage");
             }),
             {QStringLiteral("phone|anonymous")});
        rows("anonymous with place", with([](Contact &c) {
                 c.inquirer.anonymous = true;
                 c.inquirer.place = QStringLiteral("H2X");
             }),
             {QStringLiteral("place|anonymous")});
        rows("anonymous with heard of", with([](Contact &c) {
                 c.inquirer.anonymous = true;
                 c.inquirer.heardOf = QStringLiteral("poster-brochure");
             }),
             {QStringLiteral("heardOf|anonymous")});
        rows("anonymous, blank", with([](Contact &c) { c.inquirer.anonymous = true; }), {});
        rows("crisis without follow-up", with([](Contact &c) { c.crisis = true; }),
             {QStringLiteral("followUp|crisis")});
        rows("crisis, follow-up declined", with([](Contact &c) {
                 c.crisis = true;
                 c.followUp = declined();
             }),
             {});
        rows("crisis, follow-up agreed", with([](Contact &c) {
                 c.crisis = true;
                 c.inquirer.phone = QStringLiteral("514 555 0199");
                 c.followUp = goodFollowUp();
             }),
             {});
        rows("follow-up consent not recorded", with([](Contact &c) {
                 c.crisis = true;
                 c.followUp = FollowUp{};
             }),
             {QStringLiteral("followUpConsent|whether the person agreed")});
        rows("follow-up by phone without phone",
             with([](Contact &c) { c.followUp = goodFollowUp(); }),
             {QStringLiteral("followUpMethod|phone number")});
        rows("follow-up by text, anonymous", with([](Contact &c) {
                 c.inquirer.anonymous = true;
                 c.followUp = goodFollowUp();
                 c.followUp->method = FollowUpMethod::Text;
             }),
             {QStringLiteral("followUpMethod|phone number")});
        rows("follow-up by email without phone", with([](Contact &c) {
                 c.followUp = goodFollowUp();
                 c.followUp->method = FollowUpMethod::Email;
             }),
             {});
        rows("declined follow-up needs no phone", with([](Contact &c) {
                 c.followUp = declined();
                 c.followUp->method = FollowUpMethod::Text;
             }),
             {});
        const auto agreed = [](std::function<void(FollowUp &)> change) {
            return with([&](Contact &c) {
                c.inquirer.phone = QStringLiteral("+15145550199");
                c.followUp = goodFollowUp();
                change(*c.followUp);
            });
        };
        rows("follow-up due yesterday",
             agreed([](FollowUp &f) { f.due = kNow.date().addDays(-1); }),
             {QStringLiteral("followUpDue|in the past")});
        rows("follow-up due today", agreed([](FollowUp &f) { f.due = kNow.date(); }), {});
        rows("follow-up without due date", agreed([](FollowUp &f) { f.due = QDate(); }),
             {QStringLiteral("followUpDue|date of the follow-up")});
        rows("window ends before it starts", agreed([](FollowUp &f) {
                 f.windowStart = QTime(16, 0);
                 f.windowEnd = QTime(9, 0);
             }),
             {QStringLiteral("followUpWindow|start before it ends")});
        rows("window of no length", agreed([](FollowUp &f) {
                 f.windowStart = QTime(9, 0);
                 f.windowEnd = QTime(9, 0);
             }),
             {QStringLiteral("followUpWindow|start before it ends")});
        rows("window after 17:00 only", agreed([](FollowUp &f) { f.windowStart = QTime(17, 0); }),
             {});
        rows("window 9 to 11", agreed([](FollowUp &f) {
                 f.windowStart = QTime(9, 0);
                 f.windowEnd = QTime(11, 0);
             }),
             {});
        rows("follow-up without reason",
             agreed([](FollowUp &f) { f.reason = QStringLiteral(" "); }),
             {QStringLiteral("followUp|reason")});
        rows("survey not offered without reason", with([](Contact &c) {
                 c.survey = SurveyResponse{};
             }),
             {QStringLiteral("surveyNotAsked|why the survey was not offered")});
        rows("survey answered", with([](Contact &c) { c.survey = goodSurvey(); }), {});
        rows("several problems in form order", with([](Contact &c) {
                 c.disposition = Disposition::None;
                 c.inquirer.phone = QStringLiteral("12");
                 c.end = c.start.addSecs(-5);
             }),
             {QStringLiteral("disposition|how the contact ended"),
              QStringLiteral("phone|too short"), QStringLiteral("end|before the start")});
    }

    void closeRules()
    {
        QFETCH(QString, language);
        QFETCH(QVariant, value);
        QFETCH(Expected, expected);
        switchTo(language);
        check(language, ContactRules::validateClose(value.value<Contact>(), kNow), expected);
    }

    void draftRules_data()
    {
        addColumns();
        Contact open;
        open.start = kNow;
        rows("new contact", open, {});
        rows("open, nothing typed yet", Contact{}, {});
        Contact c = open;
        c.inquirer.phone = QStringLiteral("613-555-0123");
        rows("phone valid", c, {});
        c.inquirer.phone = QStringLiteral("613 55");
        rows("phone too short", c, {QStringLiteral("phone|too short")});
        c.inquirer.phone = QStringLiteral("555-0199");
        rows("phone without area code", c, {QStringLiteral("phone|area code")});
        c.inquirer.phone = QString();
        c.end = open.start.addSecs(-60);
        rows("end before start", c, {QStringLiteral("end|before the start")});
        Contact anonymous = open;
        anonymous.inquirer.anonymous = true;
        anonymous.inquirer.place = QStringLiteral("Gatineau");
        rows("anonymous with place", anonymous, {QStringLiteral("place|anonymous")});
        // A draft needs no disposition, no needs and no end.
        Contact crisis = open;
        crisis.crisis = true;
        rows("crisis draft without follow-up", crisis, {});
    }

    void draftRules()
    {
        QFETCH(QString, language);
        QFETCH(QVariant, value);
        QFETCH(Expected, expected);
        switchTo(language);
        check(language, ContactRules::validateDraft(value.value<Contact>()), expected);
    }

    void followUpRules_data()
    {
        addColumns();
        rows("agreed, complete", goodFollowUp(), {});
        rows("declined", declined(), {});
        rows("never answered", FollowUp{},
             {QStringLiteral("followUpConsent|whether the person agreed")});
        FollowUp bare;
        bare.consent = true;
        rows("agreed, nothing else", bare,
             {QStringLiteral("followUpConsent|whether the person agreed"),
              QStringLiteral("followUpDue|date of the follow-up"),
              QStringLiteral("followUp|reason")});
        FollowUp tomorrow = goodFollowUp();
        tomorrow.due = kNow.date().addDays(1);
        tomorrow.windowEnd = QTime(12, 0);
        rows("before noon tomorrow", tomorrow, {});
    }

    void followUpRules()
    {
        QFETCH(QString, language);
        QFETCH(QVariant, value);
        QFETCH(Expected, expected);
        switchTo(language);
        check(language, ContactRules::validateFollowUp(value.value<FollowUp>(), kNow), expected);
    }

    void surveyRules_data()
    {
        addColumns();
        rows("asked and answered", goodSurvey(), {});
        SurveyResponse s = goodSurvey();
        s.satisfaction = Satisfaction::Unknown;
        rows("agreed without satisfaction", s,
             {QStringLiteral("surveySatisfaction|how satisfied")});
        SurveyResponse refused;
        refused.asked = true;
        rows("asked, refused, no answers", refused, {});
        refused.satisfaction = Satisfaction::NotSatisfied;
        rows("asked, refused, with satisfaction", refused,
             {QStringLiteral("survey|agreed to the survey")});
        refused.satisfaction = Satisfaction::Unknown;
        refused.comment = QStringLiteral("said it was fine");
        rows("asked, refused, with comment", refused,
             {QStringLiteral("survey|agreed to the survey")});
        SurveyResponse full = goodSurvey();
        full.wouldContactAgain = Answer::No;
        full.comment = QStringLiteral("long wait");
        rows("every answer", full, {});
        SurveyResponse notAsked;
        rows("not offered, no reason", notAsked,
             {QStringLiteral("surveyNotAsked|why the survey was not offered")});
        for (SurveyNotAskedReason r : allValues<SurveyNotAskedReason>()) {
            if (r == SurveyNotAskedReason::None || r == SurveyNotAskedReason::Other)
                continue;
            notAsked.notAskedReason = r;
            rows(qPrintable(QStringLiteral("not offered: ") + codeOf(r)), notAsked, {});
        }
        notAsked.notAskedReason = SurveyNotAskedReason::Other;
        rows("not offered: other, no note", notAsked,
             {QStringLiteral("surveyNotAsked|other reason")});
        notAsked.notAskedNote = QStringLiteral("noise on the line");
        rows("not offered: other, with note", notAsked, {});
        notAsked.satisfaction = Satisfaction::VerySatisfied;
        rows("not offered but answered", notAsked, {QStringLiteral("survey|not offered")});
    }

    void surveyRules()
    {
        QFETCH(QString, language);
        QFETCH(QVariant, value);
        QFETCH(Expected, expected);
        switchTo(language);
        check(language, ContactRules::validateSurvey(value.value<SurveyResponse>()), expected);
    }

    void outcomeRules_data()
    {
        addColumns();
        rows("reached, all answered", reached(), {});
        FollowUpOutcome o = reached();
        o.followed = Recommendations::Unknown;
        rows("reached, followed unknown", o,
             {QStringLiteral("outcomeFollowed|followed the recommendations")});
        o = reached();
        o.needsMet = Answer::Unknown;
        rows("reached, needs met unknown", o,
             {QStringLiteral("outcomeUnmetReason|needs were met")});
        o.needsMet = Answer::No;
        rows("needs not met, no reason", o,
             {QStringLiteral("outcomeUnmetReason|why the needs were not met")});
        o.unmetReason = UnmetReason::NoCapacity;
        rows("needs not met, with reason", o, {});
        o.needsMet = Answer::Yes;
        rows("needs met, with a reason", o,
             {QStringLiteral("outcomeUnmetReason|only when the needs were not met")});
        o = reached();
        o.betterPrepared = Answer::Unknown;
        o.helpedWellBeing = Answer::NotApplicable;
        rows("reached, optional answers left", o, {});
        o = reached();
        o.newReferrals = {Referral{QStringLiteral("svc-3"), QStringLiteral("Clinic"), {}, {}},
                          Referral{}};
        rows("reached, empty new referral", o, {QStringLiteral("outcome|New referral 2")});
        FollowUpOutcome none;
        none.reach = FollowUpReach::NoAnswer;
        rows("no answer", none, {});
        none.reach = FollowUpReach::Voicemail;
        rows("voicemail", none, {});
        none.followed = Recommendations::Some;
        rows("voicemail with answers", none, {QStringLiteral("outcome|not reached")});
        none = FollowUpOutcome{};
        none.newReferrals = {Referral{QString(), QString(), QString(), QStringLiteral("x")}};
        rows("no answer with new referral", none, {QStringLiteral("outcome|not reached")});
        none = FollowUpOutcome{};
        none.unmetReason = UnmetReason::Cost;
        rows("no answer with unmet reason", none, {QStringLiteral("outcome|not reached")});
    }

    void outcomeRules()
    {
        QFETCH(QString, language);
        QFETCH(QVariant, value);
        QFETCH(Expected, expected);
        switchTo(language);
        check(language, ContactRules::validateOutcome(value.value<FollowUpOutcome>()), expected);
    }

    void exclusions_data()
    {
        QTest::addColumn<Disposition>("disposition");
        QTest::addColumn<bool>("excluded");
        for (Disposition d : allValues<Disposition>()) {
            const bool excluded = d != Disposition::None && d != Disposition::Completed;
            QTest::newRow(qPrintable(codeOf(d))) << d << excluded;
        }
    }

    void exclusions()
    {
        QFETCH(Disposition, disposition);
        QFETCH(bool, excluded);
        QCOMPARE(ContactRules::isExclusion(disposition), excluded);
        Contact c = minimalCompleted();
        c.disposition = disposition;
        c.crisis = true;
        QCOMPARE(ContactRules::requiresFollowUpProposal(c), !excluded);
        c.crisis = false;
        QVERIFY(!ContactRules::requiresFollowUpProposal(c));
        if (excluded) {
            // Nothing else filled: closes cleanly.
            QCOMPARE(ContactRules::validateClose(exclusion(disposition), kNow),
                     QList<FieldIssue>());
        }
    }

    void applyAnonymity()
    {
        Contact c = minimalCompleted();
        c.inquirer.phone = QStringLiteral("+15145550199");
        c.inquirer.place = QStringLiteral("H2X");
        c.inquirer.heardOf = QStringLiteral("friend-family");
        c.inquirer.gender = Gender::Woman;
        c.notes = QStringLiteral("kept");
        Contact named = c;
        ContactRules::applyAnonymity(named);
        QCOMPARE(named.inquirer.phone, c.inquirer.phone); // not anonymous: untouched

        c.inquirer.anonymous = true;
        QCOMPARE(ContactRules::validateDraft(c).size(), 3);
        ContactRules::applyAnonymity(c);
        QVERIFY(c.inquirer.phone.isEmpty());
        QVERIFY(c.inquirer.place.isEmpty());
        QVERIFY(c.inquirer.heardOf.isEmpty());
        QCOMPARE(c.inquirer.gender, Gender::Woman);
        QCOMPARE(c.notes, QStringLiteral("kept"));
        QCOMPARE(ContactRules::validateClose(c, kNow), QList<FieldIssue>());
    }

    void languageSwitchesBackAndForth()
    {
        Contact c = minimalCompleted();
        c.disposition = Disposition::None;
        c.needs.clear();
        for (const char *language : {"fr", "en", "fr", "en"}) {
            switchTo(QString::fromLatin1(language));
            const auto issues = ContactRules::validateClose(c, kNow);
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues.first().field, QString::fromLatin1(Field::Disposition));
            QVERIFY(!issues.first().message.isEmpty());
            QVERIFY(!labelOf(Disposition::WrongNumber).isEmpty());
        }
        QCOMPARE(ContactRules::validateClose(c, kNow).first().message,
                 QStringLiteral("Choose how the contact ended before closing it."));
    }
};

QTEST_GUILESS_MAIN(tst_ContactRules)
#include "tst_contactrules.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

// The contact record: one interaction with a person who reached 211, with what they needed,
// what they were given, how it ended, the follow-up they agreed to and the survey. These types
// are shared by the workstation, the store, sync and the server; they hold no rules (see
// contacts/contactrules.h) and no storage (see contacts/contactservice.h).
//
// Every enum has a stable code (codeOf/fromCode below) used in the store, in JSON and in reports.
// Codes never change once shipped; add new values at the end.

namespace Nav::Core {

enum class Channel { Call, Chat, Text, Email, InPerson, WebForm };
enum class Direction { Inbound, Outbound, FollowUp };
enum class ServiceLanguage { English, French, Other };
enum class CallerType { Unknown, Self, FamilyFriend, Professional };
enum class Gender { Unknown, Woman, Man, AnotherGender };
enum class AgeGroup { Unknown, Youth, Adult, Senior };

// How a contact ended. None = still open. Every value but Completed is one of the ministry's
// exclusions: such contacts need no needs or demographics and are not counted as served.
enum class Disposition { None, Completed, Robocall, Static, Spam, Abandoned, WrongNumber };

enum class UnmetReason {
    NoService,
    NotEligible,
    WaitingList,
    Cost,
    Language,
    Transport,
    NoCapacity,
    Declined,
    Other
};

enum class FollowUpMethod { Phone, Text, Email };
enum class FollowUpAssignee { Me, TeamQueue };
enum class FollowUpStatus { Open, Done, Unreachable, Cancelled };
enum class FollowUpReach { Reached, NoAnswer, Voicemail };
enum class Recommendations { Unknown, All, Some, None };
enum class Answer { Unknown, Yes, No, NotApplicable };
enum class Satisfaction { Unknown, VerySatisfied, Satisfied, NotSatisfied };
enum class SurveyNotAskedReason { None, Crisis, PersonHadToGo, NotAppropriate, LanguageBarrier, Other };

struct Inquirer
{
    CallerType callerType = CallerType::Unknown;
    Gender gender = Gender::Unknown;
    AgeGroup ageGroup = AgeGroup::Unknown;
    QString place;      // municipality or postal-code prefix (FSA)
    QString heardOf;    // how they heard of 211 (free text or a code)
    QString phone;      // E.164 once normalised; as typed while the form is a draft
    bool anonymous = false; // blanks and locks phone, place and heardOf
};

struct Need
{
    QString category;     // code from the need-category list (resources/contacts)
    QString taxonomyCode; // optional AIRS/211 taxonomy code
    QString text;
};

// A referral keeps a snapshot of the service as it was when given: the directory may change.
// With no serviceId it is information given as free text.
struct Referral
{
    QString serviceId;
    QString name;
    QString phone;
    QString information;
    bool isInformationOnly() const { return serviceId.isEmpty(); }
};

struct UnmetNeed
{
    QString category;
    UnmetReason reason = UnmetReason::Other;
    QString text;
};

struct FollowUpOutcome
{
    QDateTime at;
    FollowUpReach reach = FollowUpReach::NoAnswer;
    // The rest is asked only when the person was reached.
    Recommendations followed = Recommendations::Unknown;
    Answer betterPrepared = Answer::Unknown;
    Answer helpedWellBeing = Answer::Unknown;
    Answer needsMet = Answer::Unknown;
    std::optional<UnmetReason> unmetReason; // when needs were not (all) met
    QList<Referral> newReferrals;
    QString note;
};

struct FollowUp
{
    qint64 id = 0;
    qint64 contactId = 0;
    bool consent = false;
    QDateTime consentAt;
    FollowUpMethod method = FollowUpMethod::Phone;
    QDate due;
    QTime windowStart; // the person's preferred time window (both invalid = any time)
    QTime windowEnd;
    QString reason;
    FollowUpAssignee assignee = FollowUpAssignee::Me;
    QString navigator; // who owns it when assignee is Me
    FollowUpStatus status = FollowUpStatus::Open;
    QList<FollowUpOutcome> attempts;
    qint64 newContactId = 0; // a contact opened from this follow-up
};

struct SurveyResponse
{
    bool asked = false;
    SurveyNotAskedReason notAskedReason = SurveyNotAskedReason::None;
    QString notAskedNote;
    bool consent = false;
    Satisfaction satisfaction = Satisfaction::Unknown;
    Answer wouldContactAgain = Answer::Unknown;
    QString comment;
    Channel channel = Channel::Call; // the channel of the contact (or follow-up) it was asked on
    QDateTime at;
};

struct Contact
{
    qint64 id = 0;  // store row; 0 until saved
    QString uuid;   // stable across sync
    Channel channel = Channel::Call;
    Direction direction = Direction::Inbound;
    QDateTime start;
    QDateTime end;
    int talkSeconds = 0;
    int afterCallSeconds = 0;
    QString navigator;

    ServiceLanguage language = ServiceLanguage::English;
    bool interpreterUsed = false;
    QString interpreterLanguage; // code from vocabularies-en-fr/language.csv

    Inquirer inquirer;
    QList<Need> needs;
    QList<Referral> referrals;
    QList<UnmetNeed> unmetNeeds;
    bool crisis = false;
    QString notes;

    Disposition disposition = Disposition::None;
    QDateTime closedAt;
    qint64 linkedContactId = 0; // the contact this one follows up
    std::optional<FollowUp> followUp;
    std::optional<SurveyResponse> survey;

    bool isClosed() const { return disposition != Disposition::None; }
};

// Stable codes ("call", "wrong-number", ...). fromCode returns nullopt for an unknown code.
QString codeOf(Channel v);
QString codeOf(Direction v);
QString codeOf(ServiceLanguage v);
QString codeOf(CallerType v);
QString codeOf(Gender v);
QString codeOf(AgeGroup v);
QString codeOf(Disposition v);
QString codeOf(UnmetReason v);
QString codeOf(FollowUpMethod v);
QString codeOf(FollowUpAssignee v);
QString codeOf(FollowUpStatus v);
QString codeOf(FollowUpReach v);
QString codeOf(Recommendations v);
QString codeOf(Answer v);
QString codeOf(Satisfaction v);
QString codeOf(SurveyNotAskedReason v);

template<typename E>
std::optional<E> fromCode(const QString &code);

// Every value of an enum in declaration order (for combo boxes and tests).
template<typename E>
QList<E> allValues();

// Instantiated once in contact.cpp for every enum above; other translation units link to those.
extern template std::optional<Channel> fromCode<Channel>(const QString &code);
extern template std::optional<Direction> fromCode<Direction>(const QString &code);
extern template std::optional<ServiceLanguage> fromCode<ServiceLanguage>(const QString &code);
extern template std::optional<CallerType> fromCode<CallerType>(const QString &code);
extern template std::optional<Gender> fromCode<Gender>(const QString &code);
extern template std::optional<AgeGroup> fromCode<AgeGroup>(const QString &code);
extern template std::optional<Disposition> fromCode<Disposition>(const QString &code);
extern template std::optional<UnmetReason> fromCode<UnmetReason>(const QString &code);
extern template std::optional<FollowUpMethod> fromCode<FollowUpMethod>(const QString &code);
extern template std::optional<FollowUpAssignee> fromCode<FollowUpAssignee>(const QString &code);
extern template std::optional<FollowUpStatus> fromCode<FollowUpStatus>(const QString &code);
extern template std::optional<FollowUpReach> fromCode<FollowUpReach>(const QString &code);
extern template std::optional<Recommendations> fromCode<Recommendations>(const QString &code);
extern template std::optional<Answer> fromCode<Answer>(const QString &code);
extern template std::optional<Satisfaction> fromCode<Satisfaction>(const QString &code);
extern template std::optional<SurveyNotAskedReason>
fromCode<SurveyNotAskedReason>(const QString &code);
extern template QList<Channel> allValues<Channel>();
extern template QList<Direction> allValues<Direction>();
extern template QList<ServiceLanguage> allValues<ServiceLanguage>();
extern template QList<CallerType> allValues<CallerType>();
extern template QList<Gender> allValues<Gender>();
extern template QList<AgeGroup> allValues<AgeGroup>();
extern template QList<Disposition> allValues<Disposition>();
extern template QList<UnmetReason> allValues<UnmetReason>();
extern template QList<FollowUpMethod> allValues<FollowUpMethod>();
extern template QList<FollowUpAssignee> allValues<FollowUpAssignee>();
extern template QList<FollowUpStatus> allValues<FollowUpStatus>();
extern template QList<FollowUpReach> allValues<FollowUpReach>();
extern template QList<Recommendations> allValues<Recommendations>();
extern template QList<Answer> allValues<Answer>();
extern template QList<Satisfaction> allValues<Satisfaction>();
extern template QList<SurveyNotAskedReason> allValues<SurveyNotAskedReason>();

// Translated labels for the UI (context "Nav::Core::ContactText").
QString labelOf(Channel v);
QString labelOf(Direction v);
QString labelOf(ServiceLanguage v);
QString labelOf(CallerType v);
QString labelOf(Gender v);
QString labelOf(AgeGroup v);
QString labelOf(Disposition v);
QString labelOf(UnmetReason v);
QString labelOf(FollowUpMethod v);
QString labelOf(FollowUpAssignee v);
QString labelOf(FollowUpStatus v);
QString labelOf(FollowUpReach v);
QString labelOf(Recommendations v);
QString labelOf(Answer v);
QString labelOf(Satisfaction v);
QString labelOf(SurveyNotAskedReason v);

// JSON form of a contact (drafts, sync, server). Round-trips every field exactly;
// contactFromJson refuses unknown codes with an InvalidInput error naming the field.
QJsonObject toJson(const Contact &contact);
Result<Contact> contactFromJson(const QJsonObject &json);
QJsonObject toJson(const FollowUp &followUp);
Result<FollowUp> followUpFromJson(const QJsonObject &json);
QJsonObject toJson(const SurveyResponse &survey);
Result<SurveyResponse> surveyFromJson(const QJsonObject &json);

} // namespace Nav::Core

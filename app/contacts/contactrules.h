// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/contact.h"
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Nav::Contacts {

// One thing wrong with a form, said in the current UI language. `field` names the form field
// the message belongs beside; it is one of the constants in Field (stable, used by the UI to
// place inline messages and by tests).
struct FieldIssue
{
    QString field;
    QString message;
    bool operator==(const FieldIssue &) const = default;
};

namespace Field {
inline constexpr char Disposition[] = "disposition";
inline constexpr char Needs[] = "needs";
inline constexpr char Referrals[] = "referrals";
inline constexpr char UnmetNeeds[] = "unmetNeeds";
inline constexpr char Phone[] = "phone";
inline constexpr char Place[] = "place";
inline constexpr char Interpreter[] = "interpreterLanguage";
inline constexpr char Start[] = "start";
inline constexpr char End[] = "end";
inline constexpr char FollowUp[] = "followUp";
inline constexpr char FollowUpConsent[] = "followUpConsent";
inline constexpr char FollowUpDue[] = "followUpDue";
inline constexpr char FollowUpWindow[] = "followUpWindow";
inline constexpr char FollowUpMethod[] = "followUpMethod";
inline constexpr char Survey[] = "survey";
inline constexpr char SurveySatisfaction[] = "surveySatisfaction";
inline constexpr char SurveyNotAsked[] = "surveyNotAsked";
inline constexpr char OutcomeFollowed[] = "outcomeFollowed";
inline constexpr char OutcomeUnmetReason[] = "outcomeUnmetReason";
inline constexpr char HeardOf[] = "heardOf";
inline constexpr char Outcome[] = "outcome"; // the outcome as a whole (answers when not reached)
} // namespace Field

// The rules of a contact record, as pure functions: the form calls them as the navigator types
// (inline messages), ContactService calls them again before it closes a contact.
class ContactRules
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Contacts::ContactRules)
public:
    // Problems that block saving at all (malformed phone number, end before start, ...):
    // the phone, when typed and not anonymous, must normalise (PhoneNumber); the end, when
    // set, is not before the start; an anonymous inquirer keeps no phone, place or heard-of.
    static QList<FieldIssue> validateDraft(const Core::Contact &contact);
    // Everything needed to close with contact.disposition (which must not be None):
    // validateDraft, plus the rules of that disposition (a completed contact needs at least one
    // need or one piece of information given; the five exclusions need nothing more), plus a
    // crisis contact must have a follow-up proposed (consent yes or no recorded), plus the
    // follow-up and survey rules when they are present.
    //
    // Exclusions: needs, referrals, unmet needs and demographics are allowed on an excluded
    // contact (the navigator may have started typing before the line went dead) but are not
    // checked and are not counted by reports. A crisis flag on an exclusion asks for nothing
    // (see requiresFollowUpProposal); a follow-up or survey that is present is still checked.
    // A follow-up by phone or text needs the inquirer's phone number (not anonymous).
    static QList<FieldIssue> validateClose(const Core::Contact &contact, const QDateTime &now);
    // A follow-up that is present must have its consent recorded (consentAt valid, yes or no).
    // With consent yes: a due date that is not before now.date(), a time window whose start is
    // before its end when both are set (one end alone means "after" or "before"), a reason.
    // Use it when the follow-up is proposed or rescheduled: an old one is overdue by design.
    static QList<FieldIssue> validateFollowUp(const Core::FollowUp &followUp, const QDateTime &now);
    // Asked: answers only with consent; with consent, satisfaction is required.
    // Not asked: a reason is required (Other needs a note) and no answers may be recorded.
    static QList<FieldIssue> validateSurvey(const Core::SurveyResponse &survey);
    // Reached: recommendations followed and needs met are required (needs met is reported on
    // OutcomeUnmetReason, beside it on the form); needs not met requires an unmet reason.
    // Not reached: every reached-only answer must be Unknown/empty (reported on Outcome).
    static QList<FieldIssue> validateOutcome(const Core::FollowUpOutcome &outcome);

    // Whether the disposition is one of the ministry's exclusions (robocall, static, spam,
    // abandoned, wrong number).
    static bool isExclusion(Core::Disposition disposition);
    // A crisis contact must be offered a follow-up: true while it is open or completed, false
    // for the exclusions (no one left to offer it to).
    static bool requiresFollowUpProposal(const Core::Contact &contact);
    // Blanks the identifying fields of an anonymous inquirer (phone, place, heardOf).
    static void applyAnonymity(Core::Contact &contact);
};

} // namespace Nav::Contacts

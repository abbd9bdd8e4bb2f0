// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "contacts/contactrules.h"

#include "contacts/phonenumber.h"

namespace Nav::Contacts {

using namespace Nav::Core;

namespace {

void add(QList<FieldIssue> &issues, const char *field, const QString &message)
{
    issues.append(FieldIssue{QString::fromLatin1(field), message});
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

} // namespace

bool ContactRules::isExclusion(Disposition disposition)
{
    switch (disposition) {
    case Disposition::Robocall:
    case Disposition::Static:
    case Disposition::Spam:
    case Disposition::Abandoned:
    case Disposition::WrongNumber:
        return true;
    case Disposition::None:
    case Disposition::Completed:
        return false;
    }
    return false;
}

bool ContactRules::requiresFollowUpProposal(const Contact &contact)
{
    return contact.crisis && !isExclusion(contact.disposition);
}

void ContactRules::applyAnonymity(Contact &contact)
{
    if (!contact.inquirer.anonymous)
        return;
    contact.inquirer.phone.clear();
    contact.inquirer.place.clear();
    contact.inquirer.heardOf.clear();
}

QList<FieldIssue> ContactRules::validateDraft(const Contact &contact)
{
    QList<FieldIssue> issues;
    const Inquirer &who = contact.inquirer;
    if (who.anonymous) {
        if (!who.phone.isEmpty())
            add(issues, Field::Phone, tr("An anonymous contact cannot keep a phone number."));
        if (!who.place.isEmpty())
            add(issues, Field::Place, tr("An anonymous contact cannot keep a place."));
        if (!who.heardOf.isEmpty()) {
            add(issues, Field::HeardOf,
                tr("An anonymous contact cannot keep how the person heard of 211."));
        }
    } else if (!isBlank(who.phone)) {
        if (const auto e164 = PhoneNumber::normalise(who.phone); !e164)
            add(issues, Field::Phone, e164.error().message);
    }
    if (contact.start.isValid() && contact.end.isValid() && contact.end < contact.start)
        add(issues, Field::End, tr("The end time is before the start time."));
    return issues;
}

QList<FieldIssue> ContactRules::validateClose(const Contact &contact, const QDateTime &now)
{
    QList<FieldIssue> issues;
    if (contact.disposition == Disposition::None)
        add(issues, Field::Disposition, tr("Choose how the contact ended before closing it."));
    issues += validateDraft(contact);
    if (!contact.start.isValid())
        add(issues, Field::Start, tr("The start time is missing."));
    if (!contact.end.isValid())
        add(issues, Field::End, tr("The end time is missing: record when the contact ended."));

    if (contact.disposition == Disposition::Completed) {
        if (contact.needs.isEmpty() && contact.referrals.isEmpty()) {
            add(issues, Field::Needs,
                tr("A completed contact needs at least one need, referral or piece of "
                   "information given."));
        }
        for (qsizetype i = 0; i < contact.needs.size(); ++i) {
            if (isBlank(contact.needs[i].category))
                add(issues, Field::Needs, tr("Need %1 has no category.").arg(i + 1));
        }
        for (qsizetype i = 0; i < contact.referrals.size(); ++i) {
            const Referral &r = contact.referrals[i];
            if (r.isInformationOnly() && isBlank(r.information)) {
                add(issues, Field::Referrals,
                    tr("Information given %1 is empty: write what was given.").arg(i + 1));
            } else if (!r.isInformationOnly() && isBlank(r.name)) {
                add(issues, Field::Referrals, tr("Referral %1 has no service name.").arg(i + 1));
            }
        }
        for (qsizetype i = 0; i < contact.unmetNeeds.size(); ++i) {
            if (isBlank(contact.unmetNeeds[i].category))
                add(issues, Field::UnmetNeeds, tr("Unmet need %1 has no category.").arg(i + 1));
        }
        if (contact.interpreterUsed && isBlank(contact.interpreterLanguage))
            add(issues, Field::Interpreter, tr("Choose the interpreter's language."));
    }

    if (requiresFollowUpProposal(contact) && !contact.followUp) {
        add(issues, Field::FollowUp,
            tr("This is a crisis contact: propose a follow-up and record whether the person "
               "agreed."));
    }
    if (contact.followUp) {
        const FollowUp &f = *contact.followUp;
        issues += validateFollowUp(f, now);
        const bool byPhone = f.method == FollowUpMethod::Phone || f.method == FollowUpMethod::Text;
        const bool havePhone = !contact.inquirer.anonymous && !isBlank(contact.inquirer.phone);
        if (f.consent && byPhone && !havePhone) {
            add(issues, Field::FollowUpMethod,
                tr("A follow-up by phone or text needs the person's phone number."));
        }
    }
    if (contact.survey)
        issues += validateSurvey(*contact.survey);
    return issues;
}

QList<FieldIssue> ContactRules::validateFollowUp(const FollowUp &followUp, const QDateTime &now)
{
    QList<FieldIssue> issues;
    if (!followUp.consentAt.isValid())
        add(issues, Field::FollowUpConsent, tr("Record whether the person agreed to a follow-up."));
    if (!followUp.consent)
        return issues; // declined (or not answered yet): nothing to schedule

    if (!followUp.due.isValid())
        add(issues, Field::FollowUpDue, tr("Choose the date of the follow-up."));
    else if (now.isValid() && followUp.due < now.date())
        add(issues, Field::FollowUpDue, tr("The follow-up date is in the past."));
    if (followUp.windowStart.isValid() && followUp.windowEnd.isValid()
        && followUp.windowStart >= followUp.windowEnd) {
        add(issues, Field::FollowUpWindow,
            tr("The preferred time window must start before it ends."));
    }
    if (isBlank(followUp.reason))
        add(issues, Field::FollowUp, tr("Give the reason for the follow-up."));
    return issues;
}

QList<FieldIssue> ContactRules::validateSurvey(const SurveyResponse &survey)
{
    QList<FieldIssue> issues;
    const bool hasAnswers = survey.satisfaction != Satisfaction::Unknown
                            || survey.wouldContactAgain != Answer::Unknown
                            || !isBlank(survey.comment);
    if (survey.asked) {
        if (!survey.consent && hasAnswers) {
            add(issues, Field::Survey,
                tr("Answers can be recorded only if the person agreed to the survey."));
        }
        if (survey.consent && survey.satisfaction == Satisfaction::Unknown)
            add(issues, Field::SurveySatisfaction, tr("Choose how satisfied the person is."));
        return issues;
    }
    if (survey.notAskedReason == SurveyNotAskedReason::None) {
        add(issues, Field::SurveyNotAsked, tr("Say why the survey was not offered."));
    } else if (survey.notAskedReason == SurveyNotAskedReason::Other
               && isBlank(survey.notAskedNote)) {
        add(issues, Field::SurveyNotAsked,
            tr("Describe the other reason the survey was not offered."));
    }
    if (survey.consent || hasAnswers)
        add(issues, Field::Survey, tr("A survey that was not offered cannot have answers."));
    return issues;
}

QList<FieldIssue> ContactRules::validateOutcome(const FollowUpOutcome &outcome)
{
    QList<FieldIssue> issues;
    if (outcome.reach != FollowUpReach::Reached) {
        const bool answered = outcome.followed != Recommendations::Unknown
                              || outcome.betterPrepared != Answer::Unknown
                              || outcome.helpedWellBeing != Answer::Unknown
                              || outcome.needsMet != Answer::Unknown
                              || outcome.unmetReason.has_value()
                              || !outcome.newReferrals.isEmpty();
        if (answered) {
            add(issues, Field::Outcome,
                tr("The person was not reached: answers about recommendations, needs and new "
                   "referrals cannot be recorded."));
        }
        return issues;
    }
    if (outcome.followed == Recommendations::Unknown) {
        add(issues, Field::OutcomeFollowed,
            tr("Say whether the person followed the recommendations."));
    }
    if (outcome.needsMet == Answer::Unknown) {
        add(issues, Field::OutcomeUnmetReason, tr("Say whether the person's needs were met."));
    } else if (outcome.needsMet == Answer::No && !outcome.unmetReason) {
        add(issues, Field::OutcomeUnmetReason, tr("Choose why the needs were not met."));
    } else if (outcome.needsMet != Answer::No && outcome.unmetReason) {
        add(issues, Field::OutcomeUnmetReason,
            tr("A reason is recorded only when the needs were not met."));
    }
    for (qsizetype i = 0; i < outcome.newReferrals.size(); ++i) {
        const Referral &r = outcome.newReferrals[i];
        const bool empty = r.isInformationOnly() ? isBlank(r.information) : isBlank(r.name);
        if (empty)
            add(issues, Field::Outcome, tr("New referral %1 is empty.").arg(i + 1));
    }
    return issues;
}

} // namespace Nav::Contacts

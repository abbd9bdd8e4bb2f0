// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/surveyform.h"

#include "ui/contacts/choicecombo.h"
#include "ui/contacts/enumcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Nav::Ui {

SurveyForm::SurveyForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("surveyForm"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_script = new QLabel(this);
    m_script->setObjectName(QStringLiteral("surveyScriptLabel"));
    m_script->setWordWrap(true);
    m_script->setStyleSheet(QStringLiteral("font-style: italic;"));
    outer->addWidget(m_script);
    outer->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::Survey), this));

    auto *form = new QFormLayout;
    outer->addLayout(form);

    m_asked = new QCheckBox(this);
    m_asked->setObjectName(QStringLiteral("surveyAskedCheck"));
    form->addRow(m_asked);

    // When the survey was not asked: why. These come right after the check box so the Tab
    // order skips them (disabled) on the usual path.
    m_notAskedReason = new QComboBox(this);
    m_notAskedReason->setObjectName(QStringLiteral("surveyNotAskedReasonCombo"));
    m_notAskedLabel = new QLabel(this);
    m_notAskedLabel->setBuddy(m_notAskedReason);
    form->addRow(m_notAskedLabel, m_notAskedReason);
    m_notAskedNote = new QLineEdit(this);
    m_notAskedNote->setObjectName(QStringLiteral("surveyNotAskedNoteEdit"));
    m_notAskedNoteLabel = new QLabel(this);
    m_notAskedNoteLabel->setBuddy(m_notAskedNote);
    form->addRow(m_notAskedNoteLabel, m_notAskedNote);
    form->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::SurveyNotAsked), this));

    m_consent = new QCheckBox(this);
    m_consent->setObjectName(QStringLiteral("surveyConsentCheck"));
    form->addRow(m_consent);

    m_satisfaction = new QComboBox(this);
    m_satisfaction->setObjectName(QStringLiteral("surveySatisfactionCombo"));
    m_satisfactionLabel = new QLabel(this);
    m_satisfactionLabel->setBuddy(m_satisfaction);
    form->addRow(m_satisfactionLabel, m_satisfaction);
    form->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::SurveySatisfaction), this));

    m_again = new QComboBox(this);
    m_again->setObjectName(QStringLiteral("surveyContactAgainCombo"));
    m_againLabel = new QLabel(this);
    m_againLabel->setBuddy(m_again);
    form->addRow(m_againLabel, m_again);

    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("surveyCommentEdit"));
    m_commentLabel = new QLabel(this);
    m_commentLabel->setBuddy(m_comment);
    form->addRow(m_commentLabel, m_comment);

    m_channelLabel = new QLabel(this);
    m_channelLabel->setObjectName(QStringLiteral("surveyChannelLabel"));
    form->addRow(m_channelLabel);

    setTabOrder(m_asked, m_notAskedReason);
    setTabOrder(m_notAskedReason, m_notAskedNote);
    setTabOrder(m_notAskedNote, m_consent);
    setTabOrder(m_consent, m_satisfaction);
    setTabOrder(m_satisfaction, m_again);
    setTabOrder(m_again, m_comment);

    connect(m_asked, &QCheckBox::toggled, this, &SurveyForm::onEdited);
    connect(m_consent, &QCheckBox::toggled, this, &SurveyForm::onEdited);
    for (QComboBox *c : {m_notAskedReason, m_satisfaction, m_again})
        connect(c, &QComboBox::currentIndexChanged, this, &SurveyForm::onEdited);
    for (QLineEdit *e : {m_notAskedNote, m_comment})
        connect(e, &QLineEdit::textEdited, this, &SurveyForm::onEdited);

    retranslateUi();
    updateEnabled();
}

void SurveyForm::retranslateUi()
{
    m_script->setText(tr("Before you go, may I ask you two quick questions about this call?"));
    m_asked->setText(tr("Survey as&ked"));
    m_notAskedLabel->setText(tr("&Why not asked:"));
    m_notAskedNoteLabel->setText(tr("No&te:"));
    m_notAskedNote->setPlaceholderText(tr("optional, nothing that identifies the person"));
    m_consent->setText(tr("Person agreed to &answer"));
    m_satisfactionLabel->setText(tr("&Satisfaction with this call:"));
    m_againLabel->setText(tr("Would &use 211 again:"));
    m_commentLabel->setText(tr("C&omment:"));
    m_comment->setPlaceholderText(tr("in the person's words"));
    m_channelLabel->setText(tr("Asked on: %1").arg(Core::labelOf(m_channel)));
    const QString choose = tr("— choose —");
    fillChoiceCombo(m_notAskedReason, Core::SurveyNotAskedReason::None, choose,
                    {Core::SurveyNotAskedReason::Crisis, Core::SurveyNotAskedReason::PersonHadToGo,
                     Core::SurveyNotAskedReason::NotAppropriate,
                     Core::SurveyNotAskedReason::LanguageBarrier,
                     Core::SurveyNotAskedReason::Other});
    fillChoiceCombo(m_satisfaction, Core::Satisfaction::Unknown, choose,
                    {Core::Satisfaction::VerySatisfied, Core::Satisfaction::Satisfied,
                     Core::Satisfaction::NotSatisfied});
    fillChoiceCombo(m_again, Core::Answer::Unknown, choose, {Core::Answer::Yes, Core::Answer::No});
    // Messages already shown came from the rules in the old language.
    if (m_issuesShown)
        applyIssues(validate());
}

void SurveyForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SurveyForm::updateEnabled()
{
    const bool asked = m_asked->isChecked();
    const bool answering = asked && m_consent->isChecked();
    m_notAskedLabel->setEnabled(!asked);
    m_notAskedReason->setEnabled(!asked);
    m_notAskedNoteLabel->setEnabled(!asked);
    m_notAskedNote->setEnabled(!asked);
    m_consent->setEnabled(asked);
    for (QWidget *w : std::initializer_list<QWidget *>{m_satisfactionLabel, m_satisfaction,
                                                       m_againLabel, m_again, m_commentLabel,
                                                       m_comment}) {
        w->setEnabled(answering);
    }
}

void SurveyForm::onEdited()
{
    if (m_loading)
        return;
    updateEnabled();
    if (m_issuesShown)
        applyIssues(validate());
    Q_EMIT changed();
}

void SurveyForm::setSurvey(const Core::SurveyResponse &survey)
{
    m_loading = true;
    m_at = survey.at;
    m_channel = survey.channel;
    m_asked->setChecked(survey.asked);
    selectEnum(m_notAskedReason, survey.notAskedReason);
    m_notAskedNote->setText(survey.notAskedNote);
    m_consent->setChecked(survey.consent);
    selectEnum(m_satisfaction, survey.satisfaction);
    selectEnum(m_again, survey.wouldContactAgain);
    m_comment->setText(survey.comment);
    m_channelLabel->setText(tr("Asked on: %1").arg(Core::labelOf(m_channel)));
    updateEnabled();
    showIssues({});
    m_loading = false;
}

Core::SurveyResponse SurveyForm::survey() const
{
    Core::SurveyResponse s;
    s.channel = m_channel;
    s.at = m_at;
    s.asked = m_asked->isChecked();
    if (!s.asked) {
        s.notAskedReason = enumOf(m_notAskedReason, Core::SurveyNotAskedReason::None);
        s.notAskedNote = m_notAskedNote->text().trimmed();
        return s;
    }
    s.consent = m_consent->isChecked();
    if (s.consent) {
        s.satisfaction = enumOf(m_satisfaction, Core::Satisfaction::Unknown);
        s.wouldContactAgain = enumOf(m_again, Core::Answer::Unknown);
        s.comment = m_comment->text().trimmed();
    }
    return s;
}

void SurveyForm::setChannel(Core::Channel channel)
{
    m_channel = channel;
    m_channelLabel->setText(tr("Asked on: %1").arg(Core::labelOf(m_channel)));
}

QList<Contacts::FieldIssue> SurveyForm::validate() const
{
    return Contacts::ContactRules::validateSurvey(survey());
}

void SurveyForm::showIssues(const QList<Contacts::FieldIssue> &issues)
{
    // From now on the messages follow the form, until it is filled anew.
    m_issuesShown = !issues.isEmpty();
    applyIssues(issues);
}

void SurveyForm::applyIssues(const QList<Contacts::FieldIssue> &issues)
{
    m_issues.show(issues, QString::fromLatin1(Contacts::Field::Survey));
}

void SurveyForm::focusFirstField()
{
    m_asked->setFocus(Qt::OtherFocusReason);
}

} // namespace Nav::Ui

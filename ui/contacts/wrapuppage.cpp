// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/wrapuppage.h"

#include "ui/contacts/enumcombo.h"
#include "ui/contacts/surveyform.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Nav::Ui {

namespace {
const QList<Core::Disposition> kDispositions = {
    Core::Disposition::Completed, Core::Disposition::Robocall, Core::Disposition::Static,
    Core::Disposition::Spam,      Core::Disposition::Abandoned, Core::Disposition::WrongNumber};
}

WrapUpPage::WrapUpPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("wrapUpSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_summary->setVisible(false);
    outer->addWidget(m_title);
    outer->addWidget(m_summary);

    // Disposition.
    m_dispositionBox = new QGroupBox(this);
    auto *dispLayout = new QVBoxLayout(m_dispositionBox);
    m_dispositions = new QButtonGroup(this);
    auto *grid = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    for (qsizetype i = 0; i < kDispositions.size(); ++i) {
        auto *b = new QRadioButton(m_dispositionBox);
        b->setObjectName(QStringLiteral("disposition-%1").arg(Core::codeOf(kDispositions[i])));
        m_dispositions->addButton(b, int(i));
        m_dispositionButtons.insert(kDispositions[i], b);
        (i == 0 ? left : right)->addWidget(b);
    }
    left->addStretch(1);
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);
    dispLayout->addLayout(grid);
    dispLayout->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::Disposition), this));
    dispLayout->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::Needs), this));
    auto *endRow = new QHBoxLayout;
    m_endLabel = new QLabel(m_dispositionBox);
    m_end = new QDateTimeEdit(m_dispositionBox);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setCalendarPopup(true);
    m_endLabel->setBuddy(m_end);
    endRow->addWidget(m_endLabel);
    endRow->addWidget(m_end);
    endRow->addStretch(1);
    dispLayout->addLayout(endRow);
    dispLayout->addWidget(m_issues.add(QString::fromLatin1(Contacts::Field::End), this));
    outer->addWidget(m_dispositionBox);

    // Follow-up proposal.
    m_followUpBox = new QGroupBox(this);
    m_followUpBox->setObjectName(QStringLiteral("followUpBox"));
    m_followUpBox->setCheckable(true);
    m_followUpBox->setChecked(false);
    auto *fuLayout = new QFormLayout(m_followUpBox);
    m_crisisNote = new QLabel(m_followUpBox);
    m_crisisNote->setWordWrap(true);
    m_crisisNote->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_crisisNote->setVisible(false);
    fuLayout->addRow(m_crisisNote);
    auto *consentRow = new QHBoxLayout;
    m_consentYes = new QRadioButton(m_followUpBox);
    m_consentYes->setObjectName(QStringLiteral("followUpConsentYes"));
    m_consentNo = new QRadioButton(m_followUpBox);
    m_consentNo->setObjectName(QStringLiteral("followUpConsentNo"));
    consentRow->addWidget(m_consentYes);
    consentRow->addWidget(m_consentNo);
    consentRow->addStretch(1);
    fuLayout->addRow(consentRow);
    fuLayout->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::FollowUpConsent), this));
    m_method = new QComboBox(m_followUpBox);
    m_method->setObjectName(QStringLiteral("followUpMethodCombo"));
    m_methodLabel = new QLabel(m_followUpBox);
    m_methodLabel->setBuddy(m_method);
    fuLayout->addRow(m_methodLabel, m_method);
    fuLayout->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::FollowUpMethod), this));
    m_due = new QDateEdit(m_followUpBox);
    m_due->setObjectName(QStringLiteral("followUpDueEdit"));
    m_due->setCalendarPopup(true);
    m_dueLabel = new QLabel(m_followUpBox);
    m_dueLabel->setBuddy(m_due);
    auto *dueRow = new QHBoxLayout;
    m_anyTime = new QCheckBox(m_followUpBox);
    m_anyTime->setObjectName(QStringLiteral("followUpAnyTimeCheck"));
    m_anyTime->setChecked(true);
    m_windowStart = new QTimeEdit(QTime(9, 0), m_followUpBox);
    m_windowStart->setObjectName(QStringLiteral("followUpWindowStart"));
    m_windowEnd = new QTimeEdit(QTime(17, 0), m_followUpBox);
    m_windowEnd->setObjectName(QStringLiteral("followUpWindowEnd"));
    dueRow->addWidget(m_due);
    dueRow->addWidget(m_anyTime);
    dueRow->addWidget(m_windowStart);
    dueRow->addWidget(new QLabel(QStringLiteral("–"), m_followUpBox));
    dueRow->addWidget(m_windowEnd);
    dueRow->addStretch(1);
    fuLayout->addRow(m_dueLabel, dueRow);
    fuLayout->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::FollowUpDue), this));
    fuLayout->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::FollowUpWindow), this));
    m_reason = new QLineEdit(m_followUpBox);
    m_reason->setObjectName(QStringLiteral("followUpReasonEdit"));
    m_reasonLabel = new QLabel(m_followUpBox);
    m_reasonLabel->setBuddy(m_reason);
    fuLayout->addRow(m_reasonLabel, m_reason);
    m_assignee = new QComboBox(m_followUpBox);
    m_assignee->setObjectName(QStringLiteral("followUpAssigneeCombo"));
    m_assigneeLabel = new QLabel(m_followUpBox);
    m_assigneeLabel->setBuddy(m_assignee);
    fuLayout->addRow(m_assigneeLabel, m_assignee);
    fuLayout->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::FollowUp), this));
    outer->addWidget(m_followUpBox);

    // Survey.
    m_surveyBox = new QGroupBox(this);
    auto *surveyLayout = new QVBoxLayout(m_surveyBox);
    m_survey = new SurveyForm(m_surveyBox);
    surveyLayout->addWidget(m_survey);
    outer->addWidget(m_surveyBox);
    outer->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToFormButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeContactButton"));
    m_close->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    outer->addLayout(buttons);

    const auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_dispositions, &QButtonGroup::idToggled, this, [this, emitChanged](int, bool on) {
        if (on) {
            updateEnabled();
            emitChanged();
        }
    });
    connect(m_followUpBox, &QGroupBox::toggled, this, [this, emitChanged] {
        updateEnabled();
        emitChanged();
    });
    connect(m_consentYes, &QRadioButton::toggled, this, [this, emitChanged] {
        updateEnabled();
        emitChanged();
    });
    connect(m_anyTime, &QCheckBox::toggled, this, [this, emitChanged] {
        updateEnabled();
        emitChanged();
    });
    for (QComboBox *c : {m_method, m_assignee})
        connect(c, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, emitChanged);
    connect(m_due, &QDateEdit::dateChanged, this, emitChanged);
    connect(m_windowStart, &QTimeEdit::timeChanged, this, emitChanged);
    connect(m_windowEnd, &QTimeEdit::timeChanged, this, emitChanged);
    connect(m_reason, &QLineEdit::textEdited, this, emitChanged);
    connect(m_survey, &SurveyForm::changed, this, emitChanged);
    connect(m_close, &QPushButton::clicked, this, &WrapUpPage::closeRequested);
    connect(m_back, &QPushButton::clicked, this, &WrapUpPage::backRequested);

    for (QComboBox *c : findChildren<QComboBox *>()) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }
    retranslateUi();
    updateEnabled();
}

void WrapUpPage::retranslateUi()
{
    m_title->setText(tr("Wrap-up"));
    m_dispositionBox->setTitle(tr("How did the contact end? (required)"));
    for (qsizetype i = 0; i < kDispositions.size(); ++i) {
        //: %1 is the key (1 to 6), %2 a disposition such as "Completed"
        m_dispositionButtons.value(kDispositions[i])
            ->setText(tr("&%1  %2").arg(i + 1).arg(Core::labelOf(kDispositions[i])));
    }
    m_endLabel->setText(tr("&Ended at:"));
    m_followUpBox->setTitle(tr("Follow-up &proposed"));
    m_crisisNote->setText(tr("Crisis contact: a follow-up must be proposed. Record the "
                             "person's answer."));
    m_consentYes->setText(tr("Person agrees (consent &yes)"));
    m_consentNo->setText(tr("Person declines (&no)"));
    m_methodLabel->setText(tr("&Method:"));
    m_dueLabel->setText(tr("&Due:"));
    m_anyTime->setText(tr("any time, or between"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("e.g. check that the shelter had a bed"));
    m_assigneeLabel->setText(tr("Assi&gned to:"));
    m_surveyBox->setTitle(tr("Satisfaction survey"));
    m_back->setText(tr("Back to the form (Esc)"));
    m_close->setText(tr("&Close contact (Ctrl+Enter)"));
    fillEnumCombo<Core::FollowUpMethod>(m_method);
    fillEnumCombo<Core::FollowUpAssignee>(m_assignee);
}

void WrapUpPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WrapUpPage::updateEnabled()
{
    const bool proposed = m_followUpBox->isChecked();
    const bool agreed = proposed && m_consentYes->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_method), static_cast<QWidget *>(m_due),
                       static_cast<QWidget *>(m_anyTime), static_cast<QWidget *>(m_reason),
                       static_cast<QWidget *>(m_assignee)})
        w->setEnabled(agreed);
    m_windowStart->setEnabled(agreed && !m_anyTime->isChecked());
    m_windowEnd->setEnabled(agreed && !m_anyTime->isChecked());
    // Exclusions (robocall, static...) are not surveyed.
    const int id = m_dispositions->checkedId();
    const bool completed = id < 0 || kDispositions.value(id) == Core::Disposition::Completed;
    m_surveyBox->setEnabled(completed);
}

void WrapUpPage::setContact(const Core::Contact &contact, const QDateTime &now)
{
    m_loading = true;
    m_dispositions->setExclusive(false);
    for (QRadioButton *b : std::as_const(m_dispositionButtons))
        b->setChecked(false);
    m_dispositions->setExclusive(true);
    if (QRadioButton *b = m_dispositionButtons.value(contact.disposition))
        b->setChecked(true);
    m_end->setDateTime(contact.end.isValid() ? contact.end.toLocalTime() : now.toLocalTime());
    m_crisisNote->setVisible(contact.crisis);
    const auto &fu = contact.followUp;
    m_followUpBox->setChecked(fu.has_value() || contact.crisis);
    m_consentYes->setAutoExclusive(false);
    m_consentNo->setAutoExclusive(false);
    m_consentYes->setChecked(fu && fu->consent);
    m_consentNo->setChecked(fu && !fu->consent && fu->consentAt.isValid());
    m_consentYes->setAutoExclusive(true);
    m_consentNo->setAutoExclusive(true);
    m_consentAt = fu ? fu->consentAt : QDateTime();
    selectEnum(m_method, fu ? fu->method : Core::FollowUpMethod::Phone);
    m_due->setDate(fu && fu->due.isValid() ? fu->due : now.toLocalTime().date().addDays(2));
    const bool window = fu && fu->windowStart.isValid() && fu->windowEnd.isValid();
    m_anyTime->setChecked(!window);
    if (window) {
        m_windowStart->setTime(fu->windowStart);
        m_windowEnd->setTime(fu->windowEnd);
    }
    m_reason->setText(fu ? fu->reason : QString());
    selectEnum(m_assignee, fu ? fu->assignee : Core::FollowUpAssignee::Me);
    Core::SurveyResponse survey = contact.survey.value_or(Core::SurveyResponse{});
    survey.channel = contact.channel;
    m_survey->setSurvey(survey);
    m_survey->setChannel(contact.channel);
    showIssues({});
    updateEnabled();
    m_loading = false;
}

void WrapUpPage::apply(Core::Contact &contact, const QDateTime &now) const
{
    const int id = m_dispositions->checkedId();
    contact.disposition = id >= 0 ? kDispositions.value(id) : Core::Disposition::None;
    contact.end = m_end->dateTime();
    if (contact.start.isValid() && contact.end >= contact.start)
        contact.talkSeconds = int(contact.start.secsTo(contact.end));
    if (!m_followUpBox->isChecked()) {
        contact.followUp.reset();
    } else {
        Core::FollowUp fu = contact.followUp.value_or(Core::FollowUp{});
        const bool answered = m_consentYes->isChecked() || m_consentNo->isChecked();
        fu.consent = m_consentYes->isChecked();
        // No answer recorded yet leaves consentAt empty: the rules then ask for one.
        fu.consentAt = answered ? (m_consentAt.isValid() ? m_consentAt : now) : QDateTime();
        fu.method = enumOf(m_method, Core::FollowUpMethod::Phone);
        fu.due = m_due->date();
        if (m_anyTime->isChecked()) {
            fu.windowStart = QTime();
            fu.windowEnd = QTime();
        } else {
            fu.windowStart = m_windowStart->time();
            fu.windowEnd = m_windowEnd->time();
        }
        fu.reason = m_reason->text().trimmed();
        fu.assignee = enumOf(m_assignee, Core::FollowUpAssignee::Me);
        contact.followUp = fu;
    }
    if (m_surveyBox->isEnabled()) {
        Core::SurveyResponse s = m_survey->survey();
        s.channel = contact.channel;
        if (!s.at.isValid())
            s.at = now;
        contact.survey = s;
    } else {
        contact.survey.reset();
    }
}

void WrapUpPage::showIssues(const QList<Contacts::FieldIssue> &issues)
{
    QList<Contacts::FieldIssue> own;
    QList<Contacts::FieldIssue> surveyIssues;
    for (const auto &i : issues)
        (i.field.startsWith(QLatin1String(Contacts::Field::Survey)) ? surveyIssues : own).append(i);
    // Issues of the intake form have no label here: they are listed in the summary.
    const QStringList elsewhere = m_issues.show(own);
    m_survey->showIssues(surveyIssues);
    if (issues.isEmpty()) {
        m_summary->setVisible(false);
        return;
    }
    QString summary = tr("%n thing(s) to fix before closing.", nullptr, int(issues.size()));
    if (!elsewhere.isEmpty())
        summary += QLatin1Char(' ') + tr("On the form (Esc): %1").arg(elsewhere.join(QLatin1Char(' ')));
    m_summary->setText(summary);
    m_summary->setVisible(true);
}

void WrapUpPage::focusFirstField()
{
    if (QAbstractButton *b = m_dispositions->checkedButton())
        b->setFocus();
    else
        m_dispositionButtons.value(Core::Disposition::Completed)->setFocus();
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/followupoutcomedialog.h"

#include "contacts/phonenumber.h"
#include "ui/contacts/choicecombo.h"
#include "ui/contacts/enumcombo.h"
#include "ui/contacts/followupqueuemodel.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Nav::Ui {

namespace {
// Issues of the outcome as a whole, and of fields the form has no place for, go at the top.
constexpr const char *kGeneralIssues = Contacts::Field::Outcome;

QPlainTextEdit *shortTextEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    // Tab leaves the box: the form is filled with the keyboard.
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4);
    return edit;
}
} // namespace

FollowUpOutcomeDialog::FollowUpOutcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpOutcomeDialog"));
    auto *outer = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("outcomeSummaryLabel"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);
    m_phone = new QLabel(this);
    m_phone->setObjectName(QStringLiteral("outcomePhoneLabel"));
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont phoneFont = m_phone->font();
    phoneFont.setBold(true);
    m_phone->setFont(phoneFont);
    outer->addWidget(m_phone);
    m_crisis = new QLabel(this);
    m_crisis->setObjectName(QStringLiteral("outcomeCrisisLabel"));
    m_crisis->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_crisis->setVisible(false);
    outer->addWidget(m_crisis);
    m_attempt = new QLabel(this);
    m_attempt->setObjectName(QStringLiteral("outcomeAttemptLabel"));
    outer->addWidget(m_attempt);
    m_lastAttempt = new QLabel(this);
    m_lastAttempt->setObjectName(QStringLiteral("outcomeLastAttemptLabel"));
    m_lastAttempt->setWordWrap(true);
    m_lastAttempt->setVisible(false);
    outer->addWidget(m_lastAttempt);
    outer->addWidget(m_issues.add(QString::fromLatin1(kGeneralIssues), this));

    // How the call went.
    m_reachBox = new QGroupBox(this);
    m_reachBox->setObjectName(QStringLiteral("outcomeReachBox"));
    auto *reachLayout = new QHBoxLayout(m_reachBox);
    m_reach = new QButtonGroup(this);
    m_reached = new QRadioButton(m_reachBox);
    m_reached->setObjectName(QStringLiteral("outcomeReachedRadio"));
    m_noAnswer = new QRadioButton(m_reachBox);
    m_noAnswer->setObjectName(QStringLiteral("outcomeNoAnswerRadio"));
    m_voicemail = new QRadioButton(m_reachBox);
    m_voicemail->setObjectName(QStringLiteral("outcomeVoicemailRadio"));
    m_reach->addButton(m_reached, int(Core::FollowUpReach::Reached));
    m_reach->addButton(m_noAnswer, int(Core::FollowUpReach::NoAnswer));
    m_reach->addButton(m_voicemail, int(Core::FollowUpReach::Voicemail));
    reachLayout->addWidget(m_reached);
    reachLayout->addWidget(m_noAnswer);
    reachLayout->addWidget(m_voicemail);
    reachLayout->addStretch(1);
    outer->addWidget(m_reachBox);

    // The safe voicemail script: read as written, nothing more.
    m_scriptBox = new QWidget(this);
    m_scriptBox->setObjectName(QStringLiteral("voicemailScriptBox"));
    m_scriptBox->setStyleSheet(QStringLiteral(
        "#voicemailScriptBox { background: #fff4ce; border: 1px solid #c8a600; }"));
    auto *scriptLayout = new QVBoxLayout(m_scriptBox);
    m_scriptTitle = new QLabel(m_scriptBox);
    QFont bold = m_scriptTitle->font();
    bold.setBold(true);
    m_scriptTitle->setFont(bold);
    m_scriptTitle->setWordWrap(true);
    m_script = new QLabel(m_scriptBox);
    m_script->setObjectName(QStringLiteral("voicemailScriptLabel"));
    m_script->setWordWrap(true);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scriptLayout->addWidget(m_scriptTitle);
    scriptLayout->addWidget(m_script);
    m_scriptBox->setVisible(false);
    outer->addWidget(m_scriptBox);

    // What came of it, asked only when the person was reached.
    m_reachedBox = new QGroupBox(this);
    m_reachedBox->setObjectName(QStringLiteral("outcomeReachedBox"));
    auto *form = new QFormLayout(m_reachedBox);
    const auto addCombo = [&](const char *name, QLabel *&label, QComboBox *&combo) {
        combo = new QComboBox(m_reachedBox);
        combo->setObjectName(QLatin1String(name));
        label = new QLabel(m_reachedBox);
        label->setBuddy(combo);
        form->addRow(label, combo);
    };
    addCombo("outcomeFollowedCombo", m_followedLabel, m_followed);
    form->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::OutcomeFollowed), this));
    addCombo("outcomeBetterPreparedCombo", m_preparedLabel, m_prepared);
    addCombo("outcomeWellBeingCombo", m_wellBeingLabel, m_wellBeing);
    addCombo("outcomeNeedsMetCombo", m_needsMetLabel, m_needsMet);
    addCombo("outcomeUnmetReasonCombo", m_unmetReasonLabel, m_unmetReason);
    form->addRow(m_issues.add(QString::fromLatin1(Contacts::Field::OutcomeUnmetReason), this));
    m_referrals = shortTextEdit(m_reachedBox);
    m_referrals->setObjectName(QStringLiteral("outcomeNewReferralsEdit"));
    m_referralsLabel = new QLabel(m_reachedBox);
    m_referralsLabel->setBuddy(m_referrals);
    form->addRow(m_referralsLabel, m_referrals);
    m_note = shortTextEdit(m_reachedBox);
    m_note->setObjectName(QStringLiteral("outcomeNoteEdit"));
    m_noteLabel = new QLabel(m_reachedBox);
    m_noteLabel->setBuddy(m_note);
    form->addRow(m_noteLabel, m_note);
    outer->addWidget(m_reachedBox);
    outer->addStretch(1);

    // Own buttons, not standard ones: a language switch would give standard ones back their
    // stock labels.
    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("outcomeOkButton"));
    m_ok->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("outcomeCancelButton"));
    outer->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FollowUpOutcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FollowUpOutcomeDialog::reject);

    // Ctrl+Enter records from anywhere in the form, also from the multi-line boxes.
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this] {
            if (m_ok->isEnabled())
                accept();
        });
        addAction(a);
    }

    setTabOrder(m_reached, m_noAnswer);
    setTabOrder(m_noAnswer, m_voicemail);
    setTabOrder(m_voicemail, m_followed);
    setTabOrder(m_followed, m_prepared);
    setTabOrder(m_prepared, m_wellBeing);
    setTabOrder(m_wellBeing, m_needsMet);
    setTabOrder(m_needsMet, m_unmetReason);
    setTabOrder(m_unmetReason, m_referrals);
    setTabOrder(m_referrals, m_note);
    setTabOrder(m_note, m_ok);
    setTabOrder(m_ok, m_cancel);

    connect(m_reach, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onEdited();
    });
    for (QComboBox *c : {m_followed, m_prepared, m_wellBeing, m_needsMet, m_unmetReason})
        connect(c, &QComboBox::currentIndexChanged, this, &FollowUpOutcomeDialog::onEdited);
    for (QPlainTextEdit *e : {m_referrals, m_note})
        connect(e, &QPlainTextEdit::textChanged, this, &FollowUpOutcomeDialog::onEdited);

    retranslateUi();
    updateState();
    resize(560, sizeHint().height());
}

void FollowUpOutcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Follow-up outcome"));
    m_reachBox->setTitle(tr("How did the call go?"));
    m_reached->setText(tr("&Reached the person"));
    m_noAnswer->setText(tr("&No answer"));
    m_voicemail->setText(tr("&Voicemail left"));
    m_scriptTitle->setText(tr("Safe voicemail: say only this, nothing about why you call."));
    m_reachedBox->setTitle(tr("When the person was reached"));
    m_followedLabel->setText(tr("&Followed the recommendations:"));
    m_preparedLabel->setText(tr("Feels better &prepared:"));
    m_wellBeingLabel->setText(tr("Services helped their &health or well-being:"));
    m_needsMetLabel->setText(tr("Needs &met:"));
    m_unmetReasonLabel->setText(tr("&Why not met:"));
    m_referralsLabel->setText(tr("New referra&ls:"));
    m_referrals->setPlaceholderText(tr("One per line: the service or the information given"));
    m_noteLabel->setText(tr("N&ote:"));
    m_ok->setText(tr("Record outcome"));
    m_ok->setToolTip(tr("Ctrl+Enter"));
    m_cancel->setText(tr("Cancel"));

    const QString choose = tr("— choose —");
    fillChoiceCombo(m_followed, Core::Recommendations::Unknown, choose,
                    {Core::Recommendations::All, Core::Recommendations::Some,
                     Core::Recommendations::None});
    fillChoiceCombo(m_prepared, Core::Answer::Unknown, choose,
                    {Core::Answer::Yes, Core::Answer::No});
    fillChoiceCombo(m_wellBeing, Core::Answer::Unknown, choose,
                    {Core::Answer::Yes, Core::Answer::No, Core::Answer::NotApplicable});
    fillChoiceCombo(m_needsMet, Core::Answer::Unknown, choose,
                    {Core::Answer::Yes, Core::Answer::No});
    {
        // The unmet reason is optional in the type: the blank item carries no code.
        const QString current = m_unmetReason->currentData().toString();
        const QSignalBlocker block(m_unmetReason);
        m_unmetReason->clear();
        m_unmetReason->addItem(choose, QString());
        for (Core::UnmetReason r : Core::allValues<Core::UnmetReason>())
            m_unmetReason->addItem(Core::labelOf(r), Core::codeOf(r));
        const int at = m_unmetReason->findData(current);
        m_unmetReason->setCurrentIndex(at >= 0 ? at : 0);
    }
    m_script->setText(voicemailScript());
    updateHeader();
    if (m_issuesShown)
        applyIssues(validate());
}

void FollowUpOutcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString FollowUpOutcomeDialog::voicemailScript() const
{
    // Name and number only: a voicemail may be heard by anyone in the household.
    if (m_navigatorName.trimmed().isEmpty())
        return tr("Hello, this is 211 calling. Please call us back at 2-1-1. Thank you.");
    //: %1 is the navigator's first name
    return tr("Hello, this is %1 calling from 211. Please call us back at 2-1-1. Thank you.")
        .arg(m_navigatorName.trimmed());
}

void FollowUpOutcomeDialog::setNavigatorName(const QString &firstName)
{
    m_navigatorName = firstName;
    m_script->setText(voicemailScript());
}

void FollowUpOutcomeDialog::updateHeader()
{
    const Core::FollowUp &f = m_item.followUp;
    if (f.id == 0) {
        m_summary->clear();
        m_phone->clear();
        m_attempt->clear();
        return;
    }
    QString summary =
        tr("Due %1 · %2").arg(FollowUpQueueModel::dueText(f), Core::labelOf(f.method));
    if (!f.reason.isEmpty())
        summary = tr("%1\nReason: %2").arg(summary, f.reason);
    m_summary->setText(summary);
    // The number is shown here, where the navigator is about to call, and nowhere in the list.
    m_phone->setVisible(!m_item.phone.isEmpty());
    m_phone->setText(tr("Number: %1").arg(Contacts::PhoneNumber::format(m_item.phone)));
    m_crisis->setVisible(m_item.crisis);
    m_crisis->setText(tr("The first contact was a crisis contact."));
    const int attempt = m_item.failedAttempts() + 1;
    m_attempt->setText(tr("Attempt %1 of %2").arg(attempt).arg(m_maxFailedAttempts));
    m_lastAttempt->setVisible(attempt >= m_maxFailedAttempts);
    m_lastAttempt->setText(tr("If the person is not reached this time, the follow-up closes "
                              "as unreachable."));
}

void FollowUpOutcomeDialog::setFollowUp(const Contacts::FollowUpItem &item, int maxFailedAttempts)
{
    const bool other = item.followUp.id != m_item.followUp.id;
    m_item = item;
    m_maxFailedAttempts = std::max(1, maxFailedAttempts);
    if (other)
        clear();
    updateHeader();
}

void FollowUpOutcomeDialog::clear()
{
    m_loading = true;
    m_reach->setExclusive(false);
    for (QAbstractButton *b : m_reach->buttons())
        b->setChecked(false);
    m_reach->setExclusive(true);
    for (QComboBox *c : {m_followed, m_prepared, m_wellBeing, m_needsMet, m_unmetReason})
        c->setCurrentIndex(0);
    m_referrals->clear();
    m_note->clear();
    showIssues({});
    updateState();
    m_loading = false;
}

void FollowUpOutcomeDialog::setOutcome(const Core::FollowUpOutcome &outcome)
{
    clear();
    m_loading = true;
    if (QAbstractButton *b = m_reach->button(int(outcome.reach)))
        b->setChecked(true);
    selectEnum(m_followed, outcome.followed);
    selectEnum(m_prepared, outcome.betterPrepared);
    selectEnum(m_wellBeing, outcome.helpedWellBeing);
    selectEnum(m_needsMet, outcome.needsMet);
    m_unmetReason->setCurrentIndex(0);
    if (outcome.unmetReason)
        selectEnum(m_unmetReason, *outcome.unmetReason);
    QStringList lines;
    for (const Core::Referral &r : outcome.newReferrals)
        lines << (r.isInformationOnly() ? r.information : r.name);
    m_referrals->setPlainText(lines.join(QLatin1Char('\n')));
    m_note->setPlainText(outcome.note);
    updateState();
    m_loading = false;
}

void FollowUpOutcomeDialog::focusFirstField()
{
    QAbstractButton *checked = m_reach->checkedButton();
    (checked ? checked : m_reached)->setFocus(Qt::OtherFocusReason);
}

bool FollowUpOutcomeDialog::hasReach() const
{
    return m_reach->checkedId() >= 0;
}

Core::FollowUpOutcome FollowUpOutcomeDialog::outcome() const
{
    Core::FollowUpOutcome o;
    o.reach = hasReach() ? Core::FollowUpReach(m_reach->checkedId())
                         : Core::FollowUpReach::NoAnswer;
    if (o.reach != Core::FollowUpReach::Reached)
        return o;
    o.followed = enumOf(m_followed, Core::Recommendations::Unknown);
    o.betterPrepared = enumOf(m_prepared, Core::Answer::Unknown);
    o.helpedWellBeing = enumOf(m_wellBeing, Core::Answer::Unknown);
    o.needsMet = enumOf(m_needsMet, Core::Answer::Unknown);
    if (o.needsMet == Core::Answer::No)
        o.unmetReason = Core::fromCode<Core::UnmetReason>(m_unmetReason->currentData().toString());
    const QStringList lines = m_referrals->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        Core::Referral r;
        r.information = text;
        o.newReferrals.append(r);
    }
    o.note = m_note->toPlainText().trimmed();
    return o;
}

void FollowUpOutcomeDialog::updateState()
{
    const bool reached = m_reach->checkedId() == int(Core::FollowUpReach::Reached);
    m_reachedBox->setEnabled(reached);
    const bool unmet = reached && enumOf(m_needsMet, Core::Answer::Unknown) == Core::Answer::No;
    m_unmetReason->setEnabled(unmet);
    m_unmetReasonLabel->setEnabled(unmet);
    m_scriptBox->setVisible(m_reach->checkedId() == int(Core::FollowUpReach::Voicemail));
    m_ok->setEnabled(hasReach());
}

void FollowUpOutcomeDialog::onEdited()
{
    if (m_loading)
        return;
    updateState();
    if (m_issuesShown)
        applyIssues(validate());
    Q_EMIT changed();
}

QList<Contacts::FieldIssue> FollowUpOutcomeDialog::validate() const
{
    return Contacts::ContactRules::validateOutcome(outcome());
}

QWidget *FollowUpOutcomeDialog::fieldWidget(const QString &field) const
{
    if (field == QLatin1String(Contacts::Field::OutcomeFollowed))
        return m_followed;
    if (field == QLatin1String(Contacts::Field::OutcomeUnmetReason))
        return m_unmetReason->isEnabled() ? m_unmetReason : m_needsMet;
    return nullptr;
}

void FollowUpOutcomeDialog::showIssues(const QList<Contacts::FieldIssue> &issues)
{
    // From now on the messages follow the form, until it is filled anew.
    m_issuesShown = !issues.isEmpty();
    applyIssues(issues);
}

void FollowUpOutcomeDialog::applyIssues(const QList<Contacts::FieldIssue> &issues)
{
    m_issues.show(issues, QString::fromLatin1(kGeneralIssues));
}

void FollowUpOutcomeDialog::accept()
{
    if (!hasReach())
        return;
    const QList<Contacts::FieldIssue> issues = validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        QWidget *first = fieldWidget(issues.constFirst().field);
        if (first && first->isEnabled())
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    showIssues({});
    QDialog::accept();
}

} // namespace Nav::Ui

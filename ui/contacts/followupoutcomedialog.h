// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"
#include "ui/contacts/fieldissuelabels.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Nav::Ui {

// One attempt at a follow-up: how the call went (reached, no answer, voicemail left) and, when
// the person was reached, what came of the referrals. Choosing "voicemail" shows the safe
// voicemail script, which says only the navigator's first name and 211's number. The rules
// (ContactRules::validateOutcome) are checked on OK: the dialog stays open and shows each
// message beside its field until fixed.
//
// Shown with open() (never exec()); the owner reads outcome() when it is accepted.
class FollowUpOutcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FollowUpOutcomeDialog(QWidget *parent = nullptr);

    // The follow-up this attempt is for. The form is cleared when it is another follow-up than
    // the last one, and kept otherwise (so an outcome the store refused can be sent again).
    void setFollowUp(const Contacts::FollowUpItem &item, int maxFailedAttempts);
    qint64 followUpId() const { return m_item.followUp.id; }
    // The navigator's first name, for the voicemail script.
    void setNavigatorName(const QString &firstName);

    void setOutcome(const Core::FollowUpOutcome &outcome);
    // What the form says; `at` is left for the caller to stamp from its clock.
    Core::FollowUpOutcome outcome() const;
    bool hasReach() const;
    void clear();

    QList<Contacts::FieldIssue> validate() const;
    void showIssues(const QList<Contacts::FieldIssue> &issues);

    QString voicemailScript() const;
    // Puts the keyboard focus on the reach choice (the checked one, else "reached").
    void focusFirstField();

public Q_SLOTS:
    // Refuses (and shows why beside the fields) while the rules report issues.
    void accept() override;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyIssues(const QList<Contacts::FieldIssue> &issues);
    void updateState();
    void updateHeader();
    void onEdited();
    QWidget *fieldWidget(const QString &field) const;

    Contacts::FollowUpItem m_item;
    int m_maxFailedAttempts = 3;
    QString m_navigatorName;
    bool m_loading = false;
    bool m_issuesShown = false;
    FieldIssueLabels m_issues;

    QLabel *m_summary = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_crisis = nullptr;
    QLabel *m_attempt = nullptr;
    QLabel *m_lastAttempt = nullptr;
    QGroupBox *m_reachBox = nullptr;
    QButtonGroup *m_reach = nullptr;
    QRadioButton *m_reached = nullptr;
    QRadioButton *m_noAnswer = nullptr;
    QRadioButton *m_voicemail = nullptr;
    QLabel *m_scriptTitle = nullptr;
    QLabel *m_script = nullptr;
    QWidget *m_scriptBox = nullptr;
    QGroupBox *m_reachedBox = nullptr;
    QLabel *m_followedLabel = nullptr;
    QComboBox *m_followed = nullptr;
    QLabel *m_preparedLabel = nullptr;
    QComboBox *m_prepared = nullptr;
    QLabel *m_wellBeingLabel = nullptr;
    QComboBox *m_wellBeing = nullptr;
    QLabel *m_needsMetLabel = nullptr;
    QComboBox *m_needsMet = nullptr;
    QLabel *m_unmetReasonLabel = nullptr;
    QComboBox *m_unmetReason = nullptr;
    QLabel *m_referralsLabel = nullptr;
    QPlainTextEdit *m_referrals = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Nav::Ui

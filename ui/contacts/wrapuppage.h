// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactrules.h"
#include "ui/contacts/fieldissuelabels.h"
#include "core/contact.h"
#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimeEdit;

namespace Nav::Ui {

class SurveyForm;

// Closing a contact: its disposition (required), when it ended, the follow-up proposed to the
// person (consent, method, due date and time window, reason, assignee) and the satisfaction
// survey. Dispositions are picked with Alt+1..Alt+6.
class WrapUpPage final : public QWidget
{
    Q_OBJECT
public:
    explicit WrapUpPage(QWidget *parent = nullptr);

    // Fills the page from a contact; `now` presets the end time and the follow-up due date.
    void setContact(const Core::Contact &contact, const QDateTime &now);
    // Writes disposition, end, follow-up and survey into `contact`; `now` stamps consent.
    void apply(Core::Contact &contact, const QDateTime &now) const;
    void showIssues(const QList<Contacts::FieldIssue> &issues);
    void focusFirstField();
    SurveyForm *surveyForm() const { return m_survey; }

Q_SIGNALS:
    void changed();
    void closeRequested();
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    FieldIssueLabels m_issues;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QGroupBox *m_dispositionBox = nullptr;
    QButtonGroup *m_dispositions = nullptr;
    QHash<Core::Disposition, QRadioButton *> m_dispositionButtons;
    QLabel *m_endLabel = nullptr;
    QDateTimeEdit *m_end = nullptr;

    QGroupBox *m_followUpBox = nullptr;
    QLabel *m_crisisNote = nullptr;
    QRadioButton *m_consentYes = nullptr;
    QRadioButton *m_consentNo = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_dueLabel = nullptr;
    QDateEdit *m_due = nullptr;
    QCheckBox *m_anyTime = nullptr;
    QTimeEdit *m_windowStart = nullptr;
    QTimeEdit *m_windowEnd = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_assigneeLabel = nullptr;
    QComboBox *m_assignee = nullptr;

    QGroupBox *m_surveyBox = nullptr;
    SurveyForm *m_survey = nullptr;

    QPushButton *m_back = nullptr;
    QPushButton *m_close = nullptr;
    QDateTime m_consentAt; // when consent was first recorded (kept across edits)
    bool m_loading = false;
};

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactrules.h"
#include "ui/contacts/fieldissuelabels.h"
#include "core/contact.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Nav::Ui {

// The satisfaction survey, asked at the end of a call or chat (inside the wrap-up) or at
// follow-up time: asked or not (and why not), consent, satisfaction, whether the person would
// contact 211 again, a comment. Fields that do not apply are disabled but keep what was typed,
// and survey() leaves them out.
class SurveyForm final : public QWidget
{
    Q_OBJECT
public:
    explicit SurveyForm(QWidget *parent = nullptr);

    // Fills the form (without emitting changed()) and clears the inline messages.
    void setSurvey(const Core::SurveyResponse &survey);
    Core::SurveyResponse survey() const;
    // The channel of the contact or follow-up the survey is asked on (stored with it).
    void setChannel(Core::Channel channel);
    Core::Channel channel() const { return m_channel; }

    // Shows each issue beside its field (an unknown field goes to the top of the form). Once
    // shown, the messages follow the form: one disappears as soon as its field is fixed.
    void showIssues(const QList<Contacts::FieldIssue> &issues);
    QList<Contacts::FieldIssue> validate() const;
    // Puts the keyboard focus on the first field.
    void focusFirstField();

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyIssues(const QList<Contacts::FieldIssue> &issues);
    void updateEnabled();
    void onEdited();

    Core::Channel m_channel = Core::Channel::Call;
    QDateTime m_at;
    bool m_loading = false;
    bool m_issuesShown = false;
    FieldIssueLabels m_issues;

    QLabel *m_script = nullptr;
    QCheckBox *m_asked = nullptr;
    QLabel *m_notAskedLabel = nullptr;
    QComboBox *m_notAskedReason = nullptr;
    QLabel *m_notAskedNoteLabel = nullptr;
    QLineEdit *m_notAskedNote = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_satisfactionLabel = nullptr;
    QComboBox *m_satisfaction = nullptr;
    QLabel *m_againLabel = nullptr;
    QComboBox *m_again = nullptr;
    QLabel *m_commentLabel = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_channelLabel = nullptr;
};

} // namespace Nav::Ui

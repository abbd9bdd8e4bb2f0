// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"
#include "ui/contacts/followupqueuemodel.h"

#include <QHash>
#include <QWidget>

class QAction;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;
class QTimer;

namespace Nav::Core {
class Clock;
}

namespace Nav::Ui {

class FollowUpOutcomeDialog;
class SurveyForm;

// The follow-ups area (Ctrl+4): the queue by bucket (overdue, due today, upcoming, done) with
// counts, and what a navigator does with a follow-up: call now, record an outcome, open a new
// contact linked to it, take the satisfaction survey. Follows ContactService::followUpsChanged.
class FollowUpPane final : public QWidget
{
    Q_OBJECT
public:
    FollowUpPane(Contacts::ContactService &contacts, Core::Clock &clock, QWidget *parent = nullptr);
    ~FollowUpPane() override;

    // The queue is read once the store is open; actions are disabled before.
    void setReady(bool ready);
    bool isReady() const { return m_ready; }
    // The navigator's first name, said in the safe voicemail script.
    void setNavigatorName(const QString &firstName);
    // Follow-ups closed in the last `days` days stay in the Done bucket (default 14).
    void setDoneDays(int days) { m_doneDays = days; }

    FollowUpQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    FollowUpOutcomeDialog *outcomeDialog() const { return m_outcomeDialog; }
    QDialog *surveyDialog() const { return m_surveyDialog; }
    SurveyForm *surveyForm() const { return m_surveyForm; }

    // For the area's menu (MainWindow::addAreaMenu): call, outcome, new contact, survey, refresh.
    QList<QAction *> actions() const;
    QAction *callNowAction() const { return m_callAction; }
    QAction *recordOutcomeAction() const { return m_outcomeAction; }
    QAction *newContactAction() const { return m_newContactAction; }
    QAction *surveyAction() const { return m_surveyAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    // The follow-up under the cursor, nullptr when none.
    const Contacts::FollowUpItem *currentItem() const;
    // Shows one bucket and selects its first row.
    void showBucket(FollowUpQueueModel::Bucket bucket);
    FollowUpQueueModel::Bucket currentBucket() const;
    // Puts the cursor on a follow-up (switching to its bucket); false when it is not listed.
    bool selectFollowUp(qint64 followUpId);
    // The message bar's text, empty when hidden.
    QString message() const;
    // How long typing in the outcome form waits before it is saved as a draft (default 300 ms).
    void setDraftDelay(int milliseconds);

public Q_SLOTS:
    void refresh();
    void callNow();
    void recordOutcome();
    void requestNewContact();
    void takeSurvey();
    // Links a contact opened from a follow-up (after newContactRequested) to it.
    void linkNewContact(qint64 followUpId, qint64 newContactId);

Q_SIGNALS:
    // "Call now": the E.164 number of the follow-up under the cursor.
    void dialRequested(const QString &e164);
    // "New contact from follow-up": the follow-up and the contact it follows up.
    void newContactRequested(qint64 followUpId, qint64 contactId);
    // After each reading of the queue (for the status bar and tests).
    void refreshed();
    void outcomeRecorded(qint64 followUpId, Core::FollowUpStatus status);
    void surveySaved(qint64 followUpId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTabs();
    void updateActions();
    void showError(const QString &text);
    void showInfo(const QString &text);
    void hideMessage();
    void saveOutcome();
    void saveSurvey();
    void loadDrafts();
    void writeOutcomeDraft();
    void discardOutcomeDraft(qint64 followUpId);

    Contacts::ContactService &m_contacts;
    Core::Clock &m_clock;
    bool m_ready = false;
    int m_doneDays = 14;
    int m_sequence = 0;

    QWidget *m_messageBar = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_dismissButton = nullptr;
    QTabBar *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    FollowUpQueueModel *m_model = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_callButton = nullptr;
    QPushButton *m_outcomeButton = nullptr;
    QPushButton *m_newContactButton = nullptr;
    QPushButton *m_surveyButton = nullptr;

    QAction *m_callAction = nullptr;
    QAction *m_outcomeAction = nullptr;
    QAction *m_newContactAction = nullptr;
    QAction *m_surveyAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_tick = nullptr;

    FollowUpOutcomeDialog *m_outcomeDialog = nullptr;
    QDialog *m_surveyDialog = nullptr;
    QLabel *m_surveyTitle = nullptr;
    SurveyForm *m_surveyForm = nullptr;
    QDialogButtonBox *m_surveyButtons = nullptr;
    QPushButton *m_surveyOk = nullptr;
    QPushButton *m_surveyCancel = nullptr;
    qint64 m_surveyFollowUpId = 0;
    bool m_saving = false;
    // Outcomes typed but not recorded (a crash, a closed window), by follow-up id.
    QHash<qint64, Core::FollowUpOutcome> m_outcomeDrafts;
    QTimer *m_draftTimer = nullptr;
};

} // namespace Nav::Ui

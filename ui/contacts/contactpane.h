// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/contact.h"
#include "ui/contacts/contactform.h"
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace Nav::Core {
class Clock;
}
namespace Nav::Contacts {
class ContactService;
struct Draft;
}

namespace Nav::Ui {

class WrapUpPage;

// The contact-record area (Ctrl+2): one contact at a time, from "new contact" through the
// intake form to wrap-up. Everything typed is saved as a draft in the encrypted store a moment
// after it is typed; after a crash the next start offers the drafts back.
class ContactPane final : public QWidget
{
    Q_OBJECT
public:
    ContactPane(Contacts::ContactService &contacts, Core::Clock &clock, QWidget *parent = nullptr);
    ~ContactPane() override;

    // Once the store is open: loads the vocabularies and looks for drafts to restore.
    void setReady(bool ready);
    void setVocabularies(const ContactForm::Vocabularies &vocabularies);
    void setPlaceNames(const QStringList &names);

    // Actions with shortcuts, for the window's menus and the shortcut list (F1).
    QList<QAction *> actions() const;
    QAction *newContactAction() const { return m_newAction; }
    QAction *findAction() const { return m_findAction; }

    bool hasOpenContact() const { return m_open; }
    bool isReady() const { return m_ready; }
    // What the form and, once visited, the wrap-up page hold now.
    Core::Contact currentContact() const;
    ContactForm *form() const { return m_form; }
    WrapUpPage *wrapUpPage() const { return m_wrapUp; }
    int draftsPending() const { return int(m_recovered.size()); }
    // Milliseconds of quiet typing before a draft is written (default 300).
    void setDraftDelay(int ms);

public Q_SLOTS:
    void newContact();
    // A referral chosen in the directory (Ctrl+R there).
    void addReferral(const Core::Referral &referral);
    // Opens a saved contact to correct it (from the contact finder).
    void openContact(qint64 id);
    // Starts a contact that follows up an earlier one (from the follow-up queue).
    void newFollowUpContact(qint64 followUpId, qint64 earlierContactId);
    // An inbound call was answered: a new contact on channel "call" that starts when the call
    // was answered, with the caller's number (as the phone system gave it) in the form.
    void newCallContact(const QString &callerNumber, const QDateTime &answeredAt);
    // The call of the open contact ended: its end time is recorded (talk time follows) and the
    // contact moves to wrap-up; after-call work is counted from here until it is closed.
    void callEnded(const QDateTime &endedAt);
    // The call of the open contact was replaced by the caller a colleague handed over
    // (attended transfer to us): the caller's number goes in the form, the rest stays.
    void callHandedOver(const QString &callerNumber);
    // A tele-interpreter joined the call of the open contact (the language as the phone
    // settings name it).
    void interpreterJoined(const QString &language);
    void restoreDraft();
    void discardRecoveredDrafts();
    void wrapUp();
    void closeContact();
    void saveContact();

Q_SIGNALS:
    void statusMessage(const QString &text);
    void contactClosed(qint64 id);
    void findRequested();
    // Asks the window to show this area.
    void focusRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load(const Core::Contact &contact, const QJsonObject &pending, bool wrapUpShown);
    void scheduleDraft();
    void writeDraft();
    void checkRepeatCaller(const QString &e164);
    void showError(const QString &message);
    void updateBanner();
    void backToForm();

    Contacts::ContactService &m_contacts;
    Core::Clock &m_clock;
    bool m_ready = false;
    bool m_open = false;
    QString m_draftId;
    qint64 m_followUpId = 0; // the follow-up this contact was opened from
    bool m_wrapUpVisited = false; // the wrap-up page holds choices to keep
    QList<QByteArray> m_recovered; // payloads of drafts found at start, newest first
    QStringList m_recoveredIds;

    QAction *m_newAction = nullptr;
    QAction *m_wrapUpAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_needsAction = nullptr;
    QAction *m_unmetAction = nullptr;

    QLabel *m_crisisBanner = nullptr;
    QLabel *m_recoveredBanner = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QWidget *m_recoveredBar = nullptr;
    QLabel *m_repeatHint = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_draftState = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyNew = nullptr;
    QScrollArea *m_formScroll = nullptr;
    ContactForm *m_form = nullptr;
    QScrollArea *m_wrapUpScroll = nullptr;
    WrapUpPage *m_wrapUp = nullptr;
    QPushButton *m_wrapUpButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QTimer *m_draftTimer = nullptr;
    int m_draftSaves = 0;
};

} // namespace Nav::Ui

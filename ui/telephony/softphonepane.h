// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "telephony/callinfo.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QAction;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Nav::Telephony {
class SipPhone;
}

namespace Nav::Ui {

// The phone area (Ctrl+1): the registration state in words, the incoming call with its caller,
// the current call (party, state, timer, quality, hold, mute, hang up), a dial pad that sends
// tones during a call, and this session's call history. Every command has a shortcut and works
// from anywhere in the window.
class SoftphonePane final : public QWidget
{
    Q_OBJECT
public:
    explicit SoftphonePane(Telephony::SipPhone &phone, QWidget *parent = nullptr);
    ~SoftphonePane() override;

    // The microphone level for the meter (0..1), read ten times a second during a call.
    void setLevelSource(std::function<float()> level);
    // Whether an account is set up; when not, the pane says how to set one up.
    void setConfigured(bool configured);
    // The tele-interpreter line and its menu's digits per language (from the phone settings).
    void setInterpreter(const QString &line, const QList<QPair<QString, QString>> &languages);
    // A message about the audio devices (e.g. a headset that could not be opened).
    void showAudioProblem(const QString &message);

    // Actions with shortcuts, for the window's Phone menu and the shortcut list (F1).
    QList<QAction *> actions() const;
    QAction *answerAction() const { return m_answerAction; }
    QAction *hangupAction() const { return m_hangupAction; }
    QAction *holdAction() const { return m_holdAction; }
    QAction *muteAction() const { return m_muteAction; }
    QAction *busyAction() const { return m_busyAction; }
    QAction *transferAction() const { return m_transferAction; }
    QAction *interpreterAction() const { return m_interpreterAction; }
    QAction *conferenceAction() const { return m_conferenceAction; }
    QAction *settingsAction() const { return m_settingsAction; }

    // The call shown as the current one (connected, held or being dialled), 0 when none.
    int currentCallId() const { return m_currentId; }
    // The first call ringing here, 0 when none.
    int ringingCallId() const { return m_ringingId; }

public Q_SLOTS:
    // Calls a phone number (normalised to E.164), an extension or a SIP address; says what is
    // wrong with anything else. Returns the call id, 0 when nothing was dialled.
    int dial(const QString &number);
    void answer();
    void decline();
    void sendBusy();
    void hangup();
    void toggleHold();
    void toggleMute();
    void focusDialPad();
    // Asks where to, then transfers the current call there (blind transfer).
    void transfer();
    // Transfers the current call to a number, extension or SIP address; false (and says why)
    // when there is nothing to transfer or the target is not one.
    bool transferTo(const QString &target);
    // Attended transfer: with the caller on hold and a colleague on the current call (the
    // consult call), hands the caller to the colleague; false (and says why) when there is no
    // such pair. transfer() does this instead of asking where to when there is one.
    bool completeTransfer();
    // Asks which language, then adds the interpreter line to the current call.
    void addInterpreter();
    // Calls the interpreter line (the caller stays on the line with the navigator), keys in the
    // language's digits once it answers, and joins the three of them. False when it cannot.
    bool addInterpreterFor(const QString &language);
    // Joins the calls into a conference, or splits it.
    void toggleConference();

Q_SIGNALS:
    // The interpreter for `language` joined the call (for the contact record).
    void interpreterJoined(const QString &language);

    void settingsRequested();
    void statusMessage(const QString &text);
    // Asks the window to show this area.
    void focusRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onRegistration(const Telephony::RegistrationStatus &status);
    void onCall(const Telephony::CallInfo &call);
    void onEnded(const Telephony::CallInfo &call);
    void onStats(const Telephony::MediaStats &stats);
    void refresh();
    void tick();
    void dialPadPressed(QChar symbol);
    void numberEdited(const QString &text);
    void addHistory(const Telephony::CallInfo &call);
    void retranslateHistory(QTreeWidgetItem *item);
    QString partyText(const Telephony::CallInfo &call) const;
    // A number as typed → what to call: E.164, an extension or a SIP address as typed; empty
    // with `error` set when it is none of those.
    static QString callTarget(const QString &typed, QString *error);

    Telephony::SipPhone &m_phone;
    std::function<float()> m_level;
    bool m_configured = false;
    QHash<int, Telephony::CallInfo> m_calls;
    Telephony::MediaStats m_stats;
    int m_currentId = 0;
    int m_ringingId = 0;
    QString m_sentDigits; // tones sent in the current call, shown in the number field
    QString m_audioProblem;

    QLabel *m_statusLabel = nullptr;
    QPushButton *m_settingsButton = nullptr;
    QGroupBox *m_incomingBox = nullptr;
    QLabel *m_incomingCaller = nullptr;
    QPushButton *m_answerButton = nullptr;
    QPushButton *m_declineButton = nullptr;
    QPushButton *m_busyButton = nullptr;
    QGroupBox *m_callBox = nullptr;
    QLabel *m_callParty = nullptr;
    QLabel *m_callState = nullptr;
    QLabel *m_callTimer = nullptr;
    QLabel *m_callQuality = nullptr;
    QLabel *m_levelLabel = nullptr;
    QProgressBar *m_levelBar = nullptr;
    QPushButton *m_holdButton = nullptr;
    QPushButton *m_muteButton = nullptr;
    QPushButton *m_hangupButton = nullptr;
    // The held call an attended transfer would hand to the current call, 0 if none (or several).
    int heldForTransfer() const;
    QPushButton *m_transferButton = nullptr;
    QPushButton *m_interpreterButton = nullptr;
    QPushButton *m_conferenceButton = nullptr;
    QString m_interpreterLine;
    QList<QPair<QString, QString>> m_interpreterLanguages;
    int m_interpreterCallId = 0;
    QString m_interpreterDigits;
    QString m_interpreterLanguage;
    QGroupBox *m_dialBox = nullptr;
    QLineEdit *m_number = nullptr;
    QPushButton *m_callButton = nullptr;
    QLabel *m_dialError = nullptr;
    QList<QPushButton *> m_padButtons;
    QGroupBox *m_historyBox = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_audioLabel = nullptr;
    QTimer *m_ticker = nullptr;

    QAction *m_answerAction = nullptr;
    QAction *m_declineAction = nullptr;
    QAction *m_busyAction = nullptr;
    QAction *m_hangupAction = nullptr;
    QAction *m_holdAction = nullptr;
    QAction *m_muteAction = nullptr;
    QAction *m_transferAction = nullptr;
    QAction *m_interpreterAction = nullptr;
    QAction *m_conferenceAction = nullptr;
    QAction *m_dialAction = nullptr;
    QAction *m_settingsAction = nullptr;
};

} // namespace Nav::Ui

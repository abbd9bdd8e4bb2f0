// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/telephony/softphonepane.h"

#include "contacts/phonenumber.h"
#include "telephony/sipphone.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Nav::Ui {

using Telephony::CallDirection;
using Telephony::CallInfo;
using Telephony::CallState;

namespace {
constexpr int kHistoryCallId = Qt::UserRole;
constexpr int kHistoryNumber = Qt::UserRole + 1;
constexpr int kHistoryInfo = Qt::UserRole + 2;
const QString kPadSymbols = QStringLiteral("123456789*0#");

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

bool isConnected(const CallInfo &c)
{
    return c.state == CallState::Connected || c.state == CallState::Held;
}
} // namespace

SoftphonePane::SoftphonePane(Telephony::SipPhone &phone, QWidget *parent)
    : QWidget(parent)
    , m_phone(phone)
{
    setObjectName(QStringLiteral("softphonePane"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("phoneStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsButton = new QPushButton(this);
    m_settingsButton->setObjectName(QStringLiteral("phoneSettingsButton"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_settingsButton);
    m_audioLabel = new QLabel(this);
    m_audioLabel->setObjectName(QStringLiteral("audioProblemLabel"));
    m_audioLabel->setWordWrap(true);
    m_audioLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_audioLabel->hide();

    // Incoming call
    m_incomingBox = new QGroupBox(this);
    m_incomingBox->setObjectName(QStringLiteral("incomingCallBox"));
    m_incomingCaller = new QLabel(m_incomingBox);
    m_incomingCaller->setObjectName(QStringLiteral("incomingCallerLabel"));
    QFont big = m_incomingCaller->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_incomingCaller->setFont(big);
    m_answerButton = new QPushButton(m_incomingBox);
    m_answerButton->setObjectName(QStringLiteral("answerButton"));
    m_declineButton = new QPushButton(m_incomingBox);
    m_declineButton->setObjectName(QStringLiteral("declineButton"));
    m_busyButton = new QPushButton(m_incomingBox);
    m_busyButton->setObjectName(QStringLiteral("busyButton"));
    auto *incomingButtons = new QHBoxLayout;
    incomingButtons->addWidget(m_answerButton);
    incomingButtons->addWidget(m_declineButton);
    incomingButtons->addWidget(m_busyButton);
    incomingButtons->addStretch(1);
    auto *incomingLayout = new QVBoxLayout(m_incomingBox);
    incomingLayout->addWidget(m_incomingCaller);
    incomingLayout->addLayout(incomingButtons);

    // Current call
    m_callBox = new QGroupBox(this);
    m_callBox->setObjectName(QStringLiteral("currentCallBox"));
    m_callParty = new QLabel(m_callBox);
    m_callParty->setObjectName(QStringLiteral("callPartyLabel"));
    m_callParty->setFont(big);
    m_callState = new QLabel(m_callBox);
    m_callState->setObjectName(QStringLiteral("callStateLabel"));
    m_callTimer = new QLabel(m_callBox);
    m_callTimer->setObjectName(QStringLiteral("callTimerLabel"));
    QFont timerFont = m_callTimer->font();
    timerFont.setPointSizeF(timerFont.pointSizeF() * 1.4);
    m_callTimer->setFont(timerFont);
    m_callQuality = new QLabel(m_callBox);
    m_callQuality->setObjectName(QStringLiteral("callQualityLabel"));
    m_levelLabel = new QLabel(m_callBox);
    m_levelBar = new QProgressBar(m_callBox);
    m_levelBar->setObjectName(QStringLiteral("inputLevelBar"));
    m_levelBar->setRange(0, 100);
    m_levelBar->setTextVisible(false);
    m_levelBar->setMaximumHeight(12);
    m_levelLabel->setBuddy(m_levelBar);
    m_holdButton = new QPushButton(m_callBox);
    m_holdButton->setObjectName(QStringLiteral("holdButton"));
    m_holdButton->setCheckable(true);
    m_muteButton = new QPushButton(m_callBox);
    m_muteButton->setObjectName(QStringLiteral("muteButton"));
    m_muteButton->setCheckable(true);
    m_hangupButton = new QPushButton(m_callBox);
    m_hangupButton->setObjectName(QStringLiteral("hangupButton"));
    m_transferButton = new QPushButton(m_callBox);
    m_transferButton->setObjectName(QStringLiteral("transferButton"));
    m_interpreterButton = new QPushButton(m_callBox);
    m_interpreterButton->setObjectName(QStringLiteral("addInterpreterButton"));
    m_conferenceButton = new QPushButton(m_callBox);
    m_conferenceButton->setObjectName(QStringLiteral("conferenceButton"));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_callState, 1);
    stateRow->addWidget(m_callTimer);
    auto *levelRow = new QHBoxLayout;
    levelRow->addWidget(m_levelLabel);
    levelRow->addWidget(m_levelBar, 1);
    auto *callButtons = new QHBoxLayout;
    callButtons->addWidget(m_holdButton);
    callButtons->addWidget(m_muteButton);
    callButtons->addWidget(m_transferButton);
    callButtons->addWidget(m_hangupButton);
    callButtons->addStretch(1);
    auto *partyButtons = new QHBoxLayout;
    partyButtons->addWidget(m_interpreterButton);
    partyButtons->addWidget(m_conferenceButton);
    partyButtons->addStretch(1);
    auto *callLayout = new QVBoxLayout(m_callBox);
    callLayout->addWidget(m_callParty);
    callLayout->addLayout(stateRow);
    callLayout->addWidget(m_callQuality);
    callLayout->addLayout(levelRow);
    callLayout->addLayout(callButtons);
    callLayout->addLayout(partyButtons);

    // Dial pad
    m_dialBox = new QGroupBox(this);
    m_dialBox->setObjectName(QStringLiteral("dialBox"));
    m_number = new QLineEdit(m_dialBox);
    m_number->setObjectName(QStringLiteral("dialNumberEdit"));
    m_number->setClearButtonEnabled(true);
    m_callButton = new QPushButton(m_dialBox);
    m_callButton->setObjectName(QStringLiteral("callButton"));
    m_callButton->setDefault(false);
    m_dialError = new QLabel(m_dialBox);
    m_dialError->setObjectName(QStringLiteral("dialErrorLabel"));
    m_dialError->setWordWrap(true);
    m_dialError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_dialError->hide();
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_callButton);
    auto *pad = new QGridLayout;
    for (int i = 0; i < kPadSymbols.size(); ++i) {
        const QChar symbol = kPadSymbols.at(i);
        auto *b = new QPushButton(QString(symbol), m_dialBox);
        b->setObjectName(QStringLiteral("dialPad_%1").arg(symbol == u'*' ? QStringLiteral("star")
                                                           : symbol == u'#' ? QStringLiteral("hash")
                                                                            : QString(symbol)));
        b->setFocusPolicy(Qt::NoFocus); // the keyboard types digits into the number field
        b->setMinimumSize(56, 36);
        connect(b, &QPushButton::clicked, this, [this, symbol] { dialPadPressed(symbol); });
        pad->addWidget(b, i / 3, i % 3);
        m_padButtons.append(b);
    }
    auto *dialLayout = new QVBoxLayout(m_dialBox);
    dialLayout->addLayout(numberRow);
    dialLayout->addWidget(m_dialError);
    dialLayout->addLayout(pad);
    dialLayout->addStretch(1);

    // History
    m_historyBox = new QGroupBox(this);
    m_historyBox->setObjectName(QStringLiteral("callHistoryBox"));
    m_history = new QTreeWidget(m_historyBox);
    m_history->setObjectName(QStringLiteral("callHistoryList"));
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(5);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setStretchLastSection(true);
    (new QVBoxLayout(m_historyBox))->addWidget(m_history);

    auto *left = new QVBoxLayout;
    left->addWidget(m_incomingBox);
    left->addWidget(m_callBox);
    left->addWidget(m_dialBox, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_historyBox, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_audioLabel);
    layout->addLayout(columns, 1);

    // Commands: shortcuts that work from anywhere in the window
    const auto makeAction = [this](const char *name, const QKeySequence &key) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::ApplicationShortcut);
        addAction(a);
        return a;
    };
    m_answerAction = makeAction("answerCallAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_declineAction = makeAction("declineCallAction", QKeySequence());
    m_busyAction = makeAction("busyCallAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_hangupAction = makeAction("hangupCallAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_holdAction = makeAction("holdCallAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_muteAction = makeAction("muteCallAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_dialAction = makeAction("dialAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_transferAction = makeAction("transferCallAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_interpreterAction = makeAction("addInterpreterAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_conferenceAction = makeAction("conferenceAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_settingsAction = makeAction("phoneSettingsAction", QKeySequence());
    m_holdAction->setCheckable(true);
    m_muteAction->setCheckable(true);
    connect(m_answerAction, &QAction::triggered, this, &SoftphonePane::answer);
    connect(m_declineAction, &QAction::triggered, this, &SoftphonePane::decline);
    connect(m_busyAction, &QAction::triggered, this, &SoftphonePane::sendBusy);
    connect(m_hangupAction, &QAction::triggered, this, &SoftphonePane::hangup);
    connect(m_holdAction, &QAction::triggered, this, &SoftphonePane::toggleHold);
    connect(m_muteAction, &QAction::triggered, this, &SoftphonePane::toggleMute);
    connect(m_dialAction, &QAction::triggered, this, &SoftphonePane::focusDialPad);
    connect(m_transferAction, &QAction::triggered, this, &SoftphonePane::transfer);
    connect(m_transferButton, &QPushButton::clicked, this, &SoftphonePane::transfer);
    connect(m_interpreterAction, &QAction::triggered, this, &SoftphonePane::addInterpreter);
    connect(m_interpreterButton, &QPushButton::clicked, this, &SoftphonePane::addInterpreter);
    connect(m_conferenceAction, &QAction::triggered, this, &SoftphonePane::toggleConference);
    connect(m_conferenceButton, &QPushButton::clicked, this, &SoftphonePane::toggleConference);
    connect(m_settingsAction, &QAction::triggered, this, &SoftphonePane::settingsRequested);
    connect(m_answerButton, &QPushButton::clicked, this, &SoftphonePane::answer);
    connect(m_declineButton, &QPushButton::clicked, this, &SoftphonePane::decline);
    connect(m_busyButton, &QPushButton::clicked, this, &SoftphonePane::sendBusy);
    connect(m_hangupButton, &QPushButton::clicked, this, &SoftphonePane::hangup);
    connect(m_holdButton, &QPushButton::clicked, this, &SoftphonePane::toggleHold);
    connect(m_muteButton, &QPushButton::clicked, this, &SoftphonePane::toggleMute);
    connect(m_settingsButton, &QPushButton::clicked, this, &SoftphonePane::settingsRequested);
    connect(m_callButton, &QPushButton::clicked, this, [this] { dial(m_number->text()); });
    connect(m_number, &QLineEdit::returnPressed, this, [this] {
        if (!m_currentId || m_calls.value(m_currentId).state == CallState::Held)
            dial(m_number->text());
    });
    connect(m_number, &QLineEdit::textEdited, this, &SoftphonePane::numberEdited);
    connect(m_history, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString number = item->data(0, kHistoryNumber).toString();
        if (!number.isEmpty() && !m_currentId) {
            m_number->setText(number);
            dial(number);
        }
    });

    connect(&m_phone, &Telephony::SipPhone::registrationChanged, this, &SoftphonePane::onRegistration);
    connect(&m_phone, &Telephony::SipPhone::callAdded, this, &SoftphonePane::onCall);
    connect(&m_phone, &Telephony::SipPhone::callChanged, this, &SoftphonePane::onCall);
    connect(&m_phone, &Telephony::SipPhone::callEnded, this, &SoftphonePane::onEnded);
    connect(&m_phone, &Telephony::SipPhone::statsUpdated, this, &SoftphonePane::onStats);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &SoftphonePane::tick);

    setFocusProxy(m_number);
    retranslateUi();
    refresh();
}

SoftphonePane::~SoftphonePane() = default;

void SoftphonePane::setLevelSource(std::function<float()> level)
{
    m_level = std::move(level);
}

void SoftphonePane::setConfigured(bool configured)
{
    m_configured = configured;
    refresh();
}

void SoftphonePane::setInterpreter(const QString &line,
                                   const QList<QPair<QString, QString>> &languages)
{
    m_interpreterLine = line;
    m_interpreterLanguages = languages;
    refresh();
}

void SoftphonePane::addInterpreter()
{
    const CallInfo c = m_calls.value(m_currentId);
    if (!m_currentId || c.state != CallState::Connected)
        return;
    if (m_interpreterLine.isEmpty()) {
        Q_EMIT statusMessage(tr("No interpreter line is set: enter it in Phone settings."));
        return;
    }
    QString language;
    if (!m_interpreterLanguages.isEmpty()) {
        QStringList items;
        for (const auto &[lang, digits] : std::as_const(m_interpreterLanguages))
            items << (digits.isEmpty() ? lang : tr("%1 (keys %2)").arg(lang, digits));
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Add an interpreter"),
                                                     tr("Language:"), items, 0, false, &ok);
        if (!ok)
            return;
        language = m_interpreterLanguages.value(int(items.indexOf(chosen))).first;
    }
    addInterpreterFor(language);
}

bool SoftphonePane::addInterpreterFor(const QString &language)
{
    const CallInfo c = m_calls.value(m_currentId);
    if (!m_currentId || c.state != CallState::Connected || m_interpreterLine.isEmpty()
        || m_interpreterCallId)
        return false;
    QString digits;
    for (const auto &[lang, code] : std::as_const(m_interpreterLanguages)) {
        if (lang.compare(language, Qt::CaseInsensitive) == 0)
            digits = code;
    }
    // the caller stays on the line with the navigator while the interpreter line rings
    const int id = m_phone.dial(m_interpreterLine);
    if (!id)
        return false;
    m_interpreterCallId = id;
    m_interpreterDigits = digits;
    m_interpreterLanguage = language;
    Q_EMIT statusMessage(language.isEmpty() ? tr("Calling the interpreter line…")
                                            : tr("Calling the interpreter line for %1…").arg(language));
    return true;
}

void SoftphonePane::toggleConference()
{
    int active = 0;
    bool inConference = false;
    for (const CallInfo &c : std::as_const(m_calls)) {
        if (c.state == CallState::Connected || c.state == CallState::Held)
            ++active;
        inConference = inConference || c.inConference;
    }
    if (inConference)
        m_phone.setConference(false);
    else if (active >= 2)
        m_phone.setConference(true);
}

void SoftphonePane::showAudioProblem(const QString &message)
{
    m_audioProblem = message;
    m_audioLabel->setText(message);
    m_audioLabel->setVisible(!message.isEmpty());
}

QList<QAction *> SoftphonePane::actions() const
{
    return {m_answerAction, m_busyAction, m_declineAction, m_hangupAction, m_holdAction,
            m_muteAction, m_transferAction, m_interpreterAction, m_conferenceAction, m_dialAction,
            m_settingsAction};
}

QString SoftphonePane::callTarget(const QString &typed, QString *error)
{
    const QString text = typed.trimmed();
    static const QRegularExpression extension(QStringLiteral("^[0-9*#]{1,6}$"));
    static const QRegularExpression sipUser(QStringLiteral("^[A-Za-z][A-Za-z0-9._\\-]*$"));
    if (text.isEmpty()) {
        *error = tr("Type a phone number or an extension to call.");
        return {};
    }
    if (text.startsWith(u"sip:", Qt::CaseInsensitive) || text.contains(u'@')
        || extension.match(text).hasMatch() || sipUser.match(text).hasMatch())
        return text; // an extension, a SIP user or address: as typed
    const auto e164 = Contacts::PhoneNumber::normalise(text);
    if (!e164) {
        *error = e164.error().message;
        return {};
    }
    return *e164;
}

int SoftphonePane::dial(const QString &typed)
{
    QString error;
    const QString target = callTarget(typed, &error);
    if (target.isEmpty()) {
        m_dialError->setText(error);
        m_dialError->show();
        Q_EMIT focusRequested();
        m_number->setFocus();
        return 0;
    }
    if (m_phone.registration().state != Telephony::RegistrationState::Registered) {
        m_dialError->setText(tr("The phone is not connected to the phone system: %1")
                                 .arg(Telephony::registrationText(m_phone.registration())));
        m_dialError->show();
        Q_EMIT focusRequested();
        return 0;
    }
    if (m_currentId && m_calls.value(m_currentId).state == CallState::Connected) {
        m_dialError->setText(tr("Put the current call on hold (Ctrl+Shift+H) or hang up "
                                "(Ctrl+Shift+E) before calling another number."));
        m_dialError->show();
        Q_EMIT focusRequested();
        return 0;
    }
    m_dialError->hide();
    m_number->setText(target);
    const int id = m_phone.dial(target);
    if (id == 0) {
        m_dialError->setText(tr("The phone is off: it cannot call."));
        m_dialError->show();
    } else {
        Q_EMIT focusRequested();
        Q_EMIT statusMessage(tr("Calling %1…").arg(target));
    }
    return id;
}

void SoftphonePane::answer()
{
    if (m_ringingId) {
        // a call already connected is put on hold first, as a desk phone does
        if (m_currentId && m_calls.value(m_currentId).state == CallState::Connected)
            m_phone.setHold(m_currentId, true);
        m_phone.answer(m_ringingId);
    }
}

void SoftphonePane::decline()
{
    if (m_ringingId)
        m_phone.decline(m_ringingId, false);
}

void SoftphonePane::sendBusy()
{
    if (m_ringingId)
        m_phone.decline(m_ringingId, true);
}

void SoftphonePane::hangup()
{
    if (m_calls.value(m_currentId).inConference) {
        // leaving a conference ends it for everyone on this side
        for (const CallInfo &c : std::as_const(m_calls)) {
            if (c.inConference)
                m_phone.hangup(c.id);
        }
        return;
    }
    if (m_currentId)
        m_phone.hangup(m_currentId);
    else if (m_ringingId)
        m_phone.decline(m_ringingId, false);
}

void SoftphonePane::toggleHold()
{
    if (!m_currentId)
        return;
    const CallInfo c = m_calls.value(m_currentId);
    if (isConnected(c))
        m_phone.setHold(m_currentId, c.state != CallState::Held);
}

int SoftphonePane::heldForTransfer() const
{
    const CallInfo c = m_calls.value(m_currentId);
    if (!m_currentId || c.state != CallState::Connected || c.inConference || c.transferring)
        return 0;
    int held = 0;
    for (const CallInfo &other : std::as_const(m_calls)) {
        if (other.id == m_currentId || other.state != CallState::Held || other.inConference)
            continue;
        if (held)
            return 0; // two on hold: which one is meant is not clear, ask where to instead
        held = other.id;
    }
    return held;
}

bool SoftphonePane::completeTransfer()
{
    const int held = heldForTransfer();
    if (!held) {
        Q_EMIT statusMessage(tr("To hand a caller to a colleague, put the caller on hold, call "
                                "the colleague, then transfer."));
        return false;
    }
    const CallInfo caller = m_calls.value(held);
    if (caller.transferring)
        return false;
    m_phone.transferToCall(held, m_currentId);
    Q_EMIT statusMessage(tr("Handing %1 to %2…")
                             .arg(partyText(caller), partyText(m_calls.value(m_currentId))));
    return true;
}

void SoftphonePane::transfer()
{
    const CallInfo c = m_calls.value(m_currentId);
    if (!m_currentId || c.state != CallState::Connected)
        return;
    if (heldForTransfer()) {
        completeTransfer();
        return;
    }
    bool ok = false;
    const QString target = QInputDialog::getText(
        this, tr("Transfer the call"),
        tr("Transfer %1 to (number, extension or SIP address):").arg(partyText(c)),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        transferTo(target);
}

bool SoftphonePane::transferTo(const QString &typed)
{
    const CallInfo c = m_calls.value(m_currentId);
    if (!m_currentId || c.state != CallState::Connected) {
        Q_EMIT statusMessage(tr("There is no call in progress to transfer."));
        return false;
    }
    QString error;
    const QString target = callTarget(typed, &error);
    if (target.isEmpty()) {
        Q_EMIT statusMessage(tr("Transfer: %1").arg(error));
        return false;
    }
    m_phone.transfer(m_currentId, target);
    Q_EMIT statusMessage(tr("Transferring the call to %1…").arg(target));
    return true;
}

void SoftphonePane::toggleMute()
{
    if (!m_currentId)
        return;
    const CallInfo c = m_calls.value(m_currentId);
    if (isConnected(c))
        m_phone.setMuted(m_currentId, !c.muted);
}

void SoftphonePane::focusDialPad()
{
    Q_EMIT focusRequested();
    m_number->setFocus();
    m_number->selectAll();
}

void SoftphonePane::onRegistration(const Telephony::RegistrationStatus &)
{
    refresh();
}

void SoftphonePane::onCall(const CallInfo &call)
{
    const CallInfo before = m_calls.value(call.id);
    m_calls.insert(call.id, call);
    if (call.id == m_interpreterCallId && call.state == CallState::Connected
        && before.state != CallState::Connected) {
        // the interpreter line answered: key in the language's digits after its greeting
        // starts, then join the three of us
        const QString digits = m_interpreterDigits;
        const int id = call.id;
        const int greeting = 1200;
        for (int i = 0; i < digits.size(); ++i) {
            QTimer::singleShot(greeting + i * 300, this, [this, id, ch = digits.at(i)] {
                if (m_calls.contains(id))
                    m_phone.sendDtmf(id, ch);
            });
        }
        QTimer::singleShot(greeting + int(digits.size()) * 300 + 300, this, [this, id] {
            if (!m_calls.contains(id))
                return;
            m_phone.setConference(true);
            Q_EMIT interpreterJoined(m_interpreterLanguage);
            Q_EMIT statusMessage(tr("The interpreter joined the call."));
        });
    }
    if (call.replacesCallId && before.id == 0) {
        // a colleague handed over their caller in place of our call with them
        Q_EMIT focusRequested();
        Q_EMIT statusMessage(tr("A colleague handed %1 over to you: you are now talking with "
                                "them.")
                                 .arg(partyText(call)));
    }
    if (call.transferFailedCode && !before.transferFailedCode && call.id != m_currentId) {
        // an attended transfer of the held caller failed: both calls are as they were
        Q_EMIT statusMessage(tr("The transfer of %1 failed (%2): the caller is still on hold.")
                                 .arg(partyText(call))
                                 .arg(call.transferFailedCode));
    }
    if (call.direction == CallDirection::Incoming && call.state == CallState::Ringing
        && before.id == 0) {
        Q_EMIT focusRequested();
        Q_EMIT statusMessage(tr("Incoming call from %1 (Ctrl+Shift+A to answer).")
                                 .arg(partyText(call)));
    }
    refresh();
}

void SoftphonePane::onEnded(const CallInfo &call)
{
    m_calls.remove(call.id);
    if (call.id == m_interpreterCallId)
        m_interpreterCallId = 0;
    if (call.id == m_currentId) {
        m_sentDigits.clear();
        m_number->clear();
    }
    addHistory(call);
    Q_EMIT statusMessage(tr("Call with %1 ended: %2")
                             .arg(partyText(call),
                                  Telephony::endReasonText(call.endReason, call.sipCode)));
    refresh();
}

void SoftphonePane::onStats(const Telephony::MediaStats &stats)
{
    if (stats.callId != m_currentId)
        return;
    m_stats = stats;
    tick();
}

QString SoftphonePane::partyText(const CallInfo &call) const
{
    QString number = call.remoteNumber;
    if (Contacts::PhoneNumber::normalise(number))
        number = Contacts::PhoneNumber::format(*Contacts::PhoneNumber::normalise(number));
    if (number.isEmpty())
        number = tr("Unknown number");
    if (!call.remoteName.isEmpty() && call.remoteName != call.remoteNumber)
        return tr("%1 (%2)").arg(call.remoteName, number);
    return number;
}

void SoftphonePane::refresh()
{
    // which calls to show
    m_ringingId = 0;
    int current = 0;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        const CallInfo &c = it.value();
        if (c.state == CallState::Ringing) {
            if (!m_ringingId || c.id < m_ringingId)
                m_ringingId = c.id;
        } else if (c.isActive()) {
            // the connected call wins over a held one
            if (!current || c.state == CallState::Connected)
                current = c.id;
        }
    }
    if (current != m_currentId) {
        m_currentId = current;
        m_stats = {};
        m_sentDigits.clear();
        if (current)
            m_number->clear();
    }

    // registration
    const Telephony::RegistrationStatus reg = m_phone.registration();
    if (!m_configured) {
        m_statusLabel->setText(tr("The phone is not set up. Open Phone settings to enter your "
                                  "phone system's address, your extension and password."));
    } else {
        m_statusLabel->setText(tr("Phone: %1").arg(Telephony::registrationText(reg)));
    }
    const bool bad = m_configured && reg.state != Telephony::RegistrationState::Registered;
    m_statusLabel->setStyleSheet(bad ? QStringLiteral("color: #b00020;") : QString());

    // incoming
    m_incomingBox->setVisible(m_ringingId != 0);
    if (m_ringingId)
        m_incomingCaller->setText(partyText(m_calls.value(m_ringingId)));
    m_answerAction->setEnabled(m_ringingId != 0);
    m_declineAction->setEnabled(m_ringingId != 0);
    m_busyAction->setEnabled(m_ringingId != 0);

    // current call
    const CallInfo c = m_calls.value(m_currentId);
    m_callBox->setVisible(m_currentId != 0);
    const bool connected = m_currentId && isConnected(c);
    QStringList members;
    int active = 0;
    for (const CallInfo &other : std::as_const(m_calls)) {
        if (other.inConference)
            members << partyText(other);
        if (other.state == CallState::Connected || other.state == CallState::Held)
            ++active;
    }
    if (m_currentId && !members.isEmpty()) {
        m_callParty->setText(tr("Conference: %1").arg(members.join(tr(", "))));
    } else if (m_currentId) {
        QString party = partyText(c);
        if (active >= 2)
            party = tr("%1 (and %n other call(s))", nullptr, active - 1).arg(party);
        m_callParty->setText(party);
    }
    if (m_currentId) {
        QString state = Telephony::callStateText(c.state);
        if (c.encrypted)
            state = tr("%1 — encrypted (SRTP)").arg(state);
        if (c.remoteHold)
            state = tr("%1 — the other party put you on hold").arg(state);
        if (c.muted)
            state = tr("%1 — microphone off").arg(state);
        if (c.transferring)
            state = tr("%1 — transferring to %2…").arg(state, c.transferTarget);
        else if (c.transferFailedCode)
            state = tr("%1 — the transfer failed (%2): the caller is still with you")
                        .arg(state)
                        .arg(c.transferFailedCode);
        for (const CallInfo &other : std::as_const(m_calls)) {
            if (other.id != m_currentId && other.transferring)
                state = tr("%1 — handing %2 over…").arg(state, partyText(other));
        }
        m_callState->setText(state);
        // for whoever helps with a call that has sound one way only
        m_callState->setToolTip(
            c.mediaAddress.isEmpty() ? QString()
            : c.mediaAddressFromStun
                ? tr("The other side sends the sound to %1 (this computer's public address, "
                     "from the STUN server)").arg(c.mediaAddress)
                : tr("The other side sends the sound to %1 (this computer's own address)")
                      .arg(c.mediaAddress));
    }
    m_holdButton->setEnabled(connected);
    m_muteButton->setEnabled(connected);
    m_hangupButton->setEnabled(m_currentId != 0);
    m_holdButton->setChecked(c.state == CallState::Held);
    m_muteButton->setChecked(c.muted);
    m_holdButton->setText(c.state == CallState::Held ? tr("&Resume") : tr("Ho&ld"));
    m_muteButton->setText(c.muted ? tr("&Unmute") : tr("&Mute"));
    const bool talking = m_currentId && c.state == CallState::Connected && !c.transferring;
    m_transferButton->setEnabled(talking && members.isEmpty());
    m_transferAction->setEnabled(talking && members.isEmpty());
    if (const int held = heldForTransfer()) {
        m_transferButton->setText(tr("Complete the &transfer"));
        m_transferButton->setToolTip(tr("Hand %1 (on hold) to %2 and leave both calls "
                                        "(Ctrl+Shift+T)")
                                         .arg(partyText(m_calls.value(held)), partyText(c)));
    } else {
        m_transferButton->setText(tr("&Transfer…"));
        m_transferButton->setToolTip(tr("Hand the caller to another number or agent; with the "
                                        "caller on hold and a colleague on the line, hand the "
                                        "caller to the colleague (Ctrl+Shift+T)"));
    }
    const bool canAddInterpreter = talking && !m_interpreterLine.isEmpty() && !m_interpreterCallId
                                   && members.isEmpty();
    m_interpreterButton->setEnabled(canAddInterpreter);
    m_interpreterAction->setEnabled(canAddInterpreter);
    m_interpreterButton->setToolTip(m_interpreterLine.isEmpty()
                                        ? tr("Set the interpreter line in Phone settings first")
                                        : tr("Call the interpreter line and join it to this call "
                                             "(Ctrl+Shift+I)"));
    m_conferenceButton->setEnabled(!members.isEmpty() || active >= 2);
    m_conferenceAction->setEnabled(!members.isEmpty() || active >= 2);
    m_conferenceButton->setText(members.isEmpty() ? tr("&Join the calls") : tr("&Split the conference"));
    m_holdAction->setEnabled(connected);
    m_holdAction->setChecked(c.state == CallState::Held);
    m_muteAction->setEnabled(connected);
    m_muteAction->setChecked(c.muted);
    m_hangupAction->setEnabled(m_currentId != 0 || m_ringingId != 0);

    // dial pad: a number to call, or tones during a call
    const bool canDial = m_configured && reg.state == Telephony::RegistrationState::Registered;
    m_callButton->setEnabled(canDial && (!m_currentId || c.state == CallState::Held));
    m_number->setPlaceholderText(connected ? tr("Keys typed here are sent as tones")
                                           : tr("Number, extension or SIP address"));
    m_dialBox->setTitle(connected ? tr("Tones") : tr("Dial"));

    if (m_currentId)
        m_ticker->start();
    else
        m_ticker->stop();
    tick();
}

void SoftphonePane::tick()
{
    const CallInfo c = m_calls.value(m_currentId);
    if (!m_currentId) {
        m_levelBar->setValue(0);
        return;
    }
    if (c.answered.isValid()) {
        const qint64 seconds = c.answered.secsTo(QDateTime::currentDateTimeUtc());
        m_callTimer->setText(durationText(seconds));
    } else if (c.created.isValid()) {
        m_callTimer->setText(durationText(c.created.secsTo(QDateTime::currentDateTimeUtc())));
    } else {
        m_callTimer->clear();
    }
    if (m_stats.callId == m_currentId && m_stats.mos > 0) {
        QString word = m_stats.mos >= 4.0   ? tr("good")
                       : m_stats.mos >= 3.6 ? tr("fair")
                       : m_stats.mos >= 3.1 ? tr("poor")
                                            : tr("bad");
        m_callQuality->setText(tr("Sound quality: %1 (MOS %2, jitter %3 ms, loss %4 %, buffer %5 ms)")
                                   .arg(word, QLocale().toString(m_stats.mos, 'f', 1),
                                        QLocale().toString(m_stats.jitterMs, 'f', 0),
                                        QLocale().toString(m_stats.lossPercent, 'f', 1),
                                        QLocale().toString(m_stats.bufferMs)));
    } else {
        m_callQuality->setText(isConnected(c) ? tr("Sound quality: measuring…") : QString());
    }
    // the meter shows what the other party hears: nothing while held or muted
    const float level = (m_level && c.state == CallState::Connected && !c.muted) ? m_level() : 0.0F;
    m_levelBar->setValue(int(std::min(1.0F, level * 2.0F) * 100)); // speech peaks near 0.5
}

void SoftphonePane::dialPadPressed(QChar symbol)
{
    const CallInfo c = m_calls.value(m_currentId);
    if (m_currentId && c.state == CallState::Connected) {
        m_phone.sendDtmf(m_currentId, symbol);
        m_sentDigits.append(symbol);
        m_number->setText(m_sentDigits);
        return;
    }
    m_number->insert(QString(symbol));
    m_number->setFocus();
}

void SoftphonePane::numberEdited(const QString &text)
{
    const CallInfo c = m_calls.value(m_currentId);
    if (!m_currentId || c.state != CallState::Connected) {
        m_dialError->hide();
        return;
    }
    // during a call the field shows the tones sent; what is typed after them is sent
    if (text.startsWith(m_sentDigits)) {
        const QString added = text.mid(m_sentDigits.size());
        for (QChar ch : added) {
            const QChar up = ch.toUpper();
            if (up.isDigit() || up == u'*' || up == u'#' || (up >= u'A' && up <= u'D')) {
                m_phone.sendDtmf(m_currentId, up);
                m_sentDigits.append(up);
            }
        }
    }
    m_number->setText(m_sentDigits);
}

void SoftphonePane::addHistory(const CallInfo &call)
{
    auto *item = new QTreeWidgetItem;
    item->setData(0, kHistoryCallId, call.id);
    item->setData(0, kHistoryNumber, call.remoteNumber);
    item->setData(0, kHistoryInfo, QVariant::fromValue(call));
    retranslateHistory(item);
    m_history->insertTopLevelItem(0, item);
    for (int col = 0; col < 4; ++col)
        m_history->resizeColumnToContents(col);
}

void SoftphonePane::retranslateHistory(QTreeWidgetItem *item)
{
    const CallInfo call = item->data(0, kHistoryInfo).value<CallInfo>();
    const QDateTime when = call.created.isValid() ? call.created : call.ended;
    item->setText(0, QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat));
    item->setText(1, call.direction == CallDirection::Incoming ? tr("In") : tr("Out"));
    item->setText(2, partyText(call));
    item->setText(3, call.answered.isValid() && call.ended.isValid()
                         ? durationText(call.answered.secsTo(call.ended))
                         : QStringLiteral("—"));
    item->setText(4, Telephony::endReasonText(call.endReason, call.sipCode));
}

void SoftphonePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SoftphonePane::retranslateUi()
{
    m_settingsButton->setText(tr("Phone &settings…"));
    m_incomingBox->setTitle(tr("Incoming call"));
    m_answerButton->setText(tr("&Answer"));
    m_answerButton->setToolTip(tr("Answer the call (Ctrl+Shift+A)"));
    m_declineButton->setText(tr("&Decline"));
    m_declineButton->setToolTip(tr("Refuse the call: the caller's phone system decides what "
                                   "happens next (voicemail or another agent)"));
    m_busyButton->setText(tr("Send &busy"));
    m_busyButton->setToolTip(tr("Answer with a busy signal (Ctrl+Shift+B)"));
    m_callBox->setTitle(tr("Current call"));
    m_levelLabel->setText(tr("Microphone:"));
    m_hangupButton->setText(tr("&Hang up"));
    m_hangupButton->setToolTip(tr("End the call (Ctrl+Shift+E)"));
    m_interpreterButton->setText(tr("Add an &interpreter…"));
    m_conferenceButton->setToolTip(tr("Join the calls so that everyone hears everyone, or split "
                                      "them again (Ctrl+Shift+J)"));
    m_holdButton->setToolTip(tr("Put the call on hold or take it back (Ctrl+Shift+H)"));
    m_muteButton->setToolTip(tr("Turn your microphone off or on (Ctrl+Shift+K)"));
    m_callButton->setText(tr("&Call"));
    m_callButton->setToolTip(tr("Call the number typed (Enter)"));
    m_historyBox->setTitle(tr("Calls since Navigator started"));
    m_history->setHeaderLabels({tr("Time"), tr("Way"), tr("Number"), tr("Length"), tr("Outcome")});
    m_answerAction->setText(tr("&Answer the call"));
    m_declineAction->setText(tr("&Decline the call"));
    m_busyAction->setText(tr("Send &busy"));
    m_hangupAction->setText(tr("&Hang up"));
    m_holdAction->setText(tr("Ho&ld / resume"));
    m_muteAction->setText(tr("&Mute / unmute"));
    m_dialAction->setText(tr("&Dial a number"));
    m_transferAction->setText(tr("&Transfer the call…"));
    m_interpreterAction->setText(tr("Add an &interpreter…"));
    m_conferenceAction->setText(tr("&Join or split the calls"));
    m_settingsAction->setText(tr("Phone &settings…"));
    for (int i = 0; i < m_history->topLevelItemCount(); ++i)
        retranslateHistory(m_history->topLevelItem(i));
    for (int col = 0; col < 4; ++col)
        m_history->resizeColumnToContents(col);
    refresh();
}

} // namespace Nav::Ui

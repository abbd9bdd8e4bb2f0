// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/contactpane.h"

#include "contacts/phonenumber.h"

#include "contacts/contactrules.h"
#include "contacts/contactservice.h"
#include "core/clock.h"
#include "ui/contacts/wrapuppage.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace Nav::Ui {

namespace {
constexpr char kDraftKind[] = "contact";

QScrollArea *scrollFor(QWidget *page, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}
} // namespace

ContactPane::ContactPane(Contacts::ContactService &contacts, Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_contacts(contacts)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("contactPane"));
    auto *outer = new QVBoxLayout(this);

    m_crisisBanner = new QLabel(this);
    m_crisisBanner->setObjectName(QStringLiteral("crisisBanner"));
    m_crisisBanner->setStyleSheet(QStringLiteral(
        "background: #b00020; color: white; font-weight: bold; padding: 6px;"));
    m_crisisBanner->setVisible(false);
    outer->addWidget(m_crisisBanner);

    m_recoveredBar = new QWidget(this);
    m_recoveredBar->setObjectName(QStringLiteral("recoveredDraftsBar"));
    m_recoveredBar->setStyleSheet(QStringLiteral("background: #fff4ce;"));
    auto *recLayout = new QHBoxLayout(m_recoveredBar);
    m_recoveredBanner = new QLabel(m_recoveredBar);
    m_recoveredBanner->setWordWrap(true);
    m_restoreButton = new QPushButton(m_recoveredBar);
    m_restoreButton->setObjectName(QStringLiteral("restoreDraftButton"));
    m_discardButton = new QPushButton(m_recoveredBar);
    m_discardButton->setObjectName(QStringLiteral("discardDraftsButton"));
    recLayout->addWidget(m_recoveredBanner, 1);
    recLayout->addWidget(m_restoreButton);
    recLayout->addWidget(m_discardButton);
    m_recoveredBar->setVisible(false);
    outer->addWidget(m_recoveredBar);

    m_repeatHint = new QLabel(this);
    m_repeatHint->setObjectName(QStringLiteral("repeatCallerHint"));
    m_repeatHint->setStyleSheet(QStringLiteral("background: #e8f0fe; padding: 4px;"));
    m_repeatHint->setVisible(false);
    outer->addWidget(m_repeatHint);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("contactErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->setVisible(false);
    outer->addWidget(m_errorLabel);

    m_stack = new QStackedWidget(this);
    m_emptyPage = new QWidget(m_stack);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    m_emptyLabel = new QLabel(m_emptyPage);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyNew = new QPushButton(m_emptyPage);
    m_emptyNew->setObjectName(QStringLiteral("emptyNewContactButton"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyNew, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);
    m_form = new ContactForm;
    m_form->setObjectName(QStringLiteral("contactForm"));
    m_formScroll = scrollFor(m_form, m_stack);
    m_wrapUp = new WrapUpPage;
    m_wrapUp->setObjectName(QStringLiteral("wrapUpPage"));
    m_wrapUpScroll = scrollFor(m_wrapUp, m_stack);
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_formScroll);
    m_stack->addWidget(m_wrapUpScroll);
    outer->addWidget(m_stack, 1);

    auto *bottom = new QHBoxLayout;
    m_draftState = new QLabel(this);
    m_draftState->setObjectName(QStringLiteral("draftStateLabel"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveContactButton"));
    m_wrapUpButton = new QPushButton(this);
    m_wrapUpButton->setObjectName(QStringLiteral("wrapUpButton"));
    bottom->addWidget(m_draftState, 1);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(m_wrapUpButton);
    outer->addLayout(bottom);

    // Actions work anywhere in the window: a navigator jumps here from the directory.
    const auto makeAction = [this](const char *name, const QKeySequence &key,
                                   Qt::ShortcutContext context = Qt::WindowShortcut) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(context);
        addAction(a);
        return a;
    };
    m_newAction = makeAction("newContactAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    m_wrapUpAction = makeAction("wrapUpAction", QKeySequence(Qt::Key_F8));
    m_closeAction = makeAction("closeContactAction", QKeySequence(Qt::CTRL | Qt::Key_Return),
                               Qt::WidgetWithChildrenShortcut);
    m_saveAction = makeAction("saveContactAction", QKeySequence(Qt::CTRL | Qt::Key_S));
    m_backAction = makeAction("backToFormAction", QKeySequence(Qt::Key_Escape),
                              Qt::WidgetWithChildrenShortcut);
    m_findAction = makeAction("findContactsAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_needsAction = makeAction("addNeedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_unmetAction = makeAction("addUnmetAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    // Ctrl+Enter on the keypad too.
    auto *closeKeypad = new QAction(this);
    closeKeypad->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter));
    closeKeypad->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(closeKeypad);
    connect(closeKeypad, &QAction::triggered, m_closeAction, &QAction::trigger);

    connect(m_newAction, &QAction::triggered, this, [this] {
        Q_EMIT focusRequested();
        newContact();
    });
    connect(m_emptyNew, &QPushButton::clicked, this, &ContactPane::newContact);
    connect(m_wrapUpAction, &QAction::triggered, this, &ContactPane::wrapUp);
    connect(m_wrapUpButton, &QPushButton::clicked, this, &ContactPane::wrapUp);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() == m_wrapUpScroll)
            closeContact();
        else if (m_open)
            wrapUp();
    });
    connect(m_saveAction, &QAction::triggered, this, &ContactPane::saveContact);
    connect(m_saveButton, &QPushButton::clicked, this, &ContactPane::saveContact);
    connect(m_backAction, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() == m_wrapUpScroll)
            backToForm();
    });
    connect(m_findAction, &QAction::triggered, this, &ContactPane::findRequested);
    connect(m_needsAction, &QAction::triggered, this, [this] {
        if (!m_open)
            return;
        Q_EMIT focusRequested();
        backToForm();
        m_form->focusField(QString::fromLatin1(Contacts::Field::Needs));
    });
    connect(m_unmetAction, &QAction::triggered, this, [this] {
        if (!m_open)
            return;
        Q_EMIT focusRequested();
        backToForm();
        m_form->focusField(QString::fromLatin1(Contacts::Field::UnmetNeeds));
    });
    connect(m_wrapUp, &WrapUpPage::closeRequested, this, &ContactPane::closeContact);
    connect(m_wrapUp, &WrapUpPage::backRequested, this, &ContactPane::backToForm);
    connect(m_restoreButton, &QPushButton::clicked, this, &ContactPane::restoreDraft);
    connect(m_discardButton, &QPushButton::clicked, this, &ContactPane::discardRecoveredDrafts);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &ContactPane::writeDraft);
    connect(m_form, &ContactForm::changed, this, &ContactPane::scheduleDraft);
    connect(m_wrapUp, &WrapUpPage::changed, this, [this] {
        m_wrapUpVisited = true;
        scheduleDraft();
    });
    connect(m_form, &ContactForm::phoneConfirmed, this, &ContactPane::checkRepeatCaller);
    connect(m_form, &ContactForm::crisisChanged, this, [this] { updateBanner(); });

    retranslateUi();
    m_stack->setCurrentWidget(m_emptyPage);
    setReady(false);
}

ContactPane::~ContactPane()
{
    // Whatever was typed in the last moment goes to the store before the pane disappears.
    if (m_draftTimer->isActive())
        writeDraft();
}

QList<QAction *> ContactPane::actions() const
{
    return {m_newAction, m_needsAction, m_unmetAction, m_wrapUpAction, m_closeAction,
            m_saveAction, m_findAction};
}

void ContactPane::retranslateUi()
{
    m_newAction->setText(tr("&New contact"));
    m_wrapUpAction->setText(tr("&Wrap up the contact"));
    m_closeAction->setText(tr("Close the contact (on wrap-up)"));
    m_saveAction->setText(tr("&Save the contact without closing it"));
    m_backAction->setText(tr("Back to the form"));
    m_findAction->setText(tr("&Find contacts…"));
    m_needsAction->setText(tr("Go to needs"));
    m_unmetAction->setText(tr("Go to unmet needs"));
    m_emptyLabel->setText(tr("No contact is open.\nCtrl+N starts a new contact; "
                             "Ctrl+Shift+F finds earlier ones."));
    m_emptyNew->setText(tr("New contact (Ctrl+N)"));
    m_saveButton->setText(tr("Save (Ctrl+S)"));
    m_wrapUpButton->setText(tr("Wrap up (F8)"));
    m_restoreButton->setText(tr("&Restore"));
    m_discardButton->setText(tr("Discard"));
    updateBanner();
}

void ContactPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContactPane::setReady(bool ready)
{
    m_ready = ready;
    for (QAction *a : {m_newAction, m_findAction})
        a->setEnabled(ready);
    m_emptyNew->setEnabled(ready);
    m_saveButton->setEnabled(ready && m_open);
    m_wrapUpButton->setEnabled(ready && m_open);
    if (!ready)
        return;
    m_contacts.drafts().then(this, [this](const Result<QList<Contacts::Draft>> &drafts) {
        if (!drafts) {
            showError(drafts.error().message);
            return;
        }
        m_recovered.clear();
        m_recoveredIds.clear();
        for (const auto &d : *drafts) {
            if (d.kind == QLatin1String(kDraftKind) && d.id != m_draftId) {
                m_recovered.append(d.payload);
                m_recoveredIds.append(d.id);
            }
        }
        updateBanner();
        // Offer them where the navigator will see it.
        if (!m_recovered.isEmpty() && !m_open)
            Q_EMIT focusRequested();
    });
}

void ContactPane::setVocabularies(const ContactForm::Vocabularies &vocabularies)
{
    m_form->setVocabularies(vocabularies);
}

void ContactPane::setPlaceNames(const QStringList &names)
{
    m_form->setPlaceNames(names);
}

void ContactPane::setDraftDelay(int ms)
{
    m_draftTimer->setInterval(ms);
}

void ContactPane::updateBanner()
{
    const bool crisis = m_open && m_form->contact().crisis;
    m_crisisBanner->setText(tr("CRISIS — stay with the person; a follow-up must be proposed "
                               "at wrap-up."));
    m_crisisBanner->setVisible(crisis);
    m_recoveredBanner->setText(
        tr("%n contact(s) typed before Navigator was interrupted can be restored exactly as "
           "they were.",
           nullptr, int(m_recovered.size())));
    m_recoveredBar->setVisible(!m_recovered.isEmpty());
    m_restoreButton->setEnabled(!m_open);
    m_saveButton->setEnabled(m_ready && m_open);
    m_wrapUpButton->setEnabled(m_ready && m_open);
}

void ContactPane::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

Core::Contact ContactPane::currentContact() const
{
    Core::Contact c = m_form->contact();
    if (m_wrapUpVisited)
        m_wrapUp->apply(c, m_clock.now());
    return c;
}

void ContactPane::load(const Core::Contact &contact, const QJsonObject &pending, bool wrapUpShown)
{
    m_open = true;
    m_wrapUpVisited = wrapUpShown || contact.isClosed();
    m_form->setContact(contact);
    m_form->setPendingInput(pending);
    m_wrapUp->setContact(contact, m_clock.now());
    m_repeatHint->setVisible(false);
    showError({});
    if (wrapUpShown) {
        m_stack->setCurrentWidget(m_wrapUpScroll);
        m_wrapUp->focusFirstField();
    } else {
        m_stack->setCurrentWidget(m_formScroll);
        m_form->focusFirstField();
    }
    m_draftState->clear();
    updateBanner();
    if (!contact.inquirer.phone.isEmpty() && !contact.inquirer.anonymous)
        checkRepeatCaller(contact.inquirer.phone);
}

void ContactPane::newContact()
{
    if (!m_ready)
        return;
    if (m_open)
        writeDraft(); // the contact being typed stays as a draft, offered back later
    Core::Contact c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.start = m_clock.now();
    c.navigator = m_contacts.navigator();
    c.language = QLocale().language() == QLocale::French ? Core::ServiceLanguage::French
                                                         : Core::ServiceLanguage::English;
    m_draftId = c.uuid;
    m_followUpId = 0;
    load(c, {}, false);
    scheduleDraft();
    Q_EMIT statusMessage(tr("New contact started at %1")
                             .arg(QLocale().toString(c.start.time(), QLocale::ShortFormat)));
}

void ContactPane::newFollowUpContact(qint64 followUpId, qint64 earlierContactId)
{
    newContact();
    if (!m_open)
        return;
    m_followUpId = followUpId;
    Core::Contact c = m_form->contact();
    c.direction = Core::Direction::FollowUp;
    c.linkedContactId = earlierContactId;
    // Carry the phone over so the navigator need not ask again.
    m_contacts.contact(earlierContactId).then(this, [this, c](const Result<Core::Contact> &earlier) mutable {
        if (earlier) {
            c.inquirer.phone = earlier->inquirer.phone;
            c.inquirer.anonymous = earlier->inquirer.anonymous;
            c.language = earlier->language;
        }
        m_form->setContact(c);
        scheduleDraft();
    });
}

void ContactPane::newCallContact(const QString &callerNumber, const QDateTime &answeredAt)
{
    newContact();
    if (!m_open)
        return;
    Core::Contact c = m_form->contact();
    c.channel = Core::Channel::Call;
    c.direction = Core::Direction::Inbound;
    if (answeredAt.isValid())
        c.start = answeredAt;
    const auto e164 = Contacts::PhoneNumber::normalise(callerNumber);
    c.inquirer.phone = e164 ? *e164 : QString();
    m_form->setContact(c);
    m_form->focusFirstField();
    scheduleDraft();
    Q_EMIT focusRequested();
    if (!c.inquirer.phone.isEmpty())
        checkRepeatCaller(c.inquirer.phone);
}

void ContactPane::callHandedOver(const QString &callerNumber)
{
    if (!m_open)
        return;
    Core::Contact c = m_form->contact();
    if (c.channel != Core::Channel::Call)
        return;
    const auto e164 = Contacts::PhoneNumber::normalise(callerNumber);
    if (!e164 || c.inquirer.phone == *e164)
        return;
    c.inquirer.phone = *e164;
    m_form->setContact(c);
    scheduleDraft();
    checkRepeatCaller(c.inquirer.phone);
}

void ContactPane::callEnded(const QDateTime &endedAt)
{
    if (!m_open)
        return;
    Core::Contact c = currentContact();
    if (c.channel != Core::Channel::Call)
        return;
    c.end = endedAt.isValid() ? endedAt : m_clock.now();
    // the wrap-up page holds the end time: set it there, keeping what was chosen already
    m_wrapUp->setContact(c, m_clock.now());
    m_wrapUpVisited = true;
    m_stack->setCurrentWidget(m_wrapUpScroll);
    m_wrapUp->focusFirstField();
    scheduleDraft();
    Q_EMIT focusRequested();
    Q_EMIT statusMessage(tr("Call ended at %1: wrap-up.")
                             .arg(QLocale().toString(c.end.toLocalTime().time(),
                                                     QLocale::ShortFormat)));
}

void ContactPane::interpreterJoined(const QString &language)
{
    if (!m_open)
        return;
    m_form->setInterpreterUsed(language);
    scheduleDraft();
}

void ContactPane::openContact(qint64 id)
{
    m_contacts.contact(id).then(this, [this](const Result<Core::Contact> &c) {
        if (!c) {
            showError(c.error().message);
            return;
        }
        if (m_open)
            writeDraft();
        m_draftId = c->uuid;
        m_followUpId = 0;
        load(*c, {}, false);
        Q_EMIT focusRequested();
    });
}

void ContactPane::addReferral(const Core::Referral &referral)
{
    if (!m_open) {
        Q_EMIT statusMessage(tr("Start a contact (Ctrl+N) before adding referrals."));
        return;
    }
    m_form->addReferral(referral);
    Q_EMIT statusMessage(tr("Referral added: %1").arg(referral.name));
}

void ContactPane::scheduleDraft()
{
    if (m_open)
        m_draftTimer->start();
}

void ContactPane::writeDraft()
{
    m_draftTimer->stop();
    if (!m_open || m_draftId.isEmpty())
        return;
    QJsonObject o;
    o.insert(QStringLiteral("v"), 1);
    o.insert(QStringLiteral("contact"), Core::toJson(currentContact()));
    o.insert(QStringLiteral("pending"), m_form->pendingInput());
    o.insert(QStringLiteral("page"), m_stack->currentWidget() == m_wrapUpScroll
                                         ? QStringLiteral("wrap-up")
                                         : QStringLiteral("form"));
    if (m_followUpId)
        o.insert(QStringLiteral("followUpId"), QString::number(m_followUpId));
    Contacts::Draft d;
    d.id = m_draftId;
    d.kind = QString::fromLatin1(kDraftKind);
    d.payload = QJsonDocument(o).toJson(QJsonDocument::Compact);
    const int sequence = ++m_draftSaves;
    m_contacts.saveDraft(d).then(this, [this, sequence](const Result<void> &r) {
        if (!r) {
            // Keep the form as it is; say so plainly and try again on the next keystroke.
            m_draftState->setText(tr("Draft NOT saved: %1").arg(r.error().message));
            return;
        }
        if (sequence == m_draftSaves) {
            m_draftState->setText(tr("Draft saved %1")
                                      .arg(QLocale().toString(m_clock.now().time(),
                                                              QLocale::LongFormat)));
        }
    });
}

void ContactPane::restoreDraft()
{
    if (m_recovered.isEmpty() || m_open)
        return;
    const QByteArray payload = m_recovered.takeFirst();
    const QString id = m_recoveredIds.takeFirst();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    auto contact = doc.isObject()
                       ? Core::contactFromJson(doc.object().value(QStringLiteral("contact")).toObject())
                       : Result<Core::Contact>(fail(ErrorCode::InvalidInput, QString()));
    if (!contact) {
        // Never throw a draft away because it does not read: keep it and say so.
        m_recovered.append(payload);
        m_recoveredIds.append(id);
        showError(tr("A recovered draft could not be read; it is kept in the store. (%1)")
                      .arg(contact.error().message));
        updateBanner();
        return;
    }
    m_draftId = id;
    m_followUpId = doc.object().value(QStringLiteral("followUpId")).toString().toLongLong();
    load(*contact, doc.object().value(QStringLiteral("pending")).toObject(),
         doc.object().value(QStringLiteral("page")).toString() == QLatin1String("wrap-up"));
    Q_EMIT focusRequested();
    Q_EMIT statusMessage(tr("Draft restored."));
}

void ContactPane::discardRecoveredDrafts()
{
    for (const QString &id : std::as_const(m_recoveredIds))
        m_contacts.discardDraft(id);
    m_recovered.clear();
    m_recoveredIds.clear();
    updateBanner();
}

void ContactPane::wrapUp()
{
    if (!m_open)
        return;
    Q_EMIT focusRequested();
    const Core::Contact c = currentContact();
    if (!m_wrapUpVisited) {
        m_wrapUp->setContact(c, m_clock.now());
        m_wrapUpVisited = true;
    }
    m_stack->setCurrentWidget(m_wrapUpScroll);
    m_wrapUp->focusFirstField();
    scheduleDraft();
}

void ContactPane::backToForm()
{
    if (!m_open)
        return;
    m_stack->setCurrentWidget(m_formScroll);
    m_form->focusFirstField();
}

void ContactPane::closeContact()
{
    if (!m_open)
        return;
    Core::Contact c = currentContact();
    const auto issues = Contacts::ContactRules::validateClose(c, m_clock.now());
    m_form->showIssues(issues);
    m_wrapUp->showIssues(issues);
    if (!issues.isEmpty()) {
        m_wrapUp->focusFirstField();
        return;
    }
    c.afterCallSeconds = c.end.isValid() ? int(std::max<qint64>(0, c.end.secsTo(m_clock.now())))
                                         : 0;
    writeDraft(); // the draft stays until the store has the closed contact
    const QString draftId = m_draftId;
    const qint64 followUpId = m_followUpId;
    m_closeAction->setEnabled(false);
    m_contacts.close(c).then(this, [this, draftId, followUpId](const Result<Core::Contact> &saved) {
        m_closeAction->setEnabled(true);
        if (!saved) {
            showError(saved.error().message);
            return;
        }
        m_contacts.discardDraft(draftId);
        if (followUpId)
            m_contacts.linkFollowUpContact(followUpId, saved->id);
        m_open = false;
        m_draftId.clear();
        m_followUpId = 0;
        m_wrapUpVisited = false;
        m_stack->setCurrentWidget(m_emptyPage);
        m_repeatHint->setVisible(false);
        m_draftState->clear();
        showError({});
        updateBanner();
        Q_EMIT statusMessage(tr("Contact closed: %1.").arg(Core::labelOf(saved->disposition)));
        Q_EMIT contactClosed(saved->id);
    });
}

void ContactPane::saveContact()
{
    if (!m_open)
        return;
    const Core::Contact c = currentContact();
    const auto issues = Contacts::ContactRules::validateDraft(c);
    m_form->showIssues(issues);
    if (!issues.isEmpty())
        return;
    writeDraft();
    m_contacts.save(c).then(this, [this](const Result<Core::Contact> &saved) {
        if (!saved) {
            showError(saved.error().message);
            return;
        }
        showError({});
        // The form now edits the stored record (its row id), keeping what is on screen.
        Core::Contact current = currentContact();
        current.id = saved->id;
        current.inquirer.phone = saved->inquirer.phone;
        const QJsonObject pending = m_form->pendingInput();
        const bool onWrapUp = m_stack->currentWidget() == m_wrapUpScroll;
        load(current, pending, onWrapUp);
        Q_EMIT statusMessage(tr("Contact saved."));
    });
}

void ContactPane::checkRepeatCaller(const QString &e164)
{
    if (e164.isEmpty()) {
        m_repeatHint->setVisible(false);
        return;
    }
    const qint64 self = m_form->contact().id;
    m_contacts.repeatCaller(e164, self)
        .then(this, [this](const Result<std::optional<Contacts::RepeatCaller>> &r) {
            if (!r || !r->has_value()) {
                m_repeatHint->setVisible(false);
                return;
            }
            const auto &rc = **r;
            m_repeatHint->setText(
                tr("This number reached 211 %n time(s) in the last 30 days, most recently on %1. "
                   "(Only you see this.)",
                   nullptr, rc.previousContacts)
                    .arg(QLocale().toString(rc.lastContact.toLocalTime(), QLocale::ShortFormat)));
            m_repeatHint->setVisible(true);
        });
}

} // namespace Nav::Ui

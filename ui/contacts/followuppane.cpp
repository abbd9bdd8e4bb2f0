// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/followuppane.h"

#include "core/clock.h"
#include "ui/contacts/followupoutcomedialog.h"
#include "ui/contacts/surveyform.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Nav::Ui {

namespace {

using Bucket = FollowUpQueueModel::Bucket;
constexpr int kBucketTimerMs = 60 * 1000;
constexpr char kOutcomeDraftKind[] = "followup-outcome";

QString outcomeDraftId(qint64 followUpId)
{
    return QStringLiteral("followup-outcome-%1").arg(followUpId);
}

// A draft holds the outcome as the one attempt of a follow-up, so the follow-up codec of
// core/contact.h reads and writes it.
QByteArray outcomeDraftPayload(qint64 followUpId, const Core::FollowUpOutcome &outcome)
{
    Core::FollowUp holder;
    holder.id = followUpId;
    holder.attempts = {outcome};
    return QJsonDocument(Core::toJson(holder)).toJson(QJsonDocument::Compact);
}

std::optional<std::pair<qint64, Core::FollowUpOutcome>> outcomeFromDraft(const QByteArray &payload)
{
    const auto holder = Core::followUpFromJson(QJsonDocument::fromJson(payload).object());
    if (!holder || holder->id == 0 || holder->attempts.size() != 1)
        return std::nullopt;
    return std::pair{holder->id, holder->attempts.constFirst()};
}

// ContactService hangs its own continuation (the followUpsChanged signal) on the futures it
// returns, and a QFuture runs only its last continuation: a QFutureWatcher leaves it in place.
template<typename T, typename F>
void whenFinished(const QFuture<T> &future, QObject *context, F fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::move(fn)] {
                         fn(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(future);
}

Core::Channel channelOf(Core::FollowUpMethod method)
{
    switch (method) {
    case Core::FollowUpMethod::Phone: return Core::Channel::Call;
    case Core::FollowUpMethod::Text: return Core::Channel::Text;
    case Core::FollowUpMethod::Email: return Core::Channel::Email;
    }
    return Core::Channel::Call;
}

QString shortcutText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

FollowUpPane::FollowUpPane(Contacts::ContactService &contacts, Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_contacts(contacts)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("followUpPane"));
    auto *outer = new QVBoxLayout(this);

    m_messageBar = new QWidget(this);
    m_messageBar->setObjectName(QStringLiteral("followUpMessageBar"));
    auto *barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(6, 4, 6, 4);
    m_messageLabel = new QLabel(m_messageBar);
    m_messageLabel->setObjectName(QStringLiteral("followUpMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_dismissButton = new QPushButton(m_messageBar);
    m_dismissButton->setObjectName(QStringLiteral("dismissMessageButton"));
    barLayout->addWidget(m_messageLabel, 1);
    barLayout->addWidget(m_dismissButton);
    m_messageBar->setVisible(false);
    outer->addWidget(m_messageBar);

    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("followUpBucketTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    for (Bucket b : {Bucket::Overdue, Bucket::DueToday, Bucket::Upcoming, Bucket::Done})
        m_tabs->setTabData(m_tabs->addTab(QString()), int(b));
    outer->addWidget(m_tabs);

    m_model = new FollowUpQueueModel(m_clock, this);
    m_model->setFilter(Bucket::Overdue);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the buttons; arrows move between rows.
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpQueueModel::ReasonColumn, QHeaderView::Stretch);
    outer->addWidget(m_view, 1);
    setFocusProxy(m_view);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("followUpEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_emptyLabel);

    auto *buttons = new QHBoxLayout;
    m_callButton = new QPushButton(this);
    m_callButton->setObjectName(QStringLiteral("callNowButton"));
    m_outcomeButton = new QPushButton(this);
    m_outcomeButton->setObjectName(QStringLiteral("recordOutcomeButton"));
    m_newContactButton = new QPushButton(this);
    m_newContactButton->setObjectName(QStringLiteral("newContactFromFollowUpButton"));
    m_surveyButton = new QPushButton(this);
    m_surveyButton->setObjectName(QStringLiteral("followUpSurveyButton"));
    buttons->addWidget(m_callButton);
    buttons->addWidget(m_outcomeButton);
    buttons->addWidget(m_newContactButton);
    buttons->addWidget(m_surveyButton);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    // The pane's commands work while the keyboard is in the pane (its menu works anywhere).
    const auto makeAction = [this](const char *name, const QKeySequence &key) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_callAction = makeAction("callNowAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_outcomeAction = makeAction("recordOutcomeAction", QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_newContactAction = makeAction("newContactFromFollowUpAction",
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_surveyAction = makeAction("followUpSurveyAction",
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_refreshAction = makeAction("refreshFollowUpsAction", QKeySequence(Qt::Key_F5));
    auto *outcomeKeypad = makeAction("recordOutcomeKeypadAction",
                                     QKeySequence(Qt::CTRL | Qt::Key_Enter));
    connect(outcomeKeypad, &QAction::triggered, m_outcomeAction, &QAction::trigger);

    connect(m_callAction, &QAction::triggered, this, &FollowUpPane::callNow);
    connect(m_outcomeAction, &QAction::triggered, this, &FollowUpPane::recordOutcome);
    connect(m_newContactAction, &QAction::triggered, this, &FollowUpPane::requestNewContact);
    connect(m_surveyAction, &QAction::triggered, this, &FollowUpPane::takeSurvey);
    connect(m_refreshAction, &QAction::triggered, this, &FollowUpPane::refresh);
    const std::pair<QPushButton *, QAction *> pairs[] = {{m_callButton, m_callAction},
                                                         {m_outcomeButton, m_outcomeAction},
                                                         {m_newContactButton, m_newContactAction},
                                                         {m_surveyButton, m_surveyAction}};
    for (const auto &[button, action] : pairs) {
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    }
    connect(m_dismissButton, &QPushButton::clicked, this, &FollowUpPane::hideMessage);

    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        const auto bucket = Bucket(m_tabs->tabData(index).toInt());
        m_model->setFilter(bucket);
        if (m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateTabs();
        updateActions();
    });
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_outcomeAction->isEnabled())
            recordOutcome();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FollowUpPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpPane::updateActions);
    connect(&m_contacts, &Contacts::ContactService::followUpsChanged, this,
            &FollowUpPane::refresh);

    // Time moves follow-ups from upcoming to due today to overdue.
    m_tick = new QTimer(this);
    m_tick->setInterval(kBucketTimerMs);
    m_tick->setTimerType(Qt::CoarseTimer);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_model->updateBuckets())
            updateTabs();
    });

    m_outcomeDialog = new FollowUpOutcomeDialog(this);
    connect(m_outcomeDialog, &QDialog::accepted, this, &FollowUpPane::saveOutcome);
    // Cancel means the navigator does not want it: nothing to offer back later.
    connect(m_outcomeDialog, &QDialog::rejected, this, [this] {
        m_draftTimer->stop();
        discardOutcomeDraft(m_outcomeDialog->followUpId());
        m_outcomeDialog->clear();
    });
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &FollowUpPane::writeOutcomeDraft);
    connect(m_outcomeDialog, &FollowUpOutcomeDialog::changed, this, [this] {
        if (m_outcomeDialog->isVisible())
            m_draftTimer->start();
    });

    m_surveyDialog = new QDialog(this);
    m_surveyDialog->setObjectName(QStringLiteral("followUpSurveyDialog"));
    auto *surveyLayout = new QVBoxLayout(m_surveyDialog);
    m_surveyTitle = new QLabel(m_surveyDialog);
    m_surveyTitle->setWordWrap(true);
    surveyLayout->addWidget(m_surveyTitle);
    m_surveyForm = new SurveyForm(m_surveyDialog);
    m_surveyForm->setObjectName(QStringLiteral("followUpSurveyForm"));
    surveyLayout->addWidget(m_surveyForm);
    // Own buttons, not standard ones, so a language switch keeps their labels.
    m_surveyButtons = new QDialogButtonBox(m_surveyDialog);
    m_surveyOk = m_surveyButtons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_surveyOk->setObjectName(QStringLiteral("surveyOkButton"));
    m_surveyOk->setDefault(true);
    m_surveyCancel = m_surveyButtons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_surveyCancel->setObjectName(QStringLiteral("surveyCancelButton"));
    surveyLayout->addWidget(m_surveyButtons);
    m_surveyDialog->setMinimumWidth(480);
    connect(m_surveyButtons, &QDialogButtonBox::accepted, this, [this] {
        const QList<Contacts::FieldIssue> issues = m_surveyForm->validate();
        m_surveyForm->showIssues(issues);
        if (issues.isEmpty())
            m_surveyDialog->accept();
    });
    connect(m_surveyButtons, &QDialogButtonBox::rejected, m_surveyDialog, &QDialog::reject);
    connect(m_surveyDialog, &QDialog::accepted, this, &FollowUpPane::saveSurvey);
    // Keyboard users land back in the queue, on the same follow-up.
    for (QDialog *dialog : {static_cast<QDialog *>(m_outcomeDialog), m_surveyDialog}) {
        connect(dialog, &QDialog::finished, this, [this] {
            activateWindow();
            m_view->setFocus(Qt::OtherFocusReason);
        });
    }

    retranslateUi();
    setReady(false);
}

FollowUpPane::~FollowUpPane()
{
    // What was typed in the last moment goes to the store before the pane disappears.
    if (m_draftTimer->isActive())
        writeOutcomeDraft();
}

void FollowUpPane::setDraftDelay(int milliseconds)
{
    m_draftTimer->setInterval(milliseconds);
}

void FollowUpPane::loadDrafts()
{
    whenFinished(m_contacts.drafts(), this, [this](const Result<QList<Contacts::Draft>> &drafts) {
        if (!drafts) {
            showError(tr("Unsaved outcomes cannot be read: %1").arg(drafts.error().message));
            return;
        }
        for (const Contacts::Draft &d : *drafts) {
            if (d.kind != QLatin1String(kOutcomeDraftKind))
                continue;
            if (const auto restored = outcomeFromDraft(d.payload))
                m_outcomeDrafts.insert(restored->first, restored->second);
        }
    });
}

void FollowUpPane::writeOutcomeDraft()
{
    m_draftTimer->stop();
    const qint64 id = m_outcomeDialog->followUpId();
    // Before "how did the call go" nothing can be typed.
    if (id == 0 || !m_outcomeDialog->hasReach())
        return;
    const Core::FollowUpOutcome outcome = m_outcomeDialog->outcome();
    m_outcomeDrafts.insert(id, outcome);
    Contacts::Draft draft;
    draft.id = outcomeDraftId(id);
    draft.kind = QString::fromLatin1(kOutcomeDraftKind);
    draft.payload = outcomeDraftPayload(id, outcome);
    whenFinished(m_contacts.saveDraft(draft), this, [this](const Result<void> &saved) {
        if (!saved)
            showError(tr("What you typed could not be kept as a draft: %1")
                          .arg(saved.error().message));
    });
}

void FollowUpPane::discardOutcomeDraft(qint64 followUpId)
{
    if (followUpId == 0)
        return;
    m_outcomeDrafts.remove(followUpId);
    // A draft that is not there is nothing to discard; other failures leave an offer behind.
    whenFinished(m_contacts.discardDraft(outcomeDraftId(followUpId)), this,
                 [](const Result<void> &) {});
}

QList<QAction *> FollowUpPane::actions() const
{
    return {m_callAction, m_outcomeAction, m_newContactAction, m_surveyAction, m_refreshAction};
}

void FollowUpPane::retranslateUi()
{
    m_callAction->setText(tr("&Call now"));
    m_outcomeAction->setText(tr("&Record outcome…"));
    m_newContactAction->setText(tr("&New contact from follow-up"));
    m_surveyAction->setText(tr("Satisfaction &survey…"));
    m_refreshAction->setText(tr("Re&fresh follow-ups"));
    //: %1 is a keyboard shortcut
    m_callButton->setText(tr("Call now (%1)").arg(shortcutText(m_callAction)));
    m_outcomeButton->setText(tr("Record outcome… (%1)").arg(shortcutText(m_outcomeAction)));
    m_newContactButton->setText(tr("New contact (%1)").arg(shortcutText(m_newContactAction)));
    m_surveyButton->setText(tr("Survey… (%1)").arg(shortcutText(m_surveyAction)));
    m_dismissButton->setText(tr("Dismiss"));
    m_surveyDialog->setWindowTitle(tr("Satisfaction survey"));
    m_surveyTitle->setText(tr("Survey at follow-up time"));
    m_surveyOk->setText(tr("Save survey"));
    m_surveyCancel->setText(tr("Cancel"));
    m_model->retranslate();
    updateTabs();
}

void FollowUpPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FollowUpPane::setReady(bool ready)
{
    m_ready = ready;
    if (ready) {
        m_tick->start();
        loadDrafts();
        refresh();
    } else {
        m_tick->stop();
    }
    updateActions();
}

void FollowUpPane::setNavigatorName(const QString &firstName)
{
    m_outcomeDialog->setNavigatorName(firstName);
}

void FollowUpPane::updateTabs()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto b = Bucket(m_tabs->tabData(i).toInt());
        //: a bucket of the follow-up queue and how many follow-ups it holds
        m_tabs->setTabText(i, tr("%1 (%2)").arg(FollowUpQueueModel::bucketLabel(b))
                                  .arg(m_model->count(b)));
    }
    QString empty;
    switch (currentBucket()) {
    case Bucket::Overdue: empty = tr("Nothing overdue."); break;
    case Bucket::DueToday: empty = tr("Nothing due today."); break;
    case Bucket::Upcoming: empty = tr("No upcoming follow-ups."); break;
    case Bucket::Done:
        empty = tr("No follow-up done in the last %n day(s).", nullptr, m_doneDays);
        break;
    }
    m_emptyLabel->setText(empty);
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
}

void FollowUpPane::updateActions()
{
    const Contacts::FollowUpItem *item = currentItem();
    const bool open = item && item->followUp.status == Core::FollowUpStatus::Open;
    m_callAction->setEnabled(m_ready && open && !item->phone.isEmpty()
                             && item->followUp.method == Core::FollowUpMethod::Phone);
    m_outcomeAction->setEnabled(m_ready && open && !m_saving);
    m_newContactAction->setEnabled(m_ready && item && item->followUp.newContactId == 0);
    m_surveyAction->setEnabled(m_ready && item);
    m_refreshAction->setEnabled(m_ready);
    // The buttons follow their actions; set them once in case an action did not change.
    m_callButton->setEnabled(m_callAction->isEnabled());
    m_outcomeButton->setEnabled(m_outcomeAction->isEnabled());
    m_newContactButton->setEnabled(m_newContactAction->isEnabled());
    m_surveyButton->setEnabled(m_surveyAction->isEnabled());
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
}

const Contacts::FollowUpItem *FollowUpPane::currentItem() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->item(current.row()) : nullptr;
}

FollowUpQueueModel::Bucket FollowUpPane::currentBucket() const
{
    return Bucket(m_tabs->tabData(m_tabs->currentIndex()).toInt());
}

void FollowUpPane::showBucket(Bucket bucket)
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (Bucket(m_tabs->tabData(i).toInt()) == bucket) {
            m_tabs->setCurrentIndex(i);
            break;
        }
    }
}

bool FollowUpPane::selectFollowUp(qint64 followUpId)
{
    for (const auto &item : m_model->items()) {
        if (item.followUp.id != followUpId)
            continue;
        showBucket(FollowUpQueueModel::bucketOf(item.followUp, m_clock.now()));
        const int row = m_model->rowOf(followUpId);
        if (row < 0)
            return false;
        m_view->setCurrentIndex(m_model->index(row, 0));
        return true;
    }
    return false;
}

QString FollowUpPane::message() const
{
    return m_messageBar->isVisible() ? m_messageLabel->text() : QString();
}

void FollowUpPane::showError(const QString &text)
{
    m_messageBar->setStyleSheet(QStringLiteral(
        "#followUpMessageBar { background: #fde7e9; } QLabel { color: #b00020; }"));
    m_messageLabel->setText(text);
    m_messageBar->setVisible(true);
}

void FollowUpPane::showInfo(const QString &text)
{
    m_messageBar->setStyleSheet(QStringLiteral("#followUpMessageBar { background: #e6f4ea; }"));
    m_messageLabel->setText(text);
    m_messageBar->setVisible(true);
}

void FollowUpPane::hideMessage()
{
    m_messageBar->setVisible(false);
    m_messageLabel->clear();
}

void FollowUpPane::refresh()
{
    if (!m_ready)
        return;
    const int sequence = ++m_sequence;
    whenFinished(m_contacts.followUps(m_doneDays), this,
                 [this, sequence](const Result<QList<Contacts::FollowUpItem>> &items) {
                     // An older reading that finished late would undo a newer one.
                     if (sequence != m_sequence)
                         return;
                     if (!items) {
                         showError(tr("The follow-ups cannot be read: %1")
                                       .arg(items.error().message));
                         return;
                     }
                     const Contacts::FollowUpItem *current = currentItem();
                     const qint64 selected = current ? current->followUp.id : 0;
                     const bool hadFocus = m_view->hasFocus();
                     m_model->setItems(*items);
                     const int row = m_model->rowOf(selected);
                     if (row >= 0)
                         m_view->setCurrentIndex(m_model->index(row, 0));
                     else if (m_model->rowCount() > 0)
                         m_view->setCurrentIndex(m_model->index(0, 0));
                     if (hadFocus)
                         m_view->setFocus(Qt::OtherFocusReason);
                     updateTabs();
                     updateActions();
                     Q_EMIT refreshed();
                 });
}

void FollowUpPane::callNow()
{
    if (!m_callAction->isEnabled())
        return;
    if (const Contacts::FollowUpItem *item = currentItem())
        Q_EMIT dialRequested(item->phone);
}

void FollowUpPane::recordOutcome()
{
    const Contacts::FollowUpItem *item = currentItem();
    if (!m_outcomeAction->isEnabled() || !item)
        return;
    const bool fresh = m_outcomeDialog->followUpId() != item->followUp.id;
    m_outcomeDialog->setFollowUp(*item, m_contacts.maxFailedAttempts());
    if (fresh && m_outcomeDrafts.contains(item->followUp.id)) {
        m_outcomeDialog->setOutcome(m_outcomeDrafts.value(item->followUp.id));
        showInfo(tr("What you typed earlier for this follow-up is back in the form."));
    }
    m_outcomeDialog->open();
    m_outcomeDialog->activateWindow();
    m_outcomeDialog->focusFirstField();
}

void FollowUpPane::saveOutcome()
{
    const qint64 id = m_outcomeDialog->followUpId();
    Core::FollowUpOutcome outcome = m_outcomeDialog->outcome();
    outcome.at = m_clock.now();
    // Kept as a draft until the store has it.
    writeOutcomeDraft();
    m_saving = true;
    updateActions();
    whenFinished(m_contacts.recordOutcome(id, std::move(outcome)), this,
                 [this, id](const Result<Core::FollowUp> &recorded) {
                     m_saving = false;
                     if (!recorded) {
                         // The dialog keeps what was entered for the next try.
                         showError(tr("The outcome was not recorded: %1 What you entered is "
                                      "kept; use Record outcome again to retry.")
                                       .arg(recorded.error().message));
                         updateActions();
                         return;
                     }
                     // The queue may have been read again already (followUpsChanged can
                     // arrive first): the actions must not stay off.
                     updateActions();
                     discardOutcomeDraft(id);
                     if (m_outcomeDialog->followUpId() == id)
                         m_outcomeDialog->clear();
                     const int failed = int(std::count_if(
                         recorded->attempts.cbegin(), recorded->attempts.cend(),
                         [](const Core::FollowUpOutcome &o) {
                             return o.reach != Core::FollowUpReach::Reached;
                         }));
                     switch (recorded->status) {
                     case Core::FollowUpStatus::Done:
                         showInfo(tr("Outcome recorded. The follow-up is done."));
                         break;
                     case Core::FollowUpStatus::Unreachable:
                         showInfo(tr("Outcome recorded. After %n failed attempt(s) the follow-up "
                                     "is closed as unreachable.",
                                     nullptr, failed));
                         break;
                     case Core::FollowUpStatus::Open:
                         showInfo(tr("Outcome recorded: %n failed attempt(s) so far.", nullptr,
                                     failed));
                         break;
                     case Core::FollowUpStatus::Cancelled:
                         showInfo(tr("Outcome recorded. The follow-up is cancelled."));
                         break;
                     }
                     // The queue is read again on ContactService::followUpsChanged.
                     Q_EMIT outcomeRecorded(id, recorded->status);
                 });
}

void FollowUpPane::requestNewContact()
{
    const Contacts::FollowUpItem *item = currentItem();
    if (!m_newContactAction->isEnabled() || !item)
        return;
    Q_EMIT newContactRequested(item->followUp.id, item->followUp.contactId);
}

void FollowUpPane::linkNewContact(qint64 followUpId, qint64 newContactId)
{
    whenFinished(m_contacts.linkFollowUpContact(followUpId, newContactId), this,
                 [this](const Result<void> &linked) {
                     if (!linked) {
                         showError(tr("The new contact was not linked to the follow-up: %1")
                                       .arg(linked.error().message));
                     }
                 });
}

void FollowUpPane::takeSurvey()
{
    const Contacts::FollowUpItem *item = currentItem();
    if (!m_surveyAction->isEnabled() || !item)
        return;
    // The same follow-up again (after a failed save) keeps what was entered.
    if (item->followUp.id != m_surveyFollowUpId) {
        Core::SurveyResponse blank;
        blank.channel = channelOf(item->followUp.method);
        m_surveyForm->setSurvey(blank);
        m_surveyFollowUpId = item->followUp.id;
    }
    m_surveyDialog->open();
    m_surveyDialog->activateWindow();
    m_surveyForm->focusFirstField();
}

void FollowUpPane::saveSurvey()
{
    const qint64 id = m_surveyFollowUpId;
    Core::SurveyResponse survey = m_surveyForm->survey();
    survey.at = m_clock.now();
    whenFinished(m_contacts.saveFollowUpSurvey(id, std::move(survey)), this,
                 [this, id](const Result<void> &saved) {
                     if (!saved) {
                         showError(tr("The survey was not saved: %1 What you entered is kept; "
                                      "open the survey again to retry.")
                                       .arg(saved.error().message));
                         return;
                     }
                     m_surveyFollowUpId = 0;
                     showInfo(tr("Survey saved."));
                     Q_EMIT surveySaved(id);
                 });
}

} // namespace Nav::Ui

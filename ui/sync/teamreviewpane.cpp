// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/sync/teamreviewpane.h"

#include "core/agentstate.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Nav::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
const QString kEveryone = QStringLiteral("*everyone");
const QString kQueue = QStringLiteral("*queue");

enum Column { DueColumn, StatusColumn, AssigneeColumn, AttemptsColumn, CommentColumn, ContactColumn, ColumnCount };

QString shortcutText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

QString whenText(const QDateTime &when, const QDate &today)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (local.date() == today)
        return local.toString(QStringLiteral("HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return {};
    }
}

void addJson(QTreeWidgetItem *parent, QTreeWidget *tree, const QString &key, const QJsonValue &v)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
    item->setText(0, key);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(item, tree, it.key(), it.value());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            addJson(item, tree, QString::number(i + 1), a.at(i));
    } else {
        item->setText(1, jsonText(v));
    }
}

} // namespace

TeamReviewPane::TeamReviewPane(Sync::TeamReview &review, QWidget *parent)
    : QWidget(parent)
    , m_review(review)
{
    setObjectName(QStringLiteral("teamReviewPane"));
    auto *outer = new QVBoxLayout(this);

    auto *head = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("teamReviewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    head->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("teamReviewSummary"));
    head->addWidget(m_summary, 1);
    outer->addLayout(head);

    auto *filters = new QHBoxLayout;
    m_overdueOnly = new QCheckBox(this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnlyCheck"));
    filters->addWidget(m_overdueOnly);
    filters->addSpacing(12);
    m_navigatorLabel = new QLabel(this);
    m_navigator = new QComboBox(this);
    m_navigator->setObjectName(QStringLiteral("navigatorFilterCombo"));
    m_navigator->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_navigator->addItem(QString(), kEveryone);
    m_navigator->addItem(QString(), kQueue);
    m_navigatorLabel->setBuddy(m_navigator);
    filters->addWidget(m_navigatorLabel);
    filters->addWidget(m_navigator);
    filters->addSpacing(12);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const char *code : {"", "open", "done", "unreachable", "cancelled"})
        m_status->addItem(QString(), QString::fromLatin1(code));
    m_statusLabel->setBuddy(m_status);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addStretch(1);
    outer->addLayout(filters);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("teamReviewError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);

    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("teamReviewAsOf"));
    m_asOf->setStyleSheet(QStringLiteral("color: #8a6d00; font-weight: bold;"));
    m_asOf->setWordWrap(true);
    m_asOf->hide();
    outer->addWidget(m_asOf);

    // The agents' board under the follow-ups: beside the directory the pane is about half a
    // screen wide, too narrow for both side by side without hiding columns or buttons.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *followUps = new QWidget(splitter);
    auto *followUpsLayout = new QVBoxLayout(followUps);
    followUpsLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, followUps);
    m_table->setObjectName(QStringLiteral("teamFollowUpTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    followUpsLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_reassignButton = new QPushButton(followUps);
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    m_commentButton = new QPushButton(followUps);
    m_commentButton->setObjectName(QStringLiteral("commentButton"));
    m_openContactButton = new QPushButton(followUps);
    m_openContactButton->setObjectName(QStringLiteral("openContactButton"));
    m_refreshButton = new QPushButton(followUps);
    m_refreshButton->setObjectName(QStringLiteral("refreshTeamButton"));
    buttons->addWidget(m_reassignButton);
    buttons->addWidget(m_commentButton);
    buttons->addWidget(m_openContactButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);
    followUpsLayout->addLayout(buttons);

    m_agentsBox = new QGroupBox(splitter);
    m_agentsBox->setObjectName(QStringLiteral("agentsBox"));
    auto *agentsLayout = new QVBoxLayout(m_agentsBox);
    m_agents = new QTableWidget(0, 3, m_agentsBox);
    m_agents->setObjectName(QStringLiteral("agentBoard"));
    m_agents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agents->setSelectionMode(QAbstractItemView::NoSelection);
    m_agents->setFocusPolicy(Qt::NoFocus);
    m_agents->verticalHeader()->hide();
    m_agents->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agents->horizontalHeader()->setStretchLastSection(true);
    // at least four agents in view without scrolling
    m_agents->setMinimumHeight(m_agents->horizontalHeader()->sizeHint().height()
                               + 4 * m_agents->verticalHeader()->defaultSectionSize()
                               + 2 * m_agents->frameWidth());
    agentsLayout->addWidget(m_agents, 1);
    m_agentsNote = new QLabel(m_agentsBox);
    m_agentsNote->setObjectName(QStringLiteral("agentsNote"));
    m_agentsNote->setWordWrap(true);
    agentsLayout->addWidget(m_agentsNote);
    splitter->addWidget(followUps);
    splitter->addWidget(m_agentsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    outer->addWidget(splitter, 1);

    // The pane's commands work while the keyboard is in the pane (its menu works anywhere).
    const auto makeAction = [this](const char *name, const QKeySequence &key) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_reassignAction = makeAction("reassignFollowUpAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_commentAction = makeAction("commentFollowUpAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_openContactAction = makeAction("openTeamContactAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_refreshAction = makeAction("refreshTeamReviewAction", QKeySequence(Qt::Key_F5));
    connect(m_reassignAction, &QAction::triggered, this, &TeamReviewPane::reassign);
    connect(m_commentAction, &QAction::triggered, this, &TeamReviewPane::editComment);
    connect(m_openContactAction, &QAction::triggered, this, &TeamReviewPane::openContact);
    connect(m_refreshAction, &QAction::triggered, this, &TeamReviewPane::refresh);
    connect(m_reassignButton, &QPushButton::clicked, m_reassignAction, &QAction::trigger);
    connect(m_commentButton, &QPushButton::clicked, m_commentAction, &QAction::trigger);
    connect(m_openContactButton, &QPushButton::clicked, m_openContactAction, &QAction::trigger);
    connect(m_refreshButton, &QPushButton::clicked, m_refreshAction, &QAction::trigger);
    connect(m_table, &QTableWidget::activated, this, [this] { openContact(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TeamReviewPane::updateActions);

    connect(m_overdueOnly, &QCheckBox::toggled, this, &TeamReviewPane::fillTable);
    connect(m_navigator, &QComboBox::currentIndexChanged, this, &TeamReviewPane::fillTable);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TeamReviewPane::fillTable);

    // Reassign: the team's members and the queue.
    m_reassignDialog = new QDialog(this);
    m_reassignDialog->setObjectName(QStringLiteral("reassignDialog"));
    auto *rl = new QVBoxLayout(m_reassignDialog);
    m_reassignLabel = new QLabel(m_reassignDialog);
    m_reassignLabel->setWordWrap(true);
    rl->addWidget(m_reassignLabel);
    m_reassignTo = new QComboBox(m_reassignDialog);
    m_reassignTo->setObjectName(QStringLiteral("reassignToCombo"));
    m_reassignLabel->setBuddy(m_reassignTo);
    rl->addWidget(m_reassignTo);
    auto *rb = new QDialogButtonBox(m_reassignDialog);
    m_reassignOk = rb->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_reassignOk->setObjectName(QStringLiteral("reassignOkButton"));
    m_reassignOk->setDefault(true);
    m_reassignCancel = rb->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(rb, &QDialogButtonBox::accepted, m_reassignDialog, &QDialog::accept);
    connect(rb, &QDialogButtonBox::rejected, m_reassignDialog, &QDialog::reject);
    rl->addWidget(rb);
    m_reassignDialog->setMinimumWidth(380);
    connect(m_reassignDialog, &QDialog::accepted, this, [this] {
        m_review.reassign(m_reassignId, m_reassignTo->currentData().toString());
    });

    // Comment: the lead's note on the follow-up, up to 2000 characters.
    m_commentDialog = new QDialog(this);
    m_commentDialog->setObjectName(QStringLiteral("commentDialog"));
    auto *cl = new QVBoxLayout(m_commentDialog);
    m_commentLabel = new QLabel(m_commentDialog);
    m_commentLabel->setWordWrap(true);
    cl->addWidget(m_commentLabel);
    m_commentEdit = new QPlainTextEdit(m_commentDialog);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setTabChangesFocus(true);
    m_commentLabel->setBuddy(m_commentEdit);
    cl->addWidget(m_commentEdit);
    auto *cb = new QDialogButtonBox(m_commentDialog);
    m_commentOk = cb->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_commentOk->setObjectName(QStringLiteral("commentOkButton"));
    m_commentCancel = cb->addButton(QString(), QDialogButtonBox::RejectRole);
    connect(cb, &QDialogButtonBox::accepted, m_commentDialog, &QDialog::accept);
    connect(cb, &QDialogButtonBox::rejected, m_commentDialog, &QDialog::reject);
    cl->addWidget(cb);
    m_commentDialog->resize(460, 240);
    connect(m_commentDialog, &QDialog::accepted, this, [this] {
        m_review.comment(m_commentId, m_commentEdit->toPlainText().trimmed());
    });

    // The contact, read-only: only the navigator who recorded it changes it.
    m_contactDialog = new QDialog(this);
    m_contactDialog->setObjectName(QStringLiteral("teamContactDialog"));
    auto *tl = new QVBoxLayout(m_contactDialog);
    m_contactNote = new QLabel(m_contactDialog);
    m_contactNote->setWordWrap(true);
    tl->addWidget(m_contactNote);
    m_contactView = new QTreeWidget(m_contactDialog);
    m_contactView->setObjectName(QStringLiteral("teamContactView"));
    m_contactView->setColumnCount(2);
    m_contactView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contactView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tl->addWidget(m_contactView, 1);
    auto *tb = new QDialogButtonBox(m_contactDialog);
    m_contactClose = tb->addButton(QString(), QDialogButtonBox::RejectRole);
    m_contactClose->setObjectName(QStringLiteral("closeContactButton"));
    connect(tb, &QDialogButtonBox::rejected, m_contactDialog, &QDialog::reject);
    tl->addWidget(tb);
    m_contactDialog->resize(560, 520);

    connect(&m_review, &Sync::TeamReview::loaded, this, [this] {
        fillNavigatorFilters();
        fillTable();
        fillAgents();
        showError(m_review.errorText());
        showAsOf();
        updateActions();
    });
    connect(&m_review, &Sync::TeamReview::changed, this, [this](const QString &id) {
        const QString keep = currentFollowUpId().isEmpty() ? id : currentFollowUpId();
        fillTable();
        selectFollowUp(keep);
        showError(m_review.errorText());
    });
    connect(&m_review, &Sync::TeamReview::failed, this, &TeamReviewPane::showError);
    connect(&m_review, &Sync::TeamReview::contactLoaded, this, &TeamReviewPane::showContact);

    retranslateUi();
    if (m_review.hasLoaded()) {
        fillNavigatorFilters();
        fillTable();
        fillAgents();
    }
    updateActions();
}

TeamReviewPane::~TeamReviewPane() = default;

QList<QAction *> TeamReviewPane::actions() const
{
    return {m_reassignAction, m_commentAction, m_openContactAction, m_refreshAction};
}

void TeamReviewPane::retranslateUi()
{
    m_title->setText(tr("Team review"));
    showAsOf();
    m_overdueOnly->setText(tr("&Overdue only"));
    m_navigatorLabel->setText(tr("&Navigator:"));
    m_navigator->setItemText(0, tr("Everyone"));
    m_navigator->setItemText(1, tr("Team queue"));
    m_statusLabel->setText(tr("&Status:"));
    m_status->setItemText(0, tr("Any status"));
    for (int i = 1; i < m_status->count(); ++i)
        m_status->setItemText(i, statusText(m_status->itemData(i).toString()));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Status"), tr("Assigned to"), tr("Attempts"),
                                        tr("Comment"), tr("Contact")});
    m_reassignAction->setText(tr("&Reassign…"));
    m_commentAction->setText(tr("&Comment…"));
    m_openContactAction->setText(tr("&Open contact"));
    m_refreshAction->setText(tr("Re&fresh team review"));
    //: %1 is a keyboard shortcut
    m_reassignButton->setText(tr("Reassign… (%1)").arg(shortcutText(m_reassignAction)));
    m_commentButton->setText(tr("Comment… (%1)").arg(shortcutText(m_commentAction)));
    m_openContactButton->setText(tr("Open contact (%1)").arg(shortcutText(m_openContactAction)));
    m_refreshButton->setText(tr("Refresh (%1)").arg(shortcutText(m_refreshAction)));
    m_agentsBox->setTitle(tr("Agents"));
    m_agents->setHorizontalHeaderLabels({tr("Name"), tr("State"), tr("Since")});
    m_reassignDialog->setWindowTitle(tr("Reassign follow-up"));
    m_reassignLabel->setText(tr("&Give this follow-up to:"));
    m_reassignOk->setText(tr("Reassign"));
    m_reassignCancel->setText(tr("Cancel"));
    if (m_reassignTo->count() > 0)
        m_reassignTo->setItemText(0, tr("Team queue"));
    m_commentDialog->setWindowTitle(tr("Comment on follow-up"));
    m_commentLabel->setText(tr("&Your comment, seen by the navigator (at most %1 characters):")
                                .arg(Sync::TeamReview::kMaxComment));
    m_commentOk->setText(tr("Save comment"));
    m_commentCancel->setText(tr("Cancel"));
    m_contactDialog->setWindowTitle(tr("Contact (read-only)"));
    m_contactNote->setText(tr("Read-only: only the navigator who recorded this contact can change it."));
    m_contactView->setHeaderLabels({tr("Field"), tr("Value")});
    m_contactClose->setText(tr("Close"));
    if (!m_contactId.isEmpty())
        showContact(m_contactId, m_contact);
    fillTable();
    fillAgents();
    if (m_errorShown)
        showError(m_review.errorText());
}

void TeamReviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString TeamReviewPane::statusText(const QString &code)
{
    if (code == QLatin1String("open"))
        return tr("Open");
    if (code == QLatin1String("done"))
        return tr("Done");
    if (code == QLatin1String("unreachable"))
        return tr("Unreachable");
    if (code == QLatin1String("cancelled"))
        return tr("Cancelled");
    return code;
}

QString TeamReviewPane::agentStateText(const QString &code)
{
    const std::optional<Core::AgentState> state = Core::agentStateFromCode(code);
    return state ? Core::agentStateLabel(*state) : code;
}

QString TeamReviewPane::assigneeText(const QString &userId) const
{
    if (userId.isEmpty())
        return tr("Team queue");
    const QString name = m_review.memberName(userId);
    return name.isEmpty() ? tr("Someone outside the team") : name;
}

void TeamReviewPane::fillNavigatorFilters()
{
    const QString keep = m_navigator->currentData().toString();
    const QSignalBlocker block(m_navigator);
    while (m_navigator->count() > 2)
        m_navigator->removeItem(2);
    m_reassignTo->clear();
    m_reassignTo->addItem(tr("Team queue"), QString());
    for (const Sync::TeamMember &m : m_review.members()) {
        const QString name = m.displayName.isEmpty() ? m.username : m.displayName;
        m_navigator->addItem(name, m.id);
        m_reassignTo->addItem(name, m.id);
    }
    const int index = m_navigator->findData(keep);
    m_navigator->setCurrentIndex(index < 0 ? 0 : index);
}

Sync::ReviewFilter TeamReviewPane::currentFilter() const
{
    Sync::ReviewFilter f;
    f.overdueOnly = m_overdueOnly->isChecked();
    const QString who = m_navigator->currentData().toString();
    if (who == kQueue) {
        f.who = Sync::ReviewFilter::Who::Queue;
    } else if (who != kEveryone && !who.isEmpty()) {
        f.who = Sync::ReviewFilter::Who::Member;
        f.memberId = who;
    }
    f.status = m_status->currentData().toString();
    return f;
}

void TeamReviewPane::fillTable()
{
    const QString keep = currentFollowUpId();
    const QDate today = m_review.today();
    const QList<Sync::TeamFollowUp> all = m_review.followUps();
    const QList<Sync::TeamFollowUp> shown = Sync::TeamReview::filtered(all, currentFilter(), today);
    int overdue = 0;
    for (const Sync::TeamFollowUp &f : all)
        overdue += Sync::TeamReview::isOverdue(f, today) ? 1 : 0;

    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const Sync::TeamFollowUp &f = shown.at(row);
        const bool late = Sync::TeamReview::isOverdue(f, today);
        const auto cell = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setData(kIdRole, f.id);
            if (late)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, column, item);
            return item;
        };
        auto *due = cell(DueColumn, f.due.isValid() ? f.due.toString(Qt::ISODate) : tr("No date"));
        if (late) {
            QFont bold = due->font();
            bold.setBold(true);
            due->setFont(bold);
            due->setText(tr("%1 (overdue)").arg(f.due.toString(Qt::ISODate)));
        }
        cell(StatusColumn, statusText(f.status));
        cell(AssigneeColumn, assigneeText(f.assignedTo));
        cell(AttemptsColumn, QString::number(f.attempts))->setTextAlignment(Qt::AlignCenter);
        auto *comment = cell(CommentColumn, QString(f.comment).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        comment->setToolTip(f.comment);
        auto *contact = cell(ContactColumn, f.contactId.left(8));
        contact->setToolTip(f.contactId);
    }
    QString summary;
    if (m_review.hasLoaded()) {
        //: %1 is "N follow-ups shown", %2 is "N overdue in the team"
        summary = tr("%1 · %2").arg(tr("%n follow-up(s) shown", nullptr, int(shown.size())),
                                    tr("%n overdue in the team", nullptr, overdue));
    } else if (m_review.isLoading()) {
        summary = tr("Loading…");
    }
    m_summary->setText(summary);
    if (!selectFollowUp(keep) && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void TeamReviewPane::fillAgents()
{
    const QDate today = m_review.today();
    const QList<Sync::AgentState> agents = m_review.agents();
    m_agents->clearContents();
    m_agents->setRowCount(int(agents.size()));
    for (int row = 0; row < agents.size(); ++row) {
        const Sync::AgentState &a = agents.at(row);
        m_agents->setItem(row, 0, new QTableWidgetItem(a.displayName));
        auto *state = new QTableWidgetItem(agentStateText(a.state));
        state->setData(kIdRole, a.state);
        if (a.state == QLatin1String("offline"))
            state->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_agents->setItem(row, 1, state);
        QString since;
        if (a.stale && a.lastHeartbeat.isValid())
            since = tr("last seen %1").arg(whenText(a.lastHeartbeat, today));
        else if (!a.stale)
            since = whenText(a.since, today);
        m_agents->setItem(row, 2, new QTableWidgetItem(since));
    }
    if (!m_review.hasLoaded())
        m_agentsNote->setText(QString());
    else if (!m_review.hasAgentStates())
        m_agentsNote->setText(tr("Your account may not see the agents' states."));
    else
        m_agentsNote->setText(tr("Offline: no news from the workstation for 2 minutes."));
}

void TeamReviewPane::updateActions()
{
    const bool any = !currentFollowUpId().isEmpty();
    // A snapshot kept for offline use can be read, not changed: changes need the server.
    const bool live = !m_review.asOf().isValid();
    m_reassignAction->setEnabled(any && live);
    m_commentAction->setEnabled(any && live);
    m_openContactAction->setEnabled(any && live);
    m_reassignButton->setEnabled(any && live);
    m_commentButton->setEnabled(any && live);
    m_openContactButton->setEnabled(any && live);
}

void TeamReviewPane::showAsOf()
{
    const QDateTime asOf = m_review.asOf();
    if (!asOf.isValid()) {
        m_asOf->hide();
        m_asOf->clear();
        return;
    }
    const QDateTime local = asOf.toLocalTime();
    const QString when = local.date() == m_review.today()
                             ? QLocale().toString(local.time(), QLocale::ShortFormat)
                             : QLocale().toString(local, QLocale::ShortFormat);
    m_asOf->setText(tr("Shown as it was at %1: the server cannot be reached. Reassigning, "
                       "commenting and opening contacts come back with the connection.")
                        .arg(when));
    m_asOf->show();
}

QString TeamReviewPane::asOfText() const
{
    return m_asOf->isHidden() ? QString() : m_asOf->text();
}

void TeamReviewPane::showError(const QString &message)
{
    m_errorShown = !message.isEmpty();
    m_error->setText(message);
    m_error->setVisible(m_errorShown);
}

QString TeamReviewPane::errorText() const
{
    return m_errorShown ? m_error->text() : QString();
}

QString TeamReviewPane::summaryText() const
{
    return m_summary->text();
}

QString TeamReviewPane::currentFollowUpId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(kIdRole).toString();
}

bool TeamReviewPane::selectFollowUp(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(kIdRole).toString() == id) {
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, 0));
            return true;
        }
    }
    return false;
}

int TeamReviewPane::rowCount() const
{
    return m_table->rowCount();
}

QStringList TeamReviewPane::shownIds() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ids << m_table->item(row, 0)->data(kIdRole).toString();
    return ids;
}

void TeamReviewPane::refresh()
{
    m_review.reload();
    if (!m_review.hasLoaded())
        m_summary->setText(tr("Loading…"));
}

void TeamReviewPane::reassign()
{
    const auto f = m_review.followUp(currentFollowUpId());
    if (!f)
        return;
    m_reassignId = f->id;
    const int index = m_reassignTo->findData(f->assignedTo);
    m_reassignTo->setCurrentIndex(index < 0 ? 0 : index);
    m_reassignDialog->open();
    m_reassignTo->setFocus();
}

void TeamReviewPane::editComment()
{
    const auto f = m_review.followUp(currentFollowUpId());
    if (!f)
        return;
    m_commentId = f->id;
    m_commentEdit->setPlainText(f->comment);
    m_commentEdit->selectAll();
    m_commentDialog->open();
    m_commentEdit->setFocus();
}

void TeamReviewPane::openContact()
{
    const auto f = m_review.followUp(currentFollowUpId());
    if (!f)
        return;
    m_review.loadContact(f->contactId);
}

void TeamReviewPane::showContact(const QString &contactId, const QJsonObject &stored)
{
    m_contactId = contactId;
    m_contact = stored;
    m_contactView->clear();
    auto *recorded = new QTreeWidgetItem(m_contactView);
    recorded->setText(0, tr("Recorded by"));
    recorded->setText(1, assigneeText(stored.value(QLatin1String("owner_id")).toString()));
    auto *revision = new QTreeWidgetItem(m_contactView);
    revision->setText(0, tr("Revision"));
    revision->setText(1, QString::number(stored.value(QLatin1String("revision")).toInt()));
    auto *updated = new QTreeWidgetItem(m_contactView);
    updated->setText(0, tr("Last changed"));
    updated->setText(1, whenText(QDateTime::fromMSecsSinceEpoch(
                                     qint64(stored.value(QLatin1String("updated_at")).toDouble())),
                                 QDate()));
    const QJsonObject contact = stored.value(QLatin1String("contact")).toObject();
    for (auto it = contact.begin(); it != contact.end(); ++it)
        addJson(nullptr, m_contactView, it.key(), it.value());
    m_contactView->expandAll();
    if (!m_contactDialog->isVisible())
        m_contactDialog->open();
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/contacts/contactfinder.h"

#include "ui/contacts/contactlistmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Nav::Ui {

using Contacts::ContactQuery;
using Contacts::ContactSummary;

namespace {

constexpr int kRecentLimit = 50;
constexpr int kDefaultDays = 30;

bool isEnter(const QKeyEvent *key)
{
    return key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
}

} // namespace

ContactFinder::ContactFinder(Contacts::ContactService &contacts, QWidget *parent)
    : QWidget(parent)
    , m_contacts(contacts)
{
    setObjectName(QStringLiteral("contactFinder"));

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("finderPhoneEdit"));
    m_phone->setClearButtonEnabled(true);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel = new QLabel(this);
    m_phoneLabel->setBuddy(m_phone);

    m_disposition = new QComboBox(this);
    m_disposition->setObjectName(QStringLiteral("finderDispositionCombo"));
    m_disposition->addItem(QString(), QString()); // any disposition
    for (Core::Disposition d : Core::allValues<Core::Disposition>())
        m_disposition->addItem(QString(), Core::codeOf(d));
    m_dispositionLabel = new QLabel(this);
    m_dispositionLabel->setBuddy(m_disposition);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-kDefaultDays), this);
    m_from->setObjectName(QStringLiteral("finderFromDate"));
    m_from->setCalendarPopup(true);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("finderToDate"));
    m_to->setCalendarPopup(true);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);

    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(QStringLiteral("finderSearchButton"));
    m_recentButton = new QPushButton(this);
    m_recentButton->setObjectName(QStringLiteral("finderRecentButton"));
    // In a dialog, Enter belongs to the fields and the rows, never to a default button.
    for (QPushButton *b : {m_searchButton, m_recentButton})
        b->setAutoDefault(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("finderMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("finderSummaryLabel"));
    m_summary->setWordWrap(true);

    m_model = new ContactListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ContactListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("finderResultsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactListModel::StartColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, arrows move in it
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ContactListModel::NeedColumn,
                                                     QHeaderView::Stretch);

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_phoneLabel);
    firstRow->addWidget(m_phone, 3);
    firstRow->addSpacing(8);
    firstRow->addWidget(m_dispositionLabel);
    firstRow->addWidget(m_disposition, 2);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_fromLabel);
    secondRow->addWidget(m_from);
    secondRow->addSpacing(8);
    secondRow->addWidget(m_toLabel);
    secondRow->addWidget(m_to);
    secondRow->addStretch(1);
    secondRow->addWidget(m_recentButton);
    secondRow->addWidget(m_searchButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    setTabOrder(m_phone, m_disposition);
    setTabOrder(m_disposition, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_searchButton);
    setTabOrder(m_searchButton, m_recentButton);
    setTabOrder(m_recentButton, m_view);
    setFocusProxy(m_phone);

    const QList<QWidget *> keyed{m_phone, m_disposition, m_from, m_to, m_view};
    for (QWidget *w : keyed)
        w->installEventFilter(this);
    connect(m_searchButton, &QPushButton::clicked, this, &ContactFinder::search);
    connect(m_recentButton, &QPushButton::clicked, this, &ContactFinder::showRecent);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_view->setCurrentIndex(index);
        openCurrent();
    });
    connect(&m_contacts, &Contacts::ContactService::contactSaved, this, &ContactFinder::refresh);

    setReady(false);
    retranslateUi();
}

ContactFinder::~ContactFinder() = default;

void ContactFinder::setReady(bool ready)
{
    m_ready = ready;
    m_searchButton->setEnabled(ready);
    m_recentButton->setEnabled(ready);
    updateSummary();
    if (ready)
        showRecent();
}

void ContactFinder::setNeedLabels(const QHash<QString, QString> &labels)
{
    m_model->setNeedLabels(labels);
}

QString ContactFinder::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ContactFinder::showRecent()
{
    if (!m_ready)
        return;
    clearMessage();
    run(Mode::Recent, ContactQuery{});
}

void ContactFinder::search()
{
    if (!m_ready)
        return;
    clearMessage();
    ContactQuery query;
    query.phone = m_phone->text().trimmed();
    query.from = m_from->date();
    query.to = m_to->date();
    query.disposition = Core::fromCode<Core::Disposition>(m_disposition->currentData().toString());
    if (query.from > query.to) {
        showMessage(tr("The “From” date is after the “To” date: change one of them."),
                    m_from);
        return;
    }
    run(Mode::Search, query);
}

void ContactFinder::refresh()
{
    // A saved or closed contact may change any list: show the one on screen again.
    if (m_ready && m_shown > 0)
        run(m_mode, m_lastQuery);
}

void ContactFinder::run(Mode mode, const ContactQuery &query)
{
    const int sequence = ++m_sequence;
    auto future = mode == Mode::Recent ? m_contacts.recent(kRecentLimit) : m_contacts.find(query);
    future.then(this, [this, sequence, mode, query](const Result<QList<ContactSummary>> &result) {
        if (sequence != m_sequence)
            return; // a newer query is under way: never show stale rows
        showList(mode, query, result);
    });
}

void ContactFinder::showList(Mode mode, const ContactQuery &query,
                             const Result<QList<ContactSummary>> &result)
{
    if (!result) {
        // The fields and the list on screen stay as they are: only the message is new.
        const bool aboutPhone = mode == Mode::Search && !query.phone.isEmpty()
                                && result.error().code == ErrorCode::InvalidInput;
        showMessage(result.error().message, aboutPhone ? m_phone : nullptr);
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const qint64 currentId = current.isValid()
                                 ? current.data(ContactListModel::ContactIdRole).toLongLong()
                                 : 0;
    m_mode = mode;
    m_lastQuery = query;
    const int limit = mode == Mode::Recent ? kRecentLimit : query.limit;
    m_truncated = limit > 0 && result->size() >= limit;
    m_model->setContacts(*result);

    // Keep the row the navigator was on (a refresh), else start at the top.
    QModelIndex select = m_proxy->index(0, 0);
    for (int row = 0; currentId != 0 && row < m_proxy->rowCount(); ++row) {
        const QModelIndex i = m_proxy->index(row, 0);
        if (i.data(ContactListModel::ContactIdRole).toLongLong() == currentId) {
            select = i;
            break;
        }
    }
    if (select.isValid())
        m_view->setCurrentIndex(select);
    ++m_shown;
    updateSummary();
}

void ContactFinder::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openContactRequested(index.data(ContactListModel::ContactIdRole).toLongLong());
}

void ContactFinder::showMessage(const QString &text, QWidget *field)
{
    m_message->setText(text);
    m_message->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->selectAll();
    }
}

void ContactFinder::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

void ContactFinder::updateSummary()
{
    if (m_shown == 0) {
        m_summary->setText(m_ready ? tr("Loading your recent contacts…")
                                   : tr("Opening the contact records…"));
        return;
    }
    const int n = m_model->rowCount();
    QString text;
    if (m_mode == Mode::Recent) {
        text = n == 0 ? tr("You have no saved contacts yet.")
                      : tr("Your %n most recent contact(s).", nullptr, n);
    } else {
        text = n == 0 ? tr("No contact matches this search.")
                      : tr("%n contact(s) found.", nullptr, n);
    }
    if (m_truncated)
        text += QLatin1Char(' ') + tr("Only the first %1 are shown: narrow the search.").arg(n);
    m_summary->setText(text);
}

bool ContactFinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_view && isEnter(key)) {
        openCurrent();
        return true;
    }
    if (isEnter(key) && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        // A date typed but not yet committed counts, as it does for the navigator's eyes.
        if (auto *date = qobject_cast<QDateEdit *>(watched))
            date->interpretText();
        search();
        return true;
    }
    if (watched == m_phone && key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ContactFinder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ContactFinder::retranslateUi()
{
    m_phoneLabel->setText(tr("&Phone:"));
    m_phone->setPlaceholderText(tr("any way of typing it, or its last digits"));
    m_dispositionLabel->setText(tr("D&isposition:"));
    m_disposition->setItemText(0, tr("Any disposition"));
    for (int i = 1; i < m_disposition->count(); ++i) {
        if (auto d = Core::fromCode<Core::Disposition>(m_disposition->itemData(i).toString()))
            m_disposition->setItemText(i, ContactListModel::dispositionText(*d));
    }
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    // The language switch changes the default locale; the date fields follow it.
    for (QDateEdit *date : {m_from, m_to}) {
        date->setLocale(QLocale());
        date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_searchButton->setText(tr("&Search"));
    m_searchButton->setToolTip(tr("Search with these fields (Enter in any field)"));
    m_recentButton->setText(tr("&Recent"));
    m_recentButton->setToolTip(tr("Show your most recent contacts again"));
    m_view->setAccessibleName(tr("Contacts"));
    updateSummary();
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/directory/directorypane.h"

#include "core/clock.h"
#include "directory/directoryservice.h"
#include "directory/referral.h"
#include "ui/directory/importdialog.h"
#include "ui/directory/reportproblemdialog.h"
#include "ui/directory/serviceresultdelegate.h"
#include "ui/directory/serviceresultsmodel.h"
#include "ui/directory/servicedetailview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Nav::Ui {

using namespace Nav::Directory;

DirectoryPane::DirectoryPane(DirectoryService &directory, Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("directoryPane"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("directorySearchEdit"));
    m_search->setClearButtonEnabled(true);
    setFocusProxy(m_search);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(14);
    m_languageFilter = new QComboBox(this);
    m_languageFilter->setObjectName(QStringLiteral("languageFilter"));
    m_languageFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_languageFilter->setMinimumContentsLength(10);
    m_age = new QSpinBox(this);
    m_age->setObjectName(QStringLiteral("ageFilter"));
    m_age->setRange(-1, 120);
    m_age->setValue(-1);
    m_ageLabel = new QLabel(this);
    m_ageLabel->setBuddy(m_age);
    m_openNow = new QCheckBox(this);
    m_openNow->setObjectName(QStringLiteral("openNowFilter"));
    m_free = new QCheckBox(this);
    m_free->setObjectName(QStringLiteral("freeFilter"));
    m_near = new QLineEdit(this);
    m_near->setObjectName(QStringLiteral("nearEdit"));
    m_near->setClearButtonEnabled(true);
    m_nearLabel = new QLabel(this);
    m_nearLabel->setBuddy(m_near);
    m_radius = new QComboBox(this);
    m_radius->setObjectName(QStringLiteral("radiusFilter"));
    for (int km : {0, 5, 10, 25, 50, 100})
        m_radius->addItem(QString(), km);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("directorySummary"));
    m_summary->setWordWrap(true);

    m_model = new ServiceResultsModel(this);
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("directoryResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new ServiceResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);

    m_detailPage = new QWidget(this);
    m_detail = new ServiceDetailView(m_detailPage);
    m_back = new QPushButton(m_detailPage);
    m_back->setObjectName(QStringLiteral("backToResultsButton"));
    m_report = new QPushButton(m_detailPage);
    m_report->setObjectName(QStringLiteral("reportProblemButton"));
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addWidget(m_back);
    detailButtons->addStretch();
    m_referButton = new QPushButton(m_detailPage);
    m_referButton->setObjectName(QStringLiteral("referServiceButton"));
    detailButtons->addWidget(m_referButton);
    detailButtons->addWidget(m_report);
    auto *detailLayout = new QVBoxLayout(m_detailPage);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(detailButtons);
    detailLayout->addWidget(m_detail, 1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_detailPage);

    auto *filters1 = new QHBoxLayout;
    filters1->addWidget(m_category, 2);
    filters1->addWidget(m_languageFilter, 1);
    filters1->addWidget(m_ageLabel);
    filters1->addWidget(m_age);
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(m_openNow);
    filters2->addWidget(m_free);
    filters2->addSpacing(8);
    filters2->addWidget(m_nearLabel);
    filters2->addWidget(m_near, 1);
    filters2->addWidget(m_radius);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addLayout(filters1);
    layout->addLayout(filters2);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &DirectoryPane::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_near, &QLineEdit::editingFinished, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_category, m_languageFilter, m_radius})
        connect(c, &QComboBox::activated, m_debounce, qOverload<>(&QTimer::start));
    connect(m_age, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QCheckBox *c : {m_openNow, m_free})
        connect(c, &QCheckBox::toggled, m_debounce, qOverload<>(&QTimer::start));

    connect(m_results, &QListView::activated, this, &DirectoryPane::showDetail);
    connect(m_back, &QPushButton::clicked, this, &DirectoryPane::backToResults);
    connect(m_report, &QPushButton::clicked, this, &DirectoryPane::reportProblem);
    connect(m_referButton, &QPushButton::clicked, this, &DirectoryPane::refer);
    m_referAction = new QAction(this);
    m_referAction->setObjectName(QStringLiteral("referServiceAction"));
    m_referAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_referAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_referAction);
    connect(m_referAction, &QAction::triggered, this, &DirectoryPane::refer);
    connect(m_detail, &ServiceDetailView::dialRequested, this, [this](const QString &number) {
        if (m_canDial) {
            Q_EMIT dialRequested(number);
            return;
        }
        QApplication::clipboard()->setText(number);
        Q_EMIT statusMessage(tr("%1 copied: paste it into your phone.").arg(number));
    });

    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    m_detail->installEventFilter(this);

    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importDirectoryAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &DirectoryPane::showImportDialog);
    connect(&m_directory, &DirectoryService::directoryChanged, this, &DirectoryPane::search);

    retranslateUi();
}

DirectoryPane::~DirectoryPane() = default;

QString DirectoryPane::language() const
{
    return QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void DirectoryPane::setReady(bool ready)
{
    m_ready = ready;
    if (!ready)
        return;
    m_directory.placeNames().then(this, [this](const Result<QStringList> &names) {
        if (!names)
            return;
        auto *completer = new QCompleter(*names, m_near);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchStartsWith);
        m_near->setCompleter(completer);
    });
    search();
}

void DirectoryPane::setConfidentialCleared(bool cleared)
{
    m_cleared = cleared;
    search();
}

void DirectoryPane::search()
{
    if (!m_ready)
        return;
    SearchQuery q;
    q.text = m_search->text();
    q.language = language();
    q.taxonomyCodes = m_category->currentData().toString().isEmpty()
                          ? QStringList()
                          : QStringList{m_category->currentData().toString()};
    if (!m_languageFilter->currentData().toString().isEmpty())
        q.languages = {m_languageFilter->currentData().toString()};
    if (m_age->value() >= 0)
        q.age = m_age->value();
    q.openNow = m_openNow->isChecked();
    q.freeOnly = m_free->isChecked();
    q.radiusKm = m_radius->currentData().toInt();
    q.confidentialCleared = m_cleared;
    q.at = m_clock.now();
    const int sequence = ++m_sequence;
    const QString near = m_near->text().trimmed();
    if (near.isEmpty())
        return runQuery(q, sequence);
    m_directory.resolvePlace(near).then(
        this, [this, q, sequence, near](const Result<std::optional<PlaceMatch>> &place) mutable {
            if (place && *place) {
                q.near = (*place)->point;
                m_near->setStyleSheet(QString());
                m_near->setToolTip((*place)->name);
            } else {
                m_near->setStyleSheet(QStringLiteral("color: #b00020;"));
                m_near->setToolTip(tr("Unknown place: type a municipality or a postal code."));
            }
            runQuery(q, sequence);
        });
}

void DirectoryPane::runQuery(SearchQuery query, int sequence)
{
    m_directory.search(query).then(this, [this, sequence](const Result<SearchResult> &result) {
        if (sequence != m_sequence)
            return; // a newer search is under way: never show stale results
        if (!result) {
            m_summary->setText(result.error().message);
            return;
        }
        showResult(*result, sequence);
    });
}

void DirectoryPane::showResult(const SearchResult &result, int)
{
    m_model->setResults(result.hits, m_clock.now().date());
    m_model->setLanguage(language());
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
    QString summary = tr("%n service(s)", nullptr, result.total);
    if (result.total > result.hits.size())
        summary += QLatin1Char(' ') + tr("(first %1 shown)").arg(result.hits.size());
    summary += QStringLiteral(" · %1 ms").arg(QLocale().toString(double(result.elapsedUs) / 1000.0, 'f', 1));
    if (!result.corrections.isEmpty())
        summary += QStringLiteral(" · ") + tr("Also searched: %1").arg(result.corrections.join(QStringLiteral(", ")));
    if (!result.synonyms.isEmpty())
        summary += QStringLiteral(" · ") + tr("Synonyms: %1").arg(result.synonyms.mid(0, 4).join(QStringLiteral(", ")));
    m_summary->setText(summary);
    fillFacets(result);
    ++m_completed;
}

void DirectoryPane::fillFacets(const SearchResult &result)
{
    const QString lang = language();
    const QString selected = m_category->currentData().toString();
    m_category->blockSignals(true);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const FacetCount &f : result.categories) {
        const QString name = lang == QLatin1String("fr") && !f.nameFr.isEmpty() ? f.nameFr
                             : !f.nameEn.isEmpty() ? f.nameEn : f.code.toUpper();
        m_category->addItem(QStringLiteral("%1 (%2)").arg(name).arg(f.count), f.code);
    }
    if (!selected.isEmpty() && m_category->findData(selected) < 0)
        m_category->addItem(selected.toUpper(), selected);
    m_category->setCurrentIndex(qMax(0, m_category->findData(selected)));
    m_category->blockSignals(false);

    const QString selectedLang = m_languageFilter->currentData().toString();
    m_languageFilter->blockSignals(true);
    m_languageFilter->clear();
    m_languageFilter->addItem(tr("Any language"), QString());
    for (const FacetCount &f : result.languages) {
        const QString name = ServiceDetailView::languageName(f.code);
        m_languageFilter->addItem(QStringLiteral("%1 (%2)").arg(name).arg(f.count), f.code);
    }
    if (!selectedLang.isEmpty() && m_languageFilter->findData(selectedLang) < 0)
        m_languageFilter->addItem(selectedLang.toUpper(), selectedLang);
    m_languageFilter->setCurrentIndex(qMax(0, m_languageFilter->findData(selectedLang)));
    m_languageFilter->blockSignals(false);
}

void DirectoryPane::showDetail(const QModelIndex &index)
{
    const SearchHit *hit = m_model->hit(index.row());
    if (!hit)
        return;
    m_detail->setRecord(hit->record, language(), m_clock.now().date());
    m_stack->setCurrentWidget(m_detailPage);
    m_detail->setFocus(Qt::OtherFocusReason);
}

void DirectoryPane::backToResults()
{
    m_stack->setCurrentWidget(m_results);
    m_results->setFocus(Qt::OtherFocusReason);
}

void DirectoryPane::reportProblem()
{
    if (!m_detail->hasRecord())
        return;
    auto *dialog = new ReportProblemDialog(m_detail->record().service.name.text(language()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString serviceId = m_detail->record().service.id;
    connect(dialog, &ReportProblemDialog::submitted, this,
            [this, serviceId](const QString &reason, const QString &note) {
                m_directory.reportProblem(serviceId, reason, note)
                    .then(this, [this](const Result<QString> &r) {
                        Q_EMIT statusMessage(r ? tr("Thank you: the problem was recorded for the data team.")
                                               : r.error().message);
                    });
            });
    dialog->open();
}

void DirectoryPane::refer()
{
    const ServiceRecord *record = nullptr;
    if (m_stack->currentWidget() == m_detailPage && m_detail->hasRecord()) {
        record = &m_detail->record();
    } else if (const SearchHit *hit = m_model->hit(m_results->currentIndex().row())) {
        record = &hit->record;
    }
    if (!record) {
        Q_EMIT statusMessage(tr("Select a service first (↓ in the results)."));
        return;
    }
    Q_EMIT referralChosen(referralSnapshot(*record, language()));
}

void DirectoryPane::showImportDialog()
{
    auto *dialog = new ImportDialog(m_directory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool DirectoryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                                || key->key() == Qt::Key_Enter)) {
        if (m_model->rowCount() == 0)
            return false;
        m_stack->setCurrentWidget(m_results);
        m_results->setFocus(Qt::OtherFocusReason);
        if (!m_results->currentIndex().isValid())
            m_results->setCurrentIndex(m_model->index(0));
        return true;
    }
    if (watched == m_results && key->key() == Qt::Key_Escape) {
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->selectAll();
        return true;
    }
    if (watched == m_results && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        showDetail(m_results->currentIndex());
        return true;
    }
    if (watched == m_detail && (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Backspace)) {
        backToResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DirectoryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->setLanguage(language());
        search();
    }
    QWidget::changeEvent(event);
}

void DirectoryPane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search services: need, name, place… (Ctrl+3)"));
    m_ageLabel->setText(tr("Age:"));
    m_age->setSpecialValueText(tr("any"));
    m_age->setMinimumWidth(m_age->fontMetrics().horizontalAdvance(m_age->specialValueText()) + 48);
    m_openNow->setText(tr("Open now"));
    m_free->setText(tr("Free"));
    m_nearLabel->setText(tr("Near:"));
    m_near->setPlaceholderText(tr("municipality or postal code"));
    for (int i = 0; i < m_radius->count(); ++i) {
        const int km = m_radius->itemData(i).toInt();
        m_radius->setItemText(i, km == 0 ? tr("any distance") : tr("within %1 km").arg(km));
    }
    if (m_category->count() == 0)
        m_category->addItem(QString(), QString());
    m_category->setItemText(0, tr("All categories"));
    if (m_languageFilter->count() == 0)
        m_languageFilter->addItem(QString(), QString());
    m_languageFilter->setItemText(0, tr("Any language"));
    m_back->setText(tr("← Back to results (Esc)"));
    m_report->setText(tr("Report a problem with this record…"));
    m_referButton->setText(tr("Add to the contact's referrals (Ctrl+R)"));
    m_referAction->setText(tr("Add the selected service to the contact's referrals"));
    m_importAction->setText(tr("&Import directory…"));
    if (!m_ready)
        m_summary->setText(tr("Opening the directory…"));
}

} // namespace Nav::Ui

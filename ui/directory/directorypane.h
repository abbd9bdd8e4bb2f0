// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/contact.h"
#include "directory/search/directorysearch.h"

#include <QDate>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace Nav::Core {
class Clock;
}
namespace Nav::Directory {
class DirectoryService;
}

namespace Nav::Ui {

class ServiceDetailView;
class ServiceResultsModel;

// The directory area: instant results while typing, filters, result rows, a detail view, and
// keyboard travel between them (Ctrl+3 search · ↓ results · Enter detail · Esc back).
class DirectoryPane final : public QWidget
{
    Q_OBJECT
public:
    DirectoryPane(Directory::DirectoryService &directory, Core::Clock &clock,
                  QWidget *parent = nullptr);
    ~DirectoryPane() override;

    // Searching starts once the store is open and the index loaded.
    void setReady(bool ready);
    // Whether the signed-in role may see confidential addresses and phones.
    void setConfidentialCleared(bool cleared);
    // A softphone is set up: activating a phone number dials it (else the number is copied
    // for the navigator's desk phone).
    void setCanDial(bool canDial) { m_canDial = canDial; }

    QAction *importAction() const { return m_importAction; }
    // Ctrl+R: the service under the cursor (result row or detail) becomes a referral.
    QAction *referAction() const { return m_referAction; }
    ServiceResultsModel *resultsModel() const { return m_model; }
    ServiceDetailView *detailView() const { return m_detail; }
    int searchesCompleted() const { return m_completed; }

public Q_SLOTS:
    void search();
    void showImportDialog();

Q_SIGNALS:
    void dialRequested(const QString &number);
    void statusMessage(const QString &text);
    // A snapshot of the chosen service, with nothing confidential in it.
    void referralChosen(const Core::Referral &referral);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void runQuery(Directory::SearchQuery query, int sequence);
    void showResult(const Directory::SearchResult &result, int sequence);
    void showDetail(const QModelIndex &index);
    void backToResults();
    void reportProblem();
    void refer();
    void fillFacets(const Directory::SearchResult &result);
    QString language() const;

    Directory::DirectoryService &m_directory;
    Core::Clock &m_clock;
    bool m_ready = false;
    bool m_cleared = false;
    bool m_canDial = false;
    int m_sequence = 0;
    int m_completed = 0;

    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_languageFilter = nullptr;
    QLabel *m_ageLabel = nullptr;
    QSpinBox *m_age = nullptr;
    QCheckBox *m_openNow = nullptr;
    QCheckBox *m_free = nullptr;
    QLabel *m_nearLabel = nullptr;
    QLineEdit *m_near = nullptr;
    QComboBox *m_radius = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_results = nullptr;
    ServiceResultsModel *m_model = nullptr;
    QWidget *m_detailPage = nullptr;
    ServiceDetailView *m_detail = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_referButton = nullptr;
    QAction *m_referAction = nullptr;
    QTimer *m_debounce = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace Nav::Ui

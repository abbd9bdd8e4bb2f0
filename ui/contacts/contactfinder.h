// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactservice.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Nav::Ui {

class ContactListModel;

// Finding a saved contact: the navigator's recent contacts by default, or a search by phone
// (typed any way), a range of local dates and a disposition. Enter in any field searches;
// Enter or a double-click on a row asks for that contact to be opened. The widget can sit in a
// dialog or in a pane; it only reads the store.
class ContactFinder final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Recent, Search };

    explicit ContactFinder(Contacts::ContactService &contacts, QWidget *parent = nullptr);
    ~ContactFinder() override;

    // Queries start once the store is open; becoming ready loads the recent contacts.
    void setReady(bool ready);
    bool isReady() const { return m_ready; }
    // Labels for the first-need column (category code -> label in the current language).
    void setNeedLabels(const QHash<QString, QString> &labels);

    ContactListModel *model() const { return m_model; }
    Mode mode() const { return m_mode; }
    // How many lists have been shown (recent or search), for tests and status.
    int listsShown() const { return m_shown; }
    // The error shown under the fields, empty when there is none.
    QString message() const;

public Q_SLOTS:
    // The navigator's own latest contacts.
    void showRecent();
    // The fields as a query; an error (bad phone, dates reversed) is shown and nothing runs.
    void search();

Q_SIGNALS:
    void openContactRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void run(Mode mode, const Contacts::ContactQuery &query);
    void showList(Mode mode, const Contacts::ContactQuery &query,
                  const Result<QList<Contacts::ContactSummary>> &result);
    void refresh();
    void openCurrent();
    void showMessage(const QString &text, QWidget *field);
    void clearMessage();
    void updateSummary();
    void retranslateUi();

    Contacts::ContactService &m_contacts;
    bool m_ready = false;
    Mode m_mode = Mode::Recent;
    Contacts::ContactQuery m_lastQuery; // the query on screen, rerun when a contact is saved
    int m_sequence = 0;
    int m_shown = 0;
    bool m_truncated = false;

    QLabel *m_phoneLabel = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_dispositionLabel = nullptr;
    QComboBox *m_disposition = nullptr;
    QPushButton *m_searchButton = nullptr;
    QPushButton *m_recentButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    ContactListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "sync/teamreview.h"

#include <QJsonObject>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDialog;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Nav::Ui {

// The team lead's review of the team (shown to team leads only): the team's follow-ups with
// filters (overdue only, by navigator or the team queue, by status), reassigning and commenting
// (saved on the server at once, with a plain "changed meanwhile" when someone was faster), the
// contact of a follow-up read-only, and the agents board. Works on Sync::TeamReview.
class TeamReviewPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TeamReviewPane(Sync::TeamReview &review, QWidget *parent = nullptr);
    ~TeamReviewPane() override;

    // For the area's menu: reassign, comment, open contact, refresh.
    QList<QAction *> actions() const;
    QAction *reassignAction() const { return m_reassignAction; }
    QAction *commentAction() const { return m_commentAction; }
    QAction *openContactAction() const { return m_openContactAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    QTableWidget *table() const { return m_table; }
    QTableWidget *agentBoard() const { return m_agents; }
    QCheckBox *overdueOnlyBox() const { return m_overdueOnly; }
    QComboBox *navigatorFilter() const { return m_navigator; }
    QComboBox *statusFilter() const { return m_status; }
    QDialog *reassignDialog() const { return m_reassignDialog; }
    QComboBox *reassignCombo() const { return m_reassignTo; }
    QDialog *commentDialog() const { return m_commentDialog; }
    QPlainTextEdit *commentEdit() const { return m_commentEdit; }
    QDialog *contactDialog() const { return m_contactDialog; }
    QTreeWidget *contactView() const { return m_contactView; }

    // The follow-up under the cursor (empty when none) and putting the cursor on one.
    QString currentFollowUpId() const;
    bool selectFollowUp(const QString &id);
    // Rows shown now, and the ids in their order.
    int rowCount() const;
    QStringList shownIds() const;
    // The error line, empty when hidden.
    QString errorText() const;
    // "Shown as it was at …" while the review shows a snapshot kept for offline use; empty live.
    QString asOfText() const;
    // The summary line ("5 follow-ups shown, 1 overdue").
    QString summaryText() const;

public Q_SLOTS:
    void refresh();
    void reassign();
    void editComment();
    void openContact();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillNavigatorFilters();
    void fillTable();
    void fillAgents();
    void updateActions();
    void showError(const QString &message);
    void showContact(const QString &contactId, const QJsonObject &stored);
    Sync::ReviewFilter currentFilter() const;
    QString assigneeText(const QString &userId) const;
    static QString statusText(const QString &code);
    static QString agentStateText(const QString &code);

    Sync::TeamReview &m_review;
    QLabel *m_title = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_navigatorLabel = nullptr;
    QComboBox *m_navigator = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_asOf = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_reassignButton = nullptr;
    QPushButton *m_commentButton = nullptr;
    QPushButton *m_openContactButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QGroupBox *m_agentsBox = nullptr;
    QTableWidget *m_agents = nullptr;
    QLabel *m_agentsNote = nullptr;
    QAction *m_reassignAction = nullptr;
    QAction *m_commentAction = nullptr;
    QAction *m_openContactAction = nullptr;
    QAction *m_refreshAction = nullptr;

    QDialog *m_reassignDialog = nullptr;
    QLabel *m_reassignLabel = nullptr;
    QComboBox *m_reassignTo = nullptr;
    QPushButton *m_reassignOk = nullptr;
    QPushButton *m_reassignCancel = nullptr;
    QString m_reassignId;

    QDialog *m_commentDialog = nullptr;
    QLabel *m_commentLabel = nullptr;
    QPlainTextEdit *m_commentEdit = nullptr;
    QPushButton *m_commentOk = nullptr;
    QPushButton *m_commentCancel = nullptr;
    QString m_commentId;

    QDialog *m_contactDialog = nullptr;
    QLabel *m_contactNote = nullptr;
    QTreeWidget *m_contactView = nullptr;
    QPushButton *m_contactClose = nullptr;
    QString m_contactId;
    QJsonObject m_contact;

    bool m_errorShown = false;
    void showAsOf();
};

} // namespace Nav::Ui

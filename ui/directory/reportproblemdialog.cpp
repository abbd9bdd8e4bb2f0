// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/directory/reportproblemdialog.h"

#include "directory/store/directorystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Nav::Ui {

QStringList ReportProblemDialog::reasonCodes()
{
    return {QStringLiteral("closed"),   QStringLiteral("phone"),  QStringLiteral("hours"),
            QStringLiteral("address"),  QStringLiteral("eligibility"), QStringLiteral("fees"),
            QStringLiteral("no-longer-offered"), QStringLiteral("other")};
}

ReportProblemDialog::ReportProblemDialog(const QString &serviceName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportProblemDialog"));
    setWindowTitle(tr("Report a problem with this record"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("problemReasonCombo"));
    const QStringList labels{tr("Choose…"),
                             tr("Closed or moved"),
                             tr("Wrong phone number"),
                             tr("Wrong hours"),
                             tr("Wrong address"),
                             tr("Wrong eligibility"),
                             tr("Wrong fees"),
                             tr("Service no longer offered"),
                             tr("Something else")};
    m_reason->addItem(labels.first(), QString());
    for (int i = 0; i < reasonCodes().size(); ++i)
        m_reason->addItem(labels.at(i + 1), reasonCodes().at(i));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("problemNoteEdit"));
    m_note->setPlaceholderText(tr("What you found (about the service only: no details of the person "
                                  "you are helping)."));
    m_note->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send to the data team"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("submitProblemButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportProblemDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    auto *name = new QLabel(serviceName, this);
    name->setWordWrap(true);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    form->addRow(name);
    auto *reasonLabel = new QLabel(tr("&What is wrong:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    form->addRow(m_error);
    form->addRow(m_buttons);
    resize(480, 300);
}

void ReportProblemDialog::accept()
{
    const QString reason = m_reason->currentData().toString();
    if (reason.isEmpty()) {
        m_error->setText(tr("Choose what is wrong with this record."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    const QString note = m_note->toPlainText().trimmed();
    if (note.size() > Directory::DirectoryStore::kMaxFlagNote) {
        m_error->setText(Directory::DirectoryStore::noteTooLongWords(int(note.size())));
        m_error->show();
        m_note->setFocus();
        return; // the dialog stays open with everything typed
    }
    Q_EMIT submitted(reason, note);
    QDialog::accept();
}

} // namespace Nav::Ui

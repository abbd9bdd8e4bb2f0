// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Nav::Ui {

// "Report a problem with this record": what is wrong, and a note for the data team. Stored as a
// data-quality flag; the note is about the resource, never about the person on the line.
class ReportProblemDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReportProblemDialog(const QString &serviceName, QWidget *parent = nullptr);

    void accept() override;
    static QStringList reasonCodes();

Q_SIGNALS:
    void submitted(const QString &reasonCode, const QString &note);

private:
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Nav::Ui

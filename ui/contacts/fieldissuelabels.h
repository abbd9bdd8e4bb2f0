// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "contacts/contactrules.h"
#include <QHash>
#include <QStringList>

class QLabel;
class QWidget;

namespace Nav::Ui {

// The inline messages of a form: one hidden label per field (object name "<field>Issue"),
// filled from ContactRules' FieldIssues and shown only while its field has something to fix.
class FieldIssueLabels
{
public:
    // A new label for `field`, to be placed beside it in the form.
    QLabel *add(const QString &field, QWidget *parent);
    QLabel *label(const QString &field) const { return m_labels.value(field); }
    bool contains(const QString &field) const { return m_labels.contains(field); }
    // Shows each issue beside its field and hides the labels of fields without one. Issues of a
    // field with no label go to `fallbackField`'s label when it has one; the messages that found
    // no label at all are returned, for the caller to show elsewhere.
    QStringList show(const QList<Contacts::FieldIssue> &issues, const QString &fallbackField = {});

private:
    QHash<QString, QLabel *> m_labels;
};

} // namespace Nav::Ui

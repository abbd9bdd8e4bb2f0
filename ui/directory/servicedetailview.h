// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "directory/store/servicerecord.h"

#include <QDate>
#include <QTextBrowser>

namespace Nav::Ui {

// Every field of one service, in the reader's language (with the other language shown, and
// marked, where the record lacks it), hours in the reader's locale, and phone numbers as links
// ready for click-to-dial.
class ServiceDetailView final : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ServiceDetailView(QWidget *parent = nullptr);

    void setRecord(const Directory::ServiceRecord &record, const QString &lang, const QDate &today);
    void clearRecord();
    bool hasRecord() const { return m_has; }
    const Directory::ServiceRecord &record() const { return m_record; }

    static QString html(const Directory::ServiceRecord &record, const QString &lang, const QDate &today);
    // A language of service in its own name ("English", "français", "español"), without the
    // country Qt's default locale adds ("American English", "español de España"); `fallback`
    // (or the code, upper-cased) when Qt has no name for it (e.g. Cree, Inuktitut).
    static QString languageName(const QString &code, const QString &fallback = QString());

Q_SIGNALS:
    // A phone number was activated: the softphone dials it; until then it is copied.
    void dialRequested(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Directory::ServiceRecord m_record;
    QString m_lang = QStringLiteral("en");
    QDate m_today;
    bool m_has = false;
};

} // namespace Nav::Ui

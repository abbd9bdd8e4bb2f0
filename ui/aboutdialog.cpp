// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/aboutdialog.h"

#include "core/appinfo.h"
#include "storage/encryptedstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Nav::Ui {

AboutDialog::AboutDialog(Storage::EncryptedStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close = new QPushButton(this);
    m_close->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    setMinimumWidth(480);
    retranslateUi();
}

QString AboutDialog::versionText() const
{
    const Storage::DatabaseInfo &info = m_store.info();
    const QString unknown = tr("not loaded");
    return tr("Navigator %1\nQt %2 (built with %3)\nSQLCipher %4 (SQLite %5)\nKeychain: %6")
        .arg(Core::AppInfo::version(), Core::AppInfo::qtRuntimeVersion(),
             Core::AppInfo::qtBuildVersion(),
             info.cipherVersion.isEmpty() ? unknown : info.cipherVersion,
             info.sqliteVersion.isEmpty() ? unknown : info.sqliteVersion,
             m_store.keychainBackend());
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Navigator"));
    m_close->setText(tr("Close"));
    QString html = QStringLiteral("<h2>Navigator</h2><p>%1</p><p>")
                       .arg(tr("The workstation for 211 information-and-referral navigators.")
                                .toHtmlEscaped());
    html += versionText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    html += QStringLiteral("</p><p>%1</p>")
                .arg(tr("Free software under the GNU General Public License, version 3 or later.")
                         .toHtmlEscaped());
    m_text->setText(html);
}

} // namespace Nav::Ui

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/overviewpage.h"

#include "core/preferences.h"
#include "storage/encryptedstore.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Nav::Ui {

OverviewPage::OverviewPage(Storage::EncryptedStore &store, Core::Preferences &preferences,
                           QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("overviewPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_heading->setFont(big);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("overviewFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(m_heading);
    layout->addSpacing(12);
    layout->addWidget(m_facts);
    layout->addStretch();
    connect(&m_store, &Storage::EncryptedStore::stateChanged, this, &OverviewPage::refresh);
    connect(&m_preferences, &Core::Preferences::changed, this, &OverviewPage::refresh);
    refresh();
}

void OverviewPage::setDemo(bool demo)
{
    m_demo = demo;
    refresh();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void OverviewPage::refresh()
{
    const QString name = m_preferences.displayName();
    m_heading->setText(name.isEmpty() ? tr("Welcome") : tr("Welcome, %1").arg(name));

    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const Storage::DatabaseInfo &info = m_store.info();
    QString html = QStringLiteral("<table cellspacing='6'>");
    html += row(tr("Profile folder"), QDir::toNativeSeparators(m_store.profile().directory()));
    if (m_demo)
        html += row(tr("Profile type"), tr("Demonstration profile (fictitious data only)"));
    if (m_store.state() == Storage::EncryptedStore::State::Open) {
        html += row(tr("Data file"),
                    tr("Encrypted with SQLCipher %1 (SQLite %2), data version %3")
                        .arg(info.cipherVersion, info.sqliteVersion)
                        .arg(info.schemaVersion));
    } else {
        html += row(tr("Data file"), tr("Not open"));
    }
    html += row(tr("Encryption key"), tr("Kept in the system keychain (%1)").arg(m_store.keychainBackend()));
    const QUrl server = m_preferences.serverUrl();
    html += row(tr("Central server"),
                server.isEmpty() ? tr("Not configured (File ▸ Settings)") : server.toDisplayString());
    html += QStringLiteral("</table>");
    m_facts->setText(html);
}

} // namespace Nav::Ui

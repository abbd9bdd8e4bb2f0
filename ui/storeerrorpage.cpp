// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/storeerrorpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Nav::Ui {

StoreErrorPage::StoreErrorPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storeErrorPage"));
    m_icon = new QLabel(this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48, 48));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("storeErrorTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("storeErrorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("storeErrorAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("storeErrorCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setDefault(true);
    m_startFresh = new QPushButton(this);
    m_startFresh->setObjectName(QStringLiteral("startFreshButton"));
    m_quit = new QPushButton(this);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    connect(m_retry, &QPushButton::clicked, this, &StoreErrorPage::retryRequested);
    connect(m_startFresh, &QPushButton::clicked, this, &StoreErrorPage::askToStartFresh);
    connect(m_quit, &QPushButton::clicked, this, &StoreErrorPage::quitRequested);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addSpacing(8);
    text->addWidget(m_message);
    text->addSpacing(8);
    text->addWidget(m_advice);
    text->addSpacing(8);
    text->addWidget(m_code);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_startFresh);
    buttons->addStretch();
    buttons->addWidget(m_quit);
    text->addSpacing(16);
    text->addLayout(buttons);
    text->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addSpacing(12);
    row->addLayout(text, 1);
    // Centred, at most 760 px wide, and in layouts without alignment flags so the word-wrapped
    // labels get their height for the width they really have.
    auto *card = new QWidget(this);
    card->setObjectName(QStringLiteral("storeErrorCard"));
    card->setMaximumWidth(760);
    card->setLayout(row);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(card, 20);
    centre->addStretch(1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    outer->addLayout(centre);
    outer->addStretch();
    retranslateUi();
}

void StoreErrorPage::showError(const Error &error, bool canStartFresh)
{
    m_error = error;
    m_startFresh->setVisible(canStartFresh);
    retranslateUi();
    m_retry->setFocus();
}

void StoreErrorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void StoreErrorPage::retranslateUi()
{
    m_retry->setText(tr("&Retry"));
    m_startFresh->setText(tr("&Set aside and start fresh…"));
    m_quit->setText(tr("&Quit"));
    m_code->setText(tr("Error code for support: %1").arg(errorCodeName(m_error.code)));

    QString title;
    QString message = m_error.message;
    QStringList advice;
    switch (m_error.code) {
    case ErrorCode::KeychainLocked:
        title = tr("Your keychain is locked");
        message = tr("Navigator keeps the key to your encrypted data in the system keychain, and "
                     "the keychain is locked.");
        advice << tr("Unlock your keychain (for example by logging in to your desktop session "
                     "again), then choose Retry.");
        break;
    case ErrorCode::KeychainUnavailable:
        title = tr("The system keychain is not available");
        message = tr("Navigator keeps the key to your encrypted data in the system keychain "
                     "(Secret Service), and no keychain answered.");
        advice << tr("Make sure you are logged in to a desktop session with a keyring service "
                     "(for example GNOME Keyring), then choose Retry.")
               << tr("If this keeps happening, contact your administrator.");
        break;
    case ErrorCode::KeychainDenied:
        title = tr("Access to the keychain was refused");
        message = tr("The system keychain refused to give Navigator the key to your data.");
        advice << tr("Allow Navigator when the keychain asks, then choose Retry.");
        break;
    case ErrorCode::StoreKeyMissing:
        title = tr("The key for this profile is missing");
        message = tr("This profile has an encrypted data file, but its key is not in your "
                     "keychain.");
        advice << tr("If the keychain is locked or was restored from a backup, unlock or restore "
                     "it and choose Retry.")
               << tr("Otherwise the data cannot be read. You can set the unreadable file aside "
                     "(it is kept, renamed) and start a fresh, empty profile.");
        break;
    case ErrorCode::StoreWrongKey:
        title = tr("The key does not open this data file");
        message = tr("The key in your keychain does not match this profile's encrypted data "
                     "file. The file may come from another computer, or the keychain entry was "
                     "replaced.");
        advice << tr("If you restored the file or the keychain from a backup, restore the "
                     "matching one and choose Retry.")
               << tr("Otherwise you can set the unreadable file aside (it is kept, renamed) and "
                     "start a fresh, empty profile.");
        break;
    case ErrorCode::StoreFileMissing:
        title = tr("The data file is missing");
        message = tr("This profile had an encrypted data file and it is no longer in the "
                     "profile folder. Navigator will not silently create an empty one.");
        advice << tr("Put the file back (navigator.db) and choose Retry.")
               << tr("Or start a fresh, empty profile.");
        break;
    case ErrorCode::StoreNotEncrypted:
    case ErrorCode::StoreDriverMissing:
        title = tr("Encryption is not available");
        advice << tr("Navigator refuses to store personal data without encryption. Reinstall "
                     "Navigator or contact your administrator.");
        break;
    case ErrorCode::StoreLocked:
        title = tr("Navigator is already running with this profile");
        advice << tr("Switch to the window that is already open, or close it and choose Retry.");
        break;
    case ErrorCode::MigrationFailed:
        title = tr("The data file could not be updated");
        advice << tr("Nothing was changed. Contact your administrator.");
        break;
    default:
        title = tr("Your data could not be opened");
        advice << tr("Choose Retry. If this keeps happening, contact your administrator.");
        break;
    }
    m_title->setText(title);
    m_message->setText(message);
    QString html = QStringLiteral("<b>%1</b><ul>").arg(tr("What you can do").toHtmlEscaped());
    for (const QString &a : std::as_const(advice))
        html += QStringLiteral("<li>%1</li>").arg(a.toHtmlEscaped());
    m_advice->setText(html + QStringLiteral("</ul>"));
}

void StoreErrorPage::askToStartFresh()
{
    if (!m_confirm) {
        m_confirm = new QMessageBox(this);
        m_confirm->setObjectName(QStringLiteral("startFreshConfirmation"));
        m_confirm->setIcon(QMessageBox::Warning);
        m_confirm->setWindowModality(Qt::WindowModal);
        m_confirmYes = m_confirm->addButton(QString(), QMessageBox::DestructiveRole);
        m_confirmYes->setObjectName(QStringLiteral("confirmStartFreshButton"));
        auto *no = m_confirm->addButton(QMessageBox::Cancel);
        no->setObjectName(QStringLiteral("cancelStartFreshButton"));
        m_confirm->setDefaultButton(no);
        connect(m_confirm, &QMessageBox::finished, this, [this] {
            if (m_confirm->clickedButton() == m_confirmYes)
                Q_EMIT startFreshConfirmed();
        });
    }
    m_confirm->setWindowTitle(tr("Start a fresh profile?"));
    m_confirm->setText(tr("Set the unreadable data file aside and start a fresh, empty profile?"));
    m_confirm->setInformativeText(
        tr("The file is not deleted: it is renamed to navigator.db.unreadable-<date> in the "
           "profile folder, and its old key is kept in the keychain, so it can still be "
           "recovered. The new profile starts empty."));
    m_confirmYes->setText(tr("Set aside and start fresh"));
    m_confirm->open();
}

} // namespace Nav::Ui

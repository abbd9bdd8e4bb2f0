// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/sync/lockscreen.h"

#include "sync/screenlock.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Nav::Ui {

LockScreen::LockScreen(Sync::ScreenLock &lock, QWidget *parent)
    : QWidget(parent)
    , m_lock(lock)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *box = new QWidget(this);
    box->setFixedWidth(500); // a fixed width lets the wrapped texts take the height they need
    auto *layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    m_who = new QLabel(box);
    m_who->setObjectName(QStringLiteral("lockWho"));
    m_who->setWordWrap(true);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setTextFormat(Qt::PlainText);
    layout->addWidget(m_who);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(box);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_unlock = new QPushButton(box);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    buttons->addWidget(m_unlock);
    layout->addLayout(buttons);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(box);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(&m_lock, &Sync::ScreenLock::checkingChanged, this, [this](bool checking) {
        m_password->setEnabled(!checking);
        m_unlock->setEnabled(!checking && m_lock.secondsToWait() == 0);
        if (!checking)
            m_password->setFocus();
    });
    connect(&m_lock, &Sync::ScreenLock::refused, this, [this](const QString &message) {
        showMessage([message] { return message; });
        m_password->clear();
        updateWait();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &LockScreen::updateWait);
    retranslateUi();
}

void LockScreen::prepare(bool atStart)
{
    m_atStart = atStart;
    m_password->clear();
    m_password->setEnabled(true);
    m_message->hide();
    m_words = {};
    retranslateUi();
    updateWait();
    m_password->setFocus();
}

QString LockScreen::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LockScreen::submit()
{
    if (m_lock.isChecking())
        return;
    if (m_password->text().isEmpty()) {
        showMessage([] { return tr("Type your password, then press Enter."); });
        return;
    }
    const QString password = m_password->text();
    m_password->clear();
    m_lock.tryUnlock(password);
}

void LockScreen::showMessage(std::function<QString()> words)
{
    m_words = std::move(words);
    m_message->setText(m_words());
    m_message->show();
}

void LockScreen::updateWait()
{
    const int wait = m_lock.secondsToWait();
    m_unlock->setEnabled(wait == 0 && !m_lock.isChecking());
    if (wait > 0) {
        if (!m_countdown.isActive())
            m_countdown.start();
        m_unlock->setText(tr("Wait %n s", nullptr, wait));
    } else {
        m_countdown.stop();
        m_unlock->setText(tr("&Unlock"));
    }
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_title->setText(m_atStart ? tr("Navigator") : tr("Navigator is locked"));
    const QString user = m_lock.username();
    if (!m_lock.hasCredential())
        m_who->setText(tr("Nobody has signed in to the server on this workstation yet."));
    else if (m_atStart)
        m_who->setText(tr("Type the password of %1 to open the workstation, with or without a "
                          "connection to the server.")
                           .arg(user));
    else
        m_who->setText(tr("Nothing is shown while the workstation is locked. Type the password "
                          "of %1 to go on where you were.")
                           .arg(user));
    m_passwordLabel->setText(tr("&Password:"));
    updateWait();
    if (m_words && !m_message->isHidden())
        m_message->setText(m_words());
}

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(5 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

void IdleWatcher::setTimeout(int ms)
{
    m_timer.setInterval(ms);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleWatcher::start()
{
    qApp->installEventFilter(this);
    m_timer.start();
}

void IdleWatcher::stop()
{
    qApp->removeEventFilter(this);
    m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Nav::Ui

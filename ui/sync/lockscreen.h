// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Nav::Sync {
class ScreenLock;
}

namespace Nav::Ui {

// What the screen shows while locked: no personal detail, only who may unlock it and the
// password field. Wrong passwords are said plainly; after five, the wait before the next
// attempt counts down on screen.
class LockScreen final : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(Sync::ScreenLock &lock, QWidget *parent = nullptr);

    // Called when the lock engages: clears the field and any old message, focuses the field.
    void prepare(bool atStart);

    // For tests.
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QString messageText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void showMessage(std::function<QString()> words);
    void updateWait();

    Sync::ScreenLock &m_lock;
    bool m_atStart = false;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_message = nullptr;
    QTimer m_countdown;
    std::function<QString()> m_words;
};

// Restarts a countdown at every key press, click or mouse move anywhere in the application;
// idle() when it runs out.
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    void setTimeout(int ms);
    int timeout() const { return m_timer.interval(); }
    void start();
    void stop();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};

} // namespace Nav::Ui

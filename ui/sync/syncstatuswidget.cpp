// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "ui/sync/syncstatuswidget.h"

#include <QAction>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace Nav::Ui {

namespace {
constexpr int maxErrorWidth = 320;
}

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("syncDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred); // never clipped
    layout->addWidget(m_detail);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(14);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("syncNowButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_button);
    render();
}

void SyncStatusWidget::setSyncAction(QAction *action)
{
    m_button->setDefaultAction(action);
}

void SyncStatusWidget::setStatus(const Sync::SyncEngine::Status &status)
{
    m_status = status;
    render();
}

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::detailText() const
{
    return m_detail->text();
}

QString SyncStatusWidget::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->toolTip();
}

bool SyncStatusWidget::progressVisible() const
{
    return !m_progress->isHidden();
}

void SyncStatusWidget::render()
{
    using Connection = Sync::SyncEngine::Connection;
    const Connection c = m_status.connection;
    m_state->setText(QStringLiteral("● ") + Sync::SyncEngine::connectionText(c));
    const char *colour = c == Connection::Online    ? "#1b7f3b"
                         : c == Connection::Offline ? "#b00020"
                                                    : "#8a6d00";
    m_state->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(QLatin1String(colour)));

    m_detail->setText(Sync::SyncEngine::details(m_status));

    const bool determinate = m_status.busy && m_status.pullTotal > 0;
    m_progress->setVisible(determinate);
    if (determinate) {
        m_progress->setRange(0, int(qMin<qint64>(m_status.pullTotal, 1 << 30)));
        m_progress->setValue(int(qMin(m_status.pullDone, m_status.pullTotal)));
    }

    if (m_status.lastError.isEmpty()) {
        m_error->hide();
        m_error->setToolTip({});
    } else {
        const QFontMetrics fm(m_error->font());
        m_error->setText(fm.elidedText(m_status.lastError, Qt::ElideRight, maxErrorWidth));
        m_error->setToolTip(m_status.lastError);
        m_error->show();
    }
    setToolTip(m_status.lastError);
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace Nav::Ui

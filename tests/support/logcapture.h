// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace Nav::Test {

// Collects every Qt log message (all categories enabled) while alive, to prove that personal
// data never reaches the logs.
class LogCapture
{
public:
    LogCapture()
    {
        self() = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("nav.*=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        self() = nullptr;
    }
    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }
    int count() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_lines.size());
    }

private:
    static LogCapture *&self()
    {
        static LogCapture *s = nullptr;
        return s;
    }
    static void handle(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
    {
        if (LogCapture *c = self()) {
            QMutexLocker lock(&c->m_mutex);
            c->m_lines << QStringLiteral("%1: %2").arg(QLatin1String(ctx.category), msg);
        }
        if (type == QtFatalMsg)
            abort();
    }
    mutable QMutex m_mutex;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace Nav::Test

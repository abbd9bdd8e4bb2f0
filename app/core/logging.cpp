// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcNavApp, "nav.app.main")

namespace Nav::Core {
namespace {

constexpr qint64 kMaxLogBytes = 5 * 1024 * 1024;

struct LogSink
{
    QMutex mutex;
    QFile file;
};

LogSink &sink()
{
    static LogSink s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc()
                                .toString(Qt::ISODateWithMs)
                                .toUtf8()
                            + ' ' + levelName(type) + ' '
                            + (context.category ? context.category : "default") + ": "
                            + message.toUtf8() + '\n';
    std::fputs(line.constData(), stderr);
    LogSink &s = sink();
    QMutexLocker lock(&s.mutex);
    if (s.file.isOpen()) {
        if (s.file.size() > kMaxLogBytes) {
            const QString path = s.file.fileName();
            s.file.close();
            QFile::remove(path + QStringLiteral(".1"));
            QFile::rename(path, path + QStringLiteral(".1"));
            s.file.setFileName(path);
            s.file.open(QIODevice::Append | QIODevice::WriteOnly);
        }
        s.file.write(line);
        s.file.flush();
    }
}

} // namespace

void installLogging(const QString &logDir)
{
    {
        LogSink &s = sink();
        QMutexLocker lock(&s.mutex);
        s.file.close();
        if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
            s.file.setFileName(QDir(logDir).filePath(QStringLiteral("navigator.log")));
            s.file.open(QIODevice::Append | QIODevice::WriteOnly);
            s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    qInstallMessageHandler(handler);
}

QString logFilePath()
{
    LogSink &s = sink();
    QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace Nav::Core

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "storage/profile.h"

#include "core/secretstore.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

namespace Nav::Storage {
namespace {
const QString kProfileFile = QStringLiteral("profile.json");
const QString kDataFile = QStringLiteral("navigator.db");
} // namespace

Result<std::unique_ptr<Profile>> Profile::open(const QString &directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        return fail(ErrorCode::Io,
                    Database::tr("The profile folder %1 cannot be created. Check that the disk "
                                 "is writable or choose another folder with --profile.")
                        .arg(QDir::toNativeSeparators(directory)));
    }
    QFile::setPermissions(dir.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    std::unique_ptr<Profile> p(new Profile);
    p->m_directory = dir.absolutePath();
    p->m_lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral("profile.lock")));
    p->m_lock->setStaleLockTime(0);
    if (!p->m_lock->tryLock(100)) {
        return fail(ErrorCode::StoreLocked,
                    Database::tr("Navigator is already running with this profile. Switch to "
                                 "the open window, or close it first."),
                    QStringLiteral("lock error %1").arg(int(p->m_lock->error())));
    }

    QFile f(dir.filePath(kProfileFile));
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, Database::tr("The profile description cannot be read."),
                        f.errorString());
        QJsonParseError pe;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &pe).object();
        p->m_id = o.value(QStringLiteral("id")).toString();
        if (pe.error != QJsonParseError::NoError || QUuid(p->m_id).isNull()) {
            return fail(ErrorCode::InvalidInput,
                        Database::tr("The profile description (%1) is damaged. Restore it from a "
                                     "backup, or use another profile folder.")
                            .arg(kProfileFile),
                        pe.errorString());
        }
        p->m_createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(),
                                               Qt::ISODate);
        p->m_dataFileCreated = o.value(QStringLiteral("dataFileCreated")).toBool();
    } else {
        p->m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        p->m_createdAt = QDateTime::currentDateTimeUtc();
        // A data file without profile.json (copied in by hand) still counts as existing.
        p->m_dataFileCreated = p->dataFileExists();
        auto saved = p->save();
        if (!saved)
            return Unexpected(saved.error());
    }
    return p;
}

QString Profile::dataFilePath() const
{
    return QDir(m_directory).filePath(kDataFile);
}

QString Profile::settingsFilePath() const
{
    return QDir(m_directory).filePath(QStringLiteral("settings.ini"));
}

QString Profile::logDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("logs"));
}

QString Profile::keySecretName() const
{
    return Core::profileSecretName(m_id, QStringLiteral("database-key"));
}

bool Profile::dataFileExists() const
{
    return QFile::exists(dataFilePath());
}

Result<void> Profile::markDataFileCreated(bool created)
{
    m_dataFileCreated = created;
    return save();
}

Result<QString> Profile::setAsideDataFile(const QDateTime &now)
{
    const QString base = dataFilePath() + QStringLiteral(".unreadable-")
                         + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = base;
    for (int n = 2; QFile::exists(target); ++n)
        target = base + QStringLiteral("-%1").arg(n);
    if (dataFileExists() && !QFile::rename(dataFilePath(), target)) {
        return fail(ErrorCode::Io,
                    Database::tr("The unreadable data file could not be renamed. Nothing was "
                                 "changed. Check the permissions of the profile folder."));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(dataFilePath() + suffix))
            QFile::rename(dataFilePath() + suffix, target + suffix);
    }
    auto saved = markDataFileCreated(false);
    if (!saved)
        return Unexpected(saved.error());
    return QFileInfo(target).fileName();
}

Result<void> Profile::save() const
{
    QSaveFile f(QDir(m_directory).filePath(kProfileFile));
    if (!f.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, Database::tr("The profile description cannot be written."),
                    f.errorString());
    const QJsonObject o{{QStringLiteral("id"), m_id},
                        {QStringLiteral("createdAt"), m_createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("dataFileCreated"), m_dataFileCreated},
                        {QStringLiteral("format"), 1}};
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return fail(ErrorCode::Io, Database::tr("The profile description cannot be written."),
                    f.errorString());
    return {};
}

} // namespace Nav::Storage

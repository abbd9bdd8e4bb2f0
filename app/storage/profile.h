// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace Nav::Storage {

// A profile is a directory holding one encrypted data file, settings, and logs. profile.json
// (no secrets, no personal data) gives the profile a stable id for its keychain entry and
// remembers whether a data file was ever created, so a vanished file is noticed, not re-created.
class Profile
{
public:
    // Creates the directory (mode 700) if needed and takes the profile lock: one Navigator
    // process per profile.
    static Result<std::unique_ptr<Profile>> open(const QString &directory);

    QString directory() const { return m_directory; }
    QString id() const { return m_id; }
    QString dataFilePath() const;
    QString settingsFilePath() const;
    QString logDirectory() const;
    QString keySecretName() const;

    bool dataFileExists() const;
    bool hasCreatedDataFile() const { return m_dataFileCreated; }
    Result<void> markDataFileCreated(bool created);

    // Renames the data file (and its -wal/-shm companions) to
    // navigator.db.unreadable-<yyyyMMdd-HHmmss>[-n]; returns the new file name.
    Result<QString> setAsideDataFile(const QDateTime &now);

private:
    Profile() = default;
    Result<void> save() const;

    QString m_directory;
    QString m_id;
    QDateTime m_createdAt;
    bool m_dataFileCreated = false;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Nav::Storage

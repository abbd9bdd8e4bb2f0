// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/model.h"

#include <QByteArray>

namespace Nav::Directory {

// Everything the detail view needs about one service, stored as one document: the service, its
// organization and program, and the locations it is delivered at. The directory may change
// after a referral is given; referrals keep their own snapshot.
struct ServiceRecord
{
    Service service;
    Organization organization;
    std::optional<Program> program;
    QList<Location> locations; // in the order of service.locations

    const Location *location(const QString &id) const;
    friend bool operator==(const ServiceRecord &, const ServiceRecord &) = default;
};

// Compact binary form for the encrypted store (QDataStream, versioned, compressed). The
// content hash (SHA-1 of the uncompressed fields, when asked) is stable for a given record, so
// it tells whether a re-import changed anything.
QByteArray encodeRecord(const ServiceRecord &record, QByteArray *contentHash = nullptr);
Result<ServiceRecord> decodeRecord(const QByteArray &bytes);

// The schedules that say when a service is open: its own; else those of its service-at-location
// entries; else those of its locations. Stored apart (dir_service.hours) for "open now".
QList<Schedule> effectiveSchedules(const ServiceRecord &record);
QByteArray encodeSchedules(const QList<Schedule> &schedules);
QList<Schedule> decodeSchedules(const QByteArray &bytes);

// Assembles the record of `service` from the batch it came with.
ServiceRecord makeRecord(const Service &service, const DirectoryBatch &batch);

// A copy with everything confidential removed (addresses, phones, contacts, whole
// locations and their coordinates): what a role without clearance may see, and the only form
// that may leave the workstation (referrals sent to a person, exports, logs).
ServiceRecord redactConfidential(const ServiceRecord &record);

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/model.h"

#include <QString>

namespace Nav::Directory {

// Reads an AIRS XML data transfer file (schema 3.1, also 3.0): Source → Agency (nested) → Site →
// SiteService. Agencies become organizations, sites locations, site-services services, service
// groups programs. Read as a stream, so large files are fine. The element-by-element mapping
// and what is kept or quarantined are in the table at the top of airsimporter.cpp.
class AirsImporter
{
public:
    // Fails (ErrorCode::InvalidInput) only when the file as a whole cannot be read: missing,
    // empty, not well-formed XML (the message gives line and column) or not an AIRS file.
    // Problems with single records go to DirectoryBatch::quarantine. `progress` gets (bytes
    // read, file size) about every 200 records; returning false cancels the import
    // (ErrorCode::Cancelled).
    [[nodiscard]] static Result<DirectoryBatch> read(const QString &path,
                                                     const ProgressCallback &progress = {});
};

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/model.h"

#include <QString>

namespace Nav::Directory {

// Reads an iCarol resource export: a CSV file with one row per Agency, Program, Site or
// ProgramAtSite record, linked by ResourceAgencyNum / ParentAgencyNum / ConnectsTo…Num.
// Agencies become organizations, programs services, sites locations. The field-by-field
// mapping and what is kept or quarantined are in the table at the top of icarolimporter.cpp.
class IcarolImporter
{
public:
    // Fails (ErrorCode::InvalidInput) only when the file as a whole cannot be read: missing,
    // empty, a quoted field never closed, or a header without ResourceAgencyNum, PublicName and
    // TaxonomyLevelName. Problems with single records go to DirectoryBatch::quarantine.
    // `progress` gets (bytes read, file size) about every 200 rows; returning false cancels the
    // import (ErrorCode::Cancelled).
    [[nodiscard]] static Result<DirectoryBatch> read(const QString &path,
                                                     const ProgressCallback &progress = {});
};

} // namespace Nav::Directory

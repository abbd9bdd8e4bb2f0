// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/model.h"

#include <QString>

namespace Nav::Directory {

// Reads Open Referral HSDS data (3.0, with the 3.1 service_capacity/unit, and the older 1.x/2.x
// tabular names) into a DirectoryBatch with source "hsds".
//
// What `path` may be:
// - a .json file holding one service, an array of services, an HSDS list response
//   ({"contents": [...], "total_items": ...}), an organization with its "services", a
//   service_at_location with its "service" and "location", a location, taxonomy terms, a
//   container object with arrays ("services", "organizations", "locations", "taxonomy_terms"),
//   or the tabular form written as JSON ({"services.csv": [...], ...});
// - a datapackage.json, a folder holding the tabular package (CSV files, with or without
//   datapackage.json), or one CSV file of such a folder.
//
// Extensions to HSDS (HSDS has neither bilingual text nor confidentiality):
// - Language of text. Text goes to English unless the record says otherwise: a "language" field
//   on the record ("fr", "fra", "fr-CA", "French"…; phones and language records excepted, where
//   "language" names a spoken language), else the enclosing record's, else the file's (a
//   top-level "language" in JSON, "language"/"languages" in datapackage.json or on a resource,
//   or the language given for a table in meta_table_descriptions.csv). Any text field `x` may
//   have siblings `x_fr` and `x_en` ("name_fr", "description_fr"): they fill that language and
//   win over `x`.
// - Confidentiality. A boolean "confidential" (or "x_confidential") on a location, address,
//   phone or contact object/row marks it confidential. A value that is not a recognisable
//   boolean is taken as confidential (and reported): hiding too much is the safe mistake.
//
// Other decisions:
// - Schedule "timezone" is an UTC offset in HSDS 3.0. An offset cannot name a zone (daylight
//   saving), so offsets used in Canada (-8 to -2.5) leave Schedule::timeZone empty (the
//   directory's zone), except -3.5/-2.5 which can only be America/St_Johns; other offsets are
//   reported and ignored. A string that is an IANA zone id is kept. Offsets written after
//   opens_at/closes_at ("09:00-05:00") are ignored: the clock time is kept as written.
// - A snapshot means "services of this source missing from it are retired". A package, an
//   array or a complete list of services is a snapshot (fullSnapshot = true); a single object,
//   one page of a longer list, or a file without services is not (fullSnapshot = false), so
//   importing one service never retires the others.
// - Problems with records go to DirectoryBatch::quarantine; a record that cannot be used is
//   skipped, a bad optional value is dropped. Whole-file problems (unreadable, not JSON, no
//   HSDS records, no services in a package, none of the services usable) are an
//   ErrorCode::InvalidInput error. `progress` is called every ~200 records (its done/total are
//   a fraction, not a record count); returning false stops with ErrorCode::Cancelled.
class HsdsImporter
{
public:
    [[nodiscard]] static Result<DirectoryBatch> read(const QString &path,
                                                     const ProgressCallback &progress = {});
};

} // namespace Nav::Directory

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

// Writes the directory as Open Referral HSDS 3.0 JSON (with the 3.1 service_capacity/unit), in
// exactly the dialect HsdsImporter reads, so that
//     HsdsImporter::read(<file of HsdsWriter::service(r) objects>) + makeRecord() == r
// for every record, except for the few fields listed at the end. The central server precomputes
// these documents at import time for its changes feed and its /hsds/ read API.
//
// The writer never redacts: callers pass redactConfidential(record) for uncleared readers.
//
// Output
// - Deterministic: the same record gives the same bytes with QJsonDocument::Compact (keys come
//   out in QJsonObject's alphabetical order; dates are ISO 8601, date-times UTC; numbers are
//   written by Qt in their shortest exact form). Nothing depends on the clock or the locale.
// - Empty values are left out, and so are empty arrays, except the properties HSDS marks
//   required, which are always present: an id the model does not have is written as "" (the
//   importer reads "" as no id), a required text that is empty is written as "".
// - Extensions the importer reads (see hsdsimporter.h): `confidential: true` on confidential
//   locations, addresses, phones and contacts (absent when false); `closed: true` on closing
//   schedules; organization `status` and `last_verified`; service `keywords` (array) and
//   `assurer` (when the assurer is not an e-mail address; otherwise `assurer_email`);
//   accessibility `code`; service `alerts` (each alert with its dates; see below).
//
// Bilingual text
// - English goes in the plain field, French in its `_fr` sibling: "name"/"name_fr",
//   "description"/"description_fr".
// - When a record's name exists only in French (service, organization, program, taxonomy term:
//   the objects whose name HSDS requires), HSDS readers that know nothing of `_fr` would get
//   an empty name, and the importer would take a French text written in the plain field for
//   English. Such an object is written in French: it carries "language": "fr" (an importer
//   extension; the HSDS 3.0 field of taxonomy_term), its plain fields hold French (repeated in
//   the `_fr` siblings) and its English, where there is any, goes in `_en` siblings. The objects
//   nested in it inherit that language, as the importer reads them; a nested object whose own
//   name is not French-only says "language": "en" to switch back. Phones and languages cannot
//   carry a language of their own (their "language" field means a spoken language): they
//   always follow their parent's.
// - Single-language model fields (Organization::alternateName, Location::transportation,
//   address lines, contact names, schedule notes…) are written as they are.
//
// Deviations from the HSDS 3.0 schema types, all read back by the importer:
// - schedule `timezone` is the IANA zone id ("America/Toronto"), not a UTC offset: an offset
//   cannot carry daylight saving time, and the importer maps offsets to "the directory's zone".
// - phone `extension` is a number only when it is plain digits; otherwise a string.
// - service `accreditations` and `licenses` are a string when there is one, an array when
//   there are several.
// - location `location_type` is "" when the model has none (only HSDS sources that gave none:
//   the iCarol, AIRS and demo directories always set it), rather than a guess.
//
// What does not round-trip through HsdsImporter (the importer has no reader for it, or
// normalises it; a test compares everything else):
// - Service::alerts round-trip through the `alerts` extension; HSDS's single undated `alert`
//   (the text of every alert joined by a blank line) is for other HSDS readers, and the
//   importer reads it only when `alerts` is absent.
// - An empty Address::type is written "physical" (HSDS requires a type; the importer defaults
//   to it); an empty Service::status is written "active" (the importer's default).
// - What the importer normalises or drops: leading/trailing spaces of any text, milliseconds of
//   opening times, upper-case language codes and phone types (lowered), currencies (raised),
//   province and country names (to codes), invalid e-mail addresses (dropped), a second child
//   with the same non-empty id in one list (dropped), a program without organization id (gets
//   the service's), organization ids of programs and locations whose organization is not in
//   the same file (dropped).
// Children the model keeps without an id (phones, schedules… of the demo directory) are
// imported back without one, and the importer notes each in the quarantine ("no id").

#include "directory/model.h"
#include "directory/store/servicerecord.h"

#include <QJsonObject>

namespace Nav::Directory::HsdsWriter {

// One HSDS 3.0 service with everything nested: organization, program, phones, schedules,
// service areas, languages, cost options, required documents, contacts, attributes (with their
// taxonomy_term), service_at_locations (each with its location), capacities.
QJsonObject service(const ServiceRecord &record);

// The HSDS "minimal" form for ?minimal=true: id, name, alternate_name, description, url, email,
// status, organization_id and an organization object with its id and name. No arrays.
QJsonObject serviceMinimal(const ServiceRecord &record);

// One organization with its phones and contacts (no services, programs or locations).
QJsonObject organization(const Organization &organization);

// One location with its addresses, phones, schedules, accessibility and languages.
QJsonObject location(const Location &location);

} // namespace Nav::Directory::HsdsWriter

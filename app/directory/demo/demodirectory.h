// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include "directory/demo/places.h"
#include "directory/model.h"

#include <QDate>
#include <QList>

namespace Nav::Directory {

// A realistic, entirely fictitious bilingual 211 directory for Ontario and Québec, for
// demonstrations, screenshots, manual testing and benchmarks. Organizations and services are
// invented (names, phone numbers in the reserved 555-01xx range, .example web addresses), but
// they sit in real municipalities and postal areas, speak the languages of their region, follow
// the usual 211 categories and carry the awkward cases real data has: English-only and
// French-only records, stale verification dates, inactive services, confidential shelters,
// seasonal and overnight hours, expired alerts.
//
// Deterministic: the same count, seed, places and reference date give the same batch on every
// run and every machine (its own QRandomGenerator, never the global one). Dates (verification,
// alerts, seasons, bed counts) are placed relative to `today`; an invalid date means the current
// date, so pass a fixed one where byte-identical output matters across days.
class DemoDirectory
{
public:
    // With the places built into Navigator (resources/places).
    static DirectoryBatch generate(int serviceCount, quint32 seed = 211, QDate today = {});
    // With the given places: municipalities (kind "municipality"), and FSAs (kind "fsa") for
    // postal codes. When `places` holds no FSA, the built-in FSAs are used for the towns they
    // cover; a town with no FSA at all gets addresses without a postal code.
    static DirectoryBatch generate(int serviceCount, const QList<Place> &places,
                                   quint32 seed = 211, QDate today = {});
    // With the municipalities file at `placesCsvPath`; FSAs are read from "fsa-on-qc.csv"
    // beside it when that file exists.
    static Result<DirectoryBatch> generate(int serviceCount, const QString &placesCsvPath,
                                           quint32 seed = 211, QDate today = {});

    static QString source() { return QStringLiteral("demo"); }
};

} // namespace Nav::Directory

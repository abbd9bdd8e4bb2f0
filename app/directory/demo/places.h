// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Nav::Directory {

// A point used for "near me" searches and by the demonstration directory: a municipality, or a
// forward sortation area (FSA, the first three characters of a postal code) with the
// municipality it lies in.
struct Place
{
    QString name;          // municipality ("Montréal"); for an FSA, the municipality it lies in
    QString province;      // "ON", "QC" (any Canadian province or territory code is accepted)
    QString kind;          // "municipality" | "fsa"
    QString fsa;           // "H2X" for kind "fsa"; empty for a municipality
    double latitude = 0;   // WGS 84, town centre or approximate FSA centre
    double longitude = 0;
    int population = 0;    // municipalities: approximate census population; 0 when unknown
    QStringList areaCodes; // municipalities: telephone area codes, the original one first
    QString timeZone;      // IANA id ("America/Toronto"); empty when not given
    QStringList otherNames; // other official or usual names, main communities ("Grand Sudbury")
    QString district;      // FSAs: neighbourhood or community; may be empty

    bool isFsa() const { return kind == QLatin1String("fsa"); }
    // Great-circle (haversine) distance on a sphere of the Earth's mean radius, in km.
    static double distanceKm(double lat1, double lon1, double lat2, double lon2);
    double distanceKmTo(double lat, double lon) const
    {
        return distanceKm(latitude, longitude, lat, lon);
    }
    friend bool operator==(const Place &, const Place &) = default;
};

// Reads the two places files shipped in resources/places/ (and any file with the same columns):
//   municipalities: name, province, latitude, longitude [, population, area_codes, time_zone,
//                   other_names]
//   FSAs:           fsa, place, latitude, longitude [, province, district]
// The kind of file is told by its header. Every row is checked; the first bad row fails the
// whole read with a message naming the file, the line and what was expected.
class PlacesCsv
{
public:
    static Result<QList<Place>> read(const QString &path);
    static Result<QList<Place>> read(QIODevice *device, const QString &fileName);
    // Both files built into Navigator (Ontario and Québec): municipalities, then FSAs.
    static Result<QList<Place>> readBundled();
    static QString bundledMunicipalitiesPath(); // ":/directory/places/places-on-qc.csv"
    static QString bundledFsaPath();            // ":/directory/places/fsa-on-qc.csv"

    // The province a postal code's first letter belongs to ("ON" for K, L, M, N, P), or
    // empty when the letter starts no Canadian postal code. X is shared by NT and NU: "NT".
    static QString provinceOfPostalLetter(QChar letter);
};

} // namespace Nav::Directory

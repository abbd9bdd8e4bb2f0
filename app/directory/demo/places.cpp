// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#include "directory/demo/places.h"

#include "directory/importers/csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace Nav::Directory {

namespace {

// A box around Canada, generous by a few km: enough to catch swapped or mistyped coordinates.
constexpr double minLatitude = 41.6;
constexpr double maxLatitude = 83.2;
constexpr double minLongitude = -141.1;
constexpr double maxLongitude = -52.6;

QString tr(const char *text)
{
    return QCoreApplication::translate("Nav::Directory::PlacesCsv", text);
}

bool isProvinceCode(const QString &code)
{
    static const QStringList codes = {
        QStringLiteral("AB"), QStringLiteral("BC"), QStringLiteral("MB"), QStringLiteral("NB"),
        QStringLiteral("NL"), QStringLiteral("NS"), QStringLiteral("NT"), QStringLiteral("NU"),
        QStringLiteral("ON"), QStringLiteral("PE"), QStringLiteral("QC"), QStringLiteral("SK"),
        QStringLiteral("YT")};
    return codes.contains(code);
}

struct Columns
{
    bool fsaFile = false;
    int name = -1;
    int fsa = -1;
    int province = -1;
    int latitude = -1;
    int longitude = -1;
    int population = -1;
    int areaCodes = -1;
    int timeZone = -1;
    int otherNames = -1;
    int district = -1;
};

QString field(const CsvReader::Row &row, int column)
{
    return column >= 0 && column < row.fields.size() ? row.fields.at(column).trimmed() : QString();
}

Unexpected lineError(qint64 line, const QString &fileName, const QString &what)
{
    return fail(ErrorCode::InvalidInput,
                tr("Line %1 of %2: %3").arg(line).arg(fileName, what));
}

} // namespace

double Place::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthRadiusKm = 6371.0088;
    constexpr double toRadians = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRadians;
    const double dLon = (lon2 - lon1) * toRadians;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(lat1 * toRadians) * std::cos(lat2 * toRadians)
                           * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::sqrt(std::min(1.0, a)));
}

QString PlacesCsv::provinceOfPostalLetter(QChar letter)
{
    switch (letter.toUpper().unicode()) {
    case 'A': return QStringLiteral("NL");
    case 'B': return QStringLiteral("NS");
    case 'C': return QStringLiteral("PE");
    case 'E': return QStringLiteral("NB");
    case 'G': case 'H': case 'J': return QStringLiteral("QC");
    case 'K': case 'L': case 'M': case 'N': case 'P': return QStringLiteral("ON");
    case 'R': return QStringLiteral("MB");
    case 'S': return QStringLiteral("SK");
    case 'T': return QStringLiteral("AB");
    case 'V': return QStringLiteral("BC");
    case 'X': return QStringLiteral("NT");
    case 'Y': return QStringLiteral("YT");
    default: return {};
    }
}

QString PlacesCsv::bundledMunicipalitiesPath()
{
    return QStringLiteral(":/directory/places/places-on-qc.csv");
}

QString PlacesCsv::bundledFsaPath()
{
    return QStringLiteral(":/directory/places/fsa-on-qc.csv");
}

Result<QList<Place>> PlacesCsv::readBundled()
{
    auto places = read(bundledMunicipalitiesPath());
    if (!places)
        return places;
    auto fsas = read(bundledFsaPath());
    if (!fsas)
        return fsas;
    *places += *fsas;
    return places;
}

Result<QList<Place>> PlacesCsv::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io,
                    tr("The places file %1 could not be opened: %2.")
                        .arg(QFileInfo(path).fileName(), file.errorString()),
                    QStringLiteral("path=%1").arg(path));
    }
    return read(&file, QFileInfo(path).fileName());
}

Result<QList<Place>> PlacesCsv::read(QIODevice *device, const QString &fileName)
{
    CsvReader csv(device);
    auto header = csv.readHeader();
    if (!header) {
        return fail(header.error().code,
                    tr("%1: %2").arg(fileName, header.error().message));
    }

    Columns c;
    c.fsaFile = csv.column(QStringLiteral("fsa")) >= 0;
    c.fsa = csv.column(QStringLiteral("fsa"));
    c.name = csv.column(c.fsaFile ? QStringLiteral("place") : QStringLiteral("name"));
    if (c.fsaFile && c.name < 0)
        c.name = csv.column(QStringLiteral("name"));
    c.province = csv.column(QStringLiteral("province"));
    c.latitude = csv.column(QStringLiteral("latitude"));
    c.longitude = csv.column(QStringLiteral("longitude"));
    c.population = csv.column(QStringLiteral("population"));
    c.areaCodes = csv.column(QStringLiteral("area_codes"));
    c.timeZone = csv.column(QStringLiteral("time_zone"));
    c.otherNames = csv.column(QStringLiteral("other_names"));
    c.district = csv.column(QStringLiteral("district"));

    const QString expected = c.fsaFile
        ? QStringLiteral("fsa, place, latitude, longitude")
        : QStringLiteral("name, province, latitude, longitude");
    const auto missing = [&](const QString &column) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1: the header has no “%2” column (expected at least: %3).")
                        .arg(fileName, column, expected));
    };
    if (c.name < 0)
        return missing(c.fsaFile ? QStringLiteral("place") : QStringLiteral("name"));
    if (!c.fsaFile && c.province < 0)
        return missing(QStringLiteral("province"));
    if (c.latitude < 0)
        return missing(QStringLiteral("latitude"));
    if (c.longitude < 0)
        return missing(QStringLiteral("longitude"));

    static const QRegularExpression fsaPattern(
        QStringLiteral("^[ABCEGHJKLMNPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]$"));
    static const QRegularExpression areaCodePattern(QStringLiteral("^[2-9][0-9][0-9]$"));
    static const QRegularExpression timeZonePattern(
        QStringLiteral("^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$"));

    QList<Place> places;
    for (;;) {
        auto next = csv.next();
        if (!next)
            return fail(next.error().code, tr("%1: %2").arg(fileName, next.error().message));
        if (!*next)
            break;
        const CsvReader::Row &row = **next;
        if (row.fields.join(QString()).trimmed().isEmpty())
            continue;
        if (row.badEncoding)
            return lineError(row.line, fileName, tr("the text is not valid UTF-8."));

        Place p;
        p.kind = c.fsaFile ? QStringLiteral("fsa") : QStringLiteral("municipality");
        p.name = field(row, c.name);
        if (p.name.isEmpty()) {
            return lineError(row.line, fileName,
                             c.fsaFile ? tr("the municipality (column “place”) is empty.")
                                       : tr("the municipality name is empty."));
        }

        p.province = field(row, c.province).toUpper();
        if (c.fsaFile) {
            p.fsa = field(row, c.fsa).toUpper();
            if (!fsaPattern.match(p.fsa).hasMatch()) {
                return lineError(row.line, fileName,
                                 tr("“%1” is not a postal code prefix (expected a letter, a "
                                    "digit and a letter, like H2X).")
                                     .arg(field(row, c.fsa)));
            }
            const QString byLetter = provinceOfPostalLetter(p.fsa.at(0));
            if (p.province.isEmpty())
                p.province = byLetter;
            const bool northern = byLetter == QLatin1String("NT")
                                  && p.province == QLatin1String("NU");
            if (p.province != byLetter && !northern) {
                return lineError(row.line, fileName,
                                 tr("the postal code prefix %1 is in %2, not in %3.")
                                     .arg(p.fsa, byLetter, p.province));
            }
        }
        if (!isProvinceCode(p.province)) {
            return lineError(row.line, fileName,
                             tr("“%1” is not a Canadian province or territory code (expected "
                                "a two-letter code such as ON or QC).")
                                 .arg(field(row, c.province)));
        }

        bool latOk = false;
        bool lonOk = false;
        const QString latText = field(row, c.latitude);
        const QString lonText = field(row, c.longitude);
        p.latitude = latText.toDouble(&latOk);
        p.longitude = lonText.toDouble(&lonOk);
        if (!latOk || !lonOk) {
            return lineError(row.line, fileName,
                             tr("the coordinates “%1”, “%2” are not numbers (expected decimal "
                                "degrees such as 45.5017, -73.5673).")
                                 .arg(latText, lonText));
        }
        if (p.latitude < minLatitude || p.latitude > maxLatitude
            || p.longitude < minLongitude || p.longitude > maxLongitude) {
            return lineError(row.line, fileName,
                             tr("the coordinates %1, %2 are outside Canada (expected a latitude "
                                "between %3 and %4 and a longitude between %5 and %6).")
                                 .arg(latText, lonText)
                                 .arg(minLatitude)
                                 .arg(maxLatitude)
                                 .arg(minLongitude)
                                 .arg(maxLongitude));
        }

        const QString population = field(row, c.population);
        if (!population.isEmpty()) {
            bool ok = false;
            p.population = population.toInt(&ok);
            if (!ok || p.population < 0) {
                return lineError(row.line, fileName,
                                 tr("the population “%1” is not a whole number of zero or more.")
                                     .arg(population));
            }
        }

        for (const QString &code :
             field(row, c.areaCodes).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!areaCodePattern.match(code).hasMatch()) {
                return lineError(row.line, fileName,
                                 tr("“%1” is not a telephone area code (expected three digits "
                                    "such as 514, separated by spaces).")
                                     .arg(code));
            }
            p.areaCodes << code;
        }

        p.timeZone = field(row, c.timeZone);
        if (!p.timeZone.isEmpty() && !timeZonePattern.match(p.timeZone).hasMatch()) {
            return lineError(row.line, fileName,
                             tr("“%1” is not a time zone name (expected an IANA name such as "
                                "America/Toronto).")
                                 .arg(p.timeZone));
        }

        for (const QString &other :
             field(row, c.otherNames).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (!other.trimmed().isEmpty())
                p.otherNames << other.trimmed();
        }
        p.district = field(row, c.district);
        places.append(std::move(p));
    }
    if (places.isEmpty()) {
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has a header but no places.").arg(fileName));
    }
    return places;
}

} // namespace Nav::Directory

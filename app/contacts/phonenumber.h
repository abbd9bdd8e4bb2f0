// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Navigator contributors
#pragma once

#include "core/result.h"
#include <QCoreApplication>
#include <QString>

namespace Nav::Contacts {

// Phone numbers through libphonenumber. Canadian numbers may be typed in any usual way
// ("514 555-0199", "(613) 555 0123", "1-800-...", "+33 1 ..."); the store keeps E.164.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(Nav::Contacts::PhoneNumber)
public:
    // E.164 ("+15145550199") or an InvalidInput error that says what is wrong in plain words
    // (too short, too long, not a number, not a valid number for the region...).
    // `defaultRegion` is an ISO 3166 code used when the number has no country code.
    // An extension ("x123", "ext. 123", "#123", "poste 123") is refused with a message asking
    // the navigator to write it in the notes: E.164 cannot hold it, and dropping it silently
    // would lose what the person said. Local-only numbers (no area code) are refused too.
    // Error details hold the parse outcome and the input length, never the digits.
    static Result<QString> normalise(const QString &typed,
                                     const QString &defaultRegion = QStringLiteral("CA"));
    // For display: national format for numbers of `defaultRegion`, international otherwise.
    // Returns the input unchanged if it is not E.164.
    static QString format(const QString &e164, const QString &defaultRegion = QStringLiteral("CA"));
    // The library version, for About. libphonenumber has no version API: this is the
    // libphonenumber-dev package version recorded at build time ("8.12.57+ds-3"), or the
    // shared library's version suffix when dpkg is not available.
    static QString libraryVersion();
};

} // namespace Nav::Contacts
